"""The ``agefacts`` command line: build, inspect and query the warehouse."""

from __future__ import annotations

import csv
import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table as RichTable

from agefacts.settings import Settings

app = typer.Typer(
    help="agefacts: curated, versioned molecular facts about exercise, muscle and aging.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)

WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", "-w", help="Warehouse catalog file [env: AGEFACTS_WAREHOUSE]."),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


_READ_ONLY = re.compile(
    r"^\s*(?:--[^\n]*\n\s*)*(select|with|from|describe|show|summarize|explain|pragma\s+table_info|values|table)\b",
    re.I,
)


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


@app.command()
def run(
    sources: Annotated[
        Path | None, typer.Option(help="Folder of source texts [env: AGEFACTS_SOURCES].")
    ] = None,
    warehouse: WarehouseOpt = None,
    offline: Annotated[
        bool | None,
        typer.Option("--offline/--online", help="Use only cached HTTP responses [env: AGEFACTS_OFFLINE]."),
    ] = None,
) -> None:
    """Build the dataset from the sources folder into a new warehouse version."""
    from flows.build import build

    settings = Settings.from_env(sources=sources, warehouse=warehouse, offline=offline)
    if not settings.sources.is_dir():
        raise _fail(f"sources folder {settings.sources} does not exist")
    result = build(
        sources=str(settings.sources), warehouse=str(settings.warehouse), offline=settings.offline
    )
    for r in result.rejected:
        err.print(f"[yellow]rejected[/] {r['detail']}", highlight=False)
    if result.quarantined:
        err.print(f"[yellow]{result.quarantined} rows quarantined[/] (see table quarantine)")
    if result.changed:
        typer.echo(f"version {result.version} committed to {settings.warehouse}")
    else:
        typer.echo(f"no change: warehouse {settings.warehouse} stays at version {result.version}")


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


def print_result(columns: list[str], rows: list[tuple[Any, ...]], fmt: Format) -> None:
    if fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is Format.json:
        typer.echo(json.dumps([dict(zip(columns, r, strict=True)) for r in rows], default=str, ensure_ascii=False, indent=1))
    else:
        out = RichTable(*columns, show_lines=False)
        for r in rows:
            out.add_row(*("" if v is None else str(v) for v in r))
        Console().print(out)


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="A read-only SQL statement.")],
    warehouse: WarehouseOpt = None,
    version: Annotated[int | None, typer.Option(help="Query this version (default: latest).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
) -> None:
    """Run read-only SQL over the latest (or a given) version."""
    import duckdb

    from agefacts.warehouse import VersionNotFoundError, Warehouse

    if not _READ_ONLY.match(sql):
        raise _fail("only read-only statements (SELECT, WITH, DESCRIBE, SHOW, ...) are allowed", 2)
    wh = Warehouse(Settings.from_env(warehouse=warehouse).warehouse)
    try:
        con = wh.session(version)
    except (FileNotFoundError, VersionNotFoundError) as exc:
        raise _fail(str(exc)) from None
    try:
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
