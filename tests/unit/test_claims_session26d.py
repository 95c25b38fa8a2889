"""Session 26 third claims round (development leftovers): classes of misses, made-up sentences."""

from __future__ import annotations

from test_claims import claims_of, triples


def test_cutting_a_count_or_level_is_a_decrease():
    for text in ("Metformin cut the count of TFAM-positive nuclei by half.",
                 "In mice, treadmill running for a month cut levels of TFAM in the liver."):
        assert {r["relation"] for r in claims_of(text)} == {"decreases"}, text
    # a cut that is no change of a level says nothing
    assert not claims_of("The surgeon cut the muscle next to the TFAM-rich tissue.")


def test_an_inactivity_word_after_the_age_word_keeps_the_age_context():
    for text, gene in (("Older, inactive women tend to have less NRF1 in their thighs.",
                        "HGNC:7996"),
                       ("Old sedentary mice had less TFAM.", "HGNC:11741")):
        assert [(r["subject_id"], r["relation"]) for r in claims_of(text)] == [
            (gene, "declines_with_age")], text
    # a trained old group is no decline with age
    assert not claims_of("Old trained mice had less TFAM.")


def test_a_second_by_agent_of_one_passive_is_an_agent_too():
    rows = claims_of("NRF1 is switched on rapidly by metformin and by cold exposure.")
    assert {("AGEFACTS:metformin", "activates", "HGNC:7996"),
            ("AGEFACTS:cold_exposure", "activates", "HGNC:7996")} <= triples(rows)
    rows = claims_of("AMPK is activated by exercise, or by metformin in older mice.")
    assert ("AGEFACTS:metformin", "activates", "FPLX:AMPK") in triples(rows)
    # a "by" of a second verb is that verb's agent, not the first one's
    rows = claims_of("AMPK is activated by exercise and then suppressed by metformin.")
    assert ("AGEFACTS:metformin", "activates", "FPLX:AMPK") not in triples(rows)


def test_a_colon_listing_a_counted_kind_of_molecule_names_the_objects():
    rows = claims_of("Once phosphorylated, FOXO3 switches on two proteins: SIRT1 (also called "
                     "Sirtuin 1) and TFAM.")
    assert triples(rows) == {("HGNC:3821", "activates", "HGNC:14929"),
                             ("HGNC:3821", "activates", "HGNC:11741")}
    # a colon after an uncounted object lists nothing of it
    rows = claims_of("FOXO3 switches on the program: SIRT1 is one part of it.")
    assert ("HGNC:3821", "activates", "HGNC:14929") not in triples(rows)
