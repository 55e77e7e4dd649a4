"""The stand-in echoes the bot's own posts and edits back as events, as Slack does: shaped like Slack's,
signed for a Request URL, and only where the bot is a member and the app subscribes to them."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.slack import SlackStandIn

SECRET = "echo-test-secret"


class App:
    """A Request URL that checks Slack's signature and keeps what it was sent."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        verifier = SignatureVerifier(SECRET)
        if not verifier.is_valid_request(raw, dict(request.headers)):
            return web.Response(status=401)
        self.bodies.append(json.loads(raw))
        return web.Response(status=200)

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/slack/events", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.url = f"http://127.0.0.1:{self._runner.addresses[0][1]}/slack/events"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


@pytest.fixture
async def app() -> AsyncIterator[App]:
    running = App()
    await running.start()
    yield running
    await running.stop()


async def test_posts_and_edits_come_back_as_slack_shapes_them(app: App) -> None:
    async with SlackStandIn(channels=["C0PUBLIC"]) as standin:
        standin.deliver_events_to(app.url, SECRET)
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        posted = await client.chat_postMessage(channel="C0PUBLIC", text="hello",
                                               metadata={"event_type": "x", "event_payload": {"a": "1"}})
        await client.chat_postMessage(channel="C0PUBLIC", text="also here", thread_ts=posted["ts"],
                                      reply_broadcast=True)
        await client.chat_update(channel="C0PUBLIC", ts=posted["ts"], text="hello again")
        await standin.settle_echoes()
    assert [e.status for e in standin.echoes] == [200, 200, 200]  # signed as Slack signs
    post, broadcast, edit = (b["event"] for b in app.bodies)
    assert app.bodies[0]["type"] == "event_callback" and app.bodies[0]["api_app_id"] == standin.app_id
    # An app's bot-token post: a plain `message` with user, bot_id and app_id (bot_message is for integrations).
    assert "subtype" not in post and post["bot_id"] == standin.bot_id and post["app_id"] == standin.app_id
    assert post["user"] == standin.bot_user_id and post["channel"] == "C0PUBLIC" and post["channel_type"] == "channel"
    assert post["ts"] == posted["ts"] and post["bot_profile"]["id"] == standin.bot_id
    assert "metadata" not in post
    assert broadcast["subtype"] == "thread_broadcast" and broadcast["thread_ts"] == posted["ts"]
    assert edit["subtype"] == "message_changed" and edit["hidden"] is True
    assert edit["message"]["text"] == "hello again" and edit["previous_message"]["text"] == "hello"
    assert edit["message"]["ts"] == posted["ts"] and edit["ts"] == edit["message"]["edited"]["ts"]


async def test_echoes_only_where_the_bot_is_and_the_app_subscribes(app: App) -> None:
    async with SlackStandIn() as standin:
        standin.deliver_events_to(app.url, SECRET)
        standin.add_channel("C0PRIVATE", kind="private")  # message.groups: subscribed by the manifest
        standin.add_channel("C0PUBLIC")
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        await client.chat_postMessage(channel="C0PRIVATE", text="private")
        await client.chat_postMessage(channel="U0ALICE", text="a direct message")  # message.im: not subscribed
        await client.chat_postMessage(channel="C0PUBLIC", text="public")
        await standin.settle_echoes()
    assert [b["event"]["text"] for b in app.bodies] == ["private", "public"]
    assert app.bodies[0]["event"]["channel_type"] == "group"


async def test_an_app_without_message_events_gets_no_echoes(app: App) -> None:
    async with SlackStandIn(channels=["C0PUBLIC"], events=["app_mention"]) as standin:
        standin.deliver_events_to(app.url, SECRET)
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        await client.chat_postMessage(channel="C0PUBLIC", text="hello")
        await standin.settle_echoes()
    assert app.bodies == [] and standin.echoes == []


async def test_with_no_transport_the_echo_is_recorded_undelivered() -> None:
    async with SlackStandIn(channels=["C0PUBLIC"]) as standin:
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        await client.chat_postMessage(channel="C0PUBLIC", text="hello")
        await standin.settle_echoes()
    assert [(e.via, e.event["text"]) for e in standin.echoes] == [("undelivered", "hello")]
