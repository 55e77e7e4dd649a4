"""bench/train_relevance_model.py: the bar search, and the bar folded into a shipped model's intercept."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.analysis.linear_model import LinearModel
from tests.bench.conftest import load_bench

train = load_bench("train_relevance_model")


def test_the_bar_is_the_best_f1_at_the_precision_floor() -> None:
    z = np.array([2.0, 1.5, 1.0, 0.5, 0.0, -1.0])
    gold = np.array([True, True, False, True, False, False])
    free = (np.zeros(6, dtype=bool), np.zeros(6, dtype=bool))  # the rules decide no row
    bar, (p, r, _) = train.best_bar(z, gold, 0.7, free)
    assert (p, r) == (0.75, 1.0) and 0.0 < bar <= 0.5  # all three positives, one false one: the best F1 above 0.7
    bar, (p, _, _) = train.best_bar(z, gold, 1.0, free)
    assert p == 1.0 and 1.0 < bar <= 1.5  # ties: the lowest bar that gives the same predictions
    assert train.best_bar(-z, gold, 1.0, free) is None  # nothing reaches a floor no bar can meet


def test_rows_the_rules_decide_keep_the_rules_answer_at_every_bar() -> None:
    z = np.array([2.0, 1.5, 1.0, 0.5, 0.0, -1.0])
    gold = np.array([True, True, False, True, False, False])
    # The rules decide row 2 (say: no state acts) and call it not relevant: the model's 1.0 is overruled,
    # so every positive is found with no false one.
    ruled = (np.array([False, False, True, False, False, False]), np.zeros(6, dtype=bool))
    _, (p, r, _) = train.best_bar(z, gold, 0.7, ruled)
    assert (p, r) == (1.0, 1.0)
    assert list(train.decide(z, 10.0, (ruled[0], np.ones(6, dtype=bool)))) == [False, False, True] + [False] * 3


def test_a_shipped_model_decides_at_zero_and_is_written_the_same_twice(tmp_path: Path) -> None:
    rows = [{name: float(i % 7) + (3.0 if i % 2 else 0.0) for name in train.SUMS} for i in range(60)]
    gold = np.array([i % 2 == 1 for i in range(60)])
    setting = ("sums", 0.3, False)
    plain = train.fit_all(rows, gold, setting, 0.0, "unit test")
    moved = train.fit_all(rows, gold, setting, 0.7, "unit test")
    for row in rows:
        assert moved.decision(row)[0] == plain.decision(row)[0] - 0.7
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    train.write(moved, first)
    train.write(train.fit_all(rows, gold, setting, 0.7, "unit test"), second)  # fitted again: the same bytes
    assert first.read_bytes() == second.read_bytes()
    assert LinearModel.model_validate_json(first.read_text("utf-8")) == moved
