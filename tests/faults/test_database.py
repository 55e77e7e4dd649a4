"""The PostgreSQL connection drops and comes back: the same process carries on, without a restart."""

from __future__ import annotations

import asyncio
import re
import time

import httpx
import sqlalchemy as sa
from aiohttp import web

from bot.sandbox.processes import free_port
from bot.sandbox.sources_server import SAMPLE_SOURCES, SampleSourcesServer, sample_bytes
from bot.sandbox.tcp_proxy import TcpProxy
from tests.faults.conftest import OTHER_HOST, SETTLE_S, Lab, reference_alerts

OUTAGE_S = 6.0  # at least; longer if the in-flight poll has not met it yet
RSS = "application/rss+xml; charset=utf-8"


def _with_items_of(feed: bytes, other: bytes) -> bytes:
    """`feed` (RSS 2.0) with the items of `other` appended: the feed published new items."""
    items = re.findall(rb"<item[ >].*?</item>", other, flags=re.S)
    return feed.replace(b"</channel>", b"".join(items) + b"</channel>")


async def _health(client: httpx.AsyncClient, url: str) -> tuple[int, dict[str, object]]:
    response = await client.get(url, timeout=10)
    return response.status_code, response.json()


async def test_database_outage_the_same_process_recovers(pg_lab: Lab) -> None:
    """PostgreSQL drops every connection and refuses new ones for several seconds while a poll is in
    flight: /healthz says 503 "database unavailable", the poll fails without killing anything, and the
    same process, once the database is back, polls again and delivers what the source published
    after the outage, each alert once."""
    lab = pg_lab
    pg = sa.make_url(lab.database_url)
    steady, changing = SAMPLE_SOURCES[3], SAMPLE_SOURCES[2]  # GOV.UK Home Office; USCIS news
    async with TcpProxy(pg.host or "127.0.0.1", pg.port or 5432) as proxy, \
            SampleSourcesServer(host=OTHER_HOST) as other, httpx.AsyncClient() as http:
        via_proxy = pg.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)

        answered = asyncio.Event()

        async def slow_once(request: web.Request) -> web.StreamResponse:
            # The changing source's first fetch takes 10 s: the outage begins while it is in flight, so
            # the poll meets the outage on its write, the way a real outage meets work in progress.
            other.clear_route(request.path)
            await asyncio.sleep(10)  # under the 15 s silence limit
            answered.set()
            return web.Response(body=sample_bytes("uscis-news.xml"), content_type="application/rss+xml")

        other.set_route(changing.path, slow_once)
        catalogue = lab.catalogue(lab.server.catalogue_toml((steady,)), other.catalogue_toml((changing,)))
        health_port = free_port()
        health = f"http://127.0.0.1:{health_port}/healthz"
        a = await lab.start(lab.env(catalogue, database_url=via_proxy, metrics_port=health_port), name="a")
        # Steady state first: the steady source's alert posted, the changing source's fetch in flight.
        await lab.until(lambda: other.hits[changing.path] >= 1 and lab.all_delivered(1), within=60,
                        what="the steady source's alert, and the changing source's fetch under way")
        assert not answered.is_set()
        assert await _health_is(http, health, 200)

        await proxy.cut()  # every connection dies; new ones are refused
        cut_at = time.monotonic()
        status, body = await _health(http, health)
        assert status == 503 and body["database"] == "unavailable", body
        assert "database unavailable" in str(body["reason"])
        await asyncio.wait_for(answered.wait(), 15)
        # The poll's write meets the outage, and its job says so in one line (bot/runtime/process.py).
        await lab.until(lambda: "raised an exception: database unavailable" in a.log_text(), within=15,
                        what="the in-flight poll failing on the outage")
        await asyncio.sleep(max(0.0, OUTAGE_S - (time.monotonic() - cut_at)))
        assert (await _health(http, health))[0] == 503
        state = await lab.store.source_state(changing.id)
        assert state is not None and state.polls == 0, state  # its write failed: nothing recorded
        assert a.running, "the bot died with the database connection\n" + lab.report()
        outage_s = time.monotonic() - cut_at
        accepted = proxy.accepted
        await proxy.restore()
        # After the outage the source publishes more: the Decoder's items join the USCIS feed.
        other.set_sample(changing.path, _with_items_of(sample_bytes("uscis-news.xml"), sample_bytes("the-decoder.xml")),
                         content_type=RSS)

        await lab.until(lambda: _health_is(http, health, 200), within=15, what="/healthz 200 after the outage")
        expected = await reference_alerts(catalogue)
        # The failed poll is retried by the sweep (30 s after start); delivery resumes on its own.
        await lab.until(lambda: lab.all_delivered(expected), within=60, what=f"all {expected} alerts delivered")
        await asyncio.sleep(SETTLE_S)
        alerts = await lab.assert_exactly_once(expected)
        assert a.running and proxy.accepted > accepted, "the same process, on new connections"
        state = await lab.store.source_state(changing.id)
        assert state is not None and state.polls == 1 and state.error_count == 0 and state.last_success_at, state
        changed_items = {item.title for item in await lab.store.relevant_items() if item.source_id == changing.id}
        assert any("China" in title for title in changed_items), changed_items  # what it published after
        assert len(alerts) == expected and OUTAGE_S <= outage_s <= 30, outage_s
        assert await a.terminate() == 0


async def _health_is(http: httpx.AsyncClient, url: str, status: int) -> bool:
    try:
        return (await _health(http, url))[0] == status
    except httpx.HTTPError:
        return False
