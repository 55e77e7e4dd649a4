from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import AsyncIterator
from datetime import datetime, timedelta

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.cli.manifest import BOT_SCOPES
from bot.models import Analysis, RawItem, Summary
from bot.routing import enqueue_for_story
from bot.sandbox.processes import alert_ids_of
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.stories import add_story, store_item
from bot.slack.blocks import ALERT_EVENT_TYPE
from bot.slack.delivery import Deliverer, log_warnings
from bot.store import Store
from tests.conftest import NOW, Clock


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    # The workspace: channels the bot was invited to (any other id is unknown to Slack).
    async with SlackStandIn(channels=["C0ALERTS", "C0DAILY", "C0GONE", "C0OTHER"]) as s:
        yield s


async def _queue(store: Store, channel: str = "C0ALERTS", title: str = "China requires <!channel> approval") -> int:
    raw = RawItem(source_id="decoder", guid=title, url="https://the-decoder.com/x", canonical_url=None,
                  title=title, text="Text.", published=NOW, outlet="The Decoder")
    item, _ = await store_item(store, raw, title, now=NOW)
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


# ---------------------------------------------------------------- flood control, digests, broken channels,
# story updates: the outbox beyond one alert


async def _story(store: Store, title: str, channel: str = "C0ALERTS", *, mode: str = "immediate",
                 at: datetime = NOW) -> int:
    item, cluster = await add_story(store, title=title, now=at, url=f"https://example.com/{title.replace(' ', '-')}")
    assert await store.enqueue_alert(cluster, channel, item.id, now=at, mode=mode)
    return cluster


def _flooding(standin: SlackStandIn, store: Store, clock: Clock, **kw: object) -> Deliverer:
    client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
    return Deliverer(client, store, min_interval=0.0, clock=clock, **kw)  # type: ignore[arg-type]


async def test_beyond_the_flood_limit_the_rest_is_one_digest(standin: SlackStandIn, store: Store) -> None:
    for i in range(6):
        await _story(store, f"Story {i}")
    clock = Clock()
    deliverer = _flooding(standin, store, clock, flood_limit=2, flood_window=timedelta(hours=1))
    report = await deliverer.deliver_due()
    assert (report.posted, report.digests) == (6, 1)
    messages = standin.messages["C0ALERTS"]
    assert len(messages) == 3  # two alerts, then one digest of four
    digest = messages[2]
    assert digest["metadata"]["event_payload"]["alert_ids"] == "3,4,5,6"
    assert "4 stories more" in digest["text"]
    alerts = await store.alerts()
    assert all(a.state == "posted" for a in alerts)
    assert [a.digest for a in alerts] == [False, False, True, True, True, True]
    # Within the window the channel stays in digest mode; after it, single alerts again.
    await _story(store, "Story 6")
    await deliverer.deliver_due()
    assert standin.messages["C0ALERTS"][-1]["metadata"]["event_payload"].get("alert_ids") == "7"
    clock.now = NOW + timedelta(hours=2)
    await _story(store, "Story 7", at=clock.now)
    await deliverer.deliver_due()
    assert standin.messages["C0ALERTS"][-1]["metadata"]["event_payload"].get("alert_id") == 8


async def test_daily_alerts_wait_for_the_digest_hour_then_come_as_one(standin: SlackStandIn, store: Store) -> None:
    for i in range(3):
        await _story(store, f"Daily {i}", "C0DAILY", mode="daily")
    clock = Clock()  # 12:00 UTC; the digest hour is 8
    deliverer = _flooding(standin, store, clock, digest_hour=8)
    report = await deliverer.deliver_due()
    assert (report.deferred, report.posted) == (3, 0) and "C0DAILY" not in standin.messages
    clock.now = NOW + timedelta(hours=19, minutes=59)  # 07:59 the next day
    assert (await deliverer.deliver_due()).posted == 0
    clock.now = NOW + timedelta(hours=20)  # 08:00
    report = await deliverer.deliver_due()
    assert (report.posted, report.digests) == (3, 1)
    (digest,) = standin.messages["C0DAILY"]
    assert digest["text"].startswith("Daily digest, 2026-11-29: 3 stories")


async def test_broken_channel_stops_and_tells_the_owner_once(standin: SlackStandIn, store: Store) -> None:
    await store.add_subscription("C0GONE", "china ai", "U0OWNER", now=NOW)
    await _story(store, "First", "C0GONE")
    await _story(store, "Second", "C0GONE")
    await _story(store, "Elsewhere", "C0ALERTS")
    standin.remove_bot_from_channel("C0GONE")
    clock = Clock()
    deliverer = _flooding(standin, store, clock)
    report = await deliverer.deliver_due()
    assert report.posted == 1 and report.failed == 2
    assert len(standin.calls_to("chat.postMessage")) == 3  # first alert, the owner's notice, the other channel
    (notice,) = standin.messages[standin.dm_channel("U0OWNER")]
    assert "no longer post alerts to <#C0GONE>" in notice["text"] and "not a member" in notice["text"]
    assert "`1` china ai" in notice["text"]
    broken = await store.broken_channels()
    assert broken["C0GONE"].error == "not_in_channel" and broken["C0GONE"].notified_at == NOW
    assert {a.channel: a.state for a in await store.alerts()} == {"C0GONE": "failed", "C0ALERTS": "posted"}
    # Another failure later does not tell the owner again.
    await store.clear_broken_channel("C0GONE")
    await store.mark_channel_broken("C0GONE", "not_in_channel", now=NOW)
    await store.claim_broken_notice("C0GONE", now=NOW)
    await _story(store, "Third", "C0GONE")
    await deliverer.deliver_due()
    assert len(standin.messages[standin.dm_channel("U0OWNER")]) == 1


async def test_refused_token_pauses_delivery_and_keeps_the_outbox(standin: SlackStandIn, store: Store) -> None:
    await _story(store, "One")
    await _story(store, "Two")
    standin.fail_next("chat.postMessage", status=200, error="invalid_auth", retry_after=None)
    clock = Clock()
    deliverer = _flooding(standin, store, clock)
    report = await deliverer.deliver_due()
    assert report.posted == 0 and len(standin.calls_to("chat.postMessage")) == 1  # no more calls this run
    assert await store.broken_channels() == {}  # no channel is at fault
    assert deliverer.pause is not None and deliverer.pause.error == "invalid_auth"
    assert "SLACK_BOT_TOKEN" in deliverer.pause.reason
    clock.now = NOW + timedelta(minutes=5)
    assert (await deliverer.deliver_due()).posted == 0 and len(standin.calls_to("chat.postMessage")) == 1
    clock.now = NOW + timedelta(minutes=31)
    assert (await deliverer.deliver_due()).posted == 2
    assert deliverer.pause is None


async def test_a_missing_scope_pauses_everything_until_the_scope_is_granted(
    standin: SlackStandIn, store: Store
) -> None:
    """missing_scope concerns the token, so every channel: all delivery pauses, but not for 30 minutes into
    the same error again and again. It stays paused (auth.test every 5 minutes, not a post) until the
    token's scopes include what Slack said was needed, and says which scope that is."""
    clock = Clock()
    deliverer = _flooding(standin, store, clock)
    await deliverer.deliver_due()  # the first run checks the token's scopes: all there
    standin.scopes = standin.scopes - {"chat:write"}  # e.g. removed from the app's scopes and reinstalled
    await _story(store, "One")
    await _story(store, "Two", channel="C0OTHER")
    assert (await deliverer.deliver_due()).posted == 0
    refused = len(standin.calls_to("chat.postMessage"))
    assert refused <= 2  # the two channels post at once: each was refused once, and then nothing more
    pause = deliverer.pause
    assert pause is not None and pause.kind == "scope" and pause.needed == ("chat:write",)
    assert "chat:write" in pause.provided or "channels:read" in pause.provided
    assert "chat:write" in pause.reason and "reinstall" in pause.reason
    assert await store.broken_channels() == {}
    checks = len(standin.calls_to("auth.test"))
    for minutes in range(1, 180, 7):  # three hours: never posted into the same error again
        clock.now = NOW + timedelta(minutes=minutes)
        await deliverer.deliver_due()
    assert len(standin.calls_to("chat.postMessage")) == refused
    assert len(standin.calls_to("auth.test")) - checks <= 180 // 5  # a cheap look, at most every 5 minutes
    standin.scopes = standin.scopes | {"chat:write"}  # granted: the app reinstalled with the scope
    clock.now += timedelta(minutes=5)
    assert (await deliverer.deliver_due()).posted == 2 and deliverer.pause is None


async def test_a_token_without_chat_write_is_seen_at_start_before_any_post(store: Store) -> None:
    scopes = [s for s in BOT_SCOPES if s != "chat:write"]
    async with SlackStandIn(channels=["C0ALERTS"], scopes=scopes) as standin:
        await _queue(store)
        deliverer = _deliverer(standin, store, Clock())
        assert (await deliverer.deliver_due()).posted == 0
        assert standin.calls_to("chat.postMessage") == []  # told by auth.test's x-oauth-scopes header
        assert deliverer.pause is not None and deliverer.pause.needed == ("chat:write",)


async def test_crash_after_posting_a_digest_does_not_post_it_again(standin: SlackStandIn, store: Store) -> None:
    for i in range(3):
        await _story(store, f"Story {i}")
    clock = Clock()
    deliverer = _flooding(standin, store, clock, flood_limit=1)
    original = store.mark_many_posted
    calls = 0

    async def crash_on_digest(ids: object, ts: str, *, now: datetime, digest: bool) -> None:
        nonlocal calls
        calls += 1
        if digest:
            raise RuntimeError("killed after chat.postMessage")
        await original(ids, ts, now=now, digest=digest)  # type: ignore[arg-type]

    store.mark_many_posted = crash_on_digest  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        await deliverer.deliver_due()
    store.mark_many_posted = original  # type: ignore[method-assign]
    assert len(standin.messages["C0ALERTS"]) == 2
    report = await deliverer.deliver_due()
    assert (report.posted, report.recovered) == (0, 2)
    assert len(standin.messages["C0ALERTS"]) == 2
    digest_ts = standin.messages["C0ALERTS"][1]["ts"]
    assert [a.ts for a in await store.alerts()][1:] == [digest_ts, digest_ts]


async def test_story_update_edits_the_alert_and_adds_one_threaded_note(standin: SlackStandIn, store: Store) -> None:
    cluster = await _story(store, "China requires approval")
    clock = Clock()
    deliverer = _flooding(standin, store, clock)
    await deliverer.deliver_due()
    (alert,) = await store.alerts()
    later, _ = await add_story(store, title="Beijing tightens travel rules", now=NOW, outlet="Asia Tech Wire",
                               url="https://asiatechwire.example/a", status="announced", join=cluster)
    assert await store.enqueue_update(alert.id, later.id, now=NOW)
    assert not await store.enqueue_update(alert.id, later.id, now=NOW)  # idempotent per item
    standin.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=20)
    report = await deliverer.deliver_due()
    assert report.retried == 1
    clock.now = NOW + timedelta(seconds=21)
    report = await deliverer.deliver_due()
    assert report.updated == 1
    messages = standin.messages["C0ALERTS"]
    assert len([m for m in messages if not m.get("thread_ts") or m["thread_ts"] == m["ts"]]) == 1  # no new alert
    original = messages[0]
    assert "edited" in original and "Asia Tech Wire" in str(original["blocks"])
    assert "status: announced" in str(original["blocks"])
    notes = [m for m in messages if m.get("thread_ts") == alert.ts and m["ts"] != alert.ts]
    assert len(notes) == 1 and "Asia Tech Wire" in notes[0]["text"] and "reported → announced" in notes[0]["text"]
    assert notes[0].get("subtype") == "thread_broadcast"  # a status change is shown in the channel too
    assert (await deliverer.deliver_due()).updated == 0
    # Slack asks for new block_ids in each iteration of a message (and unique ones within it); a retried
    # edit is the same iteration.
    posted_ids = [b.get("block_id") for b in standin.calls_to("chat.postMessage")[0].args["blocks"] if b.get("block_id")]
    edits = [[b.get("block_id") for b in c.args["blocks"] if b.get("block_id")] for c in standin.calls_to("chat.update")]
    assert posted_ids and edits and all(e == edits[0] for e in edits)
    assert not set(edits[0]) & set(posted_ids) and len(set(edits[0])) == len(edits[0])


async def test_pacing_keeps_about_one_message_per_second_per_channel(standin: SlackStandIn, store: Store) -> None:
    for i in range(3):
        await _story(store, f"Paced {i}")
    await _story(store, "Other channel", "C0OTHER")
    client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
    deliverer = Deliverer(client, store, min_interval=0.25, clock=Clock())
    await deliverer.deliver_due()
    times = [c.at for c in standin.calls_to("chat.postMessage") if c.args["channel"] == "C0ALERTS"]
    assert len(times) == 3
    assert all(b - a >= 0.24 for a, b in itertools.pairwise(times))


async def test_alerts_queued_during_a_run_are_posted_by_that_run(standin: SlackStandIn, store: Store) -> None:
    """A poll that queues alerts while a delivery run is going pokes it (the scheduler's own wake-up is
    skipped while a run is going): they go out now, not at the next delivery tick."""
    await _queue(store, title="First story")
    standin.fail_next("chat.postMessage", error=None, delay=0.5)  # the first post takes a while
    deliverer = _deliverer(standin, store, Clock())
    run = asyncio.create_task(deliverer.deliver_due())
    await standin.wait_for(lambda: bool(standin.calls_to("chat.postMessage")), what="the first post")
    await _queue(store, title="Second story")
    deliverer.poke()
    report = await run
    assert report.posted == 2
    assert {a.state for a in await store.alerts()} == {"posted"}
    deliverer.poke()  # no run going: nothing to do, and the next run is not made to go round twice
    assert (await deliverer.deliver_due()).posted == 0


@pytest.mark.parametrize("error", ["no_permission", "restricted_action_read_only_channel"])
async def test_a_channel_error_breaks_that_channel_only(standin: SlackStandIn, store: Store, error: str) -> None:
    """Slack documents these as about one conversation: the other channels keep receiving alerts, and
    nothing pauses the whole outbox (before, `no_permission` paused every channel for 30 minutes)."""
    await _story(store, "One", "C0ALERTS")
    standin.fail_next("chat.postMessage", status=200, error=error, retry_after=None)
    clock = Clock()
    deliverer = _flooding(standin, store, clock)
    await deliverer.deliver_due()
    assert set(await store.broken_channels()) == {"C0ALERTS"}
    await _story(store, "Two", "C0OTHER")
    clock.now = NOW + timedelta(minutes=1)
    assert (await deliverer.deliver_due()).posted == 1  # not paused: the healthy channel gets its alert now
    assert len(standin.messages["C0OTHER"]) == 1


@pytest.mark.parametrize("error", ["msg_blocks_too_long", "invalid_blocks_format", "invalid_arguments"])
async def test_a_message_slack_will_never_accept_is_not_retried(standin: SlackStandIn, store: Store, error: str) -> None:
    await _queue(store)
    standin.fail_next("chat.postMessage", status=200, error=error, retry_after=None)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)
    assert (await deliverer.deliver_due()).failed == 1
    clock.now = NOW + timedelta(days=1)
    await deliverer.deliver_due()
    assert len(standin.calls_to("chat.postMessage")) == 1  # no 12 retries over hours
    assert await store.broken_channels() == {}


async def test_a_connection_cut_after_slack_posted_never_doubles_the_alert(standin: SlackStandIn, store: Store) -> None:
    """slack_sdk's default client re-sends chat.postMessage after a dropped connection although Slack may
    have posted: the outbox's client must not, and the next attempt finds the message by its metadata."""
    from bot.config import Settings
    from bot.runtime.services import make_client

    await _queue(store)
    standin.fail_next("chat.postMessage", error=None, drop_after=True)
    settings = Settings(_env_file=None, slack_bot_token=standin.bot_token, slack_api_url=standin.api_url)  # type: ignore[arg-type]
    clock = Clock()
    deliverer = Deliverer(make_client(settings), store, min_interval=0.0, clock=clock)
    first = await deliverer.deliver_due()
    assert first.posted == 0 and len(standin.messages["C0ALERTS"]) == 1  # posted by Slack, unknown to us
    clock.now = NOW + timedelta(minutes=5)
    second = await deliverer.deliver_due()
    assert second.recovered == 1 and len(standin.messages["C0ALERTS"]) == 1


# ---------------------------------------------------------------- what a real workspace does that a lenient
# stand-in hid: message size, metadata Slack drops, rate limits, history limits, a channel refusing for good


async def test_a_digest_too_long_for_one_message_goes_out_as_several(standin: SlackStandIn, store: Store) -> None:
    """Twenty stories with long headlines and links are over Slack's total text limit for one message
    (msg_blocks_too_long, even though each block fits): they go out in as many digests as they need."""
    for i in range(20):
        title = f"Story {i:02d}: " + "a long headline about visas for researchers " * 3
        item, cluster = await add_story(store, title=title[:140], now=NOW, url=f"https://example.com/{i}/" + "p" * 400)
        assert await store.enqueue_alert(cluster, "C0ALERTS", item.id, now=NOW)
    deliverer = _flooding(standin, store, Clock(), flood_limit=0)
    report = await deliverer.deliver_due()
    assert report.posted == 20 and report.failed == 0 and report.digests >= 2
    assert {a.state for a in await store.alerts()} == {"posted"}
    carried = [i for m in standin.messages["C0ALERTS"] for i in alert_ids_of(m)]
    assert sorted(carried) == sorted(a.id for a in await store.alerts())  # each alert in exactly one digest


async def test_every_post_keeps_its_metadata_and_a_warning_is_logged(
    standin: SlackStandIn, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    """Slack drops metadata it does not take (alert ids as an array of numbers) and only warns: crash
    recovery would then find nothing. Ours is taken as is; a warning Slack sends anyway is logged."""
    for i in range(3):
        await _story(store, f"Story {i}")
    deliverer = _flooding(standin, store, Clock(), flood_limit=1)
    with caplog.at_level(logging.WARNING, logger="bot.slack.delivery"):
        await deliverer.deliver_due()
    assert len(standin.messages["C0ALERTS"]) == 2  # one alert, one digest of two
    assert all(m.get("metadata", {}).get("event_type") == ALERT_EVENT_TYPE for m in standin.messages["C0ALERTS"])
    assert not [r for r in caplog.records if "warning" in r.getMessage()]
    log_warnings({"ok": True, "warning": "invalid_metadata_schema",
                  "response_metadata": {"warnings": ["invalid_metadata_schema"]}}, "chat.postMessage to C1")
    (record,) = [r for r in caplog.records if "with a warning" in r.getMessage()]
    assert record.levelno == logging.WARNING and "invalid_metadata_schema" in record.getMessage()


async def test_an_http_200_ratelimited_waits_for_retry_after(standin: SlackStandIn, store: Store) -> None:
    await _queue(store)
    standin.fail_next("chat.postMessage", status=200, error="ratelimited", retry_after=40)
    clock = Clock()
    deliverer = _deliverer(standin, store, clock)
    assert (await deliverer.deliver_due()).retried == 1
    (alert,) = await store.alerts()
    assert alert.next_attempt_at == NOW + timedelta(seconds=40)  # Retry-After, not the 5 s generic backoff
    clock.now = NOW + timedelta(seconds=41)
    assert (await deliverer.deliver_due()).posted == 1


async def test_a_429_slows_every_channel_not_only_its_own(standin: SlackStandIn, store: Store) -> None:
    """Slack does not say whether a 429 is the channel's limit or the workspace's: the other channels
    wait for Retry-After too, instead of pressing on into the same ceiling."""
    await _story(store, "One", "C0ALERTS")
    standin.fail_next("chat.postMessage", status=429, error="ratelimited", retry_after=30)
    clock = Clock()
    deliverer = _flooding(standin, store, clock)
    assert (await deliverer.deliver_due()).retried == 1
    await _story(store, "Two", "C0OTHER")
    assert (await deliverer.deliver_due()).posted == 0
    assert "C0OTHER" not in standin.messages
    clock.now = NOW + timedelta(seconds=31)
    assert (await deliverer.deliver_due()).posted == 2


async def test_crash_recovery_reads_at_most_15_messages_a_call_and_waits_when_limited(
    store: Store,
) -> None:
    """Apps outside the Marketplace get 15 messages per conversations.history call and 1 call a minute:
    the look-up asks for what it may have, and a rate-limited look-up waits rather than posting blind."""
    async with SlackStandIn(channels=["C0ALERTS"], history_limits=True) as standin:
        first, second = await _story(store, "First"), await _story(store, "Second")
        assert first and second
        clock = Clock()
        deliverer = _flooding(standin, store, clock)
        original = store.mark_posted

        async def crash(*_: object, **__: object) -> None:
            raise RuntimeError("process killed after chat.postMessage")

        store.mark_posted = crash  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            await deliverer.deliver_due()
        store.mark_posted = original  # type: ignore[method-assign]
        for i in range(5):
            standin.add_message("C0ALERTS", f"chatter {i}")
        report = await deliverer.deliver_due()  # finds the first alert; the second is then posted
        assert report.recovered == 1 and report.posted == 1
        assert all(int(c.args["limit"]) <= 15 for c in standin.calls_to("conversations.history"))
        posted = len(standin.messages["C0ALERTS"])
        # Another crash right after: the look-up is rate-limited (1 a minute), so nothing is posted blind.
        await _story(store, "Third")
        store.mark_posted = crash  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            await deliverer.deliver_due()
        store.mark_posted = original  # type: ignore[method-assign]
        clock.now = NOW + timedelta(minutes=5)
        report = await deliverer.deliver_due()
        assert report.posted == 0 and report.retried == 1 and len(standin.messages["C0ALERTS"]) == posted + 1
        (third,) = [a for a in await store.alerts() if a.state == "pending"]
        assert third.last_error == "ratelimited" and third.next_attempt_at >= clock.now + timedelta(seconds=1)


async def test_one_channel_refusing_for_good_never_delays_a_healthy_one(store: Store) -> None:
    """Two alert channels, one answering no_permission (posting restricted), one healthy, alerts arriving
    over an hour: the healthy channel gets every alert in the run after it was queued; the broken one is
    asked once (a per-channel error is never retried until someone fixes the channel) and its owner is told
    once."""
    clock = Clock()
    # Slack's rate limits run on the simulated hour, not on the second the test takes.
    async with SlackStandIn(channels=["C0HEALTHY", "C0BROKEN"], clock=lambda: clock.now.timestamp()) as standin:
        standin.restrict_posting("C0BROKEN", "no_permission")
        await store.add_subscription("C0BROKEN", "china ai", "U0OWNER", now=NOW)
        deliverer = _flooding(standin, store, clock, flood_limit=100)
        for minute in range(0, 60, 5):
            clock.now = NOW + timedelta(minutes=minute)
            # Routed as a poll routes a new story: to both alert channels, unless one is broken.
            item, cluster = await add_story(store, title=f"Story at minute {minute}", now=clock.now,
                                            url=f"https://example.com/{minute}")
            await enqueue_for_story(store, item, cluster, True, ["C0HEALTHY", "C0BROKEN"], now=clock.now)
            await deliverer.deliver_due()
            healthy = await store.alerts()
            assert all(a.state == "posted" for a in healthy if a.channel == "C0HEALTHY"), minute
        assert len(standin.messages["C0HEALTHY"]) == 12
        refused = [c for c in standin.calls_to("chat.postMessage") if c.args["channel"] == "C0BROKEN"]
        assert len(refused) == 1
        assert set(await store.broken_channels()) == {"C0BROKEN"}
        told = [c for c in standin.calls_to("chat.postMessage") if c.args["channel"] == "U0OWNER"]
        assert len(told) == 1
        assert deliverer.pause is None  # nothing paused the outbox as a whole
