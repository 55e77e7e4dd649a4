"""Feeds for the scale benchmark: N sources, each on a loopback address of its own, each telling one
distinct talent-mobility story (so N sources make N stories, and every alert has one right answer).

Every source gets its own 127.0.x.y address because politeness limits are per host: N feeds on one
address would be polled two at a time, one per second, and the benchmark would measure our own
politeness instead of the replicas. Linux routes all of 127.0.0.0/8 to the loopback interface.
"""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

from aiohttp import web

_COUNTRIES = [
    ("China", "Beijing", "Ministry of Science and Technology"), ("India", "New Delhi", "Ministry of Home Affairs"),
    ("Japan", "Tokyo", "Ministry of Justice"), ("South Korea", "Seoul", "Ministry of Justice"),
    ("Germany", "Berlin", "Federal Foreign Office"), ("France", "Paris", "Ministry of the Interior"),
    ("Canada", "Ottawa", "Immigration, Refugees and Citizenship Canada"),
    ("Australia", "Canberra", "Department of Home Affairs"), ("Brazil", "Brasilia", "Ministry of Justice"),
    ("Singapore", "Singapore", "Ministry of Manpower"), ("Netherlands", "The Hague", "Immigration Service"),
    ("Sweden", "Stockholm", "Migration Agency"), ("Israel", "Jerusalem", "Population Authority"),
    ("Taiwan", "Taipei", "National Science and Technology Council"),
    ("Vietnam", "Hanoi", "Ministry of Public Security"), ("Mexico", "Mexico City", "National Migration Institute"),
]
# (headline verb, what, kind, the article's account of it): each kind of policy told in its own words.
_POLICIES = [
    ("requires government approval before", "travel abroad", "exit approval",
     "{people} at private laboratories must now ask {ministry} for clearance before any trip abroad, and "
     "passports of {count} senior staff were collected by their employers."),
    ("raises the visa fee for", "work visas", "visa fee",
     "the application charge for {people} rises to {count} dollars, payable by the sponsoring employer, "
     "with universities asking for an exemption."),
    ("opens a fast-track residence route for", "residence permits", "talent visa",
     "{people} with a job offer can receive permanent residence within {count} days, skipping the labour "
     "market test that applies to other applicants."),
    ("adds security screening for", "research visas", "research security",
     "consular officers will refer {people} in sensitive fields to an interagency vetting panel, which "
     "already has a backlog of {count} cases."),
    ("caps new work permits for", "work permits", "permit quota",
     "no more than {count} new permits for {people} will be issued next year, and firms must show they "
     "advertised each post locally for eight weeks."),
]
_PEOPLE = ["AI researchers", "semiconductor engineers", "doctoral students", "research scientists",
           "biotech scientists", "software engineers", "postdoctoral researchers", "skilled workers"]
_LETTERS = "bcdfghjklmnprstvz"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def codename(i: int) -> str:
    """A made-up programme name unique to story `i`: random letters, so no two stories share a rare
    word or even a long prefix (which would be evidence of one story)."""
    rng = random.Random(i)
    return "".join(rng.choice(_LETTERS) for _ in range(9)).capitalize()


def story(i: int, now: datetime) -> tuple[str, str, str]:
    """(title, description, pubDate) of source i's single story."""
    country, capital, ministry = _COUNTRIES[i % len(_COUNTRIES)]
    verb, thing, kind, account = _POLICIES[(i // len(_COUNTRIES)) % len(_POLICIES)]
    people = _PEOPLE[(i // 3) % len(_PEOPLE)]
    name = codename(i)
    title = f"{country} {verb} {people}: the {name} rule on {thing}"
    effective = f"{1 + i % 28} {_MONTHS[(i // 28) % 12]} {2027 + i // 336}"
    text = (
        f"{capital} announced the {name} rule on {thing}. Under it, "
        + account.format(people=people, ministry=f"the {ministry}", count=400 + 13 * i)
        + f" The {kind} measure named {name} takes effect on {effective}."
    )
    # Stories that share a country and a kind of policy are months apart: different events, as in life.
    combos = len(_COUNTRIES) * len(_POLICIES)
    published = format_datetime(now - timedelta(days=45 * (i // combos), minutes=i % 90))
    return title, text, published


def feed_body(i: int, now: datetime) -> bytes:
    title, text, published = story(i, now)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Policy Wire {i}</title><link>https://wire{i}.example/</link><description>News</description>"
        f"<item><guid>https://wire{i}.example/story-{i}</guid><title>{escape(title)}</title>"
        f"<link>https://wire{i}.example/story-{i}</link><pubDate>{published}</pubDate>"
        f"<description>{escape(text)}</description></item></channel></rss>"
    ).encode()


def address(i: int) -> str:
    return f"127.0.{1 + i // 250}.{1 + i % 250}"


class FeedServer:
    """Serves /feed.xml on one address per source, after a latency drawn between min and max seconds."""

    def __init__(self, n: int, *, latency: tuple[float, float] = (0.2, 0.6), seed: int = 11) -> None:
        self.n = n
        self.latency = latency
        self.rng = random.Random(seed)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._bodies = {address(i): feed_body(i, self.now) for i in range(n)}

    async def _handle(self, request: web.Request) -> web.Response:
        await asyncio.sleep(self.rng.uniform(*self.latency))
        host = (request.host or "").rsplit(":", 1)[0]
        body = self._bodies.get(host)
        if body is None:
            raise web.HTTPNotFound()
        return web.Response(body=body, content_type="application/rss+xml")

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/feed.xml", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        first = web.TCPSite(self._runner, address(0), 0)
        await first.start()
        self.port = self._runner.addresses[0][1]
        for i in range(1, self.n):
            await web.TCPSite(self._runner, address(i), self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def catalogue_toml(self) -> str:
        entries = []
        for i in range(self.n):
            entries.append(
                f'[[source]]\nid = "wire-{i:04d}"\nname = "Policy Wire {i}"\nkind = "rss"\n'
                f'url = "http://{address(i)}:{self.port}/feed.xml"\ninterval_minutes = 60\n'
            )
        return "\n".join(entries)
