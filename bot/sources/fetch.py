"""The fetcher: one shared HTTP client, conditional GET, hard limits, clear errors.

Every failure becomes a FetchError (or a subclass) whose message is fit to show an operator next to
the source ("HTTP 500 from www.uscis.gov", "timed out after 30 s"); nothing here retries: backoff is
the scheduler's job, helped by `RateLimitedError.retry_after`.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import math
from collections.abc import AsyncIterator, Coroutine
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Self
from urllib.parse import urljoin, urlsplit

import httpx

from bot import __version__
from bot.errors import BodyTooLargeError, FetchError
from bot.models import FetchResult
from bot.sources.decode import ACCEPT_ENCODING, BodyCapExceeded, BoundedDecoder, codings
from bot.sources.limits import HostBusyError, HostLimiter
from bot.sources.netguard import check_public_url
from bot.sources.transport import AiohttpTransport

__all__ = [
    "ACCEPT_HTML",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CONNECTIONS",
    "DEFAULT_MAX_REDIRECTS",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "Fetcher",
    "HostBusyError",
    "RateLimitedError",
    "parse_retry_after",
    "user_agent",
]

DEFAULT_CONNECT_TIMEOUT = 5.0  # seconds to open the TCP/TLS connection
DEFAULT_READ_TIMEOUT = 15.0  # seconds of silence allowed between two reads
DEFAULT_TOTAL_TIMEOUT = 30.0  # seconds for the whole fetch, redirects and body included
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # cap on the decompressed body
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_MAX_CONNECTIONS = 100  # sockets the shared client may hold open (all hosts together)

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
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


MAX_RETRY_AFTER_S = 24 * 3600  # longer waits are capped: the source is retried at least daily


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or bad."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        # A server may send any number of digits: beyond a day it is nonsense, and float("9"*400) is inf.
        return float(min(int(text[:12]), MAX_RETRY_AFTER_S))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT by definition
        when = when.replace(tzinfo=UTC)
    delta = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(0.0, delta), float(MAX_RETRY_AFTER_S))


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
    """Fetches source URLs through one shared httpx transport (aiohttp-backed unless one is given).

    httpx requests and responses, httpx's decompression and exception tree, but no AsyncClient on
    top: its per-request work (cookie jar, auth and redirect hooks) cost a quarter of our CPU per
    fetch in bench/poll.py, and we use none of it (a GET, our own redirects, no cookies).
    Redirects are followed here so that every hop passes `check_public_url` and the host limiter.
    The total timeout counts time spent on the network, not time queued behind other requests to
    the same host (that wait is bounded by the pipeline's per-source deadline).
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
        limiter: HostLimiter | None = None,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
    ) -> None:
        if max_bytes <= 0 or max_redirects < 0 or min(connect_timeout, read_timeout, total_timeout) <= 0:
            raise ValueError("limits must be positive")
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.limiter = limiter or HostLimiter()
        self.user_agent = user_agent(contact)
        # The aiohttp-backed transport by default: see transport.py for why (CPU per request).
        self._transport = transport if transport is not None else AiohttpTransport(
            max_connections=max_connections, allow_private=allow_private
        )
        self._timeouts = httpx.Timeout(
            connect=connect_timeout, read=read_timeout, write=read_timeout, pool=connect_timeout
        ).as_dict()
        self._headers = {"User-Agent": self.user_agent, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """GET `url`, conditionally when validators are given.

        `accept` replaces the feed-oriented Accept header (pages and articles want HTML);
        `max_bytes` lowers the body cap for this request. Returns a FetchResult (not_modified=True
        on 304). Raises FetchError, BlockedAddressError, BodyTooLargeError, RateLimitedError or
        HostBusyError, each with a message for humans.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        cap = min(max_bytes, self.max_bytes) if max_bytes else self.max_bytes
        budget = _Budget(self.total_timeout)

        current = url
        seen = {url}
        for _ in range(self.max_redirects + 1):
            await check_public_url(current, allow_private=self.allow_private)
            host = _host(current)
            async with self.limiter.slot(host):
                outcome = await budget.run(
                    self._request(current, host, headers, cap), what=f"fetching {host}"
                )
            if isinstance(outcome, FetchResult):
                if outcome.not_modified:
                    # A 304 may carry fresh validators; otherwise the ones we sent still hold.
                    return outcome.model_copy(
                        update={
                            "url": url,
                            "etag": outcome.etag or etag,
                            "last_modified": outcome.last_modified or last_modified,
                        }
                    )
                return outcome.model_copy(update={"url": url})
            target = urljoin(current, outcome)
            if target in seen:
                raise FetchError(f"redirect loop: {current} -> {target}")
            seen.add(target)
            current = target
        raise FetchError(f"too many redirects (more than {self.max_redirects}) starting at {url}")

    async def _request(self, url: str, host: str, headers: dict[str, str], cap: int) -> FetchResult | str:
        """One hop: a FetchResult, or the Location to follow."""
        try:
            request = httpx.Request("GET", url, headers=self._headers | headers, extensions={"timeout": self._timeouts})
            async with _opened(await self._transport.handle_async_request(request)) as response:
                status = response.status_code
                if status in _REDIRECT_STATUSES:
                    location = str(response.headers.get("location") or "").strip()
                    if not location:
                        raise FetchError(f"HTTP {status} from {host} without a Location header")
                    return location
                if status == 304:
                    return FetchResult(
                        url=url,
                        final_url=url,
                        status=304,
                        etag=response.headers.get("etag"),
                        last_modified=response.headers.get("last-modified"),
                        not_modified=True,
                    )
                if status in _RATE_LIMIT_STATUSES:
                    retry_after = parse_retry_after(response.headers.get("retry-after"))
                    if retry_after is not None:
                        self.limiter.note_retry_after(host, retry_after)
                    hint = f" (retry after {math.ceil(retry_after)} s)" if retry_after is not None else ""
                    raise RateLimitedError(
                        f"HTTP {status} from {host}{hint}", status=status, retry_after=retry_after
                    )
                if not 200 <= status < 300:
                    raise FetchError(f"HTTP {status} from {host}")
                body = await self._read_capped(response, host, cap)
                return FetchResult(
                    url=url,
                    final_url=url,
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

    async def _read_capped(self, response: httpx.Response, host: str, cap: int) -> bytes:
        too_large = BodyTooLargeError(f"body larger than {_size(cap)} from {host}")
        declared = response.headers.get("content-length")
        # Without compression Content-Length is the body size: refuse before reading a byte.
        compressed = bool(codings(response.headers.get("content-encoding")))
        if declared and declared.isdigit() and not compressed and int(declared) > cap:
            raise too_large
        # Raw bytes, decoded here with every inflate step bounded by what is left of the cap (decode.py):
        # a gzip bomb stops at the cap instead of inflating a whole chunk first.
        decoder = BoundedDecoder(response.headers.get("content-encoding"), cap, host=host)
        chunks: list[bytes] = []
        try:
            async for chunk in _raw_chunks(response):
                chunks.append(decoder.feed(chunk))
            chunks.append(decoder.flush())
        except BodyCapExceeded:
            raise too_large from None
        return b"".join(chunks)


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as sent. A response built with its content in memory (a test transport) has no stream
    left to read raw: its content is those bytes."""
    try:
        async for chunk in response.aiter_raw():
            yield chunk
    except httpx.StreamConsumed:
        yield response.content


@contextlib.asynccontextmanager
async def _opened(response: httpx.Response) -> AsyncIterator[httpx.Response]:
    """Close the response's stream however the block ends (its connection goes back or is dropped)."""
    try:
        yield response
    finally:
        await response.aclose()


class _Budget:
    """The total timeout, spent only while a request is on the wire (not while queued for a host)."""

    def __init__(self, seconds: float) -> None:
        self.total = seconds
        self.left = seconds

    async def run(self, request: Coroutine[Any, Any, FetchResult | str], *, what: str) -> FetchResult | str:
        loop = asyncio.get_running_loop()
        started = loop.time()
        try:
            async with asyncio.timeout(max(self.left, 0.0)):
                outcome: FetchResult | str = await request
                return outcome
        except TimeoutError as exc:
            raise FetchError(f"timed out after {_seconds(self.total)} {what}") from exc
        finally:
            self.left -= loop.time() - started
