"""Progress events from the flow's tasks to whoever watches this process (the interactive CLI).

Tasks report ``start(stage, total)`` and ``advance(stage, n)``; with no listener (a deployment, CI,
a test) that costs one list lookup. Listeners run in the task's thread, so they must be
thread-safe (rich's ``Progress`` is). Tasks running in other processes (a Dask cluster with
process workers) report nothing here: their progress is in the Prefect UI.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Protocol

#: Stages the build reports, in order, with the label a display shows.
STAGES = {
    "read": "documents read",
    "extract": "documents extracted",
    "dois": "DOIs resolved",
    "extract abstracts": "abstracts extracted",
}


class Listener(Protocol):
    def start(self, stage: str, total: int) -> None: ...

    def advance(self, stage: str, n: int) -> None: ...


_listeners: list[Listener] = []
_lock = threading.Lock()


def start(stage: str, total: int) -> None:
    for listener in list(_listeners):
        listener.start(stage, total)


def advance(stage: str, n: int = 1) -> None:
    if n:
        for listener in list(_listeners):
            listener.advance(stage, n)


@contextmanager
def listening(listener: Listener) -> Iterator[Listener]:
    with _lock:
        _listeners.append(listener)
    try:
        yield listener
    finally:
        with _lock:
            _listeners.remove(listener)


def interactive(stream: IO[str], env: dict[str, str] | None = None) -> bool:
    """Show a live display only to a person: a terminal, outside CI, not asked to be quiet."""
    env = os.environ if env is None else env
    if any(env.get(v) for v in ("CI", "AGEFACTS_NO_PROGRESS")) or env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class RichListener:
    """A rich progress bar per stage, on stderr so stdout stays parseable."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            TextColumn("{task.description:>20}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.tasks: dict[str, int] = {}

    def start(self, stage: str, total: int) -> None:
        label = STAGES.get(stage, stage)
        if stage in self.tasks:
            self.progress.update(self.tasks[stage], total=total, completed=0)
        else:
            self.tasks[stage] = self.progress.add_task(label, total=total)

    def advance(self, stage: str, n: int) -> None:
        if stage not in self.tasks:
            self.start(stage, 0)
        self.progress.advance(self.tasks[stage], n)

    def __enter__(self) -> RichListener:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()
