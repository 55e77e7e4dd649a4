"""The analysis modules' memo caches (functools.lru_cache on words, sentences and whole texts) pay off within
one item's analysis, where several stages ask about the same text. In a process that runs for months they
would only fill up to their bounds, which for caches of whole texts is hundreds of megabytes (tracemalloc in
bench/soak.py: a story-similarity cache of character n-grams, 11 KB an entry, 65,536 entries). So they are
emptied now and then (the hourly retention job): memory then holds at most an hour's work of them."""

from __future__ import annotations

import sys


def clear_text_caches(prefix: str = "bot.analysis") -> int:
    """Empty every bounded lru_cache found at module level under `prefix`; the entries dropped. Unbounded
    caches (`functools.cache`: the loaded models) are kept."""
    dropped = 0
    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or not hasattr(value, "cache_clear") or getattr(value, "__module__", None) != name:
                continue
            stats = info()
            if stats.maxsize is None:
                continue
            dropped += stats.currsize
            value.cache_clear()
    return dropped
