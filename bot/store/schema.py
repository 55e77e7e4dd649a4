"""The database schema (SQLAlchemy Core). Same tables on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

TS = sa.DateTime(timezone=True)

sources = sa.Table(
    "sources",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    # Fetch state: validators for conditional GET and the health shown by `sources list`.
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("body_hash", sa.String(64)),
    sa.Column("polls", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_polled_at", TS),
    sa.Column("last_success_at", TS),
    sa.Column("last_error", sa.Text),
    sa.Column("error_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_poll_at", TS),
    sa.Column("items_seen", sa.Integer, nullable=False, server_default="0"),
)

clusters = sa.Table(
    "clusters",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("features", sa.JSON, nullable=False),
    sa.Column("lead_item_id", sa.Integer),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
)

items = sa.Table(
    "items",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_id", sa.String(64), nullable=False),
    sa.Column("guid", sa.Text, nullable=False),
    # Identity across sources and re-publications: canonical URL, or outlet+title for redirect links.
    sa.Column("dedup_key", sa.Text, nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False, server_default=""),
    sa.Column("published", TS),
    sa.Column("outlet", sa.String(200), nullable=False),
    sa.Column("language", sa.String(16), nullable=False, server_default="en"),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("first_seen", TS, nullable=False),
    sa.Column("updated_at", TS, nullable=False),
    sa.Column("analysis", sa.JSON),
    sa.Column("relevant", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id")),
    sa.UniqueConstraint("source_id", "guid", name="uq_items_source_guid"),
    sa.Index("ix_items_dedup_key", "dedup_key"),
    sa.Index("ix_items_cluster", "cluster_id"),
)

subscriptions = sa.Table(
    "subscriptions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("query", sa.Text, nullable=False),
    sa.Column("created_by", sa.String(32), nullable=False),
    sa.Column("created_at", TS, nullable=False),
    sa.UniqueConstraint("channel", "query", name="uq_subscriptions_channel_query"),
)

# The outbox: one row per (cluster, channel); the unique constraint is what makes delivery idempotent.
alerts = sa.Table(
    "alerts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id"), nullable=False),
    sa.Column("channel", sa.String(32), nullable=False),
    sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
    sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", TS, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("ts", sa.String(32)),
    sa.Column("created_at", TS, nullable=False),
    sa.Column("posted_at", TS),
    sa.UniqueConstraint("cluster_id", "channel", name="uq_alerts_cluster_channel"),
    sa.Index("ix_alerts_message", "channel", "ts"),
    sa.Index("ix_alerts_due", "state", "next_attempt_at"),
)

# Slack delivers events at least once: remember which ones were handled.
seen_events = sa.Table(
    "seen_events",
    metadata,
    sa.Column("event_id", sa.String(64), primary_key=True),
    sa.Column("seen_at", TS, nullable=False),
)
