"""The build flow: discover -> read -> extract -> validate -> load -> record a version.

Tasks are thin: each wraps a pure function from ``agefacts`` and logs what it did. I/O tasks
retry; a failure anywhere before the load's commit leaves the warehouse exactly as it was.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.runtime import flow_run

import agefacts
from agefacts.curation import apply_curation, load_curation
from agefacts.extract.pipeline import DocumentText, Rows, extract_document, merge
from agefacts.ingest.discover import SourceFile, discover
from agefacts.ingest.documents import Ingested, ingest, read_source
from agefacts.ingest.readers import ReadText, RejectedInput
from agefacts.provenance import code_version, vocabularies
from agefacts.scholarly.abstracts import abstract_documents
from agefacts.scholarly.resolve import (
    Resolution,
    ScholarlyClient,
    resolution_failed,
    resolve_citations,
    summary,
)
from agefacts.settings import Settings
from agefacts.validate import ValidationResult, validate_tables
from agefacts.warehouse import VersionInfo, Warehouse
from schemas import TABLES

BATCH_SIZE = 50


@dataclass
class BuildResult:
    version: int | None
    previous_version: int | None
    documents: int
    rejected: list[dict[str, Any]] = field(default_factory=list)
    quarantined: int = 0
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.version is not None and self.version != self.previous_version


@task(name="discover-sources", retries=2, retry_delay_seconds=1)
def discover_task(sources: Path) -> list[SourceFile]:
    files = discover(sources)
    get_run_logger().info("discovered %d source files in %s", len(files), sources)
    return files


@task(name="read-sources", retries=2, retry_delay_seconds=1)
def read_task(files: list[SourceFile]) -> Ingested:
    started = time.perf_counter()
    reads: list[ReadText | RejectedInput] = [read_source(f) for f in files]
    out = ingest(reads)
    log = get_run_logger()
    for rejected in out.rejected:
        log.warning("rejected %s", rejected.detail)
    log.info(
        "read %d documents, rejected %d files in %.2fs",
        len(out.documents), len(out.rejected), time.perf_counter() - started,
    )
    return out


@task(name="extract-facts")
def extract_task(docs: list[DocumentText]) -> Rows:
    started = time.perf_counter()
    result = merge([extract_document(d) for d in docs])
    counts = ", ".join(f"{k}={len(v)}" for k, v in sorted(result.items()))
    get_run_logger().info(
        "extracted %d documents in %.2fs: %s", len(docs), time.perf_counter() - started, counts
    )
    return result


@task(name="resolve-citations")
def resolve_task(citations: list[dict[str, Any]], settings: Settings) -> Resolution:
    """DOIs and works for the extracted citations; never fails the run (reasons instead)."""
    started = time.perf_counter()
    log = get_run_logger()
    try:
        client = ScholarlyClient.from_settings(settings)
        result = resolve_citations(citations, client)
        sent = client.http.requests_sent
    except Exception as exc:  # a broken resolver must not cost the run its other tables
        log.warning("citation resolution failed as a whole: %r", exc)
        result, sent = resolution_failed(citations, f"resolution step failed: {exc!r}"), 0
    log.info(
        "resolved %d citations in %.2fs (%s, %d HTTP requests): %s",
        len(citations), time.perf_counter() - started,
        "offline" if settings.offline else "online", sent, summary(result),
    )
    return result


@task(name="apply-curation", retries=2, retry_delay_seconds=1)
def curation_task(rows: Rows, curation: Path) -> Rows:
    """Apply the curators' decisions; a stale or malformed entry is logged, never fatal."""
    entries, problems = load_curation(curation)
    curated, log = apply_curation(rows, entries)
    curated["curation_log"] = problems + log
    logger = get_run_logger()
    for entry in curated["curation_log"]:
        if entry["outcome"] != "applied":
            logger.warning("curation %s: %s", entry["outcome"], entry["message"])
    applied = sum(1 for e in log if e["outcome"] == "applied")
    logger.info("applied %d of %d curation entries from %s", applied, len(entries), curation)
    return curated


@task(name="validate")
def validate_task(rows: Rows) -> ValidationResult:
    frames = {name: TABLES[name].frame(rows.get(name, [])) for name in TABLES}
    result = validate_tables(frames)
    log = get_run_logger()
    for q in result.quarantine.iter_rows(named=True):
        log.warning("quarantined %s %s: %s", q["table_name"], q["row_key"], q["check_name"])
    log.info(
        "validated %d tables: %d rows valid, %d quarantined",
        len(frames), sum(df.height for df in result.valid.values()), result.quarantine.height,
    )
    return result


@task(name="load-warehouse", retries=0)
def load_task(warehouse: Path, result: ValidationResult, manifest: list[dict]) -> dict | None:
    info = VersionInfo(
        flow_run_id=flow_run.get_id(),
        code_version=code_version(),
        extractor_version=agefacts.EXTRACTOR_VERSION,
        vocabularies=vocabularies(),
        inputs_manifest=manifest,
    )
    row = Warehouse(warehouse).commit(result.valid, info)
    log = get_run_logger()
    if row is None:
        log.info("content unchanged: no new version of %s", warehouse)
    else:
        log.info("committed version %d to %s", row["version"], warehouse)
    return row


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


@flow(name="agefacts-build", log_prints=True)
def build(
    sources: str | None = None, warehouse: str | None = None, offline: bool | None = None
) -> BuildResult:
    """Build the dataset from the sources folder into a new warehouse version."""
    settings = Settings.from_env(
        sources=Path(sources) if sources else None,
        warehouse=Path(warehouse) if warehouse else None,
        offline=offline,
    )
    before = Warehouse(settings.warehouse).latest()
    files = discover_task(settings.sources)
    ingested = read_task(files)
    docs = [DocumentText(d["doc_id"], d["text"], d["kind"]) for d in ingested.documents]
    parts = extract_task.map(_batches(docs, BATCH_SIZE)).result()
    rows = merge(parts)
    resolution = resolve_task(rows.get("citations", []), settings)
    rows["citations"], rows["works"] = resolution.citations, resolution.works
    abstract_texts, abstract_docs = abstract_documents(resolution.works, resolution.raw)
    if abstract_texts:  # fetched abstracts go through the same extraction as articles
        rows = merge([rows, extract_task(abstract_texts)])
    rows["documents"] = ingested.documents + abstract_docs
    rows["rejected_inputs"] = [r.as_row() for r in ingested.rejected]
    rows = curation_task(rows, settings.curation or settings.raw / "curation")
    validated = validate_task(rows)
    committed = load_task(settings.warehouse, validated, ingested.manifest)
    latest = committed or before
    return BuildResult(
        version=latest["version"] if latest else None,
        previous_version=before["version"] if before else None,
        documents=len(ingested.documents),
        rejected=[r.as_row() for r in ingested.rejected],
        quarantined=validated.quarantine.height,
        row_counts={n: df.height for n, df in validated.valid.items()},
    )
