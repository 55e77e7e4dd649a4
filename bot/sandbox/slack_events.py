"""The events Slack sends an app about its own messages, and their delivery over Socket Mode or HTTP.

Slack echoes every message the bot posts and every edit it makes back to the app as `message` events,
in each conversation the bot is a member of whose `message.*` event the app subscribes to (and whose
history scope it holds). An app's bot-token post arrives as a plain `message` carrying `user`, `bot_id`,
`app_id` and `bot_profile` (no subtype: `bot_message` is for integrations without a bot user; replies sent
to the channel too keep `thread_broadcast`, files shared keep `file_share`); a chat.update arrives as
`message` with subtype `message_changed`, `hidden: true`, the new message under `message` and the old one
under `previous_message` (docs.slack.dev/reference/events/message, .../message/message_changed).

`EventEchoes` delivers them the way the app is configured: to its Request URL, signed with the signing
secret, when one is set (HTTP mode), else to a connected Socket Mode client; with neither, Slack has
nowhere to send them and they are recorded as undelivered.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
from slack_sdk.signature import SignatureVerifier

from bot.sandbox import payloads

logger = logging.getLogger(__name__)

JsonDict = dict[str, Any]
Kind = Literal["public", "private", "im", "mpim"]
SendEnvelope = Callable[[JsonDict], Awaitable[JsonDict]]

# The `message.*` event an app subscribes to for each conversation type, the scope it needs, and the
# `channel_type` the event carries.
MESSAGE_EVENT: dict[Kind, str] = {
    "public": "message.channels", "private": "message.groups", "im": "message.im", "mpim": "message.mpim",
}
HISTORY_SCOPE: dict[Kind, str] = {
    "public": "channels:history", "private": "groups:history", "im": "im:history", "mpim": "mpim:history",
}
CHANNEL_TYPE: dict[Kind, str] = {"public": "channel", "private": "group", "im": "im", "mpim": "mpim"}
_HTTP_TIMEOUT_S = 3.0  # Slack gives a Request URL 3 seconds


@dataclass(frozen=True)
class Echo:
    """One echo as delivered: its envelope body, how (socket/http/undelivered) and the app's answer."""

    body: JsonDict
    via: Literal["socket", "http", "undelivered"]
    status: int  # HTTP status (200 for a Socket Mode ack, 0 when undelivered or on no answer)

    @property
    def event(self) -> JsonDict:
        event: JsonDict = self.body["event"]
        return event


def posted_event(message: JsonDict, channel: str, kind: Kind, bot_name: str) -> JsonDict:
    """The `message` event of a message the bot posted (metadata is not part of message events)."""
    event = copy.deepcopy(message)
    event.pop("metadata", None)
    event.update(channel=channel, event_ts=message["ts"], channel_type=CHANNEL_TYPE[kind])
    if message.get("bot_id"):
        event["bot_profile"] = {
            "id": message["bot_id"], "app_id": message.get("app_id"), "name": bot_name, "deleted": False,
            "team_id": message.get("team"),
        }
    return event


def changed_event(before: JsonDict, after: JsonDict, channel: str, kind: Kind) -> JsonDict:
    """The `message_changed` event of an edit: `ts` is the edit's, `message.ts` the message's."""
    edited = (after.get("edited") or {}).get("ts") or payloads.new_ts()
    shown_after, shown_before = copy.deepcopy(after), copy.deepcopy(before)
    shown_after.pop("metadata", None)
    shown_before.pop("metadata", None)
    return {
        "type": "message", "subtype": "message_changed", "hidden": True, "channel": channel,
        "channel_type": CHANNEL_TYPE[kind], "ts": edited, "event_ts": edited,
        "message": shown_after, "previous_message": shown_before,
    }


@dataclass
class EventEchoes:
    """Deliver echo events in the background, in order, by the app's configured transport."""

    team_id: str
    app_id: str
    bot_user_id: str
    send_envelope: SendEnvelope
    socket_connected: Callable[[], bool]
    request_url: str | None = None
    signing_secret: str | None = None
    delivered: list[Echo] = field(default_factory=list)
    _queue: list[JsonDict] = field(default_factory=list)
    _worker: asyncio.Task[None] | None = None
    _http: aiohttp.ClientSession | None = None

    def push(self, event: JsonDict) -> None:
        """Queue one event (called from a Web API handler, which answers at once, as Slack does)."""
        self._queue.append(payloads.event_callback(
            event, team_id=self.team_id, api_app_id=self.app_id, bot_user_id=self.bot_user_id
        ))
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._run(), name="slack-echoes")

    @property
    def pending(self) -> int:
        return len(self._queue)

    async def _run(self) -> None:
        while self._queue:
            body = self._queue.pop(0)
            try:
                echo = await self._deliver(body)
            except Exception as exc:  # the app did not answer: Slack would retry; the stand-in records it
                logger.warning("echo event %s not acknowledged: %s", body["event_id"], exc)
                echo = Echo(body, "http" if self.request_url else "socket", 0)
            self.delivered.append(echo)

    async def _deliver(self, body: JsonDict) -> Echo:
        if self.request_url is not None:
            return Echo(body, "http", await self._post(body))
        if self.socket_connected():
            await self.send_envelope(body)
            return Echo(body, "socket", 200)
        return Echo(body, "undelivered", 0)

    async def _post(self, body: JsonDict) -> int:
        assert self.request_url is not None and self.signing_secret is not None
        raw = json.dumps(body).encode()
        timestamp = str(int(time.time()))
        signature = SignatureVerifier(self.signing_secret).generate_signature(timestamp=timestamp, body=raw)
        headers = {"Content-Type": "application/json", "X-Slack-Request-Timestamp": timestamp,
                   "X-Slack-Signature": str(signature)}
        if self._http is None:
            self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=_HTTP_TIMEOUT_S))
        async with self._http.post(self.request_url, data=raw, headers=headers) as response:
            await response.read()
            return response.status

    async def settle(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109 - a plain number reads best in tests
        """Wait until every queued echo was delivered (or found nowhere to go)."""
        if self._worker is not None:
            await asyncio.wait_for(asyncio.shield(self._worker), timeout)

    async def aclose(self) -> None:
        if self._worker is not None and not self._worker.done():
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):  # stopping: what it did is moot
                await self._worker
        self._queue.clear()
        if self._http is not None:
            await self._http.close()
            self._http = None
