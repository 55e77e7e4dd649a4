"""What the CLI commands do, beyond parsing arguments."""

from __future__ import annotations

import asyncio
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.errors import StoreError
from bot.runtime.process import BotRuntime
from bot.runtime.services import Services, build_services
from bot.slack.blocks import alert_message
from bot.slack.plaintext import blocks_to_text
from bot.sources.catalogue import load_catalogue
from bot.sources.health import sources_text
from bot.store import Store
from bot.store.failures import safe_database_url

DRY_RUN_CHANNEL = "dry-run"


async def run_bot(settings: Settings) -> int:
    settings.require_slack()
    services = await _open_services(settings)
    runtime = BotRuntime(services)
    await runtime.serve_forever("socket" if settings.socket_mode else "http", port=settings.port)
    return 0


async def check_once(settings: Settings, *, dry_run: bool, as_json: bool) -> int:
    """One poll cycle. A dry run works on a scratch copy of the database, so it changes nothing."""
    if not dry_run:
        if settings.slack_bot_token is None:
            settings.require_slack()
        return await _check_and_deliver(settings, as_json=as_json)
    with tempfile.TemporaryDirectory(prefix="policybot-dry-run-") as scratch:
        db_path = Path(scratch) / "policybot.db"
        current = settings.database_url
        if current.startswith("sqlite"):
            # Work on a copy of today's database so the dry run sees what a real run would.
            await asyncio.to_thread(_copy_if_exists, Path(current.split("///", 1)[-1]), db_path)
        channels = settings.policybot_alert_channels or [DRY_RUN_CHANNEL]
        scratch_settings = settings.model_copy(
            update={"policybot_database_url": f"sqlite+aiosqlite:///{db_path}", "policybot_alert_channels": channels}
        )
        services = await build_services(scratch_settings)
        try:
            report = await services.pipeline.run_cycle()
            pending = await services.store.due_alerts(services.clock(), limit=10_000)
            rendered: list[dict[str, Any]] = []
            for alert in pending:
                cluster = await services.store.get_cluster(alert.cluster_id)
                if cluster is None:
                    continue
                text, blocks, _ = alert_message(cluster, alert.id)
                rendered.append({"channel": alert.channel, "text": text, "blocks": blocks})
        finally:
            await services.aclose()
    if as_json:
        print(json.dumps({"report": report.model_dump(mode="json"), "alerts": rendered}, ensure_ascii=False))
        return 0
    for source in report.sources:
        status = f"error: {source.error}" if source.error else f"{source.items} items, {source.new} new"
        print(f"{source.source_id}: {status}")
    print(f"\n{len(rendered)} alert(s) would be posted:\n")
    for shown in rendered:
        print(f"--- to {shown['channel']}")
        print(blocks_to_text(shown["blocks"], str(shown["text"])))
        print()
    return 0


async def _open_services(settings: Settings) -> Services:
    """build_services, with a database that cannot be opened (down, unknown, read-only, full) told in
    one line rather than a driver's traceback."""
    try:
        return await build_services(settings)
    except StoreError as exc:
        hint = ""
        if settings.database_url.startswith("sqlite"):
            hint = " (the file and its directory must be writable by this user, on a disk with free space)"
        message = f"cannot open the database {safe_database_url(settings.database_url)}: {exc.reason}{hint}"
        raise type(exc)(message, reason=exc.reason) from None


def _copy_if_exists(source: Path, target: Path) -> None:
    if source.exists():
        shutil.copyfile(source, target)


async def _check_and_deliver(settings: Settings, *, as_json: bool) -> int:
    services = await _open_services(settings)
    try:
        report = await services.pipeline.run_cycle()
        delivery = await services.deliverer.deliver_due()
    finally:
        await services.aclose()
    if as_json:
        print(json.dumps({"report": report.model_dump(mode="json"), "delivery": delivery.model_dump()}))
    else:
        print(f"{len(report.sources)} sources polled, {report.errors} errors, {report.queued} alerts queued; "
              f"{delivery.posted} posted, {delivery.retried} to retry, {delivery.failed} failed")
    return 0


async def sources_list(settings: Settings) -> int:
    configs = load_catalogue(settings.policybot_sources)
    store = await Store.open(settings.database_url)
    try:
        states = await store.source_states()
    finally:
        await store.close()
    print(sources_text(configs, states))
    return 0
