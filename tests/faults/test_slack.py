"""Slack misbehaves (429, 500, timeouts), and Slack talks to several replicas at once."""

from __future__ import annotations

import asyncio

import httpx
import sqlalchemy as sa

from bot.sandbox import payloads
from bot.sandbox.driver import SlackDriver
from bot.sandbox.processes import SIGNING_SECRET, alert_ids_of, free_port
from bot.sandbox.sources_server import FORMAT_SAMPLE_SOURCES, SAMPLE_SOURCES
from bot.slack.delivery import POST_TIMEOUT_S
from tests.faults.conftest import CHANNEL, SETTLE_S, Lab, reference_alerts


def _calls_for(lab: Lab, alert_id: int) -> list[float]:
    """Arrival times of the chat.postMessage calls that carried `alert_id`."""
    return [c.at for c in lab.slack.calls_to("chat.postMessage") if alert_id in alert_ids_of(c.args)]


async def test_slack_429_500_and_timeouts_lose_and_double_nothing(pg_lab: Lab) -> None:
    """The first three posts meet a 500, a timeout (Slack takes the message but answers after the bot
    gave up) and a 429 with Retry-After; everything is delivered exactly once afterwards."""
    lab = pg_lab
    samples = (*SAMPLE_SOURCES, *(s for s in FORMAT_SAMPLE_SOURCES if s.id in ("fmt-json-feed", "fmt-govuk-search")))
    catalogue = lab.catalogue(lab.server.catalogue_toml(samples))
    expected = await reference_alerts(catalogue)
    lab.slack.fail_next("chat.postMessage", error="internal_error", status=500, retry_after=None)
    lab.slack.fail_next("chat.postMessage", error=None, delay=POST_TIMEOUT_S + 2)  # lands after the bot gave up
    lab.slack.fail_next("chat.postMessage", error="ratelimited", status=429, retry_after=3)

    a = await lab.start(lab.env(catalogue), name="a")
    await lab.until(lambda: lab.all_delivered(expected), within=75, what=f"all {expected} alerts delivered")
    await asyncio.sleep(SETTLE_S)
    await lab.assert_exactly_once(expected)

    calls = lab.slack.calls_to("chat.postMessage")
    refused, timed_out, limited = calls[:3]  # the faults apply to the first three posts, in order
    for alert_id in alert_ids_of(refused.args):  # refused, then posted by a later attempt
        assert any(c.at > refused.at for c in calls if alert_id in alert_ids_of(c.args))
    for alert_id in alert_ids_of(timed_out.args):  # Slack had it: found by its metadata, never posted again
        assert _calls_for(lab, alert_id) == [timed_out.at]
    for alert_id in alert_ids_of(limited.args):  # asked again only after Retry-After
        later = [at for at in _calls_for(lab, alert_id) if at > limited.at]
        assert later and later[0] - limited.at >= 3, (limited.at, later)
    log = a.log_text()
    assert "'recovered': 1" in log or "'recovered': 2" in log  # (2 if the timed-out post was a digest)
    assert await a.terminate() == 0
    assert "Traceback" not in a.log_text()


async def test_two_socket_mode_replicas_answer_each_command_once(pg_lab: Lab) -> None:
    """Slack gives each envelope to one connection (the stand-in takes turns, as Slack spreads them):
    with two replicas connected, every /policy command is answered once and acted on once."""
    lab = pg_lab
    catalogue = lab.catalogue(lab.server.catalogue_toml(SAMPLE_SOURCES[:1]))
    env = lab.env(catalogue)
    await asyncio.gather(lab.start(env, name="a"), lab.start(env, name="b"))
    await lab.until(lambda: lab.slack.open_socket_count == 2, within=60, what="two Socket Mode connections")

    queries = ["china ai", "japan visa", "uk global talent", "h-1b fee"]
    async with SlackDriver(lab.slack, mode="socket", ack_timeout=10) as driver:
        results = [await driver.command(f"subscribe {q}", channel_id=CHANNEL) for q in queries]
        assert all(r.ok for r in results)
        await lab.until(lambda: all(lab.slack.responses_to(r.response_url) for r in results), within=15,
                        what="an answer to every command")
        await asyncio.sleep(SETTLE_S)
    assert [len(lab.slack.responses_to(r.response_url)) for r in results] == [1] * len(queries)
    # One envelope per command, each acknowledged once (the bot's echoed alerts come as events_api envelopes).
    sent = [e["envelope_id"] for e in lab.slack.envelopes if e["type"] == "slash_commands"]
    acked = [a["envelope_id"] for a in lab.slack.acks if a["envelope_id"] in sent]
    assert len(sent) == len(set(acked)) == len(acked) == len(queries)
    assert sorted(s.query for s in await lab.store.subscriptions(CHANNEL)) == sorted(queries)


async def test_http_replicas_handle_a_redelivered_event_once(pg_lab: Lab) -> None:
    """Behind a load balancer, Slack's retry of an event (same event_id) can land on another replica:
    the de-duplication is in the shared database, so it is handled once."""
    lab = pg_lab
    catalogue = lab.catalogue(lab.server.catalogue_toml(SAMPLE_SOURCES[:2]))
    expected = await reference_alerts(catalogue)
    ports = [free_port(), free_port()]
    for n, port in enumerate(ports):
        await lab.start(lab.env(catalogue, mode="http", port=port), name=f"http-{n}")
    urls = [f"http://127.0.0.1:{port}" for port in ports]
    async with httpx.AsyncClient() as http:

        async def both_up() -> bool:
            try:
                return all([(await http.get(f"{url}/healthz")).status_code == 200 for url in urls])
            except httpx.HTTPError:
                return False

        await lab.until(both_up, within=60, what="both HTTP replicas answering /healthz")
    await lab.until(lambda: lab.all_delivered(expected), within=60, what=f"all {expected} alerts delivered")
    alert = (await lab.store.alerts())[0]
    assert alert.ts is not None

    first, second = (SlackDriver(lab.slack, mode="http", events_url=f"{url}/slack/events",
                                 signing_secret=SIGNING_SECRET) for url in urls)
    async with first, second:
        # A question in the alert's thread, delivered to replica 0, then redelivered to replica 1.
        asked = lab.slack.add_message(CHANNEL, "Who is affected?", user="U0ALICE", thread_ts=alert.ts)
        event = payloads.message_event("Who is affected?", channel=CHANNEL, user="U0ALICE", ts=asked["ts"],
                                       thread_ts=alert.ts, parent_user_id=asked.get("parent_user_id"),
                                       team=lab.slack.team_id)
        assert (await first.event(event, event_id="Ev0FAULTS1")).ok
        assert (await second.event(event, event_id="Ev0FAULTS1", retry_num=1)).ok
        # The App Home opened: only the event id tells the redelivery apart (no message to key on).
        home = payloads.app_home_opened_event("U0BOB")
        assert (await first.event(home, event_id="Ev0FAULTS2")).ok
        assert (await second.event(home, event_id="Ev0FAULTS2", retry_num=1)).ok

    def answers() -> list[dict[str, object]]:
        return [m for m in lab.slack.messages.get(CHANNEL, [])
                if m.get("thread_ts") == alert.ts and m.get("bot_id") and m["ts"] != alert.ts]

    await lab.until(lambda: answers() and lab.slack.calls_to("views.publish"), within=15,
                    what="the thread answer and the Home tab")
    await asyncio.sleep(SETTLE_S)
    assert len(answers()) == 1
    assert len(lab.slack.calls_to("views.publish")) == 1
    async with lab.store.engine.connect() as conn:
        seen = set((await conn.execute(sa.text("SELECT event_id FROM seen_events"))).scalars())
    # A message is de-duplicated by the message itself (so a retry under a new event id is caught too); other
    # events by their event id.
    assert {f"msg:{CHANNEL}:{asked['ts']}", "ev:Ev0FAULTS2"} <= seen and "ev:Ev0FAULTS1" not in seen
    await lab.assert_exactly_once(expected)  # two replicas delivering: each alert once
