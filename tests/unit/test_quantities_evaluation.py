"""The evaluation script runs and its figures stay above the floors the docs report."""

from __future__ import annotations

from benchmarks import evaluate_quantities as ev


def test_evaluation_script_reports_precision_and_recall(capsys):
    results = ev.main(details=True)
    out = capsys.readouterr().out
    assert "== labelled texts, held-out split" in out and "== seeds (gold annotation)" in out
    dev = results["labelled texts, dev split"]
    heldout = results["labelled texts, held-out split"]
    seeds = results["seeds (gold annotation)"]
    assert dev["quantities"].expected >= 100  # the labelled sets are not trivially small
    assert heldout["quantities"].expected >= 60
    assert dev["quantities"].precision >= 0.9 and dev["quantities"].recall >= 0.9
    assert heldout["quantities"].precision >= 0.9 and heldout["quantities"].recall >= 0.85
    assert dev["groups with n"].recall >= 0.8
    assert seeds["quantities (core)"].recall >= 0.95
    assert seeds["quantities"].precision >= 0.85
    assert seeds["groups with n"].recall == 1.0


def test_matching_needs_overlap_and_the_same_number():
    expected = [{"text": "45–62%", "char_start": 10, "char_end": 16, "value": None, "low": 45, "high": 62}]
    hit = {"char_start": 10, "char_end": 16, "value": None, "low": 45.0, "high": 62.0, "text": "45–62%", "measure": "proportion"}
    wrong_number = {**hit, "low": 45.0, "high": 60.0}
    elsewhere = {**hit, "char_start": 30, "char_end": 36}
    assert ev.match_quantities(expected, [hit]).recall == 1.0
    assert ev.match_quantities(expected, [wrong_number]).recall == 0.0
    score = ev.match_quantities(expected, [elsewhere, hit])
    assert (score.recall, score.precision) == (1.0, 0.5)
    gold_date = [{"char_start": 0, "char_end": 5, "value": "2026-02-24"}]
    assert ev.match_quantities(gold_date, [{"char_start": 0, "char_end": 5, "iso_date": "2026-02-24", "text": "x", "measure": "date/metadata"}]).recall == 1.0
