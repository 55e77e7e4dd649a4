"""The only wiring point between the engine and Slack: a Bolt AsyncApp with every handler registered."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.runtime.services import Services
from handlers import actions, commands, home, messages

log = logging.getLogger(__name__)

# Messages are de-duplicated by handlers/messages.py, per message and only when it will answer one: every
# message in every channel the bot is in must not cost a database write before its ack.
DEDUPLICATED_BY_THEIR_HANDLER = frozenset({"message", "app_mention"})


def listener_client(client: AsyncWebClient) -> AsyncWebClient:
    """The client handlers use. Unlike the outbox (which schedules its own retries from Retry-After), a
    thread answer or a Home tab has someone waiting: retry a 429 in place. Never a dropped connection: Slack
    may have posted the answer already, and a second one is worse than none."""
    return AsyncWebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=client.timeout,
        retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=2)],
    )


def _drop_token_warning(record: logging.LogRecord) -> bool:
    # Bolt reads SLACK_BOT_TOKEN itself and warns that it is unused when a client is given, as ours is
    # (to carry base_url and retry handlers): true, expected, and alarming in an operator's logs.
    return "`token` will be unused" not in record.getMessage()


def create_app(services: Services) -> AsyncApp:
    settings = services.settings
    slack_logger = logging.getLogger("policybot.slack")
    if _drop_token_warning not in slack_logger.filters:
        slack_logger.addFilter(_drop_token_warning)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    app = AsyncApp(
        client=listener_client(services.client),
        signing_secret=secret,
        # Socket Mode frames are authenticated by the app token; HTTP requests by their signature.
        request_verification_enabled=not settings.socket_mode,
        logger=slack_logger,
    )
    app.middleware(_once_per_event(services))
    commands.register(app, services)
    actions.register(app, services)
    messages.register(app, services)
    home.register(app, services)
    return app


def _once_per_event(services: Services) -> Callable[..., Awaitable[BoltResponse | None]]:
    """Slack delivers events at least once and retries (X-Slack-Retry-Num, Socket Mode retry_attempt)
    those not acknowledged in time: an event id already handled is acknowledged and dropped (the pruner
    forgets ids after bot.pruner.SEEN_EVENTS_KEPT)."""

    async def once_per_event(body: dict[str, Any], next: Callable[[], Awaitable[None]]) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and (body.get("event") or {}).get("type") not in DEDUPLICATED_BY_THEIR_HANDLER:
            now = services.clock()
            if not await services.store.first_sighting(f"ev:{event_id}", now=now):
                log.info("event %s was already handled: dropping Slack's redelivery", event_id)
                return BoltResponse(status=200, body="")
        await next()
        return None

    return once_per_event
