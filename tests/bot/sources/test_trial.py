"""`policybot sources test URL`: the production fetcher and parsers on a local server, every format."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import Settings
from bot.sandbox.sources_server import SampleSourcesServer
from bot.sources.trial import sources_test


@pytest.fixture
async def server() -> AsyncIterator[SampleSourcesServer]:
    async with SampleSourcesServer() as srv:
        yield srv


def _settings(tmp_path: Path, *, allow_private: bool = True) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None, policybot_data_dir=tmp_path, policybot_allow_private_sources=allow_private,
        policybot_contact="mailto:test@example.org",
    )


@pytest.mark.parametrize(
    ("path", "kind", "adapter", "count", "first_title"),
    [
        ("/the-decoder.xml", "rss", None, 5, "Lumen Labs releases Aster-3, an open-weight model that tops coding benchmarks"),
        ("/research-security.rdf", "rss", None, 2, "New disclosure rules for federally funded researchers take effect"),
        ("/asia-tech-wire.xml", "atom", None, 3, None),
        ("/mobility-monitor.json", "json-feed", None, 3, "Canada caps off-campus work hours for international students at 24 a week"),
        ("/federal-register.json", "json-api", "federal_register", 3, None),
        ("/govuk-search.json", "json-api", "govuk_search", 3, "Global Talent visa: faster route for AI and quantum researchers"),
        ("/gdelt-doc.json", "json-api", "gdelt_doc", 3, "China orders top AI researchers to seek approval for foreign trips"),
        ("/global-talent.html", "page", None, 1, "Global Talent visa"),
    ],
)
async def test_every_format_as_json(
    server: SampleSourcesServer, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    path: str, kind: str, adapter: str | None, count: int, first_title: str | None,
) -> None:
    code = await sources_test(_settings(tmp_path), server.url(path), as_json=True)
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {"url", "kind", "status", "items", "error"} <= set(document)
    assert (document["url"], document["kind"], document["adapter"], document["status"], document["error"]) == (
        server.url(path), kind, adapter, 200, None,
    )
    assert len(document["items"]) == count
    assert all(set(item) == {"title", "url", "published"} and item["title"] for item in document["items"])
    if first_title:
        assert document["items"][0]["title"] == first_title


async def test_human_output(server: SampleSourcesServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert await sources_test(_settings(tmp_path), server.url("/uscis-news.xml"), as_json=False) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == [f"URL:    {server.url('/uscis-news.xml')}", "status: HTTP 200", "kind:   rss", "items:  2"]
    assert out[4].startswith("  - 2026-11-2") and "UTC  " in out[4]


async def test_errors_are_reported_not_raised(
    server: SampleSourcesServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.set_route("/down.xml", b"nope", status=503, headers={"Retry-After": "30"})
    assert await sources_test(_settings(tmp_path), server.url("/down.xml"), as_json=True) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["error"] == "HTTP 503 from 127.0.0.1 (retry after 30 s)"
    assert (document["kind"], document["status"], document["items"]) == (None, None, [])

    server.set_route("/login.html", b"<!DOCTYPE html><html><body><div id=app></div></body></html>",
                     headers={"Content-Type": "text/html"})
    assert await sources_test(_settings(tmp_path), server.url("/login.html"), as_json=False) == 1
    out = capsys.readouterr().out
    assert "kind:   page" in out and "error:  not a page: no main text found" in out

    assert await sources_test(_settings(tmp_path), "ftp://example.org/feed", as_json=True) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "not an http(s) URL: 'ftp://example.org/feed'"


async def test_the_address_guard_applies(server: SampleSourcesServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = await sources_test(_settings(tmp_path, allow_private=False), server.url("/the-decoder.xml"), as_json=True)
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    assert document["error"] == "blocked address 127.0.0.1 (set POLICYBOT_ALLOW_PRIVATE_SOURCES=true to allow)"
    assert server.hits["/the-decoder.xml"] == 0


def _big_feed(items: int, pad: int) -> bytes:
    """A valid RSS feed of `items` items, each with `pad` characters of description: its size is chosen."""
    entries = "".join(
        f"<item><guid>https://big.example/{i}</guid><title>Item {i}</title><link>https://big.example/{i}</link>"
        f"<description>{'x' * pad}</description></item>"
        for i in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{entries}</channel></rss>'.encode()


async def test_the_feed_body_cap_is_a_setting(
    server: SampleSourcesServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = _big_feed(600, 10_000)  # about 6 MB: over the default 5 MB
    assert 5 << 20 < len(body) < 7 << 20
    server.set_route("/archive.xml", body, headers={"Content-Type": "application/rss+xml"})
    assert _settings(tmp_path).max_feed_bytes == 5 << 20
    assert await sources_test(_settings(tmp_path), server.url("/archive.xml"), as_json=True) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "body larger than 5 MB from 127.0.0.1"

    raised = _settings(tmp_path).model_copy(update={"policybot_max_feed_mb": 8})
    assert await sources_test(raised, server.url("/archive.xml"), as_json=True) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["error"], document["kind"], len(document["items"])) == (None, "rss", 600)
