"""JSON API adapters and the parse dispatcher, on saved samples in the APIs' real formats."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.errors import FetchError
from bot.models import SourceConfig
from bot.sandbox.sources_server import sample_bytes
from bot.sources.adapters import ADAPTERS, detect_adapter
from bot.sources.adapters.gdelt_doc import tidy_title
from bot.sources.canonical import dedup_key
from bot.sources.fetch import RateLimitedError
from bot.sources.parse import decode_json, detect_kind, parse_source


def _api(adapter: str, source_id: str = "api") -> SourceConfig:
    return SourceConfig.model_validate(
        {"id": source_id, "name": "API source", "kind": "json-api", "adapter": adapter,
         "url": "https://api.example/search.json", "language": "en"}
    )


# ---------------------------------------------------------------- Federal Register


def test_federal_register_documents() -> None:
    items = parse_source(sample_bytes("federal-register.json"), _api("federal_register"))
    assert [i.guid for i in items] == [
        "federalregister:2026-23817", "federalregister:2026-23702", "federalregister:2026-23655",
    ]
    rule = items[0]
    assert rule.title == "Modernizing H-1B Requirements: Weighted Selection for Specialty Occupation Workers"
    assert rule.url is not None and rule.url.startswith("https://www.federalregister.gov/documents/2026/11/27/")
    assert rule.published == datetime(2026, 11, 27, tzinfo=UTC)
    assert rule.outlet == "Federal Register"
    assert rule.text.startswith("Rule. Agencies: Homeland Security Department, U.S. Citizenship and Immigration")
    assert "Effective on 2026-12-28." in rule.text
    proposed = items[1]
    assert proposed.text.startswith("Proposed Rule.") and "Comments close on 2027-01-26." in proposed.text
    notice = items[2]  # abstract is null: the excerpt stands in, its HTML entity decoded
    assert "invites the general public" in notice.text and "&hellip;" not in notice.text


def test_federal_register_empty_and_error_responses() -> None:
    source = _api("federal_register")
    assert parse_source(b'{"count": 0, "description": "none"}', source) == []
    assert parse_source(b'{"count": 0, "results": []}', source) == []
    with pytest.raises(FetchError, match="^Federal Register API error: .*conditions"):
        parse_source(b'{"errors": {"conditions": "is not a valid field"}}', source)


# ---------------------------------------------------------------- GOV.UK search


def test_govuk_search_results() -> None:
    items = parse_source(sample_bytes("govuk-search.json"), _api("govuk_search"))
    assert len(items) == 3
    first = items[0]
    assert first.guid == "govuk:/government/news/global-talent-visa-faster-route-for-ai-and-quantum-researchers"
    # Relative links are GOV.UK paths.
    assert first.url == "https://www.gov.uk/government/news/global-talent-visa-faster-route-for-ai-and-quantum-researchers"
    assert first.published == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    assert first.outlet == "Home Office - GOV.UK"
    assert first.text.startswith("Press release. Researchers in artificial intelligence")
    assert items[1].outlet == "UK Visas and Immigration - GOV.UK"
    assert "From: UK Visas and Immigration, Home Office." in items[1].text
    assert items[2].url == "https://www.gov.uk/guidance/global-talent-sponsor-guidance"  # absolute kept
    assert items[2].outlet == "GOV.UK"


def test_govuk_search_the_atom_feed_and_the_api_give_one_item() -> None:
    """The same announcement through the Atom feed and the search API shares its canonical URL."""
    from bot.sources.feeds import parse_feed

    atom = parse_feed(sample_bytes("gov-uk-home-office.atom"), _api("govuk_search", "atom").model_copy(
        update={"kind": "atom", "adapter": None}))
    api = parse_source(sample_bytes("govuk-search.json"), _api("govuk_search"))
    assert dedup_key(atom[0]) == dedup_key(api[0])


# ---------------------------------------------------------------- GDELT


def test_gdelt_articles() -> None:
    items = parse_source(sample_bytes("gdelt-doc.json"), _api("gdelt_doc"))
    assert [i.outlet for i in items] == ["reuters.com", "scmp.com", "economictimes.indiatimes.com"]
    scmp = items[1]
    assert scmp.title == "AI scientists at DeepSeek need permission to travel, sources say"  # tokeniser spaces gone
    assert scmp.published == datetime(2026, 11, 26, 13, 45, tzinfo=UTC)
    assert scmp.canonical_url is not None and "utm_source" not in scmp.canonical_url
    assert "Hong Kong" in scmp.text


def test_gdelt_empty_result_is_an_empty_object() -> None:
    assert parse_source(b"{}", _api("gdelt_doc")) == []


def test_gdelt_rate_limit_in_plain_text_with_status_200() -> None:
    body = b"Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.\n"
    with pytest.raises(RateLimitedError) as info:
        parse_source(body, _api("gdelt_doc"))
    assert info.value.retry_after == 5.0
    assert str(info.value).startswith("gdelt_doc rate limit: Please limit requests")


def test_gdelt_control_characters_inside_strings_are_tolerated() -> None:
    body = b'{"articles": [{"url": "https://a.example/x", "title": "Tab\there", "seendate": "20261126T111500Z"}]}'
    assert parse_source(body, _api("gdelt_doc"))[0].title == "Tab\there".replace("\t", " ")


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("China ' s new rule , explained", "China's new rule, explained"),
        ("Visa fees rise ( again ) : what to know", "Visa fees rise (again): what to know"),
        ("Plain title", "Plain title"),
        ("H - 1B fee : EB - 5 too", "H-1B fee: EB-5 too"),
        ("China - US talks", "China - US talks"),
    ],
)
def test_gdelt_title_tidying(raw: str, tidy: str) -> None:
    assert tidy_title(raw) == tidy


# ---------------------------------------------------------------- errors common to every adapter


@pytest.mark.parametrize("adapter", sorted(ADAPTERS))
def test_html_instead_of_json(adapter: str) -> None:
    with pytest.raises(FetchError, match=f"^{adapter}: not JSON: an HTML page$"):
        parse_source(b"<!DOCTYPE html><html><body>Service unavailable</body></html>", _api(adapter))


@pytest.mark.parametrize("adapter", sorted(ADAPTERS))
def test_empty_body_and_wrong_shape(adapter: str) -> None:
    with pytest.raises(FetchError, match="empty body"):
        parse_source(b"  \n", _api(adapter))
    with pytest.raises(FetchError, match="top level is not an object"):
        parse_source(b"[1, 2]", _api(adapter))


def test_decode_json_handles_a_bom() -> None:
    assert decode_json(b"\xef\xbb\xbf{\"a\": 1}", api="x") == {"a": 1}


# ---------------------------------------------------------------- kind detection (sources test)


@pytest.mark.parametrize(
    ("name", "kind", "adapter"),
    [
        ("the-decoder.xml", "rss", None),
        ("research-security.rdf", "rss", None),
        ("google-news.xml", "rss", None),
        ("asia-tech-wire.xml", "atom", None),
        ("gov-uk-home-office.atom", "atom", None),
        ("mobility-monitor.json", "json-feed", None),
        ("federal-register.json", "json-api", "federal_register"),
        ("govuk-search.json", "json-api", "govuk_search"),
        ("gdelt-doc.json", "json-api", "gdelt_doc"),
        ("global-talent.html", "page", None),
    ],
)
def test_detect_kind_of_every_sample(name: str, kind: str, adapter: str | None) -> None:
    detected = detect_kind(sample_bytes(name))
    assert (detected.kind, detected.adapter) == (kind, adapter)


def test_detect_kind_failures() -> None:
    with pytest.raises(FetchError, match="^empty body$"):
        detect_kind(b"")
    with pytest.raises(FetchError, match="neither a JSON Feed nor a response of a known API"):
        detect_kind(json.dumps({"hello": "world"}).encode())
    with pytest.raises(FetchError, match=r"^not a feed, a known JSON API or an HTML page \(5 bytes served as text/plain\)$"):
        detect_kind(b"hello", "text/plain")
    assert detect_kind(b"<p>fragment</p>", "text/html; charset=utf-8").kind == "page"


def test_detect_adapter_on_unknown_json() -> None:
    assert detect_adapter({"results": [{"foo": 1}]}) is None
    assert detect_adapter([1, 2]) is None
