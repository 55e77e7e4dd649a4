"""Make outside text inert in Slack mrkdwn: no pings, no disguised links.

Slack gives meaning only to `&`, `<` and `>` (mentions, links and commands are all `<...>`),
so escaping those three is enough and anything more would show up as literal entities.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

# C0 and C1 controls (but tab and newlines), zero-width characters, and every bidirectional control
# (LRM/RLM/ALM, embeddings, overrides, isolates) with which a title could hide or reorder text.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def strip_controls(text: str) -> str:
    """`text` without control, zero-width and bidirectional-control characters: for terminal output too,
    where a feed's ESC or CSI sequences could otherwise rewrite an operator's screen."""
    return _CONTROL.sub("", text)


def escape(text: str) -> str:
    """Escape text taken from outside (feed titles, article text) for mrkdwn and plain_text fallbacks."""
    text = _CONTROL.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate_mrkdwn(text: str, limit: int) -> str:
    """Cut on a word boundary and mark the cut, never inside a token like `<url|label>` (half a link shows
    as raw text) nor inside an escape like `&amp;`."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    # The word boundary may fall inside a link's label: drop any token left open, then any escape.
    lt = cut.rfind("<")
    if lt != -1 and ">" not in cut[lt:]:
        cut = cut[:lt]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut.rstrip() + "…"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit to sit inside `<url|label>`, or None for anything else (javascript:, slack:, …)."""
    if not url:
        return None
    url = _CONTROL.sub("", url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # `|` would end the URL and start a label, `<>` would end the link: percent-encode them.
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def link(url: str | None, label: str) -> str:
    """A mrkdwn link with an escaped label, or just the escaped label when the URL is not http(s)."""
    target = safe_url(url)
    shown = escape(" ".join(label.split())).replace("|", "¦")
    if not shown:
        shown = escape(urlsplit(target).netloc) if target else "link"
    return f"<{target}|{shown}>" if target else shown
