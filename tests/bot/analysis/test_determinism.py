"""The same article gives the same analysis in every process: Python salts string hashes per process, so
anything that depends on a set's iteration order (a float sum, a tie) would change alerts between runs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parents[3] / "bench" / "data" / "real" / "dev.jsonl"  # real pages: messy enough to tie
SCRIPT = """
import json, sys
from bot.analysis.batch import BatchAnalyzer
from bot.models import Article
batch = BatchAnalyzer()
for line in open(sys.argv[1], encoding="utf-8"):
    print(batch.analyze(Article.model_validate_json(line))[0].model_dump_json())
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(  # noqa: S603 - our own interpreter running our own script
        [sys.executable, "-c", SCRIPT, str(FIXTURES)], env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout


def test_analysis_does_not_depend_on_the_hash_seed() -> None:
    first, second = _run("1"), _run("2")
    assert first.count("\n") == sum(1 for _ in FIXTURES.open(encoding="utf-8"))
    assert first == second
