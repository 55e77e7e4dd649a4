"""Trends' I/O: read recent stories from the store, count them, render the chart off the event loop
(one render at a time per process, so a burst of briefs never crowds the loop's thread), and upload it
with Slack's files upload v2 flow (files.getUploadURLExternal, the upload, files.completeUploadExternal)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import datetime

from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Query
from bot.search.query import describe_query, parse_query
from bot.slack.blocks import POLICY_TYPE_LABELS
from bot.store import Store
from bot.trends.chart import render_png
from bot.trends.counts import WEEK, WEEKS, Series, Story, matching, stories_of, weekly_series

UPLOAD_TIMEOUT_S = 20.0  # the three upload calls together


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
        self._private: dict[tuple[object, ...], str] = {}  # chart key -> file id already uploaded

    async def stories(self, end: datetime, *, weeks: int = WEEKS) -> list[Story]:
        return stories_of(await self.store.story_items(end - WEEK * weeks))

    async def series(self, queries: Sequence[str], end: datetime, *, weeks: int = WEEKS) -> tuple[Series, list[Story]]:
        """The weekly counts for stories matching any of `queries` (none: every story), and those stories."""
        parsed: list[Query] = [parse_query(q) for q in queries]
        stories = matching(await self.stories(end, weeks=weeks), parsed)
        return weekly_series(stories, end, weeks=weeks), stories

    async def render(self, series: Series, description: str, *, marked: str = "this week") -> bytes | None:
        """The PNG (None when there is nothing to chart), rendered in a worker thread."""
        if series.empty:
            return None
        if self._render_lock is None:
            self._render_lock = asyncio.Lock()
        labels = POLICY_TYPE_LABELS if series.by == "policy type" else None
        async with self._render_lock:
            return await asyncio.to_thread(render_png, series, description, marked=marked, label_of=labels)

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
