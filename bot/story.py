"""Story placement: put an analysed item into the cluster of the story it tells, or start a new one.

Incremental: a `ClusterIndex` is warmed once from the clusters the store updated within `EVICT_AFTER`,
then kept up to date in memory, so placing an item compares it with a handful of candidate stories found
through rare shared words and anchors, never with every stored cluster. Before each placement it catches
up with clusters other replicas created or updated since its last look (one indexed query returning only
those), and it forgets clusters that left the window (and, past `MAX_CLUSTERS`, the least recently
updated). The cost per item therefore stays flat as the store grows.

Stories live as long as the policy does: a court suspending a rule, or the rule taking effect, comes
months after the announcement and must join its story, so a story is kept for `EVICT_AFTER` (about 2.7
years) after its latest report; two items can be one story only within `CLUSTER_WINDOW` of each other, or
within `PROGRAMME_WINDOW` when both name one programme (`story_similarity.same_programme`).

Order: concurrent polls finish in any order, and an older item may arrive after newer ones. A placement
depends only on the item and the stories' members (static word weights, a symmetric score, members kept
in publication order), so the same items give the same stories in any arrival order as long as no item
links two stories that do not match each other directly (such a bridge joins the better one; stories
are never merged afterwards, since alerts have gone out for both). tests/bot/test_story_order.py checks it.

A cluster's stored features hold its first report and its latest members (`ClusterFeatures`), so a
restarted placer knows each story as well as the one before it did.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.analysis.cluster import MAX_MEMBERS, ClusterIndex, new_cluster_key
from bot.analysis.story_features import StoryFeatures, story_features
from bot.analysis.story_similarity import DEFAULT_WINDOW, PROGRAMME_WINDOW
from bot.models import StoredItem
from bot.store import Store
from bot.store.db import now_utc

CLUSTER_WINDOW = DEFAULT_WINDOW  # the most time between two reports of one action (about 13 months)
# A policy's cycle, so late reports still find their story: as long as the longest time two reports of
# one story may lie apart (a named programme's, about 2.7 years; batch runs never evict, and must agree).
EVICT_AFTER = max(CLUSTER_WINDOW, PROGRAMME_WINDOW)
MAX_CLUSTERS = 20_000  # in memory; the least recently updated go first beyond it
SYNC_OVERLAP = timedelta(seconds=5)  # re-read a little before the last look: clocks and commits lag
MAX_STORED_MEMBERS = MAX_MEMBERS  # as many as the index compares, so a restart changes nothing
SYNC_PAGE = 2000
FORGET_SLACK = 256  # evicted clusters' ids kept until this many, so forgetting is not a scan per placement


class ClusterFeatures(BaseModel):
    """What the store keeps for a cluster: its first member's features (top level, as older rows have
    them) and the latest members'."""

    model_config = ConfigDict(extra="ignore")

    members: list[StoryFeatures] = []

    @classmethod
    def load(cls, data: dict[str, Any]) -> list[StoryFeatures]:
        """Member features of a stored cluster (older rows hold one item's features at the top level)."""
        try:
            seed = StoryFeatures.model_validate(data)
            extra = cls.model_validate(data).members
        except ValidationError:
            return []
        return [seed, *extra] if seed.tokens else extra

    @staticmethod
    def dump(members: list[StoryFeatures]) -> dict[str, Any]:
        seed, rest = members[0], members[1:][-(MAX_STORED_MEMBERS - 1) :]
        data = seed.model_dump(mode="json")
        data["members"] = [m.model_dump(mode="json") for m in rest]
        return data


class StoryPlacer:
    """Store-backed clustering. One per process; placement is serialised (within the process by a
    lock, across replicas by `Store.story_lock`) so that two items of the same story arriving at
    once cannot both start a cluster."""

    def __init__(
        self, store: Store, *, clock: Callable[[], datetime] = now_utc, window: timedelta = CLUSTER_WINDOW
    ) -> None:
        self.store = store
        self.clock = clock
        self.window = window
        self._lock = asyncio.Lock()
        self._index = ClusterIndex(window=window, max_members=MAX_STORED_MEMBERS, max_clusters=MAX_CLUSTERS)
        self._ids: dict[str, int] = {}  # cluster key -> id
        self._seen: dict[str, datetime] = {}  # cluster key -> the updated_at we last read or wrote
        self._synced_at: datetime | None = None

    async def _catch_up(self, now: datetime) -> None:
        """Warm up from the window on first use; afterwards read only clusters updated since the last look.
        Read in pages, so a large window never sits in memory twice (rows and index)."""
        since = now - EVICT_AFTER if self._synced_at is None else self._synced_at - SYNC_OVERLAP
        after: tuple[datetime, int] | None = None
        while True:
            page = await self.store.clusters_since(since, after=after, limit=SYNC_PAGE)
            for cluster_id, key, data, updated in page:
                if self._seen.get(key) == updated:
                    continue  # our own write, or already read
                self._seen[key] = updated
                self._ids[key] = cluster_id
                known = self._index.members(key)
                for m in ClusterFeatures.load(data):
                    if m not in known:
                        self._index.add(key, m)
            if len(page) < SYNC_PAGE:
                break
            after = (page[-1][3], page[-1][0])
        self._synced_at = now
        self._index.evict_before(now - EVICT_AFTER)
        self._forget_evicted()

    def _forget_evicted(self) -> None:
        """Forget the ids and read marks of clusters the index let go (out of the window, or past
        MAX_CLUSTERS), so memory stays bounded by the window however many stories are stored."""
        if len(self._ids) > len(self._index) + FORGET_SLACK:
            self._ids = {key: value for key, value in self._ids.items() if key in self._index}
            self._seen = {key: value for key, value in self._seen.items() if key in self._index}

    async def place(self, item: StoredItem) -> tuple[int, bool]:
        """(cluster id, whether the cluster is new)."""
        assert item.analysis is not None
        features = story_features(item.title, item.text, item.analysis, item.published or item.first_seen)
        async with self._lock, self.store.story_lock():
            now = self.clock()
            await self._catch_up(now)
            key = self._index.match(features)
            if key is not None and key in self._ids:
                cluster_id = self._ids[key]
                self._index.add(key, features)
                # The index keeps the first and the latest members: exactly what is stored.
                members = list(self._index.members(key))
                await self.store.join_cluster(cluster_id, item.id, now=now, features=ClusterFeatures.dump(members))
                self._seen[key] = now
                return cluster_id, False
            key = new_cluster_key(f"{item.source_id}:{item.guid}")
            cluster_id = await self.store.create_cluster(key, ClusterFeatures.dump([features]), item.id, now=now)
            self._ids[key] = cluster_id
            self._index.add(key, features)
            self._seen[key] = now
            return cluster_id, True
