"""Session 29 (batches dd-dg), genes and headers: a "Name/Role" byline, a dateline city in its
own element beside the byline, a market ticker strip above the headline, a name alone under a
"Published ... | Last Modified ..." stamp, a linked site name and its tagline after a dash, a
partner-content advert in the page's top; the muscle-atrophy ligases by their muscle names, and
glycated haemoglobin (a lab measure, no gene). All texts are made up."""

from __future__ import annotations

from datetime import date

import pytest

from agefacts.extract.entities.mentions import find_mentions
from agefacts.ingest.header import extract_header
from agefacts.ingest.readers import html_document

# --- headers -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["Senior Health Writer", "Staff Reporter", "Science Correspondent"])
def test_a_name_and_role_joined_by_a_slash(role):
    text = ("THE NORTHERN GAZETTE\n\nHEALTH\n\nSwimming club keeps retired dockers fit, college study finds\n\n"
            "A deck that says what the swimmers did and how long the study ran.\n\n"
            f"Delroy Ashby-Fenton/{role}\ndelroy.ashby@gazette.example.com\n\n"
            "Published: Monday | March 2, 2026 | 6:10 AM\n\n"
            "Every Tuesday the pool fills with men who once worked the docks. The study began in 2024.\n")
    h = extract_header(text)
    assert h.byline == "Delroy Ashby-Fenton"
    assert h.published == date(2026, 3, 2)


def test_a_slashed_trail_is_no_byline():
    text = ("Swimming club keeps retired dockers fit, college study finds\n\n"
            "Life/Health\n\nEvery Tuesday the pool fills with men who once worked the docks.\n")
    assert extract_header(text).byline is None


@pytest.mark.parametrize(("cls", "place"), [("location", "NORTH PORT"), ("place", "Riverton"),
                                            ("article-dateline", "EASTFIELD")])
def test_a_city_in_its_own_element_beside_the_byline_is_no_part_of_it(cls, place):
    html = ("<html><head><title>Tai chi steadies older walkers | The Daily</title></head><body><main>"
            "<h1>Tai chi steadies older walkers, hospital trial finds</h1>"
            "<div class='info'><span class='byline'>Ilse Marwood Tran</span>"
            f"<span class='{cls}'>{place}</span>"
            "<span class='date'>Published: 4 May 2026 at 07:15</span></div>"
            "<p>Forty people took part in the trial. It ran for a year and more.</p></main></body></html>")
    text, title, h1 = html_document(html)
    h = extract_header(text, title, h1)
    assert h.byline == "Ilse Marwood Tran"
    assert h.published == date(2026, 5, 4)


def test_a_market_ticker_strip_is_no_headline():
    text = ("THE HARBOUR TIMES\n\nNEWS | BUSINESS | LIFE | HEALTH | SPORT\n\n"
            "XYZ 50: 2,345.67 (+0.3%) | ABC/DEF: 12.34 | GHI/DEF: 15.02 | Silver: 88 DF | Portville 21°C\n\n"
            "LIFE > HEALTH\n\nOutdoor gyms keep the city's pensioners strong, university study shows\n\n"
            "Older people who used park machines three mornings a week gained strength, researchers say\n\n"
            "PORTVILLE\nPublished Apr 03 2026 - 09:12 | Last Modified Apr 03 2026 - 11:40\nMelis Odabaşıoğlu\n\n"
            "Share: Facebook | X | E-mail\n\n"
            "They stand in almost every park: rows of machines for pushing and pulling. Few adults use them.\n")
    h = extract_header(text)
    assert h.title == "Outdoor gyms keep the city's pensioners strong, university study shows"
    assert h.byline == "Melis Odabaşıoğlu"
    assert h.published == date(2026, 4, 3)


def test_a_linked_site_name_and_tagline_after_a_dash_and_a_partner_advert_are_no_headline():
    text = ("[WidgetWire](/) — B2B news for the widget & gadget industry\n\n"
            "[News](/news) · [Markets](/markets) · [Events](/events)\n\n---\n\n"
            "> **PARTNER CONTENT** · Premium widget grease in 5 kg tubs, from **€9.90/kg**. Meet us at the Widget Fair, "
            "Hall 3. [Ask us](https://example.com)\n\n"
            "---\n\nMarkets › Ageing\n\n"
            "# Protein bar makers eye the over-70s, but a new trial is small\n\n"
            "By **Tove Lindqvist-Aro** | 2 March 2026, 10:05 GMT\n\n"
            "A trial of a protein bar in older adults found small gains in leg strength over a year.\n")
    h = extract_header(text)
    assert h.title == "Protein bar makers eye the over-70s, but a new trial is small"


# --- genes -------------------------------------------------------------------------------------


def _ids(text: str) -> set[str]:
    return {m.entity.entity_id for m in find_mentions(text)}


@pytest.mark.parametrize(("text", "gene"), [
    ("Analysts doubt it. Marketers will put MuRF1 on every brochure this spring.", "HGNC:16007"),
    ("In the biopsies MuRF-2 climbed 1.3-fold after the cast came off.", "HGNC:14215"),
    ("Levels of MuRF3 stayed flat in the heart of the old rats.", "HGNC:16008"),
    ("The team also followed MUSA1 over the ten days of bed rest.", "HGNC:15600"),
])
def test_the_muscle_atrophy_ligases_by_their_muscle_names(text, gene):
    assert gene in _ids(text)


@pytest.mark.parametrize("text", [
    "Her glycated hemoglobin (HbA1c) fell from 7.9% to 7.1% over the year.",
    "Glycosylated haemoglobin dropped in the walking group.",
    "The nurses measured haemoglobin A1c at every visit.",
    "Average Hb A1c was 6.8% at the start.",
])
def test_glycated_haemoglobin_is_a_lab_measure_no_gene(text):
    assert "FPLX:Hemoglobin" not in _ids(text)


def test_haemoglobin_itself_still_grounds():
    assert "FPLX:Hemoglobin" in _ids("Low haemoglobin left her tired; glycated haemoglobin was normal.")
