"""Polite, bounded HTTP GETs for feeds and pages (httpx).

An unattended refresh meets every failure the web has: hosts that never answer, bodies that
trickle a byte a second, pages of gigabytes, redirect loops. Each GET here is bounded in time
(connect/read timeouts plus a total deadline checked while streaming), in size (streamed, and
aborted once over the limit) and in redirects; it waits between two requests to the same host,
and it never raises: a failure comes back as ``FetchResult.error`` with a reason a person can
read in ``silkstat runs``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

USER_AGENT = "SilkStat/0.1 (+https://silkstat.example/about; economic facts from news)"


@dataclass
class FetchSettings:
    """Limits of one GET; the ``[fetch]`` table of the sources file overrides them."""

    timeout: float = 20.0  # seconds to connect, and between two chunks of a body
    total_timeout: float = 60.0  # seconds for a whole response, body included
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    host_delay: float = 1.0  # seconds between two requests to the same host
    user_agent: str = USER_AGENT

    @classmethod
    def from_mapping(cls, values: dict[str, Any] | None) -> FetchSettings:
        """Settings from a TOML table; unknown keys are an error, so typos do not pass silently."""
        values = dict(values or {})
        known = set(cls.__dataclass_fields__)
        unknown = set(values) - known
        if unknown:
            raise ValueError(f"unknown [fetch] settings: {', '.join(sorted(unknown))}")
        return cls(**values)


@dataclass
class FetchResult:
    """One response, or the reason there is none."""

    url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == 200

    @property
    def not_modified(self) -> bool:
        return self.error is None and self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")


class Fetcher:
    """A shared httpx client with per-host pacing; use as a context manager."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self.requests = 0
        self._last_by_host: dict[str, float] = {}
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=self.settings.max_redirects,
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.user_agent},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_by_host.get(host)
        if last is not None:
            wait = self.settings.host_delay - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_by_host[host] = time.monotonic()

    def get(self, url: str, headers: dict[str, str] | None = None) -> FetchResult:
        """GET ``url``; HTTP errors, timeouts, oversize bodies and loops become ``error``."""
        self._pace(url)
        self.requests += 1
        limit = self.settings.max_bytes
        deadline = time.monotonic() + self.settings.total_timeout
        try:
            with self._client.stream("GET", url, headers=headers or {}) as resp:
                result = FetchResult(url=str(resp.url), status=resp.status_code,
                                     headers={k.lower(): v for k, v in resp.headers.items()})
                if resp.status_code == 304:
                    return result
                if resp.status_code != 200:
                    result.error = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
                    return result
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    result.error = f"body too large: {int(declared)} bytes declared, limit {limit}"
                    return result
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        result.error = f"body too large: over the limit of {limit} bytes"
                        return result
                    if time.monotonic() > deadline:
                        result.error = f"too slow: body not complete after {self.settings.total_timeout:g} s"
                        return result
                    chunks.append(chunk)
                result.content = b"".join(chunks)
                return result
        except httpx.TooManyRedirects:
            return FetchResult(url=url, error=f"too many redirects (more than {self.settings.max_redirects})")
        except httpx.TimeoutException as exc:
            return FetchResult(url=url, error=f"timeout ({exc.__class__.__name__}) after {self.settings.timeout:g} s")
        except httpx.HTTPError as exc:
            return FetchResult(url=url, error=f"fetch error: {exc.__class__.__name__}: {exc}".strip())
        except (httpx.InvalidURL, ValueError) as exc:  # a malformed URL in a feed
            return FetchResult(url=url, error=f"bad URL: {exc}")
