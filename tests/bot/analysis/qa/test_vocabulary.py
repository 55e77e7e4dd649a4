"""The patterns of each kind of fact: amounts written with a currency's code or name."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, answer_question
from bot.analysis.qa.vocabulary import _AMOUNT, _COUNT, _DECIDES


@pytest.mark.parametrize(
    "text",
    ["the charge rises to AUD 2,000 from July", "a monthly salary of SGD30,000", "at least 80,000 Saudi Riyals",
     "worth 5,000 dirhams a month", "Rs 1.1 lakh approx", "a grant of EUR 250,000", "1,200 kroner per application",
     "lowered the salary limit from Dh50,000", "a total cost of around RM 2,000", "a fee of THB 10,000",
     "a fine of ₩5,000,000", "Dhs 3,000 a year"],
)
def test_an_amount_written_with_a_currency_code_or_name(text: str) -> None:
    assert _AMOUNT.search(text)


@pytest.mark.parametrize(
    "text", ["2 real problems remain", "the 2025 audit found gaps", "a SAR of five pages", "it took 3 hours",
             "the DH 2 engine", "THB-2 receptor", "under RM-3 rules"],
)
def test_a_number_that_is_not_an_amount(text: str) -> None:
    assert not _AMOUNT.search(text)


def test_entry_and_adding_are_matched_in_their_other_forms() -> None:
    ban = QADocument(id="b", title="Country B bars travellers",
                     text="The order bars citizens of five countries from entering the country for 90 days.")
    answer = answer_question("How long does the entry ban run?", [ban])
    assert answer.answered and "90 days" in answer.answer
    top_up = QADocument(id="t", title="Scientists fund grows",
                        text="Country T backed the fund with an additional €50 million.")
    answer = answer_question("How much is Country T adding?", [top_up])
    assert answer.answered and "€50 million" in answer.answer


@pytest.mark.parametrize(
    "sentence",
    ["The changes take effect in May, subject to the bill being passed.", "The final rule is unchanged from the draft."],
)
def test_a_condition_or_a_sameness_decides_a_yes_or_no_question(sentence: str) -> None:
    assert _DECIDES.search(sentence)


def test_come_along_asks_about_the_family_not_about_the_word_along() -> None:
    doc = QADocument(id="f", title="Country F opens a long-term resident visa",
                     text=("The visa lasts ten years. Spouses and children under 20 will be permitted to travel and "
                           "remain with the primary visa holder throughout its validity. Applicants must earn at least "
                           "80,000 dollars."))
    answer = answer_question("Can family come along?", [doc])
    assert answer.answered and "Spouses and children" in answer.answer


def test_eligible_finds_open_to() -> None:
    doc = QADocument(id="o", title="Country O launches a science fund",
                     text=("The fund has a budget of 20 million euros. The fund will be open to researchers "
                           "regardless of their nationality. Grants start next year."))
    answer = answer_question("Who is eligible for the fund?", [doc])
    assert answer.answered and "regardless of their nationality" in answer.answer


def test_a_review_is_found_as_a_reassessment() -> None:
    cap = QADocument(id="c", title="Study permits capped",
                     text="The government capped new study permits for two years. The cap will be reassessed in 2025.")
    answer = answer_question("When will the cap be reviewed?", [cap])
    assert answer.answered and "reassessed in 2025" in answer.answer


def test_addressing_is_found_as_mitigating_and_ordering_as_a_direction() -> None:
    memo = QADocument(id="m", title="Country M issues a research security memorandum",
                      text=("The memorandum was issued on Tuesday. It seeks to mitigate the threats posed by "
                            "some foreign governments' efforts to steal Harbourian research. The review was carried "
                            "out at the direction of the Attorney General, Jane Roe."))
    threat = answer_question("What threat does it address?", [memo])
    assert threat.answered and "efforts to steal Harbourian research" in threat.answer
    ordered = answer_question("Who ordered the review?", [memo])
    assert ordered.answered and "Jane Roe" in ordered.answer


def test_a_number_naming_a_law_or_a_clause_is_not_a_count() -> None:
    assert not _COUNT.search("The regulation No. 30007 governs the card.")
    assert not _COUNT.search("Under Article 5 the card is issued.")
    assert not _COUNT.search("as set out in § 18 of the act")
    assert _COUNT.search("About 3,000 cards have been issued.")


def test_easier_finds_simplify() -> None:
    doc = QADocument(id="e", title="EU plans a science act",
                     text=("The Commission plans legislation that will guarantee academic freedom and simplify visa and "
                           "residence procedures for science professionals. It will be tabled next year."))
    answer = answer_question("Will it be easier for scientists to get visas?", [doc])
    assert answer.answered and "simplify visa and residence procedures" in answer.answer
    assert not answer_question("Will it be easier for scientists to get grants?", [doc]).answered


def test_family_members_are_the_family_whatever_the_word_member() -> None:
    doc = QADocument(id="f", title="Country F launches a talent residence permit",
                     text=("The permit is valid for five years. "
                           "It also allows the dependants of its holder to reside in the country."))
    answer = answer_question("Can family members come too?", [doc])
    assert answer.answered and "dependants of its holder" in answer.answer
    assert not answer_question("Can family members work too?", [QADocument(
        id="g", title=doc.title, text="The permit is valid for five years. Holders may change employer.")]).answered


def test_switch_finds_move() -> None:
    doc = QADocument(id="n", title="Nurses get a faster residence pathway",
                     text=("The Green List sets out which roles may apply for residence. "
                           "From 15 December 2022, registered nurses will move to the Straight to Residence pathway."))
    answer = answer_question("From when do nurses switch pathway?", [doc])
    assert answer.answered and "15 December 2022" in answer.answer
    assert not answer_question("From when do nurses pay the levy?", [doc]).answered


def test_sit_on_a_committee_need_not_be_written() -> None:
    doc = QADocument(id="d", title="Denmark issues research security guidelines",
                     text=("The report is the product of an 11-member committee established by the minister in 2020. "
                           "It sets out guidelines for international research collaboration."))
    answer = answer_question("How many members sit on the committee?", [doc])
    assert answer.answered and "11-member committee" in answer.answer
    assert not answer_question("How many members sit on the board?", [doc]).answered


def test_currency_codes_are_upper_case_only() -> None:
    from bot.analysis.qa.vocabulary import _AMOUNT

    assert not _AMOUNT.search("You may try 3 times, then try again at gate 12.")
    assert _AMOUNT.search("The fee is TRY 3,000.")
