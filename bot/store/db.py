"""The Store: every read and write the engine does, as async methods returning pydantic models.

One class for its callers, assembled from one part per domain, each in its own module:

- sources.py        the catalogue's sources, their fetch state and poll records
- items.py          items, saved a poll (or a group of polls) at a time; analyses; the search index's reads
- stories.py        clusters (stories), story placement's lock, "Not relevant" feedback
- outbox.py         alerts for channels and updates of alerted stories, and their delivery
- channels.py       subscriptions, mutes, channels Slack refused for good
- events.py         Slack event ids already seen
- lease_queries.py  replicas' source and channel leases (their lengths: leases.py)
- briefs.py         weekly briefs per channel and week, and the recent stories trends count
- retention.py      batched deletes and compaction for the pruner (bot/pruner.py); table sizes

base.py holds what they share; failures.py turns a driver's exception into the project's
(`StoreUnavailable`, `StorageError`), so callers never see SQLAlchemy's. Opening, closing and the
health check live here.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.store.base import StoreBase, now_utc
from bot.store.briefs import BriefQueries, BriefRow
from bot.store.channels import BrokenChannel, ChannelQueries, Mute
from bot.store.events import EventQueries
from bot.store.failures import translated
from bot.store.items import ItemChange, ItemInput, ItemQueries, PendingKind, PollWrite
from bot.store.lease_queries import LeaseQueries
from bot.store.migrate import migrate
from bot.store.outbox import AlertRow, OutboxQueries, UpdateRow
from bot.store.retention import RetentionQueries, StatsQueries, TableSize
from bot.store.sources import PollRecord, SourceQueries, SourceState
from bot.store.stories import StoryQueries

# The models callers import from here (they live with their queries).
__all__ = [
    "AlertRow", "BriefRow", "BrokenChannel", "ItemChange", "ItemInput", "Mute", "PendingKind", "PollRecord",
    "PollWrite", "SourceState", "Store", "TableSize", "UpdateRow", "now_utc",
]

# How long opening a new SQLite file keeps trying to switch it to WAL while another process does the same
# (as long as SQLite's own busy timeout, which does not cover that switch: see `_use_wal`).
WAL_SWITCH_TIMEOUT_S = 5.0


class Store(
    SourceQueries, ItemQueries, StoryQueries, OutboxQueries, ChannelQueries, EventQueries, LeaseQueries,
    BriefQueries, RetentionQueries, StatsQueries, StoreBase,
):
    """Async access to the database. One instance per process, shared by every stage."""

    @classmethod
    async def open(cls, url: str) -> Store:
        """Open the database and bring its schema up to date. A database that cannot be opened raises
        StoreUnavailable (down, unknown, refused us) or StorageError (a SQLite file that cannot be written)."""
        if url.startswith("sqlite") and ":memory:" not in url:
            path = url.split("///", 1)[-1]
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, pool_pre_ping=True)
        try:
            with translated(opening=True):
                if engine.dialect.name == "sqlite":
                    sa.event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
                    if ":memory:" not in url:
                        await _use_wal(engine)
                await migrate(engine)  # creates or upgrades the schema in place (bot/store/migrate.py)
        except BaseException:
            await engine.dispose()
            raise
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()

    async def ping(self) -> None:
        """One round trip to the database (health checks). Raises StoreUnavailable or StorageError when
        it does not answer."""
        async with self._connect() as conn:
            await conn.execute(sa.select(1))


async def _use_wal(engine: AsyncEngine) -> None:
    """Put the SQLite file in WAL mode, where readers (Slack handlers) work while a poll writes. The mode
    is kept in the file, so every later connection uses it.

    Switching takes the file's exclusive lock, and SQLite does not wait for it (no busy timeout) while
    another connection holds the write lock in the old mode: that is what another process opening the
    same new file at the same moment does while it switches. So the switch is retried for a while."""
    deadline = time.monotonic() + WAL_SWITCH_TIMEOUT_S
    while True:
        try:
            async with engine.connect() as conn:
                # Only takes effect in a file without tables yet: new files give freed pages back a few at a
                # time (RetentionQueries.reclaim_space); older ones reuse them.
                await conn.exec_driver_sql("PRAGMA auto_vacuum=INCREMENTAL")
                await conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            return
        except sa.exc.OperationalError as exc:
            if getattr(exc.orig, "sqlite_errorname", None) != "SQLITE_BUSY" or time.monotonic() > deadline:
                raise
        await asyncio.sleep(0.02)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe under WAL (see `_use_wal`)
    cursor.close()
