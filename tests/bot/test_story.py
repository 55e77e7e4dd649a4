"""Store-backed story placement: incremental, restart-safe, replica-aware, windowed."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.analyzer import analyze
from bot.models import RawItem, StoredItem
from bot.store import Store
from bot.story import CLUSTER_WINDOW, ClusterFeatures, StoryPlacer

DEV = [json.loads(line) for line in (Path(__file__).parents[2] / "bench" / "data" / "dev.jsonl").open(encoding="utf-8")]
BY_ID = {a["id"]: a for a in DEV}
T0 = datetime(2026, 3, 5, 12, tzinfo=UTC)


async def stored(store: Store, key: str, *, shift: timedelta = timedelta(0)) -> StoredItem:
    a = BY_ID[key]
    published = datetime.fromisoformat(a["published"]) + shift
    raw = RawItem(source_id=a["source"].lower().replace(" ", "-")[:60], guid=f"{key}:{shift}", url=a["url"],
                  canonical_url=a["url"], title=a["title"], text=a["text"], published=published, outlet=a["source"])
    item, _ = await store.save_item(raw, f"url:{a['url']}#{shift}", now=published)
    analysis = analyze(item.title, item.text, published=published)
    await store.set_analysis(item.id, analysis)
    return item.model_copy(update={"analysis": analysis})


def clock(start: datetime = T0) -> Callable[[], datetime]:
    ticks = iter(range(10**6))
    return lambda: start + timedelta(seconds=next(ticks))


async def test_outlets_join_one_story_and_a_different_event_does_not(store: Store) -> None:
    placer = StoryPlacer(store, clock=clock())
    first, first_new = await placer.place(await stored(store, "d-s01-a"))
    second, second_new = await placer.place(await stored(store, "d-s01-b"))
    other, other_new = await placer.place(await stored(store, "d-p01"))  # quantum exit rules: another rule
    assert first_new and not second_new and second == first
    assert other_new and other != first
    view = await store.get_cluster(first)
    assert view is not None and {m.outlet for m in view.members} == {"Pacific Tech Wire", "Asia Policy Monitor"}


async def test_a_restarted_placer_knows_the_stories_and_their_members(store: Store) -> None:
    before = StoryPlacer(store, clock=clock(datetime(2026, 4, 11, tzinfo=UTC)))
    cluster, _ = await before.place(await stored(store, "d-s02-a"))
    await before.place(await stored(store, "d-s02-b"))
    # The stored features hold the seed and the latest members, so a new process matches as well.
    rows = await store.clusters_since(T0 - timedelta(days=30))
    members = ClusterFeatures.load(next(data for cid, _, data, _ in rows if cid == cluster))
    assert len(members) == 2
    after = StoryPlacer(store, clock=clock(datetime(2026, 4, 16, tzinfo=UTC)))
    assert await after.place(await stored(store, "d-s02-d")) == (cluster, False)  # the court ruling


async def test_a_second_replica_sees_clusters_the_first_created(store: Store) -> None:
    a = StoryPlacer(store, clock=clock(datetime(2026, 5, 20, tzinfo=UTC)))
    b = StoryPlacer(store, clock=clock(datetime(2026, 5, 20, 0, 0, 1, tzinfo=UTC)))
    await b.place(await stored(store, "d-p09"))  # b warms up first, with an unrelated story
    cluster, _ = await a.place(await stored(store, "d-s03-a"))
    assert await b.place(await stored(store, "d-s03-b")) == (cluster, False)


async def test_after_warm_up_only_updated_clusters_are_read(store: Store) -> None:
    reads: list[int] = []
    original = store.clusters_since

    async def counting(since: datetime, **page: Any) -> list[tuple[int, str, dict[str, Any], datetime]]:
        rows = await original(since, **page)
        reads.append(len(rows))
        return rows

    store.clusters_since = counting  # type: ignore[method-assign]
    seeder = StoryPlacer(store, clock=clock(datetime(2026, 1, 1, tzinfo=UTC)))
    for key in ("d-s06-a", "d-s07-a", "d-s08-a", "d-s10-a", "d-s11-a"):
        await seeder.place(await stored(store, key))
    reads.clear()
    placer = StoryPlacer(store, clock=clock(datetime(2026, 1, 2, tzinfo=UTC)))
    await placer.place(await stored(store, "d-s06-b"))
    await placer.place(await stored(store, "d-s09-a"))
    await placer.place(await stored(store, "d-s12-a"))
    assert reads[0] >= 1  # the warm-up read the window once
    assert reads[1:] and max(reads[1:]) <= 2  # then only what was updated since the last look


async def test_warm_up_reads_a_large_window_in_pages(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.story.SYNC_PAGE", 2)
    seeder = StoryPlacer(store, clock=clock(datetime(2026, 1, 1, tzinfo=UTC)))
    for key in ("d-s06-a", "d-s07-a", "d-s08-a", "d-s10-a", "d-s11-a"):
        await seeder.place(await stored(store, key))
    placer = StoryPlacer(store, clock=clock(datetime(2026, 1, 2, tzinfo=UTC)))
    cluster = seeder._ids[next(iter(seeder._ids))]
    assert len(placer._index) == 0
    await placer.place(await stored(store, "d-s06-b"))
    assert len(placer._index) == 5 and cluster in placer._ids.values()  # every page was read


async def test_old_stories_leave_the_window(store: Store) -> None:
    placer = StoryPlacer(store, clock=clock())
    cluster, _ = await placer.place(await stored(store, "d-s01-a"))
    later = CLUSTER_WINDOW * 4
    placer.clock = clock(T0 + later)
    again, is_new = await placer.place(await stored(store, "d-s01-b", shift=later))
    assert is_new and again != cluster  # the same words a month later: a new story


def test_cluster_features_round_trip_and_old_rows() -> None:
    a = BY_ID["d-s01-a"]
    from bot.analysis.cluster import story_features

    f = story_features(a["title"], a["text"], analyze(a["title"], a["text"]), None)
    data = ClusterFeatures.dump([f, f, f, f, f, f])
    assert len(ClusterFeatures.load(data)) == 4  # the seed and the three latest
    assert ClusterFeatures.load(f.model_dump(mode="json")) == [f]  # a row written before members existed
    assert ClusterFeatures.load({"tokens": "not a list"}) == []
