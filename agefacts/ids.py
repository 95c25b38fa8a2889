"""Stable identifiers: the same fact from the same text gets the same id in every version."""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any


def stable_id(prefix: str, *parts: Any, length: int = 16) -> str:
    """``prefix-<hex>`` from a canonical JSON encoding of ``parts``.

    Ids are minted for every row of every fact table, so the common parts (str, int, None) are
    encoded directly, byte for byte as ``json.dumps`` would; anything else goes through it.
    """
    encoded = []
    for p in parts:
        t = type(p)
        if t is str:
            encoded.append(encode_basestring(p))
        elif t is int:
            encoded.append(int.__repr__(p))
        elif p is None:
            encoded.append("null")
        else:
            encoded = None
            break
    if encoded is None:
        payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    else:
        payload = "[" + ",".join(encoded) + "]"
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]
    return f"{prefix}-{digest}"


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
