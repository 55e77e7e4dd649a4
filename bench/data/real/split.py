"""Build dev.jsonl and heldout.jsonl from parts/*.jsonl, by story (bench/data/real/README.md).

    python bench/data/real/split.py

Every article of one story lands in the same split, so a story's wording seen while tuning never scores
the held-out figures. A story goes to held-out when a hash of its id falls below HELDOUT_PERCENT: no one
chooses where a story goes, and a story's split never changes as articles are added (a story tuned on
cannot later move into held-out).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
HELDOUT_PERCENT = 40


def unit_of(row: dict[str, Any]) -> str:
    gold = row["gold"]
    return str(gold.get("story") or f"id:{row['id']}")


def main() -> None:
    rows = [json.loads(line) for p in sorted((HERE / "parts").glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    units: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        units[unit_of(row)].append(row)
    heldout = {u for u in units if int(hashlib.sha1(u.encode(), usedforsecurity=False).hexdigest(), 16) % 100 < HELDOUT_PERCENT}
    for name, keep in (("dev", False), ("heldout", True)):
        chosen = [r for r in rows if (unit_of(r) in heldout) == keep]
        chosen.sort(key=lambda r: (r["published"], r["id"]))
        with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for r in chosen:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        rel = [r for r in chosen if r["gold"]["relevant"]]
        stories = {r["gold"]["story"] for r in rel}
        print(f"{name}: {len(chosen)} articles, {len(rel)} relevant, {len(stories)} stories")


if __name__ == "__main__":
    main()
