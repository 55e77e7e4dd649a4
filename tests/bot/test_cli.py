"""The `policybot` command as a user runs it: a real subprocess, real environment variables."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

from bot.sandbox.processes import run_policybot
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.sources_server import SampleSourcesServer


def _clean_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICYBOT_"))}
    env.update({"POLICYBOT_DATA_DIR": str(tmp_path / "data"), "LOG_LEVEL": "WARNING"}, **extra)
    return env


async def test_run_without_token_prints_one_line(tmp_path: Path) -> None:
    code, out, err = await run_policybot("run", env=_clean_env(tmp_path), cwd=tmp_path)
    assert code == 2
    assert err.strip().splitlines() == [
        "policybot: SLACK_BOT_TOKEN is not set: the bot token (xoxb-...) of your Slack app"
    ]
    assert "Traceback" not in err and out == ""


async def test_malformed_setting_is_named(tmp_path: Path) -> None:
    code, _, err = await run_policybot("run", env=_clean_env(tmp_path, PORT="eighty"), cwd=tmp_path)
    assert code == 2 and err.startswith("policybot: PORT is invalid") and len(err.strip().splitlines()) == 1


async def test_bad_sources_file_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "sources.toml"
    bad.write_text('[[source]]\nid = "x"\nname = "X"\nkind = "rss"\nurl = "not a url"\n')
    code, _, err = await run_policybot("sources", "list", env=_clean_env(tmp_path, POLICYBOT_SOURCES=str(bad)),
                                    cwd=tmp_path)
    assert code == 2 and "sources.toml: source #1" in err and "url" in err and "Traceback" not in err


async def test_check_dry_run_prints_alerts_and_changes_nothing(tmp_path: Path) -> None:
    async with SampleSourcesServer() as server:
        catalogue = tmp_path / "sources.toml"
        catalogue.write_text(server.catalogue_toml())
        env = _clean_env(tmp_path, POLICYBOT_SOURCES=str(catalogue), POLICYBOT_ALLOW_PRIVATE_SOURCES="true",
                         POLICYBOT_BACKFILL_HOURS="0")
        code, out, err = await run_policybot("check", "--once", "--dry-run", "--json", env=env, cwd=tmp_path)
        assert code == 0, err
        result = json.loads(out)
        texts = [a["text"] for a in result["alerts"]]
        assert any("DeepSeek" in json.dumps(a["blocks"]) for a in result["alerts"])
        assert all(a["channel"] == "dry-run" for a in result["alerts"])
        # The real database was not touched: a second dry run finds the same alerts.
        code, out2, _ = await run_policybot("check", "--once", "--dry-run", "--json", env=env, cwd=tmp_path)
        assert code == 0 and len(json.loads(out2)["alerts"]) == len(texts)
        code, listing, _ = await run_policybot("sources", "list", env=env, cwd=tmp_path)
        assert code == 0 and "the-decoder" in listing and "not polled yet" in listing


async def test_private_sources_are_refused_by_default(tmp_path: Path) -> None:
    async with SampleSourcesServer() as server:
        catalogue = tmp_path / "sources.toml"
        catalogue.write_text(server.catalogue_toml())
        env = _clean_env(tmp_path, POLICYBOT_SOURCES=str(catalogue))
        code, out, err = await run_policybot("check", "--once", "--dry-run", env=env, cwd=tmp_path)
    assert code == 0, err
    assert "the-decoder: error: blocked address 127.0.0.1" in out
    assert server.hits == {} or sum(server.hits.values()) == 0


async def test_run_posts_alerts_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    """`policybot run` for real: Socket Mode to the stand-in, the scheduler polls, SIGTERM stops it."""
    async with SampleSourcesServer() as server, SlackStandIn() as slack:
        slack.invite_bot("C0RUN")
        catalogue = tmp_path / "sources.toml"
        catalogue.write_text(server.catalogue_toml())
        env = _clean_env(
            tmp_path, SLACK_BOT_TOKEN=slack.bot_token, SLACK_APP_TOKEN=slack.app_token,
            SLACK_API_URL=slack.api_url, POLICYBOT_SOURCES=str(catalogue),
            POLICYBOT_ALLOW_PRIVATE_SOURCES="true", POLICYBOT_ALERT_CHANNELS="C0RUN", POLICYBOT_BACKFILL_HOURS="0",
            LOG_LEVEL="INFO",
        )
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        try:
            await slack.wait_socket_connected(timeout=20)
            # First polls are spread over a minute (politeness); the first source's alert comes at once.
            await slack.wait_for(
                lambda: any("DeepSeek" in str(m.get("blocks")) for m in slack.messages.get("C0RUN", [])),
                timeout=30, what="the canonical alert",
            )
        finally:
            proc.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(proc.communicate(), timeout=30)
    log = err.decode()
    assert proc.returncode == 0, log[-2000:]
    assert "Traceback" not in log and "stopping on signal" in log
    assert "will be unused" not in log
    assert slack.bot_token not in log and slack.app_token not in log


async def test_stats_shows_every_table_with_rows_and_size(tmp_path: Path) -> None:
    env = _clean_env(tmp_path)
    code, out, err = await run_policybot("stats", "--json", env=env, cwd=tmp_path)
    assert code == 0, err
    report = json.loads(out)
    tables = {t["table"]: t for t in report["tables"]}
    assert {"items", "clusters", "alerts", "alert_updates", "seen_events"} <= set(tables)
    assert all(t["rows"] == 0 for t in tables.values())
    assert tables["items"]["bytes"] > 0 and report["database_bytes"] >= tables["items"]["bytes"]
    code, out, _ = await run_policybot("stats", env=env, cwd=tmp_path)
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].split() == ["table", "rows", "size"] and lines[-1].startswith("database")
    assert any(line.split()[0] == "items" for line in lines)
