"""Document headers on the seeds and the held-out articles stay above the floors we report."""

from benchmarks.evaluate_headers import evaluate


def test_headers_meet_reported_floors():
    scores, misses = evaluate()
    for field, (right, total) in scores.items():
        assert total >= 21, field
        assert right / total >= 0.95, (field, [m for m in misses if m.field == field])
    assert not [m for m in misses if m.name[:3].isdigit()], "a seed header regressed"
