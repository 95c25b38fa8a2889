"""Curation files: every action, and every way an entry can be malformed or stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agefacts.curation import CurationEntry, apply_curation, load_curation
from agefacts.ids import stable_id
from schemas import TABLES

ROOT = Path(__file__).resolve().parents[2]

HEADER = """# test curation file
entries:
"""


def write(tmp_path: Path, body: str, name: str = "curation.yaml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def claim(claim_id: str, **extra) -> dict:
    row = {
        "claim_id": claim_id, "doc_id": "doc", "sentence_id": 0, "subject_id": "HGNC:1",
        "subject_text": None, "relation": "increases", "object_id": None,
        "object_text": "fitness", "polarity": "positive", "species": "human", "hedged": False,
        "negated": False, "char_start": 0, "char_end": 10, "evidence": "0123456789",
        "citation_id": None, "status": "extracted", "extractor_version": "0.1.0",
        "vocabularies": "HGNC 2024-07",
    }
    row.update(extra)
    return row


def entry(action: str, fact_id: str | None = "c-1", table: str = "claims", **values):
    return CurationEntry(
        source="curation.yaml", entry_id=f"e-{action}", table=table, action=action,
        fact_id=fact_id, curator="A. Curator", date=dt.date(2026, 7, 1), reason="checked",
        values=values,
    )


# ---------------------------------------------------------------------------- loading


def test_loads_every_action_with_curator_date_and_reason(tmp_path):
    path = write(tmp_path, """
  - id: a1
    table: claims
    action: accept
    fact_id: c-1
    curator: A. Curator
    date: 2026-07-01
    reason: Right.
  - id: r1
    table: mentions
    action: reject
    fact_id: m-1
    curator: B. Curator
    date: "2026-07-02"
    reason: CAT here is the animal.
  - id: k1
    table: quantities
    action: correct
    fact_id: q-1
    set: {unit: percent, value: 45.0}
    curator: A. Curator
    date: 2026-07-03
    reason: Unit missed.
  - id: n1
    table: study_groups
    action: add
    row: {doc_id: doc, label: trained, n: 16}
    curator: A. Curator
    date: 2026-07-04
    reason: Group missed.
""")
    entries, problems = load_curation(path)
    assert problems == []
    assert [(e.entry_id, e.table, e.action) for e in entries] == [
        ("a1", "claims", "accept"), ("r1", "mentions", "reject"),
        ("k1", "quantities", "correct"), ("n1", "study_groups", "add"),
    ]
    assert entries[1].date == dt.date(2026, 7, 2) and entries[1].curator == "B. Curator"
    assert entries[2].values == {"unit": "percent", "value": 45.0}
    assert entries[3].values["n"] == 16 and entries[3].fact_id is None


def test_a_folder_is_read_file_by_file_in_name_order(tmp_path):
    body = """
  - id: x
    table: claims
    action: accept
    fact_id: c-{n}
    curator: C
    date: 2026-07-01
    reason: ok
"""
    write(tmp_path, body.format(n=2), "b.yaml")
    write(tmp_path, body.format(n=1), "a.yml")
    (tmp_path / "notes.txt").write_text("not curation")
    entries, problems = load_curation(tmp_path)
    assert problems == []
    assert [(e.source, e.fact_id) for e in entries] == [("a.yml", "c-1"), ("b.yaml", "c-2")]


def test_no_curation_is_not_an_error(tmp_path):
    assert load_curation(tmp_path / "absent.yaml") == ([], [])
    assert load_curation(None) == ([], [])
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing yet\nentries: []\n")
    assert load_curation(empty) == ([], [])


def test_unreadable_yaml_is_reported_with_its_file(tmp_path):
    bad = tmp_path / "broken.yaml"
    bad.write_text("entries:\n  - id: a\n    table: [claims\n")
    entries, problems = load_curation(tmp_path)
    assert entries == []
    (p,) = problems
    assert p["source"] == "broken.yaml" and p["outcome"] == "malformed"
    assert "broken.yaml" in p["message"] and "YAML" in p["message"]


def test_entries_must_be_a_list(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("entries: {id: a}\n")
    _, (p,) = load_curation(path)
    assert "must be a list" in p["message"]


VALID = {
    "id": "e1", "table": "claims", "action": "accept", "fact_id": "c-1", "curator": "C",
    "date": "2026-07-01", "reason": "ok",
}


def as_yaml(fields: dict) -> str:
    lines = []
    for i, (k, v) in enumerate(fields.items()):
        lead = "  - " if i == 0 else "    "
        lines.append(f"{lead}{k}: {v}")
    return "\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"id": None}, "missing `id`"),
        ({"table": "genes"}, "`table` must be one of"),
        ({"action": "approve"}, "`action` must be one of"),
        ({"curator": None}, "missing `curator`"),
        ({"reason": None}, "missing `reason`"),
        ({"date": "yesterday"}, "`date` must be an ISO date"),
        # Unquoted, these look like YAML timestamps that are no dates: one bad entry, not a crash.
        ({"date": "2026-13-45"}, "(got '2026-13-45')"),
        ({"date": "2026-02-30"}, "`date` must be an ISO date"),
        ({"fact_id": None}, "`accept` needs the `fact_id`"),
        ({"action": "reject", "fact_id": None}, "`reject` needs the `fact_id`"),
        ({"action": "correct"}, "`correct` needs `set`"),
        ({"action": "correct", "set": "{claim_id: c-2}"}, "may not change claim_id"),
        ({"action": "correct", "set": "{status: accepted}"}, "may not change status"),
        ({"action": "add", "fact_id": None}, "`add` needs `row`"),
        ({"action": "add", "row": "{char_start: 1, char_end: 2}"}, "needs `doc_id`"),
        ({"action": "add", "row": "{doc_id: d, char_start: 5}"}, "char_start` < `char_end"),
        ({"action": "add", "row": "{doc_id: d, char_start: 5, char_end: 5}"}, "< `char_end"),
    ],
)
def test_malformed_entries_are_reported_and_skipped(tmp_path, change, why):
    fields = {**VALID, **change}
    fields = {k: v for k, v in fields.items() if v is not None}
    good = {**VALID, "id": "fine", "fact_id": "c-9"}
    path = write(tmp_path, as_yaml(fields) + as_yaml(good))
    entries, problems = load_curation(path)
    assert [e.entry_id for e in entries] == ["fine"]  # the run goes on
    (p,) = problems
    assert p["outcome"] == "malformed" and why in p["message"], p["message"]
    assert p["message"].startswith("curation.yaml, entry ")


def test_a_date_with_a_time_still_counts_as_its_day(tmp_path):
    path = write(tmp_path, as_yaml({**VALID, "date": "2026-07-01 09:30:00"}))
    (e,), problems = load_curation(path)
    assert e.date == dt.date(2026, 7, 1) and not problems


def test_an_entry_that_is_not_a_mapping_and_duplicate_ids(tmp_path):
    path = write(tmp_path, "\n  - just a string\n" + as_yaml(VALID) + as_yaml(VALID))
    entries, problems = load_curation(path)
    assert len(entries) == 1
    messages = [p["message"] for p in problems]
    assert any("must be a mapping" in m for m in messages)
    assert any("duplicate id e1" in m for m in messages)


def test_study_groups_can_be_added_without_offsets(tmp_path):
    fields = {**VALID, "table": "study_groups", "action": "add",
              "row": "{doc_id: d, label: trained, n: 16}"}
    del fields["fact_id"]
    path = write(tmp_path, as_yaml(fields))
    entries, problems = load_curation(path)
    assert problems == [] and entries[0].action == "add"


# ---------------------------------------------------------------------------- applying


def test_accept_reject_and_correct_set_the_status_and_keep_rejected_rows():
    tables = {"claims": [claim("c-1"), claim("c-2"), claim("c-3"), claim("c-4")]}
    entries = [
        entry("accept", "c-1"),
        entry("reject", "c-2"),
        entry("correct", "c-3", relation="inhibits", polarity="negative"),
    ]
    out, log = apply_curation(tables, entries)
    status = {r["claim_id"]: r["status"] for r in out["claims"]}
    assert status == {"c-1": "accepted", "c-2": "rejected", "c-3": "corrected",
                      "c-4": "extracted"}
    corrected = next(r for r in out["claims"] if r["claim_id"] == "c-3")
    assert (corrected["relation"], corrected["polarity"]) == ("inhibits", "negative")
    assert [r["outcome"] for r in log] == ["applied"] * 3
    assert tables["claims"][1]["status"] == "extracted"  # the input is not modified


def test_add_appends_a_row_with_a_stable_id():
    row = {"doc_id": "doc", "char_start": 0, "char_end": 4, "surface": "IL-6",
           "entity_id": "HGNC:6018"}
    e = entry("add", None, table="mentions", **row)
    out, log = apply_curation({"mentions": []}, [e])
    (added,) = out["mentions"]
    assert added["status"] == "added" and added["extractor_version"] == "curation"
    assert added["mention_id"] == stable_id("m", "curation", "curation.yaml", "e-add")
    assert log[0]["outcome"] == "applied" and log[0]["fact_id"] == added["mention_id"]
    again, _ = apply_curation({"mentions": []}, [e])
    assert again["mentions"][0]["mention_id"] == added["mention_id"]


def test_add_with_a_given_id_that_exists_is_malformed():
    out, log = apply_curation(
        {"claims": [claim("c-1")]},
        [entry("add", "c-1", doc_id="doc", char_start=0, char_end=10, evidence="0123456789")],
    )
    assert len(out["claims"]) == 1
    assert log[0]["outcome"] == "malformed" and "already has" in log[0]["message"]


def test_a_fact_that_no_longer_exists_is_stale_and_named():
    out, log = apply_curation({"claims": [claim("c-1")]}, [entry("reject", "c-gone")])
    assert out["claims"][0]["status"] == "extracted"
    (row,) = log
    assert row["outcome"] == "stale"
    assert "curation.yaml, entry e-reject" in row["message"] and "c-gone" in row["message"]
    _, log = apply_curation({}, [entry("accept", "cit-1", table="citations")])
    assert log[0]["outcome"] == "stale"  # a table with no rows at all


def test_correcting_an_unknown_column_is_malformed():
    out, log = apply_curation({"claims": [claim("c-1")]}, [entry("correct", "c-1", colour="red")])
    assert out["claims"][0]["status"] == "extracted"
    assert log[0]["outcome"] == "malformed" and "colour" in log[0]["message"]


def test_the_later_entry_on_a_fact_wins():
    out, log = apply_curation(
        {"claims": [claim("c-1")]}, [entry("reject", "c-1"), entry("accept", "c-1")]
    )
    assert out["claims"][0]["status"] == "accepted" and len(log) == 2


def test_rows_without_status_default_to_extracted():
    out, _ = apply_curation({"mentions": [{"mention_id": "m-1"}]}, [])
    assert out["mentions"][0]["status"] == "extracted"


def test_log_and_problems_fit_the_curation_log_schema(tmp_path):
    path = write(tmp_path, as_yaml(VALID) + as_yaml({**VALID, "id": "bad", "date": "never"}))
    entries, problems = load_curation(path)
    _, log = apply_curation({"claims": [claim("c-1")]}, entries)
    table = TABLES["curation_log"]
    frame = table.frame(problems + log)
    table.model.validate(frame)
    assert frame["outcome"].to_list() == ["malformed", "applied"]


def test_curated_claims_still_fit_the_claims_schema():
    out, _ = apply_curation(
        {"claims": [claim("c-0000000000000001"), claim("c-0000000000000002")]},
        [entry("reject", "c-0000000000000001"),
         entry("correct", "c-0000000000000002", relation="inhibits")],
    )
    TABLES["claims"].model.validate(TABLES["claims"].frame(out["claims"]))


def test_the_shipped_curation_file_reads_cleanly_and_targets_a_real_mention():
    entries, problems = load_curation(ROOT / "raw" / "curation")
    assert problems == [] and entries
    (e,) = [e for e in entries if e.entry_id == "cur-0001"]
    doc_id = "000_11a567a2f0d6e70c"
    text = (ROOT / "raw" / "sources" / f"{doc_id}.txt").read_text(encoding="utf-8")
    start = text.index("IGFBP7")
    assert e.fact_id == stable_id("m", doc_id, start, start + 6, "HGNC:5476")
    out, log = apply_curation({"mentions": [{"mention_id": e.fact_id}]}, [e])
    assert out["mentions"][0]["status"] == "accepted" and log[0]["outcome"] == "applied"
