"""A polite HTTP GET for scholarly APIs: cached, rate-limited, retried, size-capped, host-bound.

Crossref and DataCite are shared public services; the client identifies itself (contact address
in the User-Agent, which puts Crossref requests in its "polite" pool), keeps to a request rate
and a concurrency limit (and to a lower rate when the server announces one), backs off
exponentially on 429 and 5xx honouring Retry-After up to a cap, and never follows a redirect to a
host it was not configured for. Every final answer is written to the raw cache first, so a rerun
(or ``offline``) replays exactly what was fetched. Failures are returned as values with a reason,
never raised: one bad DOI must not stop a run.
"""

from __future__ import annotations

import email.utils
import re
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import requests

from agefacts import __version__
from agefacts.scholarly.cache import CachedResponse, HttpCache, is_final
from agefacts.scholarly.policy import HttpPolicy

RETRY_STATUSES = {429, 500, 502, 503, 504}
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A final HTTP answer (possibly an error status), or a failure with ``error`` set."""

    url: str
    status: int | None
    body: bytes
    headers: dict[str, str]
    retrieved_at: datetime | None
    from_cache: bool
    error: str | None = None
    cache_path: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300


def _failure(url: str, reason: str, status: int | None = None) -> Fetched:
    return Fetched(url, status, b"", {}, None, False, reason)


def _from_cache(c: CachedResponse) -> Fetched:
    return Fetched(c.url, c.status, c.body, c.headers, c.retrieved_at, True, None, c.path)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


_CAUSES = re.compile(
    r"Failed to resolve '[^']+'|Connection refused|Network is unreachable|No route to host|"
    r"Connection reset by peer|Remote end closed connection[^'\")]*|certificate verify failed",
    re.I,
)


def describe(exc: BaseException) -> str:
    """A network exception in a few words: its root cause, not urllib3's wrapper chain."""
    m = _CAUSES.search(str(exc))
    return f"{type(exc).__name__}: {m.group(0) if m else str(exc)[:160]}"


class _RateLimiter:
    """Spaces request starts at least ``interval`` seconds apart across threads."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second if per_second > 0 else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def slow_to(self, per_second: float) -> None:
        with self._lock:
            if per_second > 0:
                self.interval = max(self.interval, 1.0 / per_second)

    def wait(self) -> None:
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            time.sleep(start - now)


class PoliteClient:
    def __init__(
        self,
        allowed_hosts: set[str],
        cache: HttpCache,
        mailto: str,
        offline: bool = False,
        policy: HttpPolicy | None = None,
        refresh: bool = False,
        limit: Callable[[], AbstractContextManager[object]] | None = None,
    ) -> None:
        self.allowed_hosts = {h.lower() for h in allowed_hosts}
        self.cache = cache
        self.offline = offline
        #: ask the server again even when the raw cache has the answer (``--refresh``)
        self.refresh = refresh
        #: the run-wide external-API limit (``agefacts.limits``), held around each request
        self._limit = limit or nullcontext
        self.policy = policy or HttpPolicy()
        self.user_agent = (
            f"agefacts/{__version__} (dataset builder; mailto:{mailto})"
            if mailto else f"agefacts/{__version__}"
        )
        self._limiter = _RateLimiter(self.policy.rate_per_second)
        self._slots = threading.BoundedSemaphore(max(1, self.policy.concurrency))
        self._local = threading.local()
        self.requests_sent = 0
        self._count_lock = threading.Lock()
        #: hosts that could not be reached at all (DNS, refused): not asked again this run
        self._down: dict[str, str] = {}

    def _session(self) -> requests.Session:
        s = getattr(self._local, "session", None)
        if s is None:
            s = requests.Session()
            s.headers["User-Agent"] = self.user_agent
            s.trust_env = False  # no proxies or .netrc credentials from the environment
            self._local.session = s
        return s

    def _host_allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.netloc.lower() in self.allowed_hosts

    def get(self, url: str, params: dict[str, str] | None = None,
            accept: str = "application/json", refresh: bool = False) -> Fetched:
        """GET ``url``: from the cache if there, else (online) from the server, then cached."""
        full = requests.Request("GET", url, params=params).prepare().url or url
        if not self._host_allowed(full):
            return _failure(full, f"host of {full} is not a configured scholarly API host")
        refresh = refresh or self.refresh
        if not refresh and (hit := self.cache.get("GET", full, accept)) is not None:
            return _from_cache(hit)
        if self.offline:
            return _failure(full, "offline and the response is not in the raw HTTP cache")
        host = urlsplit(full).netloc.lower()
        if host not in self._down:
            result = self._fetch(full, accept)
            if not (result.error and "network error" in result.error and result.status is None):
                return result
            self._down.setdefault(host, result.error.split(": ", 1)[-1])
        # One wording whichever request found the host down first: thread order must not change
        # the tables (an unchanged rerun would otherwise commit a new version).
        return _failure(full, f"network error: {host} unreachable ({self._down[host]})")

    def _fetch(self, url: str, accept: str) -> Fetched:
        policy = self.policy
        last_error = "no attempt made"
        attempts = policy.retries + 1
        for attempt in range(policy.retries + 1):
            result, wait_hint = self._attempt(url, accept)
            if result is not None:
                return result
            last_error = wait_hint[1]
            unreachable = last_error.startswith("network error") and attempt >= 1
            if attempt == policy.retries or unreachable:
                attempts = attempt + 1
                break
            backoff = policy.backoff_base * (2**attempt)
            asked = wait_hint[0]
            delay = min(asked if asked is not None else backoff, policy.backoff_cap)
            time.sleep(max(0.0, delay))
        plural = "s" if attempts > 1 else ""
        return _failure(url, f"gave up after {attempts} attempt{plural}: {last_error}")

    def _attempt(self, url: str, accept: str) -> tuple[Fetched | None, tuple[float | None, str]]:
        """One request, following allowed redirects. ``(result, _)`` when final, else
        ``(None, (retry_after, reason))`` for a retryable failure."""
        current = url
        for _hop in range(self.policy.max_redirects + 1):
            self._limiter.wait()
            with self._slots, self._limit():
                with self._count_lock:
                    self.requests_sent += 1
                try:
                    resp = self._session().get(
                        current, headers={"Accept": accept}, timeout=self.policy.timeout,
                        allow_redirects=False, stream=True,
                    )
                except requests.Timeout:
                    return None, (None, f"timed out after {self.policy.timeout:g}s")
                except requests.RequestException as exc:
                    return None, (None, f"network error: {describe(exc)}")
                try:
                    body, error = self._read_capped(resp)
                except requests.Timeout:
                    return None, (None, f"timed out after {self.policy.timeout:g}s reading body")
                except requests.RequestException as exc:
                    return None, (None, f"network error while reading: {describe(exc)}")
                finally:
                    resp.close()
            self._observe_limits(resp.headers)
            if error:
                return _failure(current, error, resp.status_code), (None, error)
            if resp.is_redirect or resp.status_code in (301, 302, 303, 307, 308):
                target = urljoin(current, resp.headers.get("location", ""))
                if not self._host_allowed(target):
                    reason = (f"refused redirect from {urlsplit(current).netloc} to "
                              f"{urlsplit(target).netloc or target}: not a configured host")
                    return _failure(current, reason, resp.status_code), (None, reason)
                current = target
                continue
            if resp.status_code in RETRY_STATUSES:
                asked = retry_after_seconds(resp.headers.get("retry-after"))
                return None, (asked, f"HTTP {resp.status_code} from {urlsplit(current).netloc}")
            headers = dict(resp.headers)
            if is_final(resp.status_code):
                c = self.cache.put("GET", url, accept, resp.status_code, headers, body)
                return replace(_from_cache(c), from_cache=False), (None, "")
            return Fetched(current, resp.status_code, body, headers, datetime.now(UTC), False,
                           f"HTTP {resp.status_code}"), (None, "")
        reason = f"more than {self.policy.max_redirects} redirects"
        return _failure(url, reason), (None, reason)

    def _read_capped(self, resp: requests.Response) -> tuple[bytes, str | None]:
        cap = self.policy.max_bytes
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            return b"", f"response of {int(declared)} bytes exceeds the {cap}-byte cap"
        chunks, size = [], 0
        for chunk in resp.iter_content(_CHUNK):
            size += len(chunk)
            if size > cap:
                return b"", f"response exceeds the {cap}-byte cap"
            chunks.append(chunk)
        return b"".join(chunks), None

    def _observe_limits(self, headers: requests.structures.CaseInsensitiveDict) -> None:
        """Slow down to the rate the server announces (x-rate-limit-limit per interval)."""
        limit = headers.get("x-rate-limit-limit") or headers.get("x-ratelimit-limit")
        interval = headers.get("x-rate-limit-interval") or headers.get("x-ratelimit-interval")
        if not limit or not limit.isdigit():
            return
        seconds = 1.0
        if interval and interval.rstrip("s").replace(".", "", 1).isdigit():
            seconds = float(interval.rstrip("s")) or 1.0
        self._limiter.slow_to(int(limit) / seconds)
