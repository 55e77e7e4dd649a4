"""The optional LLM summary of an analysis, against a local fake chat-completions endpoint (as in
tests/bot/test_llm.py): replaced when valid, cached by content, unchanged on any failure."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.analysis.analyzer import analyze
from bot.analysis.enrich import SummaryCache, content_key, llm_summary
from bot.analysis.llm import LLMClient, LLMSettings
from bot.sandbox.llm import FakeLLM

TITLE = "US imposes $100,000 fee on new H-1B petitions"
TEXT = (
    "The United States will require employers to pay a fee of $100,000 for each new H-1B petition, the "
    "White House said. The fee applies to new petitions filed by skilled foreign workers and researchers. "
    "It does not apply to renewals or to current visa holders."
)
GOOD = {
    "headline": "New H-1B petitions will cost employers $100,000",
    "bullets": ["The fee applies to new petitions only.", "Renewals and current visa holders are exempt."],
    "what_changed": "A $100,000 fee on each new H-1B petition.",
    "who_is_affected": "employers filing new H-1B petitions",
    "effective": None,
}


@pytest.fixture
async def fake() -> AsyncIterator[tuple[FakeLLM, str]]:
    async with FakeLLM(content=GOOD) as state:
        yield state, state.url


def settings(url: str, **kw: Any) -> LLMSettings:
    return LLMSettings(base_url=url, model="test-model", **kw)


ANALYSIS = analyze(TITLE, TEXT)


def test_the_fixture_is_relevant() -> None:
    assert ANALYSIS.relevant


async def test_valid_summary_replaces_the_extractive_one_and_is_cached_by_content(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    cache = SummaryCache()
    async with LLMClient(settings(url)) as llm:
        first = await llm_summary(TITLE, TEXT, ANALYSIS, llm, cache=cache)
    assert first.summary.headline == GOOD["headline"] and first.summary.bullets == tuple(GOOD["bullets"])
    # Everything but the summary is the extractive analysis.
    assert first.model_copy(update={"summary": ANALYSIS.summary}) == ANALYSIS
    async with LLMClient(settings(url)) as another:  # a new client: its own request cache is empty
        second = await llm_summary(TITLE, TEXT, ANALYSIS, another, cache=cache)
    assert second == first and len(state.requests) == 1 and len(cache) == 1
    async with LLMClient(settings(url)) as llm:
        await llm_summary(TITLE, TEXT + " Changed.", ANALYSIS, llm, cache=cache)  # new content, new request
    assert len(state.requests) == 2


@pytest.mark.parametrize(
    "content",
    ["not json", {"headline": "x" * 200, "bullets": ["a", "b"]}, {**GOOD, "bullets": ["It costs $250,000.", "b"]}],
)
async def test_invalid_output_keeps_the_analysis_and_is_not_cached(fake: tuple[FakeLLM, str], content: Any) -> None:
    state, url = fake
    state.content = content
    cache = SummaryCache()
    async with LLMClient(settings(url)) as llm:
        assert await llm_summary(TITLE, TEXT, ANALYSIS, llm, cache=cache) == ANALYSIS
    assert len(cache) == 0


async def test_timeout_keeps_the_analysis(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    state.delay = 1.0
    async with LLMClient(settings(url, timeout_s=0.2)) as llm:
        assert await llm_summary(TITLE, TEXT, ANALYSIS, llm, cache=SummaryCache()) == ANALYSIS


async def test_nothing_is_sent_without_an_llm_or_for_irrelevant_items(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    assert await llm_summary(TITLE, TEXT, ANALYSIS, None) == ANALYSIS
    async with LLMClient(LLMSettings.from_env({})) as off:
        assert await llm_summary(TITLE, TEXT, ANALYSIS, off) == ANALYSIS
    irrelevant = analyze("OpenAI releases a new model", "The company said the model writes better code.")
    assert not irrelevant.relevant
    async with LLMClient(settings(url)) as llm:
        assert await llm_summary("OpenAI releases a new model", "...", irrelevant, llm) == irrelevant
    assert state.requests == []


def test_content_key_depends_on_model_and_content() -> None:
    keys = {
        content_key("m", TITLE, TEXT, ANALYSIS.summary),
        content_key("other", TITLE, TEXT, ANALYSIS.summary),
        content_key("m", TITLE + "!", TEXT, ANALYSIS.summary),
        content_key("m", TITLE, TEXT + "!", ANALYSIS.summary),
    }
    assert len(keys) == 4 and content_key("m", TITLE, TEXT, ANALYSIS.summary) in keys


def test_cache_evicts_the_least_recently_used() -> None:
    cache = SummaryCache(size=2)
    s = ANALYSIS.summary
    cache.put("a", s)
    cache.put("b", s)
    assert cache.get("a") == s
    cache.put("c", s)
    assert cache.get("b") is None and cache.get("a") == s and len(cache) == 2
