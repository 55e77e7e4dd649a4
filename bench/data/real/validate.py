"""Check the real labelled set's parts against its contract (see bench/data/real/README.md).

    python bench/data/real/validate.py [FILE ...]   # default: every bench/data/real/parts/*.jsonl

Prints one line per problem and a summary; exits 1 when a problem was found.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
JURISDICTIONS_EXTRA = {"EU"}
POLICY_TYPES = {"travel_restriction", "visa", "talent_program", "research_security", "export_control",
                "immigration", "other"}
STATUSES = {"reported", "proposed", "announced", "enacted", "in_effect", "suspended", "rescinded", "unknown"}
TOPICS = {"ai", "semiconductors", "quantum", "biotech", "aerospace", "telecom", "energy", "stem"}
MAX_TEXT = 2000


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def check(row: dict[str, Any], where: str) -> list[str]:
    errs: list[str] = []
    for key in ("id", "title", "url", "published", "source", "language", "text", "gold"):
        if not row.get(key):
            errs.append(f"{where}: missing {key}")
    if errs:
        return errs
    if not re.match(r"https?://", row["url"]):
        errs.append(f"{where}: url is not http(s)")
    try:
        datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
    except ValueError:
        errs.append(f"{where}: published is not ISO 8601: {row['published']!r}")
    if len(row["text"]) > MAX_TEXT:
        errs.append(f"{where}: text is {len(row['text'])} chars (max {MAX_TEXT})")
    if len(row["text"]) < 200:
        errs.append(f"{where}: text is only {len(row['text'])} chars")
    gold = row["gold"]
    text = norm(row["title"] + " \n " + row["text"])
    if not isinstance(gold.get("relevant"), bool):
        errs.append(f"{where}: gold.relevant must be true or false")
        return errs
    if not gold["relevant"]:
        if not gold.get("negative_kind"):
            errs.append(f"{where}: negatives need gold.negative_kind")
        return errs
    juris = gold.get("jurisdictions") or []
    if not juris or any(not (re.fullmatch(r"[A-Z]{2}", j)) for j in juris):
        errs.append(f"{where}: jurisdictions must be ISO alpha-2 codes (or EU): {juris}")
    if gold.get("policy_type") not in POLICY_TYPES:
        errs.append(f"{where}: bad policy_type {gold.get('policy_type')!r}")
    if gold.get("status") not in STATUSES:
        errs.append(f"{where}: bad status {gold.get('status')!r}")
    for t in gold.get("topics") or []:
        if t not in TOPICS:
            errs.append(f"{where}: bad topic {t!r}")
    if not gold.get("story"):
        errs.append(f"{where}: relevant rows need gold.story")
    facts = gold.get("key_facts") or []
    if len(facts) < 2:
        errs.append(f"{where}: at least 2 key_facts")
    for alts in facts:
        if not isinstance(alts, list) or not alts:
            errs.append(f"{where}: each key fact is a list of accepted phrasings")
        elif not any(norm(a) in text for a in alts):
            errs.append(f"{where}: key fact not in title/text: {alts}")
    qa = [(gold.get("question"), gold.get("answer"))] + [tuple(x) for x in gold.get("more_questions") or []]
    for q, a in qa:
        if not q or not a:
            errs.append(f"{where}: question and answer are required")
        elif norm(a) not in text:
            errs.append(f"{where}: answer not in title/text: {a!r}")
    if not gold.get("unanswerable"):
        errs.append(f"{where}: relevant rows need an unanswerable question")
    return errs


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted((HERE / "parts").glob("*.jsonl"))
    problems: list[str] = []
    rows: list[dict[str, Any]] = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name}:{n}: not JSON: {exc}")
                continue
            problems += check(row, f"{path.name}:{n} {row.get('id')}")
            rows.append(row)
    ids = Counter(r.get("id") for r in rows)
    problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    urls = Counter(r.get("url") for r in rows)
    problems += [f"duplicate url {u}" for u, c in urls.items() if c > 1]
    stories: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.get("gold", {}).get("relevant"):
            stories[r["gold"]["story"]].add(r.get("source", ""))
    rel = [r for r in rows if r.get("gold", {}).get("relevant")]
    juris = Counter(j for r in rel for j in r["gold"].get("jurisdictions") or [])
    multi = sum(1 for s in stories.values() if len(s) >= 2)
    langs = Counter(r.get("language") for r in rows)
    for p in problems:
        print(p)
    print(f"{len(rows)} articles, {len(rel)} relevant ({len(rel) / max(len(rows), 1):.0%}), "
          f"{len(stories)} stories ({multi} told by 2+ outlets), jurisdictions {dict(juris)}, "
          f"languages {dict(langs)}, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
