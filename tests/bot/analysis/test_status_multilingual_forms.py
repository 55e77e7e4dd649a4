"""Stage words of other languages in their common inflected forms (lexicon.multilingual): polite Korean
endings, Arabic's future particle, Spanish "frenar" said of a court, Korean counts of people arrested."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.prepared_text import prepare
from bot.analysis.status import StatusCues, gather_cues, rule_status

_PUBLISHED = datetime(2025, 6, 4, tzinfo=UTC)


def _status(title: str, text: str, language: str) -> str:
    return rule_status(gather_cues(prepare(title, text), _PUBLISHED, language, policy=True)).status


@pytest.mark.parametrize(
    "text",
    [
        # "The government decided to build a flexible visa process" in the broadcast's polite and the
        # written formal endings, as the plain "기로 했다".
        "정부는 해외 우수 인재를 유치하기 위해 유연한 비자 발급 절차를 구축하기로 했습니다.",
        "정부는 해외 우수 인재를 유치하기 위해 유연한 비자 발급 절차를 구축하기로 하였다.",
    ],
)
def test_a_korean_decision_to_act_in_polite_or_formal_endings_is_announced(text: str) -> None:
    assert _status("비자 제도 개선", text, "ko") == "announced"


def test_a_korean_rule_told_at_work_is_not_announced() -> None:
    text = "정부는 해외 우수 인재를 위한 새 비자 제도를 시행했다. 신청자는 온라인으로 신청한다."
    assert _status("비자 제도 개선", text, "ko") != "announced"


def test_korean_people_counted_arrested_is_a_law_applied() -> None:
    # "Four people who handed core chip technology to China arrested": a prosecution under the law in force.
    assert _status("반도체 핵심기술 중국에 넘긴 일당 4명 구속", "반도체 기술을 중국에 유출한 연구원이 재판에 넘겨졌습니다.",
                   "ko") == "in_effect"


def test_an_arabic_grant_to_come_is_announced() -> None:
    # "The UAE announced that the golden residence will be granted to doctors and engineers".
    text = "أعلنت دولة الإمارات أنه سيتم منح الإقامة الذهبية للأطباء والمهندسين."
    assert _status("الإقامة الذهبية", text, "ar") == "announced"


def test_an_arabic_grant_without_a_future_is_not_announced() -> None:
    text = "تمنح دولة الإمارات الإقامة الذهبية للأطباء والمهندسين. يحصل المقيمون على الإقامة لمدة عشر سنوات."
    assert _status("الإقامة الذهبية", text, "ar") != "announced"


def test_a_spanish_judge_braking_a_rule_suspends_it() -> None:
    text = "Una jueza federal frenó temporalmente la decisión del gobierno que buscaba impedir inscribir a estudiantes internacionales."
    assert _status("Jueza frena la decisión sobre estudiantes extranjeros", text, "es") == "suspended"


def test_a_spanish_government_braking_migration_suspends_nothing() -> None:
    text = "El gobierno frenó la llegada de estudiantes internacionales con nuevas exigencias de visado."
    assert _status("El gobierno frena la llegada de estudiantes", text, "es") != "suspended"


def _cues(scores: dict[str, float], *, english: bool) -> StatusCues:
    return StatusCues(scores=scores, raw={}, best={k: (v, k) for k, v in scores.items()}, counts={},
                      in_force_date=False, ahead=False, passed=False, body_futures=(), body_done=False, dated_fact="",
                      gazetted="", english=english, policy=True)


def test_bare_futures_in_another_language_yield_to_an_act_told_done() -> None:
    # "L'initiative a été lancée ... les candidatures seront examinées": the futures say what the scheme
    # does; the act told done (an announcement not followed by a plan) makes it at work.
    assert rule_status(_cues({"future": 2.0, "done": 1.12}, english=False)).status == "in_effect"


def test_futures_in_english_still_outweigh_an_announcement_told_done() -> None:
    verdict = rule_status(_cues({"future": 2.0, "done": 1.12}, english=True))
    assert (verdict.status, verdict.step) == ("announced", "coming")


def test_futures_alone_in_another_language_are_still_announced() -> None:
    assert rule_status(_cues({"future": 2.0}, english=False)).status == "announced"


def test_a_word_of_force_weaker_than_the_futures_in_another_language_is_the_plans() -> None:
    # "내년 시행을 목표로 ... 개편할 계획이다": implementation next year, the aim of a plan.
    assert rule_status(_cues({"future": 3.0, "in_effect": 1.5}, english=False)).status == "announced"
    # ... but one as strong as the futures is a rule in force.
    assert rule_status(_cues({"future": 1.5, "in_effect": 1.5}, english=False)).status == "in_effect"


def test_a_spanish_government_raising_limits_has_proposed_them() -> None:
    # "planteó": put forward, as "propuso".
    text = "El gobierno planteó el jueves límites más estrictos sobre el tiempo que los estudiantes pueden permanecer en el país."
    assert _status("El gobierno plantea límites a las visas de estudiante", text, "es") == "proposed"


def test_a_spanish_government_approving_limits_has_not_proposed_them() -> None:
    text = "El gobierno aprobó el jueves límites más estrictos sobre el tiempo que los estudiantes pueden permanecer en el país."
    assert _status("El gobierno aprueba límites a las visas de estudiante", text, "es") != "proposed"
