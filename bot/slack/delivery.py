"""Outbox delivery: post due alerts with chat.postMessage, paced per channel, retried, never doubled."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from aiohttp import ClientError
from pydantic import BaseModel
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.blocks import ALERT_EVENT_TYPE, alert_message
from bot.store import AlertRow, Store
from bot.store.db import now_utc

log = logging.getLogger(__name__)

# Slack answers these for a channel we can never post to: retrying would only spam the API.
PERMANENT_ERRORS = frozenset(
    {"channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "account_inactive",
     "token_revoked", "missing_scope", "restricted_action", "invalid_blocks", "msg_too_long"}
)
MIN_INTERVAL_PER_CHANNEL_S = 1.0  # chat.postMessage: about one message per second per channel
BASE_BACKOFF_S = 5.0
MAX_BACKOFF_S = 3600.0
MAX_ATTEMPTS = 12


class DeliveryReport(BaseModel):
    posted: int = 0
    recovered: int = 0  # found already posted after a crash, recorded without posting again
    retried: int = 0
    failed: int = 0


def backoff(attempts: int) -> float:
    return float(min(MAX_BACKOFF_S, BASE_BACKOFF_S * 2 ** max(0, attempts - 1)))


class Deliverer:
    def __init__(
        self,
        client: AsyncWebClient,
        store: Store,
        *,
        min_interval: float = MIN_INTERVAL_PER_CHANNEL_S,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.client = client
        self.store = store
        self.min_interval = min_interval
        self.clock = clock
        self._last_post: dict[str, float] = {}
        self._lock = asyncio.Lock()

    async def deliver_due(self) -> DeliveryReport:
        """Post every due alert once. One delivery run at a time per process."""
        report = DeliveryReport()
        async with self._lock:
            for alert in await self.store.due_alerts(self.clock()):
                await self._deliver_one(alert, report)
        return report

    async def _pace(self, channel: str) -> None:
        last = self._last_post.get(channel)
        if last is not None:
            wait = self.min_interval - (time.monotonic() - last)
            if wait > 0:
                await asyncio.sleep(wait)

    async def _deliver_one(self, alert: AlertRow, report: DeliveryReport) -> None:
        cluster = await self.store.get_cluster(alert.cluster_id)
        if cluster is None:
            await self.store.mark_failed(alert.id, "cluster vanished")
            report.failed += 1
            return
        if alert.attempts > 0:
            # An earlier attempt may have posted and crashed before recording: look before posting again.
            ts = await self._find_posted(alert)
            if ts is not None:
                await self.store.mark_posted(alert.id, ts, now=self.clock())
                report.recovered += 1
                return
        await self.store.begin_attempt(alert.id)
        text, blocks, metadata = alert_message(cluster, alert.id)
        await self._pace(alert.channel)
        try:
            response = await self.client.chat_postMessage(
                channel=alert.channel, text=text, blocks=blocks, metadata=metadata,
                unfurl_links=False, unfurl_media=False,
            )
        except SlackApiError as exc:
            await self._handle_api_error(alert, exc, report)
            return
        except (ClientError, TimeoutError, OSError) as exc:
            await self._retry(alert, f"network error: {type(exc).__name__}", backoff(alert.attempts + 1), report)
            return
        finally:
            self._last_post[alert.channel] = time.monotonic()
        await self.store.mark_posted(alert.id, str(response["ts"]), now=self.clock())
        report.posted += 1

    async def _handle_api_error(self, alert: AlertRow, exc: SlackApiError, report: DeliveryReport) -> None:
        error = str(exc.response.get("error", "unknown_error"))
        if exc.response.status_code == 429:
            retry_after = float(exc.response.headers.get("Retry-After", BASE_BACKOFF_S))
            await self._retry(alert, "ratelimited", retry_after, report)
        elif error in PERMANENT_ERRORS or alert.attempts + 1 >= MAX_ATTEMPTS:
            log.warning("alert %s to %s failed for good: %s", alert.id, alert.channel, error)
            await self.store.mark_failed(alert.id, error)
            report.failed += 1
        else:
            await self._retry(alert, error, backoff(alert.attempts + 1), report)

    async def _retry(self, alert: AlertRow, error: str, delay: float, report: DeliveryReport) -> None:
        log.info("alert %s to %s will be retried in %.0f s: %s", alert.id, alert.channel, delay, error)
        await self.store.mark_retry(alert.id, error, retry_at=self.clock() + timedelta(seconds=delay))
        report.retried += 1

    async def _find_posted(self, alert: AlertRow) -> str | None:
        """The ts of a message in the channel that carries this alert's id in its metadata, if any."""
        try:
            response = await self.client.conversations_history(
                channel=alert.channel, include_all_metadata=True, limit=100
            )
        except SlackApiError:
            return None
        messages: list[dict[str, Any]] = response.get("messages", [])
        for message in messages:
            meta: dict[str, Any] = message.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if meta.get("event_type") == ALERT_EVENT_TYPE and payload.get("alert_id") == alert.id:
                return str(message["ts"])
        return None
