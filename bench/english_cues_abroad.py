"""Which English-list cues fire on fit's non-English pages, on which surface word, and how many of those
surface words are no English form of the cue (the English stemmer's endings taken off another language's
word: French "courte" as "court").

    python bench/english_cues_abroad.py            # counts per matcher, and the commonest non-English hits
    python bench/english_cues_abroad.py -v         # every such hit with its page's language

Reads the dev split's fit part only (see bench/quality.py's `dev_part`).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench.quality import dev_part
from bot.analysis.multilingual import is_english
from bot.analysis.phrase_matching import is_english_form
from bot.analysis.policy_type import _EXIT_MATCHER, _TYPE_MATCHER
from bot.analysis.prepared_text import prepare
from bot.analysis.relevance import _COGNATE_CLASSES, _CUE_MATCHER
from bot.analysis.status import _STATUS_MATCHER

DEV = Path(__file__).parent / "data" / "real" / "dev.jsonl"
MATCHERS = {"relevance": _CUE_MATCHER, "type": _TYPE_MATCHER, "exit": _EXIT_MATCHER, "status": _STATUS_MATCHER}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-v", action="store_true")
    args = parser.parse_args()
    fired: Counter[str] = Counter()
    exempt: Counter[str] = Counter()  # relevance's talent and mobility cognates, which the analysis keeps
    foreign: Counter[str] = Counter()
    words: Counter[tuple[str, str, str, str]] = Counter()
    pages: set[str] = set()
    for line in DEV.open(encoding="utf-8"):
        row = json.loads(line)
        if dev_part(row) != "fit" or is_english(row.get("language") or ""):
            continue
        for unit in prepare(row["title"], row["text"]):
            for name, matcher in MATCHERS.items():
                for m in matcher.find(unit.key, unit.tokens):
                    fired[name] += 1
                    surface = unit.key[m.start : m.end]
                    if not is_english_form(surface, m.phrase):
                        foreign[name] += 1
                        exempt[name] += name == "relevance" and m.label in _COGNATE_CLASSES
                        pages.add(row["id"])
                        words[(f"{name}:{m.label}", row["language"], m.phrase, surface.lower())] += 1
    for name in MATCHERS:
        print(f"{name:10} fired {fired[name]:6}  not an English form {foreign[name]:5}  (of them cognates kept "
              f"{exempt[name]})")
    print(f"pages with such a hit: {len(pages)}")
    for (name, lang, phrase, surface), n in words.most_common(None if args.v else 40):
        print(f"  {n:4}  {name:24} {lang}  {phrase!r:28} <- {surface!r}")


if __name__ == "__main__":
    main()
