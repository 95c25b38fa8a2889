"""Session 32a fixes (leftovers of batches dz-ec: headers, a gene, numbers), on made-up texts of
the same shape."""

from __future__ import annotations

from datetime import date

from agefacts.ingest.header import extract_header, parse_date

_RULE = "-" * 60


def _letter_first_newsletter(headline: list[str]) -> str:
    """A plain-text club newsletter: masthead, contents, a letter from the board, then the
    feature under its own framed section heading."""
    top = [
        "=" * 60,
        "  RIVERSIDE ROWERS NEWS",
        "  Newsletter of the Riverside Rowing and Sculling Association",
        "  No. 14 · Monday, 4 May 2026",
        "=" * 60,
        "",
        "IN THIS ISSUE",
        "  1. A word from the board",
        "  2. Feature: Oars and ageing",
        "  3. Regatta dates",
        "  4. Boat repairs",
        "  5. Small ads",
        "  6. Lost property",
        "",
        _RULE,
        "1. A WORD FROM THE BOARD",
        _RULE,
        "",
        "Dear rowers,",
        "",
    ]
    letter = [f"Line {k} of a long letter about the boathouse roof and the spring tide." for k in range(8)]
    feature = [
        "",
        "With best wishes,",
        "Marta Olsen-Pike, Chair",
        "",
        _RULE,
        "2. FEATURE",
        _RULE,
        "",
        *headline,
        "",
        "By Tomas Verhoeven",
        "",
        "Veteran scullers in the club volunteered for a small study of their shoulders.",
    ]
    return "\n".join(top + [y for x in letter for y in (x, "")] + feature)


def test_letter_first_newsletter_takes_the_feature_past_the_letter():
    text = _letter_first_newsletter(["OARS AND AGEING: WHAT OLD SCULLERS TAUGHT THE", "PHYSIOLOGY LAB ACROSS THE RIVER"])
    header = extract_header(text)
    assert header.title == "OARS AND AGEING: WHAT OLD SCULLERS TAUGHT THE PHYSIOLOGY LAB ACROSS THE RIVER"
    assert header.byline == "Tomas Verhoeven"
    assert header.published == date(2026, 5, 4)


def test_letter_first_newsletter_one_line_headline():
    text = _letter_first_newsletter(["OARS AND AGEING IN THE CLUB"])
    header = extract_header(text)
    assert header.title == "OARS AND AGEING IN THE CLUB"
    assert header.byline == "Tomas Verhoeven"


def test_year_first_dotted_date():
    assert parse_date("Anna Kiss · 2025. 04. 17. 08:30") == date(2025, 4, 17)
    assert parse_date("posted 2024.9.5") == date(2024, 9, 5)
    assert parse_date("release v2019.1.2 notes") is None
    assert parse_date("founded in 2020. 12 people joined") is None


def test_year_first_dotted_date_in_a_meta_row():
    text = ("Home › Science\n\nTai chi in the park keeps older knees moving, city study finds\n\n"
            "Gabor Szabo · 2025. 04. 17. 08:30 · 12 comments\n\n"
            "Older residents who practised tai chi twice a week walked further after a year.")
    header = extract_header(text)
    assert header.published == date(2025, 4, 17)


def test_folio_with_volume_number_and_taxed_price():
    text = ("THE HARBOUR GAZETTE\n"
            "Serving the bay and its islands since 1901\n"
            "MONDAY, MARCH 2, 2026          Vol. 88, No. 9          $1.80 (incl. GST)\n"
            + "=" * 60 + "\n"
            "COMMUNITY                                        PAGE 5\n"
            + "=" * 60 + "\n"
            "BOWLS CLUB VETERANS LIFT THEIR GAME\n"
            "Local study finds weights twice a week help older bowlers keep their balance\n"
            "By JANE CALLOWAY\n\n"
            "Members of the bowls club took part in a study of balance.\n")
    assert extract_header(text).published == date(2026, 3, 2)


def test_markdown_bulletin_named_without_periodical_word():
    text = ("# Island Wellbeing\n\n"
            "**Harbour District Council · Community Health Team**\n\n"
            "Issue 12 · March 2026 · Free to every household\n\n"
            "---\n\n"
            "## In this issue\n\n"
            "- Walking groups\n- Flu clinics\n- Dental news\n\n"
            "---\n\n"
            "## Uphill all the way: what the walking group study found\n\n"
            "*By Dr Lena Marsh, Public Health Lead*\n\n"
            "Many of you joined the walking groups last spring, and here is what we learned.\n")
    header = extract_header(text)
    assert header.title == "Uphill all the way: what the walking group study found"
    assert header.byline == "Dr Lena Marsh"


# -- genes ---------------------------------------------------------------------------------------

def _genes(text: str) -> set[str]:
    from agefacts.extract.entities.mentions import find_mentions

    return {m.entity.label if m.entity.kind == "gene" else m.entity.entity_id
            for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def test_subunit_of_a_family_with_its_member_in_brackets_is_the_member():
    got = _genes("They blocked the delta subunit of the\nacetylcholine receptor (CHRND) in the cells.")
    assert "CHRND" in got and "FPLX:CHRN" not in got
    got = _genes("In the old rats the p65 subunit of NF-kappaB (RELA) doubled.")
    assert "RELA" in got and "FPLX:NFkappaB" not in got


def test_family_without_subunit_phrase_or_with_a_non_member_stays():
    assert "FPLX:CHRN" in _genes("Biopsies showed the acetylcholine receptor (CHRNB1) was back on.")
    assert "FPLX:CHRN" in _genes("The beta subunit of the acetylcholine receptor (IL6) rose.")


# -- numbers -------------------------------------------------------------------------------------

def _spans(text: str) -> list[str]:
    from agefacts.extract.quantities import scan_quantities

    return [text[q.start : q.end] for q in scan_quantities(text)]


def test_count_whose_noun_wraps_to_the_next_line():
    got = _spans("Last spring the club polled 2,150 retired\ndock workers about their knees.")
    assert any("2,150" in g for g in got)
    assert not _spans("Last spring the club polled 2,150 retired\n\ndock workers about their knees.")


def test_wrapped_line_after_a_bracketed_doi_is_prose():
    text = ("The trial is in the Nordic Journal of Rowing (doi:10.5555/njr.2044). A larger study of 870\n"
            "veteran rowers is under way.")
    assert any("870" in g for g in _spans(text))
    assert not _spans("Berg A, Lind P. Oars and age. Nord J Row. 2021;4:12-19 (doi:10.5555/njr.2044).")
