"""Forms of session 13 (batch ae): an age band before "age group", a race time with hundredths or
hours ("4:05.37", "2:14:09"), a span before "range"/"band"/"zone", "there were N of them" after a
group of people, a distance named again by its number alone ("her last 400"), an idiomatic half
("half the battle") and a range of fraction words after "between"."""

from __future__ import annotations

from quantity_rows import found


def test_a_span_of_ages_before_age_group_is_an_age_band():
    assert found("He set the record in the men's 65–69 age group last spring.") == [
        ("65–69", None, 65.0, 69.0, "years", None, "age")]
    assert [r[:5] for r in found("Few in the 40 to 44 age bracket smoked.")] == [
        ("40 to 44", None, 40.0, 44.0, "years")]
    assert found("Pages 150–200 group the tables.") == []


def test_a_time_with_hundredths_or_hours_is_an_elapsed_time_in_minutes():
    assert found("Her best mile is 6:12.48 this season.") == [
        ("6:12.48", 6.208, None, None, "minutes", None, "measurement")]
    assert [r[:5] for r in found("He finished the marathon in 3:05:30.")] == [
        ("3:05:30", 185.5, None, None, "minutes")]
    # a time of day, a subtitle's timestamp and a transcript's marker stay unread
    assert found("We met at 10:30 for coffee.") == []
    assert found("[00:12:31] Host: welcome back.") == []
    assert found("00:01:02,500 --> 00:01:04,000\nHello") == []


def test_a_span_of_values_before_range_band_or_zone_is_read_without_unit():
    assert found("Scores near the 20 to 25 range are borderline.") == [
        ("20 to 25", None, 20.0, 25.0, None, None, "measurement")]
    assert [r[0] for r in found("Keep the effort in a 3–4 zone.")] == ["3–4"]
    assert found("Values 20 to 25 range widely.") == []  # no "the"/"a": a verb, not a noun
    assert [r[4] for r in found("In the 2010–2015 range, sales grew.")] == ["year"]


def test_there_were_n_of_them_counts_the_people_just_named():
    assert found("Even patients over 90 — there were four of them — improved.")[1] == (
        "four of them", 4.0, None, None, "people", None, "count")
    assert found("Old mice (there were 12 of them) lived longer.") == [
        ("12 of them", 12.0, None, None, "animals", None, "count")]
    assert found("We opened the boxes; there were ten of them.") == []  # no people or animals
    assert found("Six of them said no.") == []


def test_a_distance_named_again_by_its_number_alone():
    text = "The set is eight repeats of 400 metres. Later he jogs his last 400 and stops."
    assert [(r[0], r[4]) for r in found(text)] == [
        ("eight repeats", "repeats"), ("400 metres", "m"), ("400", "m")]
    # no distance with that number before, or a part of a group: nothing
    assert [r[0] for r in found("He jogs his last 400 and stops. Then 400 metres.")] == ["400 metres"]
    assert [r[0] for r in found("They ran 200 m. Of the first 200, most stayed.")] == ["200 m"]
    assert [r[0] for r in found("They ran 200 m. The last 200 runners left.")] == [
        "200 m", "200 runners"]


def test_an_idiomatic_half_is_no_share():
    assert found("Sleep explains half of Lee's story.") == []
    assert found("Showing up is half the battle; the other half is sleep.") == []
    assert found("That is the strength half of the story.") == []
    assert [r[0] for r in found("Half of the battle-hardened recruits quit.")] == ["Half"]
    assert [r[0] for r in found("Half of the participants took half the dose.")] == ["Half", "half"]


def test_a_range_of_fraction_words_after_between():
    assert found("It affects between a fifth and a third of adults.") == [
        ("between a fifth and a third", None, 0.2, 1 / 3, "fraction", None, "proportion")]
    assert [r[0] for r in found("A quarter to a half of them left.")] == ["A quarter to a half"]
    assert found("Add a third and a half cup.") == []  # no "between": no range
