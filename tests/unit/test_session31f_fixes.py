"""Session 31f fixes (batches eb, ec: numbers, a gene, headers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_elided_count_after_and_wrapped_to_next_line():
    text = ("Ten members left the club. Three rowers capsized in cold water and\n"
            "one cracked a rib, the coach said, and\n"
            "two quit for family reasons.")
    got = spans(text)
    assert "one" in got and "two" in got


def test_count_in_group_after_and_wrapped_to_next_line():
    text = ("By spring, 6 women in the swimming group had a fall, compared with\n"
            "11 in the walking group.")
    assert "11" in " ".join(spans(text))


def test_parts_of_leavers_listed_after_colon():
    got = spans("Eight swimmers left the trial: three because of back pain, one who changed jobs "
                "and two who disliked the pool.")
    assert got.count("three") + got.count("one") + got.count("two") == 3


def test_parts_of_leavers_after_comma_wrapped():
    got = spans("Five of the women dropped out,\nfour because of flu, and the rest stayed.")
    assert "four" in got


def test_no_leaver_list_without_leaving():
    got = spans("Eight swimmers met on Friday: three because they liked it.")
    assert "three" not in got


def test_one_person_had_spell_or_repair():
    assert any(g.startswith("One volunteer") for g in spans("One volunteer had a fainting spell in the gym."))
    assert any(g.startswith("one woman") for g in spans("Two quit, and one woman had a knee replaced during the study."))
    assert not spans("One woman had a lovely afternoon.")


def test_apostrophe_thousands_after_iso_code():
    got = spans("The foundation gave CHF 410'000, and the town added CHF 27'500 for rent.")
    assert "CHF 410'000" in got and "CHF 27'500" in got


def test_apostrophe_is_no_grouping_for_feet_and_inches():
    assert not any("5'11" in g for g in spans("The coach, 5'11\", smiled."))


def test_currency_sign_after_amount():
    got = spans("Membership cost about 480 kr per person for the season.")
    assert any(g.startswith("480 kr") for g in got)
    got = spans("A ticket is 65 zł at the door.")
    assert any(g.startswith("65 zł") for g in got)
    assert not any("kr" in g for g in spans("The kr3 strain grew."))


def test_other_half_past_a_count_of_things():
    text = ("Half of them (36 people) were chosen by lot to row twice a week; each session had "
            "five rounds of three minutes. The other 36 kept to their usual routine.")
    got = [q for q in scan_quantities(text) if text[q.start : q.end] == "36"]
    assert got and got[0].unit == "people"


def test_other_half_after_half_the_group():
    text = ("Half the club (n = 52) was assigned to a course of long rides every Saturday, plus two "
            "40-minute gym sessions a week held in the village hall near the old school by the river, "
            "where the local choir, the chess club and the knitting circle also meet on weekday evenings. "
            "The other 52 carried on as usual.")
    assert spans(text).count("52") == 1


def test_count_echoed_after_a_named_group():
    got = spans("Over the year the swimmers had 6 falls between them and the control group 14, a hazard ratio of 0.4.")
    assert "14" in got
    got = spans("The walkers reported 11 falls, the comparison group 25, which is a big gap.")
    assert "25" in got
    assert not spans("Patients in group 2 fell.")


def test_echoed_change_after_group_and_amount_done():
    got = spans("On the stand test, the swimmers managed 3.3 more repetitions than at the start, "
                "the gym group 1.9 more. About half said so.")
    assert "1.9 more" in got
