"""Session 30 (batches dj-dm), headers and ages: a story's meta row run together (name, site
name, day-first dotted date and time, update stamp), an advert label's line, a closing
"Site/Name" sign-off, a headline centred over two lines of a layout text dump; an age after a
role noun in apposition, "<Full Name> is N and <verb>", a care site's size as "N-bed". All
texts are made up."""

from __future__ import annotations

from datetime import date

import pytest
from quantity_rows import found

from agefacts.ingest.header import extract_header
from agefacts.ingest.readers import html_document


def _rows(text: str) -> dict[str, tuple]:
    return {r[0]: r for r in found(text)}


# --- headers ----------------------------------------------------------------------------------

def test_a_meta_row_of_name_site_and_dotted_date_run_together():
    html = ("<html><head><title>Rowing keeps Baltic pensioners' hearts young, study says | Nordvik Radio"
            "</title></head><body><main><article><h1>Rowing keeps Baltic pensioners' hearts young, study says</h1>"
            "<p class='lead'><strong>Older rowers had the arteries of people ten years younger.</strong></p>"
            "<div class='meta'>\n <span class='author'>Liisa Mäkelä-Korpi</span>\n <span class='org'>Nordvik Radio</span>\n"
            " <time datetime='2026-03-04T09:12:00+02:00'>4.3.2026 09:12</time>\n"
            " <span class='updated'>Updated 5.3.2026 10:40</span>\n</div>"
            "<p>Rowing is a popular pastime on the coast. Clubs have waiting lists in spring and summer.</p>"
            "</article></main></body></html>")
    text, title, h1 = html_document(html)
    h = extract_header(text, title, h1)
    assert h.byline == "Liisa Mäkelä-Korpi"
    assert h.published == date(2026, 3, 4)


def test_a_stamp_row_is_no_meta_row_name():
    text = ("Jogging in the rain does not raise older runners' cold risk, survey finds\n\n"
            "Posted Tue 3 Feb 2026 at 6:10am, updated Tue 3 Feb 2026 at 8:00am\n\n"
            "Runners over sixty who trained in all weathers caught no more colds than fair-weather runners.\n")
    assert extract_header(text).byline is None


def test_an_advert_line_gives_no_publication_date():
    html = ("<html><head><title>Chair yoga cuts falls in care homes | Care Trade Weekly</title></head><body>"
            "<div class='ad'><span>ADVERTISEMENT</span> <a href='/x'>THE HOME CARE EXPO · Example Hall · "
            "21–22 November 2026 · Free entry</a></div>"
            "<main><h1>Chair yoga cuts falls in care homes</h1>"
            "<p class='meta'>By Dora Plimsoll-Vane, News Editor · 3 March 2026 · 4 minute read</p>"
            "<p>Residents who did chair yoga twice a week fell less often over a year in the study.</p>"
            "</main></body></html>")
    text, title, h1 = html_document(html)
    h = extract_header(text, title, h1)
    assert h.byline == "Dora Plimsoll-Vane"
    assert h.published == date(2026, 3, 3)


def test_a_closing_site_slash_name_sign_off_is_the_byline():
    body = " ".join(["Older hikers in the fjord towns walk further each year, a survey says."] * 40)
    text = (f"[**FjordPost**](https://fjordpost.example/)\n\nMay 2, 2026\n\n# Fjord hikers walk further\n\n"
            f"{body}\n\n*FjordPost/Sigrun Haugland Berg*\n\n---\n\n© 2026 FjordPost\n")
    assert extract_header(text).byline == "Sigrun Haugland Berg"


def test_a_photo_credit_after_an_image_is_no_sign_off():
    body = " ".join(["Older hikers in the fjord towns walk further each year, a survey says."] * 40)
    text = (f"# Fjord hikers walk further\n\nMay 2, 2026\n\n{body}\n\n"
            "![Hikers on a ridge](https://example.org/a.jpg)\nPicturebank/Anton Mossberg\n\nMore text follows here.\n")
    assert extract_header(text).byline is None


def test_a_headline_centred_over_two_lines_of_a_layout_dump():
    text = ("PAGE 4                     THE LAKESIDE TIMES                    MONDAY 2 MARCH 2026\n\n"
            "HEALTH\n\n"
            "        Morning swims and garden work keep\n"
            "             Kisumu grandmothers fit\n\n"
            "  A county survey finds older women who swim weekly walk faster than\n"
            "            their neighbours who do not swim at all\n\n"
            "By AMOLO WERE\n\n"
            "KISUMU – Every morning at six the women walk down to the lake shore to swim.\n")
    assert extract_header(text).title == "Morning swims and garden work keep Kisumu grandmothers fit"


def test_a_headline_over_an_uncentred_line_is_not_joined():
    text = ("        Morning swims and garden work keep\n"
            "Kisumu Lake Authority\n\n"
            "By AMOLO WERE\n\nKISUMU – Every morning at six the women walk down to the lake shore to swim.\n")
    assert extract_header(text).title != "Morning swims and garden work keep Kisumu Lake Authority"


# --- ages -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Older women lead the class. The retired schoolteacher, 71, is always the first to arrive.",
    "Older men keep coming back. Our parish pastor, 83, still walks to every session.",
])
def test_an_age_in_commas_after_a_role_noun(text):
    age = next(r for r in found(text) if r[1] in (71.0, 83.0))
    assert age[4:7:2] == ("years", "age")


def test_a_role_noun_does_not_make_a_count_an_age():
    text = "The retired bus, 42, is parked at the depot."
    assert all(r[6] != "age" for r in found(text))


@pytest.mark.parametrize(("text", "age"), [
    ("Older adults keep their muscle as they age. Tuuli Rask Anand is 82 and has buried two brothers.", "82"),
    ("Older adults keep their muscle as they age. Oskar Ben Vidal was 77 and still rowed daily.", "77"),
])
def test_a_full_name_is_n_and_a_second_predicate(text, age):
    assert _rows(text)[age][4:7:2] == ("years", "age")


def test_a_name_is_n_and_a_number_is_a_list_not_an_age():
    text = "Older adults keep their muscle as they age. The Harbour Club is 45 and counts 300 members."
    assert all(r[6] != "age" for r in found(text))


@pytest.mark.parametrize(("text", "span"), [
    ("Mara Lind, manager of a 72-bed home in Northtown, said the classes helped.", "72-bed"),
    ("Eastfield General is a 450-bed teaching hospital.", "450-bed"),
])
def test_a_care_site_size_in_beds(text, span):
    assert _rows(text)[span][4:7:2] == ("beds", "count")


def test_a_bedroom_count_is_not_a_bed_size():
    assert "3-bed" not in _rows("To let: a 3-bedroom flat near the park.")
