"""Run timing (time in Prefect) and the progress display's on/off rule."""

from __future__ import annotations

import io
import threading

from agefacts import progress
from flows import timing


def test_busy_time_is_the_union_of_overlapping_spans(monkeypatch):
    monkeypatch.setattr(timing, "_spans", [("a", 10.0, 12.0), ("b", 11.0, 13.0), ("c", 20.0, 21.0)])
    assert timing.busy_seconds(since=9.0) == 4.0
    assert timing.busy_seconds(since=15.0) == 1.0


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_only_to_a_person_on_a_terminal():
    assert progress.interactive(Tty(), env={})
    assert not progress.interactive(io.StringIO(), env={})
    assert not progress.interactive(Tty(), env={"CI": "true"})
    assert not progress.interactive(Tty(), env={"TERM": "dumb"})
    assert not progress.interactive(Tty(), env={"AGEFACTS_NO_PROGRESS": "1"})


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple] = []
        self.lock = threading.Lock()

    def start(self, stage, total):
        with self.lock:
            self.events.append(("start", stage, total))

    def advance(self, stage, n):
        with self.lock:
            self.events.append(("advance", stage, n))


def test_events_reach_listeners_from_any_thread_and_stop_after_listening():
    rec = Recorder()
    with progress.listening(rec):
        progress.start("extract", 40)
        threads = [threading.Thread(target=lambda: [progress.advance("extract") for _ in range(10)])
                   for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    progress.advance("extract")  # nobody listens any more
    assert rec.events[0] == ("start", "extract", 40)
    assert sum(e[2] for e in rec.events if e[0] == "advance") == 40
