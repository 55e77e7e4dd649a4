"""Staff called home from abroad by their state or employer is a travel restriction (a limit on where a
country's engineers may work, as an exit control is), in English and other languages; a product recall is not."""

from __future__ import annotations

import pytest

from bot.analysis.tagging import tag


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Chipmaker recalls dozens of Korean engineers from its Arizona plant",
         "The move follows government concern over know-how leaving the country."),
        ("en", "Battery maker pulls its Japanese technicians out of Mexico",
         "The company gave no reason, people familiar with the matter said."),
        ("en", "Carmaker's plant in Hungary loses foreign staff",
         "Most of the Chinese engineers at the site were instructed to return home last month."),
        ("zh", "某电池企业从墨西哥召回200名工程师", "知情人士称，相关人员已陆续回国。"),
        ("ru", "Компания отозвала 150 инженеров из Вьетнама", "Причины решения не называются."),
    ],
)
def test_staff_called_home_is_a_travel_restriction(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language).policy_type == "travel_restriction"


def test_a_product_recall_is_not_one() -> None:
    tags = tag("Carmaker recalls 50,000 vehicles over faulty brakes",
               "Engineers found a defect in the brake software.")
    assert tags.policy_type != "travel_restriction"
