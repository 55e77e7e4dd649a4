"""A weekly brief is posted once per channel per week, even when the replica posting it is killed
mid-brief and another replica takes the channel over."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.sandbox.stories import add_story
from bot.slack.briefs import brief_filename
from tests.faults.conftest import CHANNEL, SETTLE_S, Lab, catalogue_entry

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def brief_posts(lab: Lab) -> list[dict[str, object]]:
    """Messages in the channel that share a brief's chart."""
    return [m for m in lab.slack.messages.get(CHANNEL, [])
            if any(str(f.get("name", "")).startswith("policybot-brief-") for f in m.get("files") or [])]


async def test_replica_killed_mid_brief_the_other_posts_it_exactly_once(pg_lab: Lab) -> None:
    lab = pg_lab
    now = datetime.now(UTC)
    for n, days in enumerate((2, 3, 9, 20, 30)):  # stories in the brief's week and earlier weeks
        await add_story(lab.store, title=f"China travel rule {n}", now=now - timedelta(days=days),
                        published=now - timedelta(days=days), url=f"https://example.com/{n}")
    # The slot was the top of this hour today: due at once, for every replica.
    slot_env = {"POLICYBOT_WEEKLY_BRIEF_DAY": DAYS[now.weekday()], "POLICYBOT_WEEKLY_BRIEF_HOUR": str(now.hour),
                "POLICYBOT_WEEKLY_BRIEF_CHANNELS": CHANNEL}
    quiet = catalogue_entry("quiet", "https://example.com/feed.xml").replace("enabled = true", "enabled = false")
    env = lab.env(lab.catalogue(quiet), extra=slot_env)
    # Slack takes the first share of the chart and answers 6 s later (it completes it whether or not the
    # client is still there): killing the replica in that window leaves the brief posted, unrecorded.
    lab.slack.fail_next("files.completeUploadExternal", error=None, delay=6.0)

    a = await lab.start(env, name="a")
    b = await lab.start(env, name="b")
    await lab.until(lambda: lab.slack.calls_to("files.completeUploadExternal"), within=60,
                    what="a replica's first files.completeUploadExternal")
    [brief] = await lab.store.briefs()
    owner, _ = (await lab.store.lease_holders())[f"deliver:{CHANNEL}"]
    victim, survivor = (a, b) if a.owns(owner) else (b, a)
    victim.kill()
    assert await victim.wait() == -9
    await lab.until(lambda: len(brief_posts(lab)) == 1, within=15, what="the killed replica's brief in the channel")
    [row] = await lab.store.briefs()
    assert row.state == "pending" and row.attempts == 1  # posted by Slack, never recorded

    async def recorded() -> bool:
        [current] = await lab.store.briefs()
        return current.state == "posted"

    await lab.until(recorded, within=90, what="the surviving replica to take the brief over")
    await asyncio.sleep(SETTLE_S)
    posts = brief_posts(lab)
    assert len(posts) == 1, f"the brief was posted {len(posts)} times"
    [row] = await lab.store.briefs()
    [file] = posts[0]["files"]  # type: ignore[index]
    assert file["name"] == brief_filename(brief.id) and row.file_id == file["id"] and row.ts == posts[0]["ts"]
    assert len(lab.slack.calls_to("files.completeUploadExternal")) == 1  # recovered, not uploaded again
    assert "already posted" in survivor.log_text()
    assert await survivor.terminate() == 0
    assert "Traceback" not in survivor.log_text()
