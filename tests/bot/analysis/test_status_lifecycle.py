"""Status from a lifecycle verb on a rule noun: a phrase among the rule nouns stands by its head noun."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.analysis.prepared_text import prepare
from bot.analysis.status_lifecycle import lifecycle_cues
from bot.analysis.tagging import tag

_PUBLISHED = datetime(2025, 6, 4, tzinfo=UTC)


def test_halting_travel_is_not_suspending_a_rule() -> None:
    # "travel ban" is among the rule nouns; "travel" alone is not a rule.
    tags = tag("Bank halts all travel to China after exit ban on banker",
               "The bank told staff to halt all travel to China after one of its managers was barred from leaving "
               "the country, officials said.", published=_PUBLISHED)
    assert tags.status == "in_effect"


def test_lifting_a_travel_ban_still_rescinds_it() -> None:
    tags = tag("Government lifts travel ban on researchers",
               "The government lifted the travel ban on state researchers on Monday, officials said.",
               published=_PUBLISHED)
    assert tags.status == "rescinded"


def test_a_rule_that_is_to_be_scrapped_is_not_yet_rescinded() -> None:
    tags = tag("Graduate route: what changes for students",
               "The graduate route is to be scrapped for new applicants, the Home Office said on Monday.",
               published=_PUBLISHED)
    assert tags.status != "rescinded"


def test_another_rules_earlier_state_is_background() -> None:
    units = prepare("New work permit directive published",
                    "The law introduced a new work permit, not found in the now repealed Law on Work Permits.")
    assert not [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


def test_a_headline_passive_without_its_auxiliary_and_a_distant_passive_subject() -> None:
    # "Travel ban on scientists lifted" is "was lifted"; "the ban on ... was lifted" reaches back to "ban".
    assert [c for c in lifecycle_cues(prepare("Travel ban on state scientists lifted", "Officials spoke on Monday."))
            if c[0] == "rescinded"]
    units = prepare("Scientists may travel again",
                    "The ban on official travel by government scientists was lifted on Monday, the ministry said.")
    assert [c for c in lifecycle_cues(units) if c[0] == "rescinded"]


def test_lifting_a_courts_injunction_against_a_rule_does_not_rescind_the_rule() -> None:
    units = prepare("Appeals court ruling", "An appeals court lifted an injunction against the visa fee on Friday.")
    assert not [c for c in lifecycle_cues(units) if c[0] == "rescinded"]
