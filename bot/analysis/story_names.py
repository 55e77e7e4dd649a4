"""Names two items share, for story similarity (`bot.analysis.story_similarity`).

* `same_programme`: both name one programme or scheme, at least one in its headline (its story runs
  years: launch, first intake, first figures); a name one quotes counts when the other's headline writes
  it bare, as a name (`bare_in_title`: ‘Study Korea 300K’ against "Study Korea 300K Project announced");
* a word written in capitals is kept whole by the tokenizer and stemmed in lower case ("ATRAE" / "atra"):
  `_stem_of` and `with_stems` let the two meet;
* `eu_and_member`: an EU programme as a member state's outlet tags it (its own country) and as the EU's
  reports tag it;
* the kinds of anchors (`_kind`, `by_kind`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from bot.analysis import lexicon as lx
from bot.analysis.language_detection import detect_language
from bot.analysis.normalization import is_cjk
from bot.analysis.prepared_text import fold
from bot.analysis.story_anchors import _CONNECTORS, _NON_WORD, quoted
from bot.analysis.story_features import _COMMON, _GENERIC, StoryFeatures, _place
from bot.analysis.tokens import stem, tokenize


def _introduced(f: StoryFeatures) -> set[str]:
    """One-word names the item writes in quotation marks, as title names (`who:`): a report introduces a
    new scheme's name in quotes ('the so-called "Chancenkarte"'), later headlines carry it bare. A name
    (capitalised where the text writes it bare), not a word ("the 'recommendation'")."""
    out = set()
    for anchor in f.anchors:
        if _kind(anchor) == "quote":
            terms = tokenize(anchor.split(":", 1)[1])
            # A common word of the domain's prose in quotes is a term the report distances itself from
            # (what it called "Abuse"), not a scheme's name.
            if len(terms) == 1 and terms[0] in f.entities and terms[0] not in _COMMON:
                out.add(f"who:{terms[0]}")
    return out


def title_names(f: StoryFeatures) -> set[str]:
    """Whom the headline names (`who:`), its first word among them when the text writes it as a name."""
    return {f"who:{h.split(':', 1)[1]}" for h in f.heads if h.startswith(("who:", "first:"))}


def _title_quotes(f: StoryFeatures) -> frozenset[str]:
    return _quotes_of(f.title)


@functools.lru_cache(maxsize=4096)
def _quotes_of(title: str) -> frozenset[str]:
    return frozenset(quoted(unicodedata.normalize("NFKC", title)))


def _title_names(f: StoryFeatures) -> set[str]:
    return {h.split(":", 1)[1] for h in f.heads if _kind(h) == "name"}


def _others(names: set[str], shared: set[str]) -> bool:
    """Does a headline name a programme other than the shared ones ("k-tech pass program" is "k-tech pass")?"""
    ours = [x.split(":", 1)[1] for x in shared]
    return any(not any(n in o or o in n for o in ours) for n in names)


def same_programme(a: StoryFeatures, b: StoryFeatures) -> bool:
    """Do both name one programme or scheme (a `name:` or `quote:` anchor: "One Pass", "Chancenkarte"),
    with at least one of them naming it in its headline, and the other's headline naming no other
    programme? Such a story is the programme's; a lead recalling another programme (a new pass's report
    recalls last year's visa) does not make it that programme's story."""
    shared = {x for x in set(a.anchors) & set(b.anchors) if _kind(x) in ("name", "quote")}
    own_a, own_b = _title_names(a), _title_names(b)
    if any(
        (x in a.heads and not _others(own_b, shared)) or (x in b.heads and not _others(own_a, shared)) for x in shared
    ):
        return True
    # A headline quoting the programme or law by name (「X法修正案」 passed, "the 'Y' scheme" opens).
    # A name, not a line of speech: at most four words.
    named = {x for x in shared if _kind(x) == "quote" and len(x.split()) <= 4}
    if any(x in _title_quotes(a) or x in _title_quotes(b) for x in named):
        return True
    if bare_in_title(a, b) or bare_in_title(b, a):
        return True  # one quotes the name, the other's headline carries it
    if _short_name(a, b, shared) or _short_name(b, a, shared):
        return True
    return bool(_introduced(a) & _headline_words(b) or _introduced(b) & _headline_words(a))


def _headline_words(f: StoryFeatures) -> set[str]:
    """Every word of a headline not in English as a `who:` name: German capitalises every noun, so capitals
    do not say which is a name ("Ein Jahr Chancenkarte"). An English headline in Title Case capitalises
    every word too, but there a capitalised common word is no name ("Abuse Of Skilled Worker Visas..."):
    its names are the ones `title_names` reads."""
    if _in_english(f.title, f.lead):
        return title_names(f)
    return title_names(f) | _headline_words_of(f.title)


@functools.lru_cache(maxsize=4096)
def _in_english(title: str, lead: str) -> bool:
    return detect_language(f"{title}\n{lead}") == "en"


@functools.lru_cache(maxsize=4096)
def _headline_words_of(title: str) -> frozenset[str]:
    return frozenset(f"who:{t}" for t in tokenize(title) if t not in _COMMON)


def _distinctive(name: str) -> frozenset[str]:
    """The words of a programme's name that tell it from others: not the domain's common words ("visa",
    "pass", "program"), nor a place ("Malaysia"), nor a short particle ("DE")."""
    return _distinctive_of(name.split(":", 1)[1])


@functools.lru_cache(maxsize=4096)
def _distinctive_of(name: str) -> frozenset[str]:
    return frozenset(
        w for w in name.split() if len(w) >= 3 and w.isalpha() and w not in _COMMON and w not in _GENERIC
        and not _place(w)
    )


def _short_name(a: StoryFeatures, b: StoryFeatures, shared: set[str]) -> bool:
    """Does `b`'s headline name, by its distinctive words, a programme `a` names in full ("From TSS to Skills
    in Demand" against the "Skills in Demand visa"; "DE Rantau programme" against the "DE Rantau Nomad
    Pass")? Later reports and headlines call a programme by its short name. With the full name in both
    items (`shared`), one of its distinctive words in `b`'s headline is enough; else all of them must be
    there, and two at least. Neither headline names another programme (a new pass's launch recalls last
    year's visa in its lead: not that visa's story)."""
    heads = {h.split(":", 1)[1] for h in title_names(b)}
    if not heads:
        return False
    own_a, own_b = _title_names(a), _title_names(b)
    for anchor in a.anchors:
        if _kind(anchor) != "name" or len(anchor.split()) < 2 or _others(own_a | own_b, {anchor}):
            continue
        words_ = _distinctive(anchor)
        if not words_:
            continue
        if anchor in shared and words_ & heads:
            return True
        if words_ <= heads and len(words_) >= 2:
            return True
    return False


def eu_and_member(ja: Sequence[str], jb: Sequence[str]) -> bool:
    """One is the EU, the other one or more of its member states."""
    return any(
        tuple(x) == ("EU",) and set(y) <= lx.CLUSTER_EU_MEMBERS for x, y in ((ja, jb), (jb, ja))
    )


def _kind(anchor: str) -> str:
    if anchor[:1] == "@":
        return "date"
    return anchor.split(":", 1)[0] if ":" in anchor else "amount"


def by_kind(anchors: Sequence[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for anchor in anchors:
        out.setdefault(_kind(anchor), set()).add(anchor)
    return out


@functools.lru_cache(maxsize=4096)
def _squashed(text: str) -> str:
    # Traditional Chinese as simplified, as quoted names are read (`quoted`).
    return " " + " ".join(_NON_WORD.sub(" ", fold(unicodedata.normalize("NFKC", text)).lower()).split()) + " "


def bare_in_title(quoting: StoryFeatures, other: StoryFeatures) -> set[str]:
    """Names `quoting` writes in quotation marks that `other`'s headline writes bare: one outlet quotes a
    scheme's name (‘Study Korea 300K’, 「X法」), another's headline just names it. A name of two to four
    words (or four CJK characters or more), not one word, which any headline may use."""
    if not other.title:
        return set()
    title = _squashed(other.title)
    out = set()
    for anchor in quoting.anchors:
        if _kind(anchor) != "quote":
            continue
        phrase = anchor.split(":", 1)[1]
        cjk = sum(1 for ch in phrase if is_cjk(ch))
        if not (2 <= len(phrase.split()) <= 4 or cjk >= 4):
            continue
        if not ((f" {phrase} " in title) if not cjk else (phrase in title)):
            continue
        if cjk or _loaned(quoting, phrase) or (_capitalised(quoting, phrase) and _has_name(phrase, quoting, other)):
            out.add(anchor)
    return out


# The English words Korean and Japanese loanwords are read back as (story_anchors.transliterate).
_LOAN_ENGLISH = frozenset(lx.CLUSTER_LOANWORDS.values())


def _loaned(f: StoryFeatures, phrase: str) -> bool:
    """Is the quoted phrase read back from Korean or Japanese loanwords (「セキュリティークリアランス」 is
    "security clearance"), not written in Latin letters? A name borrowed from English and quoted in another
    script is the thing's name there, as a capitalised name is in English."""
    if not all(w in _LOAN_ENGLISH for w in phrase.split()):
        return False
    pattern = r"[\W_]+".join(re.escape(w) for w in phrase.split())
    return re.search(pattern, f"{f.title} {f.lead}", re.IGNORECASE) is None


def _has_name(phrase: str, a: StoryFeatures, b: StoryFeatures) -> bool:
    """Does the phrase hold a name or a figure ("Korea", "300K"), as either item reads its words? A
    headline in Title Case capitalises a term too ("“Travel Ban” Announcement"), so capitals alone do not
    make a name."""
    names = {*a.entities, *b.entities}
    return any(t in names or any(ch.isdigit() for ch in t) for t in tokenize(phrase))


def _capitalised(f: StoryFeatures, phrase: str) -> bool:
    """Does the item write the quoted phrase as a name, in its headline or lead: each word capitalised or a
    figure ("Study Korea 300K"), not a term in quotes ('an "exit ban"'), which many headlines use bare?"""
    pattern = r"[\W_]+".join(re.escape(w) for w in phrase.split())
    for m in re.finditer(pattern, f"{f.title} {f.lead}", re.IGNORECASE):
        written = re.findall(r"[^\W_]+", m.group())
        if all(w[:1].isupper() or any(ch.isdigit() for ch in w) or w.lower() in _CONNECTORS for w in written):
            return True
    return False


@functools.lru_cache(maxsize=16384)
def _stem_of(token: str) -> str:
    """A token's stem: the tokenizer keeps a word in capitals whole ("ATRAE"), the same word in lower case
    is stemmed ("atra"); figures and dates stay as they are."""
    return token if token[:1] in "#@" else stem(token)


def with_stems(names: set[str]) -> set[str]:
    return names | {_stem_of(n) for n in names}

