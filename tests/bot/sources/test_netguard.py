from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest

from bot.errors import BlockedAddressError, FetchError
from bot.sources.netguard import check_public_url


def _fake_resolver(
    monkeypatch: pytest.MonkeyPatch, table: dict[str, list[str]]
) -> list[str]:
    """Make the running loop resolve names from `table`; returns the list of names looked up."""
    looked_up: list[str] = []

    async def getaddrinfo(host: str, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        looked_up.append(host)
        if host not in table:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        out = []
        for address in table[host]:
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
            out.append((family, socket.SOCK_STREAM, 6, "", sockaddr))
        return out

    monkeypatch.setattr(asyncio.get_running_loop(), "getaddrinfo", getaddrinfo)
    return looked_up


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/feed",
        "http://127.8.9.10/",
        "http://10.0.0.5/",
        "http://172.16.3.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://169.254.10.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://100.64.0.1/",  # carrier-grade NAT
        "http://[::1]/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::]/",
    ],
)
async def test_internal_literals_are_blocked(url: str) -> None:
    with pytest.raises(BlockedAddressError, match="POLICYBOT_ALLOW_PRIVATE_SOURCES=true"):
        await check_public_url(url, allow_private=False)


async def test_message_names_the_address() -> None:
    with pytest.raises(BlockedAddressError) as info:
        await check_public_url("http://127.0.0.1/x", allow_private=False)
    assert str(info.value) == "blocked address 127.0.0.1 (set POLICYBOT_ALLOW_PRIVATE_SOURCES=true to allow)"


async def test_public_literals_pass() -> None:
    await check_public_url("https://93.184.216.34/feed", allow_private=False)
    await check_public_url("https://[2606:2800:220:1:248:1893:25c8:1946]/", allow_private=False)


async def test_names_are_resolved_and_every_address_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up = _fake_resolver(
        monkeypatch,
        {
            "feeds.example": ["93.184.216.34"],
            "sneaky.example": ["93.184.216.34", "10.1.2.3"],  # one bad answer is enough
            "metadata.example": ["169.254.169.254"],
            "v6.example": ["fd00:ec2::254"],
        },
    )
    await check_public_url("https://feeds.example/rss", allow_private=False)
    with pytest.raises(BlockedAddressError, match=r"blocked address 10\.1\.2\.3 for host sneaky\.example"):
        await check_public_url("https://sneaky.example/rss", allow_private=False)
    with pytest.raises(BlockedAddressError, match="169.254.169.254"):
        await check_public_url("http://metadata.example/", allow_private=False)
    with pytest.raises(BlockedAddressError, match="fd00:ec2::254"):
        await check_public_url("http://v6.example/", allow_private=False)
    assert looked_up == ["feeds.example", "sneaky.example", "metadata.example", "v6.example"]


async def test_localhost_name_is_blocked() -> None:
    # Real resolution through /etc/hosts: works offline.
    with pytest.raises(BlockedAddressError):
        await check_public_url("http://localhost:9/", allow_private=False)


async def test_unresolvable_host_is_a_fetch_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_resolver(monkeypatch, {})
    with pytest.raises(FetchError, match="cannot resolve host nowhere.example") as info:
        await check_public_url("https://nowhere.example/", allow_private=False)
    assert not isinstance(info.value, BlockedAddressError)


async def test_allow_private_allows_private_but_never_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    looked_up = _fake_resolver(monkeypatch, {})
    await check_public_url("http://127.0.0.1:8080/feed", allow_private=True)
    await check_public_url("http://10.1.2.3/feed", allow_private=True)
    await check_public_url("http://localhost/feed", allow_private=True)
    assert looked_up == []  # names are checked by the transport's resolver, where they are connected to
    for url in ("http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://169.254.1.1/",
                "http://[::ffff:169.254.169.254]/", "http://[fe80::1]/"):
        with pytest.raises(BlockedAddressError, match="never fetched"):
            await check_public_url(url, allow_private=True)


@pytest.mark.parametrize(
    "url", ["ftp://example.com/feed", "file:///etc/passwd", "gopher://127.0.0.1/", "example.com/feed", "http:///x"]
)
@pytest.mark.parametrize("allow_private", [False, True])
async def test_bad_schemes_and_hostless_urls_are_refused_always(url: str, allow_private: bool) -> None:
    with pytest.raises(FetchError) as info:
        await check_public_url(url, allow_private=allow_private)
    assert not isinstance(info.value, BlockedAddressError)
