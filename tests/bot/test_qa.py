"""Thread questions answered by quoting the sources, never by inventing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.analysis.text import clean_line
from bot.qa import QADocument, answer_question

ARTICLES: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).parent / "analysis" / "data" / "articles.json").read_text("utf-8")
)


def doc(key: str) -> QADocument:
    a = ARTICLES[key]
    return QADocument(id=key, url=a.get("url"), title=a["title"], text=a["text"])


CANONICAL = [doc("decoder_cn"), doc("asia_cn")]


def _in_sources(quote: str, docs: list[QADocument]) -> bool:
    return any(quote.rstrip("…") in clean_line(f"{d.title} {d.text}") for d in docs)


def test_who_does_this_affect() -> None:
    answer = answer_question("<@U123ABC> Who does this affect?", CANONICAL)
    assert answer.answered
    assert "top AI researchers" in answer.answer
    assert "Alibaba" in answer.answer and "DeepSeek" in answer.answer
    citation = answer.citations[0]
    assert citation.id == "decoder_cn" and citation.url == ARTICLES["decoder_cn"]["url"]
    assert citation.quote in answer.answer and _in_sources(citation.quote, CANONICAL)


@pytest.mark.parametrize(
    "question",
    ["What is the capital of France?", "When does it take effect?", "How many researchers are affected?",
     "What did Elon Musk say?", "<@U1>", ""],
)
def test_unsupported_questions_are_not_answered(question: str) -> None:
    answer = answer_question(question, CANONICAL)
    assert not answer.answered and answer.answer.startswith("The sources don't say")
    assert answer.citations == ()


def test_why() -> None:
    answer = answer_question("Why is China doing this?", CANONICAL)
    assert answer.answered and "data leaks" in answer.answer


def test_official_comment() -> None:
    answer = answer_question("Is there an official comment?", CANONICAL)
    assert answer.answered and "no official comment" in answer.answer


def test_when_quotes_the_date_sentence() -> None:
    answer = answer_question("When does the fee take effect?", [doc("us_h1b")])
    assert answer.answered and "September 21, 2025" in answer.answer


def test_specific_question() -> None:
    answer = answer_question("Does it apply to renewals?", [doc("us_h1b")])
    assert answer.answered and "renewals" in answer.citations[0].quote


def test_chinese_document() -> None:
    answer = answer_question("Who does this affect?", [doc("zh_notice")])
    assert answer.answered and "核心技术人员" in answer.answer


def test_no_documents() -> None:
    assert not answer_question("Who does this affect?", []).answered


def test_every_quote_comes_from_the_sources() -> None:
    for question in ("What changed?", "Which companies are named?", "Why?", "Who is affected?"):
        answer = answer_question(question, CANONICAL)
        for citation in answer.citations:
            assert _in_sources(citation.quote, CANONICAL)


def test_how_many_quotes_the_figure() -> None:
    answer = answer_question("How many scientists are affected?", [doc("later_cn")])
    assert answer.answered and "2,000 scientists" in answer.answer


def test_question_words_of_its_own_are_required() -> None:
    answer = answer_question("What are the concerns?", CANONICAL)
    assert answer.answered and "concerns about data leaks" in answer.answer
