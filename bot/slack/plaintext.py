"""Block Kit to terminal text, for `check --dry-run` and the demo transcript."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any

_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]*)>")
_BARE = re.compile(r"<(https?://[^>]+)>")
_USER = re.compile(r"<@([A-Z0-9]+)>")
_BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_CHANNEL = re.compile(r"<#([A-Z0-9]+)(?:\|[^>]*)?>")


def mrkdwn_to_text(text: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    text = _BARE.sub(lambda m: m.group(1), text)
    text = _USER.sub(lambda m: f"@{m.group(1)}", text)
    text = _CHANNEL.sub(lambda m: f"#{m.group(1)}", text)
    text = _BOLD.sub(lambda m: m.group(1), text)
    return html.unescape(text)


def _text_of(obj: dict[str, Any] | None) -> str:
    return mrkdwn_to_text(str(obj.get("text", ""))) if obj else ""


def blocks_to_text(blocks: Sequence[dict[str, Any]], fallback: str = "") -> str:
    if not blocks:
        return mrkdwn_to_text(fallback)
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            title = _text_of(block.get("text"))
            lines += [title, "=" * min(len(title), 72)]
        elif kind == "section":
            if block.get("text"):
                lines.append(_text_of(block["text"]))
            for field in block.get("fields", []):
                lines.append(_text_of(field).replace("\n", ": ", 1))
        elif kind == "context":
            lines.append("  ".join(_text_of(e) for e in block.get("elements", [])))
        elif kind == "actions":
            labels = [_text_of(e.get("text")) for e in block.get("elements", [])]
            lines.append(" ".join(f"[{label}]" for label in labels))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "image":
            ref = block.get("slack_file") or {}
            lines.append(f"[image: {block.get('alt_text', '')}" + (f", file {ref['id']}]" if "id" in ref else "]"))
    return "\n".join(lines)
