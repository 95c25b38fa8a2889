"""Header layouts of further genres (e-mail, abstracts, Q&A and wiki pages, posts, PDFs, books,
slides, translated papers), on made-up strings: each test is one failure class."""

from datetime import date

import pytest

from agefacts.ingest.header import extract_header, parse_date


def _fields(text: str, **html: str):
    h = extract_header(text, **html)
    return h.title, h.byline, h.published


def test_email_subject_is_the_title_and_the_signature_the_byline():
    text = (
        "From: Lift Letter <news@liftletter.example>\nSubject: Issue 12: grip, sleep and VO2\n\n"
        "LIFT LETTER  |  Weekly\nIssue 12  *  Monday, 2 June 2025  *  4-minute read\n\n"
        "Hello all,\n\nThree studies this week.\n\n-- Sam\n\nMore text here.\n\n"
        "-- Sam Okoro, editor\n"
    )
    assert _fields(text) == ("grip, sleep and VO2", "Sam Okoro", date(2025, 6, 2))


def test_email_date_field_is_the_date():
    text = "From: Ana Ruiz <ana@x.example>\nDate: 4 May 2024\nSubject: Notes on rowing\n\nHi."
    assert _fields(text)[0::2] == ("Notes on rowing", date(2024, 5, 4))


def test_conference_abstract_title_sits_above_its_author_list():
    text = (
        "Journal of Movement 12(3S):p 40, June 2024.\n\n"
        "B-11 Poster Session - Muscle Biology in Older Age\n"
        "Friday, June 7, 2024, 9:00 AM - 11:00 AM\nRoom: Hall 2\n\nBoard 12\n\n"
        "Cold Water Immersion Blunts Ribosome Biogenesis After Rowing In Older Men\n\n"
        "Pia Lund1, Omar F. Haddad2, Lea Moreau1, FACSM, Tom Brandt1,3. 1Univ of Somewhere, "
        "Town. 2Other Institute, City.\n\nPURPOSE: To test whether cold water matters."
    )
    assert _fields(text) == (
        "Cold Water Immersion Blunts Ribosome Biogenesis After Rowing In Older Men",
        "Pia Lund, Omar F. Haddad, Lea Moreau, Tom Brandt",
        None,  # a session time slot is not a publication date
    )


def test_qa_page_site_name_stamps_and_poster():
    text = (
        "Lifting Science Exchange\n\nIs creatine useful after 60, or mostly marketing?\n\n"
        "Asked 2 years, 1 month ago\nViewed 3k times\n\n12\n\n"
        "I read that creatine helps older lifters keep muscle. Is that true?\n\n"
        "creatine  aging  supplements\n\nShare Improve this question Follow\n"
        "edited Jan 9, 2023 at 10:00\nasked Jan 8, 2023 at 18:12\nbarbell_gran\n"
        "55 ● 2\n\n2 Answers\nSorted by: Highest score (default)\n"
    )
    assert _fields(text) == (
        "Is creatine useful after 60, or mostly marketing?", "barbell_gran", date(2023, 1, 8)
    )


def test_a_headline_is_kept_when_a_standfirst_and_byline_follow():
    text = (
        "Older Rowers Keep Their Mitochondria\n\n"
        "A small trial hints that endurance work preserves muscle fuel use, not just fitness\n\n"
        "By Lena Ortiz\n\nMarch 3, 2025\n\nBody sentence here."
    )
    assert _fields(text) == ("Older Rowers Keep Their Mitochondria", "Lena Ortiz", date(2025, 3, 3))


def test_wiki_page_short_title_above_its_tagline_and_footer_edit_date():
    text = (
        "Osteokine\nFrom Wikiverse, the open reference\n(Redirected from OSK1)\n\n"
        "Osteokine is a protein that bones release during loading.[1]\n\n"
        "References\n^ Someone (2020). Title.\n\nThis page was last edited on 5 May 2025, at 10:00 (UTC).\n"
    )
    assert _fields(text) == ("Osteokine", None, date(2025, 5, 5))


def test_markdown_breadcrumbs_with_links_are_not_the_title():
    text = (
        "[Home](https://x.example/) › [Health](https://x.example/h) › [Heart & Lungs](https://x.example/h/l)\n\n"
        "# Rowing for Older Hearts: What the Trials Say\n\nBy **Kim Ode**  \nUpdated on May 2, 2024\n\nBody."
    )
    assert _fields(text) == (
        "Rowing for Older Hearts: What the Trials Say", "Kim Ode", date(2024, 5, 2)
    )


def test_social_profile_post_has_no_title_and_the_display_name_is_the_byline():
    text = (
        "Prof. Ines Carvalho-Berg\nPhysiologist | Ageing muscle | Speaker\n5h • Edited • 🌐\n\n"
        "Your muscles do not know how old you are.\n\nMore post text."
    )
    assert _fields(text) == (None, "Prof. Ines Carvalho-Berg", None)


def test_preprint_page_chrome_long_title_author_list_and_posted_date():
    title = (
        "Serum irisin and grip strength change together during twelve months of supervised "
        "walking and resistance training in community-dwelling adults aged seventy years and "
        "over living independently in two northern towns: a pragmatic randomised trial"
    )
    assert len(title) > 200
    text = (
        "bioArchive\nTHE PREPRINT SERVER FOR SPORT\nHome | About | Submit\n"
        "Search  [ and/or advanced search ]\n\nNew Results   Comment on this paper\n\n"
        f"{title}\n\nMara Quist1, Jonas Ek2,*, Lior Ben-Ami1,3\n\ndoi: 10.1101/x\n\n"
        "Abstract\n\nBackground: Irisin is a myokine. We tested it.\n\nPosted March 2, 2026.\n"
    )
    assert _fields(text) == (title, "Mara Quist, Jonas Ek, Lior Ben-Ami", date(2026, 3, 2))


def test_pdf_wrapped_caps_headline_and_byline_inside_the_standfirst():
    text = (
        "FEATURE | MUSCLE\n\nTHE SLOW\nBURN\n\n"
        "What happens to the tiny engines in our thighs as the decades pass, and can\n"
        "walking uphill really repair them? Health writer Jonah Pike sets out to\n"
        "find out what the biopsies say\n\nILLUSTRATION: A. PAINTER\n\nT\nhe needle goes in."
    )
    assert _fields(text) == ("THE SLOW BURN", "Jonah Pike", None)


def test_book_chapter_label_short_title_and_reprint_credit_byline():
    text = (
        "EXCERPT\n\nFrom IRON YEARS: How Strength Ages, by Rosa Lindqvist. Reprinted by "
        "permission of the publisher.\n\nCHAPTER NINE\n\nThe Pump\n\n"
        "Arne was eighty when he first picked up a kettlebell, and he did not enjoy it."
    )
    assert _fields(text) == ("The Pump", "Rosa Lindqvist", None)


def test_slide_deck_series_label_title_slide_and_presenter():
    text = (
        "JOURNAL CLUB — Department of Sports Medicine\n[Exported as plain text]\n\n"
        "----------\nSlide 1 — Title\n----------\n"
        '"Eccentric cycling raises muscle IGF-1 in frail older adults:\n'
        'a randomised crossover trial"\n\n'
        "Moss A, Ito K, et al.\nJ Frailty Res 2024; 3(2): e101\n\n"
        "Presented by: Dr Lucia Ferri (Registrar)\n"
        "Journal Club · Wed 3 Dec 2025 · Room 4\n\n----------\nSlide 2 — Why?\n"
    )
    assert _fields(text) == (
        "Eccentric cycling raises muscle IGF-1 in frail older adults: a randomised crossover trial",
        "Dr Lucia Ferri",
        date(2025, 12, 3),
    )


def test_translated_paper_masthead_day_first_date_and_editor_byline():
    text = (
        "NORDKURIER – English Edition\nScience | 04.05.2025, 08:15 | From our editor Jan Holm\n\n"
        "[Translated from Danish.]\n\n"
        "Cycling in the old age: Aarhus study finds stronger legs after eight weeks\n\n"
        "Who cycles regularly also in high age keeps the legs strong, shows a study (02.05.2025)."
    )
    assert _fields(text) == (
        "Cycling in the old age: Aarhus study finds stronger legs after eight weeks",
        "Jan Holm",
        date(2025, 5, 4),
    )


def test_video_channel_name_under_the_title_with_views_and_date_below():
    text = (
        "Rowing vs Running After 70: The New Trial Explained\nDr. Omar Sleiman | Move Well Lab\n"
        "12,004 views  Feb 2, 2025\n\nTranscript\n\n[00:00] hi everyone"
    )
    assert _fields(text) == (
        "Rowing vs Running After 70: The New Trial Explained", "Dr. Omar Sleiman", date(2025, 2, 2)
    )


def test_wire_story_date_line_with_time_and_update_note():
    text = (
        "Healthcare\n\nNew pill keeps muscle on diet drugs, trial shows\n\nBy Ada Wu\n\n"
        "June 4, 2026 9:12 AM GMT+1 Updated 3 hours ago\n\nLONDON (Wire) - A pill did it."
    )
    assert _fields(text)[1:] == ("Ada Wu", date(2026, 6, 4))


def test_footer_review_date_is_the_fallback_date_but_not_the_next_review():
    text = (
        "Fact sheet\n\nStrength training and bones\n\nLift things. It helps.\n\n"
        "Next review due: 1 May 2029\nPage last reviewed: 1 May 2024\n"
    )
    assert _fields(text)[2] == date(2024, 5, 1)


def test_an_organisation_in_capitals_beside_a_role_is_not_a_byline():
    text = "BRIGHT YEARS CLINIC · PHYSICIAN-LED\n\nOur Muscle Formula: Energy From Within\n\nBuy now."
    assert _fields(text)[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.03.2026, 06:45", date(2026, 3, 12)),
        ("1.250 persons over 60", None),
        ("2.14.2024", None),
    ],
)
def test_parse_date_reads_day_first_dotted_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Menu planning for older lifters, explained",
        "HIIT — the verdict on older hearts is in",
        "Chapter and verse on protein timing after 60",
    ],
)
def test_headlines_that_start_like_page_furniture_stay_titles(headline):
    assert _fields(f"{headline}\n\nBy Ana Ruiz\n\nText of the story here.")[:2] == (headline, "Ana Ruiz")


# Found on held-out batch m (a registry record, a journal's news piece).
def test_a_registry_record_dates_from_its_first_posting_not_its_last_update():
    text = (
        "Trial Registry\n\nCreatine and Balance Training in Adults Over 70 (CREBAL)\n\n"
        "Registry ID  TR-000123\nSponsor  Northbridge University\n"
        "Last Update Posted  2024-09-30\n\n"
        "Overview | Participant View | No Results Posted | Record History\n\n"
        "Brief Summary\nThis study asks whether creatine improves balance training in older "
        "adults. Participants take creatine or placebo for 12 weeks.\n\n"
        "Record Dates\nFirst Submitted  2024-01-10\nFirst Posted (Estimated)  2024-01-22\n"
        "Last Update Posted (Estimated)  2024-09-30\n"
    )
    title, byline, published = _fields(text)
    assert title == "Creatine and Balance Training in Adults Over 70 (CREBAL)"
    assert byline is None  # a menu row of tabs, not a name beside a role
    assert published == date(2024, 1, 22)


def test_an_update_stamp_is_the_date_when_nothing_says_first_published():
    text = "Sleep and recovery after sixty\n\nUpdated on March 11, 2025\n\nText of the page here."
    assert _fields(text)[2] == date(2025, 3, 11)


def test_a_name_beside_a_role_heading_its_phrase_is_still_a_byline():
    text = "Grip strength and longevity, revisited\n\nAna Ruiz | Professor of Medicine\n\nText."
    assert _fields(text)[1] == "Ana Ruiz"


def test_a_name_alone_under_the_headline_is_the_byline():
    text = (
        "NEWS & VIEWS\n\nOld tendons remember their training\n\nJonas P. Eklund\n\n"
        "Tendon stem cells in aged mice keep a memory of loading, a new study finds. Weeks of "
        "treadmill running restore their response, and the same signal tracks in people.\n\n"
        "Body text here.\n"
    )
    assert _fields(text)[:2] == ("Old tendons remember their training", "Jonas P. Eklund")


def test_a_short_line_under_the_headline_is_a_byline_only_above_running_text_or_a_date():
    text = "Old tendons remember their training\n\nField Notes\n\nSeries 3\n\nText of it."
    assert _fields(text)[1] is None
    text = "Old tendons remember their training\n\nJonas Eklund\n\n4 March 2025\n\nText."
    assert _fields(text)[1:] == ("Jonas Eklund", date(2025, 3, 4))


def test_an_editor_named_in_a_masthead_field_is_the_byline_but_a_photographer_is_not():
    masthead = "Lab bulletin: muscle and ageing\n\nIssue 4 · Monday, 2 June 2025 · {}\n\nText."
    assert _fields(masthead.format("Edited by Dr. Ana Ruiz, Communications Lead"))[1:] == (
        "Dr. Ana Ruiz",
        date(2025, 6, 2),
    )
    assert _fields(masthead.format("Photo by Ana Ruiz"))[1] is None


def test_front_matter_gives_author_and_date_and_its_other_fields_are_not_the_header():
    text = (
        '---\ntitle: "Notes on myokines (draft)"\nauthor: Ana Ruiz\ndate: 2025-02-11\n'
        "updated: 2025-03-04\ntags: [aging, muscle]\n---\n\n# Notes on myokines\n\n"
        "- plasma levels rise with age\n"
    )
    assert _fields(text) == ("Notes on myokines", "Ana Ruiz", date(2025, 2, 11))
    bare = '---\ntitle: "Notes on myokines"\nauthors: [Ana Ruiz, Jo Marsh]\n---\n\nText here.'
    assert _fields(bare)[:2] == ("Notes on myokines", "Ana Ruiz, Jo Marsh")


def test_a_text_credit_names_the_writer_and_a_photo_credit_does_not():
    text = "Muscle as a gland, revisited\n\nPublished: 27.05.2025\nText: Ana Ruiz\nPhoto: Jo Marsh\n\nBody."
    assert _fields(text)[1:] == ("Ana Ruiz", date(2025, 5, 27))
    assert _fields(text.replace("Text: Ana Ruiz\n", ""))[1] is None
