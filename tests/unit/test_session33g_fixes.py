"""Session 33g fixes (batches et and eu), on made-up sentences of the same shape."""

from __future__ import annotations

from agefacts.extract.entities.mentions import find_mentions
from agefacts.extract.quantities import scan_quantities


def _genes(text: str) -> set[str]:
    return {m.entity.label for m in find_mentions(text) if m.entity.kind in ("gene", "family")}


def _found(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.unit for q in scan_quantities(text)}


# -- a name of several words with its last word broken at a line end -------------------------------

def test_a_name_of_words_broken_by_a_hyphen_at_a_line_end_is_read():
    text = "After the swim, glial cell line-derived neurotrophic fac-\ntor (GDNF) rose in the rats."
    assert "GDNF" in _genes(text)
    text = "Levels of nerve growth fac-\n   tor (NGF) were higher in rowers."
    assert "NGF" in _genes(text)


def test_a_hyphen_at_a_line_end_outside_a_name_adds_nothing():
    assert _genes("The walkers were well-\nknown to the growth-\nminded coaches.") == set()


# -- a currency named after the amount: the leu, lev, denar and their kin ---------------------------

def test_the_leu_and_its_kin_after_an_amount_are_money():
    found = _found("Fixing one bench costs on average 3,700 lei.")
    assert found.get("3,700 lei") == "leu"
    found = _found("A set of 6 benches costs about 150,000 lei (around €7,000).")
    assert found.get("about 150,000 lei") == "leu"
    assert _found("A pool ticket is 12 leva.").get("12 leva") == "BGN"
    assert _found("The class fee was 900 denari.").get("900 denari") == "MKD"


# -- a petition's starter acting for a body --------------------------------------------------------

def test_a_starter_on_behalf_of_a_body_is_the_byline():
    from agefacts.ingest.header import extract_header

    text = (
        "# Light the riverside path so older walkers can keep going after dark\n\n"
        "**Started by Ana Testescu** on behalf of the Eastfield Walkers' Club · **Started:** 2 May 2026\n\n"
        "**Addressed to:** Eastfield Town Council\n\n"
        "The riverside path is dark by five in winter, and many of us stop walking until spring.\n"
    )
    header = extract_header(text)
    assert header.byline == "Ana Testescu"


# -- "one" and the singular of a count said earlier in the same sentence -----------------------------

def test_one_of_the_same_noun_in_a_later_clause_is_counted():
    text = "Three rowers slipped on the wet jetty\nduring the week (no injuries), and one rower left the club."
    assert _found(text).get("one rower") == "rowers"


def test_one_of_another_noun_or_after_a_sentence_end_is_not_counted():
    assert "one cat" not in _found("Three dogs barked at night, and one cat ran off.")
    assert "one rower" not in _found("Three rowers slipped. Later, and one rower left.")


# -- an age in a credit line with no dash ---------------------------------------------------------

def test_an_age_in_a_credit_line_after_a_quotation_or_in_bold_is_an_age():
    text = "«I swim twice a week now and sleep better.»\nOlga Testeva, 74, Eastfield (Norland)\n"
    assert _found(text).get("74") == "years"
    assert _found("«My daughter made me go.» Pavel, 69, Northtown\n").get("69") == "years"
    text = "**Dora Testu**, 77, Old Town · 2 May 2026\nI signed for my neighbours.\n"
    assert _found(text).get("77") == "years"


def test_a_name_and_a_number_without_a_quotation_or_bold_are_no_credit():
    assert "45" not in _found("Ward, 45, Eastfield\n")
    assert "45" not in _found("**Table 2**, 45, Results\n")
