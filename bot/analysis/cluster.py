"""Story clustering: every report of one government action, over its whole life, is one story.

An action's coverage runs from the first report through the announcement, taking effect, guidance and a
court suspending it: days to months, never years. Six outlets covering one announcement in a week are one
story; the same kind of rule in another year, or another action on the same topic, is another.

The features of one item are read in `bot.analysis.story_features`; the evidence that two items tell
one story, and its score, is weighed in `bot.analysis.story_similarity`.

`ClusterIndex` places items incrementally at a bounded cost: candidates come from an inverted index of
rare tokens and anchors (tokens held by more than `max_posting` clusters propose nothing), only the
`max_candidates` best-sharing clusters (and as many more naming one of the item's anchors, and `max_topics`
more of its country naming most of its concepts: a report in another language shares little else) are
compared in full, each on at most `max_members` members, and
clusters are evicted when the caller says they are too old, or beyond `max_clusters`. The cost of placing
an item therefore does not grow with the number of stored items.
"""

from __future__ import annotations

import hashlib
import heapq
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.analysis.story_features import StoryFeatures, _utc
from bot.analysis.story_similarity import (
    CONFLICT_VETO,
    DEFAULT_WINDOW,
    DocumentFrequency,
    acts_anew,
    conflicts,
    idf,
    match_score,
    near_duplicate,
)

# Measured with bench/cluster_compare.py --split cv2 --sweep (each fold clustered among all of dev, scored
# on the pairs touching it): 0.50-0.55 is the plateau (F1 0.777-0.781); below 0.48 a few large false merges
# cost far more precision than recall gains (0.45: 0.717). 0.52 scores a little higher on clustering (cv2
# 0.781 vs 0.776; pipeline fit 0.866 -> 0.870, check 0.831 -> 0.833), but each right merge it adds lets QA
# answer from a sibling report a question gold marks unanswerable for the article (one refusal lost on fit,
# one on check), so the threshold stays.
DEFAULT_THRESHOLD = 0.55
MAX_MEMBERS = 8  # per story, compared in full: the first report and the latest ones
# A second member alike the item supports the best one (`story_score`). Measured on the real dev set
# (bench/cluster_compare.py --split cv): weights 0.3-0.4 over floors 0.1-0.25 all gain alike.
SUPPORT_WEIGHT = 0.3
SUPPORT_FLOOR = 0.2
# A bridge merges two stories, linking every report of one with every report of the other: it asks more
# than a join does. On the real dev set (bench/cluster_compare.py --split cv, method "bridge"): a margin of
# 0.1 keeps the recall of none (0.877 -> 0.875) and most of the precision lost (0.970 -> 0.981).
# Yet a fold holds ~70 articles: over the whole dev set (356) and held-out (239), where more stories of one
# country and season meet, bridging loses more precision than it wins recall (dev 0.839 -> 0.834, held-out
# 0.627 -> 0.591), so the pipeline does not bridge.
BRIDGE_MARGIN = 0.1


def match_cluster(
    features: StoryFeatures,
    candidates: Sequence[tuple[str, StoryFeatures]],
    *,
    window: timedelta = DEFAULT_WINDOW,
    threshold: float = DEFAULT_THRESHOLD,
    stats: DocumentFrequency | None = None,
) -> str | None:
    """The key of the best-matching candidate at or above `threshold`, else None.

    A key may appear several times (one entry per member); ties keep the earlier candidate.
    """
    best: tuple[float, str] | None = None
    for key, other in candidates:
        score = match_score(features, other, window=window, stats=stats)
        if score is not None and score >= threshold and (best is None or score > best[0]):
            best = (score, key)
    return best[1] if best else None


def story_score(member_scores: Sequence[float | None]) -> float | None:
    """How well an item matches a story, from its scores against the story's members (None: cannot join
    that member): the best member's score, and `SUPPORT_WEIGHT` of the second best's beyond
    `SUPPORT_FLOOR`. A story whose other reports are also alike the item is likelier its story than one
    that a single member resembles: the reports of one action each name some of it (the bill, the
    chamber, the date), and an item that shares a little with each is about the same action.
    Order-free: it depends on the set of members, never on which arrived first."""
    ranked = sorted((s for s in member_scores if s is not None), reverse=True)
    if not ranked:
        return None
    support = ranked[1] if len(ranked) > 1 else SUPPORT_FLOOR
    return ranked[0] + SUPPORT_WEIGHT * max(0.0, support - SUPPORT_FLOOR)


def new_cluster_key(seed: str) -> str:
    """A stable, short key for a new story: "c-" and 12 hex digits of the seed's SHA-256."""
    return "c-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


# ---------------------------------------------------------------- the incremental index


def _canonical_order(f: StoryFeatures) -> tuple[datetime, str]:
    """Members in publication order (ties by content), whatever order they arrived in."""
    when = _utc(f.published) if f.published else datetime.min.replace(tzinfo=UTC)
    return when, f.vector or ",".join(f.tokens)


@dataclass
class _Cluster:
    order: int
    members: list[StoryFeatures] = field(default_factory=list)
    updated: datetime | None = None

    def tokens(self) -> set[str]:
        return {t for m in self.members for t in _keys(m)}


def topic_keys(f: StoryFeatures) -> tuple[str, ...]:
    """What an item is about whatever its language: each jurisdiction it is tagged with, paired with each of
    the domain's concepts it names ("^AE:residence"). A report in Arabic or Japanese shares few tokens
    with the English reports of its story, and no anchor when it writes "10 years" in words; yet it is
    about the same country and names the same things (a visa, students, a court)."""
    return tuple(f"^{j}:{c}" for j in f.jurisdictions for c in f.concepts)


def _keys(f: StoryFeatures) -> tuple[str, ...]:
    return (*f.tokens, *f.aliases, *f.anchors, *topic_keys(f))


class ClusterIndex:
    """In-memory incremental clustering with a bounded cost per item (see the module doc).

    `add` records a member; `assign` places an item (joining the best cluster or starting one; with
    `bridge`, also merging the other clusters it could join, `merge` and `resolve`: not what the pipeline
    does, since its stories' alerts have gone out and `policybot analyze` streams its keys, but measured
    by bench/cluster_compare.py as the recall a merge would win);
    `evict_before` forgets clusters last updated before a time (the caller decides when, because a
    batch may arrive out of time order); beyond `max_clusters`, the least recently updated go first.

    Scores use the static prior weights of words, not weights learned from what the index has seen
    (`learn_idf`, kept for comparison): a placement then depends only on the item and the stories'
    members, not on which items happened to arrive before it, so the pipeline (warmed from the store)
    and a batch run agree, and so do two runs that meet the same items in another order.
    """

    def __init__(
        self,
        *,
        window: timedelta = DEFAULT_WINDOW,
        threshold: float = DEFAULT_THRESHOLD,
        max_members: int = MAX_MEMBERS,
        max_posting: int = 200,
        max_candidates: int = 24,
        max_topics: int = 8,
        max_clusters: int | None = None,
        learn_idf: bool = False,
        scorer: Callable[[StoryFeatures, StoryFeatures, DocumentFrequency | None], float | None] | None = None,
        bridge: bool = False,
    ) -> None:
        self.window = window
        self.threshold = threshold
        self.max_members = max(2, max_members)
        self.max_posting = max_posting
        self.max_candidates = max_candidates
        self.max_topics = max_topics
        self.max_clusters = max_clusters
        self.learn_idf = learn_idf
        self._scorer = scorer
        self.bridge = bridge
        self._merged: dict[str, str] = {}  # a story merged into another -> that story (`resolve`)
        self._clusters: dict[str, _Cluster] = {}
        self._postings: dict[str, set[str]] = {}
        self._df: dict[str, int] = {}
        self._items = 0
        self._next_order = 0
        self._expiry: list[tuple[datetime, int, str]] = []  # (updated, order, key), lazily cleaned

    # DocumentFrequency
    @property
    def items(self) -> int:
        return self._items

    def df(self, token: str) -> int:
        return self._df.get(token, 0)

    def __len__(self) -> int:
        return len(self._clusters)

    def __contains__(self, key: object) -> bool:
        return key in self._clusters

    def members(self, key: str) -> tuple[StoryFeatures, ...]:
        cluster = self._clusters.get(key)
        return tuple(cluster.members) if cluster else ()

    def add(self, key: str, features: StoryFeatures) -> None:
        """Record `features` as a member of cluster `key` (created if new)."""
        cluster = self._clusters.get(key)
        if cluster is None:
            cluster = self._clusters[key] = _Cluster(order=self._next_order)
            self._next_order += 1
        # Tokens are interned: thousands of stored stories share one vocabulary.
        features = features.model_copy(update={
            "tokens": tuple(sys.intern(t) for t in features.tokens),
            "aliases": tuple(sys.intern(t) for t in features.aliases),
            "anchors": tuple(sys.intern(t) for t in features.anchors),
        })
        cluster.members.append(features)
        cluster.members.sort(key=_canonical_order)
        if len(cluster.members) > self.max_members:
            # Keep the first report and the latest ones, by publication (not arrival) order; a token only
            # the dropped member held stays in the postings (a harmless extra candidate) until eviction.
            del cluster.members[1]
        self._items += 1
        for token in features.tokens:
            self._df[token] = self._df.get(token, 0) + 1
        # An alias finds the item that abbreviates; an anchor ("code:k") or a topic the item in another language.
        for token in _keys(features):
            posting = self._postings.get(token)
            if posting is None:
                self._postings[token] = {key}
            else:
                posting.add(key)
        if features.published is not None:
            when = _utc(features.published)
            if cluster.updated is None or when > cluster.updated:
                cluster.updated = when
                heapq.heappush(self._expiry, (when, cluster.order, key))
        limit = self.max_clusters
        if limit is not None and len(self._clusters) > limit:
            self._evict(lambda _when: len(self._clusters) > limit)  # the least recently updated first

    def evict_before(self, cutoff: datetime) -> int:
        """Forget clusters not updated since `cutoff` (undated clusters stay); returns how many."""
        cutoff = _utc(cutoff)
        return self._evict(lambda when: when < cutoff)

    def _evict(self, due: Callable[[datetime], bool]) -> int:
        evicted = 0
        while self._expiry and due(self._expiry[0][0]):
            when, _, key = heapq.heappop(self._expiry)
            cluster = self._clusters.get(key)
            if cluster is None or cluster.updated is None or cluster.updated > when:
                continue  # updated since: a newer heap entry stands for it
            del self._clusters[key]
            for token in cluster.tokens():
                posting = self._postings.get(token)
                if posting is not None:
                    posting.discard(key)
                    if not posting:
                        del self._postings[token]
            # Document frequencies keep their history: they describe the language, not the window.
            evicted += 1
        return evicted

    def _stats(self) -> DocumentFrequency | None:
        return self if self.learn_idf else None

    def candidates(self, features: StoryFeatures) -> list[str]:
        """The clusters sharing the most rare-token weight with `features`, best first (at most
        `max_candidates`), then up to as many others naming one of its anchors (not a date), then up to
        `max_topics` others sharing the most of its `topic_keys`; tokens held by more than `max_posting`
        clusters propose nothing."""
        entities = frozenset(features.entities) | frozenset(features.aliases) | frozenset(features.anchors)
        shared: dict[str, float] = {}
        named: set[str] = set()  # clusters naming one of the item's anchors
        anchors = frozenset(features.anchors)
        for token in {*features.tokens, *features.aliases, *features.anchors}:
            posting = self._postings.get(token)
            if not posting or len(posting) > self.max_posting:
                continue
            w = idf(token, is_entity=token in entities, stats=self._stats())
            # A token only a dropped member held may still name an evicted cluster: prune it here.
            posting.intersection_update(self._clusters)
            for key in posting:
                shared[key] = shared.get(key, 0.0) + w
            if token in anchors and token[:1] != "@":
                named.update(posting)
        def rank(kv: tuple[str, float]) -> tuple[float, int]:
            return kv[1], -self._clusters[kv[0]].order

        best = [key for key, _ in heapq.nlargest(self.max_candidates, shared.items(), key=rank)]
        # A report in another language shares the programme's name or the instrument and little else: stories
        # of its own language sharing a few words would crowd its story out of the best-sharing ones.
        chosen = set(best)
        extra = heapq.nlargest(self.max_candidates, ((k, shared[k]) for k in named - chosen), key=rank)
        chosen.update(k for k, _ in extra)
        # Nor need it share an anchor: the stories of its country naming most of its concepts are compared
        # too (a few: a common pairing, past `max_posting` stories, proposes nothing).
        topics: dict[str, float] = {}
        for token in topic_keys(features):
            posting = self._postings.get(token)
            if not posting or len(posting) > self.max_posting:
                continue
            posting.intersection_update(self._clusters)
            for key in posting - chosen:
                topics[key] = topics.get(key, 0.0) + 1.0
        near = heapq.nlargest(self.max_topics, topics.items(), key=rank)
        return best + [key for key, _ in extra] + [key for key, _ in near]

    def _member_score(self, features: StoryFeatures, member: StoryFeatures) -> float | None:
        if self._scorer is not None:
            return self._scorer(features, member, self._stats())
        return match_score(features, member, window=self.window, stats=self._stats())

    def match(self, features: StoryFeatures) -> str | None:
        """The best-matching story at or above the threshold, else None; ties keep the older story.

        A story's score is its best-matching member's, plus `SUPPORT_WEIGHT` of what its second-best
        member scores beyond `SUPPORT_FLOOR` (`story_score`), whichever scorer rates the members: the
        shipped `match_score` or one injected for comparison."""
        ranked = self.matches(features)
        return ranked[0][0] if ranked else None

    def matches(self, features: StoryFeatures) -> list[tuple[str, float]]:
        """Every story the item could join (at or above the threshold, through the same gates) and its
        score, best first; ties keep the older story first."""
        found: list[tuple[float, int, str]] = []
        for key in self.candidates(features):
            cluster = self._clusters[key]
            if (
                self._scorer is None
                and (any(conflicts(features, m)[0] <= -CONFLICT_VETO for m in cluster.members)
                     or acts_anew(features, cluster.members))
                and not any(near_duplicate(features, m) for m in cluster.members)
            ):
                continue  # a member's title names another instrument: joining would chain two actions
            score = story_score([self._member_score(features, m) for m in cluster.members])
            if score is not None and score >= self.threshold:
                found.append((score, cluster.order, key))
        found.sort(key=lambda x: (-x[0], x[1]))
        return [(key, score) for score, _, key in found]

    def assign(self, features: StoryFeatures, *, seed: str | None = None) -> tuple[str, bool]:
        """Place an item: (its cluster key, whether that cluster is new). With `bridge`, the other stories
        it could join by `BRIDGE_MARGIN` beyond the threshold are merged into the one it joins (`merge`),
        unless a member of one and a member of the other name different instruments (a hard `conflicts`)."""
        ranked = self.matches(features)
        if not ranked:
            key = new_cluster_key(seed if seed is not None else f"{self._next_order}:{features.model_dump_json()}")
            self.add(key, features)
            return key, True
        key = ranked[0][0]
        self.add(key, features)
        if self.bridge:
            for other, score in ranked[1:]:
                if score >= self.threshold + BRIDGE_MARGIN and not self._clash(key, other):
                    self.merge(other, key)
        return key, False

    def _clash(self, a: str, b: str) -> bool:
        return any(
            conflicts(x, y)[0] <= -CONFLICT_VETO
            for x in self._clusters[a].members
            for y in self._clusters[b].members
        )

    def resolve(self, key: str) -> str:
        """The story a key stands for now: itself, or the story it was merged into."""
        while key in self._merged:
            key = self._merged[key]
        return key

    def merge(self, source: str, target: str) -> None:
        """Merge story `source` into `target`: its members join (the first report and the latest kept),
        its postings point at `target`, and `resolve(source)` gives `target` from now on."""
        if source == target or source not in self._clusters or target not in self._clusters:
            return
        moved = self._clusters.pop(source)
        cluster = self._clusters[target]
        cluster.members.extend(moved.members)
        cluster.members.sort(key=_canonical_order)
        while len(cluster.members) > self.max_members:
            del cluster.members[1]
        for token in moved.tokens():
            posting = self._postings.get(token)
            if posting is not None and source in posting:
                posting.discard(source)
                posting.add(target)
        if moved.updated is not None and (cluster.updated is None or moved.updated > cluster.updated):
            cluster.updated = moved.updated
            heapq.heappush(self._expiry, (moved.updated, cluster.order, target))
        self._merged[source] = target
