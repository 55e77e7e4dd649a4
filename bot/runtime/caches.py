"""The analysis modules' memo caches (functools.lru_cache on words, sentences and whole texts) pay off within
one item's analysis, where several stages ask about the same text. In a process that runs for months they
would only fill up to their bounds, which for caches of whole texts is hundreds of megabytes (tracemalloc in
bench/soak.py: a story-similarity cache of character n-grams, 11 KB an entry, 65,536 entries). So they are
emptied now and then (the hourly retention job): memory then holds at most an hour's work of them.

Emptied caches and pruned rows are freed to the C allocator, which keeps freed memory for reuse rather
than give it back (glibc: the heap's top only, and blocks up to its dynamic mmap threshold of 32 MB are
carved from the heap): `release_free_memory` asks it to return what it holds free to the system, so the
process's resident size follows what it actually uses."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple


class CacheStats(NamedTuple):
    name: str  # module.function
    hits: int
    misses: int
    size: int
    maxsize: int


def _bounded_caches(prefix: str) -> Iterator[tuple[str, Any]]:
    """Every bounded lru_cache defined at module level under `prefix`. Unbounded caches (`functools.cache`:
    the loaded models) are left out."""
    for name, module in list(sys.modules.items()):
        if not name.startswith(prefix) or module is None:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or not hasattr(value, "cache_clear") or getattr(value, "__module__", None) != name:
                continue
            if info().maxsize is None:
                continue
            yield f"{name}.{getattr(value, '__name__', '?')}", value


def text_cache_stats(prefix: str = "bot.analysis") -> list[CacheStats]:
    """Hits, misses and entries of each bounded cache since it was last emptied (how its bound is judged:
    see bench/soak.py --cache-stats)."""
    out = []
    for name, cached in _bounded_caches(prefix):
        info = cached.cache_info()
        out.append(CacheStats(name, info.hits, info.misses, info.currsize, info.maxsize))
    return out


def clear_text_caches(prefix: str = "bot.analysis") -> int:
    """Empty every bounded lru_cache found at module level under `prefix`; the entries dropped. Unbounded
    caches (`functools.cache`: the loaded models) are kept."""
    dropped = 0
    for _, cached in _bounded_caches(prefix):
        dropped += cached.cache_info().currsize
        cached.cache_clear()
    return dropped


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc; musl and other C libraries have none
    except (AttributeError, OSError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Ask the C allocator to give the memory it holds free back to the system (glibc's malloc_trim: a few
    milliseconds); False where there is no such call."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
