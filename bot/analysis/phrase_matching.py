"""Labelled phrases found in text, tolerant of inflection (`PhraseMatcher`, `combined_matchers`), and
independent evidence combined (`noisy_or`)."""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from operator import itemgetter
from typing import NamedTuple

from bot.analysis.normalization import CJK_RE, WORD_CHARS, normalize
from bot.analysis.tokens import Token, match_tokens

_MATCH_CACHE = 4096


class PhraseMatch(NamedTuple):
    label: str
    phrase: str
    weight: float
    start: int
    end: int


class _Entry(NamedTuple):
    label: str
    phrase: str
    weight: float


class PhraseMatcher:
    """Finds labelled phrases in text, tolerant of inflection ("travelling abroad" ~ "travel abroad").

    Three kinds of phrase:
      * plain phrases ("leave the country") match on stemmed tokens, case-insensitively;
      * phrases starting with "=" ("=US", "=AI") match the literal case-sensitively on word boundaries,
        for acronyms that collide with ordinary words;
      * phrases containing CJK characters match as substrings.
    With `exclusive=True` overlapping matches are resolved globally, longest first (so "New Mexico" or
    "South China Morning Post" can shadow "Mexico" or "China"); otherwise only within one label.
    The matcher is immutable once built.
    """

    def __init__(self, entries: Iterable[tuple[str, str, float]], *, exclusive: bool = False) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], _Entry]]] = {}
        exact: list[_Entry] = []
        cjk: list[tuple[str, _Entry]] = []
        for label, phrase, weight in entries:
            entry = _Entry(label, phrase.lstrip("="), weight)
            if phrase.startswith("="):
                exact.append(entry)
            elif CJK_RE.search(phrase):
                cjk.append((normalize(phrase), entry))
            else:
                terms = tuple(t.term for t in match_tokens(normalize(phrase)))
                if terms:
                    by_first.setdefault(terms[0], []).append((terms, entry))
        self._by_first = {k: tuple(v) for k, v in by_first.items()}
        # All exact literals in one regex, and all CJK needles in another (longest first, so that at a
        # position the longest literal wins, as _resolve would decide anyway): one scan, not hundreds.
        self._exact_entries: dict[str, list[_Entry]] = {}
        for e in exact:
            self._exact_entries.setdefault(e.phrase, []).append(e)
        literals = sorted(self._exact_entries, key=len, reverse=True)
        # The literals first, so that `re` skips to a position where one can start; the word boundary
        # before them is checked on each hit (see `_exact_matches`).
        self._exact_re = (
            re.compile(rf"(?:{'|'.join(map(re.escape, literals))})(?![{WORD_CHARS}])") if literals else None
        )
        self._cjk_entries: dict[str, list[_Entry]] = {}
        for needle, e in cjk:
            self._cjk_entries.setdefault(needle, []).append(e)
        needles = sorted(self._cjk_entries, key=len, reverse=True)
        # A lookahead finds overlapping needles too ("国务院" inside "中华人民共和国国务院").
        self._cjk_re = re.compile(f"(?=({'|'.join(map(re.escape, needles))}))") if needles else None
        self._exclusive = exclusive
        self._cache: OrderedDict[str, tuple[PhraseMatch, ...]] = OrderedDict()
        self._groups: OrderedDict[str, dict[str, tuple[PhraseMatch, ...]]] = OrderedDict()

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[PhraseMatch]:
        """All matches in `text` (normalised text; pass its `match_tokens` to avoid re-tokenising)."""
        cached = self._cache.get(text)
        if cached is not None:
            # Matchers are shared by the analysis thread and the event loop's (story placement, thread
            # answers): the other may evict the entry between the look-up and this; it is still the answer.
            # (A bare try: `contextlib.suppress` costs more than a cache hit saves here.)
            try:  # noqa: SIM105
                self._cache.move_to_end(text)
            except KeyError:
                pass
            return list(cached)
        toks = match_tokens(text) if tokens is None else tokens
        found: list[PhraseMatch] = []
        terms = list(map(_TERM, toks))
        by_first = self._by_first
        # Only the positions whose term starts a phrase (a set intersection finds whether any does; a
        # comprehension's `in` finds which, faster than a loop calling `get` at every position).
        if not by_first.keys().isdisjoint(terms):
            new, add, count = _new_match, found.append, len(terms)
            for i in [i for i, term in enumerate(terms) if term in by_first]:
                for seq, e in by_first[terms[i]]:
                    n = len(seq)
                    if n == 1:
                        tok = toks[i]
                        add(new(PhraseMatch, (e[0], e[1], e[2], tok[1], tok[2])))
                    # The first term matches (it is the key): the second decides most phrases without
                    # building a slice of the rest.
                    elif n <= count - i and terms[i + 1] == seq[1] and (n == 2 or tuple(terms[i : i + n]) == seq):
                        add(new(PhraseMatch, (e[0], e[1], e[2], toks[i][1], toks[i + n - 1][2])))
        if self._exact_re is not None:
            for start, end, literal in _exact_matches(self._exact_re, text):
                found.extend(PhraseMatch(e.label, e.phrase, e.weight, start, end) for e in self._exact_entries[literal])
        if self._cjk_re is not None and CJK_RE.search(text):
            for m in self._cjk_re.finditer(text):
                for needle in self._cjk_needles_at(text, m.start()):
                    found.extend(PhraseMatch(e.label, e.phrase, e.weight, m.start(), m.start() + len(needle))
                                 for e in self._cjk_entries[needle])
        result = tuple(_resolve(found, exclusive=self._exclusive)) if len(found) > 1 else tuple(found)
        self._cache[text] = result
        if len(self._cache) > _MATCH_CACHE:
            self._cache.popitem(last=False)
        return list(result)

    def grouped(self, text: str, tokens: Sequence[Token] | None = None) -> dict[str, tuple[PhraseMatch, ...]]:
        """`find`'s matches split by the prefix of their label (up to its first "\x1f", included), each
        relabelled without it, in `find`'s order: what `combined_matchers`' views read, worked out once
        per text for all of them (each view filtering every match was a pass per view)."""
        cached = self._groups.get(text)
        if cached is not None:
            try:  # noqa: SIM105 - evicted meanwhile by another thread: see `find`
                self._groups.move_to_end(text)
            except KeyError:
                pass
            return cached
        groups: dict[str, list[PhraseMatch]] = {}
        new = _new_match
        for m in self.find(text, tokens):
            name, sep, label = m[0].partition("\x1f")
            if sep:
                groups.setdefault(name + sep, []).append(new(PhraseMatch, (label, m[1], m[2], m[3], m[4])))
        out = {prefix: tuple(found) for prefix, found in groups.items()}
        self._groups[text] = out
        if len(self._groups) > _MATCH_CACHE:
            self._groups.popitem(last=False)
        return out

    def _cjk_needles_at(self, text: str, pos: int) -> list[str]:
        """Every CJK needle starting at `pos` (the regex reports only the longest)."""
        return [n for n in self._cjk_entries if text.startswith(n, pos)]


_TERM = itemgetter(0)  # a token's term

# Building a NamedTuple through tuple.__new__ skips its Python-level constructor (as tokens.py does for
# Token): matching makes tens of matches per sentence.
_new_match = tuple.__new__

_WORD_CHAR = re.compile(f"[{WORD_CHARS}]")


def _exact_matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """What `(?<![word])(?:literals)(?![word])` finds, left to right without overlaps, with the look-behind
    checked in Python: a hit after a word character is no match there, and the scan goes on from the
    next position, as the regex with the look-behind would."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_CHAR.match(text, start - 1):
            pos = start + 1
            continue
        out.append((start, m.end(), m.group()))
        pos = m.end() if m.end() > start else start + 1
    return out


class MatcherView:
    """One labelled group of a shared `PhraseMatcher` (see `combined_matchers`)."""

    def __init__(self, base: PhraseMatcher, prefix: str) -> None:
        self._base = base
        self._prefix = prefix

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[PhraseMatch]:
        return list(self._base.grouped(text, tokens).get(self._prefix, ()))


def combined_matchers(groups: Mapping[str, Iterable[tuple[str, str, float]]]) -> dict[str, MatcherView]:
    """Several phrase matchers that read the same sentences, as one: each sentence is scanned once (the
    scan is cached) and each group sees only its own matches, with its own labels. Overlaps are still
    resolved per label, so the groups do not shadow each other."""
    if any("\x1f" in name for name in groups):
        raise ValueError("a group's name holds the separator \\x1f")
    base = PhraseMatcher((f"{name}\x1f{label}", phrase, weight) for name, entries in groups.items()
                         for label, phrase, weight in entries)
    return {name: MatcherView(base, f"{name}\x1f") for name in groups}


def _resolve(found: list[PhraseMatch], *, exclusive: bool) -> list[PhraseMatch]:
    """Drop matches overlapping a longer (then heavier) one: globally, or within a label."""
    found.sort(key=lambda m: (-(m.end - m.start), -m.weight, m.start, m.label))
    kept: list[PhraseMatch] = []
    for m in found:
        clash = any(
            m.start < k.end and k.start < m.end and (exclusive or k.label == m.label) for k in kept
        )
        if not clash:
            kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end, m.label))
    return kept


def noisy_or(weights: Iterable[float]) -> float:
    """Combine independent pieces of evidence in [0, 1]: 1 - Π(1 - w)."""
    p = 1.0
    for w in weights:
        p *= 1.0 - min(1.0, max(0.0, w))
    return 1.0 - p


# ---------------------------------------------------------------- English word forms only

# The stemmer is English and lenient: it strips a final -e and doubled consonants from any word, so on
# a French, Italian or Spanish page "courte" (court), "formata" or "stage" takes an English cue. An
# English cue read on another language's page must stand there in one of its English forms.
_WORD_RUN = re.compile(f"[{WORD_CHARS}]+")
_UNDOUBLE = re.compile(r"([bdgklmnprtz])\1$")


@functools.lru_cache(maxsize=65536)
def _lemmas(word: str) -> frozenset[str]:
    """`word` and the bases it is an English inflection of (-s, -es, -ies, -ed, -ied, -ing, -er, -ers, -'s):
    "moved" -> {moved, mov, move}; "travellers" -> {..., traveller, travel}."""
    out = {word}
    if word.endswith(("'s", "’s")):
        word = word[:-2]
        out.add(word)
    bases = [word]
    if word.endswith("mme"):
        out.add(word[:-2])  # programme, program: one word in two spellings
    for suffix, back in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("es", ""), ("s", ""), ("ing", ""),
                         ("ed", ""), ("ers", ""), ("er", ""), ("iers", "y"), ("ier", "y")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            bases.append(word[: len(word) - len(suffix)] + back)
    for i, base in enumerate(bases):
        out.add(base)
        if i:  # an ending taken off may have taken an -e: moving -> move, later -> late (but court ≠ courte)
            out.add(base + "e")
        if _UNDOUBLE.search(base):
            out.add(base[:-1])  # travelling -> travel, banned -> ban
    return frozenset(out)


# The words `match_tokens` skips, so that a phrase and its span line up word for word.
_ARTICLES = frozenset(["the", "a", "an", "their", "its", "his", "her", "our", "your", "my"])


def _surface_words(text: str) -> list[str]:
    return [w for w in (m.group().lower() for m in _WORD_RUN.finditer(text)) if w not in _ARTICLES]


def is_english_form(surface: str, phrase: str) -> bool:
    """Whether `surface` (a matched span) is an English inflection of the one-word `phrase`. A phrase of
    several words is specific enough in any language ("carte bleue européenne" as "carte bleu
    européenne"), and a span not one word (hyphens, acronyms) is not judged."""
    said = _surface_words(surface)
    cue = _surface_words(normalize(phrase))
    if len(said) != 1 or len(cue) != 1:
        return True
    return said[0] == cue[0] or not _lemmas(said[0]).isdisjoint(_lemmas(cue[0]))


def english_forms_only(text: str, matches: Iterable[PhraseMatch]) -> list[PhraseMatch]:
    """`matches` of English phrases found in `text` (another language's), keeping those standing in an
    English word form: "court" in "courts", not in French "courte"."""
    return [m for m in matches if is_english_form(text[m.start : m.end], m.phrase)]
