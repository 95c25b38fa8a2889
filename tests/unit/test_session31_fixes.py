"""Session 31 fixes (batches dt, du: genes and numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label if m.entity.kind == "gene" else m.entity.entity_id
            for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


# -- genes ---------------------------------------------------------------------------------------

def test_acronym_after_an_organisation_name_is_no_gene():
    text = "The Valdora Sports Medicine Institute (CASK) ran the clinic, and CASK nurses took blood."
    assert "CASK" not in _genes(text)


def test_acronym_of_a_protein_in_brackets_stays_a_gene():
    assert "CASK" in _genes("Levels of the scaffold kinase (CASK) fell in the Lyon Institute mice.")
    assert "IL6" in _genes("The Mayo Clinic team measured IL-6 (IL6) in the runners.")


# -- numbers -------------------------------------------------------------------------------------

def test_more_people_counted():
    text = "The start-up will open a lab in Porto and hire 30 more people on top of its 52 staff."
    assert "30 more people" in spans(text)
    assert "12 more nurses" in spans("The ward plans to recruit 12 more nurses next spring.")


def test_part_described_by_a_quoted_group_name_after_proper_modifiers():
    text = ("The team enrolled 210 adults aged 60 to 80 living in the old town. Of these, 88 were "
            'Open Street Sunday "regulars" who came every week; the other 122 were their neighbours.')
    assert "88" in spans(text)


def test_part_described_by_a_quoted_two_word_name():
    text = "We enrolled 150 adults. Of them, 64 were “super agers”, and the rest were not."
    assert "64" in spans(text)


def test_iso_code_before_a_small_amount_after_a_word_of_money():
    assert any(s.startswith("CHF 35") for s in spans("A monthly pass costs CHF 35 a month."))
    assert any(s.startswith("NZD 19") for s in spans("Members pay NZD 19 a week."))


def test_iso_code_before_a_small_amount_without_money_word_stays_out():
    assert not any(s.startswith("CHF") for s in spans("Room CHF 35 is on the left."))


def test_fact_box_field_of_subscribers():
    text = "AT A GLANCE: ACME\nFounded: 2019, Lyon\nActive subscribers: 12,500\nMarkets: France\n"
    assert "12,500" in spans(text)
    assert "3,400" in spans("KEY FIGURES\nRegistered users: 3,400\n")


def test_size_of_each_of_several_groups():
    text = "In teams of about 12, each led by a coach, they cycled to the coast twice a week."
    assert "about 12" in spans(text)
    assert "8" in spans("The walkers were split into small groups of 8.")


def test_size_of_samples_is_no_group():
    assert "40" not in spans("In samples of 40, the assay failed.")


def test_people_who_had_an_adverse_event():
    text = ("Seven volunteers reported blisters during the study. None needed a doctor. Twelve had "
            "falls on the wet steps, and one more broke a toe.")
    assert "Twelve" in spans(text)


def test_had_harm_needs_people_counted_before():
    assert "Twelve" not in spans("Sales reached 40 units. Twelve had injuries.")


def test_caption_age_after_a_place_bracket():
    text = "Grandma Ruth Okello (centre), 71, lifts a water drum during a class at the hall."
    assert "71" in spans(text)
