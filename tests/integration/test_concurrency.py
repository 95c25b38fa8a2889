"""Two runs on one warehouse, and analysts reading while a run writes."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from agefacts.warehouse import Warehouse, WarehouseBusyError
from flows.build import build

AGEFACTS = str(Path(sys.executable).with_name("agefacts"))


def test_two_runs_started_at_once_one_commits_the_other_finds_no_change(
    sources, warehouse_path, prefect_env
):
    cmd = [AGEFACTS, "run", "--offline", "--sources", str(sources), "--warehouse",
           str(warehouse_path)]
    env = {**prefect_env, "AGEFACTS_RAW": str(warehouse_path.parent / "raw"),
           "PREFECT_LOGGING_LEVEL": "INFO"}
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    stdout = sorted(o[0].strip().splitlines()[-1] for o in outs)
    assert stdout[0].startswith("no change") and "version 1" in stdout[0]
    assert stdout[1].startswith("version 1 committed")
    wh = Warehouse(warehouse_path)
    assert [v["version"] for v in wh.versions()] == [1]
    docs = wh.read_table("documents")
    sentences = wh.read_table("sentences")
    assert docs.height == 3
    assert sentences.n_unique(["doc_id", "sentence_id"]) == sentences.height > 100


def test_a_second_run_waits_for_the_first_then_goes_on(sources, warehouse_path, caplog):
    wh = Warehouse(warehouse_path)
    held = threading.Event()

    def hold():
        with wh.run_lock():
            held.set()
            time.sleep(3)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    started = time.monotonic()
    result = build(sources=str(sources), warehouse=str(warehouse_path))
    holder.join()
    assert time.monotonic() - started >= 2.5 and result.version == 1
    assert any("being built by pid" in r.getMessage() and "waiting" in r.getMessage()
               for r in caplog.records)


def test_a_second_run_stops_with_a_clear_message_when_the_wait_is_over(
    sources, warehouse_path, monkeypatch
):
    monkeypatch.setenv("AGEFACTS_LOCK_TIMEOUT", "1")
    with Warehouse(warehouse_path).run_lock(), pytest.raises(WarehouseBusyError) as info:
        build(sources=str(sources), warehouse=str(warehouse_path))
    message = str(info.value)
    assert f"warehouse {warehouse_path} is being built by pid" in message
    assert "gave up after 1s" in message and "AGEFACTS_LOCK_TIMEOUT" in message
    assert Warehouse(warehouse_path).versions() == []


READER = """
import sys, time
from agefacts.warehouse import Warehouse
wh = Warehouse(sys.argv[1])
mode = sys.argv[2]
if mode == "hold":
    # An analyst's open session in the middle of a transaction, while the flow commits.
    con = wh.session()
    con.execute("BEGIN TRANSACTION")
    print("ready", con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
    sys.stdin.readline()
    print("same", con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
    con.execute("COMMIT")
    print("after", con.execute("SELECT count(*) FROM documents").fetchone()[0], flush=True)
else:
    # Analysts querying the latest committed version over and over while the flow runs.
    errors, seen = [], set()
    print("ready", flush=True)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            con = wh.session()
            seen.add(con.execute("SELECT count(*) FROM documents").fetchone()[0])
            con.close()
        except Exception as exc:
            errors.append(repr(exc))
        if seen and max(seen) == 4:
            break
    print("seen", sorted(seen), "errors", errors[:3], flush=True)
"""


def _reader(warehouse_path: Path, mode: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", READER, str(warehouse_path), mode],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert proc.stdout.readline().startswith("ready"), proc.stderr.read()
    return proc


NEW = "A Walk A Day\n\nBy Ann Ito\n\nWalking every day helps older adults keep muscle.\n"


def test_an_open_analyst_session_does_not_block_a_run_and_keeps_its_snapshot(
    sources, warehouse_path
):
    build(sources=str(sources), warehouse=str(warehouse_path))
    reader = _reader(warehouse_path, "hold")
    try:
        (sources / "walk.txt").write_text(NEW, encoding="utf-8")
        result = build(sources=str(sources), warehouse=str(warehouse_path))
        assert result.version == 2
        out, err = reader.communicate("go\n", timeout=60)
    finally:
        reader.kill()
    assert out.split() == ["same", "3", "after", "4"], err


def test_analysts_query_the_latest_committed_version_while_a_run_writes(
    sources, warehouse_path
):
    build(sources=str(sources), warehouse=str(warehouse_path))
    reader = _reader(warehouse_path, "poll")
    try:
        (sources / "walk.txt").write_text(NEW, encoding="utf-8")
        assert build(sources=str(sources), warehouse=str(warehouse_path)).version == 2
        out, err = reader.communicate(timeout=120)
    finally:
        reader.kill()
    assert "errors []" in out, out + err
    assert "seen [3, 4]" in out or "seen [4]" in out, out
