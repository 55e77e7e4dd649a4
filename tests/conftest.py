"""Shared fixtures: a real database (SQLite file, and PostgreSQL when POLICYBOT_TEST_DATABASE_URL is set)
and the real bot running against the local Slack stand-in and sample sources; the tests' "now" and a clock
set to it.

The PostgreSQL tests run in a database of this test run's own, created on the server the URL names and
dropped at the end: two suites on one machine (CI and a developer's run) would otherwise drop each other's
tables mid-test. Where the server refuses to create one, the named database itself is used, as before."""

from __future__ import annotations

import asyncio
import os
import re
import sys
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.sandbox.harness import Harness, running_bot
from bot.store import Store
from bot.store.schema import metadata

PG_URL = os.environ.get("POLICYBOT_TEST_DATABASE_URL")
_PRIVATE: tuple[str, str] | None = None  # (the server's URL, this run's database) once created

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


def _run_prefix(database: str) -> str:
    return f"{database}_run_"


async def _create_private(url: str) -> str:
    """A new empty database beside the one `url` names (same server and user); its name carries this
    process's id, so a later run can tell a crashed run's leftover from a live run's database."""
    base = make_url(url)
    prefix = _run_prefix(base.database or "test")
    name = f"{prefix}{os.getpid()}_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            leftovers = (await conn.execute(
                sa.text("SELECT datname FROM pg_database WHERE datname LIKE :p"), {"p": f"{prefix}%"})).scalars()
            for old in leftovers:
                pid = re.match(rf"{re.escape(prefix)}(\d+)_", old)
                if pid and not _alive(int(pid.group(1))):
                    await conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)'))
            await conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    finally:
        await engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


async def _drop_private(url: str, name: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            await conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        await engine.dispose()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def pytest_configure(config: pytest.Config) -> None:
    """Point POLICYBOT_TEST_DATABASE_URL at a database of this run's own (test modules read it later)."""
    global PG_URL, _PRIVATE
    if not PG_URL or _PRIVATE is not None:
        return
    try:
        private = asyncio.run(_create_private(PG_URL))
    except Exception as exc:  # no right to create databases: the shared one, as before
        print(f"PostgreSQL tests share {make_url(PG_URL).database}: could not create a private database "
              f"({type(exc).__name__})", file=sys.stderr)
        return
    _PRIVATE = (PG_URL, make_url(private).database or "")
    PG_URL = os.environ["POLICYBOT_TEST_DATABASE_URL"] = private


def pytest_unconfigure(config: pytest.Config) -> None:
    global _PRIVATE
    if _PRIVATE is not None:
        server, name = _PRIVATE
        _PRIVATE = None
        asyncio.run(_drop_private(server, name))


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
