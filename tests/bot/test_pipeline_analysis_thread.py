"""Analysis runs off the event loop (the loop also acks Slack within 3 s), one item at a time, in pending order,
and a poll cut short mid-analysis loses nothing."""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta
from typing import Any

import pytest

import bot.pipeline as pipeline_module
from bot.analysis import analyzer
from tests.bot import test_pipeline
from tests.bot.test_pipeline import POLICY, Rig, _all_items, _by_id

rig = test_pipeline.rig  # a local sources server, a fetcher and the store: the fixture shared with those tests

SLOW = POLICY.model_copy(update={"source_deadline_s": 60})  # the first poll loads the models: slow on a busy machine


async def test_the_event_loop_serves_other_work_while_an_item_is_analysed(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    real = analyzer.analyze
    analysing, ticked = threading.Event(), threading.Event()
    served: list[bool] = []

    def analyze(title: str, text: str, **kwargs: Any) -> Any:
        if not served:
            analysing.set()
            # Waits for a coroutine on the loop to run. Analysis on the loop itself would block that
            # coroutine: the wait would time out (a deadlock, without the timeout).
            served.append(ticked.wait(timeout=10))
        return real(title, text, **kwargs)

    async def other() -> None:  # another coroutine on the same loop: a Slack ack, a /healthz request
        await asyncio.to_thread(analysing.wait, 60)
        ticked.set()  # runs only when the loop gets to it

    monkeypatch.setattr(pipeline_module, "analyze", analyze)
    waiting = asyncio.create_task(other())
    try:
        report = _by_id(await rig.pipeline([rig.source("decoder", "/the-decoder.xml")], policy=SLOW).run_cycle())
    finally:
        analysing.set()
        await waiting
    assert served == [True]
    assert report["decoder"].error is None and report["decoder"].queued >= 1


async def test_items_are_analysed_one_at_a_time_in_pending_order_off_the_loop(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = analyzer.analyze
    calls: list[tuple[str, bool]] = []
    running, most = [0], [0]
    lock = threading.Lock()

    def analyze(title: str, text: str, **kwargs: Any) -> Any:
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            calls.append((title, threading.current_thread() is threading.main_thread()))
            return real(title, text, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(pipeline_module, "analyze", analyze)
    # Two sources polled at once: their analyses still never overlap.
    sources = [rig.source("decoder", "/the-decoder.xml"), rig.source("uscis", "/uscis-news.xml")]
    report = _by_id(await rig.pipeline(sources, policy=SLOW).run_cycle())
    assert {sid: r.error for sid, r in report.items()} == {"decoder": None, "uscis": None}
    assert most[0] == 1 and calls and not any(on_loop for _, on_loop in calls)
    rows = await _all_items(rig.store)
    assert len(calls) == len(rows)
    for source_id in ("decoder", "uscis"):
        # Oldest first, ties by id: the order story placement depends on (see Store.pending_items).
        mine = [r for r in rows if r.source_id == source_id]
        expected = [r.title for r in sorted(mine, key=lambda r: (r.published or r.first_seen, r.id))]
        titles = {r.title for r in mine}
        assert [title for title, _ in calls if title in titles] == expected


async def test_a_deadline_during_an_analysis_leaves_the_items_pending_and_the_next_poll_alerts_once(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = analyzer.analyze
    release = threading.Event()
    blocked: list[str] = []

    def analyze(title: str, text: str, **kwargs: Any) -> Any:
        if not blocked:
            blocked.append(title)
            release.wait(timeout=30)  # outlives the poll's deadline, on the analysis thread
        return real(title, text, **kwargs)

    monkeypatch.setattr(pipeline_module, "analyze", analyze)
    source = rig.source("decoder", "/the-decoder.xml")
    pipeline = rig.pipeline([source])  # a deadline of 3 s
    await pipeline_module._models_ready()  # loaded before it runs, as the pipeline does
    try:
        cut = _by_id(await pipeline.run_cycle())["decoder"]
    finally:
        release.set()  # the thread's analysis runs on to its end; its result is not used
    assert cut.error is not None and cut.error.startswith("gave up after 3 s")
    assert await rig.store.count_items() == 5 and len(await rig.store.pending_items("decoder")) == 5
    assert await rig.store.alerts() == []

    rig.clock.now += timedelta(hours=1)
    done = _by_id(await pipeline.run_cycle())["decoder"]
    assert done.error is None and done.queued >= 1 and await rig.store.pending_items("decoder") == []
    alerts = len(await rig.store.alerts())
    again = await pipeline.run_cycle(force=True)
    assert again.queued == 0 and len(await rig.store.alerts()) == alerts
