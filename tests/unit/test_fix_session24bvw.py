"""Session 24 (batches bv, bw): numbers (a BMI after its bracketed abbreviation, a glued letter
currency, a number word after a population's bound, a ratio per unit of exposure, "every
quarter") and headers (a messenger's copied channel posts, a subject naming the mailing, a desk
after a slash). All texts are made up."""

from __future__ import annotations

from datetime import date

import pytest
from quantity_rows import found

from agefacts.ingest.header import extract_header


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


# --- numbers ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At the start, each rower's body mass index (BMI) of 24.6 was noted.",
    "Their body mass index (BMI) was 24.6 on entry.",
])
def test_a_bmi_after_its_bracketed_abbreviation_is_a_reading(text):
    row = _rows(text)["24.6"]
    assert row[4:7] == ("kg/m2", None, "measurement")


@pytest.mark.parametrize(("text", "span", "value", "comparator"), [
    ("The club's classes cost about R95 per member per month.", "about R95", 95.0, "~"),
    ("Lessons with a coach cost more than R1,200 a term.", "more than R1,200", 1200.0, ">"),
    ("Each session was paid for out of a grant, at R40.", "R40", 40.0, None),
])
def test_a_glued_letter_currency_is_money_where_money_is_spoken_of(text, span, value, comparator):
    row = _rows(text)[span]
    assert (row[1], row[4], row[5]) == (value, "ZAR", comparator)


@pytest.mark.parametrize("text", [
    "The model's R2 was 0.41 and R3 held the same.",  # a statistic's symbol, no money
    "The cost model fitted well, R2 = 0.41.",  # a sign after it: a statistic
    "Tickets cost little; R800 tickets sold out.",  # a counted noun after it
    "Round R3 of the trial began in May.",
])
def test_a_letter_before_a_number_is_no_currency_elsewhere(text):
    assert not any(r[4] == "ZAR" for r in found(text))


def test_a_glued_rupee_abbreviation_is_read_too():
    assert _rows("The kit cost Rs450 in the end.")["Rs450"][4] == "INR"


@pytest.mark.parametrize(("text", "span", "value", "comparator"), [
    ("Few swimmers over seventy enter the races.", "over seventy", 70.0, ">"),
    ("Women under fifty slept longer.", "under fifty", 50.0, "<"),
])
def test_a_number_word_after_a_populations_bound_is_an_age(text, span, value, comparator):
    row = _rows(text)[span]
    assert (row[1], row[4], row[5], row[6]) == (value, "years", comparator, "age")


def test_a_small_number_word_after_a_bound_stays_no_age():
    assert not any(r[6] == "age" for r in found("Patients over two weeks improved, and men over three."))


@pytest.mark.parametrize(("text", "span", "kind"), [
    ("Odds ratio per risk allele 1.52, close to past cohorts.", "Odds ratio per risk allele 1.52",
     "odds_ratio"),
    ("The HR per SD increase 0.82 held after adjustment.", "HR per SD increase 0.82", "hazard_ratio"),
])
def test_a_ratio_per_unit_of_exposure_reads_its_value_without_a_linking_word(text, span, kind):
    row = _rows(text)[span]
    assert row[4] == kind


def test_a_label_word_keeps_its_number_outside_such_a_ratio():
    assert "2" not in _rows("Carriers of allele 2 were slower.")


@pytest.mark.parametrize("text", [
    "The rowing club's committee meets every quarter in the boathouse.",
    "Blood tests are repeated every quarter.",
])
def test_every_quarter_is_a_schedule_not_a_share(text):
    assert not any(r[4] == "fraction" for r in found(text))


def test_every_fourth_stays_one_in_four():
    assert _rows("Every fourth rower wore a heart-rate strap.")["Every fourth"][1] == 0.25


# --- headers ---------------------------------------------------------------------------------

BODY = ("The first paragraph runs on for a while, as an article's body does, so that it reads as "
        "running text and not as another header line.\n")

CHANNEL = """Rowing Science Daily 🚣
Channel · 3 120 subscribers
t.me/rowingsciencedaily
Exported from the desktop app

Rowing Science Daily, [14.03.2026 09:12]
A new cohort study of hand grip and rowing volume is out

Rowing Science Daily, [15.03.2026 18:40]
Short note on the ergometer results from yesterday.

Rowing Science Daily, [16.03.2026 07:05]
Another one on rest days.
"""


def test_a_messengers_copied_channel_posts_have_no_title_and_are_by_the_channel():
    h = extract_header(CHANNEL)
    assert (h.title, h.byline, h.published) == (None, "Rowing Science Daily", date(2026, 3, 14))


NEWSLETTER = """From: Old Mill Clinic <news@oldmillclinic.example.org>
Date: Tue, 5 May 2026 08:00:00 +0100
Subject: Your summer newsletter from the Old Mill Clinic
To: Patients

OLD MILL CLINIC  |  PATIENT NEWSLETTER
Summer 2026

Walking groups are back: what our members found

Edited by Dr Jane Roe (GP Partner)

""" + BODY


def test_a_subject_naming_the_mailing_yields_to_the_bylined_headline_in_the_body():
    h = extract_header(NEWSLETTER)
    assert h.title == "Walking groups are back: what our members found"
    assert h.byline == "Dr Jane Roe"


def test_a_subject_naming_a_story_stays_the_title():
    text = NEWSLETTER.replace("Your summer newsletter from the Old Mill Clinic",
                              "Walking groups restart in June")
    assert extract_header(text).title == "Walking groups restart in June"


def test_a_desk_after_a_spaced_slash_ends_a_bylines_name():
    text = ("THE DAILY COURIER  |  English Edition\n\nRowers Keep Their Grip Into Their Eighties\n\n"
            "By Jane Roe / Daily Courier Staff Writer\n10:05 JST, May 4, 2026\n\n" + BODY)
    assert extract_header(text).byline == "Jane Roe"
