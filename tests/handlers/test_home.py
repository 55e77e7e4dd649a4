"""App Home end to end, in both transports: views.publish on app_home_opened."""

from __future__ import annotations

from bot.sandbox.harness import ALERT_CHANNEL, Harness
from bot.slack.plaintext import blocks_to_text


async def _home(h: Harness, user: str) -> str:
    before = len(h.standin.calls_to("views.publish"))
    result = await h.driver.open_home(user)
    assert result.ok
    await h.standin.wait_for(lambda: len(h.standin.calls_to("views.publish")) > before, what="Home published")
    view = h.standin.views[user]
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    return blocks_to_text(view["blocks"])


async def test_home_shows_my_channels_subscriptions_latest_alerts_and_source_health(harness: Harness) -> None:
    await harness.poll_and_deliver()
    harness.standin.invite_bot("C0HR")
    harness.standin.invite_bot("C0LEGAL")
    await harness.driver.command("subscribe china ai", channel_id="C0HR", user_id="U0BOB")
    await harness.driver.command("subscribe daily us visa", channel_id="C0LEGAL", user_id="U0CAROL")
    await harness.standin.wait_for(lambda: len(harness.standin.responses) == 2)
    harness.standin.join(ALERT_CHANNEL, "U0ALICE")
    harness.standin.join("C0HR", "U0ALICE")
    shown = await _home(harness, "U0ALICE")
    assert "#C0HR · `1` china ai (immediate)" in shown
    assert "us visa" not in shown  # not one of Alice's channels
    latest = shown.split("Latest alerts")[1].split("Sources")[0]
    assert "China now requires top AI researchers" in latest or "Beijing tightens" in latest
    assert f"#{ALERT_CHANNEL}" in latest
    assert "Sources: 4 watched" in shown or "Sources:" in shown
    assert "you are an admin" not in shown


async def test_home_marks_broken_subscriptions_and_admins(harness: Harness) -> None:
    harness.runtime.services.settings.policybot_admins = ["U0BOB"]
    harness.standin.invite_bot("C0HR")
    await harness.driver.command("subscribe china ai", channel_id="C0HR", user_id="U0BOB")
    await harness.standin.wait_for(lambda: len(harness.standin.responses) == 1)
    await harness.store.mark_channel_broken("C0HR", "not_in_channel", now=harness.runtime.services.clock())
    shown = await _home(harness, "U0BOB")
    assert "paused: `not_in_channel`" in shown and "you are an admin" in shown
    assert "No alerts posted yet." in shown


async def test_messages_tab_is_not_the_home(harness: Harness) -> None:
    from bot.sandbox.payloads import app_home_opened_event

    result = await harness.driver.event(app_home_opened_event("U0ALICE", tab="messages"))
    assert result.ok
    await harness.driver.open_home("U0ZED")  # a later event proves the first one was handled and skipped
    await harness.standin.wait_for(lambda: "U0ZED" in harness.standin.views)
    assert "U0ALICE" not in harness.standin.views


async def test_home_says_when_slack_refused_the_token_and_alerts_are_paused(harness: Harness) -> None:
    shown = await _home(harness, "U0ALICE")
    assert "Alerts are paused" not in shown
    harness.standin.fail_next("chat.postMessage", status=200, error="account_inactive", retry_after=None)
    await harness.poll_and_deliver()
    shown = await _home(harness, "U0ALICE")
    banner = shown.split("Your channels")[0]
    assert "Alerts are paused in every channel" in banner and "deactivated" in banner and "account_inactive" in banner
    assert "SLACK_BOT_TOKEN" in banner and "Nothing is lost" in banner
