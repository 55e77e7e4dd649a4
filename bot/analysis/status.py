"""Status of an article: reported, proposed, announced, enacted, in effect, suspended, rescinded or unknown.

The status is the stage of the main action as the text tells it on its date, read from tense, modality
and attribution in the headline and the lead (see `find_status`), and from an effective date against the
date of publication.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.dates import find_dates
from bot.analysis.effective_dates import find_effective_date, find_effective_month
from bot.analysis.multilingual import ML_CUES, is_english
from bot.analysis.prepared_text import TAG_MATCHERS, Tally, Unit
from bot.analysis.screens import screened
from bot.analysis.tokens import tokenize
from bot.models import STATUSES, Evidence, Status

_AS_STATUS: Mapping[str, Status] = MappingProxyType({s: s for s in STATUSES})
_STATUS_MATCHER = TAG_MATCHERS["status"]

# "will offer", "is to introduce", "will be eligible": a rule stated in the future tense.
_FUTURE_RULE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:now\s+|also\s+|soon\s+|then\s+)?"
    r"(?:introduce|offer|add|grant|raise|lower|reduce|cut|issue|create|extend|expand|allow|open|require|provide|"
    r"launch|replace|end|scrap|double|halve|increase|tighten|ease|decide|give|invest|spend|accept|change|cap|"
    r"charge|limit|revoke|ban|bar|restrict|waive|exempt|speed\s+up|fast-track|priorit\w+|impose|lift|"
    r"aggressively\s+revoke|no\s+longer|be\s+(?:(?:also|now|further|then|soon)\s+)?(?:able|eligible|required|allowed|granted|handled|exempt|open|"
    r"introduced|raised|lowered|cut|extended|expanded|offered|added))\b|将(?:于|从|对|在)?",
    re.I,
)
# A government speaking for itself: "the Ministry of Justice said", "officials said", "said the ministry".
_OFFICIAL_SAID = screened(
    r"\b(?:minister|ministry|government|department|officials|spokes(?:person|man|woman)|secretary|commission|"
    r"agency|council|office|president|chancellor|cabinet|prosecutors)\b[^.;]{0,60}?\b(?:said|announced|says|"
    r"told\s+reporters|confirmed|charged|unveiled)\b|\b(?:said|announced|confirmed)\s+(?:the\s+)?"
    r"(?:[A-Z]\w+\s+){0,4}?(?:minister|ministry|government|department|officials|agency|council|office)\b"
    # A state's own media speak for it: "state media reported", "Xinhua said".
    r"|\b(?:state[\s-]+(?:run\s+)?(?:media|television|TV|broadcaster|news\s+agency)|official\s+news\s+agency|Xinhua|"
    r"TASS|RIA\s+Novosti|IRNA|KCNA|CCTV|People's\s+Daily)\b[^.;]{0,40}?\b(?:said|says|reported|reports|announced)\b",
    re.I,
)
LIFECYCLE_WEIGHT = 3.0
LIFECYCLE_WINDOW = 4  # words between the verb and the rule noun ("suspends the H-1B fee rule")
_LIFECYCLE_STEMS: Mapping[str, frozenset[str]] = MappingProxyType({
    status: frozenset(t for v in (*verbs, *lx.LIFECYCLE_VERBS_EXTRA.get(status, ())) for t in tokenize(v))
    for status, verbs in lx.LIFECYCLE_VERBS.items()
})
_ANY_LIFECYCLE_STEM = frozenset(t for stems in _LIFECYCLE_STEMS.values() for t in stems)
_RULE_OBJECT_STEMS = frozenset(t for w in (*lx.RULE_OBJECTS, *lx.RULE_OBJECTS_EXTRA) for t in tokenize(w))
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being"})


def _lifecycle_cues(units: Sequence[Unit]) -> list[tuple[str, float, str, str]]:
    """(status, weight, text, position) where a lifecycle verb and a rule noun are close (the strongest
    one per status)."""
    found: dict[str, tuple[float, str, str]] = {}
    for unit in units:
        if not any(t.term in _ANY_LIFECYCLE_STEM for t in unit.tokens):
            continue  # most sentences have no lifecycle verb at all
        # A hyphenated compound is one word ("fast-track", "High-end"): its first part stands for it, so
        # that it neither counts twice towards the window nor offers its parts as verbs.
        tokens = [t for k, t in enumerate(unit.tokens) if k == 0 or t.start != unit.tokens[k - 1].start]
        terms = [t.term for t in tokens]
        for status, verbs in _LIFECYCLE_STEMS.items():
            for i, term in enumerate(terms):
                if term not in verbs or "-" in unit.text[tokens[i].start : tokens[i].end]:
                    continue  # "end-to-end", "lift-off": a compound, not the verb
                if _INTENDED.search(unit.text[max(0, tokens[i].start - 30) : tokens[i].start]) or (
                        unit.position == "title" and _TO_BEFORE.search(unit.text[max(0, tokens[i].start - 12) : tokens[i].start])):
                    continue  # "vows to scrap the cap", "Opposition to Block Student Caps": intended, not done
                # Active: "suspends the H-1B fee rule"; passive: "the ban was lifted". Not "the
                # proclamation suspends entry", where the rule is the subject doing the suspending.
                after = [j for j in range(i + 1, min(len(terms), i + LIFECYCLE_WINDOW + 1))
                         if terms[j] in _RULE_OBJECT_STEMS]
                before = [j for j in range(max(0, i - LIFECYCLE_WINDOW), i)
                          if terms[j] in _RULE_OBJECT_STEMS and _PASSIVE & set(terms[j + 1 : i])]
                if after or before:
                    j = after[0] if after else before[-1]
                    a, b = sorted((i, j))
                    weight = LIFECYCLE_WEIGHT * _STATUS_POSITION[unit.position]
                    if weight > found.get(status, (0.0, "", ""))[0]:
                        found[status] = (weight, unit.text[tokens[a].start : tokens[b].end], unit.position)
    return [(status, w, text, position) for status, (w, text, position) in sorted(found.items())]


# Someone means to act on the rule: not yet done ("plans to repeal", "would suspend"); in a headline any
# infinitive is a plan ("Opposition to Block Student Caps"). "Voted to repeal" is done, so not a bare "to".
_INTENDED = re.compile(
    r"\b(?:will|would|shall|could|may|might|(?:expected|set|plans?|planning|vows?|vowed|seeks?|seeking|wants?|"
    r"threatens?|threatened|aims?|bid|push(?:es)?|efforts?|attempts?|moves?|calls?\s+on\s+\w+|urged?\s+\w+)\s+to)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)
# Status is read from the sentences that state the main action: the headline and the lead weigh most.
_STATUS_POSITION: Mapping[str, float] = MappingProxyType({"title": 2.0, "lead": 1.5, "body": 0.75})
# An in-effect cue stated for the future ("will take effect", "is due to come into force") is not one.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|could|may|might|expected\s+to|due\s+to|set\s+to|scheduled\s+to)\s+(?:\w+\s+)?$"
    r"|将(?:于)?$|将.{0,12}$",
    re.I,
)
_RULE_VERB_STEMS = (
    r"introduc|launch|offer|rais|cut|cap|eas|tighten|ban|bar|restrict|expand|extend|creat|scrap|end|lift|allow|"
    r"requir|impos|add|open|replac|overhaul|reform|chang|roll\s+out|shorten|double|halve|hike|increas|lower|"
    r"reduc|suspend|revok|curb|limit|toughen|relax|unveil|establish|set\s+up|make|grant|issue|accept|resume|"
    r"restart|bring|start|begin|tell|order|ask|advise|forbid|prohibit|block|freeze|pause|halt|stop|offer|sign"
)
# A headline's infinitive states a plan: "China to launch new K visa", "Shorter UK graduate visa to be
# introduced in January 2027".
_HEADLINE_TO = re.compile(r"\b(?:to|set\s+to)\s+(?:be\s+)?(?:" + _RULE_VERB_STEMS + r")\w*\b", re.I)
# "Call to offer researchers careers", "Scheme to attract engineers": an infinitive after a scheme noun
# says what the scheme is for, not that something is yet to be done.
_PURPOSE_NOUN_BEFORE = re.compile(
    r"\b(?:call|calls|programme|program|scheme|initiative|fund|grant|grants|pass|visa|package|fellowship|"
    r"fellowships|platform|campaign|drive)\s+$",
    re.I,
)


def _headline_plan(title: str) -> re.Match[str] | None:
    return next((m for m in _HEADLINE_TO.finditer(title)
                 if not _PURPOSE_NOUN_BEFORE.search(title[max(0, m.start() - 20) : m.start()])), None)


# Announcing: with a future in the sentence the measure is announced; without, it has been done.
_ANNOUNCE = screened(
    r"\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)|introduc(?:es|ed|ing)|"
    r"roll(?:ed|s|ing)?\s+out|set\s+out)\b|宣布|公布",
    re.I,
)
_FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|planning\s+to|would|"
    r"next\s+(?:year|month|week)|from\s+(?:next|early|later)|starting\s+(?:next|in\s+\d{4}))\b|将|拟",
    re.I,
)
# A government acting, done: "has imposed", "were barred", "revoked", "charged"; the present of a headline
# or a rule ("bans", "requires", "must") says the same of a rule in force.
_PERFECT_ACTION = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:" + _RULE_VERB_STEMS + r")\w*(?:ed|en|t)\b"
    r"|修改|增设|出台|印发|签署|审议通过",
    re.I,
)
_PAST_ACTION = screened(
    r"\b(?:has|have|had|was|were|been)\s+(?:\w+\s+){0,2}?(?:" + _RULE_VERB_STEMS + r")\w*(?:ed|en|t)\b"
    r"|\b(?:imposed|introduced|banned|barred|restricted|ordered|revoked|stopped|suspended|raised|expanded|"
    r"tightened|eased|created|approved|charged|sentenced|prohibited|blocked|denied|extended|capped|"
    r"required|instructed|told|asked|advised|increased|lowered|shortened|doubled|halted|paused|froze|"
    r"terminated|confirmed)\b|已(?:经)?(?:实施|开始|执行|要求|禁止|限制|暂停)|修改|增设|出台|印发|签署|审议通过",
    re.I,
)
_PRESENT_ACTION = screened(
    r"\b(?:bans|bars|restricts|imposes|orders|revokes|suspends|raises|expands|tightens|eases|requires|"
    r"prohibits|blocks|caps|halts|pauses|freezes|must|mandates|now\s+(?:need|needs|require|requires|must)|"
    r"(?:is|are)\s+(?:now\s+)?(?:imposing|introducing|tightening|restricting|requiring|barring|banning|"
    r"limiting|blocking|halting|pausing|freezing))\b",
    re.I,
)
# Activity resuming after a restriction ("scientists resume official travel after suspension", "visa
# interviews restart following the pause"): the restriction is withdrawn.
_RESUMED = re.compile(
    r"\b(?:resum|restart|reopen)\w*\b[^.;]{0,50}?\b(?:after|following|as)\b[^.;]{0,30}?"
    r"\b(?:suspension|pause|freeze|ban|moratorium|halt|hiatus)\b(?!\s+(?:on|of)\s+\w+\s+(?:is|was)\s+extended)",
    re.I,
)
# A court stopping the government: "judge blocks the fee", "court halts the revocation", "an order blocking
# the administration from", "temporary restraining order". (Not "court bars the scientist from leaving":
# only verbs that stop a measure.)
_COURT_STAYS = screened(
    r"\b(?:court|judge|justice|tribunal|injunction|restraining\s+order)\b[^.;]{0,80}?\b(?:block|halt|enjoin|"
    r"pause|suspend|freeze|froze|stay|strik\w*\s+down|struck\s+down|vacat|set\s+aside)\w*\b"
    r"|\b(?:temporary\s+restraining\s+order|preliminary\s+injunction)\b"
    # A ruling against the measure: "the judge ruled the department violated the APA", "court finds the rule
    # unlawful"; the government losing its case: "administration loses H-1B court case".
    r"|\b(?:court|judge|justice|tribunal)\b[^.;]{0,80}?\b(?:rul(?:es|ed)|f(?:inds|ound)|held|declar(?:es|ed))\b"
    r"[^.;]{0,80}?\b(?:unlawful|illegal|unconstitutional|invalid|violated|exceeded\s+(?:its|his|her)\s+authority)\b"
    r"|\b(?:administration|government|department|ministry|agency|state)\b[^.;]{0,30}?\blos(?:es|t|ing)\b[^.;]{0,50}?"
    r"\b(?:court\s+)?(?:case|lawsuit|suit|legal\s+challenge|appeal)\b",
    re.I,
)
# A call for applications being run: "call for applications", "the 2025 processing call", "welcomes
# applications", "convocatoria", "Ausschreibung", "appel à candidatures".
_CALL_OPEN = screened(
    r"\b(?:calls?\s+for\s+(?:applications|proposals|nominations|candidates)|(?:processing|open|funding|application)"
    r"\s+call|welcomes?\s+applications|invites?\s+applications|(?:is|are|now)\s+accepting\s+applications|"
    r"applications\s+are\s+(?:now\s+)?open|convocatorias?|Ausschreibung|appels?\s+à\s+(?:candidatures|projets)|"
    r"bandos?\s+di\s+concorso)\b",
    re.I,
)
CALL_SCORE = 2.5
# Another round than the one now open: "the previous call", "la anterior convocatoria", "next year's call".
_OTHER_ROUND = screened(
    r"\b(?:previous|prior|last|earlier|next|upcoming|future|anterior|pr[oó]xima|vorherige\w*|letzte\w*|n[äa]chste\w*|"
    r"pr[ée]c[ée]dent\w*|prochain\w*|precedente|prossim\w*)\b",
    re.I,
)
# One chamber passing a bill leaves a bill: "Lower House passes ... bill", "the Senate approved the bill".
_CHAMBER_PASSED = re.compile(
    r"\b(?:(?:Lower|Upper)\s+House|House\s+of\s+(?:Representatives|Commons|Councillors|Lords)|House|Senate|"
    r"Bundestag|Bundesrat|Assemblée\s+nationale|National\s+Assembly|Legislative\s+Yuan|Diet|Duma|Lok\s+Sabha|"
    r"Rajya\s+Sabha)\b[^.;]{0,30}?\b(?:pass(?:es|ed)?|approv(?:es|ed)|adopt(?:s|ed))\b[^.;]{0,80}?\bbill\b",
)
# Another outlet credited for news, not unnamed people: retelling what a government has done (in the
# perfect, "has approved") is no leak.
_RETOLD = frozenset({
    "newspaper reported", "the newspaper reported", "Reuters reported", "Bloomberg reported", "Financial Times reported",
    "Wall Street Journal reported", "New York Times reported", "The Information reported", "first reported",
    "media reports", "according to media reports", "reports say", "reports said", "according to a report",
    "according to report", "report by", "reported",
})
# A named public body as the subject of a done act: "the Premium Residency Center has approved", "the
# Ministry of Labour has issued" (proper case: a body by its name, not "the government has told firms").
_BODY_ACTED = re.compile(
    r"\b(?:Cent(?:er|re)|Ministry(?:\s+of(?:\s+[A-Z][\w&]*)+)?|Agency|Department(?:\s+of(?:\s+[A-Z][\w&]*)+)?|"
    r"Authority|Office|Commission|Council|Bureau|Directorate|Cabinet|Board(?:\s+of(?:\s+[A-Z][\w&]*)+)?)\s+"
    r"(?:has|have)\s+(?:also\s+|now\s+|officially\s+)?\w+(?:ed|en|t)\b"
)
_COUNTED_AFTER = re.compile(r"\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?\d[\d,.]*\b(?!\s*%)", re.I)
_STATE_BEFORE = screened(r"\b(?:state|state-run|state-owned|official|government)[\s-]+$", re.I)
_WEIGH_IN = re.compile(r"\s+(?:in|on)\b", re.I)
_PASSIVE_BEFORE = screened(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)
_WILL = re.compile(r"\bwill\s+(?:not\s+)?(?!be\s+able\b)\w+", re.I)
_YEAR = re.compile(r"\b(?:in|for|from|by|until|of)\s+((?:19|20)\d\d)\b(?![-/]\d)", re.I)


# A date that ends something: "by 30 June", "until", "deadline:", "no later than".
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|deadlines?|due(?:\s+on)?|no\s+later\s+than|closes?(?:\s+on)?|bis|jusqu'au|hasta|entro)"
    r"\s*[:(]?\s*(?:the\s+)?(?:\w+day,?\s+)?$",
    re.I,
)


def _later_date(text: str, published: datetime) -> str:
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


def _later_year(text: str, published: datetime) -> str:
    """A year after `published` in a text in another language (its prepositions are not listed), or ""."""
    return next((m.group(1) for m in _ANY_YEAR.finditer(text) if int(m.group(1)) > published.year), "")


# A month stated as a rule's start ("take effect from September"), not any month a text names.
_MONTH_AHEAD = re.compile(
    r"\b(?:tak(?:es?|ing)\s+effect|com(?:es?|ing)\s+into\s+(?:force|effect)|appl(?:y|ies)\s+from|effective\s+from|"
    r"will\s+(?:apply|start|begin|open)|(?:opens?|starts?|begins?)\s+in|from\s+(?:early\s+|mid-?|late\s+)?(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\b",
    re.I,
)
_PAST_MARKERS = screened(r"\b(?:took|came|went|last\s+year|since|ago|earlier\s+this)\b", re.I)
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
_ML_PAST = re.compile(r"(?:вступил|вступила|вступили|набрав|набули|gilt\s+seit|est\s+entré|entró|entrato|trådte|trädde)", re.I)


def _month_of(word: str) -> int:
    word = word.lower()
    for form, month in lx.ML_MONTHS.items():
        if word == form or (len(form) >= 4 and word.startswith(form)):
            return month
    return 0


def _weekday_of(word: str) -> int:
    word = word.lower()
    return next((day for form, day in lx.ML_WEEKDAYS.items() if word.startswith(form)), -1)


def _start_ahead(units: Sequence[Unit], published: datetime) -> str:
    """A start date or weekday after `published`, stated in the headline or the lead, as written; or ""."""
    today = published.date()
    for unit in units:
        if unit.position == "body" or _PAST_MARKERS.search(unit.key) or _ML_PAST.search(unit.key):
            continue
        for m in _START.finditer(unit.key):
            if m.group("weekday"):
                weekday = _weekday_of(m.group("weekday"))
                if weekday >= 0 and weekday != today.weekday():
                    return m.group(0)
                continue
            month = _month_of(m.group("month"))
            if not month:
                continue
            try:
                when = date(int(m.group("year") or today.year), month, int(m.group("day")))
            except ValueError:
                continue
            if when > today:
                return m.group(0)
    return ""
_CONFIRMS = re.compile(r"\b(?:confirms|confirmed)\b", re.I)
# A leaked document: "an order to all U.S. embassies reviewed by Politico", "a cable obtained by the AP".
_LEAK = screened(
    r"\b(?:cable|memo|memorandum|document|documents|order|letter|e-?mail|notice|directive|guidance|"
    r"instructions?|telegram|draft)\b[^;]{0,80}?\b(?:reviewed|seen|obtained|viewed)\s+by\b",
    re.I,
)
# Announcing a plan, a package or a strategy announces what is to come.
_PLAN_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:plans?|package|strategy|framework|roadmap|proposals?)\b", re.I)
SETTLED_LIFECYCLE = 3.0  # a lifecycle verb on the rule in the lead (or twice below) settles the status
REPORTED_SCORE = 2.5
PROPOSED_SCORE = 2.5
IN_EFFECT_SCORE = 2.5
ENACTED_SCORE = 2.0
ANNOUNCED_SCORE = 1.5
BODY_FUTURES = 2  # sentences below the lead in the future, with none done, make a silent lead's plan


def find_status(
    units: Sequence[Unit], published: datetime | None, language: str = "en", *, policy: bool = False
) -> tuple[Status, list[Evidence]]:
    """The stage of the main action, from tense, modality and attribution (README of the real set):
    reported, proposed, announced, enacted, in effect, suspended, rescinded, or unknown. `policy`: the
    text is about a rule (a type or a jurisdiction was found), which, stated without any stage, is one
    in force."""
    # Each cue counts once, where it weighs most: "notice" ten times is one piece of evidence. A label
    # "x@lead" keeps the part of x said in the headline or the lead.
    strongest: dict[tuple[str, str], tuple[float, str]] = {}
    raw: dict[str, float] = {}  # the strongest cue of a stage, wherever it stands

    def cue(label: str, phrase: str, weight: float, text: str, *, lead: bool = False, cue_weight: float = 0.0) -> None:
        for key in (label, f"{label}@lead") if lead else (label,):
            if weight > strongest.get((key, phrase), (0.0, ""))[0]:
                strongest[(key, phrase)] = (weight, text)
        raw[label] = max(raw.get(label, 0.0), cue_weight)

    english = is_english(language)
    body_futures: list[str] = []  # "will offer" said below the lead
    body_done = False  # an action done or a rule in the present below the lead
    passed = False  # a legislature's final vote on the bill, in another language
    for unit in units:
        w = _STATUS_POSITION[unit.position]
        lead = unit.position != "body"
        for m in _STATUS_MATCHER.find(unit.key, unit.tokens):
            if m.label == "announced" and m.phrase in lx.STATUS_BY_TENSE:
                continue  # read by tense below
            if m.label == "reported" and _STATE_BEFORE.search(unit.key[max(0, m.start - 20) : m.start]):
                continue  # "state media reported": the state speaking through its own outlets
            if m.label == "reported" and m.phrase in _RETOLD and _BODY_ACTED.search(unit.text):
                continue  # "the centre has approved 3,484 firms, Okaz newspaper reported": an act retold
            if m.label == "enacted" and _COUNTED_AFTER.match(unit.key, m.end):
                continue  # "has approved 3,484 firms", "issued 12,000 visas": a scheme at work, not a rule adopted
            if m.phrase == "weighing" and _WEIGH_IN.match(unit.key, m.end):
                continue  # "lawyers weigh in on the visa": comment, not a government weighing a plan
            if m.label in ("enacted", "in_effect") and _FUTURE_BEFORE.search(unit.key[max(0, m.start - 30) : m.start]):
                continue  # "will take effect", "still have to be finalized": not yet
            # "take(s) effect" says nothing of tense: it is in force only if nothing dates it ahead.
            neutral = m.phrase in lx.STATUS_FUTURE_GUARDED
            cue(m.label, m.phrase, m.weight * w, unit.text[m.start : m.end], lead=lead and not neutral,
                cue_weight=m.weight)
        if not english:
            found = ML_CUES.find(unit.text)
            for m in found:
                if label := _ML_STATUS.get(m.label):
                    cue(label, m.phrase, m.weight * w, unit.text[m.start : m.end], lead=lead, cue_weight=m.weight)
            labels = {m.label for m in found}
            passed = passed or "status_passed" in labels
            if {"court", "halt"} <= labels:
                # "Gericht stoppt Visa-Regel", "суд приостановил": a court stopping a rule suspends it.
                halt = next(m for m in found if m.label == "halt")
                cue("suspended", halt.phrase, LIFECYCLE_WEIGHT * w, unit.text[halt.start : halt.end], lead=lead,
                    cue_weight=LIFECYCLE_WEIGHT)
            if lead and published is not None and (year := _later_year(unit.text, published)):
                cue("future", year, 0.75 * w, year)  # "à partir de la rentrée 2026"
        if not lead:
            # The body's tense, for an article whose headline and lead state no stage at all.
            if body_future := _FUTURE_RULE.search(unit.key):
                body_futures.append(body_future.group(0))
            body_done = body_done or bool(_PAST_ACTION.search(unit.key) or _PRESENT_ACTION.search(unit.key))
            continue
        # Tense and voice in the headline and the lead: the government speaking or confirming; a plan
        # ("will offer", "to launch"); an announcement with or without a future; a leak; an action done
        # ("has imposed", "revoked") or a rule stated in the present ("bans", "must").
        if official := _OFFICIAL_SAID.search(unit.key) or _CONFIRMS.search(unit.key):
            cue("official", unit.text, w, official.group(0))
        future = _FUTURE_RULE.search(unit.key) or (unit.position == "title" and _headline_plan(unit.text))
        if future:
            cue("future", future.group(0).lower(), w, future.group(0))
        elif will := _WILL.search(unit.key):
            cue("future", will.group(0).lower(), 0.5 * w, will.group(0))
        if published is not None and (later := _later_date(unit.key, published)):
            cue("future", later, 0.75 * w, later)  # "295,000 places for 2026", "announced 1 Sep 2023"
        if announce := _ANNOUNCE.search(unit.key):
            # "The pass was announced by the minister": an announcement told as an event is no more than one.
            planned = (_FUTURE_WORDS.search(unit.key) or _PLAN_AFTER.match(unit.key[announce.end() :])
                       or _PASSIVE_BEFORE.search(unit.key[max(0, announce.start() - 20) : announce.start()]))
            cue("future" if planned else "done", unit.text, 0.75 * w, announce.group(0))
        if english and (stayed := _COURT_STAYS.search(unit.key)):
            cue("suspended", stayed.group(0).lower(), LIFECYCLE_WEIGHT * w, stayed.group(0), lead=True)
        if chamber := _CHAMBER_PASSED.search(unit.text):
            cue("proposed", chamber.group(0).lower(), 2.0 * w, chamber.group(0), lead=True, cue_weight=2.0)
        if (call := _CALL_OPEN.search(unit.text)) and not (
                _FUTURE_BEFORE.search(unit.text[max(0, call.start() - 30) : call.start()])
                or _OTHER_ROUND.search(unit.text[max(0, call.start() - 25) : call.end() + 25])):
            # A round of applications being taken: the programme is at work now (a start or deadline
            # ahead is read from the dates).
            cue("in_effect", call.group(0).lower(), CALL_SCORE * w, call.group(0), lead=True, cue_weight=CALL_SCORE)
        if resumed := _RESUMED.search(unit.key):
            cue("rescinded", resumed.group(0).lower(), LIFECYCLE_WEIGHT * w, resumed.group(0), lead=True)
        if leak := _LEAK.search(unit.key):
            cue("reported", leak.group(0).lower(), 3.0 * w, leak.group(0), lead=True)
        for label, pattern in (("past", _PAST_ACTION), ("perfect", _PERFECT_ACTION), ("present", _PRESENT_ACTION)):
            if action := pattern.search(unit.key):
                cue(label, unit.text, w, action.group(0))

    tally = Tally()
    add, scores, best = tally.add, tally.scores, tally.best

    for (label, _), (weight, text) in sorted(strongest.items()):
        add(label, weight, text)
    for label, weight, text, position in _lifecycle_cues(units):
        add(label, weight, text)
        if position != "body":
            add(f"{label}@lead", weight, text)

    # A date the rule applies from, against the date of the article.
    in_force_date = ahead = False
    effective = find_effective_date([u.key for u in units], published)
    if effective is not None and published is not None:
        when, sentence = effective
        in_force_date, ahead = when <= published.date(), when > published.date()
        add("in_effect" if in_force_date else "future", 3.0 if in_force_date else 1.0, sentence)
    elif published is not None and (start := _start_ahead(units, published)):
        ahead = True
        add("future", 1.0, start)
    elif published is not None and (
        month := find_effective_month([u.key for u in units if _MONTH_AHEAD.search(u.key)], published)
    ):
        # Only a month ("take effect from September"): ahead if a later month; this month or an earlier
        # one says nothing sure.
        value, sentence = month
        if value > f"{published.year:04d}-{published.month:02d}" and not _PAST_MARKERS.search(sentence):
            ahead = True
            add("future", 1.0, sentence)

    def score(label: str) -> float:
        return scores.get(label, 0.0)

    def verdict(label: str) -> tuple[Status, list[Evidence]]:
        return _AS_STATUS[label], ([Evidence(field="status", text=best[label][1])] if label in best else [])

    # 1. Something was done to the rule itself: suspended (a court, a pause) or rescinded (withdrawn).
    settled = [k for k in ("rescinded", "suspended") if score(f"{k}@lead") >= SETTLED_LIFECYCLE
               or (score(k) >= 1.5 * SETTLED_LIFECYCLE and score(f"{k}@lead") >= 1.5)]
    if settled:
        return verdict(max(settled, key=lambda k: (score(k), k == "rescinded")))
    # 2. A press report the government has not confirmed, whatever stage it describes: said in the
    # headline or the lead ("did not respond to a request for comment" further down is in every story).
    # (Unconfirmed: more report than official voice; with no official voice at all, one strong
    # attribution anywhere will do.)
    unconfirmed = score("reported") >= 1.5 * score("official")
    said_so = score("reported@lead") >= 2.0 or (
        score("official") == 0 and raw.get("reported", 0.0) >= REPORTED_SCORE
        and score("reported") >= score("in_effect@lead") + score("enacted@lead")
    )
    if said_so and unconfirmed and score("reported") >= REPORTED_SCORE:
        return verdict("reported")
    # 3. A draft, a bill, a consultation, with nothing adopted or in force.
    if (score("proposed") >= PROPOSED_SCORE and raw.get("proposed", 0.0) >= 1.5 and not passed
            and score("proposed") >= max(score("enacted"), score("in_effect"))):
        return verdict("proposed")
    # 4. A date the rule applies from: in force if it is past; if ahead, adopted (signed, passed, "has
    # expanded ... from 21 May") or only announced. A headline's bare participle ("visa expanded") may
    # be an announcement's, so only the perfect counts as done.
    if in_force_date and score("proposed") < PROPOSED_SCORE:
        return verdict("in_effect")
    if ahead and score("in_effect@lead") < IN_EFFECT_SCORE + 0.5:
        if (score("enacted") >= 1.5 and raw.get("enacted", 0.0) >= 1.5) or score("perfect") >= 1.5:
            if "enacted" not in best:
                best["enacted"] = best["perfect"]
            return verdict("enacted")
        return _announced(best)
    # 5. Stated in force ("took effect", "now live", "with immediate effect").
    if score("in_effect") >= IN_EFFECT_SCORE and score("in_effect") >= score("enacted"):
        return verdict("in_effect")
    # 6. Adopted: signed, passed, decreed, a final rule.
    if score("enacted") >= ENACTED_SCORE:
        return verdict("enacted")
    # 7. Coming: "will offer", "to launch", "announced ... will".
    coming = score("future") + score("announced")
    if coming >= ANNOUNCED_SCORE and coming >= score("past"):
        return _announced(best)
    # 8. Softer evidence, in the order of the lifecycle; a government acting, done or in the present
    # tense, is a rule in force.
    if score("proposed") >= 1.5:
        return verdict("proposed")
    if unconfirmed and (score("reported@lead") >= 1.5 or (score("official") == 0 and score("reported") >= 1.5)):
        return verdict("reported")
    if score("in_effect") >= 1.0:
        return verdict("in_effect")
    if score("past") + score("present") + score("done") >= 1.0:
        best["in_effect"] = best[max(("past", "present", "done"), key=score)]
        return verdict("in_effect")
    for label in ("suspended", "rescinded", "enacted"):
        if score(label) >= 1.0:
            return verdict(label)
    if coming >= 1.0:
        return _announced(best)
    # 9. Nothing in the headline or the lead: the body's tense, if it speaks only of what will be.
    if len(body_futures) >= BODY_FUTURES and not body_done:
        return "announced", [Evidence(field="status", text=body_futures[0])]
    return ("in_effect", []) if policy else ("unknown", [])


def _announced(best: dict[str, tuple[float, str]]) -> tuple[Status, list[Evidence]]:
    text = max((best[k] for k in ("announced", "future") if k in best), default=(0.0, ""))[1]
    return "announced", ([Evidence(field="status", text=text)] if text else [])


# Labels of the multilingual lists that are stages.
_ML_STATUS: Mapping[str, str] = MappingProxyType({
    "status_in_effect": "in_effect", "status_proposed": "proposed", "status_enacted": "enacted",
    "status_future": "future", "reported": "reported", "status_passed": "enacted",
})
