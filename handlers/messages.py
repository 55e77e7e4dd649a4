"""Questions in an alert's thread (plain replies or @mentions), answered from the bot's own store.

When it answers (README, `/policy help`): when @mentioned (outside its alerts' threads, with a pointer to
them); or when a person's reply in the thread of one of its alerts ends with a question mark, sent to the
channel too or not. Never to other replies, other threads, edits, or bots (itself included). A message it
will not answer is decided on its content alone and costs nothing: no database read or write.

The thread's parent is looked up in the outbox (channel, ts), so every question in the thread — the
first and each follow-up — is answered from the alert's story: its article and the other outlets'
(for a digest, every story in it). Slack history is never re-read. The answer is the one `policybot ask`
gives (`bot.analysis.qa.answer_with_llm`): extractive, rephrased by the optional LLM from the retrieved passages
when one is configured, with our citations, and extractive again on any LLM failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.analysis.qa import MENTION, QADocument, answer_with_llm
from bot.models import Answer, StoredItem
from bot.runtime.services import Services
from bot.slack.blocks import answer_message
from bot.slack.delivery import log_warnings
from bot.slack.mrkdwn import escape, truncate_mrkdwn

log = logging.getLogger(__name__)

# Subtypes of a person's new message; every other one (message_changed: an edit, bot_message, joins, topic
# changes...) is never answered. thread_broadcast is a reply sent with "Also send to channel".
ANSWERED_SUBTYPES = {None, "thread_broadcast"}


ANSWERS_PER_MINUTE = 5  # per user: 500 mentions in 5 s must not make 500 posts
TOO_FAST = "You're asking faster than I can answer; try again in a minute."


@dataclass
class AnswerThrottle:
    """A token bucket per user (`per_minute` answers, refilled continuously), in this process's memory.

    Beyond it a user gets nothing, except one short ephemeral note per minute saying why.
    """

    clock: Callable[[], datetime]
    per_minute: int = ANSWERS_PER_MINUTE
    _buckets: dict[str, tuple[float, datetime]] = field(default_factory=dict)
    _warned: dict[str, datetime] = field(default_factory=dict)

    def take(self, user: str) -> bool:
        """Spend one of the user's answers; False when they have none left."""
        now = self.clock()
        tokens, since = self._buckets.get(user, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + (now - since).total_seconds() * self.per_minute / 60)
        if len(self._buckets) > 10_000:  # forget users whose buckets are full again
            self._buckets = {u: b for u, b in self._buckets.items() if (now - b[1]).total_seconds() < 60}
        allowed = tokens >= 1
        self._buckets[user] = (tokens - 1 if allowed else tokens, now)
        return allowed

    def warn(self, user: str) -> bool:
        """Whether to tell the user they are throttled: once a minute at most."""
        now = self.clock()
        last = self._warned.get(user)
        if last is not None and (now - last).total_seconds() < 60:
            return False
        if len(self._warned) > 10_000:
            self._warned = {u: t for u, t in self._warned.items() if (now - t).total_seconds() < 60}
        self._warned[user] = now
        return True


def is_question(text: str) -> bool:
    """A plain reply is a question when it ends with a question mark: a rule people can predict ('thanks!'
    or 'is that right.' get nothing)."""
    return MENTION.sub("", text).rstrip().endswith(("?", "？"))


def is_from_a_bot(event: dict[str, Any], bot_user_id: str | None) -> bool:
    return bool(event.get("bot_id") or event.get("bot_profile")) or (
        bot_user_id is not None and event.get("user") == bot_user_id
    )


def worth_answering(event: dict[str, Any], *, mentioned: bool, bot_user_id: str | None) -> bool:
    """Whether a `message` or `app_mention` event may get an answer, from its content alone (no I/O): a
    person's new message (not an edit, not a bot's) that mentions the bot, or a reply ending with '?'. A
    `message` that mentions the bot is left to its twin `app_mention` event."""
    if event.get("subtype") not in ANSWERED_SUBTYPES or "edited" in event or is_from_a_bot(event, bot_user_id):
        return False
    if not event.get("channel") or not event.get("ts") or not event.get("user"):
        return False
    if mentioned:
        return True
    text = str(event.get("text", ""))
    if bot_user_id is not None and f"<@{bot_user_id}" in text:
        return False  # answered as the app_mention
    thread_ts = event.get("thread_ts")
    return bool(thread_ts) and thread_ts != event.get("ts") and is_question(text)


async def thread_members(services: Services, channel: str, thread_ts: str) -> list[StoredItem] | None:
    """The items a thread's questions are answered from, or None when the thread is not one of our alerts."""
    alerts = await services.store.alerts_for_message(channel, thread_ts)
    if not alerts:
        return None
    members: list[StoredItem] = []
    for alert in alerts:
        cluster = await services.store.get_cluster(alert.cluster_id)
        if cluster is not None:
            members += cluster.members
    return members


async def answer_in_thread(
    services: Services, client: AsyncWebClient, event: dict[str, Any], *, mentioned: bool, bot_user_id: str | None,
    throttle: AnswerThrottle | None = None,
) -> bool:
    """Answer one thread message if it is a question about one of our alerts. Returns whether it replied."""
    if not worth_answering(event, mentioned=mentioned, bot_user_id=bot_user_id):
        return False
    channel, ts = str(event.get("channel", "")), str(event.get("ts", ""))
    thread_ts = event.get("thread_ts")
    text = str(event.get("text", ""))
    members = await thread_members(services, channel, str(thread_ts)) if thread_ts else None
    if members is None and not mentioned:
        return False  # someone else's thread
    # Keyed on the message, not the event (bot/runtime/app.py leaves these events to us): Slack retries an
    # event, and a message may come as both `message` and `app_mention`; only the first sighting is answered.
    if not await services.store.first_sighting(f"msg:{channel}:{ts}", now=services.clock()):
        return False
    user = str(event.get("user", ""))
    if throttle is not None and not throttle.take(user):
        if user and throttle.warn(user):
            response = await client.chat_postEphemeral(channel=channel, user=user, text=TOO_FAST, thread_ts=thread_ts or ts)
            log_warnings(response.data, f"the throttle note to {user}")
        return False
    if members is None:
        reply_text = "Ask me in the thread of one of my alerts and I will answer from its sources."
        response = await client.chat_postMessage(channel=channel, thread_ts=thread_ts or ts, text=reply_text)
        log_warnings(response.data, f"answer in {channel}")
        return True
    documents = [QADocument(id=str(m.id), url=m.url, title=m.title, text=m.text) for m in members]
    answer = await answer_with_llm(MENTION.sub("", text), documents, services.llm)
    reply_text, blocks = answer_message(answer, {str(m.id): m.outlet for m in members})
    if answer.answered and not _is_quotes(answer):
        # The LLM's own words: shown above the quotes that support them.
        blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": truncate_mrkdwn(escape(answer.answer), 3000)}},
                  *blocks]
    response = await client.chat_postMessage(
        channel=channel, thread_ts=str(thread_ts), text=reply_text, blocks=blocks, unfurl_links=False
    )
    log_warnings(response.data, f"answer in {channel}")
    return True


def _is_quotes(answer: Answer) -> bool:
    """Is the answer only its citations' quotes (extractive), rather than an LLM's sentence?"""
    return answer.answer == "\n".join(f"“{c.quote}”" for c in answer.citations)


def register(app: AsyncApp, services: Services) -> None:
    throttle = AnswerThrottle(services.clock)  # per process: each replica allows its own share

    @app.event("message")
    async def on_message(event: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await answer_in_thread(
            services, client, event, mentioned=False, bot_user_id=context.bot_user_id, throttle=throttle
        )

    @app.event("app_mention")
    async def on_mention(event: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext) -> None:
        await answer_in_thread(
            services, client, event, mentioned=True, bot_user_id=context.bot_user_id, throttle=throttle
        )
