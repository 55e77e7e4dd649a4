"""The Slack driver against a tiny Bolt app, served over signed HTTP and over Socket Mode."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.context.say.async_say import AsyncSay
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox import payloads
from bot.sandbox.driver import FORM_CONTENT_TYPE, JSON_CONTENT_TYPE, Mode, SlackDriver
from bot.sandbox.slack import SlackStandIn

SECRET = "s3cret"


@dataclass
class Seen:
    """What the Bolt app's listeners observed."""

    events: list[tuple[str, str | None]] = field(default_factory=list)  # (event type, x-slack-retry-num)
    event_ids: list[str] = field(default_factory=list)


def build_app(standin: SlackStandIn, seen: Seen) -> AsyncApp:
    # Passing token= as well as client= only makes Bolt log that it ignores the token.
    client = AsyncWebClient(base_url=standin.api_url, token=standin.bot_token)
    app = AsyncApp(signing_secret=SECRET, client=client)

    @app.command("/policy")
    async def policy(ack: AsyncAck, respond: AsyncRespond, command: dict[str, Any]) -> None:
        await ack()
        await respond(f"hi {command['text']}")

    @app.event("app_mention")
    async def mentioned(
        event: dict[str, Any], say: AsyncSay, request: AsyncBoltRequest, body: dict[str, Any]
    ) -> None:
        seen.events.append(("app_mention", request.headers.get("x-slack-retry-num", [None])[0]))
        seen.event_ids.append(body["event_id"])
        await say(text="answer", thread_ts=event.get("thread_ts") or event["ts"])

    @app.event("message")
    async def message(request: AsyncBoltRequest) -> None:
        seen.events.append(("message", request.headers.get("x-slack-retry-num", [None])[0]))

    @app.action("mute")
    async def mute(ack: AsyncAck, respond: AsyncRespond, action: dict[str, Any]) -> None:
        await ack()
        await respond(text=f"muted {action['value']}", replace_original=True)

    return app


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as running:
        running.invite_bot("C0ALERTS")
        yield running


@pytest.fixture
def seen() -> Seen:
    return Seen()


@pytest.fixture(params=["http", "socket"])
async def driver(
    request: pytest.FixtureRequest, standin: SlackStandIn, seen: Seen
) -> AsyncIterator[SlackDriver]:
    mode: Mode = request.param
    app = build_app(standin, seen)
    if mode == "http":
        runner = web.AppRunner(app.web_app(path="/slack/events"), access_log=None, shutdown_timeout=0.5)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        url = f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"
        async with SlackDriver(standin, mode="http", events_url=url, signing_secret=SECRET) as http_driver:
            yield http_driver
        await runner.cleanup()
    else:
        handler = AsyncSocketModeHandler(app, standin.app_token)
        await handler.connect_async()
        await standin.wait_socket_connected()
        async with SlackDriver(standin, mode="socket") as socket_driver:
            yield socket_driver
        await handler.close_async()


async def test_command_is_acked_and_respond_reaches_the_response_url(
    driver: SlackDriver, standin: SlackStandIn
) -> None:
    result = await driver.command("china ai")

    assert result.ok
    assert result.elapsed < 3.0
    await standin.wait_for(lambda: bool(standin.responses_to(result.response_url)), what="respond() posted")
    [response] = standin.responses_to(result.response_url)
    assert response.text == "hi china ai"
    assert response.url_id == result.response_id


async def test_mention_gets_a_threaded_answer_and_both_events_arrive(
    driver: SlackDriver, standin: SlackStandIn, seen: Seen
) -> None:
    result = await driver.mention("who is affected?", channel="C0ALERTS")

    assert result.ok
    await standin.wait_for(lambda: len(standin.messages["C0ALERTS"]) == 2, what="bot answered")
    question, answer = standin.messages["C0ALERTS"]
    assert question["text"] == "<@UPOLICYBOT> who is affected?"
    assert (answer["text"], answer["thread_ts"], answer["bot_id"]) == ("answer", question["ts"], "BPOLICYBOT")
    assert sorted(kind for kind, _ in seen.events) == ["app_mention", "message"]
    assert seen.event_ids == [result.event_id]


async def test_redelivery_carries_the_retry_number(
    driver: SlackDriver, standin: SlackStandIn, seen: Seen
) -> None:
    event = payloads.app_mention_event("<@UPOLICYBOT> again", channel="C0ALERTS", user="U0ALICE")

    first = await driver.event(event, event_id="Ev0000000001")
    retry = await driver.event(event, event_id="Ev0000000001", retry_num=1)

    assert first.ok and retry.ok
    await standin.wait_for(lambda: len(seen.events) == 2, what="both deliveries handled")
    # Over Socket Mode Slack always sends retry_attempt (0 first), which Bolt turns into a header.
    expected_first = "0" if driver.mode == "socket" else None
    assert seen.events == [("app_mention", expected_first), ("app_mention", "1")]
    assert seen.event_ids == ["Ev0000000001", "Ev0000000001"]


async def test_button_click_replaces_the_original_message(driver: SlackDriver, standin: SlackStandIn) -> None:
    client = AsyncWebClient(base_url=standin.api_url, token=standin.bot_token)
    alert = await client.chat_postMessage(channel="C0ALERTS", text="alert")
    url = standin.new_response_url(channel_id="C0ALERTS", message_ts=alert["ts"])
    payload = payloads.block_action(
        "mute", "cn-ai", channel="C0ALERTS", user="U0ALICE", message_ts=alert["ts"], response_url=url
    )

    result = await driver.action(payload)

    assert result.ok
    await standin.wait_for(lambda: bool(standin.responses_to(url)), what="action responded")
    assert [m["text"] for m in standin.messages["C0ALERTS"]] == ["muted cn-ai"]


async def test_unhandled_command_is_not_acked(driver: SlackDriver) -> None:
    driver.ack_timeout = 0.3
    if driver.mode == "http":
        result = await driver.command("x", command="/unknown")
        assert result.status == 404
    else:
        # Bolt's Socket Mode adapter sends no ack at all for a non-200 dispatch.
        with pytest.raises(TimeoutError, match="no ack"):
            await driver.command("x", command="/unknown")


@pytest.fixture
async def http_driver(standin: SlackStandIn, seen: Seen) -> AsyncIterator[SlackDriver]:
    runner = web.AppRunner(build_app(standin, seen).web_app(), access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"
    async with SlackDriver(standin, mode="http", events_url=url, signing_secret=SECRET) as http:
        yield http
    await runner.cleanup()


@pytest.mark.parametrize(
    "forgery",
    [
        {"secret": "not-the-secret"},
        {"timestamp": str(int(time.time()) - 301)},
        {"signature": ""},
        {"timestamp": ""},
        {"signature": "v0=" + "0" * 64},
    ],
)
async def test_badly_signed_http_request_gets_401(http_driver: SlackDriver, forgery: dict[str, Any]) -> None:
    body = b"token=x&command=%2Fpolicy&text=china&response_url=http%3A%2F%2F127.0.0.1%2Fx"
    assert http_driver.events_url is not None

    status, _ = await http_driver.post_signed(http_driver.events_url, body, FORM_CONTENT_TYPE, **forgery)

    assert status == 401


async def test_url_verification_answers_the_challenge(http_driver: SlackDriver) -> None:
    assert http_driver.events_url is not None
    body = payloads.url_verification("chal-123")

    status, text = await http_driver.post_signed(
        http_driver.events_url, json.dumps(body).encode(), JSON_CONTENT_TYPE
    )

    assert status == 200
    assert json.loads(text) == {"challenge": "chal-123"}  # Bolt answers in JSON, which Slack accepts


def test_http_mode_needs_url_and_secret(standin: SlackStandIn) -> None:
    with pytest.raises(ValueError, match="events_url and signing_secret"):
        SlackDriver(standin, mode="http", events_url="http://127.0.0.1:1/slack/events")
