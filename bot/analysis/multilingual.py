"""Text in other languages: the forms of the multilingual lists (lexicon.MULTILINGUAL_CUES, WORLD_NAMES)
as a `FormMatcher` finds them: the cues (`ML_CUES`) and the places (`ML_PLACES`) that the taggers,
relevance and thread answers read in a text that is not in English.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Mapping

from bot.analysis import lexicon as lx
from bot.analysis.phrase_matching import PhraseMatch

# Words of the scripts written with spaces (Latin with accents and Vietnamese, Greek, Cyrillic). Other
# scripts (Devanagari and Tamil with their combining marks, Arabic, Thai, CJK) are matched as substrings.
_ML_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+|-[^\W\d_]+)*")
_ML_SPACED = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff'’.*-]+$")
_ML_STEM_MIN = 3
# Indic scripts (Devanagari to Sinhala) put spaces between words, but `\w` stops at their vowel signs and
# viramas, so their forms are found as substrings: a form must then start a word ("कर", tax, is not the
# start of "कर्मचारी", employee, nor the end of "सरकार", government), and a form this short must end one.
_INDIC = re.compile("[\u0900-\u0dff]")
_SHORT_FORM = 2


def _lower(word: str) -> str:
    """Lower case as the lists write it: Turkish capital İ lowers to "i" and a combining dot in Python
    ("TÜBİTAK" -> "tübi̇tak"), which no form holds."""
    return word.lower().replace("i\u0307", "i")


class FormMatcher:
    """Finds the forms of the multilingual lists (lexicon.MULTILINGUAL_CUES, WORLD_NAMES): whole words, a
    trailing "*" for any ending, upper-case forms case-sensitively (acronyms), forms in scripts without
    spaces as substrings. Overlaps are resolved longest first. Word lookups are dictionary probes per
    token (a regex of two thousand alternatives would be slow); substrings are `in` tests."""

    def __init__(self, entries: Iterable[tuple[str, str, float]], *, exclusive: bool = True) -> None:
        self.exclusive = exclusive  # else overlaps are resolved within a label only
        # First word (exact or stem) -> (the form's word patterns, label, weight, form).
        self._exact: dict[str, list[tuple[tuple[str, ...], str, float, str]]] = {}
        self._stems: dict[str, list[tuple[tuple[str, ...], str, float, str]]] = {}
        self._subs: list[tuple[str, str, float]] = []
        self._infixes: list[tuple[str, str, float, str]] = []  # "*gesetz*": inside compounds
        for label, form, weight in entries:
            if not _ML_SPACED.match(form):
                # A substring match allows any ending already: a trailing "*" ("الأمريكي*") is not text.
                self._subs.append((form.rstrip("*"), label, weight))
                continue
            if form.startswith("*"):
                self._infixes.append((form.strip("*").lower(), label, weight, form))
                continue
            key = form if any(ch.isupper() for ch in form) else form.lower()
            parts = tuple(key.replace("’", "'").split())
            first = parts[0]
            if first.endswith("*") and len(first) - 1 >= _ML_STEM_MIN:
                self._stems.setdefault(first[:-1], []).append((parts, label, weight, form))
            else:
                self._exact.setdefault(first.rstrip("*"), []).append((parts, label, weight, form))
        self._stem_lengths = sorted({len(s) for s in self._stems})
        self._stem_starts = frozenset(s[:_ML_STEM_MIN] for s in self._stems)
        infixes = sorted({infix for infix, _, _, _ in self._infixes}, key=len, reverse=True)
        self._infix_re = re.compile("|".join(map(re.escape, infixes))) if infixes else None
        # The substring forms by their first character, as indexes into `_subs` (whether each is in an
        # Indic script read once here): a text is searched only for the forms whose first character it
        # holds (a handful of the thousand), in the list's order.
        self._sub_indic = [_INDIC.match(form) is not None for form, _, _ in self._subs]
        self._subs_by_first: dict[str, list[int]] = {}
        for i, (form, _, _) in enumerate(self._subs):
            self._subs_by_first.setdefault(form[0], []).append(i)
        self._sub_firsts = frozenset(self._subs_by_first)

    def find(self, text: str) -> list[PhraseMatch]:
        return list(_find_forms(self, text))

    def _words(self, text: str) -> list[tuple[str, str, int, int]]:
        """(lower-case, as written, start, end) of each word, and of each side of an apostrophe
        ("l'étranger", "Çin'in": the elided article and the case ending are not the word)."""
        out = []
        for m in _ML_WORD.finditer(text):
            word = m.group().replace("’", "'")
            out.append((_lower(word), word, m.start(), m.end()))
            if "'" in word:
                head, _, tail = word.partition("'")
                out.append((_lower(head), head, m.start(), m.start() + len(head)))
                out.append((_lower(tail), tail, m.end() - len(tail), m.end()))
        return out

    def _candidates(self, low: str, raw: str) -> list[tuple[tuple[str, ...], str, float, str]]:
        found = list(self._exact.get(low, ()))
        if self._infix_re is not None and self._infix_re.search(low):  # most words hold none: one scan says so
            found += [((low,), label, weight, form) for infix, label, weight, form in self._infixes if infix in low]
        if raw != low:
            found += self._exact.get(raw, ())
        if low[:_ML_STEM_MIN] in self._stem_starts:  # every stem is this long: its start rules most words out
            for n in self._stem_lengths:
                if n > len(low):
                    break
                found += self._stems.get(low[:n], ())
        return found


def _word_fits(pattern: str, low: str, raw: str) -> bool:
    if pattern.endswith("*"):
        return low.startswith(pattern[:-1])
    return pattern in (low, raw)


@functools.lru_cache(maxsize=4096)
def _find_forms(matcher: FormMatcher, text: str) -> tuple[PhraseMatch, ...]:
    found: list[PhraseMatch] = []
    words = matcher._words(text)
    whole = [w for w in words if not (w[2] > 0 and text[w[2] - 1] in "'’")]  # words that start a word
    starts = [w[2] for w in whole]  # in order: a word, then the parts of it that start where it does
    for low, raw, start, end in words:
        for parts, label, weight, form in matcher._candidates(low, raw):
            if len(parts) == 1:
                found.append(PhraseMatch(label, form, weight, start, end))
                continue
            # The following words must follow in order (the next whole words of the text).
            after = bisect_left(starts, end)
            rest = whole[after : after + len(parts) - 1]
            if len(rest) == len(parts) - 1 and all(_word_fits(p, w[0], w[1]) for p, w in zip(parts[1:], rest, strict=True)):
                found.append(PhraseMatch(label, form, weight, start, rest[-1][3]))
    firsts = matcher._sub_firsts.intersection(text)
    if firsts:
        by_first, subs, sub_indic = matcher._subs_by_first, matcher._subs, matcher._sub_indic
        for i in sorted(i for ch in firsts for i in by_first[ch]):
            form, label, weight = subs[i]
            indic = sub_indic[i]
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                if not indic or (not _in_word(text, at - 1) and (len(form) > _SHORT_FORM or not _in_word(text, end))):
                    found.append(PhraseMatch(label, form, weight, at, end))
                at = text.find(form, at + 1 if indic else end)
    # Longest first; on the same span a whole form beats a stem ("Deutschland" is the name, not "deutsch*").
    found.sort(key=lambda m: (-(m.end - m.start), -m.weight, m.phrase.endswith("*"), m.start, m.label))
    kept: list[PhraseMatch] = []
    for m in found:
        if not any(m.start < k.end and k.start < m.end and (matcher.exclusive or k.label == m.label) for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end, m.label))
    return tuple(kept)


def _in_word(text: str, i: int) -> bool:
    """Is the character at `i` part of a word (a letter or a combining mark)? Outside the text it is not."""
    if not 0 <= i < len(text):
        return False
    ch = text[i]
    return ch.isalpha() or unicodedata.category(ch)[0] == "M"


def _forms(groups: Mapping[str, Iterable[tuple[str, float]]]) -> list[tuple[str, str, float]]:
    """Entries of a FormMatcher from lists of comma-separated forms with a weight."""
    return [(label, form.strip(), weight) for label, lists in groups.items() for forms, weight in lists
            for form in forms.split(",") if form.strip()]


ML_CUES = FormMatcher(
    _forms(lx.MULTILINGUAL_CUES) + _forms(lx.MULTILINGUAL_RELEVANCE_CUES) + _forms(lx.ML_STATUS_CUES_MORE)
    + _forms(lx.ML_POLICY_TYPE_CUES), exclusive=False
)
ML_PLACES = FormMatcher(
    [(f"{code}:{kind}", form, 0.0) for code, kinds in lx.WORLD_NAMES.items() for kind, forms in kinds.items()
     for form in forms]
    + [(f"{code}:body", form.strip(), 0.0) for code, lists in lx.MORE_WORLD_BODIES.items() for forms in lists
       for form in forms.split(",") if form.strip()]
)


def is_english(language: str) -> bool:
    return not language or language.lower().startswith("en")
