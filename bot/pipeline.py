"""One poll, stage by stage: fetch → parse → store → analyze → cluster → route → outbox.

`run_cycle` polls every due source at once (the CLI, the demo, tests); the scheduler instead calls
`poll_source` for one source at a time on that source's own timetable. Either way a source is polled
by one task at most, under a deadline, and its failure is recorded on it and never reaches the others.

Replicas: every poll first claims its source in the database with a short lease (`Store.claim_sources`,
FOR UPDATE SKIP LOCKED on PostgreSQL), renewed every third of its length while the poll runs and ended
by the poll's own write. Replicas sharing a database therefore poll each source once per interval
between them, and a dead replica's sources are taken over when its leases expire.

Timing rules (pure functions below): after a success the next poll is one interval away, jittered so
sources sharing a host drift apart; after a failure the wait doubles (capped), honours Retry-After,
and after `pause_after` failures in a row the source is paused with a reason shown by `sources list`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager
from datetime import datetime, timedelta
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from bot.analysis.analyzer import analyze, warm_up
from bot.analysis.enrich import SummaryCache, llm_summary
from bot.analysis.llm import LLMClient
from bot.errors import FetchError, StoreError
from bot.models import FetchResult, RawItem, SourceConfig, StoredItem
from bot.routing import enqueue_for_story
from bot.sources.articles import MAX_ARTICLES_PER_POLL, fetch_article_text, wants_article
from bot.sources.canonical import dedup_key
from bot.sources.fetch import ACCEPT_HTML, Fetcher, HostBusyError, RateLimitedError
from bot.sources.pages import diff_pages, extract_page, page_dedup_key, page_item
from bot.sources.scan import Entry
from bot.sources.scan_worker import WORKER_OVER_BYTES, BodyReader
from bot.store import SourceState, Store
from bot.store.db import ItemChange, ItemInput, PendingKind, PollRecord, PollWrite, now_utc
from bot.store.leases import SOURCE_LEASE_TTL, replica_id
from bot.story import StoryPlacer

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 16  # sources polled at once; hosts have their own, lower limits (sources/limits.py)
SOURCE_DEADLINE_S = 120.0  # one hung source must never hold a slot for long
MAX_NEW_ITEMS_PER_POLL = 200  # newest first; the rest are stored by the next polls (a 100,000-item feed)
PROCESS_BATCH = 50  # pending items analysed and routed per transaction: a deadline mid-way keeps the done ones


class PollPolicy(BaseModel):
    """How polls are spaced, backed off and paused. Defaults suit production; tests shrink them."""

    model_config = ConfigDict(frozen=True)

    jitter: float = Field(default=0.1, ge=0, lt=1)  # ± this fraction of every wait
    max_backoff: timedelta = timedelta(hours=6)  # the longest wait between two failing polls
    pause_after: int = Field(default=5, ge=1)  # failures in a row that pause a source
    pause_for: timedelta = timedelta(hours=24)  # then one probe; a failing probe pauses it again
    source_deadline_s: float = Field(default=SOURCE_DEADLINE_S, gt=0)  # fetch + parse + store of one source
    max_articles: int = Field(default=MAX_ARTICLES_PER_POLL, ge=0)  # article-text fetches per poll
    max_new_items: int = Field(default=MAX_NEW_ITEMS_PER_POLL, ge=1)  # new items stored per poll
    process_batch: int = Field(default=PROCESS_BATCH, ge=1)  # pending items per processing transaction
    worker_over_bytes: int = Field(default=WORKER_OVER_BYTES, ge=0)  # feed bodies read in the worker process


class SourceReport(BaseModel):
    source_id: str
    fetched: bool = False
    not_modified: bool = False
    items: int = 0
    new: int = 0
    updated: int = 0
    relevant: int = 0
    queued: int = 0
    articles: int = 0  # article texts fetched
    backlog: int = 0  # new items left for the next polls (over PollPolicy.max_new_items)
    unanalysable: int = 0  # items whose analysis raised: kept stored, skipped, logged with their address
    error: str | None = None
    deferred: str | None = None  # not polled: its host asked us to wait (not a failure of the source)
    paused_until: datetime | None = None  # this failure paused the source


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


# ---------------------------------------------------------------- timing (pure)


def is_due(state: SourceState | None, now: datetime) -> bool:
    """Never polled, or its next poll (interval, backoff, Retry-After or pause) has come."""
    return state is None or state.next_poll_at is None or state.next_poll_at <= now


def within_backfill(raw: RawItem, *, first_poll: bool, now: datetime, backfill: timedelta | None) -> bool:
    """On a source's first successful poll, old items are stored but not alerted: no flood on start-up."""
    if not first_poll or backfill is None or raw.published is None:
        return True
    return raw.published >= now - backfill


def jittered(delay: timedelta, rng: random.Random, jitter: float) -> timedelta:
    return delay * (1 + rng.uniform(-jitter, jitter)) if jitter else delay


def next_poll_after_success(source: SourceConfig, now: datetime, rng: random.Random, policy: PollPolicy) -> datetime:
    return now + jittered(timedelta(minutes=source.interval_minutes), rng, policy.jitter)


def backoff_delay(
    source: SourceConfig, failures: int, retry_after: float | None, rng: random.Random, policy: PollPolicy
) -> timedelta:
    """Interval x 2^(failures-1), capped, jittered; never sooner than the server's Retry-After."""
    base = timedelta(minutes=source.interval_minutes) * 2 ** min(max(failures - 1, 0), 16)
    delay = jittered(min(base, policy.max_backoff), rng, policy.jitter)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=min(retry_after, policy.pause_for.total_seconds())))
    return delay


def pause_reason(failures: int, error: str, failing_since: datetime) -> str:
    plural = "s" if failures != 1 else ""
    return f"{failures} failure{plural} in a row since {failing_since:%Y-%m-%d %H:%M} UTC; last: {error}"


# ---------------------------------------------------------------- group commit


class GroupWriter:
    """Stores polls in groups: the polls that finish while a commit is under way share the next one.

    The first poll to get the write lock writes every poll queued by then (leader/follower group
    commit), so a thousand sources finishing within seconds cost tens of transactions, not a
    thousand, and SQLite's single writer never waits on its own busy loop. A leader that fails or is
    cancelled hands the others' polls back to the queue: the next waiter writes them.
    """

    def __init__(self, store: Store, lock: AbstractAsyncContextManager[object]) -> None:
        self.store = store
        self._lock = lock
        self._queue: list[tuple[PollWrite, asyncio.Future[list[ItemChange]]]] = []

    async def write(self, write: PollWrite) -> list[ItemChange]:
        future: asyncio.Future[list[ItemChange]] = asyncio.get_running_loop().create_future()
        entry = (write, future)
        self._queue.append(entry)
        try:
            async with self._lock:
                if not future.done():
                    await self._lead()
        except BaseException:
            if entry in self._queue:  # never written: do not write it after the caller gave up
                self._queue.remove(entry)
            raise
        return future.result()

    async def _lead(self) -> None:
        group, self._queue = self._queue, []
        try:
            results = await self.store.save_polls([write for write, _ in group])
        except BaseException:
            # Rolled back: every poll of the group is still to be written by its own caller.
            self._queue[:0] = [entry for entry in group if not entry[1].done()]
            raise
        for (_, future), result in zip(group, results, strict=True):
            if not future.done():
                future.set_result(result)


# ---------------------------------------------------------------- the pipeline


_T = TypeVar("_T")
_warmed = False
_analysis_executor: ThreadPoolExecutor | None = None


def _analysis_thread() -> ThreadPoolExecutor:
    """The process's one analysis thread. Analysis is CPU work (tens of ms an item, up to a second for a
    pathological page): on the event loop a batch would hold Slack's acks (3 s deadline) and /healthz. One
    thread, not a pool: analyses run one at a time in the order asked (each item's result depends only on
    it), so no two analyses run at once; story placement and thread answers on the loop share the analysis
    caches meanwhile (lru_caches, and PhraseMatcher's recency caches, which tolerate an eviction by the other
    thread). Its Python code gives the GIL back to the loop every switch interval (a single long regex scan
    does not: tens of ms at worst, as on the loop). Not
    `bot.workers`' process: analyses would queue behind a big feed's parse, and its caches would escape the
    hourly emptying (`bot.runtime.caches`)."""
    global _analysis_executor
    if _analysis_executor is None:
        _analysis_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
    return _analysis_executor


def _in_analysis_thread(work: Callable[..., _T], /, *args: Any, **kwargs: Any) -> asyncio.Future[_T]:
    """`work(*args, **kwargs)` submitted to the analysis thread, to be awaited. Cancelled (a poll's deadline),
    work not yet started never starts, and work in hand runs on to its end, its result unused."""
    return asyncio.get_running_loop().run_in_executor(_analysis_thread(), functools.partial(work, *args, **kwargs))


async def _models_ready() -> None:
    """Load the analysis models once per process, off the event loop (on the analysis thread, so the first
    analysis waits for them), before any poll's deadline runs (two cycles racing at start may both ask:
    the loaders are cached, so the second finds them loaded)."""
    global _warmed
    if not _warmed:
        await _in_analysis_thread(warm_up)
        _warmed = True


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
        policy: PollPolicy | None = None,
        rng: random.Random | None = None,
        process_items: bool = True,
        owner: str | None = None,
        lease_ttl: timedelta = SOURCE_LEASE_TTL,
        llm: LLMClient | None = None,
    ) -> None:
        """`process_items=False` stops after storing (fetch, parse, de-duplicate, store): the
        ingestion benchmark measures that, the same work a feed reader does."""
        self.store = store
        self.fetcher = fetcher
        self.sources = [s for s in sources if s.enabled]
        self._by_id = {s.id: s for s in self.sources}
        self.alert_channels = list(alert_channels)
        self.backfill = backfill
        self.clock = clock
        self.policy = policy or PollPolicy()
        self.rng = rng or random.Random()
        self.process_items = process_items
        self.llm = llm  # optional: rewrites relevant items' summaries (bot.analysis.enrich)
        self._summaries = SummaryCache()
        self.owner = owner or replica_id()
        self.lease_ttl = lease_ttl
        self._heartbeat: asyncio.Task[None] | None = None
        self._semaphore = asyncio.Semaphore(concurrency)
        self.stories = StoryPlacer(store, clock=clock)
        self._in_flight: set[str] = set()
        self._idle = asyncio.Event()
        self._idle.set()
        self._synced = False
        self._sync_lock = asyncio.Lock()  # the first polls all start at once: one of them syncs
        # SQLite has one writer at a time, and its lock waits back off in sleeps of up to 100 ms:
        # concurrent polls writing at once are far slower than taking turns (and can time out).
        self._write_lock = asyncio.Lock() if store.dialect == "sqlite" else None
        self._group = GroupWriter(store, self._write_lock or asyncio.Lock())
        self._reader = BodyReader(worker_over=self.policy.worker_over_bytes)

    def _writing(self) -> AbstractAsyncContextManager[object]:
        return self._write_lock if self._write_lock is not None else contextlib.nullcontext()

    def writing(self) -> AbstractAsyncContextManager[object]:
        """This process's turn to write (SQLite: one writer at a time), for other writers such as the pruner."""
        return self._writing()

    # ------------------------------------------------------------ entry points

    async def run_cycle(self, *, force: bool = False) -> CycleReport:
        """Poll every due source (all of them with force) concurrently; one failure never stops the others."""
        now = self.clock()
        await self.sync()  # once: the catalogue is fixed for the life of the process
        await _models_ready()
        states = await self._claim([s.id for s in self.sources if s.id not in self._in_flight], now, force=force)
        due = [s for s in self.sources if s.id in states and s.id not in self._in_flight]
        report = CycleReport(started_at=now)
        outcomes = await asyncio.gather(*(self._poll_slotted(s, states[s.id]) for s in due), return_exceptions=True)
        # Every poll has ended; a database failure (the only kind a poll lets through) is raised once.
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                raise outcome
        results = [o for o in outcomes if not isinstance(o, BaseException)]
        for source_report, clusters in results:
            report.sources.append(source_report)
            report.new_clusters.extend(clusters)
        return report

    async def poll_source(self, source_id: str, *, force: bool = False) -> SourceReport | None:
        """Poll one source if it is due and not already being polled; None when it was skipped."""
        source = self._by_id.get(source_id)
        if source is None or source_id in self._in_flight:
            return None
        await self.sync()
        await _models_ready()
        # Claimed only once a slot is free: a replica must not hoard sources it cannot poll yet while
        # other replicas have room.
        async with self._semaphore:
            # Due (or forced) and not being polled by another replica: claimed, else skipped.
            state = (await self._claim([source_id], self.clock(), force=force)).get(source_id)
            if state is None or source_id in self._in_flight:
                return None
            report, _ = await self._poll_guarded(source, state)
        return report

    async def _claim(self, ids: Sequence[str], now: datetime, *, force: bool) -> dict[str, SourceState]:
        async with self._writing():
            return await self.store.claim_sources(
                self.owner, now=now, until=now + self.lease_ttl, ids=ids, force=force
            )

    async def _renew_leases(self) -> None:
        """While polls run, keep their leases from expiring (a poll may take up to its deadline)."""
        while self._in_flight:
            await asyncio.sleep(self.lease_ttl.total_seconds() / 3)
            if not self._in_flight:
                return
            now = self.clock()
            try:
                async with self._writing():
                    await self.store.renew_source_leases(self.owner, sorted(self._in_flight), until=now + self.lease_ttl)
            except Exception as exc:  # the database is away: the polls will fail on their own writes
                log.warning("could not renew source leases: %s: %s", type(exc).__name__, exc)

    async def sync(self) -> None:
        async with self._sync_lock:
            if not self._synced:
                await self.store.sync_sources(self.sources)
                self._synced = True

    @property
    def in_flight(self) -> frozenset[str]:
        return frozenset(self._in_flight)

    async def drain(self, wait_s: float) -> bool:
        """Wait until no poll is running (after the scheduler cancelled its jobs); False on timeout.

        A poll's items and validators are written in one transaction, and items stay marked pending
        until analysis and routing are done, so a poll cut short leaves no half-written rows: either
        nothing was stored (the next poll fetches the body again) or the next poll finishes the job.
        """
        try:
            async with asyncio.timeout(wait_s):
                await self._idle.wait()
        except TimeoutError:
            return False
        return True

    # ------------------------------------------------------------ one source

    async def _poll_slotted(self, source: SourceConfig, state: SourceState | None) -> tuple[SourceReport, list[int]]:
        """A claimed source waiting for a slot: in flight already, so its lease is renewed meanwhile."""
        with self._flying(source.id):
            async with self._semaphore:
                return await self._poll_recorded(source, state)

    async def _poll_guarded(self, source: SourceConfig, state: SourceState | None) -> tuple[SourceReport, list[int]]:
        with self._flying(source.id):
            return await self._poll_recorded(source, state)

    @contextlib.contextmanager
    def _flying(self, source_id: str) -> Iterator[None]:
        """Mark a claimed source in flight: the heartbeat renews its lease; drain() waits for it."""
        self._in_flight.add(source_id)
        self._idle.clear()
        if self._heartbeat is None or self._heartbeat.done():
            self._heartbeat = asyncio.create_task(self._renew_leases(), name="source-lease-heartbeat")
        try:
            yield
        finally:
            self._in_flight.discard(source_id)
            if not self._in_flight:
                self._idle.set()

    async def _poll_recorded(self, source: SourceConfig, state: SourceState | None) -> tuple[SourceReport, list[int]]:
        report = SourceReport(source_id=source.id)
        clusters: list[int] = []
        now = self.clock()
        retry_after: float | None = None
        try:
            async with asyncio.timeout(self.policy.source_deadline_s):
                clusters = await self._poll(source, state, report, now)
        except HostBusyError as exc:
            # Another source on the same host was told to wait: so are we, without it being our failure.
            report.deferred = str(exc)
            async with self._writing():
                await self.store.defer_source(
                    source.id, until=now + jittered(timedelta(seconds=exc.retry_after), self.rng, self.policy.jitter)
                )
            return report, clusters
        except RateLimitedError as exc:
            report.error = str(exc)
            retry_after = exc.retry_after
        except FetchError as exc:
            report.error = str(exc)
        except TimeoutError:
            report.error = f"gave up after {self.policy.source_deadline_s:g} s (fetching and storing took too long)"
        except StoreError:
            # The database is away, full or read-only: not this source's fault (recording it would fail
            # too). Nothing is half-written; the runtime reports it in one line and a later poll redoes it.
            raise
        except Exception as exc:  # a bug must not kill the cycle, but it must be loud and recorded
            log.exception("internal error while polling %s", source.id)
            report.error = f"internal error: {type(exc).__name__}: {exc}"
        if report.error is not None:
            await self._record_failure(source, state, report, retry_after, now)
        return report, clusters

    async def _record_failure(
        self, source: SourceConfig, state: SourceState | None, report: SourceReport,
        retry_after: float | None, now: datetime,
    ) -> None:
        assert report.error is not None
        # As of the claim: a poll that recorded its fetch as a success and then ran out of time while
        # processing still lengthens the streak (and so backs off, then pauses).
        failures = (state.error_count if state else 0) + 1
        since = state.failing_since if state and state.failing_since else now
        next_poll = now + backoff_delay(source, failures, retry_after, self.rng, self.policy)
        paused_until: datetime | None = None
        reason: str | None = None
        if failures >= self.policy.pause_after:
            paused_until = max(next_poll, now + jittered(self.policy.pause_for, self.rng, self.policy.jitter))
            next_poll = paused_until
            reason = pause_reason(failures, report.error, since)
            report.paused_until = paused_until
            log.warning("source %s paused until %s: %s", source.id, paused_until, reason)
        else:
            log.warning("source %s failed (%d in a row): %s", source.id, failures, report.error)
        async with self._writing():
            await self.store.record_poll(
                source.id, now=now, error=report.error, next_poll_at=next_poll,
                paused_until=paused_until, pause_reason=reason, streak=(failures, since),
            )

    async def _poll(self, source: SourceConfig, state: SourceState | None, report: SourceReport, now: datetime) -> list[int]:
        result = await self.fetcher.fetch(
            str(source.url),
            etag=state.etag if state else None,
            last_modified=state.last_modified if state else None,
            accept=ACCEPT_HTML if source.kind == "page" else None,
        )
        report.fetched = True
        poll = PollRecord(
            source_id=source.id, next_poll_at=next_poll_after_success(source, now, self.rng, self.policy),
            etag=result.etag, last_modified=result.last_modified, body_hash=result.body_hash,
        )
        unchanged = result.not_modified or (state is not None and result.body_hash == state.body_hash)
        if unchanged:
            # Servers that ignore conditional requests still cost us nothing beyond the transfer.
            report.not_modified = True
            await self._group.write(PollWrite(poll=poll.model_copy(update={"body_hash": None}), now=now))
        elif source.kind == "page":
            await self._watch_page(source, state, result, poll, report, now)
        else:
            await self._ingest(source, state, result, poll, report, now)
        # Items stored by this poll, or left pending by one that was cut short, go on to analysis.
        if not self.process_items:
            return []
        held = report.new + report.updated > 0  # the write kept the source due and leased (see _hold)
        return await self._process_pending(source, report, now, planned=poll.next_poll_at if held else None)

    def _hold(self) -> tuple[str, datetime] | None:
        """PollWrite.hold: keep the lease through processing, so a replica dying before it is done
        leaves the source due to whoever takes it over."""
        return (self.owner, self.clock() + self.lease_ttl) if self.process_items else None

    async def _ingest(
        self, source: SourceConfig, state: SourceState | None, result: FetchResult, poll: PollRecord,
        report: SourceReport, now: datetime,
    ) -> None:
        # Parsing is CPU work (seconds for a hostile 5 MB feed, a minute of a GIL-holding parser for a
        # 100,000-item archive): off the event loop, big bodies in a worker process (bot.sources.scan_worker),
        # so Slack acks and /healthz never wait for it. Entries are known by identity first; only those this
        # poll stores become items.
        scanned = await self._reader.scan(
            result.body, source, content_type=result.content_type, base_url=result.final_url
        )
        report.items = len(scanned.entries)
        raw_items = await scanned.take(await self._bounded(source.id, scanned.entries, report))
        if report.backlog:
            poll = poll.model_copy(update={"backlog": True})
        full_texts = await self._article_texts(source, raw_items) if source.fetch_article_text else {}
        report.articles = len(full_texts)
        # The first successful poll's old items are backfill; so are those of a backlog being worked
        # through (its polls clear the body hash: see PollRecord.backlog), and of a source whose URL changed.
        first_poll = state is None or not state.succeeded_before or state.body_hash is None
        batch = [
            ItemInput(
                raw=raw, key=dedup_key(raw), full_text=full_texts.get(raw.guid),
                quiet=not within_backfill(raw, first_poll=first_poll, now=now, backfill=self.backfill),
            )
            for raw in raw_items
        ]
        # Items and validators in one transaction: a poll cut short leaves neither, and is redone.
        saved = await self._group.write(PollWrite(batch=tuple(batch), poll=poll, now=now, hold=self._hold()))
        report.new = saved.count("new")
        report.updated = saved.count("updated")

    async def _bounded(self, source_id: str, entries: Sequence[Entry], report: SourceReport) -> list[int]:
        """The entries (by index) this poll stores: at most `max_new_items` new ones, newest first, and the
        stored ones among the newest `max_new_items` (to see their changes; a feed longer than that is an
        archive, whose old entries are not re-read). The rest are not stored, so the next poll sees them as
        new again and stores the next newest: a 100,000-item feed is worked through, never livelocks."""
        room = self.policy.max_new_items
        if len(entries) <= room:
            return sorted(index for index, _, _ in entries)  # document order, as parsed
        unseen = await self.store.unseen([(source_id, guid, key) for _, guid, key in entries])
        kept: list[int] = []
        for rank, ((index, _, _), new) in enumerate(zip(entries, unseen, strict=True)):
            if not new:
                if rank < self.policy.max_new_items:
                    kept.append(index)
            elif room > 0:
                kept.append(index)
                room -= 1
            else:
                report.backlog += 1
        if report.backlog:
            log.info("source %s: %d new items left for the next polls", report.source_id, report.backlog)
        return kept

    async def _watch_page(
        self, source: SourceConfig, state: SourceState | None, result: FetchResult, poll: PollRecord,
        report: SourceReport, now: datetime,
    ) -> None:
        page = await asyncio.to_thread(
            extract_page, result.body, url=result.final_url, content_type=result.content_type
        )
        report.items = 1
        baseline = state.page_text if state else None
        change = diff_pages(baseline, page.text) if baseline is not None else None
        async with self._writing():
            if change is not None:
                raw = page_item(source, page, change, url=str(source.url), now=now)
                saved = await self.store.save_items([ItemInput(raw=raw, key=page_dedup_key(source.id, page))], now=now)
                report.new = saved.count("new")
            if baseline is None or change is not None:
                # The first sight of a page is its baseline, not news; cosmetic edits accumulate
                # against the baseline until together they matter.
                await self.store.set_page_baseline(source.id, title=page.title, text=page.text, digest=page.digest)
            await self.store.save_items(
                [], now=now, poll=poll.model_copy(update={"new_items": report.new}), hold=self._hold()
            )

    async def _article_texts(self, source: SourceConfig, raw_items: Sequence[RawItem]) -> dict[str, str]:
        candidates = [raw for raw in raw_items if wants_article(raw)]
        if not candidates or self.policy.max_articles == 0:
            return {}
        known = await self.store.known_guids(source.id, [raw.guid for raw in candidates])
        fresh = [raw for raw in candidates if raw.guid not in known][: self.policy.max_articles]
        texts = await asyncio.gather(*(fetch_article_text(self.fetcher, str(raw.url)) for raw in fresh))
        return {raw.guid: text for raw, text in zip(fresh, texts, strict=True) if text}

    # ------------------------------------------------------------ processing (analysis onwards)

    async def _process_pending(
        self, source: SourceConfig, report: SourceReport, now: datetime, *, planned: datetime | None
    ) -> list[int]:
        """Analyse, cluster and route the source's pending items; the new clusters started.

        `planned`: the poll held its lease through processing; end it, and set this next poll, with
        the last write."""
        release = (source.id, self.owner, planned) if planned is not None else None
        clusters: list[int] = []
        size = self.policy.process_batch
        while True:
            # Oldest first, ties by id (see `pending_items`): story placement then sees a source's items
            # in one fixed order, the order the stories unfolded in, whatever order the feed listed them.
            # Each batch is marked processed as it is done: a deadline mid-way loses only the batch in hand,
            # and the write lock is let go between batches, so other sources' items are not held up.
            async with self._writing():
                pending = await self.store.pending_items(source.id, limit=size)
                last = len(pending) < size
                for item, kind in pending:
                    cluster = await self._process_item(source, item, kind, report=report, now=now)
                    if cluster is not None:
                        clusters.append(cluster)
                if pending or (last and release is not None):
                    await self.store.mark_processed([item.id for item, _ in pending], release=release if last else None)
            if last:
                return clusters

    async def _process_item(
        self, source: SourceConfig, item: StoredItem, kind: PendingKind, *, report: SourceReport, now: datetime
    ) -> int | None:
        # Off the event loop (see `_analysis_thread`), items still one after another in pending order. Submitted
        # outside the `try`: only the analysis's own errors make an item unanalysable.
        running = _in_analysis_thread(
            analyze, item.title, item.text, language=source.language, published=item.published, url=item.url,
            source_jurisdictions=source.jurisdictions,
        )
        try:
            analysis = await running
        except Exception:
            # Analysis is pure, so a bug one item's text trips fails the same way on every retry; left
            # pending, that item would hold back every later item of its source. Keep it stored, skip it.
            log.exception("analysis failed on item %s (%s); skipped", item.id, item.url)
            report.unanalysable += 1
            return None
        if self.llm is not None and kind != "quiet":
            # Only what will be alerted or refreshed is worth a request; failures keep the extractive one.
            analysis = await llm_summary(item.title, item.text, analysis, self.llm, cache=self._summaries)
        await self.store.set_analysis(item.id, analysis)
        if kind == "updated":
            # A retitled or re-dated item is the same story: refresh its analysis, never re-alert.
            return None
        if not analysis.relevant:
            return None
        report.relevant += 1
        item = item.model_copy(update={"analysis": analysis})
        cluster_id, is_new = await self.stories.place(item)
        if kind == "quiet":  # older than the first poll's backfill window: stored and clustered, not alerted
            return None
        report.queued += await enqueue_for_story(
            self.store, item, cluster_id, is_new, self.alert_channels, now=now
        )
        return cluster_id if is_new else None
