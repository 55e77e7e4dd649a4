"""The embedded SQLite database on a full disk or a read-only file: one clear line, no corruption, and
a restart once the condition clears delivers what was missed.

What is simulated, and why it is faithful:

* Disk full: the child runs under RLIMIT_FSIZE = 0 (with SIGXFSZ ignored), so every write that would
  put a byte into a file fails with EFBIG, exactly where a full disk fails with ENOSPC, while
  everything already written stays readable. Here SQLite cannot even size its shared-memory index
  (-shm) when it opens the database, as on a disk with no free block. (SQLite reports EFBIG as "disk
  I/O error" and ENOSPC as "database or disk is full"; the bot treats both the same.) The disk also
  fills up while the bot runs: the running process's limit drops to 0 (prlimit from the test) while a
  poll is in flight, so the first write to fail is that poll's, at a chosen moment.
* Read-only: the database file and its directory lose their write permissions. Root ignores
  permissions through the CAP_DAC_OVERRIDE capability, so when the tests run as root the child drops
  it (and CAP_DAC_READ_SEARCH and CAP_FOWNER) from its bounding set before exec'ing: it is still
  uid 0, but the kernel now applies the permission bits to it as it would to any user.
"""

from __future__ import annotations

import asyncio
import ctypes
import os
import resource
import signal
import sqlite3
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from aiohttp import web
from sqlalchemy.ext.asyncio import create_async_engine

from bot.errors import StorageError, StoreUnavailable
from bot.sandbox.processes import ReplicaProcess, free_port
from bot.sandbox.sources_server import SAMPLE_SOURCES, SampleSourcesServer, sample_bytes
from bot.store.failures import database_error
from tests.faults.conftest import OTHER_HOST, SETTLE_S, Lab, reference_alerts

LIMIT = 0  # bytes any file may grow to: not one more block
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3


def _ignore_sigxfsz() -> None:  # runs in the child, between fork and exec (an ignored signal stays so)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing


def _disk_full() -> None:
    _ignore_sigxfsz()
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


def _without_permission_override() -> Callable[[], None] | None:
    """For root: a preexec function taking away root's power to ignore file permissions."""
    if os.geteuid() != 0:
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved here: the child only makes the calls

    def drop() -> None:
        for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
            if prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")

    return drop


def _snapshot(db: Path) -> tuple[str, int, list[tuple[int, str, str | None]]]:
    """integrity_check, item count, and the outbox rows (id, state, ts), read straight from the file."""
    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        alerts = conn.execute("SELECT id, state, ts FROM alerts ORDER BY id").fetchall()
    conn.close()
    return integrity, items, alerts


async def _run_to_exit(lab: Lab, env: dict[str, str], *, name: str, within: float = 60, **popen: object) -> str:
    proc = await lab.start(env, name=name, **popen)
    try:
        code = await proc.wait(within)
    except TimeoutError:
        raise AssertionError(f"{name}: still running after {within:g} s (it should have stopped)\n{lab.report()}") from None
    output = proc.log_text()
    assert code == 2, f"{name}: exit code {code}\n{lab.report()}"
    return output


async def test_sqlite_disk_full_and_read_only(lab: Lab) -> None:
    db = lab.tmp / "data" / "policybot.db"
    await lab.store.engine.dispose()  # the test reads the file directly; no connection of ours stays open
    async with SampleSourcesServer(host=OTHER_HOST) as slow_server:
        first = lab.catalogue(lab.server.catalogue_toml(SAMPLE_SOURCES[:2]), name="first.toml")
        added_fast, added_slow = SAMPLE_SOURCES[2], SAMPLE_SOURCES[3]
        later = lab.catalogue(first.read_text(), lab.server.catalogue_toml((added_fast,)),
                              slow_server.catalogue_toml((added_slow,)), name="later.toml")
        answered = asyncio.Event()

        async def slow_once(request: web.Request) -> web.StreamResponse:
            slow_server.clear_route(request.path)
            await asyncio.sleep(10)  # under the 15 s silence limit
            answered.set()
            return web.Response(body=sample_bytes("gov-uk-home-office.atom"), content_type="application/atom+xml")

        slow_server.set_route(added_slow.path, slow_once)

        # A day of normal work: one poll and delivery.
        baseline = await lab.start(lab.env(first), name="baseline", args=("check", "--once"))
        assert await baseline.wait(60) == 0, lab.report()
        integrity, items_before, alerts_before = _snapshot(db)
        assert integrity == "ok" and alerts_before and all(state == "posted" for _, state, _ in alerts_before)
        assert len(alerts_before) == await reference_alerts(first)

        # Two sources are added while the disk is full: `policybot run` stops at once, with one line.
        output = await _run_to_exit(lab, lab.env(later), name="disk-full", preexec_fn=_disk_full)
        assert output.strip().splitlines()[-1] == (
            f"policybot: cannot open the database sqlite+aiosqlite:///{db}: disk I/O error "
            "(the file and its directory must be writable by this user, on a disk with free space)"
        ), output[-2000:]
        assert "Traceback" not in output
        integrity, items, alerts = _snapshot(db)
        assert integrity == "ok" and items == items_before and alerts == alerts_before  # earlier rows intact

        # The file and its directory become read-only: start-up stops with one line, no traceback.
        for path in (db, db.parent):
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            output = await _run_to_exit(lab, lab.env(later), name="read-only",
                                        preexec_fn=_without_permission_override())
        except subprocess.SubprocessError as exc:  # no CAP_SETPCAP here: the capability cannot be dropped
            pytest.skip(f"cannot make the database read-only for root here: {exc}")
        finally:
            db.parent.chmod(0o755)
            db.chmod(0o644)
        assert output.strip().splitlines()[-1] == (
            f"policybot: cannot open the database sqlite+aiosqlite:///{db}: attempt to write a readonly database "
            "(the file and its directory must be writable by this user, on a disk with free space)"
        ), output[-2000:]
        assert "Traceback" not in output
        assert _snapshot(db)[0] == "ok"

        # The disk fills up while the bot works (its file-size limit drops to 0 from outside, with
        # prlimit): the poll in flight cannot store what it fetched, and the bot stops with one line
        # rather than failing every job from then on.
        working = await lab.start(lab.env(later), name="disk-fills", preexec_fn=_ignore_sigxfsz)
        await lab.until(lambda: slow_server.hits[added_slow.path] and lab.all_delivered(len(alerts_before) + 1),
                        within=60, what="the added fast source's alert posted, the slow one's fetch under way")
        await lab.store.engine.dispose()
        assert not answered.is_set()
        resource.prlimit(working.pid, resource.RLIMIT_FSIZE, (0, 0))
        try:
            code = await working.wait(45)
        except TimeoutError:
            raise AssertionError(f"the bot kept running on a full disk\n{lab.report()}") from None
        output = working.log_text()
        assert code == 2, lab.report()
        last = output.strip().splitlines()[-1]
        assert last.startswith(f"policybot: stopped: the database sqlite+aiosqlite:///{db} cannot be written ("), last
        assert "disk" in last and "start policybot again" in last, last
        assert "raised an exception\nTraceback" not in output  # the scheduler's job errors are one line
        integrity, _, alerts = _snapshot(db)
        assert integrity == "ok" and alerts[: len(alerts_before)] == alerts_before  # earlier rows intact

        # Space is freed and permissions restored: a restart delivers what was missed, and nothing twice.
        expected = await reference_alerts(later)
        restarted: ReplicaProcess = await lab.start(lab.env(later), name="restarted")
        await lab.until(lambda: lab.all_delivered(expected), within=60, what=f"all {expected} alerts delivered")
        await asyncio.sleep(SETTLE_S)
        await lab.assert_exactly_once(expected)
        assert await restarted.terminate() == 0
    integrity, _, alerts = _snapshot(db)
    assert integrity == "ok" and alerts[: len(alerts_before)] == alerts_before


async def test_database_error_tells_an_unusable_database_from_a_bug(tmp_path: Path) -> None:
    """What the store reports as StorageError (bot/runtime/process.py stops for an unusable file), as
    StoreUnavailable (a server away: retried) and leaves to the traceback (a bug in SQL)."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE t (id INTEGER PRIMARY KEY)"))
        conn.execute(sa.text("INSERT INTO t VALUES (1)"))
    with pytest.raises(sa.exc.IntegrityError) as bug, engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO t VALUES (1)"))
    assert database_error(bug.value) is None
    read_only = sa.create_engine(f"sqlite:///file:{tmp_path / 'x.db'}?mode=ro&uri=true")
    with pytest.raises(sa.exc.OperationalError) as unusable, read_only.begin() as conn:
        conn.execute(sa.text("INSERT INTO t VALUES (2)"))
    problem = database_error(unusable.value)
    assert isinstance(problem, StorageError) and problem.reason == "attempt to write a readonly database", problem
    engine.dispose()
    read_only.dispose()
    away = create_async_engine(f"postgresql+asyncpg://nobody@127.0.0.1:{free_port()}/none")
    with pytest.raises(OSError) as refused:
        async with away.connect():
            pass
    await away.dispose()
    problem = database_error(refused.value)
    assert isinstance(problem, StoreUnavailable) and "Connect call failed" in problem.reason, problem
