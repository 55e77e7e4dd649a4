"""Settings: one pydantic-settings class; `.env` for local use, the real environment wins."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.analysis.llm import LLMSettings
from bot.errors import ConfigError

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
DEFAULT_DATA_DIR = Path("data")
# Stories are open to new reports for 1,000 days, a named programme's life (bot/story.py EVICT_AFTER), plus
# a month's margin: one deleted sooner could be joined by a late report (bot/pruner.py checks the two agree).
STORY_DAYS_MIN = 1030


class Settings(BaseSettings):
    """Every setting policybot reads. Field names are the environment variable names, lower-cased."""

    # Empty values (`SLACK_APP_TOKEN=` as in .env.example) mean "not set", not an empty token or path.
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = DEFAULT_SLACK_API_URL
    port: int = Field(default=3000, ge=1, le=65535)
    # Socket Mode only: port of the side server for /healthz and /metrics (HTTP mode serves them on PORT).
    # 0 = no side server.
    policybot_metrics_port: int = Field(default=9090, ge=0, le=65535)

    policybot_data_dir: Path = DEFAULT_DATA_DIR
    policybot_database_url: str | None = None
    policybot_sources: Path | None = None
    policybot_allow_private_sources: bool = False
    policybot_alert_channels: Annotated[list[str], NoDecode] = Field(default_factory=list)
    policybot_poll_minutes: int = Field(default=15, ge=1, le=24 * 60)
    policybot_backfill_hours: int = Field(default=72, ge=0)
    # Cap on a feed's body, measured after decompression (bot/sources/fetch.py). Raise it only for a source
    # known to publish larger feeds: a body is held in memory, and parsed into several times its size.
    policybot_max_feed_mb: int = Field(default=5, ge=1, le=512)
    policybot_contact: str = "https://github.com/policybot/policybot"
    # Slack user ids allowed to manage sources and other channels' subscriptions.
    policybot_admins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Flood control: beyond this many alerts in a channel within the window, the rest become one digest.
    policybot_flood_limit: int = Field(default=5, ge=1, le=100)
    policybot_flood_window_minutes: int = Field(default=60, ge=1, le=24 * 60)
    # When daily-digest subscriptions are posted (hour of the day, UTC).
    policybot_digest_hour: int = Field(default=8, ge=0, le=23)
    # Weekly briefs (`/policy subscribe weekly ...`, and the alert channels listed here): posted on this
    # day of the week at this hour (UTC), covering the 7 days before, with a 12-week chart.
    policybot_weekly_brief_day: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    policybot_weekly_brief_hour: int = Field(default=8, ge=0, le=23)
    policybot_weekly_brief_channels: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # First polls after a start are spread over this many seconds, so a restart is not a burst.
    policybot_startup_spread_seconds: float = Field(default=60.0, ge=0, le=3600)
    # Retention (bot/pruner.py), in days; 0 keeps for ever. Article texts are cut to their first 1,000
    # characters, irrelevant items deleted, posted update notes deleted; whole stories (their items, alerts
    # and notes) deleted once nothing was added for that long (at least STORY_DAYS_MIN: stories stay open
    # to new reports for 1,000 days).
    policybot_keep_article_text_days: int = Field(default=90, ge=0)
    policybot_keep_irrelevant_days: int = Field(default=30, ge=0)
    policybot_keep_delivered_days: int = Field(default=30, ge=0)
    policybot_keep_stories_days: int = Field(default=0, ge=0)
    # /policy searches the newest this many relevant items in memory (bot/search/index.py).
    policybot_search_items: int = Field(default=20_000, ge=100)
    # Optional OpenAI-compatible chat-completions endpoint for summaries and answers (off unless both set).
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: SecretStr | None = None
    llm_timeout_seconds: float = Field(default=20.0, gt=0, le=600)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    # "text" for people, "json" for log collectors (one object per line; see bot/runtime/logs.py).
    policybot_log_format: Literal["text", "json"] = "text"

    @field_validator("policybot_alert_channels", "policybot_admins", "policybot_weekly_brief_channels", mode="before")
    @classmethod
    def _split_channels(cls, value: object) -> object:
        # Operators write "C123,C456" in .env; JSON lists would be a trap.
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("policybot_keep_stories_days")
    @classmethod
    def _story_floor(cls, value: int) -> int:
        if 0 < value < STORY_DAYS_MIN:
            raise ValueError(f"must be 0 (keep for ever) or at least {STORY_DAYS_MIN} days")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url_shape(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value if value.endswith("/") else value + "/"

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("policybot_weekly_brief_day", mode="before")
    @classmethod
    def _day_abbreviation(cls, value: object) -> object:
        return value.strip().lower()[:3] if isinstance(value, str) else value

    @field_validator("policybot_log_format", mode="before")
    @classmethod
    def _lower_format(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @property
    def database_url(self) -> str:
        if self.policybot_database_url:
            return self.policybot_database_url
        return f"sqlite+aiosqlite:///{self.policybot_data_dir / 'policybot.db'}"

    @property
    def backfill(self) -> timedelta | None:
        """On a source's first poll, items older than this are stored but not alerted (None: no cut-off)."""
        return timedelta(hours=self.policybot_backfill_hours) if self.policybot_backfill_hours else None

    @property
    def max_feed_bytes(self) -> int:
        return self.policybot_max_feed_mb * 1024 * 1024

    @property
    def llm(self) -> LLMSettings:
        return LLMSettings(
            base_url=self.llm_base_url or None, model=self.llm_model or None,
            api_key=self.llm_api_key, timeout_s=self.llm_timeout_seconds,
        )

    @property
    def socket_mode(self) -> bool:
        return self.slack_app_token is not None

    def require_slack(self) -> None:
        """Raise ConfigError naming the first setting that `policybot run` needs and lacks."""
        if self.slack_bot_token is None:
            raise ConfigError("SLACK_BOT_TOKEN is not set: the bot token (xoxb-...) of your Slack app")
        if not self.slack_bot_token.get_secret_value().startswith("xox"):
            raise ConfigError("SLACK_BOT_TOKEN is malformed: expected a token starting with xoxb-")
        if self.slack_app_token is not None:
            if not self.slack_app_token.get_secret_value().startswith("xapp-"):
                raise ConfigError("SLACK_APP_TOKEN is malformed: expected an app-level token starting with xapp-")
        elif self.slack_signing_secret is None:
            raise ConfigError(
                "SLACK_SIGNING_SECRET is not set: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode)"
            )


def load_settings(**overrides: object) -> Settings:
    """Build Settings, turning validation errors into one ConfigError line that names the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        raise ConfigError(f"{name} is invalid: {first['msg']}") from None
