"""The build flow: discover -> read -> extract -> validate -> load -> record a version -> report.

Tasks are thin: each wraps a pure function from ``agefacts`` and logs what it did. I/O tasks
retry transient errors with exponential backoff and have timeouts; a failure anywhere before the
load's commit leaves the warehouse exactly as it was. One run at a time per warehouse (a second
waits, then stops with a message naming the first). A document whose extraction fails is
recorded with its reason in ``rejected_inputs`` and the others go on. Documents whose text,
extractor and vocabularies are unchanged are not extracted again (``agefacts.cache``).
"""

from __future__ import annotations

import errno
import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

import agefacts
from agefacts import progress, reports
from agefacts.cache import ExtractionCache
from agefacts.curation import apply_curation, load_curation
from agefacts.extract.pipeline import DocumentText, Rows, extract_documents, merge, prepare
from agefacts.ingest.discover import SourceFile, discover
from agefacts.ingest.documents import Ingested, ingest, read_source
from agefacts.ingest.readers import ReadText, RejectedInput
from agefacts.limits import ensure_global_limit
from agefacts.provenance import code_version, vocabularies
from agefacts.runrecord import RunRecord, run_key
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
from flows.timing import timed
from schemas import TABLES

BATCH_SIZE = 50
QUALITY_ARTIFACT = "agefacts-data-quality"
VERSION_ARTIFACT = "agefacts-version-summary"
_TRANSIENT_ERRNOS = {errno.EAGAIN, errno.EBUSY, errno.EINTR, errno.EIO, errno.ETIMEDOUT, errno.ESTALE}


@dataclass
class DocumentFailure:
    doc_id: str
    source_path: str | None
    stage: str
    reason: str

    def as_rejected_input(self, sha256: str | None) -> dict[str, Any]:
        return {
            "source_path": self.source_path or self.doc_id,
            "sha256": sha256,
            "reason": "extract_failed",
            "detail": f"{self.source_path or self.doc_id}: {self.stage} failed: {self.reason}",
        }


@dataclass
class ExtractedBatch:
    rows: dict[str, Rows] = field(default_factory=dict)
    failures: list[DocumentFailure] = field(default_factory=list)


@dataclass
class BuildResult:
    version: int | None
    previous_version: int | None
    documents: int
    rejected: list[dict[str, Any]] = field(default_factory=list)
    quarantined: int = 0
    row_counts: dict[str, int] = field(default_factory=dict)
    #: Documents extracted by this run, and documents whose cached extraction was reused.
    extracted: int = 0
    reused: int = 0
    failed: list[dict[str, Any]] = field(default_factory=list)
    failed_checks: int = 0
    #: True when the run found nothing changed at all and stopped after reading its inputs.
    unchanged: bool = False
    flow_run_id: str | None = None
    flow_run_name: str | None = None

    @property
    def changed(self) -> bool:
        return self.version is not None and self.version != self.previous_version


class _ThreadTimeoutNotice(logging.Filter):
    """Prefect warns on every task run that a timeout cannot interrupt a blocking call in a worker
    thread. Known and accepted (docs/operations.md): it still bounds Python work, blocking I/O has
    its own timeouts. One line per task run would bury the logs that matter."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "running in a worker thread" not in record.getMessage()


logging.getLogger("prefect.task_runs").addFilter(_ThreadTimeoutNotice())


def transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only errors a second attempt can cure (timeouts, dropped connections, busy files)."""
    exc = state.result(raise_on_failure=False)
    if isinstance(exc, (TimeoutError, ConnectionError, BlockingIOError, InterruptedError)):
        return True
    if isinstance(exc, OSError):
        return exc.errno in _TRANSIENT_ERRNOS
    return isinstance(exc, (duckdb.IOException, duckdb.TransactionException))


#: Prefect's default cache policy hashes every task input to build a cache key, and Prefect walks
#: every task input looking for futures to track; on a build's inputs (all rows of all tables)
#: that took most of a no-change rerun. So no Prefect caching (work is cached where it belongs:
#: per document in ``agefacts.cache``, per HTTP request in the raw cache), and the flow passes
#: big inputs ``quote``d (Prefect neither walks nor tracks them; they are plain values anyway).
_NO_CACHE = {"cache_policy": NO_CACHE}
_IO = {
    **_NO_CACHE,
    "retries": 3,
    "retry_delay_seconds": exponential_backoff(backoff_factor=0.5),
    "retry_jitter_factor": 0.5,
    "retry_condition_fn": transient,
}


@task(name="discover-sources", **_IO)
def discover_task(sources: Path) -> tuple[list[SourceFile], list[dict[str, Any]]]:
    """The source files and a fingerprint of each (path, SHA-256 of its bytes or None)."""
    with timed("discover"):
        files = discover(sources)
        fingerprints = [{"path": f.relative, "sha256": _sha256(f.path)} for f in files]
    get_run_logger().info("discovered %d source files in %s", len(files), sources)
    return files, fingerprints


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:  # unreadable: reading will reject it with the reason
        return None


@task(name="read-sources", **_IO)
def read_task(files: list[SourceFile]) -> Ingested:
    started = time.perf_counter()
    with timed("read"):
        progress.start("read", len(files))
        reads: list[ReadText | RejectedInput] = []
        for f in files:
            reads.append(read_source(f))
            progress.advance("read")
        out = ingest(reads)
    log = get_run_logger()
    for rejected in out.rejected:
        log.warning("rejected %s", rejected.detail)
    log.info(
        "read %d documents, rejected %d files in %.2fs",
        len(out.documents), len(out.rejected), time.perf_counter() - started,
    )
    return out


@task(name="lookup-extraction-cache", **_IO)
def lookup_task(cache_dir: Path, docs: list[DocumentText]) -> tuple[dict[str, Rows], list[DocumentText]]:
    """Split documents into those whose extraction is cached (with its rows) and the rest."""
    with timed("lookup"):
        cache = ExtractionCache(cache_dir / "extract")
        hits: dict[str, Rows] = {}
        misses: list[DocumentText] = []
        for doc in docs:
            rows = cache.get(doc)
            if rows is None:
                misses.append(doc)
            else:
                hits[doc.doc_id] = rows
    get_run_logger().info(
        "extraction cache %s: %d of %d documents unchanged, %d to extract",
        cache_dir, len(hits), len(docs), len(misses),
    )
    return hits, misses


@task(name="extract-facts", **_NO_CACHE)
def extract_task(
    docs: list[DocumentText], cache_dir: Path, sources: dict[str, str], stage: str = "extract"
) -> ExtractedBatch:
    """Extract each document on its own: one document's exception never stops the others."""
    started = time.perf_counter()
    log = get_run_logger()
    out = ExtractedBatch()
    with timed("extract"):
        cache = ExtractionCache(cache_dir / "extract")
        if docs:
            prepare()
        for doc, rows in extract_documents(docs):
            if isinstance(rows, Exception):
                reason = f"{type(rows).__name__}: {rows}"
                log.error("extraction of %s failed: %s", doc.doc_id, reason)
                out.failures.append(
                    DocumentFailure(doc.doc_id, sources.get(doc.doc_id), "extraction", reason)
                )
            else:
                out.rows[doc.doc_id] = rows
                try:
                    cache.put(doc, rows)
                except OSError as exc:  # the cache only saves time; never fail a run for it
                    log.warning("could not cache %s: %s", doc.doc_id, exc)
            progress.advance(stage)
    log.info(
        "extracted %d documents (%d failed) in %.2fs",
        len(out.rows), len(out.failures), time.perf_counter() - started,
    )
    return out


@task(name="resolve-citations", **_NO_CACHE)
def resolve_task(citations: list[dict[str, Any]], settings: Settings) -> tuple[Resolution, int]:
    """DOIs and works for the extracted citations; never fails the run (reasons instead)."""
    started = time.perf_counter()
    log = get_run_logger()
    try:
        with timed("resolve"):
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
    return result, sent


@task(name="apply-curation", **_IO)
def curation_task(rows: Rows, curation: Path) -> Rows:
    """Apply the curators' decisions; a stale or malformed entry is logged, never fatal."""
    with timed("curation"):
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


@task(name="validate", **_NO_CACHE)
def validate_task(rows: Rows) -> ValidationResult:
    with timed("validate"):
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


@task(name="load-warehouse", **_IO)
def load_task(warehouse: Path, result: ValidationResult, manifest: list[dict]) -> dict | None:
    info = VersionInfo(
        flow_run_id=flow_run.get_id(),
        code_version=code_version(),
        extractor_version=agefacts.EXTRACTOR_VERSION,
        vocabularies=vocabularies(),
        inputs_manifest=manifest,
    )
    with timed("load"):
        row = Warehouse(warehouse).commit(result.valid, info)
    log = get_run_logger()
    if row is None:
        log.info("content unchanged: no new version of %s", warehouse)
    else:
        log.info("committed version %d to %s", row["version"], warehouse)
    return row


@task(name="publish-reports", **_IO)
def report_task(
    quality: str,
    quality_description: str,
    before: dict | None,
    after: dict | None,
    warehouse: str,
) -> None:
    """The run's data-quality report and version summary, as Prefect artifacts."""
    with timed("report"):
        summary = reports.version_summary(before, after, warehouse)
        rows = reports.version_rows(before, after)
    create_markdown_artifact(quality, key=QUALITY_ARTIFACT, description=quality_description)
    create_table_artifact(rows, key=VERSION_ARTIFACT, description=summary)


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def make_task_runner(settings: Settings) -> Any:
    """Threads by default; Dask (a local cluster, or ``AGEFACTS_DASK_ADDRESS``) for many documents."""
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        kwargs: dict[str, Any] = {"processes": True}
        if settings.dask_workers:
            kwargs["n_workers"] = settings.dask_workers
        return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=kwargs)
    return ThreadPoolTaskRunner()


def _extract_all(
    settings: Settings, docs: list[DocumentText], sources: dict[str, str], stage: str = "extract"
) -> tuple[dict[str, Rows], list[DocumentFailure], int]:
    """Reuse cached extractions, extract the rest in parallel batches; failures are per document."""
    progress.start(stage, len(docs))
    hits, misses = lookup_task.with_options(timeout_seconds=settings.task_timeout)(
        settings.cache_dir, quote(docs)
    )
    progress.advance(stage, len(hits))
    extract = extract_task.with_options(timeout_seconds=settings.task_timeout)
    batches = _batches(misses, BATCH_SIZE)
    futures = (
        extract.map(batches, cache_dir=unmapped(settings.cache_dir), sources=unmapped(sources),
                    stage=unmapped(stage))
        if batches else []
    )
    by_doc: dict[str, Rows] = dict(hits)
    failures: list[DocumentFailure] = []
    log = get_run_logger()
    for future, batch in zip(futures, batches, strict=True):
        try:
            out: ExtractedBatch = future.result()
        except Exception as exc:  # the whole batch failed (timeout, crashed worker)
            reason = f"batch of {len(batch)} failed: {type(exc).__name__}: {exc}"
            log.error("extraction %s", reason)
            failures += [DocumentFailure(d.doc_id, sources.get(d.doc_id), "extraction", reason) for d in batch]
            progress.advance(stage, len(batch))
            continue
        by_doc.update(out.rows)
        failures += out.failures
    return by_doc, failures, len(hits)


def _runner_from_env() -> Any:
    """The task runner the environment asks for; a bad setting is reported by the run itself."""
    try:
        return make_task_runner(Settings.from_env())
    except ValueError:
        return ThreadPoolTaskRunner()


@flow(name="agefacts-build", log_prints=True, task_runner=_runner_from_env())
def build(
    sources: str | None = None,
    warehouse: str | None = None,
    offline: bool | None = None,
    refresh: bool | None = None,
) -> BuildResult:
    """Build the dataset from the sources folder into a new warehouse version."""
    settings = Settings.from_env(
        sources=Path(sources) if sources else None,
        warehouse=Path(warehouse) if warehouse else None,
        offline=offline,
        refresh=refresh,
    )
    log = get_run_logger()
    wh = Warehouse(settings.warehouse)
    with wh.run_lock(settings.lock_timeout, on_wait=log.warning):
        ensure_global_limit(settings)
        io = {"timeout_seconds": settings.task_timeout}
        files, fingerprints = discover_task.with_options(**io)(settings.sources)
        with timed("flow"):
            key = run_key(fingerprints, settings)
            record = RunRecord.load(settings.cache_dir)
            unchanged = record is not None and record.still_valid(key, wh.head_snapshot(), settings)
        if unchanged:
            return _unchanged(record, settings)

        ingested = read_task.with_options(**io)(quote(files))
        with timed("flow"):
            before = wh.latest()

        with timed("flow"):
            docs = [DocumentText(d["doc_id"], d["text"], d["kind"]) for d in ingested.documents]
            paths = {d["doc_id"]: d["source_path"] for d in ingested.documents}
        by_doc, failures, reused = _extract_all(settings, docs, paths)
        with timed("flow"):
            rows = merge([by_doc[d.doc_id] for d in docs if d.doc_id in by_doc])

        resolution, requests_sent = resolve_task.with_options(**io)(
            quote(rows.get("citations", [])), settings
        )
        rows["citations"], rows["works"] = resolution.citations, resolution.works
        abstract_texts, abstract_docs = abstract_documents(resolution.works, resolution.raw)
        if abstract_texts:  # fetched abstracts go through the same extraction as articles
            abstract_paths = {d["doc_id"]: d["source_path"] for d in abstract_docs}
            more, abstract_failures, more_reused = _extract_all(
                settings, abstract_texts, abstract_paths, stage="extract abstracts"
            )
            with timed("flow"):
                rows = merge([rows, *(more[d.doc_id] for d in abstract_texts if d.doc_id in more)])
            docs, failures, reused = docs + abstract_texts, failures + abstract_failures, reused + more_reused

        with timed("flow"):
            failed_ids = {f.doc_id for f in failures}
            every = ingested.documents + abstract_docs
            kept = [d for d in every if d["doc_id"] not in failed_ids]
            shas = {d["doc_id"]: d["sha256"] for d in every}
            rows["documents"] = kept
            rejected = [r.as_row() for r in ingested.rejected]
            rejected += [f.as_rejected_input(shas.get(f.doc_id)) for f in failures]
            rows["rejected_inputs"] = rejected
        if failures:
            log.warning(
                "%d of %d documents failed extraction and are left out of this version: %s",
                len(failures), len(docs), ", ".join(sorted(failed_ids)[:20]),
            )

        rows = curation_task.with_options(**io)(
            quote(rows), settings.curation or settings.raw / "curation"
        )
        validated = validate_task.with_options(**io)(quote(rows))
        committed = load_task.with_options(**io)(
            settings.warehouse, quote(validated), quote(ingested.manifest)
        )
        latest = committed or before
        failed_rows = [f.__dict__ for f in failures]
        with timed("report"):
            failed_checks = sum(1 for c in validated.checks if c.failed)
            quality = reports.quality_report(
                validated.checks, validated.quarantine, failed_rows, rejected, len(kept)
            )
            described = (
                f"{len(validated.checks)} checks, {failed_checks} failing; "
                f"{validated.quarantine.height} rows quarantined; {len(failed_rows)} documents failed"
            )
        report_task.with_options(**io)(quality, described, before, latest, str(settings.warehouse))
        RunRecord(
            key=key,
            version=latest["version"] if latest else None,
            content_hash=latest["content_hash"] if latest else None,
            snapshot=wh.head_snapshot(),
            requests_sent=requests_sent,
            failed_documents=len(failures),
            documents=len(kept),
            rejected=rejected,
            quarantined=validated.quarantine.height,
            failed_checks=failed_checks,
            quality_report=quality,
            quality_description=described,
            row_counts={n: df.height for n, df in validated.valid.items()},
        ).save(settings.cache_dir)
    return BuildResult(
        version=latest["version"] if latest else None,
        previous_version=before["version"] if before else None,
        documents=len(kept),
        rejected=rejected,
        quarantined=validated.quarantine.height,
        row_counts={n: df.height for n, df in validated.valid.items()},
        extracted=len(docs) - reused,
        reused=reused,
        failed=failed_rows,
        failed_checks=failed_checks,
        flow_run_id=flow_run.get_id(),
        flow_run_name=flow_run.get_name(),
    )


def _unchanged(record: RunRecord, settings: Settings) -> BuildResult:
    """Nothing changed since the recorded run: republish its reports and stop."""
    get_run_logger().info(
        "inputs, code, vocabularies, curation and HTTP cache unchanged since version %d: "
        "nothing to extract, resolve, validate or commit", record.version,
    )
    note = (
        f"> Unchanged since version {record.version}: this run found the same inputs, code, "
        "vocabularies, curation and HTTP cache, so the checks below are those of that version.\n\n"
    )
    latest = record.version_row()
    report_task.with_options(timeout_seconds=settings.task_timeout)(
        note + record.quality_report, record.quality_description, latest, latest,
        str(settings.warehouse),
    )
    return BuildResult(
        version=record.version,
        previous_version=record.version,
        documents=record.documents,
        rejected=record.rejected,
        quarantined=record.quarantined,
        row_counts=record.row_counts,
        extracted=0,
        reused=record.documents,
        failed_checks=record.failed_checks,
        unchanged=True,
        flow_run_id=flow_run.get_id(),
        flow_run_name=flow_run.get_name(),
    )


def configured(settings: Settings) -> Any:
    """The build flow with the task runner ``settings`` ask for."""
    return build.with_options(task_runner=make_task_runner(settings))
