"""Story concepts: the domain's everyday concepts an item's headline and lead name, in any language
(`concepts`): a passport, a salary, a court, a university, an application.

Across languages two reports of one action share few words and no embedding (`bot.analysis.story_similarity`
reads their anchors and names), yet they speak of the same things: a court, international students, a
university's certification. The concepts are read through the bilingual glossary the thread answers use
(`lexicon.QA_XL_CONCEPTS`): its English words (stemmed, as a question's are) and its forms in other
languages (a trailing "*" for any ending; in scripts without spaces, substrings), with the forms the thread
answers' additions (`lexicon.QA_XL_CONCEPTS_MORE`) give them in Polish, Finnish, Turkish, Danish and Arabic.

The firms and universities such news names most are read the same way (`organisations`): a Korean report
of a leak from 삼성 names Samsung, as the English report of it does.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.multilingual import _ML_SPACED, FormMatcher
from bot.analysis.tokens import tokenize


def _forms(forms: str) -> list[str]:
    out = [f.strip() for f in forms.split(",") if f.strip()]
    # In scripts without spaces a form is a substring, so any ending is found already: the "*" would be
    # looked for literally.
    return [f if _ML_SPACED.match(f) else f.rstrip("*") for f in out]


# The glossary's concepts, as written in its languages and, where the thread answers' additions give them,
# in Polish, Finnish, Turkish, Danish and Arabic (only their forms of the glossary's own concepts: a new
# concept, or another English word, would change what every English report names). Without them a Polish
# or Danish report named no concept at all, and met its story's English reports on nothing but names.
_MATCHER = FormMatcher(
    [(label, form, 1.0) for label, (_, forms) in lx.QA_XL_CONCEPTS.items() for form in _forms(forms)]
    + [(label, form, 1.0) for label, (_, forms) in lx.QA_XL_CONCEPTS_MORE.items() if label in lx.QA_XL_CONCEPTS
       for form in _forms(forms)],
    exclusive=False,
)
_ENGLISH: Mapping[str, frozenset[str]] = MappingProxyType({
    term: frozenset(label for label, (english, _) in lx.QA_XL_CONCEPTS.items() if term in tokenize(english))
    for term in {t for english, _ in lx.QA_XL_CONCEPTS.values() for t in tokenize(english)}
})


# Words that are not concepts, whatever a concept's form or English word reads in them: the function words
# of other languages (Spanish "los" is no "loss"), and places, their people and capitals in any language
# ("Deutschland" and "deutschen" read as "deutsch*", the German language; "German" in English): every
# report of one country names it, so each read one concept more that said nothing of its story.
# (A place's name of one word only: "United States" and "Basque Country" are no reason to drop "state" or
# "country".)
_NOT_CONCEPTS = frozenset(t for w in sorted(lx.CLUSTER_FUNCTION_WORDS) for t in tokenize(w)) | frozenset(
    terms[0]
    for j in lx.JURISDICTION_LIST
    for w in (*j.names, *j.demonyms, *j.capitals)
    if len(terms := tokenize(w)) == 1
)
_PLACES = FormMatcher(
    [
        (code, form, 1.0)
        for code, kinds in lx.WORLD_NAMES.items()
        for kind in ("name", "demonym", "capital")
        for form in kinds.get(kind, ())
        if _ML_SPACED.match(form)
    ],
)


def concept_word(term: str) -> bool:
    """Is this token (as `tokenize` gives it) an English word of one of the glossary's concepts?"""
    return term in _ENGLISH


def concepts(text: str) -> tuple[str, ...]:
    """The glossary's concepts a text names, sorted ("court", "student", "university")."""
    places = [(m.start, m.end) for m in _PLACES.find(text)]
    found = {
        m.label for m in _MATCHER.find(text)
        if not any(start <= m.start and m.end <= end for start, end in places)
    }
    found.update(label for term in tokenize(text) if term not in _NOT_CONCEPTS for label in _ENGLISH.get(term, ()))
    return tuple(sorted(found))


_ORGANISATIONS = FormMatcher(
    [(tokenize(english)[0], form, 1.0) for english, forms in lx.CLUSTER_ORGANISATIONS.items() for form in _forms(forms)],
)


def organisations(text: str) -> tuple[str, ...]:
    """The firms and universities a text names in another script (lexicon.CLUSTER_ORGANISATIONS), as the
    token their English name gives ("samsung" for 삼성전자), sorted."""
    if text.isascii():
        return ()  # every form is in another script: an English text names none
    return tuple(sorted({m.label for m in _ORGANISATIONS.find(text)}))


def overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Jaccard overlap of two items' concepts (0 when either names none)."""
    if not a or not b:
        return 0.0
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb)
