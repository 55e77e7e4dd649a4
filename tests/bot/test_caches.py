"""The analysis caches are emptied by the retention job, the loaded models are not."""

from __future__ import annotations

from bot.analysis import language_detection, tokens
from bot.analysis.tokens import tokenize
from bot.runtime.caches import clear_text_caches


def test_bounded_caches_are_emptied_and_models_kept() -> None:
    tokenize("China requires approval before researchers travel abroad")
    language_detection.detect_language("China requires approval before researchers travel abroad")
    models = language_detection._language_identifier.cache_info().currsize
    assert tokens._tokenize.cache_info().currsize > 0 and models == 1

    assert clear_text_caches() > 0

    assert tokens._tokenize.cache_info().currsize == 0
    assert tokens.stem.cache_info().currsize == 0
    assert language_detection._language_identifier.cache_info().currsize == models  # not loaded again
