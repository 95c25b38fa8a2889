"""Release numbers follow from what changed since the previous release.

The rule (documented in docs/releases.md):

- **major** when a consumer's query can break: a table or column is removed or renamed, a
  column changes type, or a table's primary key changes;
- **minor** when something is added or the set of rows changes: a new table or column, rows
  added, or rows removed (the schema is unchanged, so existing queries still run);
- **patch** when only values of existing rows change (same keys), or only descriptions and
  constraints in the metadata;
- no release when nothing changed.

The first release is 1.0.0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from agefacts.release.diff import Diff

Level = Literal["major", "minor", "patch"]
FIRST = "1.0.0"
_SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, text: str) -> Version:
        m = _SEMVER.fullmatch(text.strip())
        if not m:
            raise ValueError(f"not a release number MAJOR.MINOR.PATCH: {text!r}")
        return cls(*(int(g) for g in m.groups()))

    @classmethod
    def is_valid(cls, text: str) -> bool:
        return bool(_SEMVER.fullmatch(text))

    def bump(self, level: Level) -> Version:
        if level == "major":
            return Version(self.major + 1, 0, 0)
        if level == "minor":
            return Version(self.major, self.minor + 1, 0)
        return Version(self.major, self.minor, self.patch + 1)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


def change_level(d: Diff) -> Level | None:
    """The rule above applied to a diff."""
    tables = d.tables.values()
    if any(
        t.status in ("removed", "renamed")
        or t.columns_removed
        or t.columns_renamed
        or t.columns_retyped
        or t.key_changed
        for t in tables
    ):
        return "major"
    if any(
        t.status == "added" or t.columns_added or t.added.height or t.removed.height
        for t in tables
    ):
        return "minor"
    if any(t.changed.height or t.metadata_changed for t in tables):
        return "patch"
    return None


def next_version(previous: Version | None, d: Diff | None) -> Version | None:
    """The number for a release after ``previous``; None when nothing changed."""
    if previous is None:
        return Version.parse(FIRST)
    level = change_level(d) if d is not None else None
    return previous.bump(level) if level else None
