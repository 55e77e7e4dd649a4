"""relevance_features: the rules' signals as numbers, for a model fitted offline (bench/train_relevance_model.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.linear_model import load
from bot.analysis.relevance import (
    CORE_FEATURES,
    FEATURES,
    THRESHOLD,
    relevance_features,
    rules_keep,
    score_relevance,
)

ARTICLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "data" / "articles.json").read_text("utf-8"))


@pytest.mark.parametrize("key", sorted(ARTICLES))
def test_every_feature_is_named_and_the_rule_score_is_one_of_them(key: str) -> None:
    a = ARTICLES[key]
    features = relevance_features(a["title"], a["text"])
    assert tuple(features) == FEATURES
    assert all(isinstance(v, float) for v in features.values())
    # The score keeps the rules' scale; where the model decides it only moves the score across the bar.
    score = score_relevance(a["title"], a["text"])[0]
    if rules_keep(features) or (features["rule"] >= THRESHOLD) == (score >= THRESHOLD):
        assert score == features["rule"]
    else:
        assert score in (THRESHOLD, round(THRESHOLD - 0.001, 3))
    # The score is the capped sum less the penalties, clipped to [0, 1].
    assert features["rule"] == round(min(1.0, max(0.0, features["before_penalty"] - features["penalty"])), 3)
    assert features["before_penalty"] <= features["uncapped"]


def test_a_missing_class_and_a_penalty_are_read_as_such() -> None:
    # No government: the cap applies, and the feature says which class is missing.
    personal = relevance_features("Top AI researcher moves abroad", "The engineer decided to relocate overseas.")
    assert personal["missing_government"] == 1.0 and personal["missing_talent"] == 0.0
    assert personal["uncapped"] > personal["before_penalty"]
    funding = relevance_features("AI start-up raises $6 billion", "The start-up raised $6 billion to hire researchers.")
    assert funding["neg_funding"] > 0 and funding["pen_funding"] > 0
    assert funding["penalty"] == pytest.approx(sum(v for k, v in funding.items() if k.startswith("pen_")))


def test_the_language_is_a_feature_and_an_empty_article_has_none() -> None:
    title, text = "Le gouvernement facilite les visas des chercheurs", "Le gouvernement a annoncé un visa pour les chercheurs."
    assert relevance_features(title, text, "fr")["english"] == 0.0
    assert relevance_features(title, text)["english"] == 1.0
    assert relevance_features("", "") == {}


def test_the_model_lifts_a_state_rule_on_residence_that_names_no_skilled_people() -> None:
    # What the model learned from the real set: a state's settlement or work-permit rule is talent mobility
    # even when no word for skilled people appears (the rules cap it for the missing class).
    title = "Home Office announces earned settlement proposals"
    text = ("The Home Office has announced proposals to double the qualifying period for settlement to ten years, "
            "with migrants able to reduce it through contributions; a consultation opens this autumn.")
    features = relevance_features(title, text)
    assert features["missing_talent"] == 1.0 and not rules_keep(features) and features["rule"] < THRESHOLD
    assert score_relevance(title, text)[0] == THRESHOLD  # lifted to the bar, not to a probability


def test_the_shipped_model_reads_only_what_every_scoring_computes() -> None:
    # Scoring computes CORE_FEATURES alone; a feature outside them would read as 0 there, silently.
    assert set(load("relevance").features) <= set(CORE_FEATURES)
