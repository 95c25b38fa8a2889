"""Session 33b fixes (batches el–eo: genes and numbers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def _ids(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text)}


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


# -- a drug class named for its target, its name wrapped across an indented line ------------------

def test_drug_class_across_an_indented_line_wrap_hides_the_gene():
    text = ("  Patients on the study kept their usual pills, such as statins or DPP-4\n"
            "  inhibitors, throughout the twelve weeks.\n")
    assert "HGNC:3009" not in _ids(text)  # DPP4
    assert "MESH:D054873" in _ids(text)  # Dipeptidyl-Peptidase IV Inhibitors
    crlf = "Walkers on SGLT2 \r\ninhibitors drank more water."
    assert "SLC5A2" not in _genes(crlf)


def test_a_blank_line_still_ends_the_name():
    text = "Heading about SGLT2\n\ninhibitors of appetite were studied in the SGLT2 gene study."
    assert "SLC5A2" in _genes(text)


def test_a_gene_name_wrapped_across_an_indented_line():
    text = "  After the ride, urinary kidney injury\n  molecule-1 rose in the older cyclists.\n"
    assert _genes(text) == {"HAVCR1"}


# -- a family's lower-case name right before one of its members' symbols -------------------------

def test_family_name_before_a_member_is_the_member():
    assert _genes("Cycling raised the glucose transporter GLUT4 in thigh muscle.") == {"SLC2A4"}
    assert _genes("The mannose receptor CD206 marks repair cells.") == {"MRC1"}


def test_family_name_alone_or_before_a_non_member_stays():
    assert "SLC2A" in _genes("Glucose transporters move sugar into cells.")


# -- carrier proteins and kidney-injury markers by their clinical names ---------------------------

def test_carrier_proteins_by_their_clinical_names():
    assert _genes("Their vitamin D-binding protein stayed flat over the winter.") == {"GC"}
    assert _genes("Thyroxine-binding globulin was measured at each visit.") == {"SERPINA7"}
    assert _genes("Cortisol-binding globulin fell after the race.") == {"SERPINA6"}


def test_kidney_injury_markers_by_their_clinical_names():
    assert _genes("Urinary kidney injury molecule-1 (KIM-1) doubled after the march.") == {"HAVCR1"}
    assert _genes("Liver-type fatty acid-binding protein rose in the runners' urine.") == {"FABP1"}
