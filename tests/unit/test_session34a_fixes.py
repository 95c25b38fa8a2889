"""Session 34a fixes (leftovers of batches et and eu), on made-up texts of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities
from agefacts.extract.table_quantities import read_header


def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


# -- a pdftotext table with one cell per line ---------------------------------------------------------

_LINE_TABLE = (
    "Results after eight weeks\n\n"
    "Measure\nRowing\nclub\n(n = 40)\nWalking\ngroup\n(n = 38)\n"
    "Shuttle walk dis-\ntance, metres\n+18\n+5\n"
    "Timed up and go, s\n−1.7\n−0.4\n"
    "Body weight, kg\n−2.3\n+0.1\n"
    "Diastolic pressure,\nmmHg\n−5\n−1\n\n"
    "The rowers also slept better.\n"
)


def test_values_one_per_line_under_row_labels_are_read():
    found = _found(_LINE_TABLE)
    for cell in ("+18", "+5", "−1.7", "−0.4", "−2.3", "+0.1", "−5", "−1"):
        assert cell in found, cell
    assert found["−2.3"] == "kg"
    assert found["−5"] == "mmHg"
    assert "n = 40" in found  # the header's group sizes stay the scanner's


def test_a_rate_unit_in_a_row_label_reads():
    assert read_header("Breathing rate, breaths/min").unit == "breaths/minute"
    assert read_header("Walking, steps per day").unit == "steps/day"
    text = "Pulse at rest, beats/min\n−7\n−3\nBody weight, kg\n−1.1\n+0.2\nWaist, cm\n−3\n−1\n"
    assert _found(text)["−7"] == "beats/minute"


def test_lone_numbers_in_prose_are_not_a_table():
    text = (
        "Page\n12\n\nThe coach counted the laps.\n4\n5\nShe stopped there, tired.\n"
        "Then came the second set\n7\n8\n"
    )
    assert not {"4", "5", "7", "8"} & set(_found(text))


def test_two_rows_are_not_enough():
    text = "Grip strength, kg\n+2.1\n+0.3\nWaist, cm\n−3\n−1\n\nMore text here.\n"
    assert not {"+2.1", "+0.3", "−3", "−1"} & set(_found(text))


def test_rows_of_unequal_value_counts_are_not_a_table():
    text = "Grip strength, kg\n+2.1\n+0.3\nWaist, cm\n−3\nWeight, kg\n+1\n+2\n+3\n"
    assert not {"+2.1", "−3", "+1"} & set(_found(text))


# -- "N of them" after ", and": things counted in places; people of the sentence before ---------------

def test_a_part_of_things_counted_in_places():
    text = "The council surveyed 90 benches in 14 squares, and 31 of them were cracked or loose."
    found = _found(text)
    assert found["31 of them"] == "benches"


def test_a_part_of_more_places_than_things_is_not_read():
    text = "The council surveyed 9 benches in 14 squares, and 11 of them were cracked."
    assert "11 of them" not in _found(text)


def test_a_part_after_a_sentence_opening_on_their():
    text = ("In the pilot, 60 retired women cycled on Tuesdays for 10 weeks. Their balance improved "
            "by 12%, and 51 of them stayed on.")
    assert "51 of them" in _found(text)


def test_a_part_after_a_sentence_on_something_else_is_not_read():
    text = ("In the pilot, 60 retired women cycled on Tuesdays for 10 weeks. The bikes were "
            "serviced often, and 51 of them stayed on.")
    assert "51 of them" not in _found(text)
