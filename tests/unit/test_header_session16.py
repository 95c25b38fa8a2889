"""Session 16, headers: a letter's subject and signatories, a Q&A page's sort control, a
magazine's masthead and column host, a web-archive capture, co-authors one per line, a patent's
front page, a record's labelled title and event dates, an e-mail's own headline and a creator's
handle after the name (made-up texts)."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")


def test_letter_subject_under_the_salutation_is_the_title_and_signatories_the_byline():
    rule = "=" * 40
    text = (rule + "\n   THE TENDON TRIAL  -  TRIAL OFFICE\n   Musculoskeletal Research Unit\n"
            "   Department of Sports Medicine\n   Eastvale University Hospitals NHS Trust\n"
            + rule + "\n\nOur ref: TT/22/01\n\n3 March 2026\n\n\nDear Trial Participant,\n\n"
            "      The Tendon Trial – what we found\n\n" + BODY + "\nWith best wishes, on behalf of "
            "the trial team,\n\n\nDr Jane Roe                  Professor Ann Poe\n"
            "Chief Investigator           Co-Investigator\n")
    header = extract_header(text)
    assert header.title == "The Tendon Trial – what we found"
    assert header.byline == "Dr Jane Roe, Professor Ann Poe"
    assert str(header.published) == "2026-03-03"


def test_a_line_under_a_salutation_that_reads_as_a_sentence_is_no_subject():
    text = "Tendon Loading in Later Life\n\nDear reader,\n\nThank you for writing to us.\n\n" + BODY
    assert extract_header(text).title == "Tendon Loading in Later Life"


def test_a_signature_that_names_no_person_is_no_byline():
    text = "Tendon Loading in Later Life\n\n" + BODY + "\nKind regards,\n\nThe Trial Office\n"
    assert extract_header(text).byline is None


def test_sort_control_is_no_byline_and_the_asker_is():
    text = ("[Example Science Q&A](https://qa.example.org/)\n\n# Why do tendons stiffen with age?\n\n"
            "Asked Feb 3 at 9:41 · Viewed 2k times\n\n" + BODY + "\n[Share](#) [Follow](#)\n\n"
            "asked Feb 3 at 9:41\n\n[tendon_fan](/users/1/tendon-fan)\n\n## 2 Answers\n\n"
            "Sorted by: [Highest score (default)](#)\n\n" + BODY)
    header = extract_header(text)
    assert header.byline == "tendon_fan"
    assert header.published is None  # "Feb 3" has no year


def test_magazine_masthead_lines_are_skipped_and_the_column_host_is_the_byline():
    text = ("THE MAPLE COURT TIMES\nThe Members' Magazine of Maple Court Retirement Village · Leeds\n"
            "Autumn 2024 · Vol. 3, No. 4\n\nInside this issue: Quiz night · New library hours · "
            "Walking club\n\n" + "_" * 30 + "\n\nSTAYING SPRY\nwith Jane Roe\n\n"
            "Why Your Tendons Love a Slow Squat\n" + "_" * 30 + "\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Why Your Tendons Love a Slow Squat"
    assert header.byline == "Jane Roe"
    assert header.published is None


def test_a_headline_tail_starting_with_with_is_still_joined():
    text = "Walking\nwith Giants\n\n" + BODY
    assert extract_header(text).byline is None


def test_web_archive_toolbar_and_consent_notice_are_not_the_page():
    text = ("The Wayback Machine - https://web.archive.org/web/20240102030405/https://news.example."
            "org/health/slow-squats-9\n\nINTERNET ARCHIVE\nWayback Machine\nhttps://news.example.org/"
            "health/slow-squats-9\tGo\n7 captures\n02 Jan 2024 - 09 Sep 2025\nDEC\tJAN\tFEB\n\t2\t\n"
            "2023\t2024\t2025\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\nCollection: Example "
            "Crawl\nTIMESTAMPS\n\nSkip to main content\nExample News\nSearch\nMenu\nNews\nSport\n"
            "Health\nSign in\n\nWe value your privacy\nWe and our 500 partners store and access "
            "information on a device, such as cookies, and process personal data for personalised "
            "ads and content, ad measurement and audience insights.\nMORE OPTIONS   AGREE\n\n"
            "News › Health\n\nSlow squats may keep ageing tendons supple, trial finds\n\n"
            "Older adults who squatted slowly three times a week had springier tendons\n\n"
            "By Jane Roe\nHealth Correspondent\nPublished 1st Jan 2024, 06:00 GMT\n"
            "Updated 2nd Jan 2024, 09:12 GMT\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Slow squats may keep ageing tendons supple, trial finds"
    assert header.byline == "Jane Roe"
    assert str(header.published) == "2024-01-01"  # not the capture's 2 January


def test_co_authors_printed_one_per_line_with_their_roles():
    text = ("# Caring for Stiff Tendons on the Ward\n\n"
            "**Jane Roe**, MSc, RN, nurse consultant, Eastvale Hospital, England\n"
            "**Dr Ann Poe**, PhD, RN, senior lecturer, Westvale University, England\n\n" + BODY)
    assert extract_header(text).byline == "Jane Roe, Dr Ann Poe"


def test_patent_front_page_reads_its_inid_codes():
    text = ("(19) United States\n(12) Patent Application Publication     (10) Pub. No.: US 2099/0000001 A1\n"
            "     Roe et al.                        (43) Pub. Date:     Mar. 3, 2026\n\n"
            "(54) TENDON-STIFFNESS MODULATORS FOR THE ELDERLY\n\n(71) Applicant: Example Bio AB, "
            "Lund (SE)\n\n(72) Inventors: Jane Roe, Lund (SE); Ann Poe-Marsh, Boston, MA (US)\n\n"
            "(21) Appl. No.:   99/000,001\n(22) Filed:        Jan. 5, 2024\n\n(57) ABSTRACT\n" + BODY)
    header = extract_header(text)
    assert header.title == "TENDON-STIFFNESS MODULATORS FOR THE ELDERLY"
    assert header.byline == "Jane Roe, Ann Poe-Marsh"
    assert str(header.published) == "2026-03-03"  # (43), not the (22) filing date


def test_text_citing_an_inid_like_number_is_no_patent():
    text = "Tendon Loading in Later Life\n\n(54) people took part.\n\n" + BODY
    assert extract_header(text).title == "Tendon Loading in Later Life"


def test_labelled_title_field_and_grant_dates_of_a_record_page():
    text = ("Registry  >  Search Results  >  Project Details\n\nProject Details\n" + "-" * 40 + "\n"
            "Project Number:        9R01XX000001-02\n"
            "Title:                 Slow loading and tendon stiffness in older adults: a trial\n"
            "Project Start Date:    01-MAR-2024\nBudget End Date:       28-FEB-2026\n"
            "Award Notice Date:     15-FEB-2025\n\n" + BODY)
    header = extract_header(text)
    assert header.title == "Slow loading and tendon stiffness in older adults: a trial"
    assert header.published is None


def test_date_line_with_a_plain_label_still_counts():
    text = "Tendon Loading in Later Life\n\nDate: 4 May 2025\n\n" + BODY
    assert str(extract_header(text).published) == "2025-05-04"


def test_email_headline_wins_over_its_subject_teaser_and_the_signer_is_the_byline():
    text = ("**From:** Example Tendon Trust <hello@example.org>\n**Date:** Tue, 4 Mar 2025 09:02\n"
            "**Subject:** She climbed the stairs again. Here's why.\n\n"
            "# Springy at 80: what one volunteer's tendons tell us\n\nDear Friend,\n\n" + BODY
            + "\nWith warmest thanks,\n\n**Dr Jane Roe**\nChief Executive, Example Tendon Trust\n")
    header = extract_header(text)
    assert header.title == "Springy at 80: what one volunteer's tendons tell us"
    assert header.byline == "Dr Jane Roe"


def test_email_without_a_headline_keeps_its_subject():
    text = "From: Jane Roe <jr@example.org>\nSubject: Tendon news for May\n\nHello all,\n\n" + BODY
    assert extract_header(text).title == "Tendon news for May"


def test_creator_handle_after_the_name_in_a_post_row():
    text = ("SLOW GAINS · ep. 3\nDo tendons like slow reps? The tempo experiments\n\n"
            "Dr. Jane Roe (@jane.lifts) · Reel cross-post · posted 4 May 2025\n"
            "runtime 0:58 · talking head · audio: original sound\n\n" + BODY)
    header = extract_header(text)
    assert header.byline == "Dr. Jane Roe"
    assert str(header.published) == "2025-05-04"
