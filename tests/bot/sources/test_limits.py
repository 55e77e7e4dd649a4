"""The per-host limiter: concurrency cap, minimum interval, Retry-After embargo."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from bot.sources.limits import HOST_INTERVALS, HostBusyError, HostLimiter


async def test_concurrency_is_capped_per_host_not_globally() -> None:
    limiter = HostLimiter(per_host=2, interval=0)
    running: dict[str, int] = {"a": 0, "b": 0}
    peak: dict[str, int] = {"a": 0, "b": 0}

    async def request(host: str) -> None:
        async with limiter.slot(host):
            running[host] += 1
            peak[host] = max(peak[host], running[host])
            await asyncio.sleep(0.02)
            running[host] -= 1

    await asyncio.gather(*(request("a") for _ in range(6)), *(request("b") for _ in range(6)))
    assert peak == {"a": 2, "b": 2}


async def test_minimum_interval_between_starts() -> None:
    limiter = HostLimiter(per_host=5, interval=0.05, exempt_loopback=False)
    loop = asyncio.get_running_loop()
    starts: list[float] = []

    async def request() -> None:
        async with limiter.slot("feeds.example"):
            starts.append(loop.time())

    await asyncio.gather(*(request() for _ in range(4)))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(gaps) == 3 and all(gap >= 0.045 for gap in gaps)
    assert starts[-1] - starts[0] < 0.5


async def test_loopback_is_exempt_from_the_interval_but_named_hosts_are_not() -> None:
    limiter = HostLimiter(interval=10.0)
    assert limiter.interval_for("127.0.0.1") == 0.0
    assert limiter.interval_for("localhost") == 0.0
    assert limiter.interval_for("[::1]") == 0.0
    assert limiter.interval_for("www.uscis.gov") == 10.0
    assert HostLimiter().interval_for("api.gdeltproject.org") == HOST_INTERVALS["api.gdeltproject.org"] == 5.0


async def test_retry_after_embargoes_the_host_without_waiting() -> None:
    now = [1000.0]
    limiter = HostLimiter(interval=0, clock=lambda: now[0])
    limiter.note_retry_after("news.google.com", 120)
    with pytest.raises(HostBusyError) as info:
        async with limiter.slot("news.google.com"):
            pass
    assert info.value.retry_after == 120
    assert str(info.value) == "not asking news.google.com: it asked us to retry after 120 s"
    async with limiter.slot("www.gov.uk"):  # other hosts are not affected
        pass
    now[0] += 121
    async with limiter.slot("news.google.com"):
        pass
    assert limiter.embargo_remaining("news.google.com") == 0


async def test_absurd_retry_after_is_capped_at_a_day() -> None:
    limiter = HostLimiter(clock=lambda: 0.0)
    limiter.note_retry_after("slow.example", 10**9)
    assert limiter.embargo_remaining("slow.example") == 24 * 3600


def test_invalid_limits() -> None:
    with pytest.raises(ValueError, match="per_host"):
        HostLimiter(per_host=0)
