"""The search behind `/policy` and App Home: every relevant item in an in-memory index, kept fresh.

`bot.search.query.rank()` scores a list of items. With 100,000 items stored, re-reading and re-scoring
thousands of them for each command would take longer than people wait and, being CPU work on the
event loop that also acknowledges Slack's requests, would delay every other user's ack. This keeps the
query language's semantics over an inverted index:

* filters AND across kinds and OR within a kind, `since:` on the item's date (bot.search.query's rules);
* every free-text word must occur; matches are ranked by bot.search.scoring's BM25 (IDF over the filtered
  pool, mean length over the index) x its recency decay, as bot.search.query.rank() ranks;
* one result per story (its best-ranked telling); a channel's "Not relevant" feedback lowers similar
  items (bot.routing.feedback_factor).

Memory is bounded, however much is stored: the index holds the newest `max_items` relevant items
(POLICYBOT_SEARCH_ITEMS; the first load reads only those) and, when stories are deleted after a while
(POLICYBOT_KEEP_STORIES_DAYS), none older than `max_age`, so no deleted item stays behind. Older items
are not searched (recency already ranks them last).

Only the newest MAX_SCORED items holding every word are scored (bot.search.query is handed the newest
5,000 relevant items today; recency already favours the newest). The index refreshes from the store when new
items were stored, and at least every REFRESH_S seconds for changed ones.
"""

from __future__ import annotations

import asyncio
import heapq
import math
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.analysis.tokens import tokenize
from bot.models import Query, StoredItem
from bot.routing import feedback_factor, profile
from bot.search.query import item_time, search_document
from bot.search.scoring import bm25, idf, recency, term_counts  # rank exactly like rank()
from bot.store import Store

REFRESH_S = 2.0
# Items re-read after they were first seen, so that an analysis or story set just after insert is caught.
OVERLAP = timedelta(minutes=2)
PAGE_ROWS = 500  # rows read and indexed between two yields: a first load never stalls acks for long
MAX_SCORED = 500
YIELD_EVERY = 400  # entries scored between two yields to the event loop (about a millisecond)
MAX_ITEMS = 20_000  # the default window (POLICYBOT_SEARCH_ITEMS): about 10 KB an item (bench/heap.py)
TRIM_SLACK = 0.05  # the window may overrun by this share before it is trimmed (one sort per trim, not per item)


@dataclass(slots=True)
class Entry:
    item: StoredItem  # without its text: the index keeps what results show
    when: float  # POSIX seconds of published (or first seen)
    tf: dict[str, int]
    length: int
    tags: frozenset[str]
    profile: dict[str, Any]


@dataclass(frozen=True)
class Page:
    items: tuple[StoredItem, ...]
    offset: int
    has_more: bool


def _tags(item: StoredItem) -> frozenset[str]:
    a = item.analysis
    if a is None:
        return frozenset()
    return frozenset(
        [*(f"j:{j}" for j in a.jurisdictions), *(f"t:{t}" for t in a.topics), f"p:{a.policy_type}", f"s:{a.status}"]
    )


@dataclass
class SearchIndex:
    """In-memory index of the relevant items. One per process; searches never touch the database
    except to refresh it."""

    store: Store
    clock: Callable[[], datetime]
    max_items: int = MAX_ITEMS
    max_age: timedelta | None = None
    entries: dict[int, Entry] = field(default_factory=dict)
    postings: dict[str, set[int]] = field(default_factory=dict)
    facets: dict[str, set[int]] = field(default_factory=dict)
    total_length: int = 0
    max_id: int = 0
    loaded: bool = False
    _refreshed_at: float = 0.0  # loop time
    _refresh_since: datetime | None = None
    _order: list[int] | None = None  # ids newest first, rebuilt lazily after changes
    _position: dict[int, int] = field(default_factory=dict)  # id -> index in _order
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    # ------------------------------------------------------------ keeping it fresh

    async def ensure_fresh(self) -> None:
        """Refresh when new items were stored since, or the last refresh is older than REFRESH_S."""
        loop = asyncio.get_running_loop()

        async def fresh() -> bool:
            recent = self.loaded and loop.time() - self._refreshed_at < REFRESH_S
            return recent and await self._newest_id() <= self.max_id

        if await fresh():
            return
        async with self._lock:
            if await fresh():
                return  # another search refreshed while this one waited
            await self._refresh()
            self._refreshed_at = loop.time()

    async def _newest_id(self) -> int:
        return await self.store.newest_item_id()

    async def _refresh(self) -> None:
        started = self.clock()
        since = None if not self.loaded else self._refresh_since
        relevant_only = not self.loaded  # the first load skips the (many) irrelevant items
        after = self.max_id
        if not self.loaded:  # only the newest max_items relevant items (ids grow with time stored)
            after = max(after, await self.store.relevant_id_floor(self.max_items))
        while True:
            rows = await self.store.index_rows(
                after_id=after, changed_since=since, limit=PAGE_ROWS, relevant_only=relevant_only
            )
            for n, row in enumerate(rows):
                if n % 100 == 99:
                    await asyncio.sleep(0)
                if row.relevant and row.item.analysis is not None:
                    self._put(row.item)
                else:
                    self._drop(row.item.id)
                after = max(after, row.item.id)
            self.max_id = max(self.max_id, after)
            if len(rows) < PAGE_ROWS:
                break
            since = None  # the changed rows were in the first pages; go on by id only
            await asyncio.sleep(0)  # a long first load must not stall acks of other commands
        if relevant_only:
            self.max_id = max(self.max_id, await self._newest_id())
        self._refresh_since = started - OVERLAP
        self.loaded = True
        self._trim(started)

    def _trim(self, now: datetime) -> None:
        """Keep the window: at most max_items entries (once it overran by TRIM_SLACK), none older than
        max_age. The oldest go first."""
        if not self.entries:
            return
        cutoff = (now - self.max_age).timestamp() if self.max_age is not None else None
        order = self._newest_first()
        too_many = len(order) > self.max_items * (1 + TRIM_SLACK)
        too_old = cutoff is not None and self.entries[order[-1]].when < cutoff
        if not (too_many or too_old):
            return
        keep = min(len(order), self.max_items)
        if cutoff is not None:
            while keep and self.entries[order[keep - 1]].when < cutoff:
                keep -= 1
        for item_id in order[keep:]:
            self._drop(item_id)

    def _put(self, item: StoredItem) -> None:
        self._drop(item.id)
        tf, length = term_counts(search_document(item))
        # One string per distinct term, shared by every entry and the postings (tracemalloc: the terms of
        # each entry's own tokenisation were a sixth of the index's memory).
        tf = {sys.intern(term): count for term, count in tf.items()}
        # The item is kept (without its text) rather than read back by id for the page shown: half an entry's
        # memory (bench/heap.py), but a database round trip per search cost bench/slack.py's answers dearly.
        slim = item.model_copy(update={"text": ""})
        entry = Entry(slim, item_time(item).timestamp(), tf, length, _tags(item), profile(item))
        self.entries[item.id] = entry
        self.total_length += entry.length
        for term in tf:
            self.postings.setdefault(term, set()).add(item.id)
        for tag in entry.tags:
            self.facets.setdefault(tag, set()).add(item.id)
        self._order = None

    def _drop(self, item_id: int) -> None:
        entry = self.entries.pop(item_id, None)
        if entry is None:
            return
        self.total_length -= entry.length
        for term in entry.tf:
            self.postings.get(term, set()).discard(item_id)
        for tag in entry.tags:
            self.facets.get(tag, set()).discard(item_id)
        self._order = None

    def _newest_first(self) -> list[int]:
        if self._order is None:
            self._order = sorted(self.entries, key=lambda i: (self.entries[i].when, i), reverse=True)
            self._position = {item_id: n for n, item_id in enumerate(self._order)}
        return self._order

    # ------------------------------------------------------------ searching

    def _pool(self, q: Query) -> set[int] | None:
        """Ids passing the tag filters (None: no tag filter)."""
        groups = [
            [f"j:{j}" for j in q.jurisdictions],
            [f"t:{t}" for t in q.topics],
            [f"p:{p}" for p in q.policy_types],
            [f"s:{s}" for s in q.statuses],
        ]
        sets = []
        for tags in groups:
            if tags:
                union: set[int] = set()
                for tag in tags:
                    union |= self.facets.get(tag, set())
                sets.append(union)
        if not sets:
            return None
        sets.sort(key=len)
        pool = set(sets[0])
        for other in sets[1:]:
            pool &= other
        return pool

    async def search(
        self,
        q: Query,
        *,
        offset: int = 0,
        limit: int = 5,
        negatives: Sequence[Mapping[str, Any]] = (),
    ) -> Page:
        """One page of results, one per story. Yields to the event loop while scoring."""
        await self.ensure_fresh()
        now = self.clock().timestamp()
        cutoff = now - q.since.total_seconds() if q.since is not None else None
        pool = self._pool(q)
        terms = list(dict.fromkeys(t for word in q.text for t in tokenize(word)))
        want = offset + limit + 1
        ranked: list[tuple[float, float, int]]
        if terms:
            ranked = await self._score_terms(terms, pool, cutoff, now)
        else:
            ranked = self._by_recency(pool, cutoff, now, want * 4 + 20 if negatives else want * 3 + 20)
        if negatives:
            ranked = [
                (score * feedback_factor(self.entries[i].profile, negatives), when, i) for score, when, i in ranked
            ]
        ranked.sort(key=lambda r: (-r[0], -r[1], -r[2]))
        stories: list[StoredItem] = []
        seen: set[int] = set()
        for _, _, item_id in ranked:
            item = self.entries[item_id].item
            if item.cluster_id is not None:
                if item.cluster_id in seen:
                    continue
                seen.add(item.cluster_id)
            stories.append(item)
            if len(stories) >= want:
                break
        return Page(tuple(stories[offset : offset + limit]), offset, len(stories) > offset + limit)

    def _by_recency(self, pool: set[int] | None, cutoff: float | None, now: float, want: int) -> list[tuple[float, float, int]]:
        """Without words, recency alone ranks: the newest first. Enough candidates for `want` stories."""
        out: list[tuple[float, float, int]] = []
        if pool is not None and len(pool) < 2000:
            ids: Iterable[int] = sorted(pool, key=lambda i: (self.entries[i].when, i), reverse=True)
        else:
            ids = (i for i in self._newest_first() if pool is None or i in pool)
        for item_id in ids:
            when = self.entries[item_id].when
            if cutoff is not None and when < cutoff:
                break  # newest first: everything after is older still
            out.append((recency(now - when), when, item_id))
            if len(out) >= want:
                break
        return out

    def _matching(self, lists: list[set[int]], pool: set[int] | None, cutoff: float | None) -> list[int]:
        """Ids holding every word (and passing the filters), newest first, at most MAX_SCORED of them.

        Two ways, whichever is cheaper by estimate: intersect the sets from the smallest (cost ~ its
        size), or walk all items newest first until MAX_SCORED match (cost ~ MAX_SCORED / share of
        items matching, the share estimated as if the words occurred independently)."""
        sets = sorted([*lists, *([pool] if pool is not None else [])], key=len)
        smallest, others = sets[0], sets[1:]
        total = max(1, len(self.entries))
        share = math.prod(len(s) / total for s in sets)
        order = self._newest_first()
        if MAX_SCORED / max(share, 1e-9) < 2 * len(smallest):
            found = []
            for i in order:
                if cutoff is not None and self.entries[i].when < cutoff:
                    break
                if i in smallest and all(i in o for o in others):
                    found.append(i)
                    if len(found) >= MAX_SCORED:
                        break
            return found
        found = [i for i in smallest if all(i in o for o in others)]
        if cutoff is not None:
            found = [i for i in found if self.entries[i].when >= cutoff]
        if len(found) > MAX_SCORED:
            position = self._position
            found = heapq.nsmallest(MAX_SCORED, found, key=position.__getitem__)
        return found

    async def _score_terms(
        self, terms: list[str], pool: set[int] | None, cutoff: float | None, now: float
    ) -> list[tuple[float, float, int]]:
        lists: list[set[int]] = [self.postings.get(t, set()) for t in terms]
        if not all(lists):
            return []
        candidates = self._matching(lists, pool, cutoff)
        if not candidates:
            return []
        n = len(pool) if pool is not None else len(self.entries)
        idfs = {
            term: idf(n, len(posting & pool) if pool is not None else len(posting))
            for term, posting in zip(terms, lists, strict=True)
        }
        avgdl = self.total_length / max(1, len(self.entries))
        out: list[tuple[float, float, int]] = []
        entries = self.entries
        for k, item_id in enumerate(candidates):
            entry = entries[item_id]
            score = bm25(entry.tf, entry.length, idfs, avgdl) * recency(now - entry.when)
            out.append((score, entry.when, item_id))
            if k % YIELD_EVERY == YIELD_EVERY - 1:
                await asyncio.sleep(0)
        return out

    async def warm(self) -> None:
        """Load the index ahead of the first command (called at start-up)."""
        await self.ensure_fresh()
