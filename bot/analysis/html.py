"""Plain text of an HTML article for analysis, keeping its paragraph structure.

Sentence splitting and the lead of an article depend on paragraphs, so block elements become blank
lines (unlike a feed summary, where collapsing everything to one line is fine). Scripts, styles,
navigation, headers, footers, asides, forms and figure captions are dropped: they are page furniture,
not the story.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset({"script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
                   "figcaption", "svg", "button", "select", "iframe"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                    "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "figure", "hr",
                    "title"})


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
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
