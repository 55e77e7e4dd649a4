"""Story concepts: the domain's concepts a headline and lead name, in any language."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.analysis import embed
from bot.analysis.analyzer import analyze
from bot.analysis.story_concepts import concepts, organisations, overlap
from bot.analysis.story_features import StoryFeatures, story_features
from bot.analysis.story_similarity import match_score


def test_concepts_are_read_in_english_and_in_other_languages() -> None:
    assert {"court", "student"} <= set(concepts("A court blocks the ban on international students"))
    assert {"court", "student"} <= set(concepts("Tribunal bloquea la prohibición de estudiantes internacionales"))
    assert "passport" in concepts("员工须上交护照") and "passport" in concepts("Staff must hand in their passports")
    assert concepts("") == ()


def test_concepts_are_read_in_polish_danish_finnish_and_arabic_too() -> None:
    # The thread answers' forms of the glossary's concepts in more languages: a Polish report of a work
    # permit names a visa, a passport and work as the English one does.
    assert {"passport", "visa", "work"} <= set(concepts("Cudzoziemcy: nowa wiza i paszport, zmiany w pracy"))
    assert "work" in concepts("Beløbsgrænsen for udenlandsk arbejdskraft sænkes")
    assert "university" in concepts("Yliopisto laatii ohjeet yhteistyölle")
    assert "passport" in concepts("سحب جواز السفر من الموظفين")
    # Only the glossary's own concepts: the additions' new concepts (a foreigner, a quota) are not read.
    assert "foreigner" not in concepts("Cudzoziemcy: nowa wiza i paszport")
    assert "foreigner" not in concepts("New rules for foreigners working in Poland")


def test_overlap_is_the_share_of_concepts_both_name() -> None:
    assert overlap(("court", "student"), ("court", "university")) == 1 / 3
    assert overlap((), ("court",)) == 0.0


def test_shared_concepts_count_across_languages() -> None:
    if not embed.available():
        pytest.skip("no embedding model: English and Spanish are told apart by it")
    when = datetime(2027, 5, 29)

    def item(title: str, text: str) -> StoryFeatures:
        return story_features(title, text, analyze(title, text, published=when), when)

    english = item("Court blocks ban on university's international students",
                   "A federal judge blocked the government's order barring the university from enrolling "
                   "international students, pending a hearing.")
    spanish = item("Un tribunal bloquea la prohibición de estudiantes internacionales en la universidad",
                   "Una jueza federal bloqueó la orden del gobierno que impedía a la universidad matricular "
                   "estudiantes internacionales.")
    assert overlap(english.concepts, spanish.concepts) > 0.3
    with_concepts = match_score(english, spanish)
    without = match_score(english.model_copy(update={"concepts": ()}), spanish)
    assert with_concepts is not None and without is not None and with_concepts > without


def test_firms_and_universities_in_other_scripts_are_named_as_in_english() -> None:
    assert organisations("검찰, 삼성전자 전 직원 기소") == ("samsung",)
    assert organisations("富士康从工厂召回工程师;哈佛大学的留学生") == ("foxcon", "harvard")
    assert organisations("Гарварду запретили принимать студентов") == ("harvard",)
    # Not inside a common word: 인텔리전스 is "intelligence", not Intel.
    assert organisations("인텔리전스 기관의 보고서") == ()
    when = datetime(2027, 3, 2)
    title, text = "삼성전자 연구원 3명, 기술 유출 혐의로 기소", "검찰은 반도체 공정 기술을 해외로 빼돌린 혐의로 기소했다."
    korean = story_features(title, text, analyze(title, text, published=when), when)
    # The Korean report now shares the company's name with an English report of Samsung engineers.
    assert "samsung" in korean.entities and "samsung" in korean.tokens


def test_function_words_and_places_name_no_concept() -> None:
    # Spanish "los" is not the English "loss"; "Deutschland" and "German" are a country, not a language.
    assert "loss" not in concepts("Los estudiantes y los investigadores")
    assert "loss" in concepts("The loss of talent") and "loss" in concepts("La pérdida de talento")
    assert "language" not in concepts("Deutschland senkt die Gehaltsgrenze")
    assert "language" not in concepts("The German government lowers the salary threshold")
    assert "language" in concepts("Sprachkenntnisse werden verlangt") and "language" in concepts("English language test")
    # A place's name of several words keeps its words' concepts ("United States": a state).
    assert "country" in concepts("Russia takes passports so officials do not flee the country")


def test_german_compounds_name_their_concepts_and_only_theirs() -> None:
    assert {"visa", "fee", "law", "minister"} <= set(
        concepts("Bundesinnenministerium: Arbeitsvisum, Visagebühren und das neue Einwanderungsgesetz")
    )
    assert "publication" in concepts("Spitzenforschung in Europa") and "publication" in concepts("research in Europe")
    # "Fachkräfte" are skilled workers, not a field; "Wissenschaftler" scientists, not knowledge.
    assert "field" not in concepts("Fachkräfte aus dem Ausland") and "field" in concepts("im Fachbereich Informatik")
    assert "knowledge" not in concepts("Wissenschaftler aus den USA") and "knowledge" in concepts("Wissenstransfer")


def test_skilled_and_qualified_workers_are_read_alike_in_german_italian_and_english() -> None:
    english = set(concepts("Highly qualified workers"))
    assert {"requirement", "work"} <= english
    assert set(concepts("Hochqualifizierte Fachkräfte")) == english == set(concepts("Lavoratori altamente qualificati"))
    # "Fachkräfte" are workers, not a field of study.
    assert "field" not in concepts("Fachkräfte aus Drittstaaten") and "work" in concepts("Fachkräfte aus Drittstaaten")
    assert "requirement" not in concepts("Lavoratori stranieri in Italia")
