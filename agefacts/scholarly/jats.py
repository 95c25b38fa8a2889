"""JATS (and stray HTML) abstracts as plain text.

Crossref abstracts are JATS XML fragments (``<jats:p>``, ``<jats:title>Abstract</jats:title>``,
``<jats:italic>``); DataCite descriptions may carry HTML. Paragraphs become blank-line-separated,
inline markup disappears, entities are decoded, and a leading "Abstract" heading is dropped.
"""

from __future__ import annotations

import html
import re

_BLOCK = re.compile(r"</?(?:jats:)?(?:p|sec|title|list-item|list|div|br)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")


def jats_to_text(fragment: str | None) -> str | None:
    if not fragment or not fragment.strip():
        return None
    text = _BLOCK.sub("\n\n", fragment)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    paragraphs = [re.sub(r"[ \t\r\f\v\n]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and paragraphs[0].rstrip(":").lower() in {"abstract", "summary"}:
        paragraphs = paragraphs[1:]
    return "\n\n".join(paragraphs) or None
