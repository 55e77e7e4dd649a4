"""Fit the policy-type fallback (bot/analysis/learned/policy_type_fallback.json) on the real dev split.

    PYTHONPATH=. python bench/train_policy_type_fallback.py           # measure out of fold, fit, write
    PYTHONPATH=. python bench/train_policy_type_fallback.py --check   # the figures only

Where the rules find no type cue they say `other` (`policy_type.rule_type`: steps `no_cue` and `weak`),
which is nearly never the gold type. The fallback is a multinomial logistic regression (scikit-learn,
here only) over `policy_type_fallback.fallback_features`: the WordLlama vector of the headline and lead,
as `tagging.tag` reads the article. Every gold-relevant dev article is a row; the label is its gold type.
Measured under cross-validation grouped by story (bench/learn.fold_of): each fold's articles typed by a
model fitted on the other four, the regularisation C chosen inside each outer fold on the other four
(nested), and the fallback used only where the rules say `other`. The rules' figure is in-sample (they
were written from dev), which favours them. The model is written only when the nested figure beats the
rules'. Held-out articles are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))  # bench/ is scripts, not a package
from learn import FOLDS, fold_of
from quality import load

from bot.analysis.analyzer import _lead
from bot.analysis.batch import article_text
from bot.analysis.language_detection import detect_language
from bot.analysis.policy_type import find_policy_type
from bot.analysis.policy_type_fallback import MODEL, fallback_features
from bot.analysis.prepared_text import prepare
from bot.models import Article

GRID = (0.3, 1.0, 3.0, 10.0)
OUT = Path(__file__).resolve().parent.parent / "bot" / "analysis" / "learned" / f"{MODEL}.json"


def rows() -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """(features, gold types, the rules' types, folds) of the gold-relevant dev articles."""
    x, y, rules, folds = [], [], [], []
    for row in load("dev"):
        if not row["gold"]["relevant"]:
            continue
        article = Article.model_validate(row)
        title, text = article.title, _lead(article_text(article))
        language = article.language or "en"
        if language.lower().startswith("en"):
            language = detect_language(f"{title}\n{text}", default=language)
        features = fallback_features(title, text)
        if features is None:
            raise SystemExit("the WordLlama model is not available")
        x.append([features[f"e{i}"] for i in range(len(features))])
        y.append(row["gold"]["policy_type"])
        rules.append(find_policy_type(prepare(title, text), language)[0])
        folds.append(fold_of(row["gold"]["story"]))
    return np.array(x), np.array(y), np.array(rules), np.array(folds)


def fit(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], c: float) -> tuple[Any, np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    model = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return model, mean, scale


def predict(fitted: tuple[Any, np.ndarray[Any, Any], np.ndarray[Any, Any]], x: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    model, mean, scale = fitted
    return np.asarray(model.predict((x - mean) / scale))


def out_of_fold(x: np.ndarray[Any, Any], y: np.ndarray[Any, Any], folds: np.ndarray[Any, Any], c: float,
                keep: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Each row of `keep` typed by a model fitted on the other folds' rows of `keep`."""
    pred = np.empty(len(y), dtype=object)
    for k in sorted(set(folds[keep].tolist())):
        train, test = keep & (folds != k), keep & (folds == k)
        if test.any():
            pred[test] = predict(fit(x[train], y[train], c), x[test])
    return pred


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    x, y, rules, folds = rows()
    other = rules == "other"
    everyone = np.ones(len(y), dtype=bool)
    print(f"{len(y)} relevant dev articles; the rules say other for {int(other.sum())}, "
          f"of which {int((y[other] == 'other').sum())} are other")
    print(f"rules (in-sample): {(rules == y).mean():.3f}")
    oof = {c: out_of_fold(x, y, folds, c, everyone) for c in GRID}
    for c, pred in oof.items():
        both = np.where(other, pred, rules)
        print(f"C={c}: out of fold {(both == y).mean():.3f} with the fallback "
              f"({int((pred[other] == y[other]).sum())} of {int(other.sum())} right); the model alone {(pred == y).mean():.3f}")
    nested = np.empty(len(y), dtype=object)
    for k in range(FOLDS):
        inner = folds != k
        best = max(GRID, key=lambda c: (np.where(other, out_of_fold(x, y, folds, c, inner), rules)[inner] == y[inner]).mean())
        test = folds == k
        nested[test] = predict(fit(x[inner], y[inner], best), x[test])
    final = np.where(other, nested, rules)
    figure = float((final == y).mean())
    print(f"nested: {figure:.3f} against the rules' {(rules == y).mean():.3f}")
    if args.check:
        return 0
    if figure <= (rules == y).mean():
        print("the fallback does not beat the rules: nothing written")
        return 1
    c = max(GRID, key=lambda c: (np.where(other, oof[c], rules) == y).mean())
    model, mean, scale = fit(x, y, c)
    classes = [str(k) for k in model.classes_]
    data = {
        "name": MODEL,
        "features": [f"e{i}" for i in range(x.shape[1])],
        "classes": classes,
        "mean": [round(float(v), 6) for v in mean],
        "scale": [round(float(v), 6) for v in scale],
        "coef": [[round(float(v), 6) for v in row] for row in model.coef_],
        "intercept": [round(float(v), 6) for v in model.intercept_],
        "trained_on": f"real dev split, {len(y)} relevant articles, C={c}; bench/train_policy_type_fallback.py: "
                      f"nested out of fold {figure:.3f} against the rules' {(rules == y).mean():.3f} (in-sample)",
    }
    OUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} (C={c})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
