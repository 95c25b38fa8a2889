"""Session 36, round a: made-up texts of the number shapes missed in batches fm and fn."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _read(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def _values(text: str) -> dict[str, float | None]:
    return {text[q.start : q.end]: q.value for q in scan_quantities(text)}


def test_hundred_and_a_number_is_one_number():
    text = "The farm hired two hundred and thirty-one pickers."
    assert _values(text).get("two hundred and thirty-one pickers") == 231.0


def test_a_hundred_and_a_number_is_one_number():
    text = "She has climbed it a hundred and nine times with friends."
    assert _values(text).get("a hundred and nine times") == 109.0


def test_a_range_of_hundreds_stays_a_range():
    found = [(q.low, q.high) for q in scan_quantities("They seat between one hundred and three hundred guests.")]
    assert (100.0, 300.0) in found, found


def test_a_count_placed_in_a_group_after_a_count_of_people():
    text = ("The clinic signed up 300 adults aged 65 to 90; 170 were men. "
            "One hundred and fifty were placed in dance classes twice a week.")
    assert _read(text).get("One hundred and fifty") == "people"


def test_a_count_placed_in_a_freezer_is_no_part_of_people():
    assert "Thirty" not in _read("The lab kept 80 samples. Thirty were placed in the freezer.")


def test_an_age_after_are_both():
    assert _read("MY SISTER AND I ARE BOTH 71 AND WE SWIM DAILY.").get("71") == "years"


def test_an_age_reached_after_who():
    assert _read("Ada Kowal, who turned 82 in May, rowed the whole course.").get("82") == "years"


def test_nanograms_per_litre_is_a_unit():
    assert _read("Troponin peaked at 9 ng/L in most riders.").get("9 ng/L") == "ng/L"


def test_all_but_a_number_counts_the_people_before():
    text = "The marker rose in 40% of the rowers after a race. In all but 5 it had fallen by morning."
    assert _read(text).get("all but 5") == "rowers"


def test_all_but_a_number_with_no_people_stays_out():
    assert _read("The crates were stacked. In all but 5 it was dry.") == {}


def test_doubled_as_a_role_is_no_fold_change():
    assert _read("The old gym doubled as a clinic for the study.") == {}


def test_doubled_alone_is_still_a_fold_change():
    assert _read("Her strength nearly doubled.").get("nearly doubled") == "fold_change"


def test_of_these_after_a_count_of_places_counts_the_people():
    text = ("It surveyed 150 men aged 60 to 80 in seven towns in the north. "
            "Of these, 90 went rowing at least twice a week.")
    assert _read(text).get("90") == "people"


def test_of_these_with_a_part_small_enough_for_the_places_stays_out():
    assert "4" not in _read("It surveyed 150 men in seven towns. Of these, 4 were coastal.")


def test_a_value_after_comma_against_takes_the_first_ones_reading():
    found = _read("A scan gave them a bone density index of 91.2, against 85.7.")
    assert "85.7" in found, found


def test_a_part_of_them_after_and_a_count_of_doers():
    text = "In the cold, 800 rowers entered the regatta, and 65 of them were 70 or older."
    assert _read(text).get("65 of them") == "rowers"


def test_a_concentration_unit_spelled_out():
    text = "Her IL-6 fell from 3.7 to 2.6 picograms per millilitre over the year."
    found = _read(text)
    assert found.get("2.6 picograms per millilitre") == "pg/mL" and found.get("3.7") == "pg/mL", found
