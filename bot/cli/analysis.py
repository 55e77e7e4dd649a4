"""`policybot analyze` and `policybot ask` (docs/ARCHITECTURE.md §4), as functions the CLI wires up.

* `analyze_command(path)`: Articles JSONL in (a file, or "-" for standard input), Analysis JSONL out,
  one line per article, in order. It streams: each line is written (and flushed) as soon as its article
  is analysed, before the next is read, so it works on an endless pipe. Progress goes to stderr, and
  only when stderr is a terminal. Blank lines are skipped.
* `ask_command(articles, id, question)`: analyses the file (to know which articles tell the same story),
  then answers from the article and the other members of its cluster, as Answer JSON.

A malformed line stops the command with one line naming the file and line (`UserInputError`, exit 2);
the lines before it have been written. With `LLM_BASE_URL` and `LLM_MODEL` set, relevant items get an
LLM summary and answers are rephrased from the retrieved passages (`bot.analysis.qa.answer_with_llm`, as thread
replies are), falling back to extractive on any error (see bot/analysis/llm.py).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TextIO

from pydantic import ValidationError

from bot.analysis.batch import BatchAnalyzer, article_text
from bot.analysis.enrich import llm_summary
from bot.analysis.llm import LLMClient, LLMSettings
from bot.analysis.parallel import resolve_jobs
from bot.analysis.qa import QADocument, answer_question, answer_with_llm
from bot.errors import UserInputError
from bot.models import Article

PROGRESS_EVERY_S = 0.2


def _describe(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "line"
    return f"{where}: {first.get('msg', 'invalid')}"


def parse_article(line: str, *, name: str, number: int) -> Article:
    """One Articles-JSONL line as an `Article`, or a UserInputError naming the file and line."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise UserInputError(f"{name}:{number}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict):
        raise UserInputError(f"{name}:{number}: expected a JSON object, got {type(data).__name__}")
    try:
        return Article.model_validate(data)
    except ValidationError as exc:
        raise UserInputError(f"{name}:{number}: {_describe(exc)}") from None


@contextmanager
def _open_input(path: str) -> Iterator[tuple[str, IO[str]]]:
    if path == "-":
        yield "<stdin>", sys.stdin
        return
    p = Path(path)
    if not p.is_file():
        raise UserInputError(f"{path}: no such file")
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            yield path, fh
    except OSError as exc:
        raise UserInputError(f"{path}: cannot read ({exc.strerror})") from None


def read_articles(path: str) -> Iterator[Article]:
    """Articles of a JSONL file (or "-"), one at a time as they are read; blank lines skipped."""
    with _open_input(path) as (name, fh):
        number = 0
        while True:
            try:
                line = fh.readline()
            except UnicodeDecodeError:
                raise UserInputError(f"{name}:{number + 1}: not UTF-8 text") from None
            if not line:
                return
            number += 1
            if line.strip():
                yield parse_article(line, name=name, number=number)


class _Progress:
    """"analysed 120 articles (85/s)" on a terminal's stderr, rewritten in place; silent otherwise."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.enabled = bool(getattr(err, "isatty", lambda: False)())
        self.started = time.monotonic()
        self.shown = 0.0
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and now - self.shown >= PROGRESS_EVERY_S:
            self.shown = now
            rate = self.count / max(1e-6, now - self.started)
            self.err.write(f"\ranalysed {self.count} articles ({rate:.0f}/s)")
            self.err.flush()

    def done(self) -> None:
        if self.enabled:
            self.err.write(f"\ranalysed {self.count} articles.{' ' * 12}\n")
            self.err.flush()


def _silence(out: TextIO) -> None:
    """Point a closed stdout at /dev/null so that the interpreter's final flush does not complain."""
    if out is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


async def analyze_command(
    path: str, *, llm_settings: LLMSettings | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr,
    jobs: int = 1,
) -> int:
    """Analysis JSONL for the articles of `path` ("-" = stdin), streamed; 0 on success. With `jobs` > 1
    (0: one per core) the articles are analysed by that many worker processes, read a few ahead; the output
    is the same, line for line."""
    settings = llm_settings or LLMSettings.from_env()
    llm = LLMClient(settings) if settings.enabled else None
    batch = BatchAnalyzer()
    progress = _Progress(err)
    analysed = batch.analyze_all(read_articles(path), jobs=resolve_jobs(jobs))
    try:
        for article, (record, analysis, _) in analysed:
            if llm is not None and analysis.relevant:
                enriched = await llm_summary(article.title, article_text(article), analysis, llm)
                record = record.model_copy(update={"summary": enriched.summary})
            try:
                out.write(record.model_dump_json() + "\n")
                out.flush()
            except BrokenPipeError:
                # The reader went away (`policybot analyze x.jsonl | head`): stop quietly, as Unix tools do.
                _silence(out)
                return 0
            progress.tick()
    finally:
        analysed.close()
        progress.done()
        if llm is not None:
            await llm.aclose()
    return 0


async def ask_command(
    articles_path: str,
    article_id: str,
    question: str,
    *,
    llm_settings: LLMSettings | None = None,
    out: TextIO = sys.stdout,
) -> int:
    """Answer JSON for `question` about article `article_id` of `articles_path` and its story; 0."""
    if not question.strip():
        raise UserInputError("the question is empty")
    batch = BatchAnalyzer()
    articles: dict[str, Article] = {}
    for article in read_articles(articles_path):
        batch.analyze(article)
        articles.setdefault(article.id, article)
    target = articles.get(article_id)
    if target is None:
        name = "<stdin>" if articles_path == "-" else articles_path
        raise UserInputError(f"{name}: no article with id {article_id!r}")
    cluster = next(key for key, ids in batch.members.items() if article_id in ids)
    ordered = [article_id, *(i for i in dict.fromkeys(batch.members[cluster]) if i != article_id)]
    documents = [
        QADocument(id=i, url=articles[i].url, title=articles[i].title, text=article_text(articles[i])) for i in ordered
    ]
    settings = llm_settings or LLMSettings.from_env()
    if settings.enabled:
        async with LLMClient(settings) as llm:
            answer = await answer_with_llm(question, documents, llm)
    else:
        answer = answer_question(question, documents)
    out.write(answer.model_dump_json() + "\n")
    out.flush()
    return 0
