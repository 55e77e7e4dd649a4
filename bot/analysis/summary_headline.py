"""A summary's headline: the title without an outlet suffix or section path, cut at a clause
(`clean_headline`)."""

from __future__ import annotations

import re

from bot.analysis.normalization import clean_line, strip_outlet, truncate
from bot.analysis.summary_sentences import CJK_CHAR

HEADLINE_CHARS = 120

# "EU | Immigration | Amended EU Blue Card Directive Takes Effect": a section path before the headline.
_SECTION_PATH = re.compile(r"^(?:[^|]{1,25}\|\s*){1,3}(?=[^|]{20,}$)")
_TITLE_CLAUSE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|:\s+|\s+[-–—|]\s+|;\s+")


def clean_headline(title: str, limit: int = HEADLINE_CHARS) -> str:
    """The title without an outlet suffix ("... - Reuters", "... | The Decoder") or section path, cut to
    `limit` at a sentence or clause end when one fits (else on a word)."""
    # Chinese and Japanese titles keep their full-width forms (「Ｋ字簽證」, ：): NFKC would change what they say.
    head = strip_outlet(_light_line(title) if CJK_CHAR.search(title) else clean_line(title))
    head = _SECTION_PATH.sub("", head) if head.count("|") >= 2 else head
    if len(head) <= limit:
        return head
    ends = [m.start() for m in _TITLE_CLAUSE_END.finditer(head) if 40 <= m.start() <= limit]
    if ends:
        return head[: ends[-1]].rstrip(" ,;:-–—")
    return truncate(head, limit)


def _light_line(text: str) -> str:
    """One line of display text with its characters as written: whitespace collapsed, zero-width gone."""
    return re.sub(r"\s+", " ", re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text)).strip()
