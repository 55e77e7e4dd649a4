"""The patterns of each kind of fact: amounts written with a currency's code or name."""

from __future__ import annotations

import pytest

from bot.analysis.qa.vocabulary import _AMOUNT


@pytest.mark.parametrize(
    "text",
    ["the charge rises to AUD 2,000 from July", "a monthly salary of SGD30,000", "at least 80,000 Saudi Riyals",
     "worth 5,000 dirhams a month", "Rs 1.1 lakh approx", "a grant of EUR 250,000", "1,200 kroner per application"],
)
def test_an_amount_written_with_a_currency_code_or_name(text: str) -> None:
    assert _AMOUNT.search(text)


@pytest.mark.parametrize(
    "text", ["2 real problems remain", "the 2025 audit found gaps", "a SAR of five pages", "it took 3 hours"],
)
def test_a_number_that_is_not_an_amount(text: str) -> None:
    assert not _AMOUNT.search(text)
