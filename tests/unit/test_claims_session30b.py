"""Session 30, round b (end to end): made-up sentences of the shapes fixed in the entity stage
(claims read from the pipeline's own mentions)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def _interventions(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity.entity_id) for m in find_mentions(text)
            if m.entity.kind == "intervention"]


SNACKS = "agefacts.intervention:exercise_snacks"


def test_exercise_snacks_are_their_own_intervention():
    assert _interventions("The ponies did exercise snacks before breakfast.") == [
        ("exercise snacks", SNACKS)]


@pytest.mark.parametrize("later", [
    "After six weeks of snacks, FOO1 was back up.",
    "So the snacks restored FOO1.",
    "These snacks did not lower FOO1.",
])
def test_the_bare_head_of_a_named_intervention_is_that_intervention_again(later):
    text = f"The ponies did exercise snacks three times a day. {later}"
    assert ("snacks", SNACKS) in _interventions(text)


@pytest.mark.parametrize(("text", "kept"), [
    # the head before the full name, a head of another noun, an arm, no determiner
    ("Salty snacks were banned. The ponies did exercise snacks. So the snacks helped.", 1),
    ("The ponies did exercise snacks. The snacks-based plan failed. So the snacks helped.", 1),
    ("The ponies did exercise snacks. The snacks group ate more. So the snacks helped.", 1),
    ("The ponies did exercise snacks. Salty snacks were banned. So the snacks helped.", 1),
    # a head shared by two named interventions is left alone
    ("Group A did exercise snacks and group B did sprint sessions. The sessions helped.", 0),
])
def test_only_a_shortened_head_is_grounded(text, kept):
    heads = [s for s, _ in _interventions(text) if s in ("snacks", "sessions")]
    assert len(heads) == kept
    assert ("exercise snacks", SNACKS) in _interventions(text)


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    ("Ponies that had trained for decades kept FOO1 high.", "trained for decades",
     "agefacts.intervention:lifelong_exercise_training"),
    ("Twelve days of lying down lifted FOO1 in old ponies.", "days of lying down", "MESH:D001510"),
    ("FOO1 rose after the sprint sessions.", "sprint sessions",
     "agefacts.intervention:sprint_interval_training"),
])
def test_general_forms_of_curated_interventions(text, surface, entity_id):
    assert (surface, entity_id) in _interventions(text)


def _genes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind == "gene"]


def test_a_numbered_name_makes_its_bare_word_that_gene_later():
    text = ("A protein called sestrin 1 rises after a ride. The pony treats a ride as a signal "
            "to switch on sestrin, and a sestrin-raising pill is far off. Sestrins are many; "
            "sestrin 2 was not measured, so the sestrin story is open.")
    genes = _genes(text)
    assert ("sestrin", "SESN1") in genes
    assert genes.count(("sestrin", "SESN1")) == 2  # switch on sestrin; sestrin-raising
    # before the name, the plural, and after a second member: no gene
    assert ("Sestrins", "SESN1") not in genes
    assert sum(1 for s, _ in genes if s == "sestrin") == 2


def test_a_verb_after_a_molecule_and_its_aside_is_no_condition():
    def conditions(text):
        return [text[m.start:m.end] for m in find_mentions(text) if m.entity.kind == "condition"]
    assert conditions("FOXN1, a protein named for a poet, falls in the serum over time.") == []
    # a fall suffered by people is still one
    assert conditions("In older adults, falls in the home are common.") == ["falls"]


def test_the_people_of_an_exercise_after_an_age_word_are_an_age_group():
    text = "In the old runners, MSTN was a third of the level in the young runners; trained runners differ."
    assert _interventions(text) == [("runners", "MESH:D012420")]  # only "trained runners"


def test_an_intervention_spans_its_dosage_form():
    text = "In a small trial, NAD+ precursor pills raised FOO1 in old ponies."
    assert ("NAD+ precursor pills", "agefacts.intervention:nad_precursors") in _interventions(text)
