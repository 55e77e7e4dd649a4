"""The sentences a summary reads: which are prose worth a field or a bullet (`usable`: not boilerplate, a
heading, a question or a caption), and how likely each is, by its place in the report, to state a key
fact (`position_prior`)."""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from bot.analysis.normalization import CJK_CHARS, words
from bot.analysis.screens import screened
from bot.analysis.summary_compression import FINITE

MAX_SENTENCES = 20  # key facts sit in the first part of a report; the tail is background
CANDIDATE_SENTENCES = 16  # ... and the statements worth a field or a bullet within its first sixteen: a rule's
# figures and conditions often follow a few sentences of context, and their low prior still ranks them last

_BOILERPLATE = screened(
    r"^(?:image|photo|picture|video|credit|source|read more|read also|also read|related|subscribe|sign up|"
    r"advertisement|share this|click here|follow us|copyright|©|listen to|(?:learn|find out)\s+(?:more\s+)?about)\b|"
    r"cookies?\b|newsletter|needs\s+your\s+support|support\s+(?:our|independent)\s+journalism|"
    r"all rights reserved|this article (?:was|has been) (?:updated|corrected)|terms of (?:use|service)|"
    r"\b(?:this|the below|the following) (?:information|message|page) is\b|not a substitute for legal advice|"
    r"we hope this message|for (?:more|further|the latest) (?:information|details|updates)|please (?:visit|refer|note)|"
    r"this (?:document|page|article) (?:is an excerpt|contains|was originally)|original(?:ly)? (?:communication|published|"
    r"posted|sent)|\(@\w+\)|pic\.twitter\.com|"
    # a site's notice about the reader's browser
    r"browsing experience|(?:latest|newer|updated?) version of (?:chrome|firefox|safari|edge|your browser)|"
    r"enable javascript|javascript (?:is )?disabled",
    re.I,
)


# A photo's credit or a page's meta line ("© News1", "Last modified: 11 December", "作者:... 发布时间:...");
# a wire photo's caption, by its credit after the full stop ("... 브리핑을 하고 있다./연합뉴스", "2024.9.26/뉴스1")
# or its day and place after an equals sign ("記者会見する加藤官房長官=20日午前、首相官邸"); a Korean byline
# at the end of a line (the reporter's name and "기자", with no verb after). Apart from `_BOILERPLATE`: its
# character classes leave no literal that pattern's screen could look for first.
_CREDIT = re.compile(
    r"[ⓒ©]|\blast\s+(?:modified|updated)\s*:|\bas\s+published\s+(?:on|in|by)\s*:|google\s+news\s+channel|"
    r"(?:作者|来源|來源|发布时间|發布時間|浏览量|瀏覽量|责任编辑|責任編輯)\s*[:：]|"
    r"[.。]/[^\s/.]|\b(?:19|20)\d\d\.\d{1,2}\.\d{1,2}/\S|[=＝]\s*\d{1,2}日(?:午前|午後|朝|夜)?、|"
    r"(?:^|\s)[가-힣]{2,4}\s?기자\s*$",
    re.I,
)


@dataclass(frozen=True)
class Sentence:
    index: int
    text: str
    terms: frozenset[str]


CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_LETTER = re.compile(r"[^\W\d_]")
_TERMINAL = re.compile(r"[.!?。！？…\"”’)]$")  # searched from two characters before the end: all it can match


@functools.lru_cache(maxsize=4096)
def usable(sentence: str) -> bool:
    """A sentence of prose: not boilerplate, a heading, a question or a salutation."""
    if _BOILERPLATE.search(sentence) or _CREDIT.search(sentence) or sentence.rstrip().endswith(("?", ",")):
        return False
    if sentence.rstrip().endswith(":") and (len(sentence) < LIST_INTRO_CHARS or not FINITE.search(sentence)):
        return False  # a label or a salutation; a long sentence introducing a list is still a sentence
    if _may_not_be_prose(sentence) and _NOT_PROSE.search(sentence):
        return False  # a row of a table or a page's meta line, or an embedded post with its link
    if not CJK_CHAR.search(sentence):  # the common case: no need to count
        if len(sentence) < 30 or len(sentence.split()) < 5:
            return False
        # A heading: no full stop and every word capitalised ("New Rules Target Foreign Worker Visas"), or
        # a short English line without a verb ("Reasons for and objectives of the proposal").
        if not _TERMINAL.search(sentence, max(0, len(sentence) - 2)) and (_is_title_case(sentence) or (
                len(sentence) < HEADING_CHARS and sentence.isascii()
                and not (_HEADING_VERB.search(sentence) or COMMON_VERB.search(sentence)))):
            return False
        # A short "Name, title." line without a verb is a photo's caption: "Jane Doe, Minister of Science."
        return not (len(sentence) < FRAGMENT_CHARS and _NAME_COMMA.match(sentence)
                    and not (FINITE.search(sentence) or COMMON_VERB.search(sentence)))
    cjk = len(CJK_CHAR.findall(sentence))
    letters = len(_LETTER.findall(sentence))
    return cjk >= 8 if cjk > letters / 2 else (len(sentence) >= 30 and len(sentence.split()) >= 5)


FRAGMENT_CHARS = 100
HEADING_CHARS = 100
# A verb in a line without a full stop: an auxiliary, a common verb, a past tense, or a present tense after
# its capitalised subject ("Wells Fargo suspends business travel to China" states a fact; "Reasons for and
# objectives of the proposal" heads a section). Plural nouns end in -es too, so FINITE alone cannot tell.
_HEADING_VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|shall|does|do|did)\b|"
    r"\b[a-z]{3,}ed\b|[A-Z][\w.&-]*\s+[a-z]{3,}s\b"
)
# Prose never separates its parts with a pipe ("09/23/2024 | Press release | Distributed by ...") and a
# sentence ending in a link, or holding a post's short link, is an embedded post or a pointer ("... ↓
# https://t.co/5BX"), not the news.
_NOT_PROSE = re.compile(r"\s\|\s|(?:https?://|\bwww\.)\S+\W*$|\bt\.co/|pic\.twitter\.com")


def _may_not_be_prose(sentence: str) -> bool:
    """What each branch of `_NOT_PROSE` needs, by substring tests: most sentences hold none, and the pattern
    (no literal to skip to) is tried at every position."""
    return ("|" in sentence or "http" in sentence or "www." in sentence or "t.co/" in sentence
            or "pic.twitter.com" in sentence)
LIST_INTRO_CHARS = 60
_NAME_COMMA = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)+,")
COMMON_VERB = re.compile(
    r"\b(?:says|said|signs|took|made|gave|set|put|came|went|began|became|held|kept|left|told|sent|won|met|ran|saw|"
    r"brought|found|got|takes|makes|gives|sets|puts|comes|goes|begins|holds|keeps|leaves|tells|sends|wins|meets|"
    r"runs|sees|brings|finds|gets|applies|requires|allows|bars|bans|needs|plans|aims|seeks|wants|cuts|adds|"
    r"remains|includes|faces|marks|means|opens|affects|covers|offers|lets|must|cannot)\b",
    re.I,
)
_SMALL_WORDS = words("a an and as at by for from in into of on or the to vs with")


_LATIN_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _is_title_case(text: str) -> bool:
    """Every word capitalised, as a heading's are. Only where Latin words make most of the letters: a Thai
    or Arabic sentence quoting one name ("... (LTR Visa) ...") is not a heading; its script has no capitals."""
    latin = _LATIN_WORD.findall(text)
    if 2 * sum(len(w) for w in latin) < len(_LETTER.findall(text)):
        return False
    found = [w for w in latin if w.lower() not in _SMALL_WORDS]
    return bool(found) and sum(w[0].isupper() for w in found) >= 0.8 * len(found)


POSITION_FLOOR = 0.25  # the prior of a sentence deep in the report ...
POSITION_SCALE = 2.2  # ... and how fast the lead's prior falls to it (in sentences)


@functools.lru_cache(maxsize=256)  # a few dozen indices, asked for each candidate of every article
def position_prior(index: int) -> float:
    """How likely the index-th sentence of prose is to state a key fact: the lead most of all, then
    falling fast over the next three, then flat (on real reports, 0.58, 0.45, 0.33, then about 0.2)."""
    return POSITION_FLOOR + (1.0 - POSITION_FLOOR) * math.exp(-index / POSITION_SCALE)

