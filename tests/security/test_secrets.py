"""Secrets never reach the logs, whatever the log level and format, nor the command line's error messages."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
from pathlib import Path

import pytest

from bot.sandbox.harness import SIGNING_SECRET, running_bot
from bot.sandbox.payloads import message_event
from bot.sandbox.processes import run_policybot
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.sources_server import SampleSourcesServer


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


# ---------------------------------------------------------------- error messages of the command line

DB_PASSWORD = "s3cretpw"
BOT_TOKEN = "xoxb-1111-2222-WrOnGbOtToKeN"
APP_TOKEN = "xapp-1-A0000-3333-WrOnGaPpToKeN"
SIGNING = "signing-secret-never-shown"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICYBOT_", "LLM_"))}
    env.update({"POLICYBOT_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "DEBUG",
                "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING}, **extra)
    return env


def _assert_no_secret(*outputs: str) -> None:
    for output in outputs:
        for secret in (DB_PASSWORD, BOT_TOKEN, APP_TOKEN, SIGNING):
            assert secret not in output, f"{secret} shown in:\n{output[-3000:]}"


@pytest.mark.parametrize(("command", "log_format"), [(("run",), "text"), (("check", "--once"), "json")],
                         ids=["run-text-logs", "check-json-logs"])
async def test_an_unreachable_database_is_named_without_its_password(
    tmp_path: Path, command: tuple[str, ...], log_format: str
) -> None:
    url = f"postgresql+asyncpg://policybot:{DB_PASSWORD}@127.0.0.1:1/policybot"  # nothing listens on port 1
    code, out, err = await run_policybot(*command, cwd=tmp_path, env=_env(
        tmp_path, POLICYBOT_DATABASE_URL=url, POLICYBOT_LOG_FORMAT=log_format, POLICYBOT_SOURCES=str(_empty(tmp_path))))
    _assert_no_secret(out, err)
    assert code == 2 and "Traceback" not in err, err[-3000:]
    last = err.strip().splitlines()[-1]
    assert last.startswith("policybot: cannot open the database postgresql+asyncpg://policybot:***@127.0.0.1:1/policybot")
    if log_format == "json":  # every line before the verdict is a JSON log record
        for line in err.strip().splitlines()[:-1]:
            json.loads(line)


async def test_sources_list_with_an_unreachable_database_shows_no_password(tmp_path: Path) -> None:
    url = f"postgresql+asyncpg://policybot:{DB_PASSWORD}@127.0.0.1:1/policybot"
    code, out, err = await run_policybot("sources", "list", cwd=tmp_path, env=_env(
        tmp_path, POLICYBOT_DATABASE_URL=url, POLICYBOT_SOURCES=str(_empty(tmp_path))))
    assert code != 0
    _assert_no_secret(out, err)


def _empty(tmp_path: Path) -> Path:
    """A catalogue whose one source is never fetched (the address guard refuses it)."""
    catalogue = tmp_path / "sources.toml"
    catalogue.write_text('[[source]]\nid = "local"\nname = "Local"\nkind = "rss"\nurl = "http://127.0.0.1:9/feed"\n')
    return catalogue


async def test_slack_refusing_the_bot_token_never_prints_it(tmp_path: Path) -> None:
    """`check --once` posts with a token Slack refuses (invalid_auth): logs at DEBUG, in JSON, and the
    command's summary say so, never with the token."""
    async with SampleSourcesServer() as server, SlackStandIn() as slack:
        catalogue = tmp_path / "sources.toml"
        catalogue.write_text(server.catalogue_toml())
        code, out, err = await run_policybot("check", "--once", cwd=tmp_path, env=_env(
            tmp_path, SLACK_API_URL=slack.api_url, POLICYBOT_SOURCES=str(catalogue), POLICYBOT_LOG_FORMAT="json",
            POLICYBOT_ALLOW_PRIVATE_SOURCES="true", POLICYBOT_ALERT_CHANNELS="C0X", POLICYBOT_BACKFILL_HOURS="0"))
        refused = [c for c in slack.calls if c.token == BOT_TOKEN]
    assert code == 0, err[-3000:]
    assert refused, "the bot never used its token: the check below would be vacuous"
    records = [json.loads(line) for line in err.strip().splitlines()]
    assert any("invalid_auth" in json.dumps(r) for r in records)
    assert "0 posted" in out
    _assert_no_secret(out, err)


async def test_socket_mode_refusing_the_app_token_never_prints_it(tmp_path: Path) -> None:
    async with SlackStandIn() as slack:
        env = _env(tmp_path, SLACK_APP_TOKEN=APP_TOKEN, SLACK_API_URL=slack.api_url,
                   POLICYBOT_SOURCES=str(_empty(tmp_path)), POLICYBOT_METRICS_PORT="0")
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        try:
            await slack.wait_for(lambda: any(c.method == "apps.connections.open" for c in slack.calls),
                                 timeout=30, what="a Socket Mode connection attempt")
            await asyncio.sleep(0.5)  # let the refusal be logged
        finally:
            if proc.returncode is None:
                proc.kill()  # it retries a refused token forever, so it is stopped here
            out, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert "invalid_auth" in err.decode()
    _assert_no_secret(out.decode(), err.decode())
