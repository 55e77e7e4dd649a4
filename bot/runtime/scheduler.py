"""The schedule: APScheduler on the same asyncio loop as Bolt, in UTC.

Every source has its own job, so a slow or hung source only ever delays itself: its job has
`max_instances=1` (a run still going makes the next one skip, not stack up) and the pipeline puts a
deadline on each poll. After each poll the job moves its next run to the time the pipeline chose:
one interval later with jitter, a backoff after a failure, Retry-After, or the end of a pause.
A sweep every POLICYBOT_POLL_MINUTES catches any due source whose job was missed (a restart, a
misfire past the grace time). Delivery runs on its own job and is woken as soon as a poll queues
alerts. Retention (bot/pruner.py) runs hourly.

Every replica runs this same schedule; the database decides who works (leases, see `bot.pipeline` and
`bot.slack.delivery`). A job that finds its source leased by another replica comes back when that
lease would expire: by then the other replica has recorded the poll (and the source is not due), or it
died and this replica takes the source over.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, timedelta

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.runtime.caches import clear_text_caches, release_free_memory
from bot.runtime.services import Services

log = logging.getLogger(__name__)

PRUNE_INTERVAL_S = 3600  # retention (bot/pruner.py): small batches each hour, one replica at a time
DELIVERY_INTERVAL_S = 15  # picks up retries whose Retry-After or backoff has passed
MISFIRE_GRACE_S = 120  # a run late by less than this still happens (the loop was busy, the host slept)
STARTUP_SPREAD_S = 60.0  # first polls are spread over this window so a restart is not a burst
MIN_RESCHEDULE_S = 1.0
SKIPPED_RETRY_S = 5.0
DRAIN_TIMEOUT_S = 10.0
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_S}


def source_job_id(source_id: str) -> str:
    return f"poll:{source_id}"


async def poll_one(services: Services, source_id: str, scheduler: AsyncIOScheduler | None = None) -> None:
    """The job of one source: poll it if due, then schedule its next run when the pipeline wants it."""
    pipeline = services.pipeline
    try:
        report = await pipeline.poll_source(source_id)
    except asyncio.CancelledError:
        # Shutdown cancels running polls on purpose (nothing is half-written: see shutdown()). Ending the
        # job quietly keeps APScheduler from logging every clean stop as a job error with a traceback.
        log.info("poll of %s stopped by shutdown", source_id)
        return
    if report is not None and report.queued and scheduler is not None:
        wake_delivery(scheduler, services)
    if scheduler is None:
        return
    state = await services.store.source_state(source_id)
    now = datetime.now(UTC)
    when = state.next_poll_at if state and state.next_poll_at else None
    if report is None and state is not None and state.leased_by_other(pipeline.owner, now):
        when = state.lease_until
    elif report is None and state is not None and when is None:
        when = now + timedelta(seconds=SKIPPED_RETRY_S)  # never polled yet, and skipped: try again soon
    if when is not None:
        reschedule(scheduler, source_job_id(source_id), max(when, now + timedelta(seconds=MIN_RESCHEDULE_S)))


async def sweep(services: Services, scheduler: AsyncIOScheduler | None = None) -> None:
    """Poll every due source not already being polled (the safety net behind the per-source jobs)."""
    try:
        report = await services.pipeline.run_cycle()
    except asyncio.CancelledError:
        log.info("sweep stopped by shutdown")  # as in poll_one
        return
    if report.sources:
        log.info(
            "sweep: %d sources polled, %d errors, %d alerts queued",
            len(report.sources), report.errors, report.queued,
        )
    if report.queued and scheduler is not None:
        wake_delivery(scheduler, services)


async def poll_and_deliver(services: Services) -> None:
    """One whole cycle then delivery (kept for callers that drive cycles themselves)."""
    report = await services.pipeline.run_cycle()
    log.info(
        "cycle: %d sources polled, %d errors, %d alerts queued",
        len(report.sources), report.errors, report.queued,
    )
    await deliver(services)


async def deliver(services: Services) -> None:
    report = await services.deliverer.deliver_due()
    if report.posted or report.retried or report.failed or report.recovered:
        log.info("delivery: %s", report.model_dump())


async def prune(services: Services) -> None:
    """Retention: one pass of the pruner (skipped while another replica holds its lease), and the analysis
    caches emptied (bot/runtime/caches.py), then what both freed given back to the system. A failure is
    logged and retried next hour: nothing depends on a pass finishing."""
    clear_text_caches()
    try:
        await services.pruner.run()
    except asyncio.CancelledError:
        log.info("pruning stopped by shutdown")
    except Exception as exc:
        log.warning("pruning failed: %s: %s", type(exc).__name__, exc)
    release_free_memory()


def reschedule(scheduler: AsyncIOScheduler, job_id: str, when: datetime) -> None:
    # JobLookupError: the scheduler is shutting down, or the source left the catalogue.
    with contextlib.suppress(JobLookupError):
        scheduler.modify_job(job_id, next_run_time=when)


def wake_delivery(scheduler: AsyncIOScheduler, services: Services) -> None:
    """Post new alerts now rather than at the next delivery tick. APScheduler skips a run while one is
    going, so the run in progress is also asked to go round once more (alerts queued during it)."""
    services.deliverer.poke()
    reschedule(scheduler, "deliver", datetime.now(UTC))


def create_scheduler(
    services: Services, *, now: datetime | None = None, startup_spread_s: float = STARTUP_SPREAD_S
) -> AsyncIOScheduler:
    """One job per enabled source, a sweep, and delivery; jobs coalesce and never overlap."""
    now = now or datetime.now(UTC)
    scheduler = AsyncIOScheduler(timezone=UTC, job_defaults=JOB_DEFAULTS)
    sources = services.pipeline.sources
    for index, source in enumerate(sources):
        # Spread first runs; a source not yet due simply reschedules itself to its next poll.
        offset = startup_spread_s * index / max(len(sources), 1)
        interval_s = source.interval_minutes * 60
        scheduler.add_job(
            poll_one, "interval", args=[services, source.id, scheduler], id=source_job_id(source.id),
            seconds=interval_s, jitter=max(1, int(interval_s * services.pipeline.policy.jitter)),
            next_run_time=now + timedelta(seconds=offset),
        )
    scheduler.add_job(
        sweep, "interval", args=[services, scheduler], id="sweep",
        minutes=services.settings.policybot_poll_minutes,
        next_run_time=now + timedelta(seconds=startup_spread_s + 30),
    )
    scheduler.add_job(deliver, "interval", args=[services], id="deliver", seconds=DELIVERY_INTERVAL_S)
    scheduler.add_job(
        prune, "interval", args=[services], id="prune", seconds=PRUNE_INTERVAL_S,
        next_run_time=now + timedelta(seconds=startup_spread_s + 120),
    )
    return scheduler


async def shutdown(scheduler: AsyncIOScheduler, services: Services, *, wait_s: float = DRAIN_TIMEOUT_S) -> bool:
    """Stop the jobs (running polls are cancelled) and wait until no poll is left mid-way.

    Returns False when polls were still unwinding after `wait_s`. A poll's items and validators are
    stored in one transaction and its items stay pending until routed, so a cancelled poll leaves
    nothing half-written and loses nothing (see `Pipeline.drain`).
    """
    if scheduler.running:
        scheduler.pause()  # no new runs
        # A delivery run is let finish rather than cancelled between chat.postMessage and recording the
        # ts (recovery by metadata would cope, but a clean stop should not need it).
        await services.deliverer.idle(wait_s)
        scheduler.shutdown(wait=False)  # AsyncIOExecutor cancels the running job tasks (polls)
    drained = await services.pipeline.drain(wait_s)
    await release_leases(services)
    return drained


async def release_leases(services: Services) -> None:
    """Hand this replica's leases back at a clean stop, so others need not wait for them to expire."""
    try:
        await services.store.release_sources(services.pipeline.owner)
        await services.store.release_leases(services.deliverer.owner)
    except Exception as exc:  # the database is away: the leases simply expire
        log.warning("could not release leases at shutdown: %s: %s", type(exc).__name__, exc)
