"""Dataset-level metadata of a release: name, licence, contributors.

Tables and columns are described in their own modules; this is what a Data Package says about
the dataset as a whole. Releases copy it into ``datapackage.json``.
"""

from __future__ import annotations

from typing import Any

NAME = "agefacts"
TITLE = "agefacts: molecular facts about exercise, muscle and aging"
DESCRIPTION = (
    "Curated, versioned molecular facts about exercise, muscle and aging, extracted from "
    "popular-science articles and the papers they cite. Every fact row carries its document, "
    "character offsets and exact evidence text."
)
HOMEPAGE = "https://github.com/agefacts/agefacts"
KEYWORDS = ["exercise", "skeletal muscle", "aging", "molecular biology", "text mining"]

#: Licence of the curated tables. Source texts stay under their publishers' terms.
LICENSES: list[dict[str, Any]] = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0",
    }
]

CONTRIBUTORS: list[dict[str, Any]] = [
    {"title": "agefacts contributors", "role": "author", "path": HOMEPAGE},
]
