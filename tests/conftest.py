"""Shared fixtures: a real database (SQLite file, and PostgreSQL when POLICYBOT_TEST_DATABASE_URL is set)
and the real bot running against the local Slack stand-in and sample sources; the tests' "now" and a clock
set to it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from bot.sandbox.harness import Harness, running_bot
from bot.store import Store
from bot.store.schema import metadata

PG_URL = os.environ.get("POLICYBOT_TEST_DATABASE_URL")

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)  # the sample sources are dated 24-28 November 2026


@dataclass
class Clock:
    """A clock the test sets, for code that takes `clock: Callable[[], datetime]`."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance_to(self, when: datetime | None) -> None:
        assert when is not None
        self.now = when


async def _reset_postgres(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        # Alembic's bookkeeping is not in the metadata: left behind, the next open would see a database
        # at head with no tables.
        await conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    await engine.dispose()


def database_params() -> list[object]:
    return [
        pytest.param("sqlite", id="sqlite"),
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=pytest.mark.skipif(
                not PG_URL, reason="POLICYBOT_TEST_DATABASE_URL is not set (no PostgreSQL server configured)"
            ),
        ),
    ]


@pytest.fixture(params=database_params())
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    """A fresh, empty Store on each engine."""
    if request.param == "postgresql":
        assert PG_URL is not None
        await _reset_postgres(PG_URL)
        url = PG_URL
    else:
        url = f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    opened = await Store.open(url)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture(params=["socket", "http"])
async def harness(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Harness]:
    """The real bot, in each transport, against the Slack stand-in and the sample sources."""
    async with running_bot(request.param, tmp_path) as h:
        yield h
