from __future__ import annotations

import pytest

from bot.config import load_settings
from bot.errors import ConfigError


def test_defaults_use_a_sqlite_file(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(_env_file=None)
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.socket_mode is False


def test_alert_channels_are_comma_separated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYBOT_ALERT_CHANNELS", "C1, C2,,C3")
    assert load_settings(_env_file=None).policybot_alert_channels == ["C1", "C2", "C3"]


def test_malformed_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PORT", "not-a-number")
    with pytest.raises(ConfigError, match="^PORT is invalid"):
        load_settings(_env_file=None)


def test_stories_are_kept_at_least_as_long_as_they_are_open(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYBOT_KEEP_STORIES_DAYS", "30")
    with pytest.raises(ConfigError, match="^POLICYBOT_KEEP_STORIES_DAYS is invalid.*at least 1030"):
        load_settings(_env_file=None)
    monkeypatch.setenv("POLICYBOT_KEEP_STORIES_DAYS", "1100")
    assert load_settings(_env_file=None).policybot_keep_stories_days == 1100


def test_missing_token_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError, match="^SLACK_BOT_TOKEN is not set"):
        load_settings(_env_file=None).require_slack()
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    with pytest.raises(ConfigError, match="^SLACK_SIGNING_SECRET is not set"):
        load_settings(_env_file=None).require_slack()
    monkeypatch.setenv("SLACK_APP_TOKEN", "oops")
    with pytest.raises(ConfigError, match="^SLACK_APP_TOKEN is malformed"):
        load_settings(_env_file=None).require_slack()


def test_tokens_do_not_leak_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-super-secret-value")
    settings = load_settings(_env_file=None)
    assert "super-secret" not in repr(settings) and "super-secret" not in str(settings.model_dump())


def test_the_feed_body_cap_is_read_in_megabytes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings(_env_file=None).max_feed_bytes == 5 * 1024 * 1024
    monkeypatch.setenv("POLICYBOT_MAX_FEED_MB", "64")
    assert load_settings(_env_file=None).max_feed_bytes == 64 * 1024 * 1024
    monkeypatch.setenv("POLICYBOT_MAX_FEED_MB", "0")
    with pytest.raises(ConfigError, match="^POLICYBOT_MAX_FEED_MB is invalid"):
        load_settings(_env_file=None)
