"""The one exception tree of policybot.

PolicybotError
├── ConfigError         a setting or the sources file is missing or malformed (start-up stops)
├── UserInputError      a CLI argument or input file is wrong (exit 2, one line)
├── FetchError          a source could not be fetched or parsed; recorded on the source, never fatal
│   ├── BlockedAddressError  the URL resolves to a loopback/private/link-local address
│   └── BodyTooLargeError    the (decompressed) body exceeds the cap
├── LLMError            the LLM endpoint failed or answered something unusable (always handled by falling back)
├── DatabaseVersionError  the database's schema is newer than this policybot
└── StoreError          the database cannot be used right now (raised by bot/store, never by a driver)
    ├── StoreUnavailable  it does not answer: connection refused or lost, server down (a later try may work)
    └── StorageError      it cannot be written: a SQLite file on a full disk, read-only, failing (stop)
"""

from __future__ import annotations

from collections.abc import Iterator


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


class LLMError(PolicybotError):
    """The LLM endpoint failed or answered something unusable (always handled by falling back)."""


class DatabaseVersionError(PolicybotError):
    """The database's schema cannot be used by this version (e.g. a newer policybot upgraded it)."""


class StoreError(PolicybotError):
    """The database cannot be used right now. The store raises it in place of the driver's exception
    (kept as __cause__), so no caller needs to know SQLAlchemy's or a driver's exceptions.

    `reason`: the driver's one line (e.g. "database or disk is full", "[Errno 111] Connect call failed
    (...)"); the message may say more (which database, what to do), never a password."""

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = message if reason is None else reason


class StoreUnavailable(StoreError):
    """The database does not answer: connection refused or lost, server down or restarting, or (when
    opening) it refused us (unknown database, bad password). Work that met it is redone later."""


class StorageError(StoreError):
    """The database cannot be written: a SQLite file on a full disk, read-only (file or mount), failing
    or corrupt. No retry can help: `policybot run` stops, saying what to do."""


def exception_chain(exc: BaseException, *, outside: BaseException | None = None) -> Iterator[BaseException]:
    """`exc` and the exceptions behind it (what it was raised from or while handling, and a database
    wrapper's `orig`), each once. `outside`: an exception whose own chain is not to be walked."""
    seen: set[int] = {id(outside)} if outside is not None else set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [e.__cause__, e.__context__, getattr(e, "orig", None)]
