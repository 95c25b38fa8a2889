"""Session 35i: made-up texts of the number shapes missed in batch fk."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {text[q.start : q.end]: (q.unit, q.measure) for q in scan_quantities(text)}


def _starts(text: str, needle: str) -> dict[int, tuple[str | None, str | None]]:
    return {q.start: (q.unit, q.measure) for q in scan_quantities(text) if text[q.start : q.end].startswith(needle)}


# -- a bare value after "but" and the preposition the value before took ---------------------------

def test_but_by_only_a_bare_value_shares_the_unit_before():
    text = ("Within a minute, pulse climbed by 28 beats per minute in the walkers but by only 9 in "
            "the rowers, a clear gap.")
    found = _found(text)
    assert found.get("9") == ("bpm", "measurement")


def test_but_with_another_preposition_stays_out():
    text = "Pulse climbed by 28 beats per minute in the walkers but at 9 of the rowers' sites nothing changed."
    assert "9" not in _found(text)


# -- "N against M <unit>": the first value borrows the unit --------------------------------------

def test_a_bare_value_against_a_second_with_its_unit():
    text = "In the rowers, leptin averaged 14.6 against 9.3 ng/mL in the walkers."
    found = _found(text)
    assert found.get("14.6") == ("ng/mL", "measurement")
    assert "9.3 ng/mL" in found


def test_bare_counts_against_each_other_stay_without_a_unit():
    text = "The vote went 14.5 against 9 with two abstentions."
    found = _found(text)
    assert found.get("14.5", (None, None))[0] is None


# -- an age reached, dated by its month ----------------------------------------------------------

def test_a_named_person_turned_an_age_in_a_month():
    text = ("Plenty of the crew at this depot are past fifty. Our longest-serving\ndriver, Mick from "
            "the night shift, turned 71 in March and still loads the trucks.")
    assert _found(text).get("71") == ("years", "age")


def test_a_thing_turning_a_number_in_a_month_is_no_age():
    text = ("Muscle loss with ageing is common in older adults.\n\nThe harbour festival turned 25 in "
            "August, with fireworks over the water.")
    assert "25" not in _found(text)


# -- an average alone in brackets after an age span ----------------------------------------------

def test_an_average_in_brackets_after_an_age_span_is_an_age():
    text = "The team followed 164 bus drivers aged 48 to 66\n(average 57) over two winters."
    assert _found(text).get("57") == ("years", "age")
    text = "They enrolled 90 nurses aged 40-59 (median 51; 70 women)."
    assert _found(text).get("51") == ("years", "age")


def test_an_average_in_brackets_after_no_age_stays_out():
    text = "The kiosk sold 300 boxes at 45 to 64 (average 53) each."
    assert _found(text).get("53", (None, None))[1] != "age"


# -- a count set against another after an age group it was among ---------------------------------

def test_a_count_against_another_after_an_age_group():
    text = "We logged 11 dizzy spells in the hot weeks among the over-60s, against four in younger staff."
    found = _found(text)
    assert found.get("four") == ("spells", "count")


def test_an_age_group_with_no_count_before_adds_nothing():
    text = "Heat is harder on the over-60s, against all advice, in the hot weeks."
    assert all(m != "count" for _, m in _found(text).values())
