"""Session 28 (batches cx, cy): numbers (a currency written with letters glued before the
amount, N "of them" after a semicolon, "a third is" as the next item of a list), genes (a name
broken over a line end by a typesetter's hyphen) and headers (a row of links, an "Author of
the article:" label, "Special to <paper>", an ALL-CAPS headline under an ALL-CAPS section
head). All texts are made up."""

from __future__ import annotations

import pytest
from quantity_rows import found, spans

from agefacts.extract.entities.mentions import find_mentions
from agefacts.ingest.header import extract_header


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


# --- numbers: letter currencies ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Each starter kit cost about N7,500 per household, the organisers said.", "about N7,500", 7500.0, "NGN"),
    ("The clinic was funded with a N42.5 million grant from the state.", "N42.5 million", 42.5e6, "NGN"),
    ("The project was funded by a Dh3.4 million grant from a foundation.", "Dh3.4 million", 3.4e6, "AED"),
    ("Classes cost Dhs75 a session at the community centre.", "Dhs75", 75.0, "AED"),
    ("A month of lessons costs KSh2,000 in the capital.", "KSh2,000", 2000.0, "KES"),
    ("The app's fee is Rp45,000 per month.", "Rp45,000", 45000.0, "IDR"),
])
def test_a_currency_written_with_letters_before_the_amount_is_money(text, span, value, unit):
    row = _rows(text)[span]
    assert (row[1], row[4]) == (value, unit)


def test_a_letter_currency_before_a_rate_is_money():
    assert "about Dh240" in spans("Membership cost about Dh240 per person per month, which the charity paid.")


@pytest.mark.parametrize("text", [
    "Samples were labelled N15 and N16 before the assay.",  # labels, no money spoken of
    "The cost model gave N2 = 0.4 for the second arm.",  # a sign after it
    "Ward Dh2 was closed; the grant paid for Dh3 repairs.",  # a counted noun after it
    "The study cost little.\nN12 patients were seen.",  # money in another sentence
])
def test_letters_before_a_number_are_no_currency_elsewhere(text):
    assert not any(r[4] in ("NGN", "AED") for r in found(text))


# --- numbers: a part of people named in the sentence -------------------------------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Volunteers gave a blood sample at the clinic; 52 of them came back a month later.", "52 of them", "people"),
    ("The mice were weighed each week; 14 of them lost weight.", "14 of them", "animals"),
])
def test_n_of_them_after_a_semicolon_counts_the_people_its_sentence_names(text, span, unit):
    assert _rows(text)[span][4] == unit


@pytest.mark.parametrize("text", [
    "We tested the tablets; 10 of them dissolved.",  # things, not people
    "Volunteers gave 30 samples; 12 of them were spoiled.",  # a count of samples before it
])
def test_n_of_them_after_a_semicolon_needs_people_and_no_count_before(text):
    assert not any(r[0].endswith("of them") for r in found(text))


# --- numbers: "a third is" as a list's next item -----------------------------------------------

def test_a_third_after_another_is_the_next_item_of_a_list():
    text = ("One marker is a kinase. Another is a small protein, which does the same. "
            "A third is an enzyme that glows blue.")
    assert not any(r[4] == "fraction" for r in found(text))


@pytest.mark.parametrize("text", [
    "Half the cells died at once. A third were lost later.",
    "Most of the weight gained is muscle. A third is water.",
])
def test_a_third_without_a_list_before_it_is_still_a_share(text):
    assert any(r[0] == "A third" and r[4] == "fraction" for r in found(text))


# --- genes: a name broken over a line end ------------------------------------------------------

def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind == "gene"}


@pytest.mark.parametrize("text", [
    "Old cells are stained for beta-galac-\ntosidase, which turns them blue.",
    "Old cells are stained for beta-galactosi-\n    dase, which turns them blue.",
])
def test_a_name_broken_at_a_line_end_by_a_hyphen_is_read_joined(text):
    assert "GLB1" in _genes(text)


def test_an_ordinary_word_broken_at_a_line_end_names_no_gene():
    assert _genes("The volunteers were inter-\nviewed at home and again in the lab.") == set()


# --- headers ---------------------------------------------------------------------------------

_COLUMN = """[Skip to Content](#main)

**The Northgate Courier** | [News](/news) | [Sport](/sport) | [Life](/life) | [Health](/health)

[Subscribe today: $2.00/week for six months](/subscribe) · [Log In](/login)

[Life](/life) / [Health](/life/health)

# Ask the doctor: A daily walk is the cheapest medicine on the shelf

## A reader asks whether her father should start lifting weights at 80

Author of the article:

Dr. Amaka Feldstein-Oru, Special to the Courier

Published Feb 09, 2026 • 4 minute read

Dear Dr. Feldstein-Oru: my father is 80 and has stopped going out.
"""


def test_a_row_of_links_is_no_headline_and_an_author_label_heads_a_byline():
    header = extract_header(_COLUMN)
    assert header.title == "Ask the doctor: A daily walk is the cheapest medicine on the shelf"
    assert header.byline == "Dr. Amaka Feldstein-Oru"


_PRINT = """[Scanned text — Example County Archive]

112   THE WEEKLY BEAKER   MAY 2026

HEALTH AND MEDICINE

OLD BONES
HEAL
SLOWLY

Fractures mend more slowly with age. A new trial asks whether
exercise can hurry them along.

By TOMASZ ABERNATHY-LEE

When Ines broke her wrist at 78, the cast stayed on for months.
"""


def test_an_all_caps_headline_under_an_all_caps_section_head_is_the_title():
    assert extract_header(_PRINT).title == "OLD BONES HEAL SLOWLY"


# --- older leftovers (batches cv, cw) ----------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("THE TRIAL IN NUMBERS\n\n- Walkers: 96, aged 60–79\n- Format: 3 x 40 minutes a week", "96"),
    ("- Dancers: 58, aged 66-85", "58"),
])
def test_a_fact_box_count_labelled_by_a_plural_noun_of_people_is_a_sample(text, span):
    assert _rows(text)[span][4] == "subjects"


def test_a_change_set_against_another_with_the_same_comparative_takes_its_noun():
    text = "- did 4.1 more squats in a minute (against 1.2 more in the control clubs)"
    assert _rows(text)["1.2 more"][4] == "squats"


def test_a_bare_value_with_more_and_no_earlier_change_stays_unread():
    assert not any(r[0].startswith("1.2") for r in found("Prices rose (against 1.2 more last year)."))


@pytest.mark.parametrize(("text", "gene"), [
    ("Blood levels of P3NP rose after the training block.", "COL3A1"),
    ("Fast skeletal troponin T leaked from the damaged fibres.", "TNNT3"),
])
def test_curated_marker_names_ground_their_gene(text, gene):
    genes = {m.entity.label for m in find_mentions(text)}
    assert gene in genes and "Troponin_T" not in genes


def test_a_lab_after_two_authors_joined_by_and_is_their_affiliation():
    text = ("Walking groups after sixty: a summary for partners\n\n"
            "Prepared by: Dr. Ines Varga-Holt (Lead) and Sam Okonjo (MSc student), Gait & Balance Lab, "
            "Eastbrook University\n\nDate: May 2, 2026\n\nAt a glance\n\n- 60 adults took part.\n")
    assert extract_header(text).byline == "Dr. Ines Varga-Holt, Sam Okonjo"
