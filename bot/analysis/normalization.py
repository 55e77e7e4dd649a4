"""Normalised text: NFKC, no zero-width characters, tidy whitespace (`normalize`, `clean_line`); the
character classes the other text tools share; a display line cut to fit (`truncate`) or without its
outlet suffix (`strip_outlet`).

Everything here is pure and deterministic.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# ---------------------------------------------------------------- character classes

# Han, kana and Hangul: scripts written without spaces between words.
CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
CJK_RE = re.compile(f"[{CJK_CHARS}]")
# Latin (with accents, and Vietnamese's), Greek and Cyrillic letters plus digits; and the letters (with their
# vowel signs and points, not their punctuation) of the scripts written with spaces between words that the real
# pages use: Armenian, Hebrew, Arabic (Persian's too), Devanagari, Bengali, Tamil, Georgian. Without them a
# sentence in Arabic or Hindi had no words at all: nothing to match a question, a story or a summary's elements
# on. (Not Thai: written without spaces, a whole clause would be one word.)
WORD_CHARS = (
    "0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u1f00-\u1fff"
    "\u0531-\u0556\u0561-\u0587\u05b0-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u05d0-\u05ea\u05f0-\u05f2"
    "\u0620-\u065f\u0660-\u0669\u066e-\u06d3\u06d5-\u06ef\u06f0-\u06ff"
    "\u0900-\u0963\u0966-\u097f\u0980-\u09f1\u0b80-\u0bff\u10a0-\u10ff"
)

LETTER_RE = re.compile(r"[^\W\d_]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Runs of whitespace other than newlines become one space. Only what that changes is substituted: runs of
# two or more, and a lone tab or other space that is not " " (not a replacement between every two words).
_SPACES_TO_FIX = re.compile(r"[^\S\n]{2,}|[^\S\n ]")


_ODD_SPACE = re.compile(r"[^\S\n ]")  # a tab, a no-break space...: a class, which `re` scans for quickly
# Every whitespace character but " " is a control or separator character, which `str.isprintable` rejects:
# a printable text (most sentences) holds no odd space, and that test costs less than half of the class's
# scan (tests/bot/analysis/test_fast_paths.py checks it over every code point).


def collapse_spaces(text: str) -> str:
    """Each run of whitespace other than newlines as one space."""
    if "  " not in text and (text.isprintable() or not _ODD_SPACE.search(text)):
        return text  # most lines: nothing to change, found by quick scans
    return _SPACES_TO_FIX.sub(" ", text)


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (easier to read and edit as data)."""
    return frozenset(text.split())


def is_cjk(ch: str) -> bool:
    """Whether the string starts with a CJK character (every one of them is at U+3040 or above: a
    comparison answers for the letters and signs most texts are made of, without the pattern)."""
    if ch[:1] < "\u3040":
        return False
    return CJK_RE.match(ch) is not None


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
    if not text.isascii():  # the zero-width characters are not ASCII (isascii is a flag, not a scan)
        text = _ZERO_WIDTH.sub("", text)
    text = collapse_spaces(text.replace("\r\n", "\n").replace("\r", "\n"))
    # Each substitution only when it has something to do: most texts have no space beside a line break.
    if " \n" in text or "\n " in text:
        text = _SPACE_AROUND_NEWLINE.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


_SPACE_AROUND_NEWLINE = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")


def clean_line(text: str) -> str:
    """One line of display text: normalised, all whitespace collapsed to single spaces."""
    line = normalize(text)
    if "  " in line or (not line.isprintable() and _NOT_SPACE_WHITESPACE.search(line)):
        line = _WHITESPACE_TO_FIX.sub(" ", line)
    return line.strip()


# `\s+` -> " " changes only runs of two or more and a lone whitespace character that is not " ".
_WHITESPACE_TO_FIX = re.compile(r"\s{2,}|[^\S ]")
_NOT_SPACE_WHITESPACE = re.compile(r"[^\S ]")


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


# ---------------------------------------------------------------- quoting as written

def as_written(piece: str, source: str) -> str:
    """`piece`, normalised text that is one span of `source` (whitespace aside), in `source`'s own characters.

    NFKC changes what a quote says: "３０００万円以上" becomes "3000万円以上", "，" becomes "," and "n.º 352"
    becomes "n.o 352". Such a piece is mapped back to the span it came from; one that is not a single span
    (words were deleted) is returned as it is.
    """
    if not piece or piece in source:
        return piece
    if not CJK_RE.search(piece) and unicodedata.is_normalized("NFKC", source):
        return piece  # only whitespace differs: nothing to restore
    folded, at = _folded_source(source)
    target = _NO_SPACE.sub("", piece)
    tail = ""
    start = folded.find(target)
    if start < 0 and target.endswith("."):  # a terminal full stop the summary added
        target, tail = target[:-1], "."
        start = folded.find(target)
    if start < 0 or not target:
        return piece
    span = source[at[start] : at[start + len(target) - 1] + 1]
    if _NO_SPACE.sub("", _normalize(span)) != target:  # a character whose normal form spans the cut
        return piece
    return _light(span) + tail


_NO_SPACE = re.compile(r"\s+")


def _light(text: str) -> str:
    """Whitespace collapsed and zero-width characters dropped, every other character as written."""
    return _WHITESPACE_TO_FIX.sub(" ", _ZERO_WIDTH.sub("", text)).strip()


@functools.lru_cache(maxsize=64)
def _folded_source(source: str) -> tuple[str, tuple[int, ...]]:
    """`source` in NFKC without whitespace or zero-width characters, character by character, and the index
    in `source` each of its characters comes from."""
    chars: list[str] = []
    at: list[int] = []
    for i, ch in enumerate(source):
        if ch.isspace() or _ZERO_WIDTH.match(ch):
            continue
        for out in (ch if ch.isascii() else unicodedata.normalize("NFKC", ch)):
            if not out.isspace():
                chars.append(out)
                at.append(i)
    return "".join(chars), tuple(at)
