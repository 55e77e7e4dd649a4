"""The optional LLM, against a local fake chat-completions endpoint: valid and invalid JSON, timeouts,
errors, invented figures, the cache, and answers that must keep our citations."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.analysis.llm import LLMClient, LLMSettings, unsupported_numbers
from bot.analysis.qa import QADocument, answer_question, answer_with_llm
from bot.models import Answer, Citation, Summary
from bot.sandbox.llm import FakeLLM

TITLE = "US imposes $100,000 fee on new H-1B petitions"
TEXT = "The fee of $100,000 applies to new petitions from April 24. It does not apply to renewals."
FALLBACK = Summary(headline=TITLE, bullets=("It does not apply to renewals.",), effective="2026-04-24")
GOOD = {
    "headline": "New H-1B petitions now cost $100,000",
    "bullets": ["The fee applies to new petitions from April 24.", "Renewals are not affected."],
    "what_changed": "A $100,000 fee on each new H-1B petition.",
    "who_is_affected": "employers filing new H-1B petitions",
    "effective": "2026-04-24",
}


@pytest.fixture
async def fake() -> AsyncIterator[tuple[FakeLLM, str]]:
    async with FakeLLM(content=GOOD) as state:
        yield state, state.url


def settings(url: str, **kw: Any) -> LLMSettings:
    return LLMSettings(base_url=url, model="test-model", **kw)


async def test_valid_json_replaces_the_summary_and_is_cached(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    async with LLMClient(settings(url, api_key="sk-test")) as llm:
        first = await llm.summarize(TITLE, TEXT, FALLBACK)
        second = await llm.summarize(TITLE, TEXT, FALLBACK)
    assert first.headline == GOOD["headline"] and first.bullets == tuple(GOOD["bullets"])
    assert first.effective == "2026-04-24" and second == first
    assert len(state.requests) == 1  # the second call came from the cache
    body = state.requests[0]
    assert body["model"] == "test-model" and body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    assert TEXT in body["messages"][1]["content"]
    assert state.headers[0]["Authorization"] == "Bearer sk-test"


@pytest.mark.parametrize(
    "content",
    [
        "Sure! Here is the summary: headline ...",  # not JSON at all
        "[1, 2, 3]",  # JSON, not an object
        {"headline": "x" * 200, "bullets": ["a", "b"]},  # headline too long
        {"headline": "Fine", "bullets": ["only one"]},  # too few bullets
        {"headline": "Fine", "bullets": ["a", "b"], "effective": "next spring"},  # not a date
        {**GOOD, "bullets": ["The fee is $250,000.", "It starts in 2027."]},  # figures the article lacks
    ],
)
async def test_invalid_output_falls_back_to_extractive(fake: tuple[FakeLLM, str], content: Any) -> None:
    state, url = fake
    state.content = content
    async with LLMClient(settings(url)) as llm:
        assert await llm.summarize(TITLE, TEXT, FALLBACK) == FALLBACK


async def test_fenced_json_is_accepted(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    state.content = "```json\n" + json.dumps(GOOD) + "\n```"
    async with LLMClient(settings(url)) as llm:
        assert (await llm.summarize(TITLE, TEXT, FALLBACK)).headline == GOOD["headline"]


async def test_server_error_and_timeout_fall_back(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    state.fail = True
    async with LLMClient(settings(url)) as llm:
        assert await llm.summarize(TITLE, TEXT, FALLBACK) == FALLBACK
    state.fail, state.delay = False, 1.0
    async with LLMClient(settings(url, timeout_s=0.2)) as llm:
        loop = asyncio.get_running_loop()
        started = loop.time()
        assert await llm.summarize(TITLE, TEXT, FALLBACK) == FALLBACK
        assert loop.time() - started < 0.9  # gave up at the timeout, did not wait for the answer


async def test_unreachable_endpoint_falls_back() -> None:
    async with LLMClient(settings("http://127.0.0.1:9/v1", timeout_s=1)) as llm:  # discard port: refused
        assert await llm.summarize(TITLE, TEXT, FALLBACK) == FALLBACK


async def test_disabled_without_settings_sends_nothing() -> None:
    off = LLMSettings.from_env({})
    assert not off.enabled
    async with LLMClient(off) as llm:
        assert await llm.summarize(TITLE, TEXT, FALLBACK) == FALLBACK
        assert llm.calls == 0


def test_settings_from_env() -> None:
    s = LLMSettings.from_env({"LLM_BASE_URL": " http://x/v1 ", "LLM_MODEL": "m", "LLM_API_KEY": "sk-secret-123",
                              "LLM_TIMEOUT_SECONDS": "5"})
    assert s.enabled and s.base_url == "http://x/v1" and s.timeout_s == 5.0
    assert s.api_key is not None and "sk-secret-123" not in repr(s)  # the key is a secret


def test_unsupported_numbers() -> None:
    assert unsupported_numbers(FALLBACK, TEXT) == set()
    invented = FALLBACK.model_copy(update={"bullets": ("Costs rise 40% to $140,000.",)})
    assert unsupported_numbers(invented, TEXT) == {"40", "140000"}


EXTRACTIVE = Answer(
    answered=True,
    answer="“It does not apply to renewals.”",
    citations=(Citation(id="a1", url="https://example.org/a1", quote="It does not apply to renewals."),),
)


async def test_answer_keeps_our_citations(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    state.content = {"answered": True, "answer": "No, renewals are exempt.", "passages": [1]}
    async with LLMClient(settings(url)) as llm:
        answer = await llm.answer("Does it apply to renewals?", EXTRACTIVE)
    assert answer.answer == "No, renewals are exempt." and answer.citations == EXTRACTIVE.citations
    assert "[1] It does not apply to renewals." in state.requests[0]["messages"][1]["content"]


@pytest.mark.parametrize(
    "content",
    [
        {"answered": True, "answer": "Yes.", "passages": [7]},  # cites a passage it was not given
        {"answered": True, "answer": "It costs $5.", "passages": [1]},  # a figure not in the passages
        {"answered": False, "answer": "", "passages": []},
        "not json",
    ],
)
async def test_bad_answers_fall_back(fake: tuple[FakeLLM, str], content: Any) -> None:
    state, url = fake
    state.content = content
    async with LLMClient(settings(url)) as llm:
        assert await llm.answer("Does it apply to renewals?", EXTRACTIVE) == EXTRACTIVE


async def test_unanswered_questions_are_not_sent(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    unanswered = Answer(answered=False, answer="The sources don't say.")
    async with LLMClient(settings(url)) as llm:
        assert await llm.answer("What is the capital of France?", unanswered) == unanswered
    assert state.requests == []


# ---------------------------------------------------------------- answers from retrieved passages (ask and threads)

DOCS = [
    QADocument(
        id="a1", url="https://example.org/a1", title=TITLE,
        text=("The fee of $100,000 applies to new petitions from April 24. It does not apply to renewals. "
              "Universities said they would seek an exemption for researchers."),
    ),
    QADocument(id="a2", url="https://example.org/a2", title="Six-figure H-1B fee rattles startups",
               text="Startups said they would move roles to Canada rather than pay $100,000 per worker."),
]


async def test_answer_with_llm_sends_the_retrieved_passages_and_keeps_our_citations(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    state.content = {"answered": True, "answer": "It costs $100,000 per new petition.", "passages": [1, 2]}
    async with LLMClient(settings(url)) as llm:
        answer = await answer_with_llm("<@U1> How much is the fee?", DOCS, llm)
    extractive = answer_question("How much is the fee?", DOCS)
    assert answer.answer == "It costs $100,000 per new petition."
    prompt = state.requests[0]["messages"][1]["content"]
    assert prompt.startswith("Question: How much is the fee?")  # the mention is not sent
    # The extractive answer's quotes come first, then other retrieved passages; the citations are ours.
    assert f"[1] {extractive.citations[0].quote}" in prompt and "[3]" in prompt
    assert answer.citations[0] == extractive.citations[0]
    assert all(c.id in {"a1", "a2"} and c.quote in prompt for c in answer.citations)


@pytest.mark.parametrize("content", ["not json", {"answered": True, "answer": "It is $7.", "passages": [1]}])
async def test_answer_with_llm_falls_back_to_extractive(fake: tuple[FakeLLM, str], content: Any) -> None:
    state, url = fake
    state.content = content
    async with LLMClient(settings(url)) as llm:
        assert await answer_with_llm("How much is the fee?", DOCS, llm) == answer_question("How much is the fee?", DOCS)


async def test_answer_with_llm_survives_a_timeout_and_sends_nothing_unanswerable(fake: tuple[FakeLLM, str]) -> None:
    state, url = fake
    state.delay = 1.0
    async with LLMClient(settings(url, timeout_s=0.2)) as llm:
        assert await answer_with_llm("How much is the fee?", DOCS, llm) == answer_question("How much is the fee?", DOCS)
        sent = len(state.requests)
        refused = await answer_with_llm("What is the capital of France?", DOCS, llm)
    assert not refused.answered and len(state.requests) == sent


async def test_answer_with_llm_without_an_llm_is_extractive() -> None:
    assert await answer_with_llm("How much is the fee?", DOCS, None) == answer_question("How much is the fee?", DOCS)
    async with LLMClient(LLMSettings.from_env({})) as off:
        assert await answer_with_llm("How much is the fee?", DOCS, off) == answer_question("How much is the fee?", DOCS)
