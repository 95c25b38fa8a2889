"""Forms of session 17 (batches aw-ay and older leftovers), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found


def test_a_part_of_a_set_named_before_with_those_or_these_counts_its_noun():
    assert found("Of 900 genes, 2,140 of those sites were marked.")[1][:5] == (
        "2,140 of those sites", 2140.0, None, None, "sites")
    assert found("Only 7 of these proteins moved in the old mice.")[0][4] == "proteins"
    # a unit after "those" is no counted noun; a year stays a year
    assert found("Just 5 of those days were dry.") == []
    assert found("In 2019 of those years it rained.")[0][4] == "year"


def test_bare_arm_counts_with_a_verb_are_people_of_a_group_counted_before():
    rows = found("The trial took in 50 adults; 26 did rowing (3 × 10 minutes), while the other 24 "
                 "did yoga.")
    arms = [(r[0], r[1], r[4], r[6]) for r in rows if r[1] in (26.0, 24.0)]
    assert arms == [("26", 26.0, "people", "sample_size"), ("24", 24.0, "people", "sample_size")]
    assert [r[0] for r in found("Among 70 patients, 15 walked and the remaining 55 stayed home.")] == [
        "70 patients", "15", "55"]
    # no group of people before, another sentence, or a number not smaller: unread
    assert found("The 30 did well.") == []
    assert [r[0] for r in found("We saw 40 adults. 12 did yoga.")] == ["40 adults"]
    assert [r[0] for r in found("We saw 10 adults; 12 did yoga.")] == ["10 adults"]


def test_a_bare_number_ending_an_enrolment_clause_is_the_sample():
    rows = found("A first version said 64 people. In fact it enrolled 46. We regret the error.")
    assert [(r[0], r[4], r[6]) for r in rows] == [
        ("64 people", "people", "sample_size"), ("46", "subjects", "sample_size")]
    assert found("The study recruited 150, of whom 70 were men.")[0][:1] + found(
        "The study recruited 150, of whom 70 were men.")[0][4:] == ("150", "subjects", None,
                                                                     "sample_size")
    # a noun after it keeps the older reading; a decimal or a year is no sample
    assert found("It enrolled 46 older adults.")[0][0] == "46 older adults"
    assert found("The model randomised 2.5.") == []


def test_a_quoted_scheme_of_repetitions_per_set_is_read_near_a_word_of_reps():
    rows = found('Try the "12-10-8" ladder: three sets, fewer reps each time.')
    assert rows[0][:5] == ("12-10-8", 30.0, None, None, "repetitions")
    assert found('The match ended "6-4-6" in the rain.') == []
    assert found('They lifted a “20-10-10” pattern of repetitions.')[0][:2] == ("20-10-10", 40.0)


def test_a_by_the_numbers_line_led_by_a_counted_unit_reads_the_unit():
    text = ("Key figures\n\n"
            "640 — adults in the cohort\n"
            "9,200 — average daily steps of the top group\n"
            "6,000 — steps a day where gains stopped\n"
            "4 — sessions a week in the programme\n"
            "36 — sessions in all\n")
    rows = [(r[0], r[4], r[6]) for r in found(text)]
    assert rows == [("640", "people", "count"), ("9,200", "steps/day", "dose/exposure"),
                    ("6,000", "steps/day", "dose/exposure"),
                    ("4", "sessions/week", "dose/exposure"), ("36", "sessions", "count")]


def test_an_ordinal_decade_of_life_is_an_age_band():
    assert found("Women in their 7th decade rowed daily.")[0][:5] == (
        "in their 7th decade", None, 60.0, 69.0, "years")
    assert found("He is now in his 9th decade of life.")[0][2:4] == (80.0, 89.0)
    assert found("The 3rd decade of the century began.") == []


def test_seconds_after_a_cue_with_a_colon_or_for_and_before_a_walk():
    assert found("Rest: 75 s")[0][:5] == ("75 s", 75.0, None, None, "seconds")
    assert found("Hold for 40 s, then switch legs.")[0][4] == "seconds"
    assert found("8 x 200 m, 60 s walk between")[-1][:2] == ("60 s", 60.0)
    assert found("Music of the 80 s was loud.") == []


def test_a_measured_level_changing_between_whole_numbers_gives_two_measurements():
    rows = found("Her systolic pressure fell from 146 to 121 over the winter.")
    assert [(r[0], r[1], r[6]) for r in rows] == [("146", 146.0, "measurement"),
                                                  ("121", 121.0, "measurement")]
    assert [r[4] for r in found("His balance score rose from 18 to 23.")] == ["points", "points"]
    # nothing measured named before the verb: ages, counts or years stay unread
    assert found("Membership grew from 30 to 45.") == []
    assert found("Onset moved from 60 to 55.") == []


def test_a_rating_scale_bounds_are_points():
    assert found("Effort was rated on the Borg scale (6-20).")[0][:5] == (
        "6-20", None, 6.0, 20.0, "points")
    assert found("Use perceived effort (rating of exertion, 6–20) to pace.")[0][2:4] == (6.0, 20.0)
    assert found("Pain on a 0-10 scale fell.")[0][:5] == ("0-10", None, 0.0, 10.0, "points")
    # a bracketed range with no scale named is no scale's
    assert found("Rate pain (0-10) daily.") == []
    assert found("Children (6-12) were in the scale study.") == []
