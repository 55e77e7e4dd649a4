"""`policybot analyze` and `policybot ask` (docs/ARCHITECTURE.md §4), through their functions, and once as a process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli.analysis import analyze_command, ask_command
from bot.errors import UserInputError
from bot.models import AnalysisRecord, Answer

DEV = Path(__file__).parents[1] / "fixtures" / "invented" / "dev.jsonl"
LINES = {json.loads(line)["id"]: line for line in DEV.read_text("utf-8").splitlines()}
KEYS = {"id", "relevant", "score", "jurisdictions", "topics", "policy_type", "status", "summary", "cluster", "evidence"}


@pytest.fixture(autouse=True)
def _no_llm(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LLM_BASE_URL", "LLM_MODEL", "LLM_API_KEY"):
        monkeypatch.delenv(name, raising=False)


def write(tmp_path: Path, *ids_or_lines: str) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(LINES.get(x, x) for x in ids_or_lines) + "\n", "utf-8")
    return path


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_one_line_per_article_in_order_and_stories_share_a_cluster(tmp_path: Path) -> None:
    ids = ["d-s01-a", "d-n01", "d-s01-b", "d-p01", "d-s01-c"]
    out, err = io.StringIO(), io.StringIO()
    assert await analyze_command(str(write(tmp_path, *ids)), out=out, err=err) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ids
    assert all(set(r) == KEYS for r in rows)
    assert all(AnalysisRecord.model_validate(r) for r in rows)
    story = {r["cluster"] for r in rows if r["id"].startswith("d-s01")}
    assert len(story) == 1
    assert rows[3]["cluster"] not in story  # another rule, same country and week
    assert rows[1]["relevant"] is False and rows[1]["cluster"] not in story
    canonical = rows[0]
    assert canonical["jurisdictions"] == ["CN"] and canonical["policy_type"] == "travel_restriction"
    assert canonical["status"] == "reported" and "ai" in canonical["topics"]
    assert {e["field"] for e in canonical["evidence"]} >= {"jurisdictions", "policy_type", "status", "relevance"}
    assert err.getvalue() == ""  # not a terminal: no progress


async def test_streams_each_line_before_reading_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    seen_before_second: list[str] = []

    class Pipe:
        """stdin that hands out one line at a time and records what was written before the second."""

        def __init__(self) -> None:
            self.lines = [LINES["d-s01-a"] + "\n", LINES["d-s01-b"] + "\n"]

        def readline(self) -> str:
            if len(self.lines) == 1:
                seen_before_second.append(out.getvalue())
            return self.lines.pop(0) if self.lines else ""

    monkeypatch.setattr(sys, "stdin", Pipe())
    await analyze_command("-", out=out, err=io.StringIO())
    assert seen_before_second and seen_before_second[0].count("\n") == 1  # line 1 was out already
    assert out.getvalue().count("\n") == 2


async def test_progress_only_on_a_terminal(tmp_path: Path) -> None:
    out, err = io.StringIO(), Tty()
    await analyze_command(str(write(tmp_path, "d-s01-a", "d-n01")), out=out, err=err)
    assert "analysed 2 articles" in err.getvalue()
    assert "analysed" not in out.getvalue()


async def test_html_and_blank_lines(tmp_path: Path) -> None:
    html = json.dumps({
        "id": "h1", "title": "Japan lowers income bar for skilled visa",
        "html": "<html><nav>Home | News</nav><article><p>Japan's Immigration Services Agency will lower the "
                "income requirement for its Highly Skilled Professional visa to 8 million yen, to attract "
                "foreign engineers and researchers.</p><script>var x = 1;</script><p>The change applies "
                "from October 1.</p></article><footer>© Example</footer></html>",
    })
    out = io.StringIO()
    await analyze_command(str(write(tmp_path, html, "", "   ")), out=out, err=io.StringIO())
    (row,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert row["relevant"] and row["jurisdictions"] == ["JP"]
    text = json.dumps(row)
    assert "var x" not in text and "Home | News" not in text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "articles.jsonl:2: not valid JSON"),
        ("[1, 2]", "articles.jsonl:2: expected a JSON object"),
        ('{"title": "no id"}', "articles.jsonl:2: id: Field required"),
        ('{"id": "x", "title": "t", "published": "yesterday"}', "articles.jsonl:2: published:"),
    ],
)
async def test_malformed_input_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    out = io.StringIO()
    with pytest.raises(UserInputError) as info:
        await analyze_command(str(write(tmp_path, "d-s01-a", line)), out=out, err=io.StringIO())
    assert message in str(info.value) and "\n" not in str(info.value)
    assert out.getvalue().count("\n") == 1  # the good line before it was written


async def test_a_closed_output_stops_quietly(tmp_path: Path) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    path = write(tmp_path, "d-s01-a", "d-s01-b")
    assert await analyze_command(str(path), out=Closed(), err=io.StringIO()) == 0


async def test_missing_file() -> None:
    with pytest.raises(UserInputError, match="no such file"):
        await analyze_command("/nonexistent/articles.jsonl", out=io.StringIO(), err=io.StringIO())


async def test_ask_answers_from_the_article_and_its_story(tmp_path: Path) -> None:
    path = write(tmp_path, "d-s01-a", "d-n01", "d-s01-b")
    out = io.StringIO()
    assert await ask_command(str(path), "d-s01-a", "Who is affected?", out=out) == 0
    answer = Answer.model_validate_json(out.getvalue())
    assert answer.answered and "Alibaba" in answer.answer
    assert set(json.loads(out.getvalue())) == {"answered", "answer", "citations"}
    assert {c.id for c in answer.citations} <= {"d-s01-a", "d-s01-b"}
    # A question the sources cannot answer is refused, not invented.
    out = io.StringIO()
    await ask_command(str(path), "d-s01-a", "What is the capital of France?", out=out)
    refused = json.loads(out.getvalue())
    assert refused["answered"] is False and refused["citations"] == [] and "don't say" in refused["answer"]


async def test_ask_cites_other_outlets_of_the_story(tmp_path: Path) -> None:
    path = write(tmp_path, "d-s02-a", "d-s02-d")
    out = io.StringIO()
    await ask_command(str(path), "d-s02-a", "Who brought the lawsuit?", out=out)
    answer = Answer.model_validate_json(out.getvalue())
    assert answer.answered and answer.citations[0].id == "d-s02-d" and "Chamber of Commerce" in answer.answer


async def test_ask_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "d-s01-a")
    with pytest.raises(UserInputError, match="no article with id 'nope'"):
        await ask_command(str(path), "nope", "Who?", out=io.StringIO())
    with pytest.raises(UserInputError, match="question is empty"):
        await ask_command(str(path), "d-s01-a", "  ", out=io.StringIO())


def _analyze_is_wired() -> bool:
    # Our own interpreter and fixed arguments: nothing untrusted reaches the command line.
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, timeout=60
    )
    return "analyze" in result.stdout


@pytest.mark.skipif(not _analyze_is_wired(), reason="`policybot analyze` is not wired into bot/cli/main.py yet")
def test_analyze_as_a_process(tmp_path: Path) -> None:
    path = write(tmp_path, "d-s01-a", "d-s01-b")
    ok = subprocess.run(  # noqa: S603 (our interpreter, a temporary file we wrote)
        [sys.executable, "-m", "bot", "analyze", str(path)], capture_output=True, text=True, timeout=120
    )
    assert ok.returncode == 0 and ok.stderr == ""
    assert [json.loads(line)["id"] for line in ok.stdout.splitlines()] == ["d-s01-a", "d-s01-b"]
    bad = write(tmp_path, "d-s01-a", "{oops")
    failed = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bot", "analyze", str(bad)], capture_output=True, text=True, timeout=120
    )
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert failed.stderr.strip().endswith("not valid JSON (Expecting property name enclosed in double quotes at "
                                          "column 2)") and ":2:" in failed.stderr


async def test_worker_processes_give_the_same_output_line_for_line(tmp_path: Path) -> None:
    # Placement stays in this process, in input order, so the stories match too; a malformed last line
    # still comes after every good line before it.
    path = write(tmp_path, *LINES, "{not json")
    alone, together = io.StringIO(), io.StringIO()
    for out, jobs in ((alone, 1), (together, 2)):
        with pytest.raises(UserInputError, match=f"articles.jsonl:{len(LINES) + 1}: not valid JSON"):
            await analyze_command(str(path), out=out, err=io.StringIO(), jobs=jobs)
    assert together.getvalue() == alone.getvalue()
    assert alone.getvalue().count("\n") == len(LINES)


@pytest.mark.parametrize(("value", "message"), [("-1", "must be 0 (one per core) or more"), ("two", "not a whole number")])
def test_jobs_must_be_a_count(value: str, message: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli.main import build_parser

    with pytest.raises(SystemExit) as info:
        build_parser().parse_args(["analyze", "--jobs", value, "x.jsonl"])
    assert info.value.code == 2 and message in capsys.readouterr().err
