"""JATS abstracts (as Crossref serves them) to plain text."""

import json
from pathlib import Path

from agefacts.scholarly.jats import jats_to_text

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "scholarly" / "crossref"


def test_recorded_crossref_abstract():
    body = json.loads((FIX / "works_query_ecology_rows2.body.json").read_text())
    items = body["message"]["items"]
    raw = items[0]["abstract"]
    text = jats_to_text(raw)
    assert "<" not in text and "jats:" not in text
    assert len(text) > 50
    assert not text.lower().startswith("abstract")


def test_paragraphs_markup_and_entities():
    raw = ("<jats:title>Abstract</jats:title><jats:p>Muscle <jats:italic>in vivo</jats:italic> "
           "&amp; in vitro.</jats:p><jats:p>Second   paragraph.</jats:p>")
    assert jats_to_text(raw) == "Muscle in vivo & in vitro.\n\nSecond paragraph."
    assert jats_to_text("") is None and jats_to_text(None) is None
