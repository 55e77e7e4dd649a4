"""No source, from the catalogue or typed by an operator, makes the bot fetch an internal address.

Loopback, private, link-local, unique-local and cloud-metadata addresses are refused with a clear error
(naming the address and POLICYBOT_ALLOW_PRIVATE_SOURCES) unless that setting is true, whatever the
spelling (decimal, octal, hex, IPv4-mapped IPv6, ideographic dots), and also when the address only shows
up in a redirect or a DNS answer. Slack users cannot add sources (`/policy sources` only lists and retries
catalogue entries), so the two ways in are the catalogue and `policybot sources test URL`.

Everything is real: the production fetcher and transport, real HTTP to servers on 127.0.0.1. Only the
world outside is simulated: DNS answers for made-up names come from a table, and a tripwire on the event
loop refuses (and records) any connection to a non-loopback address, so a hole in the guard fails the
test instead of sending a packet anywhere.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiohttp import web

from bot.errors import BlockedAddressError
from bot.models import SourceConfig
from bot.pipeline import Pipeline
from bot.sandbox.processes import run_policybot
from bot.sources.fetch import Fetcher
from bot.sources.limits import HostLimiter
from bot.sources.trial import trial
from bot.store import Store

CONTACT = "mailto:security-tests@example.org"
HINT = "POLICYBOT_ALLOW_PRIVATE_SOURCES=true"
FEED = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Internal</title><item>'
        b"<title>internal admin page</title><link>https://intranet.example/a</link></item></channel></rss>")


# ---------------------------------------------------------------- a target worth protecting


class Target:
    """An "internal service" on 127.0.0.1: it counts every request that reaches it."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self.hits.append(request.path_qs)
        if request.path == "/redirect":
            raise web.HTTPFound(request.query["to"])
        return web.Response(body=FEED, content_type="application/rss+xml")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def target() -> AsyncIterator[Target]:
    t = Target()
    await t.start()
    try:
        yield t
    finally:
        await t.stop()


# ---------------------------------------------------------------- the world outside: DNS and a tripwire


def _is_loopback(host: str) -> bool:
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


@dataclass
class Network:
    """DNS answers for made-up names (a list is used one answer per lookup: DNS rebinding), and a record
    of every connection attempt; any to a non-loopback address is refused before a packet leaves."""

    dns: dict[str, list[str] | list[list[str]]] = field(default_factory=dict)
    lookups: list[str] = field(default_factory=list)
    refused: list[Any] = field(default_factory=list)


@pytest.fixture
async def network(monkeypatch: pytest.MonkeyPatch) -> Network:
    net = Network()
    loop = asyncio.get_running_loop()
    real_getaddrinfo = loop.getaddrinfo
    real_sock_connect = loop.sock_connect

    async def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        name = host.decode() if isinstance(host, bytes) else str(host)
        net.lookups.append(name)
        if name not in net.dns:
            if name.endswith((".example", ".internal")):
                raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
            return await real_getaddrinfo(host, port, *args, **kwargs)
        answers = net.dns[name]
        if answers and isinstance(answers[0], list):  # one answer per lookup, the last one repeats
            current = answers.pop(0) if len(answers) > 1 else answers[0]
        else:
            current = answers
        out = []
        for address in current:
            assert isinstance(address, str)
            if ":" in address:
                out.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port or 0, 0, 0)))
            else:
                out.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 0)))
        return out

    async def sock_connect(sock: socket.socket, address: Any) -> None:
        if not _is_loopback(str(address[0])):
            net.refused.append(address)
            raise ConnectionRefusedError(f"test tripwire: no connection to {address[0]} leaves this machine")
        await real_sock_connect(sock, address)

    monkeypatch.setattr(loop, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(loop, "sock_connect", sock_connect)
    return net


# Names used below, as DNS would answer for them on a hostile or a cloud network.
DNS = {
    "metadata.google.internal": ["169.254.169.254"],  # what GCP's resolver answers
    "intranet.example": ["10.1.2.3"],
    "printer.example": ["192.168.1.20"],
    "mixed.example": ["93.184.216.34", "172.16.5.4"],  # one internal answer among public ones is enough
    "v6-internal.example": ["fd12:3456::1"],
    "v6-link-local.example": ["fe80::1"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "loopback.example": ["127.0.0.1"],
}


def internal_urls(port: int) -> list[str]:
    """Every way of writing an internal address we know of. Loopback ones carry the target's port, so that
    a hole would be seen as a hit on the target rather than as a connection refused."""
    return [
        f"http://127.0.0.1:{port}/feed",
        f"http://127.8.9.10:{port}/feed",
        f"http://localhost:{port}/feed",
        f"http://LOCALHOST:{port}/feed",
        f"http://[::1]:{port}/feed",
        f"http://[::ffff:127.0.0.1]:{port}/feed",  # IPv4-mapped IPv6
        f"http://[::ffff:7f00:1]:{port}/feed",
        f"http://2130706433:{port}/feed",  # decimal
        f"http://0x7f.1:{port}/feed",  # hex, short form
        f"http://0x7f000001:{port}/feed",
        f"http://017700000001:{port}/feed",  # octal
        f"http://0177.0.0.1:{port}/feed",
        f"http://127.1:{port}/feed",
        f"http://127。0。0。1:{port}/feed",  # ideographic full stops (IDNA maps them to dots)
        f"http://0:{port}/feed",
        f"http://public.example@127.0.0.1:{port}/feed",  # userinfo that looks like a host
        f"http://loopback.example:{port}/feed",  # DNS answer
        f"http://mapped.example:{port}/feed",
        "http://10.0.0.5/feed",
        "http://172.16.0.1/feed",
        "http://172.31.255.254/feed",
        "http://192.168.1.1/feed",
        "http://100.64.0.1/feed",  # carrier-grade NAT
        "http://[fc00::1]/feed",  # unique local
        "http://[fd00:ec2::254]/latest/meta-data/",  # AWS metadata over IPv6
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "http://169.254.10.1/feed",  # link-local
        "http://[fe80::1]/feed",
        "http://[::ffff:169.254.169.254]/latest/meta-data/",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://intranet.example/feed",
        "http://printer.example/feed",
        "http://mixed.example/feed",
        "http://v6-internal.example/feed",
        "http://v6-link-local.example/feed",
    ]


def assert_refused(error: str | None, url: str) -> None:
    assert error, f"{url} was fetched"
    assert error.startswith("blocked address ") and HINT in error, f"{url}: unclear error {error!r}"


def _sources(urls: list[str]) -> list[SourceConfig]:
    return [
        SourceConfig.model_validate({"id": f"internal-{i}", "name": url, "kind": "rss", "url": url})
        for i, url in enumerate(urls)
    ]


# ---------------------------------------------------------------- the catalogue


async def test_catalogue_sources_on_internal_addresses_are_refused_and_recorded(
    tmp_path: Path, target: Target, network: Network
) -> None:
    network.dns.update(DNS)
    urls = internal_urls(target.port)
    sources = _sources(urls)
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'pb.db'}")
    try:
        async with Fetcher(allow_private=False, contact=CONTACT) as fetcher:  # the production transport
            report = await Pipeline(store, fetcher, sources, backfill=None).run_cycle()
        states = await store.source_states()
    finally:
        await store.close()
    by_id = {s.source_id: s for s in report.sources}
    for source, url in zip(sources, urls, strict=True):
        assert_refused(by_id[source.id].error, url)
        assert_refused(states[source.id].last_error, url)  # recorded: `sources list` and /policy show it
    assert target.hits == []
    assert network.refused == []  # refused by the guard, not by the tripwire


async def test_the_setting_is_what_lets_loopback_sources_through(
    tmp_path: Path, target: Target, network: Network
) -> None:
    network.dns.update(DNS)
    served = ("[::1]", "127.8.9.10", "//0:")  # the target listens on 127.0.0.1 only
    urls = [u for u in internal_urls(target.port) if f":{target.port}/" in u and not any(s in u for s in served)]
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'pb.db'}")
    try:
        async with Fetcher(allow_private=True, contact=CONTACT) as fetcher:
            report = await Pipeline(store, fetcher, _sources(urls), backfill=None, process_items=False).run_cycle()
    finally:
        await store.close()
    assert [s.error for s in report.sources] == [None] * len(urls)
    assert len(target.hits) == len(urls)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICYBOT_", "LLM_"))}
    env.update({"POLICYBOT_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "WARNING"}, **extra)
    return env


async def test_policybot_check_refuses_a_catalogue_of_loopback_spellings(tmp_path: Path, target: Target) -> None:
    """The real command line, a real catalogue file: only loopback spellings, so a hole stays on this machine."""
    port = target.port
    urls = [f"http://127.0.0.1:{port}/feed", f"http://localhost:{port}/feed", f"http://2130706433:{port}/feed",
            f"http://0x7f.1:{port}/feed", f"http://017700000001:{port}/feed", f"http://[::ffff:127.0.0.1]:{port}/feed"]
    catalogue = tmp_path / "sources.toml"
    catalogue.write_text("".join(
        f'[[source]]\nid = "s{i}"\nname = "S{i}"\nkind = "rss"\nurl = "{url}"\n\n' for i, url in enumerate(urls)
    ))
    code, out, err = await run_policybot("check", "--once", "--dry-run", "--json", cwd=tmp_path,
                                      env=_env(tmp_path, POLICYBOT_SOURCES=str(catalogue)))
    assert code == 0, err
    errors = [s["error"] for s in json.loads(out)["report"]["sources"]]
    assert len(errors) == len(urls)
    for error, url in zip(errors, urls, strict=True):
        assert_refused(error, url)
    assert target.hits == []
    # With POLICYBOT_ALLOW_PRIVATE_SOURCES=true the same command fetches them: tests/bot/test_cli.py.


# ---------------------------------------------------------------- `policybot sources test URL`


async def test_sources_test_refuses_internal_urls(target: Target, network: Network) -> None:
    network.dns.update(DNS)
    async with Fetcher(allow_private=False, contact=CONTACT) as fetcher:
        for url in internal_urls(target.port):
            result = await trial(fetcher, url)
            assert_refused(result.error, url)
            assert result.items == []
    assert target.hits == []
    assert network.refused == []


async def test_policybot_sources_test_command(tmp_path: Path, target: Target) -> None:
    url = f"http://2130706433:{target.port}/feed"  # 127.0.0.1, spelt as one decimal number
    code, out, _ = await run_policybot("sources", "test", url, env=_env(tmp_path), cwd=tmp_path)
    assert code == 1
    assert f"error:  blocked address 127.0.0.1 for host 2130706433 (set {HINT} to allow)" in out
    assert target.hits == []
    code, out, _ = await run_policybot("sources", "test", f"http://localhost:{target.port}/feed", cwd=tmp_path,
                                    env=_env(tmp_path, POLICYBOT_ALLOW_PRIVATE_SOURCES="1"))
    assert code == 0 and "internal admin page" in out
    assert target.hits == ["/feed"]


# ---------------------------------------------------------------- redirects


class _PublicHostOnLoopback(httpx.AsyncBaseTransport):
    """The one seam: requests to the made-up public host `feeds.example` go, over real HTTP, to the local
    target. A request for any other host means the fetcher followed a redirect it should have refused."""

    def __init__(self, port: int) -> None:
        self._port = port
        self._inner = httpx.AsyncHTTPTransport()
        self.requested: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requested.append(str(request.url))
        if request.url.host != "feeds.example":
            raise AssertionError(f"the fetcher requested {request.url} after a redirect")
        request.url = request.url.copy_with(host="127.0.0.1", port=self._port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


async def _via_redirect(target: Target, network: Network, use: Callable[[Fetcher, str], Any]) -> None:
    network.dns["feeds.example"] = ["93.184.216.34"]  # looks public to the guard
    for internal in internal_urls(target.port):
        transport = _PublicHostOnLoopback(target.port)
        fetcher = Fetcher(allow_private=False, contact=CONTACT, transport=transport,
                          limiter=HostLimiter(interval=0))
        start = str(httpx.URL("http://feeds.example/redirect", params={"to": internal}))
        async with fetcher:
            error = await use(fetcher, start)
        assert_refused(error, f"{start} -> {internal}")
        assert transport.requested == [start]  # the first hop only
    assert [h for h in target.hits if not h.startswith("/redirect")] == []
    assert network.refused == []


async def test_redirects_to_internal_addresses_are_refused_in_sources_test(target: Target, network: Network) -> None:
    network.dns.update(DNS)

    async def use(fetcher: Fetcher, url: str) -> str | None:
        return (await trial(fetcher, url)).error

    await _via_redirect(target, network, use)


async def test_redirects_to_internal_addresses_are_refused_for_catalogue_sources(
    tmp_path: Path, target: Target, network: Network
) -> None:
    network.dns.update(DNS)
    store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'pb.db'}")

    async def use(fetcher: Fetcher, url: str) -> str | None:
        (source,) = _sources([url])
        report = await Pipeline(store, fetcher, [source], backfill=None).run_cycle(force=True)
        return report.sources[0].error

    try:
        await _via_redirect(target, network, use)
    finally:
        await store.close()


# ---------------------------------------------------------------- DNS answers that change


async def test_dns_rebinding_is_refused_by_the_transport(target: Target, network: Network) -> None:
    """The name resolves to a public address when the guard looks, then to loopback when the transport
    connects: the production transport checks the addresses it actually connects to."""
    network.dns["rebind.example"] = [["93.184.216.34"], ["127.0.0.1"]]
    async with Fetcher(allow_private=False, contact=CONTACT) as fetcher:
        with pytest.raises(BlockedAddressError, match=rf"blocked address 127\.0\.0\.1 for host rebind\.example.*{HINT}"):
            await fetcher.fetch(f"http://rebind.example:{target.port}/feed")
    assert network.lookups.count("rebind.example") == 2  # the guard's lookup, then the transport's
    assert target.hits == []
    assert network.refused == []


async def test_allowing_private_sources_never_allows_the_metadata_service(target: Target, network: Network) -> None:
    """POLICYBOT_ALLOW_PRIVATE_SOURCES lets loopback feeds through, but a feed that redirects to the cloud
    metadata address, or a name that resolves to it, is still refused: it hands out credentials."""
    network.dns["metadata.example"] = [["169.254.169.254"]]
    async with Fetcher(allow_private=True, contact=CONTACT) as fetcher:
        # Loopback is allowed with the setting: the target answers.
        assert (await fetcher.fetch(f"http://127.0.0.1:{target.port}/feed")).status == 200
        with pytest.raises(BlockedAddressError, match=r"169\.254\.169\.254.*never fetched"):
            await fetcher.fetch(f"http://127.0.0.1:{target.port}/redirect?to=http://169.254.169.254/latest/meta-data/")
        with pytest.raises(BlockedAddressError, match=r"169\.254\.169\.254 for host metadata\.example.*never fetched"):
            await fetcher.fetch(f"http://metadata.example:{target.port}/feed")
    assert target.hits == ["/feed", "/redirect?to=http://169.254.169.254/latest/meta-data/"]
    assert network.refused == []
