"""Claims extraction: relations, fan-out, negation, hedging, species, polarity, ids, schema.

Sentences are written for these tests in the genres the extractor meets (press releases,
abstracts, blog posts); mentions are built by hand, as the entity extractor would produce them.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from agefacts.extract.claims import RELATIONS, extract_claims
from agefacts.extract.pipeline import DocumentText, extract_document
from agefacts.extract.sentences import sentence_rows
from agefacts.ids import stable_id
from schemas import TABLES

ROOT = Path(__file__).resolve().parents[2]

# surface -> (entity_id, kind, label)
LEXICON = {
    "FNDC5": ("HGNC:20240", "gene", "FNDC5"),
    "irisin": ("HGNC:20240", "gene", "FNDC5"),
    "PGC-1α": ("HGNC:9237", "gene", "PPARGC1A"),
    "IL-6": ("HGNC:6018", "gene", "IL6"),
    "IL-15": ("HGNC:5977", "gene", "IL15"),
    "TNF-alpha": ("HGNC:11892", "gene", "TNF"),
    "SIRT3": ("HGNC:14931", "gene", "SIRT3"),
    "TFAM": ("HGNC:11741", "gene", "TFAM"),
    "NRF1": ("HGNC:7996", "gene", "NRF1"),
    "BDNF": ("HGNC:1033", "gene", "BDNF"),
    "myostatin": ("HGNC:4223", "gene", "MSTN"),
    "Myostatin": ("HGNC:4223", "gene", "MSTN"),
    "GDF15": ("HGNC:30142", "gene", "GDF15"),
    "GFRAL": ("HGNC:32789", "gene", "GFRAL"),
    "apelin": ("HGNC:16665", "gene", "APLN"),
    "Apelin": ("HGNC:16665", "gene", "APLN"),
    "klotho": ("HGNC:6344", "gene", "KL"),
    "Klotho": ("HGNC:6344", "gene", "KL"),
    "FGF21": ("HGNC:3678", "gene", "FGF21"),
    "KLB": ("HGNC:15527", "gene", "KLB"),
    "AMPK": ("FPLX:AMPK", "family", "AMPK"),
    "mTOR": ("HGNC:3942", "gene", "MTOR"),
    "NF-κB": ("FPLX:NFkappaB", "family", "NFkappaB"),
    "insulin": ("HGNC:6081", "gene", "INS"),
    "sarcopenia": ("MESH:D055948", "condition", "Sarcopenia"),
    "Sarcopenia": ("MESH:D055948", "condition", "Sarcopenia"),
    "frailty": ("MESH:D000073496", "condition", "Frailty"),
    "osteoporosis": ("MESH:D010024", "condition", "Osteoporosis"),
    "mortality": ("MESH:D009026", "condition", "Mortality"),
    "insulin resistance": ("MESH:D007333", "condition", "Insulin Resistance"),
    "muscle atrophy": ("MESH:D009133", "condition", "Muscular Atrophy"),
    "resistance training": ("AGEFACTS:resistance_training", "intervention", "resistance training"),
    "Resistance training": ("AGEFACTS:resistance_training", "intervention", "resistance training"),
    "endurance training": ("AGEFACTS:endurance_training", "intervention", "endurance training"),
    "treadmill running": ("AGEFACTS:treadmill_running", "intervention", "treadmill running"),
    "Treadmill running": ("AGEFACTS:treadmill_running", "intervention", "treadmill running"),
    "exercise": ("AGEFACTS:exercise", "intervention", "exercise"),
    "Exercise": ("AGEFACTS:exercise", "intervention", "exercise"),
    "cold exposure": ("AGEFACTS:cold_exposure", "intervention", "cold exposure"),
    "metformin": ("AGEFACTS:metformin", "intervention", "metformin"),
    "Metformin": ("AGEFACTS:metformin", "intervention", "metformin"),
    "SIRT1": ("HGNC:14929", "gene", "SIRT1"),
    "Sirtuin 1": ("HGNC:14929", "gene", "SIRT1"),
    "FOXO3": ("HGNC:3821", "gene", "FOXO3"),
    "HSF1": ("HGNC:5224", "gene", "HSF1"),
    "sauna": ("AGEFACTS:sauna", "intervention", "sauna"),
    "mice": ("TAXON:10090", "species", "Mus musculus"),
    "rats": ("TAXON:10116", "species", "Rattus norvegicus"),
    "UK Biobank": ("AGEFACTS:uk_biobank", "cohort", "UK Biobank"),
}


def mentions_for(
    doc_id: str, text: str, lexicon: dict[str, tuple[str, str, str]] | None = None
) -> tuple[list[dict], list[dict]]:
    """Every occurrence of every lexicon surface, longest first, without overlaps."""
    lexicon = LEXICON if lexicon is None else lexicon
    taken: list[tuple[int, int]] = []
    mentions = []
    for surface in sorted(lexicon, key=len, reverse=True):
        for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            eid = lexicon[surface][0]
            mentions.append({
                "mention_id": stable_id("m", doc_id, m.start(), m.end(), eid),
                "doc_id": doc_id, "entity_id": eid, "char_start": m.start(),
                "char_end": m.end(), "surface": surface,
            })
    entities = {
        eid: {"entity_id": eid, "namespace": eid.split(":")[0], "identifier": eid.split(":")[1],
              "label": label, "kind": kind}
        for eid, kind, label in lexicon.values()
    }
    return mentions, list(entities.values())


def claims_of(
    text: str, doc_id: str = "test_doc", cites=None,
    lexicon: dict[str, tuple[str, str, str]] | None = None,
) -> list[dict]:
    mentions, entities = mentions_for(doc_id, text, lexicon)
    return extract_claims(
        doc_id, text, sentence_rows(doc_id, text), mentions, entities, cites=cites
    )


def triples(rows: list[dict]) -> set[tuple]:
    return {
        (r["subject_id"] or r["subject_text"], r["relation"], r["object_id"] or r["object_text"])
        for r in rows
    }


def one(rows: list[dict], subject: str, relation: str, obj: str | None = None) -> dict:
    hits = [
        r for r in rows
        if (r["subject_id"] or r["subject_text"]) == subject and r["relation"] == relation
        and (obj is None or (r["object_id"] or r["object_text"]) == obj)
    ]
    assert len(hits) == 1, (subject, relation, obj, triples(rows))
    return hits[0]


# ---------------------------------------------------------------------------- relations


def test_association_from_an_abstract_with_sign_from_lower_and_reduced():
    rows = claims_of(
        "In the UK Biobank, lower circulating klotho was associated with a higher risk of "
        "frailty and with reduced mortality."
    )
    frail = one(rows, "HGNC:6344", "associated_with", "MESH:D000073496")
    assert frail["polarity"] == "negative"  # lower klotho goes with more frailty
    death = one(rows, "HGNC:6344", "associated_with", "MESH:D009026")
    assert death["polarity"] == "positive"  # lower klotho goes with less mortality
    assert all(r["subject_id"] != "AGEFACTS:uk_biobank" for r in rows)


def test_increases_and_decreases_in_a_press_release():
    rows = claims_of("The drug candidate metformin lowers insulin resistance in older adults.")
    r = one(rows, "AGEFACTS:metformin", "decreases", "MESH:D007333")
    assert r["polarity"] == "negative" and r["species"] == "human"
    rows = claims_of("Apelin boosts BDNF in the hippocampus of exercised rats.")
    r = one(rows, "HGNC:16665", "increases", "HGNC:1033")
    assert r["polarity"] == "positive" and r["species"] == "rat"


def test_activates_and_inhibits_with_participle_and_relative_clause():
    rows = claims_of(
        "In cultured myotubes, AMPK activated PGC-1α while suppressing mTOR, which drives "
        "muscle protein synthesis."
    )
    assert one(rows, "FPLX:AMPK", "activates", "HGNC:9237")["polarity"] == "positive"
    assert one(rows, "FPLX:AMPK", "inhibits", "HGNC:3942")["polarity"] == "negative"
    drives = one(rows, "HGNC:3942", "increases")
    assert drives["object_text"] == "muscle protein synthesis"
    assert all(r["species"] == "unspecified" for r in rows)  # cells, not an organism


def test_required_for_and_depends_on_keep_their_direction():
    rows = claims_of("NRF1 is required for TFAM expression in muscle.")
    one(rows, "HGNC:7996", "required_for", "HGNC:11741")
    rows = claims_of("The action of FGF21 on fat depends on its co-receptor KLB.")
    one(rows, "HGNC:3678", "depends_on", "HGNC:15527")


def test_other_relation_for_roles_and_contributions():
    rows = claims_of("Blog readers often ask us about BDNF: it plays a key role in memory.")
    r = one(rows, "HGNC:1033", "other")
    assert r["object_text"] == "memory" and r["polarity"] == "none"


def test_declines_with_age_intransitive_passive_and_nominal():
    rows = claims_of("SIRT3 protein declined steadily with age in both sexes.")
    r = one(rows, "HGNC:14931", "declines_with_age")
    assert r["polarity"] == "negative" and r["object_id"] == "MESH:D000375"  # aging (session 25)
    rows = claims_of("TFAM content was 40% lower in older adults than in students.")
    one(rows, "HGNC:11741", "declines_with_age")
    rows = claims_of("The age-related decline in klotho may contribute to frailty.")
    one(rows, "HGNC:6344", "declines_with_age")


def test_preserved_by_training_from_a_denied_decline():
    text = "Both SIRT3 and TFAM fell with age in sedentary men. Neither fell in the trained men."
    rows = claims_of(text)
    for gene in ("HGNC:14931", "HGNC:11741"):
        one(rows, gene, "declines_with_age")
        kept = one(rows, gene, "preserved_by_training")
        assert kept["negated"] is False and kept["polarity"] == "positive"
        assert kept["evidence"] == "Neither fell in the trained men."


def test_preserved_by_training_from_a_maintenance_verb():
    rows = claims_of("Lifelong endurance training preserved NRF1 levels in aging muscle.")
    one(rows, "HGNC:7996", "preserved_by_training", "AGEFACTS:endurance_training")


def test_induced_by_exercise_active_passive_and_nominal():
    rows = claims_of("A single bout of treadmill running raised IL-6 and IL-15 in mice.")
    for gene in ("HGNC:6018", "HGNC:5977"):
        r = one(rows, gene, "induced_by_exercise", "AGEFACTS:treadmill_running")
        assert r["species"] == "mouse" and r["polarity"] == "positive"
    rows = claims_of("FNDC5 was strongly induced after exercise in young animals.")
    one(rows, "HGNC:20240", "induced_by_exercise")
    rows = claims_of("The exercise-induced rise in GDF15 was modest.")
    one(rows, "HGNC:30142", "induced_by_exercise")


def test_a_non_exercise_agent_keeps_a_plain_increase_beside_the_exercise_one():
    rows = claims_of("Both cold exposure and exercise increased FGF21 in the volunteers.")
    one(rows, "HGNC:3678", "induced_by_exercise", "AGEFACTS:exercise")
    one(rows, "AGEFACTS:cold_exposure", "increases", "HGNC:3678")


def test_not_induced_in_aged_three_ways():
    rows = claims_of("IL-15 was induced after exercise in young muscle but not in aged muscle.")
    one(rows, "HGNC:5977", "induced_by_exercise")
    assert one(rows, "HGNC:5977", "not_induced_in_aged")["polarity"] == "none"
    rows = claims_of("Older muscles failed to activate AMPK after exercise.")
    r = one(rows, "FPLX:AMPK", "not_induced_in_aged")
    assert r["negated"] is False  # the failure is the claim, not its denial
    rows = claims_of("In older men, the BDNF response to exercise was blunted.")
    one(rows, "HGNC:1033", "not_induced_in_aged")


# ---------------------------------------------------------------------------- fan-out


def test_one_claim_per_gene_listed_in_a_sentence():
    rows = claims_of("Exercise activated IL-6, IL-15 and BDNF (but not myostatin) in muscle.")
    genes = {r["subject_id"] for r in rows if r["relation"] == "induced_by_exercise"}
    assert {"HGNC:6018", "HGNC:5977", "HGNC:1033"} <= genes
    mstn = [r for r in rows if r["subject_id"] == "HGNC:4223"]
    assert mstn and all(r["negated"] for r in mstn)


def test_plural_pronoun_reaches_the_genes_of_the_previous_sentence():
    rows = claims_of("Two genes stood out: TFAM and NRF1. Both declined with age.")
    assert {r["subject_id"] for r in rows if r["relation"] == "declines_with_age"} == {
        "HGNC:11741", "HGNC:7996"
    }


def test_singular_pronoun_and_possessive_in_one_sentence():
    rows = claims_of("Although FGF21 rises with fasting, its effect depends on KLB.")
    one(rows, "HGNC:3678", "depends_on", "HGNC:15527")


def test_blocking_a_gene_reverses_the_relation():
    rows = claims_of("Blocking myostatin increased muscle mass and reduced frailty in old mice.")
    r = one(rows, "HGNC:4223", "decreases", "muscle mass")
    assert r["polarity"] == "negative"
    r = one(rows, "HGNC:4223", "increases", "MESH:D000073496")
    assert r["polarity"] == "positive"


# ---------------------------------------------------------------------------- modifiers


@pytest.mark.parametrize(
    "text",
    [
        "IL-6 was not associated with frailty in this cohort of older adults.",
        "We found no association between IL-6 and frailty in older adults.",
        "IL-6 no longer predicted frailty after adjustment for age.",
        "Neither IL-6 nor TNF-alpha was associated with frailty.",
        "Older participants failed to show any link between IL-6 and frailty.",
        "In our readers' experience, IL-6 didn’t predict frailty at all.",
    ],
)
def test_negated_statements(text):
    rows = [r for r in claims_of(text) if r["subject_id"] == "HGNC:6018"]
    assert rows and all(r["negated"] for r in rows), triples(rows)


def test_not_only_is_not_a_negation():
    rows = claims_of("Exercise not only lowered TNF-alpha but also raised IL-15 in the men.")
    assert rows and not any(r["negated"] for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Apelin may protect against sarcopenia in older adults.",
        "The authors suggest that klotho could slow frailty.",
        "Potentially, metformin reduces insulin resistance in older people.",
        "Higher apelin has been linked to lower frailty.",
    ],
)
def test_hedged_statements(text):
    rows = claims_of(text)
    assert rows and all(r["hedged"] for r in rows), triples(rows)


def test_asserted_statement_is_not_hedged_or_negated():
    (r,) = [r for r in claims_of("Resistance training reduces sarcopenia in older adults.")]
    assert not r["hedged"] and not r["negated"]


def test_species_from_sentence_previous_sentence_and_document():
    text = (
        "We studied 40 mice and 30 older adults. "
        "In the mice, apelin reduced muscle atrophy. "
        "Apelin also raised BDNF. "
        "In the volunteers, apelin was associated with less frailty."
    )
    rows = claims_of(text)
    assert one(rows, "HGNC:16665", "decreases", "MESH:D009133")["species"] == "mouse"
    assert one(rows, "HGNC:16665", "increases", "HGNC:1033")["species"] == "mouse"
    assert one(rows, "HGNC:16665", "associated_with")["species"] == "human"
    both = claims_of("In mice and in human volunteers, exercise raised irisin.")
    assert {r["species"] for r in both} == {"human+mouse"}
    nowhere = claims_of("Klotho slows frailty. Klotho also lowers insulin resistance.")
    assert {r["species"] for r in nowhere} == {"unspecified"}


# ---------------------------------------------------------------------------- rows


def test_rows_carry_exact_evidence_stable_ids_and_citations():
    text = "Intro line.\n\nApelin boosts BDNF in rats.¹ Exercise raised irisin in mice."
    cites = [{"doc_id": "test_doc", "sentence_id": 1, "citation_id": "cit-1"}]
    rows = claims_of(text, cites=cites)
    assert rows
    for r in rows:
        assert text[r["char_start"] : r["char_end"]] == r["evidence"]
        assert r["claim_id"] == stable_id(
            "c", r["doc_id"], r["char_start"], r["char_end"],
            r["subject_id"] or r["subject_text"], r["relation"],
            r["object_id"] or r["object_text"],
        )
        assert r["status"] == "extracted" and r["relation"] in RELATIONS
    by_sentence = {r["sentence_id"]: r["citation_id"] for r in rows}
    assert by_sentence == {1: "cit-1", 2: None}
    assert claims_of(text, cites=cites) == rows  # deterministic: same text, same ids
    assert len({r["claim_id"] for r in rows}) == len(rows)


def test_rows_validate_against_the_claims_schema():
    text = (
        "Lower klotho was associated with frailty in older adults. "
        "Exercise raised IL-6 and IL-15 in mice. Both declined with age."
    )
    rows = claims_of(text)
    frame = TABLES["claims"].frame(rows)
    TABLES["claims"].model.validate(frame)
    assert set(frame.columns) == set(TABLES["claims"].column_names)


def test_no_mentions_no_claims_and_reference_lines_are_skipped():
    assert extract_claims("d", "Exercise increases fitness.", sentence_rows(
        "d", "Exercise increases fitness."), [], []) == []
    assert claims_of("Source: Smith J. Apelin boosts BDNF. doi.org/10.1000/xyz123") == []


def test_pipeline_extracts_claims_from_its_own_mentions():
    text = "Apelin boosts BDNF in rats. Exercise is fun."
    rows = extract_document(DocumentText("d", text))
    (claim,) = [r for r in rows["claims"] if r["relation"] == "increases"]
    assert (claim["subject_id"], claim["object_id"]) == ("HGNC:16665", "HGNC:1033")
    assert claim["species"] == "rat" and claim["evidence"] == "Apelin boosts BDNF in rats."
    mention_entities = {m["entity_id"] for m in rows["mentions"]}
    assert {claim["subject_id"], claim["object_id"]} <= mention_entities


# ---------------------------------------------------------------------------- session 2 classes


def test_a_rise_with_age_is_an_association_with_age():
    rows = claims_of("Circulating IL-15 tends to creep up as people age.")
    r = one(rows, "HGNC:5977", "associated_with")
    assert r["polarity"] == "positive" and not r["negated"]
    assert not [x for x in rows if x["relation"] == "increases"]


def test_release_verbs_speak_only_with_an_exercise_context():
    rows = claims_of("After a hard workout, working muscle secretes IL-15 into the blood.")
    one(rows, "HGNC:5977", "induced_by_exercise")
    assert claims_of("IL-15 is secreted by many cell types.") == []


def test_an_undirected_change_is_read_as_written_or_as_a_denied_induction():
    r = one(claims_of("Apelin did not alter insulin resistance in obese rats."),
            "HGNC:16665", "other", "MESH:D007333")
    assert r["negated"]
    r = one(claims_of("GDF15 was not changed by resistance training."),
            "HGNC:30142", "induced_by_exercise", "AGEFACTS:resistance_training")
    assert r["negated"]


def test_a_weak_response_in_the_old_is_not_induced_in_aged():
    rows = claims_of("In older muscle, AMPK responds poorly to contraction.")
    one(rows, "FPLX:AMPK", "not_induced_in_aged")
    rows = claims_of(
        "FGF21 rose after each cycling session, but the response was smaller in the oldest "
        "volunteers."
    )
    one(rows, "HGNC:3678", "induced_by_exercise")
    one(rows, "HGNC:3678", "not_induced_in_aged")


def test_a_subject_list_before_the_verb_is_kept_whole_but_an_aside_is_not_a_subject():
    rows = claims_of("SIRT3, TFAM, and NRF1 were all lower in older mice than in young mice.")
    assert {r["subject_id"] for r in rows if r["relation"] == "declines_with_age"} == {
        "HGNC:14931", "HGNC:11741", "HGNC:7996"}
    rows = claims_of("In mice lacking GFRAL, exercise no longer lowered body weight.")
    assert {r["subject_id"] for r in rows} == {"AGEFACTS:exercise"}
    rows = claims_of("Sarcopenia, often flagged by low IL-15 and high myostatin, tends to "
                     "worsen as people age.")
    assert "HGNC:4223" not in {r["subject_id"] for r in rows}


def test_a_relative_clause_between_subject_and_verb_and_pronoun_heads():
    rows = claims_of(
        "Levels of KLB fell in frail adults. The receptor, which is released by fat cells, "
        "also dropped with age."
    )
    assert "HGNC:15527" in {r["subject_id"] for r in rows
                            if r["relation"] == "declines_with_age" and "receptor" in r["evidence"]}
    rows = claims_of("Myostatin is not a cause of sarcopenia; it is a marker that accompanies it.")
    denied = one(rows, "HGNC:4223", "increases", "MESH:D055948")
    assert denied["negated"]
    assert not one(rows, "HGNC:4223", "associated_with", "MESH:D055948")["negated"]


def test_a_second_predicate_takes_the_first_ones_subject():
    rows = claims_of("We show that GDF15 is required for appetite loss and may be a target "
                     "for frailty.")
    r = one(rows, "HGNC:30142", "other", "MESH:D000073496")
    assert r["hedged"]


def test_a_group_with_high_or_low_x_is_an_association_with_its_sign():
    rows = claims_of("Adults with low baseline irisin gained more muscle strength than those "
                     "with high irisin.")
    r = one(rows, "HGNC:20240", "associated_with")
    assert r["polarity"] == "negative"
    rows = claims_of("Mice lacking myostatin gained more muscle than normal mice.")
    r = one(rows, "HGNC:4223", "decreases")  # a knockout is an intervention, not a group
    assert r["polarity"] == "negative"


def test_an_organism_before_the_verb_leaves_no_written_subject():
    rows = claims_of("After a year the decline speeds up, with most mice losing "
                     "protection against muscle atrophy.")
    assert all(r["subject_text"] is None or "decline" not in r["subject_text"] for r in rows)


def test_weaker_and_slower_flip_the_sign_of_an_association():
    r = one(claims_of("Higher GDF15 went with weaker frailty scores."),
            "HGNC:30142", "associated_with", "MESH:D000073496")
    assert r["polarity"] == "negative"


# ---------------------------------------------------------------------------- seeds


def test_an_appositive_marker_is_an_association():
    rows = claims_of("Blood GDF15, a marker of mortality, rose after surgery.")
    assert one(rows, "HGNC:30142", "associated_with", "MESH:D009026")["polarity"] == "positive"


def test_protecting_something_from_a_condition_decreases_the_condition():
    rows = claims_of("Klotho protects ageing muscle from muscle atrophy.")
    assert triples(rows) == {("HGNC:6344", "decreases", "MESH:D009133")}
    rows = claims_of("In rats, FGF21 shielded the liver against insulin resistance.")
    assert one(rows, "HGNC:3678", "decreases", "MESH:D007333")["species"] == "rat"


def test_animals_that_lack_a_gene_flip_it():
    rows = claims_of("Mice engineered to lack klotho lose BDNF in the hippocampus.")
    assert triples(rows) == {("HGNC:6344", "increases", "HGNC:1033")}


def test_a_prevented_decline_is_preserved_by_training_or_an_increase():
    passive = claims_of("In aged rats, the loss of BDNF was prevented by treadmill running.")
    assert triples(passive) == {("HGNC:1033", "preserved_by_training",
                                 "AGEFACTS:treadmill_running")}
    active = claims_of("Resistance training prevented the decline of klotho in older adults.")
    assert triples(active) == {("HGNC:6344", "preserved_by_training",
                                "AGEFACTS:resistance_training")}
    drug = claims_of("Metformin prevented the decline of klotho.")
    assert triples(drug) == {("AGEFACTS:metformin", "increases", "HGNC:6344")}


def test_a_relative_clause_with_its_own_subject_has_the_head_as_object():
    rows = claims_of("They measured irisin, a hormone that muscle secretes during exercise.")
    assert triples(rows) == {("HGNC:20240", "induced_by_exercise", "AGEFACTS:exercise")}


def test_a_closed_relative_clause_is_not_the_subject_and_a_blunted_rise_is_not_asserted():
    rows = claims_of(
        "Metformin, which many older adults take for insulin resistance, blunted the rise in "
        "IL-6 after exercise."
    )
    assert triples(rows) == {("AGEFACTS:metformin", "decreases", "HGNC:6018")}


@pytest.mark.parametrize(
    "text",
    [
        "In older men, apelin levels were about half those of men in their twenties.",
        "Apelin was 30% lower in adults over 70 than in young adults.",
    ],
)
def test_a_comparison_with_the_young_is_a_decline_with_age(text):
    assert one(claims_of(text), "HGNC:16665", "declines_with_age")


def test_walking_is_exercise_and_people_over_an_age_are_old():
    rows = claims_of(
        "BDNF climbed after an hour of walking in young adults but not in adults aged 70."
    )
    assert {r["relation"] for r in rows} == {"induced_by_exercise", "not_induced_in_aged"}
    rows = claims_of(
        "TNF-alpha rose with age in sedentary adults but stayed flat in those who walked daily."
    )
    assert one(rows, "HGNC:11892", "associated_with")
    assert one(rows, "HGNC:11892", "preserved_by_training")


def test_a_written_object_keeps_its_own_sign():
    (r,) = claims_of("Klotho may slow the loss of bone strength.")
    assert (r["relation"], r["object_text"], r["hedged"]) == (
        "decreases", "loss of bone strength", True)


# ---------------------------------------------------------------------------- session 4 shapes


def test_an_appositive_relative_clause_says_what_the_entity_does():
    rows = claims_of(
        "SIRT1, an enzyme that repairs damaged DNA, declines in muscle with age."
    )
    assert one(rows, "HGNC:14929", "increases")["object_text"] == "damaged DNA"
    assert one(rows, "HGNC:14929", "declines_with_age")
    rows = claims_of("Training lowered FOXO3, a protein that accumulates in aged tissue.")
    assert one(rows, "HGNC:3821", "associated_with")["object_id"] == "MESH:D000375"  # "aged"


def test_a_relative_clause_with_controls_and_a_knockout_that_could_not():
    rows = claims_of(
        "Mice without the HSF1 gene, which controls the heat response, could not raise IL-6."
    )
    assert one(rows, "HGNC:5224", "other")["object_text"] == "heat response"
    raised = one(rows, "HGNC:5224", "increases", "HGNC:6018")
    assert (raised["negated"], raised["polarity"]) == (False, "positive")
    # a plain denial of an inhibitor's effect stays a denial
    (r,) = claims_of("Myostatin inhibitors did not improve muscle atrophy.")
    assert r["negated"]


def test_an_appositive_phrase_is_about_the_entity_and_not_the_next_pronoun():
    rows = claims_of(
        "Metformin did not change IL-15, a myokine often linked with muscle size. "
        "Nor did it alter BDNF."
    )
    assert one(rows, "HGNC:5977", "associated_with")["object_text"] == "muscle size"
    assert one(rows, "AGEFACTS:metformin", "other", "HGNC:1033")["negated"]


def test_an_alias_after_or_and_a_helping_verb():
    rows = claims_of(
        "Sirtuin 1, or SIRT1, helps damaged mitochondria recover and is thought to slow "
        "muscle loss."
    )
    assert one(rows, "HGNC:14929", "increases")["object_text"].startswith("damaged mito")
    assert one(rows, "HGNC:14929", "decreases")["hedged"]  # "is thought to"
    # "helps reduce": one verb, reduce
    assert triples(claims_of("Metformin helps reduce IL-6.")) == {
        ("AGEFACTS:metformin", "decreases", "HGNC:6018")}


def test_less_than_a_younger_group_is_a_decline_with_age():
    rows = claims_of("The older group had markedly less SIRT3 in muscle than the students did.")
    assert one(rows, "HGNC:14931", "declines_with_age")


def test_a_compound_induction_blunted_in_the_old_is_still_an_induction():
    rows = claims_of("The exercise-induced rise in TFAM was attenuated in adults over 70.")
    assert one(rows, "HGNC:11741", "induced_by_exercise")["object_id"] == "AGEFACTS:exercise"
    assert one(rows, "HGNC:11741", "not_induced_in_aged")
    # prevented by an agent: not asserted
    rows = claims_of("The exercise-induced rise in TFAM was prevented by metformin.")
    assert all(r["relation"] != "induced_by_exercise" for r in rows)


def test_a_knockout_that_abolishes_an_induction_is_required_for_it():
    rows = claims_of(
        "Deletion of AMPK abolished the increase in PGC-1α that followed treadmill running."
    )
    assert one(rows, "FPLX:AMPK", "required_for", "HGNC:9237")
    induced = one(rows, "HGNC:9237", "induced_by_exercise")
    assert induced["object_id"] == "AGEFACTS:treadmill_running"


def test_sauna_sessions_are_no_exercise_and_an_after_adjunct_names_the_agent():
    rows = claims_of("After eight weeks of sauna sessions, IL-6 in older volunteers climbed.")
    assert triples(rows) == {("AGEFACTS:sauna", "increases", "HGNC:6018")}
    rows = claims_of("BDNF went up briefly after each sauna session.")
    assert triples(rows) == {("AGEFACTS:sauna", "increases", "HGNC:1033")}


def test_a_closed_appositive_relative_and_therapy_sessions_as_agents():
    rows = claims_of("BDNF, a growth factor that supports neurons, climbed after cold exposure.")
    assert triples(rows) == {("AGEFACTS:cold_exposure", "increases", "HGNC:1033")}
    rows = claims_of("Heat therapy sessions raised FGF21 in older adults.")
    assert rows and all(r["relation"] != "induced_by_exercise" for r in rows)


def test_a_second_verb_keeps_the_exercise_agent_and_a_smaller_rise_refers_back():
    rows = claims_of("Resistance training increased TFAM and raised muscle strength.")
    assert one(rows, "AGEFACTS:resistance_training", "increases")["object_text"] == (
        "muscle strength")
    assert one(rows, "HGNC:11741", "induced_by_exercise")
    rows = claims_of("IL-6 rose after cold exposure. Treadmill running produced a smaller rise.")
    assert one(rows, "HGNC:6018", "induced_by_exercise")["object_id"] == (
        "AGEFACTS:treadmill_running")


def test_an_object_ends_before_a_modal_and_both_defects_are_not_genes():
    rows = claims_of("Drugs promoting AMPK activity might complement exercise in late life.")
    assert all(r["object_id"] != "AGEFACTS:exercise" for r in rows)
    rows = claims_of("Loss of SIRT3 impaired respiration; both defects were reversed by metformin.")
    assert all(r["subject_id"] != "AGEFACTS:metformin" or r["object_id"] is None for r in rows)


def test_a_relative_clause_keeps_its_subject_until_a_comma_or_boundary():
    rows = claims_of(
        "Resistance training switches on genes such as TFAM that build new mitochondria, and "
        "lowers myostatin."
    )
    assert one(rows, "HGNC:11741", "increases")["object_text"] == "new mitochondria"
    assert one(rows, "AGEFACTS:resistance_training", "decreases", "HGNC:4223")
    assert all(r["object_id"] != "HGNC:4223" for r in rows if r["subject_id"] == "HGNC:11741")
    rows = claims_of("Metformin raises growth factors that protect neurons and strengthen synapses.")
    assert all(r["object_text"] != "synapses" for r in rows)


def _evaluation():
    spec = importlib.util.spec_from_file_location(
        "evaluate_claims", ROOT / "benchmarks" / "evaluate_claims.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_seed_gold_claims_recall_floor_with_hand_built_mentions():
    ev = _evaluation()
    genes = ev.evaluate_seeds(lenient=True, genes_only=True)
    assert genes.recall >= 0.55, genes.misses
    assert genes.precision >= 0.80, genes.false
    everything = ev.evaluate_seeds(lenient=True)
    assert everything.recall >= 0.45, everything.misses


def test_seed_per_gene_fan_out_claims_are_found():
    """The gold's multi-gene sentences: each gene gets its own claim from one sentence."""
    ev = _evaluation()
    import json

    gold = json.loads((ROOT / "tests/fixtures/seeds_gold.json").read_text(encoding="utf-8"))
    name = next(k for k in gold if k.startswith("001_"))
    text = (ROOT / "raw" / "sources" / name).read_text(encoding="utf-8")
    rows = ev.run_extractor("001", text, ev.seed_entities(gold[name]))
    induced = {r["subject_id"] for r in rows if r["relation"] == "induced_by_exercise"}
    wanted = {e["hgnc_id"] for e in gold[name]["entities"]
              if e["hgnc_symbol"] in {"IL6", "IL1B", "IL1RN", "TNF", "SELE", "FOS"}}
    assert wanted <= induced


# The texts marked held_out: true (never tuned on) and (precision, recall) floors at their
# first score. Held-out 22 (a newspaper's review of a popular-science book, a science
# communicator's numbered thread; first 0.69 / 0.43 strict, 61 claims) became development in
# session 19. Held-out 23 (an alumni magazine's profile of a muscle-aging lab, a consumer-health
# explainer article; first 0.72 / 0.49 strict, 53 claims) became development in session 20.
# Held-out 24 (a sports-medicine society's plain-language summary of its position stand, a
# retired biochemist's longevity diary blog; 65 claims) was first scored at 0.74 / 0.48 strict
# (0.73 / 0.46 end to end) on session 19's code; session 20's round on held-out 23 left it
# unchanged; it became development in session 21 (0.82 / 0.60 after its round).
# Held-out 25 (a medical-research charity's research update for donors, a
# hospital medical-information briefing note for clinicians; 75 claims) was first scored at
# 0.83 / 0.60 strict (0.75 / 0.56 end to end) on session 20's code; session 21's round on
# held-out 24 left it unchanged; it became development in session 22.
# Held-out 26 (a hospital staff newsletter's write-up of a grand-rounds talk, an excerpt of a
# popular-science book chapter with endnote markers; 56 claims) was first scored at 0.80 / 0.46
# strict (0.79 / 0.43 end to end) on session 21's code; session 22's rounds brought it to
# 0.81 / 0.48; it became development in session 23.
# Held-out 27 (a health ministry's policy brief on healthy ageing, a biotech start-up's
# pitch-deck speaker notes; 57 claims) was first scored at 0.87 / 0.56 strict (0.80 / 0.53
# end to end) on session 22's code; session 23's rounds left it unchanged; it became
# development in session 24.
# Held-out 28 (a care-home chain's staff training handout, a wiki talk-page discussion among
# editors; 51 claims) was first scored at 0.74 / 0.57 strict (0.69 / 0.57 end to end) on
# session 23's code; session 24's rounds left it unchanged; it became development in session 25.
# Held-out 29 (a practice nurses' CPD module page with a quiz, a science museum's exhibit panels
# and audio-guide script; 90 claims) was first scored at 0.80 / 0.42 strict (0.73 / 0.42 end to
# end) on session 24's code.
# Held-out 30 (a radio health phone-in transcript, a supplement retailer's science page; 62
# claims), written after it, was first scored at 0.76 / 0.45 strict (0.71 / 0.40 end to end) on
# session 25's code after its rounds and became development at once; held-out 29 stayed unseen
# (0.79 / 0.43 at the end of session 25) and became development in session 26.
# Held-out 31 (a veterinary practice's blog on senior dogs and horses, a patient-advocacy
# group's webinar recap; 64 claims) was first scored at 0.82 / 0.45 strict (0.82 / 0.44 end to
# end) on session 25's final code; 0.83 / 0.48 after session 26's rounds, not looked at.
# Held-out 32 (a hospital physiotherapy page for patients going home, a science newsletter's
# "paper of the week" dissection; 57 claims) was written during session 26 and first scored at
# 0.80 / 0.46 strict (0.81 / 0.40 end to end) on its final code. Both sets stay unseen, pooled:
# 0.81 / 0.47 (121 claims).
# Held-out 33 (a funding council's plain-language summary of a grant's results, a university
# course's exam answer key; 85 claims) and held-out 34 (a conference press-room tip sheet, a
# health insurer's letter to its members; 79 claims) were written blind in session 27 and
# first scored on session 26's final code: 0.86 / 0.71 and 0.78 / 0.49 strict (0.79 / 0.65 and
# 0.74 / 0.47 end to end). Held-out 31 became development then; 32, 33 and 34 stayed unseen,
# pooled 0.82 / 0.57 (221 claims) at the end of session 27.
# Held-out 35 (a science festival's programme note for an evening of talks, a court expert's
# plain-language summary for a jury; 72 claims) was written blind in session 28 and first
# scored at 0.83 / 0.68 strict (0.81 / 0.71 end to end) on session 27's final code. Held-out
# 32 became development then (0.78 / 0.46); 33, 34 and 35 stay unseen, pooled 0.83 / 0.64
# (236 claims; 0.77 / 0.62 end to end).
# Held-out 36 (a pharmacy counter leaflet, an airline inflight magazine's health page; 39
# claims) was written blind at the end of session 28 and first scored on its final code at
# 0.66 / 0.64 strict (0.59 / 0.56 end to end). 33 to 36 stay unseen, pooled 0.80 / 0.65 (275
# claims; 0.75 / 0.61 end to end).
# Held-out 33 joined development at the start of session 29 (0.88 / 0.74 on session 28's
# final code); 34 to 36 stay unseen, pooled 0.77 / 0.61 (190 claims; 0.74 / 0.59 end to end).
# Held-out 37 (a novelist's afterword on the science behind the book, a gym chain's in-app
# digest; 82 claims) was written blind in session 29 and first scored at 0.68 / 0.49 strict
# (0.63 / 0.44 end to end) on session 28's final code. 34 to 37 stay unseen, pooled 0.74 / 0.57
# (272 claims; 0.70 / 0.54 end to end).
# Held-out 34 joined development at the start of session 30 (0.78 / 0.52 on session 29's
# final code); 35 to 37 stay unseen, pooled 0.73 / 0.60 (193 claims; 0.70 / 0.58 end to end).
# Held-out 38 (a marathon race-pack insert, a hospital volunteer bulletin; 79 claims) was
# written blind in session 30 and first scored at 0.82 / 0.59 strict (0.80 / 0.57 end to end)
# on session 29's final code. 35 to 38 stay unseen, pooled 0.75 / 0.60 (272 claims; 0.73 /
# 0.57 end to end).
# Held-out 35 joined development at the start of session 31 (0.83 / 0.69 on session 30's
# final code); 36 to 38 stay unseen, pooled 0.73 / 0.57 (200 claims; 0.69 / 0.53 end to end).
# Held-out 39 (a rowing club's coaching newsletter, a pub quiz's answer sheet; 84 claims) was
# written blind in session 31 and first scored at 0.81 / 0.63 strict (0.75 / 0.61 end to end)
# on session 30's final code. 36 to 39 stay unseen, pooled 0.76 / 0.59 (284 claims; 0.71 /
# 0.55 end to end). Held-out 40 (a dance school's note to its adult students, a gardening
# club talk's handout; 64 claims) was written blind in session 31 and first scored at 0.87 /
# 0.62 strict (0.79 / 0.58 end to end) on session 31's final claims code. 36 to 40 stay
# unseen, pooled 0.78 / 0.60 (348 claims; 0.73 / 0.56 end to end).
# Held-out 36 joined development at the start of session 32 (0.68 / 0.67 on session 31's
# final code); 37 to 40 stay unseen, pooled 0.80 / 0.59 (309 claims; 0.75 / 0.56 end to end).
# Held-out 41 (a fire brigade's crew fitness bulletin, a hiking club's trail notes; 76 claims)
# was written blind in session 32 and first scored at 0.84 / 0.68 strict (0.76 / 0.63 end to
# end) on session 31's final code. 37 to 41 stay unseen, pooled 0.81 / 0.61 (385 claims; 0.75
# / 0.57 end to end). Held-out 42 (a bowls club's winter bulletin, a farmers' cooperative
# newsletter; 91 claims) was written blind in session 32 and first scored at 0.80 / 0.60 strict
# (0.65 / 0.49 end to end) on session 31's final code. 37 to 42 stay unseen, pooled 0.81 / 0.61
# (476 claims; 0.73 / 0.56 end to end). Held-out 37 joined development at the start of
# session 33 (0.73 / 0.52 on session 32's final code); 38 to 42 stay unseen, pooled 0.83 / 0.64
# (394 claims; 0.75 / 0.59 end to end). Held-out 43 (a choir's warm-up sheet, a lifeboat
# station's crew newsletter; 77 claims) was written blind in session 33 and first scored at
# 0.66 / 0.45 strict (0.53 / 0.31 end to end) on session 32's final claims code. 38 to 43 stay
# unseen, pooled 0.80 / 0.61 (471 claims; 0.72 / 0.54 end to end). Held-out 44 (a ski patrol's
# pre-season briefing sheet, a quilting circle's minutes; 88 claims) was written blind in session
# 33 and first scored at 0.81 / 0.58 strict (0.67 / 0.47 end to end) on the code after session
# 33's claims rounds a and b. 38 to 44 stay unseen, pooled 0.81 / 0.61 (559 claims; 0.72 / 0.53
# end to end). Held-out 38 joined development at the start of session 34 (0.83 / 0.62 on
# session 33's final code); 39 to 44 stay unseen, pooled 0.81 / 0.61 (480 claims; 0.71 / 0.53
# end to end). Held-out 45 (a golf club's winter newsletter, a parish magazine's health column;
# 86 claims) was written blind in session 34 and first scored at 0.87 / 0.71 strict (0.83 / 0.63
# end to end) on session 33's final code. 39 to 45 stay unseen, pooled 0.82 / 0.63 (566 claims;
# 0.73 / 0.54 end to end). Held-out 39 joined development at the start of session 35 (0.83 /
# 0.67 on session 34's final code); 40 to 45 stay unseen, pooled 0.82 / 0.63 (482 claims; 0.72
# / 0.53 end to end). Held-out 46 (a leisure pool's over-60s swim-class leaflet, a beekeepers'
# association newsletter; 79 claims) was written blind in session 35 and first scored at 0.85 /
# 0.67 strict (0.68 / 0.51 end to end) on session 34's final claims code. 40 to 46 stay unseen,
# pooled 0.82 / 0.64 (561 claims; 0.71 / 0.53 end to end). Held-out 40 joined development at the
# start of session 36 (0.88 / 0.66 on session 35's final code); 41 to 46 stay unseen, pooled
# 0.82 / 0.64 (497 claims; 0.71 / 0.53 end to end). Held-out 47 (a walking-football league's
# match programme, a model-railway society's magazine; 91 claims) was written blind in session
# 36 and first scored at 0.72 / 0.56 strict (0.65 / 0.51 end to end) on session 35's final
# claims code. 41 to 47 stay unseen, pooled 0.80 / 0.63 (588 claims; 0.70 / 0.53 end to end).
HELD_OUT_TEXTS = {"claims_heldout47_walkingfootball", "claims_heldout47_modelrailway",
                  "claims_heldout46_poolnoticeboard", "claims_heldout46_beekeepers",
                  "claims_heldout45_golfclub", "claims_heldout45_parishmagazine",
                  "claims_heldout44_skipatrol", "claims_heldout44_quiltingcircle",
                  "claims_heldout43_choir", "claims_heldout43_lifeboat",
                  "claims_heldout42_bowlsclub", "claims_heldout42_farmcoop",
                  "claims_heldout41_firebrigade", "claims_heldout41_trailnotes"}
HELD_OUT_FLOOR = (0.80, 0.62)


def test_labelled_texts_meet_their_floors_and_the_script_prints_them(capsys):
    ev = _evaluation()
    dev, dev_per = ev.evaluate_labelled(held_out=False)
    # claims_heldout3_*: held out in session 3, development texts since session 4;
    # claims_heldout4_*: held out in session 4 (first score 0.47 / 0.24), tuned on in session 5;
    # claims_heldout5_*: held out in session 5 (first score 0.54 / 0.33), tuned on in its
    # second claims round (0.80 / 0.84 after it); claims_heldout6_* (first 0.70 / 0.39) and
    # claims_heldout7_* (first 0.51 / 0.27, labelled with docs/claims_labelling.md): tuned on in
    # session 6; claims_heldout8_* (first 0.81 / 0.49, labelled with the guide): tuned on in
    # session 7 (0.88 / 0.73 after it); claims_heldout9_* (first 0.77 / 0.44): session 8;
    # claims_heldout10_* (first 0.69 / 0.46): session 9; claims_heldout11_* (first 0.62 / 0.42):
    # development from session 10 (0.83 / 0.46 after its round); claims_heldout12_* (first
    # 0.76 / 0.48) and claims_heldout13_* (first 0.57 / 0.41): development from session 11;
    # claims_heldout14_* (first 0.76 / 0.53) and claims_heldout15_* (first 0.80 / 0.58):
    # development from session 12; claims_heldout16_* (first 0.71 / 0.49): session 13;
    # claims_heldout17_* (first 0.78 / 0.31): session 14; claims_heldout18_* (first 0.77 / 0.62):
    # session 15; claims_heldout19_* (first 0.61 / 0.38): session 16; claims_heldout20_*
    # (first 0.76 / 0.44): session 17; claims_heldout21_* (first 0.78 / 0.42): session 18;
    # claims_heldout22_* (first 0.69 / 0.43): session 19; claims_heldout23_* (first
    # 0.72 / 0.49): session 20; claims_heldout24_* (first 0.74 / 0.48): session 21;
    # claims_heldout25_* (first 0.83 / 0.60): session 22; claims_heldout26_* (first
    # 0.80 / 0.46): session 23; claims_heldout27_* (first 0.87 / 0.56): session 24;
    # claims_heldout28_* (first 0.74 / 0.57): session 25; claims_heldout30_* (first
    # 0.76 / 0.45): session 25; claims_heldout29_* (first 0.80 / 0.42): session 26;
    # claims_heldout31_* (first 0.82 / 0.45): session 27; claims_heldout32_* (first
    # 0.80 / 0.46): session 28
    tuned_late = ("claims_heldout4_", "claims_heldout5_", "claims_heldout6_", "claims_heldout7_",
                  "claims_heldout8_", "claims_heldout9_", "claims_heldout10_", "claims_heldout11_",
                  "claims_heldout12_", "claims_heldout13_", "claims_heldout14_",
                  "claims_heldout15_", "claims_heldout16_", "claims_heldout17_",
                  "claims_heldout18_", "claims_heldout19_", "claims_heldout20_",
                  "claims_heldout21_", "claims_heldout22_", "claims_heldout23_",
                  "claims_heldout24_", "claims_heldout25_", "claims_heldout26_",
                  "claims_heldout27_", "claims_heldout28_", "claims_heldout30_",
                  "claims_heldout29_", "claims_heldout31_", "claims_heldout32_",
                  "claims_heldout33_", "claims_heldout34_", "claims_heldout35_",
                  "claims_heldout36_", "claims_heldout37_", "claims_heldout38_",
                  "claims_heldout39_", "claims_heldout40_")
    assert {"claims_heldout3_abstract", "claims_heldout3_news", "claims_heldout4_magazine",
            "claims_heldout4_press_release", "claims_heldout5_abstract",
            "claims_heldout5_podcast", "claims_heldout6_blog", "claims_heldout6_news",
            "claims_heldout7_review", "claims_heldout7_interview", "claims_heldout8_lecture",
            "claims_heldout8_forum", "claims_heldout9_faq", "claims_heldout9_newsletter",
            "claims_heldout10_textbook", "claims_heldout10_editorial", "claims_heldout11_aims",
            "claims_heldout11_liveblog", "claims_heldout12_debate",
            "claims_heldout12_journalclub", "claims_heldout13_wearables",
            "claims_heldout13_patiented", "claims_heldout14_ama",
            "claims_heldout14_reaction", "claims_heldout15_advice",
            "claims_heldout15_encyclopedia", "claims_heldout16_newspaper",
            "claims_heldout16_discussion", "claims_heldout17_tabloid",
            "claims_heldout17_podcast", "claims_heldout18_letters",
            "claims_heldout18_labreport", "claims_heldout19_thesis",
            "claims_heldout19_investorcall", "claims_heldout20_referee",
            "claims_heldout20_studynotes", "claims_heldout21_summary",
            "claims_heldout21_trainer", "claims_heldout22_bookreview",
            "claims_heldout22_thread", "claims_heldout23_alumni",
            "claims_heldout23_consumer", "claims_heldout24_position",
            "claims_heldout24_diary", "claims_heldout25_charity",
            "claims_heldout25_briefing", "claims_heldout26_grandrounds",
            "claims_heldout26_book", "claims_heldout27_policybrief",
            "claims_heldout27_pitchnotes", "claims_heldout28_training",
            "claims_heldout28_talkpage", "claims_heldout30_callin",
            "claims_heldout30_retailer", "claims_heldout29_cpd",
            "claims_heldout29_museum", "claims_heldout31_vetblog",
            "claims_heldout31_webinar", "claims_heldout32_paperweek",
            "claims_heldout32_physioleaflet"} <= set(dev_per)
    # (1,849 with held-out 28; 1,846 after session 25's third round removed three labels on
    # quoted wording the text disputes: docs/claims_labelling.md)
    # 1,999 before held-out 31 joined; 1,908 before held-out 29 joined; 1,998 before session
    # 26g's label
    # 2,063 before held-out 32 joined; 2,205 before held-out 34 joined; 2,284 before held-out 35
    # 2,556 before held-out 39 joined; 2,640 before held-out 40 joined
    assert dev.gold >= 2704
    # (0.68 before held-out 20 joined at 0.45 recall, which took the pool to 0.664; its
    # session 17 round brought it to 0.676, its second round to 0.681; held-out 21 joined at
    # 0.42, which took it to 0.669, and its session 18 round brought it back to 0.681;
    # held-out 22 joined at 0.44, which took it to 0.675 (precision 0.879), and its session 19
    # round brought it to 0.682 / 0.882; its second round to 0.692 / 0.886; held-out 23
    # joined at 0.49, which took it to 0.685 / 0.881, and its session 20 round brought it to
    # 0.6945 / 0.88497; held-out 24 joined at 0.48, which took it to 0.6857 / 0.8804, and its
    # session 21 round brought it to 0.6925 / 0.8836; the session 22 round (development
    # leftovers) to 0.6981 / 0.8851; held-out 25 joined at 0.60, which took it to
    # 0.6938 / 0.8828, and its session 22 second round brought it to 0.6991 / 0.8856; the
    # session 23 round (development leftovers) to 0.7050 / 0.8885; held-out 26 joined at
    # 0.46, which took it to 0.6979 / 0.8866, and its session 23 second round brought it to
    # 0.7019 / 0.8878; the session 24 round (development leftovers) to 0.7059 / 0.8886;
    # held-out 27 joined at 0.56, which took it to 0.6974 / 0.8874 without that round, and its
    # session 24 second round brought it, with the first, to 0.7086 / 0.8917; the session 25
    # round (development leftovers) to 0.7136 / 0.8930, its second round (response nouns) to
    # 0.7186 / 0.8937, and with its end-to-end round merged 0.7186 / 0.8936 (0.89359: two
    # written age sides of one sentence became one claim with the aging entity); held-out 28
    # joined at 0.75 / 0.59, which took it to 0.7150 / 0.8897; its session 25 third round
    # (disputed quotations, "switching off X", "did not rise after", a failed rise in the old
    # after an earlier clause's exercise, ...; three labels on disputed quotations removed) to
    # 0.7226 / 0.8971, merged with the end-to-end round 2 0.7232 / 0.8978; held-out 30 joined
    # at 0.76 / 0.45, which took it to 0.7144 / 0.8943; its session 25 fourth round
    # (protection from a decline, treated groups, a verb after an appositive, ...) to
    # 0.7196 / 0.8980; the session 26 round (development leftovers: knockouts that age early,
    # repair badly or grow weak, young levels named by age in years, a group given a
    # treatment) to 0.7227 / 0.8983; held-out 29 joined at 0.79 / 0.43, which took it to
    # 0.7097 / 0.8950; its session 26 second round ("it" after blocking X, "X-blocking
    # drugs", old tissue making less X, "most of the way back", folk who keep active, a
    # blunted response to exercise, agents "in response to A, B and C", ...) to
    # 0.7167 / 0.9001; the session 26 third round (development leftovers: "cut the number
    # of X", "older, inactive people", a second "by" agent, a colon listing "two enzymes: A
    # and B") to 0.7197 / 0.9010; the session 26 fourth round's labels (a disuse state is an
    # intervention and the agent of its change: five associated_with labels became increases,
    # docs/claims_labelling.md "Disuse") took it to 0.7187 / 0.9020, and its rules ("during
    # bed rest", "within days of casting", "when a limb is unloaded", a written disuse state)
    # to 0.7247 / 0.9028; the session 26 fifth round alone (a treatment named back by "the
    # treated mice", outcomes compared in figures, "closed the X gap", a task set to the
    # reader, "pours out of the fibres", "without which", bare "levels"): 0.7267 / 0.9024; both
    # merged: 0.7317 / 0.9042; the session 26 sixth round (development leftovers: "X and Y
    # rise during ...", "their activity", "the two genes that ..., A and B", "released from
    # its brake", "this gap narrowed", an active group with young levels, "..., while Y rose
    # less"; one held-out 30 label added by the guide) alone 0.7379 / 0.9066; the session 26
    # end-to-end round 2 (an age or exercise relation keeps a molecular subject, an exercise
    # that no longer helps after a knockout, an opening clause is no written subject, the loss
    # of an outcome, running wheels, "it" after a passive clause) alone 0.7322 / 0.9060; both
    # merged: 0.7384 / 0.9085; the session 26 end-to-end round 3 (precision: a molecule in
    # an appositive's "of" phrase shares no claim with the one it describes) 0.7384 / 0.9090;
    # held-out 31 joined at 0.83 / 0.48 in session 27, which took it to 0.7305 / 0.9073; its
    # session 27 round b (groups compared by ages in figures, "twice/half as much X", a trained
    # group against a plain one, "the old horses' levels", a contrast clause in the same old
    # group, "..., and Y rose" after an exercise, an agentless switch-off in the old, "show no
    # such drop", ...) to 0.7436 / 0.9120; merged with round a (levels at the young's after
    # exercise, old and young compared with no cue word, weaker responses in the old, relative
    # clauses after a list, counted or quoted plural names, knockouts, a study's samples as
    # agent): 0.7790 / 0.9195)
    # held-out 32 joined at 0.78 / 0.46 in session 28, which took it to 0.7703 / 0.9166; its
    # round a (development leftovers: removal verbs, a process sped up, drugs aimed at X, a
    # trained old group, a tissue as agent, "keeps both from", ...): 0.7769 / 0.9203; its
    # round b alone (a definition by a flip phrase, "kept X low", "cut X by a third", an
    # opening disused part, "carried twice as much X as", "the boost in X", knockouts named
    # back, no age association in both age groups): 0.7783 / 0.9194; both merged: 0.7840 /
    # 0.9230; held-out 33 joined at 0.88 / 0.74 in session 29, which took it to 0.7823 /
    # 0.9211; its round a (held-out 33: an appositive inhibitor, "these in turn", a level the
    # old started with, a rise short of the young's, "brought the response back", "at 24
    # months", a mediator blocked, a disputed quoted characterisation, ...): 0.7896 / 0.9249;
    # its round b (development leftovers: a sentence opening with a lower-case gene name, a
    # definition's participle aside or purpose infinitive, "... and that" relative clauses):
    # 0.7945 / 0.9268; held-out 34 joined at 0.78 / 0.52 in session 30, which took it to
    # 0.7850 / 0.9230; its round a (a group by an outcome with a percent size, "with no X",
    # "X, the pump cells need in order to V"): 0.7877 / 0.9237; its round c (development
    # leftovers: "X's effect runs through Y", "did not stop Y rising", "a year of X", "the
    # protein" after a grounded exercise): 0.7894 / 0.9238; held-out 35 joined at 0.83 / 0.69
    # in session 31, which took it to 0.7865 / 0.9213; its round a (held-out 35: a response
    # said weaker in the old, "which recycles X", "breaks X down", "compound A", "through A
    # and B", "the supplement", "with no rise in Y" after a knockout, "both people and mice",
    # "no study in which", a new clause after an object list, "during two weeks of X"):
    # 0.79117 / 0.9269; its round c (development leftovers: "X is the fuel for Y", "the genes
    # needed to build Y", "For D, the evidence shows a rise in X", a denied rise in an old
    # group with no young one, "a similar programme"): 0.79499 / 0.93056; held-out 36 joined
    # at 0.68 / 0.67 in session 32, which took it to 0.7929 / 0.9259; its round a (held-out
    # 36: "have a weaker grip", "no trial supports that wording", a view painted and then
    # rejected, "less X, the factor that ...", "people over seventy", a trained group with
    # less X than inactive people, "keeps X simmering", "Two enzymes that ..., A and B, rise",
    # "in people whose leg was immobilised"): 0.79666 / 0.92854; its round c (development
    # leftovers: a change after the sentence before's intervention, "tends to carry more X", a
    # trial outcome denied between the arms, age as the agent of a written outcome):
    # 0.79958 / 0.93105; held-out 37 joined at 0.73 / 0.52 in session 33, which took it to
    # 0.7905 / 0.9253; its round b (end to end and leftovers: a molecule that marks a fibre
    # without its nerve goes with denervation): 0.79249 / 0.92548; its round a (held-out 37: a lifter's sets and an interval programme as
    # exercise, a group ranked on a test, "keeps X locked out of the nucleus", "in the first
    # days of bed rest", cells that become fewer or multiply, "the burst"): 0.79653 / 0.92850
    # both merged: 0.79855 / 0.92874; its round d (development leftovers: "have much less of
    # it", an exercise after the adverbial clause's subject, "over the programme", "switches on"
    # a process): 0.80016 / 0.92925; held-out 38 joined at 0.83 / 0.62 in session 34, which
    # took it to 0.7946 / 0.9265; its round a (held-out 38: age comparisons in more wordings,
    # "lifted", "calm inflammation", "men over sixty-five", "adding Y" as a gerund subject, a
    # teller as no agent, "a hundredfold", a marathon as exercise): 0.80008 / 0.92867; with
    # held-out 38's capitalised "Bed rest" listed as a surface form and its round b merged:
    # 0.80048 / 0.92909; its round c (development leftovers: a knockout clause after a need,
    # a blocking that spares much of the muscle, a list before a plural appositive, a trained
    # group against sedentary peers, a contrast clause sharing the exercise): 0.80243 / 0.93059;
    # held-out 39 joined at 0.83 / 0.67 in session 35, which took it to 0.7981 / 0.9276; its
    # round a (held-out 39: "keep X down only in", "hold on to much of the muscle", "gained
    # less", a trained group as subject against inactive people, a second young level,
    # sporting groups over sixty, "sprouts new capillaries", the muscle loss of a condition):
    # 0.80152 / 0.93094; its round c (development leftovers: a sign appositive with a sample
    # word, a list before a counted sign appositive after a verb, "a diagnosis of", a study's
    # name in capitals): 0.79962 / 0.92822 alone; both merged: 0.80303 / 0.93148; held-out 40
    # joined at 0.88 / 0.66 in session 36, which took it to 0.79956 / 0.93029; its round b
    # (end to end: a bracketed abbreviation blocked as its name, a lacking group that ran, a
    # supplement's own level, less X in older muscle as a decline only, a removal told after
    # the denied benefit): 0.79993 / 0.93237; its round a (held-out 40: a drug named by an
    # appositive that blocks X, verbs that start, lengthen or brake, a group given extra of a
    # gene, small weak fibres, an adverb ending the sentence, "some of the damage of", dance and
    # gardening as exercise, a knockout that gets none of a benefit, a sign after a modal, a
    # quoted promise with no good evidence): 0.80510 / 0.93237; both merged: 0.80547 / 0.93444;
    # its round c (development leftovers: a group at an extreme that walked fastest or died
    # sooner, a lowering denied in a later clause, "does the opposite:", a benefit lost once a
    # gene was deleted, a second group that saw no change in either one, "Upon activation,"):
    # 0.80843 / 0.93630
    assert dev.precision >= 0.9363 and dev.recall >= 0.8084
    def pooled(prefixes: str | tuple[str, ...]):
        total = ev.Score()
        for name, sc in dev_per.items():
            if name.startswith(prefixes):
                total.add(sc)
        return total

    late = pooled(tuned_late)
    # 0.871 / 0.664 after session 20; 0.8665 / 0.6555 with held-out 24; 0.870 / 0.663 after
    # session 21; 0.8721 / 0.6692 after session 22's first round; 0.8701 / 0.6658 with
    # held-out 25; 0.8734 / 0.6717 after session 22's second round; 0.8716 / 0.6649 with
    # held-out 26; 0.8748 / 0.6713 after session 23's first round; 0.8763 / 0.6757 after its
    # second round; 0.8761 / 0.6717 with held-out 27; 0.8811 / 0.6839 after session 24's
    # two rounds; 0.8810 / 0.6839 after session 25's end-to-end round (no claim lost or
    # added: a pair of written age sides in one sentence, "with age" and "adults over 65",
    # became one claim with the aging entity, one correct of fewer); 0.8834 / 0.6948 after
    # session 25's three rounds; 0.8793 / 0.6916 with held-out 28; 0.8876 / 0.6999 after its
    # session 25 third round; 0.8884 / 0.7005 merged; 0.8848 / 0.6917 with held-out 30;
    # 0.8889 / 0.6974 after its session 25 fourth round; 0.8859 / 0.6878 with held-out 29 (and
    # session 26's first round); 0.8916 / 0.6954 after its session 26 second round;
    # 0.8927 / 0.6986 after session 26's third round; 0.8947 / 0.7041 after its fourth (disuse),
    # 0.8943 / 0.7062 after its fifth alone; both merged: 0.8962 / 0.7117; 0.8990 / 0.7183
    # after its sixth; 0.9010 / 0.7189 with its end-to-end round 2 merged; 0.8999 / 0.7110
    # with held-out 31; 0.9051 / 0.7251 after its session 27 round b; 0.9137 / 0.7634 with
    # round a merged; 0.9106 / 0.7544 with held-out 32 (session 28); 0.9147 / 0.7616 after
    # its round a, 0.9138 / 0.7631 after its round b, 0.9177 / 0.7692 with both; 0.9159 /
    # 0.7680 with held-out 33 (session 29); 0.9200 / 0.7758 after its round a; 0.9222 / 0.7812
    # after its round b; 0.9182 / 0.7715 with held-out 34 (session 30); 0.9189 / 0.7743 after
    # its round a; 0.9191 / 0.7762 after its round c; 0.9166 / 0.7735 with held-out 35
    # (session 31); 0.9226 / 0.7785 after its round a; 0.9265 / 0.7826 after its round c;
    # 0.9215 / 0.7806 with held-out 36 (session 32); 0.9244 / 0.7846 after its round a;
    # 0.9271 / 0.7877 after its round c; 0.9210 / 0.7784 with held-out 37 (session 33);
    # 0.9212 / 0.7806 after its round b; 0.9245 / 0.7849 after its round a
    # both merged: 0.9247 / 0.7870; 0.9253 / 0.7887 after its round d; 0.9225 / 0.7832 with
    # held-out 38 (session 34); 0.9248 / 0.7890 after its round a; 0.9253 / 0.7894 with its
    # "Bed rest" surface form and round b; 0.9268 / 0.7910 after its round c; 0.9239 / 0.7869
    # with held-out 39 (session 35); 0.9274 / 0.7905 after its round a; 0.9244 / 0.7885 after
    # its round c alone; both merged: 0.9280 / 0.7921; 0.9268 / 0.7887 with held-out 40
    # (session 36); 0.92897 / 0.78910 after its round b; 0.9290 / 0.7946 after its round a;
    # both merged: 0.93121 / 0.79498; 0.93321 / 0.79812 after its round c
    assert late.precision >= 0.933 and late.recall >= 0.798
    (ho8, ho9, ho10, ho11, ho12, ho13, ho14, ho15, ho16, ho17, ho18, ho19, ho20, ho21, ho22,
     ho23, ho24, ho25, ho26, ho27, ho28, ho30, ho29, ho31,
     ho32, ho33, ho34, ho35, ho36, ho37, ho38, ho39, ho40) = (pooled(f"claims_heldout{k}_")
                                                      for k in (8, 9, 10, 11, 12, 13, 14, 15, 16,
                                                                17, 18, 19, 20, 21, 22, 23, 24,
                                                                25, 26, 27, 28, 30, 29, 31, 32,
                                                                33, 34, 35, 36, 37, 38, 39, 40))
    assert ho8.precision >= 0.88 and ho8.recall >= 0.74  # 0.81 / 0.49 when first scored
    assert ho9.precision >= 0.84 and ho9.recall >= 0.58  # 0.77 / 0.44 when first scored
    assert ho10.precision >= 0.88 and ho10.recall >= 0.60  # 0.69 / 0.46 when first scored
    assert ho11.precision >= 0.87 and ho11.recall >= 0.59  # 0.62 / 0.42 when first scored
    assert ho12.precision >= 0.84 and ho12.recall >= 0.58  # 0.76 / 0.48 when first scored
    assert ho13.precision >= 0.78 and ho13.recall >= 0.58  # 0.57 / 0.41 when first scored
    assert ho14.precision >= 0.85 and ho14.recall >= 0.62  # 0.76 / 0.53 when first scored
    # 0.80 / 0.58 when first scored; 0.932 / 0.822 after session 35 round c
    assert ho15.precision >= 0.93 and ho15.recall >= 0.82
    assert ho16.precision >= 0.84 and ho16.recall >= 0.64  # 0.71 / 0.49 when first scored
    assert ho17.precision >= 0.97 and ho17.recall >= 0.61  # 0.78 / 0.31 when first scored
    assert ho18.precision >= 0.91 and ho18.recall >= 0.77  # 0.77 / 0.62 when first scored
    assert ho19.precision >= 0.90 and ho19.recall >= 0.61  # 0.61 / 0.38 when first scored
    assert ho20.precision >= 0.84 and ho20.recall >= 0.64  # 0.76 / 0.44 when first scored
    assert ho21.precision >= 0.90 and ho21.recall >= 0.71  # 0.78 / 0.42 when first scored
    # 0.69 / 0.43 when first scored; 0.981 / 0.902 after session 36 round b
    assert ho22.precision >= 0.98 and ho22.recall >= 0.90
    # 0.72 / 0.49 when first scored; 0.936 / 0.830 after session 36 round b
    assert ho23.precision >= 0.93 and ho23.recall >= 0.83
    assert ho24.precision >= 0.81 and ho24.recall >= 0.59  # 0.74 / 0.48 when first scored
    # 0.83 / 0.60 when first scored; 0.895 / 0.707 after session 22's second round; 0.918 /
    # 0.773 after session 23's rounds; 0.952 / 0.840 after session 36 round b
    assert ho25.precision >= 0.95 and ho25.recall >= 0.84
    # 0.80 / 0.46 when first scored; 0.81 / 0.48 after session 22; 0.838 / 0.589 after
    # session 23's second round; 0.864 / 0.696 after session 24's rounds
    assert ho26.precision >= 0.86 and ho26.recall >= 0.69
    # 0.87 / 0.56 when first scored; 0.957 / 0.737 after session 24's two rounds; 0.961 /
    # 0.825 after session 35 round c
    assert ho27.precision >= 0.96 and ho27.recall >= 0.82
    # 0.74 / 0.57 when first scored; 0.75 / 0.59 after session 25's rounds (not tuned on);
    # 0.975 / 0.804 after its session 25 third round
    assert ho28.precision >= 0.97 and ho28.recall >= 0.80
    # 0.76 / 0.45 when first scored (written after held-out 29, which stays unseen); 0.881 /
    # 0.597 after its session 25 fourth round; 0.894 / 0.694 after session 26's fifth round;
    # 0.898 / 0.714 after its last two (one label added by the guide)
    assert ho30.precision >= 0.89 and ho30.recall >= 0.71
    # 0.80 / 0.42 when first scored (session 24's code); 0.79 / 0.43 at the end of session 25,
    # the unseen set then; 0.926 / 0.556 after its session 26 second round; 0.951 / 0.644
    # after the third to fifth (disuse labels and rules, treated groups)
    assert ho29.precision >= 0.95 and ho29.recall >= 0.64
    # 0.82 / 0.45 when first scored (session 25's code); 0.83 / 0.48 when it joined (session
    # 26's code); 1.00 / 0.906 after its session 27 round b
    assert ho31.precision >= 0.97 and ho31.recall >= 0.90
    # 0.80 / 0.46 when first scored (session 26's code); 0.78 / 0.46 when it joined (session
    # 27's code); 0.915 / 0.737 after its session 28 round b
    assert ho32.precision >= 0.91 and ho32.recall >= 0.73
    # 0.86 / 0.71 when first scored (session 26's code); 0.875 / 0.741 when it joined (session
    # 28's code); 0.963 / 0.918 after its session 29 round a; 0.976 / 0.953 after session 35
    # round c
    assert ho33.precision >= 0.97 and ho33.recall >= 0.95
    # 0.78 / 0.49 when first scored (session 26's code); 0.784 / 0.519 when it joined (session
    # 29's code); 0.818 / 0.595 after its session 30 round a; 0.84 / 0.63 after its round c;
    # 0.862 / 0.658 after session 32 round c; 0.864 / 0.671 after session 36 round a; 0.867 /
    # 0.684 after its round c
    assert ho34.precision >= 0.86 and ho34.recall >= 0.68
    # 0.83 / 0.68 when first scored (session 27's code); 0.83 / 0.69 when it joined (session
    # 30's code); 0.981 / 0.819 after its session 31 round a; 1.00 / 0.847 after its round c
    assert ho35.precision >= 0.99 and ho35.recall >= 0.84
    # 0.66 / 0.64 when first scored (session 28's code); 0.68 / 0.67 when it joined (session
    # 31's code); 0.833 / 0.897 after its session 32 round a; 0.857 / 0.923 after round c;
    # 0.878 / 0.923 after session 34 round c; 0.881 / 0.923 after session 35 round a
    assert ho36.precision >= 0.88 and ho36.recall >= 0.92
    # 0.68 / 0.49 when first scored (session 28's code); 0.73 / 0.52 when it joined (session
    # 32's code); 0.848 / 0.683 after its session 33 round a; 0.868 / 0.720 after session 36
    # round b; 0.855 / 0.720 after session 36 round a; both merged: 0.870 / 0.732
    assert ho37.precision >= 0.86 and ho37.recall >= 0.73
    # 0.82 / 0.59 when first scored (session 29's code); 0.83 / 0.62 when it joined (session
    # 33's code); 0.889 / 0.734 after its session 34 round a; 0.905 / 0.747 with round b and
    # the "Bed rest" form merged; 0.937 / 0.772 after its session 34 round c; 0.937 / 0.785
    # after session 35 round c; 0.953 / 0.797 after session 36 round c
    assert ho38.precision >= 0.95 and ho38.recall >= 0.79
    # 0.81 / 0.63 when first scored (session 30's code); 0.83 / 0.67 when it joined (session
    # 34's code); 0.941 / 0.774 after its session 35 round a; 0.942 / 0.786 after session 36
    # round a
    assert ho39.precision >= 0.94 and ho39.recall >= 0.78
    # 0.87 / 0.62 when first scored (session 31's claims code); 0.875 / 0.656 when it joined
    # (session 35's code); 0.964 / 0.844 after its session 36 round a; 0.982 / 0.875 after
    # round c
    assert ho40.precision >= 0.98 and ho40.recall >= 0.87
    # claims_heldout3_abstract labels "training restores X in old muscle" as an induction
    # only; held-out 4 and 5 label it preserved_by_training too, which the rules now say
    # (two false positives there: docs/claims.md)
    older = [sc for name, sc in dev_per.items()
             if not name.startswith(tuned_late) and name != "claims_heldout3_abstract"]
    assert all(sc.precision >= 0.95 for sc in older), {
        name: sc.false for name, sc in dev_per.items() if sc.precision < 0.95}
    assert dev_per["claims_heldout3_abstract"].precision >= 0.85
    assert all(sc.recall >= 0.88 for name, sc in dev_per.items()
               if not name.startswith(tuned_late)), {
        name: sc.misses for name, sc in dev_per.items() if sc.recall < 0.88}
    e2e, _ = ev.evaluate_labelled(held_out=False, end_to_end=True)  # with our own grounding
    # (0.63 before held-out 19 joined, which end to end found 26 of its 60 claims against 38
    # with its labelled mentions: the protein was named by its HGNC head word and number, not
    # grounded until session 16b; now 36 of 60, pooled 0.626)
    # (0.625 before held-out 20 joined, which took the pool to 0.614; 0.6246 after its round,
    # 0.630 after the second)
    # (0.815 / 0.630 before session 18's second round, which grounded names the lexicon
    # lacked and read drug instruments: 0.823 / 0.641)
    # (held-out 22 joined at 0.65 / 0.34 end to end, which took the pool to 0.818 / 0.629; its
    # session 19 round: 0.816 / 0.632; its second round: 0.818 / 0.639; held-out 23 joined at
    # 0.71 / 0.45, which took it to 0.815 / 0.632; its session 20 round: 0.819 / 0.641;
    # held-out 24 joined at 0.73 / 0.46, which took it to 0.8157 / 0.6342; its session 21
    # round: 0.8186 / 0.6410; session 22 round (development leftovers): 0.8201 / 0.6447;
    # held-out 25 joined at 0.75 / 0.56, which took it to 0.8168 / 0.6409; its session 22
    # second round: 0.8199 / 0.6463; session 23 round (development leftovers): 0.8230 / 0.6522;
    # held-out 26 joined at 0.79 / 0.43, which took it to 0.8225 / 0.6456; its session 23
    # second round: 0.8240 / 0.6496; session 24 round (development leftovers): 0.8258 / 0.6536;
    # held-out 27 joined at 0.80 / 0.53, which took it to 0.8233 / 0.6457 without that round;
    # its session 24 second round, with the first: 0.8283 / 0.6563; session 24 end-to-end
    # round (forms abbreviated, short names, classifying families, "X programme"): 0.8333 /
    # 0.6657; session 25 end-to-end round (an age-word group has the aging entity as its side
    # without a mention of aging, a written exercise subject before "the expression of X", a
    # molecule noun as an anaphor): 0.8423 / 0.6763; merged with the session 25 rounds on
    # development leftovers: 0.8437 / 0.6863; held-out 28 joined at 0.70 / 0.59, which took
    # it to 0.8395 / 0.6836; session 25 end-to-end round 2 (a bare "training" with no named
    # training is Exercise, named exercise forms curated, "the programme" named back):
    # 0.8469 / 0.6928; its third round (held-out 28) alone: 0.8473 / 0.6912; both: 0.8547 /
    # 0.7004; held-out 30 joined at 0.71 / 0.40, which took it to 0.8515 / 0.6908; its
    # session 25 fourth round: 0.8545 / 0.6950; session 26 round on development leftovers:
    # 0.8550 / 0.6986, after a treatment given to a group compared with the young stopped
    # reading as the treatment raising Aging, a claim that had matched a written-object label
    # by chance: 0.8557 / 0.6992 with it; 0.8509 / 0.6867 with held-out 29; session 26
    # end-to-end round (outcomes, a pathway, exercise verbs, drug codes and a compound
    # grounded) alone 0.8609 / 0.7070, merged with held-out 29: 0.8578 / 0.6987; held-out 29's
    # session 26 second round alone 0.8566 / 0.6937, merged 0.8634 / 0.7057; session 26
    # third round (development leftovers): 0.8644 / 0.7087, unchanged by the fourth round's
    # labels; its rules, with "immobilised" and "sit idle" grounded as disuse: 0.8654 / 0.7147;
    # its fifth round alone (treated groups, outcomes in figures, closed gaps, ...): 0.8671 /
    # 0.7157; both merged: 0.8681 / 0.7217; its sixth round (development leftovers) alone:
    # 0.8707 / 0.7279; session 26 end-to-end round 2 (no age or exercise relation of a
    # grounded outcome, an exercise that no longer helps after a knockout, an opening clause
    # as a written subject, the loss of an outcome, running wheels, "it" after a passive
    # clause) alone: 0.8783 / 0.7257; both merged: 0.8809 / 0.7319; session 26 end-to-end
    # round 3 (precision: a loss's definition, a quantifier as written subject, a molecule in
    # an appositive, a written subject holding "them"): 0.8846 / 0.7319; held-out 31 joined at
    # 0.82 / 0.47 in session 27, which took it to 0.8834 / 0.7237; its session 27 round b:
    # 0.8882 / 0.7373; with round a merged: 0.8953 / 0.7717; held-out 32 joined at 0.79 / 0.42
    # in session 28, which took it to 0.8934 / 0.7623; its round a: 0.8971 / 0.7679; its
    # round b: 0.8963 / 0.7693; both merged: 0.8998 / 0.7741; its round c (end to end: a
    # limb in a cast, days in bed, extra protein, regular training, the EP receptor subtypes
    # grounded; "running smoothly" no exercise; "X-pathway drugs" aimed at X; "endurance or
    # mixed training"): 0.9012 / 0.7778); held-out 33 joined at 0.77 / 0.67 in session 29,
    # which took it to 0.8961 / 0.7737; its round a (and leucine, ladder climbing grounded):
    # 0.9018 / 0.7819; 0.9064 / 0.7887 after its round b (development leftovers, an opening
    # "it" a sentence defines, "... during exercise and that recruits Y"); held-out 34 joined
    # in session 30, which took it to 0.9026 / 0.7785; its round a: 0.9023 / 0.7798; its
    # round b (end to end: exercise snacks and an intervention's bare head, a numbered name's
    # bare word, "X, an aside, falls", "the old runners", "X pills"): 0.9055 / 0.7833; both
    # merged: 0.9052 / 0.7846; its round c (development leftovers): 0.9053 / 0.7859; held-out
    # 35 joined in session 31, which took it to 0.9031 / 0.7839; its round a (held-out 35):
    # 0.9085 / 0.7886; its round b (end to end: treadmill running, a receptor's and a
    # myokine's written names grounded; the context's exercise word inside a named exercise):
    # 0.9037 / 0.7848; both merged: 0.9090 / 0.7895; its round c (development leftovers):
    # 0.91296 / 0.7924; held-out 36 joined in session 32, which took it to 0.9073 / 0.7891;
    # its round a (held-out 36): 0.9079 / 0.7908; its round b (end to end: an object pronoun
    # after a grounded exercise handed on, a weaker rise in the old after a sentence that
    # trained): 0.90786 / 0.78998; both merged: 0.9085 / 0.7916; its round c (development
    # leftovers): 0.90883 / 0.79499; held-out 37 joined in session 33, which took it to
    # 0.9028 / 0.7844; its round b (end to end: spaceflight, a plaster cast and lifelong
    # exercisers grounded as interventions; a molecule that marks a fibre without its nerve
    # goes with denervation): 0.9050 / 0.7881; its round a (held-out 37): 0.90543 / 0.78886
    # both merged: 0.9076 / 0.7925; its round c (end to end: a limb in a brace as disuse,
    # "inflammatory" as a short symbol's gene cue, "a fall" as an accidental fall, rowing as
    # exercise): 0.90905 / 0.79491; its round d (development leftovers): 0.9091 / 0.7957;
    # held-out 38 joined in session 34, which took it to 0.9061 / 0.7895; its round a
    # (held-out 38): 0.9074 / 0.7946; its round b (end to end: "the programme" after "N weeks
    # of X" and "a single session" after "N sessions of X" are X, treadmill training as
    # endurance training, "each walk" as walking): 0.90835 / 0.79108; both merged: 0.9097 / 0.7962;
    # its round c (development leftovers): 0.91151 / 0.79812; held-out 39 joined in session
    # 35, which took it to 0.9075 / 0.7932; its round b (end to end: a whey shake as whey
    # protein, denervated muscle as denervation, APJ as APLNR): 0.90841 / 0.79394; its round a
    # (held-out 39): 0.91028 / 0.79621; both merged: 0.91116 / 0.79697; its round c
    # (development leftovers): 0.90853 / 0.79508 alone; all three merged: 0.91128 / 0.79811;
    # held-out 40 joined in session 36, which took it to 0.9084 / 0.7933; its round b (end to
    # end: a limb in a cast as disuse, sculling as rowing, a measured amount that falls as no
    # accident, and the claim rules of its development leftovers): 0.91221 / 0.79586; its round
    # a (held-out 40): 0.91052 / 0.79882; both merged: 0.91429 / 0.80141; its round c
    # (development leftovers): 0.91489 / 0.80325; its round d (end to end: antibody names,
    # gardening, an ageing marker, a grounded outcome after an arrow, a hyphenated degree, an
    # appositive's name): 0.91738 / 0.80510 alone; both merged: 0.91798 / 0.80695
    assert e2e.precision >= 0.917 and e2e.recall >= 0.806
    # the unseen set (held_out: true) and the floor of its first score (HELD_OUT_TEXTS): when
    # it is tuned on, mark it held_out: false and name the next set's files and floor there
    held_docs = ev.labelled_docs(held_out=True)
    held, held_per = ev.evaluate_labelled(held_out=True)
    assert set(held_per) == {d["doc_id"] for d in held_docs}
    # between rounds (the last set tuned on, the next not yet landed or not yet named here)
    # HELD_OUT_TEXTS may still name the set just tuned on, until the lead points it at the
    # new one: then the held-out texts, if any, are not checked against its floor
    stale = set(dev_per) >= HELD_OUT_TEXTS
    assert stale or set(held_per) in (HELD_OUT_TEXTS, set())
    assert not (set(held_per) & set(dev_per))
    if held_docs and not stale:  # an empty held-out set (between rounds) has no floor to meet
        assert held.precision >= HELD_OUT_FLOOR[0] and held.recall >= HELD_OUT_FLOOR[1]
    assert ev.main(["-v", "--species"]) == 0
    out = capsys.readouterr().out
    assert "DEVELOPMENT [strict]" in out and "seeds [all]" in out and "DEVELOPMENT [e2e]" in out
    # a new unseen set (held_out: true) is scored on its own lines, or reported absent
    assert ("HELD OUT [strict]" in out) == bool(held_docs)
    assert ("HELD OUT: none" in out) == (not held_docs)
    # even verbose, the unseen set shows its pooled score only: no text's name, score line,
    # missed or false claim (what whoever tunes the rules must not see)
    assert "missed:" in out
    for doc in held_docs:
        assert doc["doc_id"] not in out
        for claim in doc["claims"]:
            assert claim["evidence"][:80] not in out, claim["evidence"]


def test_the_scorer_rejects_a_wrong_relation_subject_or_place():
    ev = _evaluation()
    gold = ev.Gold(spans=[(0, 10)], relation="increases", subject_ids={"HGNC:1"},
                   subject_text=None, object_ids=set(), object_text="x")
    good = {"char_start": 0, "char_end": 12, "relation": "increases", "subject_id": "HGNC:1",
            "subject_text": None, "object_id": None, "object_text": "y"}
    assert ev.matches(good, gold, {}, lenient=False)
    assert not ev.matches({**good, "relation": "decreases"}, gold, {}, lenient=True)
    assert not ev.matches({**good, "relation": "activates"}, gold, {}, lenient=False)
    assert ev.matches({**good, "relation": "activates"}, gold, {}, lenient=True)
    assert not ev.matches({**good, "subject_id": "HGNC:2"}, gold, {}, lenient=False)
    assert not ev.matches({**good, "char_start": 20, "char_end": 30}, gold, {}, lenient=False)


# ---------------------------------------------------------------------------- sentence classes

# Sentences written for these tests, one per class of sentence shape fixed in session 5 (the
# held-out 4 and held-out 5 rounds). Extra surfaces: aging itself, and a programme named once
# with an exercise word.
CLASS_LEXICON = {
    "Ageing": ("AGEFACTS:ageing", "condition", "ageing"),
    "aging": ("AGEFACTS:ageing", "condition", "ageing"),
    "cycling programme": ("AGEFACTS:cycling", "intervention", "cycling programme"),
    "programme": ("AGEFACTS:cycling", "intervention", "cycling programme"),
    "Endurance training": ("AGEFACTS:endurance_training", "intervention", "endurance training"),
}
CYCLING, ENDURANCE = "AGEFACTS:cycling", "AGEFACTS:endurance_training"
RESISTANCE, AGEING = "AGEFACTS:resistance_training", "AGEFACTS:ageing"
SENTENCE_CLASSES = [
    # held-out 4 classes: (text, subject, relation, object or None, negated)
    ("SIRT1 reins in NF-κB in resting muscle.",
     "HGNC:14929", "inhibits", "FPLX:NFkappaB", False),
    ("AMPK recruits SIRT1 to the nucleus.", "FPLX:AMPK", "activates", "HGNC:14929", False),
    ("Deleting SIRT3 made muscles weaker.", "HGNC:14931", "increases", "muscles weaker", False),
    ("Muscle from older adults contains less TFAM than muscle from young adults.",
     "HGNC:11741", "declines_with_age", None, False),
    ("IL-15 did not differ between the age groups.",
     "HGNC:5977", "declines_with_age", None, True),
    ("Those with the highest IL-6 had higher mortality.",
     "HGNC:6018", "associated_with", "MESH:D009026", False),
    ("Older adults joined a cycling programme. The programme also raised BDNF.",
     "HGNC:1033", "induced_by_exercise", CYCLING, False),
    ("IL-6 rose in old mice; lowering IL-6 raised BDNF.",
     "HGNC:6018", "decreases", "HGNC:1033", False),
    ("Muscle fibres secrete irisin when they contract.",
     "HGNC:20240", "induced_by_exercise", None, False),
    # held-out 5 classes
    ("SIRT3 is expected to decline in ageing hearts.",  # a verb, not "the decline in"
     "HGNC:14931", "declines_with_age", None, False),
    ("Myostatin was not lowered by resistance training.",  # an exercise agent, denied
     RESISTANCE, "decreases", "HGNC:4223", True),
    ("After a year of resistance training, IL-6 did not drop in the elderly participants.",
     RESISTANCE, "decreases", "HGNC:6018", True),  # the old are where training acted
    ("Older adults joined a resistance training trial. IL-6 fell after training.",
     RESISTANCE, "decreases", "HGNC:6018", False),  # "training" is the trial named before
    ("Endurance training rescued TFAM in old rats.",
     "HGNC:11741", "preserved_by_training", ENDURANCE, False),
    ("After endurance training, NRF1 rose back to the range seen in young adults.",
     "HGNC:7996", "preserved_by_training", ENDURANCE, False),
    ("Ageing changes muscle. BDNF was 30% higher in older than in younger adults.",
     "HGNC:1033", "associated_with", AGEING, False),
    ("Aged rats activated PGC-1α far more weakly after treadmill running than young rats.",
     "HGNC:9237", "not_induced_in_aged", None, False),
    ("After exercise, PGC-1α was activated robustly in young adults but only poorly in "
     "older adults.", "HGNC:9237", "not_induced_in_aged", None, False),
    ("Treadmill running raised FGF21 in young mice. In old mice, the same session gave only "
     "a modest rise in FGF21.", "HGNC:3678", "not_induced_in_aged", None, False),
    ("Samples drawn after exercise showed that AMPK was activated in young adults.",
     "FPLX:AMPK", "induced_by_exercise", "AGEFACTS:exercise", False),
    ("Klotho, which docks onto FGF21 and blocks it, circulates in the blood.",
     "HGNC:6344", "inhibits", "HGNC:3678", False),
    ("AMPK, the cell's energy gauge, which in turn activates PGC-1α, responds to fasting.",
     "FPLX:AMPK", "activates", "HGNC:9237", False),
    ("Endurance training raised TFAM. NRF1 did not change.",
     "HGNC:7996", "induced_by_exercise", ENDURANCE, True),
    ("SIRT1 is needed to keep muscle healthy.",
     "HGNC:14929", "required_for", "keep muscle healthy", False),
    ("FNDC5 appears to be a key part of that effect.",
     "HGNC:20240", "required_for", "effect", False),
    ("Old rats carried less TFAM and less NRF1 than young rats.",
     "HGNC:7996", "declines_with_age", None, False),
    ("TFAM and NRF1 fell with age. After endurance training, the fibres made more of both "
     "genes.", "HGNC:7996", "induced_by_exercise", ENDURANCE, False),
    ("SIRT3 was neither reduced in aged rats nor changed by endurance training.",
     "HGNC:14931", "declines_with_age", None, True),
]


@pytest.mark.parametrize(("text", "subject", "relation", "obj", "negated"), SENTENCE_CLASSES)
def test_sentence_classes_read_as_a_user_expects(
    text: str, subject: str, relation: str, obj: str | None, negated: bool,
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(sys.modules[__name__], "LEXICON", {**LEXICON, **CLASS_LEXICON})
    row = one(claims_of(text), subject, relation, obj)
    assert row["negated"] is negated


def test_restoring_and_weak_responses_do_not_also_claim_the_plain_reading():
    # a weak response in the old is no induction there
    rows = claims_of("Aged rats activated PGC-1α far more weakly after treadmill running "
                     "than young rats.")
    assert all(r["relation"] != "induced_by_exercise" for r in rows)
    # a restoring exercise is both an induction and a preservation, never a plain increase
    rows = claims_of("Endurance training rescued TFAM in old rats.")
    assert {r["relation"] for r in rows} == {"induced_by_exercise", "preserved_by_training"}
    # a population of old mice is not what lowered X
    rows = claims_of("After a year of resistance training, IL-6 did not drop in the "
                     "elderly participants.")
    assert all(r["relation"] != "declines_with_age" for r in rows)
