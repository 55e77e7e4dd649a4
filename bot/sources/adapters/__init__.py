"""JSON API adapters: each a pure function from a decoded response to RawItems.

An adapter is named in the catalogue (`adapter = "federal_register"`) for `kind = "json-api"`
sources. Adding one means writing a module here with a `parse(document, source, *, base_url)`
function and registering it in `ADAPTERS`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from bot.models import RawItem, SourceConfig
from bot.sources.adapters import federal_register, gdelt_doc, govuk_search

__all__ = ["ADAPTERS", "Adapter", "detect_adapter"]

Adapter = Callable[..., list[RawItem]]  # (document, source, *, base_url) -> items

ADAPTERS: Mapping[str, Callable[[Any, SourceConfig, str | None], list[RawItem]]] = {
    "federal_register": federal_register.parse,
    "govuk_search": govuk_search.parse,
    "gdelt_doc": gdelt_doc.parse,
}


def detect_adapter(document: Any) -> str | None:
    """Which adapter reads this decoded JSON, judged by its shape (for `sources test URL`)."""
    for name, looks_like in (
        ("federal_register", federal_register.looks_like),
        ("govuk_search", govuk_search.looks_like),
        ("gdelt_doc", gdelt_doc.looks_like),
    ):
        if looks_like(document):
            return name
    return None
