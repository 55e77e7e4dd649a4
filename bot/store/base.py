"""What every part of the Store shares: the engine, transactions that speak the project's exceptions,
and the small conversions of stored values."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.store.failures import translated


class StoreBase:
    """The engine and the two ways to use it. Every query of the Store goes through `_begin` (a
    transaction) or `_connect` (reads): a database failure leaves them as `StoreUnavailable` or
    `StorageError` (bot/store/failures.py), never as a driver's exception."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextlib.asynccontextmanager
    async def _begin(self) -> AsyncIterator[AsyncConnection]:
        """A connection in a transaction, committed at the end of the block (rolled back on error)."""
        with translated():
            async with self.engine.begin() as conn:
                yield conn

    @contextlib.asynccontextmanager
    async def _connect(self) -> AsyncIterator[AsyncConnection]:
        """A connection for reads."""
        with translated():
            async with self.engine.connect() as conn:
                yield conn

    def _insert(self, table: sa.Table) -> Any:
        """An INSERT that can say ON CONFLICT DO NOTHING on both engines."""
        if self.dialect == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)


def utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes: everything we store is UTC, so say so."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_required(value: datetime) -> datetime:
    result = utc(value)
    assert result is not None
    return result


def new_id(result: Any) -> int:
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def now_utc() -> datetime:
    return datetime.now(UTC)
