"""Trends' I/O: read recent stories from the store, count them, render the chart off the event loop, and
upload it with Slack's files upload v2 flow (files.getUploadURLExternal, the upload,
files.completeUploadExternal).

Rendering runs in one worker process, started on the first chart and reused. A worker thread
(`asyncio.to_thread`) would be off the loop too, but a render holds the GIL for most of its ~200 ms, and
while a hundred briefs render the loop's thread then waits for the GIL before every ack: measured with
bench/charts.py, `/policy` ack p99 grew several-fold. A process shares no GIL with the loop.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Query, StoredItem
from bot.search.query import describe_query, parse_query
from bot.slack.blocks import POLICY_TYPE_LABELS
from bot.store import Store
from bot.store.items import stored_item_of
from bot.trends.chart import timed_render
from bot.trends.counts import WEEK, WEEKS, Series, Story, matching, stories_of, weekly_series

UPLOAD_TIMEOUT_S = 20.0  # the three upload calls together
# Recent stories are read once per window end for this long: a hundred channels' briefs of one slot, or a
# run of `/policy trends`, share one read instead of each turning thousands of rows into models on the loop.
STORIES_TTL_S = 60.0
YIELD_EVERY = 200  # rows or stories handled between two yields to the event loop (a millisecond or two)


_POOL: ProcessPoolExecutor | None = None


def _render_pool() -> ProcessPoolExecutor:
    """The process's one render worker, started on first use (Python stops it at exit). spawn, not fork:
    forking a process that runs threads (aiosqlite's, the event loop's) is unsafe."""
    global _POOL
    if _POOL is None:
        _POOL = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_background)
    return _POOL


def _background() -> None:
    """In the worker: charts are background work, so on a busy host the process acking Slack goes first.
    And it ends with its parent: a bot killed with kill -9 must not leave an orphan worker behind (holding
    the bot's stdout and stderr open, too)."""
    with contextlib.suppress(OSError):
        os.nice(10)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="render-worker-watchdog").start()


def _exit_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()  # returns when the parent process is gone, however it ended
    os._exit(0)


def _reset_pool() -> None:
    global _POOL
    _POOL = None


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
        rows = await self.store.story_rows(since)
        # Thousands of rows become models a slice at a time, yielding to the loop in between, so an ack is
        # never held for more than a slice. (A worker thread would hold the GIL the loop needs instead.)
        built: list[StoredItem] = []
        for start in range(0, len(rows), YIELD_EVERY):
            built += [stored_item_of(r) for r in rows[start : start + YIELD_EVERY]]
            await asyncio.sleep(0)
        return stories_of(built)

    async def series(self, queries: Sequence[str], end: datetime, *, weeks: int = WEEKS) -> tuple[Series, list[Story]]:
        """The weekly counts for stories matching any of `queries` (none: every story), and those stories."""
        recent = await self.stories(end, weeks=weeks)
        key = (tuple(sorted(queries)), end, weeks, id(recent))  # id: the same read of the store
        hit = self._series.get(key)
        if hit is None:
            parsed: list[Query] = [parse_query(q) for q in queries]
            stories = []
            for start in range(0, len(recent), YIELD_EVERY):  # as in _read: slices, yielding in between
                stories += matching(recent[start : start + YIELD_EVERY], parsed)
                await asyncio.sleep(0)
            hit = (weekly_series(stories, end, weeks=weeks), stories, recent)
            if len(self._series) > 256:
                self._series.clear()
            self._series[key] = hit  # channels with the same subscriptions count once
        return hit[0], hit[1]

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
                png, took_ms = await asyncio.get_running_loop().run_in_executor(_render_pool(), call)
            except BrokenProcessPool:  # the worker died (killed, out of memory): a fresh one, once
                _reset_pool()
                png, took_ms = await asyncio.get_running_loop().run_in_executor(_render_pool(), call)
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
