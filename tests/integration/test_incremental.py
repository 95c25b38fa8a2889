"""Incremental runs, per-document failure isolation, retries, timeouts and run artifacts."""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

import agefacts
import flows.build
from agefacts.extract import pipeline
from agefacts.warehouse import Warehouse
from flows.build import QUALITY_ARTIFACT, VERSION_ARTIFACT, build


def run(sources, warehouse):
    return build(sources=str(sources), warehouse=str(warehouse))


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The documents the extractor is actually called on."""
    calls: list[str] = []
    real = flows.build.extract_documents

    def counting(docs, *args, **kwargs):
        docs = list(docs)
        calls.extend(doc.doc_id for doc in docs)
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(flows.build, "extract_documents", counting)
    return calls


def test_unchanged_documents_are_not_extracted_again(sources, warehouse_path, extracted, monkeypatch):
    first = run(sources, warehouse_path)
    assert (first.extracted, first.reused, len(extracted)) == (3, 0, 3)
    ids_before = Warehouse(warehouse_path).read_table("sentences").sort("doc_id", "sentence_id")

    extracted.clear()
    again = run(sources, warehouse_path)
    assert (again.extracted, again.reused, extracted) == (0, 3, [])
    assert not again.changed

    edited = sorted(sources.glob("*.txt"))[1]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    third = run(sources, warehouse_path)
    assert extracted == [edited.stem] and third.version == 2
    after = Warehouse(warehouse_path).read_table("sentences").sort("doc_id", "sentence_id")
    others = after.filter(after["doc_id"] != edited.stem)
    assert others.equals(ids_before.filter(ids_before["doc_id"] != edited.stem))

    extracted.clear()
    monkeypatch.setattr(agefacts, "EXTRACTOR_VERSION", agefacts.EXTRACTOR_VERSION + "-next")
    fourth = run(sources, warehouse_path)
    assert sorted(extracted) == sorted(p.stem for p in sources.glob("*.txt"))
    assert fourth.reused == 0 and not fourth.changed  # same output: no new version


def _artifacts(flow_run_id: str) -> dict[str, object]:
    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id]))
        )
    return {a.key: a for a in found}


def test_extractor_exception_on_one_document_is_reported_and_the_rest_load(
    sources, warehouse_path, monkeypatch
):
    broken = sorted(p.stem for p in sources.glob("*.txt"))[1]
    real = pipeline.STAGES

    def fragile(doc, rows):  # a stage in the middle: the others' later stages still run
        if doc.doc_id == broken:
            raise ValueError("unbalanced table markup")

    monkeypatch.setattr(pipeline, "STAGES", (*real[:2], fragile, *real[2:]))
    result = run(sources, warehouse_path)
    assert result.version == 1 and result.documents == 2
    assert result.failed == [{"doc_id": broken, "source_path": f"{broken}.txt",
                              "stage": "extraction", "reason": "ValueError: unbalanced table markup"}]
    wh = Warehouse(warehouse_path)
    assert broken not in set(wh.read_table("documents")["doc_id"])
    rejected = wh.read_table("rejected_inputs").to_dicts()
    assert [(r["source_path"], r["reason"]) for r in rejected] == [(f"{broken}.txt", "extract_failed")]
    assert "unbalanced table markup" in rejected[0]["detail"]

    quality = _artifacts(result.flow_run_id)[QUALITY_ARTIFACT]
    assert "extraction failed: **1**" in quality.data
    assert f"| {broken} | extraction | ValueError: unbalanced table markup |" in quality.data

    monkeypatch.setattr(pipeline, "STAGES", real)
    fixed = run(sources, warehouse_path)  # the failure was not cached: extracted again
    assert fixed.version == 2 and fixed.documents == 3 and fixed.extracted == 1


def test_each_run_publishes_a_quality_report_and_a_version_summary(sources, warehouse_path):
    first = run(sources, warehouse_path)
    arts = _artifacts(first.flow_run_id)
    assert set(arts) >= {QUALITY_ARTIFACT, VERSION_ARTIFACT}
    quality = arts[QUALITY_ARTIFACT].data
    assert "| sentences | sentences:evidence_span_matches_document |" in quality
    assert "| documents | doc_id:str_matches |" in quality
    summary = {r["table"]: r for r in json.loads(arts[VERSION_ARTIFACT].data)}
    assert summary["documents"] == {"table": "documents", "rows": 3, "previous": None, "change": 3}
    assert "Version **1**" in arts[VERSION_ARTIFACT].description

    (sources / "extra.md").write_text("# A Note\n\nWalking helps. Lifting helps more.\n")
    second = run(sources, warehouse_path)
    summary = {
        r["table"]: r for r in json.loads(_artifacts(second.flow_run_id)[VERSION_ARTIFACT].data)
    }
    assert summary["documents"] == {"table": "documents", "rows": 4, "previous": 3, "change": 1}
    sentences = Warehouse(warehouse_path).read_table("sentences").height
    assert summary["sentences"]["rows"] == sentences
    assert summary["sentences"]["change"] == sentences - summary["sentences"]["previous"] > 0


def test_a_transient_load_error_is_retried(sources, warehouse_path, monkeypatch):
    calls = {"n": 0}
    original = Warehouse._write_table

    def flaky(self, con, table, df):
        calls["n"] += 1
        if calls["n"] == 1:
            raise duckdb.IOException("catalog briefly unavailable (injected)")
        return original(self, con, table, df)

    monkeypatch.setattr(Warehouse, "_write_table", flaky)
    result = run(sources, warehouse_path)
    assert result.version == 1
    assert [v["version"] for v in Warehouse(warehouse_path).versions()] == [1]


def test_a_hung_extraction_times_out_and_the_run_still_completes(
    sources, warehouse_path, monkeypatch
):
    import time

    monkeypatch.setenv("AGEFACTS_TASK_TIMEOUT", "2")
    def hangs(doc, rows):
        if doc.doc_id.startswith("001"):
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:  # pure-Python work: a timeout can stop it
                sum(range(1000))

    monkeypatch.setattr(pipeline, "STAGES", (hangs, *pipeline.STAGES))
    started = time.monotonic()
    result = run(sources, warehouse_path)
    assert time.monotonic() - started < 45
    assert result.failed and all("Timeout" in f["reason"] or "timed out" in f["reason"]
                                 for f in result.failed)
    assert result.version == 1  # the run committed what it had


def test_a_rerun_with_nothing_changed_stops_after_finding_its_inputs(
    sources, warehouse_path, extracted, monkeypatch
):
    first = run(sources, warehouse_path)
    assert not first.unchanged
    validated = []
    real_validate = flows.build.validate_tables
    monkeypatch.setattr(flows.build, "validate_tables",
                        lambda frames: validated.append(1) or real_validate(frames))

    again = run(sources, warehouse_path)
    assert again.unchanged and again.version == 1 and not again.changed
    assert (again.documents, again.reused, again.extracted) == (3, 3, 0)
    assert validated == [] and len(extracted) == 3  # only the first run's extractions
    quality = _artifacts(again.flow_run_id)[QUALITY_ARTIFACT].data
    assert "Unchanged since version 1" in quality and "evidence_span_matches_document" in quality

    # Asked to refresh: the full path (DOIs fetched again), still no new version.
    monkeypatch.setenv("AGEFACTS_REFRESH", "1")
    refreshed = run(sources, warehouse_path)
    assert not refreshed.unchanged and validated == [1] and refreshed.version == 1
    monkeypatch.delenv("AGEFACTS_REFRESH")
    assert run(sources, warehouse_path).unchanged

    # A new answer in the raw HTTP cache may resolve a citation: the full path.
    responses = Path(os.environ["AGEFACTS_RAW"]) / "http" / "responses"
    responses.mkdir(parents=True, exist_ok=True)
    (responses / ("0" * 64 + ".json")).write_text("{}")
    assert not run(sources, warehouse_path).unchanged
    assert run(sources, warehouse_path).unchanged

    # Another run committed to this warehouse meanwhile (other sources): the full path.
    other = sources.parent / "other"
    other.mkdir()
    (other / "note.md").write_text("# Note\n\nLifting helps bones.\n")
    run(other, warehouse_path)
    back = run(sources, warehouse_path)
    assert not back.unchanged and back.version == 3 and back.reused == 3
