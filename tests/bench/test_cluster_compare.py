"""bench/cluster_compare.py: the honest cross-validation (`cv2`) scores each fold on its own pairs,
while the fold was clustered among every article."""

from __future__ import annotations

from typing import Any

from tests.bench.conftest import load_bench

cc = load_bench("cluster_compare")


def stories_in_folds() -> dict[int, list[str]]:
    """Two invented story ids in each fold."""
    out: dict[int, list[str]] = {k: [] for k in range(cc.FOLDS)}
    n = 0
    while any(len(v) < 2 for v in out.values()):
        story = f"invented-story-{n}"
        if len(out[cc.fold_of(story)]) < 2:
            out[cc.fold_of(story)].append(story)
        n += 1
    return out


def doc(i: str, story: str) -> Any:
    return cc.Doc(id=i, story=story, features=None, text="")  # scoring reads ids and stories only


def test_a_merge_across_folds_is_not_scored_but_one_within_a_fold_is() -> None:
    folds = stories_in_folds()
    a, b = folds[0]
    x = folds[1][0]
    docs = [doc("a1", a), doc("a2", a), doc("b1", b), doc("x1", x), doc("x2", x)]
    # a's reports together with another fold's story: fold 0's own pairs are all right.
    across = {"a1": "k", "a2": "k", "b1": "m", "x1": "k", "x2": "k"}
    assert cc.fold_scores(across, docs)[0] == (1.0, 1.0, 1.0)
    # The distractor drew b into a's story: a false pair within fold 0.
    within = {"a1": "k", "a2": "k", "b1": "k", "x1": "n", "x2": "n"}
    f1, precision, recall = cc.fold_scores(within, docs)[0]
    assert recall == 1.0 and precision < 1.0 and f1 < 1.0
    assert cc.fold_scores(within, docs)[1] == (1.0, 1.0, 1.0)


def test_each_fold_is_scored_with_the_setting_best_on_the_others() -> None:
    good, bad = (0.9, 0.9, 0.9), (0.1, 0.1, 0.1)
    # Setting "s" is best on every fold but the last, where "t" is; the last fold still gets "s".
    per = {"s": [good] * (cc.FOLDS - 1) + [bad], "t": [bad] * (cc.FOLDS - 1) + [good]}
    (f1, _, _), chosen = cc._nested(per)
    assert chosen == ["s"] * cc.FOLDS
    assert abs(f1 - ((cc.FOLDS - 1) * 0.9 + 0.1) / cc.FOLDS) < 1e-9


def test_touching_pairs_count_a_report_placed_with_another_folds_story() -> None:
    folds = stories_in_folds()
    a = folds[0][0]
    x = folds[1][0]
    docs = [doc("a1", a), doc("a2", a), doc("x1", x), doc("x2", x)]
    # a's second report went to x's story: fold 0's own pairs see a split only ...
    pred = {"a1": "k", "a2": "m", "x1": "m", "x2": "m"}
    assert cc.fold_scores(pred, docs)[0] == (0.0, 1.0, 0.0)
    # ... the pairs touching fold 0 also see the false pairs (a2, x1) and (a2, x2).
    _, precision, recall = cc.fold_scores(pred, docs, touching=True)[0]
    assert (precision, recall) == (0.0, 0.0)
    together = {"a1": "k", "a2": "k", "x1": "k", "x2": "m"}
    _, precision, recall = cc.fold_scores(together, docs, touching=True)[0]
    assert recall == 1.0 and abs(precision - 1 / 3) < 1e-9  # (a1, a2) right; (a1, x1), (a2, x1) wrong
