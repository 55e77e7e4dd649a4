"""Several replicas on one database, in one test process: each source polled once, each story
clustered once, each alert posted once, and a dead replica's work taken over when its leases expire.

(The same with real processes and kill -9 is tests/faults/.)
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Analysis, RawItem, Summary
from bot.pipeline import Pipeline, PollPolicy
from bot.sandbox.slack import SlackStandIn
from bot.sandbox.sources_server import SampleSourcesServer
from bot.sandbox.stories import store_item
from bot.slack.blocks import ALERT_EVENT_TYPE
from bot.slack.delivery import Deliverer
from bot.sources.fetch import Fetcher
from bot.store import Store
from tests.conftest import NOW, Clock

CHANNEL = "C0ALERTS"
POLICY = PollPolicy(jitter=0, source_deadline_s=5)
TTL = timedelta(seconds=15)


async def _replica_store(store: Store) -> Store:
    return await Store.open(store.engine.url.render_as_string(hide_password=False))


@pytest.fixture
async def server() -> AsyncIterator[SampleSourcesServer]:
    async with SampleSourcesServer() as s:
        yield s


@pytest.fixture
async def standin() -> AsyncIterator[SlackStandIn]:
    async with SlackStandIn(channels=[CHANNEL]) as s:
        yield s


def _pipeline(store: Store, fetcher: Fetcher, server: SampleSourcesServer, owner: str, clock: Clock) -> Pipeline:
    return Pipeline(
        store, fetcher, server.sources(), alert_channels=[CHANNEL], backfill=None, clock=clock, policy=POLICY,
        rng=random.Random(7), owner=owner,
    )


async def _stories(store: Store) -> set[frozenset[str]]:
    """The clustering as a partition of item guids (independent of ids and of which item came first)."""
    by_cluster: dict[int, set[str]] = {}
    for item in await store.relevant_items():
        if item.cluster_id is not None:
            by_cluster.setdefault(item.cluster_id, set()).add(f"{item.source_id}:{item.guid}")
    return {frozenset(members) for members in by_cluster.values()}


async def test_two_replicas_poll_each_source_once_and_cluster_each_story_once(
    store: Store, server: SampleSourcesServer, tmp_path: Path
) -> None:
    other = await _replica_store(store)
    clock = Clock()
    try:
        async with Fetcher(allow_private=True, contact="mailto:t@example.org") as fa, Fetcher(
            allow_private=True, contact="mailto:t@example.org"
        ) as fb:
            a = _pipeline(store, fa, server, "A", clock)
            b = _pipeline(other, fb, server, "B", clock)
            first = await asyncio.gather(a.run_cycle(), b.run_cycle())
    finally:
        await other.close()
    polled = [s.source_id for report in first for s in report.sources]
    feeds = [urlsplit(str(s.url)).path for s in server.sources()]
    assert sorted(polled) == sorted(s.id for s in server.sources())  # each source by one replica
    assert {path: server.hits[path] for path in feeds} == dict.fromkeys(feeds, 1)
    assert all(not s.error for report in first for s in report.sources)
    alerts = await store.alerts()
    assert alerts and len(alerts) == len({a.cluster_id for a in alerts})

    # The same catalogue through one replica gives the same stories: two replicas placing items at
    # once never split a story into two clusters (nor merge two).
    single = await Store.open(f"sqlite+aiosqlite:///{tmp_path / 'single.db'}")
    try:
        async with Fetcher(allow_private=True, contact="mailto:t@example.org") as fetcher:
            await _pipeline(single, fetcher, server, "S", Clock()).run_cycle()
        assert await _stories(store) == await _stories(single)
        assert len(await single.alerts()) == len(alerts)
    finally:
        await single.close()


async def test_a_dead_replicas_sources_are_taken_over_when_its_leases_expire(
    store: Store, server: SampleSourcesServer
) -> None:
    clock = Clock()
    async with Fetcher(allow_private=True, contact="mailto:t@example.org") as fetcher:
        pipeline = _pipeline(store, fetcher, server, "A", clock)
        await pipeline.sync()
        dead = await store.claim_sources("dead", now=NOW, until=NOW + TTL, ids=["the-decoder"])
        assert list(dead) == ["the-decoder"]
        report = await pipeline.run_cycle()
        assert "the-decoder" not in {s.source_id for s in report.sources}
        assert await pipeline.poll_source("the-decoder") is None  # the scheduler's path skips it too
        clock.now = NOW + TTL  # the dead replica never renewed
        taken = await pipeline.poll_source("the-decoder")
    assert taken is not None and taken.error is None and taken.items > 0
    state = await store.source_state("the-decoder")
    assert state is not None and state.lease_owner is None and state.last_success_at == NOW + TTL


async def test_a_replica_dying_between_storing_and_analysing_leaves_the_source_to_its_successor(
    store: Store, server: SampleSourcesServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The poll's items are stored (pending) but the replica dies before analysing and routing them:
    the source stays due and leased, so the replica that takes it over finishes the job at once,
    not an interval later."""
    clock = Clock()
    async with Fetcher(allow_private=True, contact="mailto:t@example.org") as fa, Fetcher(
        allow_private=True, contact="mailto:t@example.org"
    ) as fb:
        a = _pipeline(store, fa, server, "A", clock)
        b = _pipeline(store, fb, server, "B", clock)

        async def killed(*_args: object, **_kwargs: object) -> list[int]:
            raise asyncio.CancelledError  # what kill -9 looks like from here: nothing after this runs

        monkeypatch.setattr(a, "_process_pending", killed)
        with pytest.raises(asyncio.CancelledError):
            await a.poll_source("the-decoder")
        state = await store.source_state("the-decoder")
        assert state is not None and state.lease_owner == "A" and state.next_poll_at == NOW  # due, held
        assert await store.pending_items("the-decoder") and await store.alerts() == []

        clock.now = NOW + timedelta(seconds=5)
        assert await b.poll_source("the-decoder") is None  # A's lease is still live
        clock.now = NOW + TTL + timedelta(seconds=1)
        report = await b.poll_source("the-decoder")
    assert report is not None and report.error is None and report.queued > 0
    assert await store.pending_items("the-decoder") == []
    state = await store.source_state("the-decoder")
    assert state is not None and state.lease_owner is None and state.next_poll_at is not None
    assert state.next_poll_at > clock.now  # its next poll is an interval away again


# ---------------------------------------------------------------- delivery


async def _queue(store: Store, channel: str, title: str) -> int:
    raw = RawItem(source_id="decoder", guid=f"{channel}:{title}", url="https://the-decoder.com/x", canonical_url=None,
                  title=title, text="Text.", published=NOW, outlet="The Decoder")
    item, _ = await store_item(store, raw, f"{channel}:{title}", now=NOW)
    await store.set_analysis(item.id, Analysis(
        relevant=True, score=0.9, jurisdictions=("CN",), topics=("ai",), policy_type="travel_restriction",
        status="reported", summary=Summary(headline=title, bullets=("A bullet.",), who_is_affected="Researchers."),
    ))
    cluster = await store.create_cluster(f"c-{channel}-{title}", {}, item.id, now=NOW)
    assert await store.enqueue_alert(cluster, channel, item.id, now=NOW)
    return cluster


def _deliverer(standin: SlackStandIn, store: Store, owner: str, clock: Clock, **kw: Any) -> Deliverer:
    client = AsyncWebClient(token=standin.bot_token, base_url=standin.api_url)
    return Deliverer(client, store, min_interval=0.0, clock=clock, owner=owner, flood_limit=100, **kw)


def _posted_alert_ids(standin: SlackStandIn) -> list[int]:
    ids: list[int] = []
    for call in standin.calls_to("chat.postMessage"):
        meta = call.args.get("metadata") or {}
        if meta.get("event_type") == ALERT_EVENT_TYPE:
            payload = meta["event_payload"]
            ids.extend(payload.get("alert_ids") or [payload["alert_id"]])
    return ids


async def test_two_replicas_deliver_every_alert_exactly_once(store: Store, standin: SlackStandIn) -> None:
    channels = ["C1", "C2", "C3"]
    for channel in channels:
        standin.add_channel(channel)
        for n in range(4):
            await _queue(store, channel, f"Story {n} for {channel}")
    other = await _replica_store(store)
    clock = Clock()
    try:
        reports = await asyncio.gather(
            _deliverer(standin, store, "A", clock).deliver_due(),
            _deliverer(standin, other, "B", clock).deliver_due(),
            _deliverer(standin, other, "C", clock).deliver_due(),
        )
    finally:
        await other.close()
    posted = _posted_alert_ids(standin)
    assert sorted(posted) == sorted(a.id for a in await store.alerts())  # all, and none twice
    assert len(posted) == 12 and sum(r.posted for r in reports) == 12
    assert {a.state for a in await store.alerts()} == {"posted"}
    assert await store.lease_holders() == {}  # every replica handed its channels back


async def test_a_channel_leased_by_a_dead_replica_waits_for_the_lease_to_expire(
    store: Store, standin: SlackStandIn
) -> None:
    for channel in ("C1", "C2"):
        standin.add_channel(channel)
        await _queue(store, channel, "China requires approval")
    assert await store.claim_lease("deliver:C1", "dead", now=NOW, until=NOW + TTL)
    clock = Clock()
    deliverer = _deliverer(standin, store, "A", clock)
    assert (await deliverer.deliver_due()).posted == 1
    assert [c.args["channel"] for c in standin.calls_to("chat.postMessage")] == ["C2"]
    clock.now = NOW + TTL
    assert (await deliverer.deliver_due()).posted == 1
    assert [c.args["channel"] for c in standin.calls_to("chat.postMessage")] == ["C2", "C1"]


async def test_a_replica_that_lost_its_channel_lease_stops_posting(store: Store, standin: SlackStandIn) -> None:
    standin.add_channel("C1")
    for n in range(3):
        await _queue(store, "C1", f"Story {n}")
    standin.fail_next("chat.postMessage", error=None, delay=0.5)  # the first post is slow...
    clock = Clock()
    deliverer = _deliverer(standin, store, "A", clock)
    run = asyncio.create_task(deliverer.deliver_due())
    await standin.wait_for(lambda: standin.calls_to("chat.postMessage"), timeout=5, what="the first post")
    # ...and meanwhile A's lease lapsed and replica B took the channel.
    clock.now = NOW + timedelta(minutes=1)  # past any lease length
    assert await store.claim_lease("deliver:C1", "B", now=clock.now, until=clock.now + TTL)
    report = await run
    assert report.posted == 1 and len(standin.calls_to("chat.postMessage")) == 1
    states = sorted(a.state for a in await store.alerts())
    assert states == ["pending", "pending", "posted"]  # left for B, not lost
    assert (await store.lease_holders())["deliver:C1"][0] == "B"
