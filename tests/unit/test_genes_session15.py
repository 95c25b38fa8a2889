"""Session 15, genes: mixed-case symbols that abbreviate their name ("ApoB"), symbols spoken in a
transcript ("IL six"), a family's lower-case plural, and a weight-prefixed kinase name."""

from __future__ import annotations

from agefacts.extract.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)]


def test_a_mixed_case_apolipoprotein_or_selenoprotein_is_its_gene():
    assert _found("The panel reports ApoD and SelenoP in plasma.") == [
        ("ApoD", "APOD"), ("SelenoP", "SELENOP")]
    assert _found("| ApoH | a marker row | 2.0 g/L |") == [("ApoH", "APOH")]


def test_capitalised_words_and_other_mixed_case_are_not_genes():
    text = ("Clock Tower Press met Dr. McCoy, who took PrEP, opened PubMed on his MacBook "
            "and listened to Seal with Camel at Noon.")
    assert _found(text) == []


def test_a_symbol_with_its_number_spoken_is_that_gene_not_the_bare_stem():
    assert _found("after the sprint PGC one alpha rose and IL six fell again") == [
        ("PGC one alpha", "PPARGC1A"), ("IL six", "IL6")]
    assert _found("then HIF one alpha came up") == [("HIF one alpha", "HIF1A")]
    assert _found("so FGF twenty one went up, and CD thirty eight as well") == [
        ("FGF twenty one", "FGF21"), ("CD thirty eight", "CD38")]


def test_a_family_written_in_lower_case_plural_in_a_list_of_genes():
    assert _found("enzymes like parps and SIRT6 use it up") == [
        ("parps", "PARP"), ("SIRT6", "SIRT6")]
    assert _found("the parps were busy") == []  # alone, the document has to say it is a gene


def test_a_weight_prefixed_kinase_name_is_its_gene():
    assert _found("Leucine raised p70S6K1 activity in old fibres.")[-1] == ("p70S6K1", "RPS6KB1")


def test_a_ligand_family_named_with_receptor_is_the_receptor_family():
    # FamPlex has the ligand family and the receptor family beside it: the phrase is the latter
    assert _found("Klotho binds the FGF receptor, not the hormone.") == [
        ("Klotho", "KL"), ("FGF receptor", "FGFR")]
    assert _found("Blocking PDGF receptors slowed it.") == [("PDGF receptors", "PDGFR")]


def test_a_protein_name_variant_defining_a_symbol_keeps_the_symbol_a_gene():
    # the long form is no lexicon name, but its head noun and initials say it names the protein
    # ("glial-derived ..." became a name through MeSH in session 17: "glia-derived" is none)
    text = "glia-derived neurotrophic factor (GDNF) rose; GDNF fell"
    assert [label for _, label in _found(text)] == ["GDNF", "GDNF"]
    assert _found("supervised exercise training (SET) helped; SET works")[-1][0] != "SET"


def test_a_names_cell_line_variant_and_curated_short_names_are_their_genes():
    assert _found("muscle glial cell line-derived neurotrophic factor rose")[0] == (
        "glial cell line-derived neurotrophic factor", "GDNF")
    assert _found("the kinase MuSK; neurotrypsin cuts it") == [
        ("MuSK", "MUSK"), ("neurotrypsin", "PRSS12")]
    assert _found("the ratio of LC3B to LC3A") == [("LC3B", "MAP1LC3B"), ("LC3A", "MAP1LC3A")]


def test_an_activator_or_inhibitor_name_is_not_its_substrate():
    text = "Serum plasminogen activator inhibitor-1 fell while tissue plasminogen activator rose."
    assert [label for _, label in _found(text)] == ["SERPINE1", "PLAT"]
    assert _found("plasminogen rose") == [("plasminogen", "PLG")]


def test_a_truncated_grounding_map_fragment_does_not_match_inside_other_names():
    assert _found("a made-up liver-derived growth factor") == []
    assert _found("platelet-derived growth factor rose") == [
        ("platelet-derived growth factor", "PDGF")]


def test_the_unqualified_acetylcholine_receptor_is_the_nicotinic_family():
    assert _found("nerve endings cluster acetylcholine receptors") == [
        ("acetylcholine receptors", "CHRN")]
    assert _found("muscarinic acetylcholine receptors in the gut") == [
        ("muscarinic acetylcholine receptors", "CHRM")]


def test_a_descriptive_nerve_growth_factor_is_a_class_even_at_a_line_end():
    assert _found("Training raised a liver-made nerve growth factor\n\nThe trial") == []
    assert _found("Then nerve growth factor (NGF) rose.") == [
        ("nerve growth factor", "NGF"), ("NGF", "NGF")]
    assert _found("Training raised a potent growth hormone\nnext") == []


def test_a_numbered_family_symbol_after_its_one_named_isoform_is_that_isoform():
    text = "LC3B rose; the ratio of LC3-II to LC3-I climbed"
    assert [label for _, label in _found(text)] == ["MAP1LC3B", "MAP1LC3B", "MAP1LC3B"]
    assert _found("the LC3-II ratio")[0][1] == "MAP1LC3"  # no isoform named: the family
    assert _found("LC3A and LC3B, then LC3")[-1] == ("LC3", "MAP1LC3")  # two: the family
    assert _found("FOXO3 rose, and FOXO-driven genes")[-1] == ("FOXO", "FOXO")  # a member number
