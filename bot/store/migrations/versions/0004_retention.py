"""Retention: when an item's text was compacted, and the indexes the pruner reads by.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

Frozen history: explicit operations only, never an import of bot.store.schema.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable, no default: ADD COLUMN on both engines, no table copy; existing rows are not compacted.
    op.add_column("items", sa.Column("compacted_at", sa.DateTime(timezone=True)))
    op.create_index("ix_items_relevant_first_seen", "items", ["relevant", "first_seen"])
    op.create_index("ix_items_compacted_first_seen", "items", ["compacted_at", "first_seen"])


def downgrade() -> None:
    op.drop_index("ix_items_compacted_first_seen", table_name="items")
    op.drop_index("ix_items_relevant_first_seen", table_name="items")
    with op.batch_alter_table("items") as batch:
        batch.drop_column("compacted_at")
