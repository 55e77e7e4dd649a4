"""The entry point's choice of path (`bot.analysis.qa.answer`): a question too short for a language guess but
read by another language's question words is taken as asked in the article's own language, so the same
language path (with its confidence bar) answers it, not the across-language one. The articles are written
for these tests; none is a sentence of the labelled set."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.answer import _own_language


def _doc(text: str, title: str, doc_id: str = "x") -> QADocument:
    return QADocument(id=doc_id, url=f"https://example.org/{doc_id}", title=title, text=text)


ES_ANNOUNCED = _doc(
    "Madrid. El Gobierno presentó el 3 de marzo de 2025 el nuevo visado para profesionales extranjeros. "
    "La oposición criticó el proyecto y pidió más personal en las oficinas consulares.",
    "El Gobierno presenta el nuevo visado para profesionales",
)


@pytest.mark.parametrize("question", ["¿Cuándo entraría en vigor la norma?", "Quand la loi sera-t-elle promulguée ?"])
def test_a_short_question_with_another_languages_question_word_is_the_articles_language(question: str) -> None:
    assert _own_language(question, "es")


@pytest.mark.parametrize(("question", "language"), [
    ("When will the rule start?", "es"),  # English: the across-language path
    ("¿Cuándo entraría en vigor la norma?", "en"),  # about an English article: across languages
])
def test_english_questions_and_english_articles_keep_their_path(question: str, language: str) -> None:
    assert not _own_language(question, language)


def test_an_own_language_question_needs_the_same_language_confidence() -> None:
    # Across languages any date with a statement would do; read as Spanish, the presentation's date
    # holds nothing of "entrar en vigor" and the question is refused.
    assert not answer_question("¿Cuándo entraría en vigor la norma?", [ES_ANNOUNCED]).answered


def test_an_english_question_about_the_same_article_still_goes_across() -> None:
    answer = answer_question("When was the new visa presented?", [ES_ANNOUNCED])
    assert answer.answered and "3 de marzo de 2025" in answer.answer


def test_a_question_in_another_script_keeps_the_across_path() -> None:
    assert not _own_language("متى يبدأ تطبيق القرار؟", "ar")  # its dates are read by the across readers
