"""Extractive summaries: faithful, short, structured."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.summarize import HEADLINE_CHARS, SENTENCE_CHARS, clean_headline, summarize
from bot.analysis.tagging import tag
from bot.analysis.text import clean_line
from bot.models import Summary

ARTICLES: dict[str, dict[str, Any]] = json.loads((Path(__file__).parent / "data" / "articles.json").read_text("utf-8"))
POSITIVE = ["decoder_cn", "asia_cn", "later_cn", "us_h1b", "uk_talent", "jp_hsp", "zh_notice"]


def summary_of(key: str) -> Summary:
    a = ARTICLES[key]
    published = datetime.fromisoformat(a["published"])
    tags = tag(a["title"], a["text"], language=a.get("language", "en"), published=published)
    return summarize(a["title"], a["text"], tags, published=published)


def _flat(text: str) -> str:
    return clean_line(text)


@pytest.mark.parametrize("key", POSITIVE)
def test_faithful_and_short(key: str) -> None:
    a = ARTICLES[key]
    s = summary_of(key)
    body = _flat(a["text"])
    assert 0 < len(s.headline) <= HEADLINE_CHARS
    assert 2 <= len(s.bullets) <= 3
    title = _flat(a["title"])
    for piece in (*s.bullets, s.what_changed, s.who_is_affected):
        if piece is None:
            continue
        assert len(piece) <= SENTENCE_CHARS
        # Every statement is a sentence or clause of the article (a trimmed one ends in "…").
        assert piece.rstrip("…") in body, piece
        assert piece != title


def test_canonical_summary() -> None:
    s = summary_of("decoder_cn")
    assert s.headline == "China reportedly requires top AI researchers to get approval before traveling abroad"
    assert s.what_changed is not None and "approval before travelling abroad" in s.what_changed
    assert s.who_is_affected == "top AI researchers at private companies such as Alibaba and DeepSeek"
    assert s.effective is None  # the article states no date: none is invented
    assert not any("newsletter" in b for b in s.bullets)


def test_who_keeps_a_list_after_a_comma() -> None:
    who = summary_of("asia_cn").who_is_affected
    assert who is not None and "DeepSeek" in who and "Alibaba" in who


def test_effective_dates() -> None:
    assert summary_of("us_h1b").effective == "2025-09-21"
    assert summary_of("uk_talent").effective == "2025-07-22"
    assert summary_of("jp_hsp").effective == "2026-04-01"
    # "自印发之日起施行": in force from the day of issue, i.e. the publication date.
    assert summary_of("zh_notice").effective == "2025-05-12"


def test_chinese_who() -> None:
    assert summary_of("zh_notice").who_is_affected == "人工智能领域重点企业和科研机构的核心技术人员"


def test_headline_cleaned_and_cut_on_a_word() -> None:
    assert clean_headline("  Beijing tightens travel rules for AI engineers | Asia Tech Brief ") == (
        "Beijing tightens travel rules for AI engineers"
    )
    long = "China " + "requires approval for researchers travelling abroad " * 5
    cut = clean_headline(long)
    assert len(cut) <= HEADLINE_CHARS and cut.endswith("…")
    assert re.fullmatch(r"[\w\s]+…", cut) and long.startswith(cut[:-1])


def test_long_sentences_are_trimmed() -> None:
    text = "The ministry now requires researchers " + "and engineers " * 40 + "to obtain approval before travel abroad."
    s = summarize("Title", text, tag("Title", text))
    assert s.what_changed is not None and len(s.what_changed) <= SENTENCE_CHARS and s.what_changed.endswith("…")


def test_yearless_date_uses_published_year() -> None:
    text = "The new visa fee will take effect on March 1 for all skilled workers."
    assert summarize("T", text, tag("T", text)).effective is None
    s = summarize("T", text, tag("T", text), published=datetime(2025, 12, 20, tzinfo=UTC))
    assert s.effective == "2026-03-01"  # a March date in a December article is next March


def test_empty_text() -> None:
    s = summarize("Only a title here", "", tag("Only a title here", ""))
    assert s == Summary(headline="Only a title here")
