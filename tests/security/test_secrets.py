"""Secrets never reach the logs, whatever the log level."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.sandbox.harness import SIGNING_SECRET, running_bot
from bot.sandbox.payloads import message_event


@pytest.mark.parametrize("mode", ["socket", "http"])
async def test_tokens_never_appear_in_logs(mode: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    async with running_bot(mode, tmp_path) as h:  # type: ignore[arg-type]
        await h.poll_and_deliver()
        await h.driver.command("china ai")
        await h.driver.command("subscribe us visa")
        ts = str(h.alerts_in()[0]["ts"])
        await h.driver.event(message_event("Who is affected?", channel="C0POLICY", user="U0A", thread_ts=ts))
        await h.standin.wait_for(lambda: len(h.standin.responses) >= 2, what="two answers")
        secrets = [h.standin.bot_token, h.standin.app_token, SIGNING_SECRET]
    logged = "\n".join(r.getMessage() + " " + str(r.args) for r in caplog.records)
    assert len(caplog.records) > 10  # the bot did log at DEBUG: the check below is not vacuous
    for secret in secrets:
        assert secret not in logged
