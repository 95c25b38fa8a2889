"""Whole unseen-genre articles: genes, numbers and DOIs stay above the floors we report."""

from benchmarks.evaluate_articles import batches, evaluate, gold


def test_articles_meet_reported_floors():
    scores = evaluate()
    assert scores["genes"].precision >= 0.98 and scores["genes"].recall >= 0.99
    assert scores["quantities"].precision >= 0.99 and scores["quantities"].recall >= 0.98
    assert scores["dois"].precision == 1.0 and scores["dois"].recall == 1.0


def test_every_batch_is_annotated_and_scored():
    assert len(batches()) >= 175 and len(gold()) >= 525
    assert all(evaluate(batch=b)["quantities"].tp > 0 for b in ("a", "h"))
