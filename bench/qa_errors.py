"""Thread-answer errors on the dev split, classified (dev only: it refuses the held-out split).

    python bench/qa_errors.py --split fit            # one line per error, then counts by kind
    python bench/qa_errors.py --split fit --kind refused-same

For each answerable question it tells whether the question and the asked article are in one language,
whether the expected phrase lies within one source sentence at all, where the ranking put that sentence
(refused, not a candidate, candidate at rank n) and why a wrong answer or refusal came out.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence

from bench.quality import load, norm, questions_of
from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.qa import QADocument, answer_question, ranking
from bot.analysis.qa.across import _document_language, _foreign
from bot.analysis.qa.question import _analyse
from bot.analysis.qa.ranking import _rank
from bot.analysis.qa.sources import _Sentence, _sentences
from bot.models import Article


def _ungated(question: str, docs: Sequence[QADocument], gold: Sequence[_Sentence]) -> str:
    """Where the gold sentence would rank without the learned model's bar, and the rules' scores."""
    saved = ranking.ANSWER_PROBABILITY
    ranking.ANSWER_PROBABILITY = -1.0
    try:
        ranked = _rank(question, docs)
    finally:
        ranking.ANSWER_PROBABILITY = saved
    if ranked is None or not ranked.scored:
        return "(gate: before ranking)"
    texts = [s.text for _, s in ranked.scored]
    found = [(texts.index(g.text), p) for g in gold if g.text in texts for p in [ranked.scored[texts.index(g.text)][0]]]
    return (f"(ungated: top score {ranked.scored[0][0]:.2f}, gold rank {[r for r, _ in found]} "
            f"score {[round(p, 2) for _, p in found]})")


def classify(question: str, expected: str | None, docs: Sequence[QADocument]) -> tuple[bool, str, str]:
    """(right, kind of outcome, detail)."""
    answer = answer_question(question, docs)
    got = norm(answer.answer)
    languages = [_document_language(d.title, d.text) for d in docs]
    xl = "xl" if _foreign(question, languages[0]) else "same"
    q = _analyse(question)
    if expected is None:
        return (not answer.answered, f"false-answer-{xl}" if answer.answered else f"refused-right-{xl}", f"kind={q.kind} got={answer.answer[:160]!r}")
    if answer.answered and expected in got:
        return True, f"ok-{xl}", ""
    sentences = _sentences(docs)
    holding = [i for i, s in enumerate(sentences) if expected in norm(s.text)]
    if not holding:
        where = "not-in-one-sentence"
    else:
        ranked = _rank(question, docs)
        scored = [s for _, s in ranked.scored] if ranked else []
        ranks = [scored.index(sentences[i]) for i in holding if sentences[i] in scored]
        where = f"rank={min(ranks)}" if ranks else ("no-candidates" if not scored else "filtered")
        if not scored:
            where += " " + _ungated(question, docs, [sentences[i] for i in holding])
    outcome = "refused" if not answer.answered else "wrong"
    gold = sentences[holding[0]].text[:160] if holding else ""
    return False, f"{outcome}-{xl}", (f"kind={q.kind} focus={q.focus} {where} gold={gold!r} "
                                      f"got={answer.answer[:160]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", choices=["dev", "fit", "check"], default="fit")
    parser.add_argument("--kind", default="", help="only errors of this outcome kind")
    args = parser.parse_args(argv)
    articles = load(args.split)
    batch = BatchAnalyzer()
    records = {a["id"]: batch.analyze(Article.model_validate(a))[0] for a in articles}
    by_id = {a["id"]: a for a in articles}
    counts: Counter[str] = Counter()
    for a in articles:
        if not a["gold"]["relevant"]:
            continue
        members = batch.members[records[a["id"]].cluster]
        docs = [QADocument(id=i, url=by_id[i].get("url"), title=by_id[i]["title"],
                           text=article_text(Article.model_validate(by_id[i])))
                for i in [a["id"], *[m for m in members if m != a["id"]]]]
        for question, expected_raw in questions_of(a["gold"]):
            expected = norm(expected_raw) if expected_raw is not None else None
            right, kind, detail = classify(question, expected, docs)
            counts[kind if expected or not right else "refused-right"] += 1
            if not right and (not args.kind or args.kind == kind):
                print(f"{kind}: {a['id']} {question!r} expected {expected!r} {detail}")
    print(dict(sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
