"""Weekly briefs: once per channel per week, across crashes and replicas.

Scheduling: every delivery run checks the last brief slot (POLICYBOT_WEEKLY_BRIEF_DAY at
POLICYBOT_WEEKLY_BRIEF_HOUR, UTC). When it has passed, each channel due a brief (a weekly subscription
made before the slot, or a channel in POLICYBOT_WEEKLY_BRIEF_CHANNELS) gets one row in `briefs`, unique
per (channel, slot): whichever replica inserts first, there is one.

Posting happens under the channel's delivery lease, like alerts, after them and paced like them. The
brief is one message: the chart shared into the channel with the brief's text as its comment (files
upload v2, `channel_id` + `initial_comment`); with nothing to chart, a plain message with metadata. The
attempt is counted before the upload; a successor that finds attempts > 0 first looks in the channel's
history for that try's message (the chart's file name is unique to the brief, the text carries its id in
metadata), records it if found, and only posts when it is not there. A failed look waits, like alerts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from aiohttp import ClientError
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Subscription
from bot.store import Store
from bot.store.briefs import BriefRow
from bot.trends.brief import BRIEF_EVENT_TYPE, brief_text, status_changes
from bot.trends.counts import WEEK
from bot.trends.service import Charts, describe

log = logging.getLogger(__name__)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_ATTEMPTS = 8
BASE_BACKOFF_S = 30.0
HISTORY_LOOKBACK = 200


def last_slot(now: datetime, day: str, hour: int) -> datetime:
    """The latest brief time (weekday `day`, `hour`:00 UTC) at or before `now`."""
    slot = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    slot -= timedelta(days=(slot.weekday() - DAYS.index(day)) % 7)
    return slot if slot <= now else slot - WEEK


def brief_filename(brief_id: int) -> str:
    """Unique per brief: how a later attempt recognises an earlier one's upload in the channel."""
    return f"policybot-brief-{brief_id}.png"


def weekly_queries(subs: Sequence[Subscription], slot: datetime, opted_in: Sequence[str]) -> dict[str, list[str]]:
    """Channel -> the queries its brief covers ([] = every story) for the slot: weekly subscriptions made
    before it, and the opted-in alert channels (which hear of everything)."""
    out: dict[str, list[str]] = {}
    for sub in subs:
        if sub.mode == "weekly" and sub.created_at <= slot:
            out.setdefault(sub.channel, []).append(sub.query)
    for channel in opted_in:
        out[channel] = []
    return {channel: sorted(set(queries)) for channel, queries in out.items()}


class _Again(Exception):
    """Try this brief later (set on the row); nothing more for it in this run."""


class Briefs:
    def __init__(
        self, client: AsyncWebClient, store: Store, charts: Charts, *, day: str = "mon", hour: int = 8,
        channels: Sequence[str] = (), post_timeout_s: float = 10.0,
    ) -> None:
        self.client = client
        self.store = store
        self.charts = charts
        self.day = day
        self.hour = hour
        self.channels = list(channels)
        self.post_timeout_s = post_timeout_s
        self._queued_slot: datetime | None = None

    async def enqueue_due(self, now: datetime) -> int:
        """Queue this slot's briefs (once per process per slot; the table keeps them unique anyway)."""
        slot = last_slot(now, self.day, self.hour)
        if self._queued_slot == slot:
            return 0
        broken = await self.store.broken_channels()
        wanted = weekly_queries(await self.store.subscriptions(), slot, self.channels)
        queued = 0
        for channel, queries in wanted.items():
            if channel not in broken:
                queued += await self.store.enqueue_brief(channel, slot, queries, now=now)
        self._queued_slot = slot
        return queued

    async def deliver(self, channel: str, now: datetime, before_post: Callable[[], Awaitable[None]]) -> int:
        """Post the channel's due briefs (the caller holds the channel's lease); how many were posted."""
        posted = 0
        for brief in await self.store.due_briefs(now, channel=channel):
            try:
                posted += await self._deliver_one(brief, now, before_post)
            except _Again:
                continue
        return posted

    async def _deliver_one(self, brief: BriefRow, now: datetime, before_post: Callable[[], Awaitable[None]]) -> int:
        if brief.attempts > 0 and await self._recover(brief, now):
            return 0
        end = brief.week_end
        series, stories = await self.charts.series(brief.queries, end)
        start = end - WEEK
        week = [s for s in stories if start <= s.when < end]
        changes = status_changes(stories, start, end)
        description = describe(brief.queries)
        png = await self.charts.render(series, description, marked="this brief's week")
        text = brief_text(description, start, end, week, changes, series, has_chart=png is not None)
        await before_post()
        await self.store.update_brief(brief.id, bump=True)
        try:
            if png is not None:
                file = await self.charts.upload(
                    png, filename=brief_filename(brief.id), title=f"Stories per week: {description}",
                    channel=brief.channel, initial_comment=text,
                )
                file_id, ts = str(file["id"]), _share_ts(file, brief.channel)
            else:
                async with asyncio.timeout(self.post_timeout_s):
                    response = await self.client.chat_postMessage(
                        channel=brief.channel, text=text, unfurl_links=False, unfurl_media=False,
                        metadata={"event_type": BRIEF_EVENT_TYPE, "event_payload": {"brief_id": brief.id}},
                    )
                file_id, ts = None, str(response["ts"])
        except (SlackApiError, SlackRequestError, ClientError, TimeoutError, OSError) as exc:
            await self._failed(brief, exc, now)
            return 0
        await self.store.update_brief(brief.id, state="posted", ts=ts, file_id=file_id, posted_at=now, last_error=None)
        log.info("weekly brief %s posted to %s (%d stories this week)", brief.id, brief.channel, len(week))
        return 1

    async def _recover(self, brief: BriefRow, now: datetime) -> bool:
        """Did an earlier attempt post this brief? Recorded if so. A failed look retries later."""
        try:
            async with asyncio.timeout(self.post_timeout_s):
                response = await self.client.conversations_history(
                    channel=brief.channel, include_all_metadata=True, limit=HISTORY_LOOKBACK
                )
        except (SlackApiError, ClientError, TimeoutError, OSError) as exc:
            await self._failed(brief, exc, now)
            raise _Again from exc
        name = brief_filename(brief.id)
        messages: list[dict[str, Any]] = response.get("messages", [])
        for message in messages:
            files: list[dict[str, Any]] = message.get("files") or []
            meta: dict[str, Any] = message.get("metadata") or {}
            by_file = next((f for f in files if f.get("name") == name), None)
            by_meta = meta.get("event_type") == BRIEF_EVENT_TYPE and (meta.get("event_payload") or {}).get(
                "brief_id") == brief.id
            if by_file is not None or by_meta:
                await self.store.update_brief(
                    brief.id, state="posted", ts=str(message["ts"]), posted_at=now, last_error=None,
                    file_id=str(by_file["id"]) if by_file else None,
                )
                log.info("weekly brief %s was already posted to %s: recorded, not posted again", brief.id, brief.channel)
                return True
        return False

    async def _failed(self, brief: BriefRow, exc: Exception, now: datetime) -> None:
        attempts = brief.attempts + 1
        error = str(exc.response.get("error", "unknown_error")) if isinstance(exc, SlackApiError) else (
            f"{type(exc).__name__}: {exc}"[:300])
        delay = BASE_BACKOFF_S * 2 ** min(attempts, 8)
        if isinstance(exc, SlackApiError) and exc.response.status_code == 429:
            with contextlib.suppress(TypeError, ValueError):
                delay = max(1.0, float(exc.response.headers.get("Retry-After", delay)))
        elif attempts >= MAX_ATTEMPTS or (isinstance(exc, SlackApiError) and error in _FOR_GOOD):
            log.warning("weekly brief %s to %s failed for good: %s", brief.id, brief.channel, error)
            await self.store.update_brief(brief.id, state="failed", last_error=error)
            return
        log.info("weekly brief %s to %s will be retried in %.0f s: %s", brief.id, brief.channel, delay, error)
        await self.store.update_brief(brief.id, last_error=error, next_attempt_at=now + timedelta(seconds=delay))


# A brief Slack refuses for these will be refused again: the channel is gone or closed to us.
_FOR_GOOD = frozenset({"channel_not_found", "not_in_channel", "is_archived", "no_permission", "restricted_action",
                       "invalid_arguments", "invalid_blocks", "msg_too_long"})


def _share_ts(file: dict[str, Any], channel: str) -> str | None:
    """The ts of the message sharing `file` in `channel`, when Slack's answer already says it."""
    shares = file.get("shares") or {}
    for kind in ("public", "private"):
        entries = (shares.get(kind) or {}).get(channel) or []
        if entries:
            return str(entries[0].get("ts"))
    return None
