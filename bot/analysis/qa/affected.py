"""Answering an English question that asks for the people an action applies to ("Who is affected?",
"Who will newly qualify for the visa?", "Who has to surrender their passport?") from an article in
another language: nothing here translates, but `affected_multilingual.read_groups` reads the groups of
people a sentence names in a dozen languages ("과학기술 연구 분야의 교수와 연구원", "ausländische
Fachkräfte", "外国人才"), scored for the cues that the action acts on them. The answer is the sentence
naming the best-scored group, helped by what of the question's own words the glossary carries over
(`bridge`) and by its place in the article. When no sentence names a group that scores above
`MIN_GROUP`, the question goes the ordinary way (word matching across languages), which refuses on an
article that only names none.

A question for who acted ("Who announced it?", "Who signed?", "Who will sentence them?") is not read
this way (lexicon `qa_affected`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.analysis import lexicon as lx
from bot.analysis.affected_multilingual import read_groups
from bot.analysis.qa.bridge import _shares
from bot.analysis.qa.matching import _position
from bot.analysis.qa.question import _Question
from bot.analysis.qa.sources import QADocument, _Sentence, _sentences

# Tuned on the fit part of the real dev split (bench/quality.py --split fit), checked on its check part.
FOCUS_WEIGHT = 2.0  # holding all of the question's carried-over words counts as much as a strongly read group
MIN_GROUP = 0.0  # a group must score above this to answer (a bare head or a group merely mentioned does not)
MORE_GROUPS = 0.3  # each further group the sentence names, per point of its score (a list answers "who")

_ASKER = re.compile(r"\b(?:who|whom|which|what)\b", re.I)
# "Which agencies' staff are exempt?" asks which agencies, not which people.
_POSSESSIVE = re.compile(r"^\s+[\w-]+(?:s'|'s|’s|s’)\s", re.I)
_ACTOR = re.compile(rf"\b(?:{lx.QA_ACTOR_WHO})\b", re.I)
_AFFECTED = re.compile(rf"\b(?:{lx.QA_AFFECTED_WHO})\b", re.I)


def asks_affected(q: _Question) -> bool:
    """Whether an English "who" question asks for the people an action applies to, not for who acted."""
    if q.kind != "who" or q.other_language:
        return False
    m = _ASKER.search(q.text)
    if m is None:
        return False
    rest = q.text[m.end():]
    if _POSSESSIVE.match(rest):
        return False
    return not _ACTOR.search(rest) and bool(_AFFECTED.search(rest))


@dataclass(frozen=True)
class _Named:
    score: float
    sentence: _Sentence
    spans: tuple[tuple[int, int, float], ...]  # where the sentence names its groups


def _rank_affected(q: _Question, documents: Sequence[QADocument]) -> list[_Named]:
    """The sentences of `documents` (in another language than `q`) naming a group of people, best first."""
    sentences = _sentences(documents)
    if not sentences:
        return []
    found = _shares(q, sentences) if q.focus else None
    first = documents[0]
    out: list[_Named] = []
    for i, s in enumerate(sentences):
        groups = [g for g in read_groups(s.text).groups if g.score > MIN_GROUP]
        if not groups:
            continue
        scores = sorted((g.score for g in groups), reverse=True)
        best = scores[0] + MORE_GROUPS * sum(scores[1:])  # every kept score is above MIN_GROUP, 0
        share = found.shares[i] if found is not None else 0.0
        score = (best + FOCUS_WEIGHT * share) * _position(s, first)
        spans = tuple((a, a + len(g.phrase), 1.0) for g in groups for a in [s.text.find(g.phrase)] if a >= 0)
        out.append(_Named(score, s, spans))
    out.sort(key=lambda c: -c.score)
    return out
