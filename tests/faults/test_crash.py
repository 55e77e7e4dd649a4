"""kill -9 of a replica in the middle of its work: every expected alert is still delivered exactly once.

These tests wait for real lease expiry (15 s for a source, 20 s for a channel): nothing is shortened
or pre-expired by SQL.
"""

from __future__ import annotations

import asyncio
import re
from email.utils import format_datetime

import pytest

from bot.sandbox.processes import alert_ids_of
from bot.sandbox.sources_server import (
    SAMPLE_SOURCES,
    SAMPLES_LAST_MODIFIED,
    SampleSourcesServer,
    sample_bytes,
)
from tests.faults.conftest import (
    CHANNEL,
    OTHER_HOST,
    SETTLE_S,
    Lab,
    catalogue_entry,
    hang_once,
    reference_alerts,
)


async def test_kill_9_during_a_poll_cycle_loses_and_doubles_nothing(pg_lab: Lab) -> None:
    """Replica A is killed while it holds the leases of two sources whose fetches are in flight (and
    maybe while it posts the other sources' alerts); a replacement takes the sources over once the
    leases expire, and every alert arrives exactly once."""
    lab = pg_lab
    fast, slow = SAMPLE_SOURCES[:2], SAMPLE_SOURCES[2:]
    async with SampleSourcesServer(host=OTHER_HOST) as slow_server:
        for sample in slow:
            slow_server.set_route(sample.path, hang_once(slow_server))  # A's request hangs; later ones don't
        catalogue = lab.catalogue(lab.server.catalogue_toml(fast), slow_server.catalogue_toml(slow))
        env = lab.env(catalogue)
        slow_ids = [s.id for s in slow]

        a = await lab.start(env, name="a")

        async def a_mid_fetch() -> bool:
            states = await lab.store.source_states()
            if len(states) < len(SAMPLE_SOURCES):
                return False  # A has not made the catalogue known yet
            slow_in_flight = all(a.owns(states[i].lease_owner) for i in slow_ids) and all(
                slow_server.hits[s.path] == 1 for s in slow
            )
            # The fast sources are done (polled, analysed, routed): the kill lands in the fetch of the
            # slow ones. (A kill between storing and routing is the third test.)
            fast_done = all(states[s.id].polls == 1 for s in fast) and not any(
                [await lab.store.pending_items(s.id) for s in fast]
            )
            return slow_in_flight and fast_done

        await lab.until(a_mid_fetch, within=60, what="replica A holding the slow sources' leases, mid-fetch")
        a.kill()
        assert await a.wait() == -9
        states = await lab.store.source_states()
        for source_id in slow_ids:  # killed mid-poll: nothing recorded, the lease left behind
            assert states[source_id].polls == 0 and a.owns(states[source_id].lease_owner), states[source_id]
        # Each source's own lease: B may take one over as soon as that lease has expired, whatever the other's.
        dead_until = {i: states[i].lease_until for i in slow_ids}
        assert all(dead_until.values()), dead_until

        b = await lab.start(env, name="b")
        expected = await reference_alerts(catalogue)  # the hanging routes are used up by now
        await lab.until(lambda: lab.all_delivered(expected), within=90, what=f"all {expected} alerts delivered")

        states = await lab.store.source_states()
        for source_id in slow_ids:
            state = states[source_id]
            # Polled once in all, by B, and only after A's lease had expired.
            assert state.polls == 1 and state.error_count == 0 and state.lease_owner is None, state
            expired = dead_until[source_id]
            assert expired is not None and state.last_polled_at is not None and state.last_polled_at >= expired, (
                state, expired)
        # A's hung request, B's fetch, and the reference run's.
        assert all(slow_server.hits[s.path] == 3 for s in slow), slow_server.hits

        await asyncio.sleep(SETTLE_S)
        await lab.assert_exactly_once(expected)
        assert await b.terminate() == 0
        assert "Traceback" not in b.log_text()
        assert all(s.lease_owner is None for s in (await lab.store.source_states()).values())
        assert await lab.store.lease_holders() == {}


@pytest.mark.parametrize("history", [
    "answers",
    pytest.param("rate-limited once"),
])
async def test_kill_9_during_delivery_then_restart_posts_each_alert_once(pg_lab: Lab, history: str) -> None:
    """A is killed after Slack received its chat.postMessage but before A recorded the message's ts;
    the restarted process finds that message by its metadata instead of posting it again, even when
    Slack's conversations.history (heavily rate-limited for most apps) refuses the first look."""
    lab = pg_lab
    catalogue = lab.catalogue(lab.server.catalogue_toml(SAMPLE_SOURCES))
    expected = await reference_alerts(catalogue)
    env = lab.env(catalogue)
    # Slack takes the first post and answers 4 s later. The stand-in records the call on arrival and
    # stores the message when the delay is over, whether or not the client is still connected (its
    # handlers are not cancelled when a client goes away), as Slack completes a request whose client
    # died. Killing A within those 4 s leaves exactly the window recovery by metadata is for: the
    # message is in the channel, the outbox row has an attempt counted and no ts.
    lab.slack.fail_next("chat.postMessage", error=None, delay=4.0)

    a = await lab.start(env, name="a")
    await lab.until(lambda: lab.slack.calls_to("chat.postMessage"), within=60, what="A's first chat.postMessage")
    a.kill()
    assert await a.wait() == -9
    in_flight = alert_ids_of(lab.slack.calls_to("chat.postMessage")[0].args)
    assert in_flight, lab.slack.calls_to("chat.postMessage")[0].args

    await lab.until(lambda: set(in_flight) <= lab.deliveries().delivered, within=10,
                    what="the message A posted to land in the channel")
    rows = {row.id: row for row in await lab.store.alerts()}
    for alert_id in in_flight:
        assert rows[alert_id].state == "pending" and rows[alert_id].attempts == 1 and rows[alert_id].ts is None
    owner, _ = (await lab.store.lease_holders())[f"deliver:{CHANNEL}"]
    assert a.owns(owner)  # A died holding the channel: the restart must wait for the lease to expire

    if history != "answers":
        lab.slack.fail_next("conversations.history", error="ratelimited", status=429, retry_after=1)
    restarted = await lab.start(env, name="a-restarted")
    await lab.until(lambda: lab.all_delivered(expected), within=90, what=f"all {expected} alerts delivered")
    await asyncio.sleep(SETTLE_S)
    await lab.assert_exactly_once(expected)
    attempts = lab.deliveries().attempts
    for alert_id in in_flight:
        assert attempts.count(alert_id) == 1, "the in-flight alert was posted again instead of recovered"
    assert "'recovered': 1" in restarted.log_text()
    assert await restarted.terminate() == 0
    assert "Traceback" not in restarted.log_text()


FILLER = (
    "The club confirmed the signing after a medical on Monday, and the midfielder joins on a four-year "
    "contract. The fee was not disclosed, though local reports put it at a club record. The coach said the "
    "squad needed depth before the winter fixtures, and supporters gathered outside the training ground. "
) * 12


def _big_feed(items: int) -> bytes:
    """The Decoder's feed with `items` long, irrelevant items before its own: analysing them takes
    seconds, a window in which the poll is stored but its items are not yet routed."""
    base = sample_bytes("the-decoder.xml").decode()
    date = format_datetime(SAMPLES_LAST_MODIFIED, usegmt=True)
    filler = "".join(
        f"<item><title>Midfielder {n} completes transfer</title><link>https://sport.example.org/{n}</link>"
        f"<description>{FILLER}</description><guid isPermaLink=\"false\">filler-{n}</guid>"
        f"<pubDate>{date}</pubDate></item>"
        for n in range(items)
    )
    first_item = re.search(r"<item[ >]", base)
    assert first_item is not None
    return (base[: first_item.start()] + filler + base[first_item.start() :]).encode()


async def test_kill_9_between_storing_and_routing_a_poll(pg_lab: Lab) -> None:
    """A is killed after its poll of a source was stored (validators, next poll time, items marked
    pending) and before those items were analysed and routed: the source stays leased and due, so the
    restart takes it over when the lease expires and routes the items, rather than waiting for the
    source's next poll an interval later."""
    lab = pg_lab
    lab.server.set_sample("/big.xml", _big_feed(400), content_type="application/rss+xml; charset=utf-8")
    catalogue = lab.catalogue(catalogue_entry("big-feed", lab.server.url("/big.xml")))
    expected = await reference_alerts(catalogue)
    env = lab.env(catalogue)

    a = await lab.start(env, name="a")

    async def stored_not_routed() -> bool:
        state = await lab.store.source_state("big-feed")
        return state is not None and state.polls == 1 and bool(await lab.store.pending_items("big-feed"))

    await lab.until(stored_not_routed, within=60, what="A's poll stored, its items still pending")
    a.kill()
    assert await a.wait() == -9
    if not await lab.store.pending_items("big-feed"):
        pytest.skip("A finished routing before the kill landed: the window was missed (a slow machine?)")

    restarted = await lab.start(env, name="a-restarted")

    async def routed_and_delivered() -> bool:
        # Batches commit as they go, so A may have delivered every alert before the kill: the proof that
        # the restart took the poll over is that nothing of it is left pending.
        return not await lab.store.pending_items("big-feed") and await lab.all_delivered(expected)

    await lab.until(routed_and_delivered, within=35,
                    what=f"the stored poll's items routed and its {expected} alerts delivered after the restart")
    await asyncio.sleep(SETTLE_S)
    await lab.assert_exactly_once(expected)
    assert await restarted.terminate() == 0
