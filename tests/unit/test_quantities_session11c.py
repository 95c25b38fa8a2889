"""Forms of session 11c (batch x: an Indian English newspaper feature, a crowdfunding page, a
hearing testimony): Indian numbering words, currency abbreviations, decades of life qualified
without "their", a group size glued to a noun of people, bold counts in a stats line, and "met"
as a verb."""

from __future__ import annotations

from quantity_rows import found
from quantity_rows import spans as _spans


def test_lakh_and_crore_scale_the_number_and_keep_the_counted_noun():
    text = "The survey handed out 2.4 lakh tablets and 3 crore people; it may reach 12 crore by 2040."
    assert found(text) == [
        ("2.4 lakh tablets", 240_000.0, None, None, "tablets", None, "count"),
        ("3 crore people", 30_000_000.0, None, None, "people", None, "sample_size"),
        ("12 crore", 120_000_000.0, None, None, None, None, "count"),
        ("2040", 2040.0, None, None, "year", None, "date/metadata"),
    ]
    assert found("About five lakh volunteers signed up.")[0][1] == 500_000.0


def test_a_bare_number_with_a_multiplier_word_is_a_count():
    assert found("Membership could pass 20 million next year.") == [
        ("20 million", 20_000_000.0, None, None, None, None, "count")]
    # without a multiplier a bare number stays out
    assert found("Membership could pass 20 next year.") == []


def test_rupee_abbreviations_and_sign_are_a_currency():
    text = "A kit is Rs 650, a visit Rs. 1,200, a scan ₹3,500, a test INR 900 and a ward Rs.800."
    assert [(r[0], r[1], r[4]) for r in found(text)] == [
        ("Rs 650", 650.0, "INR"), ("Rs. 1,200", 1200.0, "INR"), ("₹3,500", 3500.0, "INR"),
        ("INR 900", 900.0, "INR"), ("Rs.800", 800.0, "INR"),
    ]
    assert [(r[0], r[1], r[4]) for r in found("The grant was Rs 1.5 crore, the prize ₹2 lakh.")] == [
        ("Rs 1.5 crore", 15_000_000.0, "INR"), ("₹2 lakh", 200_000.0, "INR")]
    assert [(r[0], r[4]) for r in found("Fees were USD 40, paid once.")] == [("USD 40", "USD")]


def test_a_snp_id_or_lower_case_rs_is_no_money():
    assert _spans("The rs1815739 genotype and the rs 17 marker were typed.") == []


def test_a_qualified_decade_is_an_age_in_an_age_sentence_or_an_ageing_article():
    text = "Peak power falls from age 30, compared to the mid-60s in trained runners."
    assert found(text)[-1] == ("mid-60s", None, 60.0, 69.0, "years", None, "age")
    ageing = "Ageing muscle loses power. Balance often worsens in the late 70s."
    assert found(ageing)[-1] == ("late 70s", None, 70.0, 79.0, "years", None, "age")
    # a list after "their" keeps its qualifiers
    assert _spans("Runners in their mid-40s and early 50s were timed.") == ["in their mid-40s", "early 50s"]


def test_a_qualified_decade_without_age_words_is_not_an_age():
    assert _spans("Disco ruled the charts in the late 70s.") == []


def test_a_group_size_glued_to_a_noun_of_people_is_a_sample_size():
    assert found("They ran a 36-patient pilot and then a 120-participant trial.") == [
        ("36-patient", 36.0, None, None, "people", None, "sample_size"),
        ("120-participant", 120.0, None, None, "people", None, "sample_size"),
    ]


def test_a_bold_count_reads_the_noun_after_its_closing_marks():
    text = "**41** days to go · **212** supporters\n\n**7** of them"
    assert found(text) == [
        ("41** days", 41.0, None, None, "days", None, "dose/exposure"),
        ("212** supporters", 212.0, None, None, "supporters", None, "count"),
    ]


def test_met_before_an_object_is_the_verb():
    assert _spans("Half the women over 70 met the criteria; the class worked at 4 MET.") == [
        "Half", "over 70", "4 MET"]
