"""Status (find_status through tag): the README's decision order read from the main action's clause:
unnamed sources report, a court blocking a rule suspends it, a start stated ahead is not in force."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.tagging import tag

_PUBLISHED = datetime(2025, 6, 4, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "US weighs pause on student visa interviews",
         "The State Department has told embassies to stop scheduling student visa interviews, a person familiar "
         "with the plans said."),
        ("en", "Ministry tightens vetting of foreign researchers",
         "The ministry has begun vetting foreign researchers at national labs, an official who was "
         "not authorized to speak publicly said."),
        ("de", "Regierung verschärft Regeln für ausländische Forscher",
         "Die Regierung will ausländische Forscher strenger überprüfen, wie aus Regierungskreisen verlautete."),
        ("fr", "Le gouvernement restreint les visas des chercheurs",
         "Le gouvernement restreint les visas des chercheurs étrangers, selon une source proche du dossier."),
        ("es", "El Gobierno endurece los visados para investigadores",
         "El Gobierno endurece los visados para investigadores extranjeros, dijo una fuente cercana al ministerio."),
    ],
)
def test_one_unnamed_source_reports(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language, published=_PUBLISHED).status == "reported"
