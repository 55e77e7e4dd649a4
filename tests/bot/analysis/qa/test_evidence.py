"""The learned answer model's inputs (`bot.analysis.qa.evidence`) and the shipped model that reads them."""

from __future__ import annotations

import dataclasses
import math

import pytest

from bot.analysis.linear_model import LinearModel
from bot.analysis.qa import QADocument, ranking
from bot.analysis.qa.evidence import FEATURES, QuestionSignals, Signals, confidence, features


def _signals(**over: object) -> Signals:
    base: dict[str, object] = dict(lexical=1.0, coverage=0.8, context=0.9, kind=1.0, prior=1.0, first_doc=True,
                                   title=False, quoted=False, bonus=1.0, chars=99, score=3.0)
    base.update(over)
    return Signals(**base)  # type: ignore[arg-type]


def test_features_are_the_declared_ones_and_relative_to_the_rules_best() -> None:
    about = QuestionSignals(kind="amount", focus=2, absent=0, candidates=3, top_score=6.0, top_confidence=0.9)
    x = features(_signals(), 2, 0.7, about)
    assert tuple(x) == FEATURES
    assert x["rule_ratio"] == pytest.approx(0.5) and x["rule_top"] == 0.0 and x["log_rank"] == pytest.approx(math.log(3))
    assert x["typed"] == 1.0 and x["kind_typed"] == 1.0 and x["soft"] == 0.0
    assert x["log_chars"] == pytest.approx(math.log(100))


def test_a_kind_of_fact_counts_apart_only_where_nothing_else_will_do() -> None:
    about = QuestionSignals(kind="why", focus=2, absent=0, candidates=1, top_score=0.0, top_confidence=0.5)
    x = features(_signals(kind=2.0), 0, 0.5, about)
    assert x["kind"] == 1.5 and x["kind_typed"] == 0.0 and x["soft"] == 1.0 and x["rule_ratio"] == 0.0


def test_confidence_is_the_rules_formula() -> None:
    assert confidence(0.8, 1.4, 0, weak_date=False) == pytest.approx(0.9)
    assert confidence(0.8, 1.0, 1, weak_date=False) == pytest.approx(0.5)
    assert confidence(1.0, 1.0, 0, weak_date=True) == 0.0


def test_the_shipped_model_reads_these_features_and_names_its_figure() -> None:
    model = ranking.load(ranking.MODEL)
    assert model.features == FEATURES and model.classes == ("no", "yes")
    assert "out-of-fold" in model.trained_on and "dev" in model.trained_on


def _fee() -> ranking._Candidates:
    doc = QADocument(id="f", title="Country F raises its visa fee",
                     text="The application fee for the skilled worker visa rises to 1,200 euros in May. "
                          "Officials said the change was overdue.")
    found = ranking._candidates("How much is the visa fee?", [doc])
    assert found is not None and found.scored
    return found


class _NeverAsked(LinearModel):
    """A model that fails the test if it is consulted at all."""

    def probability(self, x: object) -> float:
        raise AssertionError("the model was asked where the rules answer")


def _never_asked() -> _NeverAsked:
    shipped = ranking.load(ranking.MODEL)
    return _NeverAsked(**shipped.model_dump())


def test_where_the_rules_answer_their_answer_stands_whatever_the_model_says() -> None:
    found = _fee()
    assert ranking.rules_answer(found)
    ranked = ranking._rank("How much is the visa fee?", [found.scored[0][1].doc])
    assert ranked is not None and "1,200 euros" in ranked.scored[0][1].text
    assert [s for _, s in ranked.scored] == [s for _, s, _ in found.scored]  # the rules' order, kept
    given = ranking._weigh(found, _never_asked(), 1.01)  # not even asked: still given, in the same order
    assert [s for _, s in given.scored] == [s for _, s, _ in found.scored]


def test_a_refusal_for_a_missing_name_stands_at_any_bar() -> None:
    doc = QADocument(id="g", title="Country G raises its visa fee",
                     text="The application fee for the skilled worker visa rises to 1,200 euros in May.")
    found = ranking._candidates("How much does France charge for the visa?", [doc])
    assert found is not None and found.gated
    assert not ranking._weigh(found, _never_asked(), -math.inf).scored


def test_where_the_rules_refuse_the_model_decides() -> None:
    found = _fee()
    unsure = dataclasses.replace(found, confidences=(0.1,) * len(found.confidences))  # below the rules' bar
    assert not ranking.rules_answer(unsure)
    model = ranking.load(ranking.MODEL)
    assert 0.0 <= ranking.answer_probability(unsure, model) <= 1.0
    assert not ranking._weigh(unsure, model, 1.01).scored  # above any probability: refused
    assert [s for _, s in ranking._weigh(unsure, model, 0.0).scored] == [s for _, s, _ in found.scored]


def test_a_weakly_stated_date_is_refused_whatever_the_model_says() -> None:
    doc = QADocument(id="d", title="Country D to screen research grants",
                     text="The rules, an official said in a press briefing 16 January, could apply to thousands of "
                          "grant applications.")
    found = ranking._candidates("When does the policy start applying to grant applications?", [doc])
    assert found is not None and found.scored and found.confidences[0] == 0.0  # a candidate, weakly stated
    model = ranking.load(ranking.MODEL)
    assert ranking.answer_probability(found, model) == -1.0
    assert not ranking._weigh(found, model, -math.inf).scored  # refused whatever the bar
