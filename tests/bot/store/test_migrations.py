"""Versioned migrations: a fresh database, one at an older revision and one made before migrations all
end exactly at the schema of bot/store/schema.py, with their rows kept, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from bot.errors import DatabaseVersionError
from bot.store import Store
from bot.store.migrate import BASELINE, alembic_config, baseline_metadata, head_revision
from bot.store.schema import metadata
from tests.conftest import NOW
from tests.conftest import pg_url as current_pg_url

PG_URL = os.environ.get("POLICYBOT_TEST_DATABASE_URL")

needs_pg = pytest.mark.skipif(
    not PG_URL, reason="POLICYBOT_TEST_DATABASE_URL is not set (no PostgreSQL server configured)"
)


async def _drop_everything(url: str) -> None:
    """policybot's tables, whatever shape they have, and Alembic's (metadata.drop_all would leave it)."""
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.run_sync(metadata.drop_all)
        await conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
    await engine.dispose()


@pytest.fixture(
    params=[pytest.param("sqlite", id="sqlite"), pytest.param("postgresql", id="postgresql", marks=needs_pg)]
)
async def url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """An empty database on each engine."""
    if request.param == "postgresql":
        url = current_pg_url()
        assert url is not None
        await _drop_everything(url)
        yield url
        await _drop_everything(url)
    else:
        yield f"sqlite+aiosqlite:///{tmp_path / 'policybot.db'}"


async def _alembic(url: str, action: str, revision: str) -> None:
    """Run `alembic upgrade|stamp <revision>` on the database, as an operator with a CLI would."""
    engine = create_async_engine(url)
    async with engine.begin() as conn:

        def run(sync: sa.Connection) -> None:
            getattr(command, action)(alembic_config(sync), revision)

        await conn.run_sync(run)
    await engine.dispose()


async def _revision(url: str) -> set[str]:
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        heads = await conn.run_sync(lambda sync: set(MigrationContext.configure(sync).get_current_heads()))
    await engine.dispose()
    return heads


def _is_noise(diff: Any, dialect: str) -> bool:
    """Differences that are dialect noise, not schema. Just one: on SQLite, Alembic's server-default
    comparison unquotes a reflected default with a regex that needs one character inside the quotes, so
    the empty-string default of items.text (reflected as ('')) never equals schema.py's "" although the
    DDL is `DEFAULT ''`. Every other difference, of tables, columns, types, nullability, defaults,
    indexes, unique constraints and foreign keys, counts."""
    if dialect != "sqlite" or not isinstance(diff, list):
        return False
    return all(
        change[0] == "modify_default"
        and isinstance(change[5], sa.DefaultClause)
        and str(getattr(change[5].arg, "text", change[5].arg)) == "('')"
        and isinstance(change[6], sa.DefaultClause)
        and change[6].arg == ""
        for change in diff
    )


async def _differences(url: str, target: sa.MetaData) -> list[Any]:
    engine = create_async_engine(url)
    async with engine.connect() as conn:

        def compare(sync: sa.Connection) -> list[Any]:
            context = MigrationContext.configure(
                sync, opts={"compare_type": True, "compare_server_default": True}
            )
            return [d for d in compare_metadata(context, target) if not _is_noise(d, sync.dialect.name)]

        diffs = await conn.run_sync(compare)
    await engine.dispose()
    return diffs


async def _seed(url: str, *, old: bool = False) -> None:
    """A source, a cluster, an item, a subscription and an alert, written through the tables of revision
    0001 (with `old`, only the columns the first policybot had). Ids come from the database (all 1), so
    that PostgreSQL's sequences move on as they did in real use."""
    tables = baseline_metadata().tables
    source: dict[str, Any] = {
        "id": "decoder",
        "name": "The Decoder",
        "kind": "rss",
        "url": "https://example.com/feed",
        "etag": '"v1"',
        "polls": 3,
        "last_success_at": NOW,
        "next_poll_at": NOW,
        "items_seen": 1,
    }
    item: dict[str, Any] = {
        "source_id": "decoder",
        "guid": "g1",
        "dedup_key": "https://example.com/g1",
        "url": "https://example.com/g1",
        "title": "China requires approval",
        "text": "Body.",
        "outlet": "The Decoder",
        "content_hash": "h" * 64,
        "first_seen": NOW,
        "updated_at": NOW,
        "relevant": True,
        "cluster_id": 1,
    }
    alert: dict[str, Any] = {
        "cluster_id": 1,
        "channel": "C1",
        "item_id": 1,
        "state": "posted",
        "attempts": 1,
        "next_attempt_at": NOW,
        "ts": "1.0001",
        "created_at": NOW,
        "posted_at": NOW,
    }
    subscription: dict[str, Any] = {"channel": "C1", "query": "china", "created_by": "U1", "created_at": NOW}
    if not old:
        source |= {"pause_reason": "HTTP 429", "page_digest": "d" * 64}
        item |= {"text_source": "article", "pending": "new"}
        alert |= {"mode": "daily", "digest": True}
        subscription |= {"mode": "daily"}
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(sa.insert(tables["sources"]).values(source))
        await conn.execute(
            sa.insert(tables["clusters"]).values(
                key="c-1", features={"tokens": ["china"]}, lead_item_id=1, created_at=NOW, updated_at=NOW
            )
        )
        await conn.execute(sa.insert(tables["items"]).values(item))
        await conn.execute(sa.insert(tables["subscriptions"]).values(subscription))
        await conn.execute(sa.insert(tables["alerts"]).values(alert))
    await engine.dispose()


async def _check_seeded(store: Store, *, old: bool = False) -> None:
    state = await store.source_state("decoder")
    assert state is not None
    assert (state.etag, state.polls, state.items_seen, state.last_success_at) == ('"v1"', 3, 1, NOW)
    assert (state.pause_reason, state.page_digest) == ((None, None) if old else ("HTTP 429", "d" * 64))
    assert (state.lease_owner, state.lease_until) == (None, None)  # the new columns, empty
    item = await store.get_item(1)
    assert item is not None and (item.title, item.cluster_id) == ("China requires approval", 1)
    cluster = await store.get_cluster(1)
    assert cluster is not None
    (alert,) = await store.alerts()
    assert (alert.cluster_id, alert.item_id, alert.state, alert.ts) == (1, 1, "posted", "1.0001")
    assert (alert.mode, alert.digest) == (("immediate", False) if old else ("daily", True))
    (subscription,) = await store.subscriptions()
    assert (subscription.query, subscription.mode) == ("china", "immediate" if old else "daily")
    engine = store.engine
    async with engine.connect() as conn:
        pending = (await conn.execute(sa.text("SELECT text_source, pending FROM items WHERE id = 1"))).one()
    assert tuple(pending) == (("feed", None) if old else ("article", "new"))
    # The new table works, and the store goes on working: new rows get ids after the old ones.
    assert await store.claim_lease("deliver:C1", "replica-a", now=NOW, until=NOW.replace(hour=13))
    assert (await store.lease_holders())["deliver:C1"][0] == "replica-a"
    new_cluster = await store.create_cluster("c-2", {"tokens": []}, 1, now=NOW)
    assert new_cluster == 2


async def test_fresh_database_is_at_head_and_exactly_the_schema(url: str) -> None:
    store = await Store.open(url)
    await store.close()
    assert await _revision(url) == {head_revision()}
    assert await _differences(url, metadata) == []
    again = await Store.open(url)  # opening a database at head changes nothing
    await again.close()
    assert await _revision(url) == {head_revision()}


async def test_baseline_revision_is_the_schema_the_legacy_path_builds(url: str) -> None:
    """Revision 0001 builds exactly the frozen baseline that the legacy path also brings old databases to."""
    await _alembic(url, "upgrade", BASELINE)
    assert await _revision(url) == {BASELINE}
    assert await _differences(url, baseline_metadata()) == []


async def test_database_at_an_older_revision_is_upgraded_in_place(url: str) -> None:
    await _alembic(url, "upgrade", BASELINE)
    await _seed(url)
    store = await Store.open(url)
    try:
        assert await _revision(url) == {head_revision()}
        await _check_seeded(store)
    finally:
        await store.close()
    assert await _differences(url, metadata) == []


async def _drop_alembic_version(url: str) -> None:
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(sa.text("DROP TABLE alembic_version"))
    await engine.dispose()


async def test_database_made_before_migrations_is_stamped_and_upgraded(url: str) -> None:
    """Tables as the last policybot without migrations made them (no alembic_version)."""
    await _alembic(url, "upgrade", BASELINE)
    await _drop_alembic_version(url)
    await _seed(url)
    store = await Store.open(url)
    try:
        assert await _revision(url) == {head_revision()}
        await _check_seeded(store)
    finally:
        await store.close()
    assert await _differences(url, metadata) == []


async def test_database_of_the_first_policybot_gets_the_baseline_first(url: str) -> None:
    """Older still: the first schema (commit b06e5d1), before the failure, page-watching, digest and
    pending columns, the indexes create_all() never added to existing tables, and four tables."""
    await _alembic(url, "upgrade", BASELINE)
    await _drop_alembic_version(url)
    await _seed(url, old=True)
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        for table in ("alert_updates", "broken_channels", "feedback", "mutes"):
            await conn.execute(sa.text(f"DROP TABLE {table}"))
        for index in ("ix_clusters_updated", "ix_items_pending"):
            await conn.execute(sa.text(f"DROP INDEX {index}"))
        later = {
            "sources": [
                "failing_since",
                "paused_until",
                "pause_reason",
                "page_title",
                "page_text",
                "page_digest",
            ],
            "items": ["text_source", "pending"],
            "subscriptions": ["mode"],
            "alerts": ["mode", "digest"],
        }
        for table, columns in later.items():
            for column in columns:
                await conn.execute(sa.text(f"ALTER TABLE {table} DROP COLUMN {column}"))
    await engine.dispose()
    store = await Store.open(url)
    try:
        assert await _revision(url) == {head_revision()}
        await _check_seeded(store, old=True)
    finally:
        await store.close()
    assert await _differences(url, metadata) == []


async def test_database_upgraded_by_a_newer_policybot_is_refused(url: str) -> None:
    store = await Store.open(url)
    await store.close()
    engine = create_async_engine(url)
    async with engine.begin() as conn:
        await conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    await engine.dispose()
    with pytest.raises(DatabaseVersionError, match=r"9999.*upgraded by a newer policybot"):
        await Store.open(url)
    assert await _revision(url) == {"9999"}  # left alone


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    url = current_pg_url()
    assert url is not None
    await _drop_everything(url)
    yield url
    await _drop_everything(url)


@needs_pg
async def test_replicas_starting_together_migrate_once(pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """Four replicas start at once on an empty PostgreSQL database: one creates the schema, the others wait
    for it and find it done. (Without the advisory lock they collide creating the same tables and block
    one another until the timeout.)"""
    url = pg_url
    caplog.set_level(logging.INFO, logger="bot.store.migrate")
    async with asyncio.timeout(60):
        opened = await asyncio.gather(*(Store.open(url) for _ in range(4)), return_exceptions=True)
    for store in opened:
        if isinstance(store, Store):
            await store.close()
    assert [type(s) for s in opened] == [Store] * 4, opened
    created = [
        r for r in caplog.records if r.name == "bot.store.migrate" and "from nothing" in r.getMessage()
    ]
    assert len(created) == 1
    engine = create_async_engine(url)
    async with engine.connect() as conn:
        assert (await conn.execute(sa.text("SELECT version_num FROM alembic_version"))).scalars().all() == [
            head_revision()
        ]
    await engine.dispose()
    assert await _differences(url, metadata) == []


async def test_sqlite_processes_starting_together_migrate_once(tmp_path: Path) -> None:
    """Two engines on one file stand for two processes: the second waits for the first's write lock."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'policybot.db'}"
    async with asyncio.timeout(60):
        opened = await asyncio.gather(*(Store.open(url) for _ in range(3)), return_exceptions=True)
    for store in opened:
        if isinstance(store, Store):
            await store.close()
    assert [type(s) for s in opened] == [Store] * 3, opened
    assert await _revision(url) == {head_revision()}
    assert await _differences(url, metadata) == []
