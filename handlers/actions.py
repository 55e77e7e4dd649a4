"""Buttons: *More* and *Share* on /policy results; *Not relevant* and *Mute similar* on alerts and digests.

Each listener acks first; the answer goes to the click's response_url: ephemeral notes to the person
who clicked (replace_original=False keeps the alert as it is), the next page in place of the current
one, a shared result as a new message in the channel.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.models import ClusterView
from bot.routing import profile
from bot.runtime.services import Services
from bot.slack.blocks import (
    DIGEST_MENU,
    MUTE_SIMILAR,
    MUTE_STORY,
    NOT_RELEVANT,
    SEARCH_MORE,
    SEARCH_SHARE,
    UNMUTE,
    button,
    mute_label,
    shared_result,
)
from bot.slack.mrkdwn import escape, truncate_mrkdwn
from bot.trends.brief import TRENDS_SHARE
from handlers.commands import Reply, guarded, search_reply
from handlers.trends import share_trends

log = logging.getLogger(__name__)


def _note(text: str) -> Reply:
    """An ephemeral note to the clicker that leaves the clicked message alone."""
    return {"text": text, "response_type": "ephemeral", "replace_original": False}


def similar_query(cluster: ClusterView) -> str | None:
    """The query "Mute similar" mutes: the story's jurisdictions, policy type and topics; None when the
    story has too few tags for that to mean "similar" (then only the story itself is muted)."""
    a = cluster.lead.analysis
    if a is None or not a.jurisdictions or a.policy_type == "other":
        return None
    parts = [f"jurisdiction:{j}" for j in a.jurisdictions] + [f"type:{a.policy_type}"]
    parts += [f"topic:{t}" for t in a.topics]
    return " ".join(parts)


async def _story(services: Services, alert_id: str, channel: str) -> tuple[int, ClusterView] | str:
    """The alert's story, or why the button cannot act (a stale or forged value)."""
    if not alert_id.isdigit():
        return "That button is not one of mine."
    alert = await services.store.get_alert(int(alert_id))
    if alert is None or alert.channel != channel:
        return "I no longer know that alert."
    cluster = await services.store.get_cluster(alert.cluster_id)
    if cluster is None:
        return "I no longer know that story."
    return alert.cluster_id, cluster


async def not_relevant(services: Services, alert_id: str, channel: str, user: str) -> Reply:
    found = await _story(services, alert_id, channel)
    if isinstance(found, str):
        return _note(found)
    cluster_id, cluster = found
    headline = truncate_mrkdwn(cluster.lead.title, 120)
    added = await services.store.add_feedback(channel, cluster_id, user, profile(cluster.lead), now=services.clock())
    if not added:
        return _note(f"You already marked “{escape(headline)}” as not relevant here.")
    return _note(
        f"Thanks <@{user}>: stories like “{escape(headline)}” will rank lower in this channel's searches, "
        "and the most similar ones will no longer be alerted here."
    )


async def mute_similar(services: Services, alert_id: str, channel: str, user: str) -> Reply:
    found = await _story(services, alert_id, channel)
    if isinstance(found, str):
        return _note(found)
    cluster_id, cluster = found
    query = similar_query(cluster)
    now = services.clock()
    if query is None:
        mute = await services.store.add_mute(channel, f"cluster:{cluster_id}", user, now=now, cluster_id=cluster_id)
    else:
        mute = await services.store.add_mute(channel, f"query:{query}", user, now=now, query=query)
    buttons: list[dict[str, Any]] = [button("Undo", UNMUTE, str(mute.id))]
    if query is not None:
        buttons.append(button("Mute only this story instead", MUTE_STORY, f"{alert_id}:{mute.id}"))
    text = (f"<@{user}> muted {escape(mute_label(mute))} in this channel (mute `{mute.id}`). "
            f"`/policy unmute {mute.id}` undoes it.")
    return {
        "text": text, "response_type": "ephemeral", "replace_original": False,
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {"type": "actions", "block_id": f"mute-{mute.id}", "elements": buttons},
        ],
    }


async def mute_story(services: Services, value: str, channel: str, user: str) -> Reply:
    alert_id, _, replaced = value.partition(":")
    found = await _story(services, alert_id, channel)
    if isinstance(found, str):
        return _note(found)
    cluster_id, _ = found
    if replaced.isdigit():
        await services.store.remove_mute(int(replaced), channel)
    mute = await services.store.add_mute(
        channel, f"cluster:{cluster_id}", user, now=services.clock(), cluster_id=cluster_id
    )
    return {"text": f"Muted only {escape(mute_label(mute))} in this channel (mute `{mute.id}`).",
            "response_type": "ephemeral", "replace_original": True}


async def unmute(services: Services, value: str, channel: str) -> Reply:
    if value.isdigit() and await services.store.remove_mute(int(value), channel):
        return {"text": f"Unmuted `{value}`.", "response_type": "ephemeral", "replace_original": True}
    return _note("That mute is already gone.")


async def share(services: Services, value: str, user: str) -> Reply:
    item = await services.store.get_item(int(value)) if value.isdigit() else None
    if item is None:
        return _note("I no longer have that story.")
    cluster = await services.store.get_cluster(item.cluster_id) if item.cluster_id is not None else None
    text, blocks = shared_result(item, user, cluster)
    return {"text": text, "blocks": blocks, "response_type": "in_channel", "replace_original": False}


async def more(services: Services, value: str, channel: str) -> Reply:
    try:
        state = json.loads(value)
        query, offset = str(state["q"]), int(state["o"])
    except (ValueError, KeyError, TypeError):
        return _note("That button is not one of mine.")
    reply = await search_reply(services, query, channel, offset=max(0, offset))
    return {**reply, "replace_original": True}  # the next page takes the place of this one


def _where(body: dict[str, Any]) -> tuple[str, str]:
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or ""
    return str(channel), str((body.get("user") or {}).get("id", ""))


def register(app: AsyncApp, services: Services) -> None:
    async def answer(respond: AsyncRespond, what: str, work: Any) -> None:
        await respond(**await guarded(what, work))

    # Buttons whose work depends only on the button's value, the channel and the clicking user.
    buttons: dict[str, tuple[str, Callable[[str, str, str], Awaitable[Reply]]]] = {
        NOT_RELEVANT: ("not relevant", lambda v, c, u: not_relevant(services, v, c, u)),
        MUTE_SIMILAR: ("mute similar", lambda v, c, u: mute_similar(services, v, c, u)),
        MUTE_STORY: ("mute story", lambda v, c, u: mute_story(services, v, c, u)),
        UNMUTE: ("unmute", lambda v, c, _u: unmute(services, v, c)),
        SEARCH_SHARE: ("share", lambda v, _c, u: share(services, v, u)),
        SEARCH_MORE: ("more", lambda v, c, _u: more(services, v, c)),
        TRENDS_SHARE: ("share trends", lambda v, c, u: share_trends(services, v, c, u)),
    }

    def button_listener(what: str, work: Callable[[str, str, str], Awaitable[Reply]]) -> Any:
        async def on_click(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond) -> None:
            await ack()
            channel, user = _where(body)
            await answer(respond, what, work(str(action.get("value", "")), channel, user))

        return on_click

    for action_id, (what, work) in buttons.items():
        app.action(action_id)(button_listener(what, work))

    @app.action(DIGEST_MENU)
    async def on_digest_menu(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        channel, user = _where(body)
        choice, _, alert_id = str((action.get("selected_option") or {}).get("value", "")).partition(":")
        work = not_relevant(services, alert_id, channel, user) if choice == "nr" else mute_similar(
            services, alert_id, channel, user
        )
        await answer(respond, "digest menu", work)

