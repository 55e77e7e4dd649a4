"""How much of the question's words a sentence holds: a word, its synonyms and its family
(`_match_weight`), the rarity of each word in the sources (`_idf`), the weighted share a sentence and its
neighbours hold (`_coverage`), and the prior of a sentence by its place (a title, a caption, another
outlet).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence

from bot.analysis import lexicon as lx
from bot.analysis.normalization import is_cjk
from bot.analysis.qa.sources import QADocument, _Sentence
from bot.analysis.qa.vocabulary import _LIGHT_TERMS, _PLACES, _SYNONYMS

SYNONYM_WEIGHT = 0.5  # a synonym counts half a word of the question
PREFIX_WEIGHT = 0.75  # a word of the same family ("financial" for "finance") three quarters
NEIGHBOUR_WEIGHT = 0.5  # a word found only in the next or previous sentence (or the title)
ABSENT_WEIGHT = 3.0  # in idf units: a question word no source sentence uses (a rare word's weight)
LIGHT_ABSENT_WEIGHT = 0.3  # ... and one of general meaning ("get", "offer")
COVERAGE_SMOOTHING = 0.7  # in idf units: words found in most sentences hardly count, present or not
OTHER_SOURCE = 0.75  # another outlet's sentence must be clearly better than the asked article's own (a third)


# ---------------------------------------------------------------- support


_SUFFIXES = lx.QA_FAMILY_SUFFIXES


@functools.lru_cache(maxsize=4096)  # the same sentences' and vocabularies' terms, over and over
def _by_prefix(terms: frozenset[str]) -> Mapping[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for t in terms:
        if len(t) >= 4:
            out.setdefault(t[:4], []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def _match_weight(term: str, terms: frozenset[str] | set[str]) -> float:
    """1 if `terms` holds the term, less for a synonym or a word of the same family, else 0."""
    if term in terms or _PLACES.get(term, frozenset()) & terms:
        return 1.0
    if _SYNONYMS.get(term, frozenset()) & terms:
        return SYNONYM_WEIGHT
    if len(term) >= 4 and not is_cjk(term[0]):
        # Words of one family share their first four letters: only those need a look.
        candidates = _by_prefix(terms).get(term[:4], ()) if isinstance(terms, frozenset) and len(terms) > 8 else terms
        for t in candidates:
            short, long_ = (term, t) if len(term) <= len(t) else (t, term)
            if len(short) >= 4 and long_.startswith(short) and (len(short) >= 5 or long_[len(short):] in _SUFFIXES):
                return PREFIX_WEIGHT  # "financ"/"financial"; not "sign"/"significant"
            if len(short) >= 6 and long_[:6] == short[:6]:
                return PREFIX_WEIGHT
    return 0.0


def _idf(sentences: Sequence[_Sentence], focus: Sequence[str], head: Sequence[str] = (),
         absent: float = ABSENT_WEIGHT) -> dict[str, float]:
    """Rarity of each focus term across the source sentences. A term they never use (nor a synonym of
    it) weighs ABSENT_WEIGHT: it may be what the sources lack, but as often a paraphrase."""
    n = len(sentences)
    out: dict[str, float] = {}
    for f in focus:
        df = sum(1 for s in sentences if _match_weight(f, s.terms) >= PREFIX_WEIGHT)
        if not df:
            # Only a synonym in the sources ("government" - "administration"): rare, but not absent.
            df = sum(1 for s in sentences if _match_weight(f, s.terms) > 0)
        out[f] = math.log((n - df + 0.5) / (df + 0.5) + 1.0) if df else (
            LIGHT_ABSENT_WEIGHT if f in _LIGHT_TERMS or f in head else absent
        )
    return out


def _coverage(focus: Sequence[str], weights: Mapping[str, float], own: frozenset[str],
              near: frozenset[str] = frozenset(), *, smoothing: float = COVERAGE_SMOOTHING) -> float:
    """Weighted share of the question's words held by a sentence (`own`) or, at NEIGHBOUR_WEIGHT, by its
    neighbours (`near`); rare words weigh more, and words found everywhere hardly count."""
    if not focus:
        return 1.0
    got = total = 0.0
    for f in focus:
        w = weights.get(f, 1.0)
        total += w
        got += w * max(_match_weight(f, own), NEIGHBOUR_WEIGHT * _match_weight(f, near) if near else 0.0)
    return (got + smoothing) / (total + smoothing) if total + smoothing > 0 else 1.0


def _position(s: _Sentence, first_doc: QADocument) -> float:
    # Titles are written to attract, not to inform: a body sentence saying the same wins; so are the
    # titles repeated in a page's text, captions and subject lines. The article asked about comes
    # before the other outlets' versions.
    prior = 0.7 if s.index == 0 or _label_like(s.text) else 1.0 / (1.0 + 0.02 * s.index)
    return prior * (1.0 if s.doc is first_doc else OTHER_SOURCE)


_CAPTION = re.compile(r"\b(?:seen\s+(?:from|here|on|in)|pictured|photographed|file\s+photo)\b|^\s*(?:Re|Fwd?|Subject)\s*:", re.I)
LABEL_CAPITALS = 0.6  # a sentence whose words are mostly capitalised is a title or a name with its title


def _label_like(text: str) -> bool:
    """A headline in title case repeated in the text, a caption ("Matthew Olsen, seen from a video
    monitor, testifies ..."), a name with its office, a subject line: not a statement of the news."""
    if _CAPTION.search(text):
        return True
    found = re.findall(r"\b[^\W\d_][\w'’.-]*", text)
    rest = found[1:]
    return len(found) >= 4 and sum(1 for w in rest if w[0].isupper()) >= LABEL_CAPITALS * len(rest)


def _context_terms(sentences: Sequence[_Sentence], i: int) -> frozenset[str]:
    """Terms of the neighbouring sentences and the title of the same document."""
    s = sentences[i]
    out: set[str] = set()
    for j in (i - 1, i + 1):
        if 0 <= j < len(sentences) and sentences[j].doc is s.doc:
            out |= sentences[j].terms
    for other in sentences:
        if other.doc is s.doc and other.index == 0:
            out |= other.terms
            break
    return frozenset(out)


FRAGMENT_WORDS = 3  # a line of at most this many words besides its figures: a table's cell, a list's item, a heading


def _fragment(s: _Sentence) -> bool:
    """A body line of a few words ("€ 5.008 bruto per maand", "Juni 2024:"): a table's cell, a list's item or
    a heading, whose subject is written in the line before or after it (whether it holds the figure or date
    asked for is the kind test's to say).
    (Words of two letters or more; in Chinese or Japanese, written without spaces, two characters a word.)"""
    if s.index == 0:
        return False  # a title is read as one
    cjk = sum(1 for c in s.text if is_cjk(c))
    words = len(re.findall(r"[^\W\d_]{2,}", "".join(" " if is_cjk(c) else c for c in s.text)))
    return words + cjk // 2 <= FRAGMENT_WORDS


def _fragment_subject(sentences: Sequence[_Sentence], i: int) -> frozenset[str]:
    """The terms of the line a fragment's figure or date is about: a value's label is the line before it
    ("Kennismigrant 30 jaar of ouder" / "€ 5.008 bruto per maand"), a heading ending in a colon introduces
    the line after it ("Juni 2024:" / "Art.3: Die Regelungen zum Punktesystem"). Empty for a whole sentence."""
    s = sentences[i]
    if not _fragment(s):
        return frozenset()
    step = 1 if s.text.rstrip().endswith(":") else -1
    j = i + step
    # The page's own next or previous line: a line repeated earlier was dropped from `sentences`, and the one
    # left beside the fragment is then another row's (its `index` says so).
    if 0 <= j < len(sentences) and sentences[j].doc is s.doc and sentences[j].index == s.index + step:
        return sentences[j].terms
    return frozenset()


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0
