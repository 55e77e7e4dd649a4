"""Extractive summary: every statement is a sentence (or a clause) of the article, never a paraphrase.

* headline: the title, cleaned (outlet suffix dropped) and cut on a word boundary;
* bullets: the 2–3 most informative sentences, in article order, never the title again;
* what_changed: the sentence that states the rule (an actor or rule cue plus a rule verb);
* who_is_affected: the clause naming the affected people ("top AI researchers at private companies
  such as Alibaba and DeepSeek"), or the whole sentence when no clean clause can be cut out;
* effective: the ISO date on which the rule takes effect, when a sentence says so.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.tagging import Tags, find_effective_date
from bot.analysis.text import (
    PhraseMatch,
    PhraseMatcher,
    clean_line,
    is_cjk,
    split_sentences,
    strip_outlet,
    tokenize,
    truncate,
)
from bot.models import Summary

HEADLINE_CHARS = 120
SENTENCE_CHARS = 300
MAX_BULLETS = 3
MAX_SENTENCES = 60

_TALENT = PhraseMatcher([("talent", p, w) for p, w in lx.TALENT_CUES])
_RULE = PhraseMatcher([("rule", p, w) for p, w in lx.RULE_VERBS])
_ACTOR = PhraseMatcher(
    [("actor", b, 1.0) for j in lx.JURISDICTION_LIST for b in (*j.bodies, *j.capitals, *j.zh)]
    + [("actor", n, 0.6) for j in lx.JURISDICTION_LIST for n in (*j.names, *(f"={e}" for e in j.exact))]
    + [("actor", p, w) for p, w in lx.GOV_CUES if w >= 0.8]
)

_BOILERPLATE = re.compile(
    r"^(?:image|photo|picture|video|credit|source|read more|read also|also read|related|subscribe|sign up|"
    r"advertisement|share this|click here|follow us|copyright|©|listen to)\b|cookies?\b|newsletter|"
    r"all rights reserved|this article (?:was|has been) (?:updated|corrected)|terms of (?:use|service)",
    re.I,
)


def clean_headline(title: str, limit: int = HEADLINE_CHARS) -> str:
    """The title without an outlet suffix ("... - Reuters", "... | The Decoder"), cut to `limit`."""
    return truncate(strip_outlet(clean_line(title)), limit)


@dataclass(frozen=True)
class _Sentence:
    index: int
    text: str
    terms: frozenset[str]


def _usable(sentence: str) -> bool:
    if _BOILERPLATE.search(sentence) or sentence.rstrip().endswith(":"):  # boilerplate, or a salutation
        return False
    cjk = sum(1 for ch in sentence if is_cjk(ch))
    letters = sum(1 for ch in sentence if ch.isalpha())
    return cjk >= 8 if cjk > letters / 2 else (len(sentence) >= 30 and len(sentence.split()) >= 5)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _weight_sum(matches: Sequence[PhraseMatch]) -> float:
    """Sum of weights over distinct phrases."""
    best: dict[str, float] = {}
    for m in matches:
        best[m.phrase] = max(best.get(m.phrase, 0.0), m.weight)
    return sum(best.values())


def summarize(title: str, text: str, tags: Tags, *, published: datetime | None = None) -> Summary:
    """An extractive summary of one article; `published` resolves "takes effect today" and yearless dates."""
    headline = clean_headline(title) or truncate(clean_line(text), HEADLINE_CHARS)
    title_terms = frozenset(tokenize(title))
    raw = split_sentences(text)[:MAX_SENTENCES]
    sentences = [
        _Sentence(i, s, frozenset(tokenize(s)))
        for i, s in enumerate(raw)
        if _usable(s) and _jaccard(frozenset(tokenize(s)), title_terms) < 0.7
    ]
    what = _what_changed(sentences, tags)
    who = _who_is_affected(sentences)
    effective = find_effective_date(raw, published)
    bullets = _bullets(sentences, title_terms, tags, avoid={s for s in (what, who[1] if who else None) if s})
    return Summary(
        headline=headline,
        bullets=tuple(truncate(b, SENTENCE_CHARS) for b in bullets),
        what_changed=truncate(what, SENTENCE_CHARS) if what else None,
        who_is_affected=truncate(who[0], SENTENCE_CHARS) if who else None,
        effective=effective[0].isoformat() if effective else None,
    )


def _position_prior(index: int) -> float:
    return 1.0 / (1.0 + 0.12 * index)


_EVIDENCE_WEIGHT = MappingProxyType({"policy_type": 1.0, "jurisdictions": 0.3})


def _tag_evidence_hits(sentence: str, tags: Tags) -> float:
    """Whether this sentence holds the tagger's evidence: its policy-type phrase above all (the rule
    itself), its jurisdiction phrase a little (naming the actor is not stating the change)."""
    return sum(_EVIDENCE_WEIGHT.get(e.field, 0.0) for e in tags.evidence if e.text and e.text in sentence)


def _what_changed(sentences: Sequence[_Sentence], tags: Tags) -> str | None:
    best: tuple[float, str] | None = None
    for s in sentences[:25]:
        rule = _weight_sum(_RULE.find(s.text))
        hits = _tag_evidence_hits(s.text, tags)
        if rule == 0 and hits == 0:
            continue  # naming an actor is not stating a change
        actor = min(1.5, _weight_sum(_ACTOR.find(s.text)))
        score = (min(rule, 2.0) + actor + 1.5 * hits) * _position_prior(s.index)
        if best is None or score > best[0]:
            best = (score, s.text)
    return best[1] if best and best[0] >= 1.0 else None


_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(t) for t in lx.AFFECTED_TRIGGERS), key=len, reverse=True)) + r")\s+",
    re.I,
)
_NP_END = re.compile(
    r"\s+(?:to|from|before|after|who|that|which|if|when|unless|until|so\s+that|in\s+order|must|will|would|"
    r"can|could|may|should|are|were|is|was|have|has|had|need|needs|starting|beginning|effective|"
    r"for\s+the\s+first\s+time|this\s+year|next\s+year|last\s+year)\b"
    r"|[;:.!?(—]|\s[-–]\s|$",
    re.I,
)
# A sentence whose subject is the affected group: "Researchers who have won prizes ... will be able to".
_SUBJECT = re.compile(
    r"^(?P<np>.{3,220}?)\s+(?:will|must|can|would|may|are|need\s+to|have\s+to|now\s+must|now\s+need|"
    r"have\s+been|had\s+been|should)\b",
    re.I,
)
_PARTICIPLE_END = re.compile(r"\s+(?:under|with|for|from|after|before|until|unless|who|which)\b|[,;:.!?(]|$", re.I)
_LIST_WORDS = re.compile(r"\b(?:such as|including|like|among them)\b", re.I)
_CAPITALISED = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zA-Z]+")
_PEOPLE = PhraseMatcher([("people", p, 1.0) for p in lx.PEOPLE_NOUNS])
_WORD_AFTER = re.compile(r"^\W*([A-Za-z]+)")


def names_people(phrase: str) -> bool:
    """Does the phrase name people (not a thing named after them, like "Highly Skilled Professional visa")?"""
    for m in _PEOPLE.find(phrase):
        after = _WORD_AFTER.match(phrase[m.end :])
        if not after or after.group(1).lower() not in lx.NON_PERSON_HEADS:
            return True
    return False


def _who_is_affected(sentences: Sequence[_Sentence]) -> tuple[str, str] | None:
    """(the clause or sentence naming the affected people, the sentence it came from)."""
    best: tuple[float, str, str] | None = None
    for s in sentences[:25]:
        if not names_people(s.text):
            continue
        talent = min(1.5, _weight_sum(_TALENT.find(s.text)))
        rule = min(0.5, _weight_sum(_RULE.find(s.text)))
        clause = affected_clause(s.text)
        score = talent + rule
        if clause is not None:
            # Names and "such as" lists make a clause specific; a whole sentence's capitals do not.
            phrase, strength = clause
            specific = len(set(_CAPITALISED.findall(phrase))) * 0.3 + (0.8 if _LIST_WORDS.search(phrase) else 0.0)
            score += strength + min(specific, 1.5)
        score *= _position_prior(s.index)
        if best is None or score > best[0]:
            best = (score, clause[0] if clause else s.text, s.text)
    return (best[1], best[2]) if best else None


def _trim_np(phrase: str) -> str:
    """A noun phrase ends at its first comma, unless the comma opens a "such as"/"including" list,
    which then runs to the comma after its "and X" / "or X"."""
    phrase = _LEADING_ADVERBIAL.sub("", phrase)
    listed = _LIST_WORDS.search(phrase)
    first_comma = phrase.find(",")
    if first_comma >= 0:
        if listed and listed.start() <= first_comma + 3:
            tail = phrase[listed.end() :]
            ends = [m.start() for m in re.finditer(",", tail) if re.search(r"\b(?:and|or)\b", tail[: m.start()])]
            phrase = phrase[: listed.end() + ends[0]] if ends else phrase
        elif not listed or first_comma < listed.start():
            phrase = phrase[:first_comma]
    return phrase.strip(" ,")


_VERB_IN_NP = re.compile(
    r"\b(?:requir\w*|appl(?:y|ies|ied)\s+to|affect\w*|order(?:s|ed)|forc\w*|bar(?:s|red)|bans?|banned|"
    r"restrict(?:s|ed)|announc\w*|said|says|told)\b",
    re.I,
)
_PRONOUN = re.compile(r"^(?:it|this|that|these|those|they|he|she|we|there|which)\b", re.I)
_LEADING_ADVERBIAL = re.compile(
    r"^(?:under|from|in|starting|beginning|as\s+of|after|before|since|according\s+to|with|for\s+now)\b[^,]{0,80},\s*",
    re.I,
)
_STRONG_TRIGGER = re.compile(
    r"^(?:requir|order|forc|bar|ban|restrict|ask|instruct|told|tell|appl|affect|target|cover|open\s+to|allow|let|"
    r"make|entry)",
    re.I,
)
# Chinese: the subject before the obligation ("……的核心技术人员因私出境，须……").
_ZH_SUBJECT = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?(?P<np>[^,，。;；:：]{2,40}?(?:人员|人才|科学家|工程师|学生|专家|学者|员工))"
    r"(?=因|须|需|应|不得|均|在|出境|出国|赴)"
)


def affected_clause(sentence: str) -> tuple[str, float] | None:
    """Cut "top AI researchers at private companies such as Alibaba and DeepSeek" out of
    "China now requires top AI researchers at private companies such as Alibaba and DeepSeek to ...",
    with how sure we are (a "requires X" or subject clause more than a "for X")."""
    candidates: list[tuple[str, float]] = []
    zh = _ZH_SUBJECT.match(sentence)
    if zh:
        return zh.group("np"), 1.5
    subject = _SUBJECT.match(_LEADING_ADVERBIAL.sub("", sentence))
    if subject and not _PRONOUN.match(subject.group("np")) and not _VERB_IN_NP.search(subject.group("np")):
        candidates.append((subject.group("np"), 1.0))
    for trigger in _TRIGGER.finditer(sentence):
        rest = sentence[trigger.end() :]
        end = _NP_END.search(rest)
        if end and len(rest[: end.start()].split()) == 1 and re.match(r"\s+who\b", rest[end.start() :]):
            # "requires researchers who receive federal grants to ...": keep the relative clause.
            end = re.compile(r"\s+to\s|[,;:.!?]|$").search(rest, end.end())
        elif end and re.search(r"\w+ing$", rest[: end.start()]) and re.match(r"\s+to\s", rest[end.start() :]):
            # "foreign nationals seeking to study at Harvard": keep the participle's purpose.
            end = _PARTICIPLE_END.search(rest, end.end())
        strength = 1.5 if _STRONG_TRIGGER.match(trigger.group().strip()) else 0.5
        candidates.append((rest[: end.start()] if end else rest, strength))
    for raw, strength in candidates:
        phrase = _trim_np(raw)
        if 2 <= len(phrase.split()) <= 25 and names_people(phrase) and not _TRIGGER.match(phrase):
            return phrase, strength
    return None


def _bullets(
    sentences: Sequence[_Sentence], title_terms: frozenset[str], tags: Tags, *, avoid: set[str]
) -> list[str]:
    if not sentences:
        return []
    # Centrality: how much of the article's (and title's) vocabulary a sentence carries.
    freq: Counter[str] = Counter()
    for s in sentences:
        freq.update(s.terms)
    for t in title_terms:
        freq[t] += 2
    scored: list[tuple[float, _Sentence]] = []
    for s in sentences:
        if not s.terms:
            continue
        central = sum(math.log1p(freq[t]) for t in s.terms if freq[t] > 1) / math.sqrt(len(s.terms) + 4)
        cues = min(2.0, _weight_sum(_RULE.find(s.text))) + min(1.0, _weight_sum(_TALENT.find(s.text)))
        cues += 0.5 * _tag_evidence_hits(s.text, tags)
        scored.append(((central + cues) * _position_prior(s.index), s))
    scored.sort(key=lambda pair: (-pair[0], pair[1].index))
    preferred = [s for _, s in scored if s.text not in avoid]
    pool = preferred if len(preferred) >= 2 else [s for _, s in scored]
    chosen: list[_Sentence] = []
    for s in pool:
        if all(_jaccard(s.terms, c.terms) < 0.6 for c in chosen):
            chosen.append(s)
        if len(chosen) == MAX_BULLETS:
            break
    return [s.text for s in sorted(chosen, key=lambda s: s.index)]
