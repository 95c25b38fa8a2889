"""Raw HTTP responses on disk, so a rerun reproduces the same tables without the network.

Bodies are content-addressed (``bodies/<sha256[:2]>/<sha256>``); each request (method, URL and
Accept header) has a small JSON record (``responses/<sha256 of request>.json``) with the URL,
status, chosen headers, retrieval time and the body's hash. Only final answers are kept (2xx and
4xx other than 429): a transient failure must not be replayed as the truth.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

KEPT_HEADERS = ("content-type", "date", "location", "retry-after", "x-api-pool",
                "x-rate-limit-limit", "x-rate-limit-interval", "x-concurrency-limit")


@dataclass(frozen=True)
class CachedResponse:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    retrieved_at: datetime
    body_sha256: str
    path: str  # the body's path relative to the cache root


def request_key(method: str, url: str, accept: str) -> str:
    return hashlib.sha256(f"{method.upper()} {url}\nAccept: {accept}".encode()).hexdigest()


def is_final(status: int) -> bool:
    """Answers worth replaying: success and client errors, not 429 or server errors."""
    return 200 <= status < 300 or (400 <= status < 500 and status not in (408, 429))


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class HttpCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _record_path(self, key: str) -> Path:
        return self.root / "responses" / f"{key}.json"

    def _body_path(self, sha: str) -> Path:
        return self.root / "bodies" / sha[:2] / sha

    def get(self, method: str, url: str, accept: str) -> CachedResponse | None:
        record = self._record_path(request_key(method, url, accept))
        if not record.exists():
            return None
        meta = json.loads(record.read_text(encoding="utf-8"))
        body_path = self._body_path(meta["body_sha256"])
        if not body_path.exists():
            return None
        body = body_path.read_bytes()
        if hashlib.sha256(body).hexdigest() != meta["body_sha256"]:
            return None  # a damaged body is refetched, never trusted
        return CachedResponse(
            url=meta["url"],
            status=meta["status"],
            headers=meta.get("headers", {}),
            body=body,
            retrieved_at=datetime.fromisoformat(meta["retrieved_at"]),
            body_sha256=meta["body_sha256"],
            path=body_path.relative_to(self.root).as_posix(),
        )

    def put(
        self,
        method: str,
        url: str,
        accept: str,
        status: int,
        headers: dict[str, str],
        body: bytes,
        retrieved_at: datetime | None = None,
    ) -> CachedResponse:
        retrieved_at = retrieved_at or datetime.now(UTC)
        sha = hashlib.sha256(body).hexdigest()
        body_path = self._body_path(sha)
        if not body_path.exists():
            _atomic_write(body_path, body)
        kept = {k: v for k, v in ((k.lower(), v) for k, v in headers.items()) if k in KEPT_HEADERS}
        meta = {
            "method": method.upper(),
            "url": url,
            "accept": accept,
            "status": status,
            "headers": kept,
            "retrieved_at": retrieved_at.isoformat(),
            "body_sha256": sha,
            "body_size": len(body),
        }
        data = json.dumps(meta, indent=1, sort_keys=True).encode("utf-8")
        _atomic_write(self._record_path(request_key(method, url, accept)), data)
        return CachedResponse(url, status, kept, body, retrieved_at, sha,
                              body_path.relative_to(self.root).as_posix())
