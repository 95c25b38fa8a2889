"""Agency JSON to ``works`` rows and to the comparable fields of a search candidate."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agefacts.extract.dois import normalize_doi
from agefacts.scholarly.jats import jats_to_text


def _first(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value not in (None, "") else None


def _year(message: dict[str, Any]) -> int | None:
    for key in ("issued", "published", "published-print", "published-online", "created"):
        parts = (message.get(key) or {}).get("date-parts") or []
        if parts and parts[0] and parts[0][0]:
            return int(parts[0][0])
    return None


def _crossref_authors(message: dict[str, Any]) -> str | None:
    names = []
    for a in message.get("author") or []:
        if a.get("family"):
            names.append(f"{a['family']}, {a['given']}" if a.get("given") else a["family"])
        elif a.get("name"):
            names.append(a["name"])
    return "; ".join(names) or None


def crossref_work_row(message: dict[str, Any], retrieved_at: datetime) -> dict[str, Any] | None:
    """A Crossref ``work`` message (or a search item) to a ``works`` row; None without a DOI."""
    doi = normalize_doi(str(message.get("DOI") or ""))
    if doi is None:
        return None
    return {
        "doi": doi,
        "title": _first(message.get("title")),
        "container_title": _first(message.get("container-title")),
        "year": _year(message),
        "authors": _crossref_authors(message),
        "type": message.get("type"),
        "publisher": message.get("publisher"),
        "abstract": jats_to_text(message.get("abstract")),
        "source": "crossref",
        "retrieved_at": retrieved_at,
    }


def crossref_candidate(item: dict[str, Any]) -> dict[str, Any]:
    """The fields of a search item that a printed reference can agree or disagree with."""
    page = _first(item.get("page"))
    return {
        "doi": normalize_doi(str(item.get("DOI") or "")),
        "title": _first(item.get("title")),
        "journals": [t for t in (item.get("container-title") or []) +
                     (item.get("short-container-title") or []) if t],
        "year": _year(item),
        "volume": _first(item.get("volume")),
        "issue": _first(item.get("issue")),
        "first_page": page.split("-")[0].strip() if page else None,
        "article_number": _first(item.get("article-number")),
        "family_names": [a.get("family") or a.get("name") or "" for a in item.get("author") or []],
        "crossref_score": item.get("score"),
    }


def datacite_work_row(data: dict[str, Any], retrieved_at: datetime) -> dict[str, Any] | None:
    """A DataCite JSON:API ``data`` object to a ``works`` row."""
    attrs = data.get("attributes") or {}
    doi = normalize_doi(str(attrs.get("doi") or data.get("id") or ""))
    if doi is None:
        return None
    titles = [t.get("title") for t in attrs.get("titles") or [] if t.get("title")]
    creators = [c.get("name") for c in attrs.get("creators") or [] if c.get("name")]
    publisher = attrs.get("publisher")
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    container = (attrs.get("container") or {}).get("title")
    abstract = next(
        (d.get("description") for d in attrs.get("descriptions") or []
         if (d.get("descriptionType") or "").lower() == "abstract" and d.get("description")),
        None,
    )
    types = attrs.get("types") or {}
    year = attrs.get("publicationYear")
    return {
        "doi": doi,
        "title": titles[0] if titles else None,
        "container_title": container or None,
        "year": int(year) if str(year or "").isdigit() else None,
        "authors": "; ".join(creators) or None,
        "type": types.get("citeproc") or (types.get("resourceTypeGeneral") or "").lower() or None,
        "publisher": publisher,
        "abstract": jats_to_text(abstract),
        "source": "datacite",
        "retrieved_at": retrieved_at,
    }
