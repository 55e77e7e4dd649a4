"""Big feeds: a poll makes items of only the entries it stores, and big bodies are read in a worker process."""

from __future__ import annotations

import multiprocessing
import os
import signal
from datetime import timedelta
from email.utils import format_datetime
from typing import Any

import pytest

from bot.models import SourceConfig
from bot.sandbox.sources_server import sample_bytes
from bot.sources import feeds as feeds_module
from bot.sources.canonical import dedup_key
from bot.sources.parse import parse_source
from bot.sources.scan import scan_source
from bot.sources.scan_worker import BodyReader
from tests.bot import test_pipeline
from tests.bot.test_pipeline import POLICY, Rig, _by_id, _guids, _rss
from tests.conftest import NOW

rig = test_pipeline.rig  # a local sources server, a fetcher and the store: the fixture shared with those tests


def _entries(count: int) -> list[tuple[str, str, str, str]]:
    return [
        (f"arc-{i}", f"Archive note {i} about council minutes", f"https://archive.example.org/notes/{i}?utm_source=x",
         format_datetime(NOW - timedelta(minutes=10 * i), usegmt=True))
        for i in range(count)
    ]


async def test_only_the_entries_a_poll_stores_are_made_into_items(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    count, cap = 5000, 100
    # Every third entry of the document is the next oldest: the feed's order is not the date order.
    entries = _entries(count)
    rig.server.set_sample("/archive.xml", _rss(*entries[::3], *entries[1::3], *entries[2::3]),
                          content_type="application/rss+xml")
    made: list[str] = []
    real = feeds_module._entry_to_item

    def counted(entry: Any, *args: Any) -> Any:
        made.append(str(entry.get("id")))
        return real(entry, *args)

    monkeypatch.setattr(feeds_module, "_entry_to_item", counted)
    # Read in this process, where the items made can be counted (the worker path is the next tests').
    policy = POLICY.model_copy(update={"max_new_items": cap, "source_deadline_s": 60, "worker_over_bytes": 10**9})
    pipeline = rig.pipeline([rig.source("archive", "/archive.xml")], policy=policy, process_items=False)

    first = _by_id(await pipeline.run_cycle())["archive"]
    assert (first.items, first.new, first.backlog) == (count, cap, count - cap)
    # Items were made of the 100 stored, the newest, and of nothing else (it was all 5,000 on every poll).
    assert sorted(made) == sorted(f"arc-{i}" for i in range(cap))
    assert await _guids(rig.store, "archive") == {f"arc-{i}" for i in range(cap)}

    made.clear()
    second = _by_id(await pipeline.run_cycle(force=True))["archive"]
    assert (second.new, second.backlog) == (cap, count - 2 * cap)
    # The next newest 100, and the newest 100 again to see whether they changed: 200 of 5,000.
    assert sorted(made) == sorted(f"arc-{i}" for i in range(2 * cap))
    assert await _guids(rig.store, "archive") == {f"arc-{i}" for i in range(2 * cap)}


def _source(source_id: str, kind: str) -> SourceConfig:
    return SourceConfig.model_validate(
        {"id": source_id, "name": source_id.title(), "kind": kind, "url": "https://feeds.example.org/feed"}
    )


@pytest.mark.parametrize(
    ("name", "kind"),
    [("the-decoder.xml", "rss"), ("asia-tech-wire.xml", "atom"), ("research-security.rdf", "rss"),
     ("mobility-monitor.json", "json-feed"), ("google-news.xml", "rss"), ("uscis-news.xml", "rss")],
)
async def test_the_worker_reads_a_body_into_the_same_items_as_this_process(name: str, kind: str) -> None:
    body, source = sample_bytes(name), _source("fmt", kind)
    everything = parse_source(body, source, base_url="https://feeds.example.org/feed")
    here = await BodyReader(worker_over=len(body) + 1).scan(body, source, content_type=None,
                                                             base_url="https://feeds.example.org/feed")
    there = await BodyReader(worker_over=0).scan(body, source, content_type=None,
                                                 base_url="https://feeds.example.org/feed")
    assert here.entries == there.entries and len(here.entries) == len(everything) > 0
    newest = [index for index, _, _ in here.entries]
    assert await here.take(newest) == await there.take(newest)
    # And each identity is the one its item is stored under (GUID and de-duplication key).
    taken = await here.take(newest)
    assert [(guid, key) for _, guid, key in here.entries] == [(item.guid, dedup_key(item)) for item in taken]
    assert sorted(taken, key=lambda item: item.guid) == sorted(everything, key=lambda item: item.guid)


def test_a_scan_names_entries_without_links_by_their_items() -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            b"<item><title>Visa rules change</title><description>Officials said so.</description></item>"
            b"<item><guid>g-2</guid><title>Second</title><link>https://wire.example.org/2</link></item>"
            b"<item></item></channel></rss>")
    scan = scan_source(body, _source("wire", "rss"))
    assert scan.total == 2  # the empty entry makes no item
    items = scan.items([index for index, _, _ in scan.entries])
    assert [(guid, key) for _, guid, key in scan.entries] == [(i.guid, dedup_key(i)) for i in items]
    assert items[0].guid.startswith("sha256:") and scan.entries[0][2].startswith("title:")


async def test_a_crashed_worker_is_a_clear_source_error_and_the_next_poll_works(rig: Rig) -> None:
    entries = _entries(300)
    rig.server.set_sample("/archive.xml", _rss(*entries[:200]), content_type="application/rss+xml")
    policy = POLICY.model_copy(update={"worker_over_bytes": 0, "source_deadline_s": 60})
    pipeline = rig.pipeline([rig.source("archive", "/archive.xml")], policy=policy, process_items=False)
    assert _by_id(await pipeline.run_cycle())["archive"].new == 200
    workers = multiprocessing.active_children()
    assert workers  # the body was read in the worker process
    for worker in workers:
        assert worker.pid is not None
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(5)

    rig.server.set_sample("/archive.xml", _rss(*entries[:250]), content_type="application/rss+xml")
    crashed = _by_id(await pipeline.run_cycle(force=True))["archive"]
    assert crashed.error is not None and "process reading big feeds died" in crashed.error
    assert "Archive" in crashed.error and crashed.new == 0

    again = _by_id(await pipeline.run_cycle(force=True))["archive"]
    assert again.error is None and again.new == 50
    assert await _guids(rig.store, "archive") == {f"arc-{i}" for i in range(250)}
