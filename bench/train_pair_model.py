"""A learned pair scorer for story clusters, measured on the real dev split (not shipped: see below).

    python bench/train_pair_model.py            # the CV table and the nested figure
    python bench/train_pair_model.py --cache /tmp/x/dev_docs.pkl   # ... dev's docs read once, then kept

The pairs: every two gold-relevant dev articles through the gates `match_score` keeps as rules (not
copies of one report, `compatible`, no hard conflict, neither `acts_anew`); label: the same gold story;
features: `pair_features` (the hand-set score's evidence, unweighted, with interactions across languages).
A logistic model (bench/learn.fit_linear) on them moves the hand-set `rule_score` by `weight` times its
probability beyond even odds. The settings (regularisation C, the weight, the placement threshold) are
scored as bench/cluster_compare.py --split cv2 scores: for each fold, a model fitted on the pairs with
neither article in the fold, all of dev clustered in publication order with it (`ClusterIndex`), the fold
scored on its own pairs and on the pairs touching it; the figure kept is nested (each fold scored with the
setting best on the other four, by the mean of the two F1s). Weight 0 is the hand-set score as shipped
(in-sample: its constants were chosen on all of dev): own 0.874, touching 0.776.

What was measured (out of fold, nested):
* the model alone as the score (its probability against a threshold; 28 features or 16; balanced classes
  or not; log-odds instead of probability; support weight 0-0.6): own pairs up to 0.93, touching at best
  0.76: one false merge (the H-1B fee and the weighted-selection rule of the same weeks, two folds)
  decides it, and the hand-set score, chosen on all of dev, merges half as much of it;
* the model moving the hand-set score (this grid): own 0.882, touching 0.790, with threshold 0.6-0.7 and
  weight 0.3-0.6 (bench/cluster_compare.py --split cv2 at the setting best over the folds, C 0.3, weight
  0.6, threshold 0.7: own 0.889, touching 0.789, no fold worse than the hand-set score); but then joins rest on a story's support more than on direct matches, and the stories
  depend on the order items arrive in (tests/bot/test_story_order.py fails: the H-1B fee's court ruling
  two months on), and two Russian laws of one week merge (tests/bot/analysis/test_cluster.py); with the
  threshold kept at 0.55, nested: own 0.887, touching 0.756 (folds choosing weight 0.6 over-merge).
Neither beats the hand-set score on both views with the house's guarantees kept, so nothing is shipped.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from cluster_compare import Doc, _mean, _nested, docs_of, fold_scores, index_clusters, load
from learn import FOLDS, fit_linear, fold_of

from bot.analysis import cluster
from bot.analysis.cluster import ClusterIndex
from bot.analysis.linear_model import LinearModel
from bot.analysis.story_features import StoryFeatures
from bot.analysis.story_similarity import (
    CONFLICT_VETO,
    NEAR_DUP_SCORE,
    acts_anew,
    compatible,
    conflicts,
    near_duplicate,
    pair_features,
    rule_score,
)

PAIR_MODEL = "story_pair"
FEATURES = (
    "words", "cosine", "english", "wording",
    "anchor_code", "anchor_doc", "anchor_name", "anchor_amount", "anchor_date", "anchor_quote", "anchor_kinds",
    "soft_conflict", "title_name",
    "other_languages", "xl_names", "xl_concepts", "xl_anchor_kinds", "xl_anchor_code", "xl_soft_conflict",
    "xl_title_name",
    "agree", "type_conflict", "programme", "log_days", "stale_named", "stale_unnamed", "burst", "undated",
)
C_GRID = (0.03, 0.1, 0.3)
WEIGHTS = (0.0, 0.2, 0.3, 0.4, 0.6)  # 0: the hand-set score alone
THRESHOLDS = (0.55, 0.6, 0.65, 0.7)
# The setting best over dev's five folds (this script), for bench/cluster_compare.py's `learned` method.
C, WEIGHT, THRESHOLD = 0.3, 0.6, 0.7


@dataclass
class Pair:
    i: int
    j: int
    features: dict[str, float]
    same: bool


def gate(a: StoryFeatures, b: StoryFeatures) -> str:
    """What `match_score` does with the pair before the model: "copy", "none" (cannot be one story) or
    "score"."""
    if near_duplicate(a, b):
        return "copy"
    if not compatible(a, b):
        return "none"
    hard, _ = conflicts(a, b)
    if hard <= -CONFLICT_VETO or acts_anew(a, [b]) or acts_anew(b, [a]):
        return "none"
    return "score"


def pair_table(docs: Sequence[Doc]) -> tuple[list[Pair], dict[tuple[int, int], str]]:
    """The scored pairs of the docs (i < j), and every pair's gate."""
    pairs, gates = [], {}
    for j in range(len(docs)):
        for i in range(j):
            a, b = docs[i].features, docs[j].features
            gates[(i, j)] = g = gate(a, b)
            if g == "score":
                pairs.append(Pair(i, j, pair_features(a, b), docs[i].story == docs[j].story))
    return pairs, gates


def fit(pairs: Sequence[Pair], c: float) -> LinearModel:
    return fit_linear(PAIR_MODEL, [p.features for p in pairs], ["same" if p.same else "other" for p in pairs],
                      FEATURES, c=c)


def without_fold(docs: Sequence[Doc], pairs: Sequence[Pair], k: int) -> list[Pair]:
    """The pairs with neither article in fold k."""
    return [p for p in pairs if fold_of(docs[p.i].story) != k and fold_of(docs[p.j].story) != k]


def _key(f: StoryFeatures) -> tuple[str, str, str, str]:
    return f.title, f.lead, str(f.published), ",".join(f.tokens[:20])


@contextmanager
def cached_scores(docs: Sequence[Doc], pairs: Sequence[Pair], gates: dict[tuple[int, int], str],
                  model: LinearModel, weight: float) -> Iterator[None]:
    """`cluster.match_score` and `cluster.conflicts` answered from the pair table with `model` and
    `weight` (the same results as computing them, without recomputing each pair's features for every
    setting)."""
    x = np.array([[p.features.get(f, 0.0) for f in model.features] for p in pairs])
    z = (x - np.array(model.mean)) / np.array(model.scale) @ np.array(model.coef[0]) + model.intercept[0]
    prob = {(p.i, p.j): rule_score(p.features) + weight * (float(v) - 0.5)
            for p, v in zip(pairs, 1 / (1 + np.exp(-z)), strict=True)}
    where = {_key(d.features): n for n, d in enumerate(docs)}
    hard: dict[tuple[int, int], tuple[float, float]] = {}

    def pair_of(a: StoryFeatures, b: StoryFeatures) -> tuple[int, int]:
        i, j = where[_key(a)], where[_key(b)]
        return (i, j) if i < j else (j, i)

    def score(a: StoryFeatures, b: StoryFeatures, **_: Any) -> float | None:
        key = pair_of(a, b)
        g = gates[key]
        return NEAR_DUP_SCORE if g == "copy" else prob[key] if g == "score" else None

    def conflict(a: StoryFeatures, b: StoryFeatures) -> tuple[float, float]:
        key = pair_of(a, b)
        if key not in hard:
            hard[key] = conflicts(a, b)
        return hard[key]

    shipped = cluster.match_score, cluster.conflicts
    cluster.match_score, cluster.conflicts = score, conflict  # type: ignore[assignment]
    try:
        yield
    finally:
        cluster.match_score, cluster.conflicts = shipped


@contextmanager
def with_model(model: LinearModel, weight: float) -> Iterator[None]:
    """`cluster.match_score` computed in full, moved by `weight` times `model`'s probability beyond even
    odds (the gates as shipped)."""
    def score(a: StoryFeatures, b: StoryFeatures, **_: Any) -> float | None:
        if near_duplicate(a, b):
            return NEAR_DUP_SCORE
        if gate(a, b) != "score":
            return None
        x = pair_features(a, b)
        return rule_score(x) + weight * (model.probability(x) - 0.5)

    shipped = cluster.match_score
    cluster.match_score = score  # type: ignore[assignment]
    try:
        yield
    finally:
        cluster.match_score = shipped


Folds = list[tuple[float, float, float]]


def cross_validate(docs: Sequence[Doc], pairs: Sequence[Pair], gates: dict[tuple[int, int], str],
                   log: Callable[[str], None]) -> dict[tuple[float, float, float], tuple[Folds, Folds]]:
    """Each (C, weight, threshold)'s per-fold figures, own pairs and touching pairs."""
    per: dict[tuple[float, float, float], tuple[Folds, Folds]] = {}
    for c in C_GRID:
        models = [fit(without_fold(docs, pairs, k), c) for k in range(FOLDS)]
        for weight in WEIGHTS:
            for t in THRESHOLDS:
                own, touching = [], []
                for k, model in enumerate(models):
                    with cached_scores(docs, pairs, gates, model, weight):
                        pred = index_clusters(docs, ClusterIndex(threshold=t))
                    own.append(fold_scores(pred, docs)[k])
                    touching.append(fold_scores(pred, docs, touching=True)[k])
                per[(c, weight, t)] = (own, touching)
                log(f"C {c} weight {weight} threshold {t:.2f}: own {_fmt(_mean(own))}  "
                    f"touching {_fmt(_mean(touching))} (per fold {[round(f[0], 3) for f in touching]})")
    return per


def _fmt(fig: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.3f}" for v in fig)


def dev_docs(cache: Path | None) -> list[Doc]:
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            docs: list[Doc] = pickle.load(fh)  # noqa: S301 - our own cache of docs_of
            return docs
    docs = docs_of(load("dev"))
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(docs, fh)
    return docs


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, help="a pickle of dev's docs (read if present, else written)")
    args = parser.parse_args(argv)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    docs = dev_docs(args.cache)
    pairs, gates = pair_table(docs)
    log(f"dev: {len(docs)} relevant articles, {len(pairs)} scored pairs ({sum(p.same for p in pairs)} one story), "
        f"{sum(g == 'copy' for g in gates.values())} copies")
    per = cross_validate(docs, pairs, gates, log)
    own = {s: v[0] for s, v in per.items()}
    touching = {s: v[1] for s, v in per.items()}
    # One setting for both views: the best mean of own and touching F1 (each fold: on the other four).
    both = {s: [((o[0] + t[0]) / 2, 0.0, 0.0) for o, t in zip(own[s], touching[s], strict=True)] for s in per}
    _, picked = _nested(both)
    nested_own = _mean([own[s][k] for k, s in enumerate(picked)])
    nested_touching = _mean([touching[s][k] for k, s in enumerate(picked)])
    best = max(per, key=lambda s: (float(np.mean([f[0] for f in both[s]])), -list(per).index(s)))
    c, weight, threshold = best
    spread = [round(touching[s][k][0], 3) for k, s in enumerate(picked)]
    log(f"nested (each fold: the setting best on the others {picked}): own {_fmt(nested_own)}  "
        f"touching {_fmt(nested_touching)} (per fold {spread})")
    log(f"chosen on all folds: C {c} weight {weight} threshold {threshold}")
    summary = {"c": c, "weight": weight, "threshold": threshold,
               "nested_own": [round(v, 3) for v in nested_own],
               "nested_touching": [round(v, 3) for v in nested_touching], "touching_per_fold": spread}
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
