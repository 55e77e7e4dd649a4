"""Outbox delivery: post due alerts and story updates, paced per channel, retried, never doubled.

One run (`deliver_due`) takes what is due, channel by channel:

* alerts of daily subscriptions wait for POLICYBOT_DIGEST_HOUR, then go out as one digest message;
* immediate alerts are posted one message each until the channel has had `flood_limit` of them within
  `flood_window`; the rest of the run's alerts for that channel become one digest message;
* a story that changed after it was alerted gets its message edited (chat.update) and one threaded note.

Slack's 429 (and an HTTP-200 `ratelimited`) is honoured with its Retry-After, by every channel (Slack does not
say whether the channel or the workspace hit its limit); other transient failures are retried with
exponential backoff. A digest holds what fits in one message (Slack limits a message's total text), the
rest go in the next; a `warning` Slack sends with a success is logged.
A channel Slack refuses for good (channel_not_found, not_in_channel, is_archived) is marked broken: its
queued alerts fail, routing skips it, and the owners of its subscriptions (or the admins) are told once by
direct message. A refused token (invalid_auth, token_revoked, ...) or a missing scope is no channel's fault:
all delivery pauses (bot/slack/pause.py: a refused token for 30 minutes, a missing scope until auth.test
shows it granted) and keeps everything queued, so that fixing the token or the scopes loses nothing. The
first run checks the token's scopes with auth.test before posting anything.

Every message carries metadata with its alert ids (updates: update ids), so when an attempt may have
posted before the process died, the next attempt finds that message instead of posting it again.

Replicas: each channel is delivered by one replica at a time, the holder of the lease
"deliver:<channel>" in the database. It renews the lease before every post and bounds every post by
POST_TIMEOUT_S, well under the lease's length, so a replica that lost its lease (it stalled, or the
database was away) stops before another could take the channel over; a replica that died mid-post
leaves `attempts` counted, and its successor looks for the message by metadata before posting again.
Per-channel pacing and flood control stay correct because one replica owns a channel's stream.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from aiohttp import ClientError
from pydantic import BaseModel
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import ClusterView
from bot.slack.blocks import (
    ALERT_EVENT_TYPE,
    DIGEST_STORIES,
    UPDATE_EVENT_TYPE,
    DigestEntry,
    alert_message,
    broken_channel_notice,
    digest_fit,
    digest_message,
    payload_ids,
    story_status,
    update_note,
)
from bot.slack.briefs import Briefs
from bot.slack.pause import SCOPE_RECHECK, DeliveryPause, pause_for, scopes_granted
from bot.store import AlertRow, Store
from bot.store.db import UpdateRow, now_utc
from bot.store.leases import CHANNEL_LEASE_TTL, replica_id

log = logging.getLogger(__name__)

# Slack answers these for a channel we can never post to: retrying would only spam the API. Slack documents
# `no_permission` and the `restricted_action*` family as about one conversation (posting restricted to
# admins, read-only or thread-only channels), so they break that channel, never the others.
CHANNEL_ERRORS = frozenset({
    "channel_not_found", "not_in_channel", "is_archived", "no_permission", "restricted_action",
    "restricted_action_read_only_channel", "restricted_action_thread_only_channel",
    "restricted_action_non_threadable_channel",
})
# (Errors about the token or the app itself, missing_scope included, pause everything: bot/slack/pause.py.)
POSTING_SCOPE = "chat:write"  # without it nothing can be posted anywhere
# ...and these for one message: post it never (the same message would be refused again), but the channel
# is fine. `msg_blocks_too_long` is the whole message over Slack's size limit even when each block fits.
MESSAGE_ERRORS = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long", "msg_blocks_too_long",
                            "invalid_metadata_format", "no_text", "invalid_arguments", "too_many_attachments"})
MIN_INTERVAL_PER_CHANNEL_S = 1.0  # chat.postMessage: about one message per second per channel
BASE_BACKOFF_S = 5.0
MAX_BACKOFF_S = 3600.0
MAX_ATTEMPTS = 12
DEFAULT_FLOOD_LIMIT = 5
DEFAULT_FLOOD_WINDOW = timedelta(hours=1)
DEFAULT_DIGEST_HOUR = 8
# Messages asked for per page when looking for our own after a crash: apps outside the Slack Marketplace
# get at most 15 per conversations.history/.replies call (and 1 call a minute), since 2025-05-29.
HISTORY_PAGE = 15
HISTORY_PAGES = 4  # at most this many pages per look; a rate-limited page ends the look (retried later)
RECOVERY_SLACK = timedelta(minutes=1)  # the look starts this long before the alert was queued
MAX_QUIET_WAIT_S = 5.0  # a Retry-After shorter than this is waited out in place; longer ones end the run
CHANNEL_CONCURRENCY = 8  # channels delivered at once: Slack paces each channel, not the workspace, at ~1/s
POST_TIMEOUT_S = 10.0  # one Slack call; must stay well under CHANNEL_LEASE_TTL (see the module docstring)


class DeliveryReport(BaseModel):
    posted: int = 0  # alerts posted (each alert of a digest counts)
    digests: int = 0  # digest messages among the posts
    updated: int = 0  # alerts edited for a story update
    recovered: int = 0  # found already posted after a crash, recorded without posting again
    retried: int = 0
    failed: int = 0
    deferred: int = 0  # daily alerts held until the digest hour
    briefs: int = 0  # weekly briefs posted


def backoff(attempts: int) -> float:
    return float(min(MAX_BACKOFF_S, BASE_BACKOFF_S * 2 ** max(0, attempts - 1)))


def next_digest_time(after: datetime, hour: int) -> datetime:
    """The first digest time (hour:00 UTC) strictly after `after`."""
    slot = after.replace(hour=hour, minute=0, second=0, microsecond=0)
    return slot if slot > after else slot + timedelta(days=1)


def split_for_flood(alerts: Sequence[AlertRow], posted_recently: int, limit: int) -> tuple[list[AlertRow], list[AlertRow]]:
    """(alerts posted one by one, alerts batched into a digest) for one channel."""
    room = max(0, limit - posted_recently)
    return list(alerts[:room]), list(alerts[room:])


class _Stop(Exception):
    """The token was refused: nothing more in this run."""


class _ChannelBroken(Exception):
    """Nothing more for this channel in this run (refused for good, or rate-limited)."""


class _LookupFailed(Exception):
    """conversations.history failed: whether an earlier attempt posted is unknown, so do not post."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


class _LeaseLost(Exception):
    """Another replica may own this channel now: stop posting to it at once."""


def lease_name(channel: str) -> str:
    return f"deliver:{channel}"


class Deliverer:
    def __init__(
        self,
        client: AsyncWebClient,
        store: Store,
        *,
        min_interval: float = MIN_INTERVAL_PER_CHANNEL_S,
        clock: Callable[[], datetime] = now_utc,
        flood_limit: int = DEFAULT_FLOOD_LIMIT,
        flood_window: timedelta = DEFAULT_FLOOD_WINDOW,
        digest_hour: int = DEFAULT_DIGEST_HOUR,
        admins: Sequence[str] = (),
        owner: str | None = None,
        lease_ttl: timedelta = CHANNEL_LEASE_TTL,
        post_timeout_s: float = POST_TIMEOUT_S,
        briefs: Briefs | None = None,
    ) -> None:
        self.client = client
        self.briefs = briefs  # weekly briefs ride on the same channel leases and pacing (bot/slack/briefs.py)
        self.store = store
        self.owner = owner or replica_id()
        self.lease_ttl = lease_ttl
        self.post_timeout_s = post_timeout_s
        self.min_interval = min_interval
        self.clock = clock
        self.flood_limit = flood_limit
        self.flood_window = flood_window
        self.digest_hour = digest_hour
        self.admins = list(admins)
        self.pause: DeliveryPause | None = None  # all delivery paused, and why (/healthz and App Home show it)
        self._scopes_checked: datetime | None = None  # last auth.test; None: not yet in this process
        self._last_post: dict[str, float] = {}
        # Slack's 429 does not say whether the channel or the workspace hit its limit: after one, every
        # channel waits for Retry-After.
        self._quiet_until: datetime | None = None
        self._lock = asyncio.Lock()
        self._again = False  # new alerts were queued while a run was going: it goes round once more

    # ------------------------------------------------------------ a run

    async def idle(self, wait_s: float) -> bool:
        """Wait until no delivery run is in flight (False if one still runs after `wait_s` seconds)."""
        try:
            async with asyncio.timeout(wait_s), self._lock:
                return True
        except TimeoutError:
            return False

    def poke(self) -> None:
        """New alerts were queued: a run in progress delivers them before it ends."""
        self._again = self._lock.locked()

    async def deliver_due(self) -> DeliveryReport:
        """Deliver everything due. One run at a time per process; a run poked meanwhile goes round again."""
        report = DeliveryReport()
        async with self._lock:
            while True:
                self._again = False
                await self._deliver_round(report)
                if not self._again or self.pause is not None:
                    return report

    async def _paused(self) -> bool:
        """Whether all delivery is paused now. The first run checks the token's scopes; a scope pause
        asks again (auth.test, at most every SCOPE_RECHECK) and lifts when Slack shows them granted."""
        now = self.clock()
        if self._scopes_checked is None:
            self._scopes_checked = now
            await self._check_token(None)
        pause = self.pause
        if pause is None:
            return False
        if pause.until is None and now - self._scopes_checked >= SCOPE_RECHECK:
            self._scopes_checked = now
            await self._check_token(pause)
        elif pause.until is not None and now >= pause.until:
            self.pause = None  # a refused token: try again
        return self.pause is not None

    async def _check_token(self, pause: DeliveryPause | None) -> None:
        """auth.test: pause when Slack refuses the token or it lacks a scope; lift a scope pause once the
        scopes are granted. A failed call changes nothing (the posts themselves will tell)."""
        needed = pause.needed if pause is not None else (POSTING_SCOPE,)
        try:
            async with asyncio.timeout(self.post_timeout_s):
                response = await self.client.auth_test()
        except SlackApiError as exc:
            found = pause_for(str(exc.response.get("error", "")), exc.response.data or {}, self.clock())
            if found is not None and found.kind == "token":
                self._pause_all(found)
            return
        except (ClientError, TimeoutError, OSError) as exc:
            log.warning("auth.test failed (%s): the token's scopes were not checked", type(exc).__name__)
            return
        granted = scopes_granted(response.headers, needed)
        if pause is not None and granted:
            log.warning("the bot token now has %s: delivery resumes", ", ".join(needed))
            self.pause = None
        elif pause is None and granted is False:
            provided = str(response.headers.get("x-oauth-scopes", ""))
            self._pause_all(pause_for("missing_scope", {"needed": POSTING_SCOPE, "provided": provided}, self.clock()))

    def _pause_all(self, pause: DeliveryPause | None) -> None:
        if pause is not None and self.pause is None:
            log.error("all delivery paused: %s", pause.reason)
            self.pause = pause

    async def _deliver_round(self, report: DeliveryReport) -> None:
        if await self._paused():
            return
        now = self.clock()
        # Channels at once: each is paced at Slack's ~1 message/s, so one after another would make
        # the fifth channel wait for the first four's backlog.
        slots = asyncio.Semaphore(CHANNEL_CONCURRENCY)

        async def one(channel: str) -> None:
            async with slots:
                if self.pause is None:  # else the token was refused meanwhile: stop
                    await self._deliver_leased(channel, report)

        channels = set(await self.store.due_channels(now))
        if self.briefs is not None:
            await self.briefs.enqueue_due(now)
            channels |= {brief.channel for brief in await self.store.due_briefs(now)}
        outcomes = await asyncio.gather(*(one(channel) for channel in sorted(channels)), return_exceptions=True)
        for outcome in outcomes:
            # _Stop: the token was refused; everything stays queued until the pause lifts.
            if isinstance(outcome, BaseException) and not isinstance(outcome, _Stop):
                raise outcome

    async def _deliver_leased(self, channel: str, report: DeliveryReport) -> None:
        """Deliver one channel's due alerts and updates, if no other replica is delivering to it."""
        name = lease_name(channel)
        now = self.clock()
        if not await self.store.claim_lease(name, self.owner, now=now, until=now + self.lease_ttl):
            return  # another replica has it; what is left when it is done will still be due for us
        try:
            # Read after claiming: the previous holder may have posted some of them just before.
            due = await self.store.due_alerts(self.clock(), channel=channel)
            await self._deliver_channel(channel, due, report)
            await self._deliver_updates(report, channel)
            if self.briefs is not None:
                # Await first, then add: `report.briefs += await ...` would read the count before awaiting and
                # lose the other channels' briefs posted meanwhile.
                posted = await self.briefs.deliver(channel, self.clock(), lambda: self._before_brief(channel))
                report.briefs += posted
        except _LeaseLost:
            log.warning("lost the delivery lease of %s mid-run: leaving the rest to its new holder", channel)
        finally:
            await self.store.release_lease(name, self.owner)

    async def _hold(self, channel: str) -> None:
        """Renew this channel's lease before a post; stop if it lapsed, or if the token was refused
        while another channel was posting."""
        if self.pause is not None:
            raise _Stop(self.pause.error)
        if self._quiet_until is not None:
            quiet = (self._quiet_until - self.clock()).total_seconds()
            if quiet > MAX_QUIET_WAIT_S:
                raise _ChannelBroken(channel)  # rate-limited: what is left stays due for a later run
            if quiet > 0:
                await asyncio.sleep(quiet)
        now = self.clock()
        if not await self.store.renew_lease(lease_name(channel), self.owner, now=now, until=now + self.lease_ttl):
            raise _LeaseLost(channel)

    async def _before_brief(self, channel: str) -> None:
        """A brief is a post like any other: under the lease, paced."""
        await self._hold(channel)
        await self._pace(channel)
        self._last_post[channel] = time.monotonic()

    async def _deliver_channel(self, channel: str, due: list[AlertRow], report: DeliveryReport) -> None:
        now = self.clock()
        daily_due, immediate = [], []
        for alert in due:
            if alert.mode == "daily":
                slot = next_digest_time(alert.created_at, self.digest_hour)
                if now < slot:
                    await self.store.defer_alert(alert.id, slot)
                    report.deferred += 1
                    continue
                daily_due.append(alert)
            else:
                immediate.append(alert)
        try:
            await self._deliver_digests(channel, daily_due, report, daily=True)
            posted = await self.store.count_posted_alone(channel, now - self.flood_window)
            alone, batched = split_for_flood(immediate, posted, self.flood_limit)
            for alert in alone:
                await self._deliver_one(alert, report)
            await self._deliver_digests(channel, batched, report, daily=False)
        except _ChannelBroken:
            pass  # the rest of this channel's alerts were failed with it

    async def _deliver_digests(self, channel: str, alerts: list[AlertRow], report: DeliveryReport, *, daily: bool) -> None:
        """As many digest messages as the alerts need: each holds what fits (digest_fit), the rest go next."""
        while alerts:
            left = await self._deliver_digest(channel, alerts[:DIGEST_STORIES], report, daily=daily)
            alerts = left + alerts[DIGEST_STORIES:]

    # ------------------------------------------------------------ posting

    async def _pace(self, channel: str) -> None:
        last = self._last_post.get(channel)
        if last is not None:
            wait = self.min_interval - (time.monotonic() - last)
            if wait > 0:
                await asyncio.sleep(wait)

    async def _post(self, channel: str, **kwargs: Any) -> str:
        """chat.postMessage, paced per channel and bounded in time; returns the message ts. Raises
        SlackApiError and network errors (TimeoutError included) to the caller, which knows what the
        message was for."""
        await self._pace(channel)
        try:
            async with asyncio.timeout(self.post_timeout_s):
                response = await self.client.chat_postMessage(
                    channel=channel, unfurl_links=False, unfurl_media=False, **kwargs
                )
        finally:
            self._last_post[channel] = time.monotonic()
        log_warnings(response.data, f"chat.postMessage to {channel}")
        return str(response["ts"])

    async def _deliver_one(self, alert: AlertRow, report: DeliveryReport) -> None:
        cluster = await self.store.get_cluster(alert.cluster_id)
        if cluster is None:
            await self.store.mark_failed(alert.id, "cluster vanished")
            report.failed += 1
            return
        # An earlier attempt may have posted and crashed before recording: look before posting again.
        if alert.attempts > 0:
            try:
                if await self._recover(alert.channel, [alert], report):
                    return
            except _LookupFailed as failed:
                await self._lookup_failed([alert], failed, report)
                return
        await self._hold(alert.channel)
        await self.store.begin_attempt(alert.id)
        text, blocks, metadata = alert_message(cluster, alert.id)
        try:
            ts = await self._post(alert.channel, text=text, blocks=blocks, metadata=metadata)
        except (SlackApiError, ClientError, TimeoutError, OSError) as exc:
            await self._failed_attempt([alert], exc, report)
            return
        await self.store.mark_posted(alert.id, ts, now=self.clock())
        report.posted += 1

    async def _deliver_digest(
        self, channel: str, alerts: list[AlertRow], report: DeliveryReport, *, daily: bool
    ) -> list[AlertRow]:
        """Post one digest of (the first of) `alerts`; returns those it had no room for."""
        if any(a.attempts > 0 for a in alerts):
            try:
                recovered = await self._recover(channel, alerts, report)
            except _LookupFailed as failed:
                await self._lookup_failed(alerts, failed, report)
                return []
            alerts = [a for a in alerts if a.id not in recovered]
        entries = []
        for alert in alerts:
            cluster = await self.store.get_cluster(alert.cluster_id)
            if cluster is None:
                await self.store.mark_failed(alert.id, "cluster vanished")
                report.failed += 1
            else:
                entries.append(DigestEntry(alert.id, cluster))
        if not entries:
            return []
        # Slack refuses a message whose text is too long in total: what does not fit goes in the next one.
        entries, rest = entries[:digest_fit(entries)], {e.alert_id for e in entries[digest_fit(entries):]}
        left = [a for a in alerts if a.id in rest]
        alerts = [a for a in alerts if a.id not in rest]
        await self._hold(channel)
        for alert in alerts:
            await self.store.begin_attempt(alert.id)
        text, blocks, metadata = digest_message(entries, daily=daily, now=self.clock())
        try:
            ts = await self._post(channel, text=text, blocks=blocks, metadata=metadata)
        except (SlackApiError, ClientError, TimeoutError, OSError) as exc:
            await self._failed_attempt(alerts, exc, report)
            return []
        await self.store.mark_many_posted([e.alert_id for e in entries], ts, now=self.clock(), digest=True)
        report.posted += len(entries)
        report.digests += 1
        return left

    # ------------------------------------------------------------ story updates

    async def _deliver_updates(self, report: DeliveryReport, channel: str) -> None:
        by_alert: dict[int, list[UpdateRow]] = {}
        for update in await self.store.due_updates(self.clock(), channel=channel):
            by_alert.setdefault(update.alert_id, []).append(update)
        for alert_id, updates in by_alert.items():
            alert = await self.store.get_alert(alert_id)
            if alert is None or alert.ts is None or alert.state != "posted":
                await self.store.set_updates([u.id for u in updates], state="failed", last_error="alert not posted")
                continue
            try:
                await self._deliver_update(alert, updates, report)
            except _ChannelBroken:
                continue

    async def _deliver_update(self, alert: AlertRow, updates: list[UpdateRow], report: DeliveryReport) -> None:
        ids = [u.id for u in updates]
        cluster = await self.store.get_cluster(alert.cluster_id)
        if cluster is None or alert.ts is None:
            await self.store.set_updates(ids, state="failed", last_error="cluster vanished")
            return
        new_item_ids = {u.item_id for u in updates}
        new_items = [m for m in cluster.members if m.id in new_item_ids]
        before = cluster.model_copy(
            update={"members": tuple(m for m in cluster.members if m.id not in new_item_ids)}
        )
        old_status = story_status(before)
        await self._hold(alert.channel)
        await self.store.set_updates(ids, bump=True)
        try:
            # The edit is idempotent (it renders the whole story as it is now): redo it on every attempt.
            await self._edit_original(alert, cluster, revision=max(ids))
            note_ts = None
            if any(u.attempts > 0 for u in updates):
                note_ts = await self._find_note(alert, ids)
            if note_ts is None:
                text, blocks, metadata = update_note(cluster, new_items, old_status, ids)
                # A status change (announced → in effect, suspended…) is news for the whole channel, not
                # only for those following the thread: broadcast it.
                broadcast = story_status(cluster) != old_status
                note_ts = await self._post(alert.channel, text=text, blocks=blocks, metadata=metadata,
                                           thread_ts=alert.ts, reply_broadcast=broadcast)
        except (SlackApiError, ClientError, TimeoutError, OSError) as exc:
            await self._failed_update(alert, updates, exc, report)
            return
        await self.store.set_updates(ids, state="posted", ts=note_ts, posted_at=self.clock(), last_error=None)
        report.updated += 1

    async def _edit_original(self, alert: AlertRow, cluster: ClusterView, *, revision: int) -> None:
        """Render the message as the story is now. `revision` (an update id: the same on every retry of
        one edit) gives the edit new block_ids, as Slack asks of each iteration of a message."""
        assert alert.ts is not None
        if alert.digest:
            siblings = await self.store.alerts_for_message(alert.channel, alert.ts)
            entries = []
            for sibling in siblings:
                view = cluster if sibling.cluster_id == cluster.id else await self.store.get_cluster(sibling.cluster_id)
                if view is not None:
                    entries.append(DigestEntry(sibling.id, view))
            daily = all(s.mode == "daily" for s in siblings)
            posted_at = alert.posted_at or self.clock()
            text, blocks, metadata = digest_message(entries, daily=daily, now=posted_at, revision=revision)
        else:
            text, blocks, metadata = alert_message(cluster, alert.id, revision=revision)
        async with asyncio.timeout(self.post_timeout_s):
            response = await self.client.chat_update(
                channel=alert.channel, ts=alert.ts, text=text, blocks=blocks, metadata=metadata
            )
        log_warnings(response.data, f"chat.update of {alert.channel}/{alert.ts}")

    async def _find_note(self, alert: AlertRow, update_ids: Sequence[int]) -> str | None:
        """The threaded note of an earlier attempt that posted and then crashed, if any. A failed look
        propagates (the update is retried later): posting the note blind could double it."""
        wanted = set(update_ids)
        # The note was posted after the alert's last edit began: older replies need not be read.
        oldest = _slack_ts(self.clock() - timedelta(days=1))
        async for message in self._messages("conversations_replies", alert.channel, ts=str(alert.ts), oldest=oldest):
            meta: dict[str, Any] = message.get("metadata") or {}
            ids = payload_ids((meta.get("event_payload") or {}).get("update_ids"))
            if meta.get("event_type") == UPDATE_EVENT_TYPE and wanted & ids:
                return str(message["ts"])
        return None

    async def _messages(self, method: str, channel: str, **args: Any) -> AsyncIterator[dict[str, Any]]:
        """A conversation's messages with their metadata, HISTORY_PAGE at a time, at most HISTORY_PAGES
        pages. Raises what Slack raises (a rate-limited page included): the caller must not post blind."""
        cursor = None
        for _ in range(HISTORY_PAGES):
            async with asyncio.timeout(self.post_timeout_s):
                response = await getattr(self.client, method)(
                    channel=channel, include_all_metadata=True, limit=HISTORY_PAGE, cursor=cursor, **args
                )
            for message in response.get("messages", []):
                yield message
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return

    # ------------------------------------------------------------ failures

    async def _failed_attempt(self, alerts: Sequence[AlertRow], exc: Exception, report: DeliveryReport) -> None:
        if not isinstance(exc, SlackApiError):
            for alert in alerts:
                await self._retry(alert, f"network error: {type(exc).__name__}", backoff(alert.attempts + 1), report)
            return
        error = str(exc.response.get("error", "unknown_error"))
        channel = alerts[0].channel
        if _is_rate_limit(exc):
            retry_after = self._slow_down(exc)
            for alert in alerts:
                await self._retry(alert, "ratelimited", retry_after, report)
            # Slack asked this channel (or the app) to slow down: nothing more for it in this run.
            raise _ChannelBroken(channel)
        pause = pause_for(error, exc.response.data if isinstance(exc.response.data, dict) else {}, self.clock())
        if pause is not None:
            self._pause_all(pause)
            for alert in alerts:  # due again as soon as the pause lifts
                await self.store.mark_retry(alert.id, error, retry_at=pause.until or self.clock())
            report.retried += len(alerts)
            raise _Stop(error)
        if error in CHANNEL_ERRORS:
            await self._channel_broken(channel, error, report)
            raise _ChannelBroken(channel)
        for alert in alerts:
            if error in MESSAGE_ERRORS or alert.attempts + 1 >= MAX_ATTEMPTS:
                log.warning("alert %s to %s failed for good: %s", alert.id, alert.channel, error)
                await self.store.mark_failed(alert.id, error)
                report.failed += 1
            else:
                await self._retry(alert, error, backoff(alert.attempts + 1), report)

    async def _failed_update(
        self, alert: AlertRow, updates: Sequence[UpdateRow], exc: Exception, report: DeliveryReport
    ) -> None:
        ids = [u.id for u in updates]
        attempts = max(u.attempts for u in updates) + 1
        error = str(exc.response.get("error", "unknown_error")) if isinstance(exc, SlackApiError) else (
            f"network error: {type(exc).__name__}"
        )
        if isinstance(exc, SlackApiError) and _is_rate_limit(exc):
            retry_at = self.clock() + timedelta(seconds=self._slow_down(exc))
            await self.store.set_updates(ids, last_error="ratelimited", next_attempt_at=retry_at)
            report.retried += 1
            raise _ChannelBroken(alert.channel)
        pause = pause_for(error, exc.response.data, self.clock()) if isinstance(exc, SlackApiError) and isinstance(
            exc.response.data, dict) else None
        if pause is not None:
            self._pause_all(pause)
            await self.store.set_updates(ids, last_error=error, next_attempt_at=pause.until or self.clock())
            raise _Stop(error)
        if error in CHANNEL_ERRORS:
            await self._channel_broken(alert.channel, error, report)
            raise _ChannelBroken(alert.channel)
        if error in MESSAGE_ERRORS or error in ("message_not_found", "cant_update_message") or attempts >= MAX_ATTEMPTS:
            await self.store.set_updates(ids, state="failed", last_error=error)
            report.failed += 1
            return
        retry_at = self.clock() + timedelta(seconds=backoff(attempts))
        await self.store.set_updates(ids, last_error=error, next_attempt_at=retry_at)
        report.retried += 1

    def _slow_down(self, exc: SlackApiError) -> float:
        """Every channel waits Retry-After (see _quiet_until); returns it."""
        retry_after = _retry_after(exc)
        until = self.clock() + timedelta(seconds=retry_after)
        self._quiet_until = until if self._quiet_until is None else max(self._quiet_until, until)
        return retry_after

    async def _retry(self, alert: AlertRow, error: str, delay: float, report: DeliveryReport) -> None:
        log.info("alert %s to %s will be retried in %.0f s: %s", alert.id, alert.channel, delay, error)
        await self.store.mark_retry(alert.id, error, retry_at=self.clock() + timedelta(seconds=delay))
        report.retried += 1

    async def _channel_broken(self, channel: str, error: str, report: DeliveryReport) -> None:
        """Stop posting to a channel Slack refuses for good, and tell its owners, once."""
        now = self.clock()
        log.warning("channel %s refused for good (%s): its subscriptions are paused", channel, error)
        await self.store.mark_channel_broken(channel, error, now=now)
        report.failed += await self.store.fail_pending(channel, error)
        if not await self.store.claim_broken_notice(channel, now=now):
            return
        subs = await self.store.subscriptions(channel)
        owners = list(dict.fromkeys(s.created_by for s in subs)) or self.admins
        if not owners:
            log.warning("nobody to tell that %s is broken: no subscription owner and no POLICYBOT_ADMINS", channel)
        notice = broken_channel_notice(channel, error, subs)
        for owner in owners:
            try:
                # A user id as channel: Slack delivers it in the bot's direct-message tab with that user.
                response = await self.client.chat_postMessage(channel=owner, text=notice)
                log_warnings(response.data, f"the broken-channel notice to {owner}")
            except (SlackApiError, ClientError, TimeoutError, OSError) as exc:
                log.warning("could not tell %s that %s is broken: %s", owner, channel, exc)

    # ------------------------------------------------------------ crash recovery

    async def _lookup_failed(self, alerts: Sequence[AlertRow], failed: _LookupFailed, report: DeliveryReport) -> None:
        """The look for an earlier attempt's message failed (often a 429: conversations.history is
        rate-limited hard). Posting now could double the alert, so it waits like a failed post: counted
        as an attempt, retried after Retry-After or a backoff, or given up after MAX_ATTEMPTS."""
        log.info("could not check %s for alerts %s already posted (%s): retrying later",
                 alerts[0].channel, [a.id for a in alerts], failed)
        for alert in alerts:
            await self.store.begin_attempt(alert.id)
        await self._failed_attempt(alerts, failed.cause, report)

    async def _recover(self, channel: str, alerts: Sequence[AlertRow], report: DeliveryReport) -> set[int]:
        """Alerts of `alerts` that an earlier attempt already posted (found by metadata); recorded now.
        Raises _LookupFailed when Slack could not be asked."""
        wanted = {a.id for a in alerts}
        found: set[int] = set()
        # Only messages since the alerts were queued can be theirs: a short look, within Slack's 15 a call.
        oldest = _slack_ts(min(a.created_at for a in alerts) - RECOVERY_SLACK)
        try:
            async for message in self._messages("conversations_history", channel, oldest=oldest):
                meta: dict[str, Any] = message.get("metadata") or {}
                if meta.get("event_type") != ALERT_EVENT_TYPE:
                    continue
                payload = meta.get("event_payload") or {}
                ids = payload_ids(payload.get("alert_ids")) | payload_ids(str(payload.get("alert_id", "")))
                hit = (ids & wanted) - found
                if hit:
                    await self.store.mark_many_posted(sorted(hit), str(message["ts"]), now=self.clock(),
                                                      digest="alert_ids" in payload)
                    found |= hit
                    report.recovered += len(hit)
                if found == wanted:
                    break
        except (SlackApiError, ClientError, TimeoutError, OSError) as exc:
            raise _LookupFailed(exc) from exc
        return found


def log_warnings(response: object, what: str) -> None:
    """Slack may accept a call and still say something was wrong (`warning`, e.g. metadata it dropped, which
    crash recovery needs): never let that pass silently."""
    if not isinstance(response, dict):
        return
    warnings = [str(response["warning"])] if response.get("warning") else []
    warnings += [str(w) for w in (response.get("response_metadata") or {}).get("warnings", []) if str(w) not in warnings]
    if warnings:
        log.warning("Slack accepted %s with a warning: %s", what, ", ".join(warnings))


def _slack_ts(when: datetime) -> str:
    return f"{when.timestamp():.6f}"


def _is_rate_limit(exc: SlackApiError) -> bool:
    # Slack answers HTTP 429; some methods answer HTTP 200 with error "ratelimited" and a Retry-After.
    return bool(exc.response.status_code == 429 or exc.response.get("error") == "ratelimited")


def _retry_after(exc: SlackApiError) -> float:
    try:
        return max(1.0, float(exc.response.headers.get("Retry-After", BASE_BACKOFF_S)))
    except (TypeError, ValueError):
        return BASE_BACKOFF_S
