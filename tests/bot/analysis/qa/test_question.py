"""Reading what a question asks for: a figure asked as "What will the ... threshold be?"."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.question import _analyse

PLAN = QADocument(
    id="uk", url="https://example.co.uk/white-paper", title="Home Office sets out migration white paper",
    text=("The Home Office published its immigration white paper on Monday. "
          "Ministers said the skilled worker salary threshold would rise, without giving a figure. "
          "Care workers will no longer be recruited from abroad. "
          "The changes will require new rules to be laid before Parliament."),
)
FEE = QADocument(
    id="au", url="https://example.com.au/fees", title="Student visa charge doubles",
    text=("The government will raise the student visa application fee. "
          "From 1 July the fee will be AUD 2,000, up from AUD 1,600. "
          "Pacific Island applicants are exempt."),
)


@pytest.mark.parametrize(
    "question",
    ["What will the new skilled worker salary threshold be?", "What will the fee be?",
     "What is the application fee now?", "What would the minimum wage threshold be?"],
)
def test_what_will_the_figure_be_asks_for_an_amount(question: str) -> None:
    assert _analyse(question).kind == "amount"


def test_a_threshold_the_article_names_without_a_figure_is_not_an_answer() -> None:
    # The sentence speaks of the threshold, but holds no amount: the question is refused, not answered
    # with a sentence about something else.
    answer = answer_question("What will the new skilled worker salary threshold be?", [PLAN])
    assert not answer.answered, answer.answer


def test_a_figure_the_article_states_is_quoted() -> None:
    answer = answer_question("What will the student visa fee be?", [FEE])
    assert answer.answered and "AUD 2,000" in answer.answer


@pytest.mark.parametrize(
    ("question", "kind"),
    [("How much of each salary does the fund cover?", "quantity"), ("What share were first-time applicants?", "quantity"),
     ("When is the amended act meant to apply?", "when"), ("What is the scheme meant to achieve?", "why")],
)
def test_a_share_and_a_when_worded_with_meant_to(question: str, kind: str) -> None:
    assert _analyse(question).kind == kind


def test_how_much_of_is_answered_by_a_share_not_refused_for_want_of_a_salary() -> None:
    doc = QADocument(id="s", title="Country S pays for returning scientists",
                     text="The agency will allocate 50 million euros to cover a third of the cost of hiring 30 scientists.")
    answer = answer_question("How much of each salary does the agency cover?", [doc])
    assert answer.answered and "a third of the cost" in answer.answer


@pytest.mark.parametrize(
    ("question", "head"),
    [("Which union led the protest?", ("union",)), ("Which court gave the ruling?", ("court",)),
     ("Which agency runs the scheme?", ("agency",)), ("Which visa holders are affected?", ("holder",))],
)
def test_the_verb_after_the_noun_asked_about_is_not_its_head(question: str, head: tuple[str, ...]) -> None:
    assert _analyse(question).head == head


def test_which_noun_did_something_is_answered_without_the_noun_in_the_sources() -> None:
    doc = QADocument(id="l", title="Court blocks the research visa rule",
                     text="The Federation of Research Employers spearheaded the case against the rule in March.")
    answer = answer_question("Which association led the case?", [doc])
    assert answer.answered and "Federation of Research Employers" in answer.answer


def test_final_and_original_only_grade_what_is_asked() -> None:
    # "final approval" is the approval; "the original bill" the bill: the sources need not say "final".
    assert "final" not in _analyse("Which chamber gave final approval?").focus
    assert "original" not in _analyse("Who opposed the original bill?").focus
    doc = QADocument(id="t", title="Country T passes its research security bill",
                     text=("The bill was approved by a majority vote of the Senate, the upper chamber of parliament, "
                           "on Friday. It takes effect in April."))
    answer = answer_question("Which chamber gave final approval?", [doc])
    assert answer.answered and "the Senate" in answer.answer


def test_a_modal_verb_is_no_word_the_answer_must_hold() -> None:
    # "What must officials tell ...?" asks what they are to say: "must" elsewhere in the article is no clue.
    doc = QADocument(id="u", title="Court restores Country U university's visa programme",
                     text=("A judge on Friday blocked the revocation of the university's exchange programme. "
                           "Staff must report every visa holder's address each month, the agency said. "
                           "The judge directed officials to instruct consular officers to disregard the revocation."))
    assert "must" not in _analyse("What must officials tell consular officers?").focus
    answer = answer_question("What must officials tell consular officers?", [doc])
    assert answer.answered and "disregard the revocation" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["What capital would entrepreneurs need?", "What is the current capital requirement?",
     "What was the capital requirement before the change?", "What is Samsung's estimated loss?",
     "What investment is required?"],
)
def test_capital_an_investment_or_a_loss_is_an_amount(question: str) -> None:
    assert _analyse(question).kind == "amount"


@pytest.mark.parametrize(
    "question", ["Which capital hosts the agency?", "Who lost their jobs?", "What did the capital announce?"])
def test_capital_and_loss_as_other_words_ask_for_no_amount(question: str) -> None:
    assert _analyse(question).kind != "amount"


def test_a_capital_asked_for_in_another_language_is_answered_by_its_sum() -> None:
    doc = QADocument(
        id="jp", title="経営管理ビザの要件を厳格化",
        text=("出入国在留管理庁は経営管理ビザの要件を見直す。"
              "資本金の要件は従来の500万円から3,000万円以上に引き上げられる。"
              "常勤職員1名以上の雇用も必要となる。"),
    )
    answer = answer_question("What was the capital requirement before the change?", [doc])
    assert answer.answered and "500万円" in answer.answer


@pytest.mark.parametrize(
    ("question", "head"),
    [("What is the case called?", ("cas",)), ("What are the three pathways called?", ("pathway",)),
     ("What is the new visa known as?", ("visa",))],
)
def test_what_is_it_called_asks_for_a_name_next_to_its_noun(question: str, head: tuple[str, ...]) -> None:
    q = _analyse(question)
    assert (q.kind, q.head) == ("which", head)
    assert not {"cal", "call", "known"} & set(q.focus)


@pytest.mark.parametrize("question", ["What is the ministry calling for?", "What was called into question?",
                                      "Who is the case named after?"])
def test_other_questions_with_called_ask_for_no_name(question: str) -> None:
    assert _analyse(question).kind != "which"


def test_a_name_given_after_its_noun_answers_what_it_is_called() -> None:
    doc = QADocument(
        id="c", title="Court blocks the wage rule",
        text=("A federal court has set aside the wage rule. The ruling takes effect at once. "
              "The case is Chamber of Commerce v. DHS (20-cv-07331)."),
    )
    answer = answer_question("What is the case called?", [doc])
    assert answer.answered and "Chamber of Commerce v. DHS" in answer.answer


def test_by_what_percentage_asks_for_the_change() -> None:
    q = _analyse("By what percentage does the criterion rise?")
    assert q.kind == "change" and "percentag" not in q.focus
    doc = QADocument(id="n", title="Salary criteria for skilled migrants rise",
                     text=("The salary criteria are set every year. "
                           "For the coming year, the salary criterion will be increased by 4.46%."))
    answer = answer_question("By what percentage does the criterion rise?", [doc])
    assert answer.answered and "4.46%" in answer.answer
    assert _analyse("What percentage of applicants were approved?").kind != "change"


def test_roughly_only_grades_the_figure_asked_for() -> None:
    q = _analyse("Roughly what does it cost in total?")
    assert q.kind == "amount" and "roughly" not in q.focus
    doc = QADocument(id="m", title="Malaysia's tech visa explained",
                     text=("The visa is managed by the digital agency. "
                           "While the total cost is modest (around RM 2,000), the process is thorough."))
    answer = answer_question("Roughly what does it cost in total?", [doc])
    assert answer.answered and "RM 2,000" in answer.answer
    # A word the sources lack still counts when it is no grading word.
    assert not answer_question("Roughly what does the translation cost?", [doc]).answered


@pytest.mark.parametrize(
    ("question", "focus"),
    [("Since when does the new cap apply?", ("cap",)), ("When will the new award structure be in place?",
                                                        ("award", "structur")),
     ("Until when is the pass valid?", ("pass", "valid"))],
)
def test_since_until_and_in_place_ask_for_the_date_only(question: str, focus: tuple[str, ...]) -> None:
    q = _analyse(question)
    assert (q.kind, q.focus) == ("when", focus)


def test_where_will_it_take_place_still_asks_where() -> None:
    assert _analyse("Where will the talks take place?").kind == "where"


def test_since_when_is_answered_by_the_date_it_applies_from() -> None:
    doc = QADocument(id="w", title="Canada caps off-campus work for students",
                     text=("The government has confirmed the new cap on off-campus work. "
                           "As of Nov. 8, 2024, eligible students may work off campus for up to 24 hours per week."))
    answer = answer_question("Since when does the new cap apply?", [doc])
    assert answer.answered and "Nov. 8, 2024" in answer.answer


def test_by_how_much_keeps_the_sum_it_is_about() -> None:
    q = _analyse("By how much will the charge rise?")
    assert q.kind == "change" and "charg" in q.focus
    doc = QADocument(id="k", title="Home Office plans migration overhaul",
                     text=("The proposed overhaul aims to bring net migration down by approximately 100,000 annually. "
                           "Employers will also face new rules on sponsorship."))
    assert not answer_question("By how much will the charge rise?", [doc]).answered
    charged = QADocument(id="c", title="Immigration skills charge rises",
                         text="The immigration skills charge will rise by 32% from December.")
    answer = answer_question("By how much will the charge rise?", [charged])
    assert answer.answered and "32%" in answer.answer


def test_instead_is_no_word_the_sources_must_use() -> None:
    doc = QADocument(id="i", title="UK closes the investor visa",
                     text=("The Home Office closed the investor visa route with immediate effect. "
                           "The Home Office will now be making reforms to the Innovator route to attract founders."))
    answer = answer_question("Which route will be reformed instead?", [doc])
    assert answer.answered and "Innovator route" in answer.answer
    # A word the sources do lack still weighs against an answer.
    assert not answer_question("Which route will be abolished instead?", [doc]).answered


@pytest.mark.parametrize(
    ("question", "kind", "head"),
    [("已有多少家企业提交了申请?", "count", ("家",)), ("名单里有多少所大学？", "count", ("所",)),
     ("有多少家公司支付了这笔费用?", "count", ("家",)), ("工作签证的申请費是多少？", "amount", ()),
     ("申请费提高到多少?", "quantity", ())],
)
def test_a_chinese_count_is_read_by_its_counter_and_a_fee_as_an_amount(
        question: str, kind: str, head: tuple[str, ...]) -> None:
    q = _analyse(question)
    assert (q.kind, q.head) == (kind, head)
