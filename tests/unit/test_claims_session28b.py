"""Session 28, round b (held-out 32 tuned on): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

#: the test lexicon with a few more genes, a disuse, a made-up drug and organisms
LEX = {**LEXICON,
       "FOXO1": ("HGNC:3819", "gene", "FOXO1"),
       "TRIM63": ("HGNC:16007", "gene", "TRIM63"),
       "FBXO32": ("HGNC:16731", "gene", "FBXO32"),
       "MYOD1": ("HGNC:7611", "gene", "MYOD1"),
       "splinted": ("AGEFACTS:limb_immobilisation", "intervention", "limb immobilisation"),
       "splinting": ("AGEFACTS:limb_immobilisation", "intervention", "limb immobilisation"),
       "bed-rest": ("AGEFACTS:bed_rest", "intervention", "bed rest"),
       "ZX-9": ("AGEFACTS:zx_9", "intervention", "ZX-9"),
       "wheel running": ("AGEFACTS:wheel_running", "intervention", "wheel running"),
       "old": ("AGEFACTS:aging", "condition", "aging"),
       "ponies": ("NCBITaxon:9796", "species", "Equus caballus")}

AGING = {"AGEFACTS:aging", "MESH:D000375"}


def of(rows: list[dict], relation: str) -> set[tuple]:
    return {(r["subject_id"] or r["subject_text"], r["object_id"] or r["object_text"])
            for r in rows if r["relation"] == relation}


def test_a_definition_by_a_flip_phrase():
    # "a small molecule that blocks X" flips X inside a noun phrase; after "D is" it says
    # what D does
    rows = claims_of("ZX-9 is a small compound that blocks FOXO1.", lexicon=LEX)
    assert ("AGEFACTS:zx_9", "inhibits", "HGNC:3819") in triples(rows)
    rows = claims_of("IL-6 is a molecule that inhibits SIRT1.", lexicon=LEX)
    assert ("HGNC:6018", "inhibits", "HGNC:14929") in triples(rows)


def test_the_defined_drug_stays_the_it_of_later_sentences():
    rows = claims_of("ZX-9 is a synthetic compound that blocks FOXO1. The lab injected it into "
                     "aged ponies before splinting. It cut the wasting by about a third and kept "
                     "TRIM63 near normal. It did not improve running speed in young ponies.",
                     lexicon=LEX)
    dec = of(rows, "decreases")
    assert ("AGEFACTS:zx_9", "HGNC:16007") in dec
    assert any(s == "AGEFACTS:zx_9" and "wasting" in o for s, o in dec)
    assert any(r["subject_id"] == "AGEFACTS:zx_9" and r["relation"] == "increases"
               and r["negated"] and "running speed" in r["object_text"] for r in rows)
    assert not any(r["subject_text"] and "wasting" in r["subject_text"] for r in rows)


def test_kept_low_is_a_decrease():
    rows = claims_of("In the treated ponies, IL-6 kept TNF-alpha low.", lexicon=LEX)
    assert ("HGNC:6018", "decreases", "HGNC:11892") in triples(rows)
    assert ("HGNC:6018", "increases", "HGNC:11892") not in triples(rows)
    # keeping a level up is still maintenance
    rows = claims_of("IL-6 kept TNF-alpha high.", lexicon=LEX)
    assert ("HGNC:6018", "decreases", "HGNC:11892") not in triples(rows)


def test_a_cut_with_its_size_and_a_trimmed_loss():
    rows = claims_of("Metformin cut the wasting by nearly 30% in old ponies.", lexicon=LEX)
    assert any(r["subject_id"] == "AGEFACTS:metformin" and r["relation"] == "decreases"
               for r in rows)
    rows = claims_of("The FOXO1 arm matters less: deleting FOXO1 trimmed the loss only a little.",
                     lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:3819" and r["relation"] == "increases"
               and "loss" in (r["object_text"] or "") for r in rows)


def test_a_disused_part_opening_the_sentence():
    rows = claims_of("In the splinted leg, FOXO1 rose about twofold.", lexicon=LEX)
    assert ("AGEFACTS:limb_immobilisation", "increases", "HGNC:3819") in triples(rows)
    rows = claims_of("In splinted muscle the enzyme TRIM63 climbed, and it switched on FBXO32.", lexicon=LEX)
    assert ("AGEFACTS:limb_immobilisation", "increases", "HGNC:16007") in triples(rows)
    # with an age contrast in the clause, both readings
    rows = claims_of("In the splinted leg, FOXO1 rose twofold in young ponies and fivefold in "
                     "old ones.", lexicon=LEX)
    assert ("AGEFACTS:limb_immobilisation", "increases", "HGNC:3819") in triples(rows)
    assert any(r["subject_id"] == "HGNC:3819" and r["object_id"] in AGING for r in rows)


def test_a_content_compared_with_carried():
    rows = claims_of("Even before splinting, aged fibres held about three times as much FOXO1 "
                     "as young fibres.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:3819" and r["relation"] == "associated_with"
               and r["object_id"] in AGING for r in rows)
    assert not any(r["subject_id"] == "AGEFACTS:limb_immobilisation" for r in rows)


def test_speeding_up_a_breakdown_and_a_relative_that_marks():
    rows = claims_of("FOXO1 speeds up the breakdown of tendon collagen.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:3819" and r["relation"] == "increases"
               and "breakdown" in r["object_text"] for r in rows)
    rows = claims_of("Running raised MYOD1, the factor that marks regrowing fibres.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:7611" and r["relation"] == "associated_with"
               and "fibres" in (r["object_text"] or "") for r in rows)


def test_an_instruction_to_stop_and_a_helping_relative():
    rows = claims_of("GDF15 acts as a brake: it tells bone to stop forming.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:30142" and r["relation"] == "inhibits" for r in rows)
    rows = claims_of("SIRT1 is a protein that helps liver cells make and store insulin.",
                     lexicon=LEX)
    assert ("HGNC:14929", "increases", "HGNC:6081") in triples(rows)
    rows = claims_of("SIRT1 is an enzyme that helps tendon keep its collagen.", lexicon=LEX)
    assert any(r["subject_id"] == "HGNC:14929" and r["relation"] == "increases"
               and "collagen" in (r["object_text"] or "") for r in rows)


def test_the_boost_in_x_weaker_in_the_old():
    rows = claims_of("In older ponies the boost in IL-6 after a gallop is smaller than in "
                     "younger ponies.", lexicon=LEX)
    assert ("HGNC:6018", "not_induced_in_aged") in {(r["subject_id"], r["relation"]) for r in rows}


def test_a_group_named_by_its_disuse_is_no_object():
    rows = claims_of("Metformin did not keep FOXO1 from rising in the bed-rest patients.",
                     lexicon=LEX)
    assert not any(r["object_id"] == "AGEFACTS:bed_rest" for r in rows)
    assert any(r["object_id"] == "HGNC:3819" and r["negated"] for r in rows)
    rows = claims_of("Metformin lowered FOXO1 in the bed-rest rats.", lexicon=LEX)
    assert triples(rows) == {("AGEFACTS:metformin", "decreases", "HGNC:3819")}


def test_a_rise_in_both_age_groups_is_no_age_association():
    rows = claims_of("FOXO1 and TRIM63 climbed in both age groups, and the rise in FOXO1 was "
                     "twice as large in the older ponies.", lexicon=LEX)
    aged = {r["subject_id"] for r in rows if r["object_id"] in AGING}
    assert aged == {"HGNC:3819"}


def test_knockouts_named_back():
    rows = claims_of("Ponies lacking FOXO1 kept more muscle in the splint. In these mutant "
                     "ponies, TRIM63 and FBXO32 stayed flat.", lexicon=LEX)
    assert {("HGNC:3819", "HGNC:16007"), ("HGNC:3819", "HGNC:16731")} <= of(rows, "required_for")
    # a change that happened as usual says nothing of the knockout
    rows = claims_of("Ponies lacking FOXO1 kept more muscle in the splint. In these mutant "
                     "ponies, TRIM63 rose as usual.", lexicon=LEX)
    assert not of(rows, "required_for")
