"""Assembling an answer from the ranked sentences: the best one quoted and cited (a long one cut
around its answer), a second one when it answers about as well, or a refusal saying the sources don't
say.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from bot.analysis.normalization import truncate
from bot.analysis.qa.matching import _match_weight, _overlap
from bot.analysis.qa.question import _Question
from bot.analysis.qa.ranking import _rank, _Ranked
from bot.analysis.qa.sources import QADocument, _Sentence
from bot.analysis.qa.vocabulary import (
    _AMOUNT,
    _CALENDAR,
    _COUNT,
    _DECIDES,
    _DURATION,
    _NAME,
    _PENALTY,
    _PERCENT_OR_CHANGE,
    _REASON,
    _RELATIVE_TIME,
    _SOURCE,
    _WEEKDAY,
)
from bot.analysis.tokens import tokenize_spans
from bot.models import Answer, Citation

QUOTE_CHARS = 300
MAX_QUOTES = 2
SECOND_QUOTE_RATIO = 0.85  # a second answer this close to the first is quoted too


_BY_NAME = re.compile(r"\bby\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+)?[A-Z][\w.-]*)*")
# What an excerpt of a long sentence must keep, by kind of question, with how much it matters.
_FACT_PATTERNS: Mapping[str, tuple[tuple[re.Pattern[str], float], ...]] = MappingProxyType({
    "amount": ((_AMOUNT, 2.0),), "change": ((_PERCENT_OR_CHANGE, 2.0),), "quantity": ((_AMOUNT, 2.0), (_COUNT, 1.0)),
    "duration": ((_DURATION, 2.0),), "when": ((_CALENDAR, 2.0), (_WEEKDAY, 1.0), (_RELATIVE_TIME, 1.0)),
    "count": ((_COUNT, 2.0),), "penalty": ((_PENALTY, 2.0),), "why": ((_REASON, 2.0),), "source": ((_SOURCE, 2.0),),
    "polar": ((_DECIDES, 1.0),), "who": ((_BY_NAME, 3.0), (_NAME, 0.5)), "which": ((_NAME, 0.5),),
    "where": ((_NAME, 0.5),),
})


def _excerpt(text: str, q: _Question, limit: int = QUOTE_CHARS,
             extra: Sequence[tuple[int, int, float]] = ()) -> str:
    """The sentence, or for a long one the stretch of it that holds the question's words and the fact
    asked for ("… read the cable, signed by Secretary of State Marco Rubio."), cut at word boundaries."""
    if len(text) <= limit:
        return text
    marks: list[tuple[int, int, float]] = []
    wanted = (*q.focus, *q.head, *q.places)
    for tok in tokenize_spans(text):
        weight = max((_match_weight(f, {tok.term}) for f in wanted), default=0.0)
        if weight:
            marks.append((tok.start, tok.end, weight))
    for pattern, weight in _FACT_PATTERNS.get(q.kind, ()):
        marks += [(m.start(), m.end(), weight) for m in pattern.finditer(text)]
    marks += [(a, b, 2.0 * w) for a, b, w in extra]
    if not marks:
        return truncate(text, limit)
    room = limit - 2  # an ellipsis at each end
    # A window starts at a word, or in text without spaces (Chinese, Japanese) after a comma or a mark.
    starts = [0, *(m.start() for m in re.finditer(r"(?<=[\s，、,;；：:（(「『])\S", text))]
    best_start, best = 0, -1.0
    for start in starts:
        end = start + room
        got = sum(w for a, b, w in marks if a >= start and b <= end)
        if got > best + 1e-9:
            best_start, best = start, got
        if end >= len(text):
            break  # the window reaches the end: later ones only lose words
    best_start = _name_start(text, best_start)
    piece = text[best_start:]
    out = truncate(piece, limit - (1 if best_start else 0))
    return f"…{out}" if best_start else out


_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w.'’-]*\s+)+$")


def _name_start(text: str, start: int) -> int:
    """An excerpt starting inside a name ("…Labour Force Law No. 6735" of "International Labour Force
    Law No. 6735") starts at the name's first word instead: a name cut in two names something else."""
    if start == 0 or not text[start:start + 1].isupper():
        return start
    m = _NAME_BEFORE.search(text[:start])
    if m is None:
        return start
    return m.start() if text[:m.start()].strip() else 0


# A sentence that announces a list the next one gives: "... have three choices, according to ICE.",
# "Nationals of the following 12 countries are fully restricted:".
_LIST_INTRO = re.compile(
    r":\W*$|\b(?:the\s+following|as\s+follows)\b|\b(?:two|three|four|five|six|several|\d+)\s+(?:\w+\s+)?"
    r"(?:choices|options|ways|steps|categories|conditions|criteria|requirements|groups|changes|measures|routes)\b",
    re.I,
)


def _list_after(sentence: _Sentence, sentences: Sequence[_Sentence]) -> _Sentence | None:
    """The sentence right after `sentence` in its own document, if any."""
    return next((s for s in sentences if s.doc is sentence.doc and s.index == sentence.index + 1), None)


def _unanswered(question: str) -> Answer:
    shown = truncate(question, 120) if question else "that"
    return Answer(answered=False, answer=f"The sources don't say. Nothing in them answers “{shown}”.")


def _answer_same_language(shown: str, documents: Sequence[QADocument]) -> Answer:
    return _quote(shown, _rank(shown, documents))


def _quote(shown: str, ranked: _Ranked | None) -> Answer:
    """The answer from the ranked candidates: the best quoted, and a second as good, or a refusal."""
    if ranked is None or not ranked.scored:
        return _unanswered(shown)
    best_score, best = ranked.scored[0]
    chosen = [best]
    following = _list_after(best, [s for _, s in ranked.lexical]) if _LIST_INTRO.search(best.text) else None
    if following is not None:
        chosen.append(following)  # "... have three choices:" is answered by the list after it
    for score, s in ranked.scored[1:]:
        if len(chosen) == MAX_QUOTES or score < SECOND_QUOTE_RATIO * best_score:
            break
        # A second sentence that answers about as well is quoted too, unless it repeats the first: real
        # articles state a fact twice in other words ("2500" and "2,500", "Sept. 1" and "1 Sep"), and
        # the ranking cannot tell which one the reader needs.
        if _overlap(s.terms, best.terms) < 0.6:
            chosen.append(s)
    quotes = [_excerpt(s.text, ranked.question) for s in chosen]
    return Answer(
        answered=True,
        answer="\n".join(f"“{q}”" for q in quotes),
        citations=tuple(Citation(id=s.doc.id, url=s.doc.url, quote=q) for s, q in zip(chosen, quotes, strict=True)),
    )
