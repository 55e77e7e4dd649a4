"""Database failures, told apart where they happen: the store turns a driver's exception into the
project's (`StoreUnavailable`, `StorageError`, see bot/errors.py), so that no caller needs to know
SQLAlchemy's, sqlite3's or asyncpg's exceptions to decide whether the database is the problem.

A bug in SQL (IntegrityError, ProgrammingError...) is not translated: it keeps its traceback.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator

import sqlalchemy as sa

from bot.errors import PolicybotError, StorageError, StoreError, StoreUnavailable, exception_chain

# SQLite's answers for a file that cannot be written at all (disk full, read-only file or mount, failing
# disk, a missing directory): no retry can help.
_SQLITE_UNUSABLE = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_CORRUPT",
                    "SQLITE_NOTADB", "SQLITE_PERM")
# asyncpg's own exceptions for a connection that is gone (SQLAlchemy does not wrap all of them).
_ASYNCPG_GONE = ("ConnectionError", "ConnectionDoesNotExistError", "CannotConnectNowError", "InterfaceError")


def database_error(
    exc: BaseException, *, opening: bool = False, outer: BaseException | None = None
) -> StoreError | None:
    """The project's exception for `exc` (or anything in its chain) when it says the database cannot be
    used right now: `StorageError` for a SQLite file that cannot be written, `StoreUnavailable` for a
    database that does not answer. None for anything else, including SQL a bug got wrong.

    `exc` must come from the store's own work: an OSError in it is the driver's (a refused or reset
    connection). `opening`: it came from opening the database, where any driver error (unknown
    database, bad password) counts. `outer`: the exception the caller was handling when it called the
    store: its chain is the caller's, not the store's, and is left alone."""
    unavailable: StoreUnavailable | None = None
    for e in exception_chain(exc, outside=outer):
        if isinstance(e, sqlite3.Error) and str(getattr(e, "sqlite_errorname", "")).startswith(_SQLITE_UNUSABLE):
            reason = one_line(e)
            return StorageError(f"the database cannot be written: {reason}", reason=reason)
        if unavailable is None and (_unreachable(e) or (opening and isinstance(e, sa.exc.DBAPIError))):
            reason = one_line(e)
            unavailable = StoreUnavailable(f"database unavailable: {reason}", reason=reason)
    return unavailable


@contextlib.contextmanager
def translated(*, opening: bool = False) -> Iterator[None]:
    """Raise the project's exception (from the driver's) for a database failure inside the block."""
    outer = sys.exc_info()[1]  # what the caller is handling, if anything: not ours to classify
    try:
        yield
    except PolicybotError:
        raise
    except Exception as exc:
        error = database_error(exc, opening=opening, outer=outer)
        if error is None:
            raise
        raise error from exc


def _unreachable(e: BaseException) -> bool:
    if isinstance(e, sa.exc.DBAPIError):
        return e.connection_invalidated or isinstance(e, sa.exc.OperationalError | sa.exc.InterfaceError)
    if isinstance(e, OSError):  # refused, reset, unknown host... raised by the driver itself
        return True
    return type(e).__module__.startswith("asyncpg") and type(e).__name__.endswith(_ASYNCPG_GONE)


def one_line(e: BaseException) -> str:
    if isinstance(e, sa.exc.DBAPIError) and e.orig is not None:
        e = e.orig  # without SQLAlchemy's "(driver.Class)" prefix and "Background on this error" line
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


def safe_database_url(url: str) -> str:
    """The database URL as it may be shown: without its password."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return "(the configured database)"
