"""Sentence embeddings: the table is held as shipped (float16) and every vector is the library's own."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.analysis import embed

TEXTS = [
    "China requires government approval before AI researchers travel abroad",
    "The Home Office raises the Skilled Worker visa fee to £1,420 from April; universities ask for an exemption.",
    "x",
    "Le gouvernement ouvre une voie rapide pour les chercheurs étrangers " * 40,  # longer than any batch pad
]


@pytest.fixture(scope="module")
def library_model() -> object:
    wordllama = pytest.importorskip("wordllama")
    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, dim=embed.DIM, disable_download=True)


def test_the_table_is_held_at_half_the_size(library_model: object) -> None:
    model = embed._model()
    assert model is not None
    assert model.embedding.dtype == np.float16 and model.embedding.shape == (32_000, embed.DIM)
    assert model.embedding.nbytes * 2 == library_model.embedding.nbytes  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_vectors_are_the_library_s_to_the_bit(library_model: object, text: str) -> None:
    expected = np.asarray(library_model.embed([text], norm=True)[0], dtype=np.float32)  # type: ignore[attr-defined]
    model = embed._model()
    assert np.array_equal(embed._vector(model, text), expected)
    assert embed.embed(text) == embed.encode(expected)
