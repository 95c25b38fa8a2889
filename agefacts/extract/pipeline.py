"""One document's text to the rows of every per-document fact table.

Each extractor is a pure function; this module only sequences them, so the flow can run it per
document in parallel and merge the results. Tables whose rows are shared between documents
(``SHARED_TABLES``) are deduplicated on merge.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any

from agefacts.extract.citations import extract_citations
from agefacts.extract.claims import extract_claims
from agefacts.extract.cues import lexicon
from agefacts.extract.entities import entity_rows, extract_mentions, find_mentions, load
from agefacts.extract.quantities import extract_quantities
from agefacts.extract.sentences import sentence_rows
from agefacts.extract.study_groups import extract_study_groups

Rows = dict[str, list[dict[str, Any]]]

#: Tables whose rows several documents can produce identically (deduplicated by the merge).
SHARED_TABLES: set[str] = {"entities"}


@dataclass(frozen=True)
class DocumentText:
    doc_id: str
    text: str
    kind: str = "article"


_prepared = False


def prepare() -> None:
    """Load the lexicons once and take them out of the garbage collector's sight.

    The lexicons live as long as the process (tens of thousands of objects); left in the
    collector's generations, every full collection walks all of them again, which cost about a
    tenth of the stage's time on a 10 MB corpus. Call it before extracting many documents; the
    result of extraction does not depend on it.
    """
    global _prepared
    if _prepared:
        return
    load()
    find_mentions("")  # builds the mention automata's per-key plan (about 0.4 s) here
    lexicon()
    gc.collect()
    gc.freeze()
    _prepared = True


# The stages, in the order their inputs need: each fills its tables into one document's rows.
def _sentences(doc: DocumentText, rows: Rows) -> None:
    rows["sentences"] = sentence_rows(doc.doc_id, doc.text)


def _mentions(doc: DocumentText, rows: Rows) -> None:
    rows["entities"], rows["mentions"] = extract_mentions(doc.doc_id, doc.text)


def _quantities(doc: DocumentText, rows: Rows) -> None:
    rows["quantities"] = extract_quantities(doc.doc_id, doc.text)


def _study_groups(doc: DocumentText, rows: Rows) -> None:
    rows["study_groups"] = extract_study_groups(doc.doc_id, doc.text, rows["quantities"])


def _citations(doc: DocumentText, rows: Rows) -> None:
    rows["citations"], rows["cites"] = extract_citations(doc.doc_id, doc.text, rows["sentences"])


def _claims(doc: DocumentText, rows: Rows) -> None:
    # Claims read the mentions (and entities) and the sentence citations extracted before them;
    # with no mentions there are no claims.
    rows["claims"] = extract_claims(
        doc.doc_id, doc.text, rows["sentences"], rows["mentions"], rows["entities"],
        cites=rows["cites"],
    )
    # A claim side with no mention (aging for "lower in aged tendon" in a document that never
    # writes "aging") still joins the entities table.
    known = {e["entity_id"] for e in rows["entities"]}
    named = {c[k] for c in rows["claims"] for k in ("subject_id", "object_id")} - known - {None}
    if named:
        rows["entities"] = rows["entities"] + entity_rows(sorted(named))


STAGES: tuple[Callable[[DocumentText, Rows], None], ...] = (
    _sentences, _mentions, _quantities, _study_groups, _citations, _claims,
)
#: Documents per chunk of :func:`extract_documents`.
CHUNK = 64


def extract_document(doc: DocumentText) -> Rows:
    rows: Rows = {}
    for stage in STAGES:
        stage(doc, rows)
    return rows


def extract_documents(
    docs: Iterable[DocumentText], chunk: int = CHUNK
) -> Iterator[tuple[DocumentText, Rows | Exception]]:
    """Each document's rows (the same as :func:`extract_document`'s), or the exception that
    stopped its extraction, in input order.

    Runs stage by stage over chunks of documents rather than document by document: each
    extractor's automata and tables then stay in the CPU cache across documents, which makes
    the whole stage 10-15 % faster (docs/performance.md). A document whose stage raises is
    left out of the later stages; the others go on.
    """
    it = iter(docs)
    while part := list(islice(it, chunk)):
        results: list[Rows | Exception] = [{} for _ in part]
        for stage in STAGES:
            for k, doc in enumerate(part):
                rows = results[k]
                if isinstance(rows, Exception):
                    continue
                try:
                    stage(doc, rows)
                except Exception as exc:  # reported per document by the caller
                    results[k] = exc
        yield from zip(part, results, strict=True)


def merge(results: list[Rows]) -> Rows:
    merged: Rows = defaultdict(list)
    seen: dict[str, set[str]] = defaultdict(set)
    for result in results:
        for table, rows in result.items():
            for row in rows:
                if table in SHARED_TABLES:
                    key = repr(sorted(row.items()))
                    if key in seen[table]:
                        continue
                    seen[table].add(key)
                merged[table].append(row)
    return dict(merged)
