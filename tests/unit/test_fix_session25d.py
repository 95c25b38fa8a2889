"""Session 25 (batches cf, cg): numbers (decimal-comma documents, "instead of" pairs, signed
"vs" pairs, labelled distances, parallel arm counts, link and comment-counter lines), genes (a
full name as the class of the symbol after it) and headers (a one-label-a-line menu, an editor
after the writer). All texts are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found
from quantity_rows import found_one as _row
from quantity_rows import spans as _spans

from agefacts.extract.entities import find_mentions
from agefacts.ingest.header import extract_header


def _genes(text: str) -> list[str]:
    return [m.entity.label for m in find_mentions(text) if m.entity.kind == "gene"]


# --- decimal commas in a document that writes them -------------------------------------------

CONTINENTAL = ("Leg power climbed by 4,2 per cent among the rowers. In a recall test the "
               "rowers named on average 9,4 instead of 8,7 items; among the walkers the score "
               "went from 8,1 to 8,3.")


def test_a_bare_decimal_comma_is_read_where_the_document_writes_them():
    assert _row(CONTINENTAL, "9,4")[1] == pytest.approx(9.4)
    assert _row(CONTINENTAL, "8,1")[1] == pytest.approx(8.1)
    assert _row(CONTINENTAL, "8,3")[1] == pytest.approx(8.3)


def test_a_leading_zero_marks_a_decimal_comma_by_itself():
    text = "The link between grip and recall was weak (r = 0,37), and the gap small (p = 0,12)."
    assert _row(text, "r = 0,37")[1] == pytest.approx(0.37)
    assert _row(text, "p = 0,12")[1] == pytest.approx(0.12)


def test_the_german_word_for_per_cent_is_a_percent():
    row = _row("Fact box: 120 rowers, squat load +14,5 Prozent, body fat -2,1 Prozent.", "14,5 Prozent")
    assert row[1] == pytest.approx(14.5) and row[4] == "percent"


@pytest.mark.parametrize("text, absent", [
    # an English text: no comma number of it is a decimal, so lists and citations stay as they were
    ("Earlier trials 3,4 found the same; the team went from 8,1 to 8,3 later.", 8.1),
    # a document with decimal commas still lists numbers: "4,5 and 6" is three numbers
    ("Grip rose by 2,5 per cent. Sessions 4,5 and 6 were cancelled.", 4.5),
])
def test_comma_numbers_that_are_no_decimals_stay_unread(text, absent):
    assert all(r[1] != pytest.approx(absent) for r in found(text))


def test_a_thousands_comma_stays_a_thousands_comma_in_a_decimal_comma_document():
    text = "Muscle mass rose by 2,7 per cent in 1,250 adults."
    assert _row(text, "1,250 adults")[1] == 1250


# --- a value put first, the one it replaces after "instead of" -------------------------------

def test_the_first_value_of_an_instead_of_pair_takes_the_second_ones_unit():
    row = _row("Cyclists averaged 41.5 rather than 44 minutes per lap.", "41.5")
    assert row[4] == "minutes"
    row = _row("The group recalled 6.3 instead of 5.8 items after training.", "6.3")
    assert row[4] == "items"


# --- signed changes set side by side, distances by their label ----------------------------------

RESULTS = (" Balance score: +1.4 vs +0.6 points (P=0.31)\n"
           " Walking distance: +31 m vs +12 m (P=0.08)\n")


def test_the_first_of_two_signed_changes_compared_with_vs_is_read():
    assert _row(RESULTS, "1.4")[4] == "points"


def test_a_spaced_m_on_a_line_labelled_as_a_distance_is_metres():
    assert _row(RESULTS, "31 m")[4] == "m"
    assert _row(RESULTS, "12 m")[4] == "m"


def test_a_spaced_m_without_a_distance_label_stays_unread():
    assert "4 m" not in _spans("Average score: 4 m per item in round two.")


# --- parallel counts of the people of two arms ---------------------------------------------------

def test_a_count_in_words_parallel_to_a_count_of_people_given_a_treatment():
    text = ("Headaches were reported by 14 volunteers taking the tablet and six taking the dummy "
            "pill; three in the tablet group stopped early.")
    assert _row(text, "six")[4] == "people"
    assert _row(text, "three")[4] == "people"


def test_a_number_after_and_without_a_parallel_treatment_stays_unread():
    text = "Headaches were reported by 14 volunteers taking the tablet and six months later none."
    assert _row(text, "six months")[4] == "months"


# --- page furniture: a single related link, a comment counter ------------------------------------

def test_numbers_of_an_inline_related_link_line_are_masked():
    text = ("Rowers kept 3 kg more muscle.\n\nRelated: Why 7 Minutes of Rowing Beats a $2,000 Gym\n\n"
            "The trial ran for 12 weeks.")
    spans = _spans(text)
    assert "3 kg" in spans and "12 weeks" in spans
    assert not any("7" in s or "2,000" in s for s in spans)


def test_a_related_sentence_of_prose_is_not_masked():
    text = "Related: the group that rowed 5 times a week kept the most strength."
    assert "5 times a week" in _spans(text)


def test_a_comment_counter_line_is_masked():
    text = "Posted 4 May\n\n27 Comments\n\nThe 40 rowers met twice a week."
    spans = _spans(text)
    assert "27 Comments" not in spans and "40 rowers" in spans


# --- genes: a full name used as the class of the member named after it ---------------------------

def test_a_lower_case_full_name_before_another_symbol_is_its_class():
    genes = _genes("The nerve growth factor NTF3, which feeds sensory neurons, rose by a tenth.")
    assert genes == ["NTF3"]


def test_a_full_name_alone_or_before_its_own_symbol_stays_a_gene():
    assert "NGF" in _genes("Levels of nerve growth factor rose in the trained rats.")
    text = "The ciliary neurotrophic factor CNTF rose."
    assert _genes(text).count("CNTF") == 2


# --- headers ------------------------------------------------------------------------------------

MENU_PAGE = "\n".join([
    "Daily Courier", "Home", "Local", "World", "Money", "Sport", "Science", "Health", "Travel",
    "Weather", "Puzzles", "More", "",
    "Retired people who row twice weekly keep their grip for years, trial suggests", "",
    "By science reporter Jane Roe", "",
    "Posted Tue 4 Mar 2025 at 6:00am", "",
    "Rowing twice weekly kept grip strength up among 120 retirees in a new trial.",
])


def test_a_headline_below_a_menu_copied_one_label_a_line_is_found():
    assert extract_header(MENU_PAGE).title.startswith("Retired people who row twice weekly")


def test_an_editor_credited_after_the_writer_is_no_author():
    page = ("# Why Grip Fades\n\nBy [Jane Roe](/author/jane-roe) edited by [Ann Poe](/author/ann-poe)\n\n"
            "Grip fades with age, and rowing may slow it.\n")
    assert extract_header(page).byline == "Jane Roe"
