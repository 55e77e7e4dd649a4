"""What a government calls a permission: the names an article calls visas (`visa_names`, for decision rule 1
of the labelling contract), and a "visa" of a government whose permissions are statuses of residence
(`as_the_government_names_it`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.analysis import lexicon as lx
from bot.analysis.prepared_text import Unit
from bot.models import PolicyType

# A name the article calls a visa ("Tier 1 investor visas", "the Skilled Worker visa") is that visa where the
# headline or lead calls it a route, scheme or category ("the Tier 1 Investor route has been closed"): the name
# decides (README, decision rule 1). The name starts with a capital or a digit and is not a bare common word.
_VISA_NAMED = re.compile(r"\b((?:[A-Z0-9][\w-]*\s+)(?:[\w-]+\s+){0,2}?)visas?\b")
_NOT_NAMES = frozenset({"the", "a", "an", "new", "this", "that", "its", "their", "his", "her", "our", "and",
                        "or", "of", "for", "to", "in", "on", "uk", "us", "u.s.", "eu", "student", "work", "tourist",
                        "visitor", "business", "all", "some", "any", "no", "more", "fewer"})
_ROUTE_WORDS = r"(?:routes?|schemes?|programmes?|programs?|categor(?:y|ies)|pathways?|streams?|class(?:es)?)"


def visa_names(units: Sequence[Unit]) -> re.Pattern[str] | None:
    """The names the article calls visas, as a pattern for "<name> route" (None when it names none)."""
    names: set[str] = set()
    for unit in units:
        if "visa" not in unit.text.lower():
            continue
        for m in _VISA_NAMED.finditer(unit.text):
            words = m.group(1).split()
            while words and words[0].lower() in _NOT_NAMES:
                words = words[1:]
            if words and not all(w.lower() in _NOT_NAMES for w in words) and (words[0][0].isupper() or words[0][0].isdigit()):
                names.add(" ".join(words))
    if not names:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})s?\s+{_ROUTE_WORDS}\b", re.I)


_STATUS_NAMED = re.compile("|".join([re.escape(c) for c in lx.STATUS_NAMES] + [r"[\"”’」]\s*status\b"]), re.I)
_VISA_PROPER = re.compile("|".join(re.escape(c) for c in lx.VISA_PROPER_CUES), re.I)
# A visa class named by letter and number (H-1B, F-1, J-1, B-1, E-7) is another government's visa: Japan's
# statuses have names ("Engineer/Specialist in Humanities", 経営・管理), not letters.
_LETTER_CLASS = re.compile(r"(?<![\w-])[A-Z]-?\d[A-Z]?(?![\w-])")


def as_the_government_names_it(
    policy_type: PolicyType, jurisdictions: Sequence[str], units: Sequence[Unit]
) -> PolicyType:
    """A "visa" of a government whose permissions to stay and work are statuses of residence is that status
    (immigration), unless the article is about the visa proper: its issuance, a waiver, visa-free entry."""
    if policy_type != "visa" or not jurisdictions or not set(jurisdictions) <= lx.STATUS_NOT_VISA:
        return policy_type
    if any(_VISA_PROPER.search(u.key) or _LETTER_CLASS.search(u.key) for u in units):
        return policy_type
    if not any(_STATUS_NAMED.search(u.key) for u in units):
        return policy_type
    return "immigration"
