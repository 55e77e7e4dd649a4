"""Status: dates against the date of publication, a start or a year stated ahead of it ("from 1 June",
"ab diesem Samstag", "places for 2027"), which says a rule is yet to apply.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime

from bot.analysis import lexicon as lx
from bot.analysis.dates import find_dates
from bot.analysis.prepared_text import Unit
from bot.analysis.screens import screened
from bot.analysis.status_grammar import ML_FUTURE_IN_FORCE, UNSETTLED

# Not "by 2030" or "until 2027": a target or an end, which says nothing of when the rule starts.
_YEAR = re.compile(r"\b(?:in|for|from|of)\s+((?:19|20)\d\d)\b(?![-/]\d)", re.I)


# A date that ends something: "by 30 June", "until", "deadline:", "no later than".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|deadlines?|due(?:\s+on)?|no\s+later\s+than|closes?(?:\s+on)?|bis|jusqu['’]au|"
    r"jusqu['’]à|hasta|entro|fino\s+a\w*|até|tot)"
    r"\s*[:(]?\s*(?:(?:the|el|le|la|zum|dem|al|il|o)\s+)?(?:\w+day,?\s+)?$",
    re.I,
)


def later_date(text: str, published: datetime) -> str:
    """A date or a year in `text` after `published`, as written, or ""."""
    for d in find_dates(text, default_year=published.year):
        if _DEADLINE_BEFORE.search(text[max(0, d.start - 25) : d.start]):
            continue  # "apply by 30 June": the call is open now, it closes then
        if d.has_year and d.value > published.date():
            return text[d.start : d.end]
    for m in _YEAR.finditer(text):
        if int(m.group(1)) > published.year:
            return m.group(0)
    return ""


_ANY_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")
# A year as a target or an end ("d'ici 2030", "bis 2027", "2027년까지", "2030年までに"): not a start.
_TARGET_BEFORE = re.compile(r"(?:\b(?:d'ici|d’ici|bis|hasta|entro|até|до|к)\s+(?:(?:l'|la\s+|el\s+|il\s+)?(?:fin|end|ende|finales?|fine)\s+(?:de\s+|des\s+)?)?$)", re.I)
_TARGET_AFTER = re.compile(r"^\s*(?:년|年)?\s*(?:까지|までに|まで|前)")


# A year as a target, an end or a name in English too ("by 2030", "until 2027", "Vision 2030", "رؤية 2030", "the
# ‘2030 immigration strategy’"), not a start.
_NAME_OR_TARGET_BEFORE = re.compile(
    r"(?:\b(?:by|until|till|through|to|vision|agenda|strategy|plan|horizon|horizonte)\s+|رؤية\s*|[‘“「『\"'])$", re.I
)


# The year of a full date that ends something: "hasta el 31 de diciembre de 2026", "bis zum 31. Dezember 2026".
_END_DATE_BEFORE = re.compile(
    r"(?<!\w)(?:hasta|bis|jusqu['’]\w*|fino\s+a\w*|até|tot|until|till|entro)\s+(?:(?:el|le|la|zum|dem|al|il|o|the)\s+)?"
    r"\d{1,2}(?:\.|er|°|º|st|nd|rd|th)?\s+(?:de\s+)?[^\W\d_]+\.?,?\s+(?:de\s+)?$",
    re.I,
)


def later_year(text: str, published: datetime) -> str:
    """A year after `published` in a text in another language (its prepositions are not listed), not a
    target, an end or a name ("bis 2027", "2030年までに", "رؤية 2030", "‘2030 이민정책 전략’"); or ""."""
    return next((m.group(1) for m in _ANY_YEAR.finditer(text) if int(m.group(1)) > published.year
                 and not _TARGET_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
                 and not _END_DATE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                 and not _NAME_OR_TARGET_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
                 and not _TARGET_AFTER.match(text[m.end() : m.end() + 6])), "")


# A month stated as a rule's start ("take effect from September"), not any month a text names.
MONTH_AHEAD = re.compile(
    r"\b(?:tak(?:es?|ing)\s+effect|com(?:es?|ing)\s+into\s+(?:force|effect)|appl(?:y|ies)\s+from|effective\s+from|"
    r"will\s+(?:apply|start|begin|open)|(?:opens?|starts?|begins?)\s+in|from\s+(?:early\s+|mid-?|late\s+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\b",
    re.I,
)
PAST_MARKERS = screened(r"\b(?:took|came|went|last\s+year|since|ago|earlier\s+this)\b", re.I)
# A start stated in any language, as a day and a month or as a weekday: "С 11 декабря 2023 россиянам
# придётся", "ab diesem Samstag", "à partir du 1er juin", "starting Monday". Dates against the date of
# publication tell whether the rule is yet to apply, whatever the language.
_START = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted((re.escape(w) for w in lx.ML_START_WORDS), key=len, reverse=True)) + r")\s+"
    r"(?:(?:this|next|coming|diesem|dem|kommenden|ce|cette|el|este|esta|questo|deze|denne|nästa|ближайш\w*)\s+)?"
    r"(?:(?P<day>\d{1,2})(?:\.|er|st|nd|rd|th|°|º|-?го)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?"
    r"(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?|(?P<weekday>[^\W\d_][\w']+))",
    re.I,
)
_ML_PAST = re.compile(
    r"(?:вступил|вступила|вступили|набрав|набули|gilt\s+seit|est\s+entré|entró|entrato|trådte|trädde|"
    r"施行された|施行されました|施行され、[^。]*ました)", re.I
)


def _month_of(word: str) -> int:
    word = word.lower()
    for form, month in lx.ML_MONTHS.items():
        if word == form or (len(form) >= 4 and word.startswith(form)):
            return month
    return 0


def _weekday_of(word: str) -> int:
    word = word.lower()
    return next((day for form, day in lx.ML_WEEKDAYS.items() if word.startswith(form)), -1)


# A start stated relative to the date of the article: "from next year", "takes effect next month",
# "starting in 2027" (a year checked against the date), "明年起", "ab nächstem Jahr".
_RELATIVE_START = re.compile(
    r"\b(?:from|starting|beginning|effective|as\s+of|(?:take|takes|taking)\s+effect|com(?:e|es|ing)\s+into\s+"
    r"(?:force|effect)|appl(?:y|ies)|will\s+(?:start|begin|apply|open))\s+(?:from\s+|in\s+)?(?:the\s+)?"
    r"(?:next|coming|following)\s+(?:year|month|week|spring|summer|autumn|fall|winter|(?:academic|school|"
    r"financial|fiscal|tax)\s+year|semester|term|intake)\b|\blater\s+this\s+(?:year|month)\b"
    # A start some days after the act: "takes effect in 30 days", "goes into effect 60 days after signing".
    r"|\b(?:take|takes|taking|go|goes|going)\s+(?:into\s+)?effect\s+(?:in\s+|within\s+)?\d+\s+(?:days|weeks|months)\b"
    r"|\b\d+\s+(?:days|weeks|months)\s+after\s+(?:signing|it\s+is\s+signed|publication|it\s+is\s+published)\b"
    r"|(?<!\w)(?:" + "|".join(re.escape(w) for w in lx.ML_NEXT_PERIOD_START) + ")",
    re.I,
)
_START_YEAR = re.compile(
    r"\b(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|effective(?:\s+in)?|as\s+of|(?:take|takes)\s+effect\s+in|"
    r"com(?:e|es)\s+into\s+force\s+in|from\s+(?:early|mid-?|late))\s+((?:19|20)\d\d)\b(?![-/]\d)",
    re.I,
)


def start_ahead(units: Sequence[Unit], published: datetime) -> str:
    """A start date, weekday, year or period after `published`, stated in the headline or the lead, as
    written; or ""."""
    today = published.date()
    for unit in units:
        if unit.position == "body" or PAST_MARKERS.search(unit.key) or _ML_PAST.search(unit.key):
            continue
        if relative := _RELATIVE_START.search(unit.key):
            return relative.group(0)
        if (year := _START_YEAR.search(unit.key)) and int(year.group(1)) > today.year:
            return year.group(0)
        for m, when in _starts(unit.key, today):
            if m.group("weekday"):
                weekday = _weekday_of(m.group("weekday"))
                if weekday >= 0 and weekday != today.weekday():
                    return m.group(0)
            elif when is not None and when > today:
                return m.group(0)
        if forward := in_force_date_ahead(unit.key, today):
            return forward
    return ""


# A start on a weekday, told of the rule anywhere in the text ("the ban is set to take effect on Monday"):
# in the present or the future, so the next such day (not "took effect on Monday").
# (A bare "will begin" or "will start" is any event's, "the hearing will begin on Friday": only with a
# rule for subject.)
_WEEKDAY_MODAL = r"(?:will|shall|set\s+to|is\s+to|are\s+to|due\s+to|scheduled\s+to|expected\s+to)\s+"
_WEEKDAY_EFFECT = re.compile(
    rf"\b(?:{_WEEKDAY_MODAL}(?:take\s+effect|go\s+into\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force)|"
    rf"(?:ban|rules?|law|act|decree|order|fees?|polic(?:y|ies)|restrictions?|requirements?|regulations?|measures?|"
    rf"cap|limits?|suspension|pause)\s+(?:is\s+|are\s+)?{_WEEKDAY_MODAL}(?:apply|begin|start)|takes\s+effect|"
    r"goes\s+into\s+effect|comes\s+into\s+(?:force|effect)|enters\s+into\s+force)\s+(?:on\s+|from\s+|this\s+|"
    r"(?P<next>next\s+)|as\s+of\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


def weekday_start_ahead(units: Sequence[Unit], published: datetime) -> str:
    """A start on another weekday than the article's, told in the present or the future anywhere in the
    text, as written; or "" (the day of the article itself is today's: in force; "next Monday" is ahead on
    any day)."""
    for unit in units:
        for m in _WEEKDAY_EFFECT.finditer(unit.key):
            weekday = _weekday_of(m.group("weekday"))
            if weekday != -1 and (m.group("next") or weekday != published.weekday()):
                return m.group(0)
    return ""


def _starts(key: str, today: date) -> Iterator[tuple[re.Match[str], date | None]]:
    """Each start the text states, with its date (the year the article's when unwritten); None for a
    weekday or a date that does not exist."""
    for m in _START.finditer(key):
        month = 0 if m.group("weekday") else _month_of(m.group("month") or "")
        try:
            yield m, date(int(m.group("year") or today.year), month, int(m.group("day"))) if month else None
        except ValueError:
            yield m, None
    for m in _CJK_START.finditer(key):
        try:
            yield m, date(int(m.group("year") or today.year), int(m.group("month")), int(m.group("day")))
        except ValueError:
            yield m, None


# A date in Chinese, Japanese or Korean with its start written after it: "2025年10月16日(木)から",
# "3月1日起", "2026년 1월 1일부터". (Its groups are _START's, so both read alike; it has no weekday.)
_CJK_START = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s*[年년]\s*)?(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일号號]?"
    r"\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:" + "|".join(lx.ML_START_AFTER) + r")(?P<weekday>(?!))?"
)


def own_start_ahead(key: str, published: datetime) -> str:
    """A start date after `published` that a sentence states itself ("10月16日から施行され", "entre en vigueur
    le 1er mars 2026" in a January article), as written; or "": its present tense of force tells the
    schedule, not a rule at work already."""
    today = published.date()
    if _ML_PAST.search(key):
        return ""
    # (A date written without its year that falls half a year or more ahead is last year's: "12月15日から施行され"
    # in a January article took effect in December.)
    return next((m.group(0) for m, when in _starts(key, today) if when is not None and when > today
                 and ((when - today).days <= YEARLESS_AHEAD_DAYS or _YEAR_DIGITS.search(m.group(0)))),
                in_force_date_ahead(key, today))


YEARLESS_AHEAD_DAYS = 180
RECENT_START_DAYS = 90  # a start this recent, told without a future, is news of a rule now at work
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")

# "In force" in the languages of the start words: with a start date on or before the article's, the rule
# applies ("Il nuovo decreto in vigore dal 1 gennaio 2024", "gilt seit dem 1. März").
_ML_IN_FORCE = re.compile(
    "|".join(rf"(?<!\w){re.escape(w)}" for w in sorted(lx.ML_IN_FORCE_WORDS, key=len, reverse=True)), re.I
)


# A date the in-force words lead to, with no start word between, in another language: "su entrada en vigor
# está pautada para el 20 de mayo de 2025", "l'entrée en vigueur est fixée au 1er mars 2026". Not a date
# that ends the rule's force: "sigue en vigor hasta el 31 de diciembre", "gilt bis zum 31. Dezember".
_IN_FORCE_UNTIL = r"(?:(?:hasta|bis|fino\s+a\w*|até|until|till|tot)(?!\w)|jusqu['’])"
_IN_FORCE_DATE = re.compile(
    r"(?:" + "|".join(rf"(?<!\w){re.escape(w)}" for w in sorted(lx.ML_IN_FORCE_WORDS, key=len, reverse=True)) + r")"
    r"(?:(?!(?<!\w)" + _IN_FORCE_UNTIL + r")[^.;]){0,60}?(?<!\d)(?P<day>\d{1,2})(?:\.|er|°|º)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\.?\s+(?:de\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def in_force_date_ahead(key: str, today: date) -> str:
    """A full date after `today` that a sentence's in-force words lead to (_IN_FORCE_DATE), as written; or ""."""
    if _YEAR_DIGITS.search(key) is None:  # every match ends in a year: most sentences state none
        return ""
    for m in _IN_FORCE_DATE.finditer(key):
        month = _month_of(m.group("month"))
        try:
            when = date(int(m.group("year")), month, int(m.group("day"))) if month else None
        except ValueError:
            when = None
        if when is not None and when > today:
            return m.group(0)
    return ""


def start_in_force(units: Sequence[Unit], published: datetime) -> str:
    """A start date on or before `published` in a sentence saying the rule is in force, or a start on the
    very date of the article ("ab heute" with its date: "2025年10月16日から" in an article of that day), in
    a language other than English (whose effect cues `find_effective_date` reads), as written; or ""."""
    today = published.date()
    for unit in units:
        if ML_FUTURE_IN_FORCE.search(unit.key):
            continue
        in_force = bool(_ML_IN_FORCE.search(unit.key))
        # A recent start told in the headline or the lead with no future or plan ("Cambiano le regole ... dal 1°
        # gennaio" in an article of 19 January): the change applies since then.
        told_now = unit.position != "body" and not UNSETTLED.search(unit.key)
        for m, when in _starts(unit.key, today):
            if when is not None and (when == today or (when < today and (
                    in_force or (told_now and (today - when).days <= RECENT_START_DAYS)))):
                return m.group(0)
    return ""


# A sentence dated to an earlier year tells the background ("first announced in 2018", "since 2017"), not
# the article's news: it is read as the body, however early it stands.
_DATED_BACK = re.compile(
    r"\b(?:in|since|from|of|back\s+in|as\s+early\s+as|until|through|between)\s+(?:(?:early|late|mid-?|the\s+spring\s+of|"
    r"[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b(?![-/]\d)|(?<!\d)((?:19|20)\d\d)\s*年",
)
# What the background tells: where the rule came from ("first announced", "since its launch", "was set up").
_ORIGIN = re.compile(
    r"\b(?:first|originally|initially|since|launch(?:ed)?|introduc(?:ed|tion)|creat(?:ed|ion)|establish(?:ed|ment)|"
    r"found(?:ed|ing)|set\s+up|announced|adopted|signed|enacted|passed|inception|began|started)\b|首次|设立|推出|开始",
    re.I,
)
_NOW_WORDS = re.compile(r"\b(?:now|today|this\s+(?:week|month|year)|currently)\b|目前|现在|今年|今日", re.I)


def background(text: str, published: datetime) -> bool:
    """Whether `text` tells where a rule came from, dated to a year before `published` and to none since."""
    years = [int(m.group(1) or m.group(2)) for m in _DATED_BACK.finditer(text)]
    if not years or max(years) >= published.year:
        return False
    later = (int(m.group(1)) for m in _ANY_YEAR.finditer(text))
    return (all(y < published.year for y in later) and bool(_ORIGIN.search(text))
            and not _NOW_WORDS.search(text))


# Where the page appeared ("first appeared in The Edge Weekly on 13 - 19 February"): furniture, not the rule.
_APPEARED = re.compile(r"\b(?:appeared|edition|weekly|issue\s+of)\b", re.I)


def dated_ahead(text: str, key: str, published: datetime) -> str:
    """A date, a year or a start in a sentence that lies after `published`, as written ("from 1 March 2026",
    "2026 salary thresholds", "ab nächstem Jahr", "2026年1月1日から"); or ""."""
    if PAST_MARKERS.search(key) or _ML_PAST.search(key) or _APPEARED.search(key):
        return ""
    if later := later_date(key, published):
        return later
    if year := later_year(text, published):
        return year
    if relative := _RELATIVE_START.search(key):
        return relative.group(0)
    today = published.date()
    return next((m.group(0) for m, when in _starts(key, today) if when is not None and when > today),
                in_force_date_ahead(key, today))
