from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from email.utils import format_datetime

import httpx
import pytest
from aiohttp import web

from bot.errors import FetchError
from bot.sandbox.sources_server import (
    FORMAT_SAMPLE_SOURCES,
    SAMPLES_LAST_MODIFIED,
    SampleSourcesServer,
    sample_bytes,
)
from bot.sources.feeds import parse_feed
from bot.sources.fetch import Fetcher
from bot.sources.parse import parse_source


@pytest.fixture
async def server() -> AsyncIterator[SampleSourcesServer]:
    async with SampleSourcesServer() as srv:
        yield srv


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=5) as c:
        yield c


async def test_serves_samples_with_types_and_validators(
    server: SampleSourcesServer, client: httpx.AsyncClient
) -> None:
    assert server.base_url.startswith("http://127.0.0.1:")
    assert server.port > 0
    expected = {
        "/the-decoder.xml": "application/rss+xml",
        "/asia-tech-wire.xml": "application/atom+xml",
        "/uscis-news.xml": "application/rss+xml",
        "/gov-uk-home-office.atom": "application/atom+xml",
        "/research-security.rdf": "application/rdf+xml",
        "/google-news.xml": "application/rss+xml",
        "/mobility-monitor.json": "application/feed+json",
        "/federal-register.json": "application/json",
        "/govuk-search.json": "application/json",
        "/gdelt-doc.json": "application/json",
        "/global-talent.html": "text/html",
    }
    assert server.sample_paths == sorted(expected)  # "_" versions are not served until set_sample
    for path, mime in expected.items():
        response = await client.get(server.url(path))
        assert response.status_code == 200
        assert response.headers["content-type"].startswith(mime)
        etag = response.headers["etag"]
        assert etag.startswith('"') and not etag.startswith("W/")  # strong
        assert response.headers["last-modified"] == format_datetime(SAMPLES_LAST_MODIFIED, usegmt=True)
        assert response.content == sample_bytes(path.lstrip("/"))
    assert all(server.hits[p] == 1 for p in expected)
    assert (await client.get(server.url("/_global-talent.v2.html"))).status_code == 404


async def test_conditional_requests_get_304(server: SampleSourcesServer, client: httpx.AsyncClient) -> None:
    url = server.url("/the-decoder.xml")
    first = await client.get(url)
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]

    by_etag = await client.get(url, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag.headers["etag"] == etag

    weak = await client.get(url, headers={"If-None-Match": f'"other", W/{etag}'})
    assert weak.status_code == 304

    by_date = await client.get(url, headers={"If-Modified-Since": last_modified})
    assert by_date.status_code == 304

    stale_etag = await client.get(url, headers={"If-None-Match": '"old"', "If-Modified-Since": last_modified})
    assert stale_etag.status_code == 200  # If-None-Match decides when both are sent

    older = await client.get(url, headers={"If-Modified-Since": "Sat, 21 Nov 2026 08:00:00 GMT"})
    assert older.status_code == 200
    assert server.hits["/the-decoder.xml"] == 6


async def test_set_sample_changes_the_etag(server: SampleSourcesServer, client: httpx.AsyncClient) -> None:
    url = server.url("/uscis-news.xml")
    before = await client.get(url)
    server.set_sample("/uscis-news.xml", before.content.replace(b"Thanksgiving", b"Christmas"))
    after = await client.get(url, headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert b"Christmas" in after.content
    assert after.headers["etag"] != before.headers["etag"]
    assert after.headers["content-type"].startswith("application/rss+xml")


async def test_set_route_with_bytes_status_headers(server: SampleSourcesServer, client: httpx.AsyncClient) -> None:
    server.set_route("/the-decoder.xml", b"<html>maintenance</html>", status=503, headers={"Retry-After": "60"})
    response = await client.get(server.url("/the-decoder.xml"))
    assert response.status_code == 503
    assert response.headers["retry-after"] == "60"
    assert response.text == "<html>maintenance</html>"
    server.clear_route("/the-decoder.xml")
    assert (await client.get(server.url("/the-decoder.xml"))).status_code == 200
    assert server.hits["/the-decoder.xml"] == 2


async def test_set_route_with_handler_and_delay(server: SampleSourcesServer, client: httpx.AsyncClient) -> None:
    seen: list[str] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        seen.append(request.headers.get("User-Agent", ""))
        return web.json_response({"ok": True})

    server.set_route("extra.json", handler, delay=0.2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    response = await client.get(server.url("/extra.json"), headers={"User-Agent": "probe"})
    assert loop.time() - started >= 0.2
    assert response.json() == {"ok": True}
    assert seen == ["probe"]


async def test_unknown_path_is_404(server: SampleSourcesServer, client: httpx.AsyncClient) -> None:
    response = await client.get(server.url("/missing.xml"))
    assert response.status_code == 404
    assert server.hits["/missing.xml"] == 1


async def test_base_url_needs_a_running_server() -> None:
    srv = SampleSourcesServer()
    with pytest.raises(RuntimeError, match="not running"):
        _ = srv.base_url
    await srv.start()
    port = srv.port
    await srv.stop()
    with pytest.raises(RuntimeError):
        _ = srv.port
    async with httpx.AsyncClient() as c:
        with pytest.raises(httpx.ConnectError):
            await c.get(f"http://127.0.0.1:{port}/the-decoder.xml")


async def test_catalogue_points_at_the_samples(server: SampleSourcesServer) -> None:
    sources = server.sources()
    assert [s.id for s in sources] == ["the-decoder", "asia-tech-wire", "uscis-news", "gov-uk-home-office"]
    assert all(str(s.url).startswith(server.base_url) for s in sources)
    assert {s.id: s.kind for s in sources}["asia-tech-wire"] == "atom"
    assert "[[source]]" in server.catalogue_toml()


async def test_format_catalogue_covers_every_kind_and_adapter(server: SampleSourcesServer) -> None:
    sources = server.sources(FORMAT_SAMPLE_SOURCES)
    assert {s.kind for s in sources} == {"rss", "atom", "json-feed", "json-api", "page"}
    assert {s.adapter for s in sources if s.kind == "json-api"} == {"federal_register", "govuk_search", "gdelt_doc"}
    assert 'adapter = "gdelt_doc"' in server.catalogue_toml(FORMAT_SAMPLE_SOURCES)
    async with Fetcher(allow_private=True, contact="mailto:test@example.org") as fetcher:
        for source in sources:
            result = await fetcher.fetch(str(source.url))
            items = parse_source(result.body, source, content_type=result.content_type, base_url=result.final_url)
            assert items and all(i.source_id == source.id for i in items), source.id


async def test_fetch_and_parse_every_sample_source_then_304(server: SampleSourcesServer) -> None:
    async with Fetcher(allow_private=True, contact="mailto:test@example.org") as fetcher:
        total = 0
        for source in server.sources():
            result = await fetcher.fetch(str(source.url))
            items = parse_feed(result.body, source, content_type=result.content_type, base_url=result.final_url)
            assert items, source.id
            assert all(i.source_id == source.id for i in items)
            total += len(items)
            again = await fetcher.fetch(str(source.url), etag=result.etag, last_modified=result.last_modified)
            assert again.not_modified
        assert total == 12


async def test_broken_body_route_surfaces_as_fetch_error(server: SampleSourcesServer) -> None:
    server.set_route("/the-decoder.xml", b"<!DOCTYPE html><html><body>Just a moment...</body></html>",
                     headers={"Content-Type": "text/html"})
    source = server.sources()[0]
    async with Fetcher(allow_private=True, contact="mailto:test@example.org") as fetcher:
        result = await fetcher.fetch(str(source.url))
    with pytest.raises(FetchError, match="not a feed: an HTML page"):
        parse_feed(result.body, source, content_type=result.content_type)
