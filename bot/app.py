"""The only wiring point between the engine and Slack: a Bolt AsyncApp with every handler registered."""

from __future__ import annotations

import logging

from slack_bolt.async_app import AsyncApp

from bot.services import Services
from handlers import commands, messages


def create_app(services: Services) -> AsyncApp:
    settings = services.settings
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    app = AsyncApp(
        client=services.client,
        signing_secret=secret,
        # Socket Mode frames are authenticated by the app token; HTTP requests by their signature.
        request_verification_enabled=not settings.socket_mode,
        logger=logging.getLogger("policybot.slack"),
    )
    commands.register(app, services)
    messages.register(app, services)
    return app
