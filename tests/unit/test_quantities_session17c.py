"""Forms of session 17, batches bb/bc (numbers), on made-up sentences."""

from __future__ import annotations

from quantity_rows import found


def spans(text: str) -> list[str]:
    return [r[0] for r in found(text)]


def test_a_labelled_sample_size_on_a_line_with_a_doi_is_read():
    line = ("**Journal:** *Ageing Today* · **Sample size:** 212 adults · "
            "[doi:10.1234/abc.5](https://doi.org/10.1234/abc.5)")
    assert found(line) == [("212 adults", 212.0, None, None, "people", None, "sample_size")]
    assert spans("Source: Smith et al., Cell (2021), n = 40 · doi:10.1/x") == ["n = 40"]
    assert spans("Participants: 36 · doi:10.1/abc") == ["36"]
    # the rest of a citation line stays unread: no label before its numbers
    assert spans("Source: Cell 2021;13(10):145, 40 adults") == []
    assert spans("**Journal:** *Ageing Today* · 2021 · [doi:10.1/x](https://doi.org/10.1/x)") == []


def test_n_of_them_after_a_preposition_is_a_part_of_the_people_counted_before():
    rows = found("In 300 adults aged 50–85, marker X was lower. A pilot in 52 of them raised it.")
    assert rows[-1] == ("52 of them", 52.0, None, None, "people", None, "sample_size")
    assert spans("Of 300 adults, X fell. Among 20 of those, it rose.")[-1] == "20 of those"
    # not people before, or not fewer: unread
    assert spans("We tested 12 tablets. In 4 of them the dose was wrong.") == ["12 tablets"]
    assert spans("In 30 adults, X fell. In 40 of them it rose.") == ["30 adults"]


def test_a_count_before_adjectives_and_an_age_noun_is_a_group_size():
    rows = found("We compared them with 24 healthy 25-year-olds, and found more.")
    assert rows[0] == ("24", 24.0, None, None, "people", None, "sample_size")
    assert rows[1][0] == "25-year-olds"
    assert found("We recruited 30 fit 70-year-old women.")[0][4::2] == ("people", "sample_size")
    assert found("We followed 40 24-month-old mice.")[0][4] == "animals"
    # a word of grammar between is no adjective
    assert found("Scores were 24 and 25-year-olds scored more.")[0][6] != "sample_size"


def test_a_one_word_compound_is_no_count():
    assert found("She left a one-word reply and a one-page summary.") == []
    assert spans("a five-question survey and a 12-word list") == ["five-question", "12-word"]


def test_a_bare_reading_ending_a_list_item_is_read():
    assert spans("- 30 miles a week, down from a peak of 52\n- Two rest days") == [
        "30 miles a week", "52", "Two rest days"]


def test_runs_ending_a_list_item_are_a_count():
    assert spans("Ten years, 1,200 runs, roughly 9,000 miles.") == [
        "Ten years", "1,200 runs", "roughly 9,000 miles"]
    assert spans("- Four runs: two easy, one long\n- x") == ["Four runs"]
    assert spans("The 3 runs out of time.") == []


def test_a_numbered_mile_and_the_time_a_stretch_took():
    assert found("I hit the wall at mile 20 and walked.") == [
        ("mile 20", 20.0, None, None, "mile", None, "dose/exposure")]
    assert spans("- Worst mile: mile 19, in 8:50\n- x") == ["mile 19", "8:50"]
    assert found("He ran a 5K in 24:10.")[1][1:2] == (24.1667,)
    # a mile run several times stays a frequency; a clock time stays unread
    assert spans("She ran a mile 3 times a week.") == ["3 times a week"]
    assert spans("We met in 9:47 am.") == []


def test_a_race_named_by_its_distance_after_running_it():
    assert found("I ran an easy 10K by the river.") == [
        ("10K", 10.0, None, None, "km", None, "dose/exposure")]
    assert spans("She finished her first 5K.") == ["5K"]
    assert spans("The post got 1.4K likes.") == []


def test_a_device_reading_and_ages_said_in_passing():
    assert found("My watch says 44, which is high.")[0][::6] == ("44", "measurement")
    assert spans("He read 41 books.") == ["41 books"]
    assert found("I’m 63 now. I run.")[0][::6] == ("63", "age")
    assert found("Strength falls after 40 in women.")[0][::6] == ("after 40", "age")
    assert spans("We stopped after 30 in the heat.") == []
