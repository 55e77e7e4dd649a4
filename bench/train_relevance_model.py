"""Relevance weighed by a learned model over the rules' own signals, measured out of fold on dev, and shipped
(bot/analysis/learned/relevance.json) only if it beats the rules there.

    python bench/train_relevance_model.py               # the figures; ships nothing unless the model wins
    python bench/train_relevance_model.py --floor 0.955 # what shipped: chosen a little above the target

Every dev article is read as `analyze` reads it (its lead, its detected language) by
`relevance.relevance_features`. Settings (feature set, C, class balance) and the decision bar are chosen on the
grouped folds (bench/learn.py) to maximise F1 with precision at least `--floor` (by default the rules' own
precision on dev). Two figures are printed: the chosen settings' out-of-fold figure (settings chosen on the
same folds, so slightly flattering) and a nested one (each fold's settings chosen on the other four alone),
which is the honest one. The model ships only if both beat the rules' dev F1 and the nested precision
reaches `--target` (0.95, the product's precision target, issue 11). Precision chosen at a floor slips a
little when each fold's settings come from the other folds, so the shipped model is chosen at `--floor
0.955`: nested P 0.960 R 0.931 F1 0.945 against the rules' 0.967 / 0.890 / 0.927 in-sample (692 dev
articles). The rules sit above the target and miss one relevant article in nine, mostly capped for a
missing cue class; the model keeps precision on target and misses one in fourteen. Where the rules decide
anyway (`relevance.rules_keep`) is applied in every figure. What it learned is blunt: at C=0.03 and the
lowest bar it lifts every article the rules capped only for a missing talent cue (a state acting on moves
across borders, no negative family), which on dev are relevant 19 times in 23. Training only: never
read by the bot.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from learn import FOLDS, fit_linear, fold_of, grouped_predictions

from bot.analysis.analyzer import _lead  # what analyze reads of a long page
from bot.analysis.language_detection import detect_language
from bot.analysis.linear_model import LinearModel
from bot.analysis.relevance import CORE_FEATURES, FEATURES, THRESHOLD, relevance_features, rules_keep

ROOT = Path(__file__).parent.parent
DEV = ROOT / "bench" / "data" / "real" / "dev.jsonl"
OUT = ROOT / "bot" / "analysis" / "learned" / "relevance.json"
# The rules' score, its parts (class strengths, the score before the cap and before the penalties, the
# penalties, the best sentence's and the headline's class counts) and which class is missing: the few signals
# the hand-set formula adds up. FEATURES adds each instrument, penalty family and headline cue (47 in all).
SUMS = tuple(f for f in CORE_FEATURES if f != "doc_min")  # what the bot computes on every scoring
FEATURE_SETS: Mapping[str, Sequence[str]] = {"sums": SUMS, "all": FEATURES}
CS = (0.03, 0.1, 0.3, 1.0, 3.0)
BARS = tuple(round(-3.0 + 0.05 * i, 2) for i in range(121))  # decision bars tried, on the logit scale


def read_dev() -> tuple[list[Mapping[str, float]], np.ndarray, list[str]]:
    rows, gold, stories = [], [], []
    for line in DEV.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        title, text = a.get("title") or "", _lead(a.get("text") or "")
        language = a.get("language") or "en"
        if language.lower().startswith("en"):
            language = detect_language(f"{title}\n{text}", default=language)  # as analyze does
        rows.append(relevance_features(title, text, language))
        gold.append(bool(a["gold"]["relevant"]))
        stories.append(str(a["gold"].get("story") or f"id:{a['id']}"))
    return rows, np.array(gold), stories


def prf(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & gold).sum())
    p = tp / max(1, int(pred.sum()))
    r = tp / max(1, int(gold.sum()))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def rules_decide(rows: Sequence[Mapping[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Which rows the rules decide whatever the model says (no state acting, nothing crossing a border, or a
    negative family's penalty: `relevance.rules_keep`), and the rules' decision for every row."""
    return (np.array([rules_keep(r) for r in rows], dtype=bool),
            np.array([r.get("rule", 0.0) >= THRESHOLD for r in rows], dtype=bool))


def decide(z: np.ndarray, bar: float, ruled: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    mask, rules = ruled
    return np.where(mask, rules, z >= bar)


def best_bar(
    z: np.ndarray, gold: np.ndarray, floor: float, ruled: tuple[np.ndarray, np.ndarray]
) -> tuple[float, tuple[float, float, float]] | None:
    """The bar with the best F1 among those with precision >= floor (ties: the lowest bar)."""
    found = [(bar, prf(decide(z, bar, ruled), gold)) for bar in BARS]
    ok = [(bar, f) for bar, f in found if f[0] >= floor]
    return max(ok, key=lambda bf: bf[1][2]) if ok else None


Setting = tuple[str, float, bool]


def out_of_fold(rows: Sequence[Mapping[str, float]], gold: np.ndarray, stories: Sequence[str], setting: Setting) -> np.ndarray:
    """Each row's decision value from the model fitted without its story's fold."""
    name, c, balanced = setting
    labels = ["yes" if g else "no" for g in gold]
    models = grouped_predictions(
        rows, labels, stories, lambda xs, ys: fit_linear("relevance", xs, ys, FEATURE_SETS[name], c=c, balanced=balanced)
    )
    return np.array([models[fold_of(s)].decision(r)[0] for r, s in zip(rows, stories, strict=True)])


def choose(
    rows: Sequence[Mapping[str, float]], gold: np.ndarray, stories: Sequence[str], floor: float
) -> tuple[Setting, float, tuple[float, float, float]] | None:
    """The setting and bar with the best out-of-fold F1 at precision >= floor."""
    best: tuple[Setting, float, tuple[float, float, float]] | None = None
    for name in FEATURE_SETS:
        for c in CS:
            for balanced in (False, True):
                found = best_bar(out_of_fold(rows, gold, stories, (name, c, balanced)), gold, floor, rules_decide(rows))
                if found and (best is None or found[1][2] > best[2][2]):
                    best = ((name, c, balanced), found[0], found[1])
    return best


def nested(rows: Sequence[Mapping[str, float]], gold: np.ndarray, stories: Sequence[str], floor: float) -> np.ndarray:
    """Each fold predicted with the setting and bar chosen on the other four folds alone (inner folds: theirs)."""
    folds = np.array([fold_of(s) for s in stories])
    pred = np.zeros(len(rows), dtype=bool)
    for k in range(FOLDS):
        inner = [i for i in range(len(rows)) if folds[i] != k]
        sub_rows, sub_gold, sub_stories = [rows[i] for i in inner], gold[inner], [stories[i] for i in inner]
        chosen = choose(sub_rows, sub_gold, sub_stories, floor)
        test = [i for i in range(len(rows)) if folds[i] == k]
        if chosen is None:  # nothing reaches the floor: the fold keeps the rules' decisions
            pred[test] = rules_decide([rows[i] for i in test])[1]
            continue
        (name, c, balanced), bar, _ = chosen
        labels = ["yes" if g else "no" for g in sub_gold]
        model = fit_linear("relevance", sub_rows, labels, FEATURE_SETS[name], c=c, balanced=balanced)
        z = np.array([model.decision(rows[i])[0] for i in test])
        pred[test] = decide(z, bar, rules_decide([rows[i] for i in test]))
        print(f"  nested fold {k}: chose {name} C={c} balanced={balanced} bar={bar}", file=sys.stderr)
    return pred


def per_fold(pred: np.ndarray, gold: np.ndarray, folds: np.ndarray) -> str:
    return "  ".join(
        "P {:.3f} F1 {:.3f}".format(*prf(pred[folds == k], gold[folds == k])[0::2]) for k in range(FOLDS)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--floor", type=float, default=None, help="precision floor (default: the rules' own)")
    parser.add_argument("--target", type=float, default=0.95, help="nested precision needed to ship")
    args = parser.parse_args(argv)
    rows, gold, stories = read_dev()
    folds = np.array([fold_of(s) for s in stories])
    rules = np.array([r.get("rule", 0.0) >= THRESHOLD for r in rows])
    rp, rr, rf = prf(rules, gold)
    floor = rp if args.floor is None else args.floor
    print(f"dev: {len(rows)} articles, {int(gold.sum())} relevant; precision floor {floor:.3f}")
    print(f"rules (in-sample)        P {rp:.3f} R {rr:.3f} F1 {rf:.3f}   per fold: {per_fold(rules, gold, folds)}")
    chosen = choose(rows, gold, stories, floor)
    if chosen is None:
        print("learned: no setting reaches the precision floor out of fold; not shipped")
        return 0
    setting, bar, (p, r, f) = chosen
    oof = decide(out_of_fold(rows, gold, stories, setting), bar, rules_decide(rows))
    print(f"learned, out of fold     P {p:.3f} R {r:.3f} F1 {f:.3f}   per fold: {per_fold(oof, gold, folds)}"
          f"   ({setting[0]}, C={setting[1]}, balanced={setting[2]}, bar {bar})")
    honest = nested(rows, gold, stories, floor)
    np_, nr, nf = prf(honest, gold)
    print(f"learned, nested          P {np_:.3f} R {nr:.3f} F1 {nf:.3f}   per fold: {per_fold(honest, gold, folds)}")
    if min(f, nf) > rf and np_ >= args.target:
        trained_on = (f"bench/train_relevance_model.py on bench/data/real/dev.jsonl ({len(rows)} articles, all of dev); "
                      f"{FOLDS} folds by story: out of fold P {p:.3f} R {r:.3f} F1 {f:.3f}, nested F1 {nf:.3f}, "
                      f"nested P {np_:.3f} R {nr:.3f}; rules in-sample P {rp:.3f} R {rr:.3f} F1 {rf:.3f}; precision floor {floor:.3f}")
        write(fit_all(rows, gold, setting, bar, trained_on), OUT)
        print(f"shipped: {OUT}")
    else:
        print("learned does not beat the rules out of fold at the precision target: not shipped")
    return 0


def fit_all(rows: Sequence[Mapping[str, float]], gold: np.ndarray, setting: Setting, bar: float, trained_on: str) -> LinearModel:
    """The model fitted on all of dev, its bar folded into the intercept (relevant at decision >= 0, that is
    at probability >= 0.5, the bot's THRESHOLD)."""
    name, c, balanced = setting
    labels = ["yes" if g else "no" for g in gold]
    model = fit_linear("relevance", rows, labels, FEATURE_SETS[name], c=c, balanced=balanced, trained_on=trained_on)
    return model.model_copy(update={"intercept": (model.intercept[0] - bar,)})


def write(model: LinearModel, path: Path) -> None:
    path.write_text(json.dumps(model.model_dump(mode="json"), indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
