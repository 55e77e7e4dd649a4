"""Weekly briefs: one row per (channel, week) for the Monday brief and its chart.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

Frozen history: explicit operations only, never an import of bot.store.schema.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # A new table only: nothing existing is rewritten.
    op.create_table(
        "briefs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("week_end", TS, nullable=False),
        sa.Column("queries", sa.JSON, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("ts", sa.String(32)),
        sa.Column("file_id", sa.String(32)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("posted_at", TS),
        sa.UniqueConstraint("channel", "week_end", name="uq_briefs_channel_week"),
    )
    op.create_index("ix_briefs_due", "briefs", ["state", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_briefs_due", table_name="briefs")
    op.drop_table("briefs")
