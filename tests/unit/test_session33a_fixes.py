"""Session 33 fixes (batches el, em: numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def rows(text: str) -> dict[str, tuple]:
    return {text[q.start : q.end]: (q.value, q.unit, q.measure) for q in scan_quantities(text)}


# -- a rate echoed by the next sentence's groups ----------------------------------------------------

def test_rate_echoed_in_the_next_sentence_and_after_the_next_group():
    found = rows("The usual-care group had 2.14 slips per person-year. The pool group had 1.32 "
                 "and the dance group 1.57.")
    assert found["1.32"][1] == "slips" and found["1.57"][1] == "slips"


def test_count_echoed_in_the_next_sentence():
    assert "17" in spans("The waitlist group had 31 falls. The rowing group had 17, far fewer.")


def test_no_echo_without_the_same_group_and_verb():
    assert spans("The pill cut weight by 1.5 kg. The control group had 2.5.") == ["1.5 kg"]


# -- an estimate for the other arm, an interval named without its level -----------------------------

def test_estimate_for_the_other_arm():
    text = ("The odds ratio was 0.41 for the cycling group, with a 95% confidence interval of 0.19 to "
            "0.83, and 0.67 for the swimming group, confidence interval 0.46 to 0.87.")
    found = spans(text)
    assert "0.67" in found
    assert "confidence interval 0.46 to 0.87" in found


def test_no_arm_estimate_without_a_named_estimate():
    assert spans("We met 4 for the yoga group and 5 for the walking group.") == []


# -- a tally per group after a label ----------------------------------------------------------------

def test_tally_per_group_after_a_label():
    found = rows("Ankle sprains: 3 in the pool group, 2 in the dance group and 7 in the usual-care group.")
    assert [v[1] for v in found.values()] == ["sprains"] * 3


# -- the leavers' whole opening a sentence, its list after ------------------------------------------

def test_leavers_whole_without_a_noun():
    text = ("We enrolled 150 adults.\n\n**Prof. Jane Roe:** Seventeen did not complete the two-year "
            "follow-up: six who moved abroad, eight who withdrew for family reasons and three who died.")
    found = rows(text)
    assert found["Seventeen"][1] == "people"
    assert all(w in found for w in ("six", "eight", "three"))


def test_no_leavers_whole_without_its_reasons():
    assert spans("Two left, three right: those are the steps.") == []


# -- a restated whole, a part with a modifier, a unit in quotes, a share in brackets -----------------

def test_restated_whole_and_its_part():
    found = rows("The team surveyed 410 adults aged 60 to 80. Of the 410, 152 walked to work.")
    assert found["410"][1] == "people" and found["152"][1] == "people"


def test_part_named_with_a_modifier_word():
    text = "Bus riders were slower. In that year, 12 of the cyclists and 7 of the bus riders had a fall."
    assert rows(text)["7"][1] == "people"


def test_unit_in_quotation_marks():
    assert spans('The walks added about 2,300 "MET-minutes" of activity.')[0].startswith('about 2,300 "MET-minutes"')
    assert spans('We saw 12 "great" results.') == []


def test_count_set_against_past_a_share_in_brackets():
    found = rows("At two years, 6 of the rowers (7%) had a stroke, compared with 15 in the control group (18%).")
    assert found["15"][1] == "rowers"


# -- one accident in a hard-wrapped list of harms; "a <unit>-long" is a compound word ---------------

def test_one_accident_after_another_harm_on_a_wrapped_line():
    assert "one sudden collision" in spans("The log shows three knee sprains and\none sudden collision at the pier.")
    assert spans("There were 3 boats,\n\none capsize drill.") == ["3 boats"]


def test_unit_in_a_compound_word_is_no_length():
    assert spans("For a month-long cruise it hardly matters. We swam for a year-round season.") == []
    assert spans("They rowed for a week, then rested.") == ["a week"]


def test_half_a_unit_as_an_interval():
    assert "half hour" in spans("Sip 150 mL of water every half hour on the trail.")
    assert spans("Every half-marathon counts.") == []
