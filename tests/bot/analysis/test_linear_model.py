import json

import pytest
from pydantic import ValidationError

from bot.analysis.linear_model import LinearModel


def _binary() -> LinearModel:
    return LinearModel(name="t", features=("a", "b"), classes=("no", "yes"), mean=(1.0, 0.0), scale=(2.0, 1.0),
                       coef=((1.0, -1.0),), intercept=(0.5,))


def test_binary_decision_standardises_and_defaults_missing_features_to_zero() -> None:
    m = _binary()
    # a: (3-1)/2 = 1 -> +1; b missing -> (0-0)/1 = 0; + 0.5
    assert m.decision({"a": 3.0}) == (1.5,)
    assert m.probability({"a": 3.0}) == pytest.approx(1 / (1 + 2.718281828459045 ** -1.5))
    p = m.probabilities({"a": 3.0, "b": 10.0})
    assert p["no"] + p["yes"] == pytest.approx(1.0) and p["no"] > p["yes"]


def test_multiclass_softmax_orders_classes_by_score() -> None:
    m = LinearModel(name="m", features=("x",), classes=("a", "b", "c"), mean=(0.0,), scale=(1.0,),
                    coef=((1.0,), (0.0,), (-1.0,)), intercept=(0.0, 0.0, 0.0))
    p = m.probabilities({"x": 2.0})
    assert max(p, key=lambda k: p[k]) == "a" and min(p, key=lambda k: p[k]) == "c"
    assert sum(p.values()) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="3 classes"):
        m.probability({"x": 1.0})


def test_shapes_are_checked_when_a_model_is_read() -> None:
    raw = json.loads(_binary().model_dump_json())
    raw["coef"] = [[1.0]]
    with pytest.raises(ValidationError, match="coef needs 1 rows of 2"):
        LinearModel.model_validate(raw)
    raw = json.loads(_binary().model_dump_json())
    raw["scale"] = [0.0, 1.0]
    with pytest.raises(ValidationError, match="scales must be positive"):
        LinearModel.model_validate(raw)
    raw = json.loads(_binary().model_dump_json())
    raw["features"] = ["a", "a"]
    with pytest.raises(ValidationError, match="must be unique"):
        LinearModel.model_validate(raw)
    raw = json.loads(_binary().model_dump_json())
    raw["coef"] = [[float("nan"), 1.0]]
    with pytest.raises(ValidationError):
        LinearModel.model_validate(raw)


def test_the_shipped_models_load_and_say_how_they_were_fitted() -> None:
    from bot.analysis.linear_model import load

    for name in ("relevance", "answer"):
        model = load(name)
        assert model.name == name and "bench/train_" in model.trained_on and "dev" in model.trained_on
