"""Refuse to fetch URLs that point inside our own network (SSRF guard).

Source URLs come from a file an operator edits and from `policybot sources test URL`; redirects come
from the remote server. Without this check a feed could redirect the bot to the cloud metadata
service or an internal admin page. Each hop is checked before it is requested.

The name is resolved here and again by the HTTP client, so a hostile DNS server could answer
differently the second time (DNS rebinding): the fetcher's transport therefore checks the addresses
it connects to as well (`transport.GuardedResolver`). This early check still matters: it gives the
clear message before any connection, and covers transports that are not ours (tests).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

from bot.errors import BlockedAddressError, FetchError

__all__ = [
    "ALLOWED_SCHEMES", "ALLOW_HINT", "METADATA_ADDRESSES", "check_public_url", "is_always_blocked", "is_blocked_address",
]

ALLOWED_SCHEMES = frozenset({"http", "https"})
# Cloud instance metadata services (AWS, GCP, Azure use the IPv4 one; AWS also the IPv6 one).
METADATA_ADDRESSES: frozenset[ipaddress.IPv4Address | ipaddress.IPv6Address] = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
ALLOW_HINT = "set POLICYBOT_ALLOW_PRIVATE_SOURCES=true to allow"

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_blocked_address(address: IPAddress) -> bool:
    """True when `address` is not a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        # ::ffff:127.0.0.1 and friends reach the embedded IPv4 host.
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None and is_blocked_address(mapped):
            return True
    return (
        address in METADATA_ADDRESSES
        or address.is_loopback
        or address.is_private
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        # catches what the flags above miss, e.g. 100.64.0.0/10 (carrier-grade NAT)
        or not address.is_global
    )


def is_always_blocked(address: IPAddress) -> bool:
    """Addresses refused even when private sources are allowed: the cloud metadata services and the
    link-local ranges they live in hand out credentials, and no feed lives there."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None and is_always_blocked(mapped):
            return True
    return address in METADATA_ADDRESSES or address.is_link_local


def blocked_for(address: IPAddress, *, allow_private: bool) -> bool:
    return is_always_blocked(address) if allow_private else is_blocked_address(address)


def _blocked(address: IPAddress, host: str, *, allow_private: bool = False) -> BlockedAddressError:
    shown = str(address)
    where = "" if host == shown else f" for host {host}"
    if allow_private:
        return BlockedAddressError(f"blocked address {shown}{where} (link-local and cloud metadata addresses are never fetched)")
    return BlockedAddressError(f"blocked address {shown}{where} ({ALLOW_HINT})")


async def check_public_url(url: str, *, allow_private: bool) -> None:
    """Raise unless `url` is an http(s) URL whose host is, and resolves only to, public addresses.

    Raises FetchError for a non-http(s) scheme, a missing host or a name that does not resolve, and
    BlockedAddressError (a FetchError) for internal addresses unless `allow_private` is true; link-local
    and metadata addresses are refused even then.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"invalid URL {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(f"unsupported URL scheme {scheme or '(none)'!r} in {url!r}: only http and https")
    host = parts.hostname
    if not host:
        raise FetchError(f"invalid URL {url!r}: no host")
    try:
        literal = ipaddress.ip_address(host)
    except ValueError:
        literal = None
    if literal is not None:
        if blocked_for(literal, allow_private=allow_private):
            raise _blocked(literal, host, allow_private=allow_private)
        return
    if allow_private:
        # Names are checked where they are resolved to connect (transport.GuardedResolver), which also
        # refuses metadata answers: no second DNS round trip here.
        return

    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(
            host, port or (443 if scheme == "https" else 80), type=socket.SOCK_STREAM
        )
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host}: {exc}") from exc
    if not infos:
        raise FetchError(f"cannot resolve host {host}: no addresses")
    # Every address must be public: the client may connect to any of them.
    for info in infos:
        raw = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id ("fe80::1%eth0")
        address = ipaddress.ip_address(raw)
        if blocked_for(address, allow_private=allow_private):
            raise _blocked(address, host, allow_private=allow_private)
