"""Session 32 fixes (batches ed, ee, ef, eg: numbers and a gene), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label if m.entity.kind == "gene" else m.entity.entity_id
            for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


# -- parts of the people who left ----------------------------------------------------------------

def test_leavers_named_by_what_they_do_are_itemised():
    text = ("Eight golfers dropped out: four who moved away, three because of illness and one who "
            "lost interest.")
    assert spans(text)[1:] == ["four", "three", "one"]


def test_did_not_finish_opens_a_list_of_leavers():
    text = "Ten nurses did not finish the study: five who changed wards, four because of flu and one who was hurt."
    assert spans(text)[1:] == ["five", "four", "one"]


def test_leaver_items_on_wrapped_lines():
    text = ("Seven bakers left the study: three because of illness or injury,\n"
            "two who said they were busy,\nand two who moved away for work.")
    assert spans(text)[1:] == ["three", "two", "two"]


def test_other_people_counted():
    text = ("Two walkers fainted. Six other volunteers dropped out: four because of colds, one who moved "
            "to Leeds and one who said it was too dark.")
    got = spans(text)
    assert "Six other volunteers" in got
    assert got[-3:] == ["four", "one", "one"]
    assert "Three other rowers" in spans("Three other rowers left early.")


def test_other_things_stay_out():
    assert spans("We compared 3 other countries.") == []


# -- parts of a counted group ----------------------------------------------------------------------

def test_part_in_words_opening_the_next_paragraph_and_the_rest():
    text = ("The club recruited 90 adults aged 65 to 80 from the old town. Their average age was 71.\n\n"
            "Forty-five of them were picked by lot for a 40-minute walk on the sea front twice a week "
            "for 16 weeks, ending with ten minutes of stretching on the old pier benches. The "
            "remaining 45 kept to their usual routine.")
    got = spans(text)
    assert "Forty-five of them" in got
    assert got[-1] == "45"


def test_part_in_words_opening_a_sentence_counts_people_only():
    assert "Twelve of them" in spans("The trial enrolled 60 adults. Twelve of them were chosen at random.")
    assert spans("They measured 90 proteins. Twelve of them rose.") == ["90 proteins"]


def test_part_of_named_people_after_a_fronted_phrase():
    text = "The study had 80 adults. By the end, 11 of the rowers had cut a dose, compared with 3 in the control group."
    got = spans(text)
    assert "11" in got and "3" in got
    assert spans("They ran 80 tests. In the end, 14 of the tests failed.") == ["80 tests"]


# -- letter signs of currencies --------------------------------------------------------------------

def test_one_letter_sign_before_an_unscaled_amount():
    assert "about K420" in spans("The classes cost about K420 per member per month, mostly for the hall.")
    assert spans("Take vitamin K2 daily; it costs little.") == []


def test_label_letter_sign_spaced_or_glued():
    assert "about MK 18,200" in spans("The scheme cost about MK 18,200 per family for the year.")
    assert "MK9,600" in spans("Each grant paid MK9,600 to a class leader.")
    assert "MK 2" not in " ".join(spans("It cost us MK 2 a day."))


def test_word_code_after_a_verb_of_investing():
    assert "MOP 640,000" in spans("The hotel is investing MOP 640,000 in new staff gyms.")
