"""Session 30d fixes (batches dn-dq, genes and headers), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.ingest.header import extract_header


def _genes(text: str) -> set[str]:
    return {m.entity.label if m.entity.kind == "gene" else m.entity.entity_id
            for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def test_peptide_hormone_named_for_its_precursor_gene():
    # HGNC names these genes for the precursor ("... prepropeptide", "... precursor"); prose
    # names them by the hormone alone
    assert "OXT" in _genes("After the dances, oxytocin in saliva was a fifth higher.")
    assert "GAL" in _genes("Galanin went down in the night shift group.")
    assert "HCRT" in _genes("Hypocretin is made by a small cluster of neurons.")


def test_precursor_partner_with_a_numeral_names_no_gene():
    # neurophysin I and II are the partners of two genes' precursors: the bare word is neither
    assert _genes("Neurophysin was not measured.") == set()


def test_relay_word_with_a_safe_gene_supports_a_risky_symbol():
    assert "FPLX:AKT" in _genes("Akt, which hands the signal from insulin on to mTOR, was busier.")
    assert "FPLX:ERK" in _genes("Erk sits downstream of MEK1 in that chain.")


def test_relay_word_alone_supports_nothing():
    assert _genes("The HR signal from the watch was noisy on the hills.") == set()
    assert "FPLX:AKT" not in _genes("Akt signal was weak.")


def test_postcode_first_half_is_no_gene():
    assert "H1-4" not in _genes("Write to the Old Mill, Bridge Road, Drumlin H14 RW27 with news.")
    assert "H1-4" not in _genes("Post: 3 Quay Lane, Harbourtown H14 2QP.")


def test_name_then_capitalised_role_without_separator():
    h = extract_header("A headline about hall circuits and blood sugar in older people\n\n"
                       "By Mere Tawake Science Reporter\n\nJune 3, 2026\n\n"
                       "Every Monday the hall fills with older people and sandbags for a circuit.\n")
    assert h.byline == "Mere Tawake"


def test_clock_time_before_the_byline_date():
    h = extract_header("A headline about rugby and muscle in former workers\n\n"
                       "By Anwen Price-Morgan Science Correspondent 07:15, 3 MAY 2026 Updated 08:40, 3 MAY 2026\n\n"
                       "Retired workers who played twice a week walked further, the study found.\n")
    assert h.byline == "Anwen Price-Morgan"


def test_eedition_front_page_teaser_and_page_banner():
    text = (
        "VALLEY GAZETTE e-Edition\nMonday, May 4, 2026 · Text view\n\n"
        "------------------------------------\nValley Gazette · 4 May 2026 · Page 1\n"
        "------------------------------------\n\n"
        "BAKERS LIFT FLOUR SACKS FOR STRONGER LEGS\n"
        "University study tests an early-shift workout – full story, pages 8 & 9\n\n"
        "------------------------------------\nValley Gazette · 4 May 2026 · Page 8 · CIARA McBRIDE\n"
        "------------------------------------\n\nFOOD & HEALTH\n\n"
        "'My legs feel like they did at forty'\n\n"
        "Older bakers who did a short daily routine gained leg strength, researchers find\n\n"
        "By CIARA McBRIDE\nFood Correspondent\n\n"
        "TOM Baker (66) has been at the ovens since four in the morning for most of his life.\n"
    )
    h = extract_header(text)
    assert h.title == "'My legs feel like they did at forty'"
    assert h.byline == "CIARA McBRIDE"


def test_relay_word_does_not_support_a_two_character_tag():
    assert "FPLX:UBE2" not in _genes(
        "HPGD clears prostaglandin E2, a brief lipid signal that stem cells need to divide.")
