"""The whole per-item analysis, as `policybot analyze` and the poll cycle use it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.analyzer import analyze
from bot.models import Analysis

ARTICLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "data" / "articles.json").read_text("utf-8"))


def run(key: str) -> Analysis:
    a = ARTICLES[key]
    return analyze(a["title"], a["text"], language=a.get("language", "en"),
                   published=datetime.fromisoformat(a["published"]))


def test_canonical_example() -> None:
    result = run("decoder_cn")
    assert result.relevant and result.score >= 0.9
    assert result.jurisdictions == ("CN",)
    assert "ai" in result.topics
    assert result.policy_type == "travel_restriction"
    assert result.status == "reported"
    who = result.summary.who_is_affected or ""
    assert "Alibaba" in who and "DeepSeek" in who
    fields = {e.field for e in result.evidence}
    assert {"jurisdictions", "policy_type", "status", "relevance"} <= fields


@pytest.mark.parametrize("key", [k for k in ARTICLES if k.startswith("neg_")])
def test_negatives(key: str) -> None:
    assert not run(key).relevant


def test_chinese_detected_even_when_labelled_english() -> None:
    a = ARTICLES["zh_notice"]
    result = analyze(a["title"], a["text"])  # language defaults to "en"
    assert result.relevant and result.jurisdictions == ("CN",) and result.policy_type == "travel_restriction"


def test_deterministic_and_serialisable() -> None:
    first, second = run("us_h1b"), run("us_h1b")
    assert first == second
    assert Analysis.model_validate_json(first.model_dump_json()) == first


def test_empty_article() -> None:
    result = analyze("", "")
    assert not result.relevant and result.score == 0.0 and result.summary.headline == ""
