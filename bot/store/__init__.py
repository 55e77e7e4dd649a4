"""Persistence: schema and the Store."""

from bot.store.db import AlertRow, SourceState, Store

__all__ = ["AlertRow", "SourceState", "Store"]
