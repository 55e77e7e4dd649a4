"""Replicas sharing a database split the work with leases: each source is polled under a lease on its
row (`claim_sources`), each channel delivered under a named lease ("deliver:<channel>"). Their lengths
and this process's owner name are in bot/store/leases.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa

from bot.store.base import StoreBase, utc_required
from bot.store.schema import leases, sources
from bot.store.sources import SourceState, source_state_of


class LeaseQueries(StoreBase):
    """Source leases (columns of the sources table) and named leases (the leases table)."""

    async def claim_sources(
        self,
        owner: str,
        *,
        now: datetime,
        until: datetime,
        ids: Sequence[str] | None = None,
        force: bool = False,
        limit: int | None = None,
    ) -> dict[str, SourceState]:
        """Claim the sources that are due (all of `ids` with force) and not leased by another replica.

        One statement: on PostgreSQL the candidate rows of a batch are locked with FOR UPDATE SKIP
        LOCKED, so replicas claiming at the same moment split the due sources between them instead of
        queueing on each other's row locks; a row another replica just claimed no longer matches. SQLite has
        one writer at a time, which serialises claims by itself. The lease ends when the poll is
        recorded (`save_polls`, `record_poll`, `defer_source`), or expires if its holder dies.
        """
        free = sa.or_(sources.c.lease_until.is_(None), sources.c.lease_until <= now, sources.c.lease_owner == owner)
        conditions = [free]
        if not force:
            conditions.append(sa.or_(sources.c.next_poll_at.is_(None), sources.c.next_poll_at <= now))
        if ids is not None:
            if not ids:
                return {}
            conditions.append(sources.c.id.in_(list(ids)))
        candidates = sa.select(sources.c.id).where(*conditions).order_by(sources.c.next_poll_at, sources.c.id)
        if limit is not None:
            candidates = candidates.limit(limit)
        if self.dialect == "postgresql" and (ids is None or len(ids) > 1):
            # One named source waits for a row lock instead (a catalogue sync may hold it for a moment;
            # skipping would postpone that source's poll by a whole interval).
            candidates = candidates.with_for_update(skip_locked=True)
        stmt = (
            sa.update(sources)
            .where(sources.c.id.in_(candidates.scalar_subquery()), *conditions)
            .values(lease_owner=owner, lease_until=until)
            .returning(*sources.c)
        )
        async with self._begin() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return {row["id"]: source_state_of(row) for row in rows}

    async def renew_source_leases(self, owner: str, ids: Sequence[str], *, until: datetime) -> set[str]:
        """Extend this replica's leases on sources it is still polling; the ids still held."""
        if not ids:
            return set()
        async with self._begin() as conn:
            rows = (
                await conn.execute(
                    sa.update(sources)
                    .where(sources.c.id.in_(list(ids)), sources.c.lease_owner == owner)
                    .values(lease_until=until)
                    .returning(sources.c.id)
                )
            ).all()
        return {row[0] for row in rows}

    async def release_sources(self, owner: str, ids: Sequence[str] | None = None) -> int:
        """Give up this replica's source leases (all of them when `ids` is None): a clean stop."""
        stmt = sa.update(sources).where(sources.c.lease_owner == owner)
        if ids is not None:
            stmt = stmt.where(sources.c.id.in_(list(ids)))
        async with self._begin() as conn:
            result = await conn.execute(stmt.values(lease_owner=None, lease_until=None))
        return int(result.rowcount or 0)

    async def claim_lease(self, name: str, owner: str, *, now: datetime, until: datetime) -> bool:
        """Take (or renew) the lease `name` unless another replica holds it unexpired. Atomic."""
        stmt = self._insert(leases).values(name=name, owner=owner, expires_at=until)
        stmt = stmt.on_conflict_do_update(
            index_elements=["name"],
            set_={"owner": owner, "expires_at": until},
            where=sa.or_(leases.c.owner == owner, leases.c.expires_at <= now),
        ).returning(leases.c.name)
        async with self._begin() as conn:
            row = (await conn.execute(stmt)).first()
        return row is not None

    async def renew_lease(self, name: str, owner: str, *, now: datetime, until: datetime) -> bool:
        """Extend a lease this replica still holds; False when it lapsed (another may have taken it)."""
        async with self._begin() as conn:
            result = await conn.execute(
                sa.update(leases)
                .where(leases.c.name == name, leases.c.owner == owner, leases.c.expires_at > now)
                .values(expires_at=until)
            )
        return bool(result.rowcount)

    async def release_lease(self, name: str, owner: str) -> None:
        async with self._begin() as conn:
            await conn.execute(sa.delete(leases).where(leases.c.name == name, leases.c.owner == owner))

    async def release_leases(self, owner: str) -> int:
        async with self._begin() as conn:
            result = await conn.execute(sa.delete(leases).where(leases.c.owner == owner))
        return int(result.rowcount or 0)

    async def lease_holders(self) -> dict[str, tuple[str, datetime]]:
        """Every named lease: name -> (owner, expiry). For operators and tests."""
        async with self._connect() as conn:
            rows = (await conn.execute(sa.select(leases))).all()
        return {row.name: (row.owner, utc_required(row.expires_at)) for row in rows}
