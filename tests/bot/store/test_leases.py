"""Leases: how replicas sharing one database split sources and channels, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.models import SourceConfig
from bot.store import Store
from bot.store.db import PollRecord, PollWrite
from tests.conftest import NOW

TTL = timedelta(seconds=15)


def _sources(n: int) -> list[SourceConfig]:
    return [
        SourceConfig.model_validate({"id": f"s{i:03d}", "name": f"S{i}", "kind": "rss", "url": f"https://example.org/{i}.xml"})
        for i in range(n)
    ]


async def _other_store(store: Store) -> Store:
    """A second replica: its own engine and connection pool on the same database."""
    return await Store.open(store.engine.url.render_as_string(hide_password=False))


async def test_a_claimed_source_is_not_claimed_again_until_polled_or_expired(store: Store) -> None:
    await store.sync_sources(_sources(3))
    claimed = await store.claim_sources("A", now=NOW, until=NOW + TTL)
    assert sorted(claimed) == ["s000", "s001", "s002"]
    assert claimed["s000"].lease_owner == "A"
    # Replica B finds nothing free, even when forcing (forcing ignores "due", never a live lease).
    assert await store.claim_sources("B", now=NOW, until=NOW + TTL) == {}
    assert await store.claim_sources("B", now=NOW, until=NOW + TTL, force=True) == {}
    # A records its poll of s000: the lease ends with it and the source is not due until its next poll.
    poll = PollRecord(source_id="s000", next_poll_at=NOW + timedelta(minutes=15))
    await store.save_polls([PollWrite(poll=poll, now=NOW)])
    state = await store.source_state("s000")
    assert state is not None and state.lease_owner is None and state.lease_until is None
    assert await store.claim_sources("B", now=NOW, until=NOW + TTL) == {}
    # A failure record and a deferral end the lease too.
    await store.record_poll("s001", now=NOW, next_poll_at=NOW + timedelta(minutes=5), error="HTTP 500")
    await store.defer_source("s002", until=NOW + timedelta(minutes=1))
    states = await store.source_states()
    assert all(s.lease_owner is None for s in states.values())
    # Once due again, anyone may claim it.
    later = NOW + timedelta(minutes=16)
    assert sorted(await store.claim_sources("B", now=later, until=later + TTL)) == ["s000", "s001", "s002"]


async def test_a_dead_replicas_lease_expires_and_is_taken_over(store: Store) -> None:
    await store.sync_sources(_sources(2))
    assert sorted(await store.claim_sources("dead", now=NOW, until=NOW + TTL)) == ["s000", "s001"]
    assert await store.claim_sources("B", now=NOW + TTL - timedelta(seconds=1), until=NOW + 2 * TTL) == {}
    taken = await store.claim_sources("B", now=NOW + TTL, until=NOW + 2 * TTL)
    assert sorted(taken) == ["s000", "s001"] and {s.lease_owner for s in taken.values()} == {"B"}


async def test_renewal_extends_only_the_holders_leases(store: Store) -> None:
    await store.sync_sources(_sources(2))
    await store.claim_sources("A", now=NOW, until=NOW + TTL, ids=["s000"])
    await store.claim_sources("B", now=NOW, until=NOW + TTL, ids=["s001"])
    assert await store.renew_source_leases("A", ["s000", "s001"], until=NOW + 3 * TTL) == {"s000"}
    # At NOW + 2 TTL, B's lease on s001 has expired but A's renewed lease on s000 has not.
    later = NOW + 2 * TTL
    assert sorted(await store.claim_sources("C", now=later, until=later + TTL)) == ["s001"]
    assert await store.release_sources("A") == 1
    assert sorted(await store.claim_sources("C", now=later, until=later + TTL)) == ["s000", "s001"]


async def test_ids_and_limit_restrict_a_claim(store: Store) -> None:
    await store.sync_sources(_sources(5))
    assert await store.claim_sources("A", now=NOW, until=NOW + TTL, ids=[]) == {}
    assert sorted(await store.claim_sources("A", now=NOW, until=NOW + TTL, ids=["s001", "s003"])) == ["s001", "s003"]
    assert len(await store.claim_sources("B", now=NOW, until=NOW + TTL, limit=2)) == 2
    assert len(await store.claim_sources("C", now=NOW, until=NOW + TTL)) == 1


async def test_concurrent_claims_split_the_sources_without_overlap(store: Store) -> None:
    """Three replicas (three engines) claiming at the same moment, in small batches, until none is left:
    every source is claimed by exactly one of them."""
    await store.sync_sources(_sources(60))
    replicas = [store, await _other_store(store), await _other_store(store)]
    try:
        all_ids = [s.id for s in _sources(60)]

        async def claim_all(replica: Store, owner: str) -> list[str]:
            got: list[str] = []
            # Its own leases are claimable again by the same owner (a poll of its own that ended
            # without a write): leave those out, as the pipeline does with the polls it has in flight.
            while batch := await replica.claim_sources(
                owner, now=NOW, until=NOW + TTL, limit=7, ids=[i for i in all_ids if i not in got]
            ):
                got.extend(batch)
                await asyncio.sleep(0)
            return got

        results = await asyncio.gather(*(claim_all(r, f"R{i}") for i, r in enumerate(replicas)))
    finally:
        for replica in replicas[1:]:
            await replica.close()
    flat = [source_id for got in results for source_id in got]
    assert len(flat) == 60 and len(set(flat)) == 60
    states = await store.source_states()
    for owner, got in zip(("R0", "R1", "R2"), results, strict=True):
        assert all(states[s].lease_owner == owner for s in got)


async def test_named_leases(store: Store) -> None:
    assert await store.claim_lease("deliver:C1", "A", now=NOW, until=NOW + TTL)
    assert await store.claim_lease("deliver:C1", "A", now=NOW, until=NOW + TTL)  # its holder may re-claim
    assert not await store.claim_lease("deliver:C1", "B", now=NOW + timedelta(seconds=5), until=NOW + TTL)
    assert await store.renew_lease("deliver:C1", "A", now=NOW + timedelta(seconds=10), until=NOW + 2 * TTL)
    assert not await store.renew_lease("deliver:C1", "B", now=NOW, until=NOW + 2 * TTL)
    # Expired: B takes it, and A's renewal now fails (A must stop posting).
    expired = NOW + 2 * TTL
    assert await store.claim_lease("deliver:C1", "B", now=expired, until=expired + TTL)
    assert not await store.renew_lease("deliver:C1", "A", now=expired, until=expired + TTL)
    assert (await store.lease_holders())["deliver:C1"][0] == "B"
    await store.release_lease("deliver:C1", "A")  # not A's any more: no effect
    assert "deliver:C1" in await store.lease_holders()
    assert await store.release_leases("B") == 1
    assert await store.lease_holders() == {}


@pytest.mark.parametrize("contenders", [5])
async def test_concurrent_named_lease_claims_have_one_winner(store: Store, contenders: int) -> None:
    replicas = [store] + [await _other_store(store) for _ in range(contenders - 1)]
    try:
        wins = await asyncio.gather(
            *(r.claim_lease("deliver:C9", f"R{i}", now=NOW, until=NOW + TTL) for i, r in enumerate(replicas))
        )
    finally:
        for replica in replicas[1:]:
            await replica.close()
    assert sum(wins) == 1
