"""Citations to DOIs and works: fetch printed DOIs, search Crossref for the rest.

For a DOI printed in the text, Crossref ``/works/{doi}`` gives the metadata; DataCite
``/dois/{doi}`` is asked when Crossref does not know the DOI (preprints, data sets). A citation
without a DOI is searched with ``/works?query.bibliographic=…&rows=5`` and a candidate is taken
only when ``matching.judge`` accepts it. Each lookup runs in its own guarded call: a timeout,
an HTTP error or malformed JSON becomes the citation's ``reason``, never a failed run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from agefacts import progress
from agefacts.extract.refparse import unescape_markdown
from agefacts.limits import external_call
from agefacts.scholarly.cache import HttpCache
from agefacts.scholarly.http import Fetched, PoliteClient
from agefacts.scholarly.matching import choose
from agefacts.scholarly.policy import HttpPolicy
from agefacts.scholarly.records import crossref_candidate, crossref_work_row, datacite_work_row
from agefacts.settings import Settings

Row = dict[str, Any]
SEARCH_ROWS = 5
#: printed fields a citation needs before a bibliographic search is worth a request
SEARCH_FIELDS = ("title", "journal", "year", "volume", "pages", "authors")
MIN_SEARCH_FIELDS = 3


@dataclass(frozen=True)
class WorkLookup:
    row: Row | None
    reason: str
    raw_path: str | None = None  # body of the response, relative to the cache root
    raw_sha256: str | None = None
    #: the service answered 404 for this DOI (read from the status, never from ``reason``,
    #: whose error text may hold a URL whose port happens to contain "404")
    not_found: bool = False


@dataclass
class Resolution:
    citations: list[Row]
    works: list[Row]
    #: raw response (path relative to the cache root, sha256) each work row came from
    raw: dict[str, tuple[str, str]] = field(default_factory=dict)


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _json(f: Fetched, api: str) -> tuple[Any | None, str | None]:
    try:
        return json.loads(f.body.decode("utf-8")), None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return None, f"malformed JSON from {api} ({type(exc).__name__} at {f.url})"


class ScholarlyClient:
    """Crossref and DataCite lookups over one ``PoliteClient``."""

    def __init__(self, crossref_url: str, datacite_url: str, http: PoliteClient) -> None:
        self.crossref_url = crossref_url.rstrip("/")
        self.datacite_url = datacite_url.rstrip("/")
        self.http = http

    @classmethod
    def from_settings(cls, settings: Settings, policy: HttpPolicy | None = None,
                      cache_dir: Path | None = None) -> ScholarlyClient:
        cache = HttpCache(cache_dir or Path(settings.raw) / "http")
        hosts = {_host(settings.crossref_url), _host(settings.datacite_url)}
        http = PoliteClient(hosts, cache, settings.mailto, offline=settings.offline,
                            policy=policy or HttpPolicy.from_env(), refresh=settings.refresh,
                            limit=lambda: external_call(settings))
        return cls(settings.crossref_url, settings.datacite_url, http)

    def crossref_work(self, doi: str) -> WorkLookup:
        f = self.http.get(f"{self.crossref_url}/works/{quote(doi, safe='/:;()[]')}")
        if f.error:
            return WorkLookup(None, f"Crossref: {f.error}")
        if f.status == 404:
            return WorkLookup(None, "Crossref: DOI not found (HTTP 404)", not_found=True)
        if not f.ok:
            return WorkLookup(None, f"Crossref: HTTP {f.status}")
        data, err = _json(f, "Crossref")
        if err:
            return WorkLookup(None, err)
        message = data.get("message") if isinstance(data, dict) else None
        row = crossref_work_row(message, f.retrieved_at) if isinstance(message, dict) else None
        if row is None:
            return WorkLookup(None, "Crossref: response has no work message with a DOI")
        return WorkLookup(row, "metadata fetched from Crossref", f.cache_path,
                          Path(f.cache_path or "").name or None)

    def datacite_work(self, doi: str) -> WorkLookup:
        f = self.http.get(f"{self.datacite_url}/dois/{quote(doi, safe='/:;()[]')}",
                          accept="application/vnd.api+json")
        if f.error:
            return WorkLookup(None, f"DataCite: {f.error}")
        if f.status == 404:
            return WorkLookup(None, "DataCite: DOI not found (HTTP 404)", not_found=True)
        if not f.ok:
            return WorkLookup(None, f"DataCite: HTTP {f.status}")
        data, err = _json(f, "DataCite")
        if err:
            return WorkLookup(None, err)
        obj = data.get("data") if isinstance(data, dict) else None
        row = datacite_work_row(obj, f.retrieved_at) if isinstance(obj, dict) else None
        if row is None:
            return WorkLookup(None, "DataCite: response has no DOI record")
        return WorkLookup(row, "metadata fetched from DataCite", f.cache_path,
                          Path(f.cache_path or "").name or None)

    def work(self, doi: str) -> WorkLookup:
        """Crossref first; DataCite when Crossref does not know the DOI."""
        first = self.crossref_work(doi)
        if first.row is not None or not first.not_found:
            return first
        second = self.datacite_work(doi)
        if second.row is not None:
            return second
        return WorkLookup(None, f"{first.reason}; {second.reason}")

    def search(self, query: str) -> tuple[list[Row], list[Row], str | None, Fetched | None]:
        """(candidates, raw items, error, response) for a bibliographic query."""
        f = self.http.get(f"{self.crossref_url}/works",
                          params={"query.bibliographic": query, "rows": str(SEARCH_ROWS)})
        if f.error:
            return [], [], f"Crossref search: {f.error}", f
        if not f.ok:
            return [], [], f"Crossref search: HTTP {f.status}", f
        data, err = _json(f, "Crossref search")
        if err:
            return [], [], err, f
        items = ((data or {}).get("message") or {}).get("items") if isinstance(data, dict) else None
        if not isinstance(items, list):
            return [], [], "Crossref search: response has no items list", f
        items = [i for i in items if isinstance(i, dict)]
        return [crossref_candidate(i) for i in items], items, None, f


def search_query(citation: Row) -> str:
    """The printed reference, unescaped, as Crossref's bibliographic query."""
    return unescape_markdown(citation["text"])[:500]


def _searchable(citation: Row) -> bool:
    return sum(1 for k in SEARCH_FIELDS if citation.get(k)) >= MIN_SEARCH_FIELDS or bool(
        citation.get("title")
    )


def _safe(fn, *args) -> Any:
    try:
        return fn(*args)
    except Exception as exc:  # one lookup must never fail the run
        return exc
    finally:
        progress.advance("dois")


def resolve_citations(citations: Iterable[Row], client: ScholarlyClient,
                      workers: int | None = None) -> Resolution:
    """Updated citation rows (doi, resolution, score, reason) and the works fetched."""
    rows = [dict(c) for c in citations]
    workers = workers or max(1, client.http.policy.concurrency)

    # 1. search for citations without a DOI (one request per distinct query)
    queries = {search_query(c) for c in rows if not c.get("doi") and _searchable(c)}
    dois = sorted({c["doi"] for c in rows if c.get("resolution") == "explicit" and c.get("doi")})
    progress.start("dois", len(queries) + len(dois))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        searched = dict(zip(queries, pool.map(lambda q: _safe(client.search, q), queries),
                            strict=True))
    works: dict[str, Row] = {}
    raw: dict[str, tuple[str, str]] = {}
    for c in rows:
        if c.get("doi"):
            continue
        if not _searchable(c):
            present = [k for k in SEARCH_FIELDS if c.get(k)]
            c["reason"] = (f"no DOI in the text; too few printed fields to search Crossref "
                           f"({', '.join(present) or 'none'}; need {MIN_SEARCH_FIELDS} or a title)")
            continue
        result = searched[search_query(c)]
        if isinstance(result, Exception):
            c["reason"] = f"no DOI in the text; Crossref search failed: {result!r}"
            continue
        candidates, items, error, fetched = result
        if error:
            c["reason"] = f"no DOI in the text; {error}"
            continue
        verdict, why = choose(c, candidates)
        c["resolution_score"] = verdict.score if verdict else None
        if verdict is None or not verdict.accepted:
            c["reason"] = f"no DOI in the text; {why}"
            continue
        c["doi"] = verdict.doi
        c["resolution"] = "crossref_search"
        c["reason"] = f"Crossref search {why}"
        item = next(i for i, cand in zip(items, candidates, strict=True)
                    if cand["doi"] == verdict.doi)
        if (row := crossref_work_row(item, fetched.retrieved_at)) is not None:
            works.setdefault(row["doi"], row)
            if fetched.cache_path:
                raw.setdefault(row["doi"], (fetched.cache_path, Path(fetched.cache_path).name))

    # 2. fetch the metadata of printed DOIs
    with ThreadPoolExecutor(max_workers=workers) as pool:
        looked = dict(zip(dois, pool.map(lambda d: _safe(client.work, d), dois), strict=True))
    for c in rows:
        if c.get("resolution") != "explicit" or not c.get("doi"):
            continue
        lookup = looked[c["doi"]]
        if isinstance(lookup, Exception):
            c["reason"] = f"DOI printed in the text; metadata not fetched: {lookup!r}"
            continue
        if lookup.row is None:
            c["reason"] = f"DOI printed in the text; metadata not fetched: {lookup.reason}"
            continue
        c["reason"] = f"DOI printed in the text; {lookup.reason}"
        works.setdefault(lookup.row["doi"], lookup.row)
        if lookup.raw_path and lookup.raw_sha256:
            raw.setdefault(lookup.row["doi"], (lookup.raw_path, lookup.raw_sha256))
    return Resolution(citations=rows, works=sorted(works.values(), key=lambda w: w["doi"]),
                      raw=raw)


def resolution_failed(citations: Iterable[Row], reason: str) -> Resolution:
    """Citations kept as extracted, each saying why nothing was looked up."""
    rows = []
    for c in citations:
        c = dict(c)
        prefix = "DOI printed in the text" if c.get("resolution") == "explicit" else "no DOI"
        c["reason"] = f"{prefix}; not looked up: {reason}"
        rows.append(c)
    return Resolution(citations=rows, works=[])


def summary(result: Resolution) -> dict[str, int]:
    """Counts for the run log: citations by resolution, and works fetched."""
    counts: dict[str, int] = {"works": len(result.works)}
    for c in result.citations:
        counts[c["resolution"]] = counts.get(c["resolution"], 0) + 1
    return counts
