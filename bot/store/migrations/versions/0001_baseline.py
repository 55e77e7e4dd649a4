"""Baseline: the schema as policybot had it when migrations were introduced (commit 475ecab).

Revision ID: 0001
Revises:
Create Date: 2026-11-29

Frozen history, never an import of bot.store.schema: the tables are `baseline_metadata()` in
bot.store.migrate, a frozen copy of that schema which the legacy path (tables but no alembic_version)
also uses to bring an earlier policybot's database to exactly this shape before stamping it 0001.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from bot.store.migrate import baseline_metadata

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    baseline_metadata().create_all(op.get_bind())


def downgrade() -> None:
    baseline_metadata().drop_all(op.get_bind())
