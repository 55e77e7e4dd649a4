"""Plain text of an HTML article for analysis, keeping its paragraph structure.

Sentence splitting and the lead of an article depend on paragraphs, so block elements become blank
lines (unlike a feed summary, where collapsing everything to one line is fine). Scripts, styles,
navigation, headers, footers, asides, forms and figure captions are dropped: they are page furniture,
not the story. So are elements whose role, class or id says they are furniture (share bars, related
links, bylines, captions, comment threads, newsletter and cookie boxes) or that are hidden from readers.
What survives still goes through `clean_article_text` (bot.analysis.page_furniture) when a stage reads it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                   "figcaption", "svg", "button", "select", "iframe"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                    "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "hr",
                    "title"})
# Elements without an end tag: they never open a level of nesting.
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"})
# Class and id words of page furniture, as whole words of the attribute ("share-bar", "related_links").
_FURNITURE_NAMES = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommended|promo|advert|advertisement|ads?|sponsor\w*|"
    r"newsletter|subscribe|subscription|signup|paywall|cookie\w*|consent|comments?|byline|author|caption|credit|"
    r"breadcrumbs?|sidebar|menu|navbar|nav|masthead|footer|toolbar|popup|modal|trending|most-read|"
    r"read-more|tags?|timestamp|dateline|visually-hidden|sr-only)(?:$|[\s_-])",
    re.I,
)


def _is_furniture(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    values = {name: (value or "") for name, value in attrs}
    if tag in _SKIP or values.get("aria-hidden", "").lower() == "true" or "hidden" in values:
        return True
    if values.get("role", "").lower() in _FURNITURE_ROLES:
        return True
    return bool(_FURNITURE_NAMES.search(f" {values.get('class', '')} {values.get('id', '')} "))


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # Inside a skipped element: its tag, and how many elements of that tag are open (an unclosed <p>
        # inside it cannot keep the skipping going past its end).
        self._skip_tag = ""
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth:
            self._skip_depth += tag == self._skip_tag
        elif tag not in _VOID and tag not in {"html", "body", "head"} and _is_furniture(tag, attrs):
            self._skip_tag, self._skip_depth = tag, 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self._skip_depth:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            self._skip_depth -= tag == self._skip_tag
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Paragraphs of text, separated by blank lines; whitespace inside a paragraph collapsed."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    raw = "".join(parser.parts)
    paragraphs = [re.sub(r"[^\S\n]+", " ", p).strip() for p in re.split(r"\n\s*\n", raw)]
    lines = ["\n".join(line.strip() for line in p.split("\n") if line.strip()) for p in paragraphs]
    return "\n\n".join(p for p in lines if p)
