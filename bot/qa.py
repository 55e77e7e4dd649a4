"""Answer a question about a story from its sources, by quoting them. Never invents.

The documents (an alert's article and the other outlets' versions) are split into sentences and ranked
for the question with BM25 (with a few synonyms: "fee" also finds "charge"), plus what the question
asks *for*: "how much" wants an amount, "how long" a duration, "when" a date, "how many" a count near
the thing counted, "who" people or an organisation, "which visa" a named visa, "why" a reason. The
answer is the best sentence, quoted and cited (a second one when it adds what the first lacks).

It answers only when the sources support it:
* a name the question uses ("France", "Elon Musk") must occur in the sources;
* the chosen sentence (with its neighbours) must hold enough of the question's own words (not generic
  ones such as "affect", "rule" or "new");
* a question that asks for a kind of fact (an amount, a date, a duration, a count) is answered only by
  a sentence that holds one;
* a question with no words of its own ("Who does this affect?") is answered only by a sentence that is
  a strong example of its kind (a clause naming who a rule applies to).
Otherwise the answer is `answered: false` with a sentence saying that the sources don't say.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from bot.analysis import lexicon as lx
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

QUOTE_CHARS = 300
MAX_QUOTES = 2
CUE_ONLY_MIN = 0.6  # a question with no words of its own needs a sentence this typical of its kind
SECOND_QUOTE_RATIO = 0.85
MIN_COVERAGE = 0.3  # share of the question's own words the answer (with its context) must hold
SYNONYM_WEIGHT = 0.5  # a synonym counts half a word of the question

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


class QADocument(BaseModel):
    """One source a question can be answered from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    url: str | None = None
    title: str = ""
    text: str = ""


# Words that shape the question but need not appear in the answer.
_QUESTION_WORDS = words(
    """who whom whose what when where why how which does do did is are was were will would can could should
    this that these those it its story article news report source sources tell me please about exactly
    anyone anybody someone thing things kind happen happens happened mean means many much often
    there any long far soon quickly advance mentioned named listed get gets last brought bring make made
    give given""",
)
# Generic words of questions about a rule: used for ranking, not required in the answer.
_META = words(
    """affect affects affected affecting impact impacts impacted apply applies applied cover covers covered
    target targets targeted change changes changed new rule rules policy policies
    measure measures law laws effect effective start starts begin begins take takes come comes force date
    time people person reason reasons happen say says said announce announced restriction
    restrictions requirement requirements plan plans""",
)
_META_TERMS = frozenset(t for w in _META for t in tokenize(w, keep_stopwords=True))
_QUESTION_TERMS = frozenset(t for w in _QUESTION_WORDS for t in tokenize(w, keep_stopwords=True))

# Words a question and its answer use interchangeably in this domain (each side maps to the others).
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("fee", "charge", "cost", "pay", "levy", "price"),
    ("start", "begin", "open", "launch", "effect", "from", "apply"),
    ("valid", "last", "duration", "validity", "period"),
    ("threshold", "minimum", "floor", "bar", "requirement", "salary", "income"),
    ("salary", "income", "wage", "pay", "earn"),
    ("lawsuit", "suit", "challenge", "plaintiff", "sought", "sue", "court", "injunction", "case"),
    ("accuse", "charge", "allege", "allegedly", "indictment", "prosecutor"),
    ("hope", "aim", "expect", "target", "want", "goal", "plan"),
    ("attract", "bring", "recruit", "draw", "lure", "win"),
    ("priority", "prioritise", "prioritize", "focus"),
    ("exempt", "exemption", "spare", "except", "exclude"),
    ("fund", "funding", "money", "grant", "budget", "spend"),
    ("stay", "remain", "live", "work"),
    ("student", "graduate", "applicant"),
    ("country", "nation", "state"),
    ("role", "occupation", "job", "position"),
    ("trip", "travel", "journey", "visit"),
    ("declare", "report", "notify", "submit"),
    ("restriction", "restrict", "curb", "limit", "ban", "control", "rule"),
    ("research", "science", "scientific"),
    ("company", "firm", "employer", "business"),
    ("screen", "vet", "vetting", "check", "scrutiny"),
    ("pause", "halt", "freeze", "suspend", "stop"),
)


def _synonym_map() -> Mapping[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for group in _SYNONYM_GROUPS:
        stems = {t for w in group for t in tokenize(w, keep_stopwords=True)}
        for s in stems:
            out.setdefault(s, set()).update(stems - {s})
    return MappingProxyType({k: frozenset(v) for k, v in out.items()})


_SYNONYMS = _synonym_map()

_RULE = PhraseMatcher([("rule", p, w) for p, w in lx.RULE_VERBS])
_PLACE = PhraseMatcher(
    [("place", p, 1.0) for j in lx.JURISDICTION_LIST for p in (*j.names, *(f"={e}" for e in j.exact), *j.capitals)]
)
_EFFECT = re.compile(
    r"\b(?:take[sn]?\s+effect|took\s+effect|effective|into\s+force|in\s+force|from|starting|beginning|as\s+of|"
    r"until|deadline|by|opens?|begins?|starts?|appl(?:y|ies)|due)\b|施行|实施|生效|起",
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
    r"|\b(?:six|five|seven)-figure\b",
    re.I,
)
_DURATION = re.compile(
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS})[\s-]+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|working\s+days)\b"
    r"|\b(?:until|within|for\s+up\s+to|indefinitely)\b|\d+\s*(?:年|个月|天|日)",
    re.I,
)
_DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|immediately|next\s+(?:year|month|week)|"
    r"(?:19|20)\d\d)\b|\d{1,2}\s*月|\d{4}\s*年",
)
_COUNT = re.compile(
    rf"(?<![$£€¥₹\d])\b(?:\d[\d,]*|{_NUMBER_WORDS})\b(?!\s*(?:%|per\s*cent|percent))|\d+\s*(?:名|人|所)",
    re.I,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][\w.&-]*[A-Za-z0-9]|[A-Z]{2,}(?:-\d+)?)\b|[A-Z]-\d\b")
_LIST = re.compile(r"\b(?:such\s+as|including|like|among\s+them)\b", re.I)
_NAME_IN_QUESTION = re.compile(r"(?<!^)(?<![?.!]\s)\b([A-Z][A-Za-z0-9-]+|[A-Z]{2,})\b")
_ZH_QUESTION_CHARS = frozenset("哪些谁什么何时候为多少吗呢是的了怎样么么吧请问这个此")


def _question_type(question: str) -> str:
    """What kind of fact the question asks for."""
    q = question.lower()
    if re.search(r"\bhow\s+much\b|多少钱|费用|(?:资助|经费|金额|奖励|补贴)多少", q):
        return "amount"
    if re.search(r"\b(?:meant|designed|intended|supposed)\s+to\b|\b(?:purpose|goal|aim)\b", q):
        return "why"
    if re.search(r"\bhow\s+(?:long|far\s+in\s+advance|soon|quickly|fast)\b|多久|多长时间", q):
        return "duration"
    if re.search(r"\bhow\s+many\b|多少", q):
        return "count"
    if re.search(r"\b(?:when|what\s+date|until\s+when|by\s+when|what\s+time|from\s+when)\b", q) or re.search(
        "何时|什么时候|哪天", q
    ):
        return "when"
    if re.search(r"\b(?:who|whom|whose)\b", q) or "谁" in q or re.search("哪些(?:人|科研|研究|企业|单位)", q):
        return "who"
    if re.search(r"\bwhich\b", q) or re.search(r"^\s*what\s+(?!is\b|are\b|was\b|were\b|does\b|do\b|did\b|will\b|"
                                                r"would\b|happens\b|can\b|should\b|about\b|if\b)\w+", q):
        return "which"
    if re.search(r"\bwhere\b", q) or "哪里" in q:
        return "where"
    if re.search(r"\bwhy\b|\bwhat\s+for\b|\breason\b", q) or "为什么" in q:
        return "why"
    if re.search(r"\b(?:what|which)\b", q) or "什么" in q:
        return "what"
    return "other"


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


def _has_type(kind: str, sentence: str, focus: Sequence[str]) -> float:
    """How well a sentence holds the kind of fact asked for, in [0, 1]."""
    if kind == "amount":
        return 1.0 if _AMOUNT.search(sentence) else 0.0
    if kind == "duration":
        return 1.0 if _DURATION.search(sentence) else 0.0
    if kind == "when":
        if find_dates(sentence, default_year=2000) or _DATE_WORDS.search(sentence):
            return 1.0 if _EFFECT.search(sentence) else 0.7
        return 0.0
    if kind == "count":
        return 1.0 if _count_near(sentence, focus) else 0.0
    if kind == "who":
        score = 0.0
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
        elif _NAME.search(sentence):
            score += 0.5  # an organisation ("the U.S. Chamber of Commerce")
        return min(1.5, score)
    if kind == "which":
        return _named_near_head(sentence, focus)
    if kind == "where":
        return 1.0 if _PLACE.find(sentence) else 0.0
    if kind == "why":
        return 1.0 if _REASON.search(sentence) else 0.0
    if kind == "what":
        return min(1.0, 0.4 * len(_RULE.find(sentence)))
    return 0.0


def _named_near_head(sentence: str, focus: Sequence[str]) -> float:
    """"Which visa ...?": a name or figure next to the head noun ("the O-1 visa", "conferences ... NeurIPS")."""
    head = focus[0] if focus else None
    if head is not None:
        for m in re.finditer(r"[\w-]+", sentence):
            if tokenize(m.group()) == [head]:
                window = sentence[max(0, m.start() - 40) : m.end() + 40]
                if _NAME.search(window) or re.search(r"\d", window):
                    return 1.0
    # "Which agencies ...?" is often answered by the names alone ("the Department of Energy").
    return 0.6 if _NAME.search(sentence) else 0.3


def _count_near(sentence: str, focus: Sequence[str]) -> bool:
    """A number close to the thing counted ("about 1,000 such workers", "2,000 scientists"). Years and
    amounts are not counts."""
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", sentence)]
    for m in _COUNT.finditer(sentence):
        value = m.group().replace(",", "")
        if value.isdigit() and 1900 <= int(value) <= 2100:
            continue
        window = sentence[m.end() : m.end() + 60]
        near = set(tokenize(window))
        if not focus or near & set(focus) or names_people(window) or re.match(r"\s*(?:名|人)", window):
            return True
    return bool(tokens) and False


def _unanswered(question: str) -> Answer:
    shown = truncate(question, 120) if question else "that"
    return Answer(answered=False, answer=f"The sources don't say. Nothing in them answers “{shown}”.")


_TYPED = frozenset({"amount", "duration", "when", "count"})  # nothing else can stand in for these
_SOFT_TYPED = frozenset({"why", "who", "which", "where"})  # prefer sentences of the kind, when there are some


def _focus_terms(terms: Sequence[str]) -> list[str]:
    """The question's own words. For Chinese, single characters: question bigrams often straddle words."""
    out: list[str] = []
    for t in terms:
        if t in _META_TERMS:
            continue
        if is_cjk(t[0]):
            if len(t) == 1 and t not in _ZH_QUESTION_CHARS:
                out.append(t)
        else:
            out.append(t)
    return out


def _position(s: _Sentence, first_doc: QADocument) -> float:
    # Titles are written to attract, not to inform: a body sentence saying the same wins. The article
    # asked about comes before the other outlets' versions.
    prior = 0.7 if s.index == 0 else 1.0 / (1.0 + 0.03 * s.index)
    return prior * (1.0 if s.doc is first_doc else 0.95)


def _coverage(focus: Sequence[str], terms: frozenset[str]) -> float:
    """Share of the question's words a sentence holds; a synonym counts SYNONYM_WEIGHT."""
    if not focus:
        return 1.0
    got = 0.0
    for f in focus:
        if f in terms:
            got += 1.0
        elif _SYNONYMS.get(f, frozenset()) & terms:
            got += SYNONYM_WEIGHT
    return got / len(focus)


def answer_question(question: str, documents: Sequence[QADocument]) -> Answer:
    """Quote the sentence(s) of `documents` that answer `question`, or say the sources don't say."""
    question = clean_line(_MENTION.sub(" ", question))
    if not question or not documents:
        return _unanswered(question)
    sentences = _sentences(documents)
    if not sentences:
        return _unanswered(question)
    kind = _question_type(question)
    terms = [t for t in dict.fromkeys(tokenize(question, keep_stopwords=False)) if t not in _QUESTION_TERMS]
    focus = _focus_terms(terms)

    # A name the question uses ("France", "DeepSeek") must be in the sources at all.
    vocabulary = frozenset().union(*(s.terms for s in sentences))
    names = {t for n in _NAME_IN_QUESTION.findall(question) for t in tokenize(n)} & set(focus)
    if names - vocabulary:
        return _unanswered(question)
    if focus and _coverage(focus, vocabulary) < 0.5:
        return _unanswered(question)

    expanded = list(dict.fromkeys([*terms, *(s for f in focus for s in sorted(_SYNONYMS.get(f, ())))]))
    bm25 = bm25_scores([s.tokens for s in sentences], expanded) if expanded else [0.0] * len(sentences)
    top = max(bm25) if bm25 else 0.0
    first_doc = documents[0]

    scored: list[tuple[float, _Sentence]] = []
    for i, s in enumerate(sentences):
        cov = _coverage(focus, s.terms)
        context = _coverage(focus, s.terms | _context_terms(sentences, i))
        typ = _has_type(kind, s.text, focus)
        lexical = bm25[i] / top if top > 0 else 0.0
        if kind in _TYPED:
            # An amount, a date, a duration or a count, about the question's subject.
            if typ == 0.0 or (focus and context < MIN_COVERAGE) or (not focus and not _EFFECT.search(s.text)
                                                                    and kind == "when"):
                continue
        elif focus:
            # A reason or a person often does not repeat the subject ("The move is meant to stop ..."):
            # for a sentence of the kind asked for, its neighbours and title may carry the question's words.
            if max(cov, (context if kind in _SOFT_TYPED and typ >= 0.5 else 0.5 * context)) < MIN_COVERAGE:
                continue
        elif typ < CUE_ONLY_MIN:
            continue  # no words of its own: only a strong example of its kind answers
        score = (1.2 * lexical + cov + 0.3 * context + 1.2 * typ) * _position(s, first_doc)
        scored.append((score, s))
    if kind in _SOFT_TYPED and any(_has_type(kind, s.text, focus) >= 0.5 for _, s in scored):
        # A reason, a person or a name answers these better than any sentence merely about the subject.
        scored = [(score, s) for score, s in scored if _has_type(kind, s.text, focus) >= 0.5]
    if not scored:
        return _unanswered(question)
    scored.sort(key=lambda pair: -pair[0])
    best_score, best = scored[0]
    chosen = [best]
    covered = set(focus) & best.terms
    for score, s in scored[1:]:
        if len(chosen) == MAX_QUOTES or score < SECOND_QUOTE_RATIO * best_score:
            break
        # A second quote only if it supports a part of the question the first does not.
        if (set(focus) & s.terms) - covered and _overlap(s.terms, best.terms) < 0.6:
            chosen.append(s)
    quotes = [truncate(s.text, QUOTE_CHARS) for s in chosen]
    return Answer(
        answered=True,
        answer="\n".join(f"“{q}”" for q in quotes),
        citations=tuple(Citation(id=s.doc.id, url=s.doc.url, quote=q) for s, q in zip(chosen, quotes, strict=True)),
    )


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
