"""bench/replay.py: the scoring definitions, the feeds it serves, and a short replay end to end."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.models import SourceConfig
from bot.sources.parse import parse_source
from tests.bench.conftest import BENCH, load_bench

sys.path.insert(0, str(BENCH))

from replay_support.feeds import feed_xml, outlets_of, published_utc
from replay_support.score import AlertSeen, UpdateSeen, alert_fields, score, states_date


def art(aid: str, story: str | None, day: str = "2026-05-01", source: str = "Wire", **extra: Any) -> dict[str, Any]:
    gold = {"relevant": True, "story": story} if story else {"relevant": False, "negative_kind": "other"}
    return {"id": aid, "title": f"Title {aid}", "url": f"https://example.org/{aid}", "published": f"{day}T00:00:00Z",
            "source": source, "language": "en", "text": extra.pop("text", f"Text of {aid}."), "gold": gold, **extra}


@pytest.mark.parametrize(("text", "found"), [
    ("The rule applies from 12 May 2026.", "12 May 2026"),
    ("Signed May 12, 2026 in Washington", "May 12, 2026"),
    ("expected in May 2026", "May 2026"),
    ("date 2026-05-12 By staff", "2026-05-12"),
    ("takes effect on 1 October", "1 October"),
    ("entrera en vigueur le 1er janvier 2026", "1er janvier 2026"),
    ("自2026年5月12日起施行", "2026年5月12日"),
    ("officials may 12 times a year", None),
    ("in 2026 the plan", None),
])
def test_dates_stated(text: str, found: str | None) -> None:
    assert states_date(text) == found


def test_alert_fields_from_fields_and_lines() -> None:
    blocks = [
        {"type": "section", "fields": [{"type": "mrkdwn", "text": "*What changed*\nVisa fee &amp; levy…"}]},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "*When:* 2026-06-01"}]},
    ]
    assert alert_fields(blocks) == {"What changed": "Visa fee & levy…", "When": "2026-06-01"}


def test_score_definitions() -> None:
    articles = [
        art("a1", "s1", text="It takes effect on 1 June 2026."), art("a2", "s1"), art("a3", "s1"),
        art("b1", "s2"), art("n1", None), art("c1", "s3"), art("d1", "s4"),
    ]
    alerts = [
        AlertSeen(1, "1.0", "a1", ["a1", "a2", "b1"], {"When": "2026-06-01", "What changed": "Cut…"}),  # mixed
        AlertSeen(2, "2.0", "a3", ["a3"], {}),  # s1 again: one extra
        AlertSeen(3, "3.0", "n1", ["n1"], {}),  # noise
        AlertSeen(4, "4.0", "c1", ["c1"], {}),
    ]
    updates = [UpdateSeen("1.1", 1, ["a2"]), UpdateSeen("1.2", 1, ["b1"]), UpdateSeen("3.1", 3, ["n1"])]
    result = score(articles, alerts, updates).result
    assert {k: result[k] for k in (
        "policy_stories", "alerts", "extra_alerts", "mixed_alerts", "missed_stories", "noise_alerts", "updates",
        "wrong_updates", "when_present", "when_expected", "cut_off", "stories_alerted",
    )} == {
        "policy_stories": 4, "alerts": 4, "extra_alerts": 1, "mixed_alerts": 1, "missed_stories": 1,
        "noise_alerts": 1, "updates": 3, "wrong_updates": 2, "when_present": 1, "when_expected": 1, "cut_off": 1,
        "stories_alerted": 2,
    }


def test_feed_carries_the_full_text_and_only_what_was_published() -> None:
    articles = [art("x1", "s", day="2026-05-01", text="First line & more.\nSecond <line>."), art("x2", "s", day="2026-05-03")]
    (outlet,) = outlets_of(articles)
    source = SourceConfig.model_validate({"id": outlet.id, "name": outlet.name, "kind": "rss",
                                          "url": "http://127.0.0.1/feed.xml"})
    items = parse_source(feed_xml(outlet, published_utc(articles[0])), source, content_type="application/rss+xml")
    assert [(i.guid, i.url, i.outlet) for i in items] == [("x1", "https://example.org/x1", "Wire")]
    assert items[0].text == "First line & more.\n\nSecond <line>."  # each line a <p>: its own paragraph
    assert items[0].published == published_utc(articles[0])
    assert len(parse_source(feed_xml(outlet, published_utc(articles[1])), source)) == 2


def test_outlet_ids_are_valid_and_distinct() -> None:
    outlets = outlets_of([art("1", None, source="科技日报"), art("2", None, source="Le Monde"),
                          art("3", None, source="le monde!")])
    assert [o.id for o in outlets] == ["outlet", "le-monde", "le-monde-2"]


async def test_a_short_replay_end_to_end(tmp_path: Path) -> None:
    """Two outlets telling one story a day apart, and a negative: every posted message maps to articles."""
    dev = [json.loads(line) for line in (BENCH.parent / "tests" / "fixtures" / "invented" / "dev.jsonl").open(encoding="utf-8")]
    story = next(a["gold"]["story"] for a in dev if a["gold"].get("relevant"))
    chosen = [a for a in dev if a["gold"].get("story") == story][:3]
    chosen.append(next(a for a in dev if not a["gold"]["relevant"]))
    replay = load_bench("replay")
    standin, services, info = await replay.replay(chosen, tmp_path, sweep=False)
    try:
        alerts, notes, _ = await replay.collect(chosen, standin, services)
    finally:
        await services.aclose()
        await standin.stop()
    assert info["poll_errors"] == 0
    assert alerts, "the story was never alerted"
    ids = {a["id"] for a in chosen}
    assert all(a.first in ids and set(a.articles) <= ids for a in alerts)
    assert all(set(n.articles) <= ids for n in notes)
    result = score(chosen, alerts, notes).result
    assert result["policy_stories"] == 1 and result["digests"] == 0


def test_fit_and_check_cut_dev_by_story_as_quality_does() -> None:
    replay = load_bench("replay")
    rows = [art(f"a{i}", f"story-{i % 7}") for i in range(40)] + [art("neg", None)]
    fit = [r["id"] for r in rows if replay.in_split(r, "fit")]
    check = [r["id"] for r in rows if replay.in_split(r, "check")]
    assert fit and check and not set(fit) & set(check) and len(fit) + len(check) == len(rows)
    parts = {r["gold"]["story"] for r in rows if r["gold"].get("story") and replay.in_split(r, "check")}
    assert all(replay.in_split(r, "check") for r in rows if r["gold"].get("story") in parts)  # whole stories
    assert all(replay.in_split(r, "dev") and replay.in_split(r, None) for r in rows)
