"""Parser tests: the bundled samples plus small inline feeds for each format and failure."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from bot.errors import FetchError
from bot.models import RawItem, SourceConfig
from bot.sandbox.sources_server import SampleSourcesServer
from bot.sources import feeds as feeds_module
from bot.sources.canonical import dedup_key
from bot.sources.feeds import FAST_PARSER, parse_feed, parse_json_feed


def _source(source_id: str = "test", name: str = "Test source", kind: str = "rss") -> SourceConfig:
    return SourceConfig.model_validate(
        {"id": source_id, "name": name, "kind": kind, "url": "https://feeds.example/feed", "language": "en"}
    )


def _sample(name: str) -> bytes:
    return resources.files("bot.sandbox").joinpath("samples", name).read_bytes()


def _by_guid(items: list[RawItem]) -> dict[str, RawItem]:
    return {item.guid: item for item in items}


# ---------------------------------------------------------------- the bundled samples


@pytest.mark.parametrize(
    ("name", "content_type", "count"),
    [
        ("the-decoder.xml", "application/rss+xml; charset=UTF-8", 5),
        ("asia-tech-wire.xml", "application/atom+xml; charset=utf-8", 3),
        ("uscis-news.xml", "application/rss+xml; charset=utf-8", 2),
        ("gov-uk-home-office.atom", "application/atom+xml; charset=utf-8", 2),
    ],
)
def test_every_sample_parses(name: str, content_type: str, count: int) -> None:
    items = parse_feed(_sample(name), _source(), content_type=content_type)
    assert len(items) == count
    for item in items:
        assert item.source_id == "test"
        assert item.title and item.text and item.url and item.guid
        assert item.published is not None and item.published.utcoffset() is not None
        assert item.published.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert datetime(2026, 11, 24, tzinfo=UTC) <= item.published < datetime(2026, 11, 29, tzinfo=UTC)
        assert "<" not in item.text and "&amp;" not in item.text and "&lt;" not in item.text
    assert len({i.guid for i in items}) == count


def test_every_file_in_the_samples_folder_is_covered() -> None:
    names = {e.name for e in resources.files("bot.sandbox").joinpath("samples").iterdir() if e.is_file()}
    feeds = {"the-decoder.xml", "asia-tech-wire.xml", "uscis-news.xml", "gov-uk-home-office.atom",
             "research-security.rdf", "mobility-monitor.json", "google-news.xml"}
    apis = {"federal-register.json", "govuk-search.json", "gdelt-doc.json"}  # tests/bot/sources/test_adapters.py
    pages = {"global-talent.html", "_global-talent.noise.html", "_global-talent.v2.html"}  # test_pages.py
    assert names == feeds | apis | pages


@pytest.mark.parametrize(
    ("name", "count"), [("research-security.rdf", 2), ("mobility-monitor.json", 3), ("google-news.xml", 3)]
)
def test_the_format_samples_parse(name: str, count: int) -> None:
    items = parse_feed(_sample(name), _source())
    assert len(items) == count
    assert all(i.title and i.guid and i.published and i.published.utcoffset() is not None for i in items)


def test_rss_1_0_sample_with_trackers() -> None:
    first = parse_feed(_sample("research-security.rdf"), _source())[0]
    assert first.url is not None and "fbclid" in first.url
    assert first.canonical_url == "https://research-security.example/2026/11/disclosure-rules"
    assert first.text == (
        "Researchers must disclose foreign appointments & talent programme participation under the common "
        "disclosure forms."
    )


def test_json_feed_sample() -> None:
    items = parse_feed(_sample("mobility-monitor.json"), _source())
    assert items[0].canonical_url == "https://mobility-monitor.example/2026/11/27/canada-caps-off-campus-work"
    assert items[0].published == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    assert items[1].published == datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # +11:00 to UTC
    assert items[2].text == "The Immigration Services Agency widened the J-Skip route for highly skilled professionals."


# ---------------------------------------------------------------- the fast path and its fall-back


@pytest.mark.skipif(not FAST_PARSER, reason="feedparser-rs is not installed")
@pytest.mark.parametrize(
    "name", ["the-decoder.xml", "asia-tech-wire.xml", "uscis-news.xml", "gov-uk-home-office.atom",
             "research-security.rdf", "google-news.xml"],
)
def test_well_formed_samples_take_the_fast_path_with_the_same_result(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    slow = parse_feed(_sample(name), _source(), content_type="application/xml")
    monkeypatch.setattr(feeds_module, "_slow_parse", _must_not_be_called)
    fast = parse_feed(_sample(name), _source(), content_type="application/xml")
    assert [(i.guid, i.canonical_url, i.published, i.outlet) for i in fast] == [
        (i.guid, i.canonical_url, i.published, i.outlet) for i in slow
    ]
    assert [i.title for i in fast] == [i.title for i in slow]


@pytest.mark.skipif(not FAST_PARSER, reason="feedparser-rs is not installed")
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_past_the_fast_parser_s_default_entry_limit_stay_on_the_fast_path(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """feedparser-rs stops at 10,000 entries by default; feedparser would then take 60 times longer (a
    100,000-item archive: 84 s instead of 7, past a poll's deadline)."""
    n = 25_000
    if kind == "rss":
        entries = "".join(f"<item><guid>https://a.example/{i}</guid><title>Item {i}</title>"
                          f"<link>https://a.example/{i}</link></item>" for i in range(n))
        body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>A</title>{entries}</channel></rss>'
    else:
        entries = "".join(f'<entry><id>https://a.example/{i}</id><title>Item {i}</title>'
                          f'<link href="https://a.example/{i}"/><updated>2026-11-01T00:00:00Z</updated></entry>'
                          for i in range(n))
        body = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>{entries}</feed>'
    monkeypatch.setattr(feeds_module, "_slow_parse", _must_not_be_called)
    items = parse_feed(body.encode(), _source(), content_type="application/xml")
    assert len(items) == n and items[-1].title == f"Item {n - 1}"


def _must_not_be_called(*args: object, **kwargs: object) -> object:
    raise AssertionError("feedparser was used for a feed the fast parser should have taken")


@pytest.mark.skipif(not FAST_PARSER, reason="feedparser-rs is not installed")
def test_feedparser_takes_over_what_the_fast_parser_is_unsure_of(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bytes] = []
    real = feeds_module._slow_parse

    def spy(body: bytes, *args: Any) -> Any:
        calls.append(body)
        return real(body, *args)

    monkeypatch.setattr(feeds_module, "_slow_parse", spy)
    broken = b"<rss version='2.0'><channel><title>T</title><item><title>A & B</title></item></channel>"
    assert [i.title for i in parse_feed(broken, _source())] == ["A & B"]  # ill-formed: fall-back
    latin1 = "<rss version='2.0'><channel><title>T</title><item><title>Zürich</title></item></channel></rss>"
    # No declaration, charset only in the HTTP header: feedparser-rs cannot be told, so feedparser reads it.
    assert parse_feed(latin1.encode("latin-1"), _source(), content_type="text/xml; charset=iso-8859-1")[0].title == "Zürich"
    # No declaration and no header: the fast parser decodes U+FFFD, which sends the feed to feedparser.
    assert parse_feed(latin1.encode("latin-1"), _source())[0].title == "Zürich"
    assert len(calls) == 3


async def test_a_body_that_is_a_url_is_never_fetched() -> None:
    """Both parsers fetch str arguments that look like URLs; we only ever hand them the body's bytes."""
    async with SampleSourcesServer() as server:
        with pytest.raises(FetchError, match="^not a feed"):
            parse_feed(server.url("/the-decoder.xml").encode(), _source())
        assert server.hits["/the-decoder.xml"] == 0


def test_a_body_that_is_a_local_path_is_never_opened(tmp_path: Path) -> None:
    """feedparser opens a bytes argument as a file name when one exists: a server could make us read
    (and post) a local file by answering with its path."""
    secret = tmp_path / "secret.xml"
    secret.write_text("<rss version='2.0'><channel><item><title>local secret</title></item></channel></rss>")
    with pytest.raises(FetchError, match="^not a feed"):
        parse_feed(str(secret).encode(), _source())


def test_the_canonical_item() -> None:
    items = parse_feed(_sample("the-decoder.xml"), _source("the-decoder", "The Decoder"))
    item = _by_guid(items)["https://the-decoder.com/?p=31842"]
    assert item.title == "China now requires top AI researchers to get approval before travelling abroad"
    assert item.outlet == "The Decoder"
    assert item.published == datetime(2026, 11, 26, 9, 14, tzinfo=UTC)
    assert item.url is not None and "utm_source=rss" in item.url
    assert item.canonical_url == (
        "https://the-decoder.com/china-now-requires-top-ai-researchers-to-get-approval-before-travelling-abroad"
    )
    # Full text from content:encoded, not the one-line description.
    assert "The rule applies to top AI researchers at private companies such as Alibaba and DeepSeek" in item.text
    assert "must now obtain approval before travelling abroad" in item.text
    assert "data leaks, technology theft and the poaching of talent" in item.text
    assert "did not respond to a request for comment" in item.text
    assert item.text.count(". ") >= 5
    assert "  " not in item.text and "\n" not in item.text


def test_the_same_story_from_the_second_outlet() -> None:
    items = parse_feed(_sample("asia-tech-wire.xml"), _source("asia-tech-wire", "Asia Tech Wire", "atom"))
    story = next(i for i in items if "Beijing" in i.title)
    assert story.title == "Beijing tightens overseas travel rules for star AI scientists at DeepSeek, Alibaba"
    assert story.outlet == "Asia Tech Wire"
    assert story.guid == "tag:asiatechwire.example,2026-11-26:/china/beijing-tightens-travel-rules-ai-scientists"
    assert story.published == datetime(2026, 11, 26, 6, 30, tzinfo=UTC)  # +08:00 converted to UTC
    assert "DeepSeek and Alibaba" in story.text
    assert "Exit controls of this kind" in story.text  # paragraphs joined without fusing words
    assert "advance.Affected" not in story.text


def test_gov_uk_atom_uses_entry_ids_and_feed_title() -> None:
    items = parse_feed(_sample("gov-uk-home-office.atom"), _source("gov-uk-home-office", kind="atom"))
    talent = items[0]
    assert talent.title == "Global Talent visa: faster route for AI and quantum researchers"
    assert talent.outlet == "Home Office - GOV.UK"
    assert talent.guid.endswith("#2026-11-27T09:30:00+00:00")
    assert talent.url == "https://www.gov.uk/government/news/global-talent-visa-faster-route-for-ai-and-quantum-researchers"
    assert "£716" in talent.text


# ---------------------------------------------------------------- formats

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Policy &amp;amp; Talent</title>
  <entry>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <title type="html">Visa fee &lt;b&gt;doubles&lt;/b&gt; &amp;amp; more</title>
    <link href="/posts/visa-fee"/>
    <updated>2026-11-27T23:30:00-05:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First&#160;paragraph.</p><p>Second.</p></div></content>
  </entry>
</feed>"""


def test_atom_title_types_dates_and_relative_links() -> None:
    items = parse_feed(ATOM, _source(kind="atom"), base_url="https://policy.example/feed.atom")
    assert len(items) == 1
    item = items[0]
    assert item.title == "Visa fee doubles & more"
    assert item.outlet == "Policy & Talent"
    assert item.url == "https://policy.example/posts/visa-fee"
    assert item.canonical_url == "https://policy.example/posts/visa-fee"
    assert item.guid == "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"
    assert item.published == datetime(2026, 11, 28, 4, 30, tzinfo=UTC)
    assert item.text == "First paragraph.\n\nSecond."


RSS10 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://research.example/rss">
    <title>Research Security Digest</title>
    <link>https://research.example/</link>
    <description>Weekly digest</description>
    <items><rdf:Seq><rdf:li rdf:resource="https://research.example/2026/11/disclosure-rules"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://research.example/2026/11/disclosure-rules">
    <title>New disclosure rules for federally funded researchers</title>
    <link>https://research.example/2026/11/disclosure-rules</link>
    <description>Researchers must disclose foreign appointments &amp;amp; funding.</description>
    <dc:date>2026-11-25T08:00:00Z</dc:date>
  </item>
</rdf:RDF>"""


def test_rss_1_0() -> None:
    items = parse_feed(RSS10, _source(), content_type="application/rdf+xml")
    assert len(items) == 1
    item = items[0]
    assert item.title == "New disclosure rules for federally funded researchers"
    assert item.outlet == "Research Security Digest"
    assert item.published == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert item.guid == "https://research.example/2026/11/disclosure-rules"  # no id: the link
    assert item.text == "Researchers must disclose foreign appointments & funding."


GOOGLE_NEWS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<rss xmlns:media="http://search.yahoo.com/mrss/" version="2.0"><channel>
<generator>NFE/5.0</generator>
<title>"China AI researchers travel approval" when:7d - Google News</title>
<link>https://news.google.com/search?q=China+AI+researchers+travel+approval+when:7d&amp;hl=en-US&amp;gl=US&amp;ceid=US:en</link>
<language>en-US</language>
<item>
  <title>China orders top AI researchers to seek approval for foreign trips - Reuters</title>
  <link>https://news.google.com/rss/articles/CBMiowFBVV95cUxPaWQ3?oc=5</link>
  <guid isPermaLink="false">CBMiowFBVV95cUxPaWQ3</guid>
  <pubDate>Thu, 26 Nov 2026 11:02:00 GMT</pubDate>
  <description>&lt;a href="https://news.google.com/rss/articles/CBMiowFBVV95cUxPaWQ3?oc=5" target="_blank"&gt;China orders top AI researchers to seek approval for foreign trips&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Reuters&lt;/font&gt;</description>
  <source url="https://www.reuters.com">Reuters</source>
</item>
<item>
  <title>AI scientists at DeepSeek need permission to travel, sources say - South China Morning Post</title>
  <link>https://news.google.com/rss/articles/CBMiqAFBVV95cUxNX2Zx?oc=5</link>
  <guid isPermaLink="false">CBMiqAFBVV95cUxNX2Zx</guid>
  <pubDate>Thu, 26 Nov 2026 13:40:00 GMT</pubDate>
  <description>AI scientists at DeepSeek need permission to travel</description>
  <source url="https://www.scmp.com">South China Morning Post</source>
</item>
</channel></rss>"""


def test_google_news_items_take_the_outlet_from_source() -> None:
    items = parse_feed(GOOGLE_NEWS, _source("gnews", "Google News: China AI"), content_type="application/xml")
    assert [i.outlet for i in items] == ["Reuters", "South China Morning Post"]
    first = items[0]
    assert first.title == "China orders top AI researchers to seek approval for foreign trips"  # suffix gone
    assert first.guid == "CBMiowFBVV95cUxPaWQ3"
    assert first.url == "https://news.google.com/rss/articles/CBMiowFBVV95cUxPaWQ3?oc=5"
    assert "Reuters" in first.text and "<font" not in first.text
    # The identity is outlet + title, not the redirect link.
    assert dedup_key(first) == "title:reuters|china orders top ai researchers to seek approval for foreign trips"


JSON_FEED = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Mobility Monitor",
    "home_page_url": "https://mobility.example/",
    "feed_url": "https://mobility.example/feed.json",
    "items": [
        {
            "id": "2026-11-27-canada",
            "url": "/2026/11/27/canada-work-permits?utm_medium=feed",
            "title": "Canada caps off-campus work hours for international students",
            "content_html": "<p>IRCC set the cap at <b>24 hours</b> a week.</p><p>It applies from January.</p>",
            "date_published": "2026-11-27T10:00:00-05:00",
        },
        {
            "id": 42,
            "content_text": "Australia adds AI engineers to its core skills occupation list, effective 1 March 2027.",
            "date_modified": "2026-11-26T00:00:00Z",
        },
        {"id": "empty"},
    ],
}


def test_json_feed_1_1() -> None:
    body = json.dumps(JSON_FEED).encode()
    items = parse_feed(body, _source(), content_type="application/feed+json")
    assert len(items) == 2  # the item with neither title, text nor link is skipped
    first, second = items
    assert first.guid == "2026-11-27-canada"
    assert first.url == "https://mobility.example/2026/11/27/canada-work-permits?utm_medium=feed"
    assert first.canonical_url == "https://mobility.example/2026/11/27/canada-work-permits"
    assert first.text == "IRCC set the cap at 24 hours a week.\n\nIt applies from January."
    assert first.published == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    assert first.outlet == "Mobility Monitor"
    assert second.guid == "42"
    assert second.title.startswith("Australia adds AI engineers")  # no title: taken from the text
    assert second.published == datetime(2026, 11, 26, tzinfo=UTC)


def test_json_feed_detected_without_content_type() -> None:
    items = parse_feed(b"\xef\xbb\xbf" + json.dumps(JSON_FEED).encode(), _source())
    assert len(items) == 2


@pytest.mark.parametrize("body", [b'{"status": "rate limited"}', b'[{"title": "x"}]'])
def test_json_that_is_not_a_json_feed(body: bytes) -> None:
    with pytest.raises(FetchError, match="^not a feed: JSON document is not a JSON Feed"):
        parse_feed(body, _source(), content_type="application/json")


# ---------------------------------------------------------------- fallbacks


def test_guid_falls_back_to_link_then_title_hash_and_outlet_to_source_name() -> None:
    body = b"""<rss version="2.0"><channel>
      <item><title>With link</title><link>https://ex.example/a</link></item>
      <item><title>Only a title</title></item>
    </channel></rss>"""
    items = parse_feed(body, _source(name="Configured name"))
    assert items[0].guid == "https://ex.example/a"
    assert items[1].guid.startswith("sha256:")
    assert items[1].guid == parse_feed(body, _source())[1].guid  # stable across runs
    assert items[1].url is None and items[1].canonical_url is None
    assert all(i.outlet == "Configured name" for i in items)  # the feed has no title
    assert all(i.published is None for i in items)


# ---------------------------------------------------------------- not feeds and broken feeds


def test_html_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>...</form></body></html>"
    with pytest.raises(FetchError, match="^not a feed: an HTML page served as text/html"):
        parse_feed(page, _source(), content_type="text/html; charset=utf-8")


@pytest.mark.parametrize("body", [b"", b"   \n\t  "])
def test_empty_body_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(FetchError, match="^not a feed: empty body$"):
        parse_feed(body, _source())


def test_plain_text_is_not_a_feed() -> None:
    # GDELT answers a rate limit with plain text and status 200.
    with pytest.raises(FetchError, match="^not a feed"):
        parse_feed(b"Please limit requests to one every 5 seconds.", _source(), content_type="text/plain")


def test_malformed_xml_is_recovered() -> None:
    broken = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sloppy & Sons</title>
<item><title>Visa news & views</title><link>https://sloppy.example/1</link>
<description>Unescaped & ampersand <b>and an unclosed tag</description></item>
<item><title>Second</title><link>https://sloppy.example/2</link></item>
</channel>"""  # unescaped ampersands, an unclosed <b>, no </rss>
    items = parse_feed(broken, _source())
    assert [i.title for i in items] == ["Visa news & views", "Second"]
    assert items[0].url == "https://sloppy.example/1"


def test_latin1_feed_mislabelled_as_utf8_is_not_garbled() -> None:
    body = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n'
        '<rss version="2.0"><channel><title>Le Monde de l\'émigration</title>'
        "<item><title>Visa « talent » : les règles changent</title>"
        "<link>https://fr.example/a</link><description>Début réglé à Genève.</description></item>"
        "</channel></rss>"
    ).encode("latin-1")
    items = parse_feed(body, _source(), content_type="application/rss+xml; charset=utf-8")
    assert items[0].title == "Visa « talent » : les règles changent"
    assert items[0].text == "Début réglé à Genève."
    assert items[0].outlet == "Le Monde de l'émigration"


def test_utf8_feed_mislabelled_as_windows_1252_is_not_garbled() -> None:
    # The HTTP charset alone would decode this as cp1252 mojibake ("Ã©"); the prolog wins.
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        "<rss version=\"2.0\"><channel><title>Talent</title>"
        "<item><title>Résumé: 中国 AI researchers</title><link>https://ex.example/z</link></item>"
        "</channel></rss>"
    ).encode()
    items = parse_feed(body, _source(), content_type="application/rss+xml; charset=windows-1252")
    assert items[0].title == "Résumé: 中国 AI researchers"


def test_charset_from_http_is_used_when_the_document_declares_none() -> None:
    body = "<rss version=\"2.0\"><channel><title>T</title><item><title>Zürich</title></item></channel></rss>"
    items = parse_feed(body.encode("latin-1"), _source(), content_type="application/rss+xml; charset=iso-8859-1")
    assert items[0].title == "Zürich"




# ---------------------------------------------------------------- text keeps its lines, titles stay one line

_LINES_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Fee &lt;b&gt;rises&lt;/b&gt;
  in May</title><link>https://wire.example/a</link>
<content:encoded><![CDATA[<ul><li>Home</li><li>Visa Tools</li></ul>
<p>The   agency raised
the fee.</p><p>It applies<br>from May.</p>]]></content:encoded></item>
<item><title>Plain</title><link>https://wire.example/b</link>
<description>First line.
Second line.

Next paragraph.</description></item>
<item><description><![CDATA[<p>An untitled item's first paragraph.</p><p>Its second.</p>]]></description></item>
</channel></rss>"""


@pytest.mark.parametrize("fast", [True, False])
def test_an_items_text_keeps_its_paragraphs_lines_and_list_items(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not fast:
        monkeypatch.setattr(feeds_module, "_fast_parse", lambda *args: None)
    html_item, plain_item, untitled = parse_feed(_LINES_FEED, _source())
    assert html_item.text == "Home\n\nVisa Tools\n\nThe agency raised the fee.\n\nIt applies\nfrom May."
    assert plain_item.text == "First line.\nSecond line.\n\nNext paragraph."
    # Titles stay on one line, whatever their markup and newlines.
    assert html_item.title == "Fee rises in May"
    assert plain_item.title == "Plain"
    # An untitled item's title (and the GUID hashed from it) is its text on one line, as it always was.
    assert untitled.title == "An untitled item's first paragraph. Its second."
    assert untitled.text == "An untitled item's first paragraph.\n\nIts second."
    assert untitled.guid == "sha256:" + hashlib.sha256(untitled.title.encode()).hexdigest()[:40]


def test_a_json_feeds_text_keeps_its_lines() -> None:
    document = {
        "version": "https://jsonfeed.org/version/1.1", "title": "Wire",
        "items": [
            {"id": "1", "title": "A\ntitle", "content_text": "One line.\nAnother.\n\nA paragraph."},
            {"id": "2", "title": "B", "summary": "Summary\n\nin two"},
        ],
    }
    first, second = parse_json_feed(document, _source(kind="json-feed"))
    assert (first.title, first.text) == ("A title", "One line.\nAnother.\n\nA paragraph.")
    assert second.text == "Summary\n\nin two"
