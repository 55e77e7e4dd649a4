"""Trends' reads and matching share the event loop with `/policy` acks: they must leave it often.

How long an ack then waits is a performance figure, measured by bench/charts.py (ack p99 while a hundred
briefs render). This test checks the property that figure rests on, without a clock: between two turns of
another task, the loop runs at most one slice of trends' work. (It once bounded CPU time per turn instead:
that failed on CI when a collection landed in a turn, and passed while eight slices ran in one turn.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from slack_sdk.web.async_client import AsyncWebClient

from bot.models import Query, StoredItem
from bot.sandbox.stories import synthetic_rows
from bot.store import Store
from bot.store.items import stored_item_of
from bot.store.schema import clusters, items
from bot.trends import service
from bot.trends.counts import Story, matching, next_monday, story_of
from bot.trends.service import ROWS_PER_SLICE, YIELD_EVERY, Charts

NOW = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
QUERIES = ["china", "type:visa", "japan topic:ai", "us type:talent_program", "germany", "india type:immigration",
           "uk", "canada type:research_security"]  # eight channels' briefs, delivered at once
# A slice is at most this much work (rows made into models, stories built, stories matched). Between two
# turns of a waiting task the loop runs at most one task's slice: eight briefs matching at once without
# taking turns ran eight slices there (the lock was released before the yield), a read in one go thousands.
MOST_BETWEEN_TURNS = max(ROWS_PER_SLICE, YIELD_EVERY)


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


async def test_reading_and_matching_thousands_of_stories_leave_the_loop_often(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded = await _seed(store, 11_000)
    work = [0]  # units of trends' CPU work done so far: a row made into a model, a story built or matched

    def counted_item(row: object) -> StoredItem:
        work[0] += 1
        return stored_item_of(row)

    def counted_story(cluster_id: int, members: Sequence[StoredItem]) -> Story:
        work[0] += 1
        return story_of(cluster_id, members)

    def counted_matching(stories: Iterable[Story], queries: Sequence[Query]) -> list[Story]:
        some = list(stories)
        work[0] += len(some)
        return matching(some, queries)

    monkeypatch.setattr(service, "stored_item_of", counted_item)
    monkeypatch.setattr(service, "story_of", counted_story)
    monkeypatch.setattr(service, "matching", counted_matching)

    charts = Charts(store, AsyncWebClient(token="xoxb-unused"), lambda: NOW)
    end = next_monday(NOW)
    between: list[int] = []  # trends' work the loop ran between two turns of this task
    done = asyncio.Event()

    async def ticker() -> None:
        last = work[0]
        while not done.is_set():
            await asyncio.sleep(0)
            between.append(work[0] - last)
            last = work[0]

    ticking = asyncio.create_task(ticker())
    try:
        results = await asyncio.gather(*(charts.series([q], end) for q in QUERIES))
    finally:
        done.set()
        await ticking
    read = await charts.stories(end)  # cached: the same read the series came from
    assert len(read) == seeded > 3000  # every story arrived, and the read is big enough to matter
    assert all(0 < len(stories) < seeded for _, stories in results)  # every query matched some, not all
    # Every unit of the work was counted: each row read, each story built, each story matched per query.
    assert sum(between) == work[0] == seeded + seeded + len(QUERIES) * seeded
    assert max(between) <= MOST_BETWEEN_TURNS, f"the loop ran {max(between)} units of trends' work in one go"
