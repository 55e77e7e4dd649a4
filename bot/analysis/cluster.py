"""Story clustering: the same event (or the same policy at a later stage) told by several outlets is one story.

Each item is reduced to `StoryFeatures`: the salient tokens of its title and lead (amounts normalised, so
"£54m" and "£54 million" agree), the names and figures among them, its jurisdictions, policy type and
date. Small, JSON-serialisable, stored with the cluster.

What makes two reports one story is the *rare* words they share: names, figures, the specific measure
("H-1B", "100000", "deepseek"). Words every story in this domain uses ("researchers", "visa", "travel")
say little. So tokens are weighted by inverse document frequency, learned online from the items the
index has seen, starting from a prior (common domain words frequent, names rare) that the data overrides
as it accumulates. Two items can be the same story only within a time window and when their
jurisdictions do not contradict each other; an agreeing policy type adds a little evidence and a
contradicting one takes a little away (tagging can differ between outlets, so it never decides alone).
A court suspending a rule, or a new outlet, shares the rule's names and figures, so it joins the story;
a different rule in the same country shares only the common words, so it does not.

`ClusterIndex` places items incrementally at a bounded cost: candidates come from an inverted index of
rare tokens (tokens held by more than `max_posting` clusters propose nothing), only the `max_candidates`
best-sharing clusters are compared in full, each on at most `max_members` members, and clusters that have
not been updated within the window are evicted. The cost of placing an item therefore does not grow with
the number of stored items.
"""

from __future__ import annotations

import hashlib
import heapq
import math
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
from bot.analysis.text import (
    clean_line,
    find_dates,
    split_sentences,
    stem,
    strip_outlet,
    tokenize,
    tokenize_spans,
    words,
)
from bot.models import PolicyType

DEFAULT_WINDOW = timedelta(days=7)
DEFAULT_THRESHOLD = 0.21
MAX_TOKENS = 48
LEAD_SENTENCES = 5

ENTITY_BOOST = 1.5  # a name or a figure, beyond its rarity
SMOOTHING = 2.0  # in idf units: keeps two tiny token sets from looking identical on one shared word
AGREEMENT_BONUS = 0.05  # both know jurisdiction and policy type, and they are the same
TYPE_CONFLICT_PENALTY = 0.05  # both know the policy type, and it differs
FACT_BONUS = 0.04  # ... agreeing, they also state the same amount or date
TIME_BONUS = 0.03  # ... agreeing, they appeared within NEAR_IN_TIME of each other
NEAR_IN_TIME = timedelta(hours=36)

# The prior document frequency of a token (as a share of items) before the index has seen enough items,
# and how many items' worth of weight that prior carries.
PRIOR_COMMON = 0.5
PRIOR_WORD = 0.02
PRIOR_ENTITY = 0.004
PRIOR_ITEMS = 40.0


class StoryFeatures(BaseModel):
    """What clustering needs to know about an item; stored as JSON with its cluster."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    tokens: tuple[str, ...] = ()  # salient tokens, sorted
    # Initials of names the item spells out ("dete" for "Department of Enterprise, Trade and Employment"):
    # they match another item's acronym token, never another item's aliases (both spelled it out, and
    # their words already match).
    aliases: tuple[str, ...] = ()
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
# Jurisdiction words never distinguish stories: matching requires compatible jurisdictions anyway.
_PLACE = _stems(
    [w for j in lx.JURISDICTION_LIST for w in (*j.names, *j.exact, *j.demonyms, *j.capitals)]
) | frozenset(stem(j.code.lower()) for j in lx.JURISDICTION_LIST)
_YEAR = re.compile(r"^(?:19|20)\d\d$")

# Amounts as outlets write them: "£54m", "£54 million", "$100,000", "$100K", "10 per cent", "10%".
_AMOUNT = re.compile(
    r"(?<![\w.\-])(?P<cur>[$£€¥₹]\s?)?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>%|per\s*cent|percent|thousand\b|million\b|billion\b|trillion\b|crore\b|lakh\b|"
    r"(?<=\d)(?:k|m|bn|b)\b)?",
    re.I,
)
_SCALE: Mapping[str, float] = MappingProxyType({
    "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9,
    "trillion": 1e12, "crore": 1e7, "lakh": 1e5,
})


def amounts(text: str) -> list[str]:
    """Amounts and percentages of a text as canonical tokens ("#54000000", "#10%"); small bare numbers
    (days, counts under 100, years) are left out: they recur across unrelated stories."""
    out: list[str] = []
    for m in _AMOUNT.finditer(text):
        raw, unit = m.group("num"), (m.group("unit") or "").lower().replace(" ", "")
        if unit in ("k", "m", "b", "bn") and not m.group("cur"):
            continue  # "H-1B", "5G", "3m" (metres): a short unit counts only after a currency sign
        value = float(raw.replace(",", ""))
        if unit == "%" or unit.startswith("per"):
            out.append(f"#{value:g}%")
            continue
        value *= _SCALE.get(unit, 1.0)
        if value < 100 or (not unit and _YEAR.match(raw)):
            continue
        out.append(f"#{value:.0f}")
    return out


# Names outlets spell out or abbreviate: "Department of Enterprise, Trade and Employment" is "DETE",
# "U.S. Citizenship and Immigration Services" is "USCIS". Three or more capitalised words (joined by
# "of", "and", "for", "the", "&" or a comma) give their initials as a token, which meets the acronym.
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w.&'’-]*)(?:(?:\s*,\s*|\s+)(?:(?:of|and|for|the|&)\s+)*[A-Z][\w.&'’-]*){1,}"
)
_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})
_NOT_NAMES = words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december"""
)
_NAME_RUN_OF = re.compile(r"\s+of\s+")


def acronyms(text: str) -> list[str]:
    """Initials of the multi-word names of a text ("dete" for "Department of Enterprise, Trade and Employment")."""
    out: list[str] = []
    for m in _NAME_RUN.finditer(_NAME_RUN_OF.sub(" of ", text)):
        words = [w.strip(",") for w in m.group().split()]
        while words and words[-1].lower() in _NOT_NAMES:
            words.pop()  # "... and Employment Monday": a date, not part of the name
        named = [w for w in words if w.lower() not in _CONNECTORS]
        # With and without the "of": "Department of Justice" is "DOJ", "Department of Homeland Security" "DHS".
        variants = {tuple(named)} | {tuple(w for w in words if w.lower() == "of" or w.lower() not in _CONNECTORS)}
        for variant in variants:
            if len(variant) < 3:
                continue
            initials = "".join(w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.)+", w) else w[0] for w in variant)
            if 3 <= len(initials) <= 8:
                out.append(initials.lower())
    return sorted(set(out))


def dates(text: str, published: datetime | None) -> list[str]:
    """Calendar dates of a text as tokens ("@01-01" for "1 January 2028" and "January 1, 2028"). The year is
    left out: outlets drop it as often as they state it, and the time window bounds the story anyway."""
    year = published.year if published else 2000
    return [f"@{d.value.month:02d}-{d.value.day:02d}" for d in find_dates(text, default_year=year)]


def _canonical(term: str) -> str | None:
    term = _SYNONYMS.get(term, term)
    if term in _GENERIC or term in _PLACE or _YEAR.match(term):
        return None
    if term.isdigit():
        return None  # numbers are taken as amounts, normalised
    if len(term) == 1 and not ("\u4e00" <= term <= "\u9fff"):
        return None
    return term


def story_features(title: str, text: str, tags: _HasTags, published: datetime | None) -> StoryFeatures:
    """Salient tokens of the title and lead (title words count triple), names and figures marked."""
    scores: dict[str, float] = {}
    entities: set[str] = set()
    aliases: set[str] = set()
    pieces = [(strip_outlet(clean_line(title)), 3.0)] + [
        (s, 1.5 if i < 3 else 1.0) for i, s in enumerate(split_sentences(text, LEAD_SENTENCES))
    ]
    for piece, weight in pieces:
        words = piece.split()
        # In Title Case Headlines every word is capitalised, so capitals say nothing about names.
        title_case = sum(1 for w in words if w[:1].isupper()) > 0.6 * max(1, len(words))
        for tok in tokenize_spans(piece):
            term = _canonical(tok.term)
            if term is None or len(term) == 1:
                continue  # a CJK unigram: bigrams carry the meaning
            scores[term] = scores.get(term, 0.0) + weight
            surface = piece[tok.start : tok.end]
            is_name = (surface[:1].isupper() and tok.start > 0 and not surface.isupper() and not title_case) or (
                surface.isupper() and len(surface) >= 3
            )
            if is_name and term not in _COMMON:
                entities.add(term)
        for token in [*amounts(piece), *dates(piece, published)]:
            scores[token] = scores.get(token, 0.0) + weight
            entities.add(token)
        if not title_case:
            aliases.update(acronyms(piece))
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOKENS]
    tokens = tuple(sorted(t for t, _ in ranked))
    return StoryFeatures(
        tokens=tokens,
        aliases=tuple(sorted(aliases - set(scores))),
        entities=tuple(sorted(entities & set(tokens))),
        jurisdictions=tuple(sorted(tags.jurisdictions)),
        policy_type=tags.policy_type,
        published=published,
    )


# ---------------------------------------------------------------- similarity


class DocumentFrequency(Protocol):
    """How many of `items` items hold a token."""

    @property
    def items(self) -> int: ...

    def df(self, token: str) -> int: ...


def _prior(token: str, is_entity: bool) -> float:
    if token in _COMMON:
        return PRIOR_COMMON
    return PRIOR_ENTITY if is_entity else PRIOR_WORD


def idf(token: str, *, is_entity: bool, stats: DocumentFrequency | None = None) -> float:
    """Smoothed inverse document frequency: log((N + P) / (df + P * prior)), with P prior items."""
    n = stats.items if stats else 0
    df = stats.df(token) if stats else 0
    return math.log((n + PRIOR_ITEMS) / (df + PRIOR_ITEMS * _prior(token, is_entity)))


def similarity(a: StoryFeatures, b: StoryFeatures, stats: DocumentFrequency | None = None) -> float:
    """IDF-weighted token similarity in [0, 1]: the mean of Dice and a smoothed overlap coefficient.

    Dice alone punishes a short feed snippet against a long article; the overlap coefficient alone lets
    two tiny token sets match on one word. Time, jurisdiction and policy type are not part of it:
    `match_score` gates and adjusts on those.
    """
    if not a.tokens or not b.tokens:
        return 0.0
    entities = frozenset(a.entities) | frozenset(b.entities)

    def weight(t: str) -> float:
        is_entity = t in entities
        return idf(t, is_entity=is_entity, stats=stats) * (ENTITY_BOOST if is_entity else 1.0)

    ta, tb = frozenset(a.tokens), frozenset(b.tokens)
    wa = sum(weight(t) for t in ta)
    wb = sum(weight(t) for t in tb)
    shared = sum(weight(t) for t in ta & tb)
    # One spells a name out, the other abbreviates it: a shared name, counted once on each side.
    for aliases, other in ((a.aliases, tb), (b.aliases, ta)):
        for t in frozenset(aliases) & other:
            w = idf(t, is_entity=True, stats=stats) * ENTITY_BOOST
            shared += w
            if other is tb:
                wa += w
            else:
                wb += w
    if wa <= 0 or wb <= 0:
        return 0.0
    dice = 2 * shared / (wa + wb)
    overlap = shared / (min(wa, wb) + SMOOTHING * 4)
    return round(min(1.0, (dice + overlap) / 2), 4)


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def compatible(a: StoryFeatures, b: StoryFeatures, *, window: timedelta = DEFAULT_WINDOW) -> bool:
    """Could these be the same story at all? Close in time, and jurisdictions not contradicting."""
    if a.published and b.published and abs(_utc(a.published) - _utc(b.published)) > window:
        return False
    return not (a.jurisdictions and b.jurisdictions and not set(a.jurisdictions) & set(b.jurisdictions))


def _agree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both know their jurisdiction and policy type, and they are the same: evidence in itself."""
    return bool(a.jurisdictions) and a.jurisdictions == b.jurisdictions and a.policy_type == b.policy_type != "other"


def _shared_facts(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Do the two state the same amount or date (tokens "#38000", "@01-01")?"""
    facts = {t for t in a.entities if t[:1] in "#@"}
    return bool(facts and facts & {t for t in b.entities if t[:1] in "#@"})


def match_score(
    a: StoryFeatures, b: StoryFeatures, *, window: timedelta = DEFAULT_WINDOW, stats: DocumentFrequency | None = None
) -> float | None:
    """Similarity adjusted for agreement on the tags, or None when the two cannot be one story."""
    if not compatible(a, b, window=window):
        return None
    score = similarity(a, b, stats)
    if _agree(a, b):
        # Same government, same kind of rule: more evidence when the two also state the same figure or
        # date ("€38,000", "1 January 2028"), or appeared within a day or so of each other. Outlets that
        # share few words still share these; a different rule of the same government rarely does.
        score += AGREEMENT_BONUS
        if _shared_facts(a, b):
            score += FACT_BONUS
        if a.published and b.published and abs(_utc(a.published) - _utc(b.published)) <= NEAR_IN_TIME:
            score += TIME_BONUS
    elif a.policy_type != "other" and b.policy_type != "other" and a.policy_type != b.policy_type:
        score -= TYPE_CONFLICT_PENALTY
    return score


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


def new_cluster_key(seed: str) -> str:
    """A stable, short key for a new story: "c-" and 12 hex digits of the seed's SHA-256."""
    return "c-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:12]


# ---------------------------------------------------------------- the incremental index


@dataclass
class _Cluster:
    order: int
    members: list[StoryFeatures] = field(default_factory=list)
    updated: datetime | None = None

    def tokens(self) -> set[str]:
        return {t for m in self.members for t in (*m.tokens, *m.aliases)}


class ClusterIndex:
    """In-memory incremental clustering with a bounded cost per item (see the module doc).

    `add` records a member; `assign` places an item (joining the best cluster or starting one);
    `evict_before` forgets clusters last updated before a time (the caller decides when, because a
    batch may arrive out of time order).
    """

    def __init__(
        self,
        *,
        window: timedelta = DEFAULT_WINDOW,
        threshold: float = DEFAULT_THRESHOLD,
        max_members: int = 4,
        max_posting: int = 200,
        max_candidates: int = 24,
    ) -> None:
        self.window = window
        self.threshold = threshold
        self.max_members = max(1, max_members)
        self.max_posting = max_posting
        self.max_candidates = max_candidates
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
        })
        cluster.members.append(features)
        if len(cluster.members) > self.max_members:
            # Keep the seed, drop the oldest of the rest; a token only it held stays in the postings
            # (a harmless extra candidate) until the cluster is evicted.
            del cluster.members[1]
        self._items += 1
        for token in features.tokens:
            self._df[token] = self._df.get(token, 0) + 1
        for token in (*features.tokens, *features.aliases):  # an alias finds the item that abbreviates
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

    def evict_before(self, cutoff: datetime) -> int:
        """Forget clusters not updated since `cutoff` (undated clusters stay); returns how many."""
        cutoff = _utc(cutoff)
        evicted = 0
        while self._expiry and self._expiry[0][0] < cutoff:
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

    def candidates(self, features: StoryFeatures) -> list[str]:
        """The clusters sharing the most rare-token weight with `features`, best first (at most
        `max_candidates`); tokens held by more than `max_posting` clusters propose nothing."""
        entities = frozenset(features.entities) | frozenset(features.aliases)
        shared: dict[str, float] = {}
        for token in (*features.tokens, *features.aliases):
            posting = self._postings.get(token)
            if not posting or len(posting) > self.max_posting:
                continue
            w = idf(token, is_entity=token in entities, stats=self)
            for key in posting:
                shared[key] = shared.get(key, 0.0) + w
        best = heapq.nlargest(self.max_candidates, shared.items(), key=lambda kv: (kv[1], -self._clusters[kv[0]].order))
        return [key for key, _ in best]

    def match(self, features: StoryFeatures) -> str | None:
        pairs = [(key, m) for key in self.candidates(features) for m in self._clusters[key].members]
        pairs.sort(key=lambda pair: self._clusters[pair[0]].order)  # ties keep the older story
        return match_cluster(features, pairs, window=self.window, threshold=self.threshold, stats=self)

    def assign(self, features: StoryFeatures, *, seed: str | None = None) -> tuple[str, bool]:
        """Place an item: (its cluster key, whether that cluster is new)."""
        key = self.match(features)
        is_new = key is None
        if key is None:
            key = new_cluster_key(seed if seed is not None else f"{self._next_order}:{features.model_dump_json()}")
        self.add(key, features)
        return key, is_new
