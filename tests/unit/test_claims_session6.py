"""Claim classes found on held-out 7 (session 6), each on made-up sentences.

Mentions are built by hand from a small lexicon, as the entity extractor would produce them.
"""

from __future__ import annotations

from tests.unit.test_claims import claims_of as _claims_of
from tests.unit.test_claims import triples

# surface -> (entity_id, kind, label)
LEXICON = {
    "MYF5": ("HGNC:7565", "gene", "MYF5"),
    "Myf5": ("HGNC:7565", "gene", "MYF5"),
    "SOX9": ("HGNC:11204", "gene", "SOX9"),
    "TGFB1": ("HGNC:11766", "gene", "TGFB1"),
    "NAMPT": ("HGNC:30092", "gene", "NAMPT"),
    "Wnt": ("FPLX:WNT", "family", "WNT"),
    "ageing": ("AGEFACTS:aging", "condition", "aging"),
    "aging": ("AGEFACTS:aging", "condition", "aging"),
    "sprint training": ("AGEFACTS:sprint_training", "intervention", "sprint training"),
}


def claims_of(text: str) -> list[dict]:
    return _claims_of(text, doc_id="d", lexicon=LEXICON)


def test_marker_positive_cells_still_name_the_gene():
    rows = claims_of("The share of MYF5-positive cells was associated with grip strength.")
    assert ("HGNC:7565", "associated_with", "grip strength") in triples(rows)
    # any other hyphened word still makes the mention a modifier, no subject
    assert not claims_of("SOX9-independent uptake was associated with grip strength.")


def test_a_decline_with_age_is_with_the_documents_aging_entity():
    text = ("Muscle ageing is slow. SOX9 expression was lower in biopsies from older than "
            "from younger women. In rats, TGFB1-expressing cells fall by half between 3 and "
            "20 months of age.")
    got = triples(claims_of(text))
    assert ("HGNC:11204", "declines_with_age", "AGEFACTS:aging") in got
    assert ("HGNC:11766", "declines_with_age", "AGEFACTS:aging") in got


def test_without_an_aging_entity_the_decline_keeps_the_written_age():
    got = triples(claims_of("SOX9 expression falls in geriatric mice."))
    assert [t for t in got if t[:2] == ("HGNC:11204", "declines_with_age")]
    assert all(t[2] != "AGEFACTS:aging" for t in got)


def test_the_age_a_decline_is_with_is_no_antecedent_of_it():
    text = ("Muscle ageing is slow. NAMPT declines with age in sedentary adults, yet older "
            "sprinters after years of sprint training carried as much of it as the young.")
    got = triples(claims_of(text))
    assert not [t for t in got if t[0] == "AGEFACTS:aging"]


def test_removing_a_gene_that_abolishes_a_process_is_required_for_it():
    got = triples(claims_of("In adult mice, targeted deletion of Sox9 eliminates cartilage "
                            "repair. Loss of SOX9 abolishes scar formation."))
    assert ("HGNC:11204", "required_for", "scar formation") in got
    assert not [t for t in got if t[1] == "increases"]


def test_neutralising_is_an_inhibition_and_as_a_gerund_flips_its_object():
    got = triples(claims_of("NAMPT binds TGFB1 and neutralises it."))
    assert ("HGNC:30092", "inhibits", "HGNC:11766") in got
    # a gerund after ", and" or an opening adjunct is the clause's (flipped) subject
    got = triples(claims_of("SOX9 was high in the scar, and neutralising TGFB1 with a "
                            "drug reduced fibrosis. In old rats, neutralising SOX9 lowered "
                            "fibrosis."))
    assert ("HGNC:11766", "increases", "fibrosis") in got
    assert ("HGNC:11204", "increases", "fibrosis") in got


def test_a_training_block_is_no_blocking_verb():
    got = triples(claims_of("No pill raises NAMPT the way a sprint training block does."))
    assert not [t for t in got if t[1] == "inhibits"]


def test_what_a_group_is_said_to_have_is_no_object_of_the_group():
    got = triples(claims_of("Older women who have more SOX9-positive nuclei tend to walk "
                            "slowly."))
    assert not [t for t in got if t[2] == "HGNC:11204"]
