"""The one exception tree of policybot.

PolicybotError
├── ConfigError         a setting or the sources file is missing or malformed (start-up stops)
├── UserInputError      a CLI argument or input file is wrong (exit 2, one line)
├── FetchError          a source could not be fetched or parsed; recorded on the source, never fatal
│   ├── BlockedAddressError  the URL resolves to a loopback/private/link-local address
│   └── BodyTooLargeError    the (decompressed) body exceeds the cap
└── DeliveryError       Slack refused a message
    └── PermanentDeliveryError  retrying cannot help (channel_not_found, not_in_channel, ...)
"""

from __future__ import annotations


class PolicybotError(Exception):
    """Base class of every error policybot raises on purpose."""


class ConfigError(PolicybotError):
    """A setting or the sources file is missing or malformed."""


class UserInputError(PolicybotError):
    """A command-line argument or an input file is wrong."""


class FetchError(PolicybotError):
    """A source could not be fetched or parsed."""


class BlockedAddressError(FetchError):
    """The URL points to an address we refuse to fetch (loopback, private, link-local, metadata)."""


class BodyTooLargeError(FetchError):
    """The response body exceeds the configured cap."""


class DeliveryError(PolicybotError):
    """Slack refused or failed to take a message."""

    def __init__(self, error: str, *, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.retry_after = retry_after


class PermanentDeliveryError(DeliveryError):
    """Retrying cannot help: the channel is gone, the bot is not in it, or the token is bad."""


class DatabaseVersionError(PolicybotError):
    """The database's schema cannot be used by this version (e.g. a newer policybot upgraded it)."""


class StorageError(PolicybotError):
    """The database cannot be used: unreachable at start-up, or a SQLite file that cannot be written
    (disk full, read-only). The message names the database (never its password) and says what to do."""
