"""Session 27 (batches cr, cs): numbers, supplements and headers on made-up texts."""

from __future__ import annotations

from datetime import date

import pytest
from quantity_rows import found, spans

from agefacts.extract.entities import find_mentions
from agefacts.ingest.header import extract_header

# --- numbers: a prose paragraph that ends in a DOI link is no reference entry -------------------

_PARAGRAPH = (
    "Tendons stiffen as we age, and the muscles that pull on them weaken a little every year after "
    "midlife. In a 2022 study at a clinic in the north, 58 adults aged 66 to 83 who cycled twice "
    "weekly for 10 weeks raised their leg power by 19 per cent, against 3 per cent in a walking group. "
    "The results appeared in a rehabilitation journal ({link}).")


@pytest.mark.parametrize("link", ["doi.org/10.5555/rehab.20417", "dx.doi.org/10.5555/rehab.20417"])
def test_a_paragraph_closed_by_a_bracketed_resolver_link_keeps_its_numbers(link):
    got = spans(_PARAGRAPH.format(link=link))
    for span in ("58 adults", "66 to 83", "twice weekly", "10 weeks", "19 per cent", "3 per cent"):
        assert span in got


def test_a_paragraph_that_ends_by_saying_where_to_read_the_study_keeps_its_numbers():
    text = ("The trial was paid for by a $3.4 million award from a regional research fund. "
            "Readers can find the paper at doi.org/10.5555/trial.2024.118.")
    assert spans(text) == ["$3.4 million"]


@pytest.mark.parametrize("line", [
    "Okafor B, Lind T. Stair climbing in 45 older women. J Aging Res. 2023. doi.org/10.5555/jar.7",
    "Stair climbing in 45 older women: a pilot. Okafor et al. J Aging Res, 2023. doi:10.5555/jar.7",
])
def test_a_reference_entry_with_a_doi_stays_a_citation(line):
    assert found(line) == []


# --- numbers: ages, units, pressures, maxima ----------------------------------------------------


@pytest.mark.parametrize("text, span", [
    ("Reader question: My grandmother, 84, keeps falling at home.", "84"),
    ("Her elderly uncle, 77, has stopped driving.", "77"),
    ("The patient, 69, was sent home after two days.", "69"),
])
def test_a_person_noun_with_a_determiner_in_apposition_carries_an_age(text, span):
    rows = [r for r in found(text) if r[0] == span]
    assert [(r[4], r[6]) for r in rows] == [("years", "age")]


def test_a_plural_person_noun_in_apposition_is_no_age():
    assert [r for r in found("Our volunteers, 45, came back.") if r[6] == "age"] == []


@pytest.mark.parametrize("text, span, unit", [
    ("Fill a 2-litre jug with sand and lift it slowly.", "2-litre", "L"),
    ("She drinks 1.5 liters of water daily.", "1.5 liters of water daily", "L/day"),
    ("Aim for about 2 litres of fluid.", "about 2 litres", "L"),
])
def test_litres_are_a_unit(text, span, unit):
    rows = [r for r in found(text) if r[0] == span]
    assert [r[4] for r in rows] == [unit]


def test_a_pressure_pair_without_its_unit_is_read_after_the_measure_is_named():
    text = "His blood pressure is the worry. If it stays under 150/95 he can keep cycling."
    assert [(r[0], r[1], r[4]) for r in found(text)] == [
        ("under 150", 150.0, "mmHg"), ("95", 95.0, "mmHg")]


@pytest.mark.parametrize("text", [
    "Half of the runners followed an 80/20 plan; BP was checked monthly.",
    "She scored 27/30 on the memory test.",
    "He was 150/95 last week, according to the nurse.",
])
def test_a_slash_pair_is_no_pressure_without_the_measure_or_its_range(text):
    assert [r for r in found(text) if r[4] == "mmHg"] == []


@pytest.mark.parametrize("text, span, unit", [
    ("They recalled 2.3 more items out of 20 than the control arm did.", "out of 20", "items"),
    ("Scores rose by 3 points out of a possible 30 on the quiz.", "out of a possible 30", "points"),
])
def test_out_of_a_maximum_after_a_counted_value_is_the_maximum(text, span, unit):
    rows = [r for r in found(text) if r[0] == span]
    assert [r[4] for r in rows] == [unit]


# --- supplements named by their molecule ---------------------------------------------------------


def _ids(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity.entity_id) for m in find_mentions(text)
            if "ollagen" in text[m.start : m.end]]


_COLLAGEN = "agefacts.intervention:collagen_supplementation"


@pytest.mark.parametrize("text", [
    "A neighbour swears by omega-3, collagen and creatine for her knees.",
    "Be wary of NAD boosters and collagen for joint pain.",
    "She stirs collagen powder into her coffee.",
    "Hydrolyzed collagen is sold in most pharmacies.",
    "The gym sells collagen gummies at the front desk.",
])
def test_collagen_as_something_to_take_is_the_supplement(text):
    assert {eid for _, eid in _ids(text)} == {_COLLAGEN}


def test_the_supplement_reading_holds_for_the_whole_document():
    text = ("A neighbour swears by omega-3, collagen and creatine. "
            "I think collagen is an overpriced protein, though.")
    assert [eid for _, eid in _ids(text)] == [_COLLAGEN, _COLLAGEN]


@pytest.mark.parametrize("text", [
    "Tendons are mostly made of collagen, and fish oil won't change that.",
    "Collagen supplements sell well, yet the skin makes less collagen with age.",
    "Exercise and collagen synthesis go together.",
])
def test_collagen_the_body_makes_stays_the_family(text):
    assert ("collagen", "FPLX:Collagen") in _ids(text)


# --- headers -------------------------------------------------------------------------------------


def test_a_masthead_above_a_headline_with_its_writer_and_date_below():
    text = ("The Harbour Gazette\nHealth > Ageing\n\n"
            "Ask a doctor: My aunt, 81, gets dizzy when she stands. Is it her pills?\n\n"
            "Marta Quill\nPublished Mar 3, 2026, 7:15 AM\nUpdated Mar 3, 2026, 9:40 AM\n\n"
            "HARBOUR CITY – Every week a specialist answers a reader's question about health in later "
            "life. This week, a geriatrician on dizziness and blood pressure pills.\n")
    header = extract_header(text)
    assert header.title == "Ask a doctor: My aunt, 81, gets dizzy when she stands. Is it her pills?"
    assert header.byline == "Marta Quill"
    assert header.published == date(2026, 3, 3)
