"""Tags of an article: the jurisdiction that makes the rule, topics, policy type and status.

The jurisdiction is the *actor*: the government whose rule it is ("China requires...", "Beijing has
ordered...", "USCIS announced..."), not every country the article mentions. Each mention is weighted
by what it is (a government body counts more than a country name, a demonym less) and by its context
(followed by a rule verb or "government"; or preceded by "travel to", which makes it a destination).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
from bot.analysis.text import (
    MONTHS,
    PhraseMatch,
    PhraseMatcher,
    Token,
    clean_line,
    combined_matchers,
    detect_language,
    find_dates,
    match_tokens,
    split_sentences,
    tokenize,
)
from bot.models import POLICY_TYPES, STATUSES, Evidence, PolicyType, Status, Topic

MAX_SENTENCES = 20  # long pages: the lead decides; the tail is mostly background and boilerplate
LEAD_SENTENCES = 3
_AS_TYPE: Mapping[str, PolicyType] = MappingProxyType({p: p for p in POLICY_TYPES})
_AS_STATUS: Mapping[str, Status] = MappingProxyType({s: s for s in STATUSES})


class Tags(BaseModel):
    """What `tag` found, with the phrases that made it decide."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    jurisdictions: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    policy_type: PolicyType = "other"
    status: Status = "unknown"
    evidence: tuple[Evidence, ...] = ()


# ---------------------------------------------------------------- the text, prepared once


@dataclass(frozen=True)
class Unit:
    """A title or a sentence, its tokens, and where it sits (title, lead, body)."""

    text: str
    tokens: tuple[Token, ...]
    position: str  # "title" | "lead" | "body"

    @property
    def weight(self) -> float:
        return {"title": 2.0, "lead": 1.5}.get(self.position, 1.0)


def prepare(title: str, text: str) -> list[Unit]:
    units: list[Unit] = []
    head = clean_line(title)
    if head:
        units.append(Unit(head, tuple(match_tokens(head)), "title"))
    for i, sentence in enumerate(split_sentences(text, MAX_SENTENCES)):
        units.append(Unit(sentence, tuple(match_tokens(sentence)), "lead" if i < LEAD_SENTENCES else "body"))
    return units


# ---------------------------------------------------------------- jurisdictions


def _jurisdiction_entries() -> list[tuple[str, str, float]]:
    entries: list[tuple[str, str, float]] = [("_none", p, 0.0) for p in lx.NOT_JURISDICTION]
    for j in lx.JURISDICTION_LIST:
        entries += [(f"{j.code}:name", p, 0.0) for p in j.names]
        entries += [(f"{j.code}:name", "=" + p, 0.0) for p in j.exact]
        entries += [(f"{j.code}:demonym", p, 0.0) for p in j.demonyms]
        entries += [(f"{j.code}:capital", p, 0.0) for p in j.capitals]
        entries += [(f"{j.code}:body", p, 0.0) for p in j.bodies]
        entries += [(f"{j.code}:zh", p, 0.0) for p in j.zh]
    return entries


JURISDICTION_MATCHER = PhraseMatcher(_jurisdiction_entries(), exclusive=True)

# Verbs of rule-making: "China requires", "Beijing has ordered", "USCIS announced", "Japan to ease".
# Reactions ("said it was studying", "criticised", "warned") are deliberately absent.
_RULE_VERBS = (
    r"requir|order|ban|bar|restrict|impos|introduc|announc|launch|unveil|tighten|eas|relax|expand|issu|rais|"
    r"cut|suspend|scrap|revok|rescind|plan|propos|mandat|demand|tell|told|instruct|approv|creat|extend|lift|"
    r"halt|paus|limit|cap|ask|forc|prohibit|block|updat|chang|overhaul|reform|open|offer|adopt|pass|sign|"
    r"roll|add|remov|establish|publish|curb|crack|will|is\s+set\s+to|has\s+(?:now\s+)?(?:begun|started)"
)
_GOV_NOUNS = (
    r"government|authorities|officials|ministry|ministries|regulators?|leadership|cabinet|parliament|"
    r"lawmakers|legislators|administration|state\s+council|embassy|embassies|consulates?|immigration\s+"
    r"(?:authorities|department|service|agency|officials)|home\s+office|department|agency|prime\s+minister|"
    r"president|premier|minister|chancellor|security\s+services|state\s+security|regime|communist\s+party|"
    r"party|leaders?"
)
_RULE_NOUNS = (
    r"rules?|regulations?|laws?|polic(?:y|ies)|visas?|requirements?|ban|restrictions?|programm?e|scheme|"
    r"measures?|crackdown|decision|move|plan|order|directive|guidelines?|system|reforms?|proclamation|"
    r"immigration|decree|notice|talent"
)
_RULE_VERB_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,30}\))?"  # "(USCIS)"
    r"(?:\s*,[^,]{1,60},)?"  # an apposition: "Beijing, which ..., has"
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"  # "The US and UK announced"
    r"(?:['’]s)?(?:\s+(?:(?:central|federal|national|new|top|local|own)\s+)?(?:" + _GOV_NOUNS + r"))?"
    r"\s+(?:(?:has|have|had|is|are|was|were|now|quietly|reportedly|also|officially|recently|just|newly|"
    r"formally|further|again|already|could|may|might|to|not|no\s+longer|currently|still|today|on\s+\w+day|"
    r"this\s+week|last\s+week)\s+)*"
    r"(?:" + _RULE_VERBS + r")\w*\b",
    re.I,
)
_GOV_NOUN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:central|federal|national|new|top|local|own)\s+)?(?:" + _GOV_NOUNS + r")\b", re.I
)
_POSSESSIVE_RULE = re.compile(r"^['’]s\s+(?:[\w\"“”'’-]+\s+){0,4}?(?:" + _RULE_NOUNS + r")\b", re.I)
_GOV_OF_BEFORE = re.compile(r"(?:" + _GOV_NOUNS + r")\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# A place the movement goes to ("travel to the US", "scientists who move to Britain"). For an exit control
# that is not the rule-maker; for a visa, a permit or a recruitment scheme it usually is (a country rules
# on who may enter and work in it), so the policy type decides what such a mention is worth.
_TOWARD_BEFORE = re.compile(
    r"\b(?:to|into|toward|towards|enter|entering|visit|visiting|return\s+to|back\s+to|come\s+to|coming\s+to|"
    r"move\s+to|moving\s+to|relocate\s+to|relocating\s+to)\s+(?:the\s+)?$",
    re.I,
)
# Mentions that are places or comparisons, never the actor: "researchers in Japan", "ties to", "than Canada".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|from|leave|leaving|left|at|across|than|with|against|fled|flee|such\s+as|like|including|on|"
    r"over|between|outside|beyond)\s+(?:the\s+)?$",
    re.I,
)
# Policy types under which the country moved *to* makes the rule.
INBOUND_TYPES: frozenset[str] = frozenset({"visa", "immigration", "talent_program"})
_ZH_RULE_VERB_AFTER = re.compile(r"^.{0,8}?(?:印发|发布|出台|要求|规定|决定|宣布|实施|公布|批准|禁止|限制|加强|收紧)")
# Base weight of a mention by kind, with no telling context.
_KIND_BASE: Mapping[str, float] = MappingProxyType({"name": 1.0, "capital": 0.5, "demonym": 0.3, "body": 1.5, "zh": 1.5})
ACTOR_WEIGHT = 3.0  # the subject of a rule verb: "China requires", "the Home Office announced"
GOVERNMENT_WEIGHT = 1.5  # a government named without a rule verb: "India's ministry said"
POSSESSED_RULE_WEIGHT = 2.0  # "China's new rules", "Japan's visa"


def mention_weight(unit: Unit, m: PhraseMatch, kind: str, *, inbound: bool) -> tuple[float, bool]:
    """Weight of one mention and whether it is the actor of a rule (subject of a rule verb)."""
    return _mention_weight(unit.text, m.start, m.end, kind, inbound)


@functools.lru_cache(maxsize=8192)
def _mention_weight(text: str, start: int, end: int, kind: str, inbound: bool) -> tuple[float, bool]:
    after = text[end : end + 140]
    if text[start:end].endswith(("'s", "’s")):
        after = "'s" + after  # the token took the possessive: "Commission's new plan"
    before = text[max(0, start - 60) : start]
    if kind == "zh":
        return (ACTOR_WEIGHT, True) if _ZH_RULE_VERB_AFTER.match(after) else (_KIND_BASE[kind], False)
    if re.search(r"\bnon-?\s*$", before, re.I):
        return 0.0, False  # "non-EU hires": everyone but them
    if _TOWARD_BEFORE.search(before):
        # "move their labs to Britain" names the rule-maker of a visa or a recruitment scheme, but
        # "travel to the US" in an exit-control story names only where people go.
        return (_KIND_BASE[kind] if inbound else 0.3 * _KIND_BASE[kind]), False
    if _PLACE_BEFORE.search(before):
        # "researchers in Japan", "ties to China", "than Canada": a place, even if a verb follows.
        return 0.3 * _KIND_BASE[kind], False
    # A demonym acts only through a government noun: "Chinese authorities have ordered".
    if _RULE_VERB_AFTER.match(after) and (kind != "demonym" or _GOV_NOUN_AFTER.match(after)):
        return ACTOR_WEIGHT, True
    if kind != "demonym" and _POSSESSIVE_RULE.match(after):
        return POSSESSED_RULE_WEIGHT, True
    if _GOV_NOUN_AFTER.match(after) or _GOV_OF_BEFORE.search(before):
        return max(GOVERNMENT_WEIGHT, _KIND_BASE[kind]), False
    return _KIND_BASE[kind], False


# Languages whose official texts rarely name their own country ("我国" at most).
_LANGUAGE_JURISDICTION: Mapping[str, str] = MappingProxyType({
    "zh": "CN", "zh-cn": "CN", "zh-hans": "CN", "zh-tw": "TW", "zh-hant": "TW", "zh-hk": "HK", "ja": "JP", "ko": "KR",
})
_CJK_RULE = re.compile("通知|规定|办法|条例|意见|审批|国务院|部门|主管|印发|政府|省|庁|発表|制度|在留資格|規則|정부|법무부")


def _jurisdictions(
    units: Sequence[Unit], language: str, policy_type: PolicyType = "other"
) -> tuple[tuple[str, ...], list[Evidence]]:
    scores: dict[str, float] = {}
    actors: set[str] = set()
    leading_actors: set[str] = set()  # acting in the title or the first sentences
    best: dict[str, tuple[float, str]] = {}
    inbound = policy_type in INBOUND_TYPES
    for unit in units:
        for m in JURISDICTION_MATCHER.find(unit.text, unit.tokens):
            if m.label == "_none":
                continue
            code, kind = m.label.split(":")
            weight, actor = mention_weight(unit, m, kind, inbound=inbound)
            weight *= unit.weight
            scores[code] = scores.get(code, 0.0) + weight
            if actor:
                actors.add(code)
                if unit.position != "body":
                    leading_actors.add(code)
            snippet = unit.text[m.start : m.end + (60 if actor else 0)]
            if weight > best.get(code, (0.0, ""))[0]:
                best[code] = (weight, _clause(snippet))
    if scores:
        # Jurisdictions seen making a rule outrank those merely mentioned; a second one must act too.
        ranked = sorted(
            scores.items(), key=lambda kv: (kv[0] not in leading_actors, kv[0] not in actors, -kv[1], kv[0])
        )
        top_code, top = ranked[0]
        chosen = [top_code] if top >= 1.0 or top_code in actors else []
        # A second rule-maker ("the US and UK announced") acts in the headline or the lead too; countries
        # acting further down are context ("the Netherlands and Spain have announced similar funds").
        chosen += [c for c, s in ranked[1:] if c in leading_actors and s >= max(2.0, 0.6 * top)][:2]
        if chosen:
            return tuple(chosen), [Evidence(field="jurisdictions", text=best[c][1]) for c in chosen]
    lang = language.lower()
    fallback = _LANGUAGE_JURISDICTION.get(lang) or _LANGUAGE_JURISDICTION.get(lang.split("-")[0])
    if fallback and any(_CJK_RULE.search(u.text) for u in units):
        return (fallback,), [Evidence(field="jurisdictions", text=f"official text in {language}")]
    return (), []


def _clause(snippet: str) -> str:
    """Cut a context snippet at the end of its clause."""
    cut = re.split(r"[,;:.!?。，；]", snippet, maxsplit=1)[0]
    return cut.strip() or snippet.strip()


# ---------------------------------------------------------------- topics

# The tagger's vocabularies, scanned once per sentence.
_TAG_MATCHERS = combined_matchers({
    "topic": [(t, p, w) for t, cues in lx.TOPIC_TERMS.items() for p, w in cues],
    "type": [(t, p, w) for t, cues in lx.POLICY_TYPE_CUES.items() for p, w in cues],
    "exit": [("control", p, 1.0) for p in lx.EXIT_CONTROL_CUES] + [("outbound", p, 1.0) for p in lx.OUTBOUND_CUES],
    "status": [(s, p, w) for s, cues in lx.STATUS_CUES.items() for p, w in cues],
    "official": [("official", p, 1.0) for p in lx.OFFICIAL_VOICE],
})
_TOPIC_MATCHER = _TAG_MATCHERS["topic"]


def _topics(units: Sequence[Unit]) -> tuple[tuple[Topic, ...], list[Evidence]]:
    scores: dict[str, float] = {}
    counts: dict[tuple[str, str], int] = {}
    first: dict[str, str] = {}
    explicit_stem = False
    for unit in units:
        for m in _TOPIC_MATCHER.find(unit.text, unit.tokens):
            key = (m.label, m.phrase)
            counts[key] = counts.get(key, 0) + 1
            if counts[key] > 3:
                continue  # one word repeated is one piece of evidence, not ten
            scores[m.label] = scores.get(m.label, 0.0) + m.weight * unit.weight
            first.setdefault(m.label, unit.text[m.start : m.end])
            explicit_stem = explicit_stem or m.phrase == "STEM"
    specific = {t: s for t, s in scores.items() if t in lx.SPECIFIC_TOPICS}
    chosen: list[Topic] = []
    if specific:
        top = max(specific.values())
        chosen = [t for t in lx.SPECIFIC_TOPICS if specific.get(t, 0.0) >= max(1.0, 0.34 * top)]
    if explicit_stem or (not chosen and scores.get("stem", 0.0) >= 1.0):
        chosen.append("stem")
    return tuple(chosen), [Evidence(field="topics", text=first[t]) for t in chosen]


# ---------------------------------------------------------------- policy type

_TYPE_MATCHER = _TAG_MATCHERS["type"]
_EXIT_MATCHER = _TAG_MATCHERS["exit"]
_ENTRY_WORDS = re.compile(r"\b(?:entry|enter|entering|nationals of|citizens of|visas?|admission)\b", re.I)
# What an exit control holds back is people: "restricts the transfer of technologies abroad" is not one.
_THINGS = re.compile(
    r"\b(?:technolog\w*|know-how|goods|equipment|data|exports?|products?|chips?|software|components?|"
    r"materials?|money|funds|capital|shipments?)\b",
    re.I,
)
MIN_TYPE_SCORE = 1.5
_VETTING = frozenset({"vetting", "screening", "background check", "security review"})
_VISA_WORDS = re.compile(r"\b(?:visas?|consulates?|consular|embass(?:y|ies))\b", re.I)
EXIT_PAIR_CHARS = 80
# What a rule verb acts on is what the rule is about: "will offer open work permits to H-1B holders" is a
# permit rule that mentions a visa. Type cues right after a rule verb in the headline or lead count more.
_RULE_OBJECT_VERB = re.compile(
    r"\b(?:requir|introduc|offer|launch|impos|rais|lower|creat|extend|expand|cut|cap|eas|tighten|suspend|ban|"
    r"bar|restrict|open|add|unveil|approv|propos|replac|end|scrap|widen|double|halve|lift|set|roll(?:s|ed|ing)?\s+out)"
    r"\w*\b",
    re.I,
)
RULE_OBJECT_CHARS = 50
RULE_OBJECT_BONUS = 1.0
# A scheme to bring people in: a programme word, a recruiting verb and people, in one sentence.
_SCHEME = re.compile(
    r"\b(?:program(?:me)?s?|schemes?|funds?|fellowships?|grants?|initiatives?|plans?|packages?|chairs)\b", re.I
)
_RECRUIT = re.compile(
    r"\b(?:attract\w*|recruit(?:s|ed|ing)?|lur(?:e|es|ed|ing)|bring(?:ing)?\s+(?:\w+\s+){0,6}?(?:back|home)|draw\w*|woo\w*|"
    r"entic\w*|win\s+over|pull\s+in|magnet|reverse\s+(?:the\s+)?brain\s+drain|return(?:ing)?\s+scientists|"
    r"returnees?)\b",
    re.I,
)
_PEOPLE_WORDS = re.compile(
    r"\b(?:researchers?|scientists?|scholars?|academics?|engineers?|talent|specialists?|experts?|postdocs?|"
    r"doctoral|professionals?)\b|人才|科学家|研究人员",
    re.I,
)
SCHEME_WEIGHT = 2.5


def _policy_type(units: Sequence[Unit]) -> tuple[PolicyType, list[Evidence]]:
    scores: dict[str, float] = {}
    best: dict[str, tuple[float, str]] = {}

    def add(label: str, weight: float, text: str) -> None:
        scores[label] = scores.get(label, 0.0) + weight
        if weight > best.get(label, (0.0, ""))[0]:
            best[label] = (weight, text)

    for unit in units:
        seen: set[str] = set()
        for m in _TYPE_MATCHER.find(unit.text, unit.tokens):
            if m.phrase in seen:
                continue
            seen.add(m.phrase)
            label = m.label
            if m.phrase == "travel ban" and _ENTRY_WORDS.search(unit.text):
                label = "visa"  # a ban on foreigners entering, not on one's own people leaving
            elif label == "research_security" and m.phrase in _VETTING and _VISA_WORDS.search(unit.text):
                label = "visa"  # vetting visa applicants (their social media, at consulates) is a visa rule
            add(label, m.weight * unit.weight, unit.text[m.start : m.end])
        # "approval ... before travelling abroad": an exit control, whatever the exact words.
        exit_cues = _EXIT_MATCHER.find(unit.text, unit.tokens)
        controls = [m for m in exit_cues if m.label == "control"]
        outbound = [m for m in exit_cues if m.label == "outbound"]
        # The control must come first and close: "approval before travelling abroad", "bars scientists
        # from trips abroad"; not "researchers abroad report problems".
        pairs = [
            (c, o) for c in controls for o in outbound
            if 0 <= o.start - c.end <= EXIT_PAIR_CHARS and not _THINGS.search(unit.text[c.end : o.start])
        ]
        if pairs and not _ENTRY_WORDS.search(unit.text):
            c, o = pairs[0]
            add("travel_restriction", 3.0 * unit.weight, _extend_to_words(unit.text, c.start, unit.text[c.start : o.end]))
        if _SCHEME.search(unit.text) and _PEOPLE_WORDS.search(unit.text) and (r := _RECRUIT.search(unit.text)):
            add("talent_program", SCHEME_WEIGHT * unit.weight, r.group(0))
        if unit.position != "body":
            cues = _TYPE_MATCHER.find(unit.text, unit.tokens)
            for verb in _RULE_OBJECT_VERB.finditer(unit.text):
                following = [m for m in cues if 0 <= m.start - verb.end() <= RULE_OBJECT_CHARS]
                if following:  # the nearest one is the object
                    m = min(following, key=lambda m: m.start)
                    add(m.label, RULE_OBJECT_BONUS * m.weight, unit.text[m.start : m.end])
    if not scores:
        return "other", []
    label, score = min(scores.items(), key=lambda kv: (-kv[1], lx.POLICY_TYPE_PRIORITY.index(_AS_TYPE[kv[0]])))
    if score < MIN_TYPE_SCORE:
        return "other", []
    return _AS_TYPE[label], [Evidence(field="policy_type", text=best[label][1])]


def _extend_to_words(text: str, start: int, span: str) -> str:
    """Include the verb right before a cue span ("obtain approval before travelling abroad")."""
    m = re.search(r"(?:\b(?:get|obtain|seek|secure|need|require|request|receive|apply\s+for)\s+(?:\w+\s+)?)$",
                  text[max(0, start - 30) : start], re.I)
    return (m.group(0) if m else "") + span


# ---------------------------------------------------------------- status and effective dates

_STATUS_MATCHER = _TAG_MATCHERS["status"]
_OFFICIAL_MATCHER = _TAG_MATCHERS["official"]
_EFFECTIVE_CUE = re.compile(
    "|".join(sorted((re.escape(c) for c in lx.EFFECTIVE_CUES), key=len, reverse=True)), re.I
)
_NOW_WORDS = re.compile(
    r"\b(?:takes?\s+effect\s+(?:today|immediately)|effective\s+(?:today|immediately)|with\s+immediate\s+effect|"
    r"starting\s+today|from\s+today)\b|即日起|之日起施行|之日起实施",
    re.I,
)
_EFFECT_WORDS = re.compile(
    r"\b(?:effect|effective|force|apply|applies|start|starts|starting|begin|begins|beginning|from|as\s+of)\b"
    r"|施行|实施|生效|起",
    re.I,
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
        if not _EFFECT_WORDS.search(sentence):
            continue
        if published is not None and _NOW_WORDS.search(sentence):
            return published.date(), sentence
        cues = list(_EFFECTIVE_CUE.finditer(sentence))
        if not cues:
            continue
        for d in find_dates(sentence, default_year=default_year):
            # The cue must come shortly before the date ("effective September 21", "from 1 January"),
            # or, in Chinese, shortly after ("2026年3月1日起施行").
            near_before = any(0 <= d.start - c.end() <= 40 for c in cues)
            near_after = any(0 <= c.start() - d.end <= 6 for c in cues if _is_cjk_cue(c.group()))
            if near_before or near_after:
                value = d.value
                if not d.has_year and published is not None and value < published.date().replace(day=1):
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
    r"\b(?:take[sn]?\s+effect|took\s+effect|effective|in(?:to)?\s+force|appl(?:y|ies)|start|starts|starting|"
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


MIN_STATUS_SCORE = 1.0
SETTLED_STATUS_SCORE = 4.0  # this much evidence for a stage settles it, whatever an earlier stage has
ANNOUNCED_CUE_WEIGHT = 0.75  # x the unit's weight: 1.5 in a title, 1.1 in the lead
# "will offer", "is to introduce", "will be eligible": a rule stated in the future tense.
_FUTURE_RULE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:now\s+|also\s+|soon\s+|then\s+)?"
    r"(?:introduce|offer|add|grant|raise|lower|reduce|cut|issue|create|extend|expand|allow|open|require|provide|"
    r"launch|replace|end|scrap|double|halve|increase|tighten|ease|decide|give|invest|spend|accept|change|cap|"
    r"charge|limit|revoke|ban|bar|restrict|waive|exempt|speed\s+up|fast-track|priorit\w+|impose|lift|"
    r"aggressively\s+revoke|no\s+longer|be\s+(?:able|eligible|required|allowed|granted|handled|exempt|open|"
    r"introduced|raised|lowered|cut|extended|expanded|offered|added))\b|将(?:于|从|对|在)?",
    re.I,
)
# A government speaking for itself: "the Ministry of Justice said", "officials said", "said the ministry".
_OFFICIAL_SAID = re.compile(
    r"\b(?:minister|ministry|government|department|officials|spokes(?:person|man|woman)|secretary|commission|"
    r"agency|council|office|president|chancellor|cabinet|prosecutors)\b[^.;]{0,60}?\b(?:said|announced|says|"
    r"told\s+reporters|confirmed|charged|unveiled)\b|\b(?:said|announced|confirmed)\s+(?:the\s+)?"
    r"(?:[A-Z]\w+\s+){0,4}?(?:minister|ministry|government|department|officials|agency|council|office)\b",
    re.I,
)
LIFECYCLE_WEIGHT = 3.0
LIFECYCLE_WINDOW = 4  # words between the verb and the rule noun ("suspends the H-1B fee rule")
_LIFECYCLE_STEMS: Mapping[str, frozenset[str]] = MappingProxyType(
    {status: frozenset(t for v in verbs for t in tokenize(v)) for status, verbs in lx.LIFECYCLE_VERBS.items()}
)
_RULE_OBJECT_STEMS = frozenset(t for w in lx.RULE_OBJECTS for t in tokenize(w))
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being"})


def _lifecycle_cues(units: Sequence[Unit]) -> list[tuple[str, float, str]]:
    """(status, weight, text) for each unit where a lifecycle verb and a rule noun are close (one per status)."""
    found: dict[str, tuple[float, str]] = {}
    for unit in units:
        terms = [t.term for t in unit.tokens]
        for status, verbs in _LIFECYCLE_STEMS.items():
            for i, term in enumerate(terms):
                if term not in verbs:
                    continue
                # Active: "suspends the H-1B fee rule"; passive: "the ban was lifted". Not "the
                # proclamation suspends entry", where the rule is the subject doing the suspending.
                after = [j for j in range(i + 1, min(len(terms), i + LIFECYCLE_WINDOW + 1))
                         if terms[j] in _RULE_OBJECT_STEMS]
                before = [j for j in range(max(0, i - LIFECYCLE_WINDOW), i)
                          if terms[j] in _RULE_OBJECT_STEMS and _PASSIVE & set(terms[j + 1 : i])]
                if after or before:
                    j = after[0] if after else before[-1]
                    a, b = sorted((i, j))
                    weight = LIFECYCLE_WEIGHT * unit.weight
                    if weight > found.get(status, (0.0, ""))[0]:
                        found[status] = (weight, unit.text[unit.tokens[a].start : unit.tokens[b].end])
    return [(status, w, text) for status, (w, text) in sorted(found.items())]


def _status(units: Sequence[Unit], published: datetime | None) -> tuple[Status, list[Evidence]]:
    scores: dict[str, float] = {}
    best: dict[str, tuple[float, str]] = {}
    official = 0.0

    def add(label: str, weight: float, text: str) -> None:
        scores[label] = scores.get(label, 0.0) + weight
        if weight > best.get(label, (0.0, ""))[0]:
            best[label] = (weight, text)

    # Each cue counts once, where it weighs most: "notice" ten times is one piece of evidence.
    strongest: dict[tuple[str, str], tuple[float, str]] = {}
    for unit in units:
        for m in _STATUS_MATCHER.find(unit.text, unit.tokens):
            weight = m.weight * unit.weight
            if weight > strongest.get((m.label, m.phrase), (0.0, ""))[0]:
                strongest[(m.label, m.phrase)] = (weight, unit.text[m.start : m.end])
        official += sum(unit.weight for _ in _OFFICIAL_MATCHER.find(unit.text, unit.tokens))
    for (label, _), (weight, text) in sorted(strongest.items()):
        add(label, weight, text)
    for label, weight, text in _lifecycle_cues(units):
        add(label, weight, text)

    effective = find_effective_date([u.text for u in units], published)
    if effective is not None and published is not None:
        when, sentence = effective
        if when <= published.date():
            add("in_effect", 3.0, sentence)
        else:
            # A date ahead says the rule is coming, not that it was formally adopted ("enacted" needs a
            # signature, a final rule, a gazette: cues of their own).
            add("announced", 1.0, sentence)
    # Tense and voice: the government says it *will* change a rule ("Canada will offer open work
    # permits", "officials said"): announced, counted once, where it weighs most (title and lead).
    for pattern in (_FUTURE_RULE, _OFFICIAL_SAID):
        hits = [(u.weight, m.group(0)) for u in units if u.position != "body" for m in [pattern.search(u.text)] if m]
        if hits:
            weight, text = max(hits)
            add("announced", ANNOUNCED_CUE_WEIGHT * weight, text)

    reported = scores.get("reported", 0.0)
    if reported >= 2.0 and reported >= 1.5 * official:
        # A press report the government has not confirmed, whatever stage it describes.
        return "reported", [Evidence(field="status", text=best["reported"][1])]
    lifecycle = {k: v for k, v in scores.items() if k != "reported"}
    settled = [k for k, v in lifecycle.items() if v >= SETTLED_STATUS_SCORE]
    if settled:
        # Firm evidence of a later stage wins over the softer cues of an earlier one: a report on a
        # signed proclamation also says that it was "announced" and "will take effect".
        label = min(settled, key=lambda k: lx.STATUS_PRIORITY.index(_AS_STATUS[k]))
        return _AS_STATUS[label], [Evidence(field="status", text=best[label][1])]
    if lifecycle:
        label, score = min(lifecycle.items(), key=lambda kv: (-kv[1], lx.STATUS_PRIORITY.index(_AS_STATUS[kv[0]])))
        if score >= MIN_STATUS_SCORE:
            return _AS_STATUS[label], [Evidence(field="status", text=best[label][1])]
    if reported >= MIN_STATUS_SCORE:
        return "reported", [Evidence(field="status", text=best["reported"][1])]
    return "unknown", []


# ---------------------------------------------------------------- all together


def tag(title: str, text: str, *, language: str = "en", published: datetime | None = None) -> Tags:
    """Jurisdictions (actors), topics, policy type and status of one article."""
    if language.lower().startswith("en") or not language:
        language = detect_language(f"{title}\n{text}", default=language or "en")
    units = prepare(title, text)
    # The policy type first: it tells whether a country people move *to* is the rule-maker.
    policy_type, p_ev = _policy_type(units)
    jurisdictions, j_ev = _jurisdictions(units, language, policy_type)
    topics, t_ev = _topics(units)
    status, s_ev = _status(units, published)
    return Tags(
        jurisdictions=jurisdictions,
        topics=topics,
        policy_type=policy_type,
        status=status,
        evidence=tuple(j_ev + t_ev + p_ev + s_ev),
    )
