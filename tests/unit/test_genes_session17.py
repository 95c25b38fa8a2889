"""Session 17, genes: a protein written by the common name MeSH heads it with, bridged to the one
HGNC gene whose approved name is among the descriptor's terms ("osteopontin" for "secreted
phosphoprotein 1"), and the descriptors and terms the bridge leaves alone."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions, load
from agefacts.reference import build


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


@pytest.mark.parametrize(("written", "gene"), [
    ("Osteopontin", "SPP1"), ("osteopontin", "SPP1"), ("bone sialoprotein I", "SPP1"),
    ("adipsin", "CFD"), ("Thermogenin", "UCP1"), ("lactoferrin", "LTF"), ("perforin", "PRF1"),
])
def test_a_mesh_common_name_names_the_gene_whose_approved_name_mesh_lists(written, gene):
    assert _found(f"After the ride, {written} in the blood went up.") == [(written, gene)]


def test_neighbouring_descriptors_keep_their_own_genes():
    # MeSH's "bone sialoprotein I" and "... II" are two descriptors bridged to two genes
    assert _found("Bone sialoprotein II rose, bone sialoprotein I fell.") == [
        ("Bone sialoprotein II", "IBSP"), ("bone sialoprotein I", "SPP1")]


def test_a_term_that_opens_several_genes_names_is_their_class_not_one_gene():
    # "DNA topoisomerase" heads the names of TOP1, TOP2A, TOP2B, ...: no gene of its own
    lex = load()
    assert lex.lookup("DNA topoisomerase") is None
    assert lex.lookup("DNA topoisomerase I") is not None


def test_a_term_that_is_another_entitys_form_stays_theirs():
    # a MeSH protein entry term equal to another gene's alias, or to a family's form
    lex = load()
    hit = lex.lookup("ERp60")
    assert hit is not None and lex.entities[hit[0]].label == "PDIA3"
    hit = lex.lookup("alpha-catenin")
    assert hit is not None and lex.entities[hit[0]].kind == "family"
    # ... and a descriptor with a family's form among its terms gives the gene none of them
    assert lex.lookup("alphaE-catenin") is None


def test_brand_names_under_a_parent_descriptor_are_no_gene():
    # a descriptor with narrower ones below it is a class (a hormone and its drug forms)
    lex = load()
    assert lex.lookup("Novolin") is None


def _sources(root) -> list[list[str]]:
    (root / "mesh_id_label_mappings.tsv").write_text(
        # bridged: "Zorbin" carries FOO1's approved name
        "D1\tZorbin\tFooprotein 1|Zorbins|Protein, Zorbin|Zorbin (Rat)\tD12.776.100\t\n"
        # a parent descriptor: a class, even though one term is a gene's name
        "D2\tQuuxins\tQuux protein 2\tD12.776.200\t\n"
        "D3\tQuuxin-Beta\t\tD12.776.200.100\t\n"
        # two genes' names among its terms: ambiguous
        "D4\tBlorbin\tFooprotein 1|Bar kinase\tD12.776.300\t\n"
        # a condition as well as a protein: the condition table has it
        "D5\tWibble Amyloid\tBar kinase 2\tD12.776.400|C10.100\t\n"
        # not a protein descriptor
        "D6\tGlorp\tBar kinase 3\tD02.100\t\n"
        # a non-coding gene's name
        "D7\tTinkerin\tlong intergenic 9\tD12.776.500\t\n"
        # a term that opens several genes' names ("bar") is dropped, the rest kept
        "D8\tSnarfin\tBar|Bar kinase 4\tD12.776.600\t\n"
    )
    coding = "gene with protein product"
    return [
        ["HGNC:1", "FOO1", "fooprotein 1", coding, "", ""],
        ["HGNC:2", "QUX2", "quux protein 2", coding, "", ""],
        ["HGNC:3", "BAR1", "bar kinase", coding, "", ""],
        ["HGNC:4", "BAR2", "bar kinase 2", coding, "", ""],
        ["HGNC:5", "BAR3", "bar kinase 3", coding, "", ""],
        ["HGNC:6", "BAR4", "bar kinase 4", coding, "", ""],
        ["HGNC:7", "LINC9", "long intergenic 9", "RNA, long non-coding", "", ""],
    ]


def test_build_bridges_only_leaf_protein_descriptors_naming_one_coding_gene(tmp_path):
    rows = build.build_mesh_proteins(tmp_path / "mesh_id_label_mappings.tsv",
                                     _sources(tmp_path))
    assert rows == [
        ["D1", "Zorbin", "HGNC:1", "Zorbin|Fooprotein 1|Zorbins"],  # inverted and gloss dropped
        ["D8", "Snarfin", "HGNC:6", "Snarfin|Bar kinase 4"],
    ]


def test_a_term_mesh_files_under_the_wrong_gene_is_a_curated_stop_form():
    # MeSH lists "c-src kinase" under the descriptor bridged to CSK; the words name SRC
    assert _found("In the cells, c-Src kinase was more active.") == [("c-Src", "SRC")]
    assert _found("C-terminal Src kinase (CSK) was lower.") == [
        ("C-terminal Src kinase", "CSK"), ("CSK", "CSK")]


def test_an_english_word_with_a_placeholder_letter_is_no_bridged_name():
    # MeSH's "Factor B" (complement factor B): any text may call something its factor B
    assert _found("Call it factor B for now; factor D and factor H are the others.") == []
    assert _found("Complement factor D rose, and annexin V binding fell.") == [
        ("Complement factor D", "CFD"), ("annexin V", "ANXA5")]
