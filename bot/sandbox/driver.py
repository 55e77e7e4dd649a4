"""Act as a Slack user against the bot, over Socket Mode or signed HTTP, through the stand-in.

`SlackDriver` builds the payload Slack would send (slash command, event, button click), delivers it by
the chosen transport and returns how the bot acknowledged it and how long that took. What the bot does
after the ack (respond(), chat.postMessage, ...) lands in the `SlackStandIn` and is asserted there.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any, Literal

import httpx
from slack_sdk.signature import SignatureVerifier

from bot.sandbox import payloads
from bot.sandbox.slack import EnvelopeType, JsonDict, SlackStandIn

logger = logging.getLogger(__name__)

Mode = Literal["socket", "http"]

# Slack shows the user an error when the app has not acknowledged within 3 seconds.
SLACK_ACK_DEADLINE = 3.0
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
JSON_CONTENT_TYPE = "application/json"


@dataclass(frozen=True)
class DeliveryResult:
    """How the bot acknowledged one delivery."""

    mode: Mode
    status: int  # HTTP status; 200 for a Socket Mode ack
    body: str  # raw HTTP body, or the JSON of the Socket Mode ack payload ("" when none)
    ack_payload: JsonDict | None  # Socket Mode ack "payload", or the HTTP body parsed as JSON
    elapsed: float  # seconds from sending to the ack
    event_id: str | None = None

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


@dataclass(frozen=True)
class CommandResult(DeliveryResult):
    """A slash command's ack, plus the response URL it was given (see SlackStandIn.responses_to)."""

    response_url: str = ""

    @property
    def response_id(self) -> str:
        return self.response_url.rsplit("/", 1)[-1]


class SlackDriver:
    """Deliver commands, events and actions to the bot the way Slack does."""

    def __init__(
        self,
        standin: SlackStandIn,
        *,
        mode: Mode,
        events_url: str | None = None,
        signing_secret: str | None = None,
        ack_timeout: float = SLACK_ACK_DEADLINE,
    ) -> None:
        """HTTP mode needs the bot's request URL (e.g. http://127.0.0.1:PORT/slack/events) and the signing
        secret; Socket Mode needs a client connected to `standin`. Slower acks raise TimeoutError."""
        if mode == "http" and (not events_url or not signing_secret):
            raise ValueError("HTTP mode needs events_url and signing_secret")
        self.standin = standin
        self.mode: Mode = mode
        self.events_url = events_url
        self.signing_secret = signing_secret
        self.ack_timeout = ack_timeout
        self._http: httpx.AsyncClient | None = None

    async def __aenter__(self) -> SlackDriver:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    # ------------------------------------------------------------------ what a user does

    async def command(
        self,
        text: str,
        *,
        command: str = "/policy",
        channel_id: str = "C0ALERTS",
        user_id: str = "U0ALICE",
    ) -> CommandResult:
        """Type `/policy <text>` in a channel. The response URL is fresh and tied to that channel."""
        self.standin.join(channel_id, user_id)
        response_url = self.standin.new_response_url(channel_id=channel_id, user_id=user_id)
        form = payloads.slash_command(
            text,
            command=command,
            channel_id=channel_id,
            user_id=user_id,
            response_url=response_url,
            team_id=self.standin.team_id,
            api_app_id=self.standin.app_id,
        )
        if self.mode == "socket":
            result = await self._deliver_socket("slash_commands", dict(form))
        else:
            result = await self._deliver_http(urllib.parse.urlencode(form).encode(), FORM_CONTENT_TYPE)
        return CommandResult(**vars(result), response_url=response_url)

    async def event(
        self,
        event: JsonDict,
        *,
        event_id: str | None = None,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
    ) -> DeliveryResult:
        """Deliver `event` in an event_callback envelope; `retry_num` marks it as Slack's n-th redelivery."""
        envelope = payloads.event_callback(
            event,
            event_id=event_id,
            team_id=self.standin.team_id,
            api_app_id=self.standin.app_id,
            bot_user_id=self.standin.bot_user_id,
        )
        if self.mode == "socket":
            result = await self._deliver_socket(
                "events_api",
                envelope,
                retry_attempt=retry_num or 0,
                retry_reason=retry_reason if retry_num else "",
            )
        else:
            headers = {}
            if retry_num is not None:
                headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason}
            result = await self._deliver_http(json.dumps(envelope).encode(), JSON_CONTENT_TYPE, headers)
        return dataclasses.replace(result, event_id=envelope["event_id"])

    async def action(self, payload: JsonDict) -> DeliveryResult:
        """Deliver an interactive payload (e.g. payloads.block_action(...))."""
        if self.mode == "socket":
            return await self._deliver_socket("interactive", payload)
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        return await self._deliver_http(body, FORM_CONTENT_TYPE)

    async def click(
        self,
        blocks: list[JsonDict],
        action_id: str,
        *,
        channel: str,
        user: str = "U0ALICE",
        message_ts: str | None = None,
        option: str | None = None,
        index: int = 0,
    ) -> tuple[DeliveryResult, str]:
        """Click the `index`-th element with `action_id` found in `blocks` (buttons in actions blocks and
        section accessories; for an overflow menu, the option whose value starts with `option`).

        `message_ts` names the channel message the blocks belong to; without it the click is on an
        ephemeral message (a /policy answer). Returns the ack and the click's fresh response URL."""
        found = [e for e in _elements(blocks) if e.get("action_id") == action_id]
        if len(found) <= index:
            raise LookupError(f"no element #{index} with action_id {action_id!r} in these blocks")
        element = found[index]
        value = str(element.get("value", ""))
        kind = str(element.get("type", "button"))
        if kind == "overflow":
            values = [str(o.get("value", "")) for o in element.get("options", [])]
            value = next((v for v in values if option is None or v.startswith(option)), "")
        ephemeral = message_ts is None
        response_url = self.standin.new_response_url(channel_id=channel, user_id=user, message_ts=message_ts)
        payload = payloads.block_action(
            action_id, value, channel=channel, user=user, message_ts=message_ts or payloads.new_ts(),
            response_url=response_url, ephemeral=ephemeral, element=kind,
            block_id=str(element.get("_block_id", "actions")),
        )
        return await self.action(payload), response_url

    async def open_home(self, user: str = "U0ALICE", *, event_id: str | None = None) -> DeliveryResult:
        """Open the app's Home tab (an `app_home_opened` event)."""
        return await self.event(payloads.app_home_opened_event(user), event_id=event_id)

    async def message(
        self, text: str, *, channel: str, user: str = "U0ALICE", thread_ts: str | None = None
    ) -> DeliveryResult:
        """Post a message as a person: stored in the stand-in (so history/replies see it), then delivered."""
        stored = self.standin.add_message(channel, text, user=user, thread_ts=thread_ts)
        event = payloads.message_event(
            text,
            channel=channel,
            user=user,
            ts=stored["ts"],
            thread_ts=thread_ts,
            parent_user_id=stored.get("parent_user_id"),
            team=self.standin.team_id,
        )
        return await self.event(event)

    async def mention(
        self,
        question: str,
        *,
        channel: str,
        user: str = "U0ALICE",
        thread_ts: str | None = None,
        also_message_event: bool = True,
    ) -> DeliveryResult:
        """Write "<@bot> question". Like Slack with both subscriptions, a `message` event for the same
        message precedes the `app_mention` (so the bot must not answer twice); returns the mention's ack."""
        text = f"<@{self.standin.bot_user_id}> {question}"
        stored = self.standin.add_message(channel, text, user=user, thread_ts=thread_ts)
        if also_message_event:
            await self.event(
                payloads.message_event(
                    text,
                    channel=channel,
                    user=user,
                    ts=stored["ts"],
                    thread_ts=thread_ts,
                    parent_user_id=stored.get("parent_user_id"),
                    team=self.standin.team_id,
                )
            )
        mention = payloads.app_mention_event(
            text, channel=channel, user=user, ts=stored["ts"], thread_ts=thread_ts, team=self.standin.team_id
        )
        return await self.event(mention)

    # ------------------------------------------------------------------ transports

    async def _deliver_socket(
        self, type_: EnvelopeType, payload: JsonDict, *, retry_attempt: int = 0, retry_reason: str = ""
    ) -> DeliveryResult:
        started = time.perf_counter()
        ack = await self.standin.send_envelope(
            type_,
            payload,
            timeout=self.ack_timeout,
            retry_attempt=retry_attempt,
            retry_reason=retry_reason,
        )
        elapsed = time.perf_counter() - started
        ack_payload = ack.get("payload")
        ack_payload = ack_payload if isinstance(ack_payload, dict) else None
        body = json.dumps(ack_payload) if ack_payload is not None else ""
        return DeliveryResult("socket", 200, body, ack_payload, elapsed)

    async def _deliver_http(
        self, body: bytes, content_type: str, extra_headers: dict[str, str] | None = None
    ) -> DeliveryResult:
        if self.events_url is None:
            raise RuntimeError("this driver has no events_url: it was built for Socket Mode")
        started = time.perf_counter()
        status, text = await self.post_signed(
            self.events_url, body, content_type, extra_headers=extra_headers
        )
        elapsed = time.perf_counter() - started
        return DeliveryResult("http", status, text, _parse_json_object(text), elapsed)

    async def post_signed(
        self,
        url: str,
        body: bytes,
        content_type: str,
        *,
        secret: str | None = None,
        timestamp: str | None = None,
        signature: str | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        """POST `body` signed like Slack. Override `secret`, `timestamp` or `signature` to forge a bad
        request; pass "" for `timestamp` or `signature` to omit that header. Raises TimeoutError when
        no answer comes within the ack timeout."""
        timestamp = str(int(time.time())) if timestamp is None else timestamp
        if signature is None:
            signature = _sign(secret or self.signing_secret, timestamp, body)
        headers = {"Content-Type": content_type, **(extra_headers or {})}
        if timestamp:
            headers["X-Slack-Request-Timestamp"] = timestamp
        if signature:
            headers["X-Slack-Signature"] = signature
        try:
            response = await self._client().post(url, content=body, headers=headers)
        except httpx.TimeoutException:
            raise TimeoutError(f"no answer from {url} within {self.ack_timeout:.2f}s") from None
        return response.status_code, response.text

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=self.ack_timeout)
        return self._http


def _elements(blocks: list[JsonDict]) -> list[JsonDict]:
    """Interactive elements of blocks, each with its block's id under `_block_id`."""
    out: list[JsonDict] = []
    for block in blocks:
        block_id = block.get("block_id", "actions")
        candidates = list(block.get("elements", [])) if block.get("type") == "actions" else []
        if isinstance(block.get("accessory"), dict):
            candidates.append(block["accessory"])
        out += [{**e, "_block_id": block_id} for e in candidates if isinstance(e, dict) and e.get("action_id")]
    return out


def _sign(secret: str | None, timestamp: str, body: bytes) -> str:
    if not secret:
        raise ValueError("signing a request needs a signing secret")
    signature = SignatureVerifier(secret).generate_signature(timestamp=timestamp, body=body)
    if signature is None:  # only when timestamp is None, which the caller rules out
        raise ValueError("could not sign the request")
    return signature


def _parse_json_object(text: str) -> JsonDict | None:
    if not text.startswith("{"):
        return None
    try:
        parsed: Any = json.loads(text)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None
