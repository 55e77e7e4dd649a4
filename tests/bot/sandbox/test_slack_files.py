"""The stand-in's files upload v2 flow refuses what Slack refuses, and records what was uploaded."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.slack import SlackStandIn

PNG = b"\x89PNG\r\n\x1a\n" + b"chart" * 20


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as running:
        running.add_channel("C1")  # the bot is in C1 (any other channel refuses its posts, as on Slack)
        yield running


@pytest.fixture
def client(standin: SlackStandIn) -> AsyncWebClient:
    return AsyncWebClient(token=standin.bot_token, base_url=standin.api_url, retry_handlers=[])


async def _error(call: object) -> str:
    with pytest.raises(SlackApiError) as failure:
        await call  # type: ignore[misc]
    return str(failure.value.response["error"])


async def test_upload_shares_to_a_channel_with_comment_and_thread_and_keeps_the_bytes(
    standin: SlackStandIn, client: AsyncWebClient,
) -> None:
    root = await client.chat_postMessage(channel="C1", text="the brief")
    done = await client.files_upload_v2(content=PNG, filename="chart.png", title="Chart", channel="C1",
                                        initial_comment="stories per week", thread_ts=root["ts"])
    [upload] = standin.uploads.stored()
    assert (upload.data, upload.title, upload.channel_id, upload.completed) == (PNG, "Chart", "C1", True)
    shared = standin.messages["C1"][-1]
    assert shared["text"] == "stories per week" and shared["thread_ts"] == root["ts"]
    assert shared["files"][0]["id"] == done["file"]["id"] == upload.file_id
    assert done["file"]["shares"]["public"]["C1"][0]["ts"] == shared["ts"]


async def test_a_private_upload_shares_nothing_and_may_back_an_image_block(
    standin: SlackStandIn, client: AsyncWebClient,
) -> None:
    done = await client.files_upload_v2(content=PNG, filename="chart.png", title="Chart")
    assert standin.messages == {}
    image = {"type": "image", "slack_file": {"id": done["file"]["id"]}, "alt_text": "chart"}
    await client.chat_postMessage(channel="C1", text="x", blocks=[image])
    for bad in ({**image, "slack_file": {"id": "FNOSUCHFILE"}}, {**image, "image_url": "https://x.example/a.png"},
                {k: v for k, v in image.items() if k != "alt_text"}):
        assert await _error(client.chat_postMessage(channel="C1", text="x", blocks=[bad])) == "invalid_blocks"


async def test_upload_errors(standin: SlackStandIn, client: AsyncWebClient) -> None:
    assert await _error(client.files_getUploadURLExternal(filename="a.png", length=0)) == "missing_argument"
    standin.uploads.max_bytes = 50
    assert await _error(client.files_getUploadURLExternal(filename="a.png", length=51)) == "file_upload_size_restricted"
    standin.uploads.max_bytes = 10_000
    assert await _error(client.files_getUploadURLExternal(filename="a.png", length=5, alt_txt="x" * 1001)) == (
        "alt_txt_too_large")
    # A bad file id, and a file whose bytes never arrived.
    assert await _error(client.files_completeUploadExternal(files=[{"id": "FNOPE", "title": "x"}])) == "file_not_found"
    step1 = await client.files_getUploadURLExternal(filename="a.png", length=len(PNG))
    assert await _error(client.files_completeUploadExternal(files=[{"id": step1["file_id"]}])) == "file_not_found"
    async with httpx.AsyncClient() as http:
        # More bytes than announced, an unknown URL, then the upload itself and a second use of its URL.
        assert (await http.post(step1["upload_url"], content=PNG + b"x")).status_code == 413
        assert (await http.post(f"{standin.base_url}/upload/FNOPE", content=PNG)).status_code == 404
        assert (await http.post(step1["upload_url"], content=PNG[:-1])).status_code == 200
        assert (await http.post(step1["upload_url"], content=PNG)).status_code == 404
    assert await _error(client.files_completeUploadExternal(files=[{"id": step1["file_id"]}])) == "file_size_mismatch"
    # An upload URL used after it expired.
    standin.uploads.url_ttl_s = 0.0
    with pytest.raises(SlackRequestError, match="status: 404"):
        await client.files_upload_v2(content=PNG, filename="late.png")
    standin.uploads.url_ttl_s = 600.0
    done = await client.files_upload_v2(content=PNG, filename="ok.png")
    assert await _error(client.files_completeUploadExternal(files=[{"id": done["file"]["id"]}])) == (
        "file_already_completed")
    # A channel Slack would refuse, and a token without files:write.
    standin.add_channel("C2", is_member=False)
    assert await _error(client.files_upload_v2(content=PNG, filename="a.png", channel="C2")) == "not_in_channel"
    standin.uploads.scopes.discard("files:write")
    assert await _error(client.files_upload_v2(content=PNG, filename="a.png")) == "missing_scope"
    with pytest.raises(SlackApiError) as refused:
        await client.files_getUploadURLExternal(filename="a.png", length=3)
    assert refused.value.response["needed"] == "files:write"
