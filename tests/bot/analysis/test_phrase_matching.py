"""English cues read on another language's page: only in their English word forms."""

from __future__ import annotations

import pytest

from bot.analysis.phrase_matching import PhraseMatcher, english_forms_only, is_english_form
from bot.analysis.tokens import match_tokens


@pytest.mark.parametrize(("surface", "phrase"), [
    ("courts", "court"), ("Court", "court"), ("moved", "moving"), ("move", "moving"), ("travellers", "travel"),
    ("researcher", "researchers"), ("studied", "studies"), ("banned", "ban"), ("program", "programme"),
    ("ministry's", "ministry"), ("permits", "permit"),
    # Phrases of several words are specific enough in any language, and are not judged.
    ("carte bleu européenne", "carte bleue européenne"),
])
def test_english_forms_kept(surface: str, phrase: str) -> None:
    assert is_english_form(surface, phrase)


@pytest.mark.parametrize(("surface", "phrase"), [
    ("courte", "court"), ("permite", "permit"), ("gazete", "gazetted"), ("consente", "consent"),
    ("stage", "stag"), ("limite", "limit"),
])
def test_other_languages_words_dropped(surface: str, phrase: str) -> None:
    assert not is_english_form(surface, phrase)


def test_english_forms_only_on_a_french_sentence() -> None:
    matcher = PhraseMatcher([("rule", "court", 1.0), ("mobility", "visa", 1.0)])
    text = "un visa de courte durée"
    found = matcher.find(text, match_tokens(text))
    assert {m.phrase for m in found} == {"court", "visa"}  # the stemmer alone takes "courte"
    assert [m.phrase for m in english_forms_only(text, found)] == ["visa"]
    english = "the courts struck down the visa rule"
    assert {m.phrase for m in english_forms_only(english, matcher.find(english))} == {"court", "visa"}
