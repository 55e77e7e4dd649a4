"""Answer typing by named entity for "which" questions across languages."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.bridge import _held, _rank_bridged
from bot.analysis.qa.entities import asked_entity, asks_list, cjk_concepts, enumerates, names_entity
from bot.analysis.qa.question import _analyse


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which ministry runs the programme?", "ministry"),
        ("Which Chinese university partners with LUT?", "university"),
        ("Which countries' students are exempted?", "country"),
        ("What political parties backed it?", "party"),
        ("Which body discussed the visa reform?", "organisation"),
        ("Which company says it relies on the scheme?", "company"),
        ("Which fields does the programme cover?", ""),
        ("Who is eligible?", ""),
    ],
)
def test_the_type_of_name_a_question_asks_for(question: str, expected: str) -> None:
    assert asked_entity(question) == expected


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("산업통상자원부는 2일부터 프로그램을 시행한다고 밝혔다.", "c:minister"),
        ("文部科学省は新たな方針を示した。", "c:minister"),
        ("教育部表示将加强审查。", "c:minister"),
        ("北京理工大学の教職を兼任していた。", "c:university"),
        ("제30차 외국인정책위원회를 열었다.", "c:organisation"),
    ],
)
def test_a_cjk_name_holds_the_concept_of_its_ending(text: str, concept: str) -> None:
    assert concept in cjk_concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "정부는 비자 발급 대상을 확대키로 했다.",  # the government is no ministry
        "국가수사본부는 25건을 송치했다.",  # a headquarters is no ministry
        "其中一部分留学生将受到影响。",  # "part"
        "대학생들이 신청했다.",  # students, not a university
    ],
)
def test_common_words_with_those_endings_name_nothing(text: str) -> None:
    assert not cjk_concepts(text) & {"c:minister", "c:university"}


def test_a_sentence_names_the_type_asked_for() -> None:
    assert names_entity("country", "기술 유출 국가별로는 중국이 18건으로 가장 많았다.",
                        _held("기술 유출 국가별로는 중국이 18건으로 가장 많았다."))
    assert names_entity("company", "Tech-bedrijven als ASML dreigen te vertrekken.", frozenset())
    assert not names_entity("company", "Werkgevers mogen het loon belastingvrij uitbetalen.", frozenset())
    assert not names_entity("ministry", "연구지원비를 정부가 지원하는 사업이다.", _held("연구지원비를 정부가 지원하는 사업이다."))


KO = QADocument(
    id="ko", url="https://example.kr/brainpool", title="해외 과학자 초빙 사업 신청 접수",
    text=("교육과학기술부는 뛰어난 해외 과학기술자를 초빙하는 사업 지원신청을 받는다고 4일 밝혔다. "
          "이 사업은 연구지원비와 초빙 경비를 정부가 지원하는 사업이다. "
          "초빙 대상은 박사학위 취득 후 5년 이상 연구개발 경험을 가진 외국인이다."),
)


def test_which_ministry_is_answered_by_the_sentence_naming_one() -> None:
    answer = answer_question("Which ministry runs the programme?", [KO])
    assert answer.answered
    assert "교육과학기술부" in answer.answer


def test_which_ministry_finds_no_sentence_when_none_names_one() -> None:
    doc = QADocument(id="ko2", url=None, title="해외 과학자 초빙 사업",
                     text="이 사업은 연구지원비와 초빙 경비를 정부가 지원하는 사업이다. 신청은 다음 달까지 받는다.")
    assert _rank_bridged(_analyse("Which ministry runs the programme?"), [doc]) == []
    assert _rank_bridged(_analyse("Which ministry runs the programme?"), [KO])


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which fields is the new visa aimed at?", True),
        ("Which sectors does the Top-Tier visa target?", True),
        ("Which ministry runs the programme?", False),
        ("Which field matters most?", False),
    ],
)
def test_a_question_asking_for_a_list_of_kinds(question: str, expected: bool) -> None:
    assert asks_list(question) is expected


def test_a_sentence_listing_three_things_enumerates() -> None:
    assert enumerates("인공지능 로봇·양자 기술·우주항공 등 첨단분야 고급인재를 유치할 방침이다.")
    assert enumerates("Gefördert werden Chemie, Physik und Biologie.")
    assert not enumerates("정부는 톱티어 비자를 만들 방침이다.")
    assert not enumerates("Die Regierung, so heißt es, plant mehr.")


def test_which_fields_prefers_the_sentence_listing_them() -> None:
    doc = QADocument(id="ko3", url=None, title="톱티어 비자 신설",
                     text=("정부는 톱티어 비자를 신설해 첨단분야 인재를 유치한다. "
                           "대상 분야는 인공지능·양자 기술·우주항공 등 첨단분야다. "
                           "비자 발급은 내년부터 시작된다."))
    ranked = _rank_bridged(_analyse("Which fields is the new visa aimed at?"), [doc])
    assert ranked and "양자" in ranked[0].sentence.text
