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
from bot.sandbox.stories import store_item
from bot.store import Store
from bot.story import CLUSTER_WINDOW, EVICT_AFTER, MAX_STORED_MEMBERS, ClusterFeatures, StoryPlacer

DEV = [json.loads(line) for line in (Path(__file__).parents[1] / "fixtures" / "invented" / "dev.jsonl").open(encoding="utf-8")]
BY_ID = {a["id"]: a for a in DEV}
T0 = datetime(2026, 3, 5, 12, tzinfo=UTC)


async def stored(store: Store, key: str, *, shift: timedelta = timedelta(0)) -> StoredItem:
    a = BY_ID[key]
    published = datetime.fromisoformat(a["published"]) + shift
    raw = RawItem(source_id=a["source"].lower().replace(" ", "-")[:60], guid=f"{key}:{shift}", url=a["url"],
                  canonical_url=a["url"], title=a["title"], text=a["text"], published=published, outlet=a["source"])
    item, _ = await store_item(store, raw, f"url:{a['url']}#{shift}", now=published)
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


async def test_a_later_report_of_the_action_joins_its_story_months_on(store: Store) -> None:
    placer = StoryPlacer(store, clock=clock())
    cluster, _ = await placer.place(await stored(store, "d-s01-a"))
    later = timedelta(days=60)  # guidance, taking effect, a court: weeks to months after the report
    restarted = StoryPlacer(store, clock=clock(T0 + later))  # a new process warms up from the store
    assert await restarted.place(await stored(store, "d-s01-b", shift=later)) == (cluster, False)


async def test_old_stories_leave_the_window(store: Store) -> None:
    placer = StoryPlacer(store, clock=clock())
    cluster, _ = await placer.place(await stored(store, "d-s01-a"))
    later = CLUSTER_WINDOW + timedelta(days=30)
    placer.clock = clock(T0 + later)
    again, is_new = await placer.place(await stored(store, "d-s01-b", shift=later))
    assert is_new and again != cluster  # the same words more than a year later: another year's rule
    placer.clock = clock(T0 + later + EVICT_AFTER)
    await placer.place(await stored(store, "d-p01", shift=later + EVICT_AFTER))
    assert len(placer._index) == 1  # both old stories were forgotten: only the new one is held


async def test_forgotten_stories_leave_no_ids_behind(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Memory stays bounded by the window: the ids and read marks of evicted stories go with them."""
    monkeypatch.setattr("bot.story.FORGET_SLACK", 0)
    placer = StoryPlacer(store, clock=clock())
    await placer.place(await stored(store, "d-s01-a"))
    await placer.place(await stored(store, "d-p01"))
    assert len(placer._ids) == len(placer._seen) == 2
    later = EVICT_AFTER + timedelta(days=1000)  # past every dev article's date
    placer.clock = clock(T0 + later)
    latest, _ = await placer.place(await stored(store, "d-s01-b", shift=later))
    assert list(placer._ids.values()) == [latest] and len(placer._seen) == 1


def test_cluster_features_round_trip_and_old_rows() -> None:
    a = BY_ID["d-s01-a"]
    from bot.analysis.story_features import story_features

    f = story_features(a["title"], a["text"], analyze(a["title"], a["text"]), None)
    data = ClusterFeatures.dump([f] * (MAX_STORED_MEMBERS + 2))
    assert len(ClusterFeatures.load(data)) == MAX_STORED_MEMBERS  # the first and the latest
    assert ClusterFeatures.load(f.model_dump(mode="json")) == [f]  # a row written before members existed
    assert ClusterFeatures.load({"tokens": "not a list"}) == []


async def test_a_restarted_placer_knows_a_copy_and_reads_rows_written_before_copies_were_kept(store: Store) -> None:
    before = StoryPlacer(store, clock=clock(datetime(2026, 4, 11, tzinfo=UTC)))
    cluster, _ = await before.place(await stored(store, "d-s02-a"))
    # A wire copy three hours on, which the tagger reads as another country's: one report all the same,
    # and a new process knows it as one from the stored features (headline and lead are kept with them).
    copy = await stored(store, "d-s02-a", shift=timedelta(hours=3))
    assert copy.analysis is not None
    copy = copy.model_copy(update={"title": copy.title + " - wire",
                                   "analysis": copy.analysis.model_copy(update={"jurisdictions": ("CA",)})})
    after = StoryPlacer(store, clock=clock(datetime(2026, 4, 12, tzinfo=UTC)))
    assert await after.place(copy) == (cluster, False)
    # A row written before headlines, leads and actions were stored loads with them empty.
    rows = await store.clusters_since(T0 - timedelta(days=30))
    data = next(data for cid, _, data, _ in rows if cid == cluster)
    for key in ("title", "lead", "actions"):
        del data[key]
    loaded = ClusterFeatures.load(data)
    assert loaded[0].title == loaded[0].lead == "" and loaded[0].actions == () and loaded[1].title
