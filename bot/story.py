"""Story placement: put an analysed item into the cluster of the story it tells, or start a new one."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.analysis.cluster import StoryFeatures, match_cluster, new_cluster_key, story_features
from bot.models import StoredItem
from bot.store import Store
from bot.store.db import now_utc

CLUSTER_WINDOW = timedelta(days=7)


class StoryPlacer:
    """Store-backed clustering. One per process; placement is serialised so that two items of the
    same story arriving in one cycle cannot both start a cluster."""

    def __init__(self, store: Store, *, clock: Callable[[], datetime] = now_utc) -> None:
        self.store = store
        self.clock = clock
        self._lock = asyncio.Lock()

    async def place(self, item: StoredItem) -> tuple[int, bool]:
        """(cluster id, whether the cluster is new)."""
        assert item.analysis is not None
        features = story_features(item.title, item.text, item.analysis, item.published or item.first_seen)
        async with self._lock:
            now = self.clock()
            recent = await self.store.recent_clusters(now - CLUSTER_WINDOW)
            candidates = [(key, StoryFeatures.model_validate(data)) for _, key, data in recent]
            key = match_cluster(features, candidates, window=CLUSTER_WINDOW)
            if key is not None:
                cluster_id = next(cid for cid, k, _ in recent if k == key)
                await self.store.join_cluster(cluster_id, item.id, now=now)
                return cluster_id, False
            new_key = new_cluster_key(f"{item.source_id}:{item.guid}")
            cluster_id = await self.store.create_cluster(new_key, features.model_dump(mode="json"), item.id, now=now)
            return cluster_id, True
