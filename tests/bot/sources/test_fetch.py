"""Fetcher tests against a real local aiohttp server (plus a few MockTransport unit tests)."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import itertools
import socket
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from aiohttp import web

from bot.errors import BlockedAddressError, BodyTooLargeError, FetchError
from bot.sources.fetch import (
    ACCEPT_HTML,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_REDIRECTS,
    DEFAULT_READ_TIMEOUT,
    DEFAULT_TOTAL_TIMEOUT,
    Fetcher,
    HostBusyError,
    RateLimitedError,
    parse_retry_after,
)
from bot.sources.limits import HostLimiter

CONTACT = "mailto:ops@example.org"
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
ETAG = '"feed-v1"'
LAST_MODIFIED = "Sat, 28 Nov 2026 08:00:00 GMT"


class LocalServer:
    """A tiny aiohttp app with one route per behaviour under test."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.requests: list[web.Request] = []
        self.release = asyncio.Event()  # slow handlers wait on this instead of sleeping for real
        self.concurrent = 0
        self.peak = 0
        self.arrivals: list[float] = []
        self.port = 0
        self._runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=0.1)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        self.release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        self.requests.append(request)
        if path == "/feed":
            if request.headers.get("If-None-Match") == ETAG:
                return web.Response(status=304, headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
            return web.Response(
                body=FEED,
                headers={
                    "Content-Type": "application/rss+xml; charset=utf-8",
                    "ETag": ETAG,
                    "Last-Modified": LAST_MODIFIED,
                },
            )
        if path == "/only-last-modified":
            if request.headers.get("If-Modified-Since") == LAST_MODIFIED:
                return web.Response(status=304)
            return web.Response(body=FEED, headers={"Last-Modified": LAST_MODIFIED})
        if path == "/error":
            return web.Response(status=500, text="boom")
        if path == "/not-found":
            return web.Response(status=404, text="nope")
        if path == "/rate-limited":
            return web.Response(status=429, headers={"Retry-After": "120"})
        if path == "/unavailable":
            when = datetime.now(UTC) + timedelta(seconds=90)
            return web.Response(status=503, headers={"Retry-After": format_datetime(when, usegmt=True)})
        if path == "/rate-limited-bare":
            return web.Response(status=429)
        if path == "/slow-headers":
            await self.release.wait()
            return web.Response(body=FEED)
        if path == "/slow-body":
            response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
            await response.prepare(request)
            await response.write(FEED[:10])
            await self.release.wait()
            return response
        if path == "/big":
            return web.Response(body=b"x" * 20_000)
        if path == "/big-chunked":  # no Content-Length: the cap must hold while streaming
            response = web.StreamResponse()
            response.enable_chunked_encoding()
            await response.prepare(request)
            for _ in range(40):
                await response.write(b"y" * 1_000)
            await response.write_eof()
            return response
        if path == "/gzip-bomb":
            body = gzip.compress(b"\0" * (DEFAULT_MAX_BYTES + 1024 * 1024))
            return web.Response(body=body, headers={"Content-Encoding": "gzip"})
        if path == "/gzip-ok":
            return web.Response(body=gzip.compress(FEED), headers={"Content-Encoding": "gzip"})
        if path == "/loop-a":
            raise web.HTTPFound("/loop-b")
        if path == "/loop-b":
            raise web.HTTPFound("/loop-a")
        if path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            if left > 0:
                raise web.HTTPFound(f"/hop/{left - 1}")
            return web.Response(body=FEED)
        if path == "/moved":
            raise web.HTTPMovedPermanently("feed")  # relative Location
        if path == "/no-location":
            return web.Response(status=302)
        if path == "/to-private":
            raise web.HTTPFound(f"http://127.0.0.1:{self.port}/secret")
        if path == "/to-file":
            raise web.HTTPFound("file:///etc/passwd")
        if path == "/secret":
            return web.Response(text="internal admin page")
        if path == "/slow-ok":  # 0.3 s to answer; counts how many are served at once
            self.arrivals.append(asyncio.get_running_loop().time())
            self.concurrent += 1
            self.peak = max(self.peak, self.concurrent)
            try:
                await asyncio.sleep(float(request.query.get("s", "0.3")))
            finally:
                self.concurrent -= 1
            return web.Response(body=FEED)
        return web.Response(status=404)


@pytest.fixture
async def server() -> AsyncIterator[LocalServer]:
    srv = LocalServer()
    await srv.start()
    try:
        yield srv
    finally:
        await srv.stop()


@pytest.fixture
async def fetcher() -> AsyncIterator[Fetcher]:
    async with Fetcher(allow_private=True, contact=CONTACT) as f:
        yield f


# ---------------------------------------------------------------- success and conditional GET


async def test_200_then_304_with_etag(server: LocalServer, fetcher: Fetcher) -> None:
    first = await fetcher.fetch(f"{server.base}/feed")
    assert first.status == 200
    assert not first.not_modified
    assert first.body == FEED
    assert first.body_hash == hashlib.sha256(FEED).hexdigest()
    assert first.etag == ETAG
    assert first.last_modified == LAST_MODIFIED
    assert first.content_type == "application/rss+xml; charset=utf-8"
    assert first.final_url == first.url == f"{server.base}/feed"

    second = await fetcher.fetch(first.url, etag=first.etag, last_modified=first.last_modified)
    assert second.status == 304
    assert second.not_modified
    assert second.body == b""
    assert second.etag == ETAG
    assert second.body_hash is None

    sent = server.requests[-1].headers
    assert sent["If-None-Match"] == ETAG
    assert sent["If-Modified-Since"] == LAST_MODIFIED


async def test_304_without_validators_keeps_the_ones_sent(server: LocalServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(f"{server.base}/only-last-modified", last_modified=LAST_MODIFIED)
    assert result.not_modified
    assert result.last_modified == LAST_MODIFIED
    assert "If-None-Match" not in server.requests[-1].headers


async def test_first_request_is_unconditional_and_identifies_itself(
    server: LocalServer, fetcher: Fetcher
) -> None:
    await fetcher.fetch(f"{server.base}/feed")
    sent = server.requests[-1].headers
    assert "If-None-Match" not in sent
    assert "If-Modified-Since" not in sent
    assert sent["User-Agent"] == f"policybot/0.1.0 (+{CONTACT})"
    assert "application/rss+xml" in sent["Accept"]


async def test_gzip_body_is_decompressed_and_hashed(server: LocalServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(f"{server.base}/gzip-ok")
    assert result.body == FEED
    assert result.body_hash == hashlib.sha256(FEED).hexdigest()


# ---------------------------------------------------------------- HTTP errors


async def test_500_is_a_fetch_error_naming_the_host(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        await fetcher.fetch(f"{server.base}/error")
    assert str(info.value) == "HTTP 500 from 127.0.0.1"
    assert not isinstance(info.value, RateLimitedError)


async def test_404(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="^HTTP 404 from 127.0.0.1$"):
        await fetcher.fetch(f"{server.base}/not-found")


async def test_429_carries_retry_after_seconds(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(RateLimitedError) as info:
        await fetcher.fetch(f"{server.base}/rate-limited")
    assert info.value.retry_after == 120.0
    assert info.value.status == 429
    assert str(info.value) == "HTTP 429 from 127.0.0.1 (retry after 120 s)"
    assert isinstance(info.value, FetchError)


async def test_503_with_http_date_retry_after(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(RateLimitedError) as info:
        await fetcher.fetch(f"{server.base}/unavailable")
    assert info.value.status == 503
    assert info.value.retry_after is not None
    assert 80 <= info.value.retry_after <= 91


async def test_429_without_retry_after(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(RateLimitedError) as info:
        await fetcher.fetch(f"{server.base}/rate-limited-bare")
    assert info.value.retry_after is None
    assert str(info.value) == "HTTP 429 from 127.0.0.1"


async def test_connection_refused() -> None:
    with socket.socket() as sock:  # find a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    async with Fetcher(allow_private=True, contact=CONTACT) as fetcher:
        with pytest.raises(FetchError, match="cannot connect to 127.0.0.1"):
            await fetcher.fetch(f"http://127.0.0.1:{port}/feed")


# ---------------------------------------------------------------- timeouts


async def test_total_timeout(server: LocalServer) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, total_timeout=0.3) as fetcher:
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(FetchError) as info:
            await fetcher.fetch(f"{server.base}/slow-headers")
        assert loop.time() - started < 2
    assert str(info.value).startswith("timed out after 0.3 s")


async def test_read_timeout_while_streaming_the_body(server: LocalServer) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, read_timeout=0.2) as fetcher:
        with pytest.raises(FetchError, match=r"^timed out after 0\.2 s reading from 127\.0\.0\.1$"):
            await fetcher.fetch(f"{server.base}/slow-body")


def test_default_limits_are_the_documented_ones() -> None:
    assert (DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_TOTAL_TIMEOUT) == (5.0, 15.0, 30.0)
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024
    assert DEFAULT_MAX_REDIRECTS == 5


# ---------------------------------------------------------------- body cap


async def test_body_over_the_cap_by_content_length(server: LocalServer) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, max_bytes=10_000) as fetcher:
        with pytest.raises(BodyTooLargeError, match="^body larger than 10000 bytes from 127.0.0.1$"):
            await fetcher.fetch(f"{server.base}/big")


async def test_body_over_the_cap_while_streaming(server: LocalServer) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, max_bytes=10_000) as fetcher:
        with pytest.raises(BodyTooLargeError):
            await fetcher.fetch(f"{server.base}/big-chunked")
        # under the cap the same stream is fine
    async with Fetcher(allow_private=True, contact=CONTACT, max_bytes=50_000) as fetcher:
        result = await fetcher.fetch(f"{server.base}/big-chunked")
        assert len(result.body) == 40_000


async def test_gzip_body_that_expands_past_the_default_cap(server: LocalServer, fetcher: Fetcher) -> None:
    # A few kilobytes on the wire, 6 MB once decompressed: the cap is on the decompressed bytes.
    with pytest.raises(BodyTooLargeError, match="^body larger than 5 MB from 127.0.0.1$"):
        await fetcher.fetch(f"{server.base}/gzip-bomb")


# ---------------------------------------------------------------- redirects


async def test_redirect_loop(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="^redirect loop"):
        await fetcher.fetch(f"{server.base}/loop-a")
    assert server.hits["/loop-a"] == 1
    assert server.hits["/loop-b"] == 1


async def test_redirects_are_capped(server: LocalServer, fetcher: Fetcher) -> None:
    ok = await fetcher.fetch(f"{server.base}/hop/5")  # exactly five redirects: allowed
    assert ok.final_url == f"{server.base}/hop/0"
    assert ok.url == f"{server.base}/hop/5"
    with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
        await fetcher.fetch(f"{server.base}/hop/6")
    assert server.hits["/hop/0"] == 1  # the sixth redirect was never followed


async def test_relative_redirect_is_resolved(server: LocalServer, fetcher: Fetcher) -> None:
    result = await fetcher.fetch(f"{server.base}/moved")
    assert result.final_url == f"{server.base}/feed"
    assert result.body == FEED


async def test_redirect_without_location(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="HTTP 302 from 127.0.0.1 without a Location header"):
        await fetcher.fetch(f"{server.base}/no-location")


async def test_redirect_to_a_non_http_scheme_is_refused(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        await fetcher.fetch(f"{server.base}/to-file")


# ---------------------------------------------------------------- private addresses


async def test_private_address_is_blocked_before_any_request(server: LocalServer) -> None:
    async with Fetcher(allow_private=False, contact=CONTACT) as fetcher:
        with pytest.raises(BlockedAddressError) as info:
            await fetcher.fetch(f"{server.base}/feed")
    assert str(info.value) == "blocked address 127.0.0.1 (set POLICYBOT_ALLOW_PRIVATE_SOURCES=true to allow)"
    assert server.hits["/feed"] == 0


class _RouteToLocal(httpx.AsyncBaseTransport):
    """Sends requests for a pretend public host to the local server: the wire is still real HTTP."""

    def __init__(self, public_host: str, port: int) -> None:
        self._public_host = public_host
        self._port = port
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == self._public_host:
            request.url = request.url.copy_with(host="127.0.0.1", port=self._port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def test_redirect_to_a_private_address_is_blocked(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def fake_getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        assert host == "feeds.example"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", fake_getaddrinfo)
    transport = _RouteToLocal("feeds.example", server.port)
    limiter = HostLimiter(interval=0)  # two requests to one named host: no politeness pause in a test
    async with Fetcher(allow_private=False, contact=CONTACT, transport=transport, limiter=limiter) as fetcher:
        ok = await fetcher.fetch("http://feeds.example/feed")  # the public first hop works
        assert ok.body == FEED
        with pytest.raises(BlockedAddressError, match=r"^blocked address 127\.0\.0\.1 \(set POLICYBOT_"):
            await fetcher.fetch("http://feeds.example/to-private")
    assert server.hits["/to-private"] == 1
    assert server.hits["/secret"] == 0  # the internal page was never requested


# ---------------------------------------------------------------- unit tests without a server


async def test_mock_transport_seam() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"{}", headers={"Content-Type": "application/feed+json"})

    async with Fetcher(allow_private=True, contact=CONTACT, transport=httpx.MockTransport(handler)) as fetcher:
        result = await fetcher.fetch("https://example.org/feed.json")
    assert result.body == b"{}"
    assert result.content_type == "application/feed+json"


def test_invalid_limits_are_rejected() -> None:
    with pytest.raises(ValueError, match="positive"):
        Fetcher(allow_private=True, contact=CONTACT, max_bytes=0)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("", None),
        ("120", 120.0),
        ("0", 0.0),
        ("soon", None),
        ("-5", None),
        ("Sun, 29 Nov 2026 12:01:30 GMT", 90.0),
        ("Sun, 29 Nov 2026 11:00:00 GMT", 0.0),  # in the past: retry now
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    now = datetime(2026, 11, 29, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after(header, now=now) == expected


# ---------------------------------------------------------------- politeness per host


async def test_per_host_concurrency_cap_through_a_real_server(server: LocalServer) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, limiter=HostLimiter(per_host=2)) as fetcher:
        await asyncio.gather(*(fetcher.fetch(f"{server.base}/slow-ok?s=0.05") for _ in range(6)))
    assert server.peak == 2 and server.hits["/slow-ok"] == 6


async def test_minimum_interval_between_requests_to_one_named_host(server: LocalServer) -> None:
    limiter = HostLimiter(per_host=4, interval=0.15)
    transport = _RouteToLocal("feeds.example", server.port)
    async with Fetcher(allow_private=True, contact=CONTACT, transport=transport, limiter=limiter) as fetcher:
        await asyncio.gather(*(fetcher.fetch("http://feeds.example/slow-ok?s=0") for _ in range(3)))
    gaps = [b - a for a, b in itertools.pairwise(server.arrivals)]
    assert len(gaps) == 2 and all(gap >= 0.13 for gap in gaps)


async def test_retry_after_holds_off_the_host_without_a_request(server: LocalServer, fetcher: Fetcher) -> None:
    with pytest.raises(RateLimitedError):
        await fetcher.fetch(f"{server.base}/rate-limited")  # Retry-After: 120
    with pytest.raises(HostBusyError, match=r"^not asking 127\.0\.0\.1: it asked us to retry after 1[12]\d s$"):
        await fetcher.fetch(f"{server.base}/feed")
    assert server.hits["/feed"] == 0


async def test_waiting_for_a_busy_host_does_not_count_against_the_total_timeout(server: LocalServer) -> None:
    limiter = HostLimiter(per_host=1)
    async with Fetcher(allow_private=True, contact=CONTACT, total_timeout=0.5, limiter=limiter) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(f"{server.base}/slow-ok?s=0.3") for _ in range(2)))
    assert [r.status for r in results] == [200, 200]  # the second waited 0.3 s, then took 0.3 s itself
    assert server.peak == 1


async def test_accept_and_body_cap_per_request(server: LocalServer, fetcher: Fetcher) -> None:
    await fetcher.fetch(f"{server.base}/feed", accept=ACCEPT_HTML)
    assert server.requests[-1].headers["Accept"] == ACCEPT_HTML
    with pytest.raises(BodyTooLargeError, match="^body larger than 1000 bytes from 127.0.0.1$"):
        await fetcher.fetch(f"{server.base}/big", max_bytes=1000)


# ---------------------------------------------------------------- the aiohttp transport


async def test_a_body_abandoned_half_way_does_not_poison_the_next_response(server: LocalServer) -> None:
    async with Fetcher(allow_private=True, contact=CONTACT, max_bytes=10_000) as fetcher:
        with pytest.raises(BodyTooLargeError):
            await fetcher.fetch(f"{server.base}/big-chunked")  # stopped after 10 KB of 40 KB
        for _ in range(3):  # the half-read connection was dropped, not reused
            assert (await fetcher.fetch(f"{server.base}/feed")).body == FEED


async def test_a_server_that_hangs_up_is_a_network_error() -> None:
    async def hang_up(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.close()

    listener = await asyncio.start_server(hang_up, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        async with Fetcher(allow_private=True, contact=CONTACT) as fetcher:
            with pytest.raises(FetchError, match=r"^network error from 127\.0\.0\.1: "):
                await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    finally:
        listener.close()
        await listener.wait_closed()


async def test_a_garbled_status_line_is_a_network_error() -> None:
    async def garble(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 banana\r\n\r\n")
        await writer.drain()
        writer.close()

    listener = await asyncio.start_server(garble, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    try:
        async with Fetcher(allow_private=True, contact=CONTACT) as fetcher:
            with pytest.raises(FetchError, match=r"^network error from 127\.0\.0\.1: "):
                await fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    finally:
        listener.close()
        await listener.wait_closed()


async def test_the_transport_refuses_private_addresses_the_early_check_did_not_see(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name looked public when checked, and resolves to loopback to connect."""

    async def looks_public(url: str, *, allow_private: bool) -> None:
        return None

    monkeypatch.setattr("bot.sources.fetch.check_public_url", looks_public)
    async with Fetcher(allow_private=False, contact=CONTACT) as fetcher:
        with pytest.raises(BlockedAddressError, match=r"^blocked address 127\.0\.0\.1 for host localhost \(set POLICYBOT_"):
            await fetcher.fetch(f"http://localhost:{server.port}/feed")
    assert server.hits["/feed"] == 0
    async with Fetcher(allow_private=True, contact=CONTACT) as fetcher:  # allowed: the same URL works
        assert (await fetcher.fetch(f"http://localhost:{server.port}/feed")).body == FEED
