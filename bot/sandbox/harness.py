"""The real bot wired to the local Slack stand-in and sample sources: used by the demo, tests and benchmarks."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import SecretStr

from bot.config import Settings
from bot.runtime.process import BotRuntime
from bot.runtime.services import build_services
from bot.sandbox.driver import SlackDriver
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.sources_server import SampleSourcesServer
from bot.slack.blocks import ALERT_EVENT_TYPE
from bot.store import Store

Mode = Literal["socket", "http"]

ALERT_CHANNEL = "C0POLICY"
SIGNING_SECRET = "sandbox-signing-secret"  # noqa: S105 - the local stand-in's, not a real secret


def sandbox_settings(standin: SlackStandIn, data_dir: Path, mode: Mode, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": SecretStr(standin.bot_token),
        "slack_signing_secret": SecretStr(SIGNING_SECRET),
        "slack_app_token": SecretStr(standin.app_token) if mode == "socket" else None,
        "slack_api_url": standin.api_url,
        "policybot_data_dir": data_dir,
        "policybot_allow_private_sources": True,  # the sample sources live on 127.0.0.1
        "policybot_alert_channels": [ALERT_CHANNEL],
        "policybot_metrics_port": 0,  # no side server on a fixed port unless a caller asks for one
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@dataclass
class Harness:
    mode: Mode
    standin: SlackStandIn
    sources: SampleSourcesServer
    runtime: BotRuntime
    driver: SlackDriver

    @property
    def store(self) -> Store:
        return self.runtime.services.store

    def alerts_in(self, channel: str = ALERT_CHANNEL) -> list[dict[str, Any]]:
        """The alerts the bot posted in a channel (top-level messages carrying alert metadata)."""
        return [
            m
            for m in self.standin.messages.get(channel, [])
            # A parent of a thread carries thread_ts == ts (Slack's thread summary); replies differ.
            if m.get("thread_ts") in (None, m["ts"]) and (m.get("metadata") or {}).get("event_type") == ALERT_EVENT_TYPE
        ]

    async def poll_and_deliver(self) -> None:
        await self.runtime.services.pipeline.run_cycle()
        await self.runtime.services.deliverer.deliver_due()


@asynccontextmanager
async def running_bot(mode: Mode, data_dir: Path, **settings_overrides: Any) -> AsyncIterator[Harness]:
    """Start sample sources, the Slack stand-in and the real bot (no scheduler: callers drive cycles)."""
    async with SampleSourcesServer() as sources, SlackStandIn() as standin:
        # As an operator does for POLICYBOT_ALERT_CHANNELS and POLICYBOT_WEEKLY_BRIEF_CHANNELS.
        for channel in (ALERT_CHANNEL, *settings_overrides.get("policybot_weekly_brief_channels", ())):
            standin.invite_bot(channel)
        settings = sandbox_settings(standin, data_dir, mode, **settings_overrides)
        # The samples are dated; a run next year must still alert them, so no backfill cut-off.
        services = await build_services(settings, sources=sources.sources(), backfill=None, min_post_interval=0.0)
        runtime = BotRuntime(services)
        await runtime.start(mode, host="127.0.0.1", port=0, schedule=False)
        if runtime.http_url is not None:
            # The manifest's Request URL (policybot manifest --http): Slack's own events go there too.
            standin.deliver_events_to(runtime.http_url, SIGNING_SECRET)
        driver = SlackDriver(standin, mode=mode, events_url=runtime.http_url, signing_secret=SIGNING_SECRET)
        try:
            yield Harness(mode, standin, sources, runtime, driver)
        finally:
            await driver.aclose()
            await runtime.stop()
