"""A content-addressed cache of extractor output, so unchanged documents are not extracted again.

Why a cache of the extractor's own output rather than rows reused from the warehouse: the
warehouse holds rows *after* validation (quarantined rows are gone) and *after* curation
(statuses and corrections applied), and shared rows such as ``entities`` are deduplicated across
documents, so a document's extractor output cannot be read back from it exactly. The cache keeps
exactly what ``extract_document`` returned, keyed by everything that determines it: the
document's id, kind and text, the extractor version, a fingerprint of the extraction code and its
data files, and the vocabulary versions. Any change to one of these is a miss; nothing is ever
invalidated by hand. It survives runs that failed before their commit, and is one small JSON
file per document (``rm -rf`` is always safe).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import agefacts
from agefacts.extract.pipeline import DocumentText, Rows
from agefacts.provenance import vocabularies

#: Modules of the package that run the pipeline but cannot change what an extractor returns.
_NOT_EXTRACTION = {
    "cli.py", "settings.py", "warehouse.py", "validate.py", "cache.py", "progress.py",
    "limits.py", "reports.py", "views.py", "sqlguard.py", "provenance.py", "release.py",
}
_FORMAT = 1


@cache
def extractor_fingerprint() -> str:
    """Hash of every file of the package that can change extractor output (code and data)."""
    root = Path(agefacts.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if (
            not path.is_file()
            or "__pycache__" in path.parts
            or path.suffix in {".pyc", ".pyo"}
            or rel in _NOT_EXTRACTION
            or rel.startswith(("release/", "scholarly/"))
        ):
            continue
        digest.update(rel.encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def extraction_context() -> str:
    """What every document's key shares: extractor version, code fingerprint, vocabularies."""
    context = [_FORMAT, agefacts.EXTRACTOR_VERSION, extractor_fingerprint(), vocabularies()]
    return json.dumps(context, sort_keys=True, default=str)


def document_key(doc: DocumentText, context: str) -> str:
    """The cache key of one document's extraction under an extraction context."""
    text_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    payload = json.dumps([context, doc.doc_id, doc.kind, text_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    raise TypeError(f"cannot cache a {type(value).__name__}")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$date" in obj:
            return date.fromisoformat(obj["$date"])
        if "$datetime" in obj:
            return datetime.fromisoformat(obj["$datetime"])
    return obj


class ExtractionCache:
    """Extractor output per document, one JSON file per key under ``root``."""

    def __init__(self, root: Path | str, context: str | None = None) -> None:
        self.root = Path(root)
        self.context = extraction_context() if context is None else context

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, doc: DocumentText) -> Rows | None:
        """The cached rows, or None on a miss (a damaged entry is a miss, and is rewritten)."""
        try:
            data = json.loads(self.path(document_key(doc, self.context)).read_bytes(), object_hook=_decode)
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("doc_id") != doc.doc_id:
            return None
        rows = data.get("rows")
        return rows if isinstance(rows, dict) else None

    def put(self, doc: DocumentText, rows: Rows) -> None:
        """Write atomically: concurrent runs and crashes never leave a half-written entry."""
        path = self.path(document_key(doc, self.context))
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"doc_id": doc.doc_id, "rows": rows}, default=_encode, ensure_ascii=False
        ).encode("utf-8")
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
