"""Session 35f: made-up texts of the shapes left in batches ff and fg, and a frequency misread."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


# -- a count of people, a verb, then how often they did it ----------------------------------------

def test_a_count_before_a_verb_and_a_frequency_is_people_then_a_rate():
    found = _found("The gym signed up 300 older adults. Of these, 120 went once a week. "
                   "Another 85 went twice a week, while the others stayed away.")
    assert found.get("120") == "people"
    assert found.get("85") == "people"
    assert found.get("twice a week") == "times/week"
    assert not any(u and u.startswith(("once/", "twice/")) for u in found.values())


def test_a_count_before_a_present_verb_and_a_frequency_is_no_rate_of_the_adverb():
    found = _found("The gym signed up 300 older adults. Of these, 140 go twice a week.")
    assert found.get("140") == "people"
    assert found.get("twice a week") == "times/week"


def test_a_noun_counted_per_period_is_kept():
    assert _found("She ate 4 plums a day.").get("4 plums a day") == "plums/day"
    assert _found("Walkers did 3 bursts a week.").get("3 bursts a week") == "bursts/week"


# -- "Only N were women" after people named by what they do, things counted between --------------

def test_only_n_were_women_after_doers_and_a_count_of_things():
    found = _found("The team enrolled 58 club rowers aged 55 to 80 from four harbour clubs, all "
                   "racing. Their mean age was 66.1 years. Only seven were women, the authors note.")
    assert found.get("seven") == "people"


def test_just_n_were_men_after_doers_and_a_count_of_things():
    found = _found("The study took 44 veteran rowers from three towns. Just nine were men.")
    assert found.get("nine") == "people"


def test_only_n_were_women_after_things_alone_stays_out():
    assert "five" not in _found("We counted 40 tables in six halls. Only five were women.")


# -- a mean rating, its verb left out --------------------------------------------------------------

def test_a_mean_rating_with_and_without_its_verb():
    assert _found("Their average rating was 1,912.").get("1,912") == "points"
    found = _found("Their median age was 63 and their mean rating 1,540. They met monthly.")
    assert found.get("1,540") == "points"


def test_a_rating_without_a_mean_stays_unread():
    assert "1,900" not in _found("Her rating was 1,900.")


# -- "N of them" after people named in a phrase of their own ---------------------------------------

def test_n_of_them_after_uncounted_people_set_off_by_commas():
    found = _found("Over the winter there were nine falls on the ice, all in women over 80, and "
                   "three of them broke a wrist.")
    assert found.get("three of them") == "people"


def test_n_of_them_after_things_with_people_in_the_same_phrase_stays_out():
    assert "six of them" not in _found("We counted 40 boats near the fishermen, and six of them sank.")


# -- an age after coming back to an activity -------------------------------------------------------

def test_an_age_after_coming_back_to_an_activity_before_and():
    found = _found('"I quit at 30. I came back to the track at 57 and now I run daily."')
    assert found.get("57") == "years"
    assert _found("He returned to his club at 62 and played on.").get("62") == "years"


def test_a_level_coming_back_is_no_age():
    assert "55" not in _found("The level came back to normal at 55 and stayed.")


# -- allele frequencies ------------------------------------------------------------------------------

def test_an_allele_frequency_and_its_echo_in_another_group():
    found = _found("The variant was as common in the walkers (allele frequency 0.42) as in the "
                   "sitters (0.44), the team found.")
    assert found.get("0.42") == "fraction"
    assert found.get("0.44") == "fraction"
    assert _found("The carrier frequency was 0.18 in the club.").get("0.18") == "fraction"


def test_a_bare_bracketed_decimal_without_a_frequency_stays_out():
    assert "0.44" not in _found("The walkers were slower (0.44), the team found.")
