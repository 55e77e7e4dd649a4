"""Story features: what clustering reads of one item (`story_features`, `StoryFeatures`).

Each item is reduced to `StoryFeatures` (small, JSON-serialisable, stored with the cluster), read from its
title and the beginning of its text on one line (`flat`: a feed flattens a page's paragraphs, and the
pipeline and a batch run must place an item alike):
* the salient tokens of its title and lead (amounts normalised, so "£54m" and "£54 million" agree; the
  function words of other languages left out), the names and figures among them, and initials of
  spelled-out names ("DETE");
* its anchors (`anchors`): what names the action — a visa class ("H-1B", "K visa", "K字签证"), a numbered
  instrument ("Proclamation 10043", "MD 111", "COM(2024) 26"), a named programme ("China Initiative", "Top
  Talent Pass"), a phrase in quotation marks in any script (「K字簽證」, ‘톱티어 비자’), a written amount
  ("$100,000"), a stated date; and those of its title (`heads`), with the title's years and the names it
  is about (a figure the headline replaces, "from A$1,600", left out);
* the new actions its headline announces (`title_actions`: expands, raises, cuts);
* an embedding of its title and lead (`bot.analysis.embed`), for English items only: closeness in
  meaning when outlets word one event differently (in other languages the model puts any two texts close);
* its headline and opening characters as written, for copies and for wording in other languages;
* its jurisdictions, policy type and date.

`bot.analysis.story_similarity` weighs two items' features against each other; `bot.analysis.cluster`
places items in stories.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from types import MappingProxyType
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from bot.analysis import embed
from bot.analysis import lexicon as lx
from bot.analysis.dates import find_dates
from bot.analysis.language_detection import detect_language
from bot.analysis.normalization import clean_line, strip_outlet, words
from bot.analysis.page_furniture import clean_article_text
from bot.analysis.screens import screened
from bot.analysis.sentence_split import split_sentences
from bot.analysis.tokens import stem, tokenize, tokenize_spans
from bot.models import PolicyType

MAX_TOKENS = 48
TITLE_CHARS = 200
LEAD_CHARS = 300  # what a wire copy repeats word for word, whatever the outlet cut after it
FLAT_CHARS = 6000  # the beginning of a text that clustering reads (the lead: 5 sentences, 1,500 characters)
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
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NON_WORD = re.compile(r"[\W_]+")
_CURRENCIES = words("usd aud cad eur gbp inr cny rmb nzd sgd hkd jpy chf krw")

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


def amounts(text: str, *, written: bool = False) -> list[str]:
    """Amounts and percentages of a text as canonical tokens ("#54000000", "#10%"); small bare numbers
    (days, counts under 100, years) are left out: they recur across unrelated stories. `written`: only
    amounts written as amounts (a currency, a unit, or thousands separators), not bare numbers such as
    "Document 52024" or "403"."""
    out: list[str] = []
    for m in _AMOUNT.finditer(text):
        raw, unit = m.group("num"), (m.group("unit") or "").lower().replace(" ", "")
        if written and not (m.group("cur") or unit or "," in raw):
            continue
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


def dates(text: str, published: datetime | None) -> list[str]:
    """Calendar dates of a text as tokens ("@01-01" for "1 January 2028", "January 1, 2028", "1. Januar",
    "1 января", "1월 1일"). The year is left out: outlets drop it as often as they state it, and the time
    window bounds the story anyway."""
    year = published.year if published else 2000
    found = find_dates(text, default_year=year)
    out = [(d.start, d.value.month, d.value.day) for d in found]
    for m in _FOREIGN_DATE.finditer(text):
        if any(m.start() < d.end and d.start < m.end() for d in found):
            continue  # "1 April" is English too
        day, month = (m.group(1), lx.CLUSTER_MONTHS[m.group(2).lower()]) if m.group(1) else (m.group(4), int(m.group(3)))
        if 1 <= month <= 12 and 1 <= int(day) <= calendar.monthrange(2000, month)[1]:  # 2000: 29 February exists
            out.append((m.start(), month, int(day)))
    return [f"@{month:02d}-{day:02d}" for _, month, day in sorted(out)]


# ---------------------------------------------------------------- anchors: what names the action

# What makes two reports one *action* is the instrument they name: a visa class ("H-1B", "K visa"), a
# numbered instrument ("Proclamation 10043", "MD 111", "Directive 2021/1883"), a named programme ("China
# Initiative", "Top Talent Pass"), a figure ("$100,000"). Shared, they are strong evidence; when both
# titles name one and they differ, the two are different actions (the $1m Gold Card and the $100,000
# H-1B fee were signed the same day by the same president).
_CODE = re.compile(r"(?<![A-Za-z0-9-])([A-Z]{1,3})-?(\d{1,2}[A-Z]?)(?![A-Za-z0-9-])")
_LETTER_VISA = re.compile(r"(?<![A-Za-z0-9-])([B-HJ-Z])(?:[ -]?(?:visas?|Visas?|VISAS?)\b|字?(?:签证|簽證|簽))")
_DOC = re.compile(
    r"\b(?:Proclamation|Executive\s+Order|EO|Order|Directive|Direction|Regulation|Decree|Bill|Notice|Circular|"
    r"MD|No\.)\s*(?:No\.?\s*|\(EU\)\s*|\()?(\d{2,5}(?:/\d{2,5})?)\b"
    r"|第\s*(\d{2,5})\s*[号號]"
    r"|\bCOM\s*\(\s*(\d{4}\)\s*\d{1,4})"
)
_NAME_HEADS = frozenset(stem(w) for w in lx.CLUSTER_NAME_HEADS)
_NAME_GENERIC = frozenset(stem(w) for w in lx.CLUSTER_NAME_GENERIC)
_CAPITAL_RUN = re.compile(
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|the|and|in)\s+)?[A-Z][\w’'-]*)+"
)
_YEAR_IN_TEXT = re.compile(r"(?<![\d/.,-])((?:19[89]|20[0-4])\d)(?![\d%])")
ANCHOR_CHARS = 1500  # the lead: what a page says first names its subject; the rest wanders


def _codes(text: str) -> list[str]:
    out = []
    for m in _CODE.finditer(text):
        letters, digits = m.groups()
        # "COVID-19", "G20", "Q1": a class code is short, and has a hyphen or a letter after the digit.
        if "-" in m.group() or digits[-1].isalpha():
            out.append(f"code:{letters.lower()}{digits.lower()}")
    out += [f"code:{m.group(1).lower()}" for m in _LETTER_VISA.finditer(text)]
    return out


def _doc(groups: tuple[str, ...]) -> str:
    number = next(g for g in groups if g)
    return re.sub(r"\W+", "/", number)  # "COM(2024) 26" and "COM(2024)26" are "2024/26"


def _names(piece: str) -> list[str]:
    """Named programmes and instruments: a run of capitalised words ending in a programme word ("Top Talent
    Pass", "China Initiative", "EU Blue Card"), every sub-run of two or more words that ends in one, so
    "Blue Card Directive" meets "EU Blue Card" on "blue card"."""
    out: list[str] = []
    for m in _CAPITAL_RUN.finditer(piece):
        run = [re.sub(r"[’']s?$", "", w).lower() for w in m.group().split()]
        while run and not tokenize(run[0]):
            run.pop(0)  # "Under Proclamation", "After Harvard's ...": a sentence's first word, not the name's
        for end, word in enumerate(run):
            if stem(word) not in _NAME_HEADS or end == 0:
                continue
            for start in range(end):
                words_ = [w for w in run[start : end + 1] if w not in _CONNECTORS and w != "in"]
                if run[start] in _CONNECTORS or len(words_) < 2:
                    continue
                if all(stem(w) in _NAME_GENERIC or stem(w) in _NAME_HEADS for w in words_):
                    continue  # "Student Visa", "New Visa Program": a kind of thing, not a name
                out.append("name:" + " ".join(stem(w) for w in words_))
    return out


def anchors(title: str, text: str, *, title_case: bool | None = None) -> tuple[list[str], list[str]]:
    """(anchors of the title and lead, anchors of the title alone): visa classes, numbered instruments,
    programme names, amounts, and (title only) years."""
    title = unicodedata.normalize("NFKC", title)
    lead = unicodedata.normalize("NFKC", flat(text)[:ANCHOR_CHARS])
    headline = flat(strip_outlet(clean_line(title)))
    if len(headline) >= 20:
        # Pages repeat their headline above the text; run into the first sentence, a Title Case
        # headline reads as one long name ("Consulates Cancelling Some H-1B and H-4 Visa").
        lead = lead.replace(headline, " ")
    found: list[str] = []
    heads: list[str] = []
    for piece, is_title in ((title, True), *((s, False) for s in split_sentences(lead))):
        words_ = piece.split()
        in_title_case = sum(1 for w in words_ if w[:1].isupper()) > 0.6 * max(1, len(words_))
        got = _codes(piece) + [f"doc:{_doc(m)}" for m in _DOC.findall(piece)] + amounts(piece, written=True)
        if not in_title_case or title_case is False:
            got += _names(piece)  # In Title Case Headlines every run of words looks like a name
        found += got + quoted(piece)
        if is_title:
            # "... to AUD 2,000 from AUD 1,600": the figure the action sets, not the one it replaces.
            old = set(amounts(" ".join(m.group() for m in _OLD_FIGURE.finditer(piece)), written=True))
            heads += [a for a in got if a not in old] + [f"year:{y}" for y in _YEAR_IN_TEXT.findall(piece)]
    return sorted(set(found)), sorted(set(heads))


# A phrase in quotation marks names the thing in any language and script ("Choose Europe for Science",
# 「K字簽證」, 《外國專業人才延攬及僱用法》, ‘톱티어 비자’, „Chancenkarte"), or repeats a line every report of the event quotes ("island of
# strangers"). An ASCII apostrophe opens one only after a space and closes one only before a non-letter.
_QUOTED = re.compile(
    r"[“„«「『《〈]([^“”„«»「」『』《》〈〉\"\n]{2,40}?)[”“»」』》〉]"
    r"|‘([^‘’\n]{2,40}?)’(?!\w)"  # not "‘In line with the government’s ..."
    r"|(?<!\w)[\"']([^“”„«»「」『』‘’\"'\n]{2,40}?)[\"'](?!\w)"
)
_OLD_FIGURE = screened(
    r"\b(?:up\s+from|down\s+from|from|previously|instead\s+of)\s+(?:[A-Z]{1,3}\s?)?[$£€¥₹]\s?[\d.,]+\s*"
    r"(?:k|m|bn|million|billion|thousand)?\b",
    re.I,
)


# A law's amendment or draft is named after the law: 《X法》修正草案, 「X法修正案」 are the story of X法.
_AMENDMENT_SUFFIX = re.compile(r"(?:部分[条條]文)?(?:修正草案|修正案|修正|草案|改正案|개정안|법률안)$")


def quoted(piece: str) -> list[str]:
    """Phrases in quotation marks (or Chinese title marks), of one to six words ("quote:choose europe for
    science")."""
    out = []
    for m in _QUOTED.finditer(piece):
        phrase = " ".join(_NON_WORD.sub(" ", next(g for g in m.groups() if g).lower()).split())
        phrase = _AMENDMENT_SUFFIX.sub("", phrase).strip() if len(phrase) > 6 else phrase
        if phrase and len(phrase.split()) <= 6 and any(ch.isalpha() for ch in phrase):
            out.append(f"quote:{phrase}")
    return out


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
    """Salient tokens of the title and lead (title words count triple), names and figures marked. The page's
    furniture (a site's menu, bylines, captions' credits) goes first: it is no part of the story."""
    text = flat(clean_article_text(text, limit=FLAT_CHARS))
    scores: dict[str, float] = {}
    entities: set[str] = set()
    aliases: set[str] = set()
    pieces = [(strip_outlet(clean_line(title)), 3.0)] + [
        (s, 1.5 if i < 3 else 1.0) for i, s in enumerate(split_sentences(text, LEAD_SENTENCES))
    ]
    named: set[str] = set()  # names in the title: whom the story is about
    for index, (piece, weight) in enumerate(pieces):
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
                if index == 0:
                    named.add(term)
        for token in [*amounts(piece), *dates(piece, published)]:
            scores[token] = scores.get(token, 0.0) + weight
            entities.add(token)
        if not title_case:
            aliases.update(acronyms(piece))
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TOKENS]
    tokens = tuple(sorted(t for t, _ in ranked))
    found, heads = anchors(title, text)
    found += _stated_dates(tokens, published)
    heads += [f"who:{t}" for t in sorted(named) if t.isalpha() and len(t) >= 3 and t not in _CURRENCIES and not _place(t)]
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
        title=strip_outlet(clean_line(title))[:TITLE_CHARS],
        actions=title_actions(title),
        lead=text[:LEAD_CHARS],
    )


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


def flat(text: str) -> str:
    """The text's beginning on one line. Feeds flatten an article's paragraphs (a feed reader's text has
    no line breaks where the page had them), so clustering reads every text flat: the pipeline and a batch
    run then see the same sentences and place an item alike. Only the beginning is read (`FLAT_CHARS`, far
    more than the lead needs), so a 2,000-word report costs what its lead costs."""
    return " ".join(text[:FLAT_CHARS].split())


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
