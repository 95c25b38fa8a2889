"""Session 22, batches br and bs: number and header classes (made-up texts only)."""

from __future__ import annotations

import pytest

from agefacts.extract.quantities import extract_quantities
from agefacts.ingest.header import extract_header


def _rows(text: str) -> dict[str, dict]:
    return {r["text"]: r for r in extract_quantities("d", text)}


def _texts(text: str) -> list[str]:
    return [r["text"] for r in extract_quantities("d", text)]


# --- a share in markdown emphasis after "by" ------------------------------------------------

@pytest.mark.parametrize("text, share", [
    ("Stretching cut fatigue scores by roughly **a tenth** in the trial.", "a tenth"),
    ("Stretching cut fatigue scores by *a quarter*.", "a quarter"),
    ("Stretching cut fatigue scores by **about a third**.", "about a third"),
])
def test_emphasised_share_after_by(text: str, share: str) -> None:
    assert share in _texts(text)


def test_emphasised_ordinal_is_no_share() -> None:
    assert _texts("The **a third** trial was in Ohio.") == []


# --- an age in brackets that goes on about the person ----------------------------------------

@pytest.mark.parametrize("text, age", [
    ("One of our club cyclists (59, back on the bike since 52) won the hill climb.", "59"),
    ("One of my clients (68, took up lifting at 61) just set a personal best.", "68"),
    ("My neighbour (74, a retired nurse) still walks every day.", "74"),
    ("Dora (71, a retired nurse) swims daily.", "71"),
])
def test_bracketed_age_with_more_on_the_person(text: str, age: str) -> None:
    row = _rows(text)[age]
    assert (row["unit"], row["measure"]) == ("years", "age")


@pytest.mark.parametrize("text", [
    "Two of my clients (68, took up lifting at 61) set a best.",
    "The neighbour (4, since you ask) was loud.",
    "Trial arms (12, see below) were balanced.",
])
def test_bracket_after_no_single_person_is_no_age(text: str) -> None:
    assert not any(r["text"] in ("68", "4", "12") and r["measure"] == "age"
                   for r in extract_quantities("d", text))


# --- an estimated or forecast tally -------------------------------------------------------------

def test_estimated_tally_and_its_forecast() -> None:
    text = ("The number of licensed anglers in the state was estimated at roughly 62,000 last "
            "year and is projected to pass 70,000 by 2030.")
    rows = _rows(text)
    assert rows["roughly 62,000"]["measure"] == "count"
    assert rows["70,000"]["value"] == 70000


@pytest.mark.parametrize("text, span", [
    ("The number of people with diabetes is expected to top 3.2 million.", "3.2 million"),
    ("The number of stroke survivors is put at about 52,000.", "about 52,000"),
    ("The total number of new cases could reach 12,000 by spring.", "12,000"),
])
def test_tally_estimate_verbs(text: str, span: str) -> None:
    assert span in _texts(text)


@pytest.mark.parametrize("text", [
    "Temperatures are expected to top 40 this week.",  # no tally named
    "Sales are estimated at 62,000.",
    "She made the top 10 in her age group.",  # "top" as a ranking
])
def test_estimate_without_tally_is_left(text: str) -> None:
    assert _texts(text) == []


# --- a scaled amount of a currency named after it ------------------------------------------------

def test_named_currency_after_scaled_amount() -> None:
    rows = _rows("The clinic was built with a 12 billion-won ($8.7 million) city grant.")
    won = rows["12 billion-won"]
    assert (won["value"], won["unit"]) == (1.2e10, "KRW")
    assert rows["$8.7 million"]["unit"] == "USD"
    rows = _rows("The scheme got 2.5 billion euros and nearly 300 million yen.")
    assert rows["2.5 billion euros"]["unit"] == "EUR"
    assert rows["nearly 300 million yen"]["unit"] == "JPY"


def test_won_without_scale_is_no_currency() -> None:
    assert all(r["unit"] != "KRW" for r in extract_quantities("d", "All 3 won medals in 2019."))


# --- "an extra kilo" as the subject of a modal -------------------------------------------------

@pytest.mark.parametrize("text", [
    "For a cyclist past 50, an extra kilogram could cost a minute on a long climb.",
    "An extra kilo of lean body mass might lower the risk.",
    "An extra litre of water a day could help.",
])
def test_illustrative_extra_unit_is_left(text: str) -> None:
    assert not any("extra" in t for t in _texts(text))


@pytest.mark.parametrize("text, span", [
    ("She lost an extra kilogram over the holidays.", "an extra kilogram"),
    ("Training gives you roughly an extra kilo of lean mass.", "roughly an extra kilo"),
    ("She drank an extra litre of water.", "an extra litre"),
    ("Drink about a litre of water.", "about a litre"),
])
def test_reported_extra_unit_is_read(text: str, span: str) -> None:
    assert span in _texts(text)


def test_a_litre_does_not_crash() -> None:
    assert _texts("Drink a litre of water.") == []


# --- headers ------------------------------------------------------------------------------------

def test_network_post_name_with_connection_degree() -> None:
    text = ("Dr. Jane Example • 2nd\nStrength Coach | Masters Rowing | Author\n3d • Edited • 🌐\n\n"
            "Why your knees love the rowing machine.\n\nLong post, grab a tea.\n")
    assert extract_header(text) == extract_header(text.replace(" • 2nd", ""))
    header = extract_header(text)
    assert (header.title, header.byline) == (None, "Dr. Jane Example")
    assert extract_header(text.replace("• 2nd", "· 3rd+")).byline == "Dr. Jane Example"


_FLYER = ("=====\n   RIVERSIDE BOWLS CLUB\n=====\n\n   Summer Fixtures and News\n\n"
          + "Mon  10:00  Roll-up on the green\n" * 40
          + "\n------\n GARDEN NOTES            by Jane Example\n------\n Plant your beans now.\n")


def test_column_credit_of_a_plain_text_flyer() -> None:
    header = extract_header(_FLYER)
    assert (header.title, header.byline) == ("Summer Fixtures and News", "Jane Example")


def test_two_column_credits_name_no_single_writer() -> None:
    assert extract_header(_FLYER + "\n MEMBER NEWS          by Tom Sample\n").byline is None


def test_by_in_running_text_is_no_column_credit() -> None:
    text = _FLYER.replace("GARDEN NOTES            by Jane Example", "Notes were sent by Jane Example")
    assert extract_header(text).byline is None
