"""Reference vocabularies shipped with agefacts: derived HGNC/FamPlex/MeSH tables, curated lexicons.

``data/*.tsv.gz`` are rebuilt from the source tables by ``python -m agefacts.reference.build``;
``data/curated/*.tsv`` are written by hand (general knowledge, see PROVENANCE.md). Both are read
here so the rest of the code never opens a path itself.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CURATED = DATA / "curated"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a (possibly gzipped) TSV with a header; lines starting with '#' are comments."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    lines = [ln for ln in raw.decode("utf-8").splitlines() if ln and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "") for k, v in row.items()} for row in reader]


@lru_cache(maxsize=1)
def versions() -> dict[str, str]:
    """Snapshot labels of the derived vocabularies, e.g. ``{"HGNC": "2024-07", ...}``."""
    return json.loads((DATA / "versions.json").read_text())["versions"]


@lru_cache(maxsize=1)
def curated_digest() -> str:
    """Short hash of the hand-written lexicons: they change grounding as much as a new HGNC does."""
    h = hashlib.sha256()
    for path in sorted(CURATED.glob("*.tsv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


@lru_cache(maxsize=1)
def vocabularies() -> str:
    """Value of every fact row's ``vocabularies`` column: the snapshots that grounded it."""
    v = versions()
    return (
        f"HGNC {v['HGNC']}; FamPlex {v['FamPlex']}; MeSH {v['MeSH']}; "
        f"agefacts-lexicons {curated_digest()}"
    )
