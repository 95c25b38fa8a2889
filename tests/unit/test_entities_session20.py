"""Session 20 (batches bn, bo), genes: a short HGNC alias named outright in a naming frame ("a
receptor called FOO") is grounded there and later in the document (made-up sentences)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def _genes(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind == "gene"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The hormone works through a receptor called AC1 on the cell surface.", ("AC1", "ADCY1")),
    ("It is broken down by an enzyme known as HMT in the liver.", ("HMT", "HNMT")),
    ("Stress switches on a small protein named “YB1” in older muscle.", ("YB1", "YBX1")),
    ("The signal passes to a tyrosine kinase termed ACK inside the fibre.", ("ACK", "TNK2")),
])
def test_a_short_alias_named_in_a_frame_is_the_gene(text, expected):
    assert expected in _genes(text)


def test_later_occurrences_of_the_named_alias_count_too():
    text = ("Muscle releases a peptide that binds a receptor called AC1. "
            "Blocking AC1 in old mice removed the benefit of running.")
    assert _genes(text).count(("AC1", "ADCY1")) == 2


@pytest.mark.parametrize("text", [
    "Blocking AC1 in old mice removed the benefit of running.",  # no frame: too short alone
    "They used a scoring scheme called AC1 to grade the scans.",  # the head is no gene product
    "A molecule called HMT was measured in the blood.",  # "molecule" may be a metabolite
    "We call this group HMT in the tables that follow.",
])
def test_a_short_alias_without_a_naming_frame_stays_unmatched(text):
    assert _genes(text) == []


def test_a_frame_before_a_short_name_of_several_genes_grounds_nothing():
    # "PSF" is an alias two genes share: the frame cannot tell which one is meant
    assert [g for g in _genes("It acts on a protein called PSF in the nucleus.") if g[0] == "PSF"] == []
