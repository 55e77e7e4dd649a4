"""Operations endpoints: `/healthz` and `/metrics` (Prometheus text exposition format 0.0.4).

In HTTP mode they are routes of the same aiohttp server as `/slack/events`; in Socket Mode a small side
server on `POLICYBOT_METRICS_PORT` serves them. `snapshot` reads the store; `metrics_of` describes it as
metrics, which prometheus-client renders (`render`, `render_metrics` are pure). Neither endpoint ever
shows a setting, a token or a raw error message (a delivery pause shows Slack's error code and what fixes it).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import datetime
from typing import Literal

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from pydantic import BaseModel, ConfigDict

from bot.runtime.services import Services

log = logging.getLogger(__name__)

_PROCESS_STARTED = time.monotonic()  # bot.runtime.ops is imported at start-up, with the runtime
DB_CHECK_TIMEOUT_S = 5.0
# What generate_latest writes, and what Prometheus expects for it (prometheus-client's own
# CONTENT_TYPE_LATEST now names a newer version).
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
ALERT_STATES = ("pending", "posted", "failed")

Connected = Callable[[], Awaitable[bool]]


class SourceStats(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    polls: int
    errors: int  # failures in a row (0 after a success)
    items_seen: int
    paused: bool


class OpsSnapshot(BaseModel):
    model_config = ConfigDict(frozen=True)

    uptime_seconds: float
    sources: tuple[SourceStats, ...] = ()
    alerts: dict[str, int] = {}  # outbox rows by state
    delivery_lag_seconds: float = 0.0  # age of the oldest pending immediate alert; 0 when none

    @property
    def queue_depth(self) -> int:
        return self.alerts.get("pending", 0)


class Sample(BaseModel):
    model_config = ConfigDict(frozen=True)

    labels: tuple[tuple[str, str], ...] = ()
    value: float


class Metric(BaseModel):
    """One metric family as policybot describes it; prometheus-client writes it out (`render`)."""

    model_config = ConfigDict(frozen=True)

    name: str
    help: str
    type: Literal["counter", "gauge"]
    samples: tuple[Sample, ...]


# ------------------------------------------------------------------ rendering (pure)


class _Described:
    """A prometheus-client collector of the metrics it is given (`metrics`, set before each scrape)."""

    def __init__(self, metrics: Sequence[Metric] = ()) -> None:
        self.metrics = metrics

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        for metric in self.metrics:
            labels = [name for name, _ in metric.samples[0].labels] if metric.samples else []
            family_type = CounterMetricFamily if metric.type == "counter" else GaugeMetricFamily
            family = family_type(metric.name, metric.help, labels=labels)
            for sample in metric.samples:
                family.add_metric([value for _, value in sample.labels], sample.value)
            yield family


def render(metrics: Sequence[Metric]) -> str:
    registry = CollectorRegistry()
    registry.register(_Described(metrics))
    return generate_latest(registry).decode()


def metrics_of(snap: OpsSnapshot) -> list[Metric]:
    def per_source(name: str, help_: str, kind: Literal["counter", "gauge"], value: Callable[[SourceStats], float]
                   ) -> Metric:
        return Metric(name=name, help=help_, type=kind,
                      samples=tuple(Sample(labels=(("source", s.id),), value=value(s)) for s in snap.sources))

    states = list(ALERT_STATES) + sorted(set(snap.alerts) - set(ALERT_STATES))
    return [
        Metric(name="policybot_uptime_seconds", help="Seconds since the process started.", type="gauge",
               samples=(Sample(value=round(snap.uptime_seconds, 3)),)),
        per_source("policybot_source_polls_total", "Polls of each source, successful or not.", "counter",
                   lambda s: s.polls),
        per_source("policybot_source_errors", "Failed polls in a row of each source (0 after a success).",
                   "gauge", lambda s: s.errors),
        per_source("policybot_source_items_seen_total", "New items seen from each source.", "counter",
                   lambda s: s.items_seen),
        per_source("policybot_source_paused", "1 while a source is paused after repeated failures.", "gauge",
                   lambda s: 1 if s.paused else 0),
        Metric(name="policybot_alerts", help="Alerts in the outbox by state.", type="gauge",
               samples=tuple(Sample(labels=(("state", st),), value=snap.alerts.get(st, 0)) for st in states)),
        Metric(name="policybot_queue_depth", help="Alerts waiting to be posted.", type="gauge",
               samples=(Sample(value=snap.queue_depth),)),
        Metric(name="policybot_delivery_lag_seconds",
               help="Age of the oldest alert waiting to be posted (daily digests excluded); 0 when none.",
               type="gauge", samples=(Sample(value=round(snap.delivery_lag_seconds, 3)),)),
    ]


def render_metrics(snap: OpsSnapshot) -> str:
    return render(metrics_of(snap))


# ------------------------------------------------------------------ reading the state


async def snapshot(services: Services) -> OpsSnapshot:
    now: datetime = services.clock()
    states = await services.store.source_states()
    counts, oldest_pending = await services.store.outbox_stats()
    sources = tuple(
        SourceStats(id=s.id, polls=s.polls, errors=s.error_count, items_seen=s.items_seen,
                    paused=s.paused_until is not None and s.paused_until > now)
        for s in sorted(states.values(), key=lambda s: s.id)
    )
    lag = max(0.0, (now - oldest_pending).total_seconds()) if oldest_pending is not None else 0.0
    return OpsSnapshot(uptime_seconds=time.monotonic() - _PROCESS_STARTED, sources=sources, alerts=counts,
                       delivery_lag_seconds=lag)


async def database_ok(services: Services) -> bool:
    try:
        async with asyncio.timeout(DB_CHECK_TIMEOUT_S):
            await services.store.ping()
    except Exception as exc:  # any failure means "not healthy"; the type is enough to log
        log.warning("health check: database did not answer (%s)", type(exc).__name__)
        return False
    return True


# ------------------------------------------------------------------ HTTP


def add_routes(app: web.Application, services: Services, connected: Connected | None = None) -> None:
    """Add /healthz and /metrics to `app` (before it is set up). `connected`: Socket Mode's link check."""
    registry = CollectorRegistry()  # this app's own: nothing process-wide, nothing left from another app
    exported = _Described()
    registry.register(exported)

    async def healthz(_request: web.Request) -> web.Response:
        body: dict[str, object] = {"ok": True, "database": "ok"}
        reasons: list[str] = []
        if not await database_ok(services):
            body["database"] = "unavailable"
            reasons.append("database unavailable")
        if connected is not None:
            up = await connected()
            body["socket_mode"] = "connected" if up else "disconnected"
            if not up:
                reasons.append("Socket Mode not connected")
        pause = services.deliverer.pause
        if pause is not None and pause.active(services.clock()):
            # Slack refused the token or a scope: nothing reaches any channel, whatever else works. 503, so a
            # health check flags it (a restart does not fix it: the first delivery run finds it again).
            body["delivery"] = {"paused": True, "error": pause.error, "since": pause.since.isoformat(),
                                "until": pause.until.isoformat() if pause.until else None,
                                "needed_scopes": list(pause.needed)}
            reasons.append(f"delivery paused: {pause.reason}")
        else:
            body["delivery"] = {"paused": False}
        if reasons:
            body["ok"] = False
            body["reason"] = "; ".join(reasons)
        return web.json_response(body, status=503 if reasons else 200, headers={"Cache-Control": "no-store"})

    async def metrics(_request: web.Request) -> web.Response:
        try:
            snap = await snapshot(services)
        except Exception as exc:  # a scrape must not show internals
            log.warning("metrics: reading the store failed (%s)", type(exc).__name__)
            return web.Response(status=503, text="database unavailable\n")
        exported.metrics = metrics_of(snap)
        return web.Response(body=generate_latest(registry), headers={"Content-Type": METRICS_CONTENT_TYPE})

    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)


class SideServer:
    """Socket Mode has no HTTP server of its own: this one serves only /healthz and /metrics."""

    def __init__(self, services: Services, connected: Connected | None) -> None:
        app = web.Application()
        add_routes(app, services, connected)
        self._runner = web.AppRunner(app, access_log=None)
        self.url: str | None = None

    async def start(self, host: str, port: int) -> None:
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, host=host, port=port).start()
        except BaseException:
            await self._runner.cleanup()
            raise
        bound = self._runner.addresses[0]
        self.url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '127.0.0.1') else host}:{bound[1]}"  # noqa: S104
        log.info("serving /healthz and /metrics on %s", self.url)

    async def stop(self) -> None:
        await self._runner.cleanup()
