"""The outbox: alerts queued for channels and their delivery (posted, retried, failed, grouped in
digests), and updates to stories already alerted (the edited message and its threaded note)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from bot.store.base import StoreBase, utc, utc_required
from bot.store.schema import alert_updates, alerts

AlertState = Literal["pending", "posted", "failed"]


class AlertRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    cluster_id: int
    channel: str
    item_id: int
    state: AlertState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    ts: str | None
    created_at: datetime
    posted_at: datetime | None = None
    mode: Literal["immediate", "daily"] = "immediate"
    digest: bool = False


class UpdateRow(BaseModel):
    """A pending change to an alerted story: edit the alert, add one threaded note."""

    model_config = ConfigDict(frozen=True)

    id: int
    alert_id: int
    item_id: int
    state: AlertState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    ts: str | None


class OutboxQueries(StoreBase):
    """The alerts and alert_updates tables: what is queued for Slack, and what became of it."""

    async def enqueue_alert(
        self, cluster_id: int, channel: str, item_id: int, *, now: datetime, mode: str = "immediate"
    ) -> bool:
        """Queue one alert for a (cluster, channel); False when it was queued before (never doubled)."""
        async with self._begin() as conn:
            stmt = self._insert(alerts).values(
                cluster_id=cluster_id, channel=channel, item_id=item_id, next_attempt_at=now, created_at=now,
                mode=mode,
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def enqueue_alerts(
        self, cluster_id: int, item_id: int, routes: Sequence[tuple[str, str]], *, now: datetime
    ) -> int:
        """Queue a story's alert for several (channel, mode) at once, in one statement; how many were
        new (the others were queued before: never doubled)."""
        if not routes:
            return 0
        rows = [
            {"cluster_id": cluster_id, "channel": channel, "item_id": item_id, "next_attempt_at": now,
             "created_at": now, "mode": mode}
            for channel, mode in routes
        ]
        stmt = self._insert(alerts).values(rows).on_conflict_do_nothing().returning(alerts.c.id)
        async with self._begin() as conn:
            return len((await conn.execute(stmt)).all())

    async def due_alerts(self, now: datetime, *, limit: int = 500, channel: str | None = None) -> list[AlertRow]:
        stmt = sa.select(alerts).where(alerts.c.state == "pending", alerts.c.next_attempt_at <= now)
        if channel is not None:
            stmt = stmt.where(alerts.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt.order_by(alerts.c.id).limit(limit))).mappings().all()
        return [_alert(r) for r in rows]
    async def outbox_stats(self) -> tuple[dict[str, int], datetime | None]:
        """For /metrics: alerts by state, and when the oldest pending immediate alert was queued.

        Daily-digest alerts wait for the digest hour by design, so they do not count as delivery lag.
        """
        async with self._connect() as conn:
            counts = (
                await conn.execute(sa.select(alerts.c.state, sa.func.count()).group_by(alerts.c.state))
            ).all()
            oldest = (
                await conn.execute(
                    sa.select(sa.func.min(alerts.c.created_at))
                    .where(alerts.c.state == "pending", alerts.c.mode == "immediate")
                )
            ).scalar_one_or_none()
        return {str(state): int(n) for state, n in counts}, utc(oldest)

    async def mark_posted(self, alert_id: int, ts: str, *, now: datetime, digest: bool = False) -> None:
        await self.mark_many_posted([alert_id], ts, now=now, digest=digest)

    async def mark_many_posted(self, alert_ids: Sequence[int], ts: str, *, now: datetime, digest: bool) -> None:
        """Record alerts as posted in the message `ts` (several share it when posted as one digest)."""
        async with self._begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id.in_(list(alert_ids)))
                .values(state="posted", ts=ts, posted_at=now, last_error=None, digest=digest)
            )

    async def mark_retry(self, alert_id: int, error: str, *, retry_at: datetime) -> None:
        async with self._begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(last_error=error, next_attempt_at=retry_at)
            )

    async def mark_failed(self, alert_id: int, error: str) -> None:
        async with self._begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(state="failed", last_error=error)
            )

    async def begin_attempt(self, alert_id: int) -> None:
        """Count the attempt before posting, so a crash mid-post is visible at the next try."""
        async with self._begin() as conn:
            await conn.execute(
                sa.update(alerts).where(alerts.c.id == alert_id).values(attempts=alerts.c.attempts + 1)
            )

    async def alerts(self, *, channel: str | None = None) -> list[AlertRow]:
        stmt = sa.select(alerts).order_by(alerts.c.id)
        if channel is not None:
            stmt = stmt.where(alerts.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_alert(r) for r in rows]

    async def alerts_for_message(self, channel: str, ts: str) -> list[AlertRow]:
        """The alerts shown by one message: one, or several for a digest."""
        async with self._connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(alerts).where(alerts.c.channel == channel, alerts.c.ts == ts).order_by(alerts.c.id)
                )
            ).mappings().all()
        return [_alert(r) for r in rows]

    async def get_alert(self, alert_id: int) -> AlertRow | None:
        async with self._connect() as conn:
            row = (await conn.execute(sa.select(alerts).where(alerts.c.id == alert_id))).mappings().first()
        return _alert(row) if row else None

    async def alerts_for_cluster(self, cluster_id: int) -> list[AlertRow]:
        async with self._connect() as conn:
            rows = (
                await conn.execute(sa.select(alerts).where(alerts.c.cluster_id == cluster_id).order_by(alerts.c.id))
            ).mappings().all()
        return [_alert(r) for r in rows]

    async def defer_alert(self, alert_id: int, until: datetime) -> None:
        """Hold a daily-digest alert until its digest time (not an attempt, not an error)."""
        async with self._begin() as conn:
            await conn.execute(sa.update(alerts).where(alerts.c.id == alert_id).values(next_attempt_at=until))

    async def count_posted_alone(self, channel: str, since: datetime) -> int:
        """Alerts posted to a channel as messages of their own since `since` (flood control)."""
        async with self._connect() as conn:
            value = (
                await conn.execute(
                    sa.select(sa.func.count()).select_from(alerts).where(
                        alerts.c.channel == channel,
                        alerts.c.state == "posted",
                        alerts.c.digest.is_(False),
                        alerts.c.posted_at >= since,
                    )
                )
            ).scalar_one()
        return int(value)

    async def latest_alerts(self, *, channels: Sequence[str] | None = None, limit: int = 10) -> list[AlertRow]:
        """Posted alerts, newest first (App Home)."""
        stmt = sa.select(alerts).where(alerts.c.state == "posted")
        if channels is not None:
            stmt = stmt.where(alerts.c.channel.in_(list(channels)))
        stmt = stmt.order_by(alerts.c.posted_at.desc(), alerts.c.id.desc()).limit(limit)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_alert(r) for r in rows]

    async def fail_pending(self, channel: str, error: str) -> int:
        """A channel Slack refused for good: nothing queued for it will ever be posted."""
        async with self._begin() as conn:
            result = await conn.execute(
                sa.update(alerts)
                .where(alerts.c.channel == channel, alerts.c.state == "pending")
                .values(state="failed", last_error=error)
            )
            ids = sa.select(alerts.c.id).where(alerts.c.channel == channel).scalar_subquery()
            await conn.execute(
                sa.update(alert_updates)
                .where(alert_updates.c.alert_id.in_(ids), alert_updates.c.state == "pending")
                .values(state="failed", last_error=error)
            )
        return int(result.rowcount or 0)

    async def enqueue_update(self, alert_id: int, item_id: int, *, now: datetime) -> bool:
        """Queue a change (the item that brought it) for an alert; False when already queued."""
        async with self._begin() as conn:
            stmt = self._insert(alert_updates).values(
                alert_id=alert_id, item_id=item_id, next_attempt_at=now, created_at=now
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def due_updates(self, now: datetime, *, limit: int = 500, channel: str | None = None) -> list[UpdateRow]:
        stmt = sa.select(alert_updates).where(alert_updates.c.state == "pending", alert_updates.c.next_attempt_at <= now)
        if channel is not None:
            stmt = stmt.where(alert_updates.c.alert_id.in_(sa.select(alerts.c.id).where(alerts.c.channel == channel)))
        async with self._connect() as conn:
            rows = (await conn.execute(stmt.order_by(alert_updates.c.id).limit(limit))).mappings().all()
        return [_update(r) for r in rows]

    async def due_channels(self, now: datetime) -> list[str]:
        """Channels with an alert or a story update due now: the units of delivery work."""
        with_alerts = (
            sa.select(alerts.c.channel)
            .where(alerts.c.state == "pending", alerts.c.next_attempt_at <= now)
        )
        with_updates = (
            sa.select(alerts.c.channel)
            .join(alert_updates, alert_updates.c.alert_id == alerts.c.id)
            .where(alert_updates.c.state == "pending", alert_updates.c.next_attempt_at <= now)
        )
        async with self._connect() as conn:
            rows = (await conn.execute(sa.union(with_alerts, with_updates))).all()
        return sorted(row[0] for row in rows)

    async def set_updates(self, update_ids: Sequence[int], **values: Any) -> None:
        """Move updates on (state, ts, posted_at, last_error, next_attempt_at; attempts=+1 via bump=True)."""
        if values.pop("bump", False):
            values["attempts"] = alert_updates.c.attempts + 1
        async with self._begin() as conn:
            await conn.execute(
                sa.update(alert_updates).where(alert_updates.c.id.in_(list(update_ids))).values(**values)
            )


def _alert(row: Any) -> AlertRow:
    data = dict(row)
    for key in ("next_attempt_at", "created_at", "posted_at"):
        data[key] = utc(data[key])
    return AlertRow.model_validate({k: data[k] for k in AlertRow.model_fields})


def _update(row: Any) -> UpdateRow:
    data = dict(row)
    data["next_attempt_at"] = utc_required(data["next_attempt_at"])
    return UpdateRow.model_validate({k: data[k] for k in UpdateRow.model_fields})
