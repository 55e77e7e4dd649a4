"""Cheap screens in front of slow patterns: a necessary condition for a regex to match, checked with
substring tests (C speed) before the regex scans the text position by position.

Python's `re` cannot skip ahead for a case-insensitive alternation ("\\b(?:approved|signed|...)" with
re.I): it tries every alternative at every position, which made such patterns a third of the analysis
time. A screen never changes a result: it only says "no match possible" when that is certain, and the
pattern runs otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The only characters outside ASCII that a case-insensitive pattern matches to an ASCII letter: İ, ı, ſ
# and the Kelvin sign (measured over every code point on CPython 3.11). `str.lower` does not map them
# onto the letter re.I pairs them with, so a text holding one is not screened.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_DIGIT = re.compile(r"\d")


def folded(text: str) -> str | None:
    """The text lower-cased, when that is exactly how a case-insensitive pattern reads its ASCII letters;
    None when the text holds a character that re.I folds differently (then nothing may be screened)."""
    if not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text):
        return None
    return text.lower()


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """False only when the text, read case-insensitively, holds none of the lower-case ASCII `needles`."""
    low = folded(text)
    return low is None or any(n in low for n in needles)


def holds_digit(text: str) -> bool:
    """A decimal digit of any script, as `\\d` matches one."""
    return _DIGIT.search(text) is not None
