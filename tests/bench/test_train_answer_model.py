"""bench/train_answer_model.py: the rows the gate is fitted on, the folds by story, the choice of a setting
(plain and nested), the one-way gate as the script scores it, and the model it writes. Small invented
questions: the training itself (all of dev, minutes) is not run here."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.linear_model import LinearModel
from bot.analysis.qa import QADocument, ranking
from bot.analysis.qa.evidence import FEATURES
from tests.bench.conftest import load_bench

train = load_bench("train_answer_model")

FEE = QADocument(id="f", title="Country F raises its visa fee",
                 text="The application fee for the skilled worker visa rises to 1,200 euros in May. "
                      "Officials said the change was overdue.")
GRANTS = QADocument(id="d", title="Country D to screen research grants",
                    text="The rules, an official said in a press briefing 16 January, could apply to thousands of "
                         "grant applications.")
QUESTION = "How much is the visa fee?"


def _case(story: str, expected: str | None, *, unsure: bool = False, question: str = QUESTION,
          doc: QADocument = FEE) -> Any:
    """A question as the script reads it; `unsure`: the rules' confidence lowered below their bar."""
    case = train._case(story, question, None if expected is None else train.norm(expected), [doc])
    if unsure:
        found = case.found
        case = dataclasses.replace(case, found=dataclasses.replace(found, confidences=(0.1,) * len(found.confidences)))
    return case


class _NeverAsked(LinearModel):
    def probability(self, x: object) -> float:
        raise AssertionError("the model was asked where the rules answer")


def _model(intercept: float) -> LinearModel:
    """A model of the shipped shape whose probability is the logistic of `intercept` for every candidate."""
    n = len(FEATURES)
    return LinearModel(name="answer", features=FEATURES, classes=("no", "yes"), mean=(0.0,) * n, scale=(1.0,) * n,
                       coef=((0.0,) * n,), intercept=(intercept,))


def _outcome(rules: bool, top: float, answered: bool, refused: bool) -> Any:
    return train.Outcome(rules, top, answered, refused)


def _stories(count: int) -> list[str]:
    stories = [f"story-{i}" for i in range(count)]
    assert {train.fold_of(s) for s in stories} == set(range(train.FOLDS))  # every fold has some
    return stories


# ---------------------------------------------------------------- the rows the gate is fitted on


def test_the_rows_are_the_rules_best_candidate_and_refused_keeps_only_what_the_rules_refuse() -> None:
    sure, unsure = _case("a", "1,200 euros"), _case("a", "1,200 euros", unsure=True)
    assert ranking.rules_answer(sure.found) and not ranking.rules_answer(unsure.found)
    (row, label), = train.rows_of(sure, "top")
    assert tuple(row) == FEATURES and label == "yes" and row["rule_top"] == 1.0  # the best candidate, rank 0
    assert train.rows_of(sure, "refused") == []  # the rules answer it: never the gate's to judge
    assert [lab for _, lab in train.rows_of(unsure, "refused")] == ["yes"]
    assert [lab for _, lab in train.rows_of(_case("a", "2,000 euros", unsure=True), "refused")] == ["no"]
    assert [lab for _, lab in train.rows_of(_case("a", None, unsure=True), "top")] == ["no"]  # unanswerable


def test_nothing_is_a_row_where_the_gate_may_not_give_an_answer() -> None:
    gated = _case("g", "1,200 euros", question="How much does France charge for the visa?")
    assert gated.found.gated
    weak = _case("w", "16 January", question="When does the policy start applying to grant applications?", doc=GRANTS)
    assert weak.found.scored and ranking.answer_probability(weak.found, _model(5.0)) == -1.0  # weakly stated date
    nothing = train.Case("n", "", None, None, None)
    for case in (gated, weak, nothing):
        assert train.rows_of(case, "top") == [] and train.rows_of(case, "refused") == []


def test_a_setting_fits_on_its_rows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = [_case("a", "1,200 euros"), _case("b", "1,200 euros", unsure=True), _case("c", "9 euros", unsure=True)]
    seen: list[list[str]] = []

    def fit_linear(name: str, rows: Any, labels: Any, features: Any, **options: Any) -> str:
        assert name == ranking.MODEL and tuple(features) == FEATURES
        assert options == {"c": 0.3, "balanced": True, "trained_on": ""}
        seen.append(list(labels))
        return "model"

    monkeypatch.setattr(train, "fit_linear", fit_linear)
    train.fit(cases, (0.3, True, "top"))
    train.fit(cases, (0.3, True, "refused"))
    assert seen == [["yes", "yes", "no"], ["yes", "no"]]


# ---------------------------------------------------------------- the one-way gate, as scored


def test_where_the_rules_answer_the_model_is_not_asked_and_their_answer_stands() -> None:
    sure = _case("a", "1,200 euros")
    given = train.outcome(sure, _NeverAsked(**_model(0.0).model_dump()))
    assert given == train.outcome(sure, None) and given.rules and given.top == -1.0 and given.right_if_answered
    assert train.score([given], [sure], 2.0) == (1.0, 1.0, 0.0)  # answered at any bar


def test_where_the_rules_refuse_the_model_decides_at_the_bar_and_a_weak_date_stays_refused() -> None:
    unsure = _case("a", "1,200 euros", unsure=True)
    confident, doubtful = _model(3.0), _model(-3.0)
    given, alone = train.outcome(unsure, confident), train.outcome(unsure, None)
    assert not given.rules and given.top == pytest.approx(1 / (1 + math.exp(-3.0))) and given.right_if_answered
    assert alone.top == -1.0 and not alone.right_if_answered  # the rules alone refuse it
    assert train.score([given], [unsure], 0.9)[0] == 1.0 and train.score([given], [unsure], 0.96)[0] == 0.0
    assert train.outcome(unsure, doubtful).top < 0.1
    weak = _case("w", "16 January", question="When does the policy start applying to grant applications?", doc=GRANTS)
    assert train.outcome(weak, confident).top == -1.0  # a refusal for any reason but low confidence stands
    # NEVER is the rules alone: it gives nothing the rules refuse.
    assert not ranking._weigh(unsure.found, train.NEVER, 0.02).scored


# ---------------------------------------------------------------- folds by story, and the choice


def test_each_question_is_answered_by_a_model_that_never_saw_its_story(monkeypatch: pytest.MonkeyPatch) -> None:
    stories = _stories(20)
    cases = [train.Case(s, "q", e, None, None) for s in stories for e in ("x", None)]  # two questions a story
    folds = [train.fold_of(c.story) for c in cases]
    monkeypatch.setattr(train, "fit", lambda cs, setting, trained_on="": frozenset(c.story for c in cs))
    used: dict[str, frozenset[str]] = {}

    def outcome(case: Any, model: frozenset[str]) -> Any:
        used[case.story] = model
        return _outcome(False, 0.5, True, False)

    monkeypatch.setattr(train, "outcome", outcome)
    train.out_of_fold(cases, folds, (1.0, False, "top"))
    for story in stories:  # fitted on every story of the other folds, none of its own
        assert used[story] == {s for s in stories if train.fold_of(s) != train.fold_of(story)}


def _choice_cases() -> list[Any]:
    return [train.Case(f"s{i}", "q", e, None, None) for i, e in enumerate(["x", "x", None, None])]


def test_the_choice_is_the_best_out_of_fold_setting_ties_to_the_stronger_penalty_and_higher_bar() -> None:
    cases = _choice_cases()
    rules = [_outcome(False, -1.0, False, c.expected is None) for c in cases]  # the rules refuse all: 0.5
    good = [_outcome(False, 0.9 if c.expected else 0.5, c.expected is not None, c.expected is None) for c in cases]
    runs = {(1.0, False, "top"): good, (0.1, True, "refused"): good}
    everything = [True] * len(cases)
    acc, setting, bar = train.choose(cases, rules, everything, runs, slack=0.0, feasible=lambda s, b: True,
                                     fallback=(9.0, False, "top"))
    assert (acc, setting, bar) == (1.0, (0.1, True, "refused"), 0.9)  # the highest bar giving the answerable
    # A setting whose pinned tests fail is passed over; none left: the rules alone.
    assert train.choose(cases, rules, everything, runs, slack=0.0, feasible=lambda s, b: s[0] == 1.0,
                        fallback=(9.0, False, "top"))[1:] == ((1.0, False, "top"), 0.9)
    assert train.choose(cases, rules, everything, runs, slack=0.0, feasible=lambda s, b: False,
                        fallback=(9.0, False, "top")) == (0.5, (9.0, False, "top"), 2.0)


def test_the_choice_keeps_refusals_within_the_slack() -> None:
    cases = [train.Case(f"s{i}", "q", e, None, None) for i, e in enumerate(["x", "x", "x", None])]
    rules = [_outcome(False, -1.0, False, c.expected is None) for c in cases]  # 0.25, refusals 1.0
    eager = {(1.0, False, "top"): [_outcome(False, 0.9, c.expected is not None, c.expected is None) for c in cases]}
    # Answering everything is right three times in four, but refuses nothing that should be refused.
    assert train.choose(cases, rules, [True] * 4, eager, slack=train.SELECT_SLACK, feasible=lambda s, b: True,
                        fallback=(9.0, False, "top"))[2] == 2.0
    assert train.choose(cases, rules, [True] * 4, eager, slack=1.0, feasible=lambda s, b: True,
                        fallback=(9.0, False, "top")) == (0.75, (1.0, False, "top"), 0.9)


def test_nested_each_fold_is_chosen_and_fitted_without_it(monkeypatch: pytest.MonkeyPatch) -> None:
    stories = _stories(20)
    cases = [train.Case(s, "q", e, None, None) for s in stories for e in ("x", None)]
    folds = [train.fold_of(c.story) for c in cases]
    settings = [(1.0, False, "top"), (0.1, True, "refused")]
    monkeypatch.setattr(train, "fit", lambda cs, setting, trained_on="": frozenset(c.story for c in cs))

    def outcome(case: Any, model: frozenset[str]) -> Any:
        assert case.story not in model  # answered only by models that never saw it
        return _outcome(False, 0.9 if case.expected else 0.1, case.expected is not None, case.expected is None)

    monkeypatch.setattr(train, "outcome", outcome)
    inner_folds: list[set[int]] = []
    real = train.out_of_fold

    def out_of_fold(cs: Any, fs: Any, setting: Any) -> Any:
        inner_folds.append(set(fs))
        return real(cs, fs, setting)

    monkeypatch.setattr(train, "out_of_fold", out_of_fold)
    rules = [_outcome(False, -1.0, False, c.expected is None) for c in cases]
    got, chosen = train.nested(cases, folds, rules, settings, slack=0.0, feasible=lambda s, b: True)
    # Outer fold k is chosen on the out-of-fold answers of the other four only.
    assert inner_folds == [set(range(train.FOLDS)) - {k} for k in range(train.FOLDS) for _ in settings]
    assert chosen == [((0.1, True, "refused"), 0.9)] * train.FOLDS
    assert train.score(got, cases, 0.0) == (1.0, 1.0, 1.0)  # tops less their fold's bar, scored at 0
    # Where no setting may ship, each fold keeps the rules' own outcomes.
    alone, chosen = train.nested(cases, folds, rules, settings, slack=0.0, feasible=lambda s, b: False)
    assert alone == rules and {bar for _, bar in chosen} == {2.0}


# ---------------------------------------------------------------- the model written


def test_the_written_model_is_the_shipped_shape_and_reads_the_evidence_features(tmp_path: Path) -> None:
    cases = [_case(f"s{i}", expected, unsure=True) for i, expected in enumerate(["1,200 euros", "9 euros"] * 3)]
    model = train.fit(cases, (3.0, True, "refused"), trained_on="unit test")
    assert model.name == ranking.MODEL and model.features == FEATURES and model.classes == ("no", "yes")
    assert len(model.coef) == 1 and len(model.coef[0]) == len(model.mean) == len(model.scale) == len(FEATURES)
    out = tmp_path / "answer.json"
    out.write_text(json.dumps(model.model_dump(mode="json"), indent=1) + "\n", encoding="utf-8")  # as main writes it
    written = LinearModel.model_validate_json(out.read_text("utf-8"))
    assert written == model and written.trained_on == "unit test"
    assert 0.0 <= ranking.answer_probability(cases[0].found, written) <= 1.0
    shipped = json.loads(train.OUT.read_text("utf-8"))  # the file the script writes, as shipped
    assert tuple(shipped["features"]) == FEATURES and tuple(shipped["classes"]) == ("no", "yes")


def test_a_candidate_under_the_pinned_check_names_how_it_was_chosen() -> None:
    # tests/bot/analysis/qa/test_evidence.py (pinned) reads the model through `ranking.load`, which the check
    # replaces with the candidate, and wants its figure named: a candidate without it failed at every setting.
    note = train.candidate_note((3.0, True, "refused"))
    assert "out-of-fold" in note and "dev" in note and "C=3.0 balanced=True rows=refused" in note
