"""Slack event ids already seen: Slack retries an event it thinks was lost, and it must count once."""

from __future__ import annotations

from datetime import datetime

from bot.store.base import StoreBase
from bot.store.schema import seen_events


class EventQueries(StoreBase):
    """The seen_events table."""

    async def first_sighting(self, event_id: str, *, now: datetime) -> bool:
        """True the first time an event id is seen; Slack's retries of it then return False."""
        async with self._begin() as conn:
            stmt = self._insert(seen_events).values(event_id=event_id, seen_at=now)
            result = await conn.execute(stmt.on_conflict_do_nothing())
        return bool(result.rowcount)
