"""Session 28 (batches db, dc): headers (a byline line that goes on into the date stamp and a
reading time; a name and a "Published <date>" stamp on one line), numbers and genes. All texts
are made up."""

from __future__ import annotations

from datetime import date

import pytest
from quantity_rows import found, found_one, spans

from agefacts.extract.entities.mentions import find_mentions
from agefacts.ingest.header import extract_header

# --- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "byline", "published"), [
    ("By Maren Ostholt and Till Sandvoss 03.05.2026, 09.41 Uhr Reading time: 4 min",
     "Maren Ostholt, Till Sandvoss", date(2026, 5, 3)),
    ("By Odile Franchet 14 March 2026 - 08:10 CET", "Odile Franchet", date(2026, 3, 14)),
    ("By Lena Varga, 21/11/2025 07:48 GMT", "Lena Varga", date(2025, 11, 21)),
])
def test_a_byline_ends_where_the_date_stamp_on_its_line_starts(line, byline, published):
    text = f"Swimming Keeps the Old Heart Young\n\nA short deck under the headline.\n\n{line}\n\nBody text starts here and goes on.\n"
    h = extract_header(text)
    assert h.byline == byline
    assert h.published == published


def test_a_name_and_a_published_stamp_on_one_line():
    text = ("HEALTH\n\nStretch classes cut back pain in office workers, study shows\n\n"
            "A deck that says a little more about the study in the story.\n\n"
            "Imran Saleem Published March 9, 2026 06:40pm\n\nLAHORE: The study began in 2024.\n")
    h = extract_header(text)
    assert h.byline == "Imran Saleem"
    assert h.published == date(2026, 3, 9)


def test_a_registry_update_stamp_is_no_name():
    text = ("Title of a registered trial\n\nFirst Posted 2025-02-18\n\n"
            "Last Update Posted 2025-11-04\n\nBrief summary of the trial.\n")
    assert extract_header(text).byline is None


# --- numbers: per cent written "pc" ------------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Grip strength rose by 6pc in the walking group.", "6pc"),
    ("About 37pc of the pensioners said they slept better.", "About 37pc"),
    ("Sleep time rose 2.5pc over the winter.", "2.5pc"),
])
def test_pc_glued_to_a_number_is_per_cent(text, span):
    row = found_one(text, span)
    assert row[4] == "percent"


def test_a_pc_confidence_level_reads_like_a_percent_sign():
    text = "The hazard ratio was 0.72 (95pc confidence interval 0.55–0.94) in the trial."
    assert "hazard ratio was 0.72 (95pc confidence interval 0.55–0.94)" in spans(text)


def test_pc_apart_from_the_number_is_no_per_cent():
    assert not any(r[4] == "percent" for r in found("The lab bought 12 PC towers and 3 pc sets."))


# --- numbers: a letter currency before a scaled amount -----------------------------------------

@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The county has now received Sh12 million from the ministry to build a gym.", "Sh12 million", "KES"),
    ("KSh3.5 billion for the new ward? That is a lot.", "KSh3.5 billion", "KES"),
    ("The province set aside R1.2bn for clinics in the townships.", "R1.2bn", "ZAR"),
])
def test_letters_glued_to_a_scaled_amount_are_money(text, span, unit):
    assert found_one(text, span)[4] == unit


def test_a_glued_letter_without_a_scale_or_money_word_stays_unread():
    assert "R2" not in spans("The R2 of the model was 0.41 in the older group.")


# --- genes: "selective <X> receptor modulators" are a drug class -------------------------------

@pytest.mark.parametrize("text", [
    "Selective androgen receptor modulators are sold online to gym-goers as muscle builders.",
    "Older women on selective oestrogen receptor modulators kept more bone in the trial.",
    "Selective progesterone receptor modulators were not tested in this cohort.",
])
def test_selective_receptor_modulators_are_a_drug_class_not_the_receptor(text):
    kinds = {m.entity.kind for m in find_mentions(text)}
    assert "gene" not in kinds and "family" not in kinds
    assert "intervention" in kinds


def test_a_single_receptor_modulator_still_names_the_receptor():
    text = "He was given a selective androgen receptor modulator for six weeks."
    assert "AR" in {m.entity.label for m in find_mentions(text)}


# --- genes: a rupee amount is no SNP id -------------------------------------------------------

def test_a_rupee_amount_is_no_snp_id_that_backs_a_symbol():
    text = "Petrol: Rs287,300 per tonne · Cricket: PAK 198/4 (38 ov) vs SL 190 all out"
    assert not [m for m in find_mentions(text) if m.entity.kind in ("gene", "family")]


def test_a_snp_id_still_backs_a_symbol_in_its_sentence():
    text = "Carriers of rs7412 had more PAK in their muscle biopsies."
    assert "PAK" in {m.entity.label for m in find_mentions(text)}


# --- numbers: "N-year-olds" is an age word -----------------------------------------------------

def test_an_age_after_at_in_a_sentence_about_year_olds():
    text = "At 81, Edna Pryce joined a dance troupe made up of 30-year-olds."
    assert found_one(text, "81")[4] == "years"
