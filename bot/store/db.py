"""The Store: every read and write the engine does, as async methods returning pydantic models."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from bot.models import Analysis, ClusterView, RawItem, SourceConfig, StoredItem, Subscription
from bot.store.schema import alerts, clusters, items, metadata, seen_events, sources, subscriptions

ItemChange = Literal["new", "updated", "unchanged"]
AlertState = Literal["pending", "posted", "failed"]


def utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: everything we store is UTC, so say so."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc(value: datetime) -> datetime:
    result = utc(value)
    assert result is not None
    return result


def content_hash(raw: RawItem) -> str:
    """What makes an item 'changed': its title and text, not its date or link decorations."""
    return hashlib.sha256(f"{raw.title}\x00{raw.text}".encode()).hexdigest()


class SourceState(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: str
    url: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    polls: int
    last_polled_at: datetime | None
    last_success_at: datetime | None
    last_error: str | None
    error_count: int
    next_poll_at: datetime | None
    items_seen: int


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


class Store:
    """Async access to the database. One instance per process, shared by every stage."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @classmethod
    async def open(cls, url: str) -> Store:
        if url.startswith("sqlite") and ":memory:" not in url:
            path = url.split("///", 1)[-1]
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, pool_pre_ping=True)
        store = cls(engine)
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
        return store

    async def close(self) -> None:
        await self.engine.dispose()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def _insert(self, table: sa.Table) -> Any:
        """An INSERT that can say ON CONFLICT DO NOTHING on both engines."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    # ------------------------------------------------------------ sources

    async def sync_sources(self, configs: Sequence[SourceConfig]) -> None:
        """Make the catalogue's sources known, keeping their fetch state."""
        async with self.engine.begin() as conn:
            for cfg in configs:
                values = {"name": cfg.name, "kind": cfg.kind, "url": str(cfg.url)}
                stmt = self._insert(sources).values(id=cfg.id, **values)
                await conn.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=values))

    async def source_states(self) -> dict[str, SourceState]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(sources))).mappings().all()
        return {row["id"]: _source_state(row) for row in rows}

    async def record_poll(
        self,
        source_id: str,
        *,
        now: datetime,
        next_poll_at: datetime,
        error: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        new_items: int = 0,
    ) -> None:
        values: dict[str, Any] = {
            "polls": sources.c.polls + 1,
            "last_polled_at": now,
            "next_poll_at": next_poll_at,
            "items_seen": sources.c.items_seen + new_items,
        }
        if error is None:
            values |= {"last_success_at": now, "last_error": None, "error_count": 0}
            # Keep the previous validators when a 304 brought none.
            if etag is not None:
                values["etag"] = etag
            if last_modified is not None:
                values["last_modified"] = last_modified
            if body_hash is not None:
                values["body_hash"] = body_hash
        else:
            values |= {"last_error": error, "error_count": sources.c.error_count + 1}
        async with self.engine.begin() as conn:
            await conn.execute(sa.update(sources).where(sources.c.id == source_id).values(**values))

    # ------------------------------------------------------------ items

    async def save_item(self, raw: RawItem, dedup_key: str, *, now: datetime) -> tuple[StoredItem, ItemChange]:
        """Insert a new item, or recognise it (same source+guid, or same story identity) and update it."""
        digest = content_hash(raw)
        async with self.engine.begin() as conn:
            existing = (
                await conn.execute(
                    sa.select(items)
                    .where(
                        sa.or_(
                            sa.and_(items.c.source_id == raw.source_id, items.c.guid == raw.guid),
                            items.c.dedup_key == dedup_key,
                        )
                    )
                    .order_by(items.c.id)
                    .limit(1)
                )
            ).mappings().first()
            if existing is None:
                result = await conn.execute(
                    sa.insert(items).values(
                        source_id=raw.source_id,
                        guid=raw.guid,
                        dedup_key=dedup_key,
                        # Shown to users: the canonical form, without trackers.
                        url=raw.canonical_url or raw.url,
                        title=raw.title,
                        text=raw.text,
                        published=raw.published,
                        outlet=raw.outlet,
                        language=raw.language,
                        content_hash=digest,
                        first_seen=now,
                        updated_at=now,
                    )
                )
                item_id = _new_id(result)
                row = (await conn.execute(sa.select(items).where(items.c.id == item_id))).mappings().one()
                return _stored_item(row), "new"
            if existing["content_hash"] == digest:
                return _stored_item(existing), "unchanged"
            await conn.execute(
                sa.update(items)
                .where(items.c.id == existing["id"])
                .values(title=raw.title, text=raw.text, content_hash=digest, updated_at=now)
            )
            row = (await conn.execute(sa.select(items).where(items.c.id == existing["id"]))).mappings().one()
            return _stored_item(row), "updated"

    async def set_analysis(self, item_id: int, analysis: Analysis) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(items)
                .where(items.c.id == item_id)
                .values(analysis=analysis.model_dump(mode="json"), relevant=analysis.relevant)
            )

    async def get_item(self, item_id: int) -> StoredItem | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(sa.select(items).where(items.c.id == item_id))).mappings().first()
        return _stored_item(row) if row else None

    async def relevant_items(self, *, limit: int = 5000) -> list[StoredItem]:
        """The searchable items, newest first."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(items)
                    .where(items.c.relevant.is_(True))
                    .order_by(items.c.first_seen.desc(), items.c.id.desc())
                    .limit(limit)
                )
            ).mappings().all()
        return [_stored_item(r) for r in rows]

    async def count_items(self) -> int:
        async with self.engine.connect() as conn:
            return int((await conn.execute(sa.select(sa.func.count()).select_from(items))).scalar_one())

    # ------------------------------------------------------------ clusters

    async def recent_clusters(self, since: datetime) -> list[tuple[int, str, dict[str, Any]]]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(clusters.c.id, clusters.c.key, clusters.c.features).where(
                        clusters.c.updated_at >= since
                    )
                )
            ).all()
        return [(int(r.id), str(r.key), dict(r.features)) for r in rows]

    async def create_cluster(self, key: str, features: dict[str, Any], item_id: int, *, now: datetime) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.insert(clusters).values(
                    key=key, features=features, lead_item_id=item_id, created_at=now, updated_at=now
                )
            )
            cluster_id = _new_id(result)
            await conn.execute(sa.update(items).where(items.c.id == item_id).values(cluster_id=cluster_id))
        return cluster_id

    async def join_cluster(self, cluster_id: int, item_id: int, *, now: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(sa.update(items).where(items.c.id == item_id).values(cluster_id=cluster_id))
            await conn.execute(sa.update(clusters).where(clusters.c.id == cluster_id).values(updated_at=now))

    async def get_cluster(self, cluster_id: int) -> ClusterView | None:
        async with self.engine.connect() as conn:
            crow = (await conn.execute(sa.select(clusters).where(clusters.c.id == cluster_id))).mappings().first()
            if crow is None:
                return None
            rows = (
                await conn.execute(sa.select(items).where(items.c.cluster_id == cluster_id).order_by(items.c.id))
            ).mappings().all()
        members = tuple(_stored_item(r) for r in rows)
        lead = next((m for m in members if m.id == crow["lead_item_id"]), members[0])
        return ClusterView(id=cluster_id, key=crow["key"], lead=lead, members=members)

    # ------------------------------------------------------------ subscriptions

    async def add_subscription(self, channel: str, query: str, user: str, *, now: datetime) -> Subscription:
        async with self.engine.begin() as conn:
            stmt = self._insert(subscriptions).values(channel=channel, query=query, created_by=user, created_at=now)
            await conn.execute(stmt.on_conflict_do_nothing())
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
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_subscription(r) for r in rows]

    async def remove_subscription(self, sub_id: int, channel: str) -> bool:
        async with self.engine.begin() as conn:
            result = await conn.execute(
                sa.delete(subscriptions).where(subscriptions.c.id == sub_id, subscriptions.c.channel == channel)
            )
        return bool(result.rowcount)

    # ------------------------------------------------------------ the alert outbox

    async def enqueue_alert(self, cluster_id: int, channel: str, item_id: int, *, now: datetime) -> bool:
        """Queue one alert for a (cluster, channel); False when it was queued before (never doubled)."""
        async with self.engine.begin() as conn:
            stmt = self._insert(alerts).values(
                cluster_id=cluster_id, channel=channel, item_id=item_id, next_attempt_at=now, created_at=now
            )
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def due_alerts(self, now: datetime, *, limit: int = 100) -> list[AlertRow]:
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    sa.select(alerts)
                    .where(alerts.c.state == "pending", alerts.c.next_attempt_at <= now)
                    .order_by(alerts.c.id)
                    .limit(limit)
                )
            ).mappings().all()
        return [_alert(r) for r in rows]

    async def next_alert_due(self) -> datetime | None:
        async with self.engine.connect() as conn:
            value = (
                await conn.execute(
                    sa.select(sa.func.min(alerts.c.next_attempt_at)).where(alerts.c.state == "pending")
                )
            ).scalar_one_or_none()
        return utc(value)

    async def mark_posted(self, alert_id: int, ts: str, *, now: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(state="posted", ts=ts, posted_at=now, last_error=None)
            )

    async def mark_retry(self, alert_id: int, error: str, *, retry_at: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(last_error=error, next_attempt_at=retry_at)
            )

    async def mark_failed(self, alert_id: int, error: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts)
                .where(alerts.c.id == alert_id)
                .values(state="failed", last_error=error)
            )

    async def begin_attempt(self, alert_id: int) -> None:
        """Count the attempt before posting, so a crash mid-post is visible at the next try."""
        async with self.engine.begin() as conn:
            await conn.execute(
                sa.update(alerts).where(alerts.c.id == alert_id).values(attempts=alerts.c.attempts + 1)
            )

    async def alerts(self, *, channel: str | None = None) -> list[AlertRow]:
        stmt = sa.select(alerts).order_by(alerts.c.id)
        if channel is not None:
            stmt = stmt.where(alerts.c.channel == channel)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_alert(r) for r in rows]

    async def alert_for_message(self, channel: str, ts: str) -> AlertRow | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(sa.select(alerts).where(alerts.c.channel == channel, alerts.c.ts == ts))
            ).mappings().first()
        return _alert(row) if row else None

    # ------------------------------------------------------------ Slack event de-duplication

    async def first_sighting(self, event_id: str, *, now: datetime) -> bool:
        """True the first time an event id is seen; Slack's retries of it then return False."""
        async with self.engine.begin() as conn:
            stmt = self._insert(seen_events).values(event_id=event_id, seen_at=now)
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)

    async def connection(self) -> AsyncConnection:
        """For tests and maintenance scripts that need raw SQL."""
        return await self.engine.connect()


def _new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def _source_state(row: Any) -> SourceState:
    data = dict(row)
    for key in ("last_polled_at", "last_success_at", "next_poll_at"):
        data[key] = utc(data[key])
    return SourceState.model_validate(data)


def _stored_item(row: Any) -> StoredItem:
    analysis = Analysis.model_validate(row["analysis"]) if row["analysis"] else None
    return StoredItem(
        id=row["id"],
        source_id=row["source_id"],
        guid=row["guid"],
        url=row["url"],
        title=row["title"],
        text=row["text"],
        published=utc(row["published"]),
        outlet=row["outlet"],
        first_seen=_utc(row["first_seen"]),
        cluster_id=row["cluster_id"],
        analysis=analysis,
    )


def _subscription(row: Any) -> Subscription:
    return Subscription(
        id=row["id"],
        channel=row["channel"],
        query=row["query"],
        created_by=row["created_by"],
        created_at=_utc(row["created_at"]),
    )


def _alert(row: Any) -> AlertRow:
    data = dict(row)
    data["next_attempt_at"] = _utc(data["next_attempt_at"])
    return AlertRow.model_validate({k: data[k] for k in AlertRow.model_fields})


def now_utc() -> datetime:
    return datetime.now(UTC)
