"""Session 20 (batches bn, bo), headers: roles after the last name of a byline, authors parted
by semicolons with credentials, a Q&A answer's writer named by the profile picture's text, and
an e-mailed newsletter whose subject labels the issue (made-up texts)."""

from __future__ import annotations

import pytest

from agefacts.ingest.header import extract_header

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")
TITLE = "Older rowers keep their grip strength longer, harbour study finds"


@pytest.mark.parametrize(("line", "byline"), [
    ("By Jane Roe, Senior Physician, and Ann Poe, Fitness Lead", "Jane Roe, Ann Poe"),
    ("By Jane Roe, Assistant Curator of Natural History", "Jane Roe"),
    ("By Ann Poe, Data Analyst", "Ann Poe"),
    ("By Jane Roe, Community Educator, and Omar Said, Orthopaedic Surgeon", "Jane Roe, Omar Said"),
])
def test_a_role_after_any_name_of_a_byline_goes(line, byline):
    text = f"# {TITLE}\n\n*{line}*\n*Published 3 June 2025*\n\n{BODY}"
    assert extract_header(text).byline == byline


@pytest.mark.parametrize("line", [
    "*Jane Roe, MD, MPH; Ann Poe, PhD*",
    "Jane Roe, MD; Ann Poe, RN, MSc; Omar Said, PhD",
])
def test_authors_parted_by_semicolons_with_credentials_are_all_kept(line):
    text = f"# {TITLE}\n\n{line}\n\nExample Journal · Published online March 11, 2026\n\n{BODY}"
    expected = "Jane Roe, Ann Poe" + (", Omar Said" if "Omar" in line else "")
    assert extract_header(text).byline == expected


def test_a_sentence_with_a_semicolon_is_no_list_of_authors():
    line = "Jane Roe, MD, led the work; the team met weekly"
    text = f"# {TITLE}\n\n{line}\n\n{BODY}"
    assert extract_header(text).byline != "Jane Roe, the team met weekly"


@pytest.mark.parametrize("avatar", ["Profile photo for Jane Roe", "Avatar of Jane Roe",
                                    "Jane Roe's profile picture"])
def test_a_qa_answers_writer_is_named_by_the_profile_pictures_text(avatar):
    text = (f"Why do my knees ache after rowing in my fifties?\n\nAll related (12)\nSort\n"
            f"Recommended\n\n{avatar}\nJane Roe\n · \nFollow\n"
            f"Rowing coach (BSc), 15 years with masters crews · Updated Apr 2, 2024\n\n{BODY}")
    header = extract_header(text)
    assert header.byline == "Jane Roe"
    assert header.published.isoformat() == "2024-04-02"


def test_a_profile_pictures_text_without_the_name_under_it_is_no_byline():
    text = (f"Why do my knees ache after rowing in my fifties?\n\nProfile photo for Jane Roe\n"
            f"Answer requested by the community\n\n{BODY}")
    assert extract_header(text).byline is None


MAIL = ("From: Harbour Rowing Club <news@example.org>\nTo: members@example.org\n"
        "Subject: {subject}\nDate: Mon, 2 Mar 2026 08:00:00 +0000\n\n"
        "HARBOUR ROWING NEWS\nIssue 41 * March 2026\n\nHi all,\n\n"
        "A few notices first, then the piece most of you read.\n\n"
        "--- NOTICES ---\n\n* Boat shed closes at 7pm from Monday.\n\n"
        "--- SCIENCE ---\n\nOLDER ROWERS KEEP THEIR GRIP FOR LONGER\n\nby Jane Roe (club doctor)\n\n"
        + BODY)


def test_an_issue_labelled_subject_gives_way_to_the_bylined_story():
    header = extract_header(MAIL.format(subject="Rowing News #41 - shed hours, regatta & grip"))
    assert header.title == "OLDER ROWERS KEEP THEIR GRIP FOR LONGER"
    assert header.byline == "Jane Roe"


def test_a_subject_that_labels_no_issue_stays_the_title():
    header = extract_header(MAIL.format(subject="Shed hours, regatta and why grip matters"))
    assert header.title == "Shed hours, regatta and why grip matters"


def test_an_issue_labelled_digest_without_a_bylined_story_keeps_its_subject():
    text = MAIL.format(subject="Digest #41: grip, sleep and rowing").replace("by Jane Roe (club doctor)\n\n", "")
    assert extract_header(text).title == "Digest #41: grip, sleep and rowing"
