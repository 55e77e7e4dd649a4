"""Answering an English question from an article in another language when it asks for something other
than a figure ("Who has to surrender their passport?", "Which criteria earn points?", "Why is entry
screening being tightened?"): nothing here translates, so the question's words are carried over by a
glossary of the domain's everyday concepts (`lexicon.QA_XL_CONCEPTS` with the thread answers' additions
`QA_XL_CONCEPTS_MORE`: a passport, a salary, an application, a court, a foreigner, a contract, in a dozen
languages and more), with what every language writes alike (names and acronyms, places through the
multilingual gazetteer, classes of people through the multilingual cues).

The answer is the sentence holding most of what the question is about, each thing weighted by how rare
it is in the article (the word for "visa" in every sentence of a visa story says little), with a little
for holding the kind of answer asked for (a reason, a place, someone). It is refused when too little of
the question can be carried over at all (the question is about something the glossary does not know, so
nothing can show the article answers it), or when no sentence holds most of what can.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.multilingual import _ML_SPACED, ML_CUES, ML_PLACES, FormMatcher
from bot.analysis.qa.entities import asked_entity, asks_list, cjk_concepts, enumerates, names_entity
from bot.analysis.qa.matching import _position
from bot.analysis.qa.question import _Question
from bot.analysis.qa.sources import QADocument, _Sentence, _sentences
from bot.analysis.qa.vocabulary import _LIGHT_TERMS, _META_TERMS, _PLACE, _QUESTION_TERMS
from bot.analysis.tokens import tokenize

# Tuned on the fit part of the real dev split (bench/quality.py --split fit), checked on its check part.
BRIDGE_MIN = 0.5  # weighted share of the question's carried-over words the answer must hold (with neighbours)
CLEAR_MIN = 0.3  # ... or this much, by the one sentence that holds clearly more than any other:
CLEAR_MARGIN = 1.3  # this many times the next best sentence's share
KNOWN_MIN = 0.5  # share of the question's own words the glossary must carry over for an answer at all
ABSENT_IDF = 2.0  # weight of a carried-over word no sentence of the article holds (what it may lack)
NEIGHBOUR = 0.5  # a word held only by the next or previous sentence
KIND_BONUS = 0.15  # holding the kind of answer asked for (a reason, a place, someone)
LIST_BONUS = 4.0  # times KIND_BONUS: a sentence listing things, for "Which fields ...?"
ROOT_CHARS = 5  # a word the glossary does not know is looked for by its first letters, in Latin script
_NAME = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*[A-Z0-9][\w-]*|[A-Z]-?\d[\w-]*|\w*\d\w*)(?![\w-])")


def _entries(forms: str, label: str) -> list[tuple[str, str, float]]:
    """A glossary line's forms; in scripts without spaces (matched as substrings, so any ending is found
    already) a trailing "*" is dropped, else it would be looked for literally ("संस्थान*")."""
    out = [f.strip() for f in forms.split(",") if f.strip()]
    return [(label, f if _ML_SPACED.match(f) else f.rstrip("*"), 1.0) for f in out]


def _glossary(*parts: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The glossaries merged by concept: each one's English words and forms added to the others'."""
    out: dict[str, tuple[str, str]] = {}
    for part in parts:
        for label, (words, forms) in part.items():
            known_words, known_forms = out.get(label, ("", ""))
            out[label] = (f"{known_words} {words}".strip(), ", ".join(f for f in (known_forms, forms) if f))
    return out


# The glossary shared with the story clustering, and the thread answers' own additions to it.
_GLOSSARY: Mapping[str, tuple[str, str]] = MappingProxyType(_glossary(lx.QA_XL_CONCEPTS, lx.QA_XL_CONCEPTS_MORE))
_CONCEPTS = FormMatcher(
    [e for label, (_, forms) in _GLOSSARY.items() for e in _entries(forms, label)], exclusive=False
)
_REASON = FormMatcher(_entries(lx.QA_XL_REASON, "reason"), exclusive=False)
_CONCEPTS_OF: Mapping[str, frozenset[str]] = MappingProxyType({
    term: frozenset(label for label, (words, _) in _GLOSSARY.items() if term in tokenize(words))
    for term in {t for words, _ in _GLOSSARY.values() for t in tokenize(words)}
})
_CLASS_OF: Mapping[str, str] = MappingProxyType(
    {t: label for label, words in lx.QA_XL_CLASS_WORDS.items() for w in words for t in tokenize(w)}
)
# Who: a person, an organisation, a class of people; where: a place, an office.
_WHO_CONCEPTS = frozenset({"minister", "company", "university", "embassy", "chair", "professor", "student"})
_WHO_CUES = frozenset({"talent", "government"})
_WHERE_CONCEPTS = frozenset({"embassy", "conference", "university", "country", "institution"})
_SOFT_KINDS = frozenset({"why", "where", "who"})


# An acronym in Cyrillic capitals read in Latin letters ("ФСБ" is the FSB, "МВД" the MVD): English reports
# write a Russian body's acronym so. The hard and soft signs ("ВЪЕЗД", "СЕМЬЯ" in a title in capitals) are
# written with no Latin letter.
_CYRILLIC_LATIN = MappingProxyType(dict(zip(
    "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    ["A", "B", "V", "G", "D", "E", "E", "ZH", "Z", "I", "Y", "K", "L", "M", "N", "O", "P", "R", "S", "T", "U",
     "F", "KH", "TS", "CH", "SH", "SHCH", "", "Y", "", "E", "YU", "YA"], strict=True)))
_CYRILLIC_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁ]{2,5}(?![\w-])")


def _acronyms(text: str) -> frozenset[str]:
    """The text's Cyrillic acronyms in Latin letters, lower case ("ФСБ": "fsb")."""
    return frozenset("".join(_CYRILLIC_LATIN[ch] for ch in m.group()).lower() for m in _CYRILLIC_ACRONYM.finditer(text))


def _is_name(name: str) -> bool:
    """Whether a capitalised word of a question names something ("J-Find", "FSB", "H-1B"), not a place
    (looked for through the gazetteer) nor a word of the glossary written in capitals ("PhDs")."""
    if _PLACE.find(name):
        return False
    terms = tokenize(name)
    return not terms or not all(t in _CONCEPTS_OF or t in _CLASS_OF for t in terms)


@dataclass(frozen=True)
class _Asked:
    """What of an English question can be looked for in another language."""

    elements: frozenset[str]  # "c:passport", "n:j-find", "p:US", "k:talent"
    carried: int  # the question's own words carried over
    words: int  # the question's own words
    roots: tuple[str, ...]  # the first letters of the others: "chancenkarte" finds "Chancenkarte"


def _asked(q: _Question) -> _Asked:
    words = [t for t in (q.focus or q.terms) if t not in _QUESTION_TERMS and t not in _META_TERMS]
    light = [t for t in words if t in _LIGHT_TERMS]  # "keep", "get": carried over if the glossary has them,
    words = [t for t in words if t not in _LIGHT_TERMS]  # never counted against the question when not
    names = {n for n in _NAME.findall(q.text) if _is_name(n)}
    name_terms = {t for n in names for t in tokenize(n)}
    elements = {f"n:{n.lower()}" for n in names} | {f"p:{m.label}" for m in _PLACE.find(q.text)}
    carried = 0
    roots: list[str] = []
    for t in words:
        found = {f"c:{c}" for c in _CONCEPTS_OF.get(t, ())}
        if t in _CLASS_OF:
            found.add(f"k:{_CLASS_OF[t]}")
        elements |= found
        carried += bool(found) or t in name_terms
        if not found and t not in name_terms and len(t) >= ROOT_CHARS and t.isascii():
            roots.append(t[:ROOT_CHARS])
    for t in [*light, *q.terms]:  # words of the question that are not its focus still say what it is about
        elements |= {f"c:{c}" for c in _CONCEPTS_OF.get(t, ())}
    return _Asked(frozenset(elements), carried, len(words), tuple(dict.fromkeys(roots)))


def _focus_elements(q: _Question) -> frozenset[str]:
    """What of the question's own words (its focus, not the words of its kind: "how much", "take effect")
    can be found in another language: glossary concepts, classes of people, places and names."""
    words = [t for t in q.focus if t not in _QUESTION_TERMS and t not in _META_TERMS and t not in _LIGHT_TERMS]
    out = {f"c:{c}" for t in words for c in _CONCEPTS_OF.get(t, ())}
    out |= {f"k:{_CLASS_OF[t]}" for t in words if t in _CLASS_OF}
    names = {n for n in _NAME.findall(q.text) if _is_name(n) and set(tokenize(n)) & set(words)}
    out |= {f"n:{n.lower()}" for n in names} | {f"p:{m.label}" for m in _PLACE.find(q.text)}
    return frozenset(out)


# The glossary's one-word forms in spaced scripts by their first letters, to find them as the last part of a
# compound ("kennisbedrijven": "bedrijf*", "Einwanderungsgesetz": "gesetz*"), as German, Dutch and the
# Nordic languages write them.
_PART_MIN = 5  # a part this long at least ("land", "pays" would be found inside too many words)
_PARTS: Mapping[str, tuple[tuple[str, str, bool], ...]] = MappingProxyType({
    head: tuple(e for e in entries if e[0][:_PART_MIN] == head)
    for entries in [[(f.lower().rstrip("*"), label, f.endswith("*")) for label, f, _ in
                     (e for label, (_, forms) in _GLOSSARY.items() for e in _entries(forms, label))
                     if _ML_SPACED.match(f) and " " not in f.strip() and not f.startswith("*")
                     and len(f.rstrip("*")) >= _PART_MIN]]
    for head in {e[0][:_PART_MIN] for e in entries}
})
_COMPOUND = re.compile(r"[a-z\u00df-\u024f]{9,}")


def _compound_parts(low: str) -> frozenset[str]:
    """The glossary concepts a text's long words end in, past their first three letters."""
    out: set[str] = set()
    for word in _COMPOUND.findall(low):
        for k in range(3, len(word) - _PART_MIN + 1):
            rest = word[k:]
            out |= {f"c:{label}" for form, label, stem in _PARTS.get(rest[:_PART_MIN], ())
                    if (rest.startswith(form) if stem else rest == form)}
    return frozenset(out)


@functools.lru_cache(maxsize=4096)  # the questions of a thread look at the same sentences
def _held(text: str) -> frozenset[str]:
    """The elements a sentence holds, in any language."""
    low = text.lower()
    out = {f"c:{m.label}" for m in _CONCEPTS.find(text)}
    out |= {f"k:{m.label}" for m in ML_CUES.find(text)}
    out |= {f"p:{m.label.split(':')[0]}" for m in ML_PLACES.find(text)} | {f"p:{m.label}" for m in _PLACE.find(text)}
    out |= {f"n:{n.lower()}" for n in _NAME.findall(text)} | {f"n:{a}" for a in _acronyms(text)}
    out |= {f"n:{w}" for w in re.findall(r"[a-z][a-z0-9-]{2,}", low)}  # Latin names in other scripts' text
    out |= {f"r:{w[:ROOT_CHARS]}" for w in re.findall(rf"[a-z]{{{ROOT_CHARS},}}", low)}
    return frozenset(out) | cjk_concepts(text) | _compound_parts(low)


def _kind_fit(kind: str, text: str, held: frozenset[str], known: frozenset[str] = frozenset()) -> float:
    """Whether a sentence holds the kind of answer asked for. `known` are the places the story is set in
    (its title's, the question's): "Where are the passports kept?" is not answered by "in Russia"."""
    if kind == "why":
        return 1.0 if _REASON.find(text) else 0.0
    if kind == "where":
        places = any(e.startswith("p:") and e not in known for e in held)
        return 1.0 if places or {f"c:{c}" for c in _WHERE_CONCEPTS} & held else 0.0
    if kind == "who":
        return 1.0 if ({f"c:{c}" for c in _WHO_CONCEPTS} | {f"k:{c}" for c in _WHO_CUES}) & held else 0.0
    return 0.0


@dataclass(frozen=True)
class _Bridged:
    score: float
    sentence: _Sentence
    spans: tuple[tuple[int, int, float], ...]  # where the sentence holds the question's concepts


@dataclass(frozen=True)
class _Shares:
    """How much of a question each sentence holds, across languages."""

    elements: frozenset[str]  # what of the question was carried over
    held: list[frozenset[str]]  # what each sentence holds
    shares: list[float]  # the weighted share of the elements each sentence holds, with its neighbours


def _shares(q: _Question, sentences: Sequence[_Sentence]) -> _Shares | None:
    """Each sentence's share of what the question is about; None when too little of the question can be
    carried over to tell."""
    asked = _asked(q)
    held = [_held(s.text) for s in sentences]
    everything = frozenset().union(*held)
    roots = {f"r:{r}" for r in asked.roots} & everything  # "Chancenkarte" is written alike in German
    elements = asked.elements | roots
    carried = asked.carried + len(roots)
    known = carried / asked.words if asked.words else (1.0 if elements else 0.0)
    if not elements or known < KNOWN_MIN:
        return None
    n = len(sentences)
    weights: dict[str, float] = {}
    for e in elements:
        df = sum(1 for h in held if e in h)
        weights[e] = math.log((n - df + 0.5) / (df + 0.5) + 1.0) if df else ABSENT_IDF
    total = sum(weights.values())
    shares: list[float] = []
    for i, s in enumerate(sentences):
        near: set[str] = set()
        for j in (i - 1, i + 1):
            if 0 <= j < n and sentences[j].doc is s.doc:
                near |= held[j]
        got = sum(w if e in held[i] else NEIGHBOUR * w if e in near else 0.0 for e, w in weights.items())
        shares.append(got / total if total else 0.0)
    return _Shares(elements, held, shares)


def _rank_bridged(q: _Question, documents: Sequence[QADocument]) -> list[_Bridged]:
    """The sentences of `documents` (in another language than `q`) that answer it, best first; empty when
    none can be shown to."""
    sentences = _sentences(documents)
    found = _shares(q, sentences)
    if found is None:
        return []
    first = documents[0]
    titles = [h for s, h in zip(sentences, found.held, strict=True) if s.index == 0]
    known = frozenset(e for h in titles for e in h if e.startswith("p:")) | frozenset(
        e for e in _held(q.text) if e.startswith("p:"))
    # The bar is relative as well as absolute: a question worded unlike the article carries over little
    # of itself, but one sentence standing clearly above all the others is what it asks about; several
    # sentences tied at a low share are only about the story.
    ranked = sorted(found.shares, reverse=True)
    clear = ranked[0] if len(ranked) > 1 and ranked[0] >= CLEAR_MIN and ranked[0] >= CLEAR_MARGIN * ranked[1] else 1.0
    entity = asked_entity(q.text) if q.kind in ("which", "who") and not q.other_language else ""
    listed = q.kind == "which" and not q.other_language and asks_list(q.text)
    out: list[_Bridged] = []
    typed: list[_Bridged] = []
    for s, held, share in zip(sentences, found.held, found.shares, strict=True):
        if share + 1e-9 < min(BRIDGE_MIN, clear) or not found.elements & held:
            continue
        fit = _kind_fit(q.kind, s.text, held, known) + (LIST_BONUS if listed and enumerates(s.text) else 0.0)
        score = (share + KIND_BONUS * fit) * _position(s, first)
        spans = tuple((m.start, m.end, 1.0) for m in _CONCEPTS.find(s.text) if f"c:{m.label}" in found.elements)
        out.append(_Bridged(score, s, spans))
        if entity and names_entity(entity, s.text, held):
            typed.append(out[-1])
    if entity:
        # "Which ministry ...?" is answered by a sentence naming a ministry, not by one merely about the subject.
        out = typed
    if q.kind in _SOFT_KINDS and any(_kind_fit(q.kind, c.sentence.text, _held(c.sentence.text), known) for c in out):
        # A reason, a place or a person answers these better than any sentence merely about the subject
        # (which a reason often does not repeat: "The limits were introduced to prevent leaks").
        out = [c for c in out if _kind_fit(q.kind, c.sentence.text, _held(c.sentence.text), known)]
    out.sort(key=lambda c: -c.score)
    return out
