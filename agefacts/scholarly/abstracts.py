"""Fetched abstracts become documents of kind ``abstract``, extracted like any article.

The document id is ``doi:<doi>`` (characters a doc_id may not hold are written as ``_xx`` hex),
so every fact found in an abstract points back to its work; the document's ``source_path`` and
``sha256`` name the raw HTTP response body under ``raw/http/`` that the abstract came from.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from agefacts.extract.pipeline import DocumentText

_UNSAFE = re.compile(r"[^A-Za-z0-9._:/-]")


def abstract_doc_id(doi: str) -> str:
    return "doi:" + _UNSAFE.sub(lambda m: f"_{ord(m.group(0)):02x}", doi)


def abstract_documents(
    works: list[dict[str, Any]], raw: dict[str, tuple[str, str]] | None = None
) -> tuple[list[DocumentText], list[dict[str, Any]]]:
    """(texts for ``extract_document``, ``documents`` rows) for every work with an abstract."""
    raw = raw or {}
    texts: list[DocumentText] = []
    rows: list[dict[str, Any]] = []
    for work in works:
        abstract = work.get("abstract")
        if not abstract or not abstract.strip():
            continue
        doc_id = abstract_doc_id(work["doi"])
        path, sha = raw.get(work["doi"], (None, None))
        texts.append(DocumentText(doc_id=doc_id, text=abstract, kind="abstract"))
        rows.append({
            "doc_id": doc_id,
            "source_path": f"http/{path}" if path else f"doi:{work['doi']}",
            "sha256": sha or hashlib.sha256(abstract.encode("utf-8")).hexdigest(),
            "kind": "abstract",
            "title": work.get("title"),
            "byline": work.get("authors"),
            "published": None,
            "text": abstract,
        })
    return texts, rows
