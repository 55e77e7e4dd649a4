"""Tokens, the keys every stage matches on, and BM25 scores over them.

Tokens are lower-cased, lightly stemmed words for Latin scripts, and character unigrams + bigrams for
CJK runs (Chinese has no spaces, and bigrams are the usual cheap stand-in for word segmentation).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from rank_bm25 import BM25Okapi

from bot.analysis.normalization import CJK_CHARS, WORD_CHARS, normalize, words

# ---------------------------------------------------------------- tokens

STOPWORDS = words(
    """a about above after again against all also am an and any are aren't as at be because been before
    being below between both but by can cannot could did do does doing don't down during each either
    few for from further had has have having he her here hers herself him himself his how i if in into is
    isn't it it's its itself just let's me more most my myself no nor not of off on once only or other
    ought our ours ourselves out over own same she should so some such than that that's the their theirs
    them themselves then there there's these they this those through to too under until up very was
    wasn't we were weren't what when where which while who whom why will with won't would you your yours
    yourself yourselves dont doesnt didnt isnt wasnt arent werent wont cant couldnt shouldnt wouldnt
    eg ie etc via per amid among upon whether yet however thus though although within without onto
    s t us said says say"""
    # The commonest function words of the scripts tokenised since the fourteenth round (Arabic, Hebrew, Hindi):
    # two unrelated stories shared only these.
    """ في من على إلى عن أن إن مع هذا هذه التي الذي الذين ذلك كان كانت قد لا ما أو ثم كل بعد قبل حتى بين قال
    قالت وقال وقالت جميع عند منذ خلال أي هو هي
    של את על עם זה זו הוא היא גם כי לא או אם כל אשר אל בין לפי
    का की के को ने पर से है हैं था थी थे में और भी जो यह वह इस उस कि तो ही एक लिए सभी अगले गया गई"""
)
# Common CJK function characters: dropped as unigrams, kept inside bigrams.
_CJK_STOP = frozenset("的了和是在对与及等其中之为以于也并而或将把被这那有个")

_TOKEN_RE = re.compile(
    rf"(?P<cjk>[{CJK_CHARS}]+)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?)"
    rf"|(?P<word>[{WORD_CHARS}]+(?:['’.\-][{WORD_CHARS}]+)*)"
)
_DOUBLE_END = re.compile(r"([bcdfghjklmnpqrtvwxz])\1$")


class Token(NamedTuple):
    term: str
    start: int
    end: int


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light English stemmer: plurals, -ing, -ed, a final -e, doubled final consonants.

    It only has to map inflections of one word to one key consistently (travel/travels/travelling/
    traveled -> 'travel'); the keys need not be real words.
    """
    w = word
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) >= 6:
        w = w[:-3]
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ed") and len(w) >= 5 and not w.endswith("eed"):
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if _DOUBLE_END.search(w) and len(w) > 3:
        w = w[:-1]
    return w


@functools.lru_cache(maxsize=65536)
def _word_terms_cached(raw: str, do_stem: bool, keep_stopwords: bool) -> tuple[str, ...]:
    return tuple(_word_terms(raw, do_stem=do_stem, keep_stopwords=keep_stopwords))


def _word_terms(raw: str, *, do_stem: bool, keep_stopwords: bool) -> list[str]:
    acronym = raw.isupper() and len(raw) >= 2  # "US", "IT", "AI" are not the pronoun/words
    word = raw.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if "." in word:
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]\.?", word) or re.fullmatch(r"[a-z]{1,3}\.[a-z]{1,3}", word):
            word = word.replace(".", "")  # U.S. -> us, Ph.D -> phd (still "acronym" only if upper-case)
        elif not re.fullmatch(r"\d+(?:\.\d+)+", word):
            return [t for part in word.split(".") for t in _word_terms(part, do_stem=do_stem,
                                                                          keep_stopwords=keep_stopwords)]
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        if any(ch.isdigit() for ch in word):
            word = "".join(parts)  # H-1B -> h1b, COVID-19 -> covid19
        else:
            return [t for p in parts for t in _word_terms(p, do_stem=do_stem, keep_stopwords=keep_stopwords)]
    if not word:
        return []
    if not keep_stopwords and not acronym and (word in STOPWORDS or len(word) == 1):
        return []
    return [stem(word) if do_stem and not acronym else word]


def tokenize_spans(text: str, *, do_stem: bool = True, keep_stopwords: bool = False) -> list[Token]:
    """Tokens with character offsets into `text` (which should already be normalised)."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "cjk":
            run, base = m.group(), m.start()
            for i, ch in enumerate(run):
                if keep_stopwords or ch not in _CJK_STOP:
                    out.append(Token(ch, base + i, base + i + 1))
                if i + 1 < len(run):
                    out.append(Token(run[i : i + 2], base + i, base + i + 2))
        elif kind == "num":
            out.append(Token(m.group().replace(",", ""), m.start(), m.end()))
        else:
            start, end = m.start(), m.end()
            out.extend(Token(term, start, end) for term in _word_terms_cached(m.group(), do_stem, keep_stopwords))
    return out


# Phrase matching keeps function words ("will apply from" must not match a bare "apply") but skips
# articles and possessives, so "hand over passports" also finds "hand over their passports".
_MATCH_SKIP = words("the a an their its his her our your my")


def match_tokens(text: str) -> list[Token]:
    """The token stream `PhraseMatcher` works on: stemmed, stop-words kept, articles dropped."""
    return list(_match_tokens(text))


def _match_tokens(text: str) -> tuple[Token, ...]:
    return _both_spans(text)[0]


@functools.lru_cache(maxsize=65536)
def _word_both(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A word's match terms (stop-words kept, articles dropped) and its keys (stop-words dropped)."""
    return (
        tuple(term for term in _word_terms(raw, do_stem=True, keep_stopwords=True) if term not in _MATCH_SKIP),
        tuple(_word_terms(raw, do_stem=True, keep_stopwords=False)),
    )


# Building a NamedTuple through tuple.__new__ skips its Python-level constructor: this loop makes
# tens of tokens per sentence.
_new_token = tuple.__new__


@functools.lru_cache(maxsize=16384)
def _both_spans(text: str) -> tuple[tuple[Token, ...], tuple[str, ...]]:
    """One pass over a normalised text: its match tokens and its stemmed keys without stop-words."""
    match: list[Token] = []
    keys: list[str] = []
    add_match, add_key = match.append, keys.append
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind == "word":
            start, end = m.span()
            terms, word_keys = _word_both(m.group())
            for term in terms:
                add_match(_new_token(Token, (term, start, end)))
            keys.extend(word_keys)
        elif kind == "cjk":
            run, base = m.group(), m.start()
            for i, ch in enumerate(run):
                add_match(_new_token(Token, (ch, base + i, base + i + 1)))
                if ch not in _CJK_STOP:
                    add_key(ch)
                if i + 1 < len(run):
                    add_match(_new_token(Token, (run[i : i + 2], base + i, base + i + 2)))
                    add_key(run[i : i + 2])
        else:
            term = m.group().replace(",", "")
            add_match(_new_token(Token, (term, m.start(), m.end())))
            add_key(term)
    return tuple(match), tuple(keys)


def tokenize(text: str, *, do_stem: bool = True, keep_stopwords: bool = False) -> list[str]:
    """Matching keys: lower-case stemmed words without stop-words; CJK unigrams and bigrams."""
    return list(_tokenize(text, do_stem, keep_stopwords))


@functools.lru_cache(maxsize=16384)
def _tokenize(text: str, do_stem: bool, keep_stopwords: bool) -> tuple[str, ...]:
    normal = normalize(text)
    if do_stem and not keep_stopwords:
        # The common case (a sentence): computed in one pass together with its match tokens.
        return _both_spans(normal)[1]
    return tuple(t.term for t in tokenize_spans(normal, do_stem=do_stem, keep_stopwords=keep_stopwords))


# ---------------------------------------------------------------- BM25

_IDF_FLOOR = 0.05


def bm25_scores(corpus: Sequence[Sequence[str]], query: Sequence[str]) -> list[float]:
    """BM25 (rank_bm25's Okapi) scores of `query` against each document of `corpus`.

    rank_bm25 floors negative IDF at epsilon x the mean IDF, which is itself negative in a tiny corpus
    (one or two documents), so a matching term could *lower* a score. We clamp IDF to a small positive
    floor: a term a document contains never counts against it.
    """
    if not corpus or not query:
        return [0.0] * len(corpus)
    docs = [list(doc) if doc else ["\x00"] for doc in corpus]  # rank_bm25 divides by the mean length
    bm25 = BM25Okapi(docs)
    for word, value in list(bm25.idf.items()):
        bm25.idf[word] = max(float(value), _IDF_FLOOR)
    return [float(s) for s in bm25.get_scores(list(query))]
