"""Trends' I/O: read recent stories from the store, count them, render the chart off the event loop, and
upload it with Slack's files upload v2 flow (files.getUploadURLExternal, the upload,
files.completeUploadExternal).

Rendering runs in one worker process, started at warm-up (`Charts.warm`) and reused. A worker thread
(`asyncio.to_thread`) would be off the loop too, but a render holds the GIL for most of its ~200 ms, and
while a hundred briefs render the loop's thread then waits for the GIL before every ack: measured with
bench/charts.py, `/policy` ack p99 grew several-fold. A process shares no GIL with the loop.

What stays on the loop (the read, turning rows into stories, matching each channel's queries) goes a slice
at a time, one task's slice per turn of the loop (`_turn`), so an ack waits behind a millisecond or two.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime
from typing import TypeVar

from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Query, StoredItem
from bot.search.query import describe_query, parse_query
from bot.slack.blocks import POLICY_TYPE_LABELS
from bot.store import Store
from bot.store.items import stored_item_of
from bot.trends.chart import timed_render
from bot.trends.counts import (
    WEEK,
    WEEKS,
    Series,
    Story,
    group_by_story,
    in_story_order,
    matching,
    story_of,
    weekly_series,
)
from bot.workers import BrokenProcessPool, WorkerProcess

UPLOAD_TIMEOUT_S = 20.0  # the three upload calls together
# Recent stories are read once per window end for this long: a hundred channels' briefs of one slot, or a
# run of `/policy trends`, share one read instead of each turning thousands of rows into models on the loop.
STORIES_TTL_S = 60.0
YIELD_EVERY = 200  # stories matched or built between two yields to the event loop (about a millisecond)
ROWS_PER_SLICE = 50  # rows fetched and made into models between two yields (a row costs ~30 µs)
_T = TypeVar("_T")
_R = TypeVar("_R")

log = logging.getLogger(__name__)

# The process's one render worker (bot.workers), started at warm-up.
_RENDERER = WorkerProcess()


def describe(queries: Sequence[str]) -> str:
    """What a set of subscriptions' queries covers, for titles ("every relevant story" when none)."""
    parsed = [describe_query(parse_query(q)) for q in queries]
    return " | ".join(parsed) if parsed else "every relevant story"


class Charts:
    """Counting, rendering and uploading charts for one process."""

    def __init__(self, store: Store, client: AsyncWebClient, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.client = client
        self.clock = clock
        self._render_lock: asyncio.Lock | None = None
        self.render_ms: collections.deque[float] = collections.deque(maxlen=1000)  # recent renders, for benchmarks
        self._private: dict[tuple[object, ...], str] = {}  # chart key -> file id already uploaded
        self._recent: dict[tuple[datetime, int], tuple[float, list[Story]]] = {}
        self._reading: asyncio.Lock | None = None
        self._cpu: asyncio.Lock | None = None  # see _turn
        # (queries, end, weeks, read) -> (series, matching stories, the read they came from, kept alive so
        # that its id is not reused)
        self._series: dict[tuple[object, ...], tuple[Series, list[Story], list[Story]]] = {}

    async def stories(self, end: datetime, *, weeks: int = WEEKS) -> list[Story]:
        """The stories with an item in the `weeks` before `end` (and later ones: the counts cut at `end`)."""
        key = (end, weeks)
        if self._reading is None:
            self._reading = asyncio.Lock()
        async with self._reading:  # channels delivered at once wait for one read rather than each reading
            cached = self._recent.get(key)
            if cached is not None and time.monotonic() - cached[0] < STORIES_TTL_S:
                return cached[1]
            stories = await self._read(end - WEEK * weeks)
            self._recent = {k: v for k, v in self._recent.items() if time.monotonic() - v[0] < STORIES_TTL_S}
            self._recent[key] = (time.monotonic(), stories)
        return stories

    async def _read(self, since: datetime) -> list[Story]:
        # Thousands of rows are fetched, turned into models and grouped into stories a slice at a time,
        # yielding to the loop in between, so an ack is never held for more than a slice. (A worker thread
        # would hold the GIL the loop needs instead.) Measured with bench/charts.py: fetched and grouped in
        # one go, this read held the loop for 30-60 ms twice at the start of a brief run, and those acks
        # were the run's slowest.
        by_story: dict[int, list[StoredItem]] = {}
        async with contextlib.aclosing(self.store.story_row_batches(since, size=ROWS_PER_SLICE)) as batches:
            async for rows in batches:
                async with self._turn():
                    group_by_story([stored_item_of(r) for r in rows], by_story)
        groups = list(by_story.items())
        built = await self._in_slices(groups, lambda some: [story_of(cid, members) for cid, members in some])
        return in_story_order(built)

    async def series(self, queries: Sequence[str], end: datetime, *, weeks: int = WEEKS) -> tuple[Series, list[Story]]:
        """The weekly counts for stories matching any of `queries` (none: every story), and those stories."""
        recent = await self.stories(end, weeks=weeks)
        key = (tuple(sorted(queries)), end, weeks, id(recent))  # id: the same read of the store
        hit = self._series.get(key)
        if hit is None:
            parsed: list[Query] = [parse_query(q) for q in queries]
            stories = await self._in_slices(recent, lambda some: matching(some, parsed))
            hit = (weekly_series(stories, end, weeks=weeks), stories, recent)
            if len(self._series) > 256:
                self._series.clear()
            self._series[key] = hit  # channels with the same subscriptions count once
        return hit[0], hit[1]

    @contextlib.asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        """One slice of trends' CPU work at a time on the loop. Eight channels' briefs matching at once would
        each have a slice ready in every turn of the loop, and an ack waits behind all of them at each of
        its own steps; taking turns, it waits behind one."""
        if self._cpu is None:
            self._cpu = asyncio.Lock()
        async with self._cpu:
            yield
            # Yield while still holding the turn: a slice has no await in it, so a lock released before the
            # yield is free again when the next task runs in the same turn of the loop, and every task ran
            # its slice in every turn (eight briefs: eight slices between two steps of an ack).
            await asyncio.sleep(0)

    async def _in_slices(self, values: Sequence[_T], work: Callable[[Sequence[_T]], list[_R]]) -> list[_R]:
        """`work` over `values` a slice at a time (a slice is YIELD_EVERY values), taking turns (`_turn`)."""
        out: list[_R] = []
        for start in range(0, len(values), YIELD_EVERY):
            async with self._turn():
                out += work(values[start : start + YIELD_EVERY])
        return out

    async def warm(self) -> None:
        """Start the render worker now, at start-up, rather than on the first chart: starting a process
        holds this one's event loop for tens of milliseconds (measured with bench/charts.py: the first
        brief's start-up cost that run its two slowest acks). Matplotlib still loads on the first chart."""
        try:
            await _RENDERER.start()
        except (OSError, BrokenProcessPool) as exc:  # the first chart tries again
            log.warning("could not start the chart worker: %s", exc)

    async def render(self, series: Series, description: str, *, marked: str = "this week") -> bytes | None:
        """The PNG (None when there is nothing to chart), rendered in a worker thread."""
        if series.empty:
            return None
        if self._render_lock is None:
            self._render_lock = asyncio.Lock()
        labels = POLICY_TYPE_LABELS if series.by == "policy type" else None
        async with self._render_lock:  # one at a time: the worker is one process
            call = functools.partial(timed_render, series, description, marked=marked, label_of=labels)
            try:
                png, took_ms = await _RENDERER.run(call)
            except BrokenProcessPool:  # the worker died (killed, out of memory): a fresh one, once
                png, took_ms = await _RENDERER.run(call)
        self.render_ms.append(took_ms)
        return png


    async def upload(
        self, png: bytes, *, filename: str, title: str, channel: str | None = None,
        initial_comment: str | None = None, thread_ts: str | None = None,
    ) -> dict[str, object]:
        """files_upload_v2: the file shared to `channel` with `initial_comment` (or in a thread), or kept
        private to the bot when no channel is given. Returns Slack's file object."""
        async with asyncio.timeout(UPLOAD_TIMEOUT_S):
            response = await self.client.files_upload_v2(
                content=png, filename=filename, title=title, alt_txt=title[:1000], channel=channel,
                initial_comment=initial_comment, thread_ts=thread_ts,
            )
        file: dict[str, object] = response["file"]
        return file

    async def private_chart(self, key: tuple[object, ...], series: Series, description: str) -> str | None:
        """A chart uploaded privately (for an image block), re-used while its counts are unchanged; its
        file id, or None when there is nothing to chart."""
        full_key = (*key, series.end, series.counts, series.labels)
        if full_key in self._private:
            return self._private[full_key]
        png = await self.render(series, description)
        if png is None:
            return None
        file = await self.upload(png, filename=f"policybot-{key[0]}.png", title=f"Stories per week: {description}")
        file_id = str(file["id"])
        if len(self._private) > 500:  # bounded: old weeks' charts are never asked for again
            self._private.clear()
        self._private[full_key] = file_id
        return file_id
