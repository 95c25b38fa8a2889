"""The release numbering rule, on crafted changes between two snapshots."""

from __future__ import annotations

import polars as pl
import pytest

from agefacts.release.diff import diff
from agefacts.release.semver import Version, change_level, next_version
from agefacts.release.snapshot import Snapshot


def snap(frames: dict[str, pl.DataFrame], keys=None, schemas=None) -> Snapshot:
    keys = keys or {n: ("id",) for n in frames}
    return Snapshot("crafted", frames, keys, schemas or {})


BASE = {
    "genes": pl.DataFrame({"id": [1, 2, 3], "symbol": ["A", "B", "C"], "score": [0.1, 0.2, 0.3]}),
    "notes": pl.DataFrame({"id": [1], "text": ["x"]}),
}


def changed(**frames) -> dict[str, pl.DataFrame]:
    out = dict(BASE)
    out.update(frames)
    return {k: v for k, v in out.items() if v is not None}


@pytest.mark.parametrize(
    ("new", "level"),
    [
        (changed(), None),
        (changed(notes=None), "major"),  # table removed
        (changed(genes=BASE["genes"].drop("score")), "major"),  # column removed
        (changed(genes=BASE["genes"].rename({"symbol": "hgnc_symbol"})), "major"),  # renamed
        (changed(genes=BASE["genes"].with_columns(pl.col("score").cast(pl.String))), "major"),
        (changed(extra=pl.DataFrame({"id": [1]})), "minor"),  # table added
        (changed(genes=BASE["genes"].with_columns(pl.lit("h").alias("species"))), "minor"),
        (changed(genes=pl.concat([BASE["genes"], pl.DataFrame({"id": [4], "symbol": ["D"], "score": [0.4]})])), "minor"),
        (changed(genes=BASE["genes"].filter(pl.col("id") != 2)), "minor"),  # rows removed
        (changed(genes=BASE["genes"].with_columns(pl.when(pl.col("id") == 2).then(0.9).otherwise(pl.col("score")).alias("score"))), "patch"),
        (changed(genes=BASE["genes"].with_columns(pl.when(pl.col("id") == 1).then(None).otherwise(pl.col("symbol")).alias("symbol"))), "patch"),
        (changed(genes=BASE["genes"].reverse()), None),  # row order is not content
    ],
    ids=[
        "identical", "table-removed", "column-removed", "column-renamed", "column-retyped",
        "table-added", "column-added", "rows-added", "rows-removed", "value-changed",
        "value-nulled", "reordered",
    ],
)
def test_change_level(new, level):
    assert change_level(diff(snap(BASE), snap(new))) == level


def test_key_change_is_major_and_table_rename_is_detected():
    rekeyed = snap(BASE, keys={"genes": ("symbol",), "notes": ("id",)})
    assert change_level(diff(snap(BASE), rekeyed)) == "major"
    renamed = snap({"genes": BASE["genes"], "remarks": BASE["notes"]})
    d = diff(snap(BASE), renamed)
    assert d.tables["remarks"].status == "renamed" and d.tables["remarks"].renamed_from == "notes"
    assert "notes" not in d.tables and change_level(d) == "major"


def test_rename_is_reported_as_rename_not_remove_and_add():
    d = diff(snap(BASE), snap(changed(genes=BASE["genes"].rename({"symbol": "hgnc_symbol"}))))
    td = d.tables["genes"]
    assert td.columns_renamed == {"symbol": "hgnc_symbol"}
    assert td.columns_added == [] and td.columns_removed == [] and td.changed.height == 0


def test_metadata_only_change_is_patch():
    schema = {"fields": [{"name": "id", "type": "integer", "description": "Gene row."}]}
    edited = {"fields": [{"name": "id", "type": "integer", "description": "Row of a gene."}]}
    old = snap(BASE, schemas={"genes": schema})
    new = snap(BASE, schemas={"genes": edited})
    assert change_level(diff(old, new)) == "patch"


def test_major_beats_minor_beats_patch():
    new = changed(
        genes=BASE["genes"].drop("score").with_columns(pl.lit(1).alias("n")),
        notes=BASE["notes"].with_columns(pl.lit("y").alias("text")),
    )
    assert change_level(diff(snap(BASE), snap(new))) == "major"


def test_version_numbers():
    v = Version.parse("1.4.2")
    assert str(v.bump("major")) == "2.0.0"
    assert str(v.bump("minor")) == "1.5.0"
    assert str(v.bump("patch")) == "1.4.3"
    assert Version.parse("1.10.0") > Version.parse("1.9.9")
    assert str(next_version(None, None)) == "1.0.0"
    assert next_version(v, diff(snap(BASE), snap(BASE))) is None
    for bad in ("1.0", "v1.0.0", "01.0.0", "1.0.0-rc1"):
        with pytest.raises(ValueError):
            Version.parse(bad)
