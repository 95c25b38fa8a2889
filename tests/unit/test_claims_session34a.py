"""Session 34, round a (held-out 38 tuned): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_quads as _claims


def _declines(found, gene):
    return any(s == gene and r == "declines_with_age" and not n for s, r, _, n in found)


def test_an_age_comparison_of_levels_in_more_wordings():
    # the old group's own tissue between the group and the verb, with an appositive after
    # the molecule: "older women's muscle carried less X, a Y of Z, than the young women's"
    found = _claims("The older women's muscle held less SIRT1, an enzyme that sits at the core "
                    "of the repair machinery, than the young women's.")
    assert _declines(found, "HGNC:14929"), found
    # "likewise" before the comparative after a subject with a relative clause
    found = _claims("SIRT1, which activates PGC-1α by stripping a small tag, is likewise lower "
                    "in old mice than in young ones.")
    assert _declines(found, "HGNC:14929"), found
    # "scarcer" / "rarer": fewer of them in the old
    found = _claims("In elderly adults, fibres rich in PAX7 are much scarcer than in the young.")
    assert _declines(found, "HGNC:8621"), found
    # a rescue by training in the next clause does not hide the decline
    found = _claims("In older people, PAX7 is far rarer than in the young, and ten weeks of "
                    "resistance training restored it to young levels.")
    assert _declines(found, "HGNC:8621"), found
    # a comparison with no young group stays silent
    found = _claims("In older people, PAX7 is far scarcer than in the drug-treated patients.")
    assert not _declines(found, "HGNC:8621"), found


def test_a_level_lifted_and_inflammation_calmed():
    # "lifted X" raises it; a bout of exercise that lifts it induces it
    found = _claims("A single rowing session lifted SIRT1 in the thigh muscle.")
    assert any(s == "HGNC:14929" and r == "induced_by_exercise" for s, r, _, _ in found), found
    found = _claims("A compound that targets AMPK could lift BNIP3 in old mice.")
    assert any(r == "increases" and o == "HGNC:1084" for _, r, o, _ in found), found
    # the lifter's load is no level raised
    found = _claims("Women who had lifted weights for years kept more SIRT1.")
    assert not any(r == "increases" and o == "weights" for _, r, o, _ in found), found
    # "calm inflammation": lowered; the noun ends before "rather than"
    found = _claims("Regular swimming also seems to calm inflammation.")
    assert any(r == "decreases" and o == "MESH:D007249" for _, r, o, _ in found), found
    found = _claims("SIRT1 may calm inflammation rather than stoke it.")
    assert ("HGNC:14929", "decreases", "MESH:D007249", False) in found, found
    # "stay calm" says nothing
    found = _claims("Patients on SIRT1 drugs should stay calm.")
    assert not any(r == "decreases" for _, r, _, _ in found), found


def test_a_weaker_rise_in_men_over_sixty_five():
    # an age written as a compound number word is an old group
    found = _claims("A single cycling bout raised SIRT1 in young women, but the rise was blunted "
                    "in women over seventy-two.")
    assert any(s == "HGNC:14929" and r == "not_induced_in_aged" for s, r, _, _ in found), found


def test_the_burst_from_a_workout_is_the_molecule_named_before():
    # "the short burst from exercise": the burst is the molecule released, the exercise its
    # occasion
    found = _claims("Active muscles secrete IL-6. The brief burst from exercise appears to lower "
                    "SIRT1.")
    assert any(s == "HGNC:6018" and r == "decreases" and o == "HGNC:14929"
               for s, r, o, _ in found), found
    assert not any(s == "MESH:D015444" and r == "decreases" for s, r, _, _ in found), found


def test_adding_opens_a_clause_and_a_teller_is_no_agent():
    # "although adding Y partly protected Z": the added Y is the agent, not a verb of the
    # clause before
    found = _claims("Metformin alone did not stop muscle wasting, although adding leucine partly "
                    "protected the fibres' capacity to build protein.")
    assert not any(s == "MESH:D008687" and r == "increases" for s, r, _, _ in found), found
    assert any(s in ("MESH:D007930", "AGEFACTS:leucine") and r == "increases"
               for s, r, _, _ in found), found
    # "a pill that it says doubles Y": the teller is no agent
    found = _claims('A kiosk sells a tonic that it says "doubles your SIRT1 in a month".')
    assert not any(s == "it says" for s, _, _, _ in found), found
    found = _claims("A tea they claim lowers SIRT1 is sold at the fair.")
    assert not any(s and s.endswith("they claim") for s, _, _, _ in found), found


def test_a_hundredfold_climb_by_the_end_of_a_marathon():
    # "a hundredfold" is the size of the rise, no object; the marathon is its occasion
    found = _claims("IL-6 can climb a hundredfold by the close of a marathon.")
    assert any(s == "HGNC:6018" and r == "induced_by_exercise" for s, r, _, _ in found), found
    assert not any(o == "hundredfold" for _, _, o, _ in found), found


def test_helps_on_both_counts_has_no_object():
    found = _claims("Walking helps on both counts.")
    assert not any(o == "on both counts" for _, _, o, _ in found), found
