"""Why all delivery is paused, when Slack's answer concerns the app rather than one channel.

Two kinds (pure; bot/slack/delivery.py acts on them, `/healthz` and App Home show them):

* the token is refused (`invalid_auth`, `token_revoked`, `account_inactive`, ...): nothing can be posted
  anywhere. Delivery pauses for AUTH_PAUSE and tries again, since an operator may fix the token outside
  the bot (a new token in a restarted process, a re-enabled account).
* the token lacks a scope (`missing_scope`, with Slack's `needed` and `provided` fields): a configuration
  error that no amount of waiting fixes. Delivery stays paused until the token's scopes (auth.test's
  `x-oauth-scopes` header, checked every SCOPE_RECHECK) include what was needed: retrying every 30
  minutes would only meet the same error again.

Either way everything stays queued, so that fixing the token or the scopes loses nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

# Slack's answers about the token or the app itself: no channel is at fault.
AUTH_ERRORS = frozenset({"invalid_auth", "account_inactive", "token_revoked", "token_expired", "not_authed",
                         "team_access_not_granted", "not_allowed_token_type", "ekm_access_denied"})
SCOPE_ERRORS = frozenset({"missing_scope"})
AUTH_PAUSE = timedelta(minutes=30)
SCOPE_RECHECK = timedelta(minutes=5)  # how often a scope pause asks auth.test whether the scopes changed
SCOPES_HEADER = "x-oauth-scopes"

_TOKEN_REASONS = {
    "invalid_auth": "Slack does not accept the bot token",
    "not_authed": "no bot token was sent",
    "token_revoked": "the bot token was revoked (the app was uninstalled?)",
    "token_expired": "the bot token expired",
    "account_inactive": "the bot's account was deactivated",
    "team_access_not_granted": "the token has no access to this workspace",
    "not_allowed_token_type": "SLACK_BOT_TOKEN is not a bot token (xoxb-…)",
    "ekm_access_denied": "the workspace's administrators have suspended the app's access (EKM)",
}


class DeliveryPause(BaseModel):
    """All delivery paused, and why. `until` None: until the scopes change (a configuration error)."""

    model_config = ConfigDict(frozen=True)

    kind: Literal["token", "scope"]
    error: str  # Slack's error code
    since: datetime
    until: datetime | None
    needed: tuple[str, ...] = ()  # missing_scope: the scopes Slack asked for
    provided: tuple[str, ...] = ()  # ...and those the token has

    @property
    def reason(self) -> str:
        """One sentence for an operator: what is wrong and what fixes it (no token, no raw message)."""
        if self.kind == "scope":
            needed = ", ".join(self.needed) or "a scope"
            return (f"the bot token lacks the scope {needed} (`missing_scope`): add it to the app "
                    "(manifest.json has every scope) and reinstall the app; delivery resumes by itself")
        why = _TOKEN_REASONS.get(self.error, f"Slack refused the bot token ({self.error})")
        return f"{why} (`{self.error}`): fix SLACK_BOT_TOKEN; delivery tries again every 30 minutes"

    def active(self, now: datetime) -> bool:
        return self.until is None or now < self.until


def _scopes(value: object) -> tuple[str, ...]:
    return tuple(s.strip() for s in str(value or "").split(",") if s.strip())


def pause_for(error: str, response: Mapping[str, Any], now: datetime) -> DeliveryPause | None:
    """The pause Slack's answer calls for, or None when it concerns one channel or one message."""
    if error in SCOPE_ERRORS:
        needed = _scopes(response.get("needed"))
        # Without Slack's `needed` there is nothing to wait for: try again after AUTH_PAUSE instead.
        return DeliveryPause(kind="scope", error=error, since=now, until=None if needed else now + AUTH_PAUSE,
                             needed=needed, provided=_scopes(response.get("provided")))
    if error in AUTH_ERRORS:
        return DeliveryPause(kind="token", error=error, since=now, until=now + AUTH_PAUSE)
    return None


def scopes_granted(headers: Mapping[str, Any], needed: tuple[str, ...]) -> bool | None:
    """Whether the token's scopes (the `x-oauth-scopes` header of any Web API answer) include `needed`;
    None when the header is absent (nothing can be told)."""
    lowered = {str(k).lower(): v for k, v in headers.items()}
    raw = lowered.get(SCOPES_HEADER)
    if raw is None:
        return None
    value = raw[0] if isinstance(raw, list) and raw else raw
    return set(needed) <= set(_scopes(value))
