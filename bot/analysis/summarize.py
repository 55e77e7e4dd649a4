"""Extractive summary: every statement is a sentence of the article, or that sentence with words deleted.

The text is first stripped of page furniture (`clean_article_text`), then:

* headline: the title, cleaned (outlet suffix and section path dropped), cut at a clause, never mid-word
  when a clause fits;
* what_changed: the sentence that states the action (a rule verb, its actor, the facts it carries),
  compressed; one complete sentence or clause, never cut;
* who_is_affected: the noun phrase naming the affected group ("top AI researchers at private firms",
  "H-1B workers"), from the sentence that acts on them;
* effective: the ISO date (or month, or year) the action takes effect or starts, when the text says so;
* bullets: compressed sentences (or clauses) chosen for coverage: the set that covers most of the
  article's elements the other fields lack (figures, dates, names, the action's stage, obligations,
  exceptions, the affected group, quoted terms, its words), each element weighted by the prior of the
  sentence that holds it (its place in the report, rule cues up, background, quotes and captions down), within
  SUMMARY_BUDGET characters. What changed is chosen together with the bullets it leaves room for.

Compression only deletes: datelines, attributions ("..., people familiar with the matter said"), weekday
adverbials ("on Tuesday"), trailing clauses that hold no fact (", as the country tries to ...") and
fact-free asides; each sentence is offered whole and shortened, and the coverage objective picks. So
every piece of a summary is the words of one article sentence, in order (`traceable` checks that).

The parts: `summary_headline` (the headline), `summary_sentences` (which sentences are prose, and their
prior), `summary_compression` (deletions and clauses), `summary_elements` (what a summary should cover),
`summary_selection` (what changed and the bullets), `affected_groups` (who is affected) and
`summary_effective_date` (when); this module puts them together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from bot.analysis.affected_groups import affected_mentions, who_is_affected
from bot.analysis.normalization import as_written, clean_line, truncate
from bot.analysis.page_furniture import clean_article_text
from bot.analysis.sentence_split import split_sentences
from bot.analysis.summary_effective_date import effective_date, stated_date
from bot.analysis.summary_elements import Document, is_covered
from bot.analysis.summary_headline import HEADLINE_CHARS, clean_headline
from bot.analysis.summary_selection import (
    CHAR_COST,
    OVERFLOW_COST,
    WHAT_PREFERENCE,
    Candidate,
    candidate_pool,
    choose_bullets,
    what_candidates,
)
from bot.analysis.summary_sentences import (
    CANDIDATE_SENTENCES,
    MAX_SENTENCES,
    Sentence,
    position_prior,
    usable,
)
from bot.analysis.tagging import Tags
from bot.analysis.tokens import tokenize
from bot.models import Summary

LEAD_CHARS = 6000  # the summary reads the first MAX_SENTENCES sentences: the page beyond is not cleaned
SOURCE_CHARS = 2 * LEAD_CHARS  # ... which come from about as much raw text (markup and furniture aside)
# Characters for the whole summary (headline, fields and bullets): bullets fill what the others leave.
SUMMARY_BUDGET = 419
PAGE_DATE_CHARS = 400  # a page's own date line sits above its text
WHEN_SCAN_CHARS = 2000  # ... and a date the lead states at all, in its first paragraphs


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of terms two sets have in common (0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0


# Scripts written without spaces that the tokenizer has no terms for (Thai, Lao, Myanmar, Khmer): a Thai
# sentence's terms would be only its Latin words ("LTR", "Visa"), the headline's too, so any sentence would
# look like the headline again. Their character pairs stand in for words when comparing the two.
_UNSPACED_RUN = re.compile(r"[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]+")


def _unspaced_pairs(text: str) -> frozenset[str]:
    return frozenset(run[i : i + 2] for run in _UNSPACED_RUN.findall(text) for i in range(len(run) - 1))


def repeat_terms(text: str) -> frozenset[str]:
    """The terms a sentence is compared with the headline by: its tokens, and the character pairs of any
    unspaced script."""
    return frozenset(tokenize(text)) | _unspaced_pairs(text)


def _repeats_headline(terms: frozenset[str], headline_terms: frozenset[str]) -> bool:
    """The headline again: its words, or most of them and no figure it lacks (a lead repeating a title the
    headline cut, or stating its amount, carries facts the alert shows nowhere else)."""
    if terms and terms <= headline_terms:
        return True
    return jaccard(terms, headline_terms) >= 0.7 and not any(any(c.isdigit() for c in t) for t in terms - headline_terms)


def brief_summary(title: str, text: str) -> Summary:
    """The headline only: what an irrelevant item needs (it is stored and searchable by its title, never
    alerted), at a fraction of the cost of a full summary."""
    return Summary(headline=clean_headline(title) or truncate(clean_line(clean_article_text(text)), HEADLINE_CHARS))


# ---------------------------------------------------------------- the summary

def summarize(title: str, text: str, tags: Tags, *, published: datetime | None = None) -> Summary:
    """An extractive summary of one article; `published` resolves "takes effect today" and yearless dates."""
    clean = clean_article_text(text, limit=LEAD_CHARS)
    headline = clean_headline(title) or truncate(clean_line(clean), HEADLINE_CHARS)
    title_line = clean_line(title)
    title_terms = repeat_terms(headline)  # what the alert shows: a cut title's tail is news still
    raw = split_sentences(clean, MAX_SENTENCES)
    sentences: list[Sentence] = []
    for s in raw:
        if usable(s):
            terms = frozenset(tokenize(s))
            if not _repeats_headline(terms | _unspaced_pairs(s), title_terms):  # repeat_terms, tokenized once
                sentences.append(Sentence(len(sentences), s, terms))  # its rank among the prose
    doc = Document.of(title_line, [s.text for s in sentences[:CANDIDATE_SENTENCES]], published)
    # When: the date the action takes effect, else the date it was taken (an alert whose text states a
    # date should say when; the key facts and the readers' first question are often that date).
    # Last, the page's own date line ("date 2018-11-02", "12 May 2025 5 minute read"), which the cleaning
    # strips as furniture: when the news was told.
    # The fallback dates take no room from the bullets: a short line the alert shows beside them.
    cued = effective_date([title_line, *raw], published)
    effective = (cued or stated_date([title_line, *raw], published)
                 or stated_date(text[:PAGE_DATE_CHARS].splitlines(), published)
                 or stated_date([text[:WHEN_SCAN_CHARS]], published))  # a date further down, in any line
    base = doc.elements(headline) | ({f"d:{effective}"} if effective else frozenset())
    pool = candidate_pool(sentences, doc, tags)
    # What changed and the bullets are chosen together: a long statement of the rule leaves no room for
    # the facts around it, so each of the best few statements is tried with the bullets it leaves room for.
    best: tuple[float, str | None, str | None, list[str]] | None = None
    mentions = affected_mentions(title_line, sentences)
    candidates: list[tuple[float, str | None, str | None]] = [*what_candidates(sentences, tags, doc, base, headline)]
    for preference, source, what in candidates or [(0.0, None, None)]:
        who = who_is_affected(mentions, sentences, source)
        covered = base.union(*(doc.elements(x) for x in (what, who) if x))
        used = sum(len(x) for x in (headline, what, who, cued) if x)
        score, bullets = choose_bullets(pool, doc, covered=covered, avoid=source, budget=SUMMARY_BUDGET - used)
        if what:
            what_rank = next((c.index for c in sentences if c.text == source), 0)
            score += doc.value(doc.elements(what), base) * position_prior(what_rank) - CHAR_COST * len(what)
        score += WHAT_PREFERENCE * preference
        # The fields alone past the budget pay as bullets past it do: a long statement of the change that
        # crowds every bullet out is not better for carrying more.
        score -= WHAT_OVERFLOW_COST * max(0, used - SUMMARY_BUDGET)
        if best is None or score > best[0]:
            best = (score, what, who, bullets)
    assert best is not None  # the loop runs at least once
    _, what, who, bullets = best
    bullets = _fill(pool, bullets, what, who, budget=SUMMARY_BUDGET - sum(len(x) for x in (headline, what, who, cued) if x),
                    covered=base.union(*(doc.elements(x) for x in (what, who, *bullets) if x)))
    # Each statement in the article's own characters: a Japanese report's "３０００万円" is quoted as such.
    source = text[:SOURCE_CHARS]
    return Summary(
        headline=headline,
        bullets=tuple(as_written(b, source) for b in bullets),
        what_changed=what and as_written(what, source),
        who_is_affected=who and as_written(who, source),
        effective=effective,
    )


WHAT_OVERFLOW_COST = OVERFLOW_COST  # score per character the fields themselves take past the budget

FILL_BULLETS = 5  # bullets at most, once room is left over (Chinese, Japanese, Korean bullets are short)


def _fill(pool: Sequence[Candidate], bullets: list[str], what: str | None, who: str | None, *, budget: int,
          covered: frozenset[str]) -> list[str]:
    """Room left in the budget goes to the earliest sentences not yet used that add a fact (a report
    states its news first): a short article's summary need not stop at the coverage optimum."""
    used = {c[0].index for c in pool if c[1] in bullets or c[1] == what}
    room = budget - sum(len(b) for b in bullets)
    chosen = [(next(c[0].index for c in pool if c[1] == b), b) for b in bullets]
    for c in sorted(pool, key=lambda c: (c[0].index, -len(c[1]))):
        if len(chosen) >= FILL_BULLETS or room < MIN_FILL:
            break
        if c[0].index in used or len(c[1]) > room:
            continue
        new = [e for e in c[2] if e[0] != "t" and e[0] != "w" and not is_covered(e, covered)]
        if not new:
            continue
        chosen.append((c[0].index, c[1]))
        used.add(c[0].index)
        room -= len(c[1])
        covered = covered | c[2]
    return [b for _, b in sorted(chosen)]


MIN_FILL = 40
