"""Trends' reads and matching share the event loop with `/policy` acks: they must leave it often."""

from __future__ import annotations

import asyncio
import gc
import time
from datetime import UTC, datetime

import sqlalchemy as sa
from slack_sdk.web.async_client import AsyncWebClient

from bot.sandbox.stories import synthetic_rows
from bot.store import Store
from bot.store.schema import clusters, items
from bot.trends.counts import next_monday
from bot.trends.service import Charts

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
QUERIES = ["china", "type:visa", "japan topic:ai", "us type:talent_program", "germany", "india type:immigration",
           "uk", "canada type:research_security"]  # eight channels' briefs, delivered at once
# The longest the loop may run other work between two turns of a waiting task, in CPU time (not wall time,
# which a busy machine stretches). Before reads came in slices and tasks took turns, one read of these
# stories held it for 20-40 ms at a time (the new code: about 3).
MAX_TURN_S = 0.012


async def _seed(store: Store, n: int) -> int:
    """`n` synthetic items ten minutes apart (all in the chart's window), a story per relevant one."""
    rows = [r for r in synthetic_rows(n, now=NOW) if r["relevant"]]
    for row in rows:
        row["cluster_id"] = row["id"]
    stories = [{"id": r["id"], "key": f"c{r['id']}", "features": {}, "lead_item_id": r["id"],
                "created_at": r["first_seen"], "updated_at": r["first_seen"]} for r in rows]
    async with store.engine.begin() as conn:
        for start in range(0, len(rows), 2000):
            await conn.execute(sa.insert(clusters), stories[start : start + 2000])
            await conn.execute(sa.insert(items), rows[start : start + 2000])
    return len(rows)


async def test_reading_and_matching_thousands_of_stories_leave_the_loop_often(store: Store) -> None:
    seeded = await _seed(store, 11_000)
    charts = Charts(store, AsyncWebClient(token="xoxb-unused"), lambda: NOW)
    end = next_monday(NOW)
    turns: list[float] = []  # CPU time the loop spent elsewhere between two turns of this task
    done = asyncio.Event()

    async def ticker() -> None:
        last = time.thread_time()
        while not done.is_set():
            await asyncio.sleep(0)
            now = time.thread_time()
            turns.append(now - last)
            last = now

    # As the bot does once its search index is built (bot/runtime/process.py): what was there before is
    # kept out of garbage collection, or a full collection of the test process's heap would be measured.
    gc.collect()
    gc.freeze()
    ticking = asyncio.create_task(ticker())
    try:
        results = await asyncio.gather(*(charts.series([q], end) for q in QUERIES))
    finally:
        done.set()
        await ticking
        gc.unfreeze()
    read = await charts.stories(end)  # cached: the same read the series came from
    assert len(read) == seeded > 3000  # every story arrived, and the read is big enough to matter
    assert all(0 < len(stories) < seeded for _, stories in results)  # every query matched some, not all
    assert len(turns) > len(read) // 200  # the loop came round at least once per slice
    assert max(turns) < MAX_TURN_S, f"the loop was held for {max(turns) * 1000:.1f} ms of CPU"
