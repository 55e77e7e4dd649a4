"""A linear model whose weights were learned offline on the real dev split: standardised features, one
row of weights per class (one row for a yes/no model), scored with numpy only.

Why not hand-set weights: constants chosen from one split's errors fixed those stories and left unseen
ones as they were (issue 11); weights fitted under cross-validation grouped by story generalise
measurably (the figure is printed by the script that fitted them). Why not scikit-learn at run time:
inference is a dot product, and the bot should not carry a training library; scikit-learn fits the
weights in bench/ only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, model_validator


class LinearModel(BaseModel):
    """A fitted linear model. `classes` has two names for a yes/no model (one row of `coef`: the score
    of the second class), else one row per class."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=False)  # a NaN weight would score silently

    name: str
    features: tuple[str, ...]
    classes: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]
    intercept: tuple[float, ...]
    trained_on: str = ""  # the split, the command and the cross-validated figure it was kept on

    @model_validator(mode="after")
    def _shapes(self) -> LinearModel:
        n = len(self.features)
        if len(set(self.features)) != n or len(set(self.classes)) != len(self.classes):
            raise ValueError(f"{self.name}: feature and class names must be unique")
        rows = 1 if len(self.classes) == 2 else len(self.classes)
        if len(self.mean) != n or len(self.scale) != n:
            raise ValueError(f"{self.name}: mean/scale need {n} values")
        if len(self.coef) != rows or any(len(r) != n for r in self.coef) or len(self.intercept) != rows:
            raise ValueError(f"{self.name}: coef needs {rows} rows of {n} and {rows} intercepts")
        if any(s <= 0 for s in self.scale):
            raise ValueError(f"{self.name}: scales must be positive")
        return self

    def decision(self, values: Mapping[str, float]) -> tuple[float, ...]:
        """Each row's score; a feature missing from `values` counts as 0 (before standardising)."""
        x = [(float(values.get(f, 0.0)) - m) / s for f, m, s in zip(self.features, self.mean, self.scale, strict=True)]
        return tuple(b + sum(w * v for w, v in zip(row, x, strict=True)) for row, b in zip(self.coef, self.intercept, strict=True))

    def probability(self, values: Mapping[str, float]) -> float:
        """A yes/no model's probability of its second class."""
        if len(self.classes) != 2:
            raise ValueError(f"{self.name} has {len(self.classes)} classes; use probabilities()")
        z = self.decision(values)[0]
        return 1.0 / (1.0 + math.exp(-z)) if z >= -700 else 0.0

    def probabilities(self, values: Mapping[str, float]) -> dict[str, float]:
        """Each class's probability (softmax over the rows; a yes/no model's two)."""
        if len(self.classes) == 2:
            p = self.probability(values)
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        z = self.decision(values)
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: v / total for c, v in zip(self.classes, e, strict=True)}


@cache
def load(name: str) -> LinearModel:
    """The shipped model `name` (bot/analysis/learned/<name>.json), read once per process."""
    text = resources.files("bot.analysis.learned").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return LinearModel.model_validate(json.loads(text))
