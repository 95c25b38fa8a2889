"""Session 31b fixes (batches dv, dw: numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_count_with_accented_place_modifier():
    assert "512 Bogotá pensioners" in spans("The team tracked 512 Bogotá pensioners for a year.")
    assert "90 São Paulo widows" in spans("They interviewed 90 São Paulo widows about walking.")


def test_accented_adjective_before_animals():
    assert "30 naïve mice" in spans("The lab compared 30 naïve mice with trained ones.")


def test_list_after_paragraph_break_itemises_counted_group():
    text = ("The survey enrolled 600 older adults for two years. Most lived alone.\n\n"
            "- **350** of them swam at the municipal pool every week.\n"
            "- **250** were people from their street, of similar age, who never swam.\n")
    got = spans(text)
    assert "350** of them" in got and "250" in got


def test_list_after_break_needs_list_items():
    text = ("The survey enrolled 600 older adults for two years.\n\n"
            "The town has 250 were neighbours.")
    assert "250" not in spans(text)


def test_group_size_before_verb_of_giving():
    assert "75" in spans("It followed 400 adults. A subgroup of 75 also gave saliva samples.")
    assert "18" in spans("A panel of 18 donated blood before and after the season.")


def test_one_person_who_stopped_for_a_reason():
    got = spans("Three men in the rowing group strained a shoulder and one man stopped because of hip pain.")
    assert "one man" in got
    assert "One man" in spans("One man quit early, citing work.")
    assert "One woman" not in spans("One woman stopped me at the market to ask about it.")


def test_spaced_letter_currency_before_amount():
    assert any(s.endswith("Tk 1,800") for s in spans("Membership cost about Tk 1,800 per person per month."))
    assert any(s.endswith("Sh 45,000") for s in spans("The club paid Sh 45,000 a year for the hall."))


def test_spaced_letter_currency_needs_money_context():
    assert not any("Tk" in s for s in spans("Ward Tk 1,800 patients were seen."))


def test_unmarked_loanword_plural_counted():
    assert "22 posbindu" in spans("The pilot ran in 22 posbindu across two districts.")
    assert "9 zahanati" in spans("Nurses visited 9 zahanati in the region.")


def test_comparative_ending_its_clause_takes_earlier_noun():
    got = spans("After the course the rowers did 4.5 more push-ups; the walkers managed 1.5 more.")
    assert "1.5 more" in got


def test_comparative_echo_stays_within_sentence():
    assert "2 more" not in spans("She owns 3 more bikes. I have 2 more.")


def test_bare_change_after_verb_and_by():
    assert "0.7" in spans("The ratio of leptin to adiponectin, a marker of fat tissue, rose by 0.7.")
    assert "about 2.5" in spans("Their index went down by about 2.5; the others held steady.")
    assert "3" not in spans("It was cut by 3.")


def test_steps_with_pace_word_and_direction():
    assert "six quick steps" in spans("Then take six quick steps forward and pause.")
    assert not any("steps" in s for s in spans("These are two small steps toward a healthier town."))


def test_one_noun_in_n_is_a_share():
    assert "one flat in four" in spans("In the survey, one flat in four had no working lift.")
    assert "One day" in spans("One day in May we walked to the lake.")
