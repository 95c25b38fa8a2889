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
    assert _genes("Rowing lifted the thigh's content of the glucose transporter GLUT4.") == {"SLC2A4"}
    assert _genes("The mannose receptor CD206 marks repair cells.") == {"MRC1"}


def test_family_name_alone_or_before_a_non_member_stays():
    assert "SLC2A" in _genes("Glucose transporters move sugar into cells.")


# -- carrier proteins and kidney-injury markers by their clinical names ---------------------------

def test_carrier_proteins_by_their_clinical_names():
    assert _genes("Their vitamin D-binding protein stayed flat over the winter.") == {"GC"}
    assert _genes("Thyroxine-binding globulin was measured at each visit.") == {"SERPINA7"}
    assert _genes("Cortisol-binding globulin fell after the race.") == {"SERPINA6"}


def test_kidney_injury_markers_by_their_clinical_names():
    assert _genes("Kidney injury molecule-1 in urine (KIM-1) doubled after the march.") == {"HAVCR1"}
    assert _genes("Liver-type fatty acid-binding protein rose in the runners' urine.") == {"FABP1"}


# -- letter signs of currencies with an abbreviation's full stop; the Americas' and Africa's signs --

def test_letter_sign_with_a_full_stop():
    assert "Tk. 12,000" in spans("The course fee is Tk. 12,000 a month for each member.")
    assert "Ks. 3,500" in spans("Members paid Ks. 3,500 a month at the hall.")


def test_letter_sign_opening_a_wrapped_line_reads_the_line_above():
    text = "Each kit cost the club about\nNu. 1,800 per player for the season.\n"
    assert "Nu. 1,800" in spans(text)
    assert "Tk 2,400" in spans("Each kit cost the club about\nTk 2,400 per player for the season.\n")


def test_letter_signs_of_the_americas_and_africa():
    assert "Bs 35,000" in spans("The club was given a grant of Bs 35,000 for new drums.")
    assert "FBu 60,000" in spans("Fees are FBu 60,000 a term at the centre.")
    assert "Gs 90,000" in spans("The monthly fee is Gs 90,000 per family.")


def test_letter_sign_without_money_stays_out():
    assert not any(s.startswith("Bs") for s in spans("Table Bs. 420 lists the rows."))


# -- sound levels in decibels ---------------------------------------------------------------------

def test_sound_levels():
    assert "98 dB" in spans("Inside the gym the music reached 98 dB at peak times.")
    assert "more than 80 dBA" in spans("Workers exposed to more than 80 dBA wore muffs.")


def test_lower_case_db_is_no_unit():
    assert "4 db" not in spans("We had 4 db tables in the server.")


# -- a harm count after a count set against the subject's --------------------------------------------

def test_harm_count_after_a_compared_count():
    text = ("Twelve cyclists in the heat group reported cramps, compared with four in the cool "
            "group, and three were seen by the medic for dehydration.")
    assert "three" in spans(text)
