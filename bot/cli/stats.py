"""`policybot stats`: each table's rows and size on disk, and the whole database's (what retention keeps)."""

from __future__ import annotations

import json

from bot.config import Settings
from bot.store import Store
from bot.store.db import TableSize


def stats_text(tables: list[TableSize], total: int) -> str:
    """One line per table, the largest first, then the total. Pure, for the tests."""
    width = max([len("table"), *(len(t.table) for t in tables)])
    lines = [f"{'table':<{width}}  {'rows':>10}  {'size':>10}"]
    for t in sorted(tables, key=lambda t: (-(t.bytes or 0), t.table)):
        lines.append(f"{t.table:<{width}}  {t.rows:>10,}  {_size(t.bytes):>10}")
    lines.append(f"{'database':<{width}}  {sum(t.rows for t in tables):>10,}  {_size(total):>10}")
    return "\n".join(lines)


def _size(value: int | None) -> str:
    if value is None:
        return "?"
    if value < 1024 * 1024:
        return f"{value / 1024:.1f} KB"
    return f"{value / (1024 * 1024):.1f} MB"


async def stats_command(settings: Settings, *, as_json: bool = False) -> int:
    store = await Store.open(settings.database_url)
    try:
        tables = await store.table_sizes()
        total = await store.database_bytes()
    finally:
        await store.close()
    if as_json:
        print(json.dumps({"tables": [t.model_dump() for t in tables], "database_bytes": total}))
    else:
        print(stats_text(tables, total))
    return 0
