"""The scheduler with the real bot: per-source jobs, isolation of a hung source, failures, clean shutdown."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest
from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.runtime.scheduler import (
    DELIVERY_INTERVAL_S,
    MISFIRE_GRACE_S,
    PRUNE_INTERVAL_S,
    STARTUP_SPREAD_S,
    create_scheduler,
    prune,
    shutdown,
    source_job_id,
)
from bot.runtime.services import Services
from bot.sandbox.harness import ALERT_CHANNEL, Harness, running_bot

WAIT_S = 8.0


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running_bot("http", tmp_path) as harness:
        yield harness


async def _eventually(check: Callable[[], object], within: float = WAIT_S) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


async def test_one_job_per_source_with_coalescing_and_no_overlap(bot: Harness) -> None:
    services = bot.runtime.services
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    scheduler = create_scheduler(services, now=now)
    scheduler.start(paused=True)  # job defaults are applied when the scheduler starts
    jobs = {job.id: job for job in scheduler.get_jobs()}
    scheduler.shutdown(wait=False)
    assert set(jobs) == {source_job_id(s.id) for s in services.sources} | {"sweep", "deliver", "prune"}
    for job in jobs.values():
        assert job.coalesce is True and job.max_instances == 1 and job.misfire_grace_time == MISFIRE_GRACE_S
    for source in services.sources:
        job = jobs[source_job_id(source.id)]
        assert job.trigger.interval == timedelta(minutes=source.interval_minutes)
        assert job.trigger.jitter == int(source.interval_minutes * 60 * 0.1)  # per-source jitter
        assert now <= job.next_run_time <= now + timedelta(seconds=STARTUP_SPREAD_S)  # spread, not a burst
    assert len({jobs[source_job_id(s.id)].next_run_time for s in services.sources}) == len(services.sources)
    assert jobs["deliver"].trigger.interval == timedelta(seconds=DELIVERY_INTERVAL_S)
    assert jobs["prune"].trigger.interval == timedelta(seconds=PRUNE_INTERVAL_S)
    assert jobs["sweep"].trigger.interval == timedelta(minutes=services.settings.policybot_poll_minutes)


async def test_sources_are_polled_on_their_own_while_one_hangs_and_one_fails(bot: Harness) -> None:
    services = bot.runtime.services
    release = asyncio.Event()

    async def hang(request: web.Request) -> web.StreamResponse:
        await release.wait()
        return web.Response(text="late")

    bot.sources.set_route("/uscis-news.xml", hang)
    bot.sources.set_route("/gov-uk-home-office.atom", b"upstream broke", status=502)
    scheduler: AsyncIOScheduler = create_scheduler(services, startup_spread_s=0.3)
    scheduler.start()
    try:
        async def healthy_polled() -> bool:
            states = await services.store.source_states()
            return all(states.get(s) is not None and states[s].polls >= 1
                       for s in ("the-decoder", "asia-tech-wire", "gov-uk-home-office"))

        await _eventually(healthy_polled)
        states = await services.store.source_states()
        assert states["the-decoder"].last_error is None and states["the-decoder"].items_seen == 5
        assert states["gov-uk-home-office"].last_error == "HTTP 502 from 127.0.0.1"
        assert "uscis-news" in services.pipeline.in_flight  # still hanging, and holding up nobody
        # Each finished job moved its next run to the time the pipeline chose for that source.
        await _eventually(lambda: scheduler.get_job(source_job_id("the-decoder")).next_run_time
                          > datetime.now(UTC) + timedelta(minutes=10))
        failing = scheduler.get_job(source_job_id("gov-uk-home-office")).next_run_time
        assert abs(failing - states["gov-uk-home-office"].next_poll_at) < timedelta(seconds=1)
        # Alerts queued by a poll are delivered without waiting for the delivery tick.
        await _eventually(lambda: len(bot.alerts_in(ALERT_CHANNEL)) >= 1)
        assert scheduler.running
    finally:
        assert await shutdown(scheduler, services, wait_s=3.0) is True
        release.set()
    # The hung poll was cancelled and unwound: nothing half-written, nothing left running.
    assert services.pipeline.in_flight == frozenset()
    assert not scheduler.running
    state = (await services.store.source_states())["uscis-news"]
    assert state.polls == 0 and state.last_error is None


async def test_shutdown_with_nothing_running_is_immediate(bot: Harness) -> None:
    scheduler = create_scheduler(bot.runtime.services, startup_spread_s=3600)
    scheduler.start()
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await shutdown(scheduler, bot.runtime.services, wait_s=1.0) is True
    assert loop.time() - started < 0.5


async def test_a_failed_pruning_pass_is_logged_and_the_bot_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    class FailingPruner:
        async def run(self) -> None:
            raise RuntimeError("database went away")

    await prune(cast(Services, SimpleNamespace(pruner=FailingPruner())))
    assert "pruning failed: RuntimeError: database went away" in caplog.text
