"""Fit the thread-answer model (bot/analysis/learned/answer.json) on the real dev split.

    python bench/train_answer_model.py            # choose C and the bar by grouped CV, fit on all of dev, write
    python bench/train_answer_model.py --check    # the CV figures only, nothing written

Every dev question (as bench/quality.py asks them: the article and its cluster's other members) is put
to the rules (`ranking._candidates`): each candidate sentence gets the features of
`bot.analysis.qa.evidence` and the label "its quote holds the expected answer phrase" (any accepted
wording, as bench/quality.py judges). A logistic regression learns which candidate quotes the answer; the
rules still choose and order the candidates, and the model decides whether their best one is given (at
or above a bar) or the question is refused (`ranking._weigh`). C, the class weighting and the bar are
chosen to maximise the out-of-fold qa_acc (answerable questions answered with the expected phrase,
unanswerable ones refused; each fold's questions answered by a model fitted on the other folds, folds
grouped by gold story), refusing at least MIN_REFUSALS of the unanswerable questions, among the settings
under which the product's pinned behaviours hold: the tests of PINNED (the product's requirements: the
report's own statement quoted before a quoted one, "Who does this affect?" answered, a question about
what the sources never mention refused...) must pass with the model fitted on all of dev at that bar.
They only rule settings out; the figure kept is the out-of-fold one. The figure printed for the rules is
theirs as shipped (in-sample on dev: they were tuned on it).

A question in English about an article in another language is answered by `across` when it finds the
kind of fact asked for: the model then only decides the line added from the other outlets in English.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # bench/ is scripts, not a package
from learn import FOLDS, fit_linear, fold_of
from quality import load, norm, questions_of

from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.linear_model import LinearModel
from bot.analysis.normalization import clean_line
from bot.analysis.qa import across, ranking
from bot.analysis.qa.evidence import FEATURES, features
from bot.analysis.qa.quotes import _excerpt, _quote
from bot.analysis.qa.sources import MENTION, QADocument
from bot.models import Answer, Article

ROOT = Path(__file__).parent.parent
OUT = ROOT / "bot" / "analysis" / "learned" / "answer.json"
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
BARS = tuple(round(0.02 * k, 2) for k in range(1, 50))
MIN_REFUSALS = 0.8  # a bar refusing fewer unanswerable questions than this is not considered
RULES_BAR = 0.45  # the rules' confidence bar as shipped before the model (ranking.ANSWER_CONFIDENCE)
# The tests pinning what the product answers and refuses (see the module's docstring).
PINNED = ("tests/bot/test_qa.py", "tests/bot/analysis/test_qa_kinds.py", "tests/bot/analysis/qa/test_ranking.py",
          "tests/bot/analysis/qa/test_across.py", "tests/bot/analysis/qa/test_quotes.py",
          "tests/bot/analysis/qa/test_bridge.py", "tests/bot/test_llm.py")


@dataclass
class Case:
    story: str
    shown: str
    expected: str | None  # normalised; None: the sources cannot answer
    found: ranking._Candidates | None  # the candidates the deciding ranking sees
    across_text: str | None  # across languages: the quotes `across` gives (answered whatever the model says)


def _documents(articles: Sequence[dict[str, Any]]) -> list[tuple[dict[str, Any], list[QADocument]]]:
    """Each relevant article with the documents bench/quality.py answers it from."""
    batch = BatchAnalyzer()
    analysed = batch.analyze_all((Article.model_validate(a) for a in articles), jobs=1)
    records = {article.id: record for article, (record, _, _) in analysed}
    by_id = {a["id"]: a for a in articles}
    out = []
    for a in articles:
        if a["gold"]["relevant"]:
            members = batch.members[records[a["id"]].cluster]
            out.append((a, [QADocument(id=i, url=by_id[i].get("url"), title=by_id[i]["title"],
                                       text=article_text(Article.model_validate(by_id[i])))
                            for i in [a["id"], *[m for m in members if m != a["id"]]]]))
    return out


def _case(story: str, question: str, expected: str | None, docs: list[QADocument]) -> Case:
    """Which ranking decides the answer, as `answer.answer_question` routes the question."""
    shown = clean_line(MENTION.sub(" ", question))
    languages = [across._document_language(d.title, d.text) for d in docs]
    if shown and docs and across._foreign(shown, languages[0]):
        calls: list[Sequence[QADocument]] = []

        def record(_shown: str, documents: Sequence[QADocument]) -> Answer:
            calls.append(documents)
            return Answer(answered=False, answer="")

        saved = across._answer_same_language
        across._answer_same_language = record
        try:
            xl = across._answer_across(shown, docs, languages)
        finally:
            across._answer_same_language = saved
        if xl.answered:  # `across` found the kind of fact; the model decides the other outlets' line
            native = [d for d, lang in zip(docs, languages, strict=True) if not across._foreign(shown, lang)]
            return Case(story, shown, expected, ranking._candidates(shown, native) if native else None, norm(xl.answer))
    return Case(story, shown, expected, ranking._candidates(shown, docs), None)


def cases(cache: Path | None) -> list[Case]:
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            loaded: list[Case] = pickle.load(fh)  # noqa: S301 (our own cache)
            return loaded
    out = [_case(str(a["gold"].get("story") or f"id:{a['id']}"), question, None if answer is None else norm(answer), docs)
           for a, docs in _documents(load("dev")) for question, answer in questions_of(a["gold"])]
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(out, fh)
    return out


def rows_of(case: Case) -> list[tuple[dict[str, float], str]]:
    """(features, label) of each candidate of a question."""
    found = case.found
    if found is None or found.gated or found.about is None:
        return []
    q = found.question
    return [(dict(features(sig, rank, found.confidences[rank], found.about)),
             "yes" if case.expected is not None and case.expected in norm(_excerpt(s.text, q)) else "no")
            for rank, (_, s, sig) in enumerate(found.scored)]


@dataclass(frozen=True)
class Outcome:
    top: float  # the deciding ranking's best probability (-1: nothing to rank)
    right_if_answered: bool
    right_if_refused: bool


def outcome(case: Case, model: LinearModel | None) -> Outcome:
    """What the question gets from `model` (None: the rules as shipped), for any bar."""
    found = case.found
    if found is None:
        ranked = None
        top = -1.0
    elif model is None:
        kept = [(score, s) for score, s, _ in found.scored]
        ranked = ranking._Ranked(found.question, kept, found.lexical) if not found.gated \
            else ranking._Ranked(found.question, [], [])
        top = found.confidences[0] if kept and not found.gated else -1.0
    else:
        ranked = ranking._weigh(found, model, -1.0)
        top = ranking.answer_probability(found, model)  # (-1, below every bar: a weak date, nothing to rank)
    answer = _quote(case.shown, ranked)
    if case.across_text is not None:  # always answered; the other outlets' line only when the bar is met
        extra = norm(answer.answer.split("\n")[0]) if answer.answered else ""
        hit = case.expected is not None and (case.expected in case.across_text)
        hit_extra = case.expected is not None and case.expected in extra
        return Outcome(top, hit or hit_extra, hit)  # "refused" here: the extra line is left out
    hit = case.expected is not None and answer.answered and case.expected in norm(answer.answer)
    return Outcome(top, hit, case.expected is None)


def score(outcomes: Sequence[Outcome], all_cases: Sequence[Case], bar: float) -> tuple[float, float, float]:
    """(qa_acc, answerable accuracy, refusal accuracy) at `bar`."""
    right = answerable = answerable_right = unanswerable = refused_right = 0
    for o, c in zip(outcomes, all_cases, strict=True):
        ok = o.right_if_answered if o.top >= bar else o.right_if_refused
        right += ok
        if c.expected is None:
            unanswerable += 1
            refused_right += ok
        else:
            answerable += 1
            answerable_right += ok
    return right / len(all_cases), answerable_right / max(1, answerable), refused_right / max(1, unanswerable)


def fit(all_cases: Sequence[Case], c: float, balanced: bool, trained_on: str = "") -> LinearModel:
    rows = [r for case in all_cases for r in rows_of(case)]
    return fit_linear("answer", [x for x, _ in rows], [y for _, y in rows], FEATURES, c=c, balanced=balanced,
                      trained_on=trained_on)


def out_of_fold(all_cases: Sequence[Case], c: float, balanced: bool) -> list[Outcome]:
    folds = [fold_of(case.story) for case in all_cases]
    models = [fit([case for case, f in zip(all_cases, folds, strict=True) if f != k], c, balanced) for k in range(FOLDS)]
    return [outcome(case, models[f]) for case, f in zip(all_cases, folds, strict=True)]


class _Shipped:
    """A pytest plugin answering with `model` at `bar` as if they were shipped."""

    def __init__(self, model: LinearModel, bar: float) -> None:
        self.model, self.bar = model, bar

    def pytest_configure(self, config: object) -> None:
        ranking.load = lambda _name: self.model  # type: ignore[assignment]
        ranking.ANSWER_PROBABILITY = self.bar


def pinned_hold(model: LinearModel, bar: float) -> bool:
    """Whether every test of PINNED passes with `model` and `bar` shipped."""
    saved = ranking.load, ranking.ANSWER_PROBABILITY
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            code = pytest.main(["-q", "-x", "-p", "no:cacheprovider", *[str(ROOT / t) for t in PINNED]],
                               plugins=[_Shipped(model, bar)])
    finally:
        ranking.load, ranking.ANSWER_PROBABILITY = saved
    return code == 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="print the CV figures, write nothing")
    parser.add_argument("--cache", type=Path, help="pickle of the dev candidates (made if missing)")
    args = parser.parse_args(argv)
    all_cases = cases(args.cache)
    folds = [fold_of(case.story) for case in all_cases]

    def per_fold(outcomes: Sequence[Outcome], bar: float) -> list[float]:
        return [round(score([o for o, f in zip(outcomes, folds, strict=True) if f == k],
                            [c for c, f in zip(all_cases, folds, strict=True) if f == k], bar)[0], 3)
                for k in range(FOLDS)]

    rules = [outcome(case, None) for case in all_cases]
    acc, ans, ref = score(rules, all_cases, RULES_BAR)
    print(f"rules (in-sample): qa_acc {acc:.3f} answers {ans:.3f} refusals {ref:.3f} folds {per_fold(rules, RULES_BAR)}",
          file=sys.stderr)
    runs = {(c, balanced): out_of_fold(all_cases, c, balanced) for balanced in (False, True) for c in C_GRID}

    full: dict[tuple[float, bool], LinearModel] = {}
    holds: dict[tuple[float, bool, float], bool] = {}

    def feasible(c: float, balanced: bool, bar: float) -> bool:
        """Whether the pinned behaviours hold with the model fitted on all of dev at this setting."""
        if (c, balanced) not in full:
            full[(c, balanced)] = fit(all_cases, c, balanced)
        if (c, balanced, bar) not in holds:
            holds[(c, balanced, bar)] = pinned_hold(full[(c, balanced)], bar)
        return holds[(c, balanced, bar)]

    def choose(keep: Sequence[bool]) -> tuple[float, float, bool, float]:
        """The setting (C, balanced, bar) with the best out-of-fold qa_acc on the questions kept, among
        those under which the pinned behaviours hold."""
        kept = [c for c, k in zip(all_cases, keep, strict=True) if k]
        options = []
        for (c, balanced), oof in runs.items():
            mine = [o for o, k in zip(oof, keep, strict=True) if k]
            for bar in BARS:
                acc, _, ref = score(mine, kept, bar)
                if ref >= MIN_REFUSALS:
                    options.append((acc, c, balanced, bar))
        # ties: the stronger penalty, the lower bar
        for option in sorted(options, key=lambda o: (-o[0], o[1], not o[2], o[3])):
            if feasible(*option[1:]):
                return option
        raise SystemExit("no setting keeps the pinned behaviours")

    for (c, balanced), oof in runs.items():
        acc, bar = max(((score(oof, all_cases, b)[0], b) for b in BARS if score(oof, all_cases, b)[2] >= MIN_REFUSALS),
                       default=(0.0, 1.0))
        _, ans, ref = score(oof, all_cases, bar)
        print(f"C={c} balanced={balanced}: out-of-fold qa_acc {acc:.3f} answers {ans:.3f} refusals {ref:.3f} "
              f"at bar {bar} folds {per_fold(oof, bar)}", file=sys.stderr)
    acc, c, balanced, bar = choose([True] * len(all_cases))
    oof = runs[(c, balanced)]
    _, ans, ref = score(oof, all_cases, bar)
    # Nested: each fold answered with the setting chosen on the other folds' out-of-fold answers.
    nested: list[Outcome] = list(oof)
    for k in range(FOLDS):
        _, ck, bk, bark = choose([f != k for f in folds])
        # (each fold's outcomes with its own setting; its bar moved to 0 so one bar scores them all)
        nested = [Outcome(o.top - bark, o.right_if_answered, o.right_if_refused) if f == k else n
                  for n, o, f in zip(nested, runs[(ck, bk)], folds, strict=True)]
    n_acc, n_ans, n_ref = score(nested, all_cases, 0.0)
    rules_acc = score(rules, all_cases, RULES_BAR)[0]
    summary = (f"python bench/train_answer_model.py; real dev split, {len(all_cases)} questions; C={c} "
               f"balanced={balanced} bar={bar} (the best out-of-fold setting keeping the pinned tests); out-of-fold (5 folds by story) qa_acc {acc:.3f}, answers {ans:.3f}, "
               f"refusals {ref:.3f} (folds {per_fold(oof, bar)}; with C and the bar also chosen per fold on the "
               f"others' out-of-fold answers, from models that saw the fold, so not fully nested: {n_acc:.3f}, "
               f"{n_ans:.3f}, {n_ref:.3f}); rules on dev (in-sample) {rules_acc:.3f}")
    print(summary, file=sys.stderr)
    if args.check:
        return 0
    if min(acc, n_acc) <= rules_acc:
        print("the model does not beat the rules out of fold: nothing written", file=sys.stderr)
        return 1
    if abs(bar - ranking.ANSWER_PROBABILITY) > 1e-9:
        # The bar is the bot's constant: writing weights chosen for another bar would ship a pair never measured.
        print(f"the chosen bar is {bar} but ranking.ANSWER_PROBABILITY is {ranking.ANSWER_PROBABILITY}: set it "
              "and run again; nothing written", file=sys.stderr)
        return 1
    model = fit(all_cases, c, balanced, trained_on=summary)
    OUT.write_text(json.dumps(model.model_dump(mode="json"), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
