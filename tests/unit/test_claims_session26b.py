"""Session 26, end-to-end round: sides our grounding missed (outcomes a curator grounds in MeSH,
a named pathway, an exercise named by its verb, a drug's development code, a compound), and a
condition form read as a verb (made-up sentences, read with the real entity extractor)."""

from __future__ import annotations

import pytest
from test_claims import triples
from test_claims_session24c import e2e_claims, grounded

from agefacts.extract.entities import load
from agefacts.reference import CURATED, read_tsv


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("Leptin suppresses appetite in old rats.", "appetite", "MESH:D001066"),
        ("Omega-3 oil left physical function unchanged in the trial.", "physical function",
         "MESH:D000076604"),
        ("Rats with more irisin had a firmer grip.", "grip", "MESH:D018737"),
        ("In old rats, NCAM and CHRNA1 are both markers of denervation.", "denervation",
         "MESH:D009121"),
        ("Nicotinamide feeds the NAD+ salvage pathway.", "NAD+ salvage pathway",
         "agefacts.pathway:nad_salvage"),
        ("After the leg was unloaded for a week, FOXO1 rose.", "unloaded",
         "agefacts.intervention:disuse"),
        ("Pterostilbene activated SIRT1 in myotubes.", "Pterostilbene",
         "agefacts.intervention:pterostilbene"),
    ],
)
def test_outcomes_pathways_and_compounds_a_curator_grounds(text, surface, entity_id):
    assert grounded(text).get(surface) == entity_id


def test_an_outcome_is_a_claim_side():
    rows = e2e_claims("In old rats, NCAM and CHRNA1 are both markers of denervation.")
    assert ("HGNC:7656", "associated_with", "MESH:D009121") in triples(rows)
    rows = e2e_claims("Leptin suppresses appetite in old rats.")
    assert ("HGNC:6553", "inhibits", "MESH:D001066") in triples(rows)


def test_a_marker_appositive_supports_a_short_gene_symbol():
    # "CRP" alone is a risky symbol; "a marker of inflammation" says it is the protein
    rows = e2e_claims("Serum CRP, a marker of inflammation, climbs with age.")
    assert ("HGNC:2367", "associated_with", "MESH:D000375") in triples(rows)
    assert "CRP" not in grounded("The CRP was founded in 1990.")


@pytest.mark.parametrize(
    "text",
    ["In retired athletes a factor named TFAM falls along with it.",
     "Sclerostin falls in serum after menopause."],
)
def test_a_fall_form_right_after_a_molecule_or_before_along_is_its_verb(text):
    assert "MESH:D000058" not in grounded(text).values()


def test_falls_as_a_noun_stay_a_mention():
    assert grounded("Falls in nursing-home residents are frequent.").get("Falls") == "MESH:D000058"
    assert grounded("Irisin, falls and fractures were recorded.").get("falls") == "MESH:D000058"


@pytest.mark.parametrize(
    ("text", "surface", "entity_id", "claim"),
    [
        ("In elderly rats that ran voluntarily at night, SIRT3 expression climbed.",
         "ran voluntarily", "MESH:D012420",
         ("HGNC:14931", "induced_by_exercise", "MESH:D012420")),
        ("Yet IL-6 stayed flat in the women who walked each morning.", "walked", "MESH:D016138",
         ("HGNC:6018", "preserved_by_training", "MESH:D016138")),
        ("Old mice that swam daily had more SIRT3.", "swam", "MESH:D013550", None),
    ],
)
def test_an_exercise_named_by_its_verb_in_a_groups_clause(text, surface, entity_id, claim):
    assert grounded(text).get(surface) == entity_id
    if claim:
        assert claim in triples(e2e_claims(text))


@pytest.mark.parametrize(
    "text",
    ["The trial that ran for a year enrolled 80 adults.", "She walked us through the data.",
     "People ran the assays twice."],
)
def test_an_exercise_verb_outside_a_groups_clause_is_no_mention(text):
    assert not any(e.startswith(("MESH:D012420", "MESH:D016138")) for e in grounded(text).values())


def test_the_exercise_verbs_name_curated_interventions():
    lex = load()
    rows = read_tsv(CURATED / "exercise_verbs.tsv")
    assert rows and all(lex.entity(r["entity_id"]).kind == "intervention" for r in rows)


def test_a_drug_code_read_as_a_drug_is_grounded_everywhere_in_the_document():
    text = ("ZQ-417, our oral HPGD inhibitor, was fed to aged rats. We think ZQ-417 works "
            "through another route.")
    codes = [m for m in grounded_all(text) if m[0] == "ZQ-417"]
    assert codes == [("ZQ-417", "agefacts.intervention:ZQ-417")] * 2
    rows = e2e_claims("ZQ-417, our oral HPGD inhibitor, was fed to aged rats.")
    assert ("agefacts.intervention:ZQ-417", "inhibits", "HGNC:5154") in triples(rows)


@pytest.mark.parametrize(
    "text",
    [
        "The PX-2000 sensor counted steps.",  # no drug word: a device
        "Scores on the SF-36 improved with the drug.",  # two digits: a score
        "The drug trial NCT-01234 enrolled old adults.",  # a registration
        "IL-6 and MMP-9 rose after the drug.",  # genes keep their grounding
    ],
)
def test_codes_not_read_as_a_drug_are_not_grounded_as_one(text):
    assert not any(e.startswith("agefacts.intervention:") and "-" in e
                   for e in grounded(text).values())


def grounded_all(text: str) -> list[tuple[str, str]]:
    from agefacts.extract.entities.mentions import extract_mentions

    return [(m["surface"], m["entity_id"]) for m in extract_mentions("d", text)[1]]


def test_marker_supports_only_a_lab_panel_analyte():
    assert grounded("The skaters' CRP, a known marker of inflammation, rose.").get("CRP") == (
        "HGNC:2367")
    assert "ESR" not in grounded("Their ESR, a known marker of inflammation, stayed at 12 mm/h.")
    assert "INK4a" not in grounded("We saw INK4a, a senescence marker, in fewer cells.")
