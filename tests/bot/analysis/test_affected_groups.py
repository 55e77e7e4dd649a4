"""Who is affected: the noun phrase cut out of the sentence that states the rule."""

from __future__ import annotations

import pytest

from bot.analysis.affected_groups import affected_clause


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        # A date after the group is when, not who.
        ("The ministry will open a talent visa for foreign researchers on 1 March 2027.", "foreign researchers"),
        ("The fee applies to new applicants from abroad by September 2026.", "new applicants"),
        ("The rule covers doctoral students as of January 5, 2026.", "doctoral students"),
        # A number that is part of the group stays.
        ("The rule applies to workers on 12-month contracts.", "workers on 12-month contracts"),
        # A word that starts like a month, a count that looks like a year: still the group.
        ("The rule applies to foreign students in 40 junior colleges.", "foreign students in 40 junior colleges"),
        ("It requires engineers at firms on 2000 projects to register.", "engineers at firms on 2000 projects"),
        ("The quota covers skilled workers in 2026.", "skilled workers"),
        ("The visa is open to researchers in 2 fields.", "researchers in 2 fields"),
    ],
)
def test_the_group_ends_before_a_date(sentence: str, group: str) -> None:
    found = affected_clause(sentence)
    assert found is not None and found[0] == group
