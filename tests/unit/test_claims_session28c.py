"""Session 28, round c (end to end): names the entity extractor missed, so that claims found
with the labelled mentions were lost when the pipeline grounds the text itself. Made-up
sentences of the same shape as the development texts' wording."""

from __future__ import annotations

import pytest

from agefacts.extract.claims import extract_claims
from agefacts.extract.entities import extract_mentions
from agefacts.extract.sentences import sentence_rows


def _mentions(text: str) -> list[tuple[str, str]]:
    _, found = extract_mentions("t", text)
    return [(text[m["char_start"]:m["char_end"]], m["entity_id"]) for m in found]


def _claims(text: str) -> list[tuple[str | None, str, str | None]]:
    ents, found = extract_mentions("t", text)
    return [
        (c["subject_id"], c["relation"], c["object_id"])
        for c in extract_claims("t", text, sentence_rows("t", text), found, ents)
    ]


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        # a limb held in a cast is disuse
        ("In the casted arm of each rat, FOXO3 doubled within a week.", "casted",
         "agefacts.intervention:disuse"),
        ("Cast immobilization for two weeks raised TRIM63 in young men.",
         "Cast immobilization", "agefacts.intervention:disuse"),
        # time spent in bed is bed rest
        ("Serum IL6 climbs when older patients spend days in bed.", "days in bed",
         "MESH:D001510"),
        ("Frail residents who are bedridden lose FNDC5 quickly.", "bedridden", "MESH:D001510"),
        # more protein in the diet
        ("Extra protein did not keep MSTN from rising in the volunteers.", "Extra protein",
         "MESH:D004044"),
        # training with a frequency word is exercise
        ("Regular training kept TRIM63 low in the older group.", "Regular training",
         "MESH:D015444"),
        # the PGE2 receptor subtypes by their pharmacological names
        ("The compound acts through the PGE2–EP2 pathway in satellite cells.", "EP2",
         "HGNC:9594"),
        ("Blocking the EP4 receptor slowed repair in old mice.", "EP4 receptor", "HGNC:9596"),
    ],
)
def test_names_the_extractor_now_grounds(text: str, form: str, entity: str) -> None:
    assert (form, entity) in _mentions(text)


def test_a_cast_limb_is_the_subject_of_a_rise_end_to_end() -> None:
    claims = _claims("In the casted leg, FOXO1 rose about fourfold in old rats.")
    assert ("agefacts.intervention:disuse", "increases", "HGNC:3819") in claims


def test_weeks_in_bed_raise_a_protein_end_to_end() -> None:
    claims = _claims("Its level in the blood rises when people spend weeks in bed, and MSTN "
                     "is the main brake on growth.")
    claims += _claims("MSTN is a brake on growth: its level in the blood rises when people "
                      "spend weeks in bed.")
    assert any(s == "MESH:D001510" and r == "increases" and o == "HGNC:4223"
               for s, r, o in claims)



def test_a_thing_kept_running_is_not_the_exercise() -> None:
    text = "It switches on NRF2, which guards the cells and keeps the mitochondria running smoothly."
    assert not any(e == "MESH:D012420" for _, e in _mentions(text))
    assert not any(o == "MESH:D012420" or r in {"preserved_by_training", "induced_by_exercise"}
                   for _, r, o in _claims(text))


def test_pathway_drugs_are_drugs_against_the_molecule() -> None:
    text = "Activin-pathway agents increase lean mass but have not improved walking speed."
    assert not any(e.startswith("agefacts.pathway:") for _, e in _mentions(text))
    assert ("FPLX:Activin", "decreases", "MESH:D001823") in _claims(text)


@pytest.mark.parametrize(
    ("text", "form", "entity"),
    [
        ("Old rats that did endurance or mixed training kept more TFAM.", "endurance",
         "MESH:D000076663"),
        ("Volunteers did aerobic and balance exercise twice a week.", "aerobic",
         "MESH:D000076663"),
    ],
)
def test_two_kinds_sharing_one_head_word(text: str, form: str, entity: str) -> None:
    assert (form, entity) in _mentions(text)
