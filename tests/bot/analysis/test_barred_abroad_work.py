"""Kept from working for a foreign employer is a control on where a country's people may go and work:
a travel restriction; a bar on hiring foreigners at home is not."""

from __future__ import annotations

import pytest

from bot.analysis.tagging import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Chip engineers barred from working for Chinese firms",
         "Engineers who worked on advanced chip lines will be barred from working for Chinese companies for "
         "three years, the economy ministry said."),
        ("Nuclear scientists not allowed to work abroad without clearance",
         "Scientists at state reactors will not be allowed to work in foreign laboratories without clearance."),
        ("Defence researchers banned from taking jobs with overseas rivals",
         "Researchers at military institutes are banned from taking jobs with overseas companies."),
    ],
)
def test_barred_from_working_for_a_foreign_employer_is_a_travel_restriction(title: str, text: str) -> None:
    assert tag(title, text).policy_type == "travel_restriction"


def test_a_bar_on_work_at_home_is_not_a_travel_restriction() -> None:
    tags = tag(
        "Students on study visas barred from working more than 20 hours",
        "International students on study visas are barred from working in off-campus jobs for more than 20 "
        "hours a week during term.",
    )
    assert tags.policy_type != "travel_restriction"
