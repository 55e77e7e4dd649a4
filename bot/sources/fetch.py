"""The fetcher: one shared HTTP client, conditional GET, hard limits, clear errors.

Every failure becomes a FetchError (or a subclass) whose message is fit to show an operator next to
the source ("HTTP 500 from www.uscis.gov", "timed out after 30 s"); nothing here retries: backoff is
the scheduler's job, helped by `RateLimitedError.retry_after`.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Self
from urllib.parse import urljoin, urlsplit

import httpx

from bot import __version__
from bot.errors import BodyTooLargeError, FetchError
from bot.models import FetchResult
from bot.sources.netguard import check_public_url

__all__ = [
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_REDIRECTS",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "Fetcher",
    "RateLimitedError",
    "parse_retry_after",
    "user_agent",
]

DEFAULT_CONNECT_TIMEOUT = 5.0  # seconds to open the TCP/TLS connection
DEFAULT_READ_TIMEOUT = 15.0  # seconds of silence allowed between two reads
DEFAULT_TOTAL_TIMEOUT = 30.0  # seconds for the whole fetch, redirects and body included
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # cap on the decompressed body
DEFAULT_MAX_REDIRECTS = 5

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RATE_LIMIT_STATUSES = frozenset({429, 503})


class RateLimitedError(FetchError):
    """The server said "slow down" (429, or 503 which often means the same); retry after `retry_after`."""

    def __init__(self, message: str, *, status: int, retry_after: float | None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def user_agent(contact: str) -> str:
    """An honest User-Agent: some servers (USCIS) refuse the default ones of HTTP libraries."""
    return f"policybot/{__version__} (+{contact})"


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or bad."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT by definition
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return max(0.0, delta)


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _size(n: int) -> str:
    mib = 1024 * 1024
    if n % mib == 0:
        return f"{n // mib} MB"
    if n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


class Fetcher:
    """Fetches source URLs through one shared `httpx.AsyncClient`.

    Redirects are followed here, not by httpx, so that every hop passes `check_public_url`.
    """

    def __init__(
        self,
        *,
        allow_private: bool,
        contact: str,
        transport: httpx.AsyncBaseTransport | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
        total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        if max_bytes <= 0 or max_redirects < 0 or min(connect_timeout, read_timeout, total_timeout) <= 0:
            raise ValueError("limits must be positive")
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.user_agent = user_agent(contact)
        self._client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            timeout=httpx.Timeout(
                connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout
            ),
            headers={"User-Agent": self.user_agent, "Accept": ACCEPT},
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url`, conditionally when validators are given.

        Returns a FetchResult (not_modified=True on 304). Raises FetchError, BlockedAddressError,
        BodyTooLargeError or RateLimitedError, each with a message for humans.
        """
        try:
            async with asyncio.timeout(self.total_timeout):
                return await self._fetch(url, etag=etag, last_modified=last_modified)
        except TimeoutError as exc:
            raise FetchError(f"timed out after {_seconds(self.total_timeout)} fetching {_host(url)}") from exc

    async def _fetch(self, url: str, *, etag: str | None, last_modified: str | None) -> FetchResult:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified

        current = url
        seen = {url}
        for _ in range(self.max_redirects + 1):
            await check_public_url(current, allow_private=self.allow_private)
            host = _host(current)
            try:
                async with self._client.stream("GET", current, headers=headers) as response:
                    status = response.status_code
                    if status in _REDIRECT_STATUSES:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchError(f"HTTP {status} from {host} without a Location header")
                        target = urljoin(current, location.strip())
                        if target in seen:
                            raise FetchError(f"redirect loop: {current} -> {target}")
                        seen.add(target)
                        current = target
                        continue
                    if status == 304:
                        # A 304 may carry fresh validators; otherwise the ones we sent still hold.
                        return FetchResult(
                            url=url,
                            final_url=current,
                            status=304,
                            etag=response.headers.get("etag") or etag,
                            last_modified=response.headers.get("last-modified") or last_modified,
                            not_modified=True,
                        )
                    if status in _RATE_LIMIT_STATUSES:
                        retry_after = parse_retry_after(response.headers.get("retry-after"))
                        hint = f" (retry after {math.ceil(retry_after)} s)" if retry_after is not None else ""
                        raise RateLimitedError(
                            f"HTTP {status} from {host}{hint}", status=status, retry_after=retry_after
                        )
                    if not 200 <= status < 300:
                        raise FetchError(f"HTTP {status} from {host}")
                    body = await self._read_capped(response, host)
                    return FetchResult(
                        url=url,
                        final_url=current,
                        status=status,
                        body=body,
                        content_type=response.headers.get("content-type"),
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                        body_hash=hashlib.sha256(body).hexdigest(),
                    )
            except httpx.TimeoutException as exc:
                phase = "connecting to" if isinstance(exc, httpx.ConnectTimeout) else "reading from"
                limit = self.connect_timeout if isinstance(exc, httpx.ConnectTimeout) else self.read_timeout
                raise FetchError(f"timed out after {_seconds(limit)} {phase} {host}") from exc
            except httpx.DecodingError as exc:
                raise FetchError(f"cannot decode the compressed body from {host}: {exc}") from exc
            except httpx.ConnectError as exc:
                raise FetchError(f"cannot connect to {host}: {exc or type(exc).__name__}") from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(f"network error from {host}: {exc or type(exc).__name__}") from exc
        raise FetchError(f"too many redirects (more than {self.max_redirects}) starting at {url}")

    async def _read_capped(self, response: httpx.Response, host: str) -> bytes:
        too_large = BodyTooLargeError(f"body larger than {_size(self.max_bytes)} from {host}")
        declared = response.headers.get("content-length")
        # Without compression Content-Length is the body size: refuse before reading a byte.
        compressed = "content-encoding" in response.headers
        if declared and declared.isdigit() and not compressed and int(declared) > self.max_bytes:
            raise too_large
        chunks: list[bytes] = []
        total = 0
        # aiter_bytes yields decompressed bytes, so a small gzip bomb is caught as it expands.
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > self.max_bytes:
                raise too_large
            chunks.append(chunk)
        return b"".join(chunks)
