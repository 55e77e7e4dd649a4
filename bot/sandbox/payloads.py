"""Builders of the payloads Slack sends to an app.

Pure functions returning plain dicts shaped like Slack's: slash-command form fields, Events API
envelopes and their inner events, and interactive (block action) payloads. Only ids and
timestamps left to "auto" are generated, from a process-wide monotonic source, so that
messages built here and messages stored by the stand-in sort in the order they were made.
"""

from __future__ import annotations

import secrets
import string
import threading
import time
import uuid
from typing import Any

DEFAULT_TEAM_ID = "TSANDBOX"
DEFAULT_TEAM_DOMAIN = "sandbox"
DEFAULT_APP_ID = "APOLICYBOT"
DEFAULT_BOT_USER_ID = "UPOLICYBOT"
# Slack still sends the deprecated verification token in every payload; Bolt ignores it.
DEFAULT_VERIFICATION_TOKEN = "sandbox-verification-token"  # noqa: S105 - fake, local only

_ts_lock = threading.Lock()
_last_ts_micros = 0


def new_ts() -> str:
    """A Slack message timestamp ("1700000000.000100"), strictly increasing within the process."""
    global _last_ts_micros
    with _ts_lock:
        # max(): two calls within one microsecond (or a clock step back) must still order.
        _last_ts_micros = max(time.time_ns() // 1000, _last_ts_micros + 1)
        micros = _last_ts_micros
    return f"{micros // 1_000_000}.{micros % 1_000_000:06d}"


def new_trigger_id() -> str:
    """A trigger id shaped like Slack's ("123456.7890.abcdef…")."""
    return f"{secrets.randbelow(10**12)}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"


def new_event_id() -> str:
    """An Events API event id ("Ev" followed by upper-case letters and digits)."""
    alphabet = string.ascii_uppercase + string.digits
    return "Ev" + "".join(secrets.choice(alphabet) for _ in range(10))


def channel_type(channel: str) -> str:
    """Slack's `channel_type` for a channel id: C public, G private, D direct message."""
    return {"C": "channel", "G": "group", "D": "im"}.get(channel[:1], "channel")


def slash_command(
    text: str,
    *,
    response_url: str,
    command: str = "/policy",
    channel_id: str = "C0ALERTS",
    channel_name: str = "alerts",
    user_id: str = "U0ALICE",
    user_name: str = "alice",
    team_id: str = DEFAULT_TEAM_ID,
    team_domain: str = DEFAULT_TEAM_DOMAIN,
    api_app_id: str = DEFAULT_APP_ID,
    trigger_id: str | None = None,
    token: str = DEFAULT_VERIFICATION_TOKEN,
) -> dict[str, str]:
    """The form fields of a slash-command invocation (all strings, as Slack form-encodes them)."""
    return {
        "token": token,
        "team_id": team_id,
        "team_domain": team_domain,
        "channel_id": channel_id,
        "channel_name": channel_name,
        "user_id": user_id,
        "user_name": user_name,
        "command": command,
        "text": text,
        "api_app_id": api_app_id,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": trigger_id or new_trigger_id(),
    }


def message_event(
    text: str,
    *,
    channel: str,
    user: str | None,
    ts: str | None = None,
    thread_ts: str | None = None,
    parent_user_id: str | None = None,
    bot_id: str | None = None,
    subtype: str | None = None,
    team: str = DEFAULT_TEAM_ID,
) -> dict[str, Any]:
    """A `message` event; a thread reply when `thread_ts` (the parent's ts) is given."""
    ts = ts or new_ts()
    event: dict[str, Any] = {
        "type": "message",
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel": channel,
        "channel_type": channel_type(channel),
        "team": team,
    }
    if user is not None:
        event["user"] = user
    if bot_id is None and subtype is None:
        # Only messages typed by people carry a client_msg_id.
        event["client_msg_id"] = str(uuid.uuid4())
    optional = {
        "thread_ts": thread_ts,
        "parent_user_id": parent_user_id,
        "bot_id": bot_id,
        "subtype": subtype,
    }
    event.update({key: value for key, value in optional.items() if value is not None})
    return event


def app_mention_event(
    text: str,
    *,
    channel: str,
    user: str,
    ts: str | None = None,
    thread_ts: str | None = None,
    team: str = DEFAULT_TEAM_ID,
) -> dict[str, Any]:
    """An `app_mention` event; `text` should contain the mention, e.g. "<@UPOLICYBOT> who?"."""
    ts = ts or new_ts()
    event: dict[str, Any] = {
        "type": "app_mention",
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel": channel,
        "team": team,
        "client_msg_id": str(uuid.uuid4()),
    }
    if thread_ts is not None:
        event["thread_ts"] = thread_ts
    return event


def app_home_opened_event(user: str, *, channel: str = "D0APPHOME", tab: str = "home") -> dict[str, Any]:
    """An `app_home_opened` event (first open: no `view` key, as Slack sends it)."""
    return {"type": "app_home_opened", "user": user, "channel": channel, "tab": tab, "event_ts": new_ts()}


def event_callback(
    event: dict[str, Any],
    *,
    event_id: str | None = None,
    team_id: str = DEFAULT_TEAM_ID,
    api_app_id: str = DEFAULT_APP_ID,
    bot_user_id: str = DEFAULT_BOT_USER_ID,
    event_time: int | None = None,
    token: str = DEFAULT_VERIFICATION_TOKEN,
) -> dict[str, Any]:
    """The Events API envelope around `event`, authorised for the bot user."""
    return {
        "token": token,
        "team_id": team_id,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": event_time if event_time is not None else int(time.time()),
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": "4-" + secrets.token_urlsafe(24),
    }


def url_verification(challenge: str, *, token: str = DEFAULT_VERIFICATION_TOKEN) -> dict[str, str]:
    """The one-off request Slack sends when a Request URL is saved."""
    return {"token": token, "challenge": challenge, "type": "url_verification"}


def block_action(
    action_id: str,
    value: str,
    *,
    channel: str,
    user: str,
    message_ts: str,
    response_url: str,
    block_id: str = "actions",
    message: dict[str, Any] | None = None,
    team_id: str = DEFAULT_TEAM_ID,
    api_app_id: str = DEFAULT_APP_ID,
    trigger_id: str | None = None,
    token: str = DEFAULT_VERIFICATION_TOKEN,
    ephemeral: bool = False,
    element: str = "button",
) -> dict[str, Any]:
    """The interactive payload of a click on a message (type `block_actions`): a button, or an overflow
    menu's option (`element="overflow"`, `value` the option's value). Slack sends no `message` for a
    click on an ephemeral message, only its container."""
    action: dict[str, Any] = {"action_id": action_id, "block_id": block_id, "type": element, "action_ts": new_ts()}
    if element == "overflow":
        action["selected_option"] = {"text": {"type": "plain_text", "text": value}, "value": value}
    else:
        action.update(text={"type": "plain_text", "text": action_id, "emoji": True}, value=value)
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team_id},
        "api_app_id": api_app_id,
        "token": token,
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": trigger_id or new_trigger_id(),
        "team": {"id": team_id, "domain": DEFAULT_TEAM_DOMAIN},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel, "name": channel.lower()},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [action],
    }
    if not ephemeral:
        payload["message"] = message if message is not None else {"type": "message", "ts": message_ts, "text": ""}
    return payload
