"""Weekly briefs through the outbox machinery: once per channel per week, across replicas and crashes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.slack import SlackStandIn
from bot.sandbox.stories import add_story
from bot.slack.briefs import Briefs, last_slot
from bot.slack.delivery import Deliverer
from bot.store import Store
from bot.trends.service import Charts

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)  # Monday, after the 08:00 slot


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    # Channels the bot was invited to (the strict stand-in refuses posts anywhere else, as Slack does).
    async with SlackStandIn(channels=["C0ALERTS", "C0HR", "C0LATE"]) as running:
        yield running


def _replica(standin: SlackStandIn, store: Store, name: str, clock: list[datetime]) -> Deliverer:
    client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url, retry_handlers=[])
    briefs = Briefs(client, store, Charts(store, client, lambda: clock[0]), channels=["C0ALERTS"])
    return Deliverer(client, store, clock=lambda: clock[0], owner=name, min_interval=0.0, briefs=briefs)


def _briefs_in(standin: SlackStandIn, channel: str) -> list[dict[str, object]]:
    return [m for m in standin.messages.get(channel, []) if m.get("files")
            or (m.get("metadata") or {}).get("event_type") == "policybot_brief"]


def test_last_slot() -> None:
    assert last_slot(NOW, "mon", 8) == datetime(2026, 12, 7, 8, tzinfo=UTC)
    assert last_slot(NOW, "mon", 10) == datetime(2026, 11, 30, 10, tzinfo=UTC)
    assert last_slot(NOW, "fri", 8) == datetime(2026, 12, 4, 8, tzinfo=UTC)


async def test_two_replicas_post_each_channels_brief_once_and_only_once_a_week(
    store: Store, standin: SlackStandIn,
) -> None:
    for n, days in enumerate((2, 4, 12)):
        await add_story(store, title=f"China rule {n}", now=NOW - timedelta(days=days),
                        published=NOW - timedelta(days=days), url=f"https://example.com/{n}")
    # A weekly subscription made before the slot gets a brief; one made after it waits for next week.
    await store.add_subscription("C0HR", "china", "U0BOB", now=NOW - timedelta(days=3), mode="weekly")
    await store.add_subscription("C0LATE", "china", "U0BOB", now=NOW, mode="weekly")
    clock = [NOW]
    a, b = _replica(standin, store, "a", clock), _replica(standin, store, "b", clock)
    await asyncio.gather(a.deliver_due(), b.deliver_due())
    clock[0] += timedelta(hours=2)
    await asyncio.gather(a.deliver_due(), b.deliver_due())
    assert len(_briefs_in(standin, "C0ALERTS")) == 1 and len(_briefs_in(standin, "C0HR")) == 1
    assert "C0LATE" not in standin.messages
    [hr] = _briefs_in(standin, "C0HR")
    assert "2 new stories this week" in str(hr["text"]) and "China rule 0" in str(hr["text"])
    clock[0] += timedelta(days=7)  # the next Monday: one more each
    await asyncio.gather(a.deliver_due(), b.deliver_due())
    assert len(_briefs_in(standin, "C0HR")) == 2 and len(_briefs_in(standin, "C0LATE")) == 1


async def test_a_brief_shared_by_slack_but_not_recorded_is_found_not_posted_again(
    store: Store, standin: SlackStandIn,
) -> None:
    await add_story(store, title="China rule", now=NOW - timedelta(days=2), published=NOW - timedelta(days=2))
    clock = [NOW]
    deliverer = _replica(standin, store, "a", clock)
    # Slack shares the chart, then the connection drops before the answer: the outcome is unknown.
    standin.fail_next("files.completeUploadExternal", error=None, drop_after=True)
    await deliverer.deliver_due()
    [row] = await store.briefs()
    assert row.state == "pending" and row.attempts == 1 and len(_briefs_in(standin, "C0ALERTS")) == 1
    clock[0] = row.next_attempt_at
    standin.fail_next("conversations.history", error="ratelimited", status=429, retry_after=1)
    await deliverer.deliver_due()  # the look fails: it waits rather than post blind
    clock[0] = (await store.briefs())[0].next_attempt_at
    await deliverer.deliver_due()
    [row] = await store.briefs()
    assert row.state == "posted" and row.file_id is not None
    assert len(_briefs_in(standin, "C0ALERTS")) == 1
    assert len(standin.calls_to("files.completeUploadExternal")) == 1


async def test_nothing_to_chart_posts_a_text_brief_saying_so(store: Store, standin: SlackStandIn) -> None:
    deliverer = _replica(standin, store, "a", [NOW])
    await deliverer.deliver_due()
    [brief] = _briefs_in(standin, "C0ALERTS")
    assert "no chart" in str(brief["text"]) and not brief.get("files")
    assert standin.uploads.stored() == []
