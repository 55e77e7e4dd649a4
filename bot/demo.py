"""`policybot demo`: the bot's whole job, offline, with a transcript of what a Slack user would see.

Local sample sources and a local Slack stand-in replace the internet; the bot itself is the real one
(the same Bolt app, pipeline, store and delivery as `policybot run`).
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.sandbox.driver import SlackDriver
from bot.sandbox.harness import ALERT_CHANNEL, Harness, Mode, running_bot
from bot.sandbox.payloads import message_event
from bot.sandbox.slack import SlackStandIn
from bot.slack.plaintext import blocks_to_text

DEMO_USER = "U0ANALYST"
WAIT_S = 10.0


class Transcript:
    def __init__(self, out: Callable[[str], None] = print) -> None:
        self.out = out

    def step(self, title: str) -> None:
        self.out(f"\n\033[1m## {title}\033[0m" if _tty() else f"\n## {title}")

    def message(self, who: str, where: str, body: str) -> None:
        self.out(f"[{where}] {who}:")
        for line in body.splitlines():
            self.out(f"    {line}")


def _tty() -> bool:
    import sys

    return sys.stdout.isatty()


def _message_text(msg: dict[str, Any]) -> str:
    return blocks_to_text(msg.get("blocks") or [], str(msg.get("text", "")))


async def run_demo(*, mode: Mode = "socket", out: Callable[[str], None] = print) -> int:
    t = Transcript(out)
    with tempfile.TemporaryDirectory(prefix="policybot-demo-") as data_dir:
        async with running_bot(mode, Path(data_dir)) as harness:
            await _script(t, harness)
    return 0


async def _script(t: Transcript, harness: Harness) -> None:
    services = harness.runtime.services
    standin = harness.standin
    driver = harness.driver
    t.step(f"1. A poll cycle over {len(services.sources)} local sample sources")
    report = await services.pipeline.run_cycle()
    for s in report.sources:
        t.out(f"  {s.source_id}: {s.items} items, {s.relevant} about talent-mobility policy"
              + (f", error: {s.error}" if s.error else ""))
    delivery = await services.deliverer.deliver_due()
    t.step(f"2. Alerts posted to #{ALERT_CHANNEL} ({delivery.posted})")
    posted = harness.alerts_in(ALERT_CHANNEL)
    for msg in posted:
        t.message("policybot", f"#{ALERT_CHANNEL}", _message_text(msg))
        t.out("")

    t.step("3. A user searches: /policy china ai")
    await _command(t, driver, standin, "china ai")

    t.step("4. A user subscribes another channel: /policy subscribe us visa")
    await _command(t, driver, standin, "subscribe us visa", channel="C0HRTEAM")

    canonical = next((m for m in posted if "DeepSeek" in _message_text(m)), posted[0] if posted else None)
    if canonical is None:
        t.out("  (no alert was posted, so there is no thread to ask in)")
        return
    t.step("5. In the alert's thread a user asks: Who is affected?")
    before = len(standin.calls_to("chat.postMessage"))
    event = message_event(
        "Who is affected?", channel=ALERT_CHANNEL, user=DEMO_USER, thread_ts=str(canonical["ts"]),
        parent_user_id=standin.bot_user_id,
    )
    await driver.event(event)
    t.message(DEMO_USER, f"#{ALERT_CHANNEL} thread", "Who is affected?")
    await standin.wait_for(lambda: len(standin.calls_to("chat.postMessage")) > before, timeout=WAIT_S)
    reply = standin.calls_to("chat.postMessage")[-1].args
    t.message("policybot", f"#{ALERT_CHANNEL} thread", _message_text(reply))
    t.step("6. The next poll cycle: nothing new, nothing posted twice")
    again = await services.pipeline.run_cycle(force=True)
    unchanged = sum(1 for s in again.sources if s.not_modified)
    repost = await services.deliverer.deliver_due()
    t.out(f"  {unchanged} of {len(again.sources)} sources answered 304 Not Modified to conditional requests; "
          f"{again.queued} alerts queued, {repost.posted} posted")
    t.step("Done: every request above went over real HTTP/WebSocket to local stand-ins; nothing left running.")


async def _command(
    t: Transcript, driver: SlackDriver, standin: SlackStandIn, text: str, *, channel: str = ALERT_CHANNEL
) -> None:
    before = len(standin.responses)
    t.message(DEMO_USER, f"#{channel}", f"/policy {text}")
    await driver.command(text, channel_id=channel, user_id=DEMO_USER)
    await standin.wait_for(lambda: len(standin.responses) > before, timeout=WAIT_S)
    body = standin.responses[-1].body
    visibility = "only you can see this" if body.get("response_type", "ephemeral") == "ephemeral" else "in channel"
    t.message("policybot", f"#{channel}, {visibility}", _message_text(body))


def main() -> None:  # pragma: no cover - convenience for `python -m bot.demo`
    asyncio.run(run_demo())
