from __future__ import annotations

import pytest

from bot.models import RawItem
from bot.sources.canonical import (
    canonical_url,
    dedup_key,
    is_google_news_link,
    normalise_title,
    strip_outlet_suffix,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/News", "https://example.com/News"),  # path case is significant
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a/", "https://example.com/a"),
        ("https://example.com/", "https://example.com/"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/?", "https://example.com/"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://the-decoder.com/story/?utm_source=rss&utm_medium=rss&utm_campaign=x",
            "https://the-decoder.com/story",
        ),
        ("https://ex.com/a?id=7&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2", "https://ex.com/a?id=7"),
        ("https://ex.com/a?ref=twitter&cmpid=rss&ocid=msn&UTM_Source=x&page=2", "https://ex.com/a?page=2"),
        ("https://ex.com/a?q=", "https://ex.com/a?q="),  # blank values can select content: kept
        ("https://ex.com/search?q=h-1b%20visa", "https://ex.com/search?q=h-1b%20visa"),
        ("https://ex.com/search?q=h-1b+visa", "https://ex.com/search?q=h-1b%20visa"),  # + and %20 agree
        ("https://[2001:DB8::1]:443/x/", "https://[2001:db8::1]/x"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://Example.com./a", "https://example.com/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["mailto:press@uscis.gov", "/relative/path", "not a url", "https://ex.com:99999/"])
def test_non_http_or_broken_urls_are_left_alone(url: str) -> None:
    assert canonical_url(url) == url.strip()


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTP://Ex.com:80/a/b/?z=1&utm_term=q&a=%2F#x")
    assert canonical_url(once) == once


def test_variants_of_one_article_agree() -> None:
    variants = [
        "https://the-decoder.com/china-ai-travel/",
        "https://THE-DECODER.com/china-ai-travel?utm_source=rss&utm_medium=rss",
        "https://the-decoder.com:443/china-ai-travel#respond",
    ]
    assert len({canonical_url(u) for u in variants}) == 1


def test_google_news_links_are_recognised() -> None:
    assert is_google_news_link("https://news.google.com/rss/articles/CBMiXmh0dHBzOi8v?oc=5")
    assert is_google_news_link("https://news.google.com/articles/CBMiXmh0dHBzOi8v")
    assert not is_google_news_link("https://news.google.com/rss/search?q=visa")
    assert not is_google_news_link("https://www.reuters.com/world/china/")
    assert not is_google_news_link(None)


def test_strip_outlet_suffix() -> None:
    assert strip_outlet_suffix("China curbs travel - Reuters", "Reuters") == "China curbs travel"
    assert strip_outlet_suffix("China curbs travel - reuters", "Reuters") == "China curbs travel"
    assert strip_outlet_suffix("China curbs travel", "Reuters") == "China curbs travel"
    assert strip_outlet_suffix(" - Reuters", "Reuters") == "- Reuters"  # never empties a title


def test_normalise_title() -> None:
    assert normalise_title("  China’s AI   researchers: travel  ban!  ") == "china s ai researchers travel ban"
    assert normalise_title("Ａ ＢＣ") == "a bc"  # NFKC folds full-width letters


def _item(url: str | None, title: str, outlet: str, guid: str = "g") -> RawItem:
    return RawItem(source_id="s", guid=guid, url=url, canonical_url=None, title=title, outlet=outlet)


def test_dedup_key_uses_canonical_url_for_ordinary_links() -> None:
    a = _item("https://ex.com/a/?utm_source=x", "One", "Ex")
    b = _item("https://EX.com/a", "A different title", "Other")
    assert dedup_key(a) == dedup_key(b) == "url:https://ex.com/a"


def test_dedup_key_for_google_news_ignores_the_redirect_link() -> None:
    # Two searches return the same story under different redirect tokens.
    a = _item("https://news.google.com/rss/articles/CBMiAAA?oc=5", "China curbs AI travel - Reuters", "Reuters")
    b = _item("https://news.google.com/rss/articles/CBMiBBB?oc=5", "China Curbs AI Travel", "Reuters")
    assert dedup_key(a) == dedup_key(b) == "title:reuters|china curbs ai travel"
    # The same title from another outlet is another report, not a duplicate.
    c = _item("https://news.google.com/rss/articles/CBMiCCC", "China curbs AI travel - SCMP", "SCMP")
    assert dedup_key(c) != dedup_key(a)


def test_dedup_key_without_link_and_from_mappings() -> None:
    assert dedup_key(_item(None, "Title!", "Outlet")) == "title:outlet|title"
    assert dedup_key({"url": "https://ex.com/x/", "title": "T", "outlet": "O"}) == "url:https://ex.com/x"
    gnews = {"url": "https://news.google.com/rss/articles/X", "title": "T - O", "source": "O"}
    assert dedup_key(gnews) == "title:o|t"
