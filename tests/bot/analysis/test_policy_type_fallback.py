"""The policy type where the rules find no cue: the shipped model's guess from the headline and lead, for
relevant items only."""

from __future__ import annotations

import pytest

from bot.analysis import policy_type_fallback
from bot.analysis.analyzer import analyze
from bot.analysis.linear_model import load
from bot.analysis.tagging import tag, with_guessed_type
from bot.models import POLICY_TYPES

# Relevant, with no type cue the rules know: a quota of workers from third countries names no permit,
# visa or programme by name.
NO_CUE = ("Quota for 2026 fixed",
          "The Federal Council has fixed the quotas for workers from third countries for 2026 at 8,500 short "
          "stay and long stay permits. Researchers and engineers from outside the EU count against the quota, "
          "the government said.")


def test_the_shipped_model_reads_the_embedding_and_names_types() -> None:
    model = load(policy_type_fallback.MODEL)
    assert len(model.features) == 256
    assert set(model.classes) <= set(POLICY_TYPES) and len(model.classes) >= 5


def test_no_cue_is_guessed_from_the_headline_and_lead() -> None:
    title, text = NO_CUE
    assert tag(title, text).policy_type == "other"  # the rules alone
    result = analyze(title, text)
    assert result.relevant
    assert result.policy_type == "immigration"
    assert any(e.field == "policy_type" and e.text.startswith("no type cue") for e in result.evidence)


def test_a_cue_decides_and_the_guess_is_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(title: str, text: str) -> None:
        raise AssertionError("the guess was asked though a cue decided")

    monkeypatch.setattr(policy_type_fallback, "fallback_features", fail)
    title = "US raises H-1B visa fee"
    text = "The proclamation requires a $100,000 payment for new H-1B visa petitions."
    tags = tag(title, text)
    assert with_guessed_type(tags, title, text).policy_type == "visa"


def test_an_irrelevant_item_keeps_other() -> None:
    # Hungarian "víz" is water: not a policy item, so nothing is guessed for it.
    result = analyze("A kormány új víz szabályokat vezet be", "A víz ára emelkedik.", language="hu")
    assert not result.relevant and result.policy_type == "other"


def test_without_the_embedding_model_the_rules_other_stands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(policy_type_fallback, "fallback_features", lambda title, text: None)
    title, text = NO_CUE
    assert analyze(title, text).policy_type == "other"
