"""Alerts end to end, in Socket Mode and signed HTTP mode: what reaches Slack, and what happens when Slack says no."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Any

import pytest

from bot.routing import enqueue_for_story
from bot.sandbox.harness import ALERT_CHANNEL, Harness
from bot.sandbox.stories import add_story
from bot.slack.blocks import MUTE_SIMILAR, NOT_RELEVANT
from bot.slack.delivery import DeliveryReport
from bot.slack.plaintext import blocks_to_text

HOSTILE = "<!channel> <@U123> <https://evil.example|bank> & co"


def _now(h: Harness) -> datetime:
    return h.runtime.services.clock()


async def _deliver(h: Harness) -> DeliveryReport:
    return await h.runtime.services.deliverer.deliver_due()


async def _new_story(h: Harness, title: str, channels: tuple[str, ...] = (ALERT_CHANNEL,), **kw: Any) -> int:
    kw.setdefault("url", f"https://example.com/{abs(hash(title))}")
    item, cluster = await add_story(h.store, title=title, now=_now(h), **kw)
    await enqueue_for_story(h.store, item, cluster, True, list(channels), now=_now(h))
    return cluster


async def test_the_canonical_alert_as_slack_receives_it(harness: Harness) -> None:
    await harness.poll_and_deliver()
    canonical = [m for m in harness.alerts_in() if "DeepSeek" in blocks_to_text(m["blocks"])]
    assert len(canonical) == 1, "two outlets, one story, one alert"
    msg = canonical[0]
    shown = blocks_to_text(msg["blocks"])
    assert "🇨🇳 China · Travel restriction · status: reported · topics: ai" in shown
    assert "What changed:" in shown and "Who is affected:" in shown
    # Whichever outlet was polled first leads; the other is "also reported by".
    assert ("Source: The Decoder (https://the-decoder.com/" in shown and "Also reported by: Asia Tech Wire" in shown) or (
        "Source: Asia Tech Wire (https://" in shown and "Also reported by: The Decoder (https://the-decoder.com/" in shown
    )
    assert "[Not relevant] [Mute similar]" in shown
    assert msg["text"].endswith("(CN · Travel restriction · reported)")
    (call,) = [c for c in harness.standin.calls_to("chat.postMessage") if c.args.get("text") == msg["text"]]
    assert call.args["unfurl_links"] is False and call.args["metadata"]["event_type"] == "policybot_alert"


async def test_hostile_feed_text_pings_nobody_and_disguises_no_link(harness: Harness) -> None:
    await _new_story(harness, HOSTILE * 10, outlet=HOSTILE, url="javascript:alert(1)",
                     bullets=(HOSTILE + " " + "y" * 9000,), who_is_affected=HOSTILE * 300)
    assert (await _deliver(harness)).posted == 1
    (msg,) = harness.alerts_in()
    raw = json.dumps(msg["blocks"]) + msg["text"]
    for token in ("<!channel>", "<@U123>", "<https://evil.example|bank>", "<javascript"):
        assert token not in raw
    assert "&lt;!channel&gt;" in raw and "&amp; co" in raw
    assert "<!channel> <@U123> <https://evil.example|bank> & co" in blocks_to_text(msg["blocks"])  # shown as text


async def test_429_is_honoured_then_the_alert_is_posted_once(harness: Harness) -> None:
    await _new_story(harness, "China requires approval")
    harness.standin.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=1)
    report = await _deliver(harness)
    assert (report.posted, report.retried) == (0, 1)
    assert (await _deliver(harness)).posted == 0  # Retry-After not yet over: Slack is not asked again
    assert len(harness.standin.calls_to("chat.postMessage")) == 1
    await asyncio.sleep(1.05)
    assert (await _deliver(harness)).posted == 1
    assert len(harness.alerts_in()) == 1


async def test_archived_channel_pauses_its_subscription_and_tells_its_owner_once(harness: Harness) -> None:
    harness.standin.invite_bot("C0HR")
    await harness.driver.command("subscribe china ai", channel_id="C0HR", user_id="U0OWNER")
    await harness.standin.wait_for(lambda: bool(harness.standin.responses))
    harness.standin.archive_channel("C0HR")
    await _new_story(harness, "China requires approval", ("C0HR",))
    await _new_story(harness, "China tightens exit rules", ("C0HR",))
    report = await _deliver(harness)
    assert report.failed == 2 and report.posted == 0
    dm = harness.standin.messages[harness.standin.dm_channel("U0OWNER")]
    assert len(dm) == 1 and "channel was archived" in dm[0]["text"]
    # Routing now skips the channel: a new story queues nothing there, and nobody is told again.
    await _new_story(harness, "China adds passport controls", ("C0HR",))
    assert [a for a in await harness.store.alerts() if a.state == "pending"] == []
    await _deliver(harness)
    assert len(harness.standin.messages[harness.standin.dm_channel("U0OWNER")]) == 1
    before = len(harness.standin.responses)
    await harness.driver.command("subscriptions", channel_id="C0HR", user_id="U0OWNER")
    await harness.standin.wait_for(lambda: len(harness.standin.responses) > before)
    assert "paused: `is_archived`" in str(harness.standin.responses[-1].body["text"])


async def test_crash_between_post_and_record_posts_nothing_twice(harness: Harness) -> None:
    await _new_story(harness, "China requires approval")
    store = harness.store
    original = store.mark_many_posted

    async def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("process killed after chat.postMessage")

    store.mark_many_posted = crash  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await _deliver(harness)
    store.mark_many_posted = original  # type: ignore[method-assign]
    assert len(harness.alerts_in()) == 1
    report = await _deliver(harness)
    assert (report.posted, report.recovered) == (0, 1)
    assert len(harness.alerts_in()) == 1
    (alert,) = await store.alerts()
    assert alert.state == "posted" and alert.ts == harness.alerts_in()[0]["ts"]


async def test_a_new_outlet_edits_the_alert_and_adds_one_note_never_a_new_alert(harness: Harness) -> None:
    cluster = await _new_story(harness, "China requires AI researchers to seek approval")
    await _deliver(harness)
    (alert,) = harness.alerts_in()
    second, _ = await add_story(harness.store, title="Beijing tightens travel rules for AI scientists", now=_now(harness),
                                outlet="Asia Tech Wire", url="https://asiatechwire.example/a", status="announced",
                                join=cluster)
    await enqueue_for_story(harness.store, second, cluster, False, [ALERT_CHANNEL], now=_now(harness))
    report = await _deliver(harness)
    assert report.updated == 1 and report.posted == 0
    (edited,) = harness.alerts_in()
    assert edited["ts"] == alert["ts"] and "edited" in edited
    shown = blocks_to_text(edited["blocks"])
    assert "Also reported by: Asia Tech Wire" in shown and "status: announced" in shown
    notes = [m for m in harness.standin.messages[ALERT_CHANNEL] if m.get("thread_ts") == alert["ts"] and m["ts"] != alert["ts"]]
    assert len(notes) == 1 and "reported → announced" in notes[0]["text"]
    assert len(harness.standin.calls_to("chat.update")) == 1


async def test_a_flood_becomes_one_digest_and_its_thread_answers(harness: Harness) -> None:
    harness.runtime.services.deliverer.flood_limit = 2
    titles = ["China requires approval for AI researchers", "Japan opens visa for chip engineers",
              "US raises H-1B fee", "UK speeds up Global Talent visa", "Canada caps study permits"]
    people = ["AI researchers at private firms", "chip engineers from abroad", "employers filing H-1B petitions",
              "AI and quantum researchers", "international students"]
    for title, who in zip(titles, people, strict=True):
        await _new_story(harness, title, text=f"{title}. The rule affects {who}.")
    report = await _deliver(harness)
    assert (report.posted, report.digests) == (5, 1)
    messages = harness.standin.messages[ALERT_CHANNEL]
    assert len(messages) == 3
    digest = messages[-1]
    shown = blocks_to_text(digest["blocks"])
    assert "3 stories more, in one message" in shown and all(t in shown for t in titles[2:])
    before = len(harness.standin.calls_to("chat.postMessage"))
    await harness.driver.message("Who does the H-1B fee affect?", channel=ALERT_CHANNEL, thread_ts=digest["ts"])
    await harness.standin.wait_for(lambda: len(harness.standin.calls_to("chat.postMessage")) > before)
    reply = harness.standin.calls_to("chat.postMessage")[-1].args
    assert reply["thread_ts"] == digest["ts"] and "H-1B" in reply["blocks"][0]["text"]["text"]


async def test_alert_buttons_are_wired(harness: Harness) -> None:
    """The alert's buttons carry the alert id and reach a listener (the effects are in test_actions.py)."""
    await _new_story(harness, "China requires approval")
    await _deliver(harness)
    (msg,) = harness.alerts_in()
    for action_id in (NOT_RELEVANT, MUTE_SIMILAR):
        result, url = await harness.driver.click(msg["blocks"], action_id, channel=ALERT_CHANNEL, message_ts=msg["ts"])
        assert result.ok
        await harness.standin.wait_for(lambda u=url: bool(harness.standin.responses_to(u)), what=action_id)
