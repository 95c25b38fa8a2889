"""Session 34g: made-up texts of the shapes missed in batches fb and fc."""

from __future__ import annotations

from agefacts.ingest.header import extract_header

MANUAL = """WALK TALL, AGE WELL
A handbook for community falls-prevention trainers
Northern District · Second edition

Compiled by the Valley Ageing Alliance with the district clinic

                                                          Page 9
--------------------------------------------------------------------
UNIT 3
How balance training lowers the risk of a fall in later life

Unit author: Dr. Tomas Keller, Dr. Ines Marlow
Last updated: 2 May 2025

Learning goals
By the end of this unit, you will be able to explain why balance fades with age.
"""

QUARTERLY = """RIVERSIDE PARISH COUNCIL
The Towpath - Residents' Newsletter
Issue 12 · Autumn edition

----------------------------------------------------------------
IN THIS ISSUE
  p.2  A note from the chair
  p.4  Canal walking trial: what we learned
  p.7  Recycling dates
----------------------------------------------------------------

A NOTE FROM THE CHAIR

Dear neighbours, the autumn fair returns to the green next month.

Harriet Cole
Chair

----------------------------------------------------------------

Canal walking trial: what we learned

Weekly walks along the towpath left our older neighbours fitter and steadier on their feet, say the organisers

By Dr. Owen Pryce, with the trial team of the county hospital

Between March and July, sixty residents took part in a walking trial run by the county hospital.
"""


def test_unit_headline_and_its_labelled_writer_under_a_manual_cover() -> None:
    h = extract_header(MANUAL)
    assert h.title == "How balance training lowers the risk of a fall in later life"
    assert h.byline == "Dr. Tomas Keller, Dr. Ines Marlow"


def test_contents_feature_headline_over_its_deck_not_the_deck() -> None:
    h = extract_header(QUARTERLY)
    assert h.title == "Canal walking trial: what we learned"
    assert h.byline == "Dr. Owen Pryce"


def test_contents_feature_past_the_header_window_headline_over_its_deck() -> None:
    letter = "\n\n".join(f"Item {k} of the chair's news: the hall roof repairs go on this month." for k in range(22))
    text = QUARTERLY.replace(
        "Dear neighbours, the autumn fair returns to the green next month.",
        "Dear neighbours, the autumn fair returns to the green next month.\n\n" + letter)
    h = extract_header(text)
    assert h.title == "Canal walking trial: what we learned"
    assert h.byline == "Dr. Owen Pryce"


def _gene_labels(text: str) -> list[str]:
    from agefacts.extract.pipeline import DocumentText, extract_document

    rows = extract_document(DocumentText("made_up.txt", text))
    ents = {e["entity_id"]: e for e in rows["entities"]}
    return sorted({ents[m["entity_id"]]["label"] for m in rows["mentions"]})


def test_cyclooxygenase_one_by_its_hyphenated_short_form_and_enzyme_name() -> None:
    assert _gene_labels("Low-dose aspirin mostly shuts down COX-1 in platelets.") == ["PTGS1"]
    assert _gene_labels("The spice extract damped cyclooxygenase-1 and cyclooxygenase-2 in vitro.") \
        == ["PTGS1", "PTGS2"]


def _quantity_texts(text: str) -> list[str]:
    from agefacts.extract.pipeline import DocumentText, extract_document

    rows = extract_document(DocumentText("made_up.txt", text))
    return [q["text"] for q in rows["quantities"]]


def test_verb_plural_after_a_signed_change_or_a_decimal_mean_is_the_counted_noun() -> None:
    got = _quantity_texts("| Chair rises (change) | +2.7 stands | +0.3 stands |\n")
    assert any(g and g.endswith("2.7 stands") for g in got)
    got = _quantity_texts("The rowers managed 12.6 stands in half a minute, against 10.9 in the others.")
    assert "12.6 stands" in got
    # a plain whole number before the verb, or a version after a name, stays out
    assert _quantity_texts("The 3 stands in the hall were full.") == []
    assert _quantity_texts("Release 2.4 runs on older phones.") == []


def test_compound_plural_in_men_is_a_counted_noun_not_a_singular_in_men() -> None:
    assert _quantity_texts("The club signed up 64 ex-firemen and their wives.") == ["64 ex-firemen"]
    assert "52 fishermen" in _quantity_texts("The harbour trial followed 52 fishermen for a year.")
    from agefacts.extract.quantity_text import _is_plural_noun

    assert not any(map(_is_plural_noun, ("specimen", "regimen", "stamen", "abdomen", "acumen")))


def test_caption_pair_name_opening_the_line_age_then_and_his_wife() -> None:
    got = _quantity_texts("From the orchard\n\nStavros, 82, and his wife Irini, 78, sorting figs on the terrace.")
    assert "82" in got and "78" in got
    # a fronted word is no person: no partner noun after "and their"
    assert _quantity_texts("Overall, 45, and their results were clear.") == []


def test_people_lost_then_itemised_by_reason() -> None:
    got = _quantity_texts("We lost only five riders, three because of knee surgery.")
    assert "five riders" in got and "three" in got
    got = _quantity_texts("The choir lost 14 singers: six because of moving away.")
    assert "six" in got
    # without the loss, a count before a reason is no part of a whole
    assert "two" not in _quantity_texts("We had four people, two because of luck.")
