"""Thread answers by the language of the question, on a split of the real set (dev, fit or check).

    python bench/qa_languages.py --split dev            # per-language table, then one JSON line
    python bench/qa_languages.py --split fit -v         # and every wrong answer to a non-English question

The same questions and documents as bench/quality.py (an article and the other members of its cluster);
the clusters come from one run of the batch analysis. The question's language is py3langid's guess of
the question alone (a short question may be guessed wrong; the table says what it guessed). Per
language: answerable questions answered with the expected phrase, unanswerable ones refused.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import py3langid

from bench.quality import load, norm, questions_of
from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.qa import QADocument, answer_question
from bot.models import Article


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--split", choices=["dev", "fit", "check"], default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="list non-English errors on stderr")
    parser.add_argument("--clusters", type=Path, default=None,
                        help="a JSON file of each article's cluster members: read if it exists, else written "
                             "(the analysis is the slow part, and a change to QA does not change it)")
    args = parser.parse_args(argv)

    articles = load(args.split)
    positives = [a for a in articles if a["gold"]["relevant"]]
    if args.clusters and args.clusters.exists():
        members_of: dict[str, list[str]] = json.loads(args.clusters.read_text(encoding="utf-8"))
    else:
        batch = BatchAnalyzer()
        analysed = batch.analyze_all((Article.model_validate(a) for a in articles), jobs=1)
        cluster = {article.id: record.cluster for article, (record, _, _) in analysed}
        members_of = {i: list(batch.members[key]) for i, key in cluster.items()}  # once all are placed
        if args.clusters:
            args.clusters.write_text(json.dumps(members_of), encoding="utf-8")
    by_id = {a["id"]: a for a in articles}

    # language -> [answerable, answered right, unanswerable, refused]
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for a in positives:
        members = members_of[a["id"]]
        docs = [QADocument(id=i, url=by_id[i].get("url"), title=by_id[i]["title"],
                           text=article_text(Article.model_validate(by_id[i])))
                for i in [a["id"], *[m for m in members if m != a["id"]]]]
        for question, expected_raw in questions_of(a["gold"]):
            lang = py3langid.classify(question)[0]
            answer = answer_question(question, docs)
            row = table[lang]
            if expected_raw is None:
                row[2] += 1
                ok = not answer.answered
                row[3] += ok
            else:
                row[0] += 1
                ok = answer.answered and norm(expected_raw) in norm(answer.answer)
                row[1] += ok
            if args.verbose and not ok and lang != "en":
                got = answer.answer if answer.answered else "no answer"
                print(f"qa[{lang}] {a['id']}: {question!r} expected {expected_raw or 'no answer'!r}, got {got!r}",
                      file=sys.stderr)

    def figures(rows: Sequence[list[int]]) -> dict[str, float | int | None]:
        n_a, r_a, n_u, r_u = (sum(r[i] for r in rows) for i in range(4))
        return {"answerable": n_a, "answer_acc": round(r_a / n_a, 3) if n_a else None,
                "unanswerable": n_u, "refusal_acc": round(r_u / n_u, 3) if n_u else None,
                "qa_acc": round((r_a + r_u) / (n_a + n_u), 3) if n_a + n_u else None}

    out: dict[str, object] = {"split": args.split}
    for lang in sorted(table, key=lambda k: -(table[k][0] + table[k][2])):
        out[lang] = figures([table[lang]])
        print(lang, out[lang], file=sys.stderr)
    out["non_en"] = figures([r for k, r in table.items() if k != "en"])
    out["all"] = figures(list(table.values()))
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
