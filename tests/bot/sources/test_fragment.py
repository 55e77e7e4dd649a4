"""A feed's HTML fragment or plain-text value read as text with its paragraphs and lines."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.sources import fragment as fragment_module
from bot.sources.fragment import fragment_to_text, one_line, plain_to_text


def test_paragraphs_list_items_and_line_breaks_keep_their_lines() -> None:
    html = (
        "<div><h2>Rule</h2><p>Researchers &amp; engineers&nbsp;must <a href='#'>apply</a>.</p>"
        "<script>track()</script><style>p{}</style><ul><li>one</li><li>two</li></ul>line<br>break &#8211; ok</div>"
    )
    assert fragment_to_text(html) == "Rule\n\nResearchers & engineers must apply.\n\none\n\ntwo\n\nline\nbreak – ok"


def test_a_menu_stays_one_entry_a_line() -> None:
    menu = "<ul><li><a href='/'>Home</a></li><li><a href='/v'>Visa</a></li><li><a href='/c'>Fee Calculator</a></li></ul>"
    assert fragment_to_text(menu + "<p>The agency raised the fee.</p>").split("\n\n") == [
        "Home", "Visa", "Fee Calculator", "The agency raised the fee.",
    ]


def test_whitespace_inside_a_line_collapses_and_source_newlines_inside_a_paragraph_are_spaces() -> None:
    assert fragment_to_text("<p>  The   fee\n  rises\tin\r\nMay. </p>\n\n<p>\n It is final.\n</p>") == (
        "The fee rises in May.\n\nIt is final."
    )
    assert fragment_to_text("<p>a</p><p> </p><br><br><p>b</p>") == "a\n\nb"  # empty blocks leave no gaps


def test_plain_text_keeps_its_lines() -> None:
    assert plain_to_text("  plain   text  ") == "plain text"
    assert plain_to_text("First  line\r\nsecond line\n\n\n  Next   paragraph ") == (
        "First line\nsecond line\n\nNext paragraph"
    )
    assert fragment_to_text("One &amp; two\n\nThree") == "One & two\n\nThree"  # no tag: plain text
    # Inline markup only: the text's own newlines are its only structure.
    assert fragment_to_text("<b>Visa</b> news\n\nMore <i>here</i>") == "Visa news\n\nMore here"
    assert fragment_to_text("") == ""


def test_markers_in_the_source_are_never_read_as_breaks() -> None:
    assert fragment_to_text("<p>a\x01b\x02c</p>") == "a b c"
    assert plain_to_text("a\x01b\nc") == "a b\nc"


def test_the_fast_path_takes_the_common_case() -> None:
    assert fragment_module._simple_fragment_to_text("<p>A &amp; <b>B</b></p><p>C&nbsp;D</p>") == "A & B\n\nC D"
    assert fragment_module._simple_fragment_to_text('<a title="1 > 0" href="/x">link</a>') == "link"
    assert fragment_module._simple_fragment_to_text("<p>x</p><script>track()</script>") is None  # skip tags
    assert fragment_module._simple_fragment_to_text("a < b <!-- c -->") is None  # not a tag: HTMLParser decides
    assert fragment_to_text("<p>x</p><script>track()</script><p>y</p>") == "x\n\ny"


_PIECES = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "<br/>", "<br>", "</br>", "<div class='x'>", "</div>",
    '<a href="https://x.example/?a=1&amp;b=2">', "</a>", "<li>", "</li>", "<td>", "<script>", "</script>", "<style>",
    "</style>", "<!-- c -->", "<![CDATA[x]]>", '<img alt="a > b" src="i.png">', "&amp;", "&lt;", "&gt;", "&nbsp;",
    "&#8211;", "&#10;", "&eacute;", "&bogus;", " ", "\n", "\n\n", "\r\n", "Visa", "fee", "£716", "中国", "<", ">", "'",
    '"', "<p title='1<2'>", "</unknown>", "<x:tag>",
])


def _slow(fragment: str) -> str:
    parser = fragment_module._TextExtractor()
    parser.feed(fragment)
    parser.close()
    return fragment_module._finish("".join(parser.parts), parser.blocks)


@given(st.lists(_PIECES, max_size=30))
@settings(max_examples=300, deadline=None)
def test_the_fast_path_agrees_with_htmlparser_or_steps_aside(pieces: list[str]) -> None:
    fragment = "".join(pieces)
    fast = fragment_module._simple_fragment_to_text(fragment)
    assert fast is None or fast == _slow(fragment), (fragment, fast, _slow(fragment))


_OLD_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td",
    "th", "tr", "ul",
})
_OLD_SKIPS = frozenset({"script", "style", "noscript", "template", "iframe", "object", "svg", "math"})


class _OneLineReader(HTMLParser):
    """The reader feeds had before texts kept their lines: every block tag a space, all on one line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in _OLD_SKIPS
        self.parts.append(" " if tag in _OLD_BLOCKS else "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parts.append(" " if tag in _OLD_BLOCKS else "")

    def handle_endtag(self, tag: str) -> None:
        self.skip = max(0, self.skip - (tag in _OLD_SKIPS))
        self.parts.append(" " if tag in _OLD_BLOCKS else "")

    def handle_data(self, data: str) -> None:
        self.parts.append("" if self.skip else data)


@given(st.lists(_PIECES, max_size=30))
@settings(max_examples=300, deadline=None)
def test_on_one_line_the_words_are_those_the_one_line_reader_gave(pieces: list[str]) -> None:
    """What makes an item's content hash the same before and after the upgrade (bot.store.items)."""
    fragment = "".join(pieces)
    old = _OneLineReader()
    old.feed(fragment)
    old.close()
    assert one_line(_slow(fragment)) == one_line("".join(old.parts))
    assert one_line(fragment_to_text(fragment)) == one_line("".join(old.parts))
