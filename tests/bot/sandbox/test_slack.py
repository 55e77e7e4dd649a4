"""The Slack stand-in, exercised through real sockets by slack_sdk's own clients."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import aiohttp
import httpx
import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.socket_mode.async_client import AsyncBaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.slack import POST_BURST_PER_CHANNEL, SlackStandIn

# slack_sdk warns when blocks come without a fallback text; several tests send exactly that.
pytestmark = pytest.mark.filterwarnings("ignore:The top-level `text` argument is missing:UserWarning")


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as running:
        running.invite_bot("C1")  # any other id is a channel the bot is not in
        yield running


@pytest.fixture
def client(standin: SlackStandIn) -> AsyncWebClient:
    return AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)


async def error_of(call: Any) -> SlackApiError:
    with pytest.raises(SlackApiError) as raised:
        await call
    return raised.value


# ---------------------------------------------------------------- Web API basics


async def test_auth_test_reports_the_bot_identity(standin: SlackStandIn, client: AsyncWebClient) -> None:
    response = await client.auth_test()

    assert (response["user_id"], response["bot_id"], response["team_id"]) == (
        "UPOLICYBOT",
        "BPOLICYBOT",
        "TSANDBOX",
    )
    [call] = standin.calls_to("auth.test")
    assert call.token == "xoxb-sandbox"
    assert call.http_method == "POST"
    assert "token" not in call.args


@pytest.mark.parametrize(
    ("token", "method", "error"),
    [
        ("xoxb-wrong", "auth.test", "invalid_auth"),
        (None, "auth.test", "not_authed"),
        ("xapp-sandbox", "chat.postMessage", "not_allowed_token_type"),
        ("xoxb-sandbox", "apps.connections.open", "not_allowed_token_type"),
    ],
)
async def test_wrong_or_missing_token_is_refused_with_http_200(
    standin: SlackStandIn, token: str | None, method: str, error: str
) -> None:
    client = AsyncWebClient(token=token, base_url=standin.api_url)

    failure = await error_of(client.api_call(method, json={"channel": "C1", "text": "x"}))

    assert failure.response.status_code == 200
    assert failure.response["error"] == error


async def test_form_post_with_token_field_and_get_with_query_are_accepted(standin: SlackStandIn) -> None:
    async with httpx.AsyncClient() as http:
        form = {"token": standin.bot_token, "channel": "C1", "text": "hello", "blocks": "[]"}
        posted = (await http.post(standin.api_url + "chat.postMessage", data=form)).json()
        got = await http.get(
            standin.api_url + "conversations.history",
            params={"channel": "C1"},
            headers={"Authorization": f"Bearer {standin.bot_token}"},
        )

    assert posted["ok"] is True
    assert [m["text"] for m in got.json()["messages"]] == ["hello"]
    post_call, get_call = standin.calls
    assert (post_call.http_method, post_call.token, post_call.args["text"]) == (
        "POST",
        "xoxb-sandbox",
        "hello",
    )
    assert (get_call.http_method, get_call.args) == ("GET", {"channel": "C1"})


async def test_sdk_sends_json_form_and_query_styles(standin: SlackStandIn, client: AsyncWebClient) -> None:
    await client.chat_postMessage(channel="C1", text="json body")  # JSON POST
    await client.api_call("chat.postMessage", data={"channel": "C1", "text": "form body"})  # form POST
    await client.conversations_history(channel="C1")  # GET with query

    assert [c.http_method for c in standin.calls] == ["POST", "POST", "GET"]
    assert [m["text"] for m in standin.messages["C1"]] == ["json body", "form body"]


async def test_unknown_method_answers_unknown_method(client: AsyncWebClient) -> None:
    failure = await error_of(client.api_call("reactions.add", json={"name": "eyes"}))

    assert failure.response["error"] == "unknown_method"


# ---------------------------------------------------------------- chat.postMessage and friends


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"channel": "", "text": "x"}, "channel_not_found"),
        ({"channel": "X123", "text": "x"}, "channel_not_found"),
        ({"channel": "C1"}, "no_text"),
        ({"channel": "C1", "blocks": [section("x")] * 51}, "invalid_blocks"),
        ({"channel": "C1", "blocks": [section("x" * 3001)]}, "invalid_blocks"),
        ({"channel": "CARCHIVED", "text": "x"}, "is_archived"),
        ({"channel": "CNOTMEMBER", "text": "x"}, "not_in_channel"),
    ],
)
async def test_post_message_validates_like_slack(
    standin: SlackStandIn, client: AsyncWebClient, kwargs: dict[str, Any], error: str
) -> None:
    standin.add_channel("CARCHIVED")
    standin.archive_channel("CARCHIVED")
    standin.add_channel("CNOTMEMBER")
    standin.remove_bot_from_channel("CNOTMEMBER")

    failure = await error_of(client.chat_postMessage(**kwargs))

    assert failure.response["error"] == error
    assert standin.messages.get(kwargs["channel"], []) == []


async def test_fifty_blocks_are_accepted(client: AsyncWebClient) -> None:
    response = await client.chat_postMessage(channel="C1", blocks=[section("x")] * 50)

    assert len(response["message"]["blocks"]) == 50


async def test_explicit_channel_set_rejects_other_channels() -> None:
    async with SlackStandIn(channels=["C0ALERTS"]) as standin:
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        ok = await client.chat_postMessage(channel="C0ALERTS", text="x")
        failure = await error_of(client.chat_postMessage(channel="C0OTHER", text="x"))

    assert ok["channel"] == "C0ALERTS"
    assert failure.response["error"] == "channel_not_found"


async def test_post_message_returns_stored_message_with_increasing_ts(
    standin: SlackStandIn, client: AsyncWebClient
) -> None:
    # As many as Slack takes in one burst in one channel (more would be rate-limited: see below).
    responses = [await client.chat_postMessage(channel="C1", text=f"m{i}") for i in range(POST_BURST_PER_CHANNEL)]

    stamps = [r["ts"] for r in responses]
    assert all(Decimal(a) < Decimal(b) for a, b in itertools.pairwise(stamps))
    assert all(len(ts.split(".")[1]) == 6 for ts in stamps)
    first = responses[0]
    assert (first["channel"], first["message"]["text"], first["message"]["bot_id"]) == (
        "C1",
        "m0",
        "BPOLICYBOT",
    )
    assert [m["ts"] for m in standin.messages["C1"]] == stamps


async def test_metadata_is_returned_by_history_only_on_request(client: AsyncWebClient) -> None:
    metadata = {"event_type": "policy_alert", "event_payload": {"cluster": "c-1"}}
    await client.chat_postMessage(channel="C1", text="alert", metadata=metadata)

    plain = await client.conversations_history(channel="C1")
    full = await client.conversations_history(channel="C1", include_all_metadata=True)

    assert "metadata" not in plain["messages"][0]
    assert full["messages"][0]["metadata"] == metadata


async def test_update_edits_only_known_bot_messages(standin: SlackStandIn, client: AsyncWebClient) -> None:
    posted = await client.chat_postMessage(channel="C1", text="before")
    human = standin.add_message("C1", "typed by a person")

    updated = await client.chat_update(channel="C1", ts=posted["ts"], text="after")
    missing = await error_of(client.chat_update(channel="C1", ts="1.000001", text="x"))
    foreign = await error_of(client.chat_update(channel="C1", ts=human["ts"], text="x"))

    assert updated["message"]["text"] == "after"
    assert standin.messages["C1"][0]["text"] == "after"
    assert missing.response["error"] == "message_not_found"
    assert foreign.response["error"] == "cant_update_message"


async def test_post_ephemeral_returns_message_ts_and_is_recorded(
    standin: SlackStandIn, client: AsyncWebClient
) -> None:
    response = await client.chat_postEphemeral(channel="C1", user="U0ALICE", text="only you")

    assert response["message_ts"]
    assert [(e["recipient"], e["text"]) for e in standin.ephemerals] == [("U0ALICE", "only you")]
    assert "C1" not in standin.messages


# ---------------------------------------------------------------- threads and history


async def test_replies_lists_parent_first_and_pages_with_cursor(
    standin: SlackStandIn, client: AsyncWebClient
) -> None:
    parent = await client.chat_postMessage(channel="C1", text="parent")
    for i in range(4):
        await client.chat_postMessage(channel="C1", text=f"reply {i}", thread_ts=parent["ts"])
    standin.add_message("C1", "human reply", thread_ts=parent["ts"])

    pages: list[list[str]] = []
    cursor = None
    while True:
        page = await client.conversations_replies(channel="C1", ts=parent["ts"], limit=2, cursor=cursor)
        pages.append([m["text"] for m in page["messages"]])
        cursor = page["response_metadata"]["next_cursor"]
        assert page["has_more"] is bool(cursor)
        if not cursor:
            break

    assert pages == [["parent", "reply 0"], ["reply 1", "reply 2"], ["reply 3", "human reply"]]
    head = standin.messages["C1"][0]
    assert (head["reply_count"], head["reply_users"]) == (5, ["UPOLICYBOT", "U0ALICE"])
    assert standin.messages["C1"][-1]["parent_user_id"] == "UPOLICYBOT"


async def test_replies_errors(client: AsyncWebClient) -> None:
    parent = await client.chat_postMessage(channel="C1", text="parent")

    unknown = await error_of(client.conversations_replies(channel="C1", ts="1.000001"))
    bad_cursor = await error_of(client.conversations_replies(channel="C1", ts=parent["ts"], cursor="%%%"))

    assert unknown.response["error"] == "thread_not_found"
    assert bad_cursor.response["error"] == "invalid_cursor"


async def test_history_is_newest_first_without_thread_replies(client: AsyncWebClient) -> None:
    first = await client.chat_postMessage(channel="C1", text="first")
    await client.chat_postMessage(channel="C1", text="in thread", thread_ts=first["ts"])
    await client.chat_postMessage(channel="C1", text="second")

    history = await client.conversations_history(channel="C1", limit=1)
    rest = await client.conversations_history(
        channel="C1", cursor=history["response_metadata"]["next_cursor"]
    )

    assert [m["text"] for m in history["messages"]] == ["second"]
    assert [m["text"] for m in rest["messages"]] == ["first"]


# ---------------------------------------------------------------- fault injection


async def test_injected_429_reaches_the_client_with_retry_after(
    standin: SlackStandIn, client: AsyncWebClient
) -> None:
    standin.fail_next("chat.postMessage", retry_after=7)

    failure = await error_of(client.chat_postMessage(channel="C1", text="x"))
    second = await client.chat_postMessage(channel="C1", text="x")

    assert failure.response.status_code == 429
    assert failure.response.headers["Retry-After"] == "7"
    assert failure.response["error"] == "ratelimited"
    assert second["ok"] is True
    assert len(standin.calls_to("chat.postMessage")) == 2
    assert len(standin.messages["C1"]) == 1


async def test_injected_ordinary_error_repeats_times_then_clears(
    standin: SlackStandIn, client: AsyncWebClient
) -> None:
    standin.fail_next("chat.postMessage", error="channel_not_found", status=200, times=2)

    errors = [(await error_of(client.chat_postMessage(channel="C1", text="x"))).response for _ in range(2)]
    third = await client.chat_postMessage(channel="C1", text="x")

    assert [(r.status_code, r["error"], "Retry-After" in r.headers) for r in errors] == [
        (200, "channel_not_found", False)
    ] * 2
    assert third["ok"] is True


async def test_injected_delay_trips_a_client_timeout(standin: SlackStandIn) -> None:
    standin.fail_next("chat.postMessage", error=None, delay=1.0)

    async with httpx.AsyncClient(timeout=0.1) as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.post(
                standin.api_url + "chat.postMessage",
                json={"channel": "C1", "text": "x"},
                headers={"Authorization": f"Bearer {standin.bot_token}"},
            )

    assert len(standin.calls_to("chat.postMessage")) == 1


# ---------------------------------------------------------------- response URLs, views, files


async def test_response_url_records_bodies_and_posts_in_channel(standin: SlackStandIn) -> None:
    url = standin.new_response_url(channel_id="C0ALERTS", user_id="U0ALICE")
    async with httpx.AsyncClient() as http:
        ephemeral = await http.post(url, json={"text": "only you", "response_type": "ephemeral"})
        public = await http.post(url, json={"text": "everyone", "response_type": "in_channel"})
        empty = await http.post(url, json={"response_type": "in_channel"})
        unknown = await http.post(standin.base_url + "/response/nope", json={"text": "x"})

    assert (ephemeral.status_code, ephemeral.text, public.status_code) == (200, "ok", 200)
    assert (empty.status_code, unknown.status_code) == (400, 404)
    assert [r.text for r in standin.responses_to(url)] == ["only you", "everyone"]
    assert [m["text"] for m in standin.messages["C0ALERTS"]] == ["everyone"]


async def test_views_publish_and_file_upload(standin: SlackStandIn, client: AsyncWebClient) -> None:
    await client.views_publish(user_id="U0ALICE", view={"type": "home", "blocks": [section("home")]})
    upload = await client.files_upload_v2(
        channel="C1", content=b"\x89PNG", filename="chart.png", title="Chart"
    )

    assert standin.views["U0ALICE"]["blocks"] == [section("home")]
    [uploaded] = standin.files.values()
    assert (uploaded.data, uploaded.title, uploaded.channel_id) == (b"\x89PNG", "Chart", "C1")
    assert upload["file"]["id"] == uploaded.file_id
    assert standin.messages["C1"][0]["files"][0]["id"] == uploaded.file_id


# ---------------------------------------------------------------- Socket Mode


def acking_client(standin: SlackStandIn, seen: list[SocketModeRequest]) -> SocketModeClient:
    client = SocketModeClient(
        app_token=standin.app_token, web_client=AsyncWebClient(base_url=standin.api_url)
    )

    async def ack(socket: AsyncBaseSocketModeClient, request: SocketModeRequest) -> None:
        seen.append(request)
        response = SocketModeResponse(
            envelope_id=request.envelope_id, payload={"text": f"got {request.type}"}
        )
        await socket.send_socket_mode_response(response)

    client.socket_mode_request_listeners.append(ack)
    return client


async def test_socket_mode_client_connects_acks_and_reconnects(standin: SlackStandIn) -> None:
    seen: list[SocketModeRequest] = []
    client = acking_client(standin, seen)
    try:
        await client.connect()
        await standin.wait_socket_connected()
        first = await standin.send_envelope("slash_commands", {"command": "/policy", "text": "china"})

        for reconnect in (2, 3):  # Slack refreshes connections repeatedly
            await standin.disconnect_socket()
            await standin.wait_socket_connected(connections=reconnect)
        second = await standin.send_envelope("events_api", {"event": {"type": "app_mention"}})
    finally:
        await client.close()

    assert first["payload"] == {"text": "got slash_commands"}
    assert second["payload"] == {"text": "got events_api"}
    assert [r.envelope_id for r in seen] == [first["envelope_id"], second["envelope_id"]]
    assert seen[0].payload["text"] == "china"
    assert seen[1].retry_attempt == 0
    assert len(standin.calls_to("apps.connections.open")) == 3
    assert all(c.token == "xapp-sandbox" for c in standin.calls_to("apps.connections.open"))


async def test_socket_mode_client_recovers_from_a_dropped_connection(standin: SlackStandIn) -> None:
    seen: list[SocketModeRequest] = []
    client = acking_client(standin, seen)
    try:
        await client.connect()
        await standin.wait_socket_connected()
        await standin.drop_socket()
        await standin.wait_socket_connected(connections=2)
        ack = await standin.send_envelope("interactive", {"type": "block_actions"})
    finally:
        await client.close()

    assert ack["payload"] == {"text": "got interactive"}


async def test_send_envelope_without_client_or_ack_fails_clearly(standin: SlackStandIn) -> None:
    with pytest.raises(RuntimeError, match="no Socket Mode client"):
        await standin.send_envelope("events_api", {})

    silent = SocketModeClient(
        app_token=standin.app_token, web_client=AsyncWebClient(base_url=standin.api_url)
    )
    try:
        await silent.connect()
        await standin.wait_socket_connected()
        with pytest.raises(TimeoutError, match="no ack"):
            await standin.send_envelope("events_api", {}, timeout=0.2)
    finally:
        await silent.close()


async def test_socket_url_needs_a_ticket_from_apps_connections_open(standin: SlackStandIn) -> None:
    async with httpx.AsyncClient() as http:
        refused = await http.get(standin.base_url + "/socket?ticket=forged")

    assert refused.status_code == 401
    assert not standin.socket_connected


async def test_hello_message_is_first(standin: SlackStandIn) -> None:
    opened = await AsyncWebClient(base_url=standin.api_url).apps_connections_open(app_token=standin.app_token)
    url = opened["url"]
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        hello = json.loads((await ws.receive()).data)

    assert url.startswith(f"ws://127.0.0.1:{standin.port}/socket?")
    assert hello["type"] == "hello"
    assert hello["connection_info"]["app_id"] == "APOLICYBOT"


# ---------------------------------------------------------------- lifecycle and helpers


async def test_wait_for_times_out_with_context(standin: SlackStandIn, client: AsyncWebClient) -> None:
    await client.auth_test()

    with pytest.raises(TimeoutError, match=r"alert posted still false .*auth\.test"):
        await standin.wait_for(lambda: bool(standin.messages), timeout=0.05, what="alert posted")


async def test_stop_is_idempotent_and_closes_the_port() -> None:
    standin = SlackStandIn()
    await standin.start()
    url = standin.api_url
    await standin.stop()
    await standin.stop()

    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ConnectError):
            await http.post(url + "auth.test")


async def test_stop_closes_socket_connections(standin: SlackStandIn) -> None:
    client = SocketModeClient(
        app_token=standin.app_token,
        web_client=AsyncWebClient(base_url=standin.api_url),
        auto_reconnect_enabled=False,
    )
    try:
        await client.connect()
        await standin.wait_socket_connected()
        await asyncio.wait_for(standin.stop(), timeout=3)
        assert not standin.socket_connected
    finally:
        await client.close()
