"""CLI commands for releases: ``release``, ``diff``, ``verify`` and ``docs``.

Kept here and registered on the main app by :func:`register`, so ``agefacts/cli.py`` stays small.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True, soft_wrap=True)  # messages stay whole lines, whatever the width


class DiffFormat(StrEnum):
    text = "text"
    json = "json"


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


def default_out() -> Path:
    from agefacts.settings import _project_root

    return Path(os.environ.get("AGEFACTS_RELEASES", _project_root() / "releases"))


WarehouseOpt = Annotated[
    Path | None,
    typer.Option("--warehouse", "-w", help="Warehouse catalog file [env: AGEFACTS_WAREHOUSE]."),
]


def release(
    warehouse: WarehouseOpt = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Releases folder [env: AGEFACTS_RELEASES; default releases/].")
    ] = None,
    warehouse_version: Annotated[
        int | None, typer.Option(help="Publish this warehouse version (default: the latest).")
    ] = None,
    number: Annotated[
        str | None,
        typer.Option(help="Release number to use; must not be below what the change requires."),
    ] = None,
) -> None:
    """Publish the latest warehouse version as <out>/<MAJOR.MINOR.PATCH>/."""
    from agefacts.release.load import ReleaseIntegrityError
    from agefacts.release.publish import PublishRefusedError, publish
    from agefacts.release.snapshot import SnapshotError
    from agefacts.release.verify import verify_release
    from agefacts.settings import Settings

    wh = Settings.from_env(warehouse=warehouse).warehouse
    try:
        result = publish(wh, out or default_out(), warehouse_version, number)
    except (PublishRefusedError, SnapshotError, ValueError) as exc:
        raise _fail(str(exc)) from None
    except ReleaseIntegrityError as exc:  # the previous release, which the new one is diffed with
        raise _fail(f"previous release is damaged, run `agefacts verify` on it: {exc}") from None
    typer.echo(result.message)
    if result.status == "published":
        report = verify_release(result.path)
        if not report.ok:
            for p in report.problems:
                err.print(f"[red]{p}[/]", highlight=False)
            raise _fail(f"release {result.version} failed verification")
        from agefacts.release.files import DESCRIPTOR, sha256_file

        typer.echo(f"{DESCRIPTOR} sha256 {sha256_file(result.path / DESCRIPTOR)}")


def _snapshot(location: str, warehouse: Path | None, cache_dir: Path | None):
    from agefacts.release.load import is_url
    from agefacts.release.snapshot import release_snapshot, warehouse_snapshot
    from agefacts.settings import Settings

    as_version = location.isdigit() and (warehouse is not None or not Path(location).exists())
    if as_version:
        wh = Settings.from_env(warehouse=warehouse).warehouse
        return warehouse_snapshot(wh, int(location), public_only=False)[0]
    if not is_url(location) and not Path(location).exists():
        raise _fail(f"{location} is neither a release folder, a URL nor a warehouse version")
    return release_snapshot(location, cache_dir=cache_dir)


def diff(
    a: Annotated[str, typer.Argument(help="Old side: a release folder or URL, or a warehouse version number.")],
    b: Annotated[str, typer.Argument(help="New side, the same kind as A.")],
    warehouse: WarehouseOpt = None,
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.text,
    limit: Annotated[
        int | None, typer.Option(help="Keys listed per kind and table (default: 10 in text, all in JSON).")
    ] = None,
    cache_dir: Annotated[Path | None, typer.Option(help="Cache for releases fetched over HTTP.")] = None,
) -> None:
    """Rows added, removed and changed (by primary key) per table between A and B."""
    from agefacts.release.diff import diff as compute
    from agefacts.release.diff import render_text
    from agefacts.release.load import ReleaseIntegrityError
    from agefacts.release.snapshot import SnapshotError

    try:
        old = _snapshot(a, warehouse, cache_dir)
        new = _snapshot(b, warehouse, cache_dir)
    except (SnapshotError, ReleaseIntegrityError, FileNotFoundError, KeyError) as exc:
        raise _fail(str(exc)) from None
    result = compute(old, new)
    if format is DiffFormat.json:
        typer.echo(result.to_json(limit))
    else:
        typer.echo(render_text(result, 10 if limit is None else limit))


def verify(
    directory: Annotated[Path, typer.Argument(help="Release folder (holding datapackage.json).")],
    sha256: Annotated[
        str | None, typer.Option(help="Expected SHA-256 of datapackage.json (a pinned release).")
    ] = None,
) -> None:
    """Check every file's size and SHA-256 and validate every table; exit 1 on any problem."""
    from agefacts.release.verify import verify_release

    report = verify_release(directory, sha256)
    if not report.ok:
        for p in report.problems:
            typer.echo(f"FAIL {p}")
        raise _fail(f"release {report.version or directory} is not intact: {len(report.problems)} problem(s)")
    rows = sum(report.rows.values())
    typer.echo(f"OK release {report.version}: {len(report.rows)} tables, {rows} rows, all hashes match")


def docs(
    out: Annotated[Path | None, typer.Option(help="Where to write (default docs/data_dictionary.md).")] = None,
    check: Annotated[bool, typer.Option("--check", help="Only check it is up to date.")] = False,
) -> None:
    """Regenerate docs/data_dictionary.md from schemas/."""
    from agefacts.release.dictionary import REPO_PATH, repo_dictionary
    from agefacts.settings import _project_root

    path = out or _project_root() / REPO_PATH
    text = repo_dictionary()
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if check:
        if current != text:
            raise _fail(f"{path} is out of date: run `agefacts docs`")
        typer.echo(f"{path} is up to date")
        return
    if current == text:
        typer.echo(f"{path} is up to date")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {path}")


def register(app: typer.Typer) -> None:
    for command in (release, diff, verify, docs):
        app.command()(command)
