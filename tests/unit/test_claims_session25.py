"""Session 25 claims round: classes of development misses (made-up sentences, one per class)."""

from __future__ import annotations

from test_claims import claims_of, triples

_PROGRAMME = ("Both arms did eight weeks of endurance training. Muscle was biopsied at the "
              "start and end. ")


def test_a_rise_in_the_old_by_a_fraction_of_the_young_rise_is_blunted():
    # the exercise was named two sentences before: it raised PGC-1α, less so in the old
    rows = claims_of(_PROGRAMME + "PGC-1α rose in every age group, but the gain in the "
                     "older women was roughly half of that measured in the young.")
    assert triples(rows) == {("HGNC:9237", "induced_by_exercise", "AGEFACTS:endurance_training"),
                             ("HGNC:9237", "not_induced_in_aged", "older")}
    # "barely" after a rise in another group
    rows = claims_of(_PROGRAMME + "TFAM rose fivefold in the undergraduates but barely doubled "
                     "in the older women.")
    assert ("HGNC:11741", "not_induced_in_aged", "older") in triples(rows)
    # the rise stands, and the fraction compares it with the young
    rows = claims_of("In an endurance training programme for adults aged 67 to 84, TFAM rose by "
                     "a fifth, roughly half the rise measured in people under 30.")
    assert {r["relation"] for r in rows} == {"induced_by_exercise", "not_induced_in_aged"}
    # "less than half as big" in the sentence after the rise
    rows = claims_of("Endurance training raised TFAM in the young. In the older women, the gain "
                     "was modest, less than half as large.")
    assert ("HGNC:11741", "not_induced_in_aged", "older") in triples(rows)


def test_a_fraction_names_the_one_of_two_risen_molecules_it_is_about():
    rows = claims_of("After endurance training in adults aged 67 to 84, PGC-1α and TFAM both "
                     "rose, but the rise in PGC-1α was about half that measured in young controls.")
    weak = {r["subject_id"] for r in rows if r["relation"] == "not_induced_in_aged"}
    assert weak == {"HGNC:9237"}
    assert {r["subject_id"] for r in rows if r["relation"] == "induced_by_exercise"} == {
        "HGNC:9237", "HGNC:11741"}


def test_an_exercise_named_long_before_sets_no_scene():
    far = ("Both arms did eight weeks of endurance training. The sessions were supervised. "
           "Diet was recorded. Sleep was logged. Blood was drawn. ")
    rows = claims_of(far + "PGC-1α rose in every age group, but the gain in the older women "
                     "was roughly half of that measured in the young.")
    assert not any(r["relation"] == "induced_by_exercise" for r in rows)
    # nor does a rise without a weaker one in the old
    rows = claims_of(_PROGRAMME + "PGC-1α rose in every age group.")
    assert not any(r["relation"] in ("induced_by_exercise", "not_induced_in_aged") for r in rows)


def test_a_rise_though_less_in_the_old_is_blunted():
    rows = claims_of("TFAM, which binds SIRT3, rose with resistance training in both arms, "
                     "though less in the older women.")
    assert ("HGNC:11741", "induced_by_exercise", "AGEFACTS:resistance_training") in triples(rows)
    assert any(r["relation"] == "not_induced_in_aged" and r["subject_id"] == "HGNC:11741"
               for r in rows)
    rows = claims_of("Resistance training increased TFAM in older women by about a "
                     "fifth, smaller than the gain in the young.")
    assert any(r["relation"] == "not_induced_in_aged" for r in rows)
    # less in the young is no blunting in the old
    rows = claims_of("TFAM rose with resistance training in the older women, though less in "
                     "the young.")
    assert not any(r["relation"] == "not_induced_in_aged" for r in rows)
