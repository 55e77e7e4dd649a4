"""The stand-in is at least as strict as Slack where a lenient one would hide a defect: membership and
conversation types, scopes, message size, block ids, metadata, response URLs and rate limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.slack import (
    LIMITED_HISTORY_PAGE,
    MAX_MESSAGE_BLOCKS_TEXT,
    POST_BURST_PER_CHANNEL,
    POST_BURST_PER_WORKSPACE,
    RESPONSE_URL_USES,
    SlackStandIn,
)


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as running:
        yield running


@pytest.fixture
def client(standin: SlackStandIn) -> AsyncWebClient:
    return AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)


async def error_of(call: Any) -> SlackApiError:
    with pytest.raises(SlackApiError) as raised:
        await call
    return raised.value


def section(text: str, block_id: str | None = None) -> dict[str, Any]:
    block: dict[str, Any] = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    if block_id:
        block["block_id"] = block_id
    return block


async def test_the_bot_is_in_no_channel_until_invited(standin: SlackStandIn, client: AsyncWebClient) -> None:
    assert (await error_of(client.chat_postMessage(channel="C0NEW", text="x"))).response["error"] == "not_in_channel"
    info = await client.conversations_info(channel="C0NEW")
    assert info["channel"]["is_member"] is False and info["channel"]["is_channel"] is True
    standin.invite_bot("C0NEW")
    assert (await client.chat_postMessage(channel="C0NEW", text="x"))["ok"]
    assert (await client.conversations_info(channel="C0NEW"))["channel"]["is_member"] is True


async def test_private_channels_and_dms_are_invisible_or_out_of_scope(
    standin: SlackStandIn, client: AsyncWebClient
) -> None:
    standin.add_channel("C0SECRET", kind="private", is_member=False)  # private, with a C id
    for call in (client.chat_postMessage(channel="C0SECRET", text="x"), client.conversations_info(channel="C0SECRET"),
                 client.conversations_history(channel="C0SECRET")):
        assert (await error_of(call)).response["error"] == "channel_not_found"
    standin.invite_bot("C0SECRET")
    assert (await client.conversations_info(channel="C0SECRET"))["channel"]["is_private"] is True
    # The manifest asks no scope to read direct or group messages.
    standin.add_channel("C0GROUP", kind="mpim")
    for channel in ("C0GROUP", standin.dm_channel("U0ALICE")):
        assert (await error_of(client.conversations_info(channel=channel))).response["error"] == "missing_scope"
        assert (await error_of(client.conversations_history(channel=channel))).response["error"] == "missing_scope"


async def test_each_method_needs_its_scope() -> None:
    async with SlackStandIn(scopes=["chat:write"], channels=["C1"]) as standin:
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        assert (await client.chat_postMessage(channel="C1", text="x"))["ok"]
        for call in (client.conversations_history(channel="C1"), client.conversations_info(channel="C1"),
                     client.users_conversations(types="public_channel")):
            assert (await error_of(call)).response["error"] == "missing_scope"
    async with SlackStandIn(scopes=[], channels=["C1"]) as standin:
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        assert (await error_of(client.chat_postMessage(channel="C1", text="x"))).response["error"] == "missing_scope"


async def test_missing_scope_says_what_was_needed_and_every_answer_tells_the_token_scopes() -> None:
    """As Slack: missing_scope carries `needed` and `provided`, and answers to the bot token carry its
    scopes in `x-oauth-scopes` (auth.test is how a bot learns them)."""
    async with SlackStandIn(scopes=["channels:read", "commands"], channels=["C1"]) as standin:
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        refused = (await error_of(client.chat_postMessage(channel="C1", text="x"))).response
        assert (refused["needed"], refused["provided"]) == ("chat:write", "channels:read,commands")
        assert refused.headers["x-oauth-scopes"] == "channels:read,commands"
        assert (await client.auth_test()).headers["x-oauth-scopes"] == "channels:read,commands"


async def test_a_message_too_long_in_total_is_refused(standin: SlackStandIn, client: AsyncWebClient) -> None:
    standin.invite_bot("C1")
    each = 2_500  # every block within its own 3,000
    blocks = [section("x" * each) for _ in range(MAX_MESSAGE_BLOCKS_TEXT // each + 1)]
    failure = await error_of(client.chat_postMessage(channel="C1", text="x", blocks=blocks))
    assert failure.response["error"] == "msg_blocks_too_long" and standin.messages.get("C1") is None
    assert (await client.chat_postMessage(channel="C1", text="x", blocks=blocks[:-1]))["ok"]


async def test_a_repeated_block_id_is_refused(standin: SlackStandIn, client: AsyncWebClient) -> None:
    standin.invite_bot("C1")
    blocks = [section("a", "same"), section("b", "same")]
    assert (await error_of(client.chat_postMessage(channel="C1", text="x", blocks=blocks))).response["error"] == (
        "invalid_blocks"
    )


@pytest.mark.parametrize("payload", [
    {"alert_ids": [1, 2]},  # an array of numbers: not a shape Slack's metadata takes
    {"nested": {"deeper": {"x": 1}}},
])
async def test_metadata_slack_does_not_take_is_dropped_with_a_warning(
    standin: SlackStandIn, client: AsyncWebClient, payload: dict[str, Any]
) -> None:
    standin.invite_bot("C1")
    response = await client.chat_postMessage(channel="C1", text="x",
                                             metadata={"event_type": "policybot_alert", "event_payload": payload})
    assert response["ok"] and response["warning"] == "invalid_metadata_schema"
    assert "metadata" not in standin.messages["C1"][-1]
    good = {"event_type": "policybot_alert", "event_payload": {"alert_ids": "1,2", "n": 2, "d": True}}
    response = await client.chat_postMessage(channel="C1", text="x", metadata=good)
    assert "warning" not in response.data and standin.messages["C1"][-1]["metadata"] == good
    bad_type = {"event_type": "policy bot!", "event_payload": {}}
    assert (await client.chat_postMessage(channel="C1", text="x", metadata=bad_type))["warning"]
    failure = await error_of(client.chat_postMessage(channel="C1", text="x", metadata="not json"))
    assert failure.response["error"] in ("invalid_metadata_format", "invalid_arguments")


async def test_a_response_url_serves_five_posts_within_thirty_minutes(standin: SlackStandIn) -> None:
    url = standin.new_response_url(channel_id="C1", user_id="U0ALICE")
    async with httpx.AsyncClient() as http:
        statuses = [(await http.post(url, json={"text": f"n{i}"})).status_code for i in range(RESPONSE_URL_USES + 1)]
        assert statuses == [200] * RESPONSE_URL_USES + [404]
        fresh = standin.new_response_url(channel_id="C1", user_id="U0ALICE")
        standin.age_response_url(fresh, 31 * 60)
        late = await http.post(fresh, json={"text": "late"})
    assert late.status_code == 404 and late.text == "expired_url"
    assert len(standin.responses_to(url)) == RESPONSE_URL_USES and standin.responses_to(fresh) == []


async def test_posting_is_rate_limited_per_channel_and_per_workspace() -> None:
    now = [1000.0]  # the stand-in's clock, frozen: a slow machine must not refill the buckets meanwhile
    channels = [f"C{i:03d}" for i in range(POST_BURST_PER_WORKSPACE // POST_BURST_PER_CHANNEL + 1)]
    async with SlackStandIn(channels=channels, clock=lambda: now[0]) as standin:
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        for _ in range(POST_BURST_PER_CHANNEL):
            await client.chat_postMessage(channel=channels[0], text="x")
        limited = await error_of(client.chat_postMessage(channel=channels[0], text="one too many"))
        assert limited.response.status_code == 429 and int(limited.response.headers["Retry-After"]) >= 1
        assert len(standin.messages[channels[0]]) == POST_BURST_PER_CHANNEL
        # Other channels are fine, until the workspace's own ceiling.
        posted = POST_BURST_PER_CHANNEL
        for channel in channels[1:]:
            for _ in range(POST_BURST_PER_CHANNEL):
                if posted == POST_BURST_PER_WORKSPACE:
                    break
                await client.chat_postMessage(channel=channel, text="x")
                posted += 1
        limited = await error_of(client.chat_postMessage(channel=channels[-1], text="workspace full"))
        assert limited.response.status_code == 429 and limited.response["error"] == "ratelimited"
        now[0] += int(limited.response.headers["Retry-After"])
        assert (await client.chat_postMessage(channel=channels[-1], text="after Retry-After"))["ok"]


async def test_history_limits_for_apps_outside_the_marketplace() -> None:
    async with SlackStandIn(channels=["C1"], history_limits=True) as standin:
        for i in range(LIMITED_HISTORY_PAGE + 5):
            standin.add_message("C1", f"m{i}")
        client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
        page = await client.conversations_history(channel="C1", limit=200)
        assert len(page["messages"]) == LIMITED_HISTORY_PAGE and page["has_more"] is True
        limited = await error_of(client.conversations_history(channel="C1", cursor=page["response_metadata"]["next_cursor"]))
        assert limited.response.status_code == 429 and 1 <= int(limited.response.headers["Retry-After"]) <= 60
