"""Story placement: put an analysed item into the cluster of the story it tells, or start a new one.

Incremental: a `ClusterIndex` is warmed once from the clusters the store updated within the window, then
kept up to date in memory, so placing an item compares it with a handful of candidate stories found
through rare shared words, never with every stored cluster. Before each placement it catches up with
clusters other replicas created or updated since its last look (one indexed query returning only those),
and it forgets clusters that left the window. The cost per item therefore stays flat as the store grows.

A cluster's stored features hold its seed and its latest members (`ClusterFeatures`), so a restarted
placer knows each story as well as the one before it did.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.analysis.cluster import ClusterIndex, StoryFeatures, new_cluster_key, story_features
from bot.models import StoredItem
from bot.store import Store
from bot.store.db import now_utc

CLUSTER_WINDOW = timedelta(days=7)
EVICT_AFTER = 2 * CLUSTER_WINDOW  # late-arriving items can still join a story this old
SYNC_OVERLAP = timedelta(seconds=5)  # re-read a little before the last look: clocks and commits lag
MAX_STORED_MEMBERS = 4
SYNC_PAGE = 2000


class ClusterFeatures(BaseModel):
    """What the store keeps for a cluster: its seed's features (top level, as older rows have them)
    and the latest members'."""

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
        self._index = ClusterIndex(window=window, max_members=MAX_STORED_MEMBERS)
        self._ids: dict[str, int] = {}  # cluster key -> id
        self._seen: dict[str, datetime] = {}  # cluster key -> the updated_at we last read or wrote
        self._synced_at: datetime | None = None

    async def _catch_up(self, now: datetime) -> None:
        """Warm up from the window on first use; afterwards read only clusters updated since the last look.
        Read in pages, so a large window never sits in memory twice (rows and index)."""
        since = now - self.window if self._synced_at is None else self._synced_at - SYNC_OVERLAP
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
                # The index keeps the seed and the latest members: exactly what is stored.
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
