"""Analysis quality on the project's labeled set, with the baselines run side by side in the same run.

    python bench/quality.py                   # the real set's held-out split (never tuned on)
    python bench/quality.py --split dev       # the real set's dev split (the part we tune on)
    python bench/quality.py --split all -v    # both, listing every error
    python bench/quality.py --split fit -v    # two thirds of dev, by story: read these errors...
    python bench/quality.py --split check     # ...and keep a change only if this third of dev holds
    python bench/quality.py --set invented    # the invented unit-test set (tests/fixtures/invented/)

The real set (bench/data/real/, README there) is real published pages with their addresses and dates; the
invented set is clean text we wrote and is no longer the headline.

The last line printed is one JSON object with the keys of issue 4, then the QA refusal figures and
status accuracy (below). Diagnostics (per-error lists, timings) go to stderr.

What is measured (positives = articles labelled relevant):
* relevance precision/recall/F1 over all articles; baseline: a keyword-AND alert query (a mobility word
  AND a talent word, as one would set up an alerts service);
* jurisdiction accuracy (predicted set == labelled set) and policy-type accuracy, over positives;
* cluster F1: pairwise F1 over same-story pairs among positives, clusters as `policybot analyze` gives
  them for the whole split in input order; baseline: same canonical URL or same normalised title;
* key-fact recall: share of key facts (verbatim phrases, any accepted wording) found in the summary's
  text (headline, bullets, what changed, who is affected, effective date), and its mean length in
  characters; baselines: lead-3 sentences and sumy's LexRank (3 sentences);
* QA over positives: each has a question with an expected answer phrase, some a second one worded unlike
  the article, and some a question the sources cannot answer. `qa_acc` is the share of all of them
  answered right: answerable ones answered with the expected phrase in the answer, unanswerable ones
  refused (`answered: false`); `qa_answerable_acc` counts the answerable ones only. A refusal is a
  prediction of "unanswerable": `qa_refusal_precision` is the share of refusals that were right (null
  when nothing was refused), `qa_refusal_recall` the share of unanswerable questions refused (null when
  the split has none). Documents are the article and the other members of its cluster, as `policybot
  ask` uses them; baseline: the sentence with the most words in common with the question, from the
  same documents, scored the same way (it always answers, so it never refuses);
* status accuracy over positives (`status_acc`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.qa import QADocument, answer_question
from bot.analysis.sentence_split import split_sentences
from bot.models import AnalysisRecord, Article

ROOT = Path(__file__).parent.parent
SETS = {"real": ROOT / "bench" / "data" / "real", "invented": ROOT / "tests" / "fixtures" / "invented"}
LEAD_SENTENCES = 3
WORD = re.compile(r"[\w$€£¥₹%]+(?:[.,'’-][\w]+)*", re.U)

# The keyword-AND alert: one mobility word AND one talent word, anywhere in the title or text.
KEYWORD_MOBILITY = ("visa", "visas", "immigration", "travel", "abroad", "overseas", "permit", "permits",
                    "residency", "residence", "migration", "migrants", "relocate", "passport", "passports",
                    "exit", "emigration", "签证", "出境", "出国", "移民", "人才引进")
KEYWORD_TALENT = ("researcher", "researchers", "scientist", "scientists", "engineer", "engineers", "student",
                  "students", "talent", "skilled", "academics", "professionals", "workers", "人才", "科研人员",
                  "科学家", "工程师", "学生")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def dev_part(article: dict[str, Any]) -> str:
    """`fit` or `check`: dev cut by story (a third to `check`, by a salted hash so it is not the held-out cut).

    Read the errors of `--split fit` only, and keep a change only if `--split check` does not drop: a rule
    that fixes fit but not check was written for the articles, not the language."""
    unit = str(article["gold"].get("story") or f"id:{article['id']}")
    digest = hashlib.sha1(f"check:{unit}".encode(), usedforsecurity=False).hexdigest()
    return "check" if int(digest, 16) % 3 == 0 else "fit"


def load(split: str, which: str = "real") -> list[dict[str, Any]]:
    """The split's articles in publication order, as a feed reader would meet them."""
    names = {"all": ["dev", "heldout"], "fit": ["dev"], "check": ["dev"]}.get(split, [split])
    out: list[dict[str, Any]] = []
    for name in names:
        with (SETS[which] / f"{name}.jsonl").open(encoding="utf-8") as fh:
            out += [json.loads(line) for line in fh if line.strip()]
    if split in ("fit", "check"):
        out = [a for a in out if dev_part(a) == split]
    return sorted(out, key=lambda a: (a.get("published") or "", a["id"]))


def prf(pred: Sequence[bool], gold: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(1 for p, g in zip(pred, gold, strict=True) if p and g)
    fp = sum(1 for p, g in zip(pred, gold, strict=True) if p and not g)
    fn = sum(1 for p, g in zip(pred, gold, strict=True) if g and not p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pairwise_prf(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1: precision falls when stories are merged, recall when split."""
    ids = sorted(gold)
    pred_pairs = {(a, b) for a, b in combinations(ids, 2) if pred[a] == pred[b]}
    gold_pairs = {(a, b) for a, b in combinations(ids, 2) if gold[a] == gold[b]}
    tp = len(pred_pairs & gold_pairs)
    if not tp:
        return 0.0, 0.0, 0.0
    precision, recall = tp / len(pred_pairs), tp / len(gold_pairs)
    return precision, recall, 2 * precision * recall / (precision + recall)


def pairwise_f1(pred: dict[str, str], gold: dict[str, str]) -> float:
    return pairwise_prf(pred, gold)[2]


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def keyword_and(article: dict[str, Any]) -> bool:
    text = f"{article['title']} {article.get('text', '')}".lower()
    tokens = set(words_of(text))

    def has(words: Iterable[str]) -> bool:
        return any((w in tokens) if w.isascii() else (w in text) for w in words)

    return has(KEYWORD_MOBILITY) and has(KEYWORD_TALENT)


def title_key(title: str) -> str:
    return re.sub(r"\W+", " ", title.lower()).strip()


def url_title_clusters(articles: Sequence[dict[str, Any]]) -> dict[str, str]:
    """Feed-reader de-duplication: same URL (without query and fragment) or same normalised title."""
    key_of: dict[str, str] = {}
    out: dict[str, str] = {}
    for a in articles:
        url = (a.get("url") or "").split("#")[0].split("?")[0].rstrip("/").lower()
        keys = [k for k in (f"u:{url}" if url else "", f"t:{title_key(a['title'])}") if k]
        cluster = next((key_of[k] for k in keys if k in key_of), a["id"])
        for k in keys:
            key_of.setdefault(k, cluster)
        out[a["id"]] = cluster
    return out


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


def date_words(iso: str) -> str:
    """A normalised date ("2026-04-24", "2026-09") also in words ("April 24 2026", "September 2026"), so a
    key fact stated as "April 24" is found in the summary's `effective` field; the field's length counts as
    the ISO string only."""
    parts = iso.split("-")
    if len(parts) >= 2 and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        month = MONTH_NAMES[int(parts[1]) - 1]
        day = f" {int(parts[2])}" if len(parts) == 3 and parts[2].isdigit() else ""
        return f"{month}{day} {parts[0]} | {month}{day}, {parts[0]} | {day.strip()} {month} {parts[0]}"
    return ""


def summary_text(record: AnalysisRecord) -> str:
    s = record.summary
    parts = [s.headline, *s.bullets, s.what_changed or "", s.who_is_affected or "", s.effective or ""]
    return "\n".join(p for p in parts if p)


def summary_match_text(record: AnalysisRecord) -> str:
    effective = record.summary.effective
    return summary_text(record) + ("\n" + date_words(effective) if effective else "")


def fact_recall(summaries: dict[str, str], positives: Sequence[dict[str, Any]]) -> float:
    """Share of key facts found (any accepted wording, case-insensitive, whitespace-normalised)."""
    found = total = 0
    for a in positives:
        text = norm(summaries[a["id"]])
        for alternatives in a["gold"]["key_facts"]:
            total += 1
            found += any(norm(alt) in text for alt in alternatives)
    return found / total if total else 0.0


def lead3(article: dict[str, Any]) -> str:
    return " ".join(split_sentences(article_text(Article.model_validate(article)))[:LEAD_SENTENCES])


def lexrank_summaries(articles: Sequence[dict[str, Any]]) -> dict[str, str] | None:
    """sumy's LexRank, 3 sentences. sumy's own tokenizer needs NLTK data downloads, which fail offline,
    so it gets the same sentence splitter as lead-3 and a plain word tokenizer."""
    try:
        from sumy.nlp.stemmers import Stemmer
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError:
        print("sumy is not installed (pip install -r bench/requirements-quality.txt): LexRank skipped",
              file=sys.stderr)
        return None

    class Tokenizer:
        language = "english"

        def to_sentences(self, paragraph: str) -> list[str]:
            return split_sentences(paragraph)

        def to_words(self, sentence: str) -> list[str]:
            return WORD.findall(sentence)

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    out: dict[str, str] = {}
    for a in articles:
        text = article_text(Article.model_validate(a))
        parser = PlaintextParser.from_string(text, Tokenizer())
        sentences = summarizer(parser.document, LEAD_SENTENCES)
        out[a["id"]] = " ".join(str(s) for s in sentences)
    return out


def overlap_answer(question: str, documents: Sequence[QADocument]) -> str:
    """The QA baseline: the sentence sharing the most words with the question."""
    q = set(words_of(question))
    best, best_score = "", -1
    for d in documents:
        for s in [d.title, *split_sentences(d.text)]:
            score = len(q & set(words_of(s)))
            if score > best_score:
                best, best_score = s, score
    return best


def questions_of(gold: dict[str, Any]) -> list[tuple[str, str | None]]:
    """(question, expected answer phrase or None when the sources cannot answer it) for a positive."""
    out: list[tuple[str, str | None]] = [(gold["question"], gold["answer"])]
    out += [(q, a) for q, a in gold.get("more_questions", [])]
    if gold.get("unanswerable"):
        out.append((gold["unanswerable"], None))
    return out


class QAScore:
    """Answers to answerable questions (right when the expected phrase is quoted) and to unanswerable ones
    (right when refused, `answered: false`). A refusal is a prediction of "unanswerable": its precision is
    the share of refusals that were right, its recall the share of unanswerable questions refused."""

    def __init__(self) -> None:
        self.total = self.right = self.answerable = self.answerable_right = 0
        self.unanswerable = self.refused = self.refused_right = 0

    def add(self, expected: str | None, answered: bool, answer: str) -> bool:
        self.total += 1
        self.refused += not answered
        if expected is None:
            self.unanswerable += 1
            ok = not answered
            self.refused_right += ok
        else:
            self.answerable += 1
            ok = answered and expected in answer
            self.answerable_right += ok
        self.right += ok
        return ok

    @property
    def acc(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def answerable_acc(self) -> float:
        return self.answerable_right / self.answerable if self.answerable else 0.0

    @property
    def refusal_precision(self) -> float | None:
        return self.refused_right / self.refused if self.refused else None

    @property
    def refusal_recall(self) -> float | None:
        return self.refused_right / self.unanswerable if self.unanswerable else None


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--split", choices=["dev", "heldout", "all", "fit", "check"], default="heldout")
    parser.add_argument("--set", dest="which", choices=sorted(SETS), default="real")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error on stderr")
    parser.add_argument("--jobs", type=int, default=1,
                        help="analyse in N worker processes, as `policybot analyze --jobs N` (same figures)")
    args = parser.parse_args(argv)

    def note(*parts: object) -> None:
        print(*parts, file=sys.stderr)

    articles = load(args.split, args.which)
    positives = [a for a in articles if a["gold"]["relevant"]]
    started = time.perf_counter()
    batch = BatchAnalyzer()
    analysed = batch.analyze_all((Article.model_validate(a) for a in articles), jobs=args.jobs)
    records = {article.id: record for article, (record, _, _) in analysed}
    elapsed = time.perf_counter() - started

    gold_rel = [bool(a["gold"]["relevant"]) for a in articles]
    precision, recall, f1 = prf([records[a["id"]].relevant for a in articles], gold_rel)
    _, _, kw_f1 = prf([keyword_and(a) for a in articles], gold_rel)

    j_ok = [a for a in positives if sorted(records[a["id"]].jurisdictions) == sorted(a["gold"]["jurisdictions"])]
    t_ok = [a for a in positives if records[a["id"]].policy_type == a["gold"]["policy_type"]]
    s_ok = [a for a in positives if records[a["id"]].status == a["gold"]["status"]]

    gold_story = {a["id"]: a["gold"]["story"] for a in positives}
    cluster_p, cluster_r, cluster_f1 = pairwise_prf({i: records[i].cluster for i in gold_story}, gold_story)
    baseline_clusters = url_title_clusters(articles)
    baseline_cluster_f1 = pairwise_f1({i: baseline_clusters[i] for i in gold_story}, gold_story)

    ours = {a["id"]: summary_text(records[a["id"]]) for a in positives}
    ours_match = {a["id"]: summary_match_text(records[a["id"]]) for a in positives}
    leads = {a["id"]: lead3(a) for a in positives}
    lexrank = lexrank_summaries(positives)

    by_id = {a["id"]: a for a in articles}
    qa = QAScore()
    base = QAScore()
    primary_ok = 0
    qa_errors: list[str] = []
    for a in positives:
        members = batch.members[records[a["id"]].cluster]
        docs = [QADocument(id=i, url=by_id[i].get("url"), title=by_id[i]["title"],
                           text=article_text(Article.model_validate(by_id[i])))
                for i in [a["id"], *[m for m in members if m != a["id"]]]]
        for question, expected_raw in questions_of(a["gold"]):
            answer = answer_question(question, docs)
            expected = norm(expected_raw) if expected_raw is not None else None
            ok = qa.add(expected, answer.answered, norm(answer.answer))
            base.add(expected, True, norm(overlap_answer(question, docs)))
            if question == a["gold"]["question"]:
                primary_ok += ok
            if not ok:
                got = answer.answer if answer.answered else "no answer"
                qa_errors.append(f"{a['id']}: {question!r} expected {expected or 'no answer'!r}, got {got!r}")

    def mean_chars(texts: dict[str, str]) -> float:
        return sum(len(t) for t in texts.values()) / len(texts) if texts else 0.0

    if args.verbose:
        for a in articles:
            r = records[a["id"]]
            if r.relevant != a["gold"]["relevant"]:
                kind = "false positive" if r.relevant else "false negative"
                note(f"relevance {kind}: {a['id']} score={r.score} {a['title']!r}")
        for a in positives:
            r = records[a["id"]]
            if a not in j_ok:
                note(f"jurisdiction: {a['id']} got {r.jurisdictions} expected {a['gold']['jurisdictions']}")
            if a not in t_ok:
                note(f"policy_type: {a['id']} got {r.policy_type} expected {a['gold']['policy_type']}")
            if a not in s_ok:
                note(f"status: {a['id']} got {r.status} expected {a['gold']['status']}")
            text = norm(ours_match[a["id"]])
            missing = [f[0] for f in a["gold"]["key_facts"] if not any(norm(x) in text for x in f)]
            if missing:
                note(f"key facts missing: {a['id']} {missing}")
        stories: dict[str, list[str]] = {}
        for i, s in gold_story.items():
            stories.setdefault(s, []).append(records[i].cluster)
        for s, keys in stories.items():
            if len(set(keys)) > 1:
                note(f"cluster split: story {s} -> {keys}")
        owners: dict[str, set[str]] = {}
        for i, s in gold_story.items():
            owners.setdefault(records[i].cluster, set()).add(s)
        for key, ss in owners.items():
            if len(ss) > 1:
                note(f"cluster merge: {key} holds stories {sorted(ss)}")
        for line in qa_errors:
            note(f"qa: {line}")

    note(f"{args.split}: {len(articles)} articles ({len(positives)} relevant) analysed in {elapsed:.2f} s; "
         f"status accuracy {len(s_ok) / max(1, len(positives)):.3f}; QA on the first question of each positive "
         f"{primary_ok / max(1, len(positives)):.3f}; questions {qa.total} ({qa.unanswerable} unanswerable), "
         f"refused {qa.refused} ({qa.refused_right} rightly); baseline answerable accuracy "
         f"{base.answerable_acc:.3f}; lexrank chars mean "
         f"{mean_chars(lexrank) if lexrank is not None else float('nan'):.0f}")
    result = {
        "articles": len(articles),
        "relevance_precision": round(precision, 3),
        "relevance_recall": round(recall, 3),
        "relevance_f1": round(f1, 3),
        "baseline_keyword_f1": round(kw_f1, 3),
        "jurisdiction_acc": round(len(j_ok) / max(1, len(positives)), 3),
        "policy_type_acc": round(len(t_ok) / max(1, len(positives)), 3),
        "cluster_f1": round(cluster_f1, 3),
        "cluster_precision": round(cluster_p, 3),
        "cluster_recall": round(cluster_r, 3),
        "baseline_url_title_cluster_f1": round(baseline_cluster_f1, 3),
        "keyfact_recall": round(fact_recall(ours_match, positives), 3),
        "summary_chars_mean": round(mean_chars(ours), 1),
        "lead3_keyfact_recall": round(fact_recall(leads, positives), 3),
        "lead3_chars_mean": round(mean_chars(leads), 1),
        "lexrank_keyfact_recall": round(fact_recall(lexrank, positives), 3) if lexrank is not None else None,
        "qa_acc": round(qa.acc, 3),
        "baseline_overlap_qa_acc": round(base.acc, 3),
        "qa_answerable_acc": round(qa.answerable_acc, 3),
        "qa_refusal_precision": _round(qa.refusal_precision),
        "qa_refusal_recall": _round(qa.refusal_recall),
        "baseline_overlap_qa_answerable_acc": round(base.answerable_acc, 3),
        "status_acc": round(len(s_ok) / max(1, len(positives)), 3),
        # Thread answers: answerable questions answered with the expected phrase; unanswerable ones refused.
        "answer_acc": round(qa.answerable_acc, 3),
        "refusal_acc": _round(qa.refusal_recall),
        "baseline_overlap_refusal_acc": 0.0 if qa.unanswerable else None,  # it always answers
        "set": args.which,
        "split": args.split,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
