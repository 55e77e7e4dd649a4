"""Answering a question in English about an article in another language: the sentence holding the kind
of fact asked for (a date, a sum, a share, a count, a duration, a penalty) whose language-independent
tokens best match the question, quoted verbatim with its language named.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from bot.analysis import lexicon as lx
from bot.analysis.language_detection import detect_language
from bot.analysis.multilingual import ML_CUES, ML_PLACES
from bot.analysis.normalization import is_cjk
from bot.analysis.qa.affected import _rank_affected, asks_affected
from bot.analysis.qa.bridge import _acronyms, _focus_elements, _held, _is_name, _rank_bridged
from bot.analysis.qa.matching import _coverage, _idf, _position
from bot.analysis.qa.question import _analyse, _Question
from bot.analysis.qa.quotes import MAX_QUOTES, SECOND_QUOTE_RATIO, _answer_same_language, _excerpt
from bot.analysis.qa.sources import QADocument, _Sentence, _sentences
from bot.analysis.qa.vocabulary import _EFFECT, _EVENT_TERMS, _META_TERMS, _PLACE, _QUESTION_TERMS
from bot.analysis.tokens import tokenize
from bot.models import Answer, Citation

# ---------------------------------------------------------------- across languages
#
# A question in English about an article in another language cannot be matched word for word, but many
# questions ask for a fact every language writes alike: a date, a sum, a share, a count, a duration.
# Such a question is answered by the sentence holding that kind of fact whose language-independent
# tokens (names, acronyms, numbers, places through the multilingual gazetteer, classes of people
# through the multilingual cues, and in Latin script words of one root) best match the question; it is
# refused when no sentence holds the kind of fact. The quote stays verbatim; the answer says its language.

XL_KINDS = frozenset({"when", "amount", "change", "quantity", "count", "duration", "penalty"})
XL_ANCHOR_WEIGHT = 1.0  # holding all of the question's anchors counts as much as holding the fact
XL_CONCEPT_WEIGHT = 0.1  # holding all of the glossary concepts the question is about ("returned": "귀국")
XL_NEAR_CHARS = 40  # a count's noun follows its number within this many characters
XL_CJK_NEAR = 4  # ... and in Chinese, Japanese and Korean within this many (a counter, "万人", "명의")
XL_SECOND = SECOND_QUOTE_RATIO  # a second sentence this close to the best is quoted too: the reader judges
XL_FULLER = 0.05  # per word of the fact beyond a number and its unit ("пяти *рабочих* дней")
PENALTY_BACK = 2  # sentences back a penalty may be from the people it applies to (see _rank_across)
XL_MIN_WORDS = 4  # a quote is a statement: this many words besides the fact (CJK: XL_MIN_CJK characters)
XL_MIN_CJK = 10
# A question about taking effect: its date must stand next to a start or effect word of the page's language
# (施行, in Kraft, entrará en vigor, вступит в силу, с/from ...); any other date in the page answers
# something else (when it was announced, adopted or reported).
_XL_ASKS_EFFECT = re.compile(
    r"\b(?:tak(?:e[sn]?|ing)\s+effect|took\s+effect|effective|(?:in|into)\s+(?:force|effect)|come\s+into|"
    r"(?:start|begin)(?:s|ed)?\s+(?:applying|to\s+apply))\b",
    re.I,
)


def _trie(items: Sequence[str]) -> str:
    """One regex alternation of literal strings as a prefix tree: the regex engine tries a few branches
    per position instead of hundreds of words."""
    tree: dict[str, Any] = {}
    for item in items:
        node = tree
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends and body else body

    return walk(tree)


_XL_SPACED = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff'’.-]+$")


def _xl_alternatives(forms: str) -> str:
    """A regex for the forms of a multilingual list: whole words (a trailing "*" any ending) in spaced
    scripts, plain substrings in the others (CJK, Devanagari, Tamil, Arabic, Thai)."""
    items = {f.strip().lower() for f in forms.split(",") if f.strip()}
    exact = sorted(f for f in items if _XL_SPACED.match(f.rstrip("*")) and not f.endswith("*"))
    stems = sorted(f.rstrip("*") for f in items if _XL_SPACED.match(f.rstrip("*")) and f.endswith("*"))
    subs = sorted(f.rstrip("*") for f in items if not _XL_SPACED.match(f.rstrip("*")))
    parts = []
    if exact:
        parts.append(rf"(?<![^\W\d_]){_trie(exact)}(?![^\W\d_])".replace(r"\ ", r"\s+"))
    if stems:
        parts.append(rf"(?<![^\W\d_]){_trie(stems)}[^\W\d_]*".replace(r"\ ", r"\s+"))
    if subs:
        parts.append(_trie(subs))
    return "(?:" + "|".join(parts) + ")"


_XL_NUMBER = (
    r"(?<![\dA-Za-z])(?<![A-Za-z]-)(?<!\d[.,])(?:\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)"
)
_XL_NUMBER_WORD = _xl_alternatives(lx.QA_XL_NUMBER_WORDS)
_XL_MAGNITUDE = _xl_alternatives(lx.QA_XL_MAGNITUDES)
_XL_QUANTITY = rf"(?:{_XL_NUMBER}|{_XL_NUMBER_WORD})(?:\s*{_XL_MAGNITUDE}(?:\s*\d+(?:[.,]\d+)?)?)*"
_XL_CURRENCY = _xl_alternatives(lx.QA_XL_CURRENCIES)
_XL_SYMBOL = r"(?:US\$|[SAC]\$|NT\$|HK\$|R\$|[$£€¥₹₩₽₺₪])"
_XL_AMOUNT = re.compile(
    rf"{_XL_SYMBOL}\s?\d[\d.,\u00a0\u202f ]*(?:\s*{_XL_MAGNITUDE})?"
    rf"|{_XL_QUANTITY}\s*(?:(?:de|of|di|van|av|d')\s*)?(?:{_XL_CURRENCY}|{_XL_SYMBOL})",
    re.I,
)
_XL_PERCENT = re.compile(
    rf"{_XL_NUMBER}\s*(?:%|٪|{_xl_alternatives(lx.QA_XL_PERCENT)})|百分之\S{{1,4}}"
    rf"|(?:{_XL_NUMBER_WORD}|{_XL_NUMBER})\s+{_xl_alternatives(lx.QA_XL_SHARE_JOINS)}\s+(?:{_XL_NUMBER_WORD}|{_XL_NUMBER})",
    re.I,
)
_XL_UNIT = _xl_alternatives(lx.QA_XL_TIME_UNITS)
_XL_YEAR_UNIT = re.compile(r"^(?:年|년)")
_XL_DURATION = re.compile(
    rf"(?P<n>{_XL_NUMBER}|{_XL_NUMBER_WORD}|[一二三四五六七八九十两兩]+)\s*(?:[^\W\d_]+\s+)?(?P<unit>{_XL_UNIT})", re.I
)
_XL_MONTH = _xl_alternatives(lx.QA_XL_MONTHS)
_XL_DAY = r"(?<!\d)(?:[12]?\d|3[01])(?!\d)"
_XL_DATES: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(rf"{_XL_DAY}\.?\s*(?:de\s+)?{_XL_MONTH}(?:\s+(?:de\s+)?\d{{4}})?|{_XL_MONTH}\s+{_XL_DAY}", re.I), 1.0),
    (re.compile(r"(?:(?<!\d)\d{4}\s*[年년]\s*)?(?<!\d)\d{1,2}\s*[月월]\s*\d{1,2}\s*[日号일]"
                r"|(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)"), 1.0),
    (re.compile(rf"{_XL_MONTH}(?:\s+(?:de\s+)?\d{{4}})?|(?:(?<!\d)\d{{4}}\s*[年년]\s*)?(?<!\d)\d{{1,2}}\s*[月월](?!\s*\d)"
                r"|(?:令和|平成)\S{1,3}年", re.I), 0.8),
    (re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"), 0.6),
)
_XL_EFFECT = re.compile(_xl_alternatives(lx.QA_XL_EFFECT), re.I)
_XL_EFFECT_NEAR = 40  # characters between an effect word and its date ("с 11 декабря", "2025年5月16日に施行")
XL_EFFECT_BONUS = 0.3
_XL_PENALTY = re.compile(_xl_alternatives(lx.QA_XL_PENALTY), re.I)
_XL_COUNTERS = re.compile(rf"^\s*{_xl_alternatives(lx.QA_XL_COUNTERS)}")
_XL_WORD_AFTER = re.compile(r"^\s*\(?[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0900-\u0dff]{2,}")
_XL_COUNTED = MappingProxyType({
    label: re.compile(_xl_alternatives(forms), re.I) for label, (_, forms) in lx.QA_XL_COUNTED.items()
})
_XL_PEOPLE_COUNTED = frozenset({"people", "permit"})  # visas and permits are counted in their holders too
_XL_COUNTED_OF = MappingProxyType({w: label for label, (ws, _) in lx.QA_XL_COUNTED.items() for w in ws})
_XL_LATIN_NAME = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z]-?\d[\w-]*|\w*\d\w*)(?![\w-])")
_XL_CLASS_OF = MappingProxyType({w: label for label, ws in lx.QA_XL_CLASS_WORDS.items() for w in ws})
# "How much will each researcher receive?", "How many visas a year?": a figure for one of many or for one
# year, told with "cada", "je", "每年", "1인당", "매년".
_XL_ASKS_PER = re.compile(r"(?<!\bof\s)\b(?:each|per|every|apiece|a\s+year|annually|yearly)\b", re.I)
_XL_PER = re.compile(_xl_alternatives(lx.QA_XL_PER), re.I)
_XL_SAID_AFTER = re.compile(
    rf"[\s,)）]*(?:\([^)]{{0,12}}\)\s*)?(?:[^\W\d_]{{1,8}}\s)?{_xl_alternatives(lx.QA_XL_SAID_AFTER)}", re.I)
_XL_NUMBER_NAME = re.compile(rf"(?:{_xl_alternatives(lx.QA_XL_NUMBER_NAMES)}\s*|[{lx.QA_XL_NUMBER_MARKS}])$", re.I)
_XL_FURNITURE = re.compile(r"\|.*\||https?://|pic\.twitter|@\w")
_XL_STAMP = re.compile(rf"{_xl_alternatives(lx.QA_XL_FURNITURE_LABELS)}\s*[:：]", re.I)  # tried only with a colon


@dataclass(frozen=True)
class _Anchors:
    """What of an English question can be found in text of another language."""

    names: tuple[str, ...]  # "J-Find", "GNI", "2030": found as written
    places: frozenset[str]  # jurisdiction codes: "the US" finds "Estados Unidos", "США", "미국"
    classes: frozenset[str]  # multilingual cue classes: "scientists" finds "वैज्ञानिकों", "investigadores"
    roots: tuple[str, ...]  # words of five letters or more: "institutions" finds "instituciones"
    counted: str  # what a count question counts ("people", "permit", ...), "" when unknown or none


def _xl_anchors(q: _Question) -> _Anchors:
    text = q.text
    names = tuple(dict.fromkeys(n for n in _XL_LATIN_NAME.findall(text) if _is_name(n)))
    places = frozenset(m.label for m in _PLACE.find(text))
    low = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]+", text)]
    classes = frozenset(_XL_CLASS_OF[w] for w in low if w in _XL_CLASS_OF)
    roots = tuple(dict.fromkeys(
        w[:5] for w in low if len(w) >= 5 and not (set(tokenize(w)) & (_QUESTION_TERMS | _META_TERMS))
    ))
    heads = [w for w in low if tokenize(w)[:1] and tokenize(w)[0] in q.head]
    counted = next((_XL_COUNTED_OF[w] for w in heads if w in _XL_COUNTED_OF), "")
    return _Anchors(names, places, classes, roots, counted)


def _has_name(name: str, text: str) -> bool:
    """Whether the text names it, as written or, an acronym, in Cyrillic capitals ("FSB": "ФСБ")."""
    found = re.search(rf"(?<![A-Za-z0-9]){re.escape(name.lower())}(?![A-Za-z0-9])", text.lower()) is not None
    return found or (name.isupper() and name.lower() in _acronyms(text))


def _xl_match(anchors: _Anchors, sentence: str) -> float:
    """Share of the question's anchors the sentence holds (a name counts double, a root half)."""
    got = total = 0.0
    for n in anchors.names:
        total += 2.0
        got += 2.0 if _has_name(n, sentence) else 0.0
    if anchors.places:
        found = {m.label.split(":")[0] for m in ML_PLACES.find(sentence)} | {m.label for m in _PLACE.find(sentence)}
        total += len(anchors.places)
        got += len(anchors.places & found)
    if anchors.classes:
        cues = {m.label for m in ML_CUES.find(sentence)}
        total += len(anchors.classes)
        got += len(anchors.classes & cues)
    if anchors.roots and _LATIN.search(sentence):
        stems = {w[:5] for w in re.findall(r"[^\W\d_]{5,}", sentence.lower())}
        total += 0.5 * len(anchors.roots)
        got += 0.5 * sum(1 for r in anchors.roots if r in stems)
    return got / total if total else 0.0


@functools.lru_cache(maxsize=4096)  # the questions of a thread ask about the same sentences
def _xl_spans(kind: str, sentence: str, counted: str = "") -> tuple[tuple[int, int, float], ...]:
    """Where the sentence states the kind of fact asked for, with how surely, in any language."""
    def found(pattern: re.Pattern[str], weight: float) -> list[tuple[int, int, float]]:
        return [(m.start(), m.end(), weight) for m in pattern.finditer(sentence) if m.group().strip()]

    if kind == "amount":
        return tuple(found(_XL_AMOUNT, 1.0))
    if kind in ("change", "quantity"):
        return tuple(found(_XL_PERCENT, 1.0) + found(_XL_AMOUNT, 0.8 if kind == "quantity" else 0.6))
    if kind == "count":
        return tuple(_xl_counts(sentence, counted))
    if kind == "penalty":
        return tuple(_xl_penalties(sentence))
    if kind not in ("duration", "when"):
        return ()
    durations = [
        (m.start(), m.end(), 1.0 if kind == "duration" else 0.5) for m in _XL_DURATION.finditer(sentence)
        if not (_XL_YEAR_UNIT.match(m.group("unit")) and m.group("n").isdigit() and 1900 <= int(m.group("n")) <= 2100)
    ]
    if kind == "duration":
        return tuple(durations)
    dates: list[tuple[int, int, float]] = []
    for pattern, weight in _XL_DATES:
        dates += [d for d in found(pattern, weight) if not any(a <= d[0] < b for a, b, _ in dates)]
    return tuple(dates + [d for d in durations if not any(a <= d[0] < b for a, b, _ in dates)])


def _xl_penalties(sentence: str) -> list[tuple[int, int, float]]:
    """A fine, a prison term, a dismissal, a document cancelled; with its figure ("к 15 годам колонии")
    it says more than the word alone."""
    figures = [*_xl_spans("amount", sentence), *_xl_spans("duration", sentence)]
    out = []
    for m in _XL_PENALTY.finditer(sentence):
        near = [f for f in figures if -XL_NEAR_CHARS <= f[0] - m.end() <= XL_NEAR_CHARS
                or -XL_NEAR_CHARS <= m.start() - f[1] <= XL_NEAR_CHARS]
        start = min([m.start(), *(f[0] for f in near)])
        end = max([m.end(), *(f[1] for f in near)])
        out.append((start, end, 1.0 + (XL_FULLER if near else 0.0)))
    return out


def _xl_counts(sentence: str, counted: str) -> list[tuple[int, int, float]]:
    """Numbers of things: a number before a counter ("22名", "20명") or a word ("58 investigadores"), not a
    year, a date, a sum, a share or a duration. When the question says what it counts ("How many
    visas"), the number must be followed by a word for it."""
    taken = [(a, b) for kind in ("amount", "quantity", "when") for a, b, _ in _xl_spans(kind, sentence)]
    taken += [(m.start(), m.end()) for m in _XL_DURATION.finditer(sentence)]
    noun = _XL_COUNTED.get(counted)
    out: list[tuple[int, int, float]] = []
    for m in re.finditer(_XL_NUMBER, sentence):
        if any(a <= m.start() < b for a, b in taken) or m.group() == "1":
            continue  # ("1人以上の常勤職員", "mindestens 1 Mitarbeiter": a condition, not how many)
        if _XL_NUMBER_NAME.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # "第101条", "Art. 3", "前1,500名": a clause or a rank, not how many
        after = sentence[m.end() : m.end() + XL_NEAR_CHARS]
        if noun is not None:
            # In Chinese, Japanese and Korean the counter follows the number ("300名", "5명", "21,740人"):
            # a word for people further on ("4グループに分けて研究者ら") is not what the number counts.
            near = after[:XL_CJK_NEAR] if after[:1].strip() and is_cjk(after[0]) else after
            # People are also named by the multilingual cues of talent ("investigadores", "वैज्ञानिकों").
            if noun.search(near) or (counted in _XL_PEOPLE_COUNTED and any(
                    m.label == "talent" for m in ML_CUES.find(near))):
                out.append((m.start(), m.end() + len(near.split()[0]) if near.split() else m.end(), 1.0))
        elif _XL_COUNTERS.match(after):
            out.append((m.start(), m.end(), 0.8))
        elif _XL_WORD_AFTER.match(after):
            out.append((m.start(), m.end(), 0.7))
    return out


@functools.lru_cache(maxsize=256)
def _document_language(title: str, text: str) -> str:
    return detect_language(f"{title}\n{text}")


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "bg", "sr", "mk", "be", "kk"})


def _foreign(question: str, language: str) -> bool:
    """Whether a document in `language` is written in another language than the question."""
    asked = detect_language(question, default="")
    if asked:
        return asked.split("-")[0] != language.split("-")[0]
    if any(is_cjk(ch) for ch in question):
        return language not in ("zh", "ja", "ko")
    if len(_CYRILLIC.findall(question)) > len(_LATIN.findall(question)):
        return language not in _CYRILLIC_LANGUAGES
    return language != "en"  # a short question in Latin script is the reader's English


def _xl_effect_near(sentence: str, spans: Sequence[tuple[int, int, float]]) -> bool:
    """A date with a word of starting or taking effect right before or after it."""
    return any(
        (m.end() <= a and a - m.end() <= _XL_EFFECT_NEAR) or (m.start() >= b and m.start() - b <= _XL_EFFECT_NEAR)
        for m in _XL_EFFECT.finditer(sentence) for a, b, w in spans if w >= 0.6
    )


def _embedded_latin(sentence: str) -> bool:
    """A sentence mostly in Latin letters (in an article in another script)."""
    latin = len(_LATIN.findall(sentence))
    return latin > 0.7 * len(re.findall(r"[^\W\d_]", sentence))


@functools.lru_cache(maxsize=256)
def _latin_document(title: str, text: str) -> bool:
    return _embedded_latin(f"{title} {text[:LATIN_SAMPLE]}")


LATIN_SAMPLE = 600


def _statement(sentence: str, spans: Sequence[tuple[int, int, float]]) -> bool:
    """A sentence that says something besides its figures: not a dateline ("16 марта 2025 г."), a time
    stamp ("입력 2025-04-03 02:02"), a share bar or a counter ("1078 подписчиков")."""
    if _XL_FURNITURE.search(sentence) or (("：" in sentence or ":" in sentence) and _XL_STAMP.search(sentence)):
        return False
    rest = list(sentence)
    for a, b, _ in spans:
        rest[a:b] = [" "] * (b - a)
    text = "".join(rest)
    cjk = sum(1 for ch in text if is_cjk(ch))
    return cjk >= XL_MIN_CJK or len(re.findall(r"[^\W\d_]{2,}", text)) >= XL_MIN_WORDS + (cjk > 0)


def _about(about: frozenset[str], sentences: Sequence[_Sentence], i: int, back: int = 1) -> bool:
    """Whether the sentence, or the one before or after it in its page (or up to `back` before it), holds
    something the question is about (through the glossary): a date or a figure alone says nothing of what
    it is the date of."""
    near = [j for j in range(i - back, i + 2) if 0 <= j < len(sentences) and sentences[j].doc is sentences[i].doc]
    return any(about & _held(sentences[j].text) for j in near)


@dataclass(frozen=True)
class _XLCandidate:
    score: float
    sentence: _Sentence
    spans: tuple[tuple[int, int, float], ...]


def _rank_across(q: _Question, documents: Sequence[QADocument]) -> list[_XLCandidate]:
    """Sentences of the documents in another language holding the kind of fact asked for, best first."""
    if q.kind not in XL_KINDS:
        return []
    anchors = _xl_anchors(q)
    sentences = _sentences(documents)
    everything = " ".join(s.text for s in sentences)
    # A name the question uses must occur in the sources, as in English.
    if any(not _has_name(n, everything) for n in anchors.names if not n.isdigit()):
        return []
    weights = _idf(sentences, q.focus)
    effect = bool(_EFFECT.search(q.text)) or bool({"effect", "start", "begin", "appli", "forc", "launch"} & set(q.terms))
    asks_effect = bool(_XL_ASKS_EFFECT.search(q.text))
    said = bool(_EVENT_TERMS & set(q.terms)) or bool(re.search(r"\b(?:said|say|says|report\w*|told)\b", q.text, re.I))
    about = _focus_elements(q)
    concepts = frozenset(e for e in about if e.startswith("c:"))
    per = q.kind in ("count", "amount", "quantity") and bool(_XL_ASKS_PER.search(q.text))
    out: list[_XLCandidate] = []
    first = documents[0]
    for i, s in enumerate(sentences):
        spans = _xl_spans(q.kind, s.text, anchors.counted if q.kind == "count" else "")
        if not spans or not _statement(s.text, spans if q.kind != "penalty" else ()):
            continue
        if per and not _XL_PER.search(s.text):
            continue  # "How many visas will be issued each year?" is not answered by a total
        # A penalty is told after the rule it enforces, of "those who do not" (a pronoun): it may be two
        # sentences after the one naming who it applies to.
        if about and not _about(about, sentences, i, PENALTY_BACK if q.kind == "penalty" else 1):
            continue
        if q.kind == "when" and not said:
            spans = tuple(sp for sp in spans if not _XL_SAID_AFTER.match(s.text, sp[1]))
            if not spans:
                continue  # only the day it was said or reported ("23일 법조계에 따르면")
        fact = max(w + XL_FULLER * max(0, len(s.text[a:b].split()) - 2) for a, b, w in spans)
        if q.kind == "when" and effect and _xl_effect_near(s.text, spans):
            fact += XL_EFFECT_BONUS
        elif q.kind == "when" and asks_effect:
            continue
        # Of two sentences holding the fact, the one holding what the question is about ("How many
        # researchers returned?": "귀국") comes first.
        share = len(concepts & _held(s.text)) / len(concepts) if concepts else 0.0
        score = (fact + XL_ANCHOR_WEIGHT * _xl_match(anchors, s.text) + XL_CONCEPT_WEIGHT * share) * _position(s, first)
        if _embedded_latin(s.text) and not _latin_document(s.doc.title, s.doc.text):
            # A sentence in the question's script inside an article in another (a tweet, a caption) is
            # read as such: it must hold the question's words.
            score *= _coverage(q.focus, weights, s.terms)
        out.append(_XLCandidate(score, s, spans))
    out.sort(key=lambda c: -c.score)
    return out


def _answer_across(shown: str, documents: Sequence[QADocument], languages: Sequence[str]) -> Answer:
    """The asked article is in another language than the question: its sentences holding the kind of
    fact asked for, said to be quotes in that language, and the best answer of the sources in the
    question's own language (other outlets' versions) if they have one."""
    pairs = list(zip(documents, languages, strict=True))
    foreign = [d for d, lang in pairs if _foreign(shown, lang)]
    native = [d for d, lang in pairs if not _foreign(shown, lang)]
    language_of = {id(d): lang for d, lang in pairs}
    q = _analyse(shown)
    if q.kind in XL_KINDS:
        candidates = _rank_across(q, foreign)
    elif asks_affected(q):
        # "Who is affected?", "Who will qualify?": the sentence naming the best-read groups of people.
        candidates = [_XLCandidate(c.score, c.sentence, c.spans) for c in _rank_affected(q, foreign)]
    else:
        candidates = [_XLCandidate(c.score, c.sentence, c.spans) for c in _rank_bridged(q, foreign)]
    if not candidates:
        # Nothing of the kind asked for: the words themselves may still match (a name, a Chinese
        # sentence naming who is affected).
        return _answer_same_language(shown, documents)
    # The asked article's language first: a third language's outlet (a Japanese report of a Chinese
    # rule) answers only when no sentence in the asked article's language does.
    asked = languages[0].split("-")[0]
    own = [c for c in candidates if language_of.get(id(c.sentence.doc), "").split("-")[0] == asked]
    candidates = own or candidates
    same = _answer_same_language(shown, native) if native else None
    chosen = [candidates[0]]
    for c in candidates[1:MAX_QUOTES]:
        if c.score >= XL_SECOND * chosen[0].score:
            chosen.append(c)
    lines: list[str] = []
    citations: list[Citation] = []
    for c in chosen:
        quote = _excerpt(c.sentence.text, q, extra=c.spans)
        name = lx.QA_LANGUAGE_NAMES.get(language_of.get(id(c.sentence.doc), ""), "")
        lines.append(f"(quoted in {name}) “{quote}”" if name else f"“{quote}”")
        citations.append(Citation(id=c.sentence.doc.id, url=c.sentence.doc.url, quote=quote))
    if same is not None and same.answered:
        lines.append(same.answer.split("\n")[0])
        citations.append(same.citations[0])
    return Answer(answered=True, answer="\n".join(lines), citations=tuple(citations))
