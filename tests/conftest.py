"""Shared fixtures: a real database (SQLite file, and PostgreSQL when POLICYBOT_TEST_DATABASE_URL is set)
and the real bot running against the local Slack stand-in and sample sources; the tests' "now" and a clock
set to it.

The PostgreSQL tests run in a database of this test run's own, created on the server the URL names and
dropped at the end: two suites on one machine (CI and a developer's run) would otherwise drop each other's
tables mid-test. Where the server refuses to create one, the named database itself is used, as before.
Fixtures read the URL when they run (`pg_url`), not when their module is imported."""

from __future__ import annotations

import asyncio
import os
import re
import sys
import time
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


_SAFE_NAME = re.compile(r"[A-Za-z0-9_]{1,30}")  # a database name we may write into SQL unquoted-safe
LEFTOVER_AFTER_S = 6 * 3600  # no test run lasts this long (CI's whole budget is 90 minutes)


def pg_url() -> str | None:
    """The PostgreSQL URL the tests use, read when used: `pytest_configure` points it at this run's own
    database after some conftests were imported (`pytest tests/faults` imports that directory's first)."""
    return os.environ.get("POLICYBOT_TEST_DATABASE_URL")


async def _create_private(url: str) -> str:
    """A new empty database beside the one `url` names (same server and user), named for the time it was
    made; databases of this kind left by runs killed more than LEFTOVER_AFTER_S ago are dropped first
    (each on its own: one that cannot be dropped is left, and said)."""
    base = make_url(url)
    if not _SAFE_NAME.fullmatch(base.database or ""):
        raise ValueError(f"database name {base.database!r} is not a plain identifier")
    prefix = f"{base.database}_run_"
    now = int(time.time())
    name = f"{prefix}{now}_{uuid.uuid4().hex[:8]}"
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as conn:
            listed = (await conn.execute(
                sa.text("SELECT datname FROM pg_database WHERE starts_with(datname, :p)"), {"p": prefix})).scalars()
            for old in list(listed):
                made = re.fullmatch(rf"{re.escape(prefix)}(\d+)_[0-9a-f]{{8}}", old)
                if made is None or now - int(made.group(1)) < LEFTOVER_AFTER_S:
                    continue  # not ours, or a run that may still be going
                try:
                    await conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)'))
                except Exception as exc:  # another run dropping it too, say: leave it
                    print(f"could not drop the leftover test database {old}: {exc}", file=sys.stderr)
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


def pytest_configure(config: pytest.Config) -> None:
    """Point POLICYBOT_TEST_DATABASE_URL at a database of this run's own (read through `pg_url`)."""
    global PG_URL, _PRIVATE
    if not PG_URL or _PRIVATE is not None:
        return
    try:
        private = asyncio.run(_create_private(PG_URL))
    except Exception as exc:  # no right to create databases, say: the shared one, as before
        print(f"PostgreSQL tests share the database {make_url(PG_URL).database}: could not create one of "
              f"their own ({type(exc).__name__}: {exc})", file=sys.stderr)
        return
    _PRIVATE = (PG_URL, make_url(private).database or "")
    PG_URL = os.environ["POLICYBOT_TEST_DATABASE_URL"] = private


def pytest_unconfigure(config: pytest.Config) -> None:
    global _PRIVATE
    if _PRIVATE is None:
        return
    server, name = _PRIVATE
    _PRIVATE = None
    os.environ["POLICYBOT_TEST_DATABASE_URL"] = server
    try:
        asyncio.run(_drop_private(server, name))
    except Exception as exc:  # left for a later run to drop once it is old
        print(f"could not drop the test database {name}: {type(exc).__name__}: {exc}", file=sys.stderr)


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
        url = pg_url()
        assert url is not None
        await _reset_postgres(url)
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
