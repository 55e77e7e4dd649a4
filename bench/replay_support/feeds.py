"""The replay's feed server: one RSS 2.0 feed per outlet, holding that outlet's articles published up to
the replay's current moment, on 127.0.0.1 (the bot fetches nothing else: the feed carries the full text,
so no source asks for article pages).

Behaves like a well-run feed server: a strong ETag over the body and 304 on If-None-Match, so an outlet
with nothing new costs the bot one conditional request per cycle.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web

from bot.models import SourceConfig

MAX_SLUG = 48


def published_utc(article: dict[str, object]) -> datetime:
    """The article's `published` as an aware UTC datetime (the data carries offsets like +08:00)."""
    value = datetime.fromisoformat(str(article["published"]).replace("Z", "+00:00"))
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC)


def slug(name: str) -> str:
    """A SourceConfig id from an outlet name (ids allow [a-z0-9_-] only; other scripts become "outlet")."""
    text = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:MAX_SLUG].strip("-")
    return text or "outlet"


@dataclass
class Outlet:
    id: str
    name: str
    language: str
    articles: list[dict[str, object]] = field(default_factory=list)  # in publication order


def outlets_of(articles: Sequence[dict[str, object]]) -> list[Outlet]:
    """One outlet per `source` (split by language if an outlet writes in several), ordered by its first
    article, so the catalogue and every poll order follow publication order."""
    ordered = sorted(articles, key=lambda a: (published_utc(a), str(a["id"])))
    by_key: dict[tuple[str, str], Outlet] = {}
    used: set[str] = set()
    for article in ordered:
        name = str(article.get("source") or "unknown outlet")
        language = str(article.get("language") or "en")
        key = (name, language)
        outlet = by_key.get(key)
        if outlet is None:
            base = slug(name)
            sid, n = base, 1
            while sid in used:
                n += 1
                sid = f"{base[: MAX_SLUG - 4]}-{n}"
            used.add(sid)
            outlet = by_key[key] = Outlet(sid, name, language)
        outlet.articles.append(article)
    return list(by_key.values())


def _item_xml(article: dict[str, object]) -> str:
    text = str(article.get("text") or "")
    # The description is HTML (each paragraph a <p>, the text HTML-escaped), XML-escaped in turn, as
    # feeds usually carry it.
    body = "".join(f"<p>{html.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return (
        "<item>"
        f"<title>{escape(str(article.get('title') or ''))}</title>"
        f"<link>{escape(str(article.get('url') or ''))}</link>"
        f'<guid isPermaLink="false">{escape(str(article["id"]))}</guid>'
        f"<pubDate>{format_datetime(published_utc(article), usegmt=True)}</pubDate>"
        f"<description>{escape(body)}</description>"
        "</item>"
    )


def feed_xml(outlet: Outlet, until: datetime) -> bytes:
    """The outlet's RSS 2.0 feed as it stands at `until`: its articles published by then, newest first."""
    shown = [a for a in outlet.articles if published_utc(a) <= until]
    items = "".join(_item_xml(a) for a in reversed(shown))
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(outlet.name)}</title><link>http://127.0.0.1/</link>"
        f"<description>{escape(outlet.name)}</description><language>{escape(outlet.language)}</language>"
        f"{items}</channel></rss>"
    ).encode()


class ReplayFeeds:
    """Serves `/feed/<outlet id>.xml` for every outlet; `until` is moved forward by the replay."""

    def __init__(self, outlets: Sequence[Outlet]) -> None:
        self.outlets = {o.id: o for o in outlets}
        self.until = datetime.min.replace(tzinfo=UTC)
        self._seen_until = self.until
        self.requests = 0
        self._runner: web.AppRunner | None = None
        self._port = 0

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed/{sid}.xml", self._feed)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def url(self, outlet_id: str) -> str:
        return f"http://127.0.0.1:{self._port}/feed/{outlet_id}.xml"

    def sources(self) -> list[SourceConfig]:
        return [
            SourceConfig.model_validate(
                {"id": o.id, "name": o.name, "kind": "rss", "url": self.url(o.id), "language": o.language}
            )
            for o in self.outlets.values()
        ]

    def changed(self) -> list[Outlet]:
        """The outlets that published since the last call, in the order of their first new article."""
        since, self._seen_until = self._seen_until, self.until
        first: dict[str, tuple[datetime, str]] = {}
        for outlet in self.outlets.values():
            fresh = [a for a in outlet.articles if since < published_utc(a) <= self.until]
            if fresh:
                first[outlet.id] = (published_utc(fresh[0]), str(fresh[0]["id"]))
        return [self.outlets[sid] for sid in sorted(first, key=lambda sid: first[sid])]

    async def _feed(self, request: web.Request) -> web.StreamResponse:
        self.requests += 1
        outlet = self.outlets.get(request.match_info["sid"])
        if outlet is None:
            raise web.HTTPNotFound()
        body = feed_xml(outlet, self.until)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=body, content_type="application/rss+xml", charset="utf-8", headers={"ETag": etag})
