from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Analysis, RawItem, Summary
from bot.sandbox.slack import SlackStandIn
from bot.slack.blocks import ALERT_EVENT_TYPE
from bot.slack.delivery import Deliverer
from bot.store import Store

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn() as s:
        yield s


async def _queue(store: Store, channel: str = "C0ALERTS", title: str = "China requires <!channel> approval") -> int:
    raw = RawItem(source_id="decoder", guid=title, url="https://the-decoder.com/x", canonical_url=None,
                  title=title, text="Text.", published=NOW, outlet="The Decoder")
    item, _ = await store.save_item(raw, title, now=NOW)
    await store.set_analysis(item.id, Analysis(
        relevant=True, score=0.9, jurisdictions=("CN",), topics=("ai",), policy_type="travel_restriction",
        status="reported", summary=Summary(headline=title, bullets=("A bullet.",), who_is_affected="Researchers."),
    ))
    cluster = await store.create_cluster(f"c-{title}", {}, item.id, now=NOW)
    assert await store.enqueue_alert(cluster, channel, item.id, now=NOW)
    return cluster


def _deliverer(standin: SlackStandIn, store: Store, clock: Clock) -> Deliverer:
    client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
    return Deliverer(client, store, min_interval=0.0, clock=clock)


async def test_posts_once_with_metadata_and_escaped_text(standin: SlackStandIn, store: Store) -> None:
    await _queue(store)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)
    assert (await deliverer.deliver_due()).posted == 1
    assert (await deliverer.deliver_due()).posted == 0  # nothing due any more
    (call,) = standin.calls_to("chat.postMessage")
    assert call.args["channel"] == "C0ALERTS"
    assert "<!channel>" not in str(call.args["blocks"]) and "&lt;!channel&gt;" in str(call.args["blocks"])
    assert call.args["metadata"]["event_type"] == ALERT_EVENT_TYPE
    (alert,) = await store.alerts()
    assert alert.state == "posted" and alert.ts == standin.messages["C0ALERTS"][0]["ts"]


async def test_429_waits_for_retry_after_then_posts(standin: SlackStandIn, store: Store) -> None:
    await _queue(store)
    standin.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=30)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)
    report = await deliverer.deliver_due()
    assert (report.posted, report.retried) == (0, 1)
    clock.now = NOW + timedelta(seconds=29)
    assert (await deliverer.deliver_due()).posted == 0  # Retry-After not yet passed
    clock.now = NOW + timedelta(seconds=31)
    assert (await deliverer.deliver_due()).posted == 1
    assert len(standin.messages["C0ALERTS"]) == 1


async def test_permanent_error_stops_retrying(standin: SlackStandIn, store: Store) -> None:
    await _queue(store)
    standin.fail_next("chat.postMessage", status=200, error="channel_not_found", retry_after=None)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)
    assert (await deliverer.deliver_due()).failed == 1
    clock.now = NOW + timedelta(days=1)
    assert (await deliverer.deliver_due()).posted == 0
    (alert,) = await store.alerts()
    assert (alert.state, alert.last_error) == ("failed", "channel_not_found")
    assert len(standin.calls_to("chat.postMessage")) == 1


async def test_crash_between_post_and_record_does_not_post_twice(standin: SlackStandIn, store: Store) -> None:
    await _queue(store)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)

    async def crash(*_: object, **__: object) -> None:
        raise RuntimeError("process killed after chat.postMessage")

    original = store.mark_posted
    store.mark_posted = crash  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await deliverer.deliver_due()
    store.mark_posted = original  # type: ignore[method-assign]
    assert len(standin.messages["C0ALERTS"]) == 1
    report = await deliverer.deliver_due()
    assert (report.posted, report.recovered) == (0, 1)
    assert len(standin.messages["C0ALERTS"]) == 1
    (recorded,) = await store.alerts()
    assert recorded.state == "posted" and recorded.ts == standin.messages["C0ALERTS"][0]["ts"]


async def test_transient_error_is_retried_with_backoff(standin: SlackStandIn, store: Store) -> None:
    await _queue(store)
    standin.fail_next("chat.postMessage", status=500, error="internal_error", retry_after=None)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)
    assert (await deliverer.deliver_due()).retried == 1
    clock.now = NOW + timedelta(minutes=5)
    assert (await deliverer.deliver_due()).posted == 1
