"""A local stand-in for the feed servers: serves the bundled sample feeds over real HTTP.

Used by the offline demo, the tests and the benchmarks. It behaves like a well-run feed server
(correct content types, strong ETags, Last-Modified, 304 on conditional requests) and lets a test
replace any path with a broken, slow or failing response through `set_route`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from importlib import resources
from typing import Self

from aiohttp import web
from multidict import CIMultiDict

from bot.models import SourceConfig
from bot.sources.catalogue import parse_catalogue

__all__ = [
    "FORMAT_SAMPLE_SOURCES",
    "SAMPLES_LAST_MODIFIED",
    "SAMPLE_SOURCES",
    "RouteHandler",
    "SampleSource",
    "SampleSourcesServer",
    "sample_bytes",
]

RouteHandler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Fixed so that runs are reproducible; `set_sample` moves it forward.
SAMPLES_LAST_MODIFIED = datetime(2026, 11, 28, 8, 0, 0, tzinfo=UTC)


@dataclass(frozen=True)
class SampleSource:
    id: str
    name: str
    kind: str
    path: str  # URL path, also the file name under bot/sandbox/samples/
    jurisdictions: tuple[str, ...]
    adapter: str | None = None  # json-api only


# The demo's sources (the canonical story and some noise).
SAMPLE_SOURCES: tuple[SampleSource, ...] = (
    SampleSource("the-decoder", "The Decoder", "rss", "/the-decoder.xml", ()),
    SampleSource("asia-tech-wire", "Asia Tech Wire", "atom", "/asia-tech-wire.xml", ("CN", "JP")),
    SampleSource("uscis-news", "USCIS news", "rss", "/uscis-news.xml", ("US",)),
    SampleSource(
        "gov-uk-home-office", "GOV.UK: Home Office news (visa)", "atom", "/gov-uk-home-office.atom", ("GB",)
    ),
)

# One source per supported format and adapter, in the real formats (the ingestion tests use these).
# Files whose name starts with "_" are other versions of a sample (e.g. a watched page after an
# edit): served only when a test puts them in place with `set_sample`.
FORMAT_SAMPLE_SOURCES: tuple[SampleSource, ...] = (
    SampleSource("fmt-rss", "The Decoder", "rss", "/the-decoder.xml", ()),
    SampleSource("fmt-atom", "Asia Tech Wire", "atom", "/asia-tech-wire.xml", ("CN", "JP")),
    SampleSource("fmt-rss10", "Research Security Digest", "rss", "/research-security.rdf", ("US", "EU")),
    SampleSource("fmt-json-feed", "Mobility Monitor", "json-feed", "/mobility-monitor.json", ()),
    SampleSource("fmt-google-news", "Google News: China AI", "rss", "/google-news.xml", ("CN",)),
    SampleSource(
        "fmt-federal-register", "Federal Register: USCIS", "json-api", "/federal-register.json", ("US",),
        adapter="federal_register",
    ),
    SampleSource(
        "fmt-govuk-search", "GOV.UK search: Global Talent", "json-api", "/govuk-search.json", ("GB",),
        adapter="govuk_search",
    ),
    SampleSource("fmt-gdelt", "GDELT: talent mobility", "json-api", "/gdelt-doc.json", (), adapter="gdelt_doc"),
    SampleSource("fmt-page", "GOV.UK: Global Talent visa", "page", "/global-talent.html", ("GB",)),
)


def sample_bytes(name: str) -> bytes:
    """A file of bot/sandbox/samples/ (including the "_" versions that are not served by default)."""
    return resources.files("bot.sandbox").joinpath("samples", name).read_bytes()


@dataclass
class _Sample:
    body: bytes
    content_type: str
    etag: str
    last_modified: datetime


@dataclass
class _Route:
    body: bytes | None
    handler: RouteHandler | None
    status: int
    headers: dict[str, str]
    delay: float


def _strong_etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _guess_content_type(path: str, body: bytes) -> str:
    """What a well-configured server would send for this file."""
    head = body[:1024].lstrip()
    if head.startswith((b"{", b"[")):
        return "application/feed+json" if b"jsonfeed.org/version" in head else "application/json; charset=utf-8"
    if b"<feed" in head:
        return "application/atom+xml; charset=utf-8"
    if b"<rss" in head:
        return "application/rss+xml; charset=utf-8"
    if b"<rdf:RDF" in head:
        return "application/rdf+xml; charset=utf-8"
    if path.endswith((".html", ".htm")):
        return "text/html; charset=utf-8"
    if path.endswith((".xml", ".atom", ".rss")):
        return "application/xml"
    return "application/octet-stream"


def _etag_matches(header: str, etag: str) -> bool:
    # If-None-Match uses the weak comparison: W/"x" matches "x".
    candidates = [part.strip() for part in header.split(",")]
    return any(c == "*" or c.removeprefix("W/") == etag for c in candidates)


def _not_modified_since(header: str, last_modified: datetime) -> bool:
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return last_modified <= since


class SampleSourcesServer:
    """aiohttp server on 127.0.0.1 (random port) serving the sample feeds.

    `hits` counts requests per path (304s and routes included). Use as `async with`.
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, shutdown_timeout: float = 0.5) -> None:
        self.host = host
        self.hits: Counter[str] = Counter()
        self._port = port
        self._shutdown_timeout = shutdown_timeout
        self._runner: web.AppRunner | None = None
        self._bound_port: int | None = None
        self._routes: dict[str, _Route] = {}
        self._samples: dict[str, _Sample] = {}
        folder = resources.files("bot.sandbox").joinpath("samples")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.is_file() and not entry.name.startswith((".", "_")):
                self._put_sample("/" + entry.name, entry.read_bytes(), None, SAMPLES_LAST_MODIFIED)

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        if self._runner is not None:
            return
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        runner = web.AppRunner(
            app,
            access_log=None,
            handler_cancellation=True,  # a client that gives up (timeout tests) cancels the slow handler
            shutdown_timeout=self._shutdown_timeout,
        )
        await runner.setup()
        site = web.TCPSite(runner, self.host, self._port)
        await site.start()
        self._runner = runner
        address = runner.addresses[0]
        self._bound_port = int(address[1])

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        self._bound_port = None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def port(self) -> int:
        if self._bound_port is None:
            raise RuntimeError("SampleSourcesServer is not running: call start() or use `async with`")
        return self._bound_port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith("/") else "/" + path)

    # ------------------------------------------------------------ test hooks

    @property
    def sample_paths(self) -> list[str]:
        return sorted(self._samples)

    def set_route(
        self,
        path: str,
        handler_or_bytes: RouteHandler | bytes | str,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> None:
        """Serve `path` from now on with fixed bytes (with `status` and `headers`) or a handler.

        Routes win over samples. `delay` seconds pass before answering. A handler builds its own
        response, so `status` and `headers` apply to bytes only. No conditional-request support here.
        """
        if not path.startswith("/"):
            path = "/" + path
        if callable(handler_or_bytes):
            route = _Route(None, handler_or_bytes, status, dict(headers or {}), delay)
        else:
            body = handler_or_bytes.encode("utf-8") if isinstance(handler_or_bytes, str) else handler_or_bytes
            route = _Route(body, None, status, dict(headers or {}), delay)
        self._routes[path] = route

    def clear_route(self, path: str) -> None:
        self._routes.pop(path if path.startswith("/") else "/" + path, None)

    def set_sample(self, path: str, body: bytes, *, content_type: str | None = None) -> None:
        """Replace (or add) a sample: new ETag and a later Last-Modified, like a feed that changed."""
        if not path.startswith("/"):
            path = "/" + path
        previous = self._samples.get(path)
        when = datetime.now(UTC).replace(microsecond=0)
        if previous is not None and when <= previous.last_modified:
            when = previous.last_modified + timedelta(seconds=1)
        self._put_sample(path, body, content_type, when)

    def _put_sample(self, path: str, body: bytes, content_type: str | None, when: datetime) -> None:
        self._samples[path] = _Sample(
            body=body,
            content_type=content_type or _guess_content_type(path, body),
            etag=_strong_etag(body),
            last_modified=when,
        )

    # ------------------------------------------------------------ catalogue

    def catalogue_toml(self, samples: tuple[SampleSource, ...] = SAMPLE_SOURCES) -> str:
        """A sources catalogue (TOML) whose entries point at this server's samples."""
        blocks = ["# Sample sources served by SampleSourcesServer (bot/sandbox/sources_server.py)."]
        for sample in samples:
            jurisdictions = ", ".join(json.dumps(j) for j in sample.jurisdictions)
            blocks.append(
                "\n".join(
                    [
                        "[[source]]",
                        f"id = {json.dumps(sample.id)}",
                        f"name = {json.dumps(sample.name)}",
                        f"kind = {json.dumps(sample.kind)}",
                        *([f"adapter = {json.dumps(sample.adapter)}"] if sample.adapter else []),
                        f"url = {json.dumps(self.url(sample.path))}",
                        "interval_minutes = 15",
                        'language = "en"',
                        f"jurisdictions = [{jurisdictions}]",
                        "enabled = true",
                    ]
                )
            )
        return "\n\n".join(blocks) + "\n"

    def sources(self, samples: tuple[SampleSource, ...] = SAMPLE_SOURCES) -> list[SourceConfig]:
        return parse_catalogue(self.catalogue_toml(samples), name="sample-sources.toml")

    # ------------------------------------------------------------ serving

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        self.hits[path] += 1
        route = self._routes.get(path)
        if route is not None:
            return await self._serve_route(request, route)
        if request.method not in ("GET", "HEAD"):
            raise web.HTTPMethodNotAllowed(request.method, ["GET", "HEAD"])
        sample = self._samples.get(path)
        if sample is None:
            raise web.HTTPNotFound(text=f"no sample at {path}\n")
        return self._serve_sample(request, sample)

    async def _serve_route(self, request: web.Request, route: _Route) -> web.StreamResponse:
        if route.delay > 0:
            await asyncio.sleep(route.delay)
        if route.handler is not None:
            return await route.handler(request)
        headers = CIMultiDict(route.headers)
        if "Content-Type" not in headers:
            headers["Content-Type"] = _guess_content_type(request.path, route.body or b"")
        return web.Response(status=route.status, body=route.body, headers=headers)

    def _serve_sample(self, request: web.Request, sample: _Sample) -> web.StreamResponse:
        validators = {
            "ETag": sample.etag,
            "Last-Modified": format_datetime(sample.last_modified, usegmt=True),
        }
        inm = request.headers.get("If-None-Match")
        ims = request.headers.get("If-Modified-Since")
        # RFC 9110 §13.2.2: If-None-Match, when present, decides; If-Modified-Since is then ignored.
        if (inm is not None and _etag_matches(inm, sample.etag)) or (
            inm is None and ims is not None and _not_modified_since(ims, sample.last_modified)
        ):
            return web.Response(status=304, headers=validators)
        headers = CIMultiDict(validators)
        headers["Content-Type"] = sample.content_type
        headers["Cache-Control"] = "max-age=300"
        return web.Response(body=sample.body, headers=headers)
