"""The `policybot` command line. User errors exit non-zero with one clear line, never a traceback."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__
from bot.config import Settings, load_settings
from bot.errors import PolicybotError
from bot.runtime.logs import configure_logging

EXIT_USER_ERROR = 2


def _jobs(value: str) -> int:
    """`--jobs`: a whole number of worker processes, 0 for one per core (checked by `resolve_jobs`)."""
    from bot.analysis.parallel import resolve_jobs

    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    try:
        return resolve_jobs(jobs)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policybot", description="Watches talent-mobility policy sources and posts Slack alerts."
    )
    parser.add_argument("--version", action="version", version=f"policybot {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="run the bot (Socket Mode when SLACK_APP_TOKEN is set, else HTTP on PORT)")
    demo = sub.add_parser("demo", help="offline end-to-end demo against local sample sources and a Slack stand-in")
    demo.add_argument("--mode", choices=["socket", "http"], default="socket", help="transport to Slack")
    demo.add_argument("--artifacts", metavar="DIR", type=Path, help="save every file the bot uploaded (the charts) here")
    check = sub.add_parser("check", help="run one poll cycle")
    check.add_argument("--once", action="store_true", required=True, help="one cycle, then exit")
    check.add_argument("--dry-run", action="store_true", help="print the alerts instead of posting them")
    check.add_argument("--json", action="store_true", help="print the cycle report as JSON")
    sources = sub.add_parser("sources", help="the sources catalogue")
    sources_sub = sources.add_subparsers(dest="sources_command", required=True, metavar="SUBCOMMAND")
    sources_sub.add_parser("list", help="every source with its health")
    trial = sources_sub.add_parser("test", help="fetch and parse one URL with the production fetcher")
    trial.add_argument("url")
    trial.add_argument("--json", action="store_true", help="print the result as JSON")
    stats = sub.add_parser("stats", help="rows and size of each database table")
    stats.add_argument("--json", action="store_true", help="print the sizes as JSON")
    analyze = sub.add_parser("analyze", help="batch analysis: articles JSONL in, analysis JSONL out")
    analyze.add_argument("path", nargs="?", default="-", help="articles JSONL file, or - for stdin")
    analyze.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                         help="analyse in N worker processes (0: one per core); output is the same; default 1")
    ask = sub.add_parser("ask", help="answer a question about one article (and its story) as JSON")
    ask.add_argument("--articles", required=True, help="articles JSONL file")
    ask.add_argument("--id", required=True, dest="article_id", help="id of the article asked about")
    ask.add_argument("question")
    manifest = sub.add_parser("manifest", help="print the Slack app manifest (Socket Mode, or HTTP mode with --http)")
    manifest.add_argument("--http", metavar="PUBLIC_URL", dest="public_url",
                          help="HTTP mode: the bot's public https:// base URL; every request URL is filled in")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "manifest":  # needs no settings: it is printed before there is an app to configure
            from bot.cli.manifest import manifest_text

            sys.stdout.write(manifest_text(args.public_url))
            return 0
        settings = load_settings()
        quiet = args.command == "demo" and "LOG_LEVEL" not in os.environ  # the transcript is the output
        configure_logging(settings, level="WARNING" if quiet else None)
        return asyncio.run(dispatch(args, settings))
    except PolicybotError as exc:
        print(f"policybot: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


async def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    # Imports stay local so that `--help` and setting errors answer instantly.
    if args.command == "run":
        from bot.cli.actions import run_bot

        return await run_bot(settings)
    if args.command == "demo":
        from bot.cli.demo import run_demo

        return await run_demo(mode=args.mode, artifacts=args.artifacts)
    if args.command == "check":
        from bot.cli.actions import check_once

        return await check_once(settings, dry_run=args.dry_run, as_json=args.json)
    if args.command == "sources" and args.sources_command == "test":
        from bot.sources.trial import sources_test

        return await sources_test(settings, args.url, as_json=args.json)
    if args.command == "sources":
        from bot.cli.actions import sources_list

        return await sources_list(settings)
    if args.command == "stats":
        from bot.cli.stats import stats_command

        return await stats_command(settings, as_json=args.json)
    if args.command == "analyze":
        from bot.cli.analysis import analyze_command

        return await analyze_command(args.path, llm_settings=settings.llm, jobs=args.jobs)
    if args.command == "ask":
        from bot.cli.analysis import ask_command

        return await ask_command(args.articles, args.article_id, args.question, llm_settings=settings.llm)
    raise AssertionError(args.command)


if __name__ == "__main__":
    sys.exit(main())
