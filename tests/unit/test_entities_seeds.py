"""The seed articles: every gene and family a curator found is grounded, and nothing else is."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions

SEED_FILES = ["000_11a567a2f0d6e70c.txt", "001_2df33e6f99b66207.txt", "002_9736bdc933a5752a.txt"]


def _gold_ids(entry: dict) -> set[str]:
    return {i for i in (entry.get("hgnc_id"), entry.get("famplex_id")) if i}


@pytest.mark.parametrize("name", SEED_FILES)
def test_gold_genes_and_families_are_found_at_their_surface_forms(name, gold, seeds_dir) -> None:
    text = (seeds_dir / name).read_text(encoding="utf-8")
    mentions = find_mentions(text)
    by_surface: dict[str, set[str]] = {}
    for m in mentions:
        by_surface.setdefault(text[m.start : m.end], set()).add(m.entity.entity_id)
    expected = [e for e in gold[name]["entities"] if _gold_ids(e)]
    assert expected
    missed = [
        (form, sorted(_gold_ids(e)))
        for e in expected
        for form in e["surface_forms"]
        if not by_surface.get(form, set()) & _gold_ids(e)
    ]
    assert missed == []


@pytest.mark.parametrize("name", SEED_FILES)
def test_no_gene_outside_the_gold_annotation(name, gold, seeds_dir) -> None:
    text = (seeds_dir / name).read_text(encoding="utf-8")
    allowed = set().union(*(_gold_ids(e) for e in gold[name]["entities"]))
    found = {m.entity.entity_id for m in find_mentions(text) if m.entity.kind in ("gene", "family")}
    assert found - allowed == set()


def test_seed_conditions_and_cohorts(gold, seeds_dir) -> None:
    name = SEED_FILES[2]
    text = (seeds_dir / name).read_text(encoding="utf-8")
    found = {(text[m.start : m.end].lower(), m.entity.kind) for m in find_mentions(text)}
    for condition in ("sarcopenia", "osteoporosis", "frailty", "all-cause mortality"):
        assert (condition, "condition") in found
    first = (seeds_dir / SEED_FILES[0]).read_text(encoding="utf-8")
    assert ("UK Biobank", "agefacts.cohort:uk_biobank") in {
        (first[m.start : m.end], m.entity.entity_id) for m in find_mentions(first)
    }
