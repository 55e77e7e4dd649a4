"""Answer typing by named entity, for an English "which" question about an article in another language
("Which ministry runs the programme?", "Which countries are excluded?", "Which company relies on the
scheme?"): the sentence that answers it names an organisation or a country of the type asked for, which
every language writes recognisably (a ministry's word or its ending, "Bundesministerium", "교육과학기술부",
"文部科学省"; a place of the multilingual gazetteer; a name in capitals, "ASML", "CDA"). Nothing is
translated: this only says whether a sentence can be the answer, for `bridge` to prefer those that can.
"""

from __future__ import annotations

import functools
import re

from bot.analysis import lexicon as lx

_HEAD_OF = {w: kind for kind, words in lx.QA_ENTITY_HEADS.items() for w in words}
# "Which ministry", "Which Chinese university", "What political parties": the head within three words.
_ASKS = re.compile(r"\b(?:which|what)\s+((?:[\w’'&-]+\s+){0,2}[\w’'&-]+)", re.I)
# The glossary concepts and multilingual cue classes (see `bridge._held`) that name each type in words.
_CONCEPT_OF = {
    "ministry": ("c:minister",),
    "university": ("c:university",),
    "company": ("c:company",),
    "party": ("c:party",),
    "organisation": ("c:organisation", "c:institution"),
}
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z&]{1,5}(?![\w-])")  # "ASML", "CDA", "DFG", "BMFTR"
_HANGUL = "\uac00-\ud7a3"
_HAN = "\u4e00-\u9fff\u30a0-\u30ff"


def _suffix_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    # A Korean name is a word ending in the suffix, then a particle or the word's end; a Chinese or
    # Japanese one ends in it anywhere (no spaces), after at least one character of the name.
    return re.compile(
        rf"(?<![{_HANGUL}])[{_HANGUL}]{{1,12}}(?:{alternatives})(?=(?:[은는이가의와과도를을에]|에서|으로)?(?![{_HANGUL}]))"
        rf"|[{_HAN}]{{1,10}}(?:{alternatives})"
    )


_CJK_NAMES = {kind: _suffix_pattern(suffixes) for kind, suffixes in lx.QA_ENTITY_CJK_SUFFIXES.items()}
_NOT = re.compile("|".join(re.escape(w) for w in sorted(lx.QA_ENTITY_CJK_NOT, key=len, reverse=True)))


_LIST_HEADS = frozenset(lx.QA_LIST_HEADS)
# Three items or more: "AI·양자 기술·우주항공", "半導体、電池、バイオ", "Chemie, Physik und Biologie" (two
# commas alone make no list: "Die Regierung, so heißt es, plant").
_ENUMERATION = re.compile(r"[^·・、，]{1,30}[·・、，][^·・、，]{1,30}[·・、，]|[^·・、,，]{1,30}[·・、,，]\s*[^·・、,，]{1,30}\s(?:und|and|et|y|e|en|og|och|i|и)\s")


def asks_list(question: str) -> bool:
    """Whether an English "which" question asks for a list of kinds ("Which fields ...?")."""
    return any(w.rstrip("’'") in _LIST_HEADS for m in _ASKS.finditer(question) for w in m.group(1).lower().split())


def enumerates(text: str) -> bool:
    """Whether a sentence lists three things or more."""
    return _ENUMERATION.search(text) is not None


def asked_entity(question: str) -> str:
    """The type of name an English "which" question asks for ("ministry", "country", "university",
    "company", "party", "organisation"), or "" when it asks for none."""
    for m in _ASKS.finditer(question):
        for word in m.group(1).lower().split():
            kind = _HEAD_OF.get(word.rstrip("’'"))
            if kind:
                return kind
    return ""


def _cjk_name(kind: str, text: str) -> bool:
    pattern = _CJK_NAMES.get(kind)
    if pattern is None:
        return False
    blocked = [(m.start(), m.end()) for m in _NOT.finditer(text)]
    # The name's ending must not be part of a common word ("정부", "部分", "대학생").
    return any(not any(a <= m.end() - 1 < b for a, b in blocked) for m in pattern.finditer(text))


@functools.lru_cache(maxsize=4096)
def _acronyms(text: str) -> bool:
    return _ACRONYM.search(text) is not None


_CONCEPT_OF_CJK = {"ministry": "c:minister", "university": "c:university", "company": "c:company",
                   "organisation": "c:organisation"}


def cjk_concepts(text: str) -> frozenset[str]:
    """The glossary concepts a Chinese, Japanese or Korean sentence holds by the ending of a name alone
    ("산업통상자원부" is a ministry though it writes no word for one)."""
    return frozenset(c for kind, c in _CONCEPT_OF_CJK.items() if _cjk_name(kind, text))


def names_entity(kind: str, text: str, held: frozenset[str]) -> bool:
    """Whether a sentence (with what `bridge._held` found in it) names something of the type asked for (a
    country may be the one the story is set in: "Which country received the most?": China, in its title)."""
    if kind == "country":
        return any(e.startswith("p:") for e in held)
    if any(c in held for c in _CONCEPT_OF.get(kind, ())):
        return True
    if kind in ("company", "party", "organisation") and _acronyms(text):
        return True
    return _cjk_name(kind, text)
