"""The poll pipeline through a real local HTTP server: every format, every failure, on SQLite and PostgreSQL.

Each failure must end as a clear error recorded on its source (shown by `sources list`), with the
other sources polled as usual, and nothing alerted twice.
"""

from __future__ import annotations

import asyncio
import gzip
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import format_datetime
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from aiohttp import web

from bot.models import SourceConfig
from bot.pipeline import CycleReport, Pipeline, PollPolicy, SourceReport, backoff_delay, is_due
from bot.sandbox.sources_server import FORMAT_SAMPLE_SOURCES, SampleSourcesServer, sample_bytes
from bot.sources.fetch import Fetcher
from bot.sources.health import health_word, sources_table
from bot.store import Store
from bot.store.schema import items
from tests.conftest import NOW, Clock

CHANNEL = "C0ALERTS"
CONTACT = "mailto:test@example.org"
POLICY = PollPolicy(
    jitter=0, max_backoff=timedelta(hours=1), pause_after=3, pause_for=timedelta(hours=12), source_deadline_s=3
)


@dataclass
class Rig:
    store: Store
    server: SampleSourcesServer
    fetcher: Fetcher
    clock: Clock = field(default_factory=Clock)

    def source(self, source_id: str, path: str, *, kind: str = "rss", interval: int = 15, **extra: Any) -> SourceConfig:
        return SourceConfig.model_validate(
            {"id": source_id, "name": source_id.title(), "kind": kind, "url": self.server.url(path),
             "interval_minutes": interval, **extra}
        )

    def pipeline(self, sources: list[SourceConfig], **overrides: Any) -> Pipeline:
        options: dict[str, Any] = {
            "alert_channels": [CHANNEL], "backfill": None, "clock": self.clock, "policy": POLICY,
            "rng": random.Random(7),
        }
        options.update(overrides)
        return Pipeline(self.store, self.fetcher, sources, **options)

    async def state(self, source_id: str) -> Any:
        state = await self.store.source_state(source_id)
        assert state is not None
        return state


@pytest.fixture
async def rig(store: Store) -> AsyncIterator[Rig]:
    async with SampleSourcesServer() as server, Fetcher(
        allow_private=True, contact=CONTACT, total_timeout=1.0, read_timeout=0.8, connect_timeout=0.5
    ) as fetcher:
        yield Rig(store, server, fetcher)


def _by_id(report: CycleReport) -> dict[str, SourceReport]:
    return {s.source_id: s for s in report.sources}


def _rss(*items: tuple[str, str, str, str], title: str = "Policy Wire") -> bytes:
    """(guid, title, link, pubDate) tuples to an RSS 2.0 body."""
    body = "".join(
        f"<item><guid>{g}</guid><title>{t}</title><link>{link}</link><pubDate>{d}</pubDate>"
        f"<description>{t}. Officials confirmed the change on the record.</description></item>"
        for g, t, link, d in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{body}</channel></rss>'.encode()


# ---------------------------------------------------------------- every format, then nothing


async def test_every_format_is_ingested_and_the_second_cycle_is_all_304(rig: Rig) -> None:
    sources = rig.server.sources(FORMAT_SAMPLE_SOURCES)
    pipeline = rig.pipeline(sources)
    first = _by_id(await pipeline.run_cycle())
    assert {sid: r.error for sid, r in first.items() if r.error} == {}
    assert {sid: r.items for sid, r in first.items()} == {
        "fmt-rss": 5, "fmt-atom": 3, "fmt-rss10": 2, "fmt-json-feed": 3, "fmt-google-news": 3,
        "fmt-federal-register": 3, "fmt-govuk-search": 3, "fmt-gdelt": 3, "fmt-page": 1,
    }
    assert first["fmt-page"].new == 0  # the first sight of a page is its baseline, not news
    stored = await rig.store.count_items()
    assert stored == sum(r.new for r in first.values()) > 20
    alerts = await rig.store.alerts()
    assert alerts and {a.channel for a in alerts} == {CHANNEL}
    state = await rig.state("fmt-rss")
    assert state.etag and state.last_success_at == NOW and state.items_seen == 5

    second = await pipeline.run_cycle(force=True)
    assert all(r.not_modified and not r.error for r in second.sources)
    assert second.queued == 0
    assert await rig.store.count_items() == stored
    assert len(await rig.store.alerts()) == len(alerts)


# ---------------------------------------------------------------- failures: recorded, isolated


async def test_each_failure_is_a_clear_error_on_its_source_and_the_others_are_polled(rig: Rig) -> None:
    server = rig.server
    stuck = asyncio.Event()

    async def never_answers(request: web.Request) -> web.StreamResponse:
        await stuck.wait()
        return web.Response(text="too late")

    async def loop_a(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("/loop-b")

    async def loop_b(request: web.Request) -> web.StreamResponse:
        raise web.HTTPFound("/loop-a")

    server.set_route("/html.xml", b"<!DOCTYPE html><html><body>Please sign in</body></html>",
                     headers={"Content-Type": "text/html; charset=utf-8"})
    server.set_route("/empty.xml", b"", headers={"Content-Type": "application/rss+xml"})
    server.set_route("/huge.xml", b"<rss>" + b" " * (10 * 1024 * 1024), headers={"Content-Type": "application/rss+xml"})
    server.set_route("/bomb.xml", gzip.compress(b"\0" * (6 * 1024 * 1024)),
                     headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
    server.set_route("/loop-a", loop_a)
    server.set_route("/loop-b", loop_b)
    server.set_route("/hang.xml", never_answers)
    server.set_route("/broken.xml", b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
        <title>Sloppy & Sons</title><item><title>Visa news & views</title><link>https://sloppy.example/1</link>
        <description>Unescaped & ampersand <b>unclosed</description></item>""")  # no closing tags
    server.set_route("/error.xml", b"oops", status=500)
    sources = [
        rig.source("html", "/html.xml"), rig.source("empty", "/empty.xml"), rig.source("huge", "/huge.xml"),
        rig.source("bomb", "/bomb.xml"), rig.source("loop", "/loop-a"), rig.source("hang", "/hang.xml"),
        rig.source("broken", "/broken.xml"), rig.source("error", "/error.xml"),
        rig.source("good", "/the-decoder.xml"),
    ]
    loop = asyncio.get_running_loop()
    started = loop.time()
    report = _by_id(await rig.pipeline(sources).run_cycle())
    assert loop.time() - started < 2.5  # the hung server cost one timeout, not the cycle
    stuck.set()

    errors = {sid: r.error for sid, r in report.items()}
    assert errors["html"] is not None and errors["html"].startswith("not a feed: an HTML page served as text/html")
    assert errors["empty"] == "not a feed: empty body"
    assert errors["huge"] == "body larger than 5 MB from 127.0.0.1"
    assert errors["bomb"] == "body larger than 5 MB from 127.0.0.1"
    assert errors["loop"] is not None and errors["loop"].startswith("redirect loop: ")
    assert errors["hang"] is not None and errors["hang"].startswith("timed out after ")
    assert errors["error"] == "HTTP 500 from 127.0.0.1"
    assert errors["broken"] is None and report["broken"].items == 1  # malformed but recoverable
    assert errors["good"] is None and report["good"].items == 5 and report["good"].new == 5

    for sid in ("html", "empty", "huge", "bomb", "loop", "hang", "error"):
        state = await rig.state(sid)
        assert state.last_error == errors[sid] and state.error_count == 1 and state.failing_since == NOW
        assert state.next_poll_at == NOW + timedelta(minutes=15)  # first failure: one interval
        assert state.last_success_at is None and state.etag is None
    shown = health_word(await rig.state("error"), NOW)
    assert shown == "failing (1× in a row since 2026-11-28 12:00 UTC): HTTP 500 from 127.0.0.1"


async def test_a_streak_of_500s_backs_off_then_pauses_with_a_reason_then_recovers(rig: Rig) -> None:
    rig.server.set_route("/flaky.xml", b"Internal Server Error", status=500)
    source = rig.source("flaky", "/flaky.xml", interval=10)
    pipeline = rig.pipeline([source])
    waits = []
    for _ in range(3):
        report = _by_id(await pipeline.run_cycle())
        assert report["flaky"].error == "HTTP 500 from 127.0.0.1"
        state = await rig.state("flaky")
        waits.append(state.next_poll_at - rig.clock.now)
        assert not is_due(state, rig.clock.now + waits[-1] - timedelta(seconds=1))
        rig.clock.advance_to(state.next_poll_at)
    # 10 min, 20 min, then paused for 12 h (the third failure reaches pause_after=3).
    assert waits == [timedelta(minutes=10), timedelta(minutes=20), timedelta(hours=12)]
    state = await rig.state("flaky")
    assert state.error_count == 3 and state.paused_until == state.next_poll_at
    expected_reason = "3 failures in a row since 2026-11-28 12:00 UTC; last: HTTP 500 from 127.0.0.1"
    assert state.pause_reason == expected_reason
    during = NOW + timedelta(minutes=31)
    shown = health_word(state, during)
    assert shown == f"paused until {state.paused_until:%Y-%m-%d %H:%M} UTC after {expected_reason}"
    row = sources_table([source], {"flaky": state}, now=during)[0]
    assert row["paused"].startswith("until ") and row["last_error"] == "HTTP 500 from 127.0.0.1"
    hits = rig.server.hits["/flaky.xml"]
    rig.clock.now = during
    assert (await pipeline.run_cycle()).sources == []  # paused: not polled
    assert rig.server.hits["/flaky.xml"] == hits

    rig.server.set_route("/flaky.xml", sample_bytes("uscis-news.xml"))
    rig.clock.advance_to(state.paused_until)
    report = _by_id(await pipeline.run_cycle())
    assert report["flaky"].error is None and report["flaky"].new == 2
    state = await rig.state("flaky")
    assert (state.error_count, state.paused_until, state.pause_reason, state.failing_since) == (0, None, None, None)
    assert health_word(state, rig.clock.now) == "ok"


async def test_fixing_a_paused_source_url_in_the_catalogue_starts_it_afresh(rig: Rig) -> None:
    rig.server.set_route("/moved-away.xml", b"gone", status=410)
    broken = rig.source("mover", "/moved-away.xml")
    for _ in range(3):
        await rig.pipeline([broken]).run_cycle(force=True)
    assert (await rig.state("mover")).paused_until is not None
    fixed = rig.source("mover", "/uscis-news.xml")  # the operator edits the URL and restarts
    report = _by_id(await rig.pipeline([fixed]).run_cycle())["mover"]
    assert report.error is None and report.new == 2
    state = await rig.state("mover")
    assert (state.error_count, state.paused_until, state.last_error) == (0, None, None)
    assert state.url == fixed.url.unicode_string()


async def test_429_with_retry_after_is_honoured_and_holds_off_the_whole_host(rig: Rig) -> None:
    rig.server.set_route("/limited.xml", b"slow down", status=429, headers={"Retry-After": "3600"})
    limited = rig.source("limited", "/limited.xml", interval=1)
    report = _by_id(await rig.pipeline([limited]).run_cycle())
    assert report["limited"].error == "HTTP 429 from 127.0.0.1 (retry after 3600 s)"
    state = await rig.state("limited")
    assert state.next_poll_at == NOW + timedelta(hours=1)  # Retry-After, not the 1-minute interval

    # Another source on the same host is not asked either, and that is not counted as its failure.
    neighbour = rig.source("neighbour", "/uscis-news.xml")
    report = _by_id(await rig.pipeline([neighbour]).run_cycle())
    assert report["neighbour"].error is None
    assert report["neighbour"].deferred is not None
    assert report["neighbour"].deferred.startswith("not asking 127.0.0.1: it asked us to retry after")
    assert rig.server.hits["/uscis-news.xml"] == 0
    state = await rig.state("neighbour")
    assert state.error_count == 0 and state.polls == 0
    assert state.next_poll_at is not None and state.next_poll_at > NOW + timedelta(minutes=59)


async def test_a_server_that_ignores_conditional_requests_is_skipped_by_body_hash(rig: Rig) -> None:
    rig.server.set_route("/no-etag.xml", sample_bytes("uscis-news.xml"),
                         headers={"Content-Type": "application/rss+xml"})
    pipeline = rig.pipeline([rig.source("plain", "/no-etag.xml")])
    assert _by_id(await pipeline.run_cycle())["plain"].new == 2
    again = _by_id(await pipeline.run_cycle(force=True))["plain"]
    assert again.not_modified and again.items == 0 and again.new == 0
    assert rig.server.hits["/no-etag.xml"] == 2


async def test_mislabelled_encodings_do_not_garble_text(rig: Rig) -> None:
    latin1 = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Émigration</title>'
        "<item><guid>fr-1</guid><title>Visa « talent » : les règles changent à Genève</title>"
        "<link>https://fr.example/a</link></item></channel></rss>"
    ).encode("latin-1")
    utf8 = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Talent</title>'
        "<item><guid>zh-1</guid><title>Résumé: 中国 AI researchers need approval</title>"
        "<link>https://zh.example/a</link></item></channel></rss>"
    ).encode()
    rig.server.set_route("/latin1.xml", latin1, headers={"Content-Type": "application/rss+xml; charset=utf-8"})
    rig.server.set_route("/utf8.xml", utf8, headers={"Content-Type": "text/xml; charset=windows-1252"})
    pipeline = rig.pipeline([rig.source("latin1", "/latin1.xml"), rig.source("utf8", "/utf8.xml")])
    assert (await pipeline.run_cycle()).errors == 0
    titles = {i.title for i in await _all_items(rig.store)}
    assert titles == {"Visa « talent » : les règles changent à Genève", "Résumé: 中国 AI researchers need approval"}


# ---------------------------------------------------------------- de-duplication and updates


async def test_a_changed_title_or_date_is_an_update_never_a_new_alert(rig: Rig) -> None:
    pipeline = rig.pipeline([rig.source("decoder", "/the-decoder.xml")])
    first = await pipeline.run_cycle()
    alerts = await rig.store.alerts()
    assert first.queued == len(alerts) >= 1
    body = sample_bytes("the-decoder.xml")
    edited = body.replace(
        b"China now requires top AI researchers to get approval before travelling abroad",
        b"Update: China now requires top AI researchers to get state approval before any trip abroad",
    ).replace(b"Thu, 26 Nov 2026 09:14:00 +0000", b"Fri, 27 Nov 2026 10:00:00 +0000")
    assert edited != body
    rig.server.set_sample("/the-decoder.xml", edited)
    report = _by_id(await pipeline.run_cycle(force=True))["decoder"]
    assert (report.new, report.updated, report.queued) == (0, 1, 0)
    assert len(await rig.store.alerts()) == len(alerts)
    assert await rig.store.count_items() == 5
    assert any(i.title.startswith("Update: China now requires") for i in await _all_items(rig.store))


async def test_tracker_laden_urls_and_google_news_redirects_do_not_defeat_deduplication(rig: Rig) -> None:
    date = "Thu, 26 Nov 2026 11:00:00 GMT"
    rig.server.set_route("/a.xml", _rss(("a-1", "Japan opens J-Skip to startup researchers",
                                         "https://Policy.Example:443/jp/j-skip/?utm_source=rss&amp;fbclid=XYZ#top", date)))
    rig.server.set_route("/b.xml", _rss(("b-77", "Japan opens J-Skip to startup researchers",
                                         "https://policy.example/jp/j-skip?ref=homepage&amp;utm_medium=email", date)))
    gnews = sample_bytes("google-news.xml")
    rig.server.set_route("/gn1.xml", gnews)
    # The same stories from another search: new redirect tokens, new GUIDs, the same outlets and titles.
    rig.server.set_route("/gn2.xml", gnews.replace(b"CBMi", b"XYZq").replace(b"when:7d", b"when:1d"))
    pipeline = rig.pipeline([
        rig.source("a", "/a.xml"), rig.source("b", "/b.xml"),
        rig.source("gn1", "/gn1.xml"), rig.source("gn2", "/gn2.xml"),
    ], concurrency=1)  # one at a time, so "first seen" is well defined
    report = _by_id(await pipeline.run_cycle())
    assert report["a"].new + report["b"].new == 1
    assert report["gn1"].new + report["gn2"].new == 3
    items = await _all_items(rig.store)
    assert len(items) == 4
    assert "https://policy.example/jp/j-skip" in {i.url for i in items}  # stored without trackers


async def test_restart_re_alerts_nothing_even_when_every_body_changed(rig: Rig) -> None:
    sources = rig.server.sources(FORMAT_SAMPLE_SOURCES)
    first = await rig.pipeline(sources).run_cycle()
    alerts = len(await rig.store.alerts())
    assert first.queued == alerts > 0
    for sample in FORMAT_SAMPLE_SOURCES:  # new ETags and hashes: every body is read and parsed again
        body = sample_bytes(sample.path.lstrip("/"))
        rig.server.set_sample(sample.path, body + (b"\n" if not body.endswith(b"}") else b" "))
    async with Fetcher(allow_private=True, contact=CONTACT) as fresh_fetcher:
        restarted = Pipeline(rig.store, fresh_fetcher, sources, alert_channels=[CHANNEL], backfill=None,
                             clock=rig.clock, policy=POLICY)
        report = await restarted.run_cycle(force=True)
    assert report.errors == 0 and not any(r.not_modified for r in report.sources)
    assert (report.queued, sum(r.new for r in report.sources)) == (0, 0)
    assert len(await rig.store.alerts()) == alerts


async def test_first_poll_backfill_stores_old_items_without_alerting(rig: Rig) -> None:
    pipeline = rig.pipeline([rig.source("decoder", "/the-decoder.xml")], backfill=timedelta(hours=24))
    first = _by_id(await pipeline.run_cycle())["decoder"]
    assert first.new == 5 and first.relevant >= 1
    assert first.queued == 0 and await rig.store.alerts() == []  # 26 November is older than a day
    fresh = (
        b"<item><title>UK doubles Global Talent visa fee for AI researchers</title>"
        b"<link>https://the-decoder.com/uk-doubles-global-talent-visa-fee/</link>"
        b"<guid>https://the-decoder.com/?p=40001</guid><pubDate>Sat, 28 Nov 2026 11:00:00 +0000</pubDate>"
        b"<description>The Home Office said the Global Talent visa fee for researchers in artificial "
        b"intelligence will double from January, affecting scientists applying from abroad.</description></item>"
    )
    rig.server.set_sample("/the-decoder.xml", sample_bytes("the-decoder.xml").replace(b"<item>", fresh + b"<item>", 1))
    second = _by_id(await pipeline.run_cycle(force=True))["decoder"]
    assert (second.new, second.queued) == (1, 1)  # not the first poll any more: new items alert


async def test_first_poll_that_failed_does_not_end_the_backfill_window(rig: Rig) -> None:
    rig.server.set_route("/late.xml", b"down", status=503)
    pipeline = rig.pipeline([rig.source("late", "/late.xml", interval=1)], backfill=timedelta(hours=24))
    assert _by_id(await pipeline.run_cycle())["late"].error == "HTTP 503 from 127.0.0.1"
    rig.server.set_route("/late.xml", sample_bytes("the-decoder.xml"))
    rig.clock.now += timedelta(hours=1)
    report = _by_id(await pipeline.run_cycle())["late"]
    assert report.new == 5 and report.queued == 0  # still the first successful poll: no flood


# ---------------------------------------------------------------- isolation and clean stops


async def test_a_hung_source_never_delays_the_others(rig: Rig) -> None:
    release, arrived = asyncio.Event(), asyncio.Event()

    async def hang(request: web.Request) -> web.StreamResponse:
        arrived.set()
        await release.wait()
        return web.Response(text="late")

    rig.server.set_route("/hang.xml", hang)
    pipeline = rig.pipeline([rig.source("hang", "/hang.xml"), rig.source("quick", "/uscis-news.xml")])
    hung = asyncio.create_task(pipeline.poll_source("hang"))
    await asyncio.wait_for(arrived.wait(), 2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    quick = await pipeline.poll_source("quick")
    assert quick is not None and quick.new == 2
    assert loop.time() - started < 0.5
    assert pipeline.in_flight == frozenset({"hang"})
    assert await pipeline.poll_source("hang") is None  # never two polls of one source at once
    report = await hung
    release.set()
    assert report is not None and report.error is not None and report.error.startswith("timed out after")


async def test_a_poll_cut_short_writes_nothing_and_a_crash_loses_no_alert(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    gate, arrived = asyncio.Event(), asyncio.Event()

    async def slow(request: web.Request) -> web.StreamResponse:
        arrived.set()
        await gate.wait()
        return web.Response(body=sample_bytes("the-decoder.xml"), content_type="application/rss+xml")

    rig.server.set_route("/slow.xml", slow)
    source = rig.source("decoder", "/slow.xml")
    pipeline = rig.pipeline([source])
    task = asyncio.create_task(pipeline.run_cycle())
    await asyncio.wait_for(arrived.wait(), 30)  # the first poll loads the models first: slow on a busy machine
    task.cancel()  # what the scheduler's shutdown does to running jobs
    assert await pipeline.drain(2.0) is True
    assert pipeline.in_flight == frozenset()
    assert await rig.store.count_items() == 0 and (await rig.state("decoder")).polls == 0
    gate.set()

    # A crash after the items were stored but before they were routed ...
    calls = {"n": 0}
    place = pipeline.stories.place

    async def crash_once(item: Any) -> tuple[int, bool]:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("simulated crash")
        return await place(item)

    monkeypatch.setattr(pipeline.stories, "place", crash_once)
    crashed = _by_id(await pipeline.run_cycle())["decoder"]
    assert crashed.error == "internal error: RuntimeError: simulated crash"
    assert await rig.store.count_items() == 5 and await rig.store.alerts() == []
    # ... is finished by the next poll, even though the body has not changed: the items stayed pending.
    rig.clock.now += timedelta(hours=1)
    recovered = _by_id(await pipeline.run_cycle())["decoder"]
    assert recovered.error is None and recovered.not_modified and recovered.queued >= 1
    alerts = len(await rig.store.alerts())
    again = await pipeline.run_cycle(force=True)
    assert again.queued == 0 and len(await rig.store.alerts()) == alerts


async def test_an_item_that_breaks_analysis_is_skipped_loudly_and_holds_back_nothing(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import bot.pipeline as pipeline_module

    real = pipeline_module.analyze
    broken: list[str] = []

    def analyze(title: str, text: str, **kwargs: Any) -> Any:
        if not broken:  # the oldest item (processed first) trips a bug in the analysis
            broken.append(title)
            raise IndexError("string index out of range")
        return real(title, text, **kwargs)

    monkeypatch.setattr(pipeline_module, "analyze", analyze)
    pipeline = rig.pipeline([rig.source("decoder", "/the-decoder.xml")])
    with caplog.at_level("ERROR", logger="bot.pipeline"):
        report = _by_id(await pipeline.run_cycle())["decoder"]
    # The source is healthy and its other items are analysed and alerted in the same poll ...
    assert report.error is None and report.unanalysable == 1 and report.queued >= 1
    assert any("analysis failed on item" in r.getMessage() and r.exc_info for r in caplog.records)
    # ... the broken one stays stored (nothing lost) but is not retried on every poll.
    assert await rig.store.count_items() == 5 and await rig.store.pending_items("decoder") == []
    again = _by_id(await pipeline.run_cycle(force=True))["decoder"]
    assert again.unanalysable == 0 and len(broken) == 1


# ---------------------------------------------------------------- bounded work per source


async def test_a_huge_feed_is_stored_a_capped_batch_per_poll_newest_first_nothing_lost_or_doubled(rig: Rig) -> None:
    count, cap = 2000, 50
    entries = [
        (f"big-{i}", f"Parish council note {i} about park benches", f"https://notes.example.org/{i}",
         format_datetime(NOW - timedelta(minutes=i), usegmt=True))
        for i in range(count)
    ]
    random.Random(3).shuffle(entries)  # the feed's order is not the date order
    rig.server.set_sample("/big.xml", _rss(*entries), content_type="application/rss+xml")
    policy = POLICY.model_copy(update={"max_new_items": cap, "process_batch": 20, "source_deadline_s": 60})
    pipeline = rig.pipeline([rig.source("big", "/big.xml"), rig.source("quick", "/uscis-news.xml")], policy=policy)

    first = _by_id(await pipeline.run_cycle())
    assert (first["big"].items, first["big"].new, first["big"].backlog) == (count, cap, count - cap)
    # A healthy source polled in the same cycle is stored, analysed and alerted as usual.
    assert first["quick"].error is None and first["quick"].new == 2 and first["quick"].queued >= 1
    stored = await _guids(rig.store, "big")
    assert stored == {f"big-{i}" for i in range(cap)}  # the newest
    state = await rig.state("big")
    # No validators: the next poll must fetch and parse the body again to see the rest.
    assert (state.etag, state.last_modified, state.body_hash, state.items_seen) == (None, None, None, cap)

    polls = 1
    while len(stored) < count:
        report = _by_id(await pipeline.run_cycle(force=True))["big"]
        polls += 1
        assert report.error is None and not report.not_modified and report.new == cap
        assert report.backlog == count - len(stored) - cap
        stored = await _guids(rig.store, "big")
        assert polls <= count // cap
    assert polls == count // cap
    rows = [row for row in await _all_items(rig.store) if row.source_id == "big"]
    assert len(rows) == count and {r.pending for r in rows} == {None}  # nothing doubled, all processed
    state = await rig.state("big")
    assert state.body_hash is not None and state.items_seen == count  # drained: conditional GETs again
    again = _by_id(await pipeline.run_cycle(force=True))["big"]
    assert again.not_modified and again.new == 0


async def test_pending_items_are_processed_in_batches_that_commit_as_they_go(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = rig.source("decoder", "/the-decoder.xml")
    pipeline = rig.pipeline([source], policy=POLICY.model_copy(update={"process_batch": 2}))
    calls = {"n": 0}
    process = pipeline._process_item

    async def die_on_the_fourth(*args: Any, **kwargs: Any) -> int | None:
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("simulated crash")
        return await process(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_process_item", die_on_the_fourth)
    crashed = _by_id(await pipeline.run_cycle())["decoder"]
    assert crashed.error == "internal error: RuntimeError: simulated crash"
    pending = await rig.store.pending_items("decoder")
    assert len(pending) == 3  # the first batch of two was committed; the rest wait
    assert len(await rig.store.pending_items("decoder", limit=2)) == 2
    recovered = _by_id(await pipeline.run_cycle(force=True))["decoder"]
    assert recovered.error is None and calls["n"] == 4 + 3  # only the three left were processed again
    assert await rig.store.pending_items("decoder") == []


async def test_a_source_that_keeps_running_out_of_time_backs_off_and_shows_why(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = rig.source("decoder", "/the-decoder.xml", interval=10)
    pipeline = rig.pipeline([source], policy=POLICY.model_copy(update={"source_deadline_s": 0.5}))
    process = pipeline._process_item

    async def slow(*args: Any, **kwargs: Any) -> int | None:
        await asyncio.sleep(0.4)  # two items of analysis take longer than the deadline
        return await process(*args, **kwargs)

    monkeypatch.setattr(pipeline, "_process_item", slow)
    error = "gave up after 0.5 s (fetching and storing took too long)"
    waits = []
    for polls in range(1, 4):
        report = _by_id(await pipeline.run_cycle())["decoder"]
        assert report.error == error
        state = await rig.state("decoder")
        # The body is unchanged after the first poll (a "success" for the fetch), yet the streak grows.
        assert state.error_count == polls and state.last_error == error and state.failing_since == NOW
        waits.append(state.next_poll_at - rig.clock.now)
        rig.clock.advance_to(state.next_poll_at)
    assert waits == [timedelta(minutes=10), timedelta(minutes=20), timedelta(hours=12)]  # paused at 3
    assert state.pause_reason is not None and state.pause_reason.endswith(f"last: {error}")
    row = sources_table([source], {"decoder": state}, now=rig.clock.now - timedelta(hours=1))[0]
    assert row["last_error"] == error
    assert await rig.store.count_items() == 5  # each poll kept what it finished


# ---------------------------------------------------------------- page watching and article text


async def test_page_watching_alerts_on_material_changes_only(rig: Rig) -> None:
    page = rig.source("global-talent", "/global-talent.html", kind="page", jurisdictions=["GB"])
    pipeline = rig.pipeline([page])
    first = _by_id(await pipeline.run_cycle())["global-talent"]
    assert (first.error, first.items, first.new) == (None, 1, 0)
    state = await rig.state("global-talent")
    assert state.page_text is not None and "£716" in state.page_text

    rig.server.set_sample("/global-talent.html", sample_bytes("_global-talent.noise.html"))
    cosmetic = _by_id(await pipeline.run_cycle(force=True))["global-talent"]
    assert not cosmetic.not_modified and cosmetic.new == 0  # fetched and compared: nothing material

    rig.server.set_sample("/global-talent.html", sample_bytes("_global-talent.v2.html"))
    changed = _by_id(await pipeline.run_cycle(force=True))["global-talent"]
    assert changed.new == 1
    (item,) = await _all_items(rig.store)
    assert item.title.startswith("Global Talent visa: updated: It costs £766 to apply.")
    assert "£716" in item.text and "£766" in item.text and "within 3 weeks" in item.text
    assert "£766" in ((await rig.state("global-talent")).page_text or "")  # the new baseline

    assert (await pipeline.run_cycle(force=True)).sources[0].not_modified
    rig.server.set_sample("/global-talent.html", sample_bytes("global-talent.html"))  # reverted
    reverted = _by_id(await pipeline.run_cycle(force=True))["global-talent"]
    assert reverted.new == 1 and len(await _all_items(rig.store)) == 2  # a second change, a second item


async def test_article_text_is_fetched_for_snippets_bounded_and_kept(rig: Rig) -> None:
    paragraph = (
        "The Ministry of Justice confirmed that researchers at private laboratories working on artificial "
        "intelligence must now obtain approval before travelling abroad, and that the rule applies immediately. "
    )
    for n in (1, 2, 3):
        page = (f"<html><head><title>Story {n}</title></head><body><nav>Home | World</nav><article>"
                f"<h1>Story {n}</h1><p>{paragraph * 3}</p><p>Story number {n} ends here.</p></article>"
                f"<footer>© News</footer></body></html>")
        rig.server.set_route(f"/articles/{n}.html", page.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    date = "Thu, 26 Nov 2026 11:00:00 GMT"
    feed = _rss(*[(f"s-{n}", f"Story {n}", rig.server.url(f"/articles/{n}.html"), date) for n in (1, 2, 3)])
    rig.server.set_sample("/teasers.xml", feed)
    source = rig.source("teasers", "/teasers.xml", fetch_article_text=True)
    pipeline = rig.pipeline([source], policy=POLICY.model_copy(update={"max_articles": 2}))
    report = _by_id(await pipeline.run_cycle())["teasers"]
    assert (report.new, report.articles) == (3, 2)
    texts = {i.title: i.text for i in await _all_items(rig.store)}
    assert "Story number 1 ends here." in texts["Story 1"] and "Home | World" not in texts["Story 1"]
    assert "Story number 2 ends here." in texts["Story 2"]
    assert texts["Story 3"] == "Story 3. Officials confirmed the change on the record."  # over the bound

    # The feed changes (a retitled item): known items are not fetched again, and the article text
    # is not overwritten by the snippet.
    rig.server.set_sample("/teasers.xml", feed.replace(b"<title>Story 1</title>", b"<title>Story 1 (updated)</title>"))
    hits = sum(rig.server.hits[f"/articles/{n}.html"] for n in (1, 2, 3))
    again = _by_id(await pipeline.run_cycle(force=True))["teasers"]
    assert (again.updated, again.articles) == (1, 0)
    assert sum(rig.server.hits[f"/articles/{n}.html"] for n in (1, 2, 3)) == hits
    texts = {i.title: i.text for i in await _all_items(rig.store)}
    assert "Story number 1 ends here." in texts["Story 1 (updated)"]


# ---------------------------------------------------------------- the timing rules


def test_backoff_grows_is_capped_and_respects_retry_after() -> None:
    source = SourceConfig(id="s", name="S", kind="rss", url="https://feeds.example/", interval_minutes=30)
    rng = random.Random(1)
    policy = PollPolicy(jitter=0, max_backoff=timedelta(hours=6))
    assert [backoff_delay(source, n, None, rng, policy) for n in (1, 2, 3, 4, 5, 40)] == [
        timedelta(minutes=30), timedelta(hours=1), timedelta(hours=2), timedelta(hours=4),
        timedelta(hours=6), timedelta(hours=6),
    ]
    assert backoff_delay(source, 1, 7200, rng, policy) == timedelta(hours=2)
    assert backoff_delay(source, 1, 10**9, rng, policy) == policy.pause_for  # absurd Retry-After capped
    jittery = PollPolicy(jitter=0.1)
    delays = {backoff_delay(source, 1, None, rng, jittery) for _ in range(20)}
    assert len(delays) > 1 and all(timedelta(minutes=27) <= d <= timedelta(minutes=33) for d in delays)


async def _all_items(store: Store) -> list[Any]:
    async with store.engine.connect() as conn:
        rows = (await conn.execute(sa.select(items).order_by(items.c.id))).mappings().all()
    return [SimpleNamespace(**row) for row in rows]


async def _guids(store: Store, source_id: str) -> set[str]:
    async with store.engine.connect() as conn:
        return set((await conn.execute(sa.select(items.c.guid).where(items.c.source_id == source_id))).scalars())
