"""Session 29 (batches dh, di): counts whose noun was named before them in forms the first
round did not reach (a part of the people a sentence opened on, "the other N" further back,
"there were N in the X group", "Only two of the <counted>", a count with its group before its
verb), a change of a named tally without a unit word. All texts are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


# --- numbers: a count whose noun was just named ---------------------------------------------

def test_a_part_of_them_counts_the_people_the_sentence_before_opened_on():
    text = ("The classes met in two church halls.\n\nEach volunteer also took home a sachet. For 37 of "
            "them it held whey powder; the other 37 got a sugar powder that tasted the same.")
    rows = _rows(text)
    assert rows["37 of them"][4] == "people"
    assert rows["37"][4] == "people"


def test_a_part_of_them_after_a_sentence_about_things_is_no_part_of_people():
    text = "Blood samples from the runners were frozen.\n\nThe lab thawed the samples later. In 4 of them, levels rose."
    assert all(r[4] != "people" for r in found(text))


def test_the_other_n_further_back_in_the_paragraph_is_the_rest_of_the_people():
    text = ("We signed up 140 men aged 60 to 80 from the coast. Their average age was 69.5. Half joined "
            "the rowing club, which met twice a week for 16 weeks. Each session had 20 minutes of rowing "
            "and 25 minutes of stretching on mats in a warm gym near the harbour. The other 70 were "
            "given a booklet and a monthly call.")
    assert _rows(text)["70"][4:7:2] == ("people", "count")


def test_there_were_n_in_a_group_counts_what_the_sentence_opens_on():
    text = "Injuries were too few to compare: there were four in the dance group and 9 in the walking group."
    rows = _rows(text)
    assert (rows["four"][4], rows["four"][6]) == ("injuries", "count")
    assert rows["9"][4] == "injuries"


def test_only_n_of_the_counted_things_opening_a_sentence_is_a_part_of_them():
    text = ("There were 17 falls in the tai chi group. Only three of the falls in the tai chi group "
            "led to a hospital visit, compared with eight in the control group.")
    rows = _rows(text)
    assert rows["three"][4] == "falls"
    assert rows["eight"][4] == "falls"


def test_a_count_with_its_group_before_its_verb_then_and_one_with_a_verb():
    text = "Three residents in the dance group quit because of hip pain, and one fainted on a hot day."
    assert _rows(text)["one"][4:7:2] == ("people", "count")


# --- numbers: a change of a named tally with no unit word -------------------------------------

def test_a_change_by_a_bare_number_of_a_named_tally_is_a_count():
    text = ("After ten weeks, the number of push-ups volunteers could do in a minute rose by 3.4 with "
            "training and fell by 0.5 without it.")
    rows = _rows(text)
    assert (rows["3.4"][4], rows["3.4"][6]) == ("push-ups", "count")
    assert rows["0.5"][6] == "count"


def test_a_change_by_a_bare_number_without_a_tally_stays_out():
    assert "3" not in _rows("Bus fares rose by 3 last spring, the council said.")


# --- numbers: repetitions in a tip list labelled by the move ---------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Do these at home:\n- Knee push-ups: 8 to 10, rest, repeat\n- Stretch daily", "8 to 10"),
    ("Do these at home:\n- Calf raises at the sink: 20 at a time\n- Stretch daily", "20 at a time"),
])
def test_a_bare_number_after_a_move_label_is_repetitions(text, span):
    row = _rows(text)[span]
    assert (row[4], row[6]) == ("repetitions", "dose/exposure")


def test_a_bare_number_after_another_label_is_no_repetition():
    assert all(r[4] != "repetitions" for r in found("Quick facts:\n- Volunteers: 40\n- Towns: 3"))


# --- genes: a transcript's speaker label ----------------------------------------------------

def test_a_speaker_label_and_its_place_elsewhere_are_no_gene():
    from agefacts.extract.entities.mentions import find_mentions

    text = ("HOST: Our next caller is on the line from Homer.\n\n"
            "CALLER (DORA, HOMER): Hello. Does the VDR gene matter for my bones?\n")
    ids = {m.entity.entity_id for m in find_mentions(text)}
    assert "FPLX:HOMER" not in ids
    assert "HGNC:12679" in ids  # VDR, named with "gene"


# --- headers: a read-later export's highlights above the headline ----------------------------

def test_a_blockquote_above_the_headline_is_no_headline():
    from agefacts.ingest.header import extract_header

    text = ('---\ntitle: "Dance classes kept retirees steady on their feet"\nauthor: "Ann Example"\n---\n\n'
            "> **Saved passages (2)**\n>\n> 1. \"steady on their feet\"\n\n"
            "# Dance classes kept retirees steady on their feet\n\nBy Ann Example\n\n"
            "A year of weekly dance classes cut falls among retirees, a new study found.\n")
    assert extract_header(text).title == "Dance classes kept retirees steady on their feet"
