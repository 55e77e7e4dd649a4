"""What a government calls a permission (bot/analysis/policy_type_names.py)."""

from __future__ import annotations

from bot.analysis.policy_type_names import as_the_government_names_it, visa_names
from bot.analysis.prepared_text import prepare


def test_a_name_the_article_calls_a_visa_matches_its_route() -> None:
    units = prepare("Tier 1 Investor route closed", "The Home Office closed Tier 1 Investor visas with immediate effect.")
    routes = visa_names(units)
    assert routes is not None and routes.search("the Tier 1 Investor route has been closed")
    # A bare common word before "visa" names nothing.
    assert visa_names(prepare("New rules", "The new student visa costs more.")) is None


def test_a_visa_of_a_government_of_statuses_is_a_status() -> None:
    units = prepare("Japan eases status of residence", "Japan will ease the “Highly Skilled Professional” status "
                    "of residence; the new visa takes effect in April.")
    assert as_the_government_names_it("visa", ("JP",), units) == "immigration"
    # ... unless the article is about a visa proper (a letter class, issuance, waivers) or another government.
    assert as_the_government_names_it("visa", ("US",), units) == "visa"
    assert as_the_government_names_it("immigration", ("JP",), units) == "immigration"
