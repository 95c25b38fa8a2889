"""Releases of a real warehouse: publish, reproduce, refuse overwrites, diff, verify, load."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest
from typer.testing import CliRunner

from agefacts.cli import app
from agefacts.release.files import DESCRIPTOR, write_parquet
from agefacts.release.load import ReleaseIntegrityError, load_release
from agefacts.release.publish import PublishRefusedError, publish
from agefacts.release.verify import verify_release
from agefacts.warehouse import VersionInfo, Warehouse
from flows.build import build
from schemas import TABLES

PUBLIC = [name for name, t in TABLES.items() if t.public]
runner = CliRunner()

NEW_ARTICLE = """Cold Water Swimming and Mitochondria

By Ana Lima

Published: 3 April 2025

Winter swimmers showed more mitochondria in their thigh muscles than matched controls.
The study followed 40 adults for one season.
"""


def cli(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seed_warehouse(tmp_path_factory, prefect_harness) -> Path:
    """The seeds built once for this module; tests only read it."""
    from tests.conftest import SEEDS

    root = tmp_path_factory.mktemp("seedwh")
    shutil.copytree(SEEDS, root / "sources")
    path = root / "wh" / "agefacts.ducklake"
    with pytest.MonkeyPatch.context() as mp:  # as the function-scoped _no_internet does
        mp.setenv("AGEFACTS_OFFLINE", "1")
        mp.setenv("AGEFACTS_RAW", str(root / "raw"))
        build(sources=str(root / "sources"), warehouse=str(path))
    return path


def derived_warehouse(src: Path, dst: Path, edit) -> Path:
    """A copy of ``src``'s latest version with ``edit(frames)`` applied, committed to ``dst``."""
    wh = Warehouse(src)
    frames = edit({name: wh.read_table(name) for name in TABLES})
    row = wh.latest()
    Warehouse(dst).commit(
        frames,
        VersionInfo(None, row["code_version"], row["extractor_version"], {}, json.loads(row["inputs_manifest"])),
    )
    return dst


def retitle(frames):
    docs = frames["documents"].sort("doc_id")
    first = docs["doc_id"][0]
    frames["documents"] = docs.with_columns(
        pl.when(pl.col("doc_id") == first).then(pl.lit("A corrected title")).otherwise(pl.col("title")).alias("title")
    )
    return frames


def add_document(frames):
    docs = frames["documents"].sort("doc_id")
    extra = docs.head(1).with_columns(
        pl.lit("zz_added").alias("doc_id"), pl.lit("zz_added.txt").alias("source_path"),
        pl.lit("An added document").alias("title"),
    )
    frames["documents"] = pl.concat([docs, extra])
    return frames


def test_release_of_the_seed_warehouse(seed_warehouse, tmp_path):
    out = tmp_path / "releases"
    result = publish(seed_warehouse, out)
    assert (result.status, result.version, result.path) == ("published", "1.0.0", out / "1.0.0")
    root = result.path
    desc = json.loads((root / DESCRIPTOR).read_text(encoding="utf-8"))
    assert desc["version"] == "1.0.0" and desc["licenses"] and desc["contributors"]
    assert [r["name"] for r in desc["resources"]] == PUBLIC
    wh = Warehouse(seed_warehouse)
    version = wh.latest()
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    inputs = json.loads(version["inputs_manifest"])
    assert manifest["inputs"] == inputs and manifest["code_version"] == version["code_version"]
    assert manifest["warehouse"]["version"] == version["version"]
    assert [s["path"] for s in desc["sources"]] == [i["path"] for i in inputs]  # none rejected
    for r in desc["resources"]:
        table = TABLES[r["name"]]
        path = root / r["path"]
        assert r["bytes"] == path.stat().st_size and r["hash"] == f"sha256:{sha256(path)}"
        assert [f["name"] for f in r["schema"]["fields"]] == table.column_names
        assert [f["description"] for f in r["schema"]["fields"]] == [c.description for c in table.columns]
        assert r["schema"]["primaryKey"] == list(table.primary_key)
        published = pl.read_parquet(path)
        expected = wh.read_table(r["name"]).select(table.column_names)
        key = list(table.primary_key)
        assert published.equals(published.sort(key)), f"{r['name']} not sorted by its key"
        assert published.sort(key).equals(expected.cast(table.polars_schema()).sort(key))
        # A consumer needs nothing but DuckDB.
        n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchone()[0]
        assert n == expected.height
    dictionary = (root / "data_dictionary.md").read_text(encoding="utf-8")
    for name in PUBLIC:
        assert f"\n## {name}\n" in dictionary
        assert all(f"| `{c}` |" in dictionary for c in TABLES[name].column_names)
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 1.0.0" in changelog and "Initial release" in changelog
    assert (out / "CHANGELOG.md").read_bytes() == (root / "CHANGELOG.md").read_bytes()
    assert verify_release(root).ok
    assert sorted(p.name for p in out.iterdir()) == [".publish.lock", "1.0.0", "CHANGELOG.md"]


def test_rejected_inputs_are_not_listed_as_sources(sources, warehouse_path, tmp_path):
    (sources / "zz_binary.txt").write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    build(sources=str(sources), warehouse=str(warehouse_path))
    root = publish(warehouse_path, tmp_path / "releases").path
    desc = json.loads((root / DESCRIPTOR).read_text(encoding="utf-8"))
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    listed = [s["path"] for s in desc["sources"]]
    assert any(i["path"].endswith("zz_binary.txt") for i in manifest["inputs"])  # the run saw it
    assert not any(p.endswith("zz_binary.txt") for p in listed)
    documents = pl.read_parquet(root / "data" / "documents.parquet")
    assert sorted(listed) == sorted(documents["source_path"])


def test_frictionless_accepts_the_data_package(seed_warehouse, tmp_path):
    import frictionless

    root = publish(seed_warehouse, tmp_path).path
    # frictionless 5.21 cannot count a Parquet resource's bytes (sizes are checked by verify),
    # and reads Parquet through pandas, where a null in a float or integer column becomes NaN
    # (then a type or range error): those are accepted only where the cell really is null.
    report = frictionless.validate(str(root / DESCRIPTOR), skip_errors=["byte-count"])
    assert report.stats["tasks"] == len(PUBLIC)
    errors = []
    for task in report.tasks:
        frame = pl.read_parquet(root / "data" / f"{task.name}.parquet")
        for e in task.errors:
            null_as_nan = (
                getattr(e, "cell", None) == "nan"
                and frame[e.field_name][e.row_number - 2] is None
            )
            if not null_as_nan:
                errors.append((task.name, e.type, getattr(e, "row_number", None), e.note))
    assert not errors, errors


def test_publications_are_byte_identical(seed_warehouse, tmp_path, sources):
    a = publish(seed_warehouse, tmp_path / "a").path
    b = publish(seed_warehouse, tmp_path / "b").path
    assert files_of(a) == files_of(b)
    # A rebuild of the same sources in another warehouse gives the same Parquet bytes.
    other = tmp_path / "wh2" / "agefacts.ducklake"
    build(sources=str(sources), warehouse=str(other))
    c = publish(other, tmp_path / "c").path
    parquet = {k: v for k, v in files_of(a).items() if k.endswith(".parquet")}
    assert parquet and parquet == {k: v for k, v in files_of(c).items() if k.endswith(".parquet")}


def test_republishing_is_a_noop_and_numbers_are_never_reused(seed_warehouse, tmp_path):
    out = tmp_path / "releases"
    first = cli("release", "-w", str(seed_warehouse), "--out", str(out))
    assert first.exit_code == 0 and "published release 1.0.0" in first.output
    before = files_of(out / "1.0.0")
    again = cli("release", "-w", str(seed_warehouse), "--out", str(out))
    assert again.exit_code == 0 and "already published as release 1.0.0" in again.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["1.0.0", "CHANGELOG.md"]

    changed = derived_warehouse(seed_warehouse, tmp_path / "wh2" / "w.ducklake", retitle)
    with pytest.raises(PublishRefusedError, match="never overwritten"):
        publish(changed, out, number="1.0.0")
    refused = cli("release", "-w", str(changed), "--out", str(out), "--number", "1.0.0")
    assert refused.exit_code == 1 and "already exists" in refused.output
    with pytest.raises(PublishRefusedError, match="below"):
        publish(changed, out, number="0.9.0")

    patch = publish(changed, out)
    assert (patch.status, patch.version, patch.previous) == ("published", "1.0.1", "1.0.0")
    assert files_of(out / "1.0.0") == before
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp")]
    assert publish(changed, out).status == "unchanged"
    log = (out / "CHANGELOG.md").read_text(encoding="utf-8")
    assert log.index("## 1.0.1") < log.index("## 1.0.0")
    assert "Patch release" in log and "| `documents` | 3 | 0 | 0 | 1 (title) |" in log


def test_diff_of_a_known_change(sources, warehouse_path, tmp_path):
    out = tmp_path / "releases"
    build(sources=str(sources), warehouse=str(warehouse_path))
    assert publish(warehouse_path, out).version == "1.0.0"
    texts = sorted(p for p in sources.glob("*.txt"))
    edited, removed = texts[0], texts[1]
    body = edited.read_text(encoding="utf-8")
    edited.write_text(body.replace("exercise", "physical activity", 1), encoding="utf-8")
    removed.unlink()
    (sources / "zz_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    build(sources=str(sources), warehouse=str(warehouse_path))
    second = publish(warehouse_path, out)
    assert (second.version, second.previous) == ("1.1.0", "1.0.0")  # rows added and removed

    result = cli("diff", str(out / "1.0.0"), str(out / "1.1.0"), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["level"] == "minor"
    docs = next(t for t in report["tables"] if t["table"] == "documents")
    assert docs["added"] == [{"doc_id": "zz_new"}]
    assert docs["removed"] == [{"doc_id": removed.stem}]
    assert docs["changed"] == [{"doc_id": edited.stem, "changed_columns": ["sha256", "text"]}]
    assert docs["counts"] == {"added": 1, "removed": 1, "changed": 1}

    from_warehouse = json.loads(cli("diff", "-w", str(warehouse_path), "1", "2", "-f", "json").output)
    wh_docs = next(t for t in from_warehouse["tables"] if t["table"] == "documents")
    assert wh_docs["counts"] == docs["counts"] and wh_docs["changed"] == docs["changed"]
    text = cli("diff", str(out / "1.0.0"), str(out / "1.1.0")).output
    assert f"~ doc_id='{edited.stem}': sha256, text" in text and "+ doc_id='zz_new'" in text
    assert "## 1.1.0" in (out / "1.1.0" / "CHANGELOG.md").read_text(encoding="utf-8")


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def test_tampered_or_truncated_files_are_named(seed_warehouse, tmp_path):
    good = publish(seed_warehouse, tmp_path / "releases").path

    edited = _copy(good, tmp_path / "edited")
    data = bytearray((edited / "data/documents.parquet").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (edited / "data/documents.parquet").write_bytes(bytes(data))
    problems = [str(p) for p in verify_release(edited).problems]
    assert any(p.startswith("data/documents.parquet: content modified") for p in problems), problems
    out = cli("verify", str(edited))
    assert out.exit_code == 1 and "FAIL data/documents.parquet: content modified" in out.output
    with pytest.raises(ReleaseIntegrityError, match=r"documents\.parquet"):
        load_release(edited)

    truncated = _copy(good, tmp_path / "truncated")
    path = truncated / "data/sentences.parquet"
    path.write_bytes(path.read_bytes()[:-100])
    problems = [str(p) for p in verify_release(truncated).problems]
    assert any(p.startswith("data/sentences.parquet: truncated") for p in problems), problems
    assert any("not a readable Parquet file" in p for p in problems)

    extras = _copy(good, tmp_path / "extras")
    (extras / "data_dictionary.md").write_text("edited\n", encoding="utf-8")
    (extras / "data" / "smuggled.parquet").write_bytes(b"PAR1")
    (extras / "manifest.json").unlink()
    problems = [str(p) for p in verify_release(extras).problems]
    assert "data/smuggled.parquet: not listed in datapackage.json" in problems
    assert "manifest.json: missing" in problems
    assert any(p.startswith("data_dictionary.md: truncated") for p in problems)

    # Bad rows with matching hashes (someone re-hashed datapackage.json): the schemas catch them.
    rehashed = _copy(good, tmp_path / "rehashed")
    docs = pl.read_parquet(rehashed / "data/documents.parquet").with_columns(pl.lit("bogus").alias("kind"))
    write_parquet(docs, rehashed / "data/documents.parquet", TABLES["documents"].primary_key)
    desc = json.loads((rehashed / DESCRIPTOR).read_text(encoding="utf-8"))
    for r in desc["resources"]:
        if r["name"] == "documents":
            r["bytes"] = (rehashed / r["path"]).stat().st_size
            r["hash"] = "sha256:" + sha256(rehashed / r["path"])
    (rehashed / DESCRIPTOR).write_text(json.dumps(desc), encoding="utf-8")
    problems = [str(p) for p in verify_release(rehashed).problems]
    assert any(p.startswith("data/documents.parquet: fails its pandera model") and "isin" in p for p in problems), problems
    pinned = sha256(good / DESCRIPTOR)
    assert verify_release(good, pinned).ok
    assert not verify_release(rehashed, pinned).ok
    assert verify_release(good).ok


def serve(httpserver, out: Path, prefix: str = "/releases") -> None:
    for path in out.rglob("*"):
        if path.is_file():
            httpserver.expect_request(f"{prefix}/{path.relative_to(out).as_posix()}").respond_with_data(
                path.read_bytes(), content_type="application/octet-stream"
            )


def test_load_a_release_over_http_and_see_what_changed(seed_warehouse, tmp_path, httpserver):
    out = tmp_path / "releases"
    old = publish(seed_warehouse, out)
    new = publish(derived_warehouse(seed_warehouse, tmp_path / "wh2" / "w.ducklake", add_document), out)
    assert new.version == "1.1.0"
    serve(httpserver, out)
    cache = tmp_path / "cache"
    old_url = httpserver.url_for("/releases/1.0.0/")
    new_url = httpserver.url_for("/releases/1.1.0/datapackage.json")

    pinned = sha256(old.path / DESCRIPTOR)
    frames = load_release(old_url, cache_dir=cache, datapackage_sha256=pinned)
    local = load_release(old.path)
    assert list(frames) == PUBLIC and all(frames[n].equals(local[n]) for n in PUBLIC)
    with pytest.raises(ReleaseIntegrityError, match="pinned"):
        load_release(new_url, cache_dir=cache, datapackage_sha256=pinned)

    fetched = [e[0].path for e in httpserver.log if e[0].path.endswith(".parquet")]
    load_release(old_url, cache_dir=cache)
    assert [e[0].path for e in httpserver.log if e[0].path.endswith(".parquet")] == fetched  # cached

    con = load_release(new_url, tables=["documents"], as_duckdb=True, cache_dir=cache)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == local["documents"].height + 1
    with pytest.raises(KeyError, match="no table nope"):
        load_release(new_url, tables=["nope"], cache_dir=cache)

    result = cli("diff", old_url, new_url, "-f", "json", "--cache-dir", str(cache))
    docs = next(t for t in json.loads(result.output)["tables"] if t["table"] == "documents")
    assert docs["added"] == [{"doc_id": "zz_added"}] and docs["counts"]["removed"] == 0


def test_a_corrupted_download_is_refused_and_not_cached(seed_warehouse, tmp_path, httpserver):
    out = tmp_path / "releases"
    root = publish(seed_warehouse, out).path
    serve(httpserver, out)
    target = root / "data/documents.parquet"
    httpserver.expect_request("/evil/1.0.0/data/documents.parquet").respond_with_data(
        target.read_bytes()[:-10] + b"0123456789"
    )
    httpserver.expect_request("/evil/1.0.0/datapackage.json").respond_with_data(
        (root / DESCRIPTOR).read_bytes()
    )
    cache = tmp_path / "cache"
    with pytest.raises(ReleaseIntegrityError, match=r"documents\.parquet"):
        load_release(httpserver.url_for("/evil/1.0.0/"), tables=["documents"], cache_dir=cache)
    assert not list((cache / "blobs").glob("*"))
