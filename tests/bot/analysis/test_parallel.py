"""The ordered map across worker processes (`policybot analyze --jobs N`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.analysis.parallel import IN_FLIGHT_PER_WORKER, ordered_map, resolve_jobs
from bot.errors import UserInputError


def _numbers(count: int) -> Iterator[str]:
    yield from (str(i) for i in range(count))


def test_results_come_back_in_input_order_with_their_items() -> None:
    # More items than the window holds, so the pool is refilled while results are taken out.
    count = 2 * IN_FLIGHT_PER_WORKER * 3 + 5
    out = list(ordered_map(int, _numbers(count), jobs=2))
    assert out == [(str(i), i) for i in range(count)]


def test_one_job_runs_here_and_calls_the_initializer_once() -> None:
    calls: list[int] = []
    out = list(ordered_map(len, ["a", "bb"], jobs=1, initializer=lambda: calls.append(1)))
    assert out == [("a", 1), ("bb", 2)] and calls == [1]


def test_an_error_in_the_work_is_raised_at_its_turn() -> None:
    results = ordered_map(int, ["1", "2", "x", "4"], jobs=2)
    assert next(results) == ("1", 1) and next(results) == ("2", 2)
    with pytest.raises(ValueError, match="invalid literal"):
        next(results)


def test_a_bad_input_line_comes_after_everything_read_before_it() -> None:
    def lines() -> Iterator[str]:
        yield "1"
        yield "2"
        raise UserInputError("articles.jsonl:3: not valid JSON")

    seen: list[tuple[str, int]] = []
    with pytest.raises(UserInputError, match="articles.jsonl:3"):
        for pair in ordered_map(int, lines(), jobs=2):
            seen.append(pair)
    assert seen == [("1", 1), ("2", 2)]


def test_stopping_early_shuts_the_workers_down() -> None:
    results = ordered_map(int, _numbers(1000), jobs=2)
    assert next(results) == ("0", 0)
    results.close()  # returns once the pool is shut down: no worker is left running
    with pytest.raises(StopIteration):
        next(results)


def test_jobs() -> None:
    assert resolve_jobs(3) == 3 and resolve_jobs(0) >= 1
    with pytest.raises(ValueError, match="0 \\(one per core\\) or more"):
        resolve_jobs(-1)
