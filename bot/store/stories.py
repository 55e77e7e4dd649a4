"""Stories: clusters of items about one event, the lock that places items in them one replica at a
time, and readers' "Not relevant" feedback on them."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from bot.models import ClusterView
from bot.store.base import StoreBase, new_id, utc_required
from bot.store.items import stored_item_of
from bot.store.schema import clusters, feedback, items

STORY_LOCK_KEY = 0x706F6C6963790001  # "policy" + 1: the advisory lock of story placement (story_lock)


class FeedbackRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    channel: str
    cluster_id: int
    user_id: str
    profile: dict[str, Any]


class StoryQueries(StoreBase):
    """The clusters table (and items' cluster), story placement's lock, and feedback on stories."""

    @contextlib.asynccontextmanager
    async def story_lock(self) -> AsyncIterator[None]:
        """Story placement one replica at a time (two outlets' items of one story polled by two
        replicas at once must not both start a cluster). A transaction-scoped advisory lock on
        PostgreSQL: it ends with the transaction, so a cancelled placement or a dead replica can never
        leave it held. SQLite needs nothing: it is one process's database, and the placer's own lock
        serialises placements within a process."""
        if self.dialect != "postgresql":
            yield
            return
        async with self._begin() as conn:
            await conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": STORY_LOCK_KEY})
            yield

    async def create_cluster(self, key: str, features: dict[str, Any], item_id: int, *, now: datetime) -> int:
        async with self._begin() as conn:
            result = await conn.execute(
                sa.insert(clusters).values(
                    key=key, features=features, lead_item_id=item_id, created_at=now, updated_at=now
                )
            )
            cluster_id = new_id(result)
            await conn.execute(sa.update(items).where(items.c.id == item_id).values(cluster_id=cluster_id))
        return cluster_id

    async def clusters_since(
        self, since: datetime, *, after: tuple[datetime, int] | None = None, limit: int | None = None
    ) -> list[tuple[int, str, dict[str, Any], datetime]]:
        """Clusters updated at or after `since` (id, key, features, updated_at), oldest update first:
        how a story placer warms up, then catches up with what other replicas placed. `after` (the
        updated_at and id of the last row read) and `limit` page through a large window."""
        query = sa.select(clusters.c.id, clusters.c.key, clusters.c.features, clusters.c.updated_at).where(
            clusters.c.updated_at >= since
        )
        if after is not None:
            query = query.where(
                sa.or_(
                    clusters.c.updated_at > after[0],
                    sa.and_(clusters.c.updated_at == after[0], clusters.c.id > after[1]),
                )
            )
        query = query.order_by(clusters.c.updated_at, clusters.c.id)
        if limit is not None:
            query = query.limit(limit)
        async with self._connect() as conn:
            rows = (await conn.execute(query)).all()
        return [(int(r.id), str(r.key), dict(r.features), utc_required(r.updated_at)) for r in rows]

    async def join_cluster(
        self, cluster_id: int, item_id: int, *, now: datetime, features: dict[str, Any] | None = None
    ) -> None:
        """Put an item into a cluster; `features`, when given, replaces the cluster's stored features."""
        values: dict[str, Any] = {"updated_at": now}
        if features is not None:
            values["features"] = features
        async with self._begin() as conn:
            await conn.execute(sa.update(items).where(items.c.id == item_id).values(cluster_id=cluster_id))
            await conn.execute(sa.update(clusters).where(clusters.c.id == cluster_id).values(**values))

    async def get_cluster(self, cluster_id: int) -> ClusterView | None:
        async with self._connect() as conn:
            crow = (await conn.execute(sa.select(clusters).where(clusters.c.id == cluster_id))).mappings().first()
            if crow is None:
                return None
            rows = (
                await conn.execute(sa.select(items).where(items.c.cluster_id == cluster_id).order_by(items.c.id))
            ).mappings().all()
        members = tuple(stored_item_of(r) for r in rows)
        lead = next((m for m in members if m.id == crow["lead_item_id"]), members[0])
        return ClusterView(id=cluster_id, key=crow["key"], lead=lead, members=members)

    async def add_feedback(
        self, channel: str, cluster_id: int, user: str, profile: dict[str, Any], *, now: datetime
    ) -> bool:
        """Record a "Not relevant" click; False when this user already said so for this story here."""
        async with self._begin() as conn:
            stmt = self._insert(feedback).values(
                channel=channel, cluster_id=cluster_id, user_id=user, profile=profile, created_at=now
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def feedback(self, channel: str | None = None) -> list[FeedbackRow]:
        stmt = sa.select(feedback).order_by(feedback.c.id)
        if channel is not None:
            stmt = stmt.where(feedback.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [
            FeedbackRow(channel=r["channel"], cluster_id=r["cluster_id"], user_id=r["user_id"], profile=r["profile"])
            for r in rows
        ]
