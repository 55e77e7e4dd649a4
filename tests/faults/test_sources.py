"""A source that hangs holds up nothing else."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.sandbox.sources_server import SAMPLE_SOURCES
from tests.faults.conftest import OTHER_HOST, SETTLE_S, Lab, catalogue_entry, reference_alerts

SILENCE_LIMIT_S = 15  # a fetch gives up after 15 s without a byte (README: "Limits")


async def test_a_hung_source_delays_no_other(pg_lab: Lab) -> None:
    """A server that accepts the connection and never says a word: the other sources are polled and
    their alerts queued at once; the hung one is recorded as failing when its silence limit passes."""
    lab = pg_lab
    connected: list[datetime] = []
    held: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connected.append(datetime.now(UTC))
        held.append(writer)  # read the request, answer nothing, never close

    hung = await asyncio.start_server(silent, OTHER_HOST, 0)
    try:
        port = hung.sockets[0].getsockname()[1]
        others = lab.catalogue(lab.server.catalogue_toml(SAMPLE_SOURCES), name="others.toml")
        expected = await reference_alerts(others)
        catalogue = lab.catalogue(others.read_text(), catalogue_entry("hung", f"http://{OTHER_HOST}:{port}/feed.xml"))
        a = await lab.start(lab.env(catalogue), name="a")

        await lab.until(lambda: connected, within=60, what="the bot connecting to the hung source")
        hung_since = connected[0]

        async def others_done() -> bool:
            states = await lab.store.source_states()
            polled = all(s.id in states and states[s.id].polls == 1 for s in SAMPLE_SOURCES)
            return polled and len(await lab.store.alerts()) >= expected

        took = await lab.until(others_done, within=SILENCE_LIMIT_S, what="the other sources polled, alerts queued")
        hung_state = await lab.store.source_state("hung")
        assert hung_state is not None and hung_state.polls == 0 and hung_state.last_error is None, hung_state
        assert took < SILENCE_LIMIT_S / 2, f"the other sources took {took:.1f} s: they waited for the hung one"
        # Delivery runs on its own schedule (woken by polls, at worst every 15 s), never after the hung poll.
        await lab.until(lambda: lab.all_delivered(expected), within=30, what=f"all {expected} alerts delivered")

        async def hung_recorded() -> bool:
            state = await lab.store.source_state("hung")
            return state is not None and state.error_count == 1

        await lab.until(hung_recorded, within=SILENCE_LIMIT_S + 20, what="the hung source recorded as failing")
        state = await lab.store.source_state("hung")
        assert state is not None and state.last_error and state.lease_owner is None, state
        assert state.last_polled_at is not None and state.last_polled_at <= hung_since, state
        failed_after = (datetime.now(UTC) - hung_since).total_seconds()
        assert failed_after >= SILENCE_LIMIT_S - 1, failed_after
        assert state.next_poll_at is not None and state.next_poll_at > datetime.now(UTC)  # backed off, not spinning
        await asyncio.sleep(SETTLE_S)
        await lab.assert_exactly_once(expected)
        assert await a.terminate() == 0
        print("hung source recorded as:", state.last_error)
    finally:
        for writer in held:
            writer.transport.abort()
        hung.close()
