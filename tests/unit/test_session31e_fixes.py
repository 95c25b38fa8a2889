"""Session 31e fixes (batches dz, ea: numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_west_african_signs_spaced_and_glued():
    got = spans("The clinic said the scheme cost CFAF 7,250 per family over a year.")
    assert any("7,250" in g for g in got)
    got = spans("Organisers said the course cost Le 620 per pupil in total.")
    assert any("620" in g for g in got)
    got = spans("The market survey found meals cost D40 per child per day.")
    assert any("D40" in g for g in got)


def test_vitamin_letter_is_no_sign():
    assert not any("D2" in g for g in spans("The capsules cost little; vitamin D2 per week was the dose."))


def test_other_arm_after_half_of_named_group():
    text = ("Half of the members, 88 people, were drawn by lot to swim in the lake each week. "
            "They met on Tuesdays and Fridays for ten weeks and swam a set distance along the shore, "
            "aiming to keep a steady pace the whole way round and to stop for a rest at the old jetty "
            "whenever the water was cold. The other 88 went on with their "
            "usual routine.")
    got = spans(text)
    assert got.count("88") == 1 and "88 people" in got


def test_one_after_doers_counted_in_sentence():
    got = spans("It went smoothly. Four rowers had blisters on their hands, and one bruised a rib.")
    assert "one" in got
    got = spans("Three cyclists crashed on the descent and one needed treatment.")
    assert "one" in got


def test_one_after_things_stays_out():
    assert "one" not in spans("Three markers rose and one fell.")


def test_one_person_had_single_injury():
    got = spans("Twenty rowers took part. One rower had a wrist sprain after a long outing.")
    assert "One rower" in got
    assert "One woman" not in spans("One woman had a good time at the lake.")


def test_word_count_split_across_arms():
    got = spans("Six volunteers dropped out, three from each group.")
    assert "three from each group" in got


def test_statistic_value_in_markdown_bold():
    got = spans("Falls were rarer in the swimmers – a hazard ratio of **0.64** (95% CI 0.41 to 0.98).")
    assert any("0.64" in g for g in got)


def test_pair_after_pressure_alone():
    got = spans("Nobody whose pressure was over 170/105 was allowed to start the climb.")
    assert any("170" in g for g in got) and any("105" in g for g in got)


def test_masthead_over_issue_line_naming_the_newsletter():
    from agefacts.ingest.header import extract_header
    text = ("# HARBOUR LIGHT\n\n**The newsletter of the Example Rowing Trust** · Seaport · Issue 7 · Spring 2025\n\n"
            "---\n\n## A word from our chair\n\nDear friends,\n\nThank you for a wonderful year of support.\n\n"
            "---\n\n## Rowing into old age: what our harbour study found\n\n*By Mara Quill, Trust Officer*\n\n"
            "On a cold morning at the slipway, the first boat is out by seven.\n")
    assert extract_header(text).title == "Rowing into old age: what our harbour study found"


def test_magazine_masthead_over_issue_line_caps_headline_past_deck():
    from agefacts.ingest.header import extract_header
    text = ("NORTE VIVO  |  The Weekend Magazine of The Example Herald\n"
            "May 3, 2025  ·  Vol. 12, No. 18  ·  Inside: gardens · recipes\n"
            "----------------------------------------\n"
            "HEALTH  /  FEATURE                PAGE 5\n"
            "----------------------------------------\n\n"
            "THE RIVER REMEMBERS\n\n"
            "On the north coast, men in their seventies who row twice a week are keeping their\n"
            "balance. Researchers in the capital want to know why.\n\n"
            "By Tomas Leal Ibarra\n\n"
            "The first thing you see at the Saturday rowing club is that nobody is sitting still.\n")
    assert extract_header(text).title == "THE RIVER REMEMBERS"


def test_part_including_who():
    assert "three" in spans("Six men left the club for other reasons, including three who moved abroad.")
