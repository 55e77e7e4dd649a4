"""/healthz and /metrics: the Prometheus text rendering, and both endpoints served by the real bot."""

from __future__ import annotations

import dataclasses
import re
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from aiohttp import web
from sqlalchemy.ext.asyncio import create_async_engine

from bot.runtime.ops import (
    METRICS_CONTENT_TYPE,
    Connected,
    Metric,
    OpsSnapshot,
    Sample,
    SourceStats,
    add_routes,
    render,
    render_metrics,
)
from bot.runtime.services import Services
from bot.sandbox.harness import Harness, running_bot
from bot.store import Store

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$')


def parse(text: str) -> dict[str, float]:
    """Sample lines as {'name{labels}': value}; every sample's metric has HELP and TYPE lines before it."""
    assert text.endswith("\n")
    described: set[str] = set()
    samples: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("# HELP "):
            described.add(line.split()[2])
        elif line.startswith("# TYPE "):
            name, kind = line.split()[2:4]
            assert name in described and kind in ("counter", "gauge")
        else:
            match = SAMPLE.match(line)
            assert match, line
            assert match.group(1) in described, f"no HELP for {match.group(1)}"
            key = match.group(1) + (f"{{{match.group(2)}}}" if match.group(2) else "")
            samples[key] = float(match.group(3))
    return samples


# ------------------------------------------------------------------ rendering


def test_label_values_are_escaped() -> None:
    text = render([Metric(name="m", help="with \\ and\nnewline", type="gauge",
                          samples=(Sample(labels=(("source", 'x"y\\z\nw'),), value=1),))])
    assert text == (
        '# HELP m with \\\\ and\\nnewline\n'
        '# TYPE m gauge\n'
        'm{source="x\\"y\\\\z\\nw"} 1.0\n'
    )


def test_snapshot_renders_help_type_and_values() -> None:
    snap = OpsSnapshot(
        uptime_seconds=12.5,
        sources=(SourceStats(id="gov-uk", polls=7, errors=3, items_seen=40, paused=True),
                 SourceStats(id="the-decoder", polls=2, errors=0, items_seen=5, paused=False)),
        alerts={"pending": 4, "posted": 9},
        delivery_lag_seconds=61.25,
    )
    text = render_metrics(snap)
    samples = parse(text)
    assert samples == {
        "policybot_uptime_seconds": 12.5,
        'policybot_source_polls_total{source="gov-uk"}': 7,
        'policybot_source_polls_total{source="the-decoder"}': 2,
        'policybot_source_errors{source="gov-uk"}': 3,
        'policybot_source_errors{source="the-decoder"}': 0,
        'policybot_source_items_seen_total{source="gov-uk"}': 40,
        'policybot_source_items_seen_total{source="the-decoder"}': 5,
        'policybot_source_paused{source="gov-uk"}': 1,
        'policybot_source_paused{source="the-decoder"}': 0,
        'policybot_alerts{state="pending"}': 4,
        'policybot_alerts{state="posted"}': 9,
        'policybot_alerts{state="failed"}': 0,
        "policybot_queue_depth": 4,
        "policybot_delivery_lag_seconds": 61.25,
    }
    assert "# TYPE policybot_source_polls_total counter\n" in text
    assert "# TYPE policybot_delivery_lag_seconds gauge\n" in text
    assert 'policybot_alerts{state="posted"} 9.0\n' in text  # prometheus-client writes every value as a float


def test_an_empty_store_still_renders_every_metric() -> None:
    samples = parse(render_metrics(OpsSnapshot(uptime_seconds=0.0)))
    assert samples['policybot_alerts{state="pending"}'] == 0
    assert samples["policybot_queue_depth"] == 0 and samples["policybot_delivery_lag_seconds"] == 0


# ------------------------------------------------------------------ end to end


def _base(h: Harness) -> str:
    assert h.runtime.http_url is not None
    return h.runtime.http_url.removesuffix("/slack/events")


async def test_http_mode_serves_healthz_and_metrics(tmp_path: Path) -> None:
    async with running_bot("http", tmp_path) as h, httpx.AsyncClient(base_url=_base(h)) as http:
        health = await http.get("/healthz")
        assert health.status_code == 200
        assert health.json() == {"ok": True, "database": "ok", "delivery": {"paused": False}}

        await h.poll_and_deliver()
        posted = len(h.alerts_in())
        assert posted > 0
        metrics = await http.get("/metrics")
        assert metrics.status_code == 200
        assert metrics.headers["content-type"] == METRICS_CONTENT_TYPE
        samples = parse(metrics.text)
        # Digests would share a message; the sample run is under the flood limit, so one alert per message.
        assert samples['policybot_alerts{state="posted"}'] == posted
        assert samples['policybot_source_polls_total{source="the-decoder"}'] == 1
        assert samples['policybot_source_errors{source="the-decoder"}'] == 0
        assert samples['policybot_source_items_seen_total{source="the-decoder"}'] > 0
        assert samples["policybot_queue_depth"] == 0 and samples["policybot_delivery_lag_seconds"] == 0
        # Slack's endpoint is still there, and still refuses unsigned requests.
        assert (await http.post("/slack/events", content=b"{}")).status_code == 401


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_socket_mode_side_server(tmp_path: Path) -> None:
    port = _free_port()
    async with running_bot("socket", tmp_path, policybot_metrics_port=port) as h:
        assert h.runtime.ops_url == f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=h.runtime.ops_url) as http:
            health = await http.get("/healthz")
            assert health.status_code == 200
            assert health.json() == {"ok": True, "database": "ok", "socket_mode": "connected",
                                     "delivery": {"paused": False}}
            await h.poll_and_deliver()
            samples = parse((await http.get("/metrics")).text)
            assert samples['policybot_alerts{state="posted"}'] == len(h.alerts_in()) > 0
            assert 'policybot_source_polls_total{source="the-decoder"}' in samples
    # Stopped with the bot.
    async with httpx.AsyncClient() as http:
        try:
            await http.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
        except httpx.ConnectError:
            pass
        else:
            raise AssertionError("the side server is still answering after stop")


async def test_socket_mode_port_zero_means_no_side_server(tmp_path: Path) -> None:
    async with running_bot("socket", tmp_path, policybot_metrics_port=0) as h:
        assert h.runtime.ops_url is None


@asynccontextmanager
async def _served(services: Services, connected: Connected | None) -> AsyncIterator[str]:
    app = web.Application()
    add_routes(app, services, connected)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


async def test_unhealthy_answers_503_with_a_short_reason_and_no_secrets(tmp_path: Path) -> None:
    async with running_bot("http", tmp_path) as h:
        services = h.runtime.services

        async def disconnected() -> bool:
            return False

        async with _served(services, disconnected) as url, httpx.AsyncClient(base_url=url) as http:
            health = await http.get("/healthz")
            assert health.status_code == 503
            assert health.json() == {"ok": False, "database": "ok", "socket_mode": "disconnected",
                                     "delivery": {"paused": False}, "reason": "Socket Mode not connected"}

        broken = Store(create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'missing' / 'x.db'}"))
        try:
            async with _served(dataclasses.replace(services, store=broken), None) as url, \
                    httpx.AsyncClient(base_url=url) as http:
                health = await http.get("/healthz")
                assert health.status_code == 503
                assert health.json() == {"ok": False, "database": "unavailable", "delivery": {"paused": False},
                                         "reason": "database unavailable"}
                metrics = await http.get("/metrics")
                assert metrics.status_code == 503
                for secret in (h.standin.bot_token, "sandbox-signing-secret", str(tmp_path)):
                    assert secret not in health.text and secret not in metrics.text
        finally:
            await broken.close()


async def test_a_refused_token_or_a_missing_scope_is_shown_by_healthz(tmp_path: Path) -> None:
    """An app-wide Slack error pauses every channel's delivery: /healthz says so, why and what fixes it,
    with 503 (a health check flags it), and says so no more once it is fixed."""
    async with running_bot("http", tmp_path) as h, httpx.AsyncClient(base_url=_base(h)) as http:
        h.standin.fail_next("chat.postMessage", status=200, error="token_revoked", retry_after=None)
        await h.poll_and_deliver()
        health = await http.get("/healthz")
        assert health.status_code == 503
        body = health.json()
        assert body["ok"] is False and body["delivery"]["paused"] is True and body["delivery"]["error"] == "token_revoked"
        assert "revoked" in body["reason"] and "SLACK_BOT_TOKEN" in body["reason"]
        assert h.standin.bot_token not in health.text

        h.runtime.services.deliverer.pause = None
        h.standin.scopes = h.standin.scopes - {"chat:write"}
        await h.poll_and_deliver()
        body = (await http.get("/healthz")).json()
        assert body["delivery"]["error"] == "missing_scope" and body["delivery"]["needed_scopes"] == ["chat:write"]
        assert body["delivery"]["until"] is None and "chat:write" in body["reason"]
