"""`policybot demo`: the bot's whole job, offline, with a transcript of what a Slack user would see.

Local sample sources and a local Slack stand-in replace the internet; the bot itself is the real one
(the same Bolt app, pipeline, store and delivery as `policybot run`).
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.sandbox.driver import SlackDriver
from bot.sandbox.harness import ALERT_CHANNEL, Harness, Mode, running_bot
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.stories import add_story
from bot.slack.blocks import SEARCH_MORE, SEARCH_SHARE
from bot.slack.plaintext import blocks_to_text

DEMO_USER = "U0ANALYST"
BRIEF_CHANNEL = "C0BRIEFS"  # opted in to the weekly brief (POLICYBOT_WEEKLY_BRIEF_CHANNELS)
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


async def run_demo(*, mode: Mode = "socket", out: Callable[[str], None] = print, artifacts: Path | None = None) -> int:
    """The demo; with `artifacts`, every file the bot uploaded (the charts) is saved there too."""
    t = Transcript(out)
    with tempfile.TemporaryDirectory(prefix="policybot-demo-") as data_dir:
        async with running_bot(mode, Path(data_dir), policybot_weekly_brief_channels=[BRIEF_CHANNEL]) as harness:
            names = _file_names(harness.standin, artifacts)
            await _script(t, harness, names)
            if artifacts is not None:
                t.step(f"Files the bot uploaded, saved in {artifacts}")
                for upload in harness.standin.uploads.stored():
                    path = artifacts / names(upload.file_id)
                    path.write_bytes(upload.data or b"")
                    t.out(f"  {path}  ({_png_size(upload.data or b'')}, {len(upload.data or b'')} bytes)")
    return 0


def _file_names(standin: SlackStandIn, artifacts: Path | None) -> Callable[[str], str]:
    """Each uploaded file's name in the artifacts directory: its upload order, then Slack's file name."""
    if artifacts is not None:
        artifacts.mkdir(parents=True, exist_ok=True)

    def name(file_id: str) -> str:
        order = [f.file_id for f in standin.uploads.stored()]
        upload = standin.uploads.files[file_id]
        return f"{order.index(file_id) + 1:02d}-{upload.filename}"

    return name


def _png_size(data: bytes) -> str:
    if not data.startswith(b"\x89PNG") or len(data) < 24:
        return "not a PNG"
    return f"PNG {int.from_bytes(data[16:20], 'big')}×{int.from_bytes(data[20:24], 'big')} px"


def _chart_note(standin: SlackStandIn, file_id: str, names: Callable[[str], str]) -> str:
    upload = standin.uploads.files[file_id]
    return f"[chart {upload.title!r}: {_png_size(upload.data or b'')}, saved as {names(file_id)} with --artifacts]"


# A few stories the bot stored in earlier weeks (the sample feeds only hold this week's), so that a broad
# search has more than one page. Invented like the sample feeds, and labelled as such in the transcript.
ARCHIVE = [
    ("Canada caps international study permits for two years", "CA", "immigration", "enacted", 12),
    ("Germany's skilled-immigration points card opens to AI specialists", "DE", "visa", "in_effect", 16),
    ("Australia launches National Innovation Visa for researchers", "AU", "visa", "announced", 20),
    ("South Korea offers top-tier visa to semiconductor engineers", "KR", "visa", "announced", 23),
    ("Singapore tightens Employment Pass salary floor for tech hires", "SG", "visa", "enacted", 27),
    ("India eases e-visa rules for visiting scientists", "IN", "visa", "in_effect", 31),
    ("EU Talent Pool proposal advances in Parliament", "EU", "immigration", "proposed", 34),
    ("China widens Qiming programme for returning chip scientists", "CN", "talent_program", "announced", 9),
    ("China adds quantum researchers to exit-approval list", "CN", "travel_restriction", "reported", 38),
    ("China offers fast-track R visas to foreign AI engineers", "CN", "visa", "in_effect", 52),
    ("China tightens review of state-lab staff travelling abroad", "CN", "travel_restriction", "enacted", 66),
]


async def _script(t: Transcript, harness: Harness, names: Callable[[str], str]) -> None:
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

    t.step(f"2b. The weekly brief, posted once to #{BRIEF_CHANNEL} (an alert channel opted in with "
           "POLICYBOT_WEEKLY_BRIEF_CHANNELS; due Mondays 08:00 UTC, covering the week before)")
    for msg in standin.messages.get(BRIEF_CHANNEL, []):
        t.message("policybot", f"#{BRIEF_CHANNEL}", _message_text(msg))
        for file in msg.get("files") or []:
            t.out("    " + _chart_note(standin, str(file["id"]), names))

    t.step("3. A user searches: /policy china ai")
    await _command(t, driver, standin, "china ai")

    now = services.clock()
    for title, code, kind, status, days in ARCHIVE:
        await add_story(services.store, title=title, now=now, published=now - timedelta(days=days),
                        jurisdictions=(code,), topics=(), policy_type=kind, status=status,  # type: ignore[arg-type]
                        outlet="Sample Archive", url=f"https://archive.example/{code.lower()}-{days}")
    t.step(f"4. A broader search, paged (the store also holds {len(ARCHIVE)} sample stories from earlier weeks)")
    first = await _command(t, driver, standin, "visa")
    if any(b.get("block_id") == "search-more" for b in first.get("blocks", [])):
        t.message(DEMO_USER, f"#{ALERT_CHANNEL}", "[clicks More]")
        _, url = await driver.click(first["blocks"], SEARCH_MORE, channel=ALERT_CHANNEL, user=DEMO_USER)
        await standin.wait_for(lambda: bool(standin.responses_to(url)), timeout=WAIT_S)
        t.message("policybot", f"#{ALERT_CHANNEL}, only you can see this (replaces the first page)",
                  _message_text(standin.responses_to(url)[0].body))
        t.message(DEMO_USER, f"#{ALERT_CHANNEL}", "[clicks Share on the first result]")
        _, url = await driver.click(first["blocks"], SEARCH_SHARE, channel=ALERT_CHANNEL, user=DEMO_USER)
        await standin.wait_for(lambda: bool(standin.responses_to(url)), timeout=WAIT_S)
        t.message("policybot", f"#{ALERT_CHANNEL}, in channel", _message_text(standin.responses_to(url)[0].body))

    t.step("4b. A user asks for the trend: /policy trends china")
    trends = await _command(t, driver, standin, "trends china")
    for block in trends.get("blocks", []):
        if block.get("type") == "image":
            t.out("    " + _chart_note(standin, str(block["slack_file"]["id"]), names))
    t.out("    (Slack shows no file in an answer only you can see, so the chart is an image block referencing "
          "a file the bot uploaded privately; *Share* uploads it to the channel.)")

    t.step("5. A user subscribes another channel to a daily digest: /policy subscribe daily us visa")
    standin.invite_bot("C0HRTEAM")  # the user invited @policybot there first
    await _command(t, driver, standin, "subscribe daily us visa", channel="C0HRTEAM")
    await _command(t, driver, standin, "subscriptions", channel="C0HRTEAM")

    canonical = next((m for m in posted if "DeepSeek" in _message_text(m)), posted[0] if posted else None)
    if canonical is None:
        t.out("  (no alert was posted, so there is no thread to ask in)")
        return
    t.step("6. In the alert's thread a user asks: Who is affected? Then a follow-up: Why?")
    for question in ("Who is affected?", "Why is China doing this?"):
        before = len(standin.calls_to("chat.postMessage"))
        await driver.message(question, channel=ALERT_CHANNEL, user=DEMO_USER, thread_ts=str(canonical["ts"]))
        t.message(DEMO_USER, f"#{ALERT_CHANNEL} thread", question)
        await standin.wait_for(_more_posts(standin, before), timeout=WAIT_S)
        reply = standin.calls_to("chat.postMessage")[-1].args
        t.message("policybot", f"#{ALERT_CHANNEL} thread", _message_text(reply))

    t.step("7. The user opens the bot's Home tab")
    standin.join(ALERT_CHANNEL, DEMO_USER)
    await driver.open_home(DEMO_USER)
    await standin.wait_for(lambda: DEMO_USER in standin.views, timeout=WAIT_S)
    t.message("policybot", "Home", blocks_to_text(standin.views[DEMO_USER]["blocks"]))

    t.step("8. The next poll cycle: nothing new, nothing posted twice")
    again = await services.pipeline.run_cycle(force=True)
    unchanged = sum(1 for s in again.sources if s.not_modified)
    repost = await services.deliverer.deliver_due()
    t.out(f"  {unchanged} of {len(again.sources)} sources answered 304 Not Modified to conditional requests; "
          f"{again.queued} alerts queued, {repost.posted} posted")
    t.step("Done: every request above went over real HTTP/WebSocket to local stand-ins; nothing left running.")


def _more_posts(standin: SlackStandIn, before: int) -> Callable[[], bool]:
    return lambda: len(standin.calls_to("chat.postMessage")) > before


async def _command(
    t: Transcript, driver: SlackDriver, standin: SlackStandIn, text: str, *, channel: str = ALERT_CHANNEL
) -> dict[str, Any]:
    before = len(standin.responses)
    t.message(DEMO_USER, f"#{channel}", f"/policy {text}")
    await driver.command(text, channel_id=channel, user_id=DEMO_USER)
    await standin.wait_for(lambda: len(standin.responses) > before, timeout=WAIT_S)
    body = standin.responses[-1].body
    visibility = "only you can see this" if body.get("response_type", "ephemeral") == "ephemeral" else "in channel"
    t.message("policybot", f"#{channel}, {visibility}", _message_text(body))
    return body


def main() -> None:  # pragma: no cover - convenience for `python -m bot.cli.demo`
    asyncio.run(run_demo())
