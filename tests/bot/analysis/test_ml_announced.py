"""Announcing, in other languages, with nothing said to apply yet: the measure is announced."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.tagging import tag

_PUBLISHED = datetime(2025, 7, 29, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("de", "Programm für internationale Forscher angekündigt",
         "Das Forschungsministerium hat ein neues Programm für Wissenschaftler aus dem Ausland angekündigt."),
        ("fr", "Le gouvernement annonce un programme pour attirer des chercheurs",
         "Le ministère annonce un programme pour attirer des chercheurs étrangers dans les universités."),
        ("ru", "Правительство объявило о программе для иностранных учёных",
         "Министерство объявило о новой программе привлечения иностранных исследователей."),
    ],
)
def test_announcing_in_other_languages_is_announced(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "announced"


def test_a_rule_in_force_in_german_stays_in_effect() -> None:
    tags = tag(
        "Neue Regeln für Fachkräfte in Kraft getreten",
        "Die neuen Regeln für Fachkräfte aus dem Ausland sind am 1. Juni in Kraft getreten.",
        language="de",
        published=_PUBLISHED,
    )
    assert tags.status == "in_effect"
