"""docs/ARCHITECTURE.md §5: no module outside bot/sandbox/ over 700 lines (split it by job instead)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).parents[1]
MAX_LINES = 700


def test_no_module_over_700_lines() -> None:
    modules = [p for top in ("bot", "handlers") for p in (ROOT / top).rglob("*.py") if "sandbox" not in p.parts]
    assert len(modules) > 50  # the walk found the code
    too_long = {str(p.relative_to(ROOT)): n for p in modules if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES}
    assert too_long == {}
