"""Build the labeled evaluation set: bench/data/src/*.txt -> bench/data/dev.jsonl, bench/data/heldout.jsonl.

Each output line is an Articles-JSONL object (DESIGN.md §3: id, title, url, published, source, text,
language) plus a "gold" object with the labels, so `policybot analyze bench/data/dev.jsonl` runs on it
as it is (the analyzer ignores unknown keys).

The build checks what a label promises: every key fact and every expected answer is a verbatim phrase
of the article (so an extractive summary *can* contain it), stories have 2–4 outlets, codes and types
are in the taxonomy. Run: python bench/data/build.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
SOURCES = {"dev": ["dev_stories.txt", "dev_singles.txt", "dev_negatives.txt"], "heldout": ["heldout.txt"]}
POLICY_TYPES = {"travel_restriction", "visa", "talent_program", "research_security", "export_control", "immigration",
                "other"}
STATUSES = {"reported", "proposed", "announced", "enacted", "in_effect", "suspended", "rescinded", "unknown"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def parse(path: Path) -> list[dict[str, Any]]:
    blocks = re.split(r"^### ", path.read_text("utf-8"), flags=re.M)[1:]
    out = []
    for block in blocks:
        head, _, body = block.partition("\ntext:\n")
        fields: dict[str, str] = {}
        for line in ("id: " + head.split(":", 1)[1].strip()).splitlines() if head.startswith("id:") else []:
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        gold_raw = dict(kv.split("=", 1) for kv in fields.get("gold", "").split())
        gold: dict[str, Any] = {"relevant": gold_raw.get("relevant") == "1"}
        if gold["relevant"]:
            gold["jurisdictions"] = gold_raw["j"].split(",")
            gold["policy_type"] = gold_raw["type"]
            gold["status"] = gold_raw["status"]
            gold["story"] = gold_raw["story"]
            gold["key_facts"] = [[alt.strip() for alt in f.split("|")] for f in fields["facts"].split(";")]
            question, _, answer = fields["q"].partition("=>")
            gold["question"] = question.strip()
            gold["answer"] = answer.strip()
            if "q2" in fields:
                # A second question, worded unlike the article (paraphrase: "spent" for "package").
                q2, _, a2 = fields["q2"].partition("=>")
                gold["more_questions"] = [[q2.strip(), a2.strip()]]
            if "u" in fields:
                gold["unanswerable"] = fields["u"]
        article = {
            "id": fields["id"],
            "title": fields["title"],
            "url": fields["url"],
            "published": fields["published"],
            "source": fields["source"],
            "language": fields.get("language", "en"),
            "text": body.strip() + "\n",
            "gold": gold,
        }
        out.append(article)
    return out


def check(articles: list[dict[str, Any]], split: str) -> list[str]:
    problems = []
    ids = Counter(a["id"] for a in articles)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    stories: Counter[str] = Counter()
    for a in articles:
        g = a["gold"]
        if not g["relevant"]:
            continue
        full = _norm(a["title"] + " " + a["text"])
        for fact in g["key_facts"]:
            if not any(_norm(alt) in full for alt in fact):
                problems.append(f"{a['id']}: key fact {fact} is not in the article")
        for question, answer in [[g["question"], g["answer"]], *g.get("more_questions", [])]:
            if not question or not answer:
                problems.append(f"{a['id']}: question {question!r} without an expected answer")
            elif _norm(answer) not in _norm(a["text"]):
                problems.append(f"{a['id']}: answer {answer!r} is not in the article text")
        if g["policy_type"] not in POLICY_TYPES or g["status"] not in STATUSES:
            problems.append(f"{a['id']}: bad type or status")
        if not 2 <= len(g["key_facts"]) <= 4:
            problems.append(f"{a['id']}: {len(g['key_facts'])} key facts")
        stories[g["story"]] += 1
    multi = {s: n for s, n in stories.items() if n > 1}
    problems += [f"{split}: story {s} has {n} articles (2-4 expected)" for s, n in multi.items() if n > 4]
    return problems


def main() -> int:
    problems: list[str] = []
    totals: Counter[str] = Counter()
    jurisdictions: set[str] = set()
    multi_stories = 0
    for split, files in SOURCES.items():
        articles = [a for name in files for a in parse(HERE / "src" / name)]
        problems += check(articles, split)
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        pos = [a for a in articles if a["gold"]["relevant"]]
        stories = Counter(a["gold"]["story"] for a in pos)
        multi_stories += sum(1 for n in stories.values() if n >= 2)
        jurisdictions |= {j for a in pos for j in a["gold"]["jurisdictions"]}
        totals["articles"] += len(articles)
        totals["negatives"] += len(articles) - len(pos)
        print(f"{split}: {len(articles)} articles, {len(pos)} relevant, {len(articles) - len(pos)} negative, "
              f"{sum(1 for n in stories.values() if n >= 2)} multi-outlet stories", file=sys.stderr)
    print(f"total: {totals['articles']} articles, negatives {totals['negatives'] / totals['articles']:.0%}, "
          f"{multi_stories} multi-outlet stories, {len(jurisdictions)} jurisdictions: {sorted(jurisdictions)}",
          file=sys.stderr)
    for p in problems:
        print("problem:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
