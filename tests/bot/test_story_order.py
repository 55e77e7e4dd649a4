"""The same items give the same stories whatever order they arrive in, through the real store-backed
placement, and the same stories as `policybot analyze` (the batch) gives.

Concurrent polls finish in any order, and a feed may deliver an older item after newer ones. What is
achievable without merging stories after the fact (alerts have gone out for both): a placement depends
only on the item and the stories' members (static word weights, a symmetric score, members kept in
publication order, a date gate that looks both ways), so the partition is the same in every order as long
as no item links two stories that do not match each other directly. The items here include near misses
(another Chinese exit rule, another US visa fee, the same kind of rule in another year) and items placed
before the older reports of their story.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.analysis.analyzer import analyze
from bot.analysis.batch import BatchAnalyzer
from bot.models import Article, RawItem
from bot.sandbox.stories import store_item
from bot.store import Store
from bot.story import StoryPlacer

DEV = [json.loads(line) for line in (Path(__file__).parents[1] / "fixtures" / "invented" / "dev.jsonl").open(encoding="utf-8")]
BY_ID = {a["id"]: a for a in DEV}

# (item, days after its published date): the H-1B fee's court ruling arrives two months on; a second
# study-permit cap is the next year's rule.
ITEMS: tuple[tuple[str, int], ...] = (
    ("d-s01-a", 0), ("d-s01-b", 0), ("d-s01-c", 0),  # China: AI researchers need approval to travel
    ("d-p01", 0),  # China: quantum scientists, another exit rule days later
    ("d-p24", 0),  # China: AI researchers told to skip US conferences
    ("d-s02-a", 0), ("d-s02-b", 0), ("d-s02-c", 0), ("d-s02-d", 60),  # US: the $100,000 H-1B fee
    ("d-p11", 0),  # Canada's pathway for H-1B holders: another government
    ("d-p25", 0),  # US: a $250 visa integrity fee, another fee
    ("d-s14-a", 0), ("d-s14-b", 0),  # US: student visa interviews paused
    ("d-p06", 0),  # US: student visas revoked, another action on students
    ("d-s06-a", 0), ("d-s06-b", 0), ("d-s06-c", 0),  # Canada: the 2027 study-permit cap
    ("d-p21", 0),  # China: K visa
)
GOLD = {key: BY_ID[key]["gold"]["story"] for key, _ in ITEMS}
Partition = frozenset[frozenset[str]]


def published(key: str, days: int) -> datetime:
    return datetime.fromisoformat(BY_ID[key]["published"]) + timedelta(days=days)


def partition(groups: dict[Any, list[str]]) -> Partition:
    return frozenset(frozenset(members) for members in groups.values())


async def place_all(store: Store, order: Sequence[tuple[str, int]]) -> Partition:
    """Store and place the items in `order`, the clock following the latest item seen (as a poller's)."""
    now = max(published(key, days) for key, days in order) + timedelta(hours=1)
    ticks = iter(range(10**6))
    clock: Callable[[], datetime] = lambda: now + timedelta(seconds=next(ticks))  # noqa: E731
    placer = StoryPlacer(store, clock=clock)
    clusters: dict[int, list[str]] = {}
    for key, days in order:
        a = BY_ID[key]
        when = published(key, days)
        raw = RawItem(source_id=a["source"].lower().replace(" ", "-")[:60], guid=key, url=a["url"],
                      canonical_url=a["url"], title=a["title"], text=a["text"], published=when, outlet=a["source"])
        item, _ = await store_item(store, raw, f"url:{a['url']}", now=now)
        analysis = analyze(item.title, item.text, published=when)
        assert analysis.relevant, key
        await store.set_analysis(item.id, analysis)
        cluster, _ = await placer.place(item.model_copy(update={"analysis": analysis}))
        clusters.setdefault(cluster, []).append(key)
    return partition(clusters)


def orders() -> list[list[tuple[str, int]]]:
    by_time = sorted(ITEMS, key=lambda kd: (published(*kd), kd[0]))
    shuffled = []
    for seed in (1, 2, 3):
        items = list(ITEMS)
        random.Random(seed).shuffle(items)
        shuffled.append(items)
    return [by_time, by_time[::-1], *shuffled]


async def test_the_same_items_give_the_same_stories_in_any_order(tmp_path: Path) -> None:
    results = []
    for n, order in enumerate(orders()):
        store = await Store.open(f"sqlite+aiosqlite:///{tmp_path / f'order{n}.db'}")
        try:
            results.append(await place_all(store, order))
        finally:
            await store.close()
    assert all(r == results[0] for r in results)
    # ... and they are the stories: every action its own, its later reports in it.
    gold: dict[str, list[str]] = {}
    for key, story in GOLD.items():
        gold.setdefault(story, []).append(key)
    assert results[0] == partition(gold)


async def test_the_pipeline_and_the_batch_give_the_same_stories(store: Store) -> None:
    in_time = sorted(ITEMS, key=lambda kd: (published(*kd), kd[0]))
    placed = await place_all(store, in_time[::-1])  # the pipeline, meeting the newest first
    batch = BatchAnalyzer()
    for key, days in in_time:
        a = BY_ID[key]
        batch.analyze(Article(id=key, title=a["title"], text=a["text"], published=published(key, days).astimezone(UTC)))
    assert partition(dict(batch.members)) == placed
