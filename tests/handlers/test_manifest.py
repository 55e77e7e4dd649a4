"""manifest.json declares exactly what the code uses: commands, events, scopes, interactivity, App Home."""

from __future__ import annotations

import json
import re
from pathlib import Path

from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.slack_files import MANIFEST_BOT_SCOPES

ROOT = Path(__file__).resolve().parents[2]
CODE = [p for d in ("bot", "handlers") for p in (ROOT / d).rglob("*.py") if "sandbox" not in p.parts]

# What each Web API method and each event needs (api.slack.com/methods, /events).
METHOD_SCOPES = {
    "chat_postMessage": {"chat:write"}, "chat_postEphemeral": {"chat:write"}, "chat_update": {"chat:write"},
    "conversations_history": {"channels:history", "groups:history"},
    "conversations_replies": {"channels:history", "groups:history"},
    "users_conversations": {"channels:read", "groups:read"}, "views_publish": set(),
    "files_upload_v2": {"files:write"},  # charts: files.getUploadURLExternal + files.completeUploadExternal
}
EVENT_SUBSCRIPTIONS = {"message": {"message.channels", "message.groups"}, "app_mention": {"app_mention"},
                       "app_home_opened": {"app_home_opened"}}
EVENT_SCOPES = {"message.channels": {"channels:history"}, "message.groups": {"groups:history"},
                "app_mention": {"app_mentions:read"}, "app_home_opened": set()}


def _source() -> str:
    return "\n".join(p.read_text() for p in CODE)


def test_manifest_matches_the_code() -> None:
    manifest = json.loads((ROOT / "manifest.json").read_text())
    source = _source()
    commands = set(re.findall(r'@app\.command\("(/[a-z-]+)"\)', source))
    events = set(re.findall(r'@app\.event\("([a-z_]+)"\)', source))
    # Calls on any `client`, kept when the name is a Web API method (a Socket Mode client's
    # is_connected() needs no scope).
    methods = {m for m in re.findall(r"client\.([a-z]+_[A-Za-z0-9_]+)\(", source) if hasattr(AsyncWebClient, m)}
    assert methods <= set(METHOD_SCOPES), f"add the scopes of {methods - set(METHOD_SCOPES)} here and to the manifest"
    bot_events = set().union(*(EVENT_SUBSCRIPTIONS[e] for e in events))
    scopes = {"commands"} if commands else set()
    scopes |= set().union(*(METHOD_SCOPES[m] for m in methods)) | set().union(*(EVENT_SCOPES[e] for e in bot_events))

    assert {c["command"] for c in manifest["features"]["slash_commands"]} == commands == {"/policy"}
    assert all(c["should_escape"] for c in manifest["features"]["slash_commands"])  # commands.py decodes <#C…|…>
    assert set(manifest["settings"]["event_subscriptions"]["bot_events"]) == bot_events
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == scopes
    assert manifest["settings"]["interactivity"]["is_enabled"] is bool(re.search(r"@app\.action\(", source))
    assert manifest["features"]["app_home"]["home_tab_enabled"] is ("app_home_opened" in events)
    # Owners of broken subscriptions are told by direct message (chat.postMessage to a user id).
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True


def test_the_slack_stand_in_grants_exactly_the_manifest_scopes() -> None:
    """The stand-in refuses file uploads without files:write, as Slack would: it must hold the real list."""
    manifest = json.loads((ROOT / "manifest.json").read_text())
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == MANIFEST_BOT_SCOPES
