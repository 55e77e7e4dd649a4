"""A visa offered together with settlement benefits (tax relief, housing, schooling) is one part of a
package to recruit people: the talent programme; a visa rule on its own stays a visa."""

from __future__ import annotations

import pytest

from bot.analysis.tagging import tag


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Malaysia woos chip engineers with fast visas, tax breaks and housing support",
         "The scheme offers foreign semiconductor engineers a five-year visa, tax breaks for ten years and "
         "housing support for their families."),
        ("de", "Land lockt Forscher mit Visum und Steuererleichterungen",
         "Das Programm bietet ausländischen Spitzenforschern Unterstützung beim Visum, Steuererleichterungen "
         "und Hilfe bei der Suche nach Wohnraum."),
        ("zh", "深圳推出海外人才计划：提供签证便利和住房补贴",
         "深圳市宣布为海外高层次人才提供签证便利、住房补贴和子女入学支持。"),
    ],
)
def test_a_visa_among_settlement_benefits_is_a_talent_programme(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language).policy_type == "talent_program"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("UK raises Skilled Worker visa salary threshold",
         "The Home Office raised the minimum salary for Skilled Worker visas to £41,700 from 22 July."),
        ("International students face housing squeeze as visa numbers rise",
         "Universities warn that students arriving on study visas are struggling to find housing near campus."),
    ],
)
def test_a_visa_rule_without_a_benefit_package_stays_a_visa(title: str, text: str) -> None:
    assert tag(title, text).policy_type == "visa"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("de", "300 Millionen Euro für Forscher aus dem Ausland",
         "Das Förderprogramm des Ministeriums soll Spitzenforschern den Wechsel nach Deutschland erleichtern."),
        ("fr", "Un programme de 100 millions pour des chercheurs de l'étranger",
         "Le gouvernement finance des postes pour des chercheurs de l'étranger dans les universités."),
        ("es", "Un programa de 50 millones para científicos del extranjero",
         "El ministerio financiará contratos para científicos del extranjero en centros públicos."),
    ],
)
def test_money_or_a_programme_for_people_from_abroad_is_a_talent_programme(
    language: str, title: str, text: str
) -> None:
    assert tag(title, text, language=language).policy_type == "talent_program"


def test_a_visa_rule_for_people_from_abroad_is_not_a_talent_programme() -> None:
    tags = tag(
        "Schnelleres Visum für Fachkräfte aus dem Ausland",
        "Fachkräfte aus dem Ausland erhalten ihr Visum künftig in zwei Wochen, teilte das Auswärtige Amt mit.",
        language="de",
    )
    assert tags.policy_type == "visa"
