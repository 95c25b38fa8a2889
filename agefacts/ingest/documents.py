"""Source files to ``documents`` rows, with every file it could not take recorded and explained."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from agefacts.ingest.discover import SourceFile
from agefacts.ingest.header import Header, extract_header
from agefacts.ingest.readers import ReadText, RejectedInput, decode


@dataclass
class Ingested:
    documents: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[RejectedInput] = field(default_factory=list)
    manifest: list[dict[str, Any]] = field(default_factory=list)


def doc_id_for(relative: str) -> str:
    """The source path without its extension: stable across edits of the file's content."""
    return str(PurePosixPath(relative).with_suffix(""))


def read_source(src: SourceFile) -> ReadText | RejectedInput:
    """Read and decode one file; an OS error becomes a rejection, not an exception."""
    try:
        data = src.path.read_bytes()
    except OSError as exc:
        return RejectedInput(
            src.relative, None, "unreadable", f"{src.relative}: cannot be read ({exc.strerror or exc})"
        )
    return decode(src.relative, data, src.suffix)


def header_of(read: ReadText) -> Header:
    """The document's title, byline and date: what the source declares (a feed item's
    elements) wins; the header rules read the text for the rest."""
    found = extract_header(read.text, read.html_title, read.html_h1)
    stated = read.declared
    if stated is None:
        return found
    return Header(
        title=stated.title or found.title,
        byline=stated.byline or found.byline,
        published=stated.published or found.published,
    )


def document_row(read: ReadText) -> dict[str, Any]:
    header = header_of(read)
    return {
        "doc_id": doc_id_for(read.source_path),
        "source_path": read.source_path,
        "sha256": read.sha256,
        "kind": "article",
        "title": header.title,
        "byline": header.byline,
        "published": header.published,
        "text": read.text,
    }


def ingest(reads: list[ReadText | RejectedInput]) -> Ingested:
    """Documents from decoded files; the second of two identical files (or ids) is rejected."""
    out = Ingested()
    by_hash: dict[str, str] = {}
    by_id: dict[str, str] = {}
    for read in reads:
        if isinstance(read, RejectedInput):
            out.rejected.append(read)
            if read.sha256:
                out.manifest.append({"path": read.source_path, "sha256": read.sha256})
            continue
        out.manifest.append({"path": read.source_path, "sha256": read.sha256, "bytes": read.size})
        if read.sha256 in by_hash:
            out.rejected.append(
                RejectedInput(
                    read.source_path, read.sha256, "duplicate",
                    f"{read.source_path}: same content as {by_hash[read.sha256]}; kept that one",
                )
            )
            continue
        row = document_row(read)
        if row["doc_id"] in by_id:
            out.rejected.append(
                RejectedInput(
                    read.source_path, read.sha256, "duplicate",
                    f"{read.source_path}: document id {row['doc_id']!r} already taken by "
                    f"{by_id[row['doc_id']]}; rename one of them",
                )
            )
            continue
        by_hash[read.sha256] = read.source_path
        by_id[row["doc_id"]] = read.source_path
        out.documents.append(row)
    return out
