"""Session 35b: headers of batches ff, fg, fi and fj (made-up texts of the same shapes as the misses)."""
from __future__ import annotations

from agefacts.ingest.header import Header, extract_header

_SUBHEADED = (
    "**Example Biobank** · Donor Newsletter\n*No. 12 · 4 May 2027*\n\n"
    "[View in browser](#)\n\n---\n\n"
    "Hello, dear donor!\n\n"
    "Twice a year we write to tell you what researchers have learned from the samples you gave us "
    "over the years, and this issue answers a question many of you asked.\n\n---\n\n"
    "# Rowing keeps the knees young\n\n"
    "## What the harbour study found in older donors\n\n"
    "*By Dr. Jane Roe and Sam Poe*\n\n"
    "In 2024 we invited donors aged 60 to 80 to come back for a second visit and row on a machine.\n"
)


def test_markdown_subheading_under_its_headline_is_its_deck() -> None:
    h = extract_header(_SUBHEADED)
    assert h.title == "Rowing keeps the knees young"
    assert h.byline == "Dr. Jane Roe, Sam Poe"


_EDITION_MASTHEAD = (
    "# Example Coast Rangers · Wet Season News 2027\n\n"
    "*We thank the owners of the land where our office stands.*\n\n"
    "[Home](/) · [Groups](/groups) · [Jobs](/jobs)\n\n---\n\n"
    "**In this edition:** Cold water (feature) · Ranger of the season · Jobs\n\n---\n\n"
    "## Cold water: older rangers help a lab study the chill\n\n"
    "*Story by Ann Poe, Communications Officer · Published 3 May 2027*\n\n"
    "Anyone who has waded a creek in July knows the cold is hard on the body.\n"
)


def test_masthead_heading_with_its_edition_over_a_contents_teaser() -> None:
    h = extract_header(_EDITION_MASTHEAD)
    assert h.title == "Cold water: older rangers help a lab study the chill"
    assert h.byline == "Ann Poe"


def test_plain_heading_over_a_contents_teaser_stays_the_title() -> None:
    text = _EDITION_MASTHEAD.replace("Example Coast Rangers · Wet Season News 2027", "Rangers wade into cold water")
    assert extract_header(text).title == "Rangers wade into cold water"


_DATED_SUBJECT = (
    "From: Example Bowls Club <sec@example.org>\nTo: Members\n"
    "Subject: Green Notes, May 2027: President's word, April scores and the balance study\n"
    "Date: Mon, 3 May 2027 08:00:00 +0100\n\n"
    "View this e-mail in your browser.\n\n"
    "==========================================\n"
    "EXAMPLE BOWLS CLUB  ·  HARBOURTOWN\n"
    "GREEN NOTES  ·  Members' Monthly Newsletter  ·  May 2027\n"
    "==========================================\n\n"
    "IN THIS ISSUE\n  1. President's word\n  2. April scores\n  3. Feature: the balance study\n\n"
    "------------------------------------------\n1. PRESIDENT'S WORD\n"
    "------------------------------------------\n\n"
    "Dear members,\n\nThe green has been cut and rolled, and the season opens on Saturday with\n"
    "the usual drive. Thank you all for your patience over the winter works.\n\n"
    "Bowl well,\nAnn Poe\n\n"
    "------------------------------------------\n2. APRIL SCORES\n"
    "------------------------------------------\n\n"
    "Pairs (Sat 5 Apr)     Winner   J. Roe    21 shots\n\n"
    "------------------------------------------\n3. FEATURE\n"
    "------------------------------------------\n\n"
    "Steady on the green? What our study of older bowlers found\n\n"
    "By Dr. Jane Roe and Dr. Sam Poe\n\n"
    "When the club first asked whether bowling keeps members steady, we set out to measure it.\n"
)


def test_subject_naming_the_mailing_by_its_month_takes_the_feature() -> None:
    h = extract_header(_DATED_SUBJECT)
    assert h.title == "Steady on the green? What our study of older bowlers found"
    assert h.byline == "Dr. Jane Roe, Dr. Sam Poe"


def test_ordinary_subject_stays_the_title() -> None:
    text = _DATED_SUBJECT.replace(
        "Subject: Green Notes, May 2027: President's word, April scores and the balance study",
        "Subject: Balance study results are in")
    assert extract_header(text).title == "Balance study results are in"


_ROLE_AFTER_NAME = (
    "# Strong at sixty: what the harbour study found in older rowers\n\n"
    "By {byline}\n\n3 May 2027\n\n"
    "Many of our members over 60 still row every week. Last year a team asked whether it keeps "
    "them steady on their feet.\n"
)


def test_profession_after_the_name_is_a_role() -> None:
    for role in ("Club Doctor", "School Nurse", "Village Teacher"):
        assert extract_header(_ROLE_AFTER_NAME.format(byline=f"Dr. Jane Roe, {role}")).byline == "Dr. Jane Roe"


def test_spelled_out_honorific_is_no_role() -> None:
    assert extract_header(_ROLE_AFTER_NAME.format(byline="Doctor Jane Roe")).byline == "Doctor Jane Roe"


def test_post_named_by_initials_after_the_name_is_a_role() -> None:
    text = _ROLE_AFTER_NAME.format(byline="Jane Roe-Poe, Northtown City GP (second year)")
    assert extract_header(text).byline == "Jane Roe-Poe"


def test_capitals_surnames_stay_authors() -> None:
    assert extract_header(_ROLE_AFTER_NAME.format(byline="Jane ROE, Ann POE")).byline == "Jane ROE, Ann POE"


_TIPSHEET = (
    "From: Ann Poe <press@example-journal.org>\n"
    "Sent: Monday, May 3, 2027 9:00 AM\n"
    "To: Press list <list@example-journal.org>\n"
    "Subject: Example Journal Tipsheet 9/2027: rowing knees; cold water; old cells\n\n"
    "Dear colleagues,\n\n"
    "Below are three papers from the May issue of the journal. Please respect the embargo; full "
    "texts are on the press portal.\n\n"
    "==================================================\n"
    "1. ROWING IN LATER LIFE KEEPS KNEES YOUNG\n"
    "==================================================\n\n"
    "Paper: \"Rowing and knee function in older adults: a cohort study\"\n"
    "Authors: Jane Roe, Sam Poe and colleagues, Faculty of Sport, University of Eastfield\n\n"
    "The team enrolled older rowers and followed them for three years.\n"
)


def test_numbered_framed_entry_credits_are_not_the_mailing_byline() -> None:
    assert extract_header(_TIPSHEET).byline == "Ann Poe"


_RECORD = (
    "Example Data\n\nCommunities Search Upload Log in\n\n"
    "Published May 3, 2027 Version v2.0 Dataset Open\n\n"
    "Harbour Rowers: strokes, grip and blood markers in older rowers in Northtown\n\n"
    "{items}\n\n"
    "- University of Eastfield, Faculty of Sport\n- Northtown Institute of Health\n\n"
    "Description\n\n"
    "This dataset holds de-identified data from older rowers recruited through three clubs and "
    "followed for a year.\n"
)
_H1 = "Harbour Rowers: strokes, grip and blood markers in older rowers in Northtown"


def _record(items: str) -> Header:
    return extract_header(_RECORD.format(items=items), html_title=_H1 + " | Example Data", html_h1=_H1)


def test_bulleted_creators_under_the_headline_are_the_byline() -> None:
    items = "- Jane Roe^{1} 0000-0002-1234-5678\n- Sam Poe^{2}\n- Ann Doe-Smith² 0000-0001-2345-678X"
    assert _record(items).byline == "Jane Roe, Sam Poe, Ann Doe-Smith"


def test_bulleted_points_under_the_headline_are_no_byline() -> None:
    items = "- Rowing keeps grip strong\n- Cold water lowers markers"
    assert _record(items).byline is None


_SESSION = (
    "EXCON 2027 · Northtown\n\nProgramme Speakers Posters Sign in\n\n"
    "Oral presentation · OP-2.1\n\n"
    "- Tue 11 May 2027\n- 10:00–10:15 BST\n- Room 3, Northtown Convention Centre\n\n"
    "Oars and old knees: grip, bone and markers in older rowers on the harbour\n\n"
    "Jane Roe^{{a}}, Sam Poe^{{a}}, Ann Doe^{{b}}\n\n"
    "^{{a}} University of Eastfield; ^{{b}} Northtown Hospital\n\n"
    "{stamp}\n\n"
    "Background\n\nMany older rowers still train on the harbour several mornings a week, and we "
    "asked whether it keeps their knees and bones strong.\n"
)
_SESSION_H1 = "Oars and old knees: grip, bone and markers in older rowers on the harbour"


def _session(stamp: str) -> Header:
    return extract_header(_SESSION.format(stamp=stamp), html_title=_SESSION_H1 + " | EXCON", html_h1=_SESSION_H1)


def test_letter_marked_author_line_is_the_byline() -> None:
    assert _session("Presenting author: Dr. Jane Roe").byline == "Jane Roe, Sam Poe, Ann Doe"


def test_labelled_publication_date_outranks_the_session_date() -> None:
    assert str(_session("Abstract first published online: 20 April 2027 · Supplement").published) == "2027-04-20"


def test_session_date_stays_when_nothing_is_labelled() -> None:
    assert str(_session("Presenting author: Dr. Jane Roe").published) == "2027-05-11"
