"""Retention: the pruner lets the database go of what no one needs any more, so that months without a
restart do not mean a database (and a search index) that only grows.

What goes, and when (POLICYBOT_KEEP_* settings; 0 keeps for ever):

- article texts: cut to their first COMPACT_CHARS characters after `article_text` (search and thread answers
  still read the start; the full page is the link);
- irrelevant items after `irrelevant` (choose it longer than a feed lists an item: one deleted while still
  listed is stored again as new, and analysed again, though never alerted unless found relevant);
- update notes (alert_updates) posted or given up on, after `delivered`;
- whole stories, with their items, alerts and notes, when nothing was added for `stories` (never less than
  the story placer keeps a story open, so no new report can join a deleted story);
- Slack event ids after SEEN_EVENTS_KEPT, named leases expired for a day.

One pruner at a time across replicas (the named lease "prune"), each step in small batches with the write
lock let go between them (bot/store/retention.py), and never what an unposted alert, a pending item or a
crash-recovery look-up still needs. SQLite files give freed pages back a few at a time (incremental
auto-vacuum); PostgreSQL's autovacuum is enough there (deleted rows' space is reused by new ones), and
where a server has it off the pruner vacuums the tables it writes to.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict

from bot.config import STORY_DAYS_MIN, Settings
from bot.store import Store
from bot.store.db import now_utc
from bot.store.leases import replica_id
from bot.story import EVICT_AFTER

log = logging.getLogger(__name__)

LEASE_NAME = "prune"
LEASE_TTL = timedelta(minutes=5)  # renewed between batches; a dead pruner's lease lapses this soon
SEEN_EVENTS_KEPT = timedelta(days=2)  # Slack retries for minutes, not days
EXPIRED_LEASES_KEPT = timedelta(days=1)
BATCH = 200  # rows per transaction: a few milliseconds of write lock
MAX_BATCHES = 50  # per step and run: a backlog is worked through over several runs, never in one long one
PAUSE_S = 0.05  # between batches, so polls and delivery get the database in between
RECLAIM_PAGES = 2000  # SQLite pages given back per batch (8 MB at 4 KB pages)
# Stories are deleted only once the placer has stopped matching new reports to them, with a margin.
assert timedelta(days=STORY_DAYS_MIN) >= EVICT_AFTER + timedelta(days=30)


class RetentionPolicy(BaseModel):
    """How long each kind of row is kept; None keeps it for ever."""

    model_config = ConfigDict(frozen=True)

    article_text: timedelta | None = timedelta(days=90)
    irrelevant: timedelta | None = timedelta(days=30)
    delivered: timedelta | None = timedelta(days=30)
    stories: timedelta | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionPolicy:
        def days(value: int) -> timedelta | None:
            return timedelta(days=value) if value else None

        return cls(
            article_text=days(settings.policybot_keep_article_text_days),
            irrelevant=days(settings.policybot_keep_irrelevant_days),
            delivered=days(settings.policybot_keep_delivered_days),
            stories=days(settings.policybot_keep_stories_days),
        )


class PruneReport(BaseModel):
    """What one run let go of (rows, SQLite pages)."""

    compacted: int = 0
    irrelevant: int = 0
    updates: int = 0
    stories: int = 0
    events: int = 0
    leases: int = 0
    pages: int = 0


class Pruner:
    """One per process; `run()` is the scheduler's job (bot/runtime/scheduler.py)."""

    def __init__(
        self,
        store: Store,
        policy: RetentionPolicy,
        *,
        clock: Callable[[], datetime] = now_utc,
        owner: str | None = None,
        writing: Callable[[], AbstractAsyncContextManager[object]] = contextlib.nullcontext,
        batch: int = BATCH,
        max_batches: int = MAX_BATCHES,
        pause_s: float = PAUSE_S,
    ) -> None:
        self.store = store
        self.policy = policy
        self.clock = clock
        self.owner = owner or replica_id()
        self.writing = writing  # the pipeline's SQLite writer turn: one writer at a time in this process
        self.batch = batch
        self.max_batches = max_batches
        self.pause_s = pause_s

    async def run(self) -> PruneReport | None:
        """One pass over every kind of row; None when another replica is pruning."""
        now = self.clock()
        if not await self.store.claim_lease(LEASE_NAME, self.owner, now=now, until=now + LEASE_TTL):
            return None
        report = PruneReport()
        try:
            p, s = self.policy, self.store
            if p.stories is not None:
                report.stories = await self._step(lambda n: s.delete_stories(before=now - _story_age(p), limit=n))
            if p.irrelevant is not None:
                cut = now - p.irrelevant
                report.irrelevant = await self._step(lambda n: s.delete_irrelevant_items(before=cut, limit=n))
            if p.delivered is not None:
                cut = now - p.delivered
                report.updates = await self._step(lambda n: s.delete_delivered_updates(before=cut, limit=n))
            if p.article_text is not None:
                cut = now - p.article_text
                report.compacted = await self._step(lambda n: s.compact_texts(before=cut, now=now, limit=n))
            cut = now - SEEN_EVENTS_KEPT
            report.events = await self._step(lambda n: s.delete_seen_events(before=cut, limit=n))
            async with self.writing():
                report.leases = await s.delete_expired_leases(before=now - EXPIRED_LEASES_KEPT)
            report.pages = await self._step(lambda n: s.reclaim_space(max_pages=RECLAIM_PAGES), limit=RECLAIM_PAGES)
        finally:
            await self.store.release_lease(LEASE_NAME, self.owner)
        if any(report.model_dump().values()):
            log.info("pruned: %s", report.model_dump())
        return report

    async def _step(self, batch: Callable[[int], Awaitable[int]], *, limit: int | None = None) -> int:
        """Run `batch` until it touches fewer rows than asked (or MAX_BATCHES), renewing the lease."""
        size = limit or self.batch
        total = 0
        for _ in range(self.max_batches):
            async with self.writing():
                done = await batch(size)
            total += done
            if done < size:
                break
            now = self.clock()
            if not await self.store.renew_lease(LEASE_NAME, self.owner, now=now, until=now + LEASE_TTL):
                break  # lapsed (a stall longer than the TTL): another replica may be pruning now
            await asyncio.sleep(self.pause_s)
        return total


def _story_age(policy: RetentionPolicy) -> timedelta:
    assert policy.stories is not None
    return max(policy.stories, timedelta(days=STORY_DAYS_MIN))
