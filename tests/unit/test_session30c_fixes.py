"""Session 30 (batches dn-do, numbers): made-up sentences of the shapes fixed."""

from __future__ import annotations

import pytest

from agefacts.extract.quantities import scan_quantities


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quantities(text)]


@pytest.mark.parametrize(("text", "span"), [
    # an ISO 4217 code spaced before an amount's shape
    ("The council has put aside TZS 450,000 to run the classes.", "TZS 450,000"),
    ("The ministry gave MWK 2.5 million to the clubs.", "MWK 2.5 million"),
    # one-letter signs before a scaled amount
    ("The scheme was funded with K4.7 million from donors.", "K4.7 million"),
    ("The city spent P1.2 billion on parks.", "P1.2 billion"),
    # two capitals glued before an amount
    ("The clinic cost QR2.4 million to build.", "QR2.4 million"),
    ("Membership fees came to about KD15 per month.", "about KD15"),
    ("The project was funded by a BD60,000 grant from the ministry.", "BD60,000"),
    # a second value after "and N without"
    ("Pain scores fell by 3.4 points with the brace and 1.2 without.", "1.2"),
    # a ratio's interval in its bracket without a label
    ("Mortality was lower (OR 0.81, 0.70 to 0.93).", "OR 0.81, 0.70 to 0.93"),
    # an age before a caption's place with a description
    ("Morag Lewis, 81, (left, in blue) with members of the bowls club.", "81"),
])
def test_found(text: str, span: str) -> None:
    assert span in spans(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("WST 1 = USD 0.4125", "WST 1"),
    ("There were CAD 1,200 patients.", "CAD 1,200"),
    ("Levels of vitamin K2 rose.", "K2"),
    ("He paid for R800 tickets.", "R800"),
    ("The alarm rang during one of his evening classes, but nobody left.", "one"),
    ("One group lifted weights. A second took the pill alone, a third did yoga, and a fourth rested.",
     "a third"),
    ("One group lifted weights. A second took the pill alone, a third did yoga, and a fourth rested.",
     "a fourth"),
    ("Mortality was lower (OR 0.81, 0.85 to 0.93).", "OR 0.81, 0.85 to 0.93"),
])
def test_not_found(text: str, absent: str) -> None:
    assert absent not in spans(text)


def test_kept() -> None:
    assert "three" in spans("She skipped three of her classes.")
    assert "A third" in spans("A third of the women walked daily, and a fourth took the stairs.")
    assert "a fourth" in spans("A third of the women walked daily, and a fourth took the stairs.")
