"""Number forms from the blind batches bp and bq (an in-flight magazine, a school lesson plan,
a sports club's blog): repetitions per side of the body, imperial lengths, a tally that changes
between two whole numbers, a collective noun of people sized by "of", a part "of them" after
"and", a bracket splitting a sample and a worked percentage change. All sentences are made up."""

from __future__ import annotations

from quantity_rows import found


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


def test_repetitions_per_side_or_direction_of_a_move():
    text = ("1. **Wrist rolls** — 6 each way\n2. **Lunges** — 15 per leg\n"
            "3. Side bends: eight on each side\n4. Arm swings, ten each direction")
    rows = _rows(text)
    for span, n in (("6 each way", 6.0), ("15 per leg", 15.0), ("eight on each side", 8.0),
                    ("ten each direction", 10.0)):
        assert rows[span][1] == n and rows[span][4] == "repetitions"


def test_per_arm_stays_the_size_of_a_trial_arm():
    assert _rows("The pilot randomised 20 per arm.")["20 per arm"][6] == "sample_size"


def test_feet_are_a_length_also_after_a_metric_range():
    rows = _rows("The hut sits at 600–900 metres (2,000–3,000 ft) up the valley side; "
                 "the wall is 12 feet high.")
    assert rows["2,000–3,000 ft"][2:5] == (2000.0, 3000.0, "ft")
    assert rows["12 feet"][4] == "ft"


def test_one_or_two_feet_of_a_stance_are_no_length():
    rows = _rows("Land softly on two feet, then hold on one foot; keep twenty-two feet of rope.")
    assert "two feet" not in rows and rows["twenty-two feet"][4] == "ft"


def test_a_tally_of_events_changing_between_two_whole_numbers():
    rows = _rows("Over the winter, sick days among the night staff fell from 90 to 52 — a big drop.")
    assert rows["90"][6] == "count" and rows["52"][6] == "count"
    rows = _rows("The number of falls dropped from 14 to 6 over the year.")
    assert "14" in rows and "6" in rows


def test_a_change_between_whole_numbers_still_needs_what_changes():
    assert found("Her rank moved from 3 to 5 in the league.") == []


def test_a_collective_noun_of_people_sized_by_of():
    rows = _rows("This year we carry a first-team squad of 36 — our biggest yet.")
    assert rows["36"][4] == "people" and rows["36"][6] == "count"
    assert _rows("We interviewed a sample of 44 in the clinic.")["44"][6] == "sample_size"
    assert _rows("a group of 3 genes")["3 genes"][4] == "genes"  # the noun after it counts
    assert "2024" not in {r[0] for r in found("The team of 2024 won.") if r[6] == "count"}


def test_a_part_of_counted_people_after_and_with_a_copula():
    text = "We have 9 riders over 40 in a club of 60, and four of them are 50 or older."
    rows = _rows(text)
    assert rows["four of them"][1] == 4.0 and rows["four of them"][4] == "people"
    assert "twelve of them" not in _rows("We bought 40 tablets and twelve of them are cracked.")


def test_a_bracket_splitting_a_sample_gives_each_group_its_size():
    rows = _rows("Weaknesses: a small sample (18 older, 14 younger); only 8 weeks.")
    assert rows["18"][6] == "sample_size" and rows["14"][6] == "sample_size"
    spans = _rows("The volunteers (3 sets, 2 weeks) ...")
    assert spans["3 sets"][4] == "sets" and spans["2 weeks"][4] == "weeks"


def test_a_worked_percentage_change_reads_its_values_not_the_hundred():
    text = "(a) (150 − 120) ÷ 120 × 100 = 25%\n(b) (90 - 60) / 60 x 100 = 50.0%"
    spans = [r[0] for r in found(text)]
    assert spans == ["150", "120", "120", "= 25%", "90", "60", "60", "= 50.0%"]
    assert all(r[4] is None for r in found(text) if "%" not in r[0])
