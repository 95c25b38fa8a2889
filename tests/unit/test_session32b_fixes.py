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


# -- the other arm, harms, an arm named ------------------------------------------------------------

def test_other_arm_after_a_long_description_of_the_first():
    text = ("The clinic recruited 96 adults aged 60 to 85 from three towns.\n\n"
            "Forty-eight volunteers were assigned at random to 45-minute tai chi classes twice a week "
            "for 24 weeks, led by trained teachers from the local hall. The classes combined slow "
            "turns held for up to 20 seconds, low stances and light pushes against a partner's hands. "
            "The other 48 did gentle stretching at home.")
    assert spans(text)[-1] == "48"


def test_other_arm_after_half_of_doers():
    text = ("Half of them, 40 farmers, were picked by lot to do a 15-minute routine three days a week "
            "for 16 weeks, using a sack of feed and a fence rail for the exercises. A physiotherapist "
            "visited every farm once a month, and the rest of the time the farmers followed a printed "
            "sheet and a short film on their phones. The other 40 carried on as usual.")
    assert spans(text)[-1] == "40"


def test_one_case_of_a_harm_after_another_count():
    assert "one case" in spans("There were two falls on the ice, neither serious, and one case of mild sunburn.")
    assert "one case" not in spans("In one case the knee gave way.")


def test_people_who_had_a_flare():
    text = "Nine women dropped out, four of them because of cost.\nThree had a flare of back pain that settled."
    assert "Three" in spans(text)


def test_the_people_of_a_named_arm():
    assert "88 in the dance arm" in spans("Adults were randomised one to one. The 88 in the dance arm\nwere given a DVD.")


# -- ages ------------------------------------------------------------------------------------------

def test_surname_opening_a_sentence_after_the_full_name():
    text = "Three mornings a week, Ruth Okonjo walks to the hall.\n\nOkonjo, 79, is one of the volunteers in a study."
    assert "79" in spans(text)
    assert spans("The trial ran long.\n\nOverall, 45, were happy.") == []


def test_caption_age_before_a_photo_credit():
    text = "Tom Reed, 71, passes the ball to Maria Lopes, 66. Photo: Dan Kerr"
    assert spans(text) == ["71", "66"]


# -- genes -----------------------------------------------------------------------------------------

def test_factor_named_by_the_coined_word_of_its_family_name():
    assert "SCX" in _genes("In the heel cord, scleraxis, which keeps tendon cells busy, rose 1.4-fold.")
    assert _genes("The notochord forms early in the embryo.") == set()


def test_place_named_by_a_number_word_mid_sentence():
    assert "Three Elms" not in spans("The Harbour Gazette, Three Elms, Port Royal")
    assert "Three Elms" not in spans("We met near Three Elms for the walk.")
    assert "Two Dutch teams" in spans("The cup went to Two Dutch teams.")
