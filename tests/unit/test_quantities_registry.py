"""Forms found in a trial registry record, a biotech press release and a journal's news piece
(batch m): registry fields, blood pressure, clinical units, spaced metres, three-arm
allocation, irregular plurals, and numbers in a prose line that cites a DOI."""

from __future__ import annotations

import pytest
from quantity_rows import found, one


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Sex: All\nEnrollment (Anticipated)  96\nStudy Type  Interventional", "96", 96, "subjects"),
    ("Target sample size: 240 (power 80%).", "240", 240, "subjects"),
    ("The study was a double-blind trial. 64 adults took part.", "64 adults", 64, "people"),
    ("Stratified by BMI (25–29.9 vs ≥ 30 kg/m²).", "25–29.9", None, "kg/m2"),
    ("Exclusion: HbA1c ≥ 7.5% (58 mmol/mol).", "58 mmol/mol", 58, "mmol/mol"),
    ("Knee flexor torque at 180°/s fell.", "180°/s", 180, "deg/s"),
    ("Torque was tested at 90 degrees per second.", "90 degrees per second", 90, "deg/s"),
    ("Patients had to jog 200 m unaided.", "200 m", 200, "m"),
    ("Gait was timed over a 6 m walk course.", "6 m", 6, "m"),
    ("Adults were randomised 2:1:1 to high dose, low dose or placebo.", "2:1:1", 2, "allocation_ratio"),
    ("The atlas holds about 31,000 nuclei from 9 donors.", "about 31,000 nuclei", 31000, "nuclei"),
    ("Frailty meant meeting three criteria of five.", "three criteria", 3, "criteria"),
    ("Rise time for two chair stands was recorded.", "two chair stands", 2, "stands"),
])
def test_registry_and_clinical_forms(text, span, value, unit):
    r = one(text, span)
    assert r["value"] == (pytest.approx(value) if value is not None else None)
    assert r["unit"] == unit


def test_blood_pressure_gives_systolic_and_diastolic_rows_sharing_unit_and_comparator():
    rows = {f[0]: f for f in found("Excluded: resting blood pressure > 150/95 mmHg at screening.")}
    assert rows["> 150"][1:] == (150, None, None, "mmHg", ">", "threshold/criterion")
    assert rows["95 mmHg"][1:] == (95, None, None, "mmHg", ">", "threshold/criterion")


@pytest.mark.parametrize("text", [
    "The score was 3/2 mmHg apart.",  # systolic must exceed diastolic
    "Results on 12/10 were shown.",  # a date
])
def test_slashes_that_are_no_blood_pressure(text):
    assert not [f for f in found(text) if f[4] == "mmHg" and f[1] in (3, 12)]


def test_a_prose_line_citing_a_doi_in_brackets_keeps_its_numbers():
    text = ("Earlier, single doses up to 20 mg/kg were tested in 36 healthy volunteers, and the "
            "results were published in a journal of muscle research (doi: 10.1234/jmr.5678).")
    spans = [f[0] for f in found(text)]
    assert spans == ["up to 20 mg/kg", "36 healthy volunteers"]


@pytest.mark.parametrize("text", [
    # a reference entry with a bracketed DOI is still a citation line
    "Berg K, Holm L, et al. Whey protein and leg strength in frail older adults over 24 weeks "
    "of training, a randomised trial in three centres. J Frailty. 2021;8(2):77-85 (doi: 10.1234/jf.1)",
    "Ito M. Creatine and bone in 120 older women followed for two years, a cohort of many "
    "clinics and towns in the north of the country. Bone Rep (2020) 14:1 (doi:10.1234/br.2)",
])
def test_reference_entries_with_a_bracketed_doi_stay_masked(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "absent"), [
    ("It blocks both IL-6 and TNF, the two cytokines that drive it.", "two cytokines"),
    ("The Three Habits of Strong Grandparents", "Three Habits"),
    ("See Fig. 2 for the dose curve.", "2"),
    ("Follow-up at 6 m showed little change.", "6 m"),  # a spaced "m" alone may be months
    ("It fell by 3 m people in a decade.", "3 m"),
    ("Option 2 runs faster than the rest.", "2 runs"),
    ("The clock read 1:1:1 at noon.", "1:1:1"),  # no word of allocation
    ("Enrollment 2024 opened in March.", "2024"),  # a year stays a year
])
def test_look_alikes_stay_out_or_keep_their_reading(text, absent):
    rows = [f for f in found(text) if f[0] == absent]
    assert all(f[4] not in ("m", "subjects", "allocation_ratio", "runs", "cytokines", "Habits",
                            "habits") for f in rows)
    if absent not in ("2024",):
        assert rows == []
