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


def test_a_figure_for_each_one_is_not_answered_by_the_total() -> None:
    doc = QADocument(id="p", title="Country P caps study permits",
                     text=("Provinces will get 364,000 study permits in total next year, down from 560,000. "
                           "Colleges will get fewer students."))
    assert not answer_question("How many study permits will each province get?", [doc]).answered
    per_year = QADocument(id="y", title="Country Y funds visiting fellows",
                          text="Fellows will receive an annual grant of 4,800 dollars for up to three years.")
    answer = answer_question("How much do fellows get each year?", [per_year])
    assert answer.answered and "4,800 dollars" in answer.answer


def test_what_happens_if_is_answered_only_by_a_sentence_telling_that_case() -> None:
    doc = QADocument(id="z", title="Country Z's student cap bill stalls in the Senate",
                     text=("The bill caps new international student enrolments at 270,000 a year. "
                           "Ann Hill, education spokesperson for the opposition, said Monday that the bill is chaotic "
                           "and fails to address the structural issues the government has created."))
    question = "What will the government do if the bill fails?"
    assert not answer_question(question, [doc]).answered
    plan = QADocument(id="z2", title=doc.title,
                      text=doc.text + " If the bill fails, the government will set the caps by ministerial direction.")
    answer = answer_question(question, [plan])
    assert answer.answered and answer.answer == "“If the bill fails, the government will set the caps by ministerial direction.”"


def test_as_per_is_according_to_not_a_figure_for_each_one() -> None:
    doc = QADocument(id="ap", title="Country Q trims work permits",
                     text=("As per the labour ministry, the quota will allow about 48,000 work permits next year. "
                           "Regions will share them out later."))
    assert not answer_question("How many work permits will each region get?", [doc]).answered


def test_a_number_that_names_a_gazette_is_not_a_count() -> None:
    doc = QADocument(id="gz", title="Country T sets rules for its Amber Card",
                     text=("The Amber Card rules were printed in the Official Bulletin dated 3 May 2019 and numbered "
                           "41286, under the title Amber Card Regulation. The card lets holders work anywhere."))
    assert not answer_question("How many Amber Cards have been issued?", [doc]).answered


def test_a_date_to_come_stated_clearly_beats_the_day_the_rule_was_published() -> None:
    doc = QADocument(
        id="l", title="Wage-weighted H-1B lottery becomes final",
        text=("On December 29, 2025, DHS published a final rule changing how the H-1B cap lottery selects "
              "registrations. The agency received thousands of comments. "
              "The rule is effective February 27, 2026, in time for the next cap season."),
    )
    answer = answer_question("When does the new lottery rule start to apply?", [doc])
    assert answer.answered and "February 27, 2026" in answer.answer.split("\n")[0]
    # With no date to come at all, the day it was published still answers nothing.
    published = QADocument(id="p", title=doc.title,
                           text="On December 29, 2025, DHS published a final rule changing the H-1B cap lottery.")
    assert not answer_question("When does the new lottery rule start to apply?", [published]).answered


def test_a_figure_in_a_table_is_read_with_its_label() -> None:
    # A table's cell holds only the figure; the row's label, on the line before, says what it is of.
    doc = QADocument(id="t", title="Country T updates its permit rules",
                     text=("The figures below apply from March.\n\n"
                           "Minimum pay, researchers under thirty\n\n€ 3.100 gross per month\n\n"
                           "Minimum pay, researchers aged thirty or older\n\n€ 4.250 gross per month\n\n"
                           "Employers must show the contract to the immigration office."))
    older = answer_question("How much must researchers aged thirty or older earn?", [doc])
    assert older.answered and "4.250" in older.answer and "3.100" not in older.answer
    younger = answer_question("How much must researchers under thirty earn?", [doc])
    assert younger.answered and "3.100" in younger.answer
    assert not answer_question("How much must nurses earn?", [doc]).answered


FEE = QADocument(id="f", title="New fee for work visas", text=(
    "The government announced a new fee for work visas on Monday. "
    "The fee does not apply to people in the country who file for an extension of their stay. "
    "Officials said the measure would raise money for training."))


def test_the_rules_and_plain_word_overlap_agree_on_a_sentence_repeating_the_question() -> None:
    from bot.analysis.qa.ranking import _candidates, _overlap_agrees
    found = _candidates("Does the fee apply to people who file for an extension?", [FEE])
    assert found is not None and _overlap_agrees(found)


def test_no_agreement_on_a_sentence_holding_few_of_the_question_words() -> None:
    from bot.analysis.qa.ranking import _candidates, _overlap_agrees
    found = _candidates("Who pays for training?", [FEE])
    assert found is not None and found.scored and not _overlap_agrees(found)


def test_a_compound_holds_its_head_in_a_question_of_another_language() -> None:
    from bot.analysis.qa.ranking import _candidates, _with_compound_heads
    from bot.analysis.qa.sources import _sentences

    doc = QADocument(id="g", title="Blaue Karte",
                     text="Das Bundesamt hat die Normbedragen und die Gehaltsgrenze für das kommende Jahr veröffentlicht.")
    sentences = _with_compound_heads(_sentences([doc]), ("bedragen", "grenz", "jahr"))
    held = frozenset().union(*(s.terms for s in sentences))
    assert {"bedragen", "grenz"} <= held  # the heads of "Normbedragen" and "Gehaltsgrenze"
    assert "jahr" in held  # (a word the sentence has as such)
    # Not a short word that merely ends a longer one ("Bundesamt"), nor any compound for an English question.
    assert "amt" not in frozenset().union(*(s.terms for s in _with_compound_heads(_sentences([doc]), ("amt",))))
    english = _candidates("Which bedragen were published?", [doc])
    assert english is not None and english.about is not None and english.about.absent == 1  # read as English: "bedragen" stays absent
