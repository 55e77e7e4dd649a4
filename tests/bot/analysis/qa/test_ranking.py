"""The candidate answers and the confidence of the best (`bot.analysis.qa.ranking`), on invented text."""

from __future__ import annotations

from bot.analysis.qa import QADocument, answer_question


def test_a_count_narrowed_by_a_place_is_not_answered_by_the_whole_group() -> None:
    doc = QADocument(id="u", title="Country U revokes a university's right to host students",
                     text="The decision puts in doubt the status of the 6,800 international students enrolled at the "
                          "university. "
                          "China is among the countries affected.")
    assert not answer_question("How many Chinese students are enrolled at the university?", [doc]).answered
    named = QADocument(id="n", title="Country U revokes a university's right to host students",
                       text="About 1,200 students from China are enrolled at the university.")
    answer = answer_question("How many Chinese students are enrolled at the university?", [named])
    assert answer.answered and "1,200" in answer.answer
