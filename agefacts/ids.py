"""Stable identifiers: the same fact from the same text gets the same id in every version."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def stable_id(prefix: str, *parts: Any, length: int = 16) -> str:
    """``prefix-<hex>`` from a canonical JSON encoding of ``parts``."""
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]
    return f"{prefix}-{digest}"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
