"""`/policy trends [query]` and its *Share* button: the 12-week chart of a query.

Slack shows no file in a message only one person can see (an ephemeral answer cannot share a file), so
the answer is the nearest thing: the counts as a text table plus an image block referencing the chart,
uploaded privately by the bot (Block Kit's `slack_file`, posted with the token that uploaded it). *Share*
uploads the chart into the channel with files upload v2 (`channel_id` + `initial_comment`).
"""

from __future__ import annotations

import json
import logging

from aiohttp import ClientError
from slack_sdk.errors import SlackApiError, SlackRequestError

from bot.runtime.services import Services
from bot.trends.brief import trends_blocks, trends_text
from bot.trends.counts import next_monday
from bot.trends.service import describe

log = logging.getLogger(__name__)

Reply = dict[str, object]
UPLOAD_ERRORS = (SlackApiError, SlackRequestError, ClientError, TimeoutError, OSError)


async def trends_reply(services: Services, query_text: str) -> Reply:
    queries = [query_text] if query_text.strip() else []
    series, _ = await services.charts.series(queries, next_monday(services.clock()))
    description = describe(queries)
    file_id = None
    if not series.empty:
        try:
            file_id = await services.charts.private_chart(("trends", *queries), series, description)
        except UPLOAD_ERRORS as exc:  # the counts still answer the question
            log.warning("could not upload the trends chart for %r: %s", query_text, exc)
    text = trends_text(description, series, has_chart=file_id is not None)
    if series.empty:
        return {"text": text, "response_type": "ephemeral"}
    return {"text": text, "blocks": trends_blocks(text, file_id, f"Stories per week: {description}", query_text),
            "response_type": "ephemeral"}


async def share_trends(services: Services, value: str, channel: str, user: str) -> Reply:
    """Post the chart (re-counted now) to the channel, with the table as its comment."""
    try:
        query_text = str(json.loads(value).get("q", ""))
    except (ValueError, AttributeError):
        return {"text": "That button is not one of mine.", "response_type": "ephemeral", "replace_original": False}
    queries = [query_text] if query_text.strip() else []
    series, _ = await services.charts.series(queries, next_monday(services.clock()))
    description = describe(queries)
    png = await services.charts.render(series, description)
    if png is None:
        return {"text": trends_text(description, series, has_chart=False), "response_type": "ephemeral",
                "replace_original": False}
    comment = f"<@{user}> shared `/policy trends`:\n" + trends_text(description, series, has_chart=True)
    try:
        await services.charts.upload(png, filename="policybot-trends.png", title=f"Stories per week: {description}",
                                     channel=channel, initial_comment=comment)
    except UPLOAD_ERRORS as exc:
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
        log.warning("sharing a trends chart to %s failed: %s", channel, error)
        hint = " Invite me first: `/invite @policybot`." if error in ("not_in_channel", "channel_not_found") else ""
        return {"text": f"I could not post the chart here (`{error}`).{hint}", "response_type": "ephemeral",
                "replace_original": False}
    return {"text": "Shared the chart in this channel.", "response_type": "ephemeral", "replace_original": False}
