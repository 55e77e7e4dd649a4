"""Story clustering: the same event told by several outlets becomes one story.

Each item is reduced to `StoryFeatures` (its salient tokens, the names and numbers among them, its
jurisdictions, policy type and date), which is small, JSON-serialisable and stored with the cluster.
Two items tell the same story when they are close in time, agree on jurisdiction and policy type when
both know them, and share enough weighted salient tokens. Names and figures weigh most ("DeepSeek",
"100000"), words every story in this domain shares weigh little ("researcher", "visa"), so a later,
separate rule on the same topic stays apart.

`ClusterIndex` does this incrementally: an inverted index from salient tokens to clusters means a new
item is compared only with clusters that share a rare token, not with every cluster.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
from bot.analysis.text import clean_line, split_sentences, stem, strip_outlet, tokenize, tokenize_spans
from bot.models import PolicyType

DEFAULT_WINDOW = timedelta(days=7)
DEFAULT_THRESHOLD = 0.28
MAX_TOKENS = 40
LEAD_SENTENCES = 8

ENTITY_WEIGHT = 2.0
COMMON_WEIGHT = 0.4
SMOOTHING = 3.0  # keeps two tiny token sets from looking identical on one shared word
# Same jurisdiction and policy type within the window already says a lot; it lets a headline-only feed
# item (few tokens) join the full article of its story.
AGREEMENT_BONUS = 0.05


class StoryFeatures(BaseModel):
    """What clustering needs to know about an item; stored as JSON with its cluster."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    tokens: tuple[str, ...] = ()  # salient tokens, sorted
    entities: tuple[str, ...] = ()  # the names and figures among them, sorted
    jurisdictions: tuple[str, ...] = ()
    policy_type: PolicyType = "other"
    published: datetime | None = None


class _HasTags(Protocol):
    """`Tags` or `Analysis`: anything that knows jurisdictions and a policy type."""

    @property
    def jurisdictions(self) -> tuple[str, ...]: ...

    @property
    def policy_type(self) -> PolicyType: ...


def _stems(words: Sequence[str]) -> frozenset[str]:
    return frozenset(t for w in words for t in tokenize(w))


def _key(word: str) -> str:
    terms = tokenize(word)
    return terms[0] if len(terms) == 1 else word


_SYNONYMS: Mapping[str, str] = MappingProxyType({_key(w): _key(c) for w, c in lx.CLUSTER_SYNONYMS.items()})
_GENERIC = _stems(sorted(lx.CLUSTER_GENERIC))
_COMMON = frozenset(_SYNONYMS.get(t, t) for t in _stems(sorted(lx.CLUSTER_COMMON)))
# Jurisdiction words never distinguish stories: matching requires the same jurisdiction anyway.
_PLACE = _stems(
    [w for j in lx.JURISDICTION_LIST for w in (*j.names, *j.exact, *j.demonyms, *j.capitals)]
) | frozenset(stem(j.code.lower()) for j in lx.JURISDICTION_LIST)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _canonical(term: str) -> str | None:
    term = _SYNONYMS.get(term, term)
    if term in _GENERIC or term in _PLACE or _YEAR.match(term):
        return None
    if len(term) == 1 and not ("\u4e00" <= term <= "\u9fff"):
        return None
    return term


def story_features(title: str, text: str, tags: _HasTags, published: datetime | None) -> StoryFeatures:
    """Salient tokens of the title and lead (title words count triple), names and figures marked."""
    scores: dict[str, float] = {}
    entities: set[str] = set()
    pieces = [(strip_outlet(clean_line(title)), 3.0)] + [
        (s, 1.5 if i < 3 else 1.0) for i, s in enumerate(split_sentences(text)[:LEAD_SENTENCES])
    ]
    for piece, weight in pieces:
        words = piece.split()
        # In Title Case Headlines every word is capitalised, so capitals say nothing about names.
        title_case = sum(1 for w in words if w[:1].isupper()) > 0.6 * max(1, len(words))
        for tok in tokenize_spans(piece):
            term = _canonical(tok.term)
            if term is None:
                continue
            if len(term) == 1:
                continue  # a CJK unigram: bigrams carry the meaning
            scores[term] = scores.get(term, 0.0) + weight
            surface = piece[tok.start : tok.end]
            is_name = (surface[:1].isupper() and tok.start > 0 and not surface.isupper() and not title_case) or (
                surface.isupper() and len(surface) >= 3
            )
            is_figure = term.isdigit() and len(term) >= 3
            if (is_name or is_figure) and term not in _COMMON:
                entities.add(term)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOKENS]
    tokens = tuple(sorted(t for t, _ in ranked))
    return StoryFeatures(
        tokens=tokens,
        entities=tuple(sorted(entities & set(tokens))),
        jurisdictions=tuple(sorted(tags.jurisdictions)),
        policy_type=tags.policy_type,
        published=published,
    )


def _weight(term: str, entities: frozenset[str]) -> float:
    if term in entities:
        return ENTITY_WEIGHT
    if term in _COMMON:
        return COMMON_WEIGHT
    return 1.0


def similarity(a: StoryFeatures, b: StoryFeatures) -> float:
    """Weighted token similarity in [0, 1]: the mean of Dice and a smoothed overlap coefficient.

    Dice alone punishes a short feed snippet against a long article; the overlap coefficient alone
    lets two tiny token sets match on a word. Time, jurisdiction and policy type are not part of
    it: `match_cluster` gates on those.
    """
    if not a.tokens or not b.tokens:
        return 0.0
    entities = frozenset(a.entities) | frozenset(b.entities)
    ta, tb = frozenset(a.tokens), frozenset(b.tokens)
    wa = sum(_weight(t, entities) for t in ta)
    wb = sum(_weight(t, entities) for t in tb)
    shared = sum(_weight(t, entities) for t in ta & tb)
    dice = 2 * shared / (wa + wb)
    overlap = shared / (min(wa, wb) + SMOOTHING)
    return round(min(1.0, (dice + overlap) / 2), 4)


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def compatible(a: StoryFeatures, b: StoryFeatures, *, window: timedelta = DEFAULT_WINDOW) -> bool:
    """Could these be the same story at all? Close in time; same jurisdiction and type when both know."""
    if a.published and b.published and abs(_utc(a.published) - _utc(b.published)) > window:
        return False
    if a.jurisdictions and b.jurisdictions and not set(a.jurisdictions) & set(b.jurisdictions):
        return False
    return not (a.policy_type != "other" and b.policy_type != "other" and a.policy_type != b.policy_type)


def _agree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both know their jurisdiction and policy type, and they are the same: evidence in itself."""
    return bool(a.jurisdictions) and a.jurisdictions == b.jurisdictions and a.policy_type == b.policy_type != "other"


def match_cluster(
    features: StoryFeatures,
    candidates: Sequence[tuple[str, StoryFeatures]],
    *,
    window: timedelta = DEFAULT_WINDOW,
    threshold: float = DEFAULT_THRESHOLD,
) -> str | None:
    """The key of the most similar compatible candidate at or above `threshold`, else None.

    Similarity gets AGREEMENT_BONUS when both items know, and share, jurisdiction and policy type.

    A key may appear several times (one entry per member); ties keep the earlier candidate.
    """
    best: tuple[float, str] | None = None
    for key, other in candidates:
        if not compatible(features, other, window=window):
            continue
        score = similarity(features, other)
        if _agree(features, other):
            score += AGREEMENT_BONUS
        if score >= threshold and (best is None or score > best[0]):
            best = (score, key)
    return best[1] if best else None


def new_cluster_key(seed: str) -> str:
    """A stable, short key for a new story: "c-" and 12 hex digits of the seed's SHA-256."""
    return "c-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


class ClusterIndex:
    """In-memory incremental clustering over an inverted index of salient tokens.

    A token held by more than `rare_fraction` of the clusters (and more than `rare_min`) is too
    common to propose candidates; a new item is compared only with clusters sharing a rarer token.
    Each cluster keeps at most `max_members` members' features (its first, then the latest).
    """

    def __init__(
        self,
        *,
        window: timedelta = DEFAULT_WINDOW,
        threshold: float = DEFAULT_THRESHOLD,
        max_members: int = 20,
        rare_fraction: float = 0.05,
        rare_min: int = 20,
    ) -> None:
        self.window = window
        self.threshold = threshold
        self.max_members = max(1, max_members)
        self.rare_fraction = rare_fraction
        self.rare_min = rare_min
        self._members: dict[str, list[StoryFeatures]] = {}
        self._postings: dict[str, set[str]] = {}
        self._order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._members)

    def __contains__(self, key: object) -> bool:
        return key in self._members

    def members(self, key: str) -> tuple[StoryFeatures, ...]:
        return tuple(self._members.get(key, ()))

    def add(self, key: str, features: StoryFeatures) -> None:
        """Record `features` as a member of cluster `key` (created if new)."""
        members = self._members.setdefault(key, [])
        self._order.setdefault(key, len(self._order))
        members.append(features)
        if len(members) > self.max_members:
            del members[1]  # keep the seed, drop the oldest of the rest
        for token in features.tokens:
            self._postings.setdefault(token, set()).add(key)

    def candidates(self, features: StoryFeatures) -> list[str]:
        """Clusters sharing at least one rare token with `features`, oldest first."""
        limit = max(self.rare_min, int(self.rare_fraction * len(self._members)))
        keys: set[str] = set()
        for token in features.tokens:
            posting = self._postings.get(token)
            if posting and len(posting) <= limit:
                keys |= posting
        return sorted(keys, key=self._order.__getitem__)

    def match(self, features: StoryFeatures) -> str | None:
        pairs = [(key, m) for key in self.candidates(features) for m in self._members[key]]
        return match_cluster(features, pairs, window=self.window, threshold=self.threshold)

    def assign(self, features: StoryFeatures) -> tuple[str, bool]:
        """Place an item: (its cluster key, whether that cluster is new)."""
        key = self.match(features)
        is_new = key is None
        if key is None:
            key = new_cluster_key(f"{len(self._order)}:{features.model_dump_json()}")
        self.add(key, features)
        return key, is_new
