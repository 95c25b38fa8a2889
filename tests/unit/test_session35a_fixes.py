"""Session 35, round a: made-up texts of the number shapes missed in batches ez, fc, fd and fe."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _read(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def test_a_part_of_these_after_a_sentence_on_their_pronoun():
    text = ("The club signed up 160 women aged 55 to 80. Their mean age was 66.2 years. "
            "Of these, 72 had rowed at school.")
    found = _read(text)
    assert found.get("72") == "people", found


def test_a_part_of_these_after_an_unrelated_sentence_stays_out():
    text = ("The club signed up 160 women aged 55 to 80. The boathouse opened in spring. "
            "Of these, 72 had rowed at school.")
    assert "72" not in _read(text)


def test_a_count_after_while_as_the_subject_of_its_verb():
    text = ("We asked 90 men about their hands. Of these, 51 had dug for over 20 years, "
            "while 39 gardened only in summer.")
    found = _read(text)
    assert found.get("39") == "people", found


def test_a_count_after_while_needs_the_count_before_to_be_a_subject():
    text = "The trust gave 40 gardeners a spade last spring while 12 watched."
    assert "12" not in _read(text)


def test_a_part_after_a_semicolon_of_people_named_by_what_they_do():
    text = ("Eighteen of the 22 bakers finished the course; three stopped with cramp, "
            "and one left for a new job.")
    found = _read(text)
    assert found.get("three") == "bakers" and found.get("one") == "bakers", found


def test_a_count_after_the_verb_number_with_a_period():
    text = "Recorded knee injuries in the Lowlands number about 90 each year, a heavy load."
    found = _read(text)
    assert found.get("about 90 each year") == "injuries/year", found


def test_the_noun_number_before_a_figure_is_no_tally():
    assert _read("Call the number 555 for help.") == {}


def test_two_counts_set_against_each_other_after_a_plural_and_its_colon():
    text = "The dancers reported fewer slips: 4 against 11 over a year."
    found = _read(text)
    assert found.get("4") == "slips" and found.get("11") == "slips", found


def test_a_pair_after_a_colon_needs_a_plural_before_it():
    assert "4" not in _read("The verdict: 4 against 11 over a year.")


def test_the_part_of_them_who_picked_out_by_a_relative_clause():
    text = ("Since 2001, more than 3,000 Bretons have given blood. A new study looks at "
            "the 1,020 of them who were\naged 70 or over.")
    found = _read(text)
    assert found.get("1,020 of them") == "bretons", found


def test_two_place_names_joined_by_and_before_people():
    text = "It describes a pilot in which 38 Arran\nand North Bute residents over 70 walked weekly."
    found = _read(text)
    assert found.get("38 Arran\nand North Bute residents") == "people", found


def test_a_step_count_named_before_its_value_and_an_echo():
    text = "- Mean daily steps in spring were 6,900, but only 3,200 in the winter.\n"
    found = _read(text)
    assert found.get("6,900") == "steps" and found.get("3,200") == "steps", found


def test_a_value_after_were_without_a_step_count_stays_out():
    assert "6,900" not in _read("- Visitors in spring were 6,900, but only 3,200 in the winter.\n")


def test_a_part_of_our_things_after_a_modifier():
    text = "We asked the cooks on 14 of our cargo ships and ferries."
    found = _read(text)
    assert found.get("14") == "ships", found


def test_people_itemised_after_a_colon_by_with():
    text = ("Five walkers (2 per cent) had a problem they\nhad missed: three with a torn muscle "
            "and two with\na sprain. All five are fine.")
    found = _read(text)
    assert found.get("three") == "walkers" and found.get("two") == "walkers", found


def test_a_count_after_and_in_a_sentence_on_each_person():
    text = "Each rower gave a sample of blood from the arm, and 25 also gave a sample of muscle."
    found = _read(text)
    assert found.get("25") == "rowers", found


def test_a_count_after_and_in_a_sentence_on_each_thing_stays_out():
    assert "25" not in _read("Each box held a sample of salt, and 25 also held a label.")
