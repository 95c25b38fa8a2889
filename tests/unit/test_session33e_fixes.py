"""Session 33e fixes (batches ep–es: genes, numbers of ep and eq), on made-up sentences of the
same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def _ids(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text)}


# -- a gene's insertion/deletion genotype -----------------------------------------------------------

def test_a_symbol_before_insertion_or_deletion_is_the_gene():
    assert "ACE" in _genes("Swimmers and rowers had the same share of ACE\ndeletion carriers.")
    assert "ACE" in _genes("We typed the ACE insertion allele in every rower.")


def test_a_drug_class_named_for_the_gene_stays_no_gene():
    assert "ACE" not in _genes("Rowers on ACE inhibitors had lower pressure.")


# -- the second item of a gapped pair --------------------------------------------------------------

def test_the_second_item_of_a_gapped_pair_is_a_gene_like_the_first():
    text = "Tumour necrosis factor (TNF) was 12% higher and CRP 40% higher in the swimmers."
    assert "CRP" in _genes(text)
    assert "CRP" in _genes("IL6 was 1.5-fold higher, and CRP 2-fold higher after rowing.")


def test_a_gapped_pair_needs_the_same_word_and_a_gene_first():
    assert "CRP" not in _genes("IL6 was 12% higher and CRP 40% of the time in range.")
    assert "CRP" not in _genes("Fitness was 12% higher and CRP 40% higher in swimmers.")


# -- urinary and hormone names ----------------------------------------------------------------------

def test_a_urinary_marker_by_its_abbreviation():
    text = "Blood levels of NGAL, a sign of strain on the kidneys, doubled after the relay."
    assert "LCN2" in _genes(text)


def test_peptide_hormones_by_their_everyday_names():
    assert "AVP" in _genes("Thirst rose with the antidiuretic hormone vasopressin in the rowers.")
    assert "AVP" in _genes("The antidiuretic hormone climbed after the long paddle.")
    assert "KISS1" in _genes("Kisspeptin fell in the older swimmers.")
    assert "AMH" in _genes("Anti-Müllerian hormone was measured in each rower.")


def test_a_hormone_name_before_receptors_names_the_receptors():
    assert "AVP" not in _genes("Drugs that block vasopressin receptors were stopped.")


# -- a family's word after its member named with modifiers -----------------------------------------

def test_the_family_word_after_a_typed_member_is_that_member():
    text = ("Fast skeletal troponin C rose in the sprinters. By the next morning every troponin "
            "reading was normal.")
    assert _genes(text) == {"TNNC2"}


def test_the_family_word_before_its_member_stays_the_family():
    text = "Troponin rose in the sprinters, and later fast skeletal troponin C was measured."
    assert "Troponin" in _genes(text)


# -- a symbol opening an institute's name -----------------------------------------------------------

def test_a_symbol_before_a_proper_name_word_in_prefix_and_capitals():
    text = "Our friends at CIC nanoGUNE in the hills measured 900 proteins in the rowers' plasma."
    assert "CIC" not in _genes(text)


def test_a_symbol_before_a_nucleic_acid_stays_a_gene():
    assert "IL6" in _genes("IL6 mRNA and TP53 siRNA were measured.")
    assert "TP53" in _genes("IL6 mRNA and TP53 siRNA were measured.")
