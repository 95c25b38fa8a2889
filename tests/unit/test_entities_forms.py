"""Entity mentions: the written forms articles use are grounded, with exact offsets."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def found(text: str) -> list[tuple[str, str]]:
    out = []
    for m in find_mentions(text):
        assert text[m.start : m.end]  # never an empty span
        out.append((text[m.start : m.end], m.entity.entity_id))
    return out


def ids(text: str) -> set[str]:
    return {e for _, e in found(text)}


@pytest.mark.parametrize(
    ("text", "surface", "entity_id"),
    [
        ("Plasma IL-6 rose after the race.", "IL-6", "HGNC:6018"),
        ("Plasma IL6 rose after the race.", "IL6", "HGNC:6018"),
        ("levels of interleukin-6 and interleukin 10", "interleukin-6", "HGNC:6018"),
        ("levels of interleukin-6 and interleukin 10", "interleukin 10", "HGNC:5962"),
        ("PGC-1α is the master regulator.", "PGC-1α", "HGNC:9237"),
        ("PGC-1alpha is the master regulator.", "PGC-1alpha", "HGNC:9237"),
        ("PGC1a mRNA doubled.", "PGC1a", "HGNC:9237"),
        ("TNF-alpha and IL-1β were measured.", "TNF-alpha", "HGNC:11892"),
        ("TNF-α and IL-1β were measured.", "TNF-α", "HGNC:11892"),
        ("TNF-α and IL-1β were measured.", "IL-1β", "HGNC:5992"),
        ("IL1B and IL1RN were induced.", "IL1B", "HGNC:5992"),
        ("insulin-like growth factor binding protein-7 (IGFBP7) rose",
         "insulin-like growth factor binding protein-7", "HGNC:5476"),
        ("insulin like growth factor binding protein 7 rose",
         "insulin like growth factor binding protein 7", "HGNC:5476"),
        ("The protein's name: cardiotrophin-like cytokine factor 1.",
         "cardiotrophin-like cytokine factor 1", "HGNC:17412"),
        ("IGFBP7's effect on fitness", "IGFBP7", "HGNC:5476"),
        ("In knockout mice, Igfbp7 loss improved endurance.", "Igfbp7", "HGNC:5476"),
        ("Sirt1 deletion in muscle", "Sirt1", "HGNC:14929"),
        ("mTOR integrates nutrient signals.", "mTOR", "HGNC:3942"),
        ("Brain-derived neurotrophic factor rises with exercise.",
         "Brain-derived neurotrophic factor", "HGNC:1033"),
        ("Insulin sensitivity improved.", "Insulin", "HGNC:6081"),
        ("the NF-κB pathway", "NF-κB", "FPLX:NFkappaB"),
        ("AMPK is an energy sensor.", "AMPK", "FPLX:AMPK"),
        ("FoxO factors drive atrophy.", "FoxO", "FPLX:FOXO"),
        ("FoxOs drive atrophy.", "FoxOs", "FPLX:FOXO"),
        ("Sarcopenia affects one in ten older adults.", "Sarcopenia", "MESH:D055948"),
        ("a risk factor for osteoporosis", "osteoporosis", "MESH:D010024"),
        ("lower all-cause mortality", "all-cause mortality", "MESH:D009026"),
        ("Alzheimer's disease and stroke", "Alzheimer's disease", "MESH:D000544"),
        ("type 2 diabetes risk", "type 2 diabetes", "MESH:D003924"),
        ("studies in humans and mice", "humans", "NCBITaxon:9606"),
        ("studies in humans and mice", "mice", "NCBITaxon:10090"),
        ("experiments in rats", "rats", "NCBITaxon:10116"),
        ("high-intensity interval training (HIIT)", "high-intensity interval training",
         "MESH:D000072696"),
        ("three HIIT sessions", "HIIT", "MESH:D000072696"),
        ("Resistance training builds muscle.", "Resistance training", "MESH:D055070"),
        ("strength training twice a week", "strength training", "MESH:D055070"),
        ("an hour of cycling at moderate pace", "cycling", "MESH:D001642"),
        ("data from the UK Biobank show", "UK Biobank", "agefacts.cohort:uk_biobank"),
        ("the Framingham Heart Study found", "Framingham Heart Study", "agefacts.cohort:framingham"),
        ("glycolysis and autophagy", "autophagy", "MESH:D001343"),
    ],
)
def test_form_is_grounded(text: str, surface: str, entity_id: str) -> None:
    assert (surface, entity_id) in found(text)


def test_offsets_index_the_original_text_with_unicode_around() -> None:
    text = "“Exercise” — said Dr. 😀 Lee — raises PGC‑1α and IL‑6 in muscle."
    for m in find_mentions(text):
        assert text[m.start : m.end] in {"Exercise", "PGC‑1α", "IL‑6"}
    assert {"HGNC:9237", "HGNC:6018", "MESH:D015444"} <= ids(text)


def test_erk1_2_names_the_family_and_both_members_on_one_span() -> None:
    text = "phosphorylation of ERK1/2 increased"
    got = [(s, e) for s, e in found(text) if s == "ERK1/2"]
    assert {e for _, e in got} >= {"FPLX:ERK", "HGNC:6877", "HGNC:6871"}


def test_gene_pairs_not_in_any_lexicon_are_split_into_members() -> None:
    assert {"HGNC:6768", "HGNC:6769"} <= ids("SMAD2/3 signalling was blunted")


def test_pathway_written_with_gene_names() -> None:
    text = "CLCF1 activated the AKT/mTOR (growth), STAT3 (survival) and ERK1/2 (repair) pathways."
    got = found(text)
    assert ("AKT/mTOR", "agefacts.pathway:AKT/MTOR") in got
    assert ("STAT3", "agefacts.pathway:STAT3") in got
    assert ("ERK1/2", "agefacts.pathway:ERK") in got
    assert ("AKT", "FPLX:AKT") in got and ("mTOR", "HGNC:3942") in got
    assert not any(e == "agefacts.pathway:CLCF1" for _, e in got)  # the subject, not a pathway


def test_pathway_keyword_right_after_the_names_is_part_of_the_span() -> None:
    assert ("FoxO signaling", "agefacts.pathway:FOXO") in found("suppressing FoxO signaling")
    assert ("PI3K/Akt/mTOR pathway", "agefacts.pathway:PI3K/AKT/MTOR") in found(
        "via the PI3K/Akt/mTOR pathway"
    )


def test_named_processes_are_pathways() -> None:
    got = found("Training raised mitochondrial biogenesis and muscle protein synthesis.")
    assert ("mitochondrial biogenesis", "agefacts.pathway:mitochondrial_biogenesis") in got
    assert ("muscle protein synthesis", "MESH:D014176") in got


def test_generic_cohort_names() -> None:
    got = found("Participants of the Hertfordshire Cohort Study and the Qatar Biobank took part.")
    assert ("Hertfordshire Cohort Study", "agefacts.cohort:Hertfordshire_Cohort_Study") in got
    assert ("Qatar Biobank", "agefacts.cohort:Qatar_Biobank") in got


def test_generic_cohort_pattern_skips_title_case_headlines() -> None:
    assert not any(e.startswith("agefacts.cohort") for e in
                   ids("New Data From A Huge National Biobank Show Exercise Works\n"))


def test_longest_match_wins_within_a_kind() -> None:
    got = found("insulin-like growth factor binding protein 3 levels")
    assert got == [("insulin-like growth factor binding protein 3", "HGNC:5472")]


def test_gene_name_hides_the_condition_word_inside_it() -> None:
    got = found("tumor necrosis factor was elevated")
    assert ("tumor necrosis factor", "HGNC:11892") in got
    assert not any(e.startswith("MESH:") for _, e in got)


def test_gene_inside_a_condition_phrase_is_kept() -> None:
    got = found("insulin resistance develops")
    assert ("insulin resistance", "MESH:D007333") in got
    assert ("insulin", "HGNC:6081") in got


@pytest.mark.parametrize(
    "text",
    [
        "TNFRSF1A was cleaved",  # TNF inside a longer symbol
        "mice with cataracts",  # CAT inside a word
        "the settings were changed",  # SET inside a word
        "preIL6x is not a gene",
        "the AKT1S1 gene",  # AKT is not a prefix match
    ],
)
def test_no_match_inside_words(text: str) -> None:
    got = ids(text)
    assert not got & {"HGNC:11892", "HGNC:1516", "HGNC:10760", "HGNC:6018", "FPLX:AKT"}
