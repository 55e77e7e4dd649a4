"""When: the date an action takes effect or starts, for the summary's `effective` field
(`effective_date`). The tags read their own effective date with `effective_dates`."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from bot.analysis.dates import MONTHS, find_dates
from bot.analysis.normalization import clean_line
from bot.analysis.screens import screened
from bot.analysis.summary_sentences import MAX_SENTENCES

# A cue right before a date: the action takes effect, applies, starts or opens then.
_EFFECT_BEFORE = re.compile(
    r"(?:\b(?:take[sn]?|took|taking)\s+effect|\b(?:come[s]?|came|coming|go(?:es)?|went|going|enter(?:s|ed)?|"
    r"entering)\s+into\s+(?:effect|force)|\bin\s+(?:effect|force)|\beffective|\bappl(?:y|ies|ying)|\bstart(?:s|ing)?|"
    r"\bbegin(?:s|ning)?|\bcommenc\w+|\bopens?|\blaunch(?:es)?|\blifted|\breversed|\bresum\w+|\bexpir\w+|"
    r"\bimplement\w*|\bintroduc\w+|\bfrom|\bas\s+of|\bby|\bno\s+later\s+than|\bwill\s+(?:\w+\s+){0,3})"
    r"\s+(?:(?:on|from|in|as\s+of|at|for)\s+)?(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:early\s+|mid-?\s*|late\s+)?$",
    re.I,
)
# The strength of a cue (a stated start over a bare "from" or a target "by").
_STRONG_CUE = screened(
    r"effect|force|effective|appl|start|begin|commenc|open|launch|lifted|reversed|resum|implement|introduc", re.I
)
_EFFECT_AFTER_ZH = re.compile(r"^\s*(?:起)?\s*(?:施行|实施|實施|生效|正式实施|正式實施|起)")
_NOW = screened(
    r"\b(?:(?:takes?|took|goes|went|comes?|came)\s+(?:into\s+)?(?:effect|force)\s+(?:today|immediately)|"
    r"effective\s+(?:today|immediately)|(?:with|in)\s+immediate\s+effect|starting\s+today|from\s+today|"
    r"now\s+in\s+effect|(?:is|are)\s+now\s+(?:live|open|in\s+force))\b|即日起|之日起施行|之日起实施|之日起實施",
    re.I,
)
# Any relative day at all (checked first: most sentences have none).
_RELATIVE = screened(
    r"today|immediate|yesterday|tomorrow|\bnow\b|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"即日|之日起|明天|明日|昨天|昨日",
    re.I,
)
_YESTERDAY = screened(r"\b(?:took|came\s+into|went\s+into)\s+(?:effect|force)\s+yesterday\b|昨[天日]起", re.I)
_TOMORROW = screened(
    r"\b(?:(?:takes?|will\s+take)\s+effect|starting|from|effective|(?:comes?|will\s+come)\s+into\s+(?:effect|force))"
    r"\s+tomorrow\b|自?明[天日]\s*(?:[（(][^）)]{0,12}[）)])?\s*起",
    re.I,
)
_WEEKDAY_CUE = screened(
    r"\b(?:starting|from|effective|beginning|as\s+of)\s+(?:on\s+)?(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b",
    re.I,
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_CUED = re.compile(
    r"\b(?:from|starting|beginning|in|as\s+of|effective|by|opens?\s+in|begins?\s+in|starts?\s+in|until)\s+"
    r"(?:(?:early|mid|late|mid-|the\s+(?:start|beginning|end)\s+of)\s*)?"
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)",
)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:set|due|expected)\s+to|are\s+(?:set|due|expected)\s+to|starting|"
                     r"take[sn]?\s+effect|come\s+into|comes\s+into)\b", re.I)
_MONTH_SENTENCE_CUE = re.compile(
    r"\b(?:take[sn]?\s+effect|took\s+effect|effective|in(?:to)?\s+force|appl(?:y|ies)|start|starts|starting|"
    r"begin|begins|beginning|open|opens|launch|launches|from|qualify|introduc\w*|will\s+(?:rise|fall|increase|"
    r"change|apply|be)|run)\b",
    re.I,
)
_YEAR_CUED = re.compile(
    r"\b(?:(?:take[sn]?|took)\s+effect|(?:come|comes|came)\s+into\s+(?:effect|force)|effective|appl(?:y|ies)|"
    r"start(?:s|ing)?|begin(?:s|ning)?|from|by)\s+(?:in\s+)?(?:(?:early|mid|late|mid-)\s*|(?:the\s+)?(?:start|"
    r"beginning|end)\s+of\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.I,
)
# "by 2026" is when a rule applies only when the sentence says something must be done or take effect by then.
_BY_CONTEXT = re.compile(
    r"\b(?:must|required?|requir\w+|need\s+to|have\s+to|take\s+effect|in\s+(?:effect|force)|implement\w*|"
    r"comply|complian\w+|phase[ds]?\s+in|roll(?:ed)?\s+out|introduc\w+|will\s+(?:apply|be\s+(?:required|introduced|"
    r"implemented|in\s+place)))\b",
    re.I,
)
BY_CONTEXT_CHARS = 45
# A strong cue a few words before the date, with no other date between: "take effect 60 days thereafter on".
_STRONG_GAP = screened(
    r"\b(?:take[sn]?\s+effect|took\s+effect|become\s+effective|come[s]?\s+into\s+(?:effect|force)|"
    r"enter(?:s|ed)?\s+into\s+force|effective)\b(?![^,;]*\b(?:until|through|before)\b)[^.;]{0,50}$",
    re.I,
)
# A sentence that may state a date at all: a digit, a month, a relative day, "immediately", Chinese 起. The
# digit is looked for on its own first (`_dateish`): in one re.I alternation with the words, `re` tried
# every word at every position up to the first digit.
_DATEISH_WORDS = screened(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|tomorrow|yesterday|immediate(?:ly)?|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|即日|明天|明日|昨天|昨日|之日起",
    re.I,
)
_DIGIT = re.compile(r"\d")  # every calendar date has one; "may" and "march" alone make no date


def _dateish(sentence: str) -> bool:
    return _DIGIT.search(sentence) is not None or _DATEISH_WORDS.search(sentence) is not None


_PAST_TENSE = re.compile(r"\b(?:took|came|went|was|were|had|has\s+been|have\s+been|entered)\b", re.I)
_ANNOUNCEMENT = re.compile(r"\b(?:announc\w+|publish\w+|unveil\w+|said|released|issued|signed|sent)\s+(?:\w+\s+){0,2}$", re.I)


def effective_date(sentences: Sequence[str], published: datetime | None = None) -> str | None:
    """When the action takes effect or starts, as ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY", if the text says.

    A date counts only after a cue of effect or start ("takes effect on", "from 1 October", "starting
    April 1, 2027", "effective immediately", "by 2026"), or before a Chinese one ("10月1日起施行"); an
    announcement date alone is not an effective date. Relative dates ("today", "yesterday", "starting
    Thursday") and yearless dates resolve against `published`; without it they stay unknown. The
    strongest cue wins, then the earliest sentence.
    """
    return _effective_date(tuple(sentences), published)


@functools.lru_cache(maxsize=256)
def _effective_date(sentences: tuple[str, ...], published: datetime | None) -> str | None:
    year = published.year if published else None
    best: tuple[float, int, str] | None = None

    def consider(strength: float, index: int, value: str) -> None:
        nonlocal best
        if best is None or (strength, -index) > (best[0], -best[1]):
            best = (strength, index, value)

    for index, raw in enumerate(sentences[: MAX_SENTENCES + 1]):
        sentence = clean_line(raw)
        if not sentence or not _dateish(sentence):
            continue
        today = published.date() if published else None
        if today is not None and _RELATIVE.search(sentence):
            if _NOW.search(sentence):
                consider(2.5, index, today.isoformat())
            if _YESTERDAY.search(sentence):
                consider(2.5, index, (today - timedelta(days=1)).isoformat())
            if _TOMORROW.search(sentence):
                consider(2.5, index, (today + timedelta(days=1)).isoformat())
            wd = _WEEKDAY_CUE.search(sentence)
            if wd:  # "starting Thursday": the nearest Thursday to the report
                delta = (_DAYS.index(wd.group("day").lower()) - today.weekday() + 3) % 7 - 3
                consider(1.5, index, (today + timedelta(days=delta)).isoformat())
        for d in find_dates(sentence, default_year=year) if _DIGIT.search(sentence) else ():
            before = sentence[max(0, d.start - 60) : d.start]
            cue = _EFFECT_BEFORE.search(before)
            strength = 0.0
            if cue:
                word = cue.group()
                strength = 3.0 if _STRONG_CUE.search(word) else 1.0 if re.search(r"\bby\b", word, re.I) else 2.0
                if re.match(r"\s*by\b", word, re.I) and not _BY_CONTEXT.search(before[-BY_CONTEXT_CHARS:]):
                    strength = 0.0  # "expected by March 31", "could drop to 300,000 by 2029": a forecast
                if re.search(r"\bwill\b", word, re.I) and not _STRONG_CUE.search(word):
                    strength = 1.2  # "will be lifted on April 10", "will ... on": a future step
                if _ANNOUNCEMENT.search(before[-40:]):
                    strength = 0.0  # "announced on June 4": when it was said, not when it applies
            elif _EFFECT_AFTER_ZH.match(sentence[d.end :]):
                strength = 3.0
            elif _STRONG_GAP.search(before) and not find_dates(before[_STRONG_GAP.search(before).end() :]):  # type: ignore[union-attr]
                strength = 2.5  # "to become effective 60 days after publication, on February 27, 2026"
            if strength <= 0:
                continue
            value = d.value
            if not d.has_year and published is not None and value < published.date() - timedelta(days=60) \
                    and not _PAST_TENSE.search(sentence):
                value = _next_year(value)  # "from March 1" in a December article means next March
            consider(strength, index, value.isoformat())
        if year is not None or _MONTH_CUED.search(sentence):
            for m in _MONTH_CUED.finditer(sentence):
                if not _MONTH_SENTENCE_CUE.search(sentence):
                    break
                if m.group().lower().startswith("in ") and not _FUTURE.search(sentence):
                    continue  # "signed in February", "sued in December": when something happened
                month = MONTHS[m.group("month").lower()]
                if m.group("year"):
                    consider(1.6, index, f"{int(m.group('year')):04d}-{month:02d}")
                elif published is not None:
                    y = published.year + (1 if month < published.month else 0)
                    consider(1.4, index, f"{y:04d}-{month:02d}")
        for m in _YEAR_CUED.finditer(sentence) if _DIGIT.search(sentence) else ():
            if m.group().lower().startswith("by"):
                if not _BY_CONTEXT.search(sentence[max(0, m.start() - BY_CONTEXT_CHARS) : m.start()]):
                    continue
                strength = 0.8
            elif m.group().lower().startswith("from") and (
                not _MONTH_SENTENCE_CUE.search(sentence) or re.match(r"\s*(?:to|until|through)\s+\d", sentence[m.end() :])
            ):
                continue  # "from 1988 to 1991": a span of the past
            else:
                strength = 1.1
            consider(strength, index, m.group("year"))
    return best[2] if best else None


def _next_year(value: date) -> date:
    try:
        return value.replace(year=value.year + 1)
    except ValueError:  # February 29
        return value.replace(year=value.year + 1, day=28)


# ---------------------------------------------------------------- when it happened (the fallback)

# A verb of the action itself: the date next to it is when the action was taken ("On 27 August 2024,
# the Government announced", "adopted on 23 May 2024", "signed in February").
_ACTION_VERB = re.compile(
    r"\b(?:announc|unveil|publish|releas|issu|sign|adopt|approv|pass|enact|introduc|launch|propos|order|"
    r"revok|rescind|withdr[ae]w|suspend|paus|halt|block|lift|revers|grant|rul(?:ed|ing)|fil(?:ed|ing)|charg|"
    r"sentenc|arrest|decid|confirm|establish|creat|end(?:ed|ing)|terminat|scrap|updat|amend|declar|"
    r"post(?:ed)?|come|came|took|start|began|begin|open)\w*",
    re.I,
)
ACTION_WINDOW = 80  # characters either side of a date in which its verb is looked for
_MONTH_YEAR = re.compile(
    r"\b(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<year>(?:19|20)\d\d)\b"
)


def stated_date(sentences: Sequence[str], published: datetime | None = None) -> str | None:
    """When the action happened, for an alert's "When" when the text states no effective date: the date
    next to a verb of the action ("announced on 27 August 2024", "signed May 12"), else the first date the
    text states at all; ISO "YYYY-MM-DD" (or "YYYY-MM" for "May 2026"). A date without a year takes the
    year of `published` (the year before when that would put it months after the report) and is skipped
    without it. The earliest sentence wins among dates as well placed."""
    return _stated_date(tuple(sentences), published)


@functools.lru_cache(maxsize=256)
def _stated_date(sentences: tuple[str, ...], published: datetime | None) -> str | None:
    year = published.year if published else None
    best: tuple[int, int, str] | None = None  # (not next to an action verb, sentence index, value)
    for index, raw in enumerate(sentences[: MAX_SENTENCES + 1]):
        sentence = clean_line(raw)
        if not sentence or not _dateish(sentence):
            continue
        found: list[tuple[int, int, int, str]] = []  # start, end, 0 for a day (1 for a month), value
        for d in find_dates(sentence, default_year=year) if _DIGIT.search(sentence) else ():
            value = d.value
            if not d.has_year and published is not None and value > published.date() + timedelta(days=60):
                value = _year_before(value)  # "on Dec 20" in a January report is last December
            found.append((d.start, d.end, 0, value.isoformat()))
        for m in _MONTH_YEAR.finditer(sentence):
            if not any(s <= m.start() < e for s, e, _, _ in found):
                found.append((m.start(), m.end(), 1, f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}"))
        found += [f for f in _other_dates(sentence, year) if not any(s <= f[0] < e for s, e, _, _ in found)]
        for start, end, _, iso in sorted(found):
            near = sentence[max(0, start - ACTION_WINDOW) : end + ACTION_WINDOW]
            rank = (0 if _ACTION_VERB.search(near) else 1, index, iso)
            if best is None or rank[:2] < best[:2]:
                best = rank
    return best[2] if best else None


# Dates `find_dates` does not read: French ("1er janvier 2026", "12 mai", "mars 2026"), slashed ISO and a
# Chinese month ("2026年5月").
_FR_MONTHS = {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
              "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12}
_FR_DATE = re.compile(
    r"\b(?:(?P<day>\d{1,2})(?:er)?\s+)?(?P<month>" + "|".join(_FR_MONTHS) + r")(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.I,
)
_ZH_MONTH = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>\d{1,2})\s*月(?!\s*\d)")  # "2026年5月"
_SLASHED = re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b")


def _other_dates(sentence: str, year: int | None) -> list[tuple[int, int, int, str]]:
    out: list[tuple[int, int, int, str]] = []
    for m in _FR_DATE.finditer(sentence):
        month, day = _FR_MONTHS[m.group("month").lower()], m.group("day")
        y = int(m.group("year")) if m.group("year") else year
        if y is None or not (day or m.group("year")):
            continue  # "mai" alone is no date
        out.append(_iso(m, y, month, int(day) if day else None))
    for m in _SLASHED.finditer(sentence):
        out.append(_iso(m, int(m.group("year")), int(m.group("month")), int(m.group("day"))))
    for m in _ZH_MONTH.finditer(sentence):
        out.append(_iso(m, int(m.group("year")), int(m.group("month")), None))
    return [d for d in out if d[3]]


def _iso(m: re.Match[str], year: int, month: int, day: int | None) -> tuple[int, int, int, str]:
    try:
        value = date(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}" if 1 <= month <= 12 else ""
    except ValueError:
        value = ""
    return (m.start(), m.end(), 0 if day else 1, value)


def _year_before(value: date) -> date:
    try:
        return value.replace(year=value.year - 1)
    except ValueError:  # February 29
        return value.replace(year=value.year - 1, day=28)
