"""Block Kit rendering: pure functions from models to (fallback text, blocks[, metadata]) within Slack's limits.

Every piece of outside text (feed titles, article text, outlet names, users' queries) goes through
`escape` or `link`; limits are enforced here rather than trusted to the inputs: header 150 characters,
section text 3,000, field 2,000, at most 50 blocks in a message and 100 in the Home tab.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.models import Answer, ClusterView, StoredItem, Subscription
from bot.slack.mrkdwn import escape, link, truncate_mrkdwn
from bot.store.db import AlertRow, BrokenChannel, Mute

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_SECTION_TEXT = 3000
MAX_FIELD_TEXT = 2000
MAX_HEADER_TEXT = 150
MAX_FALLBACK_TEXT = 3000  # notifications show a line or two; the blocks carry the rest
MAX_BULLETS = 5
MAX_OTHER_OUTLETS = 8
MAX_BUTTON_VALUE = 2000
DIGEST_STORIES = 20  # two blocks each, under the 50-block limit with room for the header
# Slack refuses a message whose blocks' text adds up to more than about 12,000 characters
# (msg_blocks_too_long) even when every block is within its own limit: a digest stays under this.
MAX_MESSAGE_TEXT = 11_000
ALERT_EVENT_TYPE = "policybot_alert"
UPDATE_EVENT_TYPE = "policybot_update"

# action_id of every interactive element (handlers/actions.py listens to these).
NOT_RELEVANT = "alert_not_relevant"
MUTE_SIMILAR = "alert_mute_similar"
MUTE_STORY = "alert_mute_story"
UNMUTE = "alert_unmute"
DIGEST_MENU = "digest_story_menu"
SEARCH_MORE = "search_more"
SEARCH_SHARE = "search_share"

JURISDICTION_NAMES = {
    "CN": "China", "US": "United States", "GB": "United Kingdom", "EU": "European Union", "CA": "Canada",
    "AU": "Australia", "IN": "India", "JP": "Japan", "KR": "South Korea", "DE": "Germany", "FR": "France",
    "SG": "Singapore", "TW": "Taiwan", "HK": "Hong Kong", "RU": "Russia", "NZ": "New Zealand",
    "NL": "Netherlands", "IT": "Italy", "ES": "Spain", "SE": "Sweden", "CH": "Switzerland", "IL": "Israel",
    "AE": "United Arab Emirates", "SA": "Saudi Arabia", "BR": "Brazil", "MX": "Mexico", "IE": "Ireland",
}
POLICY_TYPE_LABELS = {
    "travel_restriction": "Travel restriction", "visa": "Visa", "talent_program": "Talent programme",
    "research_security": "Research security", "export_control": "Export control",
    "immigration": "Immigration", "other": "Other",
}
# How far along a rule is; a story's status is the furthest any of its outlets reports.
STATUS_ORDER = ("unknown", "reported", "proposed", "announced", "enacted", "in_effect", "suspended", "rescinded")


def ids_payload(ids: Sequence[int]) -> str:
    """Alert or update ids as one metadata value. A string, not an array: Slack's metadata payload takes
    scalars and objects, and drops (with only a `warning`) what it does not accept, which would leave
    crash recovery nothing to find."""
    return ",".join(str(i) for i in ids)


def payload_ids(value: object) -> set[int]:
    """The ids `ids_payload` wrote (or, from messages posted by older versions, a list of them)."""
    parts = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else []
    return {int(p) for p in parts if str(p).strip().isdigit()}


def flag(code: str) -> str:
    """Regional-indicator emoji for a two-letter code (EU has one too)."""
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


def jurisdiction_label(code: str) -> str:
    return f"{flag(code)} {JURISDICTION_NAMES.get(code, code)}".strip()


def status_label(status: str) -> str:
    return status.replace("_", " ")


def _section(text: str, *, block_id: str | None = None, accessory: Block | None = None) -> Block:
    # Slack refuses an empty section text: a feed's blank summary must not make the whole alert fail.
    shown = truncate_mrkdwn(text, MAX_SECTION_TEXT) if text.strip() else "(no text)"
    block: Block = {"type": "section", "text": {"type": "mrkdwn", "text": shown}}
    if block_id:
        block["block_id"] = block_id[:255]
    if accessory:
        block["accessory"] = accessory
    return block


def _context(text: str) -> Block:
    shown = truncate_mrkdwn(text, MAX_SECTION_TEXT) if text.strip() else "(no text)"
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": shown}]}


def _header(text: str) -> Block:
    # plain_text is not parsed for links or mentions, but it is outside text all the same: escape it
    # like everything else so that what people see never depends on the block type.
    shown = truncate_mrkdwn(escape(" ".join(text.split())), MAX_HEADER_TEXT) or "(untitled story)"
    return {"type": "header", "text": {"type": "plain_text", "text": shown, "emoji": True}}


def button(text: str, action_id: str, value: str) -> Block:
    """A Block Kit button; the value is cut to what Slack accepts."""
    return {
        "type": "button", "text": {"type": "plain_text", "text": text, "emoji": True},
        "action_id": action_id, "value": value[:MAX_BUTTON_VALUE],
    }


def _date(item: StoredItem) -> str:
    return (item.published or item.first_seen).strftime("%Y-%m-%d")


def _fallback(text: str) -> str:
    """The notification text from plain text (escaped here)."""
    return _fallback_mrkdwn(escape(text))


def _fallback_mrkdwn(text: str) -> str:
    """The notification text from mrkdwn already made safe (escaping it again would show `&amp;amp;`)."""
    return truncate_mrkdwn(" ".join(text.split()), MAX_FALLBACK_TEXT)


# ---------------------------------------------------------------- stories


_HALTED = ("suspended", "rescinded")


def status_over_time(known: Sequence[tuple[datetime, str]]) -> str | None:
    """The status of a story from its reports' (date, status): the furthest along any reports (an
    announcement beats a rumour), except that a rule halted (a court suspends it, it is rescinded) and later
    reported at work again (the injunction lifted) is at work: only reports dated after the newest halt can
    say so. None when no report has a status."""
    known = [(when, s) for when, s in known if s in STATUS_ORDER]
    if not known:
        return None
    furthest = max((s for _, s in known), key=STATUS_ORDER.index)
    halts = [(when, s) for when, s in known if s in _HALTED]
    if not halts:
        return furthest
    last_halt, halted = max(halts, key=lambda h: (h[0], STATUS_ORDER.index(h[1])))
    resumed = [s for when, s in known if when > last_halt and s in ("enacted", "in_effect")]
    return max(resumed, key=STATUS_ORDER.index) if resumed else halted


def story_status(cluster: ClusterView) -> str:
    """The story's status over its items (`status_over_time`), each dated by publication or first sight."""
    items = {m.id: m for m in (cluster.lead, *cluster.members)}.values()
    known = [(m.published or m.first_seen, m.analysis.status) for m in items if m.analysis is not None]
    return status_over_time(known) or "unknown"


# Names for the languages an alert most often meets; any other is shown by its ISO 639-1 code.
LANGUAGE_NAMES = {
    "ar": "Arabic", "cs": "Czech", "da": "Danish", "de": "German", "es": "Spanish", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian", "id": "Indonesian",
    "it": "Italian", "ja": "Japanese", "ko": "Korean", "nl": "Dutch", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian",
    "vi": "Vietnamese", "zh": "Chinese",
}


def language_label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _tag_line(item: StoredItem, status: str | None = None, *, topics: bool = True) -> str:
    """🇨🇳 China · Travel restriction · status: reported · topics: ai · 2026-11-26 (escaped)."""
    a = item.analysis
    parts = [jurisdiction_label(c) for c in (a.jurisdictions if a else ())]
    if a is not None:
        parts.append(POLICY_TYPE_LABELS.get(a.policy_type, a.policy_type))
        parts.append(f"status: {status_label(status or a.status)}")
        if topics and a.topics:
            parts.append("topics: " + ", ".join(a.topics))
        if a.language and a.language != "en":
            # The reader should know before clicking that the source is not in English.
            parts.append(f"in {language_label(a.language)}")
    parts.append(_date(item))
    return escape(" · ".join(parts))


def _headline(item: StoredItem) -> str:
    return item.analysis.summary.headline if item.analysis is not None else item.title


def _sources_line(cluster: ClusterView) -> str:
    line = f"Source: {link(cluster.lead.url, cluster.lead.outlet)}"
    others = cluster.other_outlets
    if others:
        shown = ", ".join(link(url, outlet) for outlet, url in others[:MAX_OTHER_OUTLETS])
        more = len(others) - MAX_OTHER_OUTLETS
        line += "\nAlso reported by: " + shown + (f" and {more} more" if more > 0 else "")
    return line


def revised(block_id: str, revision: int | None) -> str:
    """A block_id for one iteration of a message: Slack asks for new block_ids when a message is updated
    (chat.update), and unique ones within a message. `revision` None: the message as first posted."""
    return block_id if revision is None else f"{block_id}.r{revision}"


def alert_message(
    cluster: ClusterView, alert_id: int, *, revision: int | None = None
) -> tuple[str, list[Block], dict[str, Any]]:
    """The alert for a story: fallback text, blocks and message metadata naming the alert.

    Read top to bottom it answers, in order: what is it (header), where/what kind/how far along/when
    (context line), the gist (bullets), what changed, who is affected and from when (fields), who says so
    (sources), and what the reader can do about it (buttons)."""
    lead = cluster.lead
    analysis = lead.analysis
    summary = analysis.summary if analysis else None
    headline = _headline(lead)
    status = story_status(cluster)
    blocks: list[Block] = [_header(headline), _context(_tag_line(lead, status))]
    bullets = [b for b in (summary.bullets if summary else ()) if b.strip()][:MAX_BULLETS]
    if bullets:
        blocks.append(_section("\n".join(f"• {escape(b)}" for b in bullets)))
    fields = []
    if summary:
        for label, value in (
            ("What changed", summary.what_changed),
            ("Who is affected", summary.who_is_affected),
            ("When", summary.effective),
        ):
            if value and value.strip():
                fields.append({"type": "mrkdwn", "text": _field(label, value)})
    if fields:
        blocks.append({"type": "section", "fields": fields})
    blocks.append(_context(_sources_line(cluster)))
    blocks.append({
        "type": "actions",
        "block_id": revised(f"alert-{alert_id}", revision),
        "elements": [
            button("Not relevant", NOT_RELEVANT, str(alert_id)),
            button("Mute similar", MUTE_SIMILAR, str(alert_id)),
        ],
    })
    where = ", ".join(analysis.jurisdictions) if analysis and analysis.jurisdictions else ""
    kind = POLICY_TYPE_LABELS.get(analysis.policy_type, "") if analysis else ""
    tail = " · ".join(p for p in (where, kind, status_label(status) if analysis else "") if p)
    text = f"{headline} ({tail})" if tail else headline
    metadata = {"event_type": ALERT_EVENT_TYPE, "event_payload": {"alert_id": alert_id, "cluster": cluster.key}}
    return _fallback(text), blocks[:MAX_BLOCKS], metadata


_SENTENCE_END = re.compile(r"[.!?。！？](?=[\"”’)]?\s)")


def _field(label: str, value: str) -> str:
    """A labelled field; one too long for Slack keeps its whole sentences (a "What changed" cut mid-sentence
    would show half a rule), or is cut on a word when its first sentence alone is too long."""
    text = f"*{label}*\n{escape(value)}"
    if len(text) <= MAX_FIELD_TEXT:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text[:MAX_FIELD_TEXT])]
    return text[: ends[-1]] if ends else truncate_mrkdwn(text, MAX_FIELD_TEXT)


# Figures a later article may add to a story: amounts, percentages and large counts ("$100,000", "25%",
# "85,000"). Years and days are left to the effective date, which says more.
_FIGURE = re.compile(
    r"(?:[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?"
    r"|\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)"
    r"|\b\d{1,3}(?:,\d{3})+\b)",
    re.I,
)


def _summary_text(item: StoredItem) -> str:
    s = item.analysis.summary if item.analysis is not None else None
    return " ".join([item.title, *(s.bullets if s else ()), (s.what_changed or "") if s else ""])


def what_is_new(earlier: Sequence[StoredItem], new_items: Sequence[StoredItem]) -> list[str]:
    """What the new articles add to the story as told so far: a date it takes effect that was not known,
    figures not stated before, and the newest article's headline (escaped mrkdwn lines)."""
    lines: list[str] = []
    known_dates = {i.analysis.summary.effective for i in earlier if i.analysis is not None}
    new_dates = sorted({
        d for i in new_items if i.analysis is not None and (d := i.analysis.summary.effective) and d not in known_dates
    })
    if new_dates:
        lines.append("When: " + escape(", ".join(new_dates[:3])) + ".")
    known_figures = {f.lower() for i in earlier for f in _FIGURE.findall(_summary_text(i))}
    figures: list[str] = []
    for item in new_items:
        for figure in _FIGURE.findall(_summary_text(item)):
            if figure.lower() not in known_figures and figure not in figures:
                figures.append(figure.strip())
    if figures:
        lines.append("New figures: " + escape(", ".join(figures[:4])) + ".")
    newest = max(new_items, key=lambda i: (i.published or i.first_seen, i.id), default=None)
    if newest is not None:
        lines.append(f"“{escape(truncate_mrkdwn(_headline(newest), 200))}” ({link(newest.url, newest.outlet)}).")
    return lines


def update_note(
    cluster: ClusterView, new_items: Sequence[StoredItem], old_status: str, update_ids: Sequence[int]
) -> tuple[str, list[Block], dict[str, Any]]:
    """The one threaded note under an alert whose story changed: the status change first (it is what a
    reader must not miss), then what the new articles add, then the new outlets."""
    new_ids = {i.id for i in new_items}
    earlier = [cluster.lead, *(m for m in cluster.members if m.id not in new_ids and m.id != cluster.lead.id)]
    lines = []
    new_status = story_status(cluster)
    if new_status != old_status:
        lines.append(f"Status: {escape(status_label(old_status))} → *{escape(status_label(new_status))}*.")
    lines += what_is_new(earlier, new_items)
    newest = max(new_items, key=lambda i: (i.published or i.first_seen, i.id), default=None)
    known = {cluster.lead.outlet, newest.outlet if newest else ""}  # the newest is linked above
    fresh = []
    for item in new_items:
        if item.outlet not in known:
            known.add(item.outlet)
            fresh.append(link(item.url, item.outlet))
    if fresh:
        lines.append("Also reported now by " + ", ".join(fresh[:MAX_OTHER_OUTLETS]) + ".")
    body = "*Update:* " + " ".join(lines)
    metadata = {"event_type": UPDATE_EVENT_TYPE, "event_payload": {"update_ids": ids_payload(update_ids)}}
    return _fallback_mrkdwn(body.replace("*", "")), [_section(body)], metadata


@dataclass(frozen=True)
class DigestEntry:
    alert_id: int
    cluster: ClusterView


def digest_message(
    entries: Sequence[DigestEntry], *, daily: bool, now: datetime, revision: int | None = None
) -> tuple[str, list[Block], dict[str, Any]]:
    """Several stories in one message: the daily digest, or the overflow of a busy channel. Renders at most
    `digest_fit(entries)` of them: the caller posts the rest in the next one."""
    entries = entries[:digest_fit(entries)]
    count = len(entries)
    stories = f"{count} stor{'y' if count == 1 else 'ies'}"
    if daily:
        title = f"Daily digest, {now.strftime('%Y-%m-%d')}: {stories}"
        note = "Stories matching this channel's daily subscriptions since the last digest."
    else:
        title = f"{stories} more, in one message"
        note = "This channel had many alerts within the hour, so the rest come batched here instead of one by one."
    blocks: list[Block] = [_header(title), _context(note)]
    for entry in entries:
        lead = entry.cluster.lead
        others = len(entry.cluster.other_outlets)
        also = f" (+{others} outlet{'s' if others != 1 else ''})" if others else ""
        menu = {
            "type": "overflow",
            "action_id": DIGEST_MENU,
            "options": [
                {"text": {"type": "plain_text", "text": "Not relevant"}, "value": f"nr:{entry.alert_id}"},
                {"text": {"type": "plain_text", "text": "Mute similar"}, "value": f"mute:{entry.alert_id}"},
            ],
        }
        text = f"*{link(lead.url, _headline(lead))}*{escape(also)}\n{_tag_line(lead, story_status(entry.cluster))}"
        blocks.append(_section(text, block_id=revised(f"digest-{entry.alert_id}", revision),
                               accessory=menu))
    blocks.append(_context("Reply here with a question (ending with ?) and I will answer from these stories' sources."))
    metadata = {
        "event_type": ALERT_EVENT_TYPE,
        "event_payload": {"alert_ids": ids_payload([e.alert_id for e in entries]), "digest": "daily" if daily else "flood"},
    }
    return _fallback(title), blocks[:MAX_BLOCKS], metadata


# The header, the notes around the stories and their overflow menus: counted generously.
_DIGEST_FRAME_TEXT = 600
_DIGEST_MENU_TEXT = 30


def digest_fit(entries: Sequence[DigestEntry]) -> int:
    """How many of `entries` (at least one) one digest message holds: at most DIGEST_STORIES, and text
    within MAX_MESSAGE_TEXT."""
    total, count = _DIGEST_FRAME_TEXT, 0
    for entry in entries[:DIGEST_STORIES]:
        lead = entry.cluster.lead
        line = f"*{link(lead.url, _headline(lead))}* (+99 outlets)\n{_tag_line(lead, story_status(entry.cluster))}"
        total += len(line) + _DIGEST_MENU_TEXT
        if count and total > MAX_MESSAGE_TEXT:
            break
        count += 1
    return max(1, count)


def broken_channel_notice(channel: str, error: str, subs: Sequence[Subscription]) -> str:
    """The one direct message a subscription's owner gets when Slack refuses its channel for good."""
    reasons = {
        "channel_not_found": "the channel no longer exists (or I cannot see it)",
        "not_in_channel": "I am not a member of the channel",
        "is_archived": "the channel was archived",
        "invalid_auth": "Slack no longer accepts my token",
    }
    why = reasons.get(error, f"Slack answered `{escape(error)}`")
    listed = ", ".join(f"`{s.id}` {escape(s.query)}" for s in subs) or "alerts configured for it"
    return (
        f":warning: I can no longer post alerts to <#{channel}>: {why}. Its subscriptions ({listed}) are paused.\n"
        f"To resume: invite me (`/invite @policybot`) or un-archive the channel, then run "
        f"`/policy subscribe &lt;query&gt;` there again."
    )


# ---------------------------------------------------------------- /policy answers


def search_page(
    description: str,
    items: Sequence[StoredItem],
    *,
    query_text: str,
    offset: int,
    has_more: bool,
    ignored: Sequence[str] = (),
) -> tuple[str, list[Block]]:
    """One page of /policy results: compact lines with link, tags and status, *Share* on each, *More*."""
    ignored_note = (
        _context("Ignored: " + escape(", ".join(ignored)) + " (use `since:7d`, `since:24h` or `since:2w`)")
        if ignored else None
    )
    if not items:
        text = f"No stored stories match {description}." if offset == 0 else f"No more stories match {description}."
        hint = "Understood: " + escape(description) + ". Try fewer words, or see `/policy help`."
        empty = [_section(escape(text) + "\n" + hint)]
        return _fallback(text), [*empty, *([ignored_note] if ignored_note else [])]
    first, last = offset + 1, offset + len(items)
    header = f"Results {first}–{last} for {description}" if offset or has_more else (
        f"{len(items)} result{'s' if len(items) != 1 else ''} for {description}"
    )
    blocks: list[Block] = [_section(f"*{escape(header)}*")]
    for item in items:
        status = item.analysis.status if item.analysis else "unknown"
        line = f"{link(item.url, item.title)}\n{escape(item.outlet)} · {_tag_line(item, status, topics=False)}"
        share = button("Share", SEARCH_SHARE, str(item.id))
        blocks.append(_section(line, block_id=f"result-{item.id}", accessory=share))
    if ignored_note:
        blocks.append(ignored_note)
    if has_more:
        value = json.dumps({"q": query_text, "o": offset + len(items)}, ensure_ascii=False)
        blocks.append({"type": "actions", "block_id": "search-more", "elements": [button("More", SEARCH_MORE, value)]})
    return _fallback(header), blocks[:MAX_BLOCKS]


def shared_result(item: StoredItem, user: str, cluster: ClusterView | None) -> tuple[str, list[Block]]:
    """A search result someone chose to show the channel."""
    status = story_status(cluster) if cluster else (item.analysis.status if item.analysis else "unknown")
    blocks = [
        _section(f"*{link(item.url, _headline(item))}*\n{_tag_line(item, status)}"),
        _context(f"Shared by <@{escape(user)}> from `/policy` · {_sources_line(cluster) if cluster else escape(item.outlet)}"),
    ]
    return _fallback(_headline(item)), blocks


def answer_message(answer: Answer, outlets: Mapping[str, str] | None = None) -> tuple[str, list[Block]]:
    """A thread answer: each supporting quote with a link to its article, labelled with its outlet."""
    if not answer.answered:
        return _fallback(answer.answer), [_section(escape(answer.answer))]
    outlets = outlets or {}
    # A quote is one line of mrkdwn: an article's text keeps its line breaks, and a break would end the quote.
    lines = [f"> {escape(' '.join(c.quote.split()))}\n— {link(c.url, outlets.get(c.id, 'source'))}"
             for c in answer.citations]
    body = "\n".join(lines) if lines else escape(answer.answer)
    return _fallback(answer.answer), [_section(body), _context("Ask a follow-up here; I answer only from the sources.")]


def _mode_word(sub: Subscription) -> str:
    return {"daily": "daily digest", "weekly": "weekly brief"}.get(sub.mode, "immediate")


def subscriptions_message(
    subs: Sequence[Subscription],
    channel: str | None,
    *,
    mutes: Sequence[Mute] = (),
    broken: Mapping[str, BrokenChannel] | None = None,
) -> str:
    """`/policy subscriptions`: a channel's (or, for admins, every channel's) subscriptions and mutes."""
    broken = broken or {}
    where = f"<#{channel}>" if channel else "every channel"
    if not subs and not mutes:
        return f"{where} has no subscriptions. Add one with `/policy subscribe china ai`."
    lines = [f"*Subscriptions of {where}*"] if subs else [f"{where} has no subscriptions."]
    for s in subs:
        state = f" · :warning: paused: `{escape(broken[s.channel].error)}`" if s.channel in broken else ""
        place = f" in <#{s.channel}>" if channel is None else ""
        lines.append(f"• `{s.id}` {escape(s.query)}{place} ({_mode_word(s)}, by <@{s.created_by}>){state}")
    if mutes:
        lines.append("*Muted here*" if channel else "*Mutes*")
        for m in mutes:
            lines.append(f"• `{m.id}` {escape(mute_label(m))} (by <@{m.created_by}>) · `/policy unmute {m.id}`")
    return "\n".join(lines)


def mute_label(mute: Mute) -> str:
    return f"stories matching “{mute.query}”" if mute.query else f"story #{mute.cluster_id} and its updates"


HELP_TEXT = (
    "*/policy* searches talent-mobility policy stories and manages this channel's alerts.\n"
    "• `/policy china ai` – search: words naming a jurisdiction, topic, policy type or status become filters, "
    "the rest is full text; `since:7d` limits time; `jurisdiction:cn`, `topic:ai`, `type:visa`, "
    "`status:proposed` spell filters out\n"
    "• `/policy subscribe china ai` – an alert here for each new matching story (invite me first: "
    "`/invite @policybot`; I post in channels only, not in direct messages); "
    "`/policy subscribe daily china ai` – one digest a day instead; "
    "`/policy subscribe weekly china ai` – a weekly brief with a 12-week chart\n"
    "• `/policy trends china ai` – stories per week over 12 weeks, as a chart only you see (*Share* posts it)\n"
    "• `/policy subscriptions` – this channel's subscriptions and mutes; `/policy unsubscribe 3`, `/policy unmute 2`\n"
    "• `/policy sources` – the sources watched and their health\n"
    "• Admins: `/policy subscribe #channel …` and `/policy unsubscribe` for other channels, "
    "`/policy subscriptions all`, `/policy sources retry &lt;id&gt;`\n"
    "• On an alert: *Not relevant* lowers similar stories for this channel, *Mute similar* stops them.\n"
    "• In an alert's thread, a reply ending with `?` (or any message that @mentions me) gets an answer "
    "quoted from the sources; nothing else in threads gets a reply."
)


# ---------------------------------------------------------------- App Home


@dataclass(frozen=True)
class HomeAlert:
    alert: AlertRow
    cluster: ClusterView


def home_view(
    *,
    user: str,
    channels: Sequence[str] | None,
    subs: Sequence[Subscription],
    broken: Mapping[str, BrokenChannel],
    latest: Sequence[HomeAlert],
    health: Sequence[Mapping[str, str]],
    is_admin: bool,
    now: datetime,
    trend: Sequence[Block] = (),
    paused: str | None = None,
) -> dict[str, Any]:
    """The Home tab: your channels' subscriptions (and their 12-week chart), the latest alerts, source health;
    first, when Slack refused the token or a scope (`paused`: why), a banner saying no alert goes out."""
    blocks: list[Block] = [
        _header("policybot"),
        _context(f"Talent-mobility policy alerts · updated {now.strftime('%Y-%m-%d %H:%M UTC')}"
                 + (" · you are an admin" if is_admin else "")),
    ]
    if paused:
        blocks.append(_section(f":warning: *Alerts are paused in every channel*: {escape(paused)}. "
                               "Nothing is lost: they go out once it is fixed."))
    blocks += [
        {"type": "divider"},
        _section("*Your channels' subscriptions*" if channels is not None else "*Subscriptions you created*"),
    ]
    if subs:
        for s in subs[:25]:
            state = f" · :warning: paused: `{escape(broken[s.channel].error)}`" if s.channel in broken else ""
            blocks.append(_section(f"<#{s.channel}> · `{s.id}` {escape(s.query)} ({_mode_word(s)}){state}"))
    else:
        blocks.append(_context("None yet. In a channel, type `/policy subscribe china ai`."))
    blocks += list(trend)
    blocks += [{"type": "divider"}, _section("*Latest alerts*")]
    if latest:
        for entry in latest[:15]:
            lead = entry.cluster.lead
            blocks.append(_section(
                f"{link(lead.url, _headline(lead))}\n<#{entry.alert.channel}> · "
                f"{_tag_line(lead, story_status(entry.cluster), topics=False)}"
            ))
    else:
        blocks.append(_context("No alerts posted yet."))
    failing = [row for row in health if row.get("health", "ok") not in ("ok", "not polled yet")]
    blocks += [
        {"type": "divider"},
        _section(f"*Sources*: {len(health)} watched, {len(health) - len(failing)} healthy, {len(failing)} failing"),
    ]
    for row in failing[:20]:
        blocks.append(_context(f"`{escape(row['id'])}` {escape(row['health'])} · last success {escape(row['last_success'])}"))
    blocks.append(_context("Type `/policy help` in any channel for search and subscriptions."))
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}
