"""Cheap screens in front of slow patterns: a necessary condition for a regex to match, checked with
substring tests (C speed) before the regex scans the text position by position.

Python's `re` cannot skip ahead for a case-insensitive alternation ("\\b(?:approved|signed|...)" with
re.I): it tries every alternative at every position, which made such patterns a third of the analysis
time. A screen never changes a result: it only says "no match possible" when that is certain, and the
pattern runs otherwise. `Screened` reads the strings a pattern requires from CPython's own pattern parser
(`re._parser`, internal: tests/bot/analysis/test_fast_paths.py checks every screened pattern against the
plain one, so a change there shows). `finditer_at_word_starts` and `finditer_before_digits` try a pattern
only at the positions where one of its matches can start.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
from typing import Any

# The only characters outside ASCII that a case-insensitive pattern matches to an ASCII letter: İ, ı, ſ
# and the Kelvin sign (measured over every code point on CPython 3.11). `str.lower` does not map them
# onto the letter re.I pairs them with, so a text holding one is not screened.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
DIGIT = re.compile(r"\d")  # where a digit is: a start pattern for `finditer_at`, and `holds_digit`


def folded(text: str) -> str | None:
    """The text lower-cased, when that is exactly how a case-insensitive pattern reads its ASCII letters;
    None when the text holds a character that re.I folds differently (then nothing may be screened)."""
    global _LAST_FOLDED
    last = _LAST_FOLDED
    if last[0] is text:
        return last[1]
    # Four substring tests (C speed) rather than the set's `isdisjoint`, which walks the text character by character.
    low = None if not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII) else text.lower()
    _LAST_FOLDED = (text, low)
    return low


# The last text folded and its fold: several screens in a row ask about one sentence (two calls in three
# on the benchmark's articles), and the very same string object answers without lower-casing it again.
# One tuple, replaced whole, so a thread never reads one text's fold for another.
_LAST_FOLDED: tuple[str | None, str | None] = (None, None)


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """False only when the text, read case-insensitively, holds none of the lower-case ASCII `needles`."""
    low = folded(text)
    if low is None:
        return True
    # A plain loop: `any` over a generator costs as much as the substring tests themselves.
    for needle in needles:  # noqa: SIM110
        if needle in low:
            return True
    return False


def holds_digit(text: str) -> bool:
    """A decimal digit of any script, as `\\d` matches one."""
    return DIGIT.search(text) is not None


# ---------------------------------------------------------------- screened patterns

MIN_NEEDLE = 3  # a screen of shorter strings passes nearly every sentence: not worth its cost


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains (lower-cased for a case-insensitive one), read
    from its parse tree; None when no such set is known (a class, a dot, an optional part can stand
    anywhere)."""
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    return _required(list(_parser.parse(pattern.pattern, pattern.flags)), ignorecase)


def _required(items: list[tuple[Any, Any]], ignorecase: bool) -> frozenset[str] | None:
    """One of the strings every match of the sequence `items` holds: the best of what its parts require
    (a run of literal characters, an alternation whose every branch requires something, a repeat that
    occurs at least once)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
            found = _required(list(av[3]), ignorecase)
        elif op is _c.ATOMIC_GROUP:
            found = _required(list(av), ignorecase)
        elif op is _c.BRANCH:
            branches = [_required(list(b), ignorecase) for b in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*(b for b in branches if b is not None))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(list(av[2]), ignorecase)
        if found is not None:
            candidates.append(found)
    close_run()
    usable = []
    for strings in candidates:
        if ignorecase:
            if not all(_caseless_or_ascii(s) for s in strings):
                continue  # re.I pairs some other scripts' letters in ways `str.lower` does not
            strings = frozenset(s.lower() for s in strings)
        usable.append(strings)
    if not usable:
        return None
    return max(usable, key=lambda strings: (min(map(len, strings)), -len(strings)))


def _caseless_or_ascii(text: str) -> bool:
    """ASCII, or characters without case (Chinese, Japanese): what re.I and `str.lower` read alike."""
    return text.isascii() or all(ch.isascii() or ch.lower() == ch == ch.upper() for ch in text)


def _selective(needles: frozenset[str]) -> bool:
    """Worth a screen: no needle so short that nearly every sentence holds it (a CJK character, or two
    signs such as "(@", are rare enough in the English text most items are)."""
    return all(len(n) >= MIN_NEEDLE or not n.isascii() or not any(ch.isalnum() or ch.isspace() for ch in n)
               for n in needles)


def _shortest(needles: frozenset[str]) -> frozenset[str]:
    """The needles without those holding another one ("approved" when "approv" is there): a text holding
    the longer holds the shorter, so the screen says the same with one substring test fewer."""
    return frozenset(n for n in needles if not any(other != n and other in n for other in needles))


class Screened:
    """A compiled pattern with a screen in front: the strings one of which every match holds
    (`required_literals`); a text holding none of them is answered without running the pattern. Same
    results as the pattern, for the methods the analysis uses."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        needles = required_literals(pattern)
        self.needles: tuple[str, ...] | None = (
            tuple(sorted(_shortest(needles))) if needles is not None and _selective(needles) else None
        )
        self._fold = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, text: str) -> bool:
        needles = self.needles
        if needles is None:
            return True
        if self._fold:
            return holds_any(text, needles)
        for needle in needles:  # noqa: SIM110 (a loop, as in holds_any)
            if needle in text:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.search(text, pos, endpos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.match(text, pos, endpos) if self.may_match(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._pattern.finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._pattern.findall(text, pos, endpos) if self.may_match(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self._pattern.sub(repl, text, count) if self.may_match(text) else text


def screened(pattern: str, flags: int = 0) -> Screened:
    """`re.compile(pattern, flags)` behind its screen."""
    return Screened(re.compile(pattern, flags))


# ---------------------------------------------------------------- case-insensitive patterns read case-sensitively

_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z-]")


def folded_twin(pattern: re.Pattern[str] | Screened) -> re.Pattern[str]:
    """A case-insensitive pattern written in lower case, compiled without re.I: over `folded(text)` it
    matches where `pattern` matches in `text`, with the same spans and groups' spans (lower-casing keeps
    every offset where `folded` answers), and `re` scans a case-sensitive alternation several times faster.
    Only the spans may be used: the twin's groups hold the lower-cased text."""
    source = _GROUP_NAME.sub("(", pattern.pattern)
    if not pattern.flags & re.IGNORECASE or re.search("[A-Z]", source) or _INLINE_FLAGS.search(source) \
            or not _caseless_or_ascii(source):
        raise ValueError(f"not a lower-case re.I pattern: {pattern.pattern[:60]!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def found_folded(pattern: re.Pattern[str], twin: re.Pattern[str], text: str, low: str | None) -> bool:
    """Whether `pattern` finds anything in `text`: asked of its `folded_twin` over `low` (`folded(text)`,
    worked out once for several patterns) where that is known."""
    return (pattern.search(text) if low is None else twin.search(low)) is not None


# ---------------------------------------------------------------- scanning only where a match can start

_WORD_RUN = re.compile(r"\w+")


def finditer_at_word_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts with `\\b` and a word character:
    such a match can only start where a run of word characters starts, so only those positions are tried
    (left to right, from the end of the last match), instead of every position of the text."""
    return finditer_at(pattern, text, _WORD_RUN)


def finditer_at(pattern: re.Pattern[str], text: str, starts: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts where a match of `starts` starts:
    only those positions are tried, left to right, from the end of the last match."""
    pos = 0
    match = pattern.match
    for run in starts.finditer(text):
        start = run.start()
        if start < pos:
            continue
        m = match(text, start)
        if m is not None:
            yield m
            pos = m.end()


_DIGIT_RUN = re.compile(r"\d+")


def finditer_before_digits(pattern: re.Pattern[str], text: str, reach: int) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match holds a digit at most `reach` characters
    after its start, preceded only by characters that are not digits: each match starts in the `reach`
    positions before a run of digits, so only those are tried, left to right."""
    pos = 0
    match = pattern.match
    for run in _DIGIT_RUN.finditer(text):
        digit = run.start()
        for start in range(max(pos, digit - reach), digit + 1):
            m = match(text, start)
            if m is not None:
                yield m
                pos = m.end()
                break


# ---------------------------------------------------------------- trying a pattern only at words that can open a match

HEAD_CHARS = 3  # the opening characters of a word that `word_heads` reads: selective, and few enough to list


def word_heads(pattern: re.Pattern[str], size: int = HEAD_CHARS) -> frozenset[str] | None:
    """The lower-cased openings (`size` characters, fewer where a class, a repeat or the end comes first) one
    of which every match of the case-insensitive `pattern` opens with; None when not known. Read from the
    parse tree as `required_literals` is. A letter that re.I pairs with more than its own upper case (Greek
    and old Cyrillic forms) makes it None: `folded` would not read the text so."""
    if not pattern.flags & re.IGNORECASE:
        return None
    heads = _openings(list(_parser.parse(pattern.pattern, pattern.flags)), frozenset({""}), size)
    if heads is None:
        return None
    heads = frozenset(h.rstrip(_STOP) for h in heads)
    return None if "" in heads else heads


# Ends an opening that stopped short: what follows it in the pattern must not be added to it.
_STOP = "\x00"


def _openings(items: list[tuple[Any, Any]], heads: frozenset[str], size: int) -> frozenset[str] | None:
    """`heads` (openings read so far) extended by what the sequence `items` matches first. An opening stops
    short, as it stands, at the first item that is not a literal, a group or an alternation."""
    for op, av in items:
        done = frozenset(h for h in heads if len(h) >= size or h.endswith(_STOP))
        if done == heads:
            return heads
        open_ = heads - done
        if op is _c.AT:
            continue  # \b, ^: no character
        if op is _c.LITERAL:
            if chr(av).lower() != chr(av) or (av >= 128 and av in _EXTRA_CASES):
                return None
            heads = done | frozenset(h + chr(av) for h in open_)
        elif op is _c.SUBPATTERN and not av[1] and not av[2]:
            found = _openings(list(av[3]), open_, size)
            if found is None:
                return None
            heads = done | found
        elif op is _c.BRANCH:
            branches = [_openings(list(b), open_, size) for b in av[1]]
            if any(b is None for b in branches):
                return None
            heads = done.union(*(b for b in branches if b is not None))
        else:  # a class, a repeat: each open opening stops where it is
            heads = done | frozenset(h + _STOP for h in open_)
    return heads


def finditer_at_heads(pattern: re.Pattern[str], text: str, heads: frozenset[str],
                      size: int = HEAD_CHARS) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a case-insensitive pattern whose every match starts with `\\b` and a
    word character, and opens with one of `heads` (`word_heads(pattern, size)`): only the words opening so
    are tried. A long alternation of other languages' words then costs a set look-up per word."""
    low = folded(text)
    if low is None:
        yield from finditer_at_word_starts(pattern, text)
        return
    shorter = sorted({len(h) for h in heads if len(h) < size})
    pos = 0
    match = pattern.match
    for run in _WORD_RUN.finditer(text):
        start = run.start()
        if start < pos:
            continue
        key = low[start : start + size]
        if key not in heads:
            for n in shorter:  # a plain loop: `any` over a generator would cost more than the look-ups
                if key[:n] in heads:
                    break
            else:
                continue
        m = match(text, start)
        if m is not None:
            yield m
            pos = m.end()
