"""The weekly brief's words and the `/policy trends` answer: pure functions from stories and counts to
mrkdwn. Every piece of feed text goes through `link`/`escape`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.slack.blocks import POLICY_TYPE_LABELS, jurisdiction_label, status_label, status_over_time
from bot.slack.mrkdwn import escape, link
from bot.trends.counts import Series, Story, table_text

MAX_BRIEF_STORIES = 25  # initial_comment stays well under Slack's 40,000 characters, and readable
MAX_CHANGES = 10
BRIEF_EVENT_TYPE = "policybot_brief"
# Status moves worth telling (the rule got tighter or went away); "reported" → "proposed" is not news.
NEWS_STATUSES = frozenset({"enacted", "in_effect", "suspended", "rescinded", "announced"})


def status_at(story: Story, when: datetime) -> str | None:
    """The story's status as known before `when` (as an alert shows it: `status_over_time`), or None when
    none of its items was out yet."""
    return status_over_time([(at, status) for at, status in story.timeline if at < when])


@dataclass(frozen=True)
class StatusChange:
    story: Story
    before: str
    after: str


def status_changes(stories: Sequence[Story], start: datetime, end: datetime) -> list[StatusChange]:
    """Stories already known before the week whose status moved on during it (proposed → enacted, ...)."""
    changes = []
    for story in stories:
        if story.last < start or story.when >= start:
            continue  # nothing new during the week, or new this week (then it is listed, not "changed")
        before, after = status_at(story, start), status_at(story, end)
        if before and after and before != after and after in NEWS_STATUSES:
            changes.append(StatusChange(story, before, after))
    return changes


def _label(story: Story) -> str:
    lead = story.first
    return link(lead.url, lead.analysis.summary.headline if lead.analysis and lead.analysis.summary.headline
                else lead.title)


def _dates(start: datetime, end: datetime) -> str:
    return f"{start:%d %b} – {end - timedelta(days=1):%d %b %Y}"


def brief_text(
    description: str, start: datetime, end: datetime, week: Sequence[Story], changes: Sequence[StatusChange],
    series: Series, *, has_chart: bool,
) -> str:
    """The brief: the week's stories by jurisdiction (headline, type, status, link), status changes, and
    what the chart shows (or that there is nothing to chart)."""
    totals = series.totals
    previous = totals[-2] if len(totals) > 1 else 0
    lines = [f"*Weekly brief, {_dates(start, end)}* · {escape(description)}",
             f"{len(week)} new stor{'y' if len(week) == 1 else 'ies'} this week ({previous} the week before)."]
    by_place: dict[str, list[Story]] = {}
    for story in week:
        by_place.setdefault(story.jurisdiction, []).append(story)
    shown = 0
    for place in sorted(by_place, key=lambda p: (-len(by_place[p]), p)):
        if shown >= MAX_BRIEF_STORIES:
            break
        lines.append(f"\n*{escape(jurisdiction_label(place)) if place != '??' else 'Unknown jurisdiction'}*")
        for story in by_place[place]:
            if shown >= MAX_BRIEF_STORIES:
                break
            status = status_at(story, end) or "unknown"
            kind = POLICY_TYPE_LABELS.get(story.policy_type, story.policy_type)
            lines.append(f"• {_label(story)} — {kind} · {status_label(status)}")
            shown += 1
    if len(week) > shown:
        lines.append(f"…and {len(week) - shown} more: `/policy {escape(description)} since:7d` lists them.")
    if changes:
        lines.append("\n*Status changes this week*")
        for change in changes[:MAX_CHANGES]:
            lines.append(f"• {_label(change.story)}: {status_label(change.before)} → {status_label(change.after)}")
    if has_chart:
        lines.append(f"\nThe chart: stories per week over the last {len(series.weeks)} weeks, by {series.by}; "
                     "this week is shaded.")
    else:
        lines.append(f"\nNo story matched in the last {len(series.weeks)} weeks, so there is no chart.")
    return "\n".join(lines)


def trends_text(description: str, series: Series, *, has_chart: bool) -> str:
    """The `/policy trends` answer's text: what was counted, and the counts as a table."""
    if series.empty:
        return (f"No stored story matches {escape(description)} in the last {len(series.weeks)} weeks, "
                "so there is no chart.")
    total = sum(series.totals)
    labels = POLICY_TYPE_LABELS if series.by == "policy type" else {}
    head = (f"*Stories per week: {escape(description)}* · {total} in {len(series.weeks)} weeks, by {series.by}"
            + ("" if has_chart else " (chart unavailable)"))
    return f"{head}\n```{table_text(series, label_of=labels)}```"


TRENDS_SHARE = "trends_share"  # action_id of the Share button on a /policy trends answer


def chart_blocks(text: str, file_id: str | None, title: str) -> list[dict[str, Any]]:
    """A section with the text, then the chart as an image block referencing the uploaded file."""
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}]
    if file_id is not None:
        blocks.append({
            "type": "image", "block_id": "trends-chart", "slack_file": {"id": file_id},
            "alt_text": title[:2000], "title": {"type": "plain_text", "text": title[:2000]},
        })
    return blocks


def trends_blocks(text: str, file_id: str | None, title: str, query_text: str) -> list[dict[str, Any]]:
    """The `/policy trends` answer: text table, chart, and *Share* (posts the chart to the channel)."""
    value = json.dumps({"q": query_text}, ensure_ascii=False)[:2000]
    share = {"type": "button", "text": {"type": "plain_text", "text": "Share"}, "action_id": TRENDS_SHARE,
             "value": value}
    return [*chart_blocks(text, file_id, title), {"type": "actions", "block_id": "trends-share", "elements": [share]}]
