"""`/policy`: search stored alerts and manage this channel's subscriptions. Ack first, work after."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.commands import parse_command
from bot.models import SearchHit
from bot.search import describe_query, parse_query, rank
from bot.services import Services
from bot.slack.blocks import HELP_TEXT, search_results, subscriptions_message
from bot.slack.mrkdwn import escape
from bot.sources.health import sources_summary

log = logging.getLogger(__name__)

SEARCH_PAGE = 5

Reply = dict[str, Any]


def one_per_story(hits: list[SearchHit]) -> list[SearchHit]:
    """The same story told by several outlets is one result (its best-ranked telling)."""
    seen: set[int] = set()
    out = []
    for hit in hits:
        cluster = hit.item.cluster_id
        if cluster is not None and cluster in seen:
            continue
        if cluster is not None:
            seen.add(cluster)
        out.append(hit)
    return out


def _text(text: str) -> Reply:
    return {"text": text, "response_type": "ephemeral"}


async def handle_policy(services: Services, command: dict[str, Any]) -> Reply:
    """The whole `/policy` behaviour as a function of the command payload: easy to test directly."""
    parsed = parse_command(str(command.get("text", "")))
    channel = str(command.get("channel_id", ""))
    user = str(command.get("user_id", ""))
    now = services.clock()
    store = services.store
    if parsed.verb == "help":
        return _text(HELP_TEXT)
    if parsed.verb == "invalid":
        return _text(f"Sorry, I could not run that: {parsed.problem}.\n\n{HELP_TEXT}")
    if parsed.verb == "subscriptions":
        return _text(subscriptions_message(await store.subscriptions(channel), channel))
    if parsed.verb == "sources":
        return _text(sources_summary(services.sources, await store.source_states()))
    if parsed.verb == "unsubscribe":
        removed = await store.remove_subscription(int(parsed.argument), channel)
        if removed:
            return _text(f"Removed subscription `{parsed.argument}` from this channel.")
        return _text(f"This channel has no subscription `{parsed.argument}`. See `/policy subscriptions`.")
    query = parse_query(parsed.argument)
    description = describe_query(query)
    if parsed.verb == "subscribe":
        if query.is_empty:
            return _text(f"`{escape(parsed.argument)}` names no filter or word to match. {HELP_TEXT}")
        sub = await store.add_subscription(channel, parsed.argument, user, now=now)
        return {
            "response_type": "in_channel",
            "text": f"<@{user}> subscribed this channel to {escape(description)} "
            f"(subscription `{sub.id}`). New matching stories will be posted here.",
        }
    hits = one_per_story(rank(await store.relevant_items(), query, now=now, limit=SEARCH_PAGE * 4))[:SEARCH_PAGE]
    text, blocks = search_results(query, description, hits)
    if query.unknown:
        blocks.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "Ignored: "
             + escape(", ".join(query.unknown)) + " (use `since:7d`, `since:24h` or `since:2w`)"}]}
        )
    return {"text": text, "blocks": blocks, "response_type": "ephemeral"}


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/policy")
    async def policy(ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()  # within Slack's 3 s, before any database work
        try:
            reply = await handle_policy(services, command)
        except Exception:
            log.exception("/policy failed for %r", command.get("text"))
            reply = _text("Something went wrong on my side; the error is logged. Please try again in a minute.")
        await respond(**reply)
