"""Quoting an answer (`bot.analysis.qa.quotes`): a long sentence is cut around its answer, never inside a name."""

from __future__ import annotations

from bot.analysis.qa.question import _analyse
from bot.analysis.qa.quotes import _excerpt, _name_start


def test_an_excerpt_does_not_start_inside_a_name() -> None:
    text = ("Federal Skilled Mobility Act No. 12 reshaped the procedures for granting work permits to foreign "
            "researchers and their families, while setting out the steps an employer must take before hiring "
            "anyone from abroad, from advertising the post to checking the salary against the median, and "
            "introduced the Blue Horizon Card.")
    quote = _excerpt(text, _analyse("Which law introduced the card?"))
    assert quote.startswith("Federal Skilled Mobility Act No. 12")  # not "…Act No. 12 reshaped"


def test_name_start_moves_back_to_the_first_word_of_the_name() -> None:
    text = "Under the plan, National Talent Office staff will review each file."
    assert _name_start(text, text.index("Talent")) == text.index("National")
    assert _name_start(text, text.index("staff")) == text.index("staff")  # not a name: left alone
    assert _name_start(text, 0) == 0
