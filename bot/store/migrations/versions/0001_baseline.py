"""Baseline: the schema as policybot had it when migrations were introduced (commit 475ecab).

Revision ID: 0001
Revises:
Create Date: 2026-11-29

Frozen history: explicit operations only, never an import of bot.store.schema. A database made by an
earlier policybot (tables, no alembic_version) is brought to exactly this shape and stamped 0001 by
bot.store.migrate; keep `baseline_metadata` there identical to this (tests/bot/store/test_migrations.py
checks it).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
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
        sa.Column("failing_since", TS),
        sa.Column("paused_until", TS),
        sa.Column("pause_reason", sa.Text),
        sa.Column("page_title", sa.Text),
        sa.Column("page_text", sa.Text),
        sa.Column("page_digest", sa.String(64)),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(64), nullable=False, unique=True),
        sa.Column("features", sa.JSON, nullable=False),
        sa.Column("lead_item_id", sa.Integer),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_clusters_updated", "clusters", ["updated_at"])
    op.create_table(
        "items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.String(64), nullable=False),
        sa.Column("guid", sa.Text, nullable=False),
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
        sa.Column("text_source", sa.String(16), nullable=False, server_default="feed"),
        sa.Column("pending", sa.String(8)),
        sa.UniqueConstraint("source_id", "guid", name="uq_items_source_guid"),
    )
    op.create_index("ix_items_dedup_key", "items", ["dedup_key"])
    op.create_index("ix_items_pending", "items", ["source_id", "pending"])
    op.create_index("ix_items_cluster", "items", ["cluster_id"])
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("mode", sa.String(16), nullable=False, server_default="immediate"),
        sa.UniqueConstraint("channel", "query", name="uq_subscriptions_channel_query"),
    )
    op.create_table(
        "alerts",
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
        sa.Column("mode", sa.String(16), nullable=False, server_default="immediate"),
        sa.Column("digest", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.UniqueConstraint("cluster_id", "channel", name="uq_alerts_cluster_channel"),
    )
    op.create_index("ix_alerts_message", "alerts", ["channel", "ts"])
    op.create_index("ix_alerts_due", "alerts", ["state", "next_attempt_at"])
    op.create_table(
        "alert_updates",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("items.id"), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("ts", sa.String(32)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("posted_at", TS),
        sa.UniqueConstraint("alert_id", "item_id", name="uq_alert_updates_alert_item"),
    )
    op.create_index("ix_alert_updates_due", "alert_updates", ["state", "next_attempt_at"])
    op.create_table(
        "broken_channels",
        sa.Column("channel", sa.String(32), primary_key=True),
        sa.Column("error", sa.Text, nullable=False),
        sa.Column("broken_at", TS, nullable=False),
        sa.Column("notified_at", TS),
    )
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("cluster_id", sa.Integer, nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("channel", "cluster_id", "user_id", name="uq_feedback_channel_cluster_user"),
    )
    op.create_table(
        "mutes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("key", sa.String(600), nullable=False),
        sa.Column("cluster_id", sa.Integer),
        sa.Column("query", sa.Text),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("channel", "key", name="uq_mutes_channel_key"),
    )
    op.create_table(
        "seen_events",
        sa.Column("event_id", sa.String(64), primary_key=True),
        sa.Column("seen_at", TS, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "seen_events",
        "mutes",
        "feedback",
        "broken_channels",
        "alert_updates",
        "alerts",
        "subscriptions",
        "items",
        "clusters",
        "sources",
    ):
        op.drop_table(table)
