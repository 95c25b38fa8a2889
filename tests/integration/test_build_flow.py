"""End to end: raw texts through the Prefect flow into a DuckLake warehouse."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from agefacts.warehouse import Warehouse
from flows.build import build

NEW_ARTICLE = """Sprint Intervals Sharpen Ageing Brains

By Maria Okafor

Published: 12 March 2025

Older adults who did sprint intervals twice a week for 12 weeks improved memory scores.
The trial enrolled 64 volunteers aged 65 to 79.
"""


def run(sources: Path, warehouse: Path):
    return build(sources=str(sources), warehouse=str(warehouse))


def test_build_loads_documents_and_sentences_with_exact_offsets(sources, warehouse_path):
    result = run(sources, warehouse_path)
    assert result.version == 1 and result.changed
    wh = Warehouse(warehouse_path)
    docs = wh.read_table("documents")
    assert sorted(docs["source_path"]) == sorted(p.name for p in sources.glob("*.txt"))
    for doc in docs.iter_rows(named=True):
        raw = (sources / doc["source_path"]).read_bytes()
        assert doc["text"] == raw.decode("utf-8")
    texts = dict(zip(docs["doc_id"], docs["text"], strict=True))
    sentences = wh.read_table("sentences")
    assert sentences.height > 100
    for s in sentences.iter_rows(named=True):
        assert texts[s["doc_id"]][s["char_start"] : s["char_end"]] == s["text"]
    (version,) = wh.versions()
    manifest = json.loads(version["inputs_manifest"])
    assert {m["path"] for m in manifest} == set(docs["source_path"])
    assert version["flow_run_id"] and version["code_version"].startswith("0.")


def test_rerun_without_change_creates_no_version_and_new_article_does(sources, warehouse_path):
    run(sources, warehouse_path)
    again = run(sources, warehouse_path)
    assert again.version == 1 and not again.changed
    (sources / "new_article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    third = run(sources, warehouse_path)
    assert third.version == 2 and third.changed
    wh = Warehouse(warehouse_path)
    doc = wh.session().execute(
        "SELECT title, byline, published::VARCHAR FROM documents WHERE doc_id = 'new_article'"
    ).fetchone()
    assert doc == ("Sprint Intervals Sharpen Ageing Brains", "Maria Okafor", "2025-03-12")
    # The earlier version stays queryable, without the new article.
    old = wh.session(1).execute("SELECT count(*) FROM documents").fetchone()[0]
    new = wh.session(2).execute("SELECT count(*) FROM documents").fetchone()[0]
    assert (old, new) == (3, 4)
    assert [v["version"] for v in wh.versions()] == [1, 2]


def test_failure_in_load_leaves_previous_version_intact(sources, warehouse_path, monkeypatch):
    run(sources, warehouse_path)
    wh = Warehouse(warehouse_path)
    before = wh.read_table("documents").sort("doc_id")
    (sources / "new_article.txt").write_text(NEW_ARTICLE, encoding="utf-8")

    calls = {"n": 0}
    original = Warehouse._write_table

    def failing(self, con, table, df):
        calls["n"] += 1
        if calls["n"] == 2:  # after the first table was already rewritten
            raise OSError("disk full (injected)")
        return original(self, con, table, df)

    monkeypatch.setattr(Warehouse, "_write_table", failing)
    with pytest.raises(OSError, match="injected"):
        run(sources, warehouse_path)
    assert calls["n"] == 2
    assert [v["version"] for v in wh.versions()] == [1]
    assert wh.read_table("documents").sort("doc_id").equals(before)
    monkeypatch.undo()
    assert run(sources, warehouse_path).version == 2


def test_bad_inputs_are_recorded_and_the_rest_completes(sources, warehouse_path):
    (sources / "empty.txt").write_bytes(b"")
    (sources / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (sources / "latin1.md").write_bytes("Caf\xe9 study of muscle".encode("latin-1"))
    (sources / "copy.txt").write_bytes(next(sources.glob("000_*.txt")).read_bytes())
    os.symlink(sources / "missing-target.txt", sources / "dangling.txt")
    (sources / "broken.xml").write_text("<rss><channel><item><title>Cut off</title></channel>")
    (sources / "sitemap.xml").write_text("<urlset><url><loc>https://example.org/</loc></url></urlset>")
    result = run(sources, warehouse_path)
    reasons = {r["source_path"]: r["reason"] for r in result.rejected}
    assert reasons == {
        "empty.txt": "empty",
        "image.txt": "binary",
        "latin1.md": "not_utf8",
        "copy.txt": "duplicate",
        "dangling.txt": "unreadable",
        "broken.xml": "malformed",
        "sitemap.xml": "unsupported",
    }
    wh = Warehouse(warehouse_path)
    assert wh.read_table("documents").height == 3
    recorded = wh.read_table("rejected_inputs")
    assert dict(zip(recorded["source_path"], recorded["reason"], strict=True)) == reasons
    assert all(p in d for p, d in zip(recorded["source_path"], recorded["detail"], strict=True))


def test_html_and_markdown_sources_are_picked_up(tmp_path, warehouse_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.html").write_text(
        "<html><head><title>Walk More</title></head><body><h1>Walk More</h1>"
        "<p>By Lee Chan</p><p>Walking 30 minutes a day lowers mortality.</p></body></html>"
    )
    (src / "note.md").write_text("# Lift Heavy\n\nBy Ann Ito\n\nLifting helps bones.\n")
    (src / "feed.xml").write_text(
        "<rss version='2.0'><channel><title>Site</title><item><title>Row Often</title>"
        "<author>kim@example.org (Kim Ode)</author><pubDate>Mon, 02 Mar 2026 08:00:00 +0000"
        "</pubDate><description>&lt;p&gt;Rowing helps hips.&lt;/p&gt;</description></item>"
        "</channel></rss>"
    )
    run(src, warehouse_path)
    docs = Warehouse(warehouse_path).read_table("documents").sort("doc_id")
    assert docs.select("doc_id", "title", "byline").rows() == [
        ("feed", "Row Often", "Kim Ode"),
        ("note", "Lift Heavy", "Ann Ito"),
        ("page", "Walk More", "Lee Chan"),
    ]
    assert "<p>" not in docs["text"][2] and "Rowing helps hips." in docs["text"][0]
    assert str(docs["published"][0]) == "2026-03-02"
