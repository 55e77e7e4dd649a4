"""`.env.example` and the README stay in step with the Settings class."""

from __future__ import annotations

from pathlib import Path

from bot.config import Settings, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_setting_is_documented() -> None:
    example = (ROOT / ".env.example").read_text()
    readme = (ROOT / "README.md").read_text()
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in example, f"{name.upper()} missing from .env.example"
        assert f"`{name.upper()}`" in readme, f"{name.upper()} missing from the README's settings table"


def test_env_example_loads_as_valid_settings() -> None:
    settings = load_settings(_env_file=str(ROOT / ".env.example"))
    assert settings.slack_api_url == "https://slack.com/api/"
    assert settings.llm.enabled is False
    # Empty lines mean "not set": no Socket Mode with an empty token, no catalogue at path "".
    assert settings.socket_mode is False
    assert settings.policybot_sources is None
    assert settings.database_url.startswith("sqlite+aiosqlite:///")
