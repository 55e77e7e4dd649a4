"""Channels: their subscriptions, their mutes, and the channels Slack refused for good."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from bot.models import Subscription
from bot.store.base import StoreBase, utc, utc_required
from bot.store.schema import broken_channels, mutes, subscriptions


class BrokenChannel(BaseModel):
    model_config = ConfigDict(frozen=True)

    channel: str
    error: str
    notified_at: datetime | None


class Mute(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    channel: str
    key: str
    cluster_id: int | None
    query: str | None
    created_by: str
    created_at: datetime


class ChannelQueries(StoreBase):
    """The subscriptions, mutes and broken_channels tables."""

    async def add_subscription(
        self, channel: str, query: str, user: str, *, now: datetime, mode: str = "immediate"
    ) -> Subscription:
        """Subscribe a channel to a query; subscribing again to the same query only changes its mode."""
        async with self._begin() as conn:
            stmt = self._insert(subscriptions).values(
                channel=channel, query=query, created_by=user, created_at=now, mode=mode
            )
            await conn.execute(
                stmt.on_conflict_do_update(index_elements=["channel", "query"], set_={"mode": mode})
            )
            row = (
                await conn.execute(
                    sa.select(subscriptions).where(
                        subscriptions.c.channel == channel, subscriptions.c.query == query
                    )
                )
            ).mappings().one()
        return _subscription(row)

    async def subscriptions(self, channel: str | None = None) -> list[Subscription]:
        stmt = sa.select(subscriptions).order_by(subscriptions.c.id)
        if channel is not None:
            stmt = stmt.where(subscriptions.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_subscription(r) for r in rows]

    async def get_subscription(self, sub_id: int) -> Subscription | None:
        async with self._connect() as conn:
            row = (
                await conn.execute(sa.select(subscriptions).where(subscriptions.c.id == sub_id))
            ).mappings().first()
        return _subscription(row) if row else None

    async def remove_subscription(self, sub_id: int, channel: str) -> bool:
        async with self._begin() as conn:
            result = await conn.execute(
                sa.delete(subscriptions).where(subscriptions.c.id == sub_id, subscriptions.c.channel == channel)
            )
        return bool(result.rowcount)

    async def mark_channel_broken(self, channel: str, error: str, *, now: datetime) -> bool:
        """True when the channel was not already marked broken."""
        async with self._begin() as conn:
            stmt = self._insert(broken_channels).values(channel=channel, error=error, broken_at=now)
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def claim_broken_notice(self, channel: str, *, now: datetime) -> bool:
        """Atomically take the one right to tell a broken channel's owners (so they are told once)."""
        async with self._begin() as conn:
            result = await conn.execute(
                sa.update(broken_channels)
                .where(broken_channels.c.channel == channel, broken_channels.c.notified_at.is_(None))
                .values(notified_at=now)
            )
        return bool(result.rowcount)

    async def broken_channels(self) -> dict[str, BrokenChannel]:
        async with self._connect() as conn:
            rows = (await conn.execute(sa.select(broken_channels))).mappings().all()
        return {
            r["channel"]: BrokenChannel(
                channel=r["channel"], error=r["error"], notified_at=utc(r["notified_at"]),
            )
            for r in rows
        }

    async def clear_broken_channel(self, channel: str) -> bool:
        async with self._begin() as conn:
            result = await conn.execute(sa.delete(broken_channels).where(broken_channels.c.channel == channel))
        return bool(result.rowcount)

    async def add_mute(
        self, channel: str, key: str, user: str, *, now: datetime, cluster_id: int | None = None,
        query: str | None = None,
    ) -> Mute:
        async with self._begin() as conn:
            stmt = self._insert(mutes).values(
                channel=channel, key=key, cluster_id=cluster_id, query=query, created_by=user, created_at=now
            )
            await conn.execute(stmt.on_conflict_do_nothing())
            row = (
                await conn.execute(sa.select(mutes).where(mutes.c.channel == channel, mutes.c.key == key))
            ).mappings().one()
        return _mute(row)

    async def mutes(self, channel: str | None = None) -> list[Mute]:
        stmt = sa.select(mutes).order_by(mutes.c.id)
        if channel is not None:
            stmt = stmt.where(mutes.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_mute(r) for r in rows]

    async def remove_mute(self, mute_id: int, channel: str) -> bool:
        async with self._begin() as conn:
            result = await conn.execute(sa.delete(mutes).where(mutes.c.id == mute_id, mutes.c.channel == channel))
        return bool(result.rowcount)


def _subscription(row: Any) -> Subscription:
    return Subscription(
        id=row["id"],
        channel=row["channel"],
        query=row["query"],
        created_by=row["created_by"],
        created_at=utc_required(row["created_at"]),
        mode=row["mode"],
    )


def _mute(row: Any) -> Mute:
    data = dict(row)
    data["created_at"] = utc_required(data["created_at"])
    return Mute.model_validate({k: data[k] for k in Mute.model_fields})
