"""Retention: what the store lets go of, a small batch at a time (the pruner, bot/pruner.py, decides when).

Every step deletes or compacts at most `limit` rows in one short transaction and returns how many it
touched, so a caller loops until a step returns less than its limit and the write lock is never held for
long. Nothing an unfinished job needs is touched: pending items, pending alerts and updates (an unposted
alert, or one whose first attempt may have reached Slack and is looked up by its metadata after a crash),
and stories still open to new reports. Posted alerts are kept as long as their story: the unique
(story, channel) row is what keeps a later report of the story from being alerted a second time.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from bot.store.base import StoreBase
from bot.store.schema import (
    alert_updates,
    alerts,
    clusters,
    feedback,
    items,
    leases,
    metadata,
    mutes,
    seen_events,
)

# The tables retention deletes from or rewrites, and the one every poll updates.
VACUUMED = ("items", "clusters", "alerts", "alert_updates", "feedback", "mutes", "seen_events", "sources")
# What an old item keeps of its text: enough for search and a thread answer's quote, not the whole page.
COMPACT_CHARS = 1000


class RetentionQueries(StoreBase):
    """Batched deletes and compaction for the pruner, and the sizes `policybot stats` shows."""

    async def compact_texts(self, *, before: datetime, now: datetime, limit: int) -> int:
        """Cut the text of items first seen before `before` to COMPACT_CHARS characters (each item once).
        The content hash is of the feed's text, so a compacted item is not seen as changed by later polls."""
        async with self._begin() as conn:
            ids = await _ids(
                conn,
                sa.select(items.c.id)
                .where(items.c.compacted_at.is_(None), items.c.first_seen < before, items.c.pending.is_(None))
                .order_by(items.c.first_seen)
                .limit(limit),
            )
            if ids:
                await conn.execute(
                    sa.update(items)
                    .where(items.c.id.in_(ids))
                    .values(text=sa.func.substr(items.c.text, 1, COMPACT_CHARS), compacted_at=now)
                )
        return len(ids)

    async def delete_irrelevant_items(self, *, before: datetime, limit: int) -> int:
        """Delete irrelevant items first seen before `before` that nothing refers to: never placed in a
        story (an item that was relevant once keeps its story), not pending, in no alert or update."""
        async with self._begin() as conn:
            ids = await _ids(
                conn,
                sa.select(items.c.id)
                .where(
                    items.c.relevant.is_(False),
                    items.c.first_seen < before,
                    items.c.pending.is_(None),
                    items.c.cluster_id.is_(None),
                    items.c.id.not_in(sa.select(alerts.c.item_id)),
                    items.c.id.not_in(sa.select(alert_updates.c.item_id)),
                )
                .order_by(items.c.first_seen)
                .limit(limit),
            )
            if ids:
                await conn.execute(sa.delete(items).where(items.c.id.in_(ids)))
        return len(ids)

    async def delete_delivered_updates(self, *, before: datetime, limit: int) -> int:
        """Delete update notes posted (or given up on) before `before`. Each item joins its story once
        (only new items bring updates), so no later poll can ask for the same note again."""
        async with self._begin() as conn:
            ids = await _ids(
                conn,
                sa.select(alert_updates.c.id)
                .where(alert_updates.c.state.in_(("posted", "failed")), alert_updates.c.created_at < before)
                .order_by(alert_updates.c.id)
                .limit(limit),
            )
            if ids:
                await conn.execute(sa.delete(alert_updates).where(alert_updates.c.id.in_(ids)))
        return len(ids)

    async def delete_stories(self, *, before: datetime, limit: int) -> int:
        """Delete up to `limit` stories last updated before `before`, with their items, alerts, update
        notes, feedback and mutes. A story with anything still pending (an item, an alert, an update)
        waits for the next run."""
        pending_items = sa.select(items.c.cluster_id).where(items.c.pending.is_not(None), items.c.cluster_id.is_not(None))
        pending_alerts = sa.select(alerts.c.cluster_id).where(alerts.c.state == "pending")
        pending_updates = (
            sa.select(alerts.c.cluster_id)
            .select_from(alert_updates.join(alerts, alerts.c.id == alert_updates.c.alert_id))
            .where(alert_updates.c.state == "pending")
        )
        async with self._begin() as conn:
            ids = await _ids(
                conn,
                sa.select(clusters.c.id)
                .where(
                    clusters.c.updated_at < before,
                    clusters.c.id.not_in(pending_items),
                    clusters.c.id.not_in(pending_alerts),
                    clusters.c.id.not_in(pending_updates),
                )
                .order_by(clusters.c.updated_at)
                .limit(limit),
            )
            if not ids:
                return 0
            story_alerts = sa.select(alerts.c.id).where(alerts.c.cluster_id.in_(ids))
            story_items = sa.select(items.c.id).where(items.c.cluster_id.in_(ids))
            # Children before parents (PostgreSQL enforces the foreign keys).
            await conn.execute(
                sa.delete(alert_updates).where(
                    sa.or_(alert_updates.c.alert_id.in_(story_alerts), alert_updates.c.item_id.in_(story_items))
                )
            )
            await conn.execute(sa.delete(alerts).where(alerts.c.cluster_id.in_(ids)))
            await conn.execute(sa.delete(feedback).where(feedback.c.cluster_id.in_(ids)))
            await conn.execute(sa.delete(mutes).where(mutes.c.cluster_id.in_(ids)))
            await conn.execute(sa.delete(items).where(items.c.cluster_id.in_(ids)))
            await conn.execute(sa.delete(clusters).where(clusters.c.id.in_(ids)))
        return len(ids)

    async def delete_seen_events(self, *, before: datetime, limit: int) -> int:
        async with self._begin() as conn:
            keys = (
                await conn.execute(
                    sa.select(seen_events.c.event_id).where(seen_events.c.seen_at < before).limit(limit)
                )
            ).scalars().all()
            if keys:
                await conn.execute(sa.delete(seen_events).where(seen_events.c.event_id.in_(list(keys))))
        return len(keys)

    async def delete_expired_leases(self, *, before: datetime) -> int:
        """Named leases that ran out before `before` (a replica that died holding them); a handful."""
        async with self._begin() as conn:
            result = await conn.execute(sa.delete(leases).where(leases.c.expires_at < before))
        return int(result.rowcount or 0)

    async def reclaim_space(self, *, max_pages: int) -> int:
        """Make deleted rows' space reusable or give it back; the SQLite pages freed (0 elsewhere).

        SQLite: files created in incremental auto-vacuum mode (every new one, see Store.open) give at most
        `max_pages` freed pages back to the file system per call; older files reuse freed pages. PostgreSQL:
        autovacuum (on by default) makes dead rows' space reusable, which is all retention needs; on a
        server where it is off, the tables retention writes to are vacuumed here instead (VACUUM takes no
        lock that stops reads or writes)."""
        if self.dialect == "postgresql":
            await self._vacuum_without_autovacuum()
            return 0
        if self.dialect != "sqlite":
            return 0
        async with self._connect() as conn:
            mode = (await conn.exec_driver_sql("PRAGMA auto_vacuum")).scalar_one()
            free = int((await conn.exec_driver_sql("PRAGMA freelist_count")).scalar_one())
            if int(mode) != 2 or free == 0:
                return 0
            pages = min(free, max_pages)
            await conn.exec_driver_sql(f"PRAGMA incremental_vacuum({int(pages)})")
            await conn.commit()
        return pages

    async def _vacuum_without_autovacuum(self) -> None:
        async with self._connect() as conn:
            if (await conn.exec_driver_sql("SHOW autovacuum")).scalar_one() == "on":
                return
            await conn.rollback()  # VACUUM cannot run inside the transaction the SHOW began
            auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await auto.exec_driver_sql(f"VACUUM {', '.join(VACUUMED)}")


async def _ids(conn: Any, query: sa.Select[Any]) -> list[Any]:
    return list((await conn.execute(query)).scalars().all())


class TableSize(BaseModel):
    """One table as `policybot stats` shows it: its rows, and its bytes with its indexes (None when the
    engine cannot tell: SQLite built without the dbstat table)."""

    model_config = ConfigDict(frozen=True)

    table: str
    rows: int
    bytes: int | None


class StatsQueries(StoreBase):
    """Row counts and on-disk sizes of every table."""

    async def table_sizes(self) -> list[TableSize]:
        async with self._connect() as conn:
            sizes = await (_pg_sizes(conn) if self.dialect == "postgresql" else _sqlite_sizes(conn))
            out = []
            for table in metadata.sorted_tables:
                rows = int((await conn.execute(sa.select(sa.func.count()).select_from(table))).scalar_one())
                out.append(TableSize(table=table.name, rows=rows, bytes=sizes.get(table.name)))
        return out

    async def database_bytes(self) -> int:
        """The whole database on disk (SQLite: the main file's pages; PostgreSQL: pg_database_size)."""
        async with self._connect() as conn:
            if self.dialect == "postgresql":
                return int((await conn.execute(sa.text("SELECT pg_database_size(current_database())"))).scalar_one())
            pages = int((await conn.exec_driver_sql("PRAGMA page_count")).scalar_one())
            size = int((await conn.exec_driver_sql("PRAGMA page_size")).scalar_one())
        return pages * size


async def _pg_sizes(conn: Any) -> dict[str, int]:
    names = [table.name for table in metadata.sorted_tables]
    rows = await conn.execute(
        sa.text("SELECT relname, pg_total_relation_size(oid) FROM pg_class WHERE relkind = 'r' AND relname = ANY(:names)"),
        {"names": names},
    )
    return {str(name): int(size) for name, size in rows.all()}


async def _sqlite_sizes(conn: Any) -> dict[str, int]:
    """Bytes per table, its indexes included, from SQLite's dbstat table (empty when it is not built in)."""
    try:
        rows = await conn.exec_driver_sql(
            "SELECT m.tbl_name, SUM(d.pgsize) FROM dbstat AS d JOIN sqlite_master AS m ON m.name = d.name "
            "GROUP BY m.tbl_name"
        )
    except sa.exc.OperationalError:
        return {}
    return {str(name): int(size) for name, size in rows.all()}
