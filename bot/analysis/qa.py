"""Answer a question about a story from its sources, by quoting them. Never invents.

The documents (an alert's article and the other outlets' versions) are split into sentences and ranked
for the question with BM25 over each sentence and its neighbours (with a small lexicon of words a
question and its answer use interchangeably: "fee" also finds "charge", "fast-track" finds "express"),
plus what the question asks *for*. The kind of fact is read from the question's words, not only from
its first ones: "how much", "what will it cost", "what is the fee" and "how much will be spent" all want
an amount; "how many", "what is the target number" a count near the thing counted; "how long", "how far
in advance" a duration; "when", "from what date", "what is the deadline" a date; "who" and "which
students" people or organisations; "which visa" a name next to the noun; "where" a place; "why", "what
is it meant to do" a reason; "what happens to those who do not" a penalty. The answer is the best
sentence, quoted and cited (a second one when it adds what the first lacks).

It answers only when the sources support it. The question's own words (its *focus*: not the question
words, not generic ones such as "rule" or "affect", not the words that only say which kind of fact is
wanted) are weighted by how rare they are in the sources, so "renew" in "How much does it cost to
renew an H-1B visa?" matters and "visa" (in every sentence) hardly does:
* a name the question uses ("France", "Elon Musk") must occur in the sources, and the sources must hold
  most of the question's weighted focus at all;
* a question that asks for a kind of fact (an amount, a date, a duration, a count, a penalty) is
  answered only by a sentence that holds one and that, with its neighbours, holds most of the weighted
  focus: an amount about something else is not an answer;
* other questions need a sentence holding enough of the weighted focus (for a sentence of the kind
  asked for, its neighbours and its article's title may carry it);
* a question with no words of its own ("Who does this affect?") is answered only by a sentence that is
  a strong example of its kind (a clause naming who a rule applies to).
Otherwise the answer is `answered: false` with a sentence saying that the sources don't say.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
from bot.analysis.llm import LLMClient
from bot.analysis.summarize import affected_clause, names_people
from bot.analysis.text import (
    PhraseMatcher,
    bm25_scores,
    clean_line,
    find_dates,
    is_cjk,
    split_sentences,
    tokenize,
    truncate,
    words,
)
from bot.models import Answer, Citation

log = logging.getLogger(__name__)

QUOTE_CHARS = 300
MAX_QUOTES = 2
CUE_ONLY_MIN = 0.6  # a question with no words of its own needs a sentence this typical of its kind
SECOND_QUOTE_RATIO = 0.85
MIN_COVERAGE = 0.3  # weighted share of the question's own words an answer (with its context) must hold
TYPED_COVERAGE = 0.45  # ... and for a fact of a kind (an amount, a date), the share its sentence must hold
VOCABULARY_COVERAGE = 0.5  # ... and the share the sources must hold at all
SYNONYM_WEIGHT = 0.5  # a synonym counts half a word of the question
PREFIX_WEIGHT = 0.75  # a word of the same family ("financial" for "finance") three quarters
NEIGHBOUR_WEIGHT = 0.5  # a word found only in the next or previous sentence (or the title)
ABSENT_WEIGHT = 1.0  # in idf units: a question word no source sentence uses
COVERAGE_SMOOTHING = 0.7  # in idf units: words found in most sentences hardly count, present or not
QUOTED_SPEECH = 0.85  # a quoted opinion is a weaker answer than the report's own statement
PASSAGES = 6  # passages retrieved for an LLM to answer from

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


class QADocument(BaseModel):
    """One source a question can be answered from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    url: str | None = None
    title: str = ""
    text: str = ""


def _terms(text: str) -> frozenset[str]:
    return frozenset(t for w in words(text) for t in tokenize(w, keep_stopwords=True))


# Words that shape the question but need not appear in the answer.
_QUESTION_WORDS = words(
    """who whom whose what when where why how which does do did is are was were will would can could should
    this that these those it its story article news report source sources tell me please about exactly
    anyone anybody someone thing things kind happen happens happened mean means many much often
    there any long far soon quickly advance ahead mentioned named listed get gets last brought bring make made
    give given available exist exists now currently today meant designed intended supposed big large high low size""",
)
# Generic words of questions about a rule: used for ranking, not required in the answer.
_META = words(
    """affect affects affected affecting impact impacts impacted apply applies applied cover covers covered
    target targets targeted change changes changed new rule rules policy policies
    measure measures law laws effect effective start starts begin begins take takes come comes force date
    time people person reason reasons happen say says said announce announced restriction
    restrictions requirement requirements plan plans impose imposed imposing introduce introduced adopt adopted
    create created issue issued implement implemented enforce enforced""",
)
# Words that only grade what is asked ("the maximum penalty", "the new minimum salary").
_MODIFIERS = words("maximum minimum most least highest lowest total overall current exact precise")
_META_TERMS = _terms(" ".join(_META)) | _terms(" ".join(_MODIFIERS))
_QUESTION_TERMS = _terms(" ".join(_QUESTION_WORDS))

# Question words that say which kind of fact is wanted (a small hand-written lexicon). "What is the
# fee?", "What will it cost?" and "How much will be spent?" all want an amount; these words are the
# kind, not the subject, so an answer need not repeat them ("$100,000 for each new petition").
_KIND_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType({
    "amount": words(
        """fee fees cost costs price prices charge charges salary salaries wage wages income pay threshold
        thresholds budget funding money sum amount levy bar floor"""
    ),
    "when": words("date dates deadline deadlines day"),
    "duration": words("duration validity length period"),
    "count": words("number numbers"),
    "penalty": words(
        """penalty penalties punishment punishments sanction sanctions consequence consequences fine fines prison
        jail sentence"""
    ),
    "why": words("reason reasons purpose purposes aim goal rationale motive"),
    "where": words("place location venue"),
})
_AMOUNT_VERBS = words("cost costs spend spent spending pay paid pays charge charged earn earns invest invested")
_KIND_TERMS: Mapping[str, frozenset[str]] = MappingProxyType({
    kind: _terms(" ".join(ws)) | (_terms(" ".join(_AMOUNT_VERBS)) if kind == "amount" else frozenset())
    for kind, ws in _KIND_NOUNS.items()
})
_KIND_NOUN_RE = {
    kind: re.compile(r"\b(?:" + "|".join(sorted(ws, key=len, reverse=True)) + r")\b", re.I)
    for kind, ws in _KIND_NOUNS.items()
}

# Words a question and its answer use interchangeably in this domain (each side maps to the others).
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("fee", "charge", "cost", "pay", "levy", "price"),
    ("start", "begin", "open", "launch", "effect", "from", "apply", "available", "live"),
    ("valid", "last", "duration", "validity", "period"),
    ("threshold", "minimum", "floor", "bar", "requirement", "salary", "income"),
    ("salary", "income", "wage", "pay", "earn"),
    ("lawsuit", "suit", "challenge", "plaintiff", "sought", "sue", "court", "injunction", "case"),
    ("accuse", "charge", "allege", "allegedly", "indictment", "prosecutor"),
    ("hope", "aim", "expect", "target", "want", "goal", "plan"),
    ("attract", "bring", "recruit", "draw", "lure", "win"),
    ("priority", "prioritise", "prioritize", "focus"),
    ("exempt", "exemption", "spare", "except", "exclude"),
    ("fund", "funding", "money", "grant", "budget", "spend", "package", "allocate", "invest"),
    ("stay", "remain", "live", "work", "come"),
    ("student", "graduate", "applicant"),
    ("study", "enrol", "enroll", "enrolment", "attend"),
    ("country", "nation", "state"),
    ("role", "occupation", "job", "position", "vacancy"),
    ("trip", "travel", "journey", "visit", "leave", "abroad"),
    ("declare", "report", "notify", "submit"),
    ("restriction", "restrict", "curb", "limit", "ban", "control", "rule"),
    ("research", "science", "scientific"),
    ("company", "firm", "employer", "business"),
    ("screen", "vet", "vetting", "check", "scrutiny", "assess"),
    ("pause", "halt", "freeze", "suspend", "stop"),
    ("researcher", "scientist", "academic", "scholar", "engineer", "specialist", "expert", "physicist"),
    ("fast", "express", "quick", "speed", "expedite", "accelerate"),
    ("track", "lane", "route", "procedure", "pathway", "stream"),
    ("process", "review", "handle", "decide", "examine"),
    ("run", "administer", "manage", "operate", "oversee", "lead"),
    ("government", "administration", "department", "ministry", "authorities", "officials", "cabinet"),
    ("sector", "industry", "field", "services", "area"),
    ("raise", "rise", "increase", "lift", "hike", "higher"),
    ("lower", "cut", "reduce", "decrease", "ease"),
    ("shortage", "shortfall", "gap", "lack"),
    ("penalty", "fine", "punish", "sanction", "prison", "disciplinary"),
    ("refuse", "reject", "deny", "decline", "turn"),
    ("top-up", "extra", "additional", "supplement"),
    ("permanent", "settle", "residence", "resident", "residency"),
    ("speak", "present", "address", "unveil"),
    ("people", "person", "staff", "employee", "worker"),
    ("next", "will", "plan", "appeal"),
)


def _synonym_map() -> Mapping[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _SYNONYM_GROUPS:
        stems = {t for w in group for t in tokenize(w, keep_stopwords=True)}
        for s in stems:
            out.setdefault(s, set()).update(stems - {s})
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_SYNONYMS = _synonym_map()


def _place_map() -> Mapping[str, frozenset[str]]:
    """One-word names of each jurisdiction ("us", "american", "washington") as one key: a question about
    "the US" is answered by a sentence about "American universities"."""
    out: dict[str, set[str]] = {}
    for j in lx.JURISDICTION_LIST:
        keys = {j.code.lower()}
        for name in (*j.names, *j.exact, *j.demonyms, *j.capitals):
            terms = tokenize(name, keep_stopwords=True)
            if len(terms) == 1:
                keys.add(terms[0])
        for k in keys:
            out.setdefault(k, set()).update(keys - {k})
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_PLACES = _place_map()

_RULE = PhraseMatcher([("rule", p, w) for p, w in lx.RULE_VERBS])
_PLACE = PhraseMatcher(
    [("place", p, 1.0) for j in lx.JURISDICTION_LIST for p in (*j.names, *(f"={e}" for e in j.exact), *j.capitals)]
)
_EFFECT = re.compile(
    r"\b(?:take[sn]?\s+effect|took\s+effect|effective|into\s+force|in\s+force|in\s+effect|from|starting|"
    r"beginning|as\s+of|since|until|deadline|by|opens?|begins?|starts?|appl(?:y|ies)|due|launch(?:es)?|close[sd]?)\b"
    r"|施行|实施|生效|起",
    re.I,
)
_REASON = re.compile(
    r"\b(?:because|due\s+to|in\s+order\s+to|aim(?:s|ed)?\s+(?:to|at)|to\s+prevent|to\s+stop|to\s+protect|framed|"
    r"concerns?|amid|intended\s+to|so\s+that|reason|over\s+fears?|to\s+curb|to\s+keep|meant\s+to|designed\s+to|"
    r"needed\s+to|citing|blamed|to\s+ease|to\s+help|to\s+make|in\s+a\s+bid|response\s+to|after\s+a|"
    r"to\s+(?:attract|draw|bring|lure|recruit|fill|compete|secure|safeguard|reduce|cut|address|tackle))\b"
    r"|为防范|为了|旨在|防止|为维护",
    re.I,
)
_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"hundred|thousand|dozen|dozens|hundreds|thousands|several|half|a\s+few"
)
_AMOUNT = re.compile(
    r"[$£€¥₹]\s?\d|\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|crore|lakh|yen|euros?|dollars?|pounds?|"
    r"won|rupees?|francs?|shekels?|NIS|a\s+(?:year|month))|(?:NIS|S\$|NT\$|A\$|C\$|NZ\$)\s?\d|\d+\s*(?:万|亿)?元"
    r"|\b(?:six|five|seven)-figure\b|\b(?:half\s+a|a|one|two|three|five|ten)\s+(?:million|billion)\s+\w+",
    re.I,
)
_PERCENT_OR_CHANGE = re.compile(
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)|\bby\s+(?:about\s+|around\s+|some\s+)?[$£€¥₹]?\d|"
    r"\bfrom\s+[$£€¥₹A-Z]*\$?\d[\d,.]*\s*(?:\w+\s+){0,2}to\s+[$£€¥₹A-Z]*\$?\d|\b(?:doubl|halv|tripl)\w*",
    re.I,
)
_DURATION = re.compile(
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS})[\s-]+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|working\s+days)\b"
    r"|\b(?:until|within|for\s+up\s+to|indefinitely)\b|\d+\s*(?:年|个月|天|日)",
    re.I,
)
_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|"
    r"Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_CALENDAR = re.compile(
    rf"\b(?:{_MONTHS}|today|tomorrow|immediately|next\s+(?:year|month|week)|early\s+next|later\s+this|"
    r"(?:19|20)\d\d)\b|\d{1,2}\s*月|\d{4}\s*年",
)
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE_TIME = re.compile(
    rf"\b(?:after|in)\s+(?:about\s+|up\s+to\s+)?(?:\d+|{_NUMBER_WORDS})\s+(?:years?|months?|weeks?|days?)\b",
    re.I,
)
_COUNT = re.compile(
    rf"(?<![$£€¥₹\d.,\w-])(?:\d[\d,]*\b|(?:a\s+few\s+)?(?:{_NUMBER_WORDS}))\b(?!\s*(?:%|per\s*cent|percent|million|"
    r"billion|crore|lakh|yen|euros?|dollars?|pounds?|won|rupees?)\b)(?![.,]\d)|\d+\s*(?:名|人|所)",
    re.I,
)
# "three people with knowledge of the matter said": a count of sources, never an answer.
_ATTRIBUTION_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,5}?(?:said|say|says|told|familiar|knowledge|briefed|asked\s+not|sources)\b", re.I
)
_ATTRIBUTION_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)
_MONTH_NEAR = re.compile(rf"(?:{_MONTHS})\s*$|^\s*(?:{_MONTHS})", re.I)
_PENALTY = re.compile(
    r"\b(?:fine[sd]?|penalt\w*|prison|jail\w*|sentenc\w*|sanction\w*|disciplinary|punish\w*|prosecut\w*|"
    r"los(?:e|es|ing)\s+(?:their|the|its|his|her)|barred\s+from|revok\w*|deport\w*|dismiss\w*|fired)\b"
    r"|罚款|处分|追究|处罚",
    re.I,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][\w.&-]*[A-Za-z0-9]|[A-Z]{2,}(?:-\d+)?)\b|[A-Z]-\d\b")
_LIST = re.compile(r"\b(?:such\s+as|including|like|among\s+them)\b", re.I)
_NAME_IN_QUESTION = re.compile(r"(?<!^)(?<![?.!]\s)\b([A-Z][A-Za-z0-9-]+|[A-Z]{2,})\b")
_ZH_QUESTION_CHARS = frozenset("哪些谁什么何时候为多少吗呢是的了怎样么么吧请问这个此")
_ORGANISATIONS = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|employers?|universit(?:y|ies)|colleges?|start-?ups?|institutes?|institutions?|"
    r"laborator(?:y|ies)|labs?|businesses|groups?|associations?|agenc(?:y|ies)|departments?|ministr(?:y|ies)|"
    r"council|office|chamber|coalition|unions?|schools?|hospitals?)\b",
    re.I,
)
_QUOTED = re.compile(r"^[\"“‘']|[\"”’']\s*,?\s*(?:said|says|told)\b")
_PEOPLE_HEADS = _terms("people person persons who individuals")
# "Which students ...?" asks who, not which.
_PEOPLE_NOUN_TERMS = _terms(
    """researchers scientists engineers students academics scholars workers employees staff professionals
    experts specialists graduates applicants holders migrants founders men women people physicists doctors
    nationals citizens candidates fellows postdocs"""
)
_PLACE_HEADS = _terms("country countries city cities place places nation nations region regions")
# Question words after which the words of a noun phrase begin: "how many <H-1B visas> were issued".
_HEAD_STOP = words(
    """are is was were do does did will would can could have has had must should may might get gets of in at
    for to from with on by be been being the a an that this these those their its"""
)


# ---------------------------------------------------------------- the question


@dataclass(frozen=True)
class _Question:
    text: str
    kind: str
    head: tuple[str, ...]  # the thing asked about: "visa" in "how many H-1B visas", "student" in "which students"
    terms: tuple[str, ...]  # every content term, for ranking
    focus: tuple[str, ...]  # the terms an answer must support
    places: tuple[str, ...] = ()  # jurisdictions named: the sources must name them, but any sentence may
    # be about them ("Why is China doing this?" is answered by a sentence that does not repeat "China")


def _noun_phrase_after(text: str, start: int) -> list[str]:
    """The words of the noun phrase starting at `start` ("H-1B visas were issued" -> ["H-1B", "visas"]);
    "of the visas" is skipped into ("how many of the visas")."""
    rest = re.findall(r"[\w'’-]+", text[start:])
    while rest and rest[0].lower() in ("of", "the", "a", "an"):
        rest = rest[1:]
    out: list[str] = []
    for w in rest:
        if w.lower() in _HEAD_STOP:
            break
        out.append(w)
        if len(out) == 4:
            break
    return out


def _head_terms(phrase: list[str]) -> tuple[str, ...]:
    """The head noun of a question's noun phrase: its first lower-case plural ("Chinese students study"
    -> "students", "Employment Pass holders" -> "holders"), else its last word."""
    if not phrase:
        return ()
    plural = next((w for w in phrase if w.islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss")),
                  None)
    last = tokenize(plural or phrase[-1])
    return tuple(last[-1:])


def _question_kind(question: str) -> tuple[str, tuple[str, ...]]:
    """What kind of fact the question asks for, and its head noun (stems)."""
    q = question.lower()
    if re.search(r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:higher|lower|more|less)\b", q):
        return "change", ()
    m = re.search(r"\bhow\s+much\b", q)
    if m:
        # "How much tuition ...?": the thing priced is what the answer must be about.
        head = _head_terms(_noun_phrase_after(question, m.end()))
        return "amount", tuple(h for h in head if h not in _KIND_TERMS["amount"])
    if re.search(r"多少钱|费用|(?:资助|经费|金额|奖励|补贴)多少", q):
        return "amount", ()
    if re.search(r"\b(?:meant|designed|intended|supposed)\s+to\b|\b(?:purpose|goal|aim)\b|\bwhat\s+for\b", q):
        return "why", ()
    if re.search(r"\bhow\s+(?:long|far\s+in\s+advance|far\s+ahead|soon|quickly|fast)\b|多久|多长时间", q):
        return "duration", ()
    m = re.search(r"\bhow\s+many\b", q)
    if m:
        return "count", _head_terms(_noun_phrase_after(question, m.end()))
    m = re.search(r"\b(?:what|which)\s+is\s+the\s+(?:\w+\s+){0,2}?numbers?\s+of\b|\bwhat\s+number\s+of\b", q)
    if m:
        return "count", _head_terms(_noun_phrase_after(question, m.end()))
    if re.search(r"\b(?:target|total)\s+number\b", q):
        return "count", _head_terms(_noun_phrase_after(question, q.index("number") + len("number")))
    if re.search(r"\bhow\s+(?:big|large|high|low|many|significant)\b", q) or "多少" in q:
        return "quantity", ()
    if re.search(r"\b(?:when|what\s+date|which\s+date|until\s+when|by\s+when|what\s+time|from\s+when|what\s+day)\b",
                 q) or re.search("何时|什么时候|哪天|截止", q) or _KIND_NOUN_RE["when"].search(q):
        return "when", ()
    if re.search(r"\bwhat\s+happens\s+(?:to|if)\b|\bwhat\b.*\b(?:do|does|would|will|could)\s+\w+(?:\s+\w+)?\s+face\b", q) \
            or _KIND_NOUN_RE["penalty"].search(q) or re.search("处罚|处分|罚", q):
        return "penalty", ()
    if re.search(r"\b(?:what|how\s+much)\b.*\b(?:cost|costs|spend|spent|pay)\b", q) and not re.search(
        r"\bpay\s+for\b", q
    ):
        return "amount", ()
    if re.search(r"\b(?:what\s+(?:is|are|was|were|will\s+be)|is\s+there)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                 r"(?:fee|fees|cost|costs|price|charge|salary|salaries|wage|income|threshold|thresholds|budget|levy|"
                 r"bar|floor|amount|sum)\b", q):
        return "amount", ()
    if re.search(r"\b(?:who|whom|whose)\b", q) or "谁" in q or re.search("哪些(?:人|科研|研究|企业|单位)", q):
        return "who", ()
    if re.search(r"\bwhere\b", q) or "哪里" in q:
        return "where", ()
    if re.search(r"\bwhy\b|\breason\b", q) or "为什么" in q:
        return "why", ()
    m = re.search(r"\b(?:which|what)\s+(?!is\b|are\b|was\b|were\b|does\b|do\b|did\b|will\b|would\b|happens\b|can\b|"
                  r"should\b|about\b|if\b|has\b|have\b)", q)
    if m:
        head = _head_terms(_noun_phrase_after(question, m.end()))
        if head and head[0] in _PEOPLE_NOUN_TERMS:
            return "who", head
        return "which", head
    if re.search(r"\b(?:what|which)\b", q) or "什么" in q:
        return "what", ()
    return "other", ()


def _analyse(question: str) -> _Question:
    kind, head = _question_kind(question)
    terms = [t for t in dict.fromkeys(tokenize(question, keep_stopwords=False)) if t not in _QUESTION_TERMS]
    kind_terms = _KIND_TERMS.get(kind, frozenset()) | (
        _KIND_TERMS["amount"] if kind in ("change", "quantity") else frozenset()
    )
    focus: list[str] = []
    places: list[str] = []
    for t in terms:
        if t in _META_TERMS or t in kind_terms:
            continue
        if t in _PLACES:
            places.append(t)
            continue
        if is_cjk(t[0]):
            if len(t) == 1 and t not in _ZH_QUESTION_CHARS:
                focus.append(t)
        else:
            focus.append(t)
    return _Question(question, kind, head, tuple(terms), tuple(focus), tuple(places))


# ---------------------------------------------------------------- the sources


@dataclass(frozen=True)
class _Sentence:
    doc: QADocument
    text: str
    index: int  # 0 is the title
    terms: frozenset[str]
    tokens: tuple[str, ...]


def _sentences(documents: Sequence[QADocument]) -> list[_Sentence]:
    out: list[_Sentence] = []
    seen: set[str] = set()
    for doc in documents:
        pieces = [clean_line(doc.title), *split_sentences(doc.text)]
        for i, text in enumerate(pieces):
            key = text.lower()
            if not text or key in seen:
                continue  # the same sentence from two outlets is one piece of evidence
            seen.add(key)
            tokens = tuple(tokenize(text))
            out.append(_Sentence(doc, text, i, frozenset(tokens), tokens))
    return out


# ---------------------------------------------------------------- kinds of fact


def _has_type(kind: str, sentence: str, q: _Question, weights: Mapping[str, float] = MappingProxyType({})) -> float:
    """How well a sentence holds the kind of fact asked for, in [0, 1.5]."""
    if kind == "amount":
        m = _AMOUNT.search(sentence)
        if m and "figure" in m.group().lower() and not _AMOUNT.search(sentence, m.end()):
            return 0.6  # "a six-figure fee": an amount, but not the figure
        return 1.0 if m else 0.0
    if kind == "change":
        # "By how much?" wants the change itself: a percentage, "by $500", "from 5,600 to 6,200".
        return 1.0 if _PERCENT_OR_CHANGE.search(sentence) else 0.0
    if kind == "quantity":
        return 1.0 if _AMOUNT.search(sentence) else _count_near(sentence, q)
    if kind == "duration":
        return _duration(sentence, q)
    if kind == "when":
        return _when(sentence)
    if kind == "count":
        return _count_near(sentence, q)
    if kind == "penalty":
        return 1.0 if _PENALTY.search(sentence) else 0.0
    if kind == "who":
        return _who(sentence, q)
    if kind == "which":
        return _named_near_head(sentence, q)
    if kind == "where":
        if _PLACE.find(sentence) or re.search(r"\b(?:in|at)\s+(?:the\s+)?[A-Z][a-z]+", sentence):
            return 1.0
        return 0.0
    if kind == "why":
        return 1.0 if _REASON.search(sentence) else 0.0
    if kind == "what":
        return min(1.0, 0.4 * len(_RULE.find(sentence)))
    return 0.0


def _when(sentence: str) -> float:
    """A date, better when a cue says it is when something starts, ends or applies ("takes effect on
    May 1"); a bare weekday is when something was *said* ("said on Monday"), unless such a cue comes
    right before it ("took effect on Tuesday")."""
    if find_dates(sentence, default_year=2000) or _CALENDAR.search(sentence):
        return 1.0 if _EFFECT.search(sentence) else 0.7
    for m in _WEEKDAY.finditer(sentence):
        if _EFFECT.search(sentence[max(0, m.start() - 30) : m.start()]):
            return 0.8
    return 0.6 if _RELATIVE_TIME.search(sentence) else 0.0


_PASSIVE_QUESTION = re.compile(r"\b(?:be|been|is|are|was|were|get|gets|got)\s+(\w+(?:ed|en))\b", re.I)


def _who(sentence: str, q: _Question) -> float:
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
            if tokenize(m.group()) == verb and names_people(" ".join(sentence[m.end() :].split()[:4])):
                score += 1.0  # the answer itself, whatever else the sentence holds
                break
    if names_people(sentence):
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
            if any(wants_place or not _is_place(c) for c in candidates):
                return 1.0
    # "Which agencies ...?" is often answered by the names alone ("the Department of Energy").
    names = [n for n in _NAME.findall(sentence) if wants_place or not _is_place(n)]
    return 0.6 if names else 0.3


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
COUNT_WORDS_AFTER = 4  # "1,000 such workers", "10,000 foreign AI specialists", "4,000 of the visas"
_UNIT_AFTER = re.compile(r"^\W*(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|times|per\s*cent|percent|%)\b", re.I)


def _count_near(sentence: str, q: _Question) -> float:
    """A number right before the thing counted ("about 1,000 such workers", "2,000 scientists"): 1, or
    0.6 for a vague one ("thousands of researchers"). Years, amounts, dates and counts of sources ("two
    people familiar with the plan said") are not counts."""
    found = 0.0
    wanted = set(q.head) or set(q.focus)
    people = not wanted or bool(wanted & _PEOPLE_HEADS)
    for m in _COUNT.finditer(sentence):
        if m.group().isdigit() and 1900 <= int(m.group()) <= 2100:
            continue  # a year ("2,000" is not one)
        if _MONTH_NEAR.search(sentence[max(0, m.start() - 12) : m.start()]) or _MONTH_NEAR.search(
            sentence[m.end() : m.end() + 12]
        ):
            continue  # "April 24", "1 July"
        window = sentence[m.end() : m.end() + 50]
        if _ATTRIBUTION_AFTER.search(window) or _ATTRIBUTION_BEFORE.search(sentence[max(0, m.start() - 20) : m.start()]):
            continue
        if _UNIT_AFTER.search(window):
            continue  # "three years", "10 per cent": a duration or a share, not a number of things
        window = " ".join(window.split()[:COUNT_WORDS_AFTER])
        near = set(tokenize(window))
        if any(_match_weight(w, near) > 0 for w in wanted) or (people and names_people(window)) or re.match(
            r"\s*(?:名|人)", window
        ):
            if not _VAGUE.fullmatch(m.group().lower()):
                return 1.0
            found = 0.6
    return found


# ---------------------------------------------------------------- support


def _match_weight(term: str, terms: frozenset[str] | set[str]) -> float:
    """1 if `terms` holds the term, less for a synonym or a word of the same family, else 0."""
    if term in terms or _PLACES.get(term, frozenset()) & terms:
        return 1.0
    if _SYNONYMS.get(term, frozenset()) & terms:
        return SYNONYM_WEIGHT
    if len(term) >= 4 and not is_cjk(term[0]):
        for t in terms:
            short, long_ = (term, t) if len(term) <= len(t) else (t, term)
            if (len(short) >= 4 and long_.startswith(short)) or (len(short) >= 6 and long_[:6] == short[:6]):
                return PREFIX_WEIGHT
    return 0.0


def _idf(sentences: Sequence[_Sentence], focus: Sequence[str]) -> dict[str, float]:
    """Rarity of each focus term across the source sentences. A term they never use (nor a synonym of
    it) weighs ABSENT_WEIGHT: it may be what the sources lack, but as often a paraphrase."""
    n = len(sentences)
    out: dict[str, float] = {}
    for f in focus:
        df = sum(1 for s in sentences if _match_weight(f, s.terms) >= PREFIX_WEIGHT)
        out[f] = math.log((n - df + 0.5) / (df + 0.5) + 1.0) if df else ABSENT_WEIGHT
    return out


def _coverage(focus: Sequence[str], weights: Mapping[str, float], own: frozenset[str],
              near: frozenset[str] = frozenset(), *, smoothing: float = COVERAGE_SMOOTHING) -> float:
    """Weighted share of the question's words held by a sentence (`own`) or, at NEIGHBOUR_WEIGHT, by its
    neighbours (`near`); rare words weigh more, and words found everywhere hardly count."""
    if not focus:
        return 1.0
    got = total = 0.0
    for f in focus:
        w = weights.get(f, 1.0)
        total += w
        got += w * max(_match_weight(f, own), NEIGHBOUR_WEIGHT * _match_weight(f, near) if near else 0.0)
    return (got + smoothing) / (total + smoothing) if total + smoothing > 0 else 1.0


def _position(s: _Sentence, first_doc: QADocument) -> float:
    # Titles are written to attract, not to inform: a body sentence saying the same wins. The article
    # asked about comes before the other outlets' versions.
    prior = 0.7 if s.index == 0 else 1.0 / (1.0 + 0.03 * s.index)
    return prior * (1.0 if s.doc is first_doc else 0.95)


def _unanswered(question: str) -> Answer:
    shown = truncate(question, 120) if question else "that"
    return Answer(answered=False, answer=f"The sources don't say. Nothing in them answers “{shown}”.")


_TYPED = frozenset({"amount", "change", "quantity", "duration", "when", "count", "penalty"})  # nothing else will do
_SOFT_TYPED = frozenset({"why", "who", "which", "where"})  # prefer sentences of the kind, when there are some


@dataclass(frozen=True)
class _Ranked:
    question: _Question
    scored: list[tuple[float, _Sentence]]  # the sentences that may answer, best first
    lexical: list[tuple[float, _Sentence]]  # every sentence by lexical score, best first (for retrieval)


def _rank(question: str, documents: Sequence[QADocument]) -> _Ranked | None:
    """The candidate answers, or None when the sources cannot hold an answer at all."""
    question = clean_line(_MENTION.sub(" ", question))
    if not question or not documents:
        return None
    sentences = _sentences(documents)
    if not sentences:
        return None
    q = _analyse(question)
    focus = list(q.focus)
    weights = _idf(sentences, focus)

    # The question's own words count twice, their synonyms once.
    synonyms = [s for f in q.terms for s in sorted(_SYNONYMS.get(f, ())) if s not in q.terms]
    expanded = [*q.terms, *q.terms, *dict.fromkeys(synonyms)]
    raw = bm25_scores([s.tokens for s in sentences], expanded) if expanded else [0.0] * len(sentences)
    # A sentence is read with its neighbours: "The express lane opens in September" answers "When does
    # the fast track start?" after a sentence about the fast track.
    bm25 = [
        raw[i] + NEIGHBOUR_WEIGHT * max(
            (raw[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences) and sentences[j].doc is sentences[i].doc),
            default=0.0,
        )
        for i in range(len(sentences))
    ]
    top = max(bm25) if bm25 else 0.0
    lexical = sorted(((bm25[i] / top if top > 0 else 0.0, s) for i, s in enumerate(sentences)),
                     key=lambda pair: -pair[0])

    # A name the question uses ("France", "DeepSeek") must be in the sources at all, and so must most
    # of what the question is about.
    vocabulary = frozenset().union(*(s.terms for s in sentences))
    names = {t for n in _NAME_IN_QUESTION.findall(question) for t in tokenize(n)} & {*focus, *q.places}
    if q.kind == "amount" and q.head and not any(_match_weight(h, vocabulary) > 0 for h in q.head):
        return _Ranked(q, [], [])  # "How much tuition ...?" and no source mentions tuition
    if any(_match_weight(n, vocabulary) < 1.0 for n in names) or (focus and _coverage(focus, weights, vocabulary) < VOCABULARY_COVERAGE):
        return _Ranked(q, [], [])

    first_doc = documents[0]
    scored: list[tuple[float, _Sentence]] = []
    for i, s in enumerate(sentences):
        near = _context_terms(sentences, i)
        cov = _coverage(focus, weights, s.terms)
        context = _coverage(focus, weights, s.terms, near)
        typ = _has_type(q.kind, s.text, q, weights)
        lexical_i = bm25[i] / top if top > 0 else 0.0
        if q.kind in _TYPED:
            # An amount, a date, a duration, a count or a penalty, about the question's subject.
            if typ == 0.0 or (focus and context < TYPED_COVERAGE):
                continue
            if typ < 1.0 and focus and _coverage(focus, weights, s.terms, near, smoothing=0.0) < 0.5:
                continue  # a figure not next to what is asked about: the sentence must be about it
            if not focus and q.kind == "when" and not _EFFECT.search(s.text):
                continue
            if q.kind == "amount" and q.head and not any(_match_weight(h, s.terms | near) > 0 for h in q.head):
                continue
        elif focus:
            # A reason or a person often does not repeat the subject ("The move is meant to stop ..."):
            # for a sentence of the kind asked for, its neighbours and title may carry the question's words.
            if max(cov, (context if q.kind in _SOFT_TYPED and typ >= 0.5 else 0.5 * context)) < MIN_COVERAGE:
                continue
        elif typ < CUE_ONLY_MIN:
            continue  # no words of its own: only a strong example of its kind answers
        score = (1.2 * lexical_i + cov + 0.3 * context + 1.2 * typ) * _position(s, first_doc)
        if _QUOTED.search(s.text):
            score *= QUOTED_SPEECH
        scored.append((score, s))
    if q.kind in _SOFT_TYPED and any(_has_type(q.kind, s.text, q) >= 0.5 for _, s in scored):
        # A reason, a person or a name answers these better than any sentence merely about the subject.
        scored = [(score, s) for score, s in scored if _has_type(q.kind, s.text, q) >= 0.5]
    scored.sort(key=lambda pair: -pair[0])
    return _Ranked(q, scored, lexical)


def answer_question(question: str, documents: Sequence[QADocument]) -> Answer:
    """Quote the sentence(s) of `documents` that answer `question`, or say the sources don't say."""
    shown = clean_line(_MENTION.sub(" ", question))
    ranked = _rank(question, documents)
    if ranked is None or not ranked.scored:
        return _unanswered(shown)
    focus = set(ranked.question.focus)
    best_score, best = ranked.scored[0]
    chosen = [best]
    covered = focus & best.terms
    for score, s in ranked.scored[1:]:
        if len(chosen) == MAX_QUOTES or score < SECOND_QUOTE_RATIO * best_score:
            break
        # A second quote only if it supports a part of the question the first does not.
        if (focus & s.terms) - covered and _overlap(s.terms, best.terms) < 0.6:
            chosen.append(s)
    quotes = [truncate(s.text, QUOTE_CHARS) for s in chosen]
    return Answer(
        answered=True,
        answer="\n".join(f"“{q}”" for q in quotes),
        citations=tuple(Citation(id=s.doc.id, url=s.doc.url, quote=q) for s, q in zip(chosen, quotes, strict=True)),
    )


def retrieve(question: str, documents: Sequence[QADocument], limit: int = PASSAGES) -> list[Citation]:
    """The passages most likely to answer `question` (candidate answers first, then by BM25), quoted and
    cited: what an LLM may answer from. Empty when the sources cannot hold an answer at all."""
    ranked = _rank(question, documents)
    if ranked is None:
        return []
    out: list[_Sentence] = []
    for _, s in [*ranked.scored, *ranked.lexical]:
        if s not in out:
            out.append(s)
        if len(out) == limit:
            break
    return [Citation(id=s.doc.id, url=s.doc.url, quote=truncate(s.text, QUOTE_CHARS)) for s in out]


async def answer_with_llm(question: str, documents: Sequence[QADocument], llm: LLMClient | None) -> Answer:
    """The answer of `policybot ask` and of thread replies: extractive, then, when an LLM is configured,
    rephrased by it from the retrieved passages only (the extractive answer's quotes first), citing them
    by number; our citations are kept. A question the sources cannot answer is never sent, and any
    failure (network, timeout, invalid output, a figure the passages lack, a bug) keeps the extractive
    answer."""
    extractive = answer_question(question, documents)
    if llm is None or not llm.settings.enabled or not extractive.answered:
        return extractive
    passages = list(extractive.citations)
    seen = {(c.id, c.quote) for c in passages}
    for c in retrieve(question, documents):
        if (c.id, c.quote) not in seen:
            seen.add((c.id, c.quote))
            passages.append(c)
    try:
        return await llm.answer(clean_line(_MENTION.sub(" ", question)), extractive, passages=passages[:PASSAGES])
    except Exception:  # the LLM is optional: whatever goes wrong, the extractive answer stands
        log.warning("LLM answer failed, keeping the extractive one", exc_info=True)
        return extractive


def _context_terms(sentences: Sequence[_Sentence], i: int) -> frozenset[str]:
    """Terms of the neighbouring sentences and the title of the same document."""
    s = sentences[i]
    out: set[str] = set()
    for j in (i - 1, i + 1):
        if 0 <= j < len(sentences) and sentences[j].doc is s.doc:
            out |= sentences[j].terms
    for other in sentences:
        if other.doc is s.doc and other.index == 0:
            out |= other.terms
            break
    return frozenset(out)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0
