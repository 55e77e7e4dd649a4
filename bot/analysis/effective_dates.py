"""The date a rule takes effect, as a text states it: a day (`find_effective_date`) or only a month
(`find_effective_month`), read next to an effect cue ("takes effect on", "from", "施行").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime

from bot.analysis import lexicon as lx
from bot.analysis.dates import MONTHS, find_dates
from bot.analysis.screens import folded, folded_twin, found_folded, screened

_EFFECTIVE_CUE = screened(
    "|".join(sorted((re.escape(c) for c in lx.EFFECTIVE_CUES), key=len, reverse=True)), re.I
)
_NOW_WORDS = screened(
    r"\b(?:takes?\s+effect\s+(?:today|immediately)|effective\s+(?:today|immediately)|with\s+immediate\s+effect|"
    r"starting\s+today|from\s+today)\b|即日起|之日起施行|之日起实施",
    re.I,
)
_EFFECT_WORDS = re.compile(
    r"\b(?:effect|effective|force|apply|applies|start|starts|starting|begin|begins|beginning|from|as\s+of)\b"
    r"|施行|实施|生效|起",
    re.I,
)
_EFFECT_WORDS_FOLDED = folded_twin(_EFFECT_WORDS)  # most sentences hold none: the cheaper scan says so
# An alternation of literals: case-sensitive, `re` skips to where one can start; with re.I it tried each at
# every position.
_EFFECTIVE_CUE_FOLDED = folded_twin(_EFFECTIVE_CUE)


def _effective_cues(sentence: str, low: str | None) -> list[re.Match[str]]:
    """The effect cues of a sentence (`low`: its `folded` form), left to right (a cue's text is lower-cased:
    only its Chinese is read)."""
    return list(_EFFECTIVE_CUE.finditer(sentence) if low is None else _EFFECTIVE_CUE_FOLDED.finditer(low))


# The date's own preposition makes it an end: "apply by May 24", "until 30 June", "no later than".
_DEADLINE_BETWEEN = re.compile(
    r"\b(?:by|until|till|before|deadline|due|no\s+later\s+than|through|bis|avant|jusqu|hasta|entro|до)\b", re.I
)
# A year-less date a little before the article's month is the recent past ("applied from September 1 to
# October 20" in late October), unless the sentence speaks of the future; one well before it and nearer
# next year's day than this year's ("from March 1" in December) is next year's, unless the sentence is in the
# past tense ("from July 1" in November is this July's: the nearer reading).
ROLL_FORWARD_DAYS = 90
_FUTURE_TENSE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|next|upcoming|coming)\b|将", re.I)
_PAST_TENSE = screened(
    r"\b(?:took|came|went|began|started|opened|was|were|had|applied|received|ran|since|ago|last)\b|已", re.I
)


def find_effective_date(sentences: Sequence[str], published: datetime | None = None) -> tuple[date, str] | None:
    """The date a rule takes effect and the sentence saying so, if a sentence states it.

    (Status and summary both ask, about the same sentences: the answer is memoised.)
    """
    return _find_effective_date(tuple(sentences), published)


@functools.lru_cache(maxsize=256)
def _find_effective_date(sentences: tuple[str, ...], published: datetime | None) -> tuple[date, str] | None:
    """The date a rule takes effect and the sentence saying so, if a sentence states it.

    Dates are taken only next to an effect cue ("takes effect on", "from", "施行"), so a comment deadline
    or a publication date in the same article is not mistaken for it. "Takes effect today" resolves
    against `published`, as does a date without a year; without `published` those stay unknown.
    """
    default_year = published.year if published else None
    for sentence in sentences:
        low = folded(sentence)  # once a sentence, for both folded scans
        if not found_folded(_EFFECT_WORDS, _EFFECT_WORDS_FOLDED, sentence, low):
            continue
        if published is not None and _NOW_WORDS.search(sentence):
            return published.date(), sentence
        cues = _effective_cues(sentence, low)
        if not cues:
            continue
        for d in find_dates(sentence, default_year=default_year):
            # The cue must come shortly before the date ("effective September 21", "from 1 January"),
            # or, in Chinese, shortly after ("2026年3月1日起施行").
            near_before = any(0 <= d.start - c.end() <= 40 for c in cues)
            near_after = any(0 <= c.start() - d.end <= 6 for c in cues if _is_cjk_cue(c.group()))
            if near_before and not near_after and _DEADLINE_BETWEEN.search(
                sentence[max((c.end() for c in cues if c.end() <= d.start), default=d.start) : d.start]
            ):
                continue  # "approval from the host ... by May 24": a deadline, not a start
            if near_before or near_after:
                value = d.value
                if not d.has_year and published is not None and value < published.date().replace(day=1) and (
                    (published.date() - value).days > max(ROLL_FORWARD_DAYS, (_next_year(value) - published.date()).days)
                    or _FUTURE_TENSE.search(sentence)
                ) and not _PAST_TENSE.search(sentence):
                    value = _next_year(value)  # "from March 1" in a December article means next March
                return value, sentence
    return None


# "opens in September", "from January 2027", "will apply from early April": a month, after a cue.
_MONTH_ONLY = re.compile(
    r"\b(?:from|starting|beginning|in|as\s+of|effective|by|opens?\s+in|begins?\s+in|starts?\s+in)\s+"
    r"(?:(?:early|mid|late|mid-|the\s+end\s+of)\s*)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)",
)
_MONTH_CUE = re.compile(
    r"\b(?:take[sn]?\s+effect|taking\s+effect|took\s+effect|effective|in(?:to)?\s+force|appl(?:y|ies)|start|starts|starting|"
    r"begin|begins|beginning|open|opens|launch|launches|from|qualify|introduc\w*|will\s+(?:rise|fall|increase|"
    r"change)|run)\b",
    re.I,
)


def find_effective_month(sentences: Sequence[str], published: datetime | None = None) -> tuple[str, str] | None:
    """When only a month is stated ("the express lane opens in September", "from January 2027"): the
    month as ISO "YYYY-MM" and its sentence. Needs an effect cue in the sentence; a month without a year
    takes the year of `published` (the next one if that month is already past), else it stays unknown."""
    for sentence in sentences:
        if not _MONTH_CUE.search(sentence):
            continue
        for m in _MONTH_ONLY.finditer(sentence):
            month = lx_months(m.group("month"))
            if m.group("year"):
                return f"{int(m.group('year')):04d}-{month:02d}", sentence
            if published is not None:
                year = published.year + (1 if month < published.month else 0)
                return f"{year:04d}-{month:02d}", sentence
    return None


def lx_months(name: str) -> int:
    return MONTHS[name.lower()]


def _is_cjk_cue(cue: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in cue)


def _next_year(value: date) -> date:
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # 29 February
        return value.replace(year=value.year + 1, day=28)
