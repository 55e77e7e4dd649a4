"""Answer a question about a story from its sources, by quoting them. Never invents.

The documents (an alert's article and the other outlets' versions) are split into sentences and
ranked with BM25 on the question's words, plus a cue for the kind of question: "who" favours sentences
naming people, roles and organisations; "when" dates and "takes effect"; "why" reasons; "how many"
figures; "what" the rule itself. The answer is the best sentence (or two), quoted and cited.

It answers only when the sources support it: the question's own words (apart from generic ones
such as "affect" or "rule") must mostly occur in the chosen sentence, and a name the question uses
must occur in the sources. A question about the story itself ("Who does this affect?") has no such
words; it is answered only if a sentence carries the cue strongly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

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
    anyone anybody someone thing things kind happen happens happened mean means many much often exactly
    there any""",
)
# Generic words of questions about a rule: used for ranking, not required in the answer.
_META = words(
    """affect affects affected affecting impact impacts impacted apply applies applied cover covers covered
    target targets targeted change changes changed new rule rules policy policies
    measure measures law laws effect effective start starts begin begins take takes come comes force date
    time long people person reason reasons why happen say says said announce announced restriction
    restrictions requirement requirements""",
)
_META_TERMS = frozenset(t for w in _META for t in tokenize(w, keep_stopwords=True))
_QUESTION_TERMS = frozenset(t for w in _QUESTION_WORDS for t in tokenize(w, keep_stopwords=True))

_RULE = PhraseMatcher([("rule", p, w) for p, w in lx.RULE_VERBS])
_PLACE = PhraseMatcher(
    [("place", p, 1.0) for j in lx.JURISDICTION_LIST for p in (*j.names, *(f"={e}" for e in j.exact), *j.capitals)]
)
_EFFECT = re.compile(
    r"\b(?:take[sn]?\s+effect|took\s+effect|effective|into\s+force|in\s+force|from|starting|beginning|as\s+of|"
    r"until|deadline|by)\b|施行|实施|生效|起",
    re.I,
)
_REASON = re.compile(
    r"\b(?:because|due\s+to|in\s+order\s+to|aim(?:s|ed)?\s+(?:to|at)|to\s+prevent|to\s+stop|to\s+protect|framed|"
    r"concerns?|amid|intended\s+to|so\s+that|reason|over\s+fears?|to\s+curb|to\s+keep)\b|为防范|为了|旨在|防止",
    re.I,
)
# An amount: money, a percentage, or a number of things ("2,000 scientists", "30 days").
_FIGURE = re.compile(
    r"[$£€¥]\s?\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|million|billion|thousand|[a-z]+s\b)|\d+\s*(?:名|人|天|日|万|亿|%)",
    re.I,
)
_NAME_IN_QUESTION = re.compile(r"(?<!^)(?<![?.!]\s)\b([A-Z][A-Za-z0-9-]+|[A-Z]{2,})\b")


def _question_type(question: str) -> str:
    q = question.lower()
    if re.search(r"\bhow\s+(?:many|much)\b", q):
        return "quantity"
    if re.search(r"\b(?:when|what\s+date|how\s+long|until\s+when|by\s+when|what\s+time)\b", q) or re.search(
        "何时|什么时候|哪天", q
    ):
        return "when"
    if re.search(r"\b(?:who|whom|whose)\b", q) or "谁" in q or re.search("哪些(?:人|科研|研究|企业|单位)", q):
        return "who"
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


def _cue(kind: str, sentence: str) -> float:
    """How typical a sentence is of an answer to this kind of question, in [0, 1]."""
    score = 0.0
    if kind == "who":
        if names_people(sentence):
            score += 0.6
            clause = affected_clause(sentence)
            score += 0.4 if clause and clause[1] >= 1.0 else 0.2 if clause else 0.0
    elif kind == "when":
        if find_dates(sentence, default_year=2000):
            score += 0.6
        if _EFFECT.search(sentence):
            score += 0.4
    elif kind == "where":
        score += 0.6 if _PLACE.find(sentence) else 0.0
    elif kind == "why":
        score += 0.8 if _REASON.search(sentence) else 0.0
    elif kind == "quantity":
        score += 0.8 if _FIGURE.search(sentence) else 0.0
    elif kind == "what":
        score += min(0.8, 0.4 * len(_RULE.find(sentence)))
    return min(1.0, score)


def _unanswered(question: str) -> Answer:
    shown = truncate(question, 120) if question else "that"
    return Answer(answered=False, answer=f"The sources don't say. Nothing in them answers “{shown}”.")


# Kinds whose answer is a kind of fact a sentence visibly carries (a person, a date, a reason...).
_CUE_KINDS = frozenset({"who", "when", "where", "why", "quantity"})
# ...and of those, the ones where nothing else can stand in for that fact.
_CUE_REQUIRED = frozenset({"when", "quantity"})
_ZH_QUESTION_CHARS = frozenset("哪些谁什么何时候为多少吗呢是的了怎样么么吧请问这个此")


def _required_terms(terms: Sequence[str]) -> list[str]:
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


def _position(s: _Sentence) -> float:
    # Titles are written to attract, not to inform: a body sentence saying the same wins.
    return 0.85 if s.index == 0 else 1.0 / (1.0 + 0.05 * s.index)


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
    required = _required_terms(terms)

    # A name the question uses ("France", "DeepSeek") must be in the sources at all,
    # and most of the question's own words must be.
    vocabulary = frozenset().union(*(s.terms for s in sentences))
    names = {t for n in _NAME_IN_QUESTION.findall(question) for t in tokenize(n)} & set(required)
    if names - vocabulary:
        return _unanswered(question)
    if required and len(set(required) & vocabulary) / len(required) < 0.5:
        return _unanswered(question)

    bm25 = bm25_scores([s.tokens for s in sentences], terms) if terms else [0.0] * len(sentences)
    top = max(bm25) if bm25 else 0.0

    def coverage(t: frozenset[str]) -> float:
        return len(set(required) & t) / len(required) if required else 1.0

    scored: list[tuple[float, _Sentence]] = []
    if kind in _CUE_KINDS:
        # The kind decides: a sentence with a date answers "when", if its context is the question's subject.
        for i, s in enumerate(sentences):
            cue = _cue(kind, s.text)
            if cue < CUE_ONLY_MIN:
                continue
            context = s.terms | _context_terms(sentences, i)
            if coverage(context) < 0.5:
                continue
            lexical = bm25[i] / top if top > 0 else 0.0
            scored.append(((2 * cue + lexical + 0.5 * coverage(s.terms)) * _position(s), s))
    if not scored and kind not in _CUE_REQUIRED:
        for i, s in enumerate(sentences):
            cov = coverage(s.terms)
            cue = _cue(kind, s.text)
            # Most of the question's own words, in this one sentence: 1 of 1, 2 of 2, 2 of 3, 3 of 4...
            if (required and cov < 0.66) or (not required and cue < CUE_ONLY_MIN):
                continue
            lexical = bm25[i] / top if top > 0 else 0.0
            scored.append(((lexical + cov + cue) * _position(s), s))
    if not scored:
        return _unanswered(question)
    scored.sort(key=lambda pair: -pair[0])
    best_score, best = scored[0]
    chosen = [best]
    covered = set(required) & best.terms
    for score, s in scored[1:]:
        if len(chosen) == MAX_QUOTES or score < SECOND_QUOTE_RATIO * best_score:
            break
        # A second quote only if it supports a part of the question the first does not.
        if (set(required) & s.terms) - covered and _overlap(s.terms, best.terms) < 0.6:
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
