"""Session 32 fixes (batches eh, ei and leftovers: numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[q.start : q.end], q.unit, q.measure) for q in scan_quantities(text)]


# -- parts of the people who left, and counts of people named before ------------------------------

_ARM = ("did tai chi twice a week, in the hall near the harbour, with a trainer who came over from the "
        "city each time and brought mats for all of the people who took part, always early in the day, "
        "before the ferries came in and the square filled up.\n")


def test_other_arm_after_a_whole_named_by_a_doer_plural():
    text = "We recruited 120 crofters aged 60 to 80.\n\n- 60 volunteers " + _ARM + "- The other 60 did chair yoga."
    assert found(text)[-1] == ("60", "people", "count")


def test_other_arm_in_markdown_emphasis():
    text = ("We recruited 120 adults aged 60 to 80.\n\n- **60 volunteers** " + _ARM
            + "- **The other 60** did chair yoga.")
    assert spans(text)[-1] == "60"


def test_part_after_a_long_fronted_span_of_time():
    text = ("The rowers gained 3 points on the test. Over the four months after the classes stopped, "
            "6 of the harbour rowers fell, against 15 people in the control group.")
    assert "6" in spans(text)


def test_leavers_listed_after_a_dash():
    text = "Nine people did not finish – five because of flu, three who moved to the mainland and one who died."
    assert spans(text)[1:] == ["five", "three", "one"]


def test_leaver_named_by_a_participle():
    text = ("Fifteen farmers dropped out: nine because of illness, four who went back to work, and two "
            "admitted to hospital for other reasons.")
    assert spans(text)[1:] == ["nine", "four", "two"]


def test_one_event_named_with_its_kind_after_another_count():
    assert spans("Side effects were two mild wasp stings and one rope burn on a hand.") == [
        "two mild wasp stings", "one rope burn"]


def test_one_event_noun_without_a_count_before_stays_out():
    assert spans("In one rope burn case the hand healed.") == []


def test_count_with_a_modifier_before_a_quoted_noun():
    got = spans('There were five mild "cramps" among the swimmers and two in the control group; none was serious.')
    assert got == ['five mild "cramps"', "two"]


def test_part_of_them_after_and_in_the_same_sentence():
    text = ("Five patients in the walking group had their sessions stopped because\nof dizziness; all "
            "were seen by a nurse and two of them were able to go on.")
    assert found(text)[-1] == ("two of them", "people", "count")


def test_of_them_after_a_count_of_things_stays_out():
    assert spans("We tested 50 pills and two of them were fake.") == ["50 pills"]


def test_sentence_opening_name_with_a_role_after_the_age():
    text = "It was a long winter.\n\nGreta, 71, a retired teacher from Bergen, now rows twice a week."
    assert found(text)[0] == ("71", "years", "age")


def test_sentence_opening_word_with_no_person_after_stays_out():
    assert spans("Overall, 45, a number that surprised us, finished.") == []


# -- things counted in a protocol ------------------------------------------------------------------

def test_steps_of_a_material_are_counted():
    text = "Each class ended with a climb of the 120 stone steps up to the chapel."
    assert found(text) == [("120 stone steps", "steps", "count")]


# -- prose after a reference on the same line ------------------------------------------------------

def test_prose_sentence_after_a_reference_on_its_line_is_read():
    text = ("**The paper:** Okoro B, Lund T, et al. Stair climbing in older adults: a trial. *Age Ageing*. "
            "2025;54(3):210–219. doi:10.1093/ageing/afx123. An earlier pilot with 18 retirees appeared "
            "in *Gerontology*: doi:10.1159/000512345.")
    assert spans(text) == ["18 retirees"]


def test_prose_after_a_bracketed_doi_on_a_hard_wrapped_line():
    text = "(doi: 10.1007/s00198-025-01234-5). A 12-week pilot with 30 men from\nLeeds came first."
    assert spans(text) == ["12-week", "30 men"]


def test_a_second_reference_after_a_doi_stays_masked():
    text = ("Okoro B, Lund T, et al. Stair climbing in older adults. Age Ageing. 2025;54(3):210-219. "
            "doi:10.1093/ageing/afx123. Another trial in older people was run. J Gerontol. 2021;76(2):33-41.")
    assert spans(text) == []


# -- a group's tally echoed after the same verb ------------------------------------------------------

def test_tally_echoed_after_the_same_verb_for_the_other_group():
    text = "Over the year, the walkers reported 9 falls while the control group reported 21, a rate ratio of 0.43."
    assert spans(text)[:2] == ["9 falls", "21"]


def test_tally_echo_needs_the_same_verb_and_a_clause_end():
    assert spans("The walkers reported 9 falls; the control group reported 21 of them.") == ["9 falls"]
