"""Release speed on a synthetic warehouse: publish, verify, diff and load, two versions.

Prints seconds per step for N documents of S sentences each (defaults 2,000 x 50 = 100,000
sentence rows); the second version edits 1% of the documents and adds 1%.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

from agefacts.release.diff import diff
from agefacts.release.load import load_release
from agefacts.release.publish import publish
from agefacts.release.snapshot import release_snapshot
from agefacts.release.verify import verify_release
from agefacts.warehouse import VersionInfo, Warehouse
from schemas import TABLES


def frames(n_docs: int, n_sent: int, edit: bool) -> dict[str, pl.DataFrame]:
    docs, sents = [], []
    for d in range(n_docs + (n_docs // 100 if edit else 0)):
        parts = [f"Sentence {s} of document {d}{' revised' if edit and d % 100 == 0 else ''}." for s in range(n_sent)]
        text = " ".join(parts)
        doc_id = f"doc{d:06d}"
        docs.append({"doc_id": doc_id, "source_path": f"{doc_id}.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(),
                     "kind": "article", "title": f"Title {d}", "byline": None, "published": None, "text": text})
        pos = 0
        for s, part in enumerate(parts):
            sents.append({"doc_id": doc_id, "sentence_id": s, "char_start": pos, "char_end": pos + len(part), "text": part})
            pos += len(part) + 1
    out = {name: t.empty() for name, t in TABLES.items()}
    out["documents"] = TABLES["documents"].frame(docs)
    out["sentences"] = TABLES["sentences"].frame(sents)
    return out


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    print(f"{label:<34} {time.perf_counter() - start:7.2f} s", flush=True)
    return result


def main(n_docs: int = 2000, n_sent: int = 50) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        wh = Warehouse(root / "wh" / "w.ducklake")
        info = VersionInfo(None, "bench", "bench", {}, [])
        wh.commit(frames(n_docs, n_sent, edit=False), info)
        print(f"{n_docs} documents, {n_docs * n_sent} sentence rows")
        first = timed("publish 1.0.0", lambda: publish(wh.path, root / "rel"))
        timed("verify 1.0.0", lambda: verify_release(first.path))
        wh.commit(frames(n_docs, n_sent, edit=True), info)
        second = timed("publish 1.1.0 (diff with 1.0.0)", lambda: publish(wh.path, root / "rel"))
        timed("publish again (no-op)", lambda: publish(wh.path, root / "rel"))
        d = timed("diff 1.0.0 1.1.0", lambda: diff(release_snapshot(first.path), release_snapshot(second.path)))
        timed("load_release (polars)", lambda: load_release(second.path))
        size = sum(p.stat().st_size for p in second.path.rglob("*.parquet"))
        print(f"release {second.version}: {size / 1e6:.1f} MB Parquet; sentences "
              f"+{d.tables['sentences'].added.height} ~{d.tables['sentences'].changed.height}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
