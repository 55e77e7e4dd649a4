"""Schema migrations: the database is versioned with Alembic and upgraded in place when policybot starts.

There is no migration command to run: every `Store.open` (so `policybot run`, every CLI command and the
tests) calls `migrate(engine)` before anything else touches the database. It

1. serialises concurrent starts: on PostgreSQL with a transaction-scoped advisory lock (replicas
   starting together migrate one after the other; the later ones find the work done), on SQLite by
   taking the single write lock (BEGIN IMMEDIATE) up front;
2. refuses a database at a revision this code does not know: a newer policybot upgraded it, and running
   an older one against it could lose data (`DatabaseVersionError`; deploy the newer version);
3. brings a database made before migrations existed (policybot tables, no `alembic_version` table) to
   the baseline, revision 0001, and stamps it, keeping its rows;
4. upgrades to the newest revision.

All of it is one transaction: an upgrade that fails changes nothing, and the next start tries again.

Changing the schema: edit `bot/store/schema.py`, then add `bot/store/migrations/versions/NNNN_slug.py`
(copy the latest one: `revision = "NNNN"`, `down_revision` = the previous one) with explicit `op.*` calls.
Revisions are frozen history and never import `schema.py`. New columns on existing tables should be
nullable or have a server default so that ADD COLUMN works on SQLite; anything else needs
`op.batch_alter_table`. `tests/bot/store/test_migrations.py` fails until the migrations produce exactly
the tables `schema.py` declares.
"""

from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.errors import DatabaseVersionError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BASELINE = "0001"  # the schema of the last policybot without migrations (commit 475ecab)
# Any fixed 64-bit key: every policybot replica takes the same one while it migrates.
PG_LOCK_KEY = 0x706F6C6963796274  # b"policybt"


def alembic_config(connection: sa.Connection | None = None) -> Config:
    """Alembic's configuration, built in code (no alembic.ini); env.py migrates `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


async def migrate(engine: AsyncEngine) -> None:
    """Bring the database to the newest revision (see the module docstring), in one transaction."""
    async with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Released by the commit (or rollback) at the end of this block, whatever happens.
            await conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
        elif conn.dialect.name == "sqlite":
            # The sqlite3 driver opens transactions only before INSERT/UPDATE/DELETE, so DDL would commit
            # statement by statement: open the write transaction now, making the whole upgrade atomic (and
            # a second process opening the same file waits here, within SQLite's busy timeout).
            await conn.exec_driver_sql("BEGIN IMMEDIATE")
        await conn.run_sync(_migrate)


def current_revisions(conn: sa.Connection) -> set[str]:
    return set(MigrationContext.configure(conn).get_current_heads())


def _migrate(conn: sa.Connection) -> None:
    config = alembic_config(conn)
    script = ScriptDirectory.from_config(config)
    current = current_revisions(conn)
    known = {revision.revision for revision in script.walk_revisions()}
    unknown = sorted(current - known)
    if unknown:
        raise DatabaseVersionError(
            f"the database is at schema revision {', '.join(unknown)}, which this policybot does not know: "
            f"it was upgraded by a newer policybot (this one knows up to {script.get_current_head()}); "
            "run that version or newer"
        )
    if not current and _has_legacy_tables(conn):
        log.info("database made before schema migrations: bringing it to revision %s", BASELINE)
        upgrade_legacy_to_baseline(conn)
        command.stamp(config, BASELINE)
        current = {BASELINE}
    head = script.get_current_head()
    if current != {head}:
        log.info("upgrading the database schema from %s to %s", ", ".join(sorted(current)) or "nothing", head)
    command.upgrade(config, "head")


def _has_legacy_tables(conn: sa.Connection) -> bool:
    present = set(sa.inspect(conn).get_table_names())
    return any(name in present for name in baseline_metadata().tables)


def upgrade_legacy_to_baseline(conn: sa.Connection) -> None:
    """Make a database of any policybot before migrations exactly the baseline: missing tables (with
    their indexes), then missing columns (the ad-hoc adder Store.open used to run), then missing indexes
    of tables that already existed (create_all never added those)."""
    baseline = baseline_metadata()
    baseline.create_all(conn, checkfirst=True)
    _add_missing_columns(conn, baseline)
    _add_missing_indexes(conn, baseline)


def _add_missing_columns(conn: sa.Connection, metadata: sa.MetaData) -> None:
    """Frozen copy of the adder Store.open ran before migrations: create_all() makes missing tables but
    never new columns of existing ones. Only columns with a server default or NULL allowed can be added
    like this, which is how every column added before migrations was declared."""
    inspector = sa.inspect(conn)
    for table in metadata.sorted_tables:
        if not inspector.has_table(table.name):
            continue
        present = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in present or (not column.nullable and column.server_default is None):
                continue
            kind = column.type.compile(dialect=conn.dialect)
            ddl = f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {kind}'
            default = column.server_default
            if isinstance(default, sa.DefaultClause):
                arg = default.arg
                text = arg.text if isinstance(arg, sa.TextClause) else str(arg)
                if isinstance(arg, sa.sql.elements.ClauseElement) and not isinstance(arg, sa.TextClause):
                    text = str(arg.compile(dialect=conn.dialect))
                else:
                    text = f"'{text}'"
                ddl += f" DEFAULT {text}"
            if not column.nullable:
                ddl += " NOT NULL"
            conn.execute(sa.text(ddl))


def _add_missing_indexes(conn: sa.Connection, metadata: sa.MetaData) -> None:
    inspector = sa.inspect(conn)
    for table in metadata.sorted_tables:
        present = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in present:
                index.create(conn)


def baseline_metadata() -> sa.MetaData:
    """The tables of revision 0001: a frozen copy of the 475ecab schema.py, created by
    migrations/versions/0001_baseline.py and used by the legacy path. Never edit it: a schema change is a
    new revision."""
    metadata = sa.MetaData()
    ts = sa.DateTime(timezone=True)
    sa.Table(
        "sources",
        metadata,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("body_hash", sa.String(64)),
        sa.Column("polls", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_polled_at", ts),
        sa.Column("last_success_at", ts),
        sa.Column("last_error", sa.Text),
        sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_poll_at", ts),
        sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failing_since", ts),
        sa.Column("paused_until", ts),
        sa.Column("pause_reason", sa.Text),
        sa.Column("page_title", sa.Text),
        sa.Column("page_text", sa.Text),
        sa.Column("page_digest", sa.String(64)),
    )
    sa.Table(
        "clusters",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("features", sa.JSON, nullable=False),
        sa.Column("lead_item_id", sa.Integer),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("updated_at", ts, nullable=False),
        sa.Index("ix_clusters_updated", "updated_at"),
    )
    sa.Table(
        "items",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(64), nullable=False),
        sa.Column("guid", sa.Text, nullable=False),
        sa.Column("dedup_key", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("published", ts),
        sa.Column("outlet", sa.String(200), nullable=False),
        sa.Column("language", sa.String(16), nullable=False, server_default="en"),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("first_seen", ts, nullable=False),
        sa.Column("updated_at", ts, nullable=False),
        sa.Column("analysis", sa.JSON),
        sa.Column("relevant", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id")),
        sa.Column("text_source", sa.String(16), nullable=False, server_default="feed"),
        sa.Column("pending", sa.String(8)),
        sa.UniqueConstraint("source_id", "guid", name="uq_items_source_guid"),
        sa.Index("ix_items_dedup_key", "dedup_key"),
        sa.Index("ix_items_pending", "source_id", "pending"),
        sa.Index("ix_items_cluster", "cluster_id"),
    )
    sa.Table(
        "subscriptions",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("mode", sa.String(16), nullable=False, server_default="immediate"),
        sa.UniqueConstraint("channel", "query", name="uq_subscriptions_channel_query"),
    )
    sa.Table(
        "alerts",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id"), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", ts, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("ts", sa.String(32)),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("posted_at", ts),
        sa.Column("mode", sa.String(16), nullable=False, server_default="immediate"),
        sa.Column("digest", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("cluster_id", "channel", name="uq_alerts_cluster_channel"),
        sa.Index("ix_alerts_message", "channel", "ts"),
        sa.Index("ix_alerts_due", "state", "next_attempt_at"),
    )
    sa.Table(
        "alert_updates",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", ts, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("ts", sa.String(32)),
        sa.Column("created_at", ts, nullable=False),
        sa.Column("posted_at", ts),
        sa.UniqueConstraint("alert_id", "item_id", name="uq_alert_updates_alert_item"),
        sa.Index("ix_alert_updates_due", "state", "next_attempt_at"),
    )
    sa.Table(
        "broken_channels",
        metadata,
        sa.Column("channel", sa.String(32), primary_key=True),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("broken_at", ts, nullable=False),
        sa.Column("notified_at", ts),
    )
    sa.Table(
        "feedback",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("cluster_id", sa.Integer, nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("created_at", ts, nullable=False),
        sa.UniqueConstraint("channel", "cluster_id", "user_id", name="uq_feedback_channel_cluster_user"),
    )
    sa.Table(
        "mutes",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("key", sa.String(600), nullable=False),
        sa.Column("cluster_id", sa.Integer),
        sa.Column("query", sa.Text),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("created_at", ts, nullable=False),
        sa.UniqueConstraint("channel", "key", name="uq_mutes_channel_key"),
    )
    sa.Table(
        "seen_events",
        metadata,
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("seen_at", ts, nullable=False),
    )
    return metadata
