"""`/policy trends`, its Share button, the chart on App Home, and `subscribe weekly`, against the real
Bolt app and the Slack stand-in."""

from __future__ import annotations

from datetime import timedelta

from bot.sandbox.harness import Harness
from bot.sandbox.stories import add_story
from bot.trends.brief import TRENDS_SHARE


async def _stories(harness: Harness) -> None:
    now = harness.runtime.services.clock()
    for n, days in enumerate((1, 8, 15, 40)):
        await add_story(harness.store, title=f"China exit rule {n}", now=now - timedelta(days=days),
                        published=now - timedelta(days=days), url=f"https://example.com/cn/{n}")
    await add_story(harness.store, title="US visa fee", now=now, jurisdictions=("US",), policy_type="visa",
                    url="https://example.com/us")


async def test_trends_answers_the_asker_with_counts_and_a_chart_and_share_posts_it(harness: Harness) -> None:
    await _stories(harness)
    standin = harness.standin
    await harness.driver.command("trends china", channel_id="C0HR", user_id="U0BOB")
    await standin.wait_for(lambda: len(standin.responses) == 1, timeout=15)
    body = standin.responses[0].body
    assert body["response_type"] == "ephemeral"
    assert "4 in 12 weeks" in body["text"] and "week of" in body["text"]
    [image] = [b for b in body["blocks"] if b["type"] == "image"]
    upload = standin.files[image["slack_file"]["id"]]
    assert upload.completed and upload.channel_id is None and (upload.data or b"").startswith(b"\x89PNG")
    assert upload.alt_txt == "Stories per week: jurisdiction CN"  # screen readers get the chart's title
    assert standin.messages.get("C0HR", []) == []  # nothing shown to the channel yet

    # Shared where the bot was never invited: Slack refuses the upload, and the asker is told what to do.
    _, url = await harness.driver.click(body["blocks"], TRENDS_SHARE, channel="C0HR", user="U0BOB")
    await standin.wait_for(lambda: bool(standin.responses_to(url)), timeout=15)
    assert "Invite me first" in standin.responses_to(url)[0].body["text"]
    assert standin.messages.get("C0HR", []) == []

    standin.invite_bot("C0HR")
    _, url = await harness.driver.click(body["blocks"], TRENDS_SHARE, channel="C0HR", user="U0BOB")
    await standin.wait_for(lambda: bool(standin.responses_to(url)), timeout=15)
    [shared] = standin.messages["C0HR"]
    assert shared["files"][0]["name"] == "policybot-trends.png"
    assert "<@U0BOB> shared" in shared["text"] and "4 in 12 weeks" in shared["text"]


async def test_trends_with_nothing_to_show_says_so_without_a_chart(harness: Harness) -> None:
    await harness.driver.command("trends quantum australia", channel_id="C0HR", user_id="U0BOB")
    await harness.standin.wait_for(lambda: len(harness.standin.responses) == 1, timeout=15)
    body = harness.standin.responses[0].body
    assert "no chart" in body["text"] and "blocks" not in body
    assert harness.standin.uploads.stored() == []


async def test_weekly_subscription_gets_no_alerts_and_home_shows_the_chart(harness: Harness) -> None:
    await _stories(harness)
    harness.standin.invite_bot("C0HR")  # subscribing checks that the bot can post there
    await harness.driver.command("subscribe weekly china", channel_id="C0HR", user_id="U0ALICE")
    await harness.standin.wait_for(lambda: len(harness.standin.responses) == 1, timeout=15)
    assert "weekly brief every Mon at 08:00 UTC" in harness.standin.responses[0].body["text"]
    [sub] = await harness.store.subscriptions("C0HR")
    assert sub.mode == "weekly"
    harness.standin.join("C0HR", "U0ALICE")
    await harness.driver.open_home("U0ALICE")
    await harness.standin.wait_for(lambda: "U0ALICE" in harness.standin.views, timeout=15)
    blocks = harness.standin.views["U0ALICE"]["blocks"]
    [image] = [b for b in blocks if b["type"] == "image"]
    assert harness.standin.files[image["slack_file"]["id"]].filename == "policybot-home.png"
    assert any("4 matching your channels' subscriptions" in str(b) for b in blocks)
