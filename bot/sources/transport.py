"""An httpx transport that sends requests with aiohttp's client.

Why: httpcore's connection pool rescans every connection (with a socket poll each) on every request
event, quadratic in the pool size; at 50 concurrent fetches it cost 1-5 ms of CPU per request,
more than parsing the feed (measured by bench/poll.py). aiohttp's C-accelerated client costs about
0.3 ms. httpx stays the API the fetcher is written against (timeouts, streaming, decompression with
the size cap on decompressed bytes, the exception tree, MockTransport as the test seam); only the
wire work moves. aiohttp is already a dependency (Bolt's server and Socket Mode client).

Decompression stays with httpx (`auto_decompress=False`), so the body cap counts decompressed bytes.
Redirects stay with the fetcher (`allow_redirects=False`), so every hop passes the address guard.
The connector's resolver applies the address guard again to the addresses it actually connects to,
which closes the DNS-rebinding gap of checking a name before the request (see netguard.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
from collections.abc import AsyncIterator, Iterator

import aiohttp
import httpx
from aiohttp.abc import AbstractResolver, ResolveResult
from yarl import URL

from bot.errors import BlockedAddressError
from bot.sources.netguard import ALLOW_HINT, blocked_for

__all__ = ["AiohttpTransport"]

CHUNK_SIZE = 64 * 1024


@contextlib.contextmanager
def _blocked_as_fetch_error() -> Iterator[None]:
    try:
        yield
    except aiohttp.ClientConnectorError as exc:
        if isinstance(exc.os_error, _Blocked):
            raise BlockedAddressError(str(exc.os_error)) from exc
        raise


@contextlib.contextmanager
def _mapped_errors() -> Iterator[None]:
    """aiohttp's exceptions as the httpx ones the fetcher turns into messages for operators."""
    try:
        yield
    except aiohttp.ConnectionTimeoutError as exc:  # before ServerTimeoutError: it is a subclass
        raise httpx.ConnectTimeout(str(exc) or "connect timeout") from exc
    except aiohttp.ServerTimeoutError as exc:
        raise httpx.ReadTimeout(str(exc) or "read timeout") from exc
    except aiohttp.ClientConnectorError as exc:
        raise httpx.ConnectError(str(exc)) from exc
    except aiohttp.ServerDisconnectedError as exc:
        raise httpx.RemoteProtocolError(str(exc) or "server disconnected") from exc
    except aiohttp.ClientPayloadError as exc:
        raise httpx.ReadError(str(exc)) from exc
    except aiohttp.InvalidURL as exc:
        raise httpx.UnsupportedProtocol(f"invalid URL: {exc}") from exc
    except aiohttp.ClientResponseError as exc:  # a malformed status line or headers
        raise httpx.RemoteProtocolError(exc.message or str(exc)) from exc
    except aiohttp.ClientError as exc:
        raise httpx.TransportError(str(exc) or type(exc).__name__) from exc


class _Blocked(OSError):
    """Raised by the resolver; aiohttp wraps it, the transport turns it into BlockedAddressError."""


class GuardedResolver(AbstractResolver):
    """Resolves names, then refuses loopback/private/link-local/metadata answers.

    The fetcher checks a URL's host before each request, but the name is resolved again to connect:
    a hostile DNS server could answer with a public address the first time and 169.254.169.254 the
    second. Checking here, on the addresses the socket will use, leaves no gap.
    """

    def __init__(self, *, allow_private: bool = False) -> None:
        self._inner = aiohttp.ThreadedResolver()
        self._allow_private = allow_private

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        results = await self._inner.resolve(host, port, family)
        for result in results:
            address = ipaddress.ip_address(str(result["host"]).split("%", 1)[0])
            if blocked_for(address, allow_private=self._allow_private):
                why = "never fetched" if self._allow_private else ALLOW_HINT
                raise _Blocked(f"blocked address {address} for host {host} ({why})")
        return results

    async def close(self) -> None:
        await self._inner.close()


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped_errors():
            async for chunk in self._response.content.iter_chunked(CHUNK_SIZE):
                yield chunk

    async def aclose(self) -> None:
        # A body read to the end gives its connection back for reuse; one abandoned half-way (over
        # the size cap, a timeout) must not: the rest of it would be read as the next response.
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests through one aiohttp ClientSession (created on first use, in the loop)."""

    def __init__(self, *, max_connections: int = 100, keepalive_s: float = 30.0, allow_private: bool = False) -> None:
        self._allow_private = allow_private
        self._max_connections = max_connections
        self._keepalive_s = keepalive_s
        self._session: aiohttp.ClientSession | None = None

    def _get_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(
                limit=self._max_connections,
                limit_per_host=0,  # the fetcher's HostLimiter decides per host
                keepalive_timeout=self._keepalive_s,
                ssl=ssl.create_default_context(),
                # Even with private sources allowed, metadata and link-local answers are refused.
                resolver=GuardedResolver(allow_private=self._allow_private),
            )
            # trust_env=False: no proxy from the environment, like a server process should behave.
            self._session = aiohttp.ClientSession(connector=connector, auto_decompress=False, trust_env=False)
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = request.extensions.get("timeout", {})
        session = self._get_session()
        body = request.content or None
        with _mapped_errors(), _blocked_as_fetch_error():
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),  # exactly the URL httpx built: no re-quoting
                headers=list(request.headers.multi_items()),
                data=body,
                allow_redirects=False,
                compress=None,
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=timeout.get("pool"), sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            )
        return httpx.Response(
            status_code=response.status,
            headers=[(k.decode("latin-1"), v.decode("latin-1")) for k, v in response.raw_headers],
            stream=_Body(response),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (response.reason or "").encode("latin-1")},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
            await asyncio.sleep(0)  # let the connector's transports finish closing

    async def __aenter__(self) -> AiohttpTransport:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
