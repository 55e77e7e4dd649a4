"""Story features: what clustering reads of one item (`story_features`, `StoryFeatures`).

Each item is reduced to `StoryFeatures` (small, JSON-serialisable, stored with the cluster), read from its
title and the beginning of its text on one line (`flat`: a feed flattens a page's paragraphs, and the
pipeline and a batch run must place an item alike):
* the salient tokens of its title and lead (amounts normalised, so "£54m" and "£54 million" agree; the
  function words of other languages left out), the names and figures among them, and initials of
  spelled-out names ("DETE");
* its anchors (`bot.analysis.story_anchors`): what names the action — a visa class ("H-1B", "K visa", "K字签证"), a numbered
  instrument ("Proclamation 10043", "MD 111", "COM(2024) 26"), a named programme ("China Initiative", "Top
  Talent Pass"), a phrase in quotation marks in any script (「K字簽證」, ‘톱티어 비자’), a written amount
  ("$100,000"), a term of years ("10-year", "10 سنوات"), a stated date; and those of its title (`heads`),
  with the title's years and the names it is about (a figure the headline replaces, "from A$1,600", left out; its first word, capitalised
  anyway, as `first:` when the text writes it as a name: evidence for a shared name, never against);
* the new actions its headline announces (`title_actions`: expands, raises, cuts);
* an embedding of its title and lead (`bot.analysis.embed`), for English items only: closeness in
  meaning when outlets word one event differently (in other languages the model puts any two texts close);
* its headline and opening characters as written, for copies and for wording in other languages;
* the domain's concepts its headline and lead name, in any language (`bot.analysis.story_concepts`);
* its jurisdictions, policy type and date, and the jurisdictions its headline and lead name (`places`).

`bot.analysis.story_similarity` weighs two items' features against each other; `bot.analysis.cluster`
places items in stories.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.analysis import embed
from bot.analysis import lexicon as lx
from bot.analysis.dates import find_dates
from bot.analysis.jurisdiction import JURISDICTION_MATCHER
from bot.analysis.language_detection import detect_language
from bot.analysis.multilingual import ML_PLACES
from bot.analysis.normalization import clean_line, strip_outlet, words
from bot.analysis.page_furniture import clean_article_text
from bot.analysis.prepared_text import fold
from bot.analysis.screens import DIGIT, finditer_at
from bot.analysis.sentence_split import split_sentences
from bot.analysis.story_anchors import (
    _CONNECTORS,
    _NON_WORD,
    _YEAR,
    ANCHOR_CHARS,
    FLAT_CHARS,
    amounts,
    anchors,
    flat,
)
from bot.analysis.story_concepts import concepts, organisations
from bot.analysis.tokens import stem, tokenize, tokenize_spans
from bot.models import PolicyType

MAX_TOKENS = 48
TITLE_CHARS = 200
LEAD_CHARS = 300  # what a wire copy repeats word for word, whatever the outlet cut after it
LEAD_SENTENCES = 5
EMBED_SENTENCES = 3


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
    # What names the action (see `anchors`): in the title and lead, and in the title alone.
    anchors: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    vector: str = ""  # the title and lead's embedding (bot.analysis.embed), "" without a model or not English
    # The headline and the lead's first characters as written (whitespace collapsed): a wire copy or a
    # group's second outlet repeats them nearly word for word (`near_duplicate`).
    title: str = ""
    lead: str = ""
    # What the headline does to a scheme, fee or cap beyond starting it: "expand", "raise", "cut".
    actions: tuple[str, ...] = ()
    # The domain's concepts the headline and lead name, in any language (bot.analysis.story_concepts).
    concepts: tuple[str, ...] = ()
    # The jurisdictions the headline and lead name, in any language (`places`): the governments a story
    # involves, of which the tags keep the rule-maker.
    places: tuple[str, ...] = ()


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
_GENERIC = _stems(sorted(lx.CLUSTER_GENERIC)) | _stems(sorted(lx.CLUSTER_FUNCTION_WORDS))
_COMMON = frozenset(_SYNONYMS.get(t, t) for t in _stems(sorted(lx.CLUSTER_COMMON)))
# A head of state or government acts in many stories at once: a name, but never whom a headline is about.
LEADERS = _stems(sorted(lx.CLUSTER_LEADERS))
# Jurisdiction words never distinguish stories: matching requires compatible jurisdictions anyway.
_PLACE = _stems(
    [w for j in lx.JURISDICTION_LIST for w in (*j.names, *j.exact, *j.demonyms, *j.capitals)]
) | frozenset(stem(j.code.lower()) for j in lx.JURISDICTION_LIST)
# The same, as other languages write them ("Deutschland", "России"): never whom a headline is about.
_WORLD_FORMS = [
    f for kinds in lx.WORLD_NAMES.values() for kind in ("name", "demonym", "capital") for f in kinds.get(kind, ())
    if " " not in f and "-" not in f
]
_WORLD_PLACE = frozenset(t for f in _WORLD_FORMS if not f.endswith("*") for t in tokenize(f))
_WORLD_PREFIXES = tuple(sorted({f[:-1].lower() for f in _WORLD_FORMS if f.endswith("*") and len(f) > 4}))
_CURRENCIES = words("usd aud cad eur gbp inr cny rmb nzd sgd hkd jpy chf krw")

# Names outlets spell out or abbreviate: "Department of Enterprise, Trade and Employment" is "DETE",
# "U.S. Citizenship and Immigration Services" is "USCIS". Three or more capitalised words (joined by
# "of", "and", "for", "the", "&" or a comma) give their initials as a token, which meets the acronym.
_NAME_RUN = re.compile(
    r"(?:[A-Z][\w.&'’-]*)(?:(?:\s*,\s*|\s+)(?:(?:of|and|for|the|&)\s+)*[A-Z][\w.&'’-]*){1,}"
)
_NOT_NAMES = words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december"""
)
_NAME_RUN_OF = re.compile(r"\s+of\s+")


def acronyms(text: str) -> list[str]:
    """Initials of the multi-word names of a text ("dete" for "Department of Enterprise, Trade and Employment")."""
    out: list[str] = []
    for m in _NAME_RUN.finditer(_NAME_RUN_OF.sub(" of ", text)):
        words = [w for w in (w.strip(",") for w in m.group().split()) if w]  # a lone "," is no word
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


_FOREIGN_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})(?:\.|er|º)?\s+(?:de\s+)?("
    + "|".join(sorted(lx.CLUSTER_MONTHS, key=len, reverse=True))
    + r")(?!\w)|(\d{1,2})\s*월\s*(\d{1,2})\s*일",
    re.I,
)




def _foreign_dates(text: str) -> Iterator[re.Match[str]]:
    """`_FOREIGN_DATE.finditer(text)`: every match starts with a digit (the day, or a Korean month), so only
    the positions of digits are tried (a case-insensitive alternation of month names tried at every position
    was most of `dates`)."""
    return finditer_at(_FOREIGN_DATE, text, DIGIT)


def dates(text: str, published: datetime | None) -> list[str]:
    """Calendar dates of a text as tokens ("@01-01" for "1 January 2028", "January 1, 2028", "1. Januar",
    "1 января", "1월 1일"). The year is left out: outlets drop it as often as they state it, and the time
    window bounds the story anyway."""
    year = published.year if published else 2000
    found = find_dates(text, default_year=year)
    out = [(d.start, d.value.month, d.value.day) for d in found]
    for m in _foreign_dates(text):
        if any(m.start() < d.end and d.start < m.end() for d in found):
            continue  # "1 April" is English too
        day, month = (m.group(1), lx.CLUSTER_MONTHS[m.group(2).lower()]) if m.group(1) else (m.group(4), int(m.group(3)))
        if 1 <= month <= 12 and 1 <= int(day) <= calendar.monthrange(2000, month)[1]:  # 2000: 29 February exists
            out.append((m.start(), month, int(day)))
    return [f"@{month:02d}-{day:02d}" for _, month, day in sorted(out)]



def _canonical(term: str) -> str | None:
    term = _SYNONYMS.get(term, term)
    if term in _GENERIC or term in _PLACE or _YEAR.match(term):
        return None
    if term.isdigit():
        return None  # numbers are taken as amounts, normalised
    if len(term) == 1 and not ("\u4e00" <= term <= "\u9fff"):
        return None
    return term


# A feed reader flattens a page onto one line ("... Logo • Home • Airlines • H1B • Visa ..."), a page export
# keeps its lines: a list item starts a line again, and blank lines go, so a site's menu is known as one
# in both (and the pipeline places an item as `policybot analyze` does, not on the menu's "H-1B").
_LIST_ITEM = re.compile(r"[ \t]*\n?[ \t]*(?<!\S)(?=[•▪◦‣]\s)")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")


_LIST_GLYPHS = frozenset("•▪◦‣")


def _lines(text: str) -> str:
    # The list-item pattern tries every position: only where it can match. (A substring test per glyph: the
    # set's `isdisjoint` walked the whole page character by character.)
    if any(glyph in text for glyph in _LIST_GLYPHS):
        text = _LIST_ITEM.sub("\n", text)
    return _BLANK_LINES.sub("\n", text).lstrip("\n")


def story_features(title: str, text: str, tags: _HasTags, published: datetime | None) -> StoryFeatures:
    """Salient tokens of the title and lead (title words count triple), names and figures marked. The page's
    furniture (a site's menu, bylines, captions' credits) goes first: it is no part of the story."""
    text = flat(clean_article_text(_lines(text), limit=FLAT_CHARS))
    scores: dict[str, float] = {}
    entities: set[str] = set()
    aliases: set[str] = set()
    head = strip_outlet(clean_line(title))
    pieces = [(head, 3.0)] + [
        (s, 1.5 if i < 3 else 1.0) for i, s in enumerate(split_sentences(text, LEAD_SENTENCES))
    ]
    named: set[str] = set()  # names in the title: whom the story is about
    # The headline's first word is capitalised whatever it is: a name ("Chancenkarte für Ausländer") only
    # when the text writes it as one too, capitalised within a sentence.
    opening: set[str] = set()
    for index, (piece, weight) in enumerate(pieces):
        words = piece.split()
        # In Title Case Headlines every word is capitalised, so capitals say nothing about names.
        title_case = sum(1 for w in words if w[:1].isupper()) > 0.6 * max(1, len(words))
        # Traditional Chinese as simplified (one for one, so the spans hold): 留學生 and 留学生 are one word.
        for tok in tokenize_spans(fold(piece)):
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
                if index == 0:
                    named.add(term)
            elif index == 0 and tok.start == 0 and surface[:1].isupper() and not title_case:
                opening.add(term)
        for token in [*amounts(piece), *dates(piece, published)]:
            scores[token] = scores.get(token, 0.0) + weight
            entities.add(token)
        if not title_case:
            aliases.update(acronyms(piece))
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOKENS]
    # A firm or university named in another script, as its English name: a name the English reports share.
    named_elsewhere = organisations(f"{title} {text[:LEAD_CHARS]}")
    entities.update(named_elsewhere)
    tokens = tuple(sorted({*(t for t, _ in ranked), *named_elsewhere}))
    found, heads = anchors(title, text)
    # Dates the title and lead state, read there like the other anchors: among the salient tokens a date
    # may lose its place to a long Chinese or Japanese lead's character pairs.
    found += _stated_dates([*dates(title, published), *dates(text[:ANCHOR_CHARS], published)], published)
    heads += [f"who:{t}" for t in sorted(named) if _whom(t)]
    # Kept apart from `who:`: evidence for a shared name, never against (the soft conflict of a name the
    # other never mentions reads `who:` alone).
    heads += [f"first:{t}" for t in sorted((opening & entities) - named) if _whom(t)]
    return StoryFeatures(
        tokens=tokens,
        aliases=tuple(sorted(aliases - set(scores))),
        entities=tuple(sorted(entities & set(tokens))),
        jurisdictions=tuple(sorted(tags.jurisdictions)),
        policy_type=tags.policy_type,
        published=published,
        anchors=tuple(sorted(set(found))),
        heads=tuple(sorted(set(heads))),
        vector=embed.embed(embed_text(title, text)) if _english(title, text, tags) else "",
        title=head[:TITLE_CHARS],
        actions=title_actions(title),
        lead=text[:LEAD_CHARS],
        concepts=concepts(f"{head[:TITLE_CHARS]} {text[:LEAD_CHARS]}"),
        places=places(f"{clean_line(title)}\n{text[:LEAD_CHARS]}"),
    )


def _whom(term: str) -> bool:
    """Can this title name be whom a story is about: a word, not a currency, a place or a head of government?"""
    return term.isalpha() and len(term) >= 3 and term not in _CURRENCIES and not _place(term)


def places(text: str) -> tuple[str, ...]:
    """The jurisdictions a text names (a country, its people, its capital, a government body; in English
    and in the other languages the gazetteer holds), sorted: where two reports' tags pick different
    governments of one story (a US bill on Chinese students, a Korean prosecution of a leak to a Chinese
    chipmaker), each names the other's."""
    found = {m.label.split(":")[0] for m in JURISDICTION_MATCHER.find(fold(text))}
    found.update(m.label.split(":")[0] for m in ML_PLACES.find(text))
    return tuple(sorted(found - {"_none"}))


_ACTION_WORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    kind: frozenset(stem(w) for w in cues if w.isascii() and "-" not in w) for kind, cues in lx.CLUSTER_NEW_ACTIONS.items()
})
_ACTION_PHRASES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    kind: tuple(w.replace("-", " ") for w in cues if not w.isascii() or "-" in w)
    for kind, cues in lx.CLUSTER_NEW_ACTIONS.items()
})


def title_actions(title: str) -> tuple[str, ...]:
    """The new actions a headline announces ("expand", "raise", "cut"; lexicon.CLUSTER_NEW_ACTIONS)."""
    low = " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", title).lower()).split())
    for name in lx.CLUSTER_NOT_ACTIONS:
        low = f" {low} ".replace(f" {name} ", " ").strip()
    stems = {stem(w) for w in low.split() if w.isascii()}
    padded = f" {low} "
    found = [
        kind for kind in lx.CLUSTER_NEW_ACTIONS
        if stems & _ACTION_WORDS[kind]
        or any((f" {p} " in padded) if p.isascii() else (p in low) for p in _ACTION_PHRASES[kind])
    ]
    return tuple(found)


def _english(title: str, text: str, tags: _HasTags) -> bool:
    """Is the item in English? WordLlama's closeness means something only there: two unrelated Russian,
    Japanese or Chinese reports sit at a cosine of 0.8-0.95 (measured on the real set), as high as two
    reports of one story."""
    language = getattr(tags, "language", None)  # an `Analysis` knows it; bare `Tags` do not
    if not isinstance(language, str):
        language = detect_language(f"{title}\n{text[:600]}")
    return language == "en"


def _place(term: str) -> bool:
    """A country's name, demonym or capital in any language the lexicon knows."""
    return term in _WORLD_PLACE or term.startswith(_WORLD_PREFIXES)


def _utc(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _stated_dates(tokens: Sequence[str], published: datetime | None) -> list[str]:
    """Dates the item states ("from 1 October") that name the action: not the day it was published (a
    dateline, "on Thursday"), which every report of that day shares whatever it is about."""
    near: set[str] = set()
    if published is not None:
        day = _utc(published)
        near = {f"@{d.month:02d}-{d.day:02d}" for d in (day - timedelta(days=1), day, day + timedelta(days=1))}
    return [t for t in tokens if t[:1] == "@" and t not in near]


def embed_text(title: str, text: str) -> str:
    """What is embedded: the headline and the lead, where a report says what happened."""
    lead = " ".join(split_sentences(flat(text), EMBED_SENTENCES))
    return f"{strip_outlet(clean_line(title))}. {lead}".strip()
