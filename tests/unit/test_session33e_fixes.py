"""Session 33e fixes (batches ep–es: genes, numbers of ep and eq), on made-up sentences of the
same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


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
    text = "Plasma levels of NGAL, a marker of stress on the kidneys, doubled after the relay."
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


# -- numbers of batches ep and eq --------------------------------------------------------------------

def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_an_iso_amount_restated_without_a_word_of_money():
    text = "The course cost about TTD 80 per person per month. Who pays? TTD 80 is a lot for us."
    assert spans(text).count("TTD 80") == 1 and "about TTD 80" in spans(text)
    assert "TTD 80" not in spans("Who pays? TTD 80 is a lot for us.")


def test_a_currency_named_after_an_unscaled_amount():
    assert any(s.endswith("1,500 birr") for s in spans("The scan costs about 1,500 birr per person."))
    assert "300 Kwacha" in spans("Members pay 300 Kwacha.")


def test_a_small_count_per_session():
    assert "8 per session" in spans("The lunges would start easy, at 8 per session, then rise.")


def test_one_injury_site_after_a_count_of_sites():
    got = spans("Five fell and broke a bone (three ankles, one elbow, one pelvis).")
    assert "one elbow" in got and "one pelvis" in got
    assert not any("hip" in s for s in spans("We met at one hip cafe in town."))


def test_a_count_set_against_a_group_with_a_short_phrase():
    got = spans("There were 7 cramps in the evening group and 2 at noon; nobody fainted.")
    assert "2" in got


def test_a_group_value_after_a_named_group_with_its_unit():
    got = spans("the grass group cut 2.2 seconds and the track group 0.9 seconds.")
    assert "0.9 seconds" in got


def test_a_part_after_a_contrast_with_a_quantifier_subject():
    text = "We enrolled 90 adults aged 60 to 80. Most were farmers, but 22 of them were teachers."
    assert "22 of them" in spans(text)
    assert "22 of them" not in spans("We tested 90 samples. Most were clean, but 22 of them were not.")


def test_the_people_of_a_named_arm_opening_a_sentence():
    text = ("We enrolled 90 adults aged 60 to 80.\n\nThey were split into two groups. "
            "The 45 in the \"hill\" group walked uphill.")
    assert "45" in spans(text)


def test_one_of_the_same_noun_after_a_count():
    assert "one trained rower" in spans("Two novice rowers\nand one trained rower had cramps.")
    assert "one cat" not in spans("We had three dogs and one cat.")


def test_an_age_after_a_copula_in_hard_wrapped_prose():
    text = ("The club's newsletter reported on the trial last week and the oldest rower\n"
            "in the crew was 81 and rowed every session.")
    assert "81" in spans(text)


def test_a_foreign_word_glossed_by_an_english_plural():
    assert any(s.startswith("three kampung (villages)")
               for s in spans("Classes ran in three kampung (villages) near the coast."))
