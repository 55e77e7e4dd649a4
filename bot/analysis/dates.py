"""Calendar dates written out in a text (`find_dates`): ISO, "March 3, 2026", "3 March", "3月1日"."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

from bot.analysis.screens import holds_any, holds_digit

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
# What each pattern needs to match at all (see bot.analysis.screens): most sentences hold no date, and
# the case-insensitive month patterns are slow to scan.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _may_hold_iso(text: str) -> bool:
    return "-" in text


def _may_hold_month(text: str) -> bool:
    return holds_digit(text) and holds_any(text, _MONTH_STEMS)


def _may_hold_cjk(text: str) -> bool:
    return "月" in text


_SCREENS: tuple[Callable[[str], bool], ...] = (_may_hold_iso, _may_hold_month, _may_hold_month, _may_hold_cjk)


class DateMatch(NamedTuple):
    value: date
    start: int
    end: int
    has_year: bool


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMatch]:
    """Calendar dates written out in the text. A date without a year uses `default_year` or is skipped."""
    if len(text) > _CACHE_CHARS:
        return list(_find_dates(text, default_year))
    return list(_find_dates_cached(text, default_year))


# The tagger's and the summary's date readers, story features and the summary's elements read the same
# sentences: each sentence is scanned once (about three times fewer scans on long articles).
_CACHE_CHARS = 2000


@functools.lru_cache(maxsize=4096)
def _find_dates_cached(text: str, default_year: int | None) -> tuple[DateMatch, ...]:
    return _find_dates(text, default_year)


def _find_dates(text: str, default_year: int | None) -> tuple[DateMatch, ...]:
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern, screen in zip(_DATE_PATTERNS, _SCREENS, strict=True):
        if not screen(text):
            continue
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
    return tuple(out)
