"""A multinomial model over a rule's own cues, measured against the rule on the real dev split under
cross-validation grouped by story: the harness bench/train_status_model.py and
bench/train_policy_type_model.py share (each reads its own cues into `Row`s and decides what to keep).

Each setting (feature set, C, class balance) is fitted per fold (bench/learn.py's folds) and used three
ways: `full` (the model's top label), `cand` (the most probable among the labels the rules found a cue
for), `over@t` (the model's top label when its probability reaches t, else the rules'). The setting and use
chosen on all of dev are flattered by the choice among many; `nested` chooses inside each outer fold, on
the other four alone, and is the figure a decision reads.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from learn import FOLDS, fit_linear, fold_of
from quality import dev_part, load

from bot.analysis.analyzer import _lead
from bot.analysis.batch import _published, article_text
from bot.analysis.language_detection import detect_language
from bot.analysis.linear_model import LinearModel
from bot.analysis.prepared_text import Unit, prepare
from bot.models import Article

C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
RULE_FEATURES = ("rule:", "step:")  # the rules' own decision and the step that made it, one-hot
Setting = tuple[str, float, bool]  # feature set, C, balanced


def decision_features(rule: str, labels: Sequence[str], step: str, steps: Sequence[str]) -> dict[str, float]:
    """The rules' decision among `labels` and the step of their order that made it, one-hot."""
    return {**{f"rule:{label}": float(rule == label) for label in labels},
            **{f"step:{name}": float(step == name) for name in steps}}


def decision_names(labels: Sequence[str], steps: Sequence[str]) -> list[str]:
    """The names `decision_features` gives, in its order."""
    return [f"rule:{label}" for label in labels] + [f"step:{name}" for name in steps]


def quiet_args(argv: Sequence[str] | None, doc: str | None) -> argparse.Namespace:
    """A training script's (argument-free) command line, with scikit-learn's convergence chatter off."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0] if doc else None)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", category=UserWarning)
    return args
Scored = dict[tuple[Setting, str], list[str]]


def feature_sets(features: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The cues alone, and the cues with the rules' decision and step."""
    return {"cues": tuple(f for f in features if not f.startswith(RULE_FEATURES)), "hybrid": tuple(features)}


@dataclass(frozen=True)
class Row:
    story: str
    part: str  # dev's fit or check third (bench/quality.py)
    gold: str
    rule: str  # the rules' label as the bot gives it
    candidates: frozenset[str]  # the labels the rules found a cue for, and their own
    features: dict[str, float]
    renamed: Mapping[str, str] = field(default_factory=dict)  # how the bot names a model's label ("visa")

    def named(self, label: str) -> str:
        return self.renamed.get(label, label)


@dataclass(frozen=True)
class Harness:
    name: str
    feature_sets: Mapping[str, tuple[str, ...]]
    thresholds: tuple[float, ...]

    def fit(self, rows: Sequence[Row], setting: Setting) -> LinearModel:
        features, c, balanced = setting
        return fit_linear(self.name, [r.features for r in rows], [r.gold for r in rows], self.feature_sets[features],
                          c=c, balanced=balanced)

    def uses(self, row: Row, p: Mapping[str, float]) -> dict[str, str]:
        """The label each use of the model gives `row` (as the bot names it), from its probabilities `p`."""
        top = max(p, key=lambda s: p[s])
        out = {"full": row.named(top), "cand": row.named(max(sorted(row.candidates), key=lambda s: p.get(s, 0.0)))}
        for t in self.thresholds:
            out[f"over@{t}"] = row.named(top) if p[top] >= t else row.rule
        return out

    def out_of_fold(self, rows: Sequence[Row], folds: Sequence[int], setting: Setting) -> list[dict[str, str]]:
        """Each row's label under each use, from the model fitted without its fold."""
        out: list[dict[str, str]] = [{} for _ in rows]
        for k in sorted(set(folds)):
            model = self.fit([r for r, f in zip(rows, folds, strict=True) if f != k], setting)
            for i, (r, f) in enumerate(zip(rows, folds, strict=True)):
                if f == k:
                    out[i] = self.uses(r, model.probabilities(r.features))
        return out

    def grid(self, rows: Sequence[Row], folds: Sequence[int]) -> Scored:
        """(setting, use) -> the out-of-fold predictions."""
        out: Scored = {}
        for setting in itertools.product(self.feature_sets, C_GRID, (False, True)):
            preds = self.out_of_fold(rows, folds, setting)
            for use in preds[0]:
                out[(setting, use)] = [p[use] for p in preds]
        return out

    def nested(self, rows: Sequence[Row], folds: Sequence[int]) -> list[str]:
        """Each outer fold predicted with the setting and use chosen over the other four folds alone."""
        pred = [""] * len(rows)
        for k in range(FOLDS):
            inner = [i for i, f in enumerate(folds) if f != k]
            inner_rows = [rows[i] for i in inner]
            setting, use = choose(inner_rows, self.grid(inner_rows, [folds[i] for i in inner]))
            model = self.fit(inner_rows, setting)
            for i, f in enumerate(folds):
                if f == k:
                    pred[i] = self.uses(rows[i], model.probabilities(rows[i].features))[use]
            print(f"  outer fold {k}: chose {setting} {use}", file=sys.stderr)
        return pred

    def report(self, rows: Sequence[Row]) -> tuple[list[int], list[str]]:
        """Print the rules' figure, the best of each feature set and use, the choice on all of dev and the
        nested figure; return the folds and the nested predictions."""
        folds = [fold_of(r.story) for r in rows]
        print(f"{len(rows)} gold-relevant dev articles, {len({r.story for r in rows})} stories, {FOLDS} folds by story")
        print(line("rules (in-sample)", rows, folds, [r.rule for r in rows]))
        scored = self.grid(rows, folds)
        ranked = sorted(scored.items(), key=lambda kv: -right(rows, kv[1]))
        for features in self.feature_sets:
            for use in ("full", "cand", "over@"):
                (setting, name), pred = next((k, v) for k, v in ranked if k[0][0] == features and k[1].startswith(use))
                print(line(f"{features} {name} C={setting[1]} bal={setting[2]}", rows, folds, pred))
        setting, use = choose(rows, scored)
        best = scored[(setting, use)]
        gained = sum(1 for r, p in zip(rows, best, strict=True) if p == r.gold != r.rule)
        lost = sum(1 for r, p in zip(rows, best, strict=True) if r.rule == r.gold != p)
        print(f"chosen on all of dev: {setting} {use}: {gained} articles mended, {lost} broken against the rules")
        pred = self.nested(rows, folds)
        print(line("nested (chosen inside each fold)", rows, folds, pred))
        return folds, pred


def right(rows: Sequence[Row], pred: Sequence[str], keep: Callable[[int], bool] = lambda i: True) -> int:
    return sum(1 for i, r in enumerate(rows) if keep(i) and pred[i] == r.gold)


def choose(rows: Sequence[Row], scored: Scored) -> tuple[Setting, str]:
    """The most right (setting, use); ties go to the first in the grid's order (deterministic): the cues
    before the hybrid, the strongest regularisation first, the full model before the gated uses."""
    best = max(right(rows, pred) for pred in scored.values())
    return next(key for key, pred in scored.items() if right(rows, pred) == best)


def in_fold(folds: Sequence[int], k: int) -> Callable[[int], bool]:
    return lambda i: folds[i] == k


def line(name: str, rows: Sequence[Row], folds: Sequence[int], pred: Sequence[str]) -> str:
    per = [f"{right(rows, pred, in_fold(folds, k))}/{folds.count(k)}" for k in range(FOLDS)]
    check = [i for i, r in enumerate(rows) if r.part == "check"]
    return (f"{name:<34} dev {right(rows, pred) / len(rows):.3f}  folds {' '.join(per)}  "
            f"check third {right(rows, pred, lambda i: i in check) / len(check):.3f}")


def read_relevant_dev() -> Iterator[tuple[dict[str, Any], Sequence[Unit], str]]:
    """Each gold-relevant dev article (with its dev third as "part" and its publication time as
    "published_at"), its prepared units and its language, read as `policybot analyze` reads them."""
    for a in load("dev"):
        if not a["gold"]["relevant"]:
            continue
        art = Article.model_validate(a)
        title, text = art.title or "", _lead(article_text(art) or "")
        language = art.language or "en"
        if language.lower().startswith("en"):
            language = detect_language(f"{title}\n{text}", default=language)
        yield {**a, "part": dev_part(a), "published_at": _published(art)}, prepare(title, text), language
