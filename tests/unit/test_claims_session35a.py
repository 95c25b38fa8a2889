"""Session 35, round a (held-out 39): made-up sentences of the shapes missed."""

from __future__ import annotations

from tests.unit.claim_rows import claim_quads
from tests.unit.claim_rows import claim_triples as _claims


def test_kept_down_before_only():
    found = _claims("Cycling could keep IL-6 down only among regular riders.")
    assert ("MESH:D001642", "decreases", "HGNC:6018") in found, found
    assert not any(r == "increases" for _, r, _ in found), found


def test_a_knockout_that_holds_on_to_much_of_the_muscle_raises_the_loss():
    found = _claims("Mice lacking SIRT3 hang on to most of their muscle during a fortnight of hindlimb "
                    "suspension.")
    assert ("HGNC:14931", "increases", "muscle loss") in found, found
    assert ("HGNC:14931", "decreases", "muscle") not in found, found


def test_a_gain_said_with_less_is_a_smaller_gain():
    found = _claims("Older men who took rapamycin across twelve weeks of rowing gained less leg "
                    "muscle than the men given a dummy pill.")
    assert ("MESH:D020123", "decreases", "leg muscle gain") in found, found
    assert not any(o == "less leg muscle" for _, _, o in found), found


def test_a_trained_group_as_subject_against_inactive_people():
    found = _claims("In a 1998 study, older runners who had kept up endurance training for decades "
                    "had higher SIRT3 activity in their muscle than inactive adults their own "
                    "age.")
    assert ("HGNC:14931", "associated_with", "MESH:D000076663") in found, found
    assert ("HGNC:14931", "induced_by_exercise", "MESH:D000076663") not in found, found
    # a group put through a course: the course raised it
    found = _claims("Old rats given running wheels for 6 weeks had more SIRT3 in the muscle "
                    "than sedentary old rats.")
    assert not any(r == "associated_with" for _, r, _ in found), found


def test_a_young_level_in_a_later_clause():
    found = claim_quads("Women with four decades of lifelong training behind them had as much "
                        "SIRT3 as the undergraduates, and their PGC-1a proved no lower than the "
                        "young women's.")
    assert any(s == "HGNC:9237" and r == "preserved_by_training" for s, r, _, _ in found), found
    assert not any(s == "HGNC:9237" and r == "declines_with_age" for s, r, _, _ in found), found
    found = claim_quads("Women with four decades of lifelong cycling behind them had as much "
                        "SIRT3 as the undergraduates, and their PGC-1a proved no lower than the "
                        "young women's.")
    assert any(s == "HGNC:9237" and r == "preserved_by_training" for s, r, _, _ in found), found
    assert any(s == "HGNC:14931" and r == "preserved_by_training" for s, r, _, _ in found), found


def test_a_sporting_group_over_sixty_is_old():
    found = _claims("Cycling raised PGC-1a in students, but the increase was far smaller in veteran "
                    "cyclists over seventy.")
    assert any(s == "HGNC:9237" and r == "not_induced_in_aged" for s, r, _ in found), found


def test_a_factor_that_sprouts_new_vessels():
    found = _claims("Swimming also raises FGF2, a signal that sprouts fresh capillaries between "
                    "the fibres.")
    assert any(s == "HGNC:3676" and r == "increases" and "capillaries" in (o or "")
               for s, r, o in found), found


def test_the_muscle_loss_of_a_condition_names_the_condition():
    found = _claims("SIRT3 may contribute to the bone loss of frailty.")
    assert ("HGNC:14931", "other", "MESH:D000073496") in found, found
    assert not any((o or "").startswith("loss of") for _, _, o in found), found
