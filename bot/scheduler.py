"""The schedule: APScheduler on the same asyncio loop as Bolt, in UTC."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.services import Services

log = logging.getLogger(__name__)

DELIVERY_INTERVAL_S = 15  # picks up retries whose Retry-After or backoff has passed
MISFIRE_GRACE_S = 120


async def poll_and_deliver(services: Services) -> None:
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


def create_scheduler(services: Services) -> AsyncIOScheduler:
    """Jobs coalesce and never overlap: a slow cycle delays the next one instead of stacking up."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    defaults = {"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_S}
    scheduler.add_job(
        poll_and_deliver, "interval", args=[services], id="poll",
        minutes=services.settings.policybot_poll_minutes, next_run_time=datetime.now(UTC), **defaults,
    )
    scheduler.add_job(deliver, "interval", args=[services], id="deliver", seconds=DELIVERY_INTERVAL_S, **defaults)
    return scheduler
