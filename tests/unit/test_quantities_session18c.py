"""Forms of session 18's blind batches bg and bh (numbers), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found


def test_a_count_whose_noun_the_sentence_named_before():
    rows = found("They cycled for 6 weeks, rested for 4 weeks, then cycled again for another 6.")
    assert rows[2][:5] == ("6", 6.0, None, None, "weeks")
    rows = found("The cafe chain now runs 7 kiosks and aims to reach 18 by spring 2033.")
    assert [(r[0], r[4]) for r in rows[:2]] == [("7 kiosks", "kiosks"), ("18", "kiosks")]
    assert found("He walks 6,500 steps a day and wants to hit 8,000.")[1][4] == "steps/day"
    # a new sentence, a noun of its own, or no clause end after "another": unread
    assert [r[0] for r in found("He did 3 sets. Then another 2.")] == ["3 sets"]
    assert [r[0] for r in found("He did 3 sets, then another 2 of them.")] == ["3 sets"]
    assert found("They ran for 10 weeks and another 10 people joined.")[1][:5] == (
        "10 people", 10.0, None, None, "people")


def test_a_part_of_a_whole_fronted_by_of_the():
    rows = found("Of the roughly 20,000 proteins the lab scanned, 1,530 changed.")
    assert rows[1][:5] == ("1,530", 1530.0, None, None, "proteins")
    rows = found("It worked. Of the 400 patients screened, nine qualified.")
    assert rows[1][:5] == ("nine", 9.0, None, None, "people")
    # not at a sentence's start, or no smaller than the whole: unread
    assert [r[0] for r in found("Because of the 400 patients screened, 212 qualified.")] == ["400 patients"]
    assert [r[0] for r in found("Of the 50 patients screened, 212 qualified.")] == ["50 patients"]


def test_ages_after_a_speech_tag_and_before_a_home_town():
    assert found('"It was hard," said Okafor, now 83. "Very."')[0][:5] == ("83", 83.0, None, None, "years")
    assert found("Edna, 84, from Leeds, joined the class.")[0][4] == "years"
    # a sentence-opening word before "now N." or a "from" without a place: no age
    assert found("Prices, now 45.") == []
    assert found("Edna, 84, from the start, joined.") == []


def test_a_reading_after_the_bounds_of_a_rating_scale():
    rows = found("Shoulder pain (0–10 VAS) averaged 3.4 with gel vs 6.1 with sham.")
    assert [(r[0], r[4]) for r in rows] == [("0–10", "points"), ("3.4", "points"), ("6.1", "points")]
    assert found("Effort (6-20 scale) was 14.")[1][:5] == ("14", 14.0, None, None, "points")
    assert found("Pain on a 0-100 VAS was 40.")[0][2:5] == (0.0, 100.0, "points")
    # outside the bounds, or in a later sentence: not a reading
    assert [r[0] for r in found("Pain (0-10 NRS) averaged 12.")] == ["0-10"]
    assert [r[0] for r in found("Pain (0-10 NRS). Then 3 was reached.")] == ["0-10"]


def test_rest_seconds_and_rep_schemes_in_a_dosage_table():
    table = "| Item | Dose |\n|---|---|\n| Rest between rounds | 45–90 s |\n| Sets × reps | 20-12-12 |\n"
    assert [(r[0], r[1], r[4]) for r in found(table)] == [
        ("45–90 s", None, "seconds"), ("20-12-12", 44.0, "repetitions")]
    assert found("Rest 30–60 s between sets.")[0][2:5] == (30.0, 60.0, "seconds")
    assert found("Do 12-10-8 reps.")[0][:5] == ("12-10-8 reps", 30.0, None, None, "repetitions")
    # a row that names no repetitions, or an age row: unread
    assert found("| Phone | 55-12-34 |\n| Age | 30 s |") == []


def test_people_of_an_age_group_and_a_price_glued_to_its_rate():
    rows = found("When 45 previously inactive over-70s completed it, strength rose.")
    assert [(r[0], r[4]) for r in rows] == [("45 previously inactive", "people"), ("over-70s", "years")]
    assert found("We saw 40 under-30s.")[0][:5] == ("40", 40.0, None, None, "people")
    assert found("Free swimming for over-60s.")[0][4] == "years"
    assert found("A £25-a-month membership is enough.")[0][:5] == ("£25", 25.0, None, None, "GBP")
    assert found("a $5-per-head fee")[0][4] == "USD"
    assert found("A 25-a-month plan.") == []  # no price: unread
