"""Real `policybot run` processes, launched and controlled from a test or a benchmark.

`ReplicaProcess` runs `python -m bot run` as a child process with an environment built by
`replica_env` (against the local Slack stand-in and a catalogue of local sources), logs to a file, and
can be stopped cleanly (SIGTERM) or killed outright (SIGKILL, i.e. `kill -9`). `alert_deliveries`
reads back from the Slack stand-in which alerts reached a channel, and how many times each.

Nothing here asserts anything: the fault tests (tests/faults/) and bench/scale.py draw conclusions.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Self

from bot.sandbox.slack import SlackStandIn
from bot.slack.blocks import ALERT_EVENT_TYPE, payload_ids

__all__ = [
    "SIGNING_SECRET",
    "AlertDeliveries",
    "ReplicaProcess",
    "alert_deliveries",
    "alert_ids_of",
    "free_port",
    "owner_prefix",
    "replica_env",
    "run_policybot",
]

Mode = Literal["socket", "http"]

# The signing secret `replica_env` gives HTTP-mode replicas (pass the same to SlackDriver).
SIGNING_SECRET = "sandbox-signing-secret"  # noqa: S105 - local stand-in only


def owner_prefix(pid: int, host: str | None = None) -> str:
    """The start of every lease owner name a process with this pid writes (see bot.store.leases.replica_id)."""
    return f"{host or socket.gethostname()}:{pid}:"


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago (for HTTP-mode replicas, whose PORT must be known up front)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def replica_env(
    *,
    slack: SlackStandIn,
    database_url: str,
    catalogue: Path,
    channels: Sequence[str],
    mode: Mode = "socket",
    port: int | None = None,
    data_dir: Path,
    metrics_port: int = 0,
    startup_spread_s: float = 0,
    log_level: str = "INFO",
    extra: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """A clean environment for `policybot run` against the stand-in.

    Inherited SLACK_* and POLICYBOT_* variables are dropped (a developer's .env or shell must not
    leak in; the process's cwd should be a scratch directory too, since `.env` is read from there).
    Private (loopback) sources are allowed, the first poll has no backfill cut-off, first polls start at
    once (`startup_spread_s`), and there is no metrics side server unless `metrics_port` is given.
    HTTP mode needs `port`; its signing secret is SIGNING_SECRET. `extra` wins over everything.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "POLICYBOT_"))}
    env.update(
        SLACK_BOT_TOKEN=slack.bot_token,
        SLACK_API_URL=slack.api_url,
        POLICYBOT_DATABASE_URL=database_url,
        POLICYBOT_DATA_DIR=str(data_dir),
        POLICYBOT_SOURCES=str(catalogue),
        POLICYBOT_ALERT_CHANNELS=",".join(channels),
        POLICYBOT_ALLOW_PRIVATE_SOURCES="true",
        POLICYBOT_BACKFILL_HOURS="0",
        POLICYBOT_STARTUP_SPREAD_SECONDS=f"{startup_spread_s:g}",
        POLICYBOT_METRICS_PORT=str(metrics_port),
        LOG_LEVEL=log_level,
        PYTHONUNBUFFERED="1",  # the log file is read while the process runs
    )
    env.pop("LLM_BASE_URL", None)  # an operator's LLM must not join a fault test
    if mode == "socket":
        env["SLACK_APP_TOKEN"] = slack.app_token
    else:
        if port is None:
            raise ValueError("HTTP mode needs a port (see free_port())")
        env.update(SLACK_SIGNING_SECRET=SIGNING_SECRET, PORT=str(port))
    env.update(extra or {})
    return env


async def run_policybot(
    *args: str, env: Mapping[str, str], cwd: Path, timeout: float = 60.0  # noqa: ASYNC109
) -> tuple[int, str, str]:
    """Run one `policybot <args>` command to its end: (exit code, stdout, stderr)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, env=dict(env), cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


class ReplicaProcess:
    """One `python -m bot <args>` child process (default: `run`), its output appended to `log_path`.

    `async with ReplicaProcess(...) as p:` starts it and always kills it on exit, whatever happened.
    `preexec_fn`/`user` are handed to the child's creation (resource limits, another uid).
    """

    def __init__(
        self,
        env: Mapping[str, str],
        *,
        cwd: Path,
        log_path: Path,
        args: Sequence[str] = ("run",),
        preexec_fn: Callable[[], None] | None = None,
        user: int | None = None,
        group: int | None = None,
    ) -> None:
        self.env = dict(env)
        self.cwd = cwd
        self.log_path = log_path
        self.args = tuple(args)
        self._popen_extra: dict[str, Any] = {}
        if preexec_fn is not None:
            self._popen_extra["preexec_fn"] = preexec_fn
        if user is not None:
            self._popen_extra["user"] = user
        if group is not None:
            self._popen_extra["group"] = group
        self._proc: asyncio.subprocess.Process | None = None
        self._copier: asyncio.Task[None] | None = None

    async def start(self) -> None:
        if self._proc is not None:
            raise RuntimeError("already started")
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        # Output goes through a pipe, copied to the log file by this process: a child under a file-size
        # limit (RLIMIT_FSIZE, see the disk-full tests) could not write its own log file.
        self._proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *self.args, env=self.env, cwd=self.cwd,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            **self._popen_extra,
        )
        assert self._proc.stdout is not None
        self._copier = asyncio.create_task(self._copy_output(self._proc.stdout), name=f"policybot-{self.pid}-log")

    async def _copy_output(self, stream: asyncio.StreamReader) -> None:
        with self.log_path.open("ab") as log:
            while chunk := await stream.read(65536):
                log.write(chunk)
                log.flush()

    @property
    def started(self) -> bool:
        return self._proc is not None

    @property
    def process(self) -> asyncio.subprocess.Process:
        if self._proc is None:
            raise RuntimeError("ReplicaProcess is not started; call start() first")
        return self._proc

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def returncode(self) -> int | None:
        return self.process.returncode

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.returncode is None

    @property
    def owner_prefix(self) -> str:
        """Every lease this process takes is owned by a name starting with this (host:pid:)."""
        return owner_prefix(self.pid)

    def owns(self, owner: str | None) -> bool:
        return owner is not None and owner.startswith(self.owner_prefix)

    def kill(self) -> None:
        """SIGKILL (kill -9): no clean-up of any kind runs in the child. Reap it with `wait()`."""
        if self.running:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGKILL)

    async def wait(self, timeout: float = 30.0) -> int:  # noqa: ASYNC109 - a bound on the wait is the point
        """The exit code (negative: killed by that signal); TimeoutError if still running after `timeout`."""
        code = await asyncio.wait_for(self.process.wait(), timeout)
        if self._copier is not None:
            await asyncio.wait_for(asyncio.shield(self._copier), 5)  # the rest of its output
        return code

    async def terminate(self, timeout: float = 30.0) -> int:  # noqa: ASYNC109
        """SIGTERM (a clean stop), then the exit code; killed, and TimeoutError raised, past `timeout`."""
        if self.running:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
        try:
            return await self.wait(timeout)
        except TimeoutError:
            self.kill()
            await self.wait(10)
            raise TimeoutError(f"policybot (pid {self.pid}) still running {timeout:g} s after SIGTERM") from None

    def log_text(self) -> str:
        """Everything the process printed so far (stdout and stderr interleaved)."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._proc is not None:
            self.kill()
            with contextlib.suppress(TimeoutError):
                await self.wait(10)
        if self._copier is not None and not self._copier.done():
            self._copier.cancel()


# ---------------------------------------------------------------------- what reached Slack


def alert_ids_of(message: Mapping[str, Any]) -> list[int]:
    """The alert ids a message carries in its metadata (one alert, or a digest's several); [] if none."""
    meta = message.get("metadata") or {}
    if not isinstance(meta, Mapping) or meta.get("event_type") != ALERT_EVENT_TYPE:
        return []
    payload = meta.get("event_payload") or {}
    if "alert_ids" in payload:
        return sorted(payload_ids(payload["alert_ids"]))
    return [int(payload["alert_id"])] if "alert_id" in payload else []


@dataclass(frozen=True)
class AlertDeliveries:
    """Alert ids as they reached Slack: `shown` from the messages a channel holds (what people see),
    `attempts` from every chat.postMessage call received (failed and faulted ones included)."""

    shown: tuple[int, ...]
    attempts: tuple[int, ...]
    per_channel: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def delivered(self) -> set[int]:
        return set(self.shown)

    @property
    def duplicates(self) -> int:
        """Messages beyond the first for the same alert (0 when every alert was shown at most once)."""
        return len(self.shown) - len(set(self.shown))

    @property
    def duplicated(self) -> dict[int, int]:
        """alert id -> times shown, for the alerts shown more than once."""
        return {i: n for i, n in Counter(self.shown).items() if n > 1}

    def lost(self, expected: Iterable[int]) -> set[int]:
        return set(expected) - self.delivered


def alert_deliveries(slack: SlackStandIn, channels: Iterable[str] | None = None) -> AlertDeliveries:
    """Count the alerts the stand-in shows in `channels` (all channels when None)."""
    wanted = set(channels) if channels is not None else None
    per_channel: dict[str, tuple[int, ...]] = {}
    for channel, messages in slack.messages.items():
        if wanted is None or channel in wanted:
            per_channel[channel] = tuple(i for m in messages for i in alert_ids_of(m))
    attempts = tuple(
        i
        for call in slack.calls_to("chat.postMessage")
        if wanted is None or str(call.args.get("channel")) in wanted
        for i in alert_ids_of({"metadata": _metadata_arg(call.args.get("metadata"))})
    )
    shown = tuple(i for ids in per_channel.values() for i in ids)
    return AlertDeliveries(shown=shown, attempts=attempts, per_channel=per_channel)


def _metadata_arg(value: object) -> object:
    # slack_sdk sends JSON bodies, where metadata is an object; a form post would carry it as JSON text.
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value
