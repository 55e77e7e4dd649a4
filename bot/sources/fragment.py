"""Plain text of a feed's HTML fragment or plain-text value, keeping its paragraphs and lines.

The analysis reads lines (a site's menu, captions and bylines are found line by line; sentences, the lead
and summary bullets are read per paragraph), and `policybot analyze` gives it texts with their lines, so
a feed's text keeps them too, laid out as bot.analysis.html's `html_to_text` lays out a page: a block
element (p, div, li, h1-h6, tr, blockquote, ...) ends a paragraph, paragraphs are separated by a blank
line, a <br> ends a line; whitespace inside a line collapses to one space, entities are decoded.
`one_line` is what titles (and the identity of an item: its content hash) read: the same words on one line.

Pure functions. The common fragment (<p>, <a>, <strong>, entities) is read by one regular expression,
five times faster than HTMLParser; anything unusual goes to HTMLParser.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["fragment_to_text", "one_line", "plain_to_text"]

_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "td", "th", "tr", "ul",
    }
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "math"})
# Markers of a paragraph's and a line's end while tags are read. html.unescape never makes these two
# characters (it drops references to control characters) and XML forbids them, so a marker is never text.
_PARA, _LINE = "\x01", "\x02"
_MARKERS = re.compile("[\x01\x02]")


def one_line(text: str) -> str:
    """The words of `text` on one line (what the feed text was before it kept its lines)."""
    return " ".join(text.split())


def _layout(marked: str) -> str:
    """Text with paragraph and line markers -> paragraphs separated by blank lines, lines by newlines,
    whitespace inside a line collapsed (newlines of the source text included: in HTML they are spaces)."""
    paragraphs: list[str] = []
    for paragraph in marked.split(_PARA):
        if _LINE in paragraph:
            lines = [" ".join(line.split()) for line in paragraph.split(_LINE)]
            text = "\n".join(line for line in lines if line)
        else:
            text = " ".join(paragraph.split())
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def plain_to_text(text: str) -> str:
    """A plain-text value with its lines kept: a blank line (or several) is a paragraph break, a newline a
    line break, other runs of whitespace one space."""
    if "\n" not in text and "\r" not in text:
        return " ".join(text.split())
    text = _MARKERS.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _layout(_BLANK_LINE.sub(_PARA, text).replace("\n", _LINE))


class _TextExtractor(HTMLParser):
    """Collects text nodes, with a paragraph marker at each block tag and a line marker at each <br>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.blocks = False  # a block tag or <br> was seen: the source's own newlines are then spaces
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        else:
            self._mark(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._mark(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        else:
            self._mark(tag)

    def _mark(self, tag: str) -> None:
        if tag == "br":
            self.parts.append(_LINE)
            self.blocks = True
        elif tag in _BLOCK_TAGS:
            self.parts.append(_PARA)
            self.blocks = True

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def _finish(text: str, blocks: bool) -> str:
    # A fragment without a single block tag or <br> ("<b>Visa</b> news\n\nMore") is plain text with some
    # markup: its newlines are its only line structure. With blocks, HTML's own rule: a newline is a space.
    return _layout(text) if blocks else plain_to_text(text)


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs and lines kept."""
    if "<" not in fragment:
        return plain_to_text(html.unescape(fragment) if "&" in fragment else fragment)
    if "\x01" in fragment or "\x02" in fragment:
        fragment = _MARKERS.sub(" ", fragment)
    fast = _simple_fragment_to_text(fragment)
    if fast is not None:
        return fast
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    return _finish("".join(parser.parts), parser.blocks)


# A start or end tag whose quoted attribute values may hold "<" or ">".
_TAG = re.compile(r"""<(/?)([A-Za-z][\w:.-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>""")


def _simple_fragment_to_text(fragment: str) -> str | None:
    """`fragment_to_text` for the common case, five times faster than HTMLParser; None when unsure.

    Feed content is mostly <p>, <a>, <strong> and entities. Anything else (script or style content
    to skip, comments, CDATA, a stray "<") is left to HTMLParser, which handles it properly.
    """
    parts: list[str] = []
    position = 0
    blocks = False
    for match in _TAG.finditer(fragment):
        name = match.group(2).lower()
        if name in _SKIP_TAGS:
            return None
        parts.append(fragment[position:match.start()])
        if name == "br":  # </br> too, as browsers read it
            parts.append(_LINE)
            blocks = True
        elif name in _BLOCK_TAGS:
            parts.append(_PARA)
            blocks = True
        position = match.end()
    parts.append(fragment[position:])
    text = "".join(parts)
    if "<" in text:
        return None
    return _finish(html.unescape(text), blocks)
