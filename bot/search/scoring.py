"""How search results are scored: BM25 for the words x a recency decay. One implementation, used by
`bot.search.query.rank()` (a list of items) and `bot.search.index` (the in-memory index behind `/policy`).

BM25 is Okapi BM25 with rank_bm25's defaults (k1 1.5, b 0.75). Its IDF is floored at a small positive value,
as `bot.analysis.tokens.bm25_scores` does: a term a document contains never counts against it (plain BM25 IDF
goes negative for a term in more than half the documents). Recency is 1.0 for today, halving every
HALF_LIFE_DAYS, never below RECENCY_FLOOR.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

BM25_K1 = 1.5
BM25_B = 0.75
IDF_FLOOR = 0.05
HALF_LIFE_DAYS = 14.0  # a two-week-old story ranks at about 60 % of today's equal match
RECENCY_FLOOR = 0.25  # ...and a very old one never below a quarter: relevance still counts
_DAY_S = 86400


def term_counts(doc: Sequence[str]) -> tuple[dict[str, int], int]:
    """A document's term frequencies and its length for BM25 (at least 1: an empty one has no terms)."""
    tf: dict[str, int] = {}
    for term in doc:
        tf[term] = tf.get(term, 0) + 1
    return tf, max(1, len(doc))


def idf(n: int, df: int) -> float:
    """The IDF of a term that `df` of `n` documents hold, floored at IDF_FLOOR."""
    return max(math.log((n - df + 0.5) / (df + 0.5)), IDF_FLOOR) if n else IDF_FLOOR


def bm25(tf: Mapping[str, int], length: int, idfs: Mapping[str, float], avgdl: float) -> float:
    """BM25 of one document (term frequencies `tf`, `length` terms) for the query terms that `idfs` weighs;
    `avgdl` is the mean document length."""
    k1 = BM25_K1
    norm = k1 * (1 - BM25_B + BM25_B * length / avgdl)
    score = 0.0
    for term, weight in idfs.items():
        f = tf.get(term, 0)
        score += weight * f * (k1 + 1) / (f + norm)
    return score


def recency(age_s: float) -> float:
    """Multiplier for a result `age_s` seconds old: 1.0 for today, halving every HALF_LIFE_DAYS, never
    below RECENCY_FLOOR (a date in the future counts as today)."""
    age_days = max(0.0, age_s / _DAY_S)
    return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * math.pow(0.5, age_days / HALF_LIFE_DAYS)
