"""Page watching: main-text extraction and what counts as a material change."""

from __future__ import annotations

import pytest

from bot.errors import FetchError
from bot.models import SourceConfig
from bot.sandbox.sources_server import sample_bytes
from bot.sources.canonical import dedup_key
from bot.sources.pages import diff_pages, extract_page, page_dedup_key, page_item, snapshot
from tests.conftest import NOW

URL = "https://www.gov.uk/global-talent"


def _page(name: str) -> str:
    return extract_page(sample_bytes(name), url=URL, content_type="text/html; charset=utf-8").text


def test_main_text_without_navigation_cookies_or_footer() -> None:
    page = extract_page(sample_bytes("global-talent.html"), url=URL)
    assert page.title == "Global Talent visa"
    assert "It costs £716 to apply." in page.text
    for chrome in ("cookies", "Benefits", "Crown copyright", "Last updated", "analyticsVars", "Work in the UK"):
        assert chrome not in page.text
    assert "\n" in page.text and "  " not in page.text


def test_cosmetic_edits_are_not_a_change() -> None:
    before, after = _page("global-talent.html"), _page("_global-talent.noise.html")
    assert diff_pages(before, after) is None
    assert extract_page(sample_bytes("global-talent.html"), url=URL).digest == extract_page(
        sample_bytes("_global-talent.noise.html"), url=URL
    ).digest


def test_a_fee_change_and_a_new_paragraph_are_described() -> None:
    change = diff_pages(_page("global-talent.html"), _page("_global-talent.v2.html"))
    assert change is not None
    assert change.numbers_changed
    assert [after for _, after in change.changed] == [
        "It costs £766 to apply. If you're applying with an endorsement, you pay £611 when you apply for the "
        "endorsement and £155 when you apply for the visa."
    ]
    assert change.added == (
        "Researchers in artificial intelligence and quantum technologies with a qualifying fellowship can get a "
        "decision within 3 weeks.",
    )
    assert change.removed == ()
    described = change.describe()
    assert "£716" in described and "£766" in described and "within 3 weeks" in described


@pytest.mark.parametrize(
    ("before", "after", "material"),
    [
        ("The fee is high.\nApply online.", "The fee is high.\nApply online.", False),
        ("The fee is high.\nApply online.", "The  fee is high!\nApply   online.", False),  # spacing, punctuation
        ("The fee is high.\nApply online.", "The Fee Is High.\nApply online.", False),  # case
        ("Rules.\nLast updated: 3 May 2026", "Rules.\nLast updated: 9 June 2026", False),  # stamp line
        ("The fee is high.", "The fee is low.", False),  # one word: below the threshold
        ("The fee is £716.", "The fee is £766.", True),  # but a number always counts
        ("Apply online.", "Apply online.\nApplications are suspended from 1 January.", True),
        ("Apply online.\nYou need a sponsor to apply.", "Apply online.", True),
        ("Updated guidance on sponsors applies now.", "Apply online.", True),  # not a stamp: real text
    ],
)
def test_what_is_material(before: str, after: str, material: bool) -> None:
    assert (diff_pages(before, after) is not None) is material


def test_removed_paragraph_is_reported() -> None:
    change = diff_pages("Apply online.\nYou need a sponsor to apply.", "Apply online.")
    assert change is not None and change.removed == ("You need a sponsor to apply.",)
    assert change.gist.startswith("removed: You need a sponsor")


def test_page_item_is_new_per_version() -> None:
    source = SourceConfig(id="gt", name="GOV.UK: Global Talent visa", kind="page", url=URL)
    v1 = extract_page(sample_bytes("global-talent.html"), url=URL)
    v2 = extract_page(sample_bytes("_global-talent.v2.html"), url=URL)
    change = diff_pages(v1.text, v2.text)
    assert change is not None
    item = page_item(source, v2, change, url=URL, now=NOW)
    assert item.title.startswith("Global Talent visa: updated: It costs £766 to apply.")
    assert item.text.startswith('The page "Global Talent visa" changed. Changed: ')
    assert item.published == NOW and item.url == URL and item.outlet == "GOV.UK: Global Talent visa"
    # Each version has its own identity; the URL alone would make the second change an "update".
    assert page_dedup_key("gt", v1) != page_dedup_key("gt", v2)
    assert dedup_key(item) == f"url:{URL}"  # which is why the pipeline uses page_dedup_key


def test_pages_without_main_text_or_not_html() -> None:
    with pytest.raises(FetchError, match="^not a page: empty body$"):
        extract_page(b"  ", url=URL)
    with pytest.raises(FetchError, match="^not a page: served as application/pdf$"):
        extract_page(b"%PDF-1.7 ...", url=URL, content_type="application/pdf")
    with pytest.raises(FetchError, match="no main text found"):
        extract_page(b"<html><body><div id='app'></div><script>render()</script></body></html>", url=URL)


def test_snapshot_digest_ignores_noise_lines() -> None:
    assert snapshot("T", "Body text here.\nLast updated: 1 May 2026").digest == snapshot("T", "Body text here.").digest
