"""A curator's file changes fact statuses in the warehouse; bad entries are logged, not fatal."""

from __future__ import annotations

from pathlib import Path

from agefacts.warehouse import Warehouse
from flows.build import build


def test_curation_is_applied_and_problems_recorded(sources, warehouse_path, tmp_path):
    build(sources=str(sources), warehouse=str(warehouse_path))
    wh = Warehouse(warehouse_path)
    mentions = wh.read_table("mentions").sort("mention_id")
    target, other = mentions.row(0, named=True), mentions.row(1, named=True)
    assert set(mentions["status"]) == {"extracted"}

    curation = tmp_path / "raw" / "curation"  # AGEFACTS_RAW points at tmp_path/raw in tests
    curation.mkdir(parents=True)
    (curation / "decisions.yaml").write_text(
        f"""entries:
  - {{id: e1, table: mentions, action: reject, fact_id: {target['mention_id']},
      curator: Test Curator, date: 2026-01-02, reason: Not a gene here.}}
  - {{id: e2, table: mentions, action: accept, fact_id: {other['mention_id']},
      curator: Test Curator, date: 2026-01-02, reason: Checked.}}
  - {{id: e3, table: claims, action: reject, fact_id: c-does-not-exist,
      curator: Test Curator, date: 2026-01-02, reason: Stale on purpose.}}
  - {{id: e4, table: mentions, action: explode}}
""",
        encoding="utf-8",
    )
    result = build(sources=str(sources), warehouse=str(warehouse_path))
    assert result.version == 2
    after = wh.read_table("mentions")
    status = dict(zip(after["mention_id"], after["status"], strict=True))
    assert status[target["mention_id"]] == "rejected"  # kept, marked, never dropped
    assert status[other["mention_id"]] == "accepted"
    assert after.height == mentions.height
    log = {r["entry_id"]: r for r in wh.read_table("curation_log").iter_rows(named=True)}
    assert log["e1"]["outcome"] == "applied" and log["e2"]["outcome"] == "applied"
    assert log["e3"]["outcome"] == "stale" and "c-does-not-exist" in log["e3"]["message"]
    assert log["e4"]["outcome"] == "malformed" and "decisions.yaml" in log["e4"]["message"]
    # the version before curation still shows the unreviewed statuses
    assert set(wh.read_table("mentions", version=1)["status"]) == {"extracted"}


def test_missing_curation_folder_is_fine(sources, warehouse_path):
    assert not Path(str(warehouse_path)).exists()
    assert build(sources=str(sources), warehouse=str(warehouse_path)).version == 1
