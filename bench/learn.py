"""Fitting `bot.analysis.linear_model.LinearModel`s on the real dev split, under cross-validation grouped
by story (every article of a story in one fold, as the dev/held-out split itself is cut). Training only:
scikit-learn is a bench dependency (bench/requirements-quality.txt), never the bot's.

    from learn import FOLDS, fold_of, fit_linear, grouped_predictions

A script that ships a model fits it on all of dev, after choosing its settings (regularisation, the
threshold it is used at) on the folds: each fold predicted by a model fitted on the other four.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from bot.analysis.linear_model import LinearModel

FOLDS = 5


def fold_of(story: str) -> int:
    """The fold of a story (the same cut as bench/cluster_compare.py's cross-validation)."""
    return int(hashlib.sha1(f"fold:{story}".encode(), usedforsecurity=False).hexdigest(), 16) % FOLDS


def _matrix(rows: Sequence[Mapping[str, float]], features: Sequence[str]) -> np.ndarray:
    return np.array([[float(r.get(f, 0.0)) for f in features] for r in rows], dtype=np.float64)


def fit_linear(
    name: str,
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[str],
    features: Sequence[str],
    *,
    c: float = 1.0,
    balanced: bool = False,
    trained_on: str = "",
) -> LinearModel:
    """A (multinomial) logistic regression on standardised features, L2-penalised with strength 1/c."""
    x = _matrix(rows, features)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0  # a constant feature: left as it is (its weight is then ~0)
    classes = sorted(set(labels))
    if len(classes) < 2:
        raise ValueError(f"{name}: needs two classes, got {classes}")
    model = LogisticRegression(C=c, class_weight="balanced" if balanced else None, max_iter=5000)
    model.fit((x - mean) / scale, list(labels))
    return LinearModel(
        name=name,
        features=tuple(features),
        classes=tuple(str(k) for k in model.classes_),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
        coef=tuple(tuple(float(w) for w in row) for row in model.coef_),
        intercept=tuple(float(b) for b in model.intercept_),
        trained_on=trained_on,
    )


def grouped_predictions(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[str],
    stories: Sequence[str],
    fit: Callable[[Sequence[Mapping[str, float]], Sequence[str]], LinearModel],
) -> list[LinearModel]:
    """One model per fold, each fitted on the rows of the other folds (index k: the model for fold k)."""
    models = []
    for k in range(FOLDS):
        train = [i for i, s in enumerate(stories) if fold_of(s) != k]
        models.append(fit([rows[i] for i in train], [labels[i] for i in train]))
    return models
