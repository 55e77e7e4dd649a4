"""HTTP mode refuses what Slack did not sign, and changes nothing when it refuses."""

from __future__ import annotations

import time
import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.sandbox.harness import Harness, running_bot
from bot.sandbox.payloads import slash_command

FORM = "application/x-www-form-urlencoded"


@pytest.fixture
async def http_bot(tmp_path: Path) -> AsyncIterator[Harness]:
    async with running_bot("http", tmp_path) as h:
        yield h


def _subscribe_body(h: Harness) -> bytes:
    h.standin.invite_bot("C0X")
    fields = slash_command("subscribe china ai", response_url=h.standin.new_response_url(), channel_id="C0X")
    return urllib.parse.urlencode(fields).encode()


@pytest.mark.parametrize(
    "forgery",
    [
        {"secret": "not-the-signing-secret"},
        {"signature": ""},  # no signature header
        {"timestamp": ""},  # no timestamp header
        {"timestamp": str(int(time.time()) - 301)},  # replayed: older than 5 minutes
        {"signature": "v0=" + "0" * 64},
    ],
    ids=["wrong-secret", "no-signature", "no-timestamp", "stale-timestamp", "forged-signature"],
)
async def test_unsigned_or_stale_requests_are_refused_and_change_nothing(
    http_bot: Harness, forgery: dict[str, str]
) -> None:
    assert http_bot.runtime.http_url is not None
    status, _ = await http_bot.driver.post_signed(http_bot.runtime.http_url, _subscribe_body(http_bot), FORM, **forgery)
    assert status == 401
    assert await http_bot.store.subscriptions() == []
    assert http_bot.standin.responses == []


async def test_a_correctly_signed_request_is_accepted(http_bot: Harness) -> None:
    assert http_bot.runtime.http_url is not None
    status, _ = await http_bot.driver.post_signed(http_bot.runtime.http_url, _subscribe_body(http_bot), FORM)
    assert status == 200
    await http_bot.standin.wait_for(lambda: bool(http_bot.standin.responses), what="subscribe answer")
    assert [s.query for s in await http_bot.store.subscriptions()] == ["china ai"]
