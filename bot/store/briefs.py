"""Weekly briefs (one row per channel and week) and the stories trends count."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Sequence
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict

from bot.store.base import StoreBase, utc, utc_required
from bot.store.schema import briefs, items

BriefState = Literal["pending", "posted", "failed"]


class BriefRow(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    channel: str
    week_end: datetime
    queries: list[str]
    state: BriefState
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    ts: str | None
    file_id: str | None
    posted_at: datetime | None


class BriefQueries(StoreBase):
    """The briefs table, and the items of recent stories (what trends and briefs count)."""

    async def enqueue_brief(self, channel: str, week_end: datetime, queries: Sequence[str], *, now: datetime) -> bool:
        """Queue a channel's brief for the week ending `week_end`; False when it was queued before."""
        stmt = self._insert(briefs).values(
            channel=channel, week_end=week_end, queries=list(queries), next_attempt_at=now, created_at=now,
        ).on_conflict_do_nothing()
        async with self._begin() as conn:
            result = await conn.execute(stmt)
        return bool(result.rowcount)

    async def due_briefs(self, now: datetime, *, channel: str | None = None) -> list[BriefRow]:
        stmt = sa.select(briefs).where(briefs.c.state == "pending", briefs.c.next_attempt_at <= now)
        if channel is not None:
            stmt = stmt.where(briefs.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt.order_by(briefs.c.id))).mappings().all()
        return [_brief(r) for r in rows]

    async def briefs(self, *, channel: str | None = None) -> list[BriefRow]:
        stmt = sa.select(briefs).order_by(briefs.c.id)
        if channel is not None:
            stmt = stmt.where(briefs.c.channel == channel)
        async with self._connect() as conn:
            rows = (await conn.execute(stmt)).mappings().all()
        return [_brief(r) for r in rows]

    async def update_brief(self, brief_id: int, **values: Any) -> None:
        """Move a brief on (state, ts, file_id, posted_at, last_error, next_attempt_at; attempts=+1 via bump=True)."""
        if values.pop("bump", False):
            values["attempts"] = briefs.c.attempts + 1
        async with self._begin() as conn:
            await conn.execute(sa.update(briefs).where(briefs.c.id == brief_id).values(**values))

    async def story_row_batches(self, since: datetime, *, size: int = 200) -> AsyncGenerator[list[Any], None]:
        """Every relevant item of the stories that have a relevant item dated `since` or later (published,
        else first seen): their whole history, so a story's first date and its earlier status are known.
        Raw rows (for `bot.store.items.stored_item_of`), `size` at a time: thousands of rows fetched and
        converted at once would hold the event loop (and the GIL) for tens of milliseconds."""
        when = sa.func.coalesce(items.c.published, items.c.first_seen)
        recent = (
            sa.select(items.c.cluster_id)
            .where(items.c.relevant.is_(True), items.c.cluster_id.is_not(None), when >= since)
            .distinct()
        )
        stmt = sa.select(items).where(items.c.relevant.is_(True), items.c.cluster_id.in_(recent)).order_by(items.c.id)
        async with self._connect() as conn:
            result = await conn.stream(stmt.execution_options(yield_per=size))
            async for batch in result.mappings().partitions(size):
                yield list(batch)


def _brief(row: Any) -> BriefRow:
    data = dict(row)
    data["week_end"] = utc_required(data["week_end"])
    data["next_attempt_at"] = utc_required(data["next_attempt_at"])
    data["posted_at"] = utc(data["posted_at"])
    return BriefRow.model_validate({k: data[k] for k in BriefRow.model_fields})
