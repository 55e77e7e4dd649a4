"""Block Kit rendering: pure functions from models to (fallback text, blocks) within Slack's limits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.models import Answer, ClusterView, Query, SearchHit, StoredItem, Subscription
from bot.slack.mrkdwn import escape, link, truncate

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
ALERT_EVENT_TYPE = "policybot_alert"

JURISDICTION_NAMES = {
    "CN": "China", "US": "United States", "GB": "United Kingdom", "EU": "European Union", "CA": "Canada",
    "AU": "Australia", "IN": "India", "JP": "Japan", "KR": "South Korea", "DE": "Germany", "FR": "France",
    "SG": "Singapore", "TW": "Taiwan", "HK": "Hong Kong", "RU": "Russia", "NZ": "New Zealand",
}
POLICY_TYPE_LABELS = {
    "travel_restriction": "Travel restriction", "visa": "Visa", "talent_program": "Talent programme",
    "research_security": "Research security", "export_control": "Export control",
    "immigration": "Immigration", "other": "Other",
}


def flag(code: str) -> str:
    """Regional-indicator emoji for a two-letter code (EU has one too)."""
    if len(code) != 2 or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


def jurisdiction_label(code: str) -> str:
    return f"{flag(code)} {JURISDICTION_NAMES.get(code, code)}".strip()


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text, MAX_SECTION_TEXT)}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(text, MAX_SECTION_TEXT)}]}


def _date(item: StoredItem) -> str:
    when = item.published or item.first_seen
    return when.strftime("%Y-%m-%d")


def alert_message(cluster: ClusterView, alert_id: int) -> tuple[str, list[Block], dict[str, Any]]:
    """The alert for a story: fallback text, blocks and message metadata naming the alert."""
    lead = cluster.lead
    analysis = lead.analysis
    summary = analysis.summary if analysis else None
    headline = summary.headline if summary else lead.title
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": truncate(escape(headline), MAX_HEADER_TEXT), "emoji": False}}
    ]
    meta_parts = [jurisdiction_label(c) for c in (analysis.jurisdictions if analysis else ())]
    if analysis:
        meta_parts.append(POLICY_TYPE_LABELS.get(analysis.policy_type, analysis.policy_type))
        meta_parts.append(f"status: {analysis.status.replace('_', ' ')}")
        if analysis.topics:
            meta_parts.append("topics: " + ", ".join(analysis.topics))
    meta_parts.append(_date(lead))
    blocks.append(_context(escape(" · ".join(meta_parts))))
    if summary and summary.bullets:
        blocks.append(_section("\n".join(f"• {escape(b)}" for b in summary.bullets)))
    fields = []
    if summary:
        for label, value in (
            ("What changed", summary.what_changed),
            ("Who is affected", summary.who_is_affected),
            ("When", summary.effective),
        ):
            if value:
                fields.append({"type": "mrkdwn", "text": truncate(f"*{label}*\n{escape(value)}", MAX_FIELD_TEXT)})
    if fields:
        blocks.append({"type": "section", "fields": fields})
    source_line = f"Source: {link(lead.url, lead.outlet)}"
    others = cluster.other_outlets
    if others:
        source_line += "\nAlso reported by: " + ", ".join(link(url, outlet) for outlet, url in others)
    blocks.append(_context(source_line))
    text = f"{headline} ({', '.join(analysis.jurisdictions) if analysis else ''})".replace(" ()", "")
    metadata = {"event_type": ALERT_EVENT_TYPE, "event_payload": {"alert_id": alert_id, "cluster": cluster.key}}
    return escape(text), blocks[:MAX_BLOCKS], metadata


def search_results(query: Query, description: str, hits: Sequence[SearchHit]) -> tuple[str, list[Block]]:
    if not hits:
        text = f"No stored alerts match {description}."
        return text, [_section(escape(text) + "\nTry fewer words, or `/policy help`.")]
    header = f"{len(hits)} result{'s' if len(hits) != 1 else ''} for {description}"
    blocks: list[Block] = [_section(f"*{escape(header)}*")]
    for hit in hits[: MAX_BLOCKS - 1]:
        item = hit.item
        analysis = item.analysis
        tags = ""
        if analysis:
            tags = " · ".join(
                [*analysis.jurisdictions, POLICY_TYPE_LABELS.get(analysis.policy_type, ""), analysis.status]
            )
        blocks.append(_section(f"{link(item.url, item.title)}\n{escape(item.outlet)} · {_date(item)} · {escape(tags)}"))
    return escape(header), blocks


def answer_message(answer: Answer, outlets: dict[str, str] | None = None) -> tuple[str, list[Block]]:
    """A thread answer: each supporting quote with a link to its article, labelled with its outlet."""
    if not answer.answered:
        return escape(answer.answer), [_section(escape(answer.answer))]
    outlets = outlets or {}
    lines = [f"> {escape(c.quote)}\n— {link(c.url, outlets.get(c.id, 'source'))}" for c in answer.citations]
    body = "\n".join(lines) if lines else escape(answer.answer)
    return escape(answer.answer), [_section(body)]


def subscriptions_message(subs: Sequence[Subscription], channel: str) -> str:
    if not subs:
        return "This channel has no subscriptions. Add one with `/policy subscribe china ai`."
    rows = [f"• `{s.id}` {escape(s.query)} (by <@{s.created_by}>)" for s in subs]
    return f"Subscriptions of <#{channel}>:\n" + "\n".join(rows)


HELP_TEXT = (
    "*/policy* searches talent-mobility policy alerts and manages this channel's subscriptions.\n"
    "• `/policy china ai` – search: words naming a jurisdiction, topic, policy type or status become filters, "
    "the rest is full text; `since:7d` limits time\n"
    "• `/policy subscribe china ai` – this channel gets an alert for each matching story\n"
    "• `/policy subscriptions` – list this channel's subscriptions\n"
    "• `/policy unsubscribe 3` – remove subscription 3\n"
    "• `/policy sources` – the sources watched and their health\n"
    "• Ask a question in an alert's thread (or @mention the bot there) to get an answer quoted from the sources."
)
