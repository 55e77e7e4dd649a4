"""What the rules know about one candidate answer, as the features of the learned answer model
(bench/train_answer_model.py -> bot/analysis/learned/answer.json).

The rules' scores (BM25, the share of the question's words a sentence holds, how well it holds the kind
of fact asked for, its place) are added with hand-set weights into a confidence, and the rules answer
when it reaches their bar. Where it does not, the same signals of their best candidate are weighed by a
logistic regression fitted under cross-validation grouped by story: the probability that the candidate
quotes the answer, which may give it after all (`ranking._weigh`). The model never refuses what the rules
answer, nor re-orders their candidates: both lost pinned behaviours (bench/train_answer_model.py).
Everything here is arithmetic on what `ranking` has already computed: no new pass over the sources.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

# Kinds of question only a sentence of that kind answers, and kinds where one is preferred when there is
# one: `ranking` reads them too.
TYPED = frozenset({"amount", "change", "quantity", "duration", "when", "count", "penalty"})
SOFT_TYPED = frozenset({"why", "who", "which", "where", "source"})


@dataclass(frozen=True)
class Signals:
    """The rules' measures of one candidate sentence (see ranking._candidates)."""

    lexical: float  # BM25 with its neighbours, over the best sentence's
    coverage: float  # weighted share of the question's own words the sentence holds
    context: float  # ... with its neighbours and title
    kind: float  # how well it holds the kind of fact asked for, in [0, 1.5]
    prior: float  # its place: a title or caption, how far down, another outlet's
    first_doc: bool  # in the article asked about (not a sibling outlet's version)
    title: bool
    quoted: bool  # quoted speech
    bonus: float  # the rules' bonuses ("still" repeated, an exception told)
    chars: int
    score: float  # the rules' own score


@dataclass(frozen=True)
class QuestionSignals:
    """What holds for every candidate of one question."""

    kind: str
    focus: int  # how many words of its own the question has
    absent: int  # its words no source uses in any form
    candidates: int
    top_score: float  # the rules' best score
    top_confidence: float  # the rules' confidence in their best candidate


# The rules' confidence weights, tuned on the real dev set for answers and refusals alike.
CONFIDENCE_CONTEXT = 0.5
CONFIDENCE_KIND = 0.5
ABSENT_PENALTY = 0.4


def confidence(context: float, kind_held: float, absent: int, weak_date: bool) -> float:
    """The rules' confidence from its parts: what the sentence holds with its
    neighbours of the question's words and of the kind of fact, less a penalty per absent word."""
    if weak_date:
        return 0.0
    return CONFIDENCE_CONTEXT * context + CONFIDENCE_KIND * min(1.0, kind_held) - ABSENT_PENALTY * absent


FEATURES = (
    "lexical", "coverage", "context", "kind", "kind_typed", "prior", "first_doc", "title", "quoted", "bonus",
    "log_chars", "rule_ratio", "rule_top", "log_rank", "confidence", "top_confidence", "absent", "focus",
    "log_candidates", "typed", "soft", "polar",
)


def features(s: Signals, rank: int, own_confidence: float, q: QuestionSignals) -> Mapping[str, float]:
    """The model's inputs for one candidate at `rank` in the rules' order."""
    typed = q.kind in TYPED
    return {
        "lexical": s.lexical,
        "coverage": s.coverage,
        "context": s.context,
        "kind": min(1.5, s.kind),
        "kind_typed": min(1.5, s.kind) if typed else 0.0,  # a fact of the kind matters most where nothing else will do
        "prior": s.prior,
        "first_doc": float(s.first_doc),
        "title": float(s.title),
        "quoted": float(s.quoted),
        "bonus": s.bonus,
        "log_chars": math.log1p(s.chars),
        "rule_ratio": s.score / q.top_score if q.top_score > 0 else 0.0,
        "rule_top": float(rank == 0),
        "log_rank": math.log1p(rank),
        "confidence": own_confidence,
        "top_confidence": q.top_confidence,
        "absent": float(q.absent),
        "focus": float(q.focus),
        "log_candidates": math.log1p(q.candidates),
        "typed": float(typed),
        "soft": float(q.kind in SOFT_TYPED),
        "polar": float(q.kind == "polar"),
    }
