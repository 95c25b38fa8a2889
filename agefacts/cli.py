"""The ``agefacts`` command line: build, inspect and query the warehouse."""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable

from agefacts.settings import Settings

# The Makefile's Prefect defaults, for `agefacts` called directly (before Prefect is imported):
# the temporary server can take over Prefect's 20 s to start on a busy 2-core machine, and
# telemetry logs an ERROR on every run without network. The environment still wins.
for _var, _value in (
    ("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120"),
    ("PREFECT_SERVER_ANALYTICS_ENABLED", "false"),
):
    os.environ.setdefault(_var, _value)

app = typer.Typer(
    help="agefacts: curated, versioned molecular facts about exercise, muscle and aging.",
    no_args_is_help=True,
    add_completion=False,
)
# soft_wrap: a message naming a long path must stay on one line (and greppable) when piped.
err = Console(stderr=True, soft_wrap=True)

WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", "-w", help="Warehouse catalog file [env: AGEFACTS_WAREHOUSE]."),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    return typer.Exit(code)


SourcesOpt = Annotated[
    Path | None, typer.Option(help="Folder of source texts [env: AGEFACTS_SOURCES].")
]
OfflineOpt = Annotated[
    bool | None,
    typer.Option("--offline/--online", help="Use only cached HTTP responses [env: AGEFACTS_OFFLINE]."),
]
RefreshOpt = Annotated[
    bool | None,
    typer.Option(
        "--refresh/--no-refresh",
        help="Fetch DOIs again even if already fetched [env: AGEFACTS_REFRESH].",
    ),
]
RunnerOpt = Annotated[
    str | None,
    typer.Option("--task-runner", help="threads or dask [env: AGEFACTS_TASK_RUNNER]."),
]


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings.from_env(**overrides)
    except ValueError as exc:
        raise _fail(str(exc), 2) from None


@app.command()
def run(
    sources: SourcesOpt = None,
    warehouse: WarehouseOpt = None,
    offline: OfflineOpt = None,
    refresh: RefreshOpt = None,
    task_runner: RunnerOpt = None,
    show_progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Live progress display (default: only on a terminal, never in CI).",
        ),
    ] = None,
) -> None:
    """Build the dataset from the sources folder into a new warehouse version."""
    from agefacts import progress
    from agefacts.warehouse import WarehouseBusyError
    from flows.build import configured

    settings = _settings(
        sources=sources, warehouse=warehouse, offline=offline, refresh=refresh,
        task_runner=task_runner,
    )
    if not settings.sources.is_dir():
        raise _fail(f"sources folder {settings.sources} does not exist")
    flow = configured(settings)
    params = {
        "sources": str(settings.sources), "warehouse": str(settings.warehouse),
        "offline": settings.offline, "refresh": settings.refresh,
    }
    show = progress.interactive(sys.stdout) if show_progress is None else show_progress
    try:
        if show:
            with progress.RichListener() as listener, progress.listening(listener):
                result = flow(**params)
        else:
            result = flow(**params)
    except WarehouseBusyError as exc:
        raise _fail(str(exc), 3) from None
    for r in result.rejected:
        err.print(f"[yellow]rejected[/] {r['detail']}", highlight=False)
    if result.failed:
        err.print(
            f"[yellow]{len(result.failed)} documents failed extraction[/] and are left out "
            "(see table rejected_inputs, reason extract_failed)", highlight=False,
        )
    if result.quarantined:
        err.print(f"[yellow]{result.quarantined} rows quarantined[/] (see table quarantine)")
    if result.unchanged:
        err.print(
            f"{result.documents} documents: inputs, code and caches unchanged since version "
            f"{result.version}; nothing extracted, validated or committed", highlight=False,
        )
    else:
        err.print(
            f"{result.documents} documents: {result.extracted} extracted, "
            f"{result.reused} unchanged (cached extraction reused)", highlight=False,
        )
    err.print(
        f"flow run {result.flow_run_name} ({result.flow_run_id}): logs and data-quality "
        "artifacts in the Prefect UI", highlight=False,
    )
    if result.changed:
        typer.echo(f"version {result.version} committed to {settings.warehouse}")
    else:
        typer.echo(f"no change: warehouse {settings.warehouse} stays at version {result.version}")


@app.command()
def serve(
    cron: Annotated[
        str, typer.Option(help="Cron schedule of the runs (5 fields, in --timezone).")
    ] = "0 6 * * *",
    timezone: Annotated[str, typer.Option(help="Time zone of the cron schedule.")] = "UTC",
    name: Annotated[str, typer.Option(help="Deployment name.")] = "scheduled",
    sources: SourcesOpt = None,
    warehouse: WarehouseOpt = None,
    offline: OfflineOpt = None,
    refresh: RefreshOpt = None,
    task_runner: RunnerOpt = None,
) -> None:
    """Serve the build flow on a schedule: a deployment plus a runner, until interrupted.

    Needs a Prefect API to schedule against (PREFECT_API_URL; see docs/operations.md).
    """
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.deployments.runner import EntrypointType
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        # Prefect's temporary server never fires a schedule; it only logs a warning.
        raise _fail(
            "serve needs a Prefect server to schedule against: run `prefect server start` and "
            "set PREFECT_API_URL (see docs/operations.md)", 2,
        )
    settings = _settings(
        sources=sources, warehouse=warehouse, offline=offline, refresh=refresh,
        task_runner=task_runner,
    )
    try:
        schedule = CronSchedule(cron=cron, timezone=timezone)
    except ValueError as exc:
        raise _fail(f"invalid schedule {cron!r} ({timezone}): {exc}", 2) from None
    # Flow runs start in subprocesses that read their settings from this environment.
    os.environ["AGEFACTS_TASK_RUNNER"] = settings.task_runner
    from flows.build import build

    parameters: dict[str, Any] = {
        "sources": str(settings.sources.resolve()),
        "warehouse": str(settings.warehouse.resolve()),
    }
    if offline is not None:
        parameters["offline"] = offline
    if refresh is not None:
        parameters["refresh"] = refresh
    build.serve(
        name=name,
        schedules=[schedule],
        parameters=parameters,
        description="Build the agefacts dataset into a new warehouse version.",
        tags=["agefacts"],
        limit=1,
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


@app.command()
def versions(warehouse: WarehouseOpt = None) -> None:
    """List the warehouse's versions, newest last."""
    from agefacts.warehouse import Warehouse

    wh = Warehouse(Settings.from_env(warehouse=warehouse).warehouse)
    rows = wh.versions()
    if not rows:
        raise _fail(f"no versions in {wh.path}: run `agefacts run` first")
    out = RichTable("version", "created_at", "snapshot", "content_hash", "code", "documents", "rows")
    for v in rows:
        counts = json.loads(v["row_counts"])
        out.add_row(
            str(v["version"]),
            v["created_at"].isoformat(timespec="seconds"),
            str(v["snapshot_id"]),
            v["content_hash"][:12],
            v["code_version"],
            str(counts.get("documents", 0)),
            str(sum(counts.values())),
        )
    Console().print(out)


def _plain(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _text_table(columns: list[str], rows: list[tuple[Any, ...]]) -> str:
    """An aligned plain-text table: nothing cut, one line per row, for files, pipes and logs."""
    from rich.cells import cell_len

    cells = [[_plain(v) for v in r] for r in rows]
    numeric = [
        all(isinstance(r[i], int | float) or r[i] is None for r in rows) and bool(rows)
        for i in range(len(columns))
    ]
    widths = [
        max([cell_len(c)] + [cell_len(r[i]) for r in cells]) for i, c in enumerate(columns)
    ]

    def line(values: list[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - cell_len(v))
            parts.append(pad + v if numeric[i] else v + pad)
        return "  ".join(parts).rstrip()

    out = [line(columns), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    return "\n".join(out)


def print_result(
    columns: list[str], rows: list[tuple[Any, ...]], fmt: Format, terminal: bool | None = None
) -> None:
    """CSV and JSON for programs; a table for people: boxed on a terminal, plain when piped."""
    if fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return
    if fmt is Format.json:
        typer.echo(
            json.dumps(
                [dict(zip(columns, r, strict=True)) for r in rows],
                default=str, ensure_ascii=False, indent=1,
            )
        )
        return
    terminal = sys.stdout.isatty() if terminal is None else terminal
    if not terminal:
        typer.echo(_text_table(columns, rows))
        err.print(f"({len(rows)} rows)", highlight=False)
        return
    cells = [["" if v is None else str(v) for v in r] for r in rows]
    out = RichTable(*columns, show_lines=False, caption=f"{len(rows)} rows")
    for i, col in enumerate(out.columns):
        col.overflow = "fold"  # wrap long values, never cut them
        col.min_width = min(24, max([len(columns[i])] + [len(r[i]) for r in cells]))
    for r in cells:
        out.add_row(*r)
    Console().print(out)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="One read-only SQL statement.")],
    warehouse: WarehouseOpt = None,
    version: Annotated[int | None, typer.Option(help="Query this version (default: latest).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Run one read-only SQL statement over the latest (or a given) version.

    Tables and the analyst views (claim_evidence, gene_outcome_evidence, citation_works,
    quantity_context) are available by their plain names; see docs/queries.md.
    """
    import duckdb

    from agefacts.sqlguard import UnsafeQueryError, check_read_only, lock_down
    from agefacts.warehouse import VersionNotFoundError, Warehouse

    try:
        check_read_only(sql)
    except UnsafeQueryError as exc:
        raise _fail(f"refused: {exc}", 2) from None
    wh = Warehouse(_settings(warehouse=warehouse).warehouse)
    try:
        con = wh.session(version)
    except (FileNotFoundError, VersionNotFoundError) as exc:
        raise _fail(str(exc)) from None
    try:
        lock_down(con, directories=[str(wh.data_path)], paths=[str(wh.path)])
        cur = con.execute(sql)
        columns = [d[0] for d in cur.description or []]
        rows = cur.fetchall()
    except duckdb.Error as exc:
        raise _fail(f"query failed: {exc}") from None
    finally:
        con.close()
    print_result(columns, rows, format)


from agefacts.release.cli import register as _register_release  # noqa: E402

_register_release(app)


if __name__ == "__main__":
    app()
