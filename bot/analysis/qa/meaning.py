"""How close in meaning a question and the sentences of its sources are: the cosine of their multilingual
sentence vectors (`bot.analysis.embed`, Google's Universal Sentence Encoder, 16 languages in one space).

It is the last resort of a question asked in English about an article in another language that asks for
something other than a fact every language writes alike (who, which, what, why, yes or no): when the
glossary carries none of the question over (`bridge`), and no source in the question's language answers,
the sentence closest in meaning answers if it stands clearly above every other sentence (MEANING_MARGIN)
and is close at all (MEANING_FLOOR). A sentence merely about the story does not: an article's sentences
are all about its story, so they sit at about the same distance from a question it does not answer, and
one standing out is what the question is about. Measured on the real dev set (bench/qa_meaning.py):
among such answerable questions the closest sentence holds the answer a third of the time, and standing
out by the margin tells those from the others: thread answers' qa_acc 0.639 -> 0.648 (answers 0.567 ->
0.581, refusals 0.799 -> 0.797), the same out of fold. The same test does not help in the question's own
language, where words decide better (no margin gained there), nor for a date or a sum across languages
(it answered as many unanswerable questions as answerable ones), so it is not used there.

The vectors are computed in one batch on the spot (about 2 ms a sentence on one core), only for a
question that reaches this resort. Without the encoder (a stripped install) nothing answers by meaning.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.analysis import embed
from bot.analysis.qa.sources import _Sentence

# Chosen by 5-fold cross-validation on the real dev set grouped by story (bench/qa_meaning.py).
MEANING_MARGIN = 0.07  # the closest sentence's cosine above the next one's
MEANING_FLOOR = 0.0  # ... and its cosine at least
MEANING_MIN_SENTENCES = 8  # a margin among fewer sentences is weak evidence (few to stand above)
# What is embedded: 3-5 ms a sentence on one core, so at most the first MEANING_SENTENCES (the asked
# article's first), each cut to its first MEANING_CHARS characters, keep a thread answer near 200 ms.
MEANING_SENTENCES = 40
MEANING_CHARS = 160


def closeness(question: str, texts: Sequence[str]) -> list[float] | None:
    """The cosine of the question and each text (unit vectors), or None without an encoder."""
    if not texts:
        return []
    vecs = embed.vectors([question, *texts])
    if vecs is None:
        return None
    return [float(c) for c in vecs[1:] @ vecs[0]]


def closest(question: str, sentences: Sequence[_Sentence]) -> _Sentence | None:
    """The sentence closest in meaning to the question, if it stands clearly above all the others."""
    pool = list(sentences[:MEANING_SENTENCES])
    if len(pool) < max(2, MEANING_MIN_SENTENCES):
        return None  # too few to stand above
    near = closeness(question, [s.text[:MEANING_CHARS] for s in pool])
    if near is None:
        return None
    order = sorted(range(len(pool)), key=lambda i: -near[i])
    best, second = near[order[0]], near[order[1]]
    if best < MEANING_FLOOR or best - second < MEANING_MARGIN:
        return None
    return pool[order[0]]
