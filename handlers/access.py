"""Who may do what: admins are the Slack user ids in POLICYBOT_ADMINS."""

from __future__ import annotations

from bot.runtime.services import Services


def is_admin(services: Services, user: str) -> bool:
    return user in services.settings.policybot_admins


def refusal(services: Services, what: str) -> str:
    """The answer to a non-admin asking for an admin-only action: what, why, and whom to ask."""
    admins = services.settings.policybot_admins
    who = ", ".join(f"<@{a}>" for a in admins[:5]) if admins else "nobody yet (POLICYBOT_ADMINS is empty)"
    return f":no_entry: Only admins may {what}. Admins: {who}."
