"""Session 27 (batches ct, cu): numbers, genes and headers on made-up texts."""

from __future__ import annotations

import pytest
from quantity_rows import found, found_one, spans

from agefacts.extract.entities import extract_mentions
from agefacts.extract.quantities import scan_quantities
from agefacts.ingest.header import extract_header


def _genes(text: str) -> dict[str, str]:
    """Surface -> label of every gene or family mention."""
    entities, mentions = extract_mentions("doc", text)
    kinds = {e["entity_id"]: e for e in entities}
    return {text[m["char_start"] : m["char_end"]]: kinds[m["entity_id"]]["label"] for m in mentions
            if kinds[m["entity_id"]]["kind"] in ("gene", "family")}


# --- numbers: N "of them" opening the next list item after a count of things -------------------


def test_n_of_them_opening_the_next_list_item_counts_the_things_counted_before():
    text = ("- The lab profiled about 900 metabolites in saliva.\n"
            "- 37 of them rose more in the rowers than in the walkers.")
    assert found_one(text, "37 of them")[4:] == ("metabolites", None, "count")


def test_n_of_them_after_two_counts_or_after_a_preposition_stays_unread():
    assert "9 of them" not in spans("We screened 50 adults and 30 compounds. 9 of them worked.")
    assert "4 of them" not in spans("We tested 12 tablets. In 4 of them the dose was wrong.")


# --- numbers: markdown emphasis around a number ---------------------------------------------------


@pytest.mark.parametrize("text, span, unit, measure", [
    ("- Mean age: **68**; 55% men", "68", "years", "age"),
    ("The volunteers had a mean age of **71** at the start.", "71", "years", "age"),
    ("Women aged **65 to 80** took part.", "65 to 80", "years", "age"),
])
def test_a_number_in_emphasis_reads_as_the_plain_number(text, span, unit, measure):
    row = found_one(text, span)
    assert (row[4], row[6]) == (unit, measure)


def test_emphasis_around_a_number_keeps_the_unit_after_it():
    assert spans("She has **28** days left.") == ["28** days"]


# --- numbers: a panel sized by its molecules ----------------------------------------------------


@pytest.mark.parametrize("text, span, unit", [
    ("They will test whether a 9-metabolite signature predicts frailty.", "9-metabolite", "metabolites"),
    ("A 5-protein panel was built from the blood samples.", "5-protein", "proteins"),
])
def test_a_number_hyphened_to_a_molecule_noun_counts_the_molecules(text, span, unit):
    assert found_one(text, span)[4:] == (unit, None, "count")


# --- numbers: a plain-text table whose row label says "(number)" ---------------------------------

_TABLE = (
    "Table 2. Results among those who finished (n = 88)\n"
    "\n"
    "  Outcome                    Before   8 weeks   Change\n"
    "  Step-ups (number)          11.4     14.0      +2.6\n"
    "  Sit-and-reach (cm)         3.1      5.2       +2.1\n"
)


def test_a_row_label_saying_number_makes_its_cells_counts():
    got = {r[0]: r for r in found(_TABLE)}
    for span in ("11.4", "14.0", "+2.6"):
        assert got[span][6] == "count"


def test_a_time_point_header_leaves_the_unit_to_the_row_label():
    got = {r[0]: r for r in found(_TABLE)}
    assert got["5.2"][4] == "cm" and got["14.0"][4] is None


# --- numbers: an age closing an attribution -----------------------------------------------------


def test_an_age_after_a_speakers_name_may_close_the_sentence():
    text = "“I was stiff for years,” said Pemberton, 74. “Now I garden again.”"
    assert found_one(text, "74")[4:] == ("years", None, "age")
    assert spans("“Good news,” says Dr. Ana Ruiz-Lobo, 58; she runs the clinic.") == ["58"]


def test_a_number_after_a_non_name_closing_the_sentence_is_no_age():
    assert spans("The report, said Table, 74.") == []
    assert spans("The clinic said Monday, 45.") == []


# --- numbers: personnel, ringgit, scores in words, "v" -----------------------------------------


def test_personnel_are_people_counted():
    row = found_one("Among them were 36 retired navy personnel from a coastal town.",
                    "36 retired navy personnel")
    assert row[4:] == ("people", None, "sample_size")


def test_ringgit_glued_before_an_amount_and_mil_after_it():
    text = "The ministry set aside RM8mil for the scheme, and a RM250,000 grant paid for the pilot."
    assert [(r[0], r[1], r[4]) for r in found(text)] == [
        ("RM8mil", 8e6, "MYR"), ("RM250,000", 250000.0, "MYR")]


def test_a_repetition_maximum_is_no_ringgit():
    assert [r[4] for r in found("the 1-RM 45 kg lift")] == ["kg"]


@pytest.mark.parametrize("text, span, cmp_", [
    ("Of 500 customers, 120 scored six or more on the 12-point checklist.", "six or more", ">="),
    ("A score of two or less means the person is frail.", "two or less", "<="),
])
def test_a_score_bound_in_words_is_a_threshold(text, span, cmp_):
    assert found_one(text, span)[4:] == ("points", cmp_, "threshold/criterion")


def test_a_bare_score_in_words_without_a_bound_stays_unread():
    assert spans("The home side scored two in the last minute.") == []


def test_v_between_two_values_is_versus():
    text = "Grip gains were smaller in users (1.4kg v 0.6kg)."
    assert [(r[0], r[4]) for r in found(text)] == [("1.4kg", "kg"), ("0.6kg", "kg")]
    assert [q for q in scan_quantities("Install version v 2.2 first.")] == []


# --- genes ------------------------------------------------------------------------------------


def test_an_acronym_defined_after_its_head_noun_is_no_gene():
    text = ("Residents chose the REST program (Resistance Exercise for Seniors Today) or a walking "
            "group. Biopsies from REST patients showed less activity of atrogin-1. Each donation "
            "funds a protein starter pack for one REST patient.")
    assert "REST" not in _genes(text)
    assert _genes(text)["atrogin-1"] == "FBXO32"


def test_a_gene_defined_after_its_head_noun_stays_the_gene():
    text = "The MSTN gene (myostatin) was silenced; MSTN levels fell."
    assert _genes(text)["MSTN"] == "MSTN"


@pytest.mark.parametrize("text, surface, label", [
    ("Plasma interleukin-8 fell after the training block.", "interleukin-8", "CXCL8"),
    ("Serum interleukin 8 was lower in the runners.", "interleukin 8", "CXCL8"),
    ("Interleukin-17 is made by some T cells.", "Interleukin-17", "IL17A"),
    ("Levels of interleukin-6 rose after the race.", "interleukin-6", "IL6"),
])
def test_an_interleukin_spelled_out_names_what_its_short_symbol_names(text, surface, label):
    assert _genes(text)[surface] == label


@pytest.mark.parametrize("text, surface, label", [
    ("The drugs act by blocking HMG-CoA reductase in the liver.", "HMG-CoA reductase", "HMGCR"),
    ("A rare lack of HMG-CoA lyase was found in the child.", "HMG-CoA lyase", "HMGCL"),
])
def test_an_enzyme_named_by_its_substrates_abbreviation(text, surface, label):
    assert _genes(text)[surface] == label


def test_the_drug_class_named_after_the_enzyme_stays_the_drug_class():
    assert "HMG-CoA reductase" not in _genes("HMG-CoA reductase inhibitors lower cholesterol.")


# --- headers ----------------------------------------------------------------------------------


def test_a_title_broken_after_its_colon_joins_its_subtitle():
    text = ("COUNTY HEALTH SERVICE\n"
            "Walking for Bone Health:\n"
            "Why Every Step Counts and How to Begin Today\n"
            "\n"
            "Jane Q. Example, MS, Extension Educator\n"
            "\n"
            "Bones thin with age, and walking slows that loss in most people who keep it up.\n")
    assert extract_header(text).title == ("Walking for Bone Health: Why Every Step Counts and How "
                                          "to Begin Today")


def test_an_advertisement_line_above_the_headline_is_no_body_text():
    text = (
        "[Skip to content](#content)\n\n"
        "**ClinicWire** · News for clinicians\n\n"
        "> *Advertisement* · **Brand X 500 mg** · 60 tablets · now **$9.99** (RRP $14.00) at "
        "chemists while stocks last. Use only as your doctor or the packet tells you to.\n\n"
        "# Nurses ‘well placed’ to spot frailty, audit finds – but time is short\n\n"
        "**By Jo Example** · 3 March 2026\n\n"
        "Practice nurses who asked three questions found frailty early, an audit says.\n")
    assert extract_header(text).title == (
        "Nurses ‘well placed’ to spot frailty, audit finds – but time is short")
