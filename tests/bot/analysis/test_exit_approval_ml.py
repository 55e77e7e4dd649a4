"""Leave to go abroad only with permission is an exit control in any language, as "approval before
travelling abroad" is in English; a permit for people coming in is not."""

from __future__ import annotations

import pytest

from bot.analysis.tagging import tag


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("ru", "Инженеров оборонных предприятий будут выпускать за границу только с разрешения",
         "Сотрудники оборонных предприятий теперь смогут выехать за границу только с разрешения руководства."),
        ("de", "Forscher brauchen Genehmigung für Reisen ins Ausland",
         "Wissenschaftler staatlicher Institute dürfen nur noch mit Genehmigung ins Ausland reisen."),
        ("ko", "연구원 해외 출장 승인제 도입",
         "국책 연구기관 연구원은 해외 출장 전에 기관장 승인을 받아야 한다."),
    ],
)
def test_leave_abroad_only_with_permission_is_an_exit_control(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language).policy_type == "travel_restriction"


def test_a_permit_for_people_from_abroad_is_not_an_exit_control() -> None:
    tags = tag(
        "Schnellere Aufenthaltsgenehmigung für Fachkräfte aus dem Ausland",
        "Fachkräfte aus dem Ausland sollen ihre Aufenthaltserlaubnis künftig schneller erhalten.",
        language="de",
    )
    assert tags.policy_type != "travel_restriction"
