"""`/policy`: search stories and manage this channel's subscriptions. Ack first, work after."""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import ClientError
from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError

from bot.runtime.services import Services
from bot.search.grammar import Command, parse_command
from bot.search.query import describe_query, parse_query
from bot.slack.blocks import HELP_TEXT, search_page, subscriptions_message
from bot.slack.mrkdwn import escape
from bot.sources.health import sources_summary
from handlers.access import is_admin, refusal

log = logging.getLogger(__name__)

SEARCH_PAGE = 5

Reply = dict[str, Any]


def _text(text: str) -> Reply:
    return {"text": text, "response_type": "ephemeral"}


async def search_reply(services: Services, query_text: str, channel: str, *, offset: int = 0) -> Reply:
    """One page of results for a query, as this channel ranks them (its "Not relevant" feedback counts)."""
    query = parse_query(query_text)
    negatives = [row.profile for row in await services.store.feedback(channel)] if channel else []
    page = await services.finder.search(query, offset=offset, limit=SEARCH_PAGE, negatives=negatives)
    text, blocks = search_page(
        describe_query(query), page.items, query_text=query_text, offset=offset, has_more=page.has_more,
        ignored=query.unknown,
    )
    return {"text": text, "blocks": blocks, "response_type": "ephemeral"}


async def handle_policy(services: Services, command: dict[str, Any]) -> Reply:
    """The whole `/policy` behaviour as a function of the command payload: easy to test directly."""
    parsed = parse_command(str(command.get("text", "")))
    channel = str(command.get("channel_id", ""))
    user = str(command.get("user_id", ""))
    if parsed.verb == "help":
        return _text(HELP_TEXT)
    if parsed.verb == "invalid":
        # The problem may quote what was typed (plain text): escaped, so `<query>` or a pasted `<!here>` is inert.
        return _text(f"Sorry, I could not run that: {escape(parsed.problem or '')}.\n\n{HELP_TEXT}")
    if parsed.verb == "search":
        return await search_reply(services, parsed.argument, channel)
    if parsed.verb == "trends":
        from handlers.trends import trends_reply

        return await trends_reply(services, parsed.argument)
    if parsed.verb == "subscribe":
        return await _subscribe(services, parsed, channel, user)
    if parsed.verb == "unsubscribe":
        return await _unsubscribe(services, int(parsed.argument), channel, user)
    if parsed.verb == "unmute":
        if await services.store.remove_mute(int(parsed.argument), channel):
            return _text(f"Unmuted `{parsed.argument}`: those stories will be alerted here again.")
        return _text(f"This channel has no mute `{parsed.argument}`. See `/policy subscriptions`.")
    if parsed.verb == "subscriptions":
        return await _subscriptions(services, parsed, channel, user)
    return await _sources(services, parsed, user)


async def _subscribe(services: Services, parsed: Command, channel: str, user: str) -> Reply:
    target = parsed.channel or channel
    if target != channel and not is_admin(services, user):
        return _text(refusal(services, f"subscribe channels other than the one they type in (<#{target}>)")
                     + " Run the command in that channel instead.")
    query = parse_query(parsed.argument)
    description = describe_query(query)
    if query.is_empty:
        return _text(f"`{escape(parsed.argument)}` names no jurisdiction, topic, type, status or word to match, "
                     f"so it would match everything. Try `/policy subscribe china ai`.\n\n{HELP_TEXT}")
    problem = await cannot_post(services, target, here=target == channel)
    if problem is not None:
        return _text(problem)
    store = services.store
    sub = await store.add_subscription(target, parsed.argument, user, now=services.clock(), mode=parsed.mode)
    # Subscribing again is how people say they fixed a channel (invited the bot back, un-archived it).
    resumed = await store.clear_broken_channel(target)
    if parsed.mode == "daily":
        hour = services.settings.policybot_digest_hour
        how = f"one digest a day at {hour:02d}:00 UTC with the new stories matching {escape(description)}"
    elif parsed.mode == "weekly":
        day, hour = services.settings.policybot_weekly_brief_day, services.settings.policybot_weekly_brief_hour
        how = (f"a weekly brief every {day.capitalize()} at {hour:02d}:00 UTC: the week's stories matching "
               f"{escape(description)}, what changed status, and a 12-week chart")
    else:
        how = f"an alert for each new story matching {escape(description)}"
    where = "this channel" if target == channel else f"<#{target}>"
    text = f"<@{user}> subscribed {where} to {how} (subscription `{sub.id}`)."
    if query.unknown:
        text += " Ignored: " + escape(", ".join(query.unknown)) + "."
    if resumed:
        text += " Alerts to this channel had stopped after an error; they resume now."
    # Everyone in the channel should know what will be posted there; an admin acting from elsewhere is told alone.
    return {"response_type": "in_channel" if target == channel else "ephemeral", "text": text}


NOT_A_CHANNEL = ("I post alerts only in channels, not in direct or group messages. In the channel that should get "
                 "them, `/invite @policybot`, then run this `/policy subscribe` there.")


async def cannot_post(services: Services, target: str, *, here: bool) -> str | None:
    """Why the bot could never post alerts to `target`, or None when it can: a subscription accepted there
    would only fail at its first alert. Asked of Slack (conversations.info), never assumed."""
    where = "this channel" if here else f"<#{target}>"
    if target.startswith("D"):
        return NOT_A_CHANNEL
    try:
        response = await services.client.conversations_info(channel=target)
    except SlackApiError as exc:
        error = str(exc.response.get("error", ""))
        if error == "missing_scope":  # a group DM (or DM): the app asks no scope to read those
            return NOT_A_CHANNEL
        if error == "channel_not_found":  # private channels the bot is not in are invisible to it
            return (f"I cannot see {where}: if it is a private channel, `/invite @policybot` in it first, "
                    "then subscribe again.")
        log.warning("conversations.info %s failed: %s", target, error)
        return f"I could not check that I can post in {where} (Slack answered `{escape(error)}`). Try again in a minute."
    except (ClientError, TimeoutError, OSError) as exc:
        log.warning("conversations.info %s failed: %r", target, exc)
        return f"I could not reach Slack to check that I can post in {where}. Try again in a minute."
    info: dict[str, Any] = response.get("channel") or {}
    if info.get("is_im") or info.get("is_mpim"):
        return NOT_A_CHANNEL
    if info.get("is_archived"):
        return f"{where[:1].upper()}{where[1:]} is archived: I cannot post there."  # not capitalize(): <#C…> stays
    if not info.get("is_member"):
        return f"I am not a member of {where}: `/invite @policybot` there first, then subscribe again."
    return None


async def _unsubscribe(services: Services, sub_id: int, channel: str, user: str) -> Reply:
    sub = await services.store.get_subscription(sub_id)
    if sub is None:
        return _text(f"There is no subscription `{sub_id}`. See `/policy subscriptions`.")
    if sub.channel != channel and not is_admin(services, user):
        return _text(refusal(services, f"remove subscriptions of other channels (`{sub_id}` is <#{sub.channel}>'s)"))
    await services.store.remove_subscription(sub.id, sub.channel)
    where = "this channel" if sub.channel == channel else f"<#{sub.channel}>"
    return _text(f"Removed subscription `{sub.id}` ({escape(sub.query)}) from {where}.")


async def _subscriptions(services: Services, parsed: Command, channel: str, user: str) -> Reply:
    store = services.store
    if parsed.all_channels:
        if not is_admin(services, user):
            return _text(refusal(services, "list every channel's subscriptions") + " `/policy subscriptions` lists this channel's.")
        return _text(subscriptions_message(await store.subscriptions(), None, mutes=await store.mutes(),
                                           broken=await store.broken_channels()))
    return _text(subscriptions_message(await store.subscriptions(channel), channel, mutes=await store.mutes(channel),
                                       broken=await store.broken_channels()))


async def _sources(services: Services, parsed: Command, user: str) -> Reply:
    if not parsed.argument:
        return _text(sources_summary(services.sources, await services.store.source_states()))
    if not is_admin(services, user):
        return _text(refusal(services, "retry sources"))
    source_id = parsed.argument
    if source_id not in {s.id for s in services.sources}:
        return _text(f"There is no source `{escape(source_id)}`. See `/policy sources`.")
    await services.store.poll_source_soon(source_id, now=services.clock())
    minutes = services.settings.policybot_poll_minutes
    return _text(f"`{escape(source_id)}` will be polled in the next cycle (within {minutes} minutes), "
                 "whatever its backoff.")


async def guarded(what: str, work: Any) -> Reply:
    """Run a reply coroutine; a bug becomes an apology to the user and a logged traceback, never silence."""
    try:
        reply: Reply = await work
    except Exception:
        log.exception("%s failed", what)
        reply = _text("Something went wrong on my side; the error is logged. Please try again in a minute.")
        # Sent to a button's response_url, a reply without this may replace the clicked message: the
        # channel's alert must never turn into an apology.
        reply["replace_original"] = False
    return reply


def register(app: AsyncApp, services: Services) -> None:
    @app.command("/policy")
    async def policy(ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()  # within Slack's 3 s, before any database work
        reply = await guarded(f"/policy {command.get('text')!r}", handle_policy(services, command))
        await respond(**reply)
