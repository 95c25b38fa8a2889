"""The no-change check: its key moves with every input, and it holds only when it is sound."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from agefacts.runrecord import RunRecord, run_key
from agefacts.settings import Settings

MANIFEST = [{"path": "a.txt", "sha256": "1" * 64}, {"path": "b.txt", "sha256": "2" * 64}]


def settings(tmp_path: Path, **kw) -> Settings:
    return Settings(sources=tmp_path / "src", warehouse=tmp_path / "w", raw=tmp_path / "raw", **kw)


def test_key_moves_with_inputs_curation_http_cache_and_offline(tmp_path):
    s = settings(tmp_path)
    base = run_key(MANIFEST, s)
    assert run_key(list(reversed(MANIFEST)), s) == base
    assert run_key([MANIFEST[0], {"path": "b.txt", "sha256": "3" * 64}], s) != base
    assert run_key(MANIFEST[:1], s) != base
    assert run_key(MANIFEST, replace(s, offline=True)) != base

    curation = tmp_path / "raw" / "curation"
    curation.mkdir(parents=True)
    (curation / "decisions.tsv").write_text("id\tdecision\n")
    with_curation = run_key(MANIFEST, s)
    assert with_curation != base
    (curation / "decisions.tsv").write_text("id\tdecision\nc-1\treject\n")
    assert run_key(MANIFEST, s) != with_curation

    before_http = run_key(MANIFEST, s)
    responses = tmp_path / "raw" / "http" / "responses"
    responses.mkdir(parents=True)
    (responses / "abc.json").write_text("{}")
    assert run_key(MANIFEST, s) != before_http


def record(**kw) -> RunRecord:
    base = dict(key="k", version=2, content_hash="h", snapshot=7, requests_sent=0,
                failed_documents=0, documents=3, quarantined=0, failed_checks=0,
                quality_report="# q", quality_description="d")
    return RunRecord(**{**base, **kw})


def test_the_check_holds_only_when_nothing_could_change(tmp_path):
    s = settings(tmp_path)
    assert record().still_valid("k", 7, s)
    assert not record().still_valid("other", 7, s)
    assert not record().still_valid("k", 8, s)  # someone committed since
    assert not record().still_valid("k", None, s)
    assert not record(requests_sent=2).still_valid("k", 7, s)  # the network may answer otherwise
    assert not record(failed_documents=1).still_valid("k", 7, s)  # try the failed one again
    assert not record().still_valid("k", 7, replace(s, refresh=True))


def test_record_round_trips_and_a_damaged_one_is_ignored(tmp_path):
    r = record(row_counts={"documents": 3}, rejected=[{"source_path": "x.txt"}])
    r.save(tmp_path)
    assert RunRecord.load(tmp_path) == r
    (tmp_path / "last_run.json").write_text("{not json")
    assert RunRecord.load(tmp_path) is None
