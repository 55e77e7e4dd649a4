"""Sentence embeddings for story clustering: meaning, not only shared words.

Two outlets telling one story often share few rare words ("bans Harvard from enrolling international
students" / "revokes Harvard's SEVP certification"); a static word-embedding model (WordLlama, 256
dimensions, its weights shipped inside the PyPI wheel) places them close. It runs offline and in about a
millisecond per item on a CPU. It is loaded lazily, once per process, never downloading anything; where
the package or its weights are missing, `embed` returns None and clustering falls back on words alone
(the same for every placer of a deployment, since they run the same install).

Its closeness means something in English only: two unrelated Russian, Japanese, Korean or Chinese
reports sit at a cosine of 0.75-0.95 (measured on the real labelled set), as high as two reports of one
story, so story clustering embeds English items only and compares others on their wording.

Vectors are stored with a story's features, so they are kept small: unit length, quantised to signed
bytes, base64 (344 characters for 256 dimensions). Quantising costs under 0.01 in cosine.
"""

from __future__ import annotations

import base64
import functools
import logging
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

log = logging.getLogger(__name__)

DIM = 256
_SCALE = 127.0

Vector = npt.NDArray[np.float32]


@functools.cache
def _model() -> Any | None:
    """The WordLlama model from the installed package's own folder (its 0.4 loader looks for shipped
    weights one folder too deep, then would download: `cache_dir` points it at the shipped files)."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:  # pragma: no cover - the dependency is declared; a stripped install still runs
        log.warning("wordllama is not installed: story clustering uses words only")
        return None
    try:
        model = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, dim=DIM, disable_download=True)
    except (OSError, ValueError) as exc:  # pragma: no cover - weights missing from the wheel
        log.warning("wordllama weights not found (%s): story clustering uses words only", exc)
        return None
    # The wheel ships the table in float16 and the loader widens all of it to float32 (32,000 x 256: 33 MB
    # of a long-lived process's memory). Narrowed back it is exactly what was shipped, half the size; `embed`
    # widens only the rows a text uses, so every vector is the same to the bit.
    narrow = model.embedding.astype(np.float16)
    if np.array_equal(narrow.astype(np.float32), model.embedding):
        model.embedding = narrow
    return model


def available() -> bool:
    return _model() is not None


def embed(text: str) -> str:
    """The text's embedding, encoded for storage ("" when no model is available or the text is empty)."""
    model = _model()
    if model is None or not text.strip():
        return ""
    return encode(_vector(model, text))


def _vector(model: Any, text: str) -> Vector:
    """WordLlama's `embed([text], norm=True)[0]`, step for step (tokens, their rows, the mean, unit
    length), with the rows widened to float32 as they are read from the narrowed table (see `_model`)."""
    (encoded,) = model.tokenize([text])
    table = model.embedding
    ids = np.clip(np.array([encoded.ids], dtype=np.int32), 0, table.shape[0] - 1)
    mask = np.array([encoded.attention_mask], dtype=np.float32)
    pooled = model.avg_pool(table[ids].astype(np.float32), mask)
    pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.asarray(pooled[0], dtype=np.float32)


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
