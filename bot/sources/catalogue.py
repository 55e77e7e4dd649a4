"""The sources catalogue: a TOML file of `[[source]]` tables, validated into SourceConfig.

Errors name the file, the entry (number and id) and the field on one line, because the operator
reads them in a terminal or a log, e.g.

    sources.toml: source #3 (id "uscis-news"): url: Input should be a valid URL
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from bot.errors import ConfigError
from bot.models import SourceConfig
from bot.sources.adapters import ADAPTERS

__all__ = ["DEFAULT_CATALOGUE", "load_catalogue", "parse_catalogue"]

DEFAULT_CATALOGUE = "default_sources.toml"  # bundled in the bot.sources package
_JURISDICTION = re.compile(r"^[A-Z]{2}$")  # ISO 3166-1 alpha-2, plus "EU" which has the same shape


def load_catalogue(path: Path | None) -> list[SourceConfig]:
    """Read a catalogue file; `None` reads the bundled default catalogue."""
    if path is None:
        name = DEFAULT_CATALOGUE
        data = resources.files("bot.sources").joinpath(DEFAULT_CATALOGUE).read_bytes()
    else:
        name = str(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"{name}: cannot read the sources file: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{name}: not UTF-8 text (byte {exc.start})") from exc
    return parse_catalogue(text, name=name)


def parse_catalogue(text: str, *, name: str = "sources.toml") -> list[SourceConfig]:
    """Validate catalogue TOML text; `name` is the file name used in error messages."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{name}: invalid TOML: {exc}") from exc

    unknown = sorted(set(document) - {"source"})
    if unknown:
        raise ConfigError(f"{name}: unknown top-level key {unknown[0]!r} (sources are [[source]] tables)")
    entries = document.get("source")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{name}: no sources: add at least one [[source]] table")

    sources: list[SourceConfig] = []
    first_seen: dict[str, int] = {}
    for number, entry in enumerate(entries, start=1):
        where = _where(name, number, entry)
        if not isinstance(entry, Mapping):
            raise ConfigError(f"{where}: must be a table")
        source = _validate(entry, where)
        if source.id in first_seen:
            raise ConfigError(f"{where}: id: duplicate of source #{first_seen[source.id]}")
        first_seen[source.id] = number
        sources.append(source)
    return sources


def _where(name: str, number: int, entry: object) -> str:
    ident = entry.get("id") if isinstance(entry, Mapping) else None
    label = f' (id "{ident}")' if isinstance(ident, str) and ident else ""
    return f"{name}: source #{number}{label}"


def _validate(entry: Mapping[str, Any], where: str) -> SourceConfig:
    try:
        source = SourceConfig.model_validate(dict(entry))
    except ValidationError as exc:
        problems = []
        for error in exc.errors(include_url=False):
            field = ".".join(str(part) for part in error["loc"]) or "(entry)"
            problems.append(f"{field}: {error['msg']}")
        raise ConfigError(f"{where}: {'; '.join(problems)}") from None
    # Rules SourceConfig cannot express alone.
    known = ", ".join(sorted(ADAPTERS))
    if source.kind == "json-api" and not source.adapter:
        raise ConfigError(f'{where}: adapter: required when kind is "json-api" (one of: {known})')
    if source.adapter and source.kind != "json-api":
        raise ConfigError(f'{where}: adapter: only for kind "json-api" (this source is "{source.kind}")')
    if source.adapter and source.adapter not in ADAPTERS:
        raise ConfigError(f"{where}: adapter: unknown adapter {source.adapter!r} (one of: {known})")
    if source.fetch_article_text and source.kind in ("page", "json-api") and source.adapter != "gdelt_doc":
        raise ConfigError(f'{where}: fetch_article_text: only for feeds and GDELT (not kind "{source.kind}")')
    for code in source.jurisdictions:
        if not _JURISDICTION.match(code):
            raise ConfigError(
                f"{where}: jurisdictions: {code!r} is not an upper-case ISO 3166-1 alpha-2 code or EU"
            )
    return source
