"""A local stand-in for Slack that speaks Slack's real protocols over real sockets.

One aiohttp server on the caller's event loop serves:

* the Web API at ``/api/{method}`` (JSON POST, form POST or GET with a query, as slack_sdk sends them),
  with token checks, Slack's ordinary errors, message storage, threads, paging and fault injection;
* ``/response/{id}``: response URLs handed to slash commands and buttons (what ``respond()`` posts to);
* ``/upload/{file_id}``: the upload URL of the files upload v2 flow (bot/sandbox/slack_files.py);
* ``/socket``: Socket Mode over WebSocket (hello, envelopes, acks, disconnect/reconnect);

and, as Slack does, echoes the bot's own posts and edits back to it as `message` events, over Socket Mode
or to its Request URL (bot/sandbox/slack_events.py; `deliver_events_to()` for HTTP mode).

Tests, benchmarks and ``policybot demo`` point the bot's ``AsyncWebClient`` at :attr:`SlackStandIn.api_url`
and inspect :attr:`~SlackStandIn.calls`, :attr:`~SlackStandIn.messages` and :attr:`~SlackStandIn.responses`.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import copy
import json
import logging
import math
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from aiohttp import WSCloseCode, WSMsgType, web

from bot.cli.manifest import BOT_EVENTS, BOT_SCOPES
from bot.sandbox.payloads import new_ts
from bot.sandbox.slack_events import (
    HISTORY_SCOPE,
    MESSAGE_EVENT,
    Echo,
    EventEchoes,
    changed_event,
    posted_event,
)
from bot.sandbox.slack_files import FILES_SCOPE, FileError, FileUploads, UploadedFile

logger = logging.getLogger(__name__)

JsonDict = dict[str, Any]
EnvelopeType = Literal["slash_commands", "events_api", "interactive"]
_TokenKind = Literal["bot", "app"]
_MethodHandler = Callable[[JsonDict], JsonDict]
ChannelKind = Literal["public", "private", "im", "mpim"]
# The scope prefix of each conversation type: channels:history, groups:read, im:history, mpim:read...
_SCOPE_FAMILY: dict[ChannelKind, str] = {"public": "channels", "private": "groups", "im": "im", "mpim": "mpim"}
_USERS_CONVERSATIONS_TYPES: dict[str, ChannelKind] = {
    "public_channel": "public", "private_channel": "private", "im": "im", "mpim": "mpim",
}

# Slack's documented limits (see shared/slack-protocol.md).
MAX_MESSAGE_BLOCKS = 50
MAX_VIEW_BLOCKS = 100
MAX_TEXT_CHARS = 40_000
MAX_SECTION_TEXT_CHARS = 3_000
MAX_SECTION_FIELDS = 10
MAX_FIELD_TEXT_CHARS = 2_000
MAX_BLOCK_ID_CHARS = 255
MAX_HEADER_CHARS = 150
MAX_ACTIONS_ELEMENTS = 25
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTION_ID_CHARS = 255
MAX_BUTTON_TEXT_CHARS = 75
MAX_BUTTON_VALUE_CHARS = 2_000
MAX_OVERFLOW_OPTIONS = 5
# Slack counts the text of every block together (msg_blocks_too_long): an undocumented ceiling measured
# near 13,200 characters; Slack's staff quote 12,000, which the stand-in enforces.
MAX_MESSAGE_BLOCKS_TEXT = 12_000
# A response_url serves at most 5 posts within 30 minutes of its issue.
RESPONSE_URL_USES = 5
RESPONSE_URL_LIFETIME_S = 30 * 60
# chat.postMessage: about 1 message per second per channel with short bursts, and a workspace-wide ceiling.
POSTS_PER_SECOND_PER_CHANNEL = 1.0
POST_BURST_PER_CHANNEL = 8
POSTS_PER_SECOND_PER_WORKSPACE = 8.0
POST_BURST_PER_WORKSPACE = 40
# Apps distributed outside the Marketplace (since 2025-05-29): conversations.history and .replies at
# 1 call a minute, at most 15 messages per call. Opt-in: `SlackStandIn(history_limits=True)`.
LIMITED_HISTORY_CALLS_PER_MINUTE = 1
LIMITED_HISTORY_PAGE = 15
DEFAULT_HISTORY_LIMIT = 100
DEFAULT_REPLIES_LIMIT = 1_000
MAX_PAGE_LIMIT = 1_000

# Short shutdown so a test's teardown never waits on a handler sleeping in an injected delay.
_SHUTDOWN_TIMEOUT = 0.5
# How long closing a WebSocket waits for the client's close frame.
_WS_CLOSE_TIMEOUT = 2.0
# Uploads (chart images) are larger than aiohttp's 1 MiB default body limit.
_MAX_BODY_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class RecordedCall:
    """One Web API call as the stand-in received it."""

    method: str
    args: JsonDict  # merged query, form and JSON arguments, without the token
    http_method: str
    token: str | None
    at: float  # time.time() on arrival


@dataclass(frozen=True)
class RecordedResponse:
    """One accepted POST to a response URL."""

    url_id: str
    body: JsonDict
    at: float

    @property
    def text(self) -> str | None:
        value = self.body.get("text")
        return None if value is None else str(value)


@dataclass
class _Fault:
    error: str | None
    status: int
    retry_after: int | None
    remaining: int
    delay: float
    drop_after: bool = False  # do the call, then cut the connection before answering


@dataclass
class _Channel:
    id: str
    name: str
    is_member: bool = True
    is_archived: bool = False
    kind: ChannelKind = "public"
    members: set[str] = field(default_factory=set)  # people in the channel (users.conversations)
    post_error: str | None = None  # what posting here answers (restrict_posting)

    @property
    def hidden_unless_member(self) -> bool:
        """Slack answers channel_not_found, not not_in_channel, for conversations the bot cannot see."""
        return self.kind != "public" and not self.is_member


@dataclass(frozen=True)
class _ResponseUrlContext:
    channel_id: str | None
    user_id: str | None
    message_ts: str | None  # set for buttons: replace_original / delete_original act on it


class _ApiFailure(Exception):
    """Raised inside a Web API handler to answer ``{"ok": false, "error": error, **extra}``."""

    def __init__(self, error: str, **extra: str) -> None:
        super().__init__(error)
        self.error = error
        self.extra = extra


class _RateLimited(Exception):
    """Raised inside a Web API handler to answer HTTP 429 with Retry-After, as Slack does."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"ratelimited, retry after {retry_after}s")
        self.retry_after = retry_after


@dataclass
class _Bucket:
    """A token bucket: `burst` calls at once, refilled at `rate` a second."""

    rate: float
    burst: float
    tokens: float = -1.0
    at: float = 0.0

    def take(self, now: float) -> int:
        """0 when a call may go now (and spends it), else the seconds to wait (Retry-After)."""
        if self.tokens < 0:
            self.tokens, self.at = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0
        return max(1, math.ceil((1 - self.tokens) / self.rate))


@dataclass
class _ResponseUrlUse:
    issued: float
    uses: int = 0


@dataclass
class _SocketState:
    sockets: list[web.WebSocketResponse] = field(default_factory=list)
    pending: dict[str, asyncio.Future[JsonDict]] = field(default_factory=dict)
    tickets: set[str] = field(default_factory=set)
    connection_count: int = 0
    retiring: set[int] = field(default_factory=set)  # id() of connections told to disconnect
    turn: int = 0  # round-robin position among the live connections


class SlackStandIn:
    """Slack's Web API, response URLs and Socket Mode, served locally. See the module docstring."""

    def __init__(
        self,
        *,
        bot_token: str = "xoxb-sandbox",  # noqa: S107 - fake token, local only
        app_token: str = "xapp-sandbox",  # noqa: S107 - fake token, local only
        bot_user_id: str = "UPOLICYBOT",
        bot_id: str = "BPOLICYBOT",
        team_id: str = "TSANDBOX",
        app_id: str = "APOLICYBOT",
        host: str = "127.0.0.1",
        port: int = 0,
        channels: Iterable[str] | None = None,
        scopes: Iterable[str] | None = None,
        events: Iterable[str] | None = None,
        history_limits: bool = False,
        rate_limits: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """`channels`: when given, only these channel ids exist, with the bot a member (others get
        `channel_not_found`); when None, any id starting with C, G or D is accepted and created on first use,
        *without* the bot in it, as in a real workspace: `invite_bot()` first (or `add_channel()`).

        `scopes`: the bot token's scopes; by default those of the app manifest (bot/cli/manifest.py), so a
        method the manifest does not grant answers `missing_scope`, as Slack does. `events`: the bot events
        the app subscribes to (by default the manifest's): the bot's own posts and edits are echoed back as
        `message` events only where one of them covers the conversation.

        `rate_limits`: chat.postMessage is limited per channel and per workspace (429 + Retry-After).
        `history_limits`: conversations.history/.replies as for apps outside the Marketplace (1 call a
        minute each, 15 messages a call). `clock` (seconds) times rate limits and response URLs: a test that
        simulates hours in a second gives its own."""
        self.bot_token = bot_token
        self.app_token = app_token
        self.bot_user_id = bot_user_id
        self.bot_id = bot_id
        self.team_id = team_id
        self.app_id = app_id
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None
        self._open_channels = channels is None
        self.scopes = frozenset(BOT_SCOPES if scopes is None else scopes)
        self.events = frozenset(BOT_EVENTS if events is None else events)
        self.history_limits = history_limits
        self.rate_limits = rate_limits
        self._clock = clock
        self._post_buckets: dict[str, _Bucket] = {}
        self._workspace_bucket = _Bucket(POSTS_PER_SECOND_PER_WORKSPACE, POST_BURST_PER_WORKSPACE)
        self._history_buckets: dict[str, _Bucket] = {}
        self._response_url_uses: dict[str, _ResponseUrlUse] = {}
        self._channels: dict[str, _Channel] = {}
        for channel_id in channels or ():
            self.add_channel(channel_id)
        self._faults: dict[str, list[_Fault]] = {}
        self._response_urls: dict[str, _ResponseUrlContext] = {}
        self._socket = _SocketState()

        self.calls: list[RecordedCall] = []
        self.responses: list[RecordedResponse] = []
        self.messages: dict[str, list[JsonDict]] = {}
        self.ephemerals: list[JsonDict] = []
        self.views: dict[str, JsonDict] = {}  # user id -> the Home tab last published for them
        # Files upload v2 (bot/sandbox/slack_files.py); `files` holds every upload and its bytes.
        self.uploads = FileUploads(lambda: self.base_url, scopes=self.scopes)
        self.files: dict[str, UploadedFile] = self.uploads.files
        self.envelopes: list[JsonDict] = []  # every Socket Mode envelope sent
        self.acks: list[JsonDict] = []  # every Socket Mode ack received
        # The bot's own posts and edits, echoed back to it as events (see `echoes`).
        self._echoes = EventEchoes(
            team_id, app_id, bot_user_id, lambda body: self.send_envelope("events_api", body),
            lambda: self.socket_connected,
        )

        self._methods: dict[str, tuple[_TokenKind, _MethodHandler]] = {
            "auth.test": ("bot", self._api_auth_test),
            "apps.connections.open": ("app", self._api_apps_connections_open),
            "chat.postMessage": ("bot", self._api_chat_post_message),
            "chat.postEphemeral": ("bot", self._api_chat_post_ephemeral),
            "chat.update": ("bot", self._api_chat_update),
            "conversations.replies": ("bot", self._api_conversations_replies),
            "conversations.history": ("bot", self._api_conversations_history),
            "conversations.info": ("bot", self._api_conversations_info),
            "views.publish": ("bot", self._api_views_publish),
            "users.conversations": ("bot", self._api_users_conversations),
            "files.getUploadURLExternal": ("bot", self._api_files_get_upload_url),
            "files.completeUploadExternal": ("bot", self._api_files_complete_upload),
        }

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Bind and serve. Port 0 picks a free port; a restart after stop() reuses the bound port."""
        if self._runner is not None:
            return
        app = web.Application(client_max_size=_MAX_BODY_BYTES)
        app.router.add_route("*", "/api/{method}", self._handle_api)
        app.router.add_post("/response/{url_id}", self._handle_response_url)
        app.router.add_post("/upload/{file_id}", self.uploads.handle_upload)
        app.router.add_get("/socket", self._handle_socket)
        app.on_shutdown.append(self._close_sockets)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=_SHUTDOWN_TIMEOUT)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        logger.debug("Slack stand-in listening on %s", self.base_url)

    async def stop(self) -> None:
        """Close WebSockets, fail pending envelopes and stop serving. Idempotent."""
        runner, self._runner = self._runner, None
        if runner is None:
            return
        for future in self._socket.pending.values():
            if not future.done():
                future.set_exception(ConnectionError("Slack stand-in stopped"))
        await self._echoes.aclose()
        await runner.cleanup()

    async def __aenter__(self) -> SlackStandIn:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._runner is None:
            raise RuntimeError("SlackStandIn is not started; call start() first")
        return self._port

    @property
    def base_url(self) -> str:
        host = "127.0.0.1" if self._host in ("0.0.0.0", "::", "") else self._host  # noqa: S104
        return f"http://{host}:{self.port}"

    @property
    def api_url(self) -> str:
        """Pass as `AsyncWebClient(base_url=...)`; slack_sdk appends the method name."""
        return f"{self.base_url}/api/"

    # ------------------------------------------------------------------ test helpers

    def calls_to(self, method: str) -> list[RecordedCall]:
        return [call for call in self.calls if call.method == method]

    def fail_next(
        self,
        method: str,
        *,
        error: str | None = "ratelimited",
        status: int = 429,
        retry_after: int | None = 1,
        times: int = 1,
        delay: float = 0.0,
        drop_after: bool = False,
    ) -> None:
        """Make the next `times` calls of `method` fail with HTTP `status` and `{"ok": false, "error"}`.

        `Retry-After` is sent when `retry_after` is set and `status` is an HTTP error (or the error is
        `ratelimited`). `delay` sleeps
        before answering (to trip client timeouts); `error=None` answers normally after the delay.
        Use `status=200` for Slack's ordinary errors (`channel_not_found`, ...). `drop_after=True` carries the
        call out (the message is posted) and then closes the connection without an answer, as a network cut
        after Slack acted would: the client cannot tell whether it happened."""
        if times < 1:
            raise ValueError("times must be at least 1")
        fault = _Fault(error=error, status=status, retry_after=retry_after, remaining=times, delay=delay,
                       drop_after=drop_after)
        self._faults.setdefault(method, []).append(fault)

    def add_channel(
        self,
        channel_id: str,
        *,
        name: str | None = None,
        is_member: bool = True,
        is_archived: bool = False,
        kind: ChannelKind | None = None,
    ) -> None:
        """Make a channel known (required when the stand-in was built with an explicit `channels` set).
        `kind` defaults from the id (G private, D a direct message, else public); a private channel can
        have a C id too, as on today's Slack."""
        kind = kind or ("private" if channel_id.startswith("G") else "im" if channel_id.startswith("D") else "public")
        self._channels[channel_id] = _Channel(channel_id, name or channel_id.lower(), is_member, is_archived, kind)

    def invite_bot(self, channel_id: str) -> None:
        """`/invite @policybot` in a channel (created first if the stand-in accepts any id)."""
        channel = self._lookup_channel(channel_id)
        if channel is None:
            raise KeyError(f"unknown channel {channel_id!r}; add it with add_channel()")
        channel.is_member = True

    def join(self, channel_id: str, user: str) -> None:
        """Make `user` a member of a channel (messages and commands a person sends do this too)."""
        self._known_channel(channel_id).members.add(user)

    def dm_channel(self, user: str) -> str:
        """The id of the bot's direct-message channel with a user (chat.postMessage to a user id lands there)."""
        return "D" + user[1:]

    def deliver_events_to(self, request_url: str, signing_secret: str) -> None:
        """HTTP mode: send events to the app's Request URL, signed (as when the manifest sets
        `event_subscriptions.request_url`). Without it, events go over Socket Mode."""
        self._echoes.request_url, self._echoes.signing_secret = request_url, signing_secret

    @property
    def echoes(self) -> list[Echo]:
        """Every echo of the bot's own posts and edits delivered so far, in order, with the app's answer."""
        return list(self._echoes.delivered)

    async def settle_echoes(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109 - as wait_for
        """Wait until every echo queued so far was delivered."""
        await self._echoes.settle(timeout)

    def archive_channel(self, channel_id: str) -> None:
        """Posting to the channel now answers `is_archived`."""
        self._known_channel(channel_id).is_archived = True

    def restrict_posting(self, channel_id: str, error: str = "restricted_action") -> None:
        """Posting to the channel answers `error` for good (posting restricted to admins, a read-only
        channel: `no_permission`, `restricted_action_read_only_channel`...); reading it still works."""
        self._known_channel(channel_id).post_error = error

    def remove_bot_from_channel(self, channel_id: str) -> None:
        """Posting to or reading the channel now answers `not_in_channel`."""
        self._known_channel(channel_id).is_member = False

    def add_message(
        self,
        channel: str,
        text: str,
        *,
        user: str = "U0ALICE",
        ts: str | None = None,
        thread_ts: str | None = None,
        blocks: list[JsonDict] | None = None,
    ) -> JsonDict:
        """Store a message as if a person had posted it (no event is delivered; see SlackDriver)."""
        self._known_channel(channel).members.add(user)
        message: JsonDict = {
            "type": "message",
            "user": user,
            "text": text,
            "ts": ts or new_ts(),
            "team": self.team_id,
        }
        if blocks is not None:
            message["blocks"] = blocks
        if thread_ts is not None:
            self._attach_to_thread(channel, message, thread_ts)
        self._store_message(channel, message)
        return copy.deepcopy(message)

    def new_response_url(
        self, *, channel_id: str | None = None, user_id: str | None = None, message_ts: str | None = None
    ) -> str:
        """A fresh response URL. With `channel_id`, `in_channel` responses are stored as channel messages;
        with `message_ts` too, `replace_original`/`delete_original` act on that message. Like Slack's, it
        serves 5 posts within 30 minutes (`age_response_url()` makes one older)."""
        url_id = uuid.uuid4().hex
        self._response_urls[url_id] = _ResponseUrlContext(channel_id, user_id, message_ts)
        self._response_url_uses[url_id] = _ResponseUrlUse(self._clock())
        return f"{self.base_url}/response/{url_id}"

    def age_response_url(self, url: str, seconds: float) -> None:
        """Pretend a response URL was issued `seconds` earlier."""
        self._response_url_uses[url.rstrip("/").rsplit("/", 1)[-1]].issued -= seconds

    def responses_to(self, url: str) -> list[RecordedResponse]:
        """The bodies posted to one response URL (given as the full URL or its id)."""
        url_id = url.rstrip("/").rsplit("/", 1)[-1]
        return [response for response in self.responses if response.url_id == url_id]

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - a plain number reads best in tests
        *,
        interval: float = 0.005,
        what: str = "",
    ) -> None:
        """Poll `predicate` until true; raise TimeoutError describing what the stand-in saw meanwhile."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() >= deadline:
                label = what or getattr(predicate, "__name__", "condition")
                raise TimeoutError(self._describe_timeout(label, timeout))
            await asyncio.sleep(interval)

    def _describe_timeout(self, what: str, timeout: float) -> str:
        recent = [call.method for call in self.calls[-15:]]
        stored = {channel: len(messages) for channel, messages in self.messages.items()}
        return (
            f"{what} still false after {timeout:.2f}s. Web API calls so far: {len(self.calls)} "
            f"(latest: {recent}); response_url posts: {len(self.responses)}; messages per channel: {stored}; "
            f"socket connected: {self.socket_connected}"
        )

    # ------------------------------------------------------------------ Web API transport

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        try:
            args = await _read_args(request)
        except _ApiFailure as failure:
            return _api_error(failure.error)
        token = _request_token(request, args)
        self.calls.append(RecordedCall(method, args, request.method, token, time.time()))
        logger.debug("Web API %s %s", request.method, method)
        fault = self._take_fault(method)
        if fault is not None:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop_after:
                self._dispatch(method, args, token)
                if request.transport is not None:
                    request.transport.close()
                raise ConnectionResetError("stand-in dropped the connection after acting")
            if fault.error is not None:
                return _fault_response(fault)
        return self._dispatch(method, args, token)

    def _dispatch(self, method: str, args: JsonDict, token: str | None) -> web.Response:
        entry = self._methods.get(method)
        if entry is None:
            logger.warning("Slack stand-in does not implement %s", method)
            return _api_error("unknown_method")
        kind, handler = entry
        auth_error = self._auth_error(kind, token)
        if auth_error is not None:
            return _api_error(auth_error)
        # Slack tells a token's scopes on every answer to it (what auth.test is used for at start).
        scopes = {"X-OAuth-Scopes": ",".join(sorted(self.scopes))} if kind == "bot" else {}
        try:
            result = handler(args)
        except _ApiFailure as failure:
            return _api_error(failure.error, headers=scopes, **failure.extra)
        except _RateLimited as limited:
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": str(limited.retry_after), **scopes})
        return web.json_response({"ok": True, **result}, headers=scopes)

    def _take_fault(self, method: str) -> _Fault | None:
        queue = self._faults.get(method)
        if not queue:
            return None
        fault = queue[0]
        fault.remaining -= 1
        if fault.remaining <= 0:
            queue.pop(0)
        return fault

    def _auth_error(self, kind: _TokenKind, token: str | None) -> str | None:
        if not token:
            return "not_authed"
        expected, other = (
            (self.bot_token, self.app_token) if kind == "bot" else (self.app_token, self.bot_token)
        )
        if token == expected:
            return None
        return "not_allowed_token_type" if token == other else "invalid_auth"

    # ------------------------------------------------------------------ Web API methods

    def _api_auth_test(self, args: JsonDict) -> JsonDict:
        return {
            "url": "https://sandbox.slack.com/",
            "team": "Sandbox",
            "user": "policybot",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _api_apps_connections_open(self, args: JsonDict) -> JsonDict:
        ticket = uuid.uuid4().hex
        self._socket.tickets.add(ticket)
        host = self.base_url.removeprefix("http://")
        return {"url": f"ws://{host}/socket?ticket={ticket}&app_id={self.app_id}"}

    def _api_chat_post_message(self, args: JsonDict) -> JsonDict:
        self._need("chat:write")
        channel = self._channel(_text_arg(args, "channel"), posting=True)
        message = self._bot_message(args, max_blocks=MAX_MESSAGE_BLOCKS)
        metadata, warning = _metadata(args)
        self._rate_limit_post(channel.id)
        self._check_file_blocks(message.get("blocks"))
        thread_ts = _text_arg(args, "thread_ts")
        if thread_ts:
            self._attach_to_thread(channel.id, message, thread_ts)
            if _flag_arg(args, "reply_broadcast"):
                message["subtype"] = "thread_broadcast"
        if metadata is not None:
            message["metadata"] = metadata
        self._store_message(channel.id, message)
        self._echo_post(channel.id, message)
        return {"channel": channel.id, "ts": message["ts"], "message": copy.deepcopy(message), **warning}

    def _rate_limit_post(self, channel_id: str) -> None:
        if not self.rate_limits:
            return
        now = self._clock()
        bucket = self._post_buckets.setdefault(
            channel_id, _Bucket(POSTS_PER_SECOND_PER_CHANNEL, POST_BURST_PER_CHANNEL)
        )
        # Peek at the channel first so a refused post spends no workspace token.
        wait = bucket.take(now)
        if wait:
            raise _RateLimited(wait)
        wait = self._workspace_bucket.take(now)
        if wait:
            bucket.tokens += 1  # not posted: give the channel its token back
            raise _RateLimited(wait)

    def _rate_limit_history(self, method: str, args: JsonDict) -> JsonDict:
        """With history_limits on: 1 call a minute per method, and no page over 15 messages. Returns the
        arguments to serve (a copy: the recorded call keeps what the client asked)."""
        if not self.history_limits:
            return args
        bucket = self._history_buckets.setdefault(method, _Bucket(LIMITED_HISTORY_CALLS_PER_MINUTE / 60, 1))
        wait = bucket.take(self._clock())
        if wait:
            raise _RateLimited(wait)
        limit = _int_arg(args, "limit", default=LIMITED_HISTORY_PAGE)
        return {**args, "limit": LIMITED_HISTORY_PAGE if limit <= 0 else min(limit, LIMITED_HISTORY_PAGE)}

    def _api_chat_post_ephemeral(self, args: JsonDict) -> JsonDict:
        self._need("chat:write")
        channel = self._channel(_text_arg(args, "channel"), posting=True)
        user = _text_arg(args, "user")
        if not user:
            raise _ApiFailure("user_not_in_channel")
        message = self._bot_message(args, max_blocks=MAX_MESSAGE_BLOCKS)
        message.update(channel=channel.id, recipient=user, thread_ts=_text_arg(args, "thread_ts"))
        self.ephemerals.append(message)
        return {"message_ts": message["ts"]}

    def _api_chat_update(self, args: JsonDict) -> JsonDict:
        self._need("chat:write")
        channel = self._channel(_text_arg(args, "channel"), posting=True)
        message = self._find_message(channel.id, _text_arg(args, "ts") or "")
        if message is None:
            raise _ApiFailure("message_not_found")
        if message.get("bot_id") != self.bot_id:
            raise _ApiFailure("cant_update_message")
        text, blocks = _message_content(args, max_blocks=MAX_MESSAGE_BLOCKS)
        metadata, warning = _metadata(args)
        before = copy.deepcopy(message)
        message["text"] = text
        if blocks is not None:
            message["blocks"] = blocks
        if metadata is not None:
            message["metadata"] = metadata
        message["edited"] = {"user": self.bot_user_id, "ts": new_ts()}
        self._echo_edit(channel.id, before, message)
        return {"channel": channel.id, "ts": message["ts"], "text": text, "message": copy.deepcopy(message),
                **warning}

    def _api_conversations_replies(self, args: JsonDict) -> JsonDict:
        channel = self._channel(_text_arg(args, "channel"), posting=False, scope="history")
        args = self._rate_limit_history("conversations.replies", args)
        root = self._find_message(channel.id, _text_arg(args, "ts") or "")
        if root is None:
            raise _ApiFailure("thread_not_found")
        parent_ts = root.get("thread_ts") or root["ts"]
        thread = [m for m in self.messages.get(channel.id, []) if parent_ts in (m["ts"], m.get("thread_ts"))]
        return self._page(thread, args, default_limit=DEFAULT_REPLIES_LIMIT, newest_first=False)

    def _api_conversations_history(self, args: JsonDict) -> JsonDict:
        channel = self._channel(_text_arg(args, "channel"), posting=False, scope="history")
        args = self._rate_limit_history("conversations.history", args)
        # History lists top-level messages; replies only when broadcast to the channel.
        top = [
            m
            for m in self.messages.get(channel.id, [])
            if m.get("thread_ts") in (None, m["ts"]) or m.get("subtype") == "thread_broadcast"
        ]
        return {
            "pin_count": 0,
            **self._page(top, args, default_limit=DEFAULT_HISTORY_LIMIT, newest_first=True),
        }

    def _api_conversations_info(self, args: JsonDict) -> JsonDict:
        """A conversation as the bot sees it: any public channel (member or not, archived or not); private
        ones and DMs only when it is in them, else channel_not_found."""
        channel = self._lookup_channel(_text_arg(args, "channel") or "")
        if channel is None:
            raise _ApiFailure("channel_not_found")
        self._need(f"{_SCOPE_FAMILY[channel.kind]}:read")
        if channel.hidden_unless_member:
            raise _ApiFailure("channel_not_found")
        if channel.kind == "im":
            user = "U" + channel.id[1:]
            return {"channel": {"id": channel.id, "is_im": True, "user": user, "is_open": True,
                                "is_archived": channel.is_archived}}
        return {"channel": {
            "id": channel.id, "name": channel.name, "is_channel": channel.kind == "public",
            "is_group": channel.kind == "private", "is_im": False, "is_mpim": channel.kind == "mpim",
            "is_private": channel.kind != "public", "is_archived": channel.is_archived,
            "is_member": channel.is_member,
        }}

    def _api_views_publish(self, args: JsonDict) -> JsonDict:
        user_id = _text_arg(args, "user_id")
        view = _json_arg(args, "view")
        if not user_id or not isinstance(view, dict) or view.get("type") != "home":
            raise _ApiFailure("invalid_arguments")
        if _blocks_error(view.get("blocks", []), MAX_VIEW_BLOCKS):
            raise _ApiFailure("invalid_arguments")
        self._check_file_blocks(view.get("blocks"))
        published = {
            "id": "V" + uuid.uuid4().hex[:10].upper(),
            "team_id": self.team_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
            "private_metadata": "",
            "callback_id": "",
            "hash": new_ts(),
            **view,
        }
        self.views[user_id] = published
        return {"view": copy.deepcopy(published)}

    def _api_users_conversations(self, args: JsonDict) -> JsonDict:
        """The channels a user is in that the bot can see (member of, or public), paged by cursor."""
        user = _text_arg(args, "user") or self.bot_user_id
        types = (_text_arg(args, "types") or "public_channel").split(",")
        if any(t not in _USERS_CONVERSATIONS_TYPES for t in types):
            raise _ApiFailure("invalid_types")
        kinds = {_USERS_CONVERSATIONS_TYPES[t] for t in types}
        for kind in kinds:
            self._need(f"{_SCOPE_FAMILY[kind]}:read")
        found = [
            c for c in self._channels.values()
            if c.kind in kinds
            and (user in c.members or (user == self.bot_user_id and c.is_member))
            and not (c.is_archived and _flag_arg(args, "exclude_archived"))
            and (c.kind == "public" or c.is_member)  # private conversations only when the bot is in them
        ]
        limit = _int_arg(args, "limit", default=100)
        limit = 100 if limit <= 0 else min(limit, MAX_PAGE_LIMIT)
        cursor = _text_arg(args, "cursor")
        start = int(base64.b64decode(cursor).decode().partition(":")[2]) if cursor else 0
        page = found[start : start + limit]
        rest = start + limit < len(found)
        return {
            "channels": [{"id": c.id, "name": c.name, "is_archived": c.is_archived} for c in page],
            "response_metadata": {
                "next_cursor": base64.b64encode(f"offset:{start + limit}".encode()).decode() if rest else ""
            },
        }

    def _api_files_get_upload_url(self, args: JsonDict) -> JsonDict:
        try:
            return self.uploads.get_upload_url(args)
        except FileError as failure:
            raise self._file_failure(failure) from None

    def _api_files_complete_upload(self, args: JsonDict) -> JsonDict:
        try:
            return self.uploads.complete(_files_args(args), lambda ref: self._channel(ref, posting=True).id,
                                         self._post_files)
        except FileError as failure:
            raise self._file_failure(failure) from None

    def _post_files(self, channel_id: str, comment: str, files: list[JsonDict], thread_ts: str | None) -> JsonDict:
        """The message that shares uploaded files in a channel, as history shows it."""
        message = self._bot_message({"text": comment}, required=False)
        message.update(files=copy.deepcopy(files), upload=True)
        if thread_ts:
            self._attach_to_thread(channel_id, message, thread_ts)
        self._store_message(channel_id, message)
        self._echo_post(channel_id, message, subtype="file_share")
        return message

    def _file_failure(self, failure: FileError) -> _ApiFailure:
        if failure.error == "missing_scope":
            return _ApiFailure("missing_scope", needed=FILES_SCOPE, provided=",".join(sorted(self.scopes)))
        return _ApiFailure(failure.error)

    def _check_file_blocks(self, blocks: object) -> None:
        try:
            self.uploads.check_blocks(blocks)
        except FileError as failure:
            raise self._file_failure(failure) from None

    # ------------------------------------------------------------------ channels and messages

    def _known_channel(self, channel_id: str) -> _Channel:
        channel = self._lookup_channel(channel_id)
        if channel is None:
            raise KeyError(f"unknown channel {channel_id!r}; add it with add_channel()")
        return channel

    def _lookup_channel(self, ref: str) -> _Channel | None:
        if ref.startswith("#"):
            return next((c for c in self._channels.values() if c.name == ref[1:]), None)
        if ref.startswith(("U", "W")):
            # A user id: Slack posts into the bot's direct-message channel with that person.
            ref = self.dm_channel(ref)
            if ref not in self._channels:
                self.add_channel(ref, kind="im")
        channel = self._channels.get(ref)
        if channel is None and self._open_channels and ref.startswith(("C", "G", "D")):
            # A channel somebody made: the bot is not in it until invited.
            self.add_channel(ref, is_member=False)
            channel = self._channels[ref]
        return channel

    def _channel(self, ref: str | None, *, posting: bool, scope: str | None = None) -> _Channel:
        """The channel a method acts on, with Slack's checks in its order: the channel exists, the token
        has `scope` for its type (`history` → channels:history, groups:history...), the bot can see it,
        it is not archived (posting), the bot is in it."""
        channel = self._lookup_channel(ref) if ref else None
        if channel is None:
            raise _ApiFailure("channel_not_found")
        if scope is not None:
            self._need(f"{_SCOPE_FAMILY[channel.kind]}:{scope}")
        if channel.hidden_unless_member:
            raise _ApiFailure("channel_not_found")
        if posting and channel.is_archived:
            raise _ApiFailure("is_archived")
        if not channel.is_member:
            raise _ApiFailure("not_in_channel")
        if posting and channel.post_error:
            raise _ApiFailure(channel.post_error)
        return channel

    def _need(self, scope: str) -> None:
        if scope not in self.scopes:
            # As Slack answers: the scope the method needed and those the token has.
            raise _ApiFailure("missing_scope", needed=scope, provided=",".join(sorted(self.scopes)))

    def _bot_message(
        self, args: JsonDict, *, max_blocks: int = MAX_MESSAGE_BLOCKS, required: bool = True
    ) -> JsonDict:
        text, blocks = _message_content(args, max_blocks=max_blocks, required=required)
        message: JsonDict = {
            "type": "message",
            "text": text,
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "ts": new_ts(),
        }
        if blocks is not None:
            message["blocks"] = blocks
        attachments = _json_arg(args, "attachments")
        if attachments is not None:
            message["attachments"] = attachments
        return message

    def _find_message(self, channel_id: str, ts: str) -> JsonDict | None:
        return next((m for m in self.messages.get(channel_id, []) if m["ts"] == ts), None)

    def _attach_to_thread(self, channel_id: str, message: JsonDict, thread_ts: str) -> None:
        """Mark `message` as a reply and update the parent's thread summary, as Slack does."""
        message["thread_ts"] = thread_ts
        parent = self._find_message(channel_id, thread_ts)
        if parent is None or parent is message:
            return
        message["parent_user_id"] = parent.get("user")
        parent["thread_ts"] = thread_ts
        parent["reply_count"] = int(parent.get("reply_count", 0)) + 1
        users = parent.setdefault("reply_users", [])
        if message.get("user") not in users:
            users.append(message.get("user"))
        parent["reply_users_count"] = len(users)
        parent["latest_reply"] = message["ts"]

    def _store_message(self, channel_id: str, message: JsonDict) -> None:
        stored = self.messages.setdefault(channel_id, [])
        stored.append(message)
        # add_message() may be given an older ts: keep each channel in ts order.
        if len(stored) > 1 and _ts_key(stored[-2]["ts"]) > _ts_key(message["ts"]):
            stored.sort(key=lambda m: _ts_key(m["ts"]))

    def _echoed_to(self, channel_id: str) -> _Channel | None:
        """The channel, when Slack would echo a message there to the app: the bot is a member, the app
        subscribes to that conversation type's `message.*` event and holds its history scope."""
        channel = self._channels.get(channel_id)
        if channel is None or not channel.is_member:
            return None
        if MESSAGE_EVENT[channel.kind] not in self.events or HISTORY_SCOPE[channel.kind] not in self.scopes:
            return None
        return channel

    def _echo_post(self, channel_id: str, message: JsonDict, *, subtype: str | None = None) -> None:
        channel = self._echoed_to(channel_id)
        if channel is not None:
            event = posted_event(message, channel.id, channel.kind, bot_name="policybot")
            if subtype is not None:
                event["subtype"] = subtype
            self._echoes.push(event)

    def _echo_edit(self, channel_id: str, before: JsonDict, after: JsonDict) -> None:
        channel = self._echoed_to(channel_id)
        if channel is not None:
            self._echoes.push(changed_event(before, after, channel.id, channel.kind))

    def _page(
        self, messages: list[JsonDict], args: JsonDict, *, default_limit: int, newest_first: bool
    ) -> JsonDict:
        """Window (oldest/latest/inclusive), order and cursor-page messages like Slack's list methods."""
        window = [m for m in messages if _in_window(m["ts"], args)]
        if newest_first:
            window.reverse()
        limit = _int_arg(args, "limit", default=default_limit)
        limit = default_limit if limit <= 0 else min(limit, MAX_PAGE_LIMIT)
        cursor = _text_arg(args, "cursor")
        if cursor:
            # The cursor names the first message of the next page; skip everything before it.
            start = _decode_cursor(cursor)
            window = [m for m in window if not _before_cursor(m["ts"], start, newest_first=newest_first)]
        page, rest = window[:limit], window[limit:]
        include_metadata = _flag_arg(args, "include_all_metadata")
        return {
            "messages": [_shown(m, include_metadata=include_metadata) for m in page],
            "has_more": bool(rest),
            "response_metadata": {"next_cursor": _encode_cursor(rest[0]["ts"]) if rest else ""},
        }

    # ------------------------------------------------------------------ response URLs and uploads

    async def _handle_response_url(self, request: web.Request) -> web.StreamResponse:
        url_id = request.match_info["url_id"]
        context = self._response_urls.get(url_id)
        if context is None:
            return web.Response(status=404, text="no_such_response_url")
        use = self._response_url_uses[url_id]
        if self._clock() - use.issued > RESPONSE_URL_LIFETIME_S:
            logger.warning("response_url %s used after 30 minutes", url_id)
            return web.Response(status=404, text="expired_url")
        if use.uses >= RESPONSE_URL_USES:
            logger.warning("response_url %s used more than %d times", url_id, RESPONSE_URL_USES)
            return web.Response(status=404, text="used_url")
        try:
            body = await request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            return web.Response(status=400, text="invalid_payload")
        if not any(body.get(key) for key in ("text", "blocks", "attachments", "delete_original")):
            logger.warning("response_url post without text or blocks: %.300s", body)
            return web.Response(status=400, text="no_text")
        try:
            self._check_file_blocks(body.get("blocks"))
            self._apply_response(context, body)
        except _ApiFailure as failure:
            logger.warning("response_url post rejected (%s): %.300s", failure.error, body)
            return web.Response(status=400, text=failure.error)
        use.uses += 1
        self.responses.append(RecordedResponse(url_id, body, time.time()))
        return web.Response(text="ok")

    def _apply_response(self, context: _ResponseUrlContext, body: JsonDict) -> None:
        """What Slack shows for a response: an edit/removal of the original, or a channel message."""
        channel_id, message_ts = context.channel_id, context.message_ts
        if channel_id is None:
            return  # nothing to show beyond the recorded body
        original = self._find_message(channel_id, message_ts) if message_ts else None
        if original is not None and _flag_arg(body, "delete_original"):
            self.messages[channel_id].remove(original)
        elif original is not None and _flag_arg(body, "replace_original"):
            _, blocks = _message_content(body, required=False)
            before = copy.deepcopy(original)
            original.update(text=_text_arg(body, "text") or "", blocks=blocks or [])
            if original.get("bot_id") == self.bot_id:
                self._echo_edit(channel_id, before, original)
        elif body.get("response_type") == "in_channel" and self._lookup_channel(channel_id) is not None:
            message = self._bot_message(body, required=False)
            thread_ts = _text_arg(body, "thread_ts")
            if thread_ts:
                self._attach_to_thread(channel_id, message, thread_ts)
            self._store_message(channel_id, message)
            self._echo_post(channel_id, message)

    # ------------------------------------------------------------------ Socket Mode

    @property
    def socket_connected(self) -> bool:
        return any(not ws.closed for ws in self._socket.sockets)

    @property
    def open_socket_count(self) -> int:
        """How many Socket Mode connections are open now (one per connected replica, normally)."""
        return sum(1 for ws in self._socket.sockets if not ws.closed)

    async def wait_socket_connected(
        self,
        timeout: float = 5.0,  # noqa: ASYNC109 - mirrors wait_for
        *,
        connections: int = 1,
    ) -> None:
        """Wait until a client is connected and at least `connections` connections were ever made."""
        await self.wait_for(
            lambda: self.socket_connected and self._socket.connection_count >= connections,
            timeout,
            what=f"Socket Mode connection #{connections}",
        )

    async def _handle_socket(self, request: web.Request) -> web.StreamResponse:
        if request.query.get("ticket") not in self._socket.tickets:
            # Slack only accepts URLs issued by apps.connections.open.
            return web.Response(status=401, text="invalid_ticket")
        ws = web.WebSocketResponse(timeout=_WS_CLOSE_TIMEOUT)
        await ws.prepare(request)
        self._socket.sockets.append(ws)
        self._socket.connection_count += 1
        try:
            await ws.send_json(self._hello())
            async for message in ws:
                if message.type == WSMsgType.TEXT:
                    self._on_socket_text(message.data)
        finally:
            self._socket.sockets.remove(ws)
            self._socket.retiring.discard(id(ws))
        return ws

    def _hello(self) -> JsonDict:
        return {
            "type": "hello",
            "num_connections": len(self._socket.sockets),
            "debug_info": {"host": "sandbox", "build_number": 1, "approximate_connection_time": 18060},
            "connection_info": {"app_id": self.app_id},
        }

    def _on_socket_text(self, data: str) -> None:
        try:
            ack = json.loads(data)
        except ValueError:
            logger.warning("Socket Mode client sent non-JSON text: %.200s", data)
            return
        envelope_id = ack.get("envelope_id") if isinstance(ack, dict) else None
        future = self._socket.pending.get(str(envelope_id))
        if future is None:
            logger.warning("Socket Mode message matches no pending envelope: %.200s", data)
            return
        self.acks.append(ack)
        if not future.done():
            future.set_result(ack)

    def _current_socket(self) -> web.WebSocketResponse:
        """The one connection the next envelope goes to. Like Slack, every envelope goes to a single
        connection: with several clients connected (replicas of an app) they take turns. A connection
        asked to reconnect gets nothing once a newer one is open (it may linger until its client
        closes it); until then the newest open connection does."""
        live = [ws for ws in self._socket.sockets if not ws.closed]
        if not live:
            raise RuntimeError("no Socket Mode client is connected to the Slack stand-in")
        fresh = [ws for ws in live if id(ws) not in self._socket.retiring] or live[-1:]
        ws = fresh[self._socket.turn % len(fresh)]
        self._socket.turn += 1
        return ws

    async def send_envelope(
        self,
        type: EnvelopeType,
        payload: JsonDict,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109 - the ack deadline is part of the call
        retry_attempt: int = 0,
        retry_reason: str = "",
    ) -> JsonDict:
        """Deliver one envelope to one connected client and return its ack ({"envelope_id", "payload"?}).

        Raises RuntimeError when no client is connected and TimeoutError without an ack. Note that Bolt
        sends no ack at all when dispatch is not 200 (e.g. no listener matched)."""
        ws = self._current_socket()
        envelope_id = str(uuid.uuid4())
        envelope: JsonDict = {
            "envelope_id": envelope_id,
            "type": type,
            "payload": payload,
            "accepts_response_payload": type != "events_api",
        }
        if type == "events_api":
            # Slack sends these on every events_api envelope, 0 / "" on the first delivery.
            envelope.update(retry_attempt=retry_attempt, retry_reason=retry_reason)
        future: asyncio.Future[JsonDict] = asyncio.get_running_loop().create_future()
        self._socket.pending[envelope_id] = future
        try:
            self.envelopes.append(envelope)
            await ws.send_json(envelope)
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise TimeoutError(
                f"no ack for {type} envelope {envelope_id} within {timeout:.2f}s "
                "(Bolt does not ack when no listener matched or a middleware failed)"
            ) from None
        finally:
            self._socket.pending.pop(envelope_id, None)

    async def disconnect_socket(self, reason: str = "refresh_requested") -> None:
        """Ask connected clients to reconnect, as Slack does every few hours."""
        message = {"type": "disconnect", "reason": reason, "debug_info": {"host": "sandbox"}}
        for ws in list(self._socket.sockets):
            if not ws.closed:
                self._socket.retiring.add(id(ws))
                await ws.send_json(message)

    async def drop_socket(self) -> None:
        """Close connections abruptly without a disconnect message (a network blip)."""
        for ws in list(self._socket.sockets):
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"dropped")

    async def _close_sockets(self, app: web.Application) -> None:
        for ws in list(self._socket.sockets):
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")


# ---------------------------------------------------------------------- request helpers


async def _read_args(request: web.Request) -> JsonDict:
    """Merge query, form and JSON arguments: slack_sdk uses all three depending on the method."""
    args: JsonDict = dict(request.query)
    if request.method != "POST" or not request.can_read_body:
        return args
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise _ApiFailure("invalid_json") from None
        if not isinstance(body, dict):
            raise _ApiFailure("invalid_json")
        args.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.post()
        for key, value in form.items():
            if isinstance(value, web.FileField):
                args[key] = value.filename
            else:
                args[key] = value if isinstance(value, str) else value.decode(errors="replace")
    return args


def _request_token(request: web.Request, args: JsonDict) -> str | None:
    form_token = args.pop("token", None)  # never keep the token among recorded args
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        return header.removeprefix("Bearer ").strip() or None
    return str(form_token) if form_token else None


def _api_error(error: str, *, headers: dict[str, str] | None = None, **extra: str) -> web.Response:
    # Slack answers ordinary errors with HTTP 200.
    return web.json_response({"ok": False, "error": error, **extra}, headers=headers)


def _fault_response(fault: _Fault) -> web.Response:
    headers = {}
    # Slack sends Retry-After with its 429s, and with the HTTP-200 `ratelimited` some methods answer.
    if fault.retry_after is not None and (fault.status >= 400 or fault.error == "ratelimited"):
        headers["Retry-After"] = str(fault.retry_after)
    return web.json_response({"ok": False, "error": fault.error}, status=fault.status, headers=headers)


def _text_arg(args: JsonDict, name: str) -> str | None:
    value = args.get(name)
    return None if value is None else str(value)


def _int_arg(args: JsonDict, name: str, *, default: int) -> int:
    value = args.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _ApiFailure("invalid_arguments") from None


def _flag_arg(args: JsonDict, name: str) -> bool:
    return args.get(name) in (True, 1, "1", "true", "True")


def _json_arg(args: JsonDict, name: str) -> Any:
    """Form posts carry structured arguments (blocks, metadata, view) as JSON strings."""
    value = args.get(name)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise _ApiFailure("invalid_arguments") from None
    return value


def _files_args(args: JsonDict) -> JsonDict:
    """completeUploadExternal's `files` arrives as a JSON string in a form post."""
    return {**args, "files": _json_arg(args, "files")}


def _message_content(
    args: JsonDict, *, max_blocks: int = MAX_MESSAGE_BLOCKS, required: bool = True
) -> tuple[str, list[JsonDict] | None]:
    text = _text_arg(args, "text") or ""
    blocks = _json_arg(args, "blocks")
    if blocks is not None and _blocks_error(blocks, max_blocks):
        raise _ApiFailure("invalid_blocks")
    if blocks is not None and _text_size(blocks) > MAX_MESSAGE_BLOCKS_TEXT:
        raise _ApiFailure("msg_blocks_too_long")
    if required and not text and not blocks and not _json_arg(args, "attachments"):
        raise _ApiFailure("no_text")
    return text[:MAX_TEXT_CHARS], blocks


def _blocks_error(blocks: object, max_blocks: int) -> bool:
    if not isinstance(blocks, list) or len(blocks) > max_blocks:
        return True
    if not all(isinstance(block, dict) and _block_ok(block) for block in blocks):
        return True
    block_ids = [str(b["block_id"]) for b in blocks if b.get("block_id")]
    return len(block_ids) != len(set(block_ids))  # Slack refuses a message repeating a block_id


def _text_size(value: object) -> int:
    """The characters of every `text` string in a block tree, counted as Slack does for its total."""
    if isinstance(value, list):
        return sum(_text_size(v) for v in value)
    if isinstance(value, dict):
        return sum(len(v) if k == "text" and isinstance(v, str) else _text_size(v) for k, v in value.items())
    return 0


_EVENT_TYPE = re.compile(r"^[A-Za-z0-9_]{1,255}$")
_SCALARS = (str, int, float, bool)


def _metadata(args: JsonDict) -> tuple[JsonDict | None, JsonDict]:
    """Message metadata as Slack takes it: (what is stored, extra response fields). A malformed argument is
    an error; a payload outside Slack's shape (values: scalars, flat objects of scalars, or arrays of such
    objects) is dropped and the post succeeds with a `warning`, as Slack does."""
    metadata = _json_arg(args, "metadata")
    if metadata is None:
        return None, {}
    if not isinstance(metadata, dict) or not isinstance(metadata.get("event_type"), str):
        raise _ApiFailure("invalid_metadata_format")
    payload = metadata.get("event_payload", {})
    if _EVENT_TYPE.match(metadata["event_type"]) and isinstance(payload, dict) and all(
        _payload_value_ok(v) for v in payload.values()
    ):
        return metadata, {}
    warning = "invalid_metadata_schema"
    logger.warning("metadata dropped (%s): %.300s", warning, metadata)
    return None, {"warning": warning, "response_metadata": {"warnings": [warning]}}


def _flat(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(v, _SCALARS) for v in value.values())


def _payload_value_ok(value: object) -> bool:
    if isinstance(value, _SCALARS) or _flat(value):
        return True
    return isinstance(value, list) and all(_flat(v) for v in value)


def _element_ok(element: object) -> bool:
    """Interactive elements: a button's label, value and action_id, an overflow's options."""
    if not isinstance(element, dict) or len(str(element.get("action_id", ""))) > MAX_ACTION_ID_CHARS:
        return False
    if element.get("type") == "button":
        label = element.get("text") or {}
        return (
            isinstance(label, dict)
            and 0 < len(str(label.get("text", ""))) <= MAX_BUTTON_TEXT_CHARS
            and len(str(element.get("value", ""))) <= MAX_BUTTON_VALUE_CHARS
        )
    if element.get("type") == "overflow":
        options = element.get("options")
        return isinstance(options, list) and 2 <= len(options) <= MAX_OVERFLOW_OPTIONS
    return True


def _block_ok(block: JsonDict) -> bool:
    if not block.get("type") or len(str(block.get("block_id", ""))) > MAX_BLOCK_ID_CHARS:
        return False
    if block["type"] == "header":
        text = block.get("text")
        return isinstance(text, dict) and text.get("type") == "plain_text" and (
            0 < len(str(text.get("text", ""))) <= MAX_HEADER_CHARS
        )
    if block["type"] == "actions":
        elements = block.get("elements")
        return isinstance(elements, list) and 0 < len(elements) <= MAX_ACTIONS_ELEMENTS and all(
            _element_ok(e) for e in elements
        )
    if block["type"] == "context":
        elements = block.get("elements")
        return isinstance(elements, list) and 0 < len(elements) <= MAX_CONTEXT_ELEMENTS and all(
            isinstance(e, dict) and 0 < len(str(e.get("text", ""))) <= MAX_SECTION_TEXT_CHARS for e in elements
        )
    if block["type"] != "section":
        return True
    if "accessory" in block and not _element_ok(block["accessory"]):
        return False
    text, fields = block.get("text"), block.get("fields")
    if text is None and not fields:
        return False
    if isinstance(text, dict) and not 0 < len(str(text.get("text", ""))) <= MAX_SECTION_TEXT_CHARS:
        return False
    if fields is None:
        return True
    return (
        isinstance(fields, list)
        and len(fields) <= MAX_SECTION_FIELDS
        and all(isinstance(f, dict) and len(str(f.get("text", ""))) <= MAX_FIELD_TEXT_CHARS for f in fields)
    )


def _ts_key(ts: object) -> Decimal:
    # Decimal, not float: sixteen significant digits exceed a double's exact range.
    try:
        return Decimal(str(ts))
    except InvalidOperation:
        raise _ApiFailure("invalid_ts") from None


def _in_window(ts: str, args: JsonDict) -> bool:
    key, inclusive = _ts_key(ts), _flag_arg(args, "inclusive")
    oldest, latest = args.get("oldest"), args.get("latest")
    if oldest not in (None, ""):
        bound = _ts_key(oldest)
        if key < bound or (key == bound and not inclusive):
            return False
    if latest not in (None, ""):
        bound = _ts_key(latest)
        if key > bound or (key == bound and not inclusive):
            return False
    return True


def _before_cursor(ts: str, start: Decimal, *, newest_first: bool) -> bool:
    key = _ts_key(ts)
    return key > start if newest_first else key < start


def _encode_cursor(ts: str) -> str:
    return base64.b64encode(f"next_ts:{ts}".encode()).decode()


def _decode_cursor(cursor: str) -> Decimal:
    try:
        decoded = base64.b64decode(cursor, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise _ApiFailure("invalid_cursor") from None
    prefix, _, ts = decoded.partition(":")
    if prefix != "next_ts":
        raise _ApiFailure("invalid_cursor")
    return _ts_key(ts)


def _shown(message: JsonDict, *, include_metadata: bool) -> JsonDict:
    """A copy of a stored message as list methods return it (metadata only on request)."""
    shown = copy.deepcopy(message)
    if not include_metadata:
        shown.pop("metadata", None)
    return shown
