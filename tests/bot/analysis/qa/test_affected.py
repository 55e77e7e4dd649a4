"""English "who" questions asking for the people an action applies to, about articles in other languages
(`bot.analysis.qa.affected`): answered by the sentence naming the best-read group of people, quoted in its
language; a question for who acted is not read this way. The articles are written for these tests; none
is a sentence of the labelled set."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.affected import _rank_affected, asks_affected
from bot.analysis.qa.question import _analyse


def _doc(text: str, title: str, doc_id: str = "x") -> QADocument:
    return QADocument(id=doc_id, url=f"https://example.org/{doc_id}", title=title, text=text)


KO = _doc(
    "법무부는 14일 새로운 비자 제도를 발표했다. 장관은 기자회견에서 제도의 취지를 설명했다. "
    "이번 개정으로 과학기술 분야의 외국인 연구원과 교수에게도 비자를 발급한다. "
    "제도는 내년 1월부터 시행된다.",
    "법무부, 새 비자 제도 발표",
)
DE = _doc(
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen. Der Minister sprach von einem wichtigen "
    "Schritt. Künftig können ausländische Fachkräfte aus Nicht-EU-Staaten schneller eine Arbeitserlaubnis "
    "erhalten. Das Gesetz tritt im März in Kraft.",
    "Neues Gesetz beschlossen",
)
ZH = _doc(
    "国务院近日发布新规定。发布会在北京举行,官员介绍了规定的背景。"
    "新规定主要面向外国青年科技人才,为其提供便利的签证和居留服务。"
    "规定自明年起施行。",
    "国务院发布新规定",
)
NO_GROUP = _doc(
    "Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen. Der Minister sprach von einem wichtigen "
    "Schritt. Das Gesetz tritt im März in Kraft.",
    "Neues Gesetz beschlossen",
)


@pytest.mark.parametrize(
    ("question", "affected"),
    [
        ("Who is affected?", True),
        ("Who will newly qualify for the visa?", True),
        ("Who has to surrender their passport?", True),
        ("Who is eligible?", True),
        ("Which researchers can apply?", True),
        ("Who announced the package?", False),
        ("Who signed the decree?", False),
        ("Whom did the council consult?", False),
        ("Which agencies' staff are exempt?", False),  # asks for the agencies
        ("Who can sign the decree?", False),  # acting, after a modal
        ("Who could veto it?", False),
        ("Who can I contact for more information?", False),
    ],
)
def test_asks_affected(question: str, affected: bool) -> None:
    assert asks_affected(_analyse(question)) is affected


@pytest.mark.parametrize(
    ("doc", "question", "group", "language"),
    [
        (KO, "Who will newly qualify for the visa?", "외국인 연구원과 교수", "Korean"),
        (DE, "Who is affected?", "ausländische Fachkräfte", "German"),
        (ZH, "Who is the rule aimed at?", "外国青年科技人才", "Chinese"),
    ],
)
def test_who_is_affected_is_the_sentence_naming_the_group(doc: QADocument, question: str, group: str,
                                                          language: str) -> None:
    answer = answer_question(question, [doc])
    assert answer.answered
    assert answer.answer.startswith(f"(quoted in {language}) “")
    assert group in answer.answer.split("\n")[0]
    assert answer.citations[0].id == doc.id


def test_who_announced_is_not_answered_by_the_affected_group() -> None:
    q = _analyse("Who announced the new law?")
    assert not asks_affected(q)
    answer = answer_question("Who announced the new law?", [DE])
    assert "ausländische Fachkräfte" not in answer.answer  # the group acted on is not who acted


def test_no_group_named_is_refused() -> None:
    # No group: nothing ranked here, and the ordinary way across languages finds nothing either.
    assert _rank_affected(_analyse("Who is affected?"), [NO_GROUP]) == []
    assert not answer_question("Who is affected?", [NO_GROUP]).answered


def test_a_group_merely_mentioned_does_not_answer() -> None:
    # Students who demonstrated are named, with no cue that the law acts on them: not who is affected.
    mentioned = _doc(
        "Die Bundesregierung hat am Mittwoch ein neues Visagesetz beschlossen. Zuvor hatten Studenten vor dem "
        "Kanzleramt demonstriert. Das Gesetz tritt im März in Kraft.",
        "Neues Visagesetz beschlossen",
    )
    assert _rank_affected(_analyse("Who is affected?"), [mentioned]) == []
