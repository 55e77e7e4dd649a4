"""`/policy` end to end, in Socket Mode and signed HTTP mode, through the Slack stand-in."""

from __future__ import annotations

from bot.sandbox.harness import ALERT_CHANNEL, Harness
from bot.slack.plaintext import blocks_to_text


async def _ask(
    h: Harness, text: str, channel: str = ALERT_CHANNEL, user: str = "U0ALICE"
) -> dict[str, object]:
    before = len(h.standin.responses)
    result = await h.driver.command(text, channel_id=channel, user_id=user)
    assert result.ok, result
    assert result.elapsed < 3.0  # Slack's acknowledgement deadline
    await h.standin.wait_for(lambda: len(h.standin.responses) > before, what=f"answer to /policy {text}")
    return h.standin.responses[-1].body


def _shown(body: dict[str, object]) -> str:
    return blocks_to_text(body.get("blocks") or [], str(body.get("text", "")))  # type: ignore[arg-type]


async def test_search_lists_the_canonical_story(harness: Harness) -> None:
    await harness.runtime.services.pipeline.run_cycle()
    body = await _ask(harness, "china ai")
    assert body.get("response_type", "ephemeral") == "ephemeral"
    shown = _shown(body)
    # Two outlets told the story: it is one result.
    assert shown.startswith("1 result for jurisdiction CN, topic ai")
    assert "China now requires top AI researchers" in shown or "Beijing tightens" in shown
    assert "Global Talent" not in shown  # a UK item must not match a China filter


async def test_empty_and_help_answer_with_usage(harness: Harness) -> None:
    for text in ("", "help"):
        assert "/policy subscribe" in _shown(await _ask(harness, text))


async def test_malformed_command_says_what_was_wrong(harness: Harness) -> None:
    shown = _shown(await _ask(harness, "unsubscribe banana"))
    assert "could not run that" in shown and "subscription number" in shown


async def test_subscribe_list_unsubscribe(harness: Harness) -> None:
    body = await _ask(harness, "subscribe china ai", channel="C0HR")
    assert body["response_type"] == "in_channel" and "subscription" in _shown(body)
    (sub,) = await harness.store.subscriptions("C0HR")
    assert sub.query == "china ai" and sub.created_by == "U0ALICE"
    assert "china ai" in _shown(await _ask(harness, "subscriptions", channel="C0HR"))
    assert "no subscription" in _shown(await _ask(harness, f"unsubscribe {sub.id}", channel=ALERT_CHANNEL))
    assert "Removed" in _shown(await _ask(harness, f"unsubscribe {sub.id}", channel="C0HR"))
    assert await harness.store.subscriptions("C0HR") == []


async def test_subscription_routes_new_alerts_to_the_channel(harness: Harness) -> None:
    await _ask(harness, "subscribe china ai", channel="C0HR")
    await harness.runtime.services.pipeline.run_cycle()
    await harness.runtime.services.deliverer.deliver_due()
    hr_alerts = harness.alerts_in("C0HR")
    assert hr_alerts, "the subscribed channel got no alert"
    assert all("China" in blocks_to_text(m["blocks"]) for m in hr_alerts)  # type: ignore[arg-type]
    assert len(harness.alerts_in(ALERT_CHANNEL)) > len(hr_alerts)  # the catch-all channel gets more


async def test_sources_shows_health(harness: Harness) -> None:
    await harness.runtime.services.pipeline.run_cycle()
    shown = _shown(await _ask(harness, "sources"))
    assert "the-decoder" in shown and "ok" in shown
