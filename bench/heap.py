"""Where the /policy search index's memory goes, by tracemalloc (the standard library's heap profiler).

    .venv/bin/python bench/heap.py [--items 40000] [--window 10000]

Stores N synthetic items (85 % relevant, as in the soak) in a scratch SQLite file, then loads the search
index twice, unbounded and with a window of W items, under tracemalloc: the bytes each indexed item costs,
the peak, and the source lines that allocate most. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import tempfile
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the project, when not installed

import sqlalchemy as sa  # noqa: E402

from bot.sandbox.stories import synthetic_rows  # noqa: E402
from bot.search.index import SearchIndex  # noqa: E402
from bot.search.query import parse_query  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.schema import items  # noqa: E402


async def fill(store: Store, n: int, now: datetime) -> None:
    batch: list[dict[str, Any]] = []
    async with store.engine.begin() as conn:
        for row in synthetic_rows(n, now=now, relevant_share=0.85):
            batch.append(row)
            if len(batch) == 5000:
                await conn.execute(sa.insert(items), batch)
                batch = []
        if batch:
            await conn.execute(sa.insert(items), batch)


async def measure(store: Store, now: datetime, max_items: int) -> dict[str, Any]:
    gc.collect()
    tracemalloc.start(8)
    before = tracemalloc.take_snapshot()
    index = SearchIndex(store, lambda: now, max_items=max_items)
    await index.search(parse_query("china ai"))
    gc.collect()
    after = tracemalloc.take_snapshot()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    top = after.compare_to(before, "lineno")[:6]
    held = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    return {
        "indexed": len(index.entries),
        "held_mb": round(held / 2**20, 1),
        "bytes_per_item": round(held / max(1, len(index.entries))),
        "peak_mb": round(peak / 2**20, 1),
        "top": [f"{s.traceback[0].filename.rsplit('/', 2)[-1]}:{s.traceback[0].lineno} {s.size_diff // 1024} KB" for s in top],
    }


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=40_000)
    parser.add_argument("--window", type=int, default=10_000)
    args = parser.parse_args()
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(f"sqlite+aiosqlite:///{tmp}/heap.db")
        try:
            await fill(store, args.items, now)
            unbounded = await measure(store, now, max_items=args.items * 2)
            bounded = await measure(store, now, max_items=args.window)
        finally:
            await store.close()
    for name, result in (("unbounded", unbounded), ("bounded", bounded)):
        print(f"{name}: {result['indexed']} items, {result['held_mb']} MB held, peak {result['peak_mb']} MB", file=sys.stderr)
        for line in result["top"]:
            print(f"    {line}", file=sys.stderr)
    print(json.dumps({"stored": args.items, "unbounded": unbounded, "bounded": bounded}))


if __name__ == "__main__":
    asyncio.run(main())
