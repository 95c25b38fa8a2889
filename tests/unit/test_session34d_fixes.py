"""Session 34d fixes (batches ev to ey: numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def _values(text: str) -> set[float]:
    return {q.value for q in scan_quantities(text) if q.value is not None}


# -- Lusophone Africa's currency names after an amount ----------------------------------------------

def test_the_metical_kwanza_and_dobra_after_an_amount_are_money():
    assert _found("A swimming class costs about 240 meticais per person.").get("about 240 meticais") == "MZN"
    assert _found("Membership was 3,500 kwanzas at the club.").get("3,500 kwanzas") == "AOA"
    assert _found("The fee is 60 dobras for a month of classes.").get("60 dobras") == "STN"


# -- peoples named by a plural with no English ending -----------------------------------------------

def test_a_count_of_a_people_named_by_a_bantu_prefix_plural():
    assert "1,750 Basotho" in _found("The survey followed 1,750 Basotho aged 65 and older.")
    assert "3,020 Batswana" in _found("Researchers tracked 3,020 Batswana for a decade.")


def test_a_capitalised_word_that_is_no_people_is_not_counted():
    assert "12 Maseru" not in _found("The bus left at 12 Maseru time.")


# -- a molecule's level after its label word --------------------------------------------------------

def test_a_level_with_a_concentration_unit_after_a_molecule_label_is_read():
    found = _found("Fibrinogen fell in the swimmers, and C-reactive protein 1.3 mg/L versus 2.6 mg/L.")
    assert found.get("1.3 mg/L") == "mg/L"
    assert _found("Serum growth factor 41 pg/mL was lower.").get("41 pg/mL") == "pg/mL"


def test_a_molecule_label_with_a_number_and_no_concentration_is_a_name():
    assert _values("The protein 4 gene was silenced.") == set()


# -- a change whose first value opens a wrapped line ------------------------------------------------

def test_a_change_wrapped_after_from_reads_both_values():
    found = _found("The time taken for five chair stands fell from\n12.4 to 10.8 seconds.")
    assert found.get("12.4") == "seconds"
    assert found.get("10.8 seconds") == "seconds"


def test_a_wrapped_from_with_no_change_keeps_the_range():
    found = _found("Ages of the swimmers ranged from\n61 to 84 years.")
    assert "61 to 84 years" in found


# -- a step count's change with no unit after the values --------------------------------------------

def test_a_step_count_change_from_about_x_to_y_reads_both_as_steps():
    found = _found("She said the dancers' daily steps climbed from about 3,800 to 6,900, while the others' did not.")
    assert found.get("about 3,800") == "steps"
    assert found.get("6,900") == "steps"
    found = _found("His step count rose from 2,100 to 5,600 over the summer.")
    assert found.get("2,100") == "steps" and found.get("5,600") == "steps"


def test_a_change_from_to_without_a_step_count_is_not_steps():
    assert "steps" not in _found("The club grew from 4,100 to 6,800 in a year.").values()


# -- a group's value echoed with the same verb ------------------------------------------------------

def test_a_group_value_echoed_with_the_same_verb_takes_the_unit():
    found = _found("The herders walked an average of 11,200 steps a day;\nthe office group walked 4,700. Next, we")
    assert found.get("4,700") == "steps/day"
    found = _found("The rowers slept 7.4 hours a night, and the desk group slept 6.1.")
    assert found.get("6.1") == found.get("7.4 hours a night") == "hours/day"


def test_a_group_number_after_another_verb_or_sentence_is_no_echo():
    assert "3" not in _found("The herders walked 8 km a day. Later the office group bought 3.")


# -- a confidence interval "from" its lower bound ----------------------------------------------------

def test_a_confidence_interval_from_a_to_b_is_read():
    found = _found("The hazard ratio was 0.72, with a 95% confidence interval from 0.55 to 0.93, p = 0.01.")
    assert any(k.endswith("0.55 to 0.93") and v == "confidence_interval" for k, v in found.items())


# -- "Of these, N" opening the sentence after a count of people --------------------------------------

def test_a_part_after_of_these_counts_the_people_counted_before():
    text = ("The clinic enrolled 210 adults aged 62 to 88 living on the island. Of these, 130 swam "
            "on most mornings, and 80 walked instead.")
    found = _found(text)
    assert found.get("130") == "people"
    assert found.get("80") == "people"
    found = _found("We enrolled 75 women over 60. Of those, 41 gardened daily.")
    assert found.get("41") == "people"


def test_of_these_after_things_or_a_larger_number_is_no_part():
    assert "41" not in _found("We bought 75 bikes. Of these, 41 were blue.")
    assert "90" not in _found("We enrolled 75 women over 60. Of these, 90 gardened daily.")
