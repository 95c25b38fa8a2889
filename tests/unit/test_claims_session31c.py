"""Session 31, round c (development leftovers): made-up sentences of the shapes fixed."""

from __future__ import annotations

from test_claims import LEXICON, claims_of, triples

LEX = {**LEXICON, "NAD+": ("CHEBI:15846", "chemical", "NAD+"),
       "sirtuins": ("FPLX:HDAC_III", "family", "sirtuins")}


def test_a_supply_named_as_the_fuel_of_another_is_what_it_depends_on():
    for text in ("NAD+ is also the fuel for the sirtuins.",
                 "In the liver, NAD+ is a substrate for SIRT3.",
                 "NAD+ serves as a cofactor for SIRT3."):
        rows = claims_of(text, lexicon=LEX)
        target = "FPLX:HDAC_III" if "sirtuins" in text else "HGNC:14931"
        assert (target, "depends_on", "CHEBI:15846") in triples(rows), text
        # the pair is turned round: the supply depends on nothing
        assert not any(r["subject_id"] == "CHEBI:15846" for r in rows), text
