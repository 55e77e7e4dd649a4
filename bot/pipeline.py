"""One poll cycle, stage by stage: fetch → parse → store → analyze → cluster → route → outbox."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from pydantic import BaseModel, Field

from bot.analysis.pipeline import analyze
from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.routing import enqueue_for_story
from bot.sources.canonical import dedup_key
from bot.sources.feeds import parse_feed
from bot.sources.fetch import Fetcher
from bot.store import SourceState, Store
from bot.store.db import now_utc
from bot.story import StoryPlacer

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 10
SOURCE_DEADLINE_S = 120.0  # one hung source must never hold the cycle


class SourceReport(BaseModel):
    source_id: str
    fetched: bool = False
    not_modified: bool = False
    items: int = 0
    new: int = 0
    updated: int = 0
    relevant: int = 0
    queued: int = 0
    error: str | None = None


class CycleReport(BaseModel):
    started_at: datetime
    sources: list[SourceReport] = Field(default_factory=list)
    new_clusters: list[int] = Field(default_factory=list)

    @property
    def queued(self) -> int:
        return sum(s.queued for s in self.sources)

    @property
    def errors(self) -> int:
        return sum(1 for s in self.sources if s.error)


def is_due(state: SourceState | None, now: datetime) -> bool:
    return state is None or state.next_poll_at is None or state.next_poll_at <= now


def within_backfill(raw: RawItem, *, first_poll: bool, now: datetime, backfill: timedelta | None) -> bool:
    """On a source's first poll, old items are stored but not alerted: no flood on start-up."""
    if not first_poll or backfill is None or raw.published is None:
        return True
    return raw.published >= now - backfill


class Pipeline:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        sources: Sequence[SourceConfig],
        *,
        alert_channels: Sequence[str] = (),
        backfill: timedelta | None = timedelta(days=3),
        concurrency: int = DEFAULT_CONCURRENCY,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.sources = [s for s in sources if s.enabled]
        self.alert_channels = list(alert_channels)
        self.backfill = backfill
        self.clock = clock
        self._semaphore = asyncio.Semaphore(concurrency)
        self.stories = StoryPlacer(store, clock=clock)

    async def run_cycle(self, *, force: bool = False) -> CycleReport:
        """Poll every due source (all of them with force) concurrently; one failure never stops the others."""
        now = self.clock()
        await self.store.sync_sources(self.sources)
        states = await self.store.source_states()
        due = [s for s in self.sources if force or is_due(states.get(s.id), now)]
        report = CycleReport(started_at=now)
        results = await asyncio.gather(*(self._poll_guarded(s, states.get(s.id)) for s in due))
        for source_report, clusters in results:
            report.sources.append(source_report)
            report.new_clusters.extend(clusters)
        return report

    async def _poll_guarded(self, source: SourceConfig, state: SourceState | None) -> tuple[SourceReport, list[int]]:
        async with self._semaphore:
            report = SourceReport(source_id=source.id)
            clusters: list[int] = []
            now = self.clock()
            try:
                async with asyncio.timeout(SOURCE_DEADLINE_S):
                    clusters = await self._poll(source, state, report)
            except FetchError as exc:
                report.error = str(exc)
            except TimeoutError:
                report.error = f"gave up after {SOURCE_DEADLINE_S:.0f} s"
            except Exception as exc:  # a bug must not kill the cycle, but it must be loud and recorded
                log.exception("internal error while polling %s", source.id)
                report.error = f"internal error: {type(exc).__name__}: {exc}"
            if report.error is not None:
                log.warning("source %s failed: %s", source.id, report.error)
                failures = (state.error_count if state else 0) + 1
                await self.store.record_poll(
                    source.id, now=now, error=report.error,
                    next_poll_at=now + _backoff_interval(source, failures),
                )
            return report, clusters

    async def _poll(self, source: SourceConfig, state: SourceState | None, report: SourceReport) -> list[int]:
        now = self.clock()
        result = await self.fetcher.fetch(
            str(source.url),
            etag=state.etag if state else None,
            last_modified=state.last_modified if state else None,
        )
        report.fetched = True
        next_poll = now + timedelta(minutes=source.interval_minutes)
        unchanged = result.not_modified or (state is not None and result.body_hash == state.body_hash)
        if unchanged:
            # Servers that ignore conditional requests still cost us nothing beyond the transfer.
            report.not_modified = True
            await self.store.record_poll(
                source.id, now=now, next_poll_at=next_poll, error=None,
                etag=result.etag, last_modified=result.last_modified,
            )
            return []
        raw_items = parse_feed(result.body, source, content_type=result.content_type, base_url=result.final_url)
        report.items = len(raw_items)
        first_poll = state is None or state.polls == 0
        clusters: list[int] = []
        for raw in raw_items:
            cluster = await self._process_item(raw, first_poll=first_poll, report=report)
            if cluster is not None:
                clusters.append(cluster)
        # Validators are saved last: a crash mid-source means the next poll re-reads the whole body.
        await self.store.record_poll(
            source.id, now=now, next_poll_at=next_poll, error=None, etag=result.etag,
            last_modified=result.last_modified, body_hash=result.body_hash, new_items=report.new,
        )
        return clusters

    async def _process_item(self, raw: RawItem, *, first_poll: bool, report: SourceReport) -> int | None:
        now = self.clock()
        item, change = await self.store.save_item(raw, dedup_key(raw), now=now)
        if change == "unchanged":
            return None
        analysis = analyze(item.title, item.text, language=raw.language, published=item.published)
        await self.store.set_analysis(item.id, analysis)
        if change == "updated":
            # A retitled or re-dated item is the same story: refresh its analysis, never re-alert.
            report.updated += 1
            return None
        report.new += 1
        if not analysis.relevant:
            return None
        report.relevant += 1
        item = item.model_copy(update={"analysis": analysis})
        cluster_id, is_new = await self.stories.place(item)
        if not within_backfill(raw, first_poll=first_poll, now=now, backfill=self.backfill):
            return None
        report.queued += await enqueue_for_story(
            self.store, item, cluster_id, is_new, self.alert_channels, now=now
        )
        return cluster_id if is_new else None


def _backoff_interval(source: SourceConfig, failures: int) -> timedelta:
    """A failing source waits longer each time (capped at a day), so we never hammer a struggling server."""
    base = source.interval_minutes
    return timedelta(minutes=min(24 * 60, base * 2 ** min(failures - 1, 8)))
