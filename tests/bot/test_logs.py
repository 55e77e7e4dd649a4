"""Logs: text or JSON lines, the fields collectors rely on, and no secret in either format."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import SecretStr

from bot.config import Settings, load_settings
from bot.errors import ConfigError
from bot.runtime.logs import REDACTED, Redactor, configure_logging, replica_id, secret_values
from bot.store.leases import replica_id as lease_owner

BOT_TOKEN = "xoxb-1111-2222-SeCrEtBoTtOkEn"
APP_TOKEN = "xapp-1-A0000-3333-SeCrEtApPtOkEn"
SIGNING = "f00dfeedsigningsecret"
LLM_KEY = "sk-llm-SeCrEtKeY"
DB_PASSWORD = "s3cretpw"
DB_URL = f"postgresql+asyncpg://policybot:{DB_PASSWORD}@db.internal:5432/policybot"
SECRETS = (BOT_TOKEN, APP_TOKEN, SIGNING, LLM_KEY, DB_PASSWORD)


def _settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "slack_bot_token": SecretStr(BOT_TOKEN), "slack_app_token": SecretStr(APP_TOKEN),
        "slack_signing_secret": SecretStr(SIGNING), "llm_api_key": SecretStr(LLM_KEY),
        "policybot_database_url": DB_URL, "log_level": "DEBUG",
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture(autouse=True)
def _restore_root_logger() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    httpx_level = logging.getLogger("httpx").level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(httpx_level)


def _configure(log_format: str, **overrides: Any) -> io.StringIO:
    stream = io.StringIO()
    configure_logging(_settings(policybot_log_format=log_format, **overrides), stream=stream)
    return stream


def _records(stream: io.StringIO) -> list[dict[str, Any]]:
    lines = stream.getvalue().splitlines()
    assert lines, "nothing was logged"
    return [json.loads(line) for line in lines]  # every line is one JSON object


def _log_everything(log: logging.Logger) -> None:
    """Log the secrets every way code could: in the message, as arguments, as extras, in an exception."""
    log.info("plain message with fields", extra={"source_id": "the-decoder", "items": 3, "ok": True})
    log.warning("token in the message: %s", BOT_TOKEN)
    log.warning("connecting to %s with key %s", DB_URL, LLM_KEY, extra={"headers": {"Authorization": f"Bearer {APP_TOKEN}"}})
    log.debug("signing secret %r, and a list: %s", SIGNING, [BOT_TOKEN, {"nested": DB_PASSWORD}])
    try:
        raise RuntimeError(f"Slack said invalid_auth for token {BOT_TOKEN} on {DB_URL}")
    except RuntimeError:
        log.exception("delivery failed", extra={"channel": "C0POLICY", "when": datetime(2026, 11, 29, tzinfo=UTC),
                                                "delay": timedelta(seconds=3)})


def test_json_lines_carry_the_fields_collectors_rely_on() -> None:
    stream = _configure("json")
    log = logging.getLogger("bot.test_logs")
    before = datetime.now(UTC)
    _log_everything(log)
    records = _records(stream)
    assert len(records) == 5
    for record in records:
        assert list(record)[:5] == ["ts", "level", "logger", "msg", "replica"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", record["ts"]), record["ts"]
        when = datetime.fromisoformat(record["ts"].replace("Z", "+00:00"))
        assert before - timedelta(seconds=1) <= when <= datetime.now(UTC)
        assert record["logger"] == "bot.test_logs"
        assert record["replica"] == replica_id() == lease_owner()  # the name on this process's leases
    first = records[0]
    assert (first["level"], first["msg"]) == ("INFO", "plain message with fields")
    assert (first["source_id"], first["items"], first["ok"]) == ("the-decoder", 3, True)  # extras, typed
    assert "exc" not in first
    assert [r["level"] for r in records] == ["INFO", "WARNING", "WARNING", "DEBUG", "ERROR"]
    failure = records[-1]
    assert failure["msg"] == "delivery failed" and failure["channel"] == "C0POLICY"
    assert failure["when"].startswith("2026-11-29T00:00:00")
    assert failure["exc"].startswith("Traceback (most recent call last):")
    assert "RuntimeError: Slack said invalid_auth for token" in failure["exc"]


def test_a_message_with_newlines_stays_one_line() -> None:
    stream = _configure("json")
    logging.getLogger("bot.x").warning("first line\nsecond line\r\n\"quoted\" \u2028 \u2029 \x85 ünïcode")
    (record,) = _records(stream)
    assert record["msg"] == "first line\nsecond line\r\n\"quoted\" \u2028 \u2029 \x85 ünïcode"


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_secrets_never_reach_the_output(log_format: str) -> None:
    stream = _configure(log_format)
    _log_everything(logging.getLogger("bot.test_logs"))
    output = stream.getvalue()
    assert output.count(REDACTED) >= 8  # the secrets were there to hide: the check below is not vacuous
    for secret in SECRETS:
        assert secret not in output
    assert "policybot:***@db.internal" in output  # the URL stays readable, without its password
    assert "Traceback" in output and "delivery failed" in output


@pytest.mark.parametrize("log_format", ["json", "text"])
def test_secret_shapes_are_hidden_even_when_not_configured(log_format: str) -> None:
    """A token or a URL password the settings do not know (another workspace's, a source's) is hidden too."""
    stream = _configure(log_format, slack_bot_token=None, slack_app_token=None, policybot_database_url=None)
    log = logging.getLogger("bot.test_logs")
    log.warning("other token xoxp-9999-8888-OtherUserToken and xapp-1-B999-OtherAppToken")
    log.warning("proxy https://user:hunter2-proxy@proxy.example:8080/ and redis://:redispass@cache.example/0")
    output = stream.getvalue()
    for secret in ("OtherUserToken", "OtherAppToken", "hunter2-proxy", "redispass"):
        assert secret not in output
    assert "https://user:***@proxy.example:8080/" in output


def test_text_format_is_the_readable_one() -> None:
    stream = _configure("text")
    logging.getLogger("bot.pipeline").warning("source %s failed", "x")
    line = stream.getvalue().strip()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} WARNING bot\.pipeline: source x failed", line), line


def test_configuring_again_replaces_the_handler_and_sets_levels() -> None:
    first = _configure("json")
    second = io.StringIO()
    configure_logging(_settings(policybot_log_format="text", log_level="WARNING"), stream=second)
    logging.getLogger("bot.x").warning("once")
    logging.getLogger("bot.x").info("not at WARNING")
    assert first.getvalue() == ""
    assert second.getvalue().count("once") == 1 and "not at WARNING" not in second.getvalue()
    assert logging.getLogger("httpx").level == logging.WARNING


def test_the_level_argument_wins_over_the_setting() -> None:
    stream = io.StringIO()
    configure_logging(_settings(log_level="DEBUG"), level="WARNING", stream=stream)
    logging.getLogger("bot.x").info("quiet")
    assert stream.getvalue() == ""


def test_secret_values_come_from_every_secret_setting() -> None:
    assert sorted(secret_values(_settings())) == sorted(SECRETS)
    assert secret_values(_settings(policybot_database_url="sqlite+aiosqlite:///data/policybot.db",
                                   slack_app_token=None, llm_api_key=None)) == [BOT_TOKEN, SIGNING]
    assert secret_values(_settings(policybot_database_url="not a url at all")) == [BOT_TOKEN, SIGNING, APP_TOKEN,
                                                                                   LLM_KEY]


def test_redactor_hides_longer_secrets_first_and_ignores_tiny_ones() -> None:
    redact = Redactor(["abcd", "abcdefgh", "x"])
    assert redact("abcdefgh abcd x") == f"{REDACTED} {REDACTED} x"


def test_log_format_setting_is_validated() -> None:
    assert load_settings(_env_file=None, policybot_log_format=" JSON ").policybot_log_format == "json"
    with pytest.raises(ConfigError, match="^POLICYBOT_LOG_FORMAT is invalid"):
        load_settings(_env_file=None, policybot_log_format="xml")
