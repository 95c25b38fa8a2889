"""How politely and how patiently the HTTP client behaves; tunable from ``AGEFACTS_HTTP_*``."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class HttpPolicy:
    #: seconds to connect and to wait between bytes of the answer
    timeout: float = 20.0
    #: retries after the first attempt, for 429, 5xx, timeouts and connection errors
    retries: int = 4
    #: first backoff in seconds, doubled each retry
    backoff_base: float = 1.0
    #: longest single wait, also applied to a server's Retry-After
    backoff_cap: float = 60.0
    #: requests started per second across all threads (Crossref's public pool allows 5/s)
    rate_per_second: float = 3.0
    #: requests in flight at once (Crossref's public pool allows 1, the polite pool 3)
    concurrency: int = 2
    #: bodies larger than this are refused
    max_bytes: int = 5_000_000
    #: redirects followed, and only to configured hosts
    max_redirects: int = 3

    @classmethod
    def from_env(cls, **overrides: object) -> HttpPolicy:
        """Defaults, then ``AGEFACTS_HTTP_<FIELD>`` variables, then explicit overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"AGEFACTS_HTTP_{f.name.upper()}")
            if raw is not None:
                values[f.name] = int(raw) if f.type in ("int", int) else float(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
