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

sys.path.insert(0, str(Path(__file__).parent))  # bench/ is scripts, not a package
from learn import FOLDS, fit_linear, fold_of
from quality import load

from bot.analysis.analyzer import _lead
from bot.analysis.batch import article_text
from bot.analysis.language_detection import detect_language
from bot.analysis.linear_model import LinearModel
from bot.analysis.policy_type import find_policy_type
from bot.analysis.policy_type_fallback import MODEL, fallback_features
from bot.analysis.prepared_text import prepare
from bot.models import Article

GRID = (0.3, 1.0, 3.0, 10.0)
OUT = Path(__file__).resolve().parent.parent / "bot" / "analysis" / "learned" / f"{MODEL}.json"


Row = dict[str, float]


def rows() -> tuple[list[Row], list[str], list[str], list[int]]:
    """(features, gold types, the rules' types, folds) of the gold-relevant dev articles."""
    x: list[Row] = []
    y, rules, folds = [], [], []
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
        x.append(features)
        y.append(row["gold"]["policy_type"])
        rules.append(find_policy_type(prepare(title, text), language)[0])
        folds.append(fold_of(row["gold"]["story"]))
    return x, y, rules, folds


def fit(x: Sequence[Row], y: Sequence[str], c: float, trained_on: str = "") -> LinearModel:
    return fit_linear(MODEL, x, y, [f"e{i}" for i in range(len(x[0]))], c=c, trained_on=trained_on)


def predict(model: LinearModel, x: Sequence[Row]) -> list[str]:
    return [max(p, key=lambda k: p[k]) for p in map(model.probabilities, x)]


def out_of_fold(x: Sequence[Row], y: Sequence[str], folds: Sequence[int], c: float,
                keep: Sequence[bool]) -> list[str]:
    """Each row of `keep` typed by a model fitted on the other folds' rows of `keep` ("" elsewhere)."""
    pred = [""] * len(y)
    for k in sorted({f for f, kept in zip(folds, keep, strict=True) if kept}):
        train = [i for i in range(len(y)) if keep[i] and folds[i] != k]
        test = [i for i in range(len(y)) if keep[i] and folds[i] == k]
        model = fit([x[i] for i in train], [y[i] for i in train], c)
        for i, p in zip(test, predict(model, [x[i] for i in test]), strict=True):
            pred[i] = p
    return pred


def right(pred: Sequence[str], y: Sequence[str], rules: Sequence[str], keep: Sequence[bool] | None = None) -> float:
    """Accuracy of the rules with `pred` where they say `other` (over `keep`'s rows)."""
    idx = [i for i in range(len(y)) if keep is None or keep[i]]
    return sum((pred[i] if rules[i] == "other" else rules[i]) == y[i] for i in idx) / len(idx) if idx else 0.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="print the figures, write nothing")
    args = parser.parse_args(argv)
    x, y, rules, folds = rows()
    other = [r == "other" for r in rules]
    rules_right = right(rules, y, rules)
    print(f"{len(y)} relevant dev articles; the rules say other for {sum(other)}, "
          f"of which {sum(1 for o, g in zip(other, y, strict=True) if o and g == 'other')} are other")
    print(f"rules (in-sample): {rules_right:.3f}")
    oof = {c: out_of_fold(x, y, folds, c, [True] * len(y)) for c in GRID}
    for c, pred in oof.items():
        hits = sum(1 for i in range(len(y)) if other[i] and pred[i] == y[i])
        print(f"C={c}: out of fold {right(pred, y, rules):.3f} with the fallback ({hits} of {sum(other)} right); "
              f"the model alone {sum(p == g for p, g in zip(pred, y, strict=True)) / len(y):.3f}")
    nested = [""] * len(y)
    for k in range(FOLDS):
        inner = [f != k for f in folds]
        best = max(GRID, key=lambda c: right(out_of_fold(x, y, folds, c, inner), y, rules, inner))
        test = [i for i in range(len(y)) if folds[i] == k]
        model = fit([x[i] for i in range(len(y)) if inner[i]], [y[i] for i in range(len(y)) if inner[i]], best)
        for i, p in zip(test, predict(model, [x[i] for i in test]), strict=True):
            nested[i] = p
    figure = right(nested, y, rules)
    print(f"nested: {figure:.3f} against the rules' {rules_right:.3f}")
    if args.check:
        return 0
    if figure <= rules_right:
        print("the fallback does not beat the rules: nothing written")
        return 1
    c = max(GRID, key=lambda c: right(oof[c], y, rules))
    trained_on = (f"real dev split, {len(y)} relevant articles, C={c}; bench/train_policy_type_fallback.py: "
                  f"nested out of fold {figure:.3f} against the rules' {rules_right:.3f} (in-sample)")
    OUT.write_text(json.dumps(fit(x, y, c, trained_on).model_dump(mode="json"), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT} (C={c})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
