"""Status on the real set's dev split: accuracy and a confusion matrix (gold -> predicted), per part.

    python bench/status_confusion.py               # dev, fit and check: accuracy and confusion
    python bench/status_confusion.py --errors fit  # ...and each fit error, with the evidence chosen

Dev only, by construction: held-out articles are never read here (tune on dev; see bench/quality.py).
Faster than bench/quality.py when only status is under study: it runs the analyser alone, no clusters,
summaries' baselines or QA.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any

from bench.quality import dev_part, load
from bot.analysis.analyzer import analyze
from bot.analysis.batch import _published, article_text
from bot.models import STATUSES, Article


def predictions(articles: Sequence[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    """id -> (predicted status, its evidence), over the relevant articles."""
    out: dict[str, tuple[str, str]] = {}
    for a in articles:
        if not a["gold"]["relevant"]:
            continue
        art = Article.model_validate(a)
        result = analyze(art.title, article_text(art), language=art.language or "en", published=_published(art),
                         url=art.url)
        evidence = next((e.text for e in result.evidence if e.field == "status"), "")
        out[a["id"]] = (result.status, evidence)
    return out


def confusion(pairs: Sequence[tuple[str, str]]) -> str:
    """A gold-by-predicted table (rows gold, columns predicted), only the statuses that occur."""
    seen = [s for s in STATUSES if any(s in p for p in pairs)]
    counts = Counter(pairs)
    width = max(len(s) for s in seen) + 1
    lines = [" " * width + "".join(f"{s[:9]:>10}" for s in seen)]
    for g in seen:
        lines.append(f"{g:<{width}}" + "".join(f"{counts[(g, p)] or '.':>10}" for p in seen))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--errors", choices=["fit", "check", "none"], default="none",
                        help="list the errors of one part of dev (read fit's; check is for keeping or not)")
    args = parser.parse_args(argv)
    dev = load("dev")
    pred = predictions(dev)
    gold = {a["id"]: a for a in dev if a["gold"]["relevant"]}
    for part in ("dev", "fit", "check"):
        ids = [i for i, a in gold.items() if part == "dev" or dev_part(a) == part]
        pairs = [(gold[i]["gold"]["status"], pred[i][0]) for i in ids]
        right = sum(g == p for g, p in pairs)
        english = [(g, p) for i, (g, p) in zip(ids, pairs, strict=True) if gold[i].get("language", "en") == "en"]
        other = [(g, p) for i, (g, p) in zip(ids, pairs, strict=True) if gold[i].get("language", "en") != "en"]
        print(f"{part}: status accuracy {right / max(1, len(pairs)):.3f} ({right}/{len(pairs)}); English "
              f"{sum(g == p for g, p in english)}/{len(english)}, other languages {sum(g == p for g, p in other)}/{len(other)}")
        if part == "dev":
            print(confusion(pairs))
    if args.errors != "none":
        for i, a in gold.items():
            g, (p, ev) = a["gold"]["status"], pred[i]
            if dev_part(a) == args.errors and g != p:
                print(f"{i} [{a.get('language')}] {a['published'][:10]} gold={g} got={p} | {a['title'][:100]!r} | ev={ev[:120]!r}",
                      file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
