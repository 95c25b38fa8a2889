"""Session 35c: made-up texts of the shapes missed in batches ff, fg and fh."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> list[str]:
    return [m.entity.label for m in find_mentions(text)]


def test_a_risky_symbol_before_an_allele_label_and_variant_is_a_gene():
    assert _genes('In our walkers the ACE "I/D" variant made no difference to pace.') == ["ACE"]
    assert _genes("Carriers of the ACE I/D variants rowed no faster.") == ["ACE"]
    assert _genes("An ACE Gly12Ser variant was rare in the club.") == ["ACE"]


def test_a_risky_symbol_before_a_label_without_variant_stays_out():
    assert _genes("The ACE II team won the cup.") == []
    assert _genes("The ACE I/D scheme pays for the class.") == []


# -- numbers ---------------------------------------------------------------------------------------

def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


def test_a_bare_count_among_a_group_after_a_count_among_another_group():
    found = _found("Over the winter there were 8 slips among the pool swimmers and 19 among the "
                   "gym rowers, a clear gap.")
    assert found.get("19") == "slips"


def test_a_bare_count_among_a_group_after_a_count_with_no_group_stays_out():
    assert "19" not in _found("The club had 8 slips and 19 among the rowers said so.")


def test_a_part_of_people_named_by_what_they_do_after_a_part_of_others():
    found = _found("Not all stayed. Seven of the morning rowers and four of the evening rowers "
                   "left early, mostly for work.")
    assert "four" in found


def test_another_count_after_a_part_of_people_in_the_sentence_before():
    found = _found("Of the 410 adults, 120 were daily swimmers. Another 95 went on Sundays only, "
                   "and the rest rarely.")
    assert found.get("95") == "people"


def test_another_count_of_things_or_without_a_past_verb_stays_out():
    assert "12" not in _found("We bought 80 kayaks. Another 12 went to the school.")
    assert "12" not in _found("We enrolled 80 adults. Another 12 is the target.")


def test_one_person_leaving_said_with_an_emphatic_did():
    assert "One man" in _found("Nothing serious happened. One man did leave the class after a cold.")
    assert "One woman" in _found("Nothing serious happened. One woman did drop out.")
    assert "One man" not in _found("One man did tell me the pool was cold.")


def test_the_other_half_of_people_named_by_what_they_do_in_the_next_paragraph():
    found = _found("The club signed up 60 bowlers aged 61 to 80 from four towns.\n\n"
                   "Half of the bowlers were given a balance course. The other 30 kept bowling as before.")
    assert found.get("30") == "bowlers"


def test_an_arm_share_in_brackets_after_people_named_by_what_they_do():
    found = _found("Six rowers dropped out (four from the strength group), so 54 finished.")
    assert found.get("four") == "rowers"


_REFS = ("Walking helps knees.\n\nREFERENCES\n\n1. Smith J, Lee K. Knees and walking in later life. "
         "J Walk 2024;3(2):1-9. doi:10.1000/jw.2024.01\n2. Lee K. Pools for knees. Knee Care 2023;12:44-51. "
         "https://doi.org/10.1000/kc.2023.7\n\n")


def test_a_section_under_a_rule_after_a_reference_list_is_read():
    text = (_REFS +
            "--------------------\nWHAT OUR CLIENTS SAY\n\n\"Lovely pool.\"\n  -- Anna B., 71, York\n")
    assert _found(text).get("71") == "years"


def test_a_footer_under_a_rule_after_a_reference_list_stays_masked():
    text = (_REFS +
            "--------------------\nContact us on 12 High Street, open 9 to 5.\n")
    assert "9 to 5" not in _found(text)
