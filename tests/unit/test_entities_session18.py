"""Session 18, genes: a short or ambiguous symbol whose value follows it in a protein's
concentration unit is measured as a protein ("her CRP fell from 4.2 mg/L"); a defining appositive
alone ("CRP, a known marker of inflammation") is no such signal (made-up sentences)."""

from __future__ import annotations

import pytest

from agefacts.extract.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.label) for m in find_mentions(text)
            if m.entity.kind in ("gene", "family")]


@pytest.mark.parametrize("text", [
    "Over the winter her CRP fell from 4.2 mg/L to 1.9 mg/L.",
    "Over the winter her CRP fell from 4.2mg/L to 1.9mg/L.",
    "The skiers' CRP – a known marker of swelling – rose to 5 mg/L.",
    "The rowers' CRP, which doctors use to gauge inflammation, dropped to 2 mg/L.",
    "The rowers' CRP (2.4 mg/L) was below the cut-off.",
    "At the last visit his CRP was about 3 mg per L.",
    "At the last visit his CRP: 3 mg/L.",
])
def test_a_symbol_followed_by_its_value_in_a_protein_concentration_unit_is_a_gene(text):
    assert _found(text) == [("CRP", "CRP")]


@pytest.mark.parametrize("unit", ["pg/mL", "ng/L", "µg/L", "pmol/L", "nmol/l"])
def test_small_mass_and_molar_units_per_litre_count(unit):
    assert _found(f"After the ride their TNF was 4.1 {unit}.") == [("TNF", "TNF")]


@pytest.mark.parametrize("text", [
    # an appositive that defines the symbol is no support: it defines acronyms that are no gene
    # (a lab-panel analyte is the exception since session 26: "marker" is a `lab` cue, and
    # "CRP, a known marker of inflammation" is C-reactive protein; test_claims_session26b)
    "Their ESR, a known marker of inflammation, was 30 mm/h.",
    # units of metabolites and lipids: a triglyceride "TG" is no thyroglobulin
    "At the last visit her TG was 1.7 mmol/L.",
    "At the last visit her TG was 150 mg/dL.",
    # the value belongs to another phrase: words that are not linking words stand between
    "The CAT slept for 12 hours after 2 mg/L of the drug.",
    "In the SET group, vitamin D was 50 nmol/L.",
    "Each SET lasted a minute, and lactate reached 4 mmol/L.",
])
def test_no_concentration_of_the_symbol_itself_is_no_support(text):
    assert _found(text) == []


def test_a_symbol_listed_with_a_measured_one_is_accepted_with_it():
    # rule 6 (enumeration) after rule 5: the listed symbol goes with the measured one
    assert _found("Across the group TNF and CRP was 3 mg/L.") == [("TNF", "TNF"), ("CRP", "CRP")]
