"""`policybot manifest [--http PUBLIC_URL]`: the Slack app manifest, for Socket Mode or for HTTP mode.

`manifest.json` at the top of the repository is what this prints by default (a test keeps them equal).
In HTTP mode Slack needs a public HTTPS URL for every request it sends (events, buttons, the slash
command); the bot serves them all at `/slack/events` (Bolt's one endpoint, see bot/runtime/process.py).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from bot.errors import UserInputError

EVENTS_PATH = "/slack/events"

# Every scope a Web API method or event the code uses needs (tests/handlers/test_manifest.py checks
# the list against the code): posting, reading threads and history for crash recovery, seeing which
# channels the bot is in (conversations.info / users.conversations), the slash command and mentions.
BOT_SCOPES = (
    "app_mentions:read",
    "channels:history",
    "channels:read",
    "chat:write",
    "commands",
    "files:write",
    "groups:history",
    "groups:read",
)
BOT_EVENTS = ("app_home_opened", "app_mention", "message.channels", "message.groups")


def events_url(public_url: str) -> str:
    """The request URL Slack posts to, from the bot's public base URL (https only, as Slack requires)."""
    parts = urlsplit(public_url.strip())
    if parts.scheme != "https" or not parts.netloc or parts.query or parts.fragment:
        raise UserInputError(f"--http needs the bot's public https:// base URL (e.g. https://bot.example.org), "
                          f"not {public_url!r}")
    base = parts.path.rstrip("/")
    if base.endswith(EVENTS_PATH):
        base = base.removesuffix(EVENTS_PATH)
    return f"https://{parts.netloc}{base}{EVENTS_PATH}"


def app_manifest(public_url: str | None = None) -> dict[str, Any]:
    """The manifest: Socket Mode when `public_url` is None, else HTTP mode with every URL filled in."""
    url = events_url(public_url) if public_url is not None else None
    command: dict[str, Any] = {
        "command": "/policy",
        "description": "Search talent-mobility policy stories and manage this channel's alerts",
        "usage_hint": (
            "china ai | trends china ai | subscribe [daily|weekly] china ai | subscriptions | unsubscribe 3 | unmute 2 "
            "| sources | help"
        ),
        "should_escape": True,
    }
    events: dict[str, Any] = {"bot_events": list(BOT_EVENTS)}
    interactivity: dict[str, Any] = {"is_enabled": True}
    if url is not None:
        command["url"] = url
        events = {"request_url": url, **events}
        interactivity["request_url"] = url
    return {
        "display_information": {
            "name": "policybot",
            "description": "Alerts on government rules about where researchers and skilled workers may travel, "
                           "work and move.",
            "background_color": "#1d3557",
        },
        "features": {
            "app_home": {
                "home_tab_enabled": True,
                "messages_tab_enabled": True,
                "messages_tab_read_only_enabled": True,
            },
            "bot_user": {"display_name": "policybot", "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": {"scopes": {"bot": list(BOT_SCOPES)}},
        "settings": {
            "event_subscriptions": events,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": url is None,
            "token_rotation_enabled": False,
        },
    }


def manifest_text(public_url: str | None = None) -> str:
    return json.dumps(app_manifest(public_url), indent=2, ensure_ascii=False) + "\n"
