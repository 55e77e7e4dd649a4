"""Text primitives shared by the analysis stages: normalisation, sentences, tokens, phrases, dates, BM25.

Everything here is pure and deterministic. Tokens are lower-cased, lightly stemmed words for Latin
scripts, and character unigrams + bigrams for CJK runs (Chinese has no spaces, and bigrams are the
usual cheap stand-in for word segmentation).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from rank_bm25 import BM25Okapi

# ---------------------------------------------------------------- character classes

# Han, kana and Hangul: scripts written without spaces between words.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_HANGUL_RE = re.compile("[\uac00-\ud7af]")
# Latin (with accents), Greek and Cyrillic letters plus digits.
_WORD_CHARS = "0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"

_LETTER_RE = re.compile(r"[^\W\d_]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (easier to read and edit as data)."""
    return frozenset(text.split())


def is_cjk(ch: str) -> bool:
    return bool(_CJK_RE.match(ch))


def normalize(text: str) -> str:
    """NFKC (full-width ASCII, ligatures, no-break spaces), no zero-width characters, tidy whitespace.

    Newlines are kept (collapsed to at most a blank line) because they carry paragraph structure.
    """
    if len(text) <= _NORMALIZE_CACHE_CHARS:
        return _normalize_cached(text)
    return _normalize(text)


_NORMALIZE_CACHE_CHARS = 2000  # sentences and titles, which every stage normalises again


@functools.lru_cache(maxsize=16384)
def _normalize_cached(text: str) -> str:
    return _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _ZERO_WIDTH.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def clean_line(text: str) -> str:
    """One line of display text: normalised, all whitespace collapsed to single spaces."""
    return re.sub(r"\s+", " ", normalize(text)).strip()


LANGUAGE_SAMPLE_CHARS = 3000  # the start of a text shows its script as well as all of it


def detect_language(text: str, default: str = "en") -> str:
    """A cheap script-based guess: 'zh', 'ja', 'ko' when those scripts dominate the letters, else default."""
    text = text[:LANGUAGE_SAMPLE_CHARS]
    letters = len(_LETTER_RE.findall(text))
    if letters == 0:
        return default
    han = len(_HAN_RE.findall(text))
    kana = len(_KANA_RE.findall(text))
    hangul = len(_HANGUL_RE.findall(text))
    if (han + kana + hangul) / letters < 0.3:
        return default
    if kana > 0.05 * (han + kana):
        return "ja"
    if hangul > han:
        return "ko"
    return "zh"


def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    """Cut on a word boundary (or anywhere for CJK) so the result, ellipsis included, fits in `limit`."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - len(ellipsis))]
    space = cut.rfind(" ")
    # Only back up to a space if that keeps most of the text (a CJK sentence may have no spaces).
    if space >= len(cut) * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—(\"'“‘") + ellipsis


_OUTLET_SUFFIX = re.compile(r"^(?P<head>.*\S)\s+[|–—-]\s+(?P<tail>[^|–—]{2,40})$")
_OUTLET_WORD = re.compile(r"^(?:[A-Z0-9][\w.&'’-]*|of|the|and|for|on|in|&|news|com)$")


def strip_outlet(title: str) -> str:
    """Drop an outlet suffix from a headline: "... - Reuters", "... | The Decoder", "... - GOV.UK".

    Only a short tail of capitalised words counts, so "China tightens rules - report" keeps its tail.
    """
    m = _OUTLET_SUFFIX.match(title)
    if m and len(m.group("head")) >= 20:
        tail = m.group("tail").split()
        if len(tail) <= 5 and all(_OUTLET_WORD.match(w) for w in tail):
            return m.group("head")
    return title


# ---------------------------------------------------------------- sentences

# Abbreviations that are (almost) always followed by more of the same sentence.
_NEVER_FINAL = words(
    """mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep pres rev hon fr messrs
    vs e.g i.e cf fig figs vol no nos pp approx art sec para ch ed eds op dept univ assn est
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
# Abbreviations that may end a sentence: split only if a typical sentence opener follows.
_MAYBE_FINAL = words("u.s u.k u.n e.u u.s.a inc ltd corp co llc plc etc a.m p.m d.c bros al")
_OPENERS = words(
    """the a an this that these those it its he she they we i you his her their our there here in on at
    but and or so however meanwhile according as for while after before when if under since some many
    most officials critics analysts experts such other others one two yet still also last next earlier
    later now then what why how who despite although though by from with without until"""
)
_TERMINATOR = re.compile(r"(?:\.{3}|…|[.!?。！？])[\"'”’»」』）)\]]*")
_CJK_TERMINALS = "。！？"
_BULLET = re.compile(r"^\s*(?:[-•*▪◦·]|\d{1,2}[.)])\s+")
_BULLET_STARTS = frozenset("-•*▪◦·0123456789 \t")


def _paragraphs(text: str) -> list[str]:
    """Blank lines always separate; a single newline joins only a hard-wrapped line (long, no full stop)."""
    paras: list[str] = []
    for block in text.split("\n\n"):
        current = ""
        for line in block.split("\n"):
            line = line.strip()
            if not line:
                continue
            wrapped = (
                current
                and len(current.rsplit("\n", 1)[-1]) >= 50
                and not _TERMINATOR.search(current[-2:])
                and not _BULLET.match(line)
                and (line[0].islower() or current[-1] in ",;-")
            )
            current = f"{current} {line}" if wrapped else (f"{current}\n{line}" if current else line)
        paras.extend(p for p in current.split("\n") if p)
    return paras


def _prev_word(text: str) -> str:
    m = re.search(r"([^\s(\[\"'“‘—–/]+)$", text)  # "WASHINGTON—U.S." ends in the word "U.S"
    return m.group(1) if m else ""


def _is_boundary(para: str, m: re.Match[str]) -> bool:
    core = m.group()[0]
    if core in _CJK_TERMINALS:
        return True
    # Bounded look-around: slicing to the paragraph's ends at every candidate made splitting quadratic
    # in the paragraph's length (feed texts are one paragraph).
    rest = para[m.end() : m.end() + 256]
    if not rest:
        return False
    if core in "!?" and is_cjk(rest[0]):
        return True  # NFKC turns full-width ！？ into ASCII; Chinese puts no space after them
    if not rest[0].isspace():
        return False  # decimals (3.5), domains (example.com), U.S. internals
    nxt = rest.lstrip()
    if not nxt or nxt[0].islower():
        return False
    if core != "." or m.group().startswith("..."):
        return True
    prev = _prev_word(para[max(0, m.start() - 64) : m.start()])
    word = prev.lower()
    if word in _NEVER_FINAL:
        return False
    if len(prev) == 1 and prev.isupper():
        return False  # an initial: "J. Smith"
    if word in _MAYBE_FINAL or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
        first = re.match(r"[\"'“‘(]*([A-Za-z]+)", nxt)
        return bool(first and first.group(1).lower() in _OPENERS)
    return True


def split_sentences(text: str, limit: int | None = None) -> list[str]:
    """Sentences of a text, in order, whitespace-collapsed; with `limit`, only the first `limit`.

    Handles abbreviations ("U.S.", "Dr.", "Sept. 21"), initials, decimals, quotes after the full stop,
    Chinese 。！？ (no space after), bullet lines and headings on their own line. With a limit only a
    prefix of a long text is split (cut at a paragraph break), so the lead of a 2,000-word page costs
    what the lead costs.
    """
    # One prefix size for every limit up to _HEAD_SENTENCES, so the stages share one cached split.
    size = max(limit or 0, _HEAD_SENTENCES) * _CHARS_PER_SENTENCE
    if limit is None or len(text) <= size:
        return list(_split_sentences(text))[: limit if limit is not None else None]
    cut = text.find("\n", size)
    head = _split_sentences(text[:cut] if cut >= 0 else text)
    if len(head) > limit or cut < 0:  # more than enough: the last, possibly cut, sentence is not used
        return list(head[:limit])
    return list(_split_sentences(text))[:limit]


_CHARS_PER_SENTENCE = 300  # generous: English news sentences average 120-180 characters
_HEAD_SENTENCES = 22


# Every stage reads the same article's sentences, tokens and phrase matches: these are pure functions
# of their text, so results are memoised (bounded) instead of recomputed stage after stage.
@functools.lru_cache(maxsize=64)
def _split_sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for para in _paragraphs(normalize(text)):
        start = 0
        for m in _TERMINATOR.finditer(para):
            if _is_boundary(para, m):
                piece = para[start : m.end()].strip()
                if piece:
                    out.append(piece)
                start = m.end()
        piece = para[start:].strip()
        if piece:
            out.append(piece)
    cleaned = (_BULLET.sub("", s).strip() if s[:1] in _BULLET_STARTS else s for s in out)
    return tuple(s for s in cleaned if s)


# ---------------------------------------------------------------- tokens

STOPWORDS = words(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can cannot could did do does doing don't down during each either
    few for from further had has have having he her here hers herself him himself his how i if in into is
    isn't it it's its itself just let's me more most my myself no nor not of off on once only or other
    ought our ours ourselves out over own same she should so some such than that that's the their theirs
    them themselves then there there's these they this those through to too under until up very was
    wasn't we were weren't what when where which while who whom why will with won't would you your yours
    yourself yourselves dont doesnt didnt isnt wasnt arent werent wont cant couldnt shouldnt wouldnt
    eg ie etc via per amid among upon whether yet however thus though although within without onto
    s t us said says say"""
)
# Common CJK function characters: dropped as unigrams, kept inside bigrams.
_CJK_STOP = frozenset("的了和是在对与及等其中之为以于也并而或将把被这那有个")

_TOKEN_RE = re.compile(
    rf"(?P<cjk>[{CJK_CHARS}]+)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?)"
    rf"|(?P<word>[{_WORD_CHARS}]+(?:['’.\-][{_WORD_CHARS}]+)*)"
)
_DOUBLE_END = re.compile(r"([bcdfghjklmnpqrtvwxz])\1$")


class Token(NamedTuple):
    term: str
    start: int
    end: int


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light English stemmer: plurals, -ing, -ed, a final -e, doubled final consonants.

    It only has to map inflections of one word to one key consistently (travel/travels/travelling/
    traveled -> 'travel'); the keys need not be real words.
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) >= 6:
        w = w[:-3]
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) >= 5 and not w.endswith("eed"):
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if _DOUBLE_END.search(w) and len(w) > 3:
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=65536)
def _word_terms_cached(raw: str, do_stem: bool, keep_stopwords: bool) -> tuple[str, ...]:
    return tuple(_word_terms(raw, do_stem=do_stem, keep_stopwords=keep_stopwords))


def _word_terms(raw: str, *, do_stem: bool, keep_stopwords: bool) -> list[str]:
    acronym = raw.isupper() and len(raw) >= 2  # "US", "IT", "AI" are not the pronoun/words
    word = raw.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if "." in word:
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]\.?", word) or re.fullmatch(r"[a-z]{1,3}\.[a-z]{1,3}", word):
            word = word.replace(".", "")  # U.S. -> us, Ph.D -> phd (still "acronym" only if upper-case)
        elif not re.fullmatch(r"\d+(?:\.\d+)+", word):
            return [t for part in word.split(".") for t in _word_terms(part, do_stem=do_stem,
                                                                          keep_stopwords=keep_stopwords)]
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if any(ch.isdigit() for ch in word):
            word = "".join(parts)  # H-1B -> h1b, COVID-19 -> covid19
        else:
            return [t for p in parts for t in _word_terms(p, do_stem=do_stem, keep_stopwords=keep_stopwords)]
    if not word:
        return []
    if not keep_stopwords and not acronym and (word in STOPWORDS or len(word) == 1):
        return []
    return [stem(word) if do_stem and not acronym else word]


def tokenize_spans(text: str, *, do_stem: bool = True, keep_stopwords: bool = False) -> list[Token]:
    """Tokens with character offsets into `text` (which should already be normalised)."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "cjk":
            run, base = m.group(), m.start()
            for i, ch in enumerate(run):
                if keep_stopwords or ch not in _CJK_STOP:
                    out.append(Token(ch, base + i, base + i + 1))
                if i + 1 < len(run):
                    out.append(Token(run[i : i + 2], base + i, base + i + 2))
        elif kind == "num":
            out.append(Token(m.group().replace(",", ""), m.start(), m.end()))
        else:
            start, end = m.start(), m.end()
            out.extend(Token(term, start, end) for term in _word_terms_cached(m.group(), do_stem, keep_stopwords))
    return out


# Phrase matching keeps function words ("will apply from" must not match a bare "apply") but skips
# articles and possessives, so "hand over passports" also finds "hand over their passports".
_MATCH_SKIP = words("the a an their its his her our your my")


def match_tokens(text: str) -> list[Token]:
    """The token stream `PhraseMatcher` works on: stemmed, stop-words kept, articles dropped."""
    return list(_match_tokens(text))


def _match_tokens(text: str) -> tuple[Token, ...]:
    return _both_spans(text)[0]


@functools.lru_cache(maxsize=65536)
def _word_both(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's match terms (stop-words kept, articles dropped) and its keys (stop-words dropped)."""
    return (
        tuple(term for term in _word_terms(raw, do_stem=True, keep_stopwords=True) if term not in _MATCH_SKIP),
        tuple(_word_terms(raw, do_stem=True, keep_stopwords=False)),
    )


# Building a NamedTuple through tuple.__new__ skips its Python-level constructor: this loop makes
# tens of tokens per sentence.
_new_token = tuple.__new__


@functools.lru_cache(maxsize=16384)
def _both_spans(text: str) -> tuple[tuple[Token, ...], tuple[str, ...]]:
    """One pass over a normalised text: its match tokens and its stemmed keys without stop-words."""
    match: list[Token] = []
    keys: list[str] = []
    add_match, add_key = match.append, keys.append
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            start, end = m.span()
            terms, word_keys = _word_both(m.group())
            for term in terms:
                add_match(_new_token(Token, (term, start, end)))
            keys.extend(word_keys)
        elif kind == "cjk":
            run, base = m.group(), m.start()
            for i, ch in enumerate(run):
                add_match(_new_token(Token, (ch, base + i, base + i + 1)))
                if ch not in _CJK_STOP:
                    add_key(ch)
                if i + 1 < len(run):
                    add_match(_new_token(Token, (run[i : i + 2], base + i, base + i + 2)))
                    add_key(run[i : i + 2])
        else:
            term = m.group().replace(",", "")
            add_match(_new_token(Token, (term, m.start(), m.end())))
            add_key(term)
    return tuple(match), tuple(keys)


def tokenize(text: str, *, do_stem: bool = True, keep_stopwords: bool = False) -> list[str]:
    """Matching keys: lower-case stemmed words without stop-words; CJK unigrams and bigrams."""
    return list(_tokenize(text, do_stem, keep_stopwords))


@functools.lru_cache(maxsize=16384)
def _tokenize(text: str, do_stem: bool, keep_stopwords: bool) -> tuple[str, ...]:
    normal = normalize(text)
    if do_stem and not keep_stopwords:
        # The common case (a sentence): computed in one pass together with its match tokens.
        return _both_spans(normal)[1]
    return tuple(t.term for t in tokenize_spans(normal, do_stem=do_stem, keep_stopwords=keep_stopwords))


# ---------------------------------------------------------------- phrase matching


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
            elif _CJK_RE.search(phrase):
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
        self._exact_re = (
            re.compile(rf"(?<![{_WORD_CHARS}])(?:{'|'.join(map(re.escape, literals))})(?![{_WORD_CHARS}])")
            if literals else None
        )
        self._cjk_entries: dict[str, list[_Entry]] = {}
        for needle, e in cjk:
            self._cjk_entries.setdefault(needle, []).append(e)
        needles = sorted(self._cjk_entries, key=len, reverse=True)
        # A lookahead finds overlapping needles too ("国务院" inside "中华人民共和国国务院").
        self._cjk_re = re.compile(f"(?=({'|'.join(map(re.escape, needles))}))") if needles else None
        self._exclusive = exclusive
        self._cache: OrderedDict[str, tuple[PhraseMatch, ...]] = OrderedDict()

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[PhraseMatch]:
        """All matches in `text` (normalised text; pass its `match_tokens` to avoid re-tokenising)."""
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return list(cached)
        toks = match_tokens(text) if tokens is None else tokens
        found: list[PhraseMatch] = []
        terms = [t.term for t in toks]
        by_first = self._by_first
        for i, term in enumerate(terms):
            if term not in by_first:
                continue
            for seq, e in by_first[term]:
                n = len(seq)
                if n == 1 or tuple(terms[i : i + n]) == seq:
                    found.append(PhraseMatch(e.label, e.phrase, e.weight, toks[i].start, toks[i + n - 1].end))
        if self._exact_re is not None:
            for m in self._exact_re.finditer(text):
                found.extend(PhraseMatch(e.label, e.phrase, e.weight, m.start(), m.end())
                             for e in self._exact_entries[m.group()])
        if self._cjk_re is not None and _CJK_RE.search(text):
            for m in self._cjk_re.finditer(text):
                for needle in self._cjk_needles_at(text, m.start()):
                    found.extend(PhraseMatch(e.label, e.phrase, e.weight, m.start(), m.start() + len(needle))
                                 for e in self._cjk_entries[needle])
        result = tuple(_resolve(found, exclusive=self._exclusive))
        self._cache[text] = result
        if len(self._cache) > _MATCH_CACHE:
            self._cache.popitem(last=False)
        return list(result)

    def _cjk_needles_at(self, text: str, pos: int) -> list[str]:
        """Every CJK needle starting at `pos` (the regex reports only the longest)."""
        return [n for n in self._cjk_entries if text.startswith(n, pos)]


class MatcherView:
    """One labelled group of a shared `PhraseMatcher` (see `combined_matchers`)."""

    def __init__(self, base: PhraseMatcher, prefix: str) -> None:
        self._base = base
        self._prefix = prefix
        self._cut = len(prefix)

    def find(self, text: str, tokens: Sequence[Token] | None = None) -> list[PhraseMatch]:
        cut, prefix = self._cut, self._prefix
        return [m._replace(label=m.label[cut:]) for m in self._base.find(text, tokens) if m.label.startswith(prefix)]


def combined_matchers(groups: Mapping[str, Iterable[tuple[str, str, float]]]) -> dict[str, MatcherView]:
    """Several phrase matchers that read the same sentences, as one: each sentence is scanned once (the
    scan is cached) and each group sees only its own matches, with its own labels. Overlaps are still
    resolved per label, so the groups do not shadow each other."""
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


# ---------------------------------------------------------------- dates

MONTHS: Mapping[str, int] = MappingProxyType({
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
})
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}})\b)?", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}})\b)?", re.I),
    re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"),
)


class DateMatch(NamedTuple):
    value: date
    start: int
    end: int
    has_year: bool


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMatch]:
    """Calendar dates written out in the text. A date without a year uses `default_year` or is skipped."""
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parts = m.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower().rstrip(".")]
            year_text = parts.get("year")
            year = int(year_text) if year_text else default_year
            if year is None:
                continue
            try:
                value = date(year, month, int(parts["day"]))
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            out.append(DateMatch(value, m.start(), m.end(), bool(year_text)))
    out.sort(key=lambda d: d.start)
    return out


# ---------------------------------------------------------------- BM25

_IDF_FLOOR = 0.05


def bm25_scores(corpus: Sequence[Sequence[str]], query: Sequence[str]) -> list[float]:
    """BM25 (rank_bm25's Okapi) scores of `query` against each document of `corpus`.

    rank_bm25 floors negative IDF at epsilon x the mean IDF, which is itself negative in a tiny corpus
    (one or two documents), so a matching term could *lower* a score. We clamp IDF to a small positive
    floor: a term a document contains never counts against it.
    """
    if not corpus or not query:
        return [0.0] * len(corpus)
    docs = [list(doc) if doc else ["\x00"] for doc in corpus]  # rank_bm25 divides by the mean length
    bm25 = BM25Okapi(docs)
    for word, value in list(bm25.idf.items()):
        bm25.idf[word] = max(float(value), _IDF_FLOOR)
    return [float(s) for s in bm25.get_scores(list(query))]


def idf_weights(corpus: Sequence[Sequence[str]]) -> dict[str, float]:
    """Smoothed IDF of each term over a small corpus (log((N + 1) / (df + 0.5)))."""
    df: dict[str, int] = {}
    for doc in corpus:
        for term in set(doc):
            df[term] = df.get(term, 0) + 1
    n = len(corpus)
    return {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
