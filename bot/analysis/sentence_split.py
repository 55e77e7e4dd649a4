"""A text's sentences, in order (`split_sentences`): abbreviations, initials, decimals, quotes after the
full stop, Chinese 。！？, bullet lines and headings on their own line."""

from __future__ import annotations

import functools
import re

from bot.analysis.normalization import is_cjk, normalize, words

# Abbreviations that are (almost) always followed by more of the same sentence.
# A law's abbreviation with a capital and letters between points ("D.Lgs", "Dz.U"), before its number: not
# "4.2%" nor "gov.uk", after which a sentence may well start with a figure.
_CITATION = re.compile(r"(?=[^.]*[A-Z])(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_NEVER_FINAL = words(
    """mr mrs ms dr prof sr jr st mt gen col lt sgt capt cmdr adm gov sen rep pres rev hon fr messrs
    v vs e.g i.e cf fig figs vol no nos pp approx art sec para ch ed eds op dept univ assn est
    jan feb mar apr jun jul aug sep sept oct nov dec"""
)
# Abbreviations that stand before a number in a citation ("n. 152", "poz. 621", "Nr. 4"), in several languages.
_NUMBER_SIGNS = words("nr nro núm num nº n.º n.o no.º poz pkt ust por lgs bd abs")
# Abbreviations that may end a sentence: split only if a typical sentence opener follows.
_MAYBE_FINAL = words("u.s u.k u.n e.u u.s.a inc ltd corp co llc plc etc a.m p.m d.c bros al")
_OPENERS = words(
    """the a an this that these those it its he she they we i you his her their our there here in on at
    but and or so however meanwhile according as for while after before when if under since some many
    most officials critics analysts experts such other others one two yet still also last next earlier
    later now then what why how who despite although though by from with without until"""
)
# German and Dutch month names unlike the English ones, so "rose to 15. April was busy" still splits.
_ORDINAL_MONTH = re.compile(r"(?:Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|Januari|Februari|Maart|Mei)\b")
# "..." or one terminator, then closing quotes and brackets. Written with the character class first (not
# as "\.{3}|…|[...]") so that `re` can skip to the next candidate instead of trying each position.
_TERMINATOR = re.compile(r"[.!?…。！？।॥](?:(?<=\.)\.\.)?[\"'”’»」』）)\]]*")
_CJK_TERMINALS = "。！？।॥"  # always a sentence end (the Devanagari danda too)
_BULLET = re.compile(r"^\s*(?:[-•*▪◦·]|\d{1,2}[.)])\s+")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
# Spanish writes plural abbreviations with doubled letters, often spaced: "EE. UU.", "FF. AA.", "CC. OO.".
_DOUBLED = re.compile(r"([A-Z])\1")
_DOUBLED_NEXT = re.compile(r"([A-Z])\1\.")
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
    """The run of characters that are not spaces, brackets, quotes, dashes or slashes at the end of the
    text ("WASHINGTON—U.S." ends in the word "U.S"), as a `$`-anchored pattern of those characters finds
    it, read backwards from the end instead of tried at every position."""
    end = len(text) - 1 if text.endswith("\n") else len(text)  # `$` also stands before a final newline
    start = end
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _BEFORE_WORD:
        start -= 1
    return text[start:end]


_BEFORE_WORD = frozenset("([\"'“‘—–/")


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
    if prev.isdigit() and len(prev) <= 2 and _ORDINAL_MONTH.match(nxt):
        return False  # "seit dem 1. Juni 2024", "am 15. März": a German (or Nordic) date's ordinal day
    word = prev.lower()
    if word in _NEVER_FINAL:
        return False
    if len(prev) == 1 and prev.isupper():
        return False  # an initial: "J. Smith"
    if nxt[0].isdigit() and (word in _NUMBER_SIGNS or (len(prev) == 1 and prev.islower()) or _CITATION.fullmatch(prev)):
        return False  # a law's or a notice's number: "D.Lgs. n. 152", "Dz.U. 2025 r. poz. 621", "Nr. 3/2568"
    if _DOUBLED.fullmatch(prev) and _DOUBLED_NEXT.match(nxt):
        return False  # "los EE. UU. y la UE": one abbreviation in two halves
    if word in _MAYBE_FINAL or _INITIALS.fullmatch(word):
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
    if limit is None:
        return list(_split_sentences(text))
    size = _prefix_chars(limit)
    if len(text) <= size:
        return list(_split_sentences(text))[:limit]
    # Cut at a paragraph break, or in a text on one line (a feed's), before a space: the sentences before
    # the cut split as they do in the whole text (the look-ahead reads whole words); only the last piece
    # may differ, so it is never used.
    cut = text.find("\n", size)
    if cut < 0:
        cut = text.find(" ", size)
    if cut >= 0:
        head = _split_sentences(text[:cut])
        if len(head) > limit + 1:
            return list(head[:limit])
    return list(_split_sentences(text))[:limit]


_CHARS_PER_SENTENCE = 200  # generous: English news sentences average 120-180 characters
_HEAD_SENTENCES = 22
_FEW_SENTENCES = 6


def _prefix_chars(limit: int) -> int:
    """How much of a long text to split first for `limit` sentences. One size for every limit up to
    _HEAD_SENTENCES (and one for a few), so stages asking for 15 or 20 sentences share one cached split."""
    if limit <= _FEW_SENTENCES:
        return _FEW_SENTENCES * 2 * _CHARS_PER_SENTENCE
    return max(limit, _HEAD_SENTENCES) * _CHARS_PER_SENTENCE


# Pages that lost the space between sentences ("on their student visas.The Wall Street Journal"): a
# lower-case word of three letters or more, its full stop, then a capitalised word (not "U.S.", "gov.uk").
_GLUED = re.compile(r"(\b[a-z]{3,}[.!?][\"”’]?)(?=[A-Z][a-z]{2,})")
# What every glued join holds from its full stop on: a pattern opening with a character class, which `re`
# skips along to, where _GLUED tries each word of the text (most pages have no such join at all).
_GLUED_SCREEN = re.compile(r"[.!?][\"”’]?[A-Z][a-z]{2}")


def _unglued(text: str) -> str:
    """The text with a space put back between glued sentences (see _GLUED)."""
    return _GLUED.sub(r"\1 ", text) if _GLUED_SCREEN.search(text) else text


# Every stage reads the same article's sentences, tokens and phrase matches: these are pure functions
# of their text, so results are memoised (bounded) instead of recomputed stage after stage.
@functools.lru_cache(maxsize=64)
def _split_sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for para in _paragraphs(_unglued(normalize(text))):
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
