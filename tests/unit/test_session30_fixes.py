"""Session 30 (batches dj-dm): numbers. ISO 4217 codes glued before an amount as a sign;
counts of studies and people with modifiers between number and noun; a second value sharing the
first's measure; counts whose noun the text has already named. All texts are made up."""

from __future__ import annotations

from quantity_rows import found, found_one, spans

# --- money: an ISO 4217 code glued before the amount ----------------------------------------

def test_an_iso_code_glued_before_a_grouped_amount_is_its_currency():
    r = found_one("A bowl of noodles cost KRW12,000 at the night market.", "KRW12,000")
    assert r[1] == 12000 and r[4] == "KRW"


def test_an_iso_code_glued_before_three_digits_is_its_currency():
    assert found_one("The clinic charged PHP850 for each visit.", "PHP850")[4] == "PHP"


def test_an_iso_code_glued_before_a_scaled_amount_is_its_currency():
    r = found_one("The council set aside SGD1.4 million for new benches.", "SGD1.4 million")
    assert r[1] == 1_400_000 and r[4] == "SGD"


def test_a_label_of_letters_and_a_short_number_is_no_money():
    text = "The SAR2 strain and the TOP100 list were named."
    assert all(r[4] not in ("SAR", "TOP") for r in found(text))
    assert "SAR2" not in spans(text)


# --- a second value sharing the first's measure ---------------------------------------------

def test_a_fact_box_label_naming_a_dose_unit_gives_its_values_that_unit():
    text = "At a glance\n- Daily steps: 7,400 vs 5,100\n- Volunteers: 64\n"
    assert found_one(text, "7,400")[4] == "steps/day"
    assert found_one(text, "5,100")[4] == "steps/day"


def test_a_fact_box_label_with_its_period_after_the_unit():
    assert found_one("Sets per week: 12\n", "12")[4] == "sets/week"


def test_the_concordance_statistic_and_its_change_are_statistics():
    text = "Adding the marker raised the C-statistic from 0.64 to 0.69 in the cohort."
    rows = found(text)
    assert [r[1] for r in rows if r[4] == "auc"] == [0.64, 0.69]


def test_a_concordance_index_with_its_interval():
    r = found_one("The model's concordance index was 0.7 (95% CI 0.66-0.74).",
                  "concordance index was 0.7 (95% CI 0.66-0.74)")
    assert r[4] == "auc" and r[1] == 0.7


# --- counts whose noun the text has already named ------------------------------------------

def test_the_other_half_in_the_next_paragraph_opening_on_half():
    text = ("The team recruited 150 adults aged 65 to 85 from the river towns. Most were retired.\n\n"
            "Half kept up their usual walks. The other 75 did the same plus a balance class.")
    assert found_one(text, "75")[4] == "people"


def test_the_other_n_in_the_next_paragraph_that_is_not_half_stays_out():
    text = "The team recruited 150 adults.\n\nHalf kept up their usual walks. The other 70 did the same."
    assert "70" not in spans(text)


def test_a_paragraph_opening_on_groups_of_the_people_counted_before_it():
    text = ("The study recruited 180 retirees aged 62 to 81 from choirs. Their mean age was 70.2.\n\n"
            "Sixty were tennis players who had played for years. Fifty were regular swimmers, and the "
            "remaining 70 did no sport at all.")
    assert found_one(text, "Sixty")[4] == "people"
    assert found_one(text, "Fifty")[4] == "people"
    assert found_one(text, "70")[4] == "people"


def test_a_paragraph_not_opening_on_a_group_describes_none():
    text = "The study recruited 180 men.\n\nThe hall was cold. Sixty were tennis players."
    assert "Sixty" not in spans(text)


def test_a_part_of_them_in_words_and_its_size_per_group():
    text = "All volunteers gave blood. Thirty of them – 10 from each group – also consented to a biopsy."
    assert found_one(text, "Thirty of them")[4] == "people"
    assert found_one(text, "10 from each group")[6] == "sample_size"


def test_one_person_who_came_to_harm_is_counted():
    assert found_one("Two had sore hips, and one woman fell from a ladder at home.", "one woman")[4] == "people"
    text = "Most tennis players were fit. One player in the trial broke a finger after tripping."
    assert found_one(text, "One player")[4] == "people"


def test_one_person_in_an_anecdote_or_a_thing_is_not_counted():
    assert spans("One woman told me she felt younger.") == []
    assert spans("One hammer fell off the shelf.") == []


def test_the_next_group_said_as_the_one_before_it_in_the_same_sentence():
    text = ("The team examined 240 adults aged 60 to 80. Of them, 120 were farmers working in the hills, "
            "and 120 were residents of the capital of similar age.")
    rows = [r for r in found(text) if r[0] == "120"]
    assert len(rows) == 2 and all(r[4] == "people" for r in rows)


def test_a_clause_of_some_of_the_people_just_counted_acting():
    text = "Nine residents (8%) withdrew, mostly because of illness; only 4 blamed the timetable itself, two of them since they worked shifts."
    assert found_one(text, "only 4")[4] == "people"
    assert found_one(text, "two of them")[4] == "people"


def test_a_tally_split_among_people_after_there_were():
    text = "The team also counted falls over the year: there were six among the swimmers and 17 among the other men."
    assert found_one(text, "six among the swimmers")[4] == "falls"
    assert found_one(text, "17 among the other men")[4] == "falls"
    assert spans("There were six among the swimmers.") == []


def test_a_tally_that_changed_from_some_places_to_others():
    text = "Ambulance calls for falls dropped from 31 in the older wards to 12 in the new wards last year."
    assert found_one(text, "31 in the older wards")[4] == "calls"
    assert found_one(text, "12 in the new wards")[4] == "calls"
