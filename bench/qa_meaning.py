"""Choosing the meaning fallback's settings (bot/analysis/qa/meaning.py) by cross-validation on the real
dev split grouped by story (bench/learn.py's folds), with the nested out-of-fold figure (dev only: it never
reads the held-out split).

    python bench/qa_meaning.py [--jobs 2]

The fallback only ever answers a question the rules refused about an article in another language than
the question's, so only those are asked again under each setting (with the sentences' vectors kept
between settings); every other answer is the rules'. For each outer fold the setting is chosen on the other four
(qa_acc, ties to the stricter setting) and scored on it; the figure printed last is the nested one.

Not shipped: reordering the near-tied candidates of an answered question across languages by their cosine
with the question (score + w x best x cosine, within a ratio of the best) gained at most 4 questions on
all of dev (qa_acc 0.6412 at w 0.5), and chosen per fold it lowered the nested figure (0.6466 with the
fallback, against 0.6479 without): the folds disagreed on the weight.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from bench.learn import FOLDS, fold_of
from bench.quality import load, norm, questions_of
from bot.analysis import embed
from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.qa import QADocument, answer_question, meaning
from bot.analysis.qa.across import _document_language, _foreign
from bot.models import Article

MARGINS = (0.05, 0.07, 0.1, 0.13, 0.16, 0.2)
FLOORS = (0.0, 0.3)
# Fewer than 8 sentences break pinned tests (tests/bot/analysis/qa/test_bridge.py: short articles whose
# one sentence stands out but must not answer); on the real dev set 2 (no minimum) scored qa_acc 0.6486 at
# a margin of 0.07, 8 scored 0.6473 (nested over a grid with 2 in it: 0.6459).
MIN_SENTENCES = (8, 12, 16)
OFF = (9.0, 0.0, 8)  # a margin no cosine reaches: the rules alone


def cases(jobs: int) -> list[dict[str, Any]]:
    """Each dev question with its story, expected phrase (None: unanswerable) and documents."""
    articles = load("dev")
    batch = BatchAnalyzer()
    analysed = batch.analyze_all((Article.model_validate(a) for a in articles), jobs=jobs)
    records = {article.id: record for article, (record, _, _) in analysed}
    by_id = {a["id"]: a for a in articles}
    out: list[dict[str, Any]] = []
    for a in articles:
        if not a["gold"]["relevant"]:
            continue
        members = batch.members[records[a["id"]].cluster]
        docs = [QADocument(id=i, url=by_id[i].get("url"), title=by_id[i]["title"],
                           text=article_text(Article.model_validate(by_id[i])))
                for i in [a["id"], *[m for m in members if m != a["id"]]]]
        for question, expected in questions_of(a["gold"]):
            out.append({"story": a["gold"]["story"], "question": question, "docs": docs,
                        "expected": norm(expected) if expected is not None else None})
    return out


def right(case: dict[str, Any]) -> tuple[bool, bool]:
    """(right, answered) as bench/quality.py's QAScore counts it."""
    answer = answer_question(case["question"], case["docs"])
    if case["expected"] is None:
        return not answer.answered, answer.answered
    return answer.answered and case["expected"] in norm(answer.answer), answer.answered


def figures(cases_: Sequence[dict[str, Any]], ok: Sequence[bool], keep: Sequence[int]) -> dict[str, float]:
    idx = list(keep)
    answerable = [i for i in idx if cases_[i]["expected"] is not None]
    unanswerable = [i for i in idx if cases_[i]["expected"] is None]
    return {"qa_acc": round(sum(ok[i] for i in idx) / len(idx), 4),
            "answers": round(sum(ok[i] for i in answerable) / len(answerable), 4),
            "refusals": round(sum(ok[i] for i in unanswerable) / len(unanswerable), 4)}


def _keep_vectors() -> None:
    """The same sentences are embedded under every setting: once is enough (a bench-only memo)."""
    original = embed.vectors
    memo: dict[str, Any] = {}

    def vectors(texts: Sequence[str]) -> Any:
        missing = [t for t in dict.fromkeys(texts) if t not in memo]
        if missing:
            found = original(missing)
            if found is None:
                return None
            memo.update(zip(missing, found, strict=True))
        return np.stack([memo[t] for t in texts]) if texts else original(texts)

    embed.vectors = vectors  # type: ignore[assignment]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    all_cases = cases(args.jobs)
    _keep_vectors()
    saved = (meaning.MEANING_MARGIN, meaning.MEANING_FLOOR, meaning.MEANING_MIN_SENTENCES)

    def run(setting: tuple[float, float, int], which: Sequence[int]) -> dict[int, tuple[bool, bool]]:
        meaning.MEANING_MARGIN, meaning.MEANING_FLOOR, meaning.MEANING_MIN_SENTENCES = setting
        try:
            return {i: right(all_cases[i]) for i in which}
        finally:
            meaning.MEANING_MARGIN, meaning.MEANING_FLOOR, meaning.MEANING_MIN_SENTENCES = saved

    everyone = range(len(all_cases))
    rules = run(OFF, everyone)
    refused = [i for i in everyone if not rules[i][1] and _foreign(
        all_cases[i]["question"], _document_language(all_cases[i]["docs"][0].title, all_cases[i]["docs"][0].text))]
    print(f"{len(refused)} refused questions about an article in another language", file=sys.stderr)
    grid = [OFF, *itertools.product(MARGINS, FLOORS, MIN_SENTENCES)]
    if saved not in grid:
        grid.append(saved)
    outcome: dict[tuple[float, float, int], list[bool]] = {}
    for setting in grid:
        again = run(setting, refused) if setting != OFF else {}
        outcome[setting] = [again.get(i, rules[i])[0] for i in everyone]
        print(setting, figures(all_cases, outcome[setting], everyone), file=sys.stderr)
    folds = [fold_of(c["story"]) for c in all_cases]
    nested = [False] * len(all_cases)
    for k in range(FOLDS):
        train = [i for i in everyone if folds[i] != k]
        # Ties go to the stricter setting: a larger margin, floor and minimum.
        best = max(grid, key=lambda s: (sum(outcome[s][i] for i in train), s[0], s[1], s[2]))
        print(f"fold {k}: {best}", file=sys.stderr)
        for i in everyone:
            if folds[i] == k:
                nested[i] = outcome[best][i]
    print("rules", figures(all_cases, outcome[OFF], everyone))
    print("shipped", saved, figures(all_cases, outcome[saved], everyone))
    print("nested OOF", figures(all_cases, nested, everyone))
    return 0


if __name__ == "__main__":
    sys.exit(main())
