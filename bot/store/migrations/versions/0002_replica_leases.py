"""Replicas: a lease on each source (who polls it, until when), named leases, and the due-sources index.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Frozen history: explicit operations only, never an import of bot.store.schema.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Nullable, no default: ADD COLUMN on both engines, no table copy, existing rows get NULL (no lease).
    op.add_column("sources", sa.Column("lease_owner", sa.String(96)))
    op.add_column("sources", sa.Column("lease_until", TS))
    op.create_index("ix_sources_next_poll", "sources", ["next_poll_at"])
    op.create_table(
        "leases",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("owner", sa.String(96), nullable=False),
        sa.Column("expires_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("leases")
    op.drop_index("ix_sources_next_poll", table_name="sources")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
