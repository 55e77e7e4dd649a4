"""Alembic's entry point, run by `bot.store.migrate` on the connection `Store.open` is migrating.

There is no alembic.ini: `bot.store.migrate.alembic_config` builds the configuration in code and hands
over its connection (already inside a transaction and, on PostgreSQL, holding the migration lock).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from bot.store.schema import metadata  # only for autogenerate when writing a revision; never in one

connection = context.config.attributes.get("connection")
if not isinstance(connection, sa.Connection):
    raise RuntimeError(
        "policybot migrates its database itself when it starts (bot.store.migrate.migrate): "
        "open the store instead of running alembic directly"
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: let future revisions use op.batch_alter_table (copy and move).
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
