"""Session 34e fixes (counted parts of batches ev to ey, and older leftovers), on made-up texts."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


# -- "N of them" after a semicolon inside a bracket -----------------------------------------------------

def test_part_after_semicolon_in_bracket_after_people():
    text = "The team enrolled 240 patients aged 58 to 91 (mean age 74.6 years; 110 of them women) from four towns."
    assert _found(text).get("110 of them") == "people"


def test_no_part_when_the_bracket_closed_before():
    text = "The team enrolled 300 residents (from five towns). In May; 160 of them men."
    assert "160 of them" not in _found(text)


# -- a gapped part: "and N of them a/an <noun>" ------------------------------------------------------------

def test_gapped_part_shares_the_verb_of_the_people_counted():
    text = "With their consent, 60 volunteers also gave plasma twice that winter, and 25 of them a brief balance test at the clinic."
    assert _found(text).get("25 of them") == "people"


def test_gapped_part_in_words():
    text = "In spring 50 porters walked to the depot, and thirty of them an extra loop."
    assert _found(text).get("thirty of them") == "porters"  # the doers counted


def test_no_gapped_part_without_a_verb_after_the_people():
    text = "There were 50 workers on the site in March, and 30 of them a year later."
    assert "30 of them" not in _found(text)


# -- "N of them" after a colon, of the people the sentence opens on -----------------------------------------

def test_part_after_colon_of_the_people_the_sentence_opens_on():
    text = ("Over two years, the members also slipped less: 44 of them had an injury that needed care, "
            "compared with 70 of the non-members, a ratio of 0.6.")
    found = _found(text)
    assert found.get("44 of them") == "people"
    assert found.get("70") == "people"


def test_no_colon_part_when_the_sentence_opens_on_things():
    text = "Over two years, the benches also aged badly: 44 of them cracked."
    assert "44 of them" not in _found(text)


# -- "the other N" when a part of the whole was counted since -----------------------------------------------

def test_other_half_past_a_part_counted_after_the_whole():
    text = ("The club enrolled 96 adults aged 61 to 80. Their mean age was 69.4 years and 50 were men.\n\n"
            "Half were assigned to pole walking, 45 minutes a session. The other 48 kept their usual routine.")
    assert _found(text).get("48") == "people"


def test_no_other_half_when_not_half_of_the_whole():
    text = ("The club enrolled 96 adults aged 61 to 80. Their mean age was 69.4 years and 50 were men.\n\n"
            "Half were assigned to pole walking, 45 minutes a session. The other 47 kept their usual routine.")
    assert "47" not in _found(text)


# -- a range as the size of each of several groups ------------------------------------------------------------

def test_range_after_groups_of_counts_people():
    text = "Choirs rehearse twice a month for 90 minutes, in groups of 5 to 9."
    assert _found(text).get("5 to 9") == "people"


def test_sets_of_a_range_stay_repetitions():
    assert _found("Lift in sets of 6 to 10.").get("6 to 10") == "repetitions"


# -- a rate whose counted noun is the tally named before the verb ----------------------------------------------

def test_tally_named_before_the_verb_gives_the_rate_its_noun():
    found = _found("During the holidays, their step count sank to 3,700 a day and their grip weakened by 5%.")
    assert found.get("3,700 a day") == "steps/day"


def test_plural_tally_before_the_verb():
    assert _found("In winter their daily steps averaged 3,900 a week.").get("3,900 a week") == "steps/week"


def test_no_tally_rate_without_a_tally_before():
    assert "4,800 a day" not in _found("Off-season, it fell to 4,800 a day.")


# -- "N of them" after ", and", of people a sentence opens on with no article ---------------------------------

def test_part_of_a_bare_plural_subject_of_people():
    text = "Older rowers on statins for their cholesterol had the largest rises, and three of them needed a rest day at the camp."
    assert _found(text).get("three of them") == "people"


def test_no_bare_subject_part_for_a_general_statement_or_things():
    assert "three of them" not in _found("Older rowers have weaker hearts, and three of them needed rest.")
    assert "three of them" not in _found("Samples from the rowers were frozen, and three of them cracked.")
