"""Session 35d fixes (numbers of batches fi and fj), on made-up texts."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def _starts(text: str) -> dict[int, str | None]:
    return {q.start: q.unit for q in scan_quantities(text)}


# -- arms listed after a verb of allocation and a colon ---------------------------------------------------

def test_arms_after_allocation_colon():
    text = ("Sixty women aged 65 to 80 were randomised: 30 to aqua jogging three times a week, about an hour "
            "before lunch, and 30 to a weekly talk.")
    starts = _starts(text)
    assert starts.get(text.index("30 to aqua")) == "people"
    assert starts.get(text.index("30 to a weekly")) == "people"


def test_no_arm_after_colon_without_people_counted():
    text = "The boxes were allocated: 30 to the depot and 20 to the shop."
    starts = _starts(text)
    assert text.index("30 to") not in starts


def test_no_arm_larger_than_the_people():
    text = "Forty men were assigned: 30 to rowing, and 25 to cycling."
    starts = _starts(text)
    assert starts.get(text.index("30 to")) == "people"
    assert text.index("25 to") not in starts  # 30 + 25 is more than the forty


# -- an SD written with thousands' commas after a mean that has them ---------------------------------------

def test_sd_with_thousands_comma():
    text = "The pensioners averaged 7,215 steps a day (SD 3,120) over the week."
    assert _found(text).get("SD 3,120") == "standard_deviation"


def test_no_grouped_sd_after_a_small_mean():
    text = "Grip rose by 4.2 kg (SD 1,500)."
    assert "SD 1,500" not in _found(text)


# -- a blood pressure set against another that carries the unit --------------------------------------------

def test_pressure_against_pressure_with_unit():
    text = "Pressure was lower among the dancers (127/78 against 134/85 mmHg) after a year."
    found = _starts(text)
    assert found.get(text.index("127")) == "mmHg"
    assert found.get(text.index("78 against")) == "mmHg"


# -- "<First name> is N and still <verb>s", the person named in full before --------------------------------

def test_first_name_age_and_still_verb():
    text = ("CLUB NEWS: Ivo Marn Kolar won the spring cup on 3 May. As always, the cake was his. Ivo is 79 and\n"
            "still cycles to every match.")
    assert _found(text).get("79") == "years"


def test_no_age_when_still_is_no_verb_after():
    text = "CLUB NEWS: Rota Park opened in May. Rota is 79 and still open."
    assert "79" not in _found(text)


# -- "N of them" after a whole split into men and women ----------------------------------------------------

def test_part_of_whole_split_into_men_and_women():
    text = "We signed up 84 anglers aged 55 to 80, 60 men and 24 women. Thirty-one of them fished every day."
    assert _found(text).get("Thirty-one of them") == "anglers"


def test_part_of_split_whole_after_a_later_small_count():
    text = ("We signed up 84 anglers aged 55 to 80 (mean age 66.1 years), 60\nmen and 24 women, from the harbour "
            "and three others nearby.\nThirty-one of them fished every day.")
    assert _found(text).get("Thirty-one of them") == "anglers"


def test_no_part_of_a_split_two_sentences_back():
    text = "We signed up 84 anglers, 60 men and 24 women. We also met 20 boys. Thirty-one of them fished."
    assert "Thirty-one of them" not in _found(text)


def test_no_part_when_the_counts_do_not_add_up():
    text = "We signed up 84 anglers, 50 men and 24 women. Thirty-one of them fished every day."
    assert "Thirty-one of them" not in _found(text)


# -- a part opening a sentence, "the remaining/other M" making up the rest ---------------------------------

def test_part_with_the_remaining_rest():
    text = "The survey enrolled 150 women aged 60 to 85. Eighty-two still fished each week; the remaining 68 sold fruit."
    assert _found(text).get("Eighty-two") == "people"


def test_no_part_when_the_rest_does_not_add_up():
    text = "The survey enrolled 150 women aged 60 to 85. Eighty-two still fished each week; the remaining 60 sold fruit."
    assert "Eighty-two" not in _found(text)


# -- DNA lengths in kilobases --------------------------------------------------------------------------------

def test_kilobases_after_a_word_of_dna():
    text = "In the swimmers the telomeres were a little longer, 7.3 kb against 6.8 kb in the controls."
    found = _found(text)
    assert found.get("7.3 kb") == "kb"
    assert found.get("6.8 kb") == "kb"


def test_no_kilobases_for_a_file_size():
    text = "Download the leaflet (PDF, 240 kb) or the poster (1.2 KB)."
    assert "240 kb" not in _found(text)


# -- a testimonial's credit whose bold runs over the age and place, with a star rating -----------------------

def test_credit_age_in_bold_with_stars():
    text = '> "The ward nurses made the stairs feel easy."\n> **Tomasz R., 74, Lower Silesia** ★★★★☆\n'
    assert _found(text).get("74") == "years"
