"""Release metadata is generated from schemas/: data dictionary and datapackage descriptors."""

from __future__ import annotations

import re

import pandera.polars as pa
import pytest

from agefacts.release.datapackage import _anchored, constraints, schema_descriptor
from agefacts.release.dictionary import REPO_PATH, render, repo_dictionary
from schemas import TABLES, VERSIONS
from schemas.base import ForeignKey, Table
from tests.conftest import ROOT


def test_docs_data_dictionary_is_up_to_date():
    committed = (ROOT / REPO_PATH).read_text(encoding="utf-8")
    assert committed == repo_dictionary(), (
        f"{REPO_PATH} is out of date with schemas/: run `agefacts docs` (or `make docs`)"
    )


def test_dictionary_names_every_table_and_column_with_its_description():
    text = repo_dictionary()
    for table in [*TABLES.values(), VERSIONS]:
        assert f"\n## {table.name}\n" in text
        section = text.split(f"\n## {table.name}\n", 1)[1].split("\n## ", 1)[0]
        for column in table.columns:
            assert column.description, f"{table.name}.{column.name} has no description"
            row = next(line for line in section.splitlines() if line.startswith(f"| `{column.name}` |"))
            assert " ".join(column.description.split()).replace("|", "\\|") in row


class Toy(pa.DataFrameModel):
    code: str = pa.Field(str_matches=r"^[A-Z]{2}\d", description="Code | with a pipe.")
    kind: str = pa.Field(isin=["a", "b"], description="Kind.")
    n: int = pa.Field(ge=0, le=9, nullable=True, description="Count.")
    label: str = pa.Field(str_length={"min_value": 1, "max_value": 5}, description="Label.")

    class Config:
        description = "A toy table."


TOY = Table(
    "toy", Toy, primary_key=("code",), foreign_keys=(ForeignKey(("kind",), "kinds", ("kind",)),)
)


def test_descriptor_constraints_follow_pandera_checks():
    fields = {f["name"]: f for f in schema_descriptor(TOY, {"toy"})["fields"]}
    assert fields["code"]["constraints"] == {"required": True, "pattern": "[A-Z]{2}\\d.*"}
    assert fields["kind"]["constraints"] == {"required": True, "enum": ["a", "b"]}
    assert fields["n"]["constraints"] == {"minimum": 0, "maximum": 9}
    assert fields["n"]["type"] == "integer" and fields["code"]["type"] == "string"
    assert fields["label"]["constraints"] == {"required": True, "minLength": 1, "maxLength": 5}


def test_foreign_keys_to_unpublished_tables_are_left_out():
    assert "foreignKeys" not in schema_descriptor(TOY, {"toy"})
    fks = schema_descriptor(TOY, {"toy", "kinds"})["foreignKeys"]
    assert fks == [{"fields": ["kind"], "reference": {"resource": "kinds", "fields": ["kind"]}}]


@pytest.mark.parametrize("value", ["AB1", "AB1xyz", "ab1", "A1", "xAB1"])
def test_anchored_pattern_accepts_what_pandera_accepts(value):
    pattern = r"^[A-Z]{2}\d"
    assert bool(re.fullmatch(_anchored(pattern), value)) == bool(re.match(pattern, value))
    assert bool(re.fullmatch(_anchored(pattern + "$"), value)) == bool(re.match(pattern + "$", value))


def test_render_escapes_pipes_and_counts_rows():
    text = render([TOY], row_counts={"toy": 7})
    assert "Code \\| with a pipe." in text
    assert "| [`toy`](#toy) | `code` | 7 | A toy table. |" in text
    assert "one of `a`, `b`" in text and "≥ 0; ≤ 9" in text
    assert "`kinds` (not in this dictionary)" in text


def test_every_published_column_has_a_frictionless_type_and_keys_are_required():
    for table in TABLES.values():
        for f in schema_descriptor(table, set(TABLES))["fields"]:
            assert f["type"] != "any", f"{table.name}.{f['name']} has no Frictionless type"
        for column in table.columns:
            if column.name in table.primary_key:
                assert constraints(table, column)["required"] is True
