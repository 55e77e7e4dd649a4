"""The analysis caches are emptied by the retention job, the loaded models are not."""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import pytest

from bot.analysis import language_detection, tokens
from bot.analysis.tokens import tokenize
from bot.runtime.caches import clear_text_caches, release_free_memory, text_cache_stats


def test_bounded_caches_are_emptied_and_models_kept() -> None:
    tokenize("China requires approval before researchers travel abroad")
    language_detection.detect_language("China requires approval before researchers travel abroad")
    models = language_detection._language_identifier.cache_info().currsize
    assert tokens._tokenize.cache_info().currsize > 0 and models == 1

    assert clear_text_caches() > 0

    assert tokens._tokenize.cache_info().currsize == 0
    assert tokens.stem.cache_info().currsize == 0
    assert language_detection._language_identifier.cache_info().currsize == models  # not loaded again


def test_hit_rates_are_counted_per_cache() -> None:
    clear_text_caches()
    for _ in range(3):
        tokenize("Japan opens a fast-track residence route for semiconductor engineers")
    stats = {s.name: s for s in text_cache_stats()}
    counted = stats["bot.analysis.tokens._tokenize"]
    assert (counted.hits, counted.misses, counted.size) == (2, 1, 1)
    assert counted.maxsize == tokens._tokenize.cache_info().maxsize
    assert "bot.analysis.language_detection._language_identifier" not in stats  # a model, not a cache
    clear_text_caches()
    assert {s.name: s.size for s in text_cache_stats()}["bot.analysis.tokens._tokenize"] == 0


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_freed_memory_is_given_back_to_the_system() -> None:
    def rss_kb() -> int:
        status = Path("/proc/self/status").read_text()
        return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))

    release_free_memory()
    before = rss_kb()
    # 200 MB in blocks of 64 KB: each below glibc's mmap threshold, so carved from the heap and, once freed,
    # kept by the allocator (the block at the heap's top pins all below it) until it is asked to give it back.
    blocks = [bytearray(64 * 1024) for _ in range(3200)]
    pin = bytearray(64 * 1024)
    del blocks
    held = rss_kb()
    assert release_free_memory() is True
    assert rss_kb() < held - 100_000 and rss_kb() < before + 100_000
    del pin
