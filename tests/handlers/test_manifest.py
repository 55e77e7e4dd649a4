"""The app manifest: `policybot manifest [--http URL]` prints it, manifest.json is its Socket Mode form, both
follow Slack's manifest field rules, and they declare exactly what the code uses: commands, events, scopes,
interactivity, App Home."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, create_model
from slack_sdk.web.async_client import AsyncWebClient

from bot.cli.manifest import app_manifest
from bot.sandbox.processes import run_policybot

ROOT = Path(__file__).resolve().parents[2]
CODE = [p for d in ("bot", "handlers") for p in (ROOT / d).rglob("*.py") if "sandbox" not in p.parts]
PUBLIC = "https://bot.example.org"

# What each Web API method and each event needs (docs.slack.dev/reference/methods, /events).
METHOD_SCOPES = {
    "chat_postMessage": {"chat:write"}, "chat_postEphemeral": {"chat:write"}, "chat_update": {"chat:write"},
    "conversations_history": {"channels:history", "groups:history"},
    "conversations_replies": {"channels:history", "groups:history"},
    "conversations_info": {"channels:read", "groups:read"},
    "users_conversations": {"channels:read", "groups:read"}, "views_publish": set(), "auth_test": set(),
    "files_upload_v2": {"files:write"},  # charts: files.getUploadURLExternal + files.completeUploadExternal
}
EVENT_SUBSCRIPTIONS = {"message": {"message.channels", "message.groups"}, "app_mention": {"app_mention"},
                       "app_home_opened": {"app_home_opened"}}
EVENT_SCOPES = {"message.channels": {"channels:history"}, "message.groups": {"groups:history"},
                "app_mention": {"app_mentions:read"}, "app_home_opened": set()}


# Slack's manifest field rules (the app manifest reference and slackapi/manifest-schema, v1): unknown keys
# are refused, types are strict, lengths bounded, URLs absolute. Built with create_model: pydantic reads
# these field names, nothing else does.
def _text(low: int, high: int, pattern: str | None = None) -> Any:
    return Annotated[str, StringConstraints(strict=True, min_length=low, max_length=high, pattern=pattern)]


def _rules(model_name: str, /, **fields: Any) -> type[BaseModel]:
    return create_model(model_name, __config__=ConfigDict(extra="forbid", strict=True), **fields)


def _list(item: Any, low: int, high: int) -> Any:
    return Annotated[list[item], Field(min_length=low, max_length=high)]


def _optional(kind: Any) -> Any:
    return (kind | None, None)


Url = _text(1, 3500, r"^https?://")
ShortNames = _list(_text(1, 50), 0, 255)
Flag = _optional(StrictBool)

MANIFEST = _rules(
    "Manifest",
    display_information=(_rules(
        "DisplayInformation", name=(_text(1, 35), ...), description=_optional(_text(1, 140)),
        background_color=_optional(_text(4, 7, r"^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$")),
        long_description=_optional(_text(175, 4000)),
    ), ...),
    features=_optional(_rules(
        "Features",
        app_home=_optional(_rules("AppHome", home_tab_enabled=Flag, messages_tab_enabled=Flag,
                                  messages_tab_read_only_enabled=Flag)),
        bot_user=_optional(_rules("BotUser", display_name=(_text(1, 80), ...), always_online=Flag)),
        slash_commands=_optional(_list(_rules(
            "SlashCommand", command=(_text(2, 32, r"^/"), ...), description=(_text(1, 2000), ...),
            usage_hint=_optional(_text(1, 1000)), should_escape=Flag, url=_optional(Url),
        ), 1, 50)),
    )),
    oauth_config=_optional(_rules("OAuthConfig", scopes=_optional(_rules("Scopes", bot=_optional(ShortNames))))),
    settings=_optional(_rules(
        "Settings",
        event_subscriptions=_optional(_rules("EventSubscriptions", request_url=_optional(Url),
                                             bot_events=_optional(ShortNames))),
        interactivity=_optional(_rules("Interactivity", is_enabled=(StrictBool, ...), request_url=_optional(Url))),
        org_deploy_enabled=Flag, socket_mode_enabled=Flag, token_rotation_enabled=Flag,
    )),
)


def check_slack_rules(raw: dict[str, Any]) -> None:
    """Slack's field rules, plus what it requires of an app without Socket Mode: a public HTTPS URL for
    events, for interactivity and for every slash command."""
    MANIFEST.model_validate(raw)
    settings, features = raw.get("settings", {}), raw.get("features", {})
    events = settings.get("event_subscriptions", {}).get("bot_events", [])
    assert len(set(events)) == len(events)
    if not settings.get("socket_mode_enabled"):
        urls = [settings.get("event_subscriptions", {}).get("request_url")]
        if settings.get("interactivity", {}).get("is_enabled"):
            urls.append(settings["interactivity"].get("request_url"))
        urls += [c.get("url") for c in features.get("slash_commands", [])]
        assert all(isinstance(u, str) and u.startswith("https://") for u in urls), urls


def _source() -> str:
    return "\n".join(p.read_text() for p in CODE)


def _used_by_the_code() -> tuple[set[str], set[str], set[str]]:
    """(commands, bot events, scopes) the code needs."""
    source = _source()
    commands = set(re.findall(r'@app\.command\("(/[a-z-]+)"\)', source))
    events = set(re.findall(r'@app\.event\("([a-z_]+)"\)', source))
    # Calls on any `client`, kept when the name is a Web API method (a Socket Mode client's
    # is_connected() needs no scope).
    methods = {m for m in re.findall(r"client\.([a-z]+_[A-Za-z0-9_]+)\(", source) if hasattr(AsyncWebClient, m)}
    assert methods <= set(METHOD_SCOPES), f"add the scopes of {methods - set(METHOD_SCOPES)} here and to the manifest"
    assert "conversations_info" in methods  # subscribing checks that the bot can post
    bot_events = set().union(*(EVENT_SUBSCRIPTIONS[e] for e in events))
    scopes = {"commands"} if commands else set()
    scopes |= set().union(*(METHOD_SCOPES[m] for m in methods)) | set().union(*(EVENT_SCOPES[e] for e in bot_events))
    return commands, bot_events, scopes


@pytest.mark.parametrize("public_url", [None, PUBLIC])
def test_manifest_matches_the_code(public_url: str | None) -> None:
    raw = app_manifest(public_url)
    check_slack_rules(raw)
    source = _source()
    commands, bot_events, scopes = _used_by_the_code()
    assert {c["command"] for c in raw["features"]["slash_commands"]} == commands == {"/policy"}
    assert all(c["should_escape"] for c in raw["features"]["slash_commands"])  # commands.py decodes <#C…|…>
    assert set(raw["settings"]["event_subscriptions"]["bot_events"]) == bot_events
    assert set(raw["oauth_config"]["scopes"]["bot"]) == scopes
    assert raw["settings"]["interactivity"]["is_enabled"] is bool(re.search(r"@app\.action\(", source))
    assert raw["features"]["app_home"]["home_tab_enabled"] is ("app_home_opened" in {e for e in bot_events})
    # Owners of broken subscriptions are told by direct message (chat.postMessage to a user id).
    assert raw["features"]["app_home"]["messages_tab_enabled"] is True
    assert raw["settings"]["socket_mode_enabled"] is (public_url is None)


def test_the_manifest_file_is_the_socket_mode_manifest() -> None:
    assert json.loads((ROOT / "manifest.json").read_text()) == app_manifest()


def test_http_manifest_fills_every_request_url() -> None:
    raw = app_manifest(PUBLIC + "/")
    url = f"{PUBLIC}/slack/events"  # where the bot's HTTP mode listens (bot/runtime/process.py)
    assert raw["settings"]["event_subscriptions"]["request_url"] == url
    assert raw["settings"]["interactivity"]["request_url"] == url
    assert [c["url"] for c in raw["features"]["slash_commands"]] == [url]
    assert app_manifest(url) == raw  # given the full events URL, the same
    # A Socket Mode manifest with its URLs taken out is not an HTTP-mode manifest: the checker sees it.
    broken = app_manifest(PUBLIC)
    del broken["features"]["slash_commands"][0]["url"]
    with pytest.raises(AssertionError):
        check_slack_rules(broken)


def test_the_rules_refuse_what_slack_refuses() -> None:
    spoils: list[Callable[[dict[str, Any]], object]] = [
        lambda m: m["display_information"].update(name="x" * 36),
        lambda m: m["features"]["slash_commands"][0].update(command="policy"),
        lambda m: m["settings"].update(socket_mode_enabled="true"),
        lambda m: m["settings"]["interactivity"].pop("is_enabled"),
        lambda m: m["features"].update(unknown_feature=True),
    ]
    for spoil in spoils:
        raw = app_manifest()
        spoil(raw)
        with pytest.raises(ValueError):  # pydantic's ValidationError is a ValueError
            check_slack_rules(raw)


async def test_policybot_manifest_prints_both(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no Slack settings: none are needed
    code, out, err = await run_policybot("manifest", env=env, cwd=tmp_path)
    assert code == 0, err
    assert out == (ROOT / "manifest.json").read_text()
    code, out, err = await run_policybot("manifest", "--http", PUBLIC, env=env, cwd=tmp_path)
    assert code == 0, err
    assert json.loads(out) == app_manifest(PUBLIC)
    code, out, err = await run_policybot("manifest", "--http", "http://bot.example.org", env=env, cwd=tmp_path)
    assert code == 2 and out == "" and "https://" in err and "Traceback" not in err


def test_the_slack_stand_in_grants_exactly_the_manifest_scopes() -> None:
    """The stand-in refuses file uploads without files:write, as Slack would: it must hold the real list."""
    from bot.sandbox.slack import SlackStandIn

    manifest = json.loads((ROOT / "manifest.json").read_text())
    stand_in = SlackStandIn()
    assert stand_in.scopes == stand_in.uploads.scopes == set(manifest["oauth_config"]["scopes"]["bot"])
    assert "files:write" in stand_in.scopes


def test_the_readme_lists_exactly_the_manifest_scopes_and_events() -> None:
    """"Run it for real" tells an operator what the app asks for: the same scopes and events as the manifest."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Run it for real", 1)[1].split("\n## ", 1)[0]
    manifest = app_manifest()
    scope_names = r"`([a-z_]+:[a-z_.]+|commands)`"
    listed = set(re.findall(scope_names, section)) - {"connections:write"}  # the app-level token's, not the bot's
    assert listed == set(manifest["oauth_config"]["scopes"]["bot"])
    for event in manifest["settings"]["event_subscriptions"]["bot_events"]:
        assert f"`{event}`" in section, event
