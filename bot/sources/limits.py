"""Politeness per host: a concurrency cap, a minimum interval between requests, and Retry-After.

Many catalogue entries share a host (every Google News search is news.google.com; the Federal
Register serves JSON and RSS), so limits that only apply per source would still let us hammer one
server. One `HostLimiter` is shared by every fetch of the process.
"""

from __future__ import annotations

import asyncio
import ipaddress
import math
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from bot.errors import FetchError

__all__ = [
    "DEFAULT_PER_HOST_CONCURRENCY",
    "DEFAULT_PER_HOST_INTERVAL",
    "HOST_INTERVALS",
    "HostBusyError",
    "HostLimiter",
]

DEFAULT_PER_HOST_CONCURRENCY = 2  # requests in flight to one host at a time
DEFAULT_PER_HOST_INTERVAL = 1.0  # seconds between the starts of two requests to one host
# Hosts that publish a stricter rule than our default.
HOST_INTERVALS: Mapping[str, float] = {
    "api.gdeltproject.org": 5.0,  # GDELT asks for at most one request every 5 s
}
MAX_EMBARGO_S = 24 * 3600.0  # never believe a Retry-After longer than a day


class HostBusyError(FetchError):
    """The host asked us (by Retry-After) to stay away for a while; no request was sent."""

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class _Host:
    semaphore: asyncio.Semaphore
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0  # loop time before which no new request may start
    embargo_until: float = 0.0  # loop time until which the host asked us to stay away


class HostLimiter:
    """Per-host concurrency cap, minimum start interval and Retry-After embargo.

    `clock` is the event loop's monotonic time unless a test injects one.
    """

    def __init__(
        self,
        *,
        per_host: int = DEFAULT_PER_HOST_CONCURRENCY,
        interval: float = DEFAULT_PER_HOST_INTERVAL,
        host_intervals: Mapping[str, float] | None = None,
        exempt_loopback: bool = True,
        clock: Callable[[], float] | None = None,
    ) -> None:
        if per_host < 1 or interval < 0:
            raise ValueError("per_host must be >= 1 and interval >= 0")
        self.per_host = per_host
        self.interval = interval
        self.host_intervals = dict(HOST_INTERVALS if host_intervals is None else host_intervals)
        self.exempt_loopback = exempt_loopback
        self._clock = clock
        self._hosts: dict[str, _Host] = {}

    def _now(self) -> float:
        return self._clock() if self._clock is not None else asyncio.get_running_loop().time()

    def _host(self, host: str) -> _Host:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _Host(asyncio.Semaphore(self.per_host))
        return state

    def interval_for(self, host: str) -> float:
        # The interval protects other people's servers. Loopback is our own sandbox, demo or
        # benchmark server: spacing requests to it would only slow the tests down.
        if self.exempt_loopback and _is_loopback(host):
            return 0.0
        return max(self.interval, self.host_intervals.get(host, 0.0))

    def embargo_remaining(self, host: str) -> float:
        state = self._hosts.get(host)
        return max(0.0, state.embargo_until - self._now()) if state else 0.0

    def note_retry_after(self, host: str, seconds: float) -> None:
        """The host said 429/503 with Retry-After: no source may ask it again before then."""
        state = self._host(host)
        state.embargo_until = max(state.embargo_until, self._now() + min(seconds, MAX_EMBARGO_S))

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        """Hold one of the host's slots, started no sooner than its interval after the previous one.

        Raises HostBusyError at once, without waiting, while the host's Retry-After embargo lasts:
        waiting could take hours, and the caller's source has its own schedule to keep.
        """
        host = host.lower()
        state = self._host(host)
        self._check_embargo(host, state)
        async with state.semaphore:
            async with state.lock:  # serialises the interval bookkeeping, not the requests
                self._check_embargo(host, state)
                wait = state.next_start - self._now()
                if wait > 0:
                    await asyncio.sleep(wait)
                state.next_start = self._now() + self.interval_for(host)
            yield

    def _check_embargo(self, host: str, state: _Host) -> None:
        remaining = state.embargo_until - self._now()
        if remaining > 0:
            raise HostBusyError(
                f"not asking {host}: it asked us to retry after {math.ceil(remaining)} s",
                retry_after=remaining,
            )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
