"""Kinds of fact in a sentence: how well it holds the amount, date, duration, count, person, name,
place, reason, penalty or decision a question asks for (`_has_type`, in [0, 1.5]).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.affected_groups import affected_clause, names_people
from bot.analysis.dates import find_dates
from bot.analysis.multilingual import FormMatcher
from bot.analysis.normalization import is_cjk
from bot.analysis.qa.bridge import _REASON as _XL_REASON
from bot.analysis.qa.bridge import _entries
from bot.analysis.qa.matching import PREFIX_WEIGHT, _match_weight
from bot.analysis.qa.question import _Question
from bot.analysis.qa.vocabulary import (
    _AMOUNT,
    _ATTRIBUTION_AFTER,
    _ATTRIBUTION_BEFORE,
    _CALENDAR,
    _COUNT,
    _DECIDES,
    _DURATION,
    _EFFECT,
    _EVENT_TERMS,
    _HEAD_STOP,
    _LIGHT_TERMS,
    _LIST,
    _META_TERMS,
    _MONTH_NEAR,
    _NAME,
    _ONLINE,
    _ORGANISATIONS,
    _PENALTY,
    _PEOPLE_HEADS,
    _PERCENT_OR_CHANGE,
    _PLACE,
    _PLACE_HEADS,
    _QUESTION_TERMS,
    _REASON,
    _RELATIVE_TIME,
    _RULE,
    _SOURCE,
    _STRONG_REASON,
    _WEEKDAY,
)
from bot.analysis.tokens import tokenize, tokenize_spans

# ---------------------------------------------------------------- kinds of fact


def _has_type(kind: str, sentence: str, q: _Question, weights: Mapping[str, float] = MappingProxyType({})) -> float:
    """How well a sentence holds the kind of fact asked for, in [0, 1.5]: for a question in another
    language than English, the forms of that kind in any language count too ("le 31 octobre 2024",
    "2,000万円", "11.497 Visa")."""
    if kind == "count" and q.head and is_cjk(q.head[0]):
        # "何件の申請": a number written with that counter ("120件"), not one of anything else ("1名").
        return 1.0 if re.search(rf"[\d０-９一二三四五六七八九十百千万萬两兩]\s*(?:[万萬千百亿億]\s*)?{re.escape(q.head[0])}",
                                sentence) else 0.0
    held = _has_english_type(kind, sentence, q, weights)
    # A question in Chinese is read by the English patterns ("多少", "多久"), which know neither its
    # numerals and counters ("七天", "10項") nor its currencies for a figure ("澳元"): it counts those forms
    # too. Not for an amount: any sum in a sentence using the same characters would answer "the K visa's
    # fee" (the English amount keeps its own checks).
    if (q.other_language or (_written_in_cjk(q.text) and kind != "amount")) and held < 1.0:
        # Imported here: `across` reaches this module through `quotes` and `ranking`.
        from bot.analysis.qa.across import XL_KINDS, _xl_spans
        if kind in XL_KINDS:
            held = max(held, *(w for _, _, w in _xl_spans(kind, sentence)), 0.0)
            if kind == "when" and held < DAY_ONLY and _written_in_cjk(q.text) and _DAY_ONLY.search(sentence):
                held = DAY_ONLY
        elif kind == "why" and _XL_REASON.find(sentence):
            held = 1.0  # "um ... zu", "afin de", "para evitar", "ため"
        elif kind == "who" and _ML_WHO.find(sentence):
            held = max(held, 1.0)  # "국회의원", "la ministra", "Consiglio dei ministri"
    return held


# A day of the month alone ("지난 17일", "10日の本会議"): news in Chinese, Japanese and Korean dates the month's
# events so. Read only for a question in that script: across languages it answered with the day something
# was said as often as with the day asked for.
DAY_ONLY = 0.6
_DAY_ONLY = re.compile(r"(?<![\d.,])(?:[12]?\d|3[01])\s*[日일](?!\s*(?:간|間|동안|이내|以内|以上|後|후|前|전|分|本))")


def _written_in_cjk(text: str) -> bool:
    """Whether a question is written mostly in Chinese or Japanese characters (a Latin acronym aside)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if is_cjk(c)) * 2 > len(letters)


_ML_WHO = FormMatcher(_entries(lx.QA_ML_WHO_FORMS, "who"), exclusive=False)


def _has_english_type(kind: str, sentence: str, q: _Question,
                      weights: Mapping[str, float] = MappingProxyType({})) -> float:
    """How well a sentence holds the kind of fact asked for, read as English, in [0, 1.5]."""
    if kind == "amount":
        m = _AMOUNT.search(sentence)
        if m and "figure" in m.group().lower() and not _AMOUNT.search(sentence, m.end()):
            return 0.6  # "a six-figure fee": an amount, but not the figure
        return 1.0 if m else 0.0
    if kind == "change":
        # "By how much?" wants the change itself: a percentage, "by $500", "from 5,600 to 6,200".
        return 1.0 if _PERCENT_OR_CHANGE.search(sentence) else 0.0
    if kind == "quantity":
        if _AMOUNT.search(sentence):
            return 1.0
        # "net migration figures, which stood at 728,000": a figure need not sit next to its noun.
        return max(_count_near(sentence, q), 0.8 if _FIGURE.search(sentence) else 0.0)
    if kind == "duration":
        return _duration(sentence, q)
    if kind == "when":
        return _when(sentence, q)
    if kind == "count":
        count = _count_near(sentence, q)
        if count < 1.0 and q.head and _plain_figure(sentence) and any(
            _match_weight(h, frozenset(tokenize(sentence))) >= PREFIX_WEIGHT for h in q.head
        ):
            return max(count, 0.8)  # "cut the number of study permits to 364,000": the figure after its noun
        return count
    if kind == "penalty":
        return 1.0 if _PENALTY.search(sentence) else 0.0
    if kind == "who":
        return _who(sentence, q)
    if kind == "which":
        return _named_near_head(sentence, q)
    if kind == "where":
        # An address or a website is the surest answer; a dateline ("WASHINGTON —") is where the
        # report was written, not where anything happens.
        if _ONLINE.search(sentence):
            return 1.2
        body = _DATELINE.sub("", sentence)
        if _PLACE.find(body) or re.search(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][a-z]+", body):
            return 1.0
        return 0.0
    if kind == "why":
        # A reason stated as one beats a sentence that only mentions concerns or what came before.
        if _ASKS_CAUSE.search(q.text):
            # "What prompted it?" asks what came before and caused it ("in response to", "followed a
            # review"), not what it is for ("aimed to cut numbers by 35%"): a purpose is then a weak answer.
            if _CAUSE.search(sentence):
                return 1.0
            return WEAK_REASON if _REASON.search(sentence) else 0.0
        return 1.0 if _STRONG_REASON.search(sentence) else WEAK_REASON if _REASON.search(sentence) else 0.0
    if kind == "what":
        rule = min(1.0, 0.4 * len(_RULE.find(sentence)))
        if _OBLIGATION.search(q.text):
            # "What must applicants submit?": the sentence that says what they have to do.
            return max(rule, 1.0 if _OBLIGATION.search(sentence) else 0.0)
        return rule
    if kind == "source":
        return 1.0 if _SOURCE.search(sentence) else 0.0
    if kind == "polar":
        if _DECIDES.search(sentence):
            return 1.0
        # "Will more categories be added?" is decided by what is to come ("it will be followed by others").
        return FUTURE_DECIDES if _WILL_QUESTION.match(q.text) and _WILL.search(sentence) else 0.0
    return 0.0


def _when(sentence: str, q: _Question) -> float:
    """A date, better when a cue says it is when something starts, ends or applies ("takes effect on
    May 1"), or for "When was it announced?" when the announcing is next to it; a day beats a bare month
    or year ("the 2025 calendar year" is not when something was announced); a bare weekday is when
    something was *said* ("said on Monday"), unless such a cue comes right before it ("took effect on
    Tuesday")."""
    spans = [(d.start, d.end, 1.0) for d in find_dates(sentence, default_year=2000)]
    spans += [(m.start(), m.end(), 0.75) for m in _CALENDAR.finditer(sentence)
              if not any(a <= m.start() < b for a, b, _ in spans)]
    spans += [(m.start(), m.end(), 0.8) for m in _WEEKDAY.finditer(sentence)
              if _EFFECT.search(sentence[max(0, m.start() - 30) : m.start()])]
    spans += [(m.start(), m.end(), 0.7) for m in _RELATIVE_TIME.finditer(sentence)]
    if not spans:
        return 0.0
    events = [t for t in q.terms if t in _EVENT_TERMS]
    # A dateline's date ("MOSCOW (Sputnik - 15th November, 2020)") is when the report was filed, and a
    # date right after a verb of saying ("an official said in a press briefing 16 January") when it
    # was said: neither is when anything happens, unless the question asks when it was announced.
    dateline = _DATELINE_DATE.match(sentence)
    spans = [
        (a, b, w * SAID_DATE if (dateline and a < dateline.end())
         or (not events and _SAID_BEFORE.search(sentence[max(0, a - 40) : a])) else w)
        for a, b, w in spans
    ]
    if _FUTURE_QUESTION.search(q.text):
        # "When will it take effect?" asks for a date still to come: one stated as such ("expected by
        # March 31", "will be reviewed in 2025", "from May 21"), not the day something was done; a time
        # counted from now ("after one year") is to come.
        relative = [(m.start(), m.end()) for m in _RELATIVE_TIME.finditer(sentence)]
        spans = [(a, b, w if (a, b) in relative or (_FUTURE_CUE.search(sentence[max(0, a - FUTURE_CUE_CHARS) : a])
                                 and not _NAMES_AN_EVENT.match(sentence, b)) else w * PAST_DATE)
                 for a, b, w in spans]
    if events:
        # The date nearest the event's verb ("On 27 August 2024, the Government announced").
        verbs = [t.start for t in tokenize_spans(sentence) if any(_match_weight(e, {t.term}) > 0 for e in events)]
        if not verbs:
            return 0.7 * max(w for _, _, w in spans)
        return max(w * (1.0 if min(abs(a - v) for v in verbs) <= 80 else 0.75) for a, _, w in spans)
    if _EFFECT_QUESTION.search(q.text):
        # "When does it take effect?": the date must be the start's ("takes effect on May 1", "from
        # 1 July"), not one elsewhere in a sentence that mentions a start ("issued on 6 March ... from").
        return max(w * (1.0 if _EFFECT.search(sentence[max(0, a - EFFECT_NEAR) : b + EFFECT_NEAR // 2])
                        or _FUTURE_CUE.search(sentence[max(0, a - FUTURE_CUE_CHARS) : a]) else UNCUED_DATE)
                   for a, b, w in spans)
    return max(w for _, _, w in spans) * (1.0 if _EFFECT.search(sentence) else 0.75)


EFFECT_NEAR = 60
UNCUED_DATE = 0.45
_EFFECT_QUESTION = re.compile(
    r"\b(?:take[sn]?\s+effect|come\s+into\s+(?:force|effect)|in\s+(?:force|effect)|effective|start|starts|begin|"
    r"begins|apply|applies|kick\s+in|open|opens)\b", re.I)


# What someone has to do: "must", "are required to", "have to", "will need to".
_OBLIGATION = re.compile(
    r"\b(?:must|required|requires?|requirement|ha(?:ve|s|d)\s+to|needs?\s+to|obliged|obligat\w+|mandatory|"
    r"should|shall|are\s+to|is\s+to|asked\s+to|expected\s+to)\b",
    re.I,
)
# "What prompted the ban?", "What led to it?", "What is behind it?": a cause, not a purpose.
_ASKS_CAUSE = re.compile(
    r"\bwhat(?:'s|\s+is|\s+was)?\s+(?:\w+\s+)?(?:prompted|prompts|caused|causes|triggered|triggers|led\s+to|leads\s+to|"
    r"drove|drives|sparked|spurred|behind)\b", re.I)
# A cause stated as one: what came before and brought it about.
_CAUSE = re.compile(
    r"\b(?:because|due\s+to|owing\s+to|(?:in|as\s+a)\s+response\s+to|in\s+(?:the\s+)?wake\s+of|driven\s+by|"
    r"(?:prompted|triggered|sparked|caused|motivated|spurred)\s+by|(?:a|the)\s+result\s+of|as\s+a\s+result|"
    r"follow(?:s|ed|ing)\s+(?:a|an|the|mounting|growing|reports?)|(?:came|comes|come)\s+after|amid|"
    r"over\s+(?:fears?|concerns?)|on\s+the\s+grounds?|in\s+light\s+of)\b",
    re.I,
)
_WILL_QUESTION = re.compile(r"^\W*(?:will|would|is\s+\w+\s+(?:going|set|expected)\s+to)\b", re.I)
_WILL = re.compile(r"\b(?:will|plans?\s+to|planned|expected\s+to|set\s+to|intends?\s+to|to\s+be\s+followed)\b", re.I)
FUTURE_DECIDES = 0.8
WEAK_REASON = 0.7  # a "why" answered by a sentence with only a word near a reason ("amid concerns")
SAID_DATE = 0.4
PAST_DATE = 0.45  # a date with no word of the future before it, for a question about the future
FUTURE_CUE_CHARS = 50
# A wire dateline, "JERUSALEM, May 7 (Xinhua) --", "June 19 (UPI) --", as well as "MOSCOW (Sputnik - ...)".
_DATELINE_DATE = re.compile(
    r"^\W*[A-Z][A-Za-z .'-]{2,}\s*\([^)]*\)|^\W*[A-Z][A-Z .'-]{2,}[,:]\s*[^—–]{0,40}[—–]"
    r"|^\W*(?:[A-Z][\w .'-]*,\s*)?(?:[A-Z][a-z]{2,}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,})(?:,?\s+\d{4})?\s*\([^)]*\)\s*[-—–]"
)
# "When will ...?", "When can ...?", "When is it expected to ...?": a date still to come.
_FUTURE_QUESTION = re.compile(
    r"^\W*when\s+(?:will|would|can|could|might|may|shall|should)\b"
    r"|^\W*when\s+(?:is|are)\b.*\b(?:expected|set|due|scheduled|meant|supposed|going|likely|planned)\b",
    re.I,
)
# Words that put a date in the future or make it a start or a deadline.
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|expected|expects|set\s+to|due|scheduled|planned|plans?|aims?|aiming|target\w*|"
    r"intends?|hop(?:e|es|ing)\s+to|implement\w*|from|starting|beginning|as\s+of|by|until|till|before|no\s+later\s+than|deadline|next|upcoming|"
    r"coming|is\s+to|are\s+to|takes?\s+effect|effective|comes?\s+into|opens?|begins?|starts?|launch(?:es)?)\b[^.;]*$",
    re.I,
)
# A date naming an event that has happened ("the government's May 22 revocation", "its June 4 entry ban"):
# a future verb before it is not its time.
_NAMES_AN_EVENT = re.compile(r"\s+(?!(?:at|in|on|to|and|or|for|from|until|by|with|when|if|as|the|a|an|this|that|is|are|"
                             r"was|were|will|would|next|last|deadline)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:of|on|against|"
                             r"in|for|to|until|,|\.|$)")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|briefing|interview|statement|wrote|tweeted)\b[^.;]*$", re.I)


_PASSIVE_QUESTION = re.compile(r"\b(?:be|been|is|are|was|were|get|gets|got)\s+(\w+(?:ed|en))\b", re.I)


_ACTIVE_WHO = re.compile(
    r"^\W*who\s+(?:(?:has|have|had|will|would|did|first)\s+)?(?:(?:is|are|was|were)\s+(?=\w+ing\b))?([a-z]+)\b", re.I
)
_NOT_ACTIVE = lx.QA_AUXILIARIES


def _agent(sentence: str, q: _Question) -> float:
    """"Who signed the order?", "Who is leading the lawsuit?": 1.2 for the verb (or a word of its family)
    with a name after "by" ("signed by Secretary of State Marco Rubio") or a name before it ("Premier
    Li Qiang has signed"); 0 when the sentence lacks the verb; -1 when the question has no such verb."""
    m = _ACTIVE_WHO.match(q.text)
    if not m or m.group(1).lower() in _NOT_ACTIVE:
        return -1.0
    verb = tokenize(m.group(1))
    if not verb or verb[0] in (_META_TERMS - _EVENT_TERMS) | _QUESTION_TERMS | _LIGHT_TERMS:
        return -1.0  # "Who brought the lawsuit?": a verb of general meaning, any who will do
    best = 0.0
    for tok in tokenize_spans(sentence):
        if _match_weight(verb[0], {tok.term}) == 0:
            continue
        after = sentence[tok.end : tok.end + 60]
        before = sentence[max(0, tok.start - 70) : tok.start]
        by = re.match(r"\s*(?:\w+\s+)?by\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)", after)
        if by:
            # "led by Bonta and ..." names the people; "spearheaded by California", a place.
            best = max(best, 0.9 if _is_place(by.group(1)) else 1.2)
        elif _NAME.search(before):
            best = max(best, 1.0)
        else:
            best = max(best, 0.6)
    return best


# "Who is quoted?", "Who said so?", "Who spoke for the ministry?": the person a statement is put to.
SPEAKER_QUESTION = re.compile(
    r"\bwho\b.*\b(?:quoted|said|says|spoke|speaks|commented|comments|told)\b|\bwho\s+(?:is|was)\s+speaking\b", re.I)
_ATTRIBUTED = re.compile(
    r"[\"”’']\s*,?\s*(?:\w+\s+){0,6}?(?:said|says|told|added|wrote)\b|\b(?:said|says|told|added|according\s+to)\b"
    r"|\b(?:said|says|wrote|writes|stated)\s*[:,]?\s*[\"“‘]",
    re.I,
)


def _who(sentence: str, q: _Question) -> float:
    if SPEAKER_QUESTION.search(q.text):
        # The one a statement is attributed to ("..., a senior official said"), best with a quote.
        if not _ATTRIBUTED.search(sentence):
            return 0.2
        return 1.2 if re.search(r"[\"“”]", sentence) else 1.0
    agent = _agent(sentence, q)
    held = max(agent, 0.5 * _who_generic(sentence, q)) if agent >= 0 else _who_generic(sentence, q)
    if q.head and _qualified_head(sentence, q.head[0]):
        held = max(held, QUALIFIED_HEAD)
    return held


QUALIFIED_HEAD = 1.3  # "Which engineers are included?": the engineers said to be which ones
_QUALIFIER_AFTER = re.compile(  # (matched at the noun's end: no "^", which would mean the sentence's start)
    r"\s*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lx.QA_HEAD_QUALIFIERS)) + r")\b"
    r"|\s*,\s*(?:including|such\s+as|like|notably|especially|particularly)\b", re.I)  # "professionals, including ..."
# "computer, electronics and biotechnology engineers": kinds listed before the noun.
_KINDS_BEFORE = re.compile(r"[\w-]+,\s+(?:[\w-]+\s+)?[\w-]+,?\s+(?:and|or)\s+[\w-]+\s+$", re.I)


def _qualified_head(sentence: str, head: str) -> bool:
    """Whether the sentence says which of the people a "which" question asks about ("Which specialists
    are named?"): their noun followed by what narrows it ("specialists in AI, big data", "engineers in
    the fields of ...") or preceded by a list of kinds. The noun alone ("engineers and doctors") is not."""
    for m in re.finditer(r"[\w-]+", sentence):
        if tokenize(m.group()) != [head]:
            continue
        before = sentence[max(0, m.start() - 80) : m.start()]
        if _QUALIFIER_AFTER.match(sentence, m.end()) or _KINDS_BEFORE.search(before):
            return True
    return False


def _who_generic(sentence: str, q: _Question) -> float:
    score = 0.0
    passive = _PASSIVE_QUESTION.search(q.text)
    participle = passive.group(1).lower() if passive else ""
    verb = tokenize(participle) if participle else []
    if verb and verb[0] not in _META_TERMS:
        # "Who will be screened?": the people right after the verb ("screening foreign researchers"); not
        # its participle as an adjective ("screened researchers", "affected researchers" say nothing new).
        for m in re.finditer(r"[\w-]+", sentence):
            if m.group().lower() == participle:
                continue
            if tokenize(m.group()) == verb and _names_anyone(" ".join(sentence[m.end() :].split()[:4])):
                score += 1.0  # the answer itself, whatever else the sentence holds
                break
            if tokenize(m.group()) == verb and _SUBJECT_TO.search(sentence[max(0, m.start() - 30) : m.start()]) \
                    and _names_anyone(sentence[: m.start()]):
                score += 1.0  # "researchers and students will all be subject to screening": screened
                break
    if _names_anyone(sentence):
        score += 0.6
        clause = affected_clause(sentence)
        score += 0.4 if clause and clause[1] >= 1.0 else 0.2 if clause else 0.0
        if clause:
            # Names and "such as" lists make a clause specific: "top AI researchers at private
            # companies such as Alibaba and DeepSeek" beats "affected researchers".
            names = len(set(_NAME.findall(clause[0])))
            listed = _LIST.search(clause[0])
            named_list = bool(listed and _NAME.search(clause[0][listed.end() :]))
            score += min(0.45, 0.15 * names) + (0.3 if named_list else 0.0)
    elif _NAME.search(sentence) or _ORGANISATIONS.search(sentence):
        score += 0.5  # an organisation ("the U.S. Chamber of Commerce", "start-ups and universities")
    return min(1.5, score)


_SUBJECT_TO = re.compile(r"\bsubject(?:ed)?\s+to\s+(?:(?:the|a|an|new|additional|further|enhanced|security)\s+){0,2}$", re.I)


def _is_place(name: str) -> bool:
    return bool(_PLACE.find(name))


def _named_near_head(sentence: str, q: _Question) -> float:
    """"Which visa ...?": a name or figure next to the head noun ("the O-1 visa", "conferences ...
    including NeurIPS"). A place is a name, but not the answer to "which conference"."""
    head = q.head[0] if q.head else None
    wants_place = head in _PLACE_HEADS if head else False
    if head is not None:
        for m in re.finditer(r"[\w-]+", sentence):
            if tokenize(m.group()) != [head]:
                continue
            before = sentence[max(0, m.start() - 40) : m.start()]
            after = sentence[m.end() : m.end() + 70]
            listed = _LIST.search(after[:30])
            candidates = _NAME.findall(before[-25:]) + _NAME.findall(after[listed.end() :] if listed else after[:25])
            candidates += re.findall(r"\d[\w-]*", before[-15:] + " " + after[:15])
            # "Which countries ...?" is answered by places, not by "12 countries" or "Impacted Countries:
            # According to ...": those fall through to the count of places below.
            if any(_is_place(c) == wants_place for c in candidates):
                return 1.0
    asked = {n.lower() for n in _NAME.findall(q.text)}
    if head is not None and not wants_place:
        listed = _LIST.search(sentence) or re.search(r"[\w-]+,\s+[\w-]+(?:\s+[\w-]+)?(?:,\s+[\w-]+(?:\s+[\w-]+)?)*,?\s+"
                                                      r"(?:and|or)\s+\w", sentence)
        for m in re.finditer(r"([\w-]+)\s+(?=([\w-]+))", sentence):
            # "dual-use technologies", "ordinary visa categories": the head with a word that says which.
            if tokenize(m.group(2)) == [head] and m.group(1).lower() not in _HEAD_STOP | _GENERIC_MODIFIERS:
                return 0.8
        if listed:
            return 0.7  # "... includes artificial intelligence, quantum science, robotics and autonomous systems"
    if wants_place:
        # "Which countries ...?": places the question does not name, the more the surer.
        places = {m.label for m in _PLACE.find(sentence)} - {m.label for m in _PLACE.find(q.text)}
        return 1.0 if len(places) >= 2 else 0.6 if places else 0.3
    # "Which agencies ...?" is often answered by the names alone ("the Department of Energy"), best
    # by a list of them ("NSERC, SSHRC, CIHR and CFI").
    if _title_case(sentence):
        return 0.3  # a headline in Title Case capitalises every word: none of them is thereby a name
    names = {n.lower() for n in _NAME.findall(sentence) if not _is_place(n)} - asked
    if len(names) >= 2 and (_LIST.search(sentence) or re.search(r"\w,\s+\S+(?:,\s+\S+)*,?\s+(?:and|or)\s", sentence)
                            or ":" in sentence):
        return 0.9
    return 0.6 if names else 0.3


TITLE_CASE_SHARE = 0.8


def _title_case(sentence: str) -> bool:
    """A headline written in Title Case ("Hi-Tech Company Classification Process Clarified"): most of its
    longer words capitalised."""
    if sentence.rstrip().endswith(".") or sentence.count(",") >= 2:
        return False  # prose, or a list of names ("the National Science Foundation, National Institutes ...")
    words = re.findall(r"[A-Za-z][\w'’-]{3,}", sentence)
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= TITLE_CASE_SHARE * len(words)


_GENERIC_MODIFIERS = lx.QA_GENERIC_MODIFIERS

ADJACENT_WORDS = 3  # "10-year golden visas", "valid for up to four years": the duration is of that thing


def _duration(sentence: str, q: _Question) -> float:
    """1 for a duration next to one of the question's words ("valid for up to four years" for "How long
    is the permit valid?"); 0.5 for a duration elsewhere in the sentence ("five years of experience"),
    which then needs the sentence itself to hold most of the question (see _rank)."""
    wanted = q.focus or q.head
    found = 0.0
    for m in _DURATION.finditer(sentence):
        if not wanted:
            return 1.0
        before = sentence[: m.start()].split()[-ADJACENT_WORDS:]
        after = sentence[m.end() :].split()[:ADJACENT_WORDS]
        near = frozenset(tokenize(" ".join([*before, *after])))
        if any(_match_weight(w, near) >= PREFIX_WEIGHT for w in wanted):
            return 1.0
        found = 0.5
    return found


_VAGUE = re.compile(r"(?:a\s+few\s+)?(?:several|dozens|hundreds|thousands|a\s+few|half)")
# A figure that is not a year: "728,000", "5%", "1.2".
_FIGURE = re.compile(
    r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)|(?!(?:19|20)\d\d\b)\d{3,})(?![\w,]\d)"
    r"|\b(?:one|two|three|four)\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?:half|a\s+third|a\s+quarter|two-thirds|the\s+majority)\s+of\b",
    re.I,
)
def _plain_figure(sentence: str) -> bool:
    """A number of things, not of money or a share: "364,000", not "$76,515" or "10%"; nor a number of
    something the sentence names right after it ("3,484 private-sector entities" counts entities)."""
    money = [(m.start(), m.end()) for m in _AMOUNT.finditer(sentence)]
    return any(
        not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in money) and not re.search(r"%|per\s*cent", m.group())
        and m.group()[0].isdigit() and not _NOUN_AFTER.match(sentence, m.end())
        and not _IDENTIFIER.search(sentence, max(0, m.start() - 12), m.start())
        for m in _FIGURE.finditer(sentence)
    )


# "Gazette No. 30007", "numbered 30007", "§ 1182": a number that names a text, not a figure.
_IDENTIFIER = re.compile(r"(?:\bno\.|\bnr\.|#|\barticle|\bsection|§|\bnumbered)\s*$", re.I)


# A word right after a figure that says what it counts: not a function word ("364,000 in 2024", "to 8,000.").
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|to|of|for|from|by|and|or|but|than|a|an|the|this|that|last|next|per|each|every|is|are|was|"
    r"were|will|would|has|have|had|so|as|with|under|over|since|until|according)\b)[a-z][\w-]*", re.I)


_NO_NUMBER = re.compile(r"several|a\s+few|half")
COUNT_WORDS_AFTER = 4  # "1,000 such workers", "10,000 foreign AI specialists", "4,000 of the visas"
_TIMES_AFTER = re.compile(r"\s*times\b", re.I)
_UNIT_AFTER = re.compile(r"^\W*(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|times|per\s*cent|percent|%)\b", re.I)


def _count_near(sentence: str, q: _Question) -> float:
    """A number right before the thing counted ("about 1,000 such workers", "2,000 scientists"): 1, or
    0.6 for a vague one ("thousands of researchers"). Years, amounts, dates and counts of sources ("two
    people familiar with the plan said") are not counts."""
    found = 0.0
    wanted = set(q.head) or set(q.focus)
    # "How many were indicted?" names nothing it counts: what is counted of someone is people.
    people = not q.head or bool(wanted & _PEOPLE_HEADS)
    for m in _COUNT.finditer(sentence):
        if m.group().isdigit() and 1900 <= int(m.group()) <= 2100:
            continue  # a year ("2,000" is not one)
        if m.group().lower() == "one":
            continue  # "for one", "one of the": a word more often than a count
        if _MONTH_NEAR.search(sentence[max(0, m.start() - 12) : m.start()]) or _MONTH_NEAR.search(
            sentence[m.end() : m.end() + 12]
        ):
            continue  # "April 24", "1 July"
        window = sentence[m.end() : m.end() + 50]
        if _ATTRIBUTION_AFTER.search(window) or _ATTRIBUTION_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()]):
            continue
        if _UNIT_AFTER.search(window) and not (q.head == ("tim",) and _TIMES_AFTER.match(window)):
            continue  # "three years", "10 per cent": a duration or a share, not a number of things
            # (but "How many times ...?" counts times: "entered four times")
        window = " ".join(window.split()[:COUNT_WORDS_AFTER])
        near = set(tokenize(window))
        if any(_match_weight(w, near) > 0 for w in wanted) or (people and _names_anyone(window)) or re.match(
            r"\s*(?:名|人)", window
        ):
            if not _VAGUE.fullmatch(m.group().lower()):
                return 1.0
            if not _NO_NUMBER.fullmatch(m.group().lower()):
                found = 0.6  # "thousands of researchers" says how many; "several employees" does not
    return found


# People by age, sex or kin ("men aged 18 to 22", "their spouses and children"): the affected-groups
# lexicon names people by their work and status; a question asking who may mean any of these.
_PEOPLE_AT_LARGE = re.compile(rf"\b(?:{'|'.join(sorted(lx.QA_PEOPLE_AT_LARGE))})\b", re.I)


def _names_anyone(phrase: str) -> bool:
    """Does the phrase name people: by their work or status (`names_people`), or by age, sex or kin."""
    return names_people(phrase) or bool(_PEOPLE_AT_LARGE.search(phrase))


_DATELINE = re.compile(r"^\W*[A-Z][A-Z .,'-]{2,}(?:\([^)]*\))?\s*[—–-]+\s*")
