"""The text as the taggers read it: a gatherer's date line is the page's date, not the article's."""

from __future__ import annotations

from bot.analysis.prepared_text import prepare


def test_a_gatherers_date_line_is_not_read_as_part_of_the_lead() -> None:
    units = prepare("Visa requirements tightened", "date 2025-10-04 The requirements are tightened in mid-October.")
    assert [u.text for u in units if u.position != "title"] == ["The requirements are tightened in mid-October."]
