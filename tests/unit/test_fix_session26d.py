"""Session 26 (batches cn, co): numbers (an arm's size before "were assigned to", a number word
with a multiplier, people lost to a cause, a focus adverb after "compared with", a count after a
fronted "Of the" group), headers (an organisation and its unit on one dashed line, a bracketed
editor's note, a hyphenated day-first date, a metadata row set apart by slashes). All texts are
made up."""

from __future__ import annotations

from quantity_rows import found
from test_fix_session26 import _row, _spans

from agefacts.ingest.header import extract_header, parse_date

# --- numbers: an arm's size before a passive verb of allocation ---------------------------------


def test_a_count_opening_a_sentence_before_were_assigned_is_an_arm():
    text = ("The lab recruited 96 volunteers between 62 and 79. Forty-eight were randomly assigned to weekly "
            "tai chi; the rest kept a diary.")
    assert _row(text, "Forty-eight")[4:] == ("people", None, "sample_size")
    text = "We enrolled 200 volunteers. 50 were allocated at random to the drug and 150 to placebo."
    assert _row(text, "50")[4:] == ("people", None, "sample_size")
    assert _row(text, "150")[4] == "people"


def test_an_assigned_count_needs_a_larger_count_of_people_before_it():
    # no people counted before: nothing to be a part of
    assert "Forty" not in _spans("Forty were randomly allocated to weekly pilates.")
    # the count before is smaller: no part of it
    assert "Forty" not in _spans("We met 30 adults. Forty were assigned to weekly yoga.")
    # not a passive allocation
    assert "Forty" not in _spans("We followed 80 adults. Forty were happy with the classes.")


# --- numbers: a number word with a multiplier ---------------------------------------------------


def test_a_number_word_with_a_multiplier_is_a_count_alone():
    text = "About 420,000 Danes live with diabetes, a figure the agency expects to reach one million by 2035."
    assert _row(text, "one million")[1:2] == (1_000_000,)
    assert _row("Global cases could pass two billion by 2050.", "two billion")[6] == "count"


def test_an_article_with_a_multiplier_stays_unread():
    assert not any("million" in s for s in _spans("Thanks a million, said the 3 nurses."))


# --- numbers: people lost from a study to a cause -----------------------------------------------


def test_a_count_lost_to_a_cause_counts_people():
    text = "Forty people finished (n = 40; we lost three to injuries and one to a move)."
    assert _row(text, "three")[4:] == ("subjects", None, "count")
    assert _row(text, "one")[1] == 1


def test_a_loss_needs_people_counted_before_and_a_cause():
    assert "two" not in _spans("The club lost two to Leeds on Saturday.")
    assert "two" not in _spans("We recruited 50 adults and lost two to 1 in the final.")


# --- numbers: a focus adverb after "compared with" ----------------------------------------------


def test_a_count_compared_after_just_or_only():
    text = ("The trial enrolled 80 adults. Falls were common: 7 of the 40 fell at least once, compared "
            "with just two among the controls.")
    assert _row(text, "two")[6] == "count"
    text = text.replace("just two", "only 3")
    assert _row(text, "3")[6] == "count"


# --- numbers: a count after a fronted "Of the" group --------------------------------------------


def test_a_count_after_a_fronted_group_counts_its_members():
    text = "A survey reached 900 adults. Of the weekly swimmers, 92 swam mostly in the sea."
    assert _row(text, "92")[4:] == ("people", None, "count")
    assert _row("Of the older tablets, 12 had crumbled.", "12")[4] == "tablets"


def test_a_fronted_group_does_not_make_a_year_or_a_mid_sentence_phrase_a_count():
    assert _row("Of the seasons, 12 were dry.", "12")[4] == "seasons"
    assert not any(r[6] == "count" for r in found("Of the seasons, 2019 was the worst."))
    # "of the" inside a sentence opens no fronted group
    assert "12" not in _spans("Most of the swimmers, 12 or so, left early.")


# --- headers -----------------------------------------------------------------------------------

RELEASE = """NEWS RELEASE
Example University – School of Movement Science
(This is a translated version of the Finnish statement)

Aarhus, 07-10-2025

Older kayakers keep more muscle than inactive neighbours

Kayakers past 70 had larger thighs than neighbours who stayed home, a new study finds.
"""


def test_an_organisation_and_its_unit_and_a_bracketed_note_are_no_headline():
    header = extract_header(RELEASE)
    assert header.title == "Older kayakers keep more muscle than inactive neighbours"


def test_a_hyphenated_numeric_date_is_day_first():
    assert extract_header(RELEASE).published is not None
    assert str(extract_header(RELEASE).published) == "2025-10-07"
    assert str(parse_date("13-02-2025")) == "2025-02-13"
    assert str(parse_date("02-13-2025")) == "2025-02-13"  # a second number over 12: month first
    assert str(parse_date("04-11-2025 5:30 PM EST")) == "2025-04-11"  # a US zone: month first
    assert parse_date("ISBN 978-3-16-2025") is None


def test_a_date_in_a_row_set_apart_by_slashes():
    text = """Home / Health / Fitness

Walking after dinner lowers blood sugar in older adults, finds new study

Health Desk / example.in / Updated: Mar 4, 2025, 09:15 IST

A 15-minute stroll after a meal lowered blood sugar among pensioners, a new study finds.
"""
    assert str(extract_header(text).published) == "2025-03-04"


def test_a_headline_that_only_opens_with_a_bracket_stays_the_title():
    text = "(Almost) Everyone Can Lift Heavy Things After Seventy\n\nBy Jane Roe\n\nA new trial finds ...\n"
    assert extract_header(text).title == "(Almost) Everyone Can Lift Heavy Things After Seventy"
