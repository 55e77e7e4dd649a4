"""Logging for the `policybot` command: text or JSON lines on stderr, secrets redacted in both.

`POLICYBOT_LOG_FORMAT=json` writes one JSON object per line, for log collectors:

    {"ts": "2026-11-29T08:00:01.234Z", "level": "WARNING", "logger": "bot.pipeline",
     "msg": "source x failed (1 in a row): HTTP 503 from x.example", "replica": "host:4242:5f3a1c",
     "source_id": "x", "exc": "Traceback (most recent call last): ..."}

`ts` is UTC, `replica` tells the processes sharing a database apart (the lease owner name, see
bot/store/leases.py), fields passed with `extra=` are kept as they are, and `exc` carries a traceback.
Formatting is python-json-logger's (extras, exceptions, dates, dataclasses); this module decides the field
names and the redaction.

Every line, text or JSON, goes through a `Redactor` first: the values of the secret settings (Slack tokens
and signing secret, the LLM key, the database password) never reach the output, nor anything shaped like
a Slack token or a password inside a URL. Libraries only log; the CLI calls `configure_logging` once.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Literal, TextIO

from pydantic import SecretStr
from pythonjsonlogger.json import JsonEncoder, JsonFormatter

from bot.config import Settings
from bot.store.leases import replica_id

__all__ = ["REDACTED", "LogFormat", "Redactor", "configure_logging", "json_formatter", "replica_id",
           "secret_values", "text_formatter"]

LogFormat = Literal["text", "json"]
REDACTED = "***"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MIN_SECRET_CHARS = 4  # shorter values would blank ordinary words; a URL password is caught by shape anyway

# xoxb-/xoxp-/xoxa-/xoxr-/xoxs-/xoxe- tokens and app-level xapp- tokens, wherever they turn up.
_SLACK_TOKEN = re.compile(r"\b(?:xox[abeoprs]|xapp)-[A-Za-z0-9-]{6,}")
# scheme://user:password@host: keep the user, hide the password.
_URL_PASSWORD = re.compile(r"(\b[A-Za-z][A-Za-z0-9+.-]*://[^:/?#@\s]*:)[^@/?#\s]+@")
_JSON_NATIVE = (str, int, float, bool, type(None))
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def secret_values(settings: Settings) -> list[str]:
    """The values no log line may show: every SecretStr setting, and the database URL's password."""
    values = []
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr) and value.get_secret_value():
            values.append(value.get_secret_value())
    if settings.policybot_database_url:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            password = make_url(settings.policybot_database_url).password
        except (ArgumentError, ValueError):
            password = None
        if password:
            values.append(str(password))
    return values


class Redactor:
    """Replaces known secret values, Slack tokens and URL passwords with `***`."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first, so that a secret containing another is hidden whole.
        self._secrets = sorted({s for s in secrets if len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        if "-" in text:
            text = _SLACK_TOKEN.sub(REDACTED, text)
        if "://" in text:
            text = _URL_PASSWORD.sub(rf"\1{REDACTED}@", text)
        return text


class _TextFormatter(logging.Formatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__(TEXT_FORMAT)
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


class _JsonFormatter(JsonFormatter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__(
            ["levelname", "name", "message"],
            rename_fields={"levelname": "level", "name": "logger", "message": "msg", "exc_info": "exc",
                           "stack_info": "stack"},
            timestamp="ts",
            json_ensure_ascii=False,
        )
        self._redact = redact
        self._encoder = JsonEncoder()

    def process_log_record(self, log_data: dict[str, Any]) -> dict[str, Any]:
        when = log_data.pop("ts")
        assert isinstance(when, datetime)
        stamp = when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
        head = {"ts": stamp, "level": log_data.pop("level"), "logger": log_data.pop("logger"),
                "msg": log_data.pop("msg"), "replica": replica_id()}
        cleaned = self._clean({**head, **log_data}, depth=0)
        assert isinstance(cleaned, dict)
        return cleaned

    def jsonify_log_record(self, log_data: dict[str, Any]) -> str:
        # JSON leaves these three unescaped, yet many line readers (Python's splitlines among them) end a
        # line there: escape them, so that one record is always exactly one line.
        return super().jsonify_log_record(log_data).translate(_LINE_BREAKS)

    def _clean(self, value: Any, *, depth: int) -> Any:
        """`value` with every string redacted; objects JSON cannot hold are encoded first, so that what
        they print is redacted too."""
        if isinstance(value, str):
            return self._redact(value)
        if isinstance(value, _JSON_NATIVE):
            return value
        if depth > 8:
            return self._redact(repr(value)[:1000])
        if isinstance(value, Mapping):
            return {self._redact(str(k)): self._clean(v, depth=depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple | set | frozenset):
            return [self._clean(v, depth=depth + 1) for v in value]
        return self._clean(self._encoder.default(value), depth=depth + 1)


def text_formatter(redact: Redactor | None = None) -> logging.Formatter:
    return _TextFormatter(redact or Redactor())


def json_formatter(redact: Redactor | None = None) -> logging.Formatter:
    return _JsonFormatter(redact or Redactor())


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """Ours, so that configuring again replaces it rather than adding a second one."""


def configure_logging(
    settings: Settings, *, level: str | None = None, stream: TextIO | None = None
) -> logging.Handler:
    """Log to stderr (or `stream`) in POLICYBOT_LOG_FORMAT at LOG_LEVEL (or `level`), redacting secrets."""
    chosen = level or settings.log_level
    redact = Redactor(secret_values(settings))
    handler = _Handler(stream if stream is not None else sys.stderr)
    handler.setFormatter(json_formatter(redact) if settings.policybot_log_format == "json" else text_formatter(redact))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(chosen)
    # httpx logs every request at INFO: with hundreds of sources that drowns what matters. Alembic logs
    # seven lines of set-up at every start; bot.store.migrate says in one line when it upgrades.
    for noisy in ("httpx", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(chosen)))
    return handler
