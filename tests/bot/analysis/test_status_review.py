"""Everyday sentences the round's status rules must not misread (from the round's review): a future told by
the verb's ending, a plan in the lead under a dated headline, an application's approval, a newspaper called
the Gazette, and words after a date that are not a start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.prepared_text import prepare
from bot.analysis.status import gather_cues, rule_status

PUBLISHED = datetime(2026, 12, 7, tzinfo=UTC)


def status(title: str, text: str, language: str = "en", published: datetime = PUBLISHED) -> str:
    return rule_status(gather_cues(prepare(title, text), published, language, policy=True))[0]


@pytest.mark.parametrize(("title", "text", "language"), [
    ("La France introduira un nouveau visa", "La France introduira un nouveau visa pour les chercheurs à partir du "
     "1er mars 2027.", "fr"),
    ("Nuevo visado para investigadores", "España creará un nuevo visado para investigadores a partir del 1 de marzo "
     "de 2027.", "es"),
    ("Nuovo visto per ricercatori", "L'Italia introdurrà un nuovo visto per ricercatori dal 1° marzo 2027.", "it"),
])
def test_a_future_told_by_the_ending_is_announced(title: str, text: str, language: str) -> None:
    assert status(title, text, language) == "announced"


def test_a_plan_in_the_lead_unsettles_a_dated_headline() -> None:
    assert status("Blaue Karte: neue Gehaltsgrenzen 2027", "Die Bundesregierung plant höhere Gehaltsgrenzen ab "
                  "1. Januar 2027. Ein Entwurf liegt vor.", "de") != "enacted"


def test_a_fixed_start_without_a_plan_is_still_enacted() -> None:
    assert status("Gehaltsgrenzen für die Blaue Karte steigen", "Ab 1. Januar 2027 steigen die Gehaltsgrenzen für "
                  "die Blaue Karte EU in Deutschland.", "de") == "enacted"


def test_an_applications_approval_is_not_a_bill_pending() -> None:
    assert status("UK launches Global Talent route", "The UK has launched a new Global Talent visa route. Once it is "
                  "approved, applicants can bring their family.") == "in_effect"


def test_a_newspaper_called_the_gazette_is_not_an_official_journal() -> None:
    assert status("Governor signs research security law", "The governor signed the law on Tuesday; it applies from "
                  "1 July 2027, the Gazette reports.") != "in_effect"


def test_more_than_after_a_date_is_not_a_start() -> None:
    # "3月1日より多い" is "more than on 1 March": the ministry is still studying the visa.
    assert status("研究者ビザの新設を検討", "政府は研究者ビザの新設を検討している。3月1日より多い申請が見込まれる。", "ja",
                  datetime(2027, 3, 1, tzinfo=UTC)) == "proposed"


JANUARY = datetime(2026, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(("title", "text", "language", "expected"), [
    # An executive order with a start some days after signing applies later.
    ("President signs executive order on visas", "President Trump signed an executive order on Wednesday restricting "
     "visas for researchers. The order takes effect in 30 days.", "en", "enacted"),
    # A rule in force, with a decision told of the past ("decidiu", "aveva deciso di"): in force still.
    ("Nova regra de vistos", "A nova regra de vistos para estudantes já está em vigor. O governo decidiu simplificar "
     "o processo em março.", "pt", "in_effect"),
    ("Nuove regole sui visti", "Le nuove regole sui visti sono in vigore da lunedì. Il governo aveva deciso di "
     "introdurle a gennaio.", "it", "in_effect"),
    # "12月15日から施行され ... ました" in a January article took effect last December.
    ("改正入管法", "同改正は、12月15日から施行され、要件の引き上げが行われました。", "ja", "in_effect"),
    # A decision told in the perfect is still the act to come.
    ("Regeringen har beslutat att införa nya regler", "Regeringen har beslutat att införa ett nytt försörjningskrav "
     "för arbetstillstånd.", "sv", "announced"),
])
def test_the_second_review_s_sentences(title: str, text: str, language: str, expected: str) -> None:
    assert status(title, text, language, JANUARY) == expected


def test_english_may_is_no_month() -> None:
    from bot.analysis.status_dates import start_ahead

    assert start_ahead(prepare("New visa", "Applicants aged from 18 may apply for the new visa."), JANUARY) == ""
