"""Story similarity: the evidence that two items tell one story, and its score (`match_score`).

Two items can be one story only within `DEFAULT_WINDOW` of each other (`PROGRAMME_WINDOW` when both
name one programme, `same_programme`: its story runs years, and time then costs nothing) and when their
jurisdictions do not contradict (or each names the other's, or one does and they share an anchor: one matter between two states, `named_across`) — except copies of one report (`near_duplicate`: within days, nearly the
same headline or opening words), which are one story whatever their tags say. Items cannot be one story when their titles
name different figures, years, instrument numbers or visa classes (`conflicts`, hard), or when the later
one, a month or more on, expands, raises or cuts where no headline of the story did (`acts_anew`: a
scheme's launch and its expansion a year later; a fee and its next rise). Otherwise `match_score` adds up
the evidence: shared rare words (weighted by a static prior: common domain words little, names and figures
much), closeness in meaning (English) or shared character n-grams of headline and lead (other languages),
anchors both name (+), a name both headlines carry (+) and softer conflicts (-: names in the titles the
other never mentions), agreeing tags, a bonus for reports of the same days (coverage comes in a burst),
a bonus when both name one programme and a headline does (`same_programme`), outside English a small one
for headlines sharing distinctive words beyond one,
and a cost for the time between them that is low when they share an anchor (a court ruling months later
names the fee it rules on) and high when they do not. Across languages the words and the embedding say little, so the anchors and
shared names count double, but for a visa class (one class is the subject of many actions), and the
domain's concepts both name (a court, a university's students; `bot.analysis.story_concepts`) add to them. The names two items share (a programme, a quoted name written bare, capitals and stems, the EU and
its member states) are read in `bot.analysis.story_names`. The evidence is read once (`pair_features`) and the
hand-set weights add it up (`rule_score`). bench/cluster_compare.py measures this against the alternatives
(TF-IDF n-grams, embeddings alone, and --split cv2 a logistic model on `pair_features` fitted out of fold by
bench/train_pair_model.py: not shipped, since it did not beat these weights there).
"""

from __future__ import annotations

import functools
import math
import sys
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import timedelta
from types import MappingProxyType
from typing import Protocol

from bot.analysis import embed
from bot.analysis.normalization import CJK_RE, is_cjk
from bot.analysis.prepared_text import fold
from bot.analysis.story_anchors import _NON_WORD
from bot.analysis.story_concepts import concept_word, overlap
from bot.analysis.story_features import _COMMON, LEADERS, StoryFeatures, _canonical, _utc
from bot.analysis.story_names import (
    bare_in_title,
    by_kind,
    eu_and_member,
    same_programme,
    title_names,
    with_stems,
)
from bot.analysis.tokens import tokenize

DEFAULT_WINDOW = timedelta(days=400)  # one action's coverage: report, adoption, taking effect, court
PROGRAMME_WINDOW = timedelta(days=1000)  # a named programme's: launch, first intake, first figures

ENTITY_BOOST = 1.5  # a name or a figure, beyond its rarity
SMOOTHING = 2.0  # in idf units: keeps two tiny token sets from looking identical on one shared word
WORD_WEIGHT = 1.0  # shared rare words (`similarity`, 0..1)
COSINE_WEIGHT = 1.2  # closeness in meaning (English), above what unrelated items in this domain reach
COSINE_FLOOR = 0.3  # the median cosine of two unrelated English reports of one country and season
WORDING_WEIGHT = 2.5  # without an embedding: the headline and lead's shared character n-grams
WORDING_FLOOR = 0.1
# Two reports in one of Chinese, Japanese or Korean: the share of character pairs (`cjk_overlap`) beyond what
# two reports of one country and season share. On the real set's fit part, pairs within 60 days of different
# stories reach 0.15 only one time in twenty; same-day reports of one story mostly reach 0.2-0.5, where
# `text_overlap` (3-5-grams across word boundaries) read them at 0.1-0.3, under its floor or barely above.
CJK_WORDING_FLOOR = 0.15
_CJK_SCRIPTS = frozenset({"zh", "ja", "ko"})
ANCHOR_WEIGHT: Mapping[str, float] = MappingProxyType(
    {"code": 0.2, "doc": 0.4, "name": 0.25, "amount": 0.2, "date": 0.15, "quote": 0.25, "term": 0.2}
)
CONFLICT_WEIGHT: Mapping[str, float] = MappingProxyType(
    {"code": 0.3, "doc": 0.4, "name": 0.2, "amount": 0.3, "year": 0.4, "who": 0.2}
)
NAME_ACROSS_LANGUAGES = 0.25
ANCHOR_KINDS = tuple(ANCHOR_WEIGHT)  # what `pair_features` tells apart: every kind that weighs
# Across languages, the share of the domain's concepts both name (bot.analysis.story_concepts) beyond what
# two reports of one country and field share anyway. On the real dev set: of the cross-language pairs below
# the threshold, those over 0.4 are as often one story as not, those under 0.3 one in twenty. A floor of 0.2
# (was 0.3) lets a report in another language that names a third of its story's concepts, and little else
# it can share across scripts, join: gold-relevance clustering fit 0.836 -> 0.840, check 0.827 -> 0.886
# (precision 0.928 -> 0.954; one false pair of stories, a K visa report joining the H-1B fee's).
CONCEPT_WEIGHT = 2.0
CONCEPT_FLOOR = 0.2
# A name both headlines carry (whom the story is about: "Chancenkarte", "Tan See Leng"): the mirror of the
# soft conflict of a title name the other never mentions. On the real dev set two headlines of different
# stories share one rarely (7 pairs of 2,000, none near the threshold), of one story often.
TITLE_NAME_WEIGHT = 0.15
# Where there is no embedding (a pair not both in English, or WordLlama missing), headlines sharing distinctive
# words beyond one ("Rientro cervelli, legge di bilancio" / "emendamento Renzi su rientro cervelli"): each word
# beyond the first, up to TITLE_WORDS_MAX, beside the shared wording that stands in for meaning there. With
# the embedding (English pairs) it added false pairs on the real dev set.
TITLE_WORDS_WEIGHT = 0.1
TITLE_WORDS_MAX = 2
PROGRAMME_BONUS = 0.3  # a programme both name, in a headline: what the story is about (see same_programme)
LEAD_CONFLICT = 0.5  # a title's anchor missing from the other's lead, which names others of the kind
AGREEMENT_BONUS = 0.05  # both know jurisdiction and policy type, and they are the same
TYPE_CONFLICT_PENALTY = 0.05  # both know the policy type, and it differs
FRESH_DAYS = 14  # within this, time costs nothing; beyond, up to TIME_COST over a year
TIME_COST = 0.4
# Months on, a later stage of one action in other words (a proposal, then its adoption) names no anchor of
# the first report: a full 1.0 over a year kept such stages apart (fit 0.836 -> 0.840 and check 0.821 ->
# 0.827 at 0.6; 0.4 lost fit precision, 0.840 -> 0.818).
TIME_COST_UNNAMED = 0.6
BURST_BONUS = 0.1  # on the same day, fading to nothing after BURST_DAYS
BURST_DAYS = 7.0
# The same government's same kind of policy in the same days (`_agree` and the burst), sharing something of
# it (rare words beyond AGREE_BURST_WORDS, an anchor but a visa class, concepts across languages): one
# action's reports, each outlet wording it its own way (a ministry's notice, a paper's report, another
# language), rarely two actions. On the real set's fit part: clustering F1 0.842 -> 0.854 (P 0.872 -> 0.881,
# R 0.813 -> 0.830), check 0.701 -> 0.722 (P 0.893 -> 0.901). 0.2-0.4 alike; without the shared evidence
# it joins two same-week actions a visa class or a country's topic alone links (tests/bot/analysis).
AGREE_BURST_BONUS = 0.3
AGREE_BURST_WORDS = 0.15
CONFLICT_VETO = 0.3  # a hard conflict with any member keeps an item out of a story
# A copy of one report: within days, the headline's or the lead's character n-grams nearly the same.
# Measured on the real dev set: copies 0.6-0.8; different stories of the same days at most 0.45.
NEW_ACTION_AFTER = timedelta(days=30)  # within a month, outlets word one action's verbs each their own way
NEAR_DUP_WINDOW = timedelta(days=4)
NEAR_DUP_TITLE = 0.6
NEAR_DUP_LEAD = 0.7
NEAR_DUP_MIN_LEAD = 120
NEAR_DUP_SUPPORT = 0.3  # ... while the other of headline and lead is at least this alike
NEAR_DUP_SCORE = 2.0  # above any threshold: a copy joins the story of the report it copies

# The prior document frequency of a token (as a share of items) before the index has seen enough items,
# and how many items' worth of weight that prior carries.
PRIOR_COMMON = 0.5
PRIOR_WORD = 0.02
PRIOR_ENTITY = 0.004
PRIOR_ITEMS = 40.0


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


@functools.lru_cache(maxsize=65536)
def _static_weight(t: str, is_entity: bool) -> float:
    """`similarity`'s weight of a token under the static prior (no document frequencies): a function of the
    token alone, asked for every token of both items of every pair compared."""
    return idf(t, is_entity=is_entity) * (ENTITY_BOOST if is_entity else 1.0)


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
        if stats is None:
            return _static_weight(t, is_entity)
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


# ---------------------------------------------------------------- near-duplicates


# About 11 KB an entry. Its lookups come from pairs published within NEAR_DUP_WINDOW of each other (and
# wording across languages), so few texts are asked about again and again: bench/soak.py --cache-stats saw
# 98.9 % hits with at most 8 entries between emptyings. 4,096 holds days of a busy catalogue's headlines
# and leads (45 MB at most; 65,536 could reach 700 MB within the hour, as a 100,000-item feed would fill it).
@functools.lru_cache(maxsize=4096)
def _grams(text: str) -> frozenset[str]:
    """Character 3-5-grams of a text, lower-cased, punctuation as spaces: spelling, script and word
    boundaries aside ("AUD$2,000" / "AUD 2,000", "Hikes" / "hikes"), a copy shares almost all of them.
    Chinese and Japanese words are mostly two characters long: there, pairs of characters count too."""
    squashed = " ".join(_NON_WORD.sub(" ", text.lower()).split())
    # Interned: cached texts share most of their n-grams, so each is held once (a third of the memory).
    # Each length in a comprehension of its own, and only the distinct grams interned (a text repeats many).
    size = len(squashed)
    grams = {squashed[i : i + 3] for i in range(size - 2)}
    grams.update([squashed[i : i + 4] for i in range(size - 3)])
    grams.update([squashed[i : i + 5] for i in range(size - 4)])
    # A text without a CJK character has no pair to add (asking each character was a fifth of the time).
    if not squashed.isascii() and CJK_RE.search(squashed):
        grams.update(squashed[i : i + 2] for i in range(size - 1) if is_cjk(squashed[i]) and is_cjk(squashed[i + 1]))
    return frozenset(map(sys.intern, grams))



def text_overlap(a: str, b: str) -> float:
    """Cosine of the two texts' character n-gram sets (0..1), traditional Chinese read as simplified (one
    outlet in Taipei or Hong Kong, another in Beijing: the same words in two spellings)."""
    ga, gb = _grams(fold(a)), _grams(fold(b))
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / math.sqrt(len(ga) * len(gb))


@functools.lru_cache(maxsize=4096)
def _cjk_pairs(text: str) -> frozenset[str]:
    """Pairs of adjacent characters of a Chinese, Japanese or Korean text, spaces dropped: its words."""
    squashed = "".join(text.lower().split())
    return frozenset(
        squashed[i : i + 2]
        for i in range(len(squashed) - 1)
        if is_cjk(squashed[i]) or is_cjk(squashed[i + 1])
        or (squashed[i].isalpha() and squashed[i + 1].isalpha() and not squashed[i : i + 2].isascii())
    )


def cjk_overlap(a: str, b: str) -> float:
    """Cosine of two Chinese, Japanese or Korean texts' character pairs (0..1). Their words are mostly two
    characters long: the 3-5-grams of `text_overlap`, which span words, bury the shared words there.
    Traditional characters are read as simplified, as in `text_overlap`."""
    pa, pb = _cjk_pairs(fold(a)), _cjk_pairs(fold(b))
    if not pa or not pb:
        return 0.0
    return len(pa & pb) / math.sqrt(len(pa) * len(pb))


def near_duplicate(a: StoryFeatures, b: StoryFeatures) -> bool:
    """One report in two places: published within `NEAR_DUP_WINDOW`, with nearly the same headline or the
    same opening words (a syndicated wire copy, one group's two outlets), and no figure, year, instrument
    number or visa class in the headlines that differs. Such a pair is one story whatever else its tags or anchors say: the tagger
    may read two copies' jurisdictions differently, but they cannot be two actions."""
    if not (a.published and b.published) or abs(_utc(a.published) - _utc(b.published)) > NEAR_DUP_WINDOW:
        return False
    title = text_overlap(a.title, b.title) if a.title and b.title else 0.0
    has_leads = min(len(a.lead), len(b.lead)) >= NEAR_DUP_MIN_LEAD
    lead = text_overlap(a.lead, b.lead) if has_leads else 0.0
    # One of the two nearly the same, and the other at least alike or the tags agreeing: a copy keeps
    # both, while two templated alerts of one law firm share a headline prefix or a boilerplate opening.
    tags_agree = not (a.jurisdictions and b.jurisdictions and not set(a.jurisdictions) & set(b.jurisdictions))
    copied = (title >= NEAR_DUP_TITLE and (not has_leads or lead >= NEAR_DUP_SUPPORT or tags_agree)) or (
        lead >= NEAR_DUP_LEAD and (title >= NEAR_DUP_SUPPORT or tags_agree)
    )
    if not copied:
        return False
    ha, hb = _kinds(a.heads), _kinds(b.heads)
    return not any(ha.get(k) and hb.get(k) and not ha[k] & hb[k] for k in ("amount", "year", "doc", "code"))


def compatible(
    a: StoryFeatures,
    b: StoryFeatures,
    *,
    window: timedelta = DEFAULT_WINDOW,
    programmes: bool = True,
    across: bool = True,
) -> bool:
    """Could these be the same story at all? Within `window` of each other (one action's coverage spans
    days to months, never years), or with `programmes` within `PROGRAMME_WINDOW` when both name one
    programme (its story runs from launch to first intake to first figures), and jurisdictions not
    contradicting: tagged alike, or with `across` one matter between two states (`named_across`)."""
    if a.published and b.published:
        apart = abs(_utc(a.published) - _utc(b.published))
        if apart > window and not (programmes and apart <= PROGRAMME_WINDOW and same_programme(a, b)):
            return False
    if not (a.jurisdictions and b.jurisdictions) or set(a.jurisdictions) & set(b.jurisdictions):
        return True
    if across and named_across(a, b):
        return True  # one matter between two states, each outlet tagging another of them
    # An EU programme as a member state's outlet tags it (its own country) and as the EU's reports do.
    return programmes and eu_and_member(a.jurisdictions, b.jurisdictions) and same_programme(a, b)


def named_each_other(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Do the two name each other's jurisdiction? Then their tags picked different governments of one
    story (the US bill on Chinese students, tagged US by one outlet and China by another; a Korean
    prosecution of a leak to a Chinese firm), not two governments' rules: each report of one matter
    between two states names both, while a report of one state's own rule rarely names the state of
    another's."""
    return bool(set(a.jurisdictions) & set(b.places)) and bool(set(b.jurisdictions) & set(a.places))


def named_across(a: StoryFeatures, b: StoryFeatures) -> bool:
    """One matter between two states, whichever government each outlet's tag picked: each names the
    other's (`named_each_other`), or one does and both name one anchor (a visa class, an instrument, a
    programme, a figure, a person, a quoted term; not a date). A jurisdiction tag is wrong on about one
    relevant item in ten, and the gate then kept two reports of one matter apart; the anchor keeps a
    state's own rule that merely cites another state's from joining that state's story (dev,
    bench/cluster_compare.py: F1 0.832 -> 0.840, precision 0.845 -> 0.847; one-way naming alone: 0.839,
    precision 0.844, and a Japanese screening rule joined a US story)."""
    if named_each_other(a, b):
        return True
    one_way = bool(set(a.jurisdictions) & set(b.places)) or bool(set(b.jurisdictions) & set(a.places))
    # Not a date: two states' rules may start on one day.
    return one_way and any(kind != "date" for kind, found in by_kind(sorted(_shared_anchors(a, b))).items() if found)


def _agree(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Both know their jurisdiction and policy type, and they are the same: evidence in itself."""
    return bool(a.jurisdictions) and a.jurisdictions == b.jurisdictions and a.policy_type == b.policy_type != "other"


def _shared_anchors(a: StoryFeatures, b: StoryFeatures) -> set[str]:
    """Anchors both name. A date counts when one states it as an anchor and the other merely has it among
    its tokens: "from June 9" in a notice of June 5 is the day a report of June 9 is about, though for
    that report it looks like its own dateline. A name one quotes counts when the other's headline writes
    it bare (`bare_in_title`)."""
    shared = set(a.anchors) & set(b.anchors)
    for mine, other in ((a, b), (b, a)):
        shared.update(t for t in set(mine.anchors) & set(other.tokens) if t[:1] in "@#")
        shared.update(bare_in_title(mine, other))
    return shared


def _figure_kind(anchor: str) -> str:
    """A percentage and an absolute figure measure different things ("cut by 35%" / "capped at 360,000")."""
    return "%" if anchor.endswith("%") else "#"


@functools.lru_cache(maxsize=8192)
def _kinds(anchors: tuple[str, ...]) -> Mapping[str, frozenset[str]]:
    """`by_kind` of an item's heads or anchors, read-only: an item is weighed against every member of every
    candidate story, and its heads were sorted by kind again for each pair."""
    return MappingProxyType({kind: frozenset(found) for kind, found in by_kind(anchors).items()})


def conflicts(a: StoryFeatures, b: StoryFeatures, *, who: bool = True) -> tuple[float, float]:
    """(hard, soft) evidence that the two are different actions, both <= 0.

    Hard: both *titles* name a figure, a year, an instrument number or a visa class, and they differ
    ("$1m Gold Card" / "$100,000 H-1B fee", "2025 levels" / "places for 2026"). A figure conflicts even
    when each text mentions the other's: two actions signed the same day are reported together, and a
    fee rise recalls last year's fee. A number or class the other names somewhere in its text does not.
    Soft: names in the titles the other never mentions, or a title's figure or instrument the other's
    text never states. Without `who`, the names in the titles are not weighed (across languages: see
    `pair_features`)."""
    hard = soft = 0.0
    ha, hb = _kinds(a.heads), _kinds(b.heads)
    if not ha and not hb:
        return hard, soft  # no title names anything: nothing to conflict (a fifth of the pairs)
    # A side's text is read only against the other's title: a title without heads needs none of it.
    known_a: set[str] = {*a.anchors, *a.tokens} if hb else set()
    known_b: set[str] = {*b.anchors, *b.tokens} if ha else set()
    for kind, names in ha.items():
        theirs = hb.get(kind)
        if not theirs:
            continue
        if kind == "who":
            if not who:
                continue
            # The title names someone (Harvard, DeepSeek, a banker) the other never mentions.
            mine = with_stems({n.split(":", 1)[1] for n in names})
            other = with_stems({n.split(":", 1)[1] for n in theirs})
            if not mine & known_b and not other & known_a:
                soft -= CONFLICT_WEIGHT.get(kind, 0.0)
        elif kind == "year" and max(names) != max(theirs):
            # The latest year a headline names is the one its action is for: "2025 quotas, the same as 2024"
            # and "2024 quotas unchanged" are two years' decisions, though both name 2024.
            hard -= CONFLICT_WEIGHT[kind]
        elif names & theirs:
            continue
        elif kind == "amount":
            for measure in ("%", "#"):
                x = {n for n in names if _figure_kind(n) == measure}
                y = {n for n in theirs if _figure_kind(n) == measure}
                if x and y and not x & y:
                    hard -= CONFLICT_WEIGHT["amount"]
                    break
        elif kind == "year":
            hard -= CONFLICT_WEIGHT[kind]
        elif not names & known_b and not theirs & known_a:
            if kind in ("code", "doc"):
                hard -= CONFLICT_WEIGHT[kind]
            else:
                soft -= CONFLICT_WEIGHT.get(kind, 0.0)
    # One title names an instrument or figure the other's text never states, when the other states others
    # of the kind ("$100,000 fee" against a lead about "$20,000" and "$65,000" wage levels), or none at all
    # (a figure or an instrument number): weaker evidence, since the other may have left it out.
    aa = _kinds(a.anchors) if hb else {}
    ab = _kinds(b.anchors) if ha else {}
    for title_heads, known, their_anchors, their_heads in ((ha, known_b, ab, hb), (hb, known_a, aa, ha)):
        for kind, names in title_heads.items():
            if kind in their_heads or names & known:
                continue
            if kind in their_anchors or kind in ("amount", "doc"):
                soft -= LEAD_CONFLICT * CONFLICT_WEIGHT.get(kind, 0.0)
    return hard, soft


@functools.lru_cache(maxsize=4096)
def _title_terms(title: str) -> frozenset[str]:
    """The headline's distinctive words: not the domain's common words, places, years or figures."""
    out = set()
    for term in tokenize(title):
        term = _canonical(term) or ""
        if len(term) >= 3 and term not in _COMMON and not term.isdigit():
            out.add(term)
    return frozenset(out)


def _shares_title_name(a: StoryFeatures, b: StoryFeatures) -> bool:
    return bool(title_names(a) & title_names(b))


def shared_evidence(a: StoryFeatures, b: StoryFeatures) -> float:
    """+ for each kind of anchor both name (the same visa class, instrument number, programme, figure,
    stated date or quoted phrase)."""
    return _anchor_evidence(by_kind(sorted(_shared_anchors(a, b))))


def _anchor_evidence(shared: Mapping[str, set[str]]) -> float:
    return sum(ANCHOR_WEIGHT.get(kind, 0.0) for kind in shared)


def _latin(f: StoryFeatures) -> bool:
    """Is the item written in a Latin script (most of its word tokens ASCII)?"""
    letters = [t for t in f.tokens if t[:1] not in "#@"]
    return sum(1 for t in letters if t.isascii()) * 2 >= len(letters)


def _script(f: StoryFeatures) -> str:
    """The script of an item's headline and lead, where languages share Chinese characters: Japanese writes
    kana among them, Korean Hangul, Chinese neither. Shared characters (经营, 签证) say little of whether a
    Japanese and a Chinese report tell one story: the two are in other languages, as are a Chinese and a
    Russian one, or an Arabic and a Russian one."""
    return _script_of(f"{f.title} {f.lead}")


@functools.lru_cache(maxsize=4096)
def _script_of(text: str) -> str:
    kana = sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7af")
    if hangul > max(kana, 4):
        return "ko"
    if kana > 4:
        return "ja"
    if sum(1 for ch in text if is_cjk(ch)) > 4:
        return "zh"
    # Else the script most of its other letters are in, by the Unicode name's first word (CYRILLIC, ARABIC,
    # HEBREW, DEVANAGARI, GREEK, THAI...): an Arabic and a Russian report are in two languages, their words
    # differ as much as a Chinese and a Russian one's.
    counts = Counter(
        unicodedata.name(ch, "").split(" ", 1)[0] for ch in text if ch.isalpha() and not ch.isascii()
    )
    counts.pop("LATIN", None)
    counts.pop("", None)
    return counts.most_common(1)[0][0].lower() if counts else "latin"


def _other_languages(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Are the two written in different languages? Different scripts, or (where the embedding model runs,
    and it embeds English items only) an English item against one in Spanish or German: Latin script both,
    yet their words and wording share little more than names."""
    latin = _latin(a)
    if latin != _latin(b):
        return True
    if not latin:
        return _script(a) != _script(b)
    return bool(a.vector) != bool(b.vector) and embed.available()


def acts_anew(item: StoryFeatures, members: Sequence[StoryFeatures]) -> bool:
    """Does the item's headline announce a new action on what the story is about: published more than
    `NEW_ACTION_AFTER` after the story's first report, it expands, raises or cuts, and no headline of the
    story did (a scheme's launch, then its expansion a year on; a fee, then a rise of it)?"""
    new = set(item.actions)
    if not new or not members or item.published is None:
        return False
    first = min((m.published for m in members if m.published is not None), key=_utc, default=None)
    if first is None or _utc(item.published) - _utc(first) <= NEW_ACTION_AFTER:
        return False
    return bool(new - {a for m in members for a in m.actions})


def pair_features(
    a: StoryFeatures, b: StoryFeatures, *, stats: DocumentFrequency | None = None, soft: float | None = None
) -> dict[str, float]:
    """The evidence that two items tell one story, unweighted: what `rule_score` weighs, and what
    bench/train_pair_model.py fits a model on (with interactions across languages). Only for a pair
    through the gates (not `near_duplicate`, `compatible`, no hard conflict, neither `acts_anew`); `soft`
    is the pair's soft conflict when already known (across languages it is read again, without the titles'
    names). Symmetric in a and b, so a placement does not depend
    on which item came first."""
    other = _other_languages(a, b)
    if other:
        # A title's capitalised words the other text never writes say little across languages: the other
        # writes the names in its own words or script ("DHS" / "Departamento de Seguridad Nacional",
        # "Estados Unidos", "트럼프") and capitalises other words ("L'UE", "Justiça"); doubled below with
        # the rest of the evidence, it kept same-day reports of one proposal in two languages apart.
        soft = conflicts(a, b, who=False)[1]
    elif soft is None:
        soft = conflicts(a, b)[1]
    x: dict[str, float] = {"words": similarity(a, b, stats), "soft_conflict": soft}
    cosine = embed.cosine(a.vector, b.vector)
    if cosine is not None:
        x["cosine"] = max(0.0, cosine - COSINE_FLOOR)
        x["english"] = 1.0
    else:
        # Not both English: shared wording of the headline and lead stands in for the meaning.
        ta, tb = f"{a.title} {a.lead}", f"{b.title} {b.lead}"
        if _script(a) in _CJK_SCRIPTS and not other:
            x["wording"] = max(0.0, cjk_overlap(ta, tb) - CJK_WORDING_FLOOR)
        else:
            x["wording"] = max(0.0, text_overlap(ta, tb) - WORDING_FLOOR)
    anchors = by_kind(sorted(_shared_anchors(a, b)))
    for kind in ANCHOR_KINDS:
        x[f"anchor_{kind}"] = 1.0 if anchors.get(kind) else 0.0
    x["anchor_kinds"] = float(sum(1 for kind in ANCHOR_KINDS if anchors.get(kind)))
    x["title_name"] = 1.0 if _shares_title_name(a, b) else 0.0
    x["title_words"] = float(min(TITLE_WORDS_MAX, max(0, len(_title_terms(a.title) & _title_terms(b.title)) - 1)))
    if other:
        # Across languages words and embeddings miss; the names (in any script), the instruments and the
        # concepts they share are what is left: the model weighs them apart from the same-language ones.
        ea, eb = set(a.entities), set(b.entities)
        names = {t for t in (ea & eb) | (with_stems(ea) & eb) | (ea & with_stems(eb)) if t[:1] not in "#@"} - LEADERS
        # Not a visa class: many actions concern one (the H-1B fee, its lottery, its vetting).
        names -= {t for t in names if f"code:{t}" in anchors.get("code", set())}
        # Nor a word of the domain's concepts capitalised in a name ("Harvard University", "Student Visa"): the
        # concepts both name are weighed as such (`xl_concepts`), and counted again here they let any two
        # reports on one country's students meet.
        names -= {t for t in names if concept_word(t)}
        x["other_languages"] = 1.0
        x["xl_names"] = float(min(2, len(names)))
        x["xl_concepts"] = overlap(a.concepts, b.concepts)
        x["xl_anchor_kinds"] = x["anchor_kinds"]
        x["xl_anchor_code"] = x["anchor_code"]
        x["xl_soft_conflict"] = soft
        x["xl_title_name"] = x["title_name"]
    if _agree(a, b):
        x["agree"] = 1.0
    elif a.policy_type != "other" and b.policy_type != "other" and a.policy_type != b.policy_type:
        x["type_conflict"] = 1.0
    if a.published and b.published:
        # A programme both name is what the story is about, however long it runs (dated pairs only, as
        # the hand-set score has always read it).
        programme = same_programme(a, b)
        x["programme"] = 1.0 if programme else 0.0
        days = abs(_utc(a.published) - _utc(b.published)) / timedelta(days=1)
        x["log_days"] = math.log1p(days)
        stale = min(1.0, max(0.0, days - FRESH_DAYS) / 365)
        # Weeks later, a report of the same action names it (the fee, the visa class, the directive): time
        # costs apart with and without a shared anchor; a programme's story runs years, and costs nothing.
        x["stale_named"] = 0.0 if programme or not anchors else stale
        x["stale_unnamed"] = 0.0 if programme or anchors else stale
        # An event's coverage comes in a burst: reports of the same days are likelier one story.
        x["burst"] = max(0.0, 1.0 - days / BURST_DAYS)
    else:
        x["undated"] = 1.0
    return x


def rule_score(x: Mapping[str, float]) -> float:
    """The hand-set weights of `pair_features`: shared words, meaning or wording, anchors (across
    languages doubled, but for a visa class, with the names and concepts both name), a shared title name,
    agreeing tags, a programme both name, a cost for the time between them that is low when they share an
    anchor, and a bonus for a burst (more when the tags agree)."""
    score = WORD_WEIGHT * x["words"] + COSINE_WEIGHT * x.get("cosine", 0.0) + WORDING_WEIGHT * x.get("wording", 0.0)
    evidence = sum(ANCHOR_WEIGHT[kind] * x[f"anchor_{kind}"] for kind in ANCHOR_KINDS)
    evidence += x["soft_conflict"] + TITLE_NAME_WEIGHT * x["title_name"]
    if x.get("other_languages"):
        evidence = 2 * evidence - ANCHOR_WEIGHT["code"] * x["anchor_code"]
        evidence += NAME_ACROSS_LANGUAGES * x["xl_names"]
        evidence += CONCEPT_WEIGHT * max(0.0, x["xl_concepts"] - CONCEPT_FLOOR)
    score += evidence + AGREEMENT_BONUS * x.get("agree", 0.0) - TYPE_CONFLICT_PENALTY * x.get("type_conflict", 0.0)
    score += PROGRAMME_BONUS * x.get("programme", 0.0) + BURST_BONUS * x.get("burst", 0.0)
    # ... when they share something of it: rare words, an anchor but a visa class, concepts across languages.
    named = x.get("anchor_kinds", 0.0) > x.get("anchor_code", 0.0)
    if x["words"] >= AGREE_BURST_WORDS or named or x.get("xl_concepts", 0.0) > CONCEPT_FLOOR:
        score += AGREE_BURST_BONUS * x.get("burst", 0.0) * x.get("agree", 0.0)
    if not x.get("english"):
        score += TITLE_WORDS_WEIGHT * x.get("title_words", 0.0)
    return score - TIME_COST * x.get("stale_named", 0.0) - TIME_COST_UNNAMED * x.get("stale_unnamed", 0.0)


def match_score(
    a: StoryFeatures, b: StoryFeatures, *, window: timedelta = DEFAULT_WINDOW, stats: DocumentFrequency | None = None
) -> float | None:
    """How strongly the two tell one story (comparable with `DEFAULT_THRESHOLD`), or None when they
    cannot: the hand-set weights of the evidence (`rule_score` of `pair_features`); `NEAR_DUP_SCORE` for
    copies of one report."""
    if near_duplicate(a, b):
        return NEAR_DUP_SCORE
    if not compatible(a, b, window=window):
        return None
    hard, soft = conflicts(a, b)
    if hard <= -CONFLICT_VETO or acts_anew(a, [b]) or acts_anew(b, [a]):
        return None  # the titles name two different actions
    return rule_score(pair_features(a, b, stats=stats, soft=soft))
