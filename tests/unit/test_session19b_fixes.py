"""Session 19, second round (batches bl, bm): numbers, headers and genes on made-up texts."""

from __future__ import annotations

from datetime import date

import pytest
from quantity_rows import found

from agefacts.extract.entities import find_mentions
from agefacts.ingest.header import extract_header

# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("I came to yoga at 52 for my knees.", "52"),
    ("She came to the pool at 61 after a fall.", "61"),
    ("She got into rowing at 36.", "36"),
    ("He took up the oar at 44, and never looked back.", "44"),
])
def test_taking_up_an_activity_at_n_is_an_age(text, span):
    rows = found(text)
    assert [(r[0], r[4], r[6]) for r in rows] == [(span, "years", "age")]


def test_coming_somewhere_at_n_keeps_a_time_or_a_unit():
    assert found("I came to the office at 10 for a meeting.") == []
    assert found("I came to the lab at 30 degrees.")[0][4] == "degrees"


@pytest.mark.parametrize("text, span, cmp_", [
    ("Add hills to at least three of your weekly workouts.", "at least three", ">="),
    ("Add weights to two of your sessions.", "two", None),
    ("Add a band to at least 2 of your workouts.", "at least 2", ">="),
    ("She skipped three of her classes.", "three", None),
])
def test_a_number_of_ones_own_sessions_counts_sessions(text, span, cmp_):
    rows = found(text)
    assert [(r[0], r[1] is not None, r[4], r[5], r[6]) for r in rows] == [
        (span, True, "sessions", cmp_, "dose/exposure")]


def test_a_number_of_ones_own_other_things_is_no_session_count():
    assert found("Two of your friends came along.") == []


@pytest.mark.parametrize("text, span, unit", [
    ("- Managed 2.6 more chair stands after training.", "2.6 more chair stands", "stands"),
    ("Participants managed 2.1 more arm curls.", "2.1 more arm curls", "curls"),
    ("We found 12 more candidate genes.", "12 more candidate genes", "genes"),
])
def test_a_difference_counts_a_modified_plural_noun(text, span, unit):
    assert (found(text)[0][0], found(text)[0][4], found(text)[0][6]) == (span, unit, "count")


def test_more_before_a_unit_or_people_keeps_their_rules():
    assert found("It takes 2 more weeks.")[0][4] == "weeks"
    assert found("There were 3 more older adults.") == []


# --- headers -----------------------------------------------------------------------------------

HEADLINE = "Short sprints revive the energy of ageing muscle, trial finds"


def test_a_wire_identifier_line_is_no_headline():
    text = (f"EXAMPLE NEWS SERVICE (ENS)\nHealth | Science\nWire: ENSX-EN 2023-0456\n\n{HEADLINE}\n\n"
            "Nine weeks of short sprints raised an enzyme in the thighs of older adults, a trial shows.\n")
    assert extract_header(text).title == HEADLINE


def test_a_print_page_header_gives_the_issue_date():
    text = (f"THE EXAMPLE COURIER          MONDAY, MAY 4, 2026          B2\n\nHEALTH\n\n{HEADLINE}\n\n"
            "By JANE ROE\n\nOLDTOWN — Older readers swam laps three times a week for a study.\n")
    assert extract_header(text).published == date(2026, 5, 4)


# --- genes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Bone cells carry estrogen receptors, which respond to loading.",
     [("estrogen receptors", "ESR")]),
    ("Oestrogen receptors sit in muscle fibres.", [("Oestrogen receptors", "ESR")]),
    ("Muscle has the estrogen receptor in its nuclei.", [("estrogen receptor", "ESR1")]),
])
def test_the_estrogen_receptors_in_the_plural_are_the_family(text, expected):
    assert [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)] == expected
