"""Which "What changed" lines come from the fallback (no sentence with a rule verb or the tagger's evidence),
and whether each reads as a statement of an action.

    PYTHONPATH=. python bench/what_changed_audit.py --split fit          # every fallback line, flagged
    PYTHONPATH=. python bench/what_changed_audit.py --split fit --all    # every what changed line

Each line is printed with `statement_problem` (bot/analysis/summary_selection.py): empty when it reads as a
statement, else why not (a navigation run, an appeal to the reader, no verb-like shape, ...). The count of
flagged lines is a first pass: the junk count reported is by reading the list.
Only dev / fit / check: never the held-out split.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata

from bench.quality import load
from bot.analysis import summary_selection
from bot.analysis.analyzer import analyze
from bot.analysis.batch import _published, article_text
from bot.analysis.summary_headline import clean_headline
from bot.models import Article

_fallbacks: set[str] = set()
_original = summary_selection.fallback_statement


def _recording(*args, **kwargs):  # type: ignore[no-untyped-def]
    found = _original(*args, **kwargs)
    if found is not None:
        _fallbacks.add(_key(found[1]))
    return found


def _key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("dev", "fit", "check"), default="fit")
    parser.add_argument("--all", action="store_true", help="list every what changed line, not only the fallback's")
    args = parser.parse_args()
    summary_selection.fallback_statement = _recording  # type: ignore[assignment]
    total = fallback = flagged = empty = 0
    for a in load(args.split):
        if not a["gold"]["relevant"]:
            continue
        article = Article.model_validate(a)
        _fallbacks.clear()
        result = analyze(article.title, article_text(article), language=article.language or "en",
                         published=_published(article), url=article.url)
        what = result.summary.what_changed
        if not result.relevant:
            continue
        if not what:
            empty += 1
            print(f"{a['id']}\t-\tnone\t")
            continue
        total += 1
        from_fallback = _key(what) in _fallbacks
        fallback += from_fallback
        if not (from_fallback or args.all):
            continue
        problem = summary_selection.statement_problem(what, clean_headline(article.title) or "")
        flagged += bool(problem)
        print(f"{a['id']}\t{'F' if from_fallback else 'R'}\t{problem or 'ok'}\t{what[:160]}")
    print(f"{args.split}: {total} what changed lines, {fallback} from the fallback, {flagged} flagged, "
          f"{empty} relevant articles without one",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
