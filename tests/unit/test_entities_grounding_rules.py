"""Grounding rules for gene and family names written the way articles write them.

Each failure class was found on unseen articles: a capitalised name grounded to a family, a
Greek subtype cut back to its family, a family named by one member's alias, and "ROOTn/m" pairs
grounded differently depending on case.
"""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def grounded(text: str) -> dict[str, set[str]]:
    """Surface -> entity ids of the gene and family mentions in ``text``."""
    out: dict[str, set[str]] = {}
    for m in find_mentions(text):
        if m.entity.kind in ("gene", "family"):
            out.setdefault(text[m.start : m.end], set()).add(m.entity.entity_id)
    return out


# --------------------------------------------------------------------- capitalised names


@pytest.mark.parametrize(
    ("name", "entity_id"),
    [
        ("cathepsin B", "HGNC:2527"),  # CTSB, not the family "Cathepsin"
        ("cyclin D1", "HGNC:1582"),  # CCND1, not the family "Cyclin"
        ("cathepsin K", "HGNC:2536"),  # CTSK
    ],
)
def test_a_capital_first_letter_does_not_change_the_grounding(name: str, entity_id: str) -> None:
    capitalised = name[0].upper() + name[1:]
    assert grounded(f"Plasma {name} rose.") == {name: {entity_id}}
    # sentence start, a table header cell, a heading
    for text in (f"{capitalised}, an enzyme, rose.", f"| Group | {capitalised}, % change |",
                 f"### {capitalised} did"):
        assert grounded(text) == {capitalised: {entity_id}}, text


def test_a_capitalised_family_name_alone_is_still_the_family() -> None:
    assert grounded("Cathepsins live in lysosomes.") == {"Cathepsins": {"FPLX:Cathepsin"}}


# --------------------------------------------------------------------- Greek subtypes


@pytest.mark.parametrize(
    ("text", "surface", "symbol_id"),
    [
        ("PPAR-delta signalling upstream", "PPAR-delta", "HGNC:9235"),
        ("PPARδ as a hub", "PPARδ", "HGNC:9235"),
        ("PPAR delta agonists", "PPAR delta", "HGNC:9235"),
        ("PPAR-β agonists", "PPAR-β", "HGNC:9235"),  # PPARB is an alias of PPARD
        ("PPARgamma agonists", "PPARgamma", "HGNC:9236"),
        ("PPARα activation", "PPARα", "HGNC:9232"),
        ("RXRγ expression", "RXRγ", "HGNC:10479"),  # the same rule from HGNC alone
        ("IKKβ inhibition", "IKKβ", "HGNC:5960"),
        ("ACCβ phosphorylation", "ACCβ", "HGNC:85"),
        ("HIF-1 alpha accumulates", "HIF-1 alpha", "HGNC:4910"),  # a spaced Greek word
    ],
)
def test_a_greek_subtype_after_a_family_root_is_the_gene(
    text: str, surface: str, symbol_id: str
) -> None:
    assert grounded(text) == {surface: {symbol_id}}


def test_the_bare_root_stays_the_family() -> None:
    assert grounded("PPAR agonists were given.") == {"PPAR": {"FPLX:PPAR"}}


# --------------------------------------------------------------------- family named by an alias


def test_a_family_name_that_is_also_a_members_alias_is_the_family() -> None:
    # FamPlex names PARP (PARP1, PARP2, ...) a family; HGNC and the grounding map give the
    # string to PARP1. The family wins; the member's own symbol and forms keep the gene.
    assert grounded("CD38 protein & PARP activity were similar.") == {
        "CD38": {"HGNC:1667"}, "PARP": {"FPLX:PARP"},
    }
    assert grounded("PARP1 and PARP-1 rose; PARPs fell.") == {
        "PARP1": {"HGNC:270"}, "PARP-1": {"HGNC:270"}, "PARPs": {"FPLX:PARP"},
    }


def test_a_grounding_map_entry_that_is_not_a_member_root_keeps_its_gene() -> None:
    # PKM2 is a FamPlex id too, but its members are not PKM2<n>: the isoform stays PKM.
    assert grounded("PKM2 rose in tumours.") == {"PKM2": {"HGNC:9021"}}


def test_an_approved_symbol_outranks_a_family_root() -> None:
    assert grounded("MAF expression rose.") == {"MAF": {"HGNC:6776"}}


# --------------------------------------------------------------------- ROOTn/m pairs


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("phosphorylated Smad2/3 rose", "Smad2/3"),
        ("phosphorylated SMAD2/3 rose", "SMAD2/3"),
        ("p-Smad2/3 rose", "Smad2/3"),
    ],
)
def test_a_slash_pair_is_the_family_and_both_members_in_any_case(text: str, surface: str) -> None:
    assert grounded(text) == {surface: {"FPLX:SMAD2_3", "HGNC:6768", "HGNC:6769"}}


@pytest.mark.parametrize("surface", ["ERK1/2", "Erk1/2", "p-ERK1/2"])
def test_erk_pairs_behave_like_smad_pairs(surface: str) -> None:
    pair = surface.removeprefix("p-")
    assert grounded(f"{surface} phosphorylation") == {
        pair: {"FPLX:ERK", "HGNC:6871", "HGNC:6877"},
    }


# --------------------------------------------------------------------- drug classes


@pytest.mark.parametrize(
    ("text", "surface", "mesh_id"),
    [
        ("that is different from ACE inhibitors, the blood pressure drugs", "ACE inhibitors",
         "MESH:D000806"),
        ("an SGLT2 inhibitor was added", "SGLT2 inhibitor", "MESH:D000077203"),
        ("PARP inhibitors in ovarian cancer", "PARP inhibitors", "MESH:D000067856"),
    ],
)
def test_a_drug_class_named_for_its_target_is_not_the_gene(
    text: str, surface: str, mesh_id: str
) -> None:
    found = {(text[m.start : m.end], m.entity.entity_id, m.entity.kind) for m in find_mentions(text)}
    assert (surface, mesh_id, "intervention") in found
    assert not any(kind in ("gene", "family") for _, _, kind in found)


def test_the_gene_itself_is_still_a_gene_next_to_its_drug_class() -> None:
    text = "The famous one is the ACE gene; ACE inhibitors are something else."
    assert grounded(text) == {"ACE": {"HGNC:2707"}}


# --------------------------------------------------------------------- acronyms and lab forms


def test_a_symbol_that_is_a_common_acronym_needs_gene_context():
    assert grounded("Disclaimer: AAAS and EurekAlert! take no responsibility.") == {}
    assert grounded("AAAS expression fell in the adrenal gland.") == {"AAAS": {"HGNC:13666"}}


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("My hs-CRP went from 2.4 to 0.7.", "hs-CRP", "HGNC:2367"),
        ("Senescence-associated β-galactosidase staining fell.", "β-galactosidase", "HGNC:4298"),
    ],
)
def test_curated_laboratory_forms_ground_to_their_gene(text, surface, entity_id):
    assert grounded(text)[surface] == {entity_id}


def test_a_greek_letter_and_a_number_alone_name_no_gene():
    # "beta-5" is an HGNC alias of TUBB4A; here it is an integrin subunit (ITGAV, ITGB5)
    assert grounded("In old mice, the ligand binds integrin αV/β5 receptors.") == {
        "integrin αV": {"HGNC:6150"}, "β5": {"HGNC:6160"}}
    assert grounded("The β5 subunit was not detected.") == {}
    assert grounded("TNF-α and IKKβ rose.") == {"TNF-α": {"HGNC:11892"}, "IKKβ": {"HGNC:5960"}}


def test_a_phospho_prefix_is_gene_context():
    assert grounded("No effect was seen. p-ACC Ser79 followed the same pattern.") == {
        "ACC": {"FPLX:ACC"}}
    assert grounded("The ACC was large.") == {}


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("The IL‑1 receptor antagonist rose.", "IL‑1 receptor antagonist", "HGNC:6000"),
        ("Embryonic myosin heavy chain fibres appeared.", "Embryonic myosin heavy chain", "HGNC:7573"),
        ("The LC3B-II/I ratio rose.", "LC3B-II", "HGNC:13352"),
    ],
)
def test_curated_names_of_subunits_and_forms(text, surface, entity_id):
    assert grounded(text)[surface] == {entity_id}


# ----------------------------------------------------- receptors, spelled-out names, look-alikes


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("patients on a GLP-1 receptor agonist", "GLP-1 receptor", "GLP1R"),
        ("IGF-1 receptors on satellite cells", "IGF-1 receptors", "IGF1R"),
        ("blocking the IL-6 receptor", "IL-6 receptor", "IL6R"),
        ("GH receptor signalling fell", "GH receptor", "GHR"),  # "gh" is also an English word
        ("LH receptors in the testis", "LH receptors", "LHCGR"),
    ],
)
def test_a_receptor_written_with_its_ligands_symbol_is_the_receptor(
    text: str, surface: str, label: str
) -> None:
    found = {(text[m.start : m.end], m.entity.label) for m in find_mentions(text)}
    assert (surface, label) in found
    assert not any(lab in ("IGF1", "IL6") for _, lab in found)  # not the ligand inside it


def test_a_name_that_abbreviates_another_gene_is_also_read_spelled_out() -> None:
    text = "peroxisome proliferator-activated receptor gamma\ncoactivator 1-alpha, or PGC-1α"
    labels = {m.entity.label for m in find_mentions(text)}
    assert labels == {"PPARGC1A"}  # not PPARG, the head of the long name


@pytest.mark.parametrize(
    "text",
    [
        "C1q/TNF-related protein 15",  # another protein
        "a collagen-like region and a globular C1q domain",  # domains
        "a muscle-specific ubiquitin ligase",  # an enzyme acting on ubiquitin (E3 ligases are a family)
    ],
)
def test_a_molecule_naming_another_protein_or_a_domain_is_not_a_mention(text: str) -> None:
    assert grounded(text) == {}


def test_a_molecule_related_to_a_process_is_still_a_mention() -> None:
    assert grounded("IL-6-related inflammation rose") == {"IL-6": {"HGNC:6018"}}


def test_an_odds_ratio_is_not_a_family_name() -> None:
    assert grounded("higher odds of frailty (OR 1.34; 95% CI 1.12–1.61)") == {}


def test_a_symbol_glued_to_an_english_word_is_a_name_not_a_gene() -> None:
    text = "the IMPACT-Senior trial measured muscle protein synthesis and gene expression"
    assert grounded(text) == {}
    assert grounded("IMPACT expression in muscle rose") == {"IMPACT": {"HGNC:20387"}}


def test_activin_receptor_short_names_are_curated() -> None:
    assert grounded("ActRIIA and ActRIIB") == {"ActRIIA": {"HGNC:173"}, "ActRIIB": {"HGNC:174"}}


# --------------------------------------------------------------------- held-out batches k and l


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        # "<name> beta" written with the Greek letter in front: KLB, not KL ("klotho")
        ("FGF21 needs β-klotho on adipocytes.", "β-klotho", "HGNC:15527"),
        ("FGF21 needs beta-klotho on adipocytes.", "beta-klotho", "HGNC:15527"),
        ("FGF21 needs Beta-Klotho on adipocytes.", "Beta-Klotho", "HGNC:15527"),
        ("Sprinters carry α-actinin-3 in fast fibres.", "α-actinin-3", "HGNC:165"),  # ACTN3
        ("Loss of α-synuclein was seen.", "α-synuclein", "HGNC:11138"),  # SNCA
        ("β2-adrenoceptor agonists", "β2-adrenoceptor", "HGNC:286"),  # ADRB2
        ("αB-crystallin protects myofibrils.", "αB-crystallin", "HGNC:2389"),  # CRYAB
        # a subunit without the word "subunit"
        ("Loading raised integrin β1 in tendon.", "integrin β1", "HGNC:6153"),  # ITGB1
        ("Loading raised integrin alpha 7 in muscle.", "integrin alpha 7", "HGNC:6143"),  # ITGA7
    ],
)
def test_greek_prefix_and_subunit_forms_of_hgnc_names(text, surface, entity_id):
    assert grounded(text)[surface] == {entity_id}


def test_the_stem_alone_keeps_its_own_gene() -> None:
    assert grounded("Serum klotho fell with age.") == {"klotho": {"HGNC:6344"}}  # KL


def test_a_greek_subunit_after_a_slash_takes_the_head_before_it() -> None:
    assert grounded("Irisin may bind integrin α5/β1 on osteocytes.") == {
        "Irisin": {"HGNC:20240"}, "integrin α5": {"HGNC:6141"}, "β1": {"HGNC:6153"}}


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("Signalling runs through FGFR1c on adipocytes.", "FGFR1c", "HGNC:3688"),
        ("The FGFR2b isoform was spliced out.", "FGFR2b", "HGNC:3689"),
    ],
)
def test_a_splice_isoform_letter_after_a_symbol_names_the_gene(text, surface, entity_id):
    assert grounded(text) == {surface: {entity_id}}


def test_an_isoform_letter_needs_the_symbol_as_written() -> None:
    # HbA1c is glycated haemoglobin, not HBA1; IL1b is already IL1B; lower case is prose
    assert grounded("HbA1c fell by 0.4%.") == {}
    assert grounded("IL1b rose.") == {"IL1b": {"HGNC:5992"}}
    assert grounded("fgfr1c rose.") == {}


def test_a_functional_class_without_member_genes_is_not_a_family() -> None:
    # FamPlex lists no member genes for "Protease" or "Phosphatase": a class, not a family
    assert grounded("Cathepsin B, a lysosomal protease, and a phosphatase rose.") == {
        "Cathepsin B": {"HGNC:2527"}}
    assert grounded("The GTPase cycle") == {"GTPase": {"FPLX:GTPase"}}  # not a plain word


def test_a_symbol_in_a_trade_mark_is_a_product() -> None:
    assert grounded("Each capsule holds our AMPK-Boost™ blend.") == {}
    assert grounded("Our SIRT1® formula") == {}
    assert grounded("AMPK rose after the session.") == {"AMPK": {"FPLX:AMPK"}}


def test_a_ligand_before_type_n_receptor_names_the_receptor() -> None:
    # the receptor, not the ligand activin (its written name is curated since session 31b)
    assert grounded("Myostatin binds the activin type IIB receptor.") == {
        "Myostatin": {"HGNC:4223"}, "activin type IIB receptor": {"HGNC:174"}}
    assert grounded("Activin A rose after the session.")["Activin A"]


# Found on held-out batch m: "ActRIIA/B receptors" gave the beta-adrenergic receptor family
# (FamPlex writes it "b-receptors") from the letter after the slash.
def test_a_letter_after_a_slash_is_the_other_ending_of_the_token_before() -> None:
    found = grounded("Inhibin blocks ActRIIA/B receptors on muscle cells.")
    assert "FPLX:ADRB" not in set().union(*found.values())
    assert found["ActRIIA"] == {"HGNC:173"}  # ACVR2A
    assert found["B"] == {"HGNC:174"}  # ACVR2B, the other ending
    # a lone letter on both sides is a word of its own; the beta receptors stay
    assert grounded("Propranolol blocks b-receptors in the heart.") == {
        "b-receptors": {"FPLX:ADRB"}}


def test_a_letter_after_a_slash_names_a_gene_only_when_the_symbols_differ_in_it() -> None:
    # no gene TNB: "TNF/B" is not a TNF variant
    assert grounded("TNF/B expression rose.") == {"TNF": {"HGNC:11892"}}


def test_a_hyphenated_word_after_a_slash_is_a_word_of_its_own() -> None:
    assert grounded("The Wnt/β-catenin pathway")["β-catenin"] == {"HGNC:2514"}


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("MuRF-1 and MAFbx rose after bed rest", "MuRF-1", "TRIM63"),
        ("Sirt-1 activity fell in old mice", "Sirt-1", "SIRT1"),
    ],
)
def test_a_mixed_case_symbol_with_a_hyphen_before_its_number_is_the_gene(
    text: str, surface: str, label: str
) -> None:
    found = {(text[m.start : m.end], m.entity.label) for m in find_mentions(text)}
    assert (surface, label) in found


def test_lower_case_prose_followed_by_a_number_is_not_a_gene() -> None:
    assert not find_mentions("the col 1 entries and what has 2 parts")


def test_a_condition_form_used_as_a_verb_is_not_a_mention():
    from agefacts.extract.entities import find_mentions

    def conditions(text: str) -> list[str]:
        return [text[m.start : m.end] for m in find_mentions(text) if m.entity.kind == "condition"]

    assert conditions("Muscle NAD+ falls with age, and its level falls steadily after 60.") == []
    assert conditions("Balance work cut falls in older adults; falls and fractures were rarer.") == [
        "falls", "falls", "fractures"]
