"""Ranking the sentences of the sources for a question (BM25 over each sentence and its neighbours,
the question's words, the kind of fact asked for) and the confidence that the best one answers: below
the bar, or when a name or a measure the question uses is missing from the sources, nothing answers.
Where the rules refuse for low confidence alone, a model learned on dev (`evidence`) may still give their
best candidate; it never refuses what the rules answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.analysis.linear_model import LinearModel, load
from bot.analysis.normalization import clean_line, is_cjk
from bot.analysis.qa.evidence import SOFT_TYPED, TYPED, QuestionSignals, Signals, confidence, features
from bot.analysis.qa.kinds import SPEAKER_QUESTION, _has_type
from bot.analysis.qa.matching import (
    ABSENT_WEIGHT,
    NEIGHBOUR_WEIGHT,
    _context_terms,
    _coverage,
    _fragment_subject,
    _idf,
    _match_weight,
    _position,
)
from bot.analysis.qa.question import _analyse, _Question
from bot.analysis.qa.sources import MENTION, QADocument, _Sentence, _sentences
from bot.analysis.qa.vocabulary import (
    _AMOUNT_NOUN_TERMS,
    _EFFECT,
    _EVENT_TERMS,
    _EXCEPTION,
    _LIGHT_TERMS,
    _NAME_IN_QUESTION,
    _QUOTED,
    _SYNONYMS,
)
from bot.analysis.tokens import bm25_scores, tokenize

CUE_ONLY_MIN = 0.6  # a question with no words of its own needs a sentence this typical of its kind
MIN_COVERAGE = 0.3  # weighted share of the question's own words an answer (with its context) must hold
TYPED_COVERAGE = 0.45  # ... and for a fact of a kind (an amount, a date), the share its sentence must hold
SOFT_ABSENT_WEIGHT = 1.0  # ... in a question about a reason, which is rarely worded as the article words it
# The confidence of an answer (`evidence.confidence`): what the best sentence holds of the question's words
# and of the kind of fact asked for, less a penalty per question word no source uses; at or above the bar
# the rules answer. Tuned on the real dev set for answers and refusals alike.
ANSWER_CONFIDENCE = 0.45
# Below it, the learned answer model (bench/train_answer_model.py) may still give the rules' best candidate:
# when its probability that the candidate quotes the answer is at least this bar (chosen with the weights,
# by cross-validation on dev). One way only: a model that could also refuse what the rules answer refused
# questions the product's pinned tests want answered ("Who brought the lawsuit?" from a sibling outlet).
MODEL = "answer"
ANSWER_PROBABILITY = 0.92
# Where the rules and the plainest reading agree - their best candidate is also the sentence sharing the most
# words with the question, and it holds most of them - a lower bar of the model suffices: two independent
# rankers picking one sentence that repeats the question is evidence the rules' weights miss (a paraphrased
# word counted as absent). On dev it gave answers and took no refusal.
AGREED_SHARE = 0.7
AGREED_PROBABILITY = 0.3
DATE_MIN = 0.5  # a date asked for must be stated at least this clearly (see _when)
QUOTED_SPEECH = 0.85  # a quoted opinion is a weaker answer than the report's own statement
TYPE_WEIGHT = 1.6  # how much holding the kind of fact asked for counts against holding the question's words
ADVERB_BONUS = 1.15  # a yes-or-no answer repeating the question's "still", "also"
EXCEPTION_BONUS = 1.2  # a question about who is left out, answered by a sentence telling an exception


_AS_VERB = re.compile(r"\b(?:will|would|does|did|do|could|might|can|to)\s+(?:[\w-]+\s+){0,3}?(cost|charge|fund|price)\b", re.I)


def _verbs_used(question: str) -> frozenset[str]:
    """Amount words the question uses as verbs ("What will the plan cost?"): they name no kind of amount."""
    return frozenset(t for m in _AS_VERB.finditer(question) for t in tokenize(m.group(1)))


# "What will the government do if the bill fails?": what happens in a case, told with "if", "unless",
# "should ...", "otherwise", "in that case", "would".
_ASKS_IF = re.compile(r"\b(?:do|does|did|will|would|happen|happens)\b.*\b(?:if|unless|in\s+case)\b", re.I)
_CONDITION = re.compile(r"\b(?:if|unless|otherwise|in\s+(?:that|which|the\s+event|case)|would|should\s+(?:it|the|they))\b",
                        re.I)
_SOFT_ABSENT = frozenset({"why"})
_COUNTED = frozenset({"count", "quantity"})
# "How many ... each province?", "How long ... per applicant?": a figure for one of many, not the total.
_PER_KINDS = frozenset({"count", "amount", "quantity", "duration"})
# ("as per" is "according to": "As per the ministry, 360,000 permits" is a total.)
_DISTRIBUTIVE = re.compile(r"(?<!\bof\s)\b(?:each|(?<!\bas\s)per|every)\s+(?!of\b)\w+", re.I)
_PER_UNIT = re.compile(
    r"\b(?:each|(?<!\bas\s)per|every|apiece|annual(?:ly)?|yearly|monthly|weekly|daily|a\s+(?:year|month|week|day))\b"
    r"|/\s?(?:year|month|week|day|yr)\b",
    re.I,
)  # a figure of a group the question may narrow by a place


@dataclass(frozen=True)
class _Ranked:
    question: _Question
    scored: list[tuple[float, _Sentence]]  # the sentences that may answer, best first
    lexical: list[tuple[float, _Sentence]]  # every sentence by lexical score, best first (for retrieval)


@dataclass(frozen=True)
class _Candidates:
    """The rules' candidate answers before the learned model weighs them."""

    question: _Question
    scored: list[tuple[float, _Sentence, Signals]]  # by the rules' score, best first
    lexical: list[tuple[float, _Sentence]]
    gated: bool  # the sources cannot hold an answer (a name or a measure the question uses is missing)
    about: QuestionSignals | None = None
    confidences: tuple[float, ...] = ()  # the rules' confidence in each candidate


def _rank(question: str, documents: Sequence[QADocument]) -> _Ranked | None:
    """The candidate answers, best first, or None when the sources cannot hold an answer at all; none
    when the rules' confidence and the learned model's probability in the best are both below their bars."""
    found = _candidates(question, documents)
    return None if found is None else _weigh(found, None, ANSWER_PROBABILITY)


def rules_answer(found: _Candidates) -> bool:
    """Whether the rules give their best candidate: their confidence in it is at least ANSWER_CONFIDENCE
    (a date asked for that is only weakly stated has confidence 0)."""
    return not found.gated and bool(found.scored) and found.confidences[0] >= ANSWER_CONFIDENCE


def answer_probability(found: _Candidates, model: LinearModel) -> float:
    """The model's probability that the rules' best candidate quotes the answer; -1 when there is none,
    or when it is a date asked for that is only weakly stated (the rules' own refusal, kept: a dateline's
    date or the day something was said is no answer to "when")."""
    if found.gated or not found.scored or found.about is None:
        return -1.0
    best = found.scored[0][2]
    if found.about.kind == "when" and min(1.0, best.kind) < DATE_MIN:
        return -1.0
    return model.probability(features(best, 0, found.confidences[0], found.about))


def _weigh(found: _Candidates, model: LinearModel | None, bar: float) -> _Ranked:
    """The rules' candidates in their order, or nothing when the rules are not confident in the best one
    and the model's probability that it answers is below `bar` either (`model` None: the shipped one, read
    only when the rules refuse, so a missing or broken file never touches a confident answer). The model
    decides only whether to answer, and only where the rules refuse for low confidence: a refusal for any
    other reason (`answer_probability` -1) stands at any bar. Ordering by it answered no more out-of-fold on
    dev (it put a minister's quote before the report's own statement), and refusing what the rules answer
    broke the product's pinned tests. Where it answers, the rules' candidates are quoted as the rules
    would quote them (a second quote or the list a sentence announces may follow the best)."""
    q = found.question
    if found.gated:
        return _Ranked(q, [], [])
    if not found.scored or found.about is None:
        return _Ranked(q, [], found.lexical)
    if not rules_answer(found):
        p = answer_probability(found, load(MODEL) if model is None else model)
        if p < 0 or p < (min(bar, AGREED_PROBABILITY) if _overlap_agrees(found) else bar):
            return _Ranked(q, [], [])
    return _Ranked(q, [(score, s) for score, s, _ in found.scored], found.lexical)


_WORD = re.compile(r"[\w$€£¥₹%]+(?:[.,'’-]\w+)*")


def _plain_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _overlap_agrees(found: _Candidates) -> bool:
    """Whether the rules' best candidate is also a sentence sharing the most words with the question (as
    written, none left out) and holds at least AGREED_SHARE of them."""
    asked = _plain_words(found.question.text)
    if not asked or not found.scored:
        return False
    best = len(asked & _plain_words(found.scored[0][1].text))
    most = max((len(asked & _plain_words(s.text)) for _, s in found.lexical), default=0)
    return best >= most and best >= AGREED_SHARE * len(asked)


def _candidates(question: str, documents: Sequence[QADocument]) -> _Candidates | None:
    """The rules' candidate answers and their signals, or None when there is nothing to rank."""
    question = clean_line(MENTION.sub(" ", question))
    if not question or not documents:
        return None
    sentences = _sentences(documents)
    if not sentences:
        return None
    q = _analyse(question)
    if q.other_language:
        sentences = _with_compound_heads(sentences, q.focus)
    focus = list(q.focus)
    weights = _idf(sentences, focus, q.head if q.kind in ("which", "who") else (),
                   absent=SOFT_ABSENT_WEIGHT if q.kind in _SOFT_ABSENT else ABSENT_WEIGHT)

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
    names = {t for n in _NAME_IN_QUESTION.findall(question) if not q.other_language or _names_a_thing(n)
             for t in tokenize(n)} & {*focus, *q.places}
    if q.kind == "amount" and q.head and not any(_match_weight(h, vocabulary) > 0 for h in q.head):
        return _Candidates(q, [], [], gated=True)  # "How much tuition ...?" and no source mentions tuition
    if any(_match_weight(n, vocabulary) < 1.0 for n in names):
        return _Candidates(q, [], [], gated=True)

    # "What fee ...?", "What salary ...?": the amount must be of that kind (a noun, not "will it cost").
    measures = [t for t in q.terms if t in _AMOUNT_NOUN_TERMS and t not in _verbs_used(question)] \
        if q.kind == "amount" else []
    if measures and not any(_match_weight(m, vocabulary) > 0 for m in measures):
        return _Candidates(q, [], [], gated=True)  # "What fee ...?" and no source speaks of a fee (or a charge, a cost)
    # "When was it adopted?": the date next to the adopting, if any source tells of it.
    asked_events = [t for t in q.terms if t in _EVENT_TERMS]
    events = [t for t in asked_events if _match_weight(t, vocabulary) > 0]
    first_doc = documents[0]
    distributive = q.kind in _PER_KINDS and bool(_DISTRIBUTIVE.search(question))
    conditional = q.kind in ("what", "other") and bool(_ASKS_IF.search(question))

    def rejected(s: _Sentence, near: frozenset[str], cov: float, context: float, typ: float,
                 own: frozenset[str]) -> bool:
        """Whether the rules rule the sentence out: the model weighs only the sentences they keep (weighing
        the ones they rule out too did not answer more out-of-fold on dev). `own`: the terms the sentence
        is read with as its own (a fragment's include the lines beside it)."""
        if q.kind in TYPED:
            # An amount, a date, a duration, a count or a penalty, about the question's subject.
            if typ == 0.0 or (focus and context < TYPED_COVERAGE):
                return True
            if typ < 1.0 and focus and _coverage(focus, weights, own, smoothing=0.0) < 0.5:
                return True  # a figure not next to what is asked about: the sentence must be about it
            if q.kind == "when" and not focus and not events and not _EFFECT.search(s.text) and not (
                    asked_events and s.doc is first_doc and typ >= 0.7):
                return True  # ("When was it adopted?" with no source telling the adopting: its report's own date)
            if q.kind == "amount" and q.head and not any(_match_weight(h, s.terms | near) > 0 for h in q.head):
                return True
            if q.kind == "amount" and measures and not any(_match_weight(m, s.terms | near) > 0 for m in measures):
                return True  # "What fee ...?" is not answered by a salary
            if q.kind in _COUNTED and q.places and not any(_match_weight(p, s.terms) > 0 for p in q.places):
                return True  # "How many Chinese students ...?" is not answered by a count of all students
            return distributive and not _PER_UNIT.search(s.text)
            # ("How many permits will each province get?" is not answered by the total)
        if conditional and not _CONDITION.search(s.text):
            return True  # "What will it do if the bill fails?" is answered by what it would do in that case
        if focus:
            # A reason or a person often does not repeat the subject ("The move is meant to stop ..."):
            # for a sentence of the kind asked for, its neighbours and title may carry the question's words.
            return max(cov, (context if q.kind in SOFT_TYPED and typ >= 0.5 else 0.5 * context)) < MIN_COVERAGE
        return typ < CUE_ONLY_MIN  # no words of its own: only a strong example of its kind answers

    scored: list[tuple[float, _Sentence, Signals]] = []
    for i, s in enumerate(sentences):
        near = _context_terms(sentences, i)
        cov = _coverage(focus, weights, s.terms)
        context = _coverage(focus, weights, s.terms, near)
        typ = _has_type(q.kind, s.text, q, weights)
        lexical_i = bm25[i] / top if top > 0 else 0.0
        own = s.terms
        subject = _fragment_subject(sentences, i) if q.kind in TYPED else frozenset()
        if subject:
            # A bare figure or date (a table's cell, a list's heading) is about the line it belongs to,
            # its label or what it introduces: that line's words count as its own.
            own = s.terms | subject
            cov = _coverage(focus, weights, own)
            context = _coverage(focus, weights, own, near)
        if rejected(s, near, cov, context, typ, own):
            continue
        prior = _position(s, first_doc)
        score = (1.2 * lexical_i + cov + 0.3 * context + TYPE_WEIGHT * typ) * prior
        plain = score
        if q.kind == "polar" and q.adverbs and any(re.search(rf"\b{a}\b", s.text, re.I) for a in q.adverbs):
            score *= ADVERB_BONUS  # "Can they still apply?" - "Individuals may still submit an application"
        if _EXCEPTION.search(q.text) and _EXCEPTION.search(s.text):
            score *= EXCEPTION_BONUS  # "Which countries are not covered?" - "... except for Ireland and Denmark"
        quoted = bool(_QUOTED.search(s.text))
        if quoted and not (q.kind == "who" and SPEAKER_QUESTION.search(q.text)):
            score *= QUOTED_SPEECH  # (unless the question asks who said it)
        scored.append((score, s, Signals(lexical_i, cov, context, typ, prior, s.doc is first_doc, s.index == 0,
                                         quoted, score / plain if plain else 1.0, len(s.text), score)))
    if q.kind in SOFT_TYPED and any(_has_type(q.kind, c[1].text, q) >= 0.5 for c in scored):
        # A reason, a person or a name answers these better than any sentence merely about the subject.
        scored = [c for c in scored if _has_type(q.kind, c[1].text, q) >= 0.5]
    if q.kind == "when" and any(min(1.0, c[2].kind) >= DATE_MIN for c in scored):
        # A date only weakly stated (a dateline's, the day something was said or done, when a date to come
        # is asked for) is no answer to "when": it may not stand before one that is clearly stated.
        scored = [c for c in scored if min(1.0, c[2].kind) >= DATE_MIN]
    scored.sort(key=lambda c: -c[0])
    absent = _absent(q, vocabulary)
    confidences = tuple(confidence(sig.context, sig.kind, absent, q.kind == "when" and min(1.0, sig.kind) < DATE_MIN)
                        for _, _, sig in scored)
    about = QuestionSignals(q.kind, len(q.focus), absent, len(scored), scored[0][0] if scored else 0.0,
                            confidences[0] if scored else 0.0)
    return _Candidates(q, scored, lexical, gated=False, about=about, confidences=confidences)


def _with_compound_heads(sentences: Sequence[_Sentence], focus: Sequence[str]) -> list[_Sentence]:
    """German, Dutch and the Nordic languages write a kind of a thing as one word ending in it: a sentence
    with "Gehaltsgrenze" or "normbedragen" holds the question's "Grenze" or "bedragen", one with
    "verschicken" its "schicken". Such a head (five letters or more, after three or more) is added to the
    sentence's terms for a question read in another language (English compounds are no such rule)."""
    words = [f for f in focus if len(f) >= 5 and not is_cjk(f[0])]
    out = []
    for s in sentences:
        heads = {f for f in words if f not in s.terms and any(len(t) >= len(f) + 3 and t.endswith(f) for t in s.terms)}
        out.append(replace(s, terms=s.terms | heads) if heads else s)
    return out


def _names_a_thing(word: str) -> bool:
    """In a question of another language a capital alone names nothing: German writes every noun so
    ("Gehaltsgrenze"), and "¿Hasta ...?" starts after a mark. An acronym, a figure or an inner capital
    still does ("UGE", "K-Tech", "IFICI")."""
    return word.isupper() or any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:])


def _absent(q: _Question, vocabulary: frozenset[str]) -> int:
    """The question's words that no source uses in any form ("reimbursed", "spouses"): what the sources
    lack, or a paraphrase ("exempt" for "do not need")."""
    light = _LIGHT_TERMS | (frozenset(q.head) if q.kind in ("which", "who") else frozenset())
    return 0 if q.kind in _SOFT_ABSENT else sum(
        1 for f in q.focus if f not in light and _match_weight(f, vocabulary) == 0
    )
