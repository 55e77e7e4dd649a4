"""Thread answers on real-world question shapes: the kind of fact a question wants, the sentence that
holds it about the question's subject, and a refusal when no sentence does (invented fixtures)."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, _analyse, answer_question

# A story told the way real pages tell it: a dateline, an announcement, its date, who signed it, who is
# left out, what it costs, why, and page furniture around it.
STORY = QADocument(
    id="s1",
    url="https://example.org/s1",
    title="Country Q tightens rules for foreign researchers",
    text=(
        "To print this article, all you need is to be registered or login on Example.com.\n\n"
        "The government of Country Q on 3 March 2026 announced new screening rules for foreign researchers "
        "in sensitive fields, read the decree, signed by Science Minister Anna Berg. "
        "The rules take effect on 1 July 2026. "
        "Researchers from Norway, Sweden and Denmark are exempt, officials said. "
        "The rules apply to all other countries except Iceland and Finland. "
        "Applicants will pay a screening fee of $500. "
        "Successful applicants will draw a salary of at least $90,000 a year. "
        "The ministry said the rules were needed because of fears that sensitive research could leak abroad. "
        "Several universities have criticised the decree. "
        "The rules do not apply to students who already hold a visa, but they will also apply to renewals."
    ),
)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Is the rule in force?", "polar"),
        ("Does it apply to renewals?", "polar"),
        ("What prompted the ban?", "why"),
        ("What's Beijing worried about?", "why"),
        ("Where did this come from?", "source"),
        ("Which outlet reported it?", "source"),
        ("What replaces it?", "what"),
        ("What was the 2025 cap?", "quantity"),
        ("What share of applicants came from the US?", "quantity"),
        ("What salary qualifies for the pass?", "amount"),
        ("Who are the defendants?", "who"),
        ("Which visa does the guidance cover?", "which"),
    ],
)
def test_question_kinds(question: str, kind: str) -> None:
    assert _analyse(question).kind == kind


def test_kind_of_noun_phrase_is_skipped() -> None:
    assert _analyse("What kind of visa category is it added to?").head == ("category",)


def test_when_was_it_announced_wants_the_announcement_date_not_the_start() -> None:
    answer = answer_question("When was it announced?", [STORY])
    assert answer.answered and "3 March 2026" in answer.answer
    start = answer_question("When do the rules take effect?", [STORY])
    assert start.answered and "1 July 2026" in start.citations[0].quote


def test_who_signed_finds_the_agent_and_keeps_it_in_the_quote() -> None:
    answer = answer_question("Who signed the decree?", [STORY])
    assert answer.answered and "Anna Berg" in answer.citations[0].quote


def test_which_countries_wants_the_places_and_a_negative_question_the_exception() -> None:
    answer = answer_question("Which countries are not covered?", [STORY])
    assert answer.answered and "Iceland and Finland" in answer.citations[0].quote


def test_a_fee_is_not_a_salary() -> None:
    fee = answer_question("What fee do applicants pay?", [STORY])
    assert fee.answered and "$500" in fee.citations[0].quote
    salary = answer_question("What salary must applicants earn?", [STORY])
    assert salary.answered and "$90,000" in salary.citations[0].quote
    no_fee = QADocument(
        id="n", title="Country R sets salary floor for skilled visas",
        text="Skilled workers must earn at least $70,000 a year. The rule starts in May.",
    )
    assert not answer_question("What fee will skilled workers pay?", [no_fee]).answered


def test_a_question_about_something_the_sources_never_mention_is_refused() -> None:
    # "indexed", "reimbursed", "spouses": the concept asked about is nowhere in the sources.
    for question in ("Will the fee be indexed next year?", "Will researchers be reimbursed for the fee?",
                     "Can researchers bring their spouses?"):
        assert not answer_question(question, [STORY]).answered, question


def test_words_of_general_meaning_need_not_be_in_the_sources() -> None:
    # "get" is nowhere in the story, but what applicants get is.
    answer = answer_question("What salary do successful applicants get?", [STORY])
    assert answer.answered and "$90,000" in answer.answer


def test_a_yes_no_question_is_answered_by_the_sentence_that_decides_it() -> None:
    answer = answer_question("Do the rules still apply to renewals?", [STORY])
    assert answer.answered and "also apply to renewals" in answer.citations[0].quote


def test_why_is_answered_by_the_reason() -> None:
    answer = answer_question("What prompted the new rules?", [STORY])
    assert answer.answered and "fears that sensitive research could leak" in answer.answer


def test_several_is_no_count() -> None:
    assert not answer_question("How many universities have criticised the decree?", [STORY]).answered


def test_page_furniture_is_no_evidence() -> None:
    answer = answer_question("Is registration needed?", [STORY])
    assert not answer.answered or "print this article" not in answer.answer


def test_a_long_sentence_is_quoted_around_its_answer() -> None:
    long_doc = QADocument(
        id="l", title="Country S pauses student visa interviews",
        text=("Effective immediately, in preparation for an expansion of required social media screening and "
              "vetting, consular sections should not add any additional student or exchange visitor visa "
              "appointment capacity until further guidance is issued, which we anticipate in the coming days, "
              "read the cable, signed by Foreign Minister Lena Holm."),
    )
    answer = answer_question("Who signed the cable?", [long_doc])
    assert answer.answered and "Lena Holm" in answer.answer
    quote = answer.citations[0].quote
    assert len(quote) <= 300 and quote.startswith("…") and quote[1:] in long_doc.text


def test_two_equally_good_answers_are_both_quoted() -> None:
    doc = QADocument(
        id="t", title="Country T caps permits",
        text=("The cap will cut the number of study permits to 300,000 in 2026. "
              "Officials confirmed the cap on study permits will be 300,000 next year."),
    )
    answer = answer_question("How many study permits will be issued?", [doc])
    assert answer.answered and len(answer.citations) == 2


def test_aim_as_a_verb_does_not_make_a_why_question() -> None:
    assert _analyse("How many visas does the government aim to issue by 2030?").kind == "count"
    assert _analyse("What is the aim of the scheme?").kind == "why"


def test_the_reports_own_statement_beats_a_quoted_one() -> None:
    doc = QADocument(
        id="g", title="Country G grants golden visas",
        text=("On his page, the minister said: “Today we celebrated the first batch of 2500 scientists who were "
              "granted the golden visa.” The first batch includes 2,500 scientists, researchers and investors."),
    )
    answer = answer_question("How many people are in the first batch?", [doc])
    assert answer.answered and answer.citations[0].quote.startswith("The first batch includes 2,500")


def test_a_date_of_saying_or_of_a_dateline_is_no_answer_to_when() -> None:
    doc = QADocument(
        id="d", title="Country D to screen research grants",
        text=("OTTAWA (Wire - 16 January 2025) The rules cover grant applications in sensitive fields. "
              "The rules, an official said in a press briefing 16 January, could apply to thousands of grant "
              "applications."),
    )
    assert not answer_question("When does the policy start applying to grant applications?", [doc]).answered


def test_a_relative_time_answers_when() -> None:
    doc = QADocument(id="r", title="Country R opens a talent visa",
                     text="Visa holders can apply for permanent residence after one year in the country.")
    answer = answer_question("When can visa holders become permanent residents?", [doc])
    assert answer.answered and "after one year" in answer.answer


def test_captions_and_headlines_in_the_text_are_not_preferred() -> None:
    doc = QADocument(
        id="c", title="Country C lists sensitive research areas",
        text=("Jean Dupont, Canadian Minister of Innovation, Science and Industry.\n\n"
              "The government published a list of sensitive technology research that includes artificial "
              "intelligence, quantum science and robotics."),
    )
    answer = answer_question("Which research fields are covered?", [doc])
    assert answer.answered and "quantum science" in answer.citations[0].quote


def test_a_website_answers_where_better_than_a_dateline() -> None:
    doc = QADocument(
        id="w", title="Country W sets a fee",
        text=("WASHINGTON — Employers must pay the new fee for each petition. "
              "The payment must be made through https://www.pay.gov before filing the petition."),
    )
    answer = answer_question("Where do employers pay it?", [doc])
    assert answer.answered and "pay.gov" in answer.citations[0].quote


def test_one_missing_word_is_outweighed_by_a_sentence_that_holds_the_rest() -> None:
    # "exempt" is nowhere in the sources, but one sentence names the nationalities and the certificate.
    doc = QADocument(
        id="x", title="Country X requires a research certificate",
        text=("Foreign researchers in sensitive fields need an academic certificate before they can start. "
              "Nationals of Canada, Japan and Australia do not need the certificate."),
    )
    answer = answer_question("Which nationalities do not need a certificate?", [doc])
    assert answer.answered and "Canada, Japan and Australia" in answer.answer
    # ... but a question about what the sources lack altogether is refused.
    assert not answer_question("How much does the certificate cost?", [doc]).answered
