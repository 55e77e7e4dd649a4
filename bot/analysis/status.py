"""Status of an article: reported, proposed, announced, enacted, in effect, suspended, rescinded or unknown.

The status is the stage of the main action as the text tells it on its date, read from tense, modality
and attribution in the headline and the lead (see `find_status`), and from an effective date against the
date of publication.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from types import MappingProxyType
from typing import NamedTuple

from bot.analysis import lexicon as lx
from bot.analysis import status_grammar as sg
from bot.analysis.effective_dates import find_effective_date, find_effective_month
from bot.analysis.multilingual import ML_CUES, is_english
from bot.analysis.phrase_matching import english_forms_only
from bot.analysis.prepared_text import TAG_MATCHERS, Tally, Unit
from bot.analysis.status_dates import (
    MONTH_AHEAD,
    PAST_MARKERS,
    background,
    dated_ahead,
    later_date,
    later_year,
    own_start_ahead,
    start_ahead,
    start_in_force,
    weekday_start_ahead,
)
from bot.analysis.status_lifecycle import (
    EARLIER_STATE,
    LIFECYCLE_WEIGHT,
    STATUS_POSITION,
    lifecycle_cues,
    ml_lifecycle,
)
from bot.models import STATUSES, Evidence, Status

_AS_STATUS: Mapping[str, Status] = MappingProxyType({s: s for s in STATUSES})
# A later year alone ("for 2026", "in 2027"), not a day or a month: weak evidence of anything to come.
YEAR_ONLY = re.compile(r"(?:(?:in|for|from|of)\s+)?(?:19|20)\d\d", re.I)
_STATUS_MATCHER = TAG_MATCHERS["status"]
# Stages that a modal or an infinitive before the cue puts ahead ("will take effect", "is to be scrapped").
_FUTURE_GUARDED_LABELS = frozenset({"enacted", "in_effect", "rescinded", "suspended"})

CALL_SCORE = 2.5
SETTLED_LIFECYCLE = 3.0  # a lifecycle verb on the rule in the lead (or twice below) settles the status
REPORTED_SCORE = 2.5
PROPOSED_SCORE = 2.5
IN_EFFECT_SCORE = 2.5
ENACTED_SCORE = 2.0
ANNOUNCED_SCORE = 1.5
BODY_FUTURES = 2  # sentences below the lead in the future, with none done, make a silent lead's plan


@dataclass(frozen=True)
class StatusCues:
    """What the status rules read of one article: each label's summed score (`x@lead`: the part said in
    the headline or the lead), its strongest single cue anywhere (`raw`), the strongest text behind it
    (`best`, what the alert shows), how many distinct cues it had, and the dates and tenses around them."""

    scores: Mapping[str, float]
    raw: Mapping[str, float]
    best: Mapping[str, tuple[float, str]]
    counts: Mapping[str, int]
    in_force_date: bool  # a date the rule applies from, on or before the publication date
    ahead: bool  # ... or after it
    passed: bool  # a final vote or a bill signed: no longer a proposal
    body_futures: tuple[str, ...]  # "will offer" said below the lead
    body_done: bool  # an action done or a rule in the present below the lead
    dated_fact: str  # a headline or lead sentence dating the rule ahead as fixed ("apply from 1 May 2026")
    gazetted: str  # the act told published in an official journal, in the headline or the lead
    english: bool
    policy: bool  # the text is about a rule (a type or a jurisdiction was found)


def find_status(
    units: Sequence[Unit], published: datetime | None, language: str = "en", *, policy: bool = False
) -> tuple[Status, list[Evidence]]:
    """The stage of the main action, from tense, modality and attribution (README of the real set):
    reported, proposed, announced, enacted, in effect, suspended, rescinded, or unknown. `policy`: the
    text is about a rule (a type or a jurisdiction was found), which, stated without any stage, is one
    in force."""
    verdict = rule_status(gather_cues(units, published, language, policy=policy))
    return verdict.status, verdict.evidence


def gather_cues(
    units: Sequence[Unit], published: datetime | None, language: str = "en", *, policy: bool = False
) -> StatusCues:
    """Every cue of every stage in the headline, the lead and the body, and the dates against `published`."""
    # Each cue counts once, where it weighs most: "notice" ten times is one piece of evidence. A label
    # "x@lead" keeps the part of x said in the headline or the lead.
    strongest: dict[tuple[str, str], tuple[float, str]] = {}
    raw: dict[str, float] = {}  # the strongest cue of a stage, wherever it stands

    def cue(label: str, phrase: str, weight: float, text: str, *, lead: bool = False, cue_weight: float = 0.0) -> None:
        for key in (label, f"{label}@lead") if lead else (label,):
            if weight > strongest.get((key, phrase), (0.0, ""))[0]:
                strongest[(key, phrase)] = (weight, text)
        raw[label] = max(raw.get(label, 0.0), cue_weight)

    english = is_english(language)
    if published is not None:
        # A lead sentence about where the rule came from ("first announced in 2018") is background.
        units = [replace(u, position="body") if u.position == "lead" and background(u.key, published) else u
                 for u in units]
    body_futures: list[str] = []  # "will offer" said below the lead
    body_done = False  # an action done or a rule in the present below the lead
    passed = False  # a legislature's final vote on the bill, in another language
    gazetted = ""  # the act told published in an official journal
    dated_fact: str | None = None  # the first start ahead in the headline or the lead, "" if not stated as fixed
    lead_unsettled = False
    for unit in units:
        w = STATUS_POSITION[unit.position]
        lead = unit.position != "body"
        if lead and dated_fact is None and published is not None and dated_ahead(unit.text, unit.key, published):
            # The first sentence to date the rule ahead says how the article frames that date.
            dated_fact = unit.text if sg.settled_schedule(unit.key, english, language) else ""
        if lead and sg.UNSETTLED.search(unit.key):
            lead_unsettled = True  # a plan or a draft in the headline or lead: no date there is fixed
        if lead and not gazetted:
            gazetted = sg.journal_published(unit.text)
        status_cues = _STATUS_MATCHER.find(unit.key, unit.tokens)
        # No "gazetted" in Turkish "gazete" (a newspaper): English cues in their English forms only.
        for m in status_cues if english else english_forms_only(unit.key, status_cues):
            if m.label == "announced" and m.phrase in lx.STATUS_BY_TENSE:
                continue  # read by tense below
            if m.label == "reported" and sg.STATE_BEFORE.search(unit.key[max(0, m.start - 20) : m.start]):
                continue  # "state media reported": the state speaking through its own outlets
            if m.label == "reported" and sg.COMMITTEE_REPORTED.match(unit.key, m.start):
                continue  # "Reported by Mr. Cruz, without amendment": a bill's committee step, read below
            if m.label == "reported" and m.phrase in sg.RETOLD and sg.BODY_ACTED.search(unit.text):
                continue  # "the centre has approved 3,484 firms, Okaz newspaper reported": an act retold
            if m.label == "enacted" and sg.COUNTED_AFTER.match(unit.key, m.end):
                continue  # "has approved 3,484 firms", "issued 12,000 visas": a scheme at work, not a rule adopted
            if m.phrase == "charged with" and sg.charged_with_duty(unit.key, m.start):
                continue  # "the agency charged with vetting student visas": a duty given, not a charge
            if m.phrase == "weighing" and sg.WEIGH_IN.match(unit.key, m.end):
                continue  # "lawyers weigh in on the visa": comment, not a government weighing a plan
            if m.phrase in ("the bill", "a bill") and sg.BILL_PAID.search(unit.key[max(0, m.start - 20) : m.start]):
                continue  # "universities foot the bill": a cost, not a proposed law
            if m.label in ("rescinded", "suspended") and EARLIER_STATE.search(unit.key[max(0, m.start - 15) : m.start]):
                continue  # "the now repealed Law on Work Permits": another rule's past
            if m.label == "suspended" and sg.COURT_DECLINES.search(unit.key[max(0, m.start - 40) : m.start]):
                continue  # "the appeals court lifted the injunction", "declined to issue an injunction"
            if m.label == "enacted" and sg.GAZETTE.fullmatch(m.phrase) and sg.journal_pending(unit.text):
                continue  # "has not yet been published in the Official Gazette": not adopted yet
            if m.label in _FUTURE_GUARDED_LABELS and sg.FUTURE_BEFORE.search(unit.key[max(0, m.start - 30) : m.start]):
                continue  # "will take effect", "still have to be finalized", "is to be scrapped": not yet
            # "take(s) effect" says nothing of tense: it is in force only if nothing dates it ahead.
            neutral = m.phrase in lx.STATUS_FUTURE_GUARDED
            cue(m.label, m.phrase, m.weight * w, unit.text[m.start : m.end], lead=lead and not neutral,
                cue_weight=m.weight)
        if act := sg.adopted_act_ahead(unit.key, english):
            # "the new law will take effect on", "das neue Gesetz soll in Kraft treten": adopted, applies later.
            cue("enacted", "adopted act ahead", 2.0 * w, act, lead=lead, cue_weight=2.0)
        if not english:
            found = ML_CUES.find(unit.text)
            ahead_form = sg.ML_FUTURE_IN_FORCE.search(unit.key)
            # "10月16日から施行され" in an article of 10 October: the present of force with its own later start
            # (worked out only for a sentence stating force: most state none).
            own_start = "" if ahead_form or published is None or not any(
                m.label == "status_in_effect" for m in found) else own_start_ahead(unit.key, published)
            for m in found:
                if m.label == "status_in_effect" and ahead_form:
                    # "entrará en vigor", "in Kraft treten soll": to apply, so still to come.
                    cue("future", ahead_form.group(0).lower(), m.weight * w, ahead_form.group(0))
                    continue
                if m.label == "status_in_effect" and own_start:
                    cue("future", own_start.lower(), m.weight * w, unit.text[m.start : m.end])
                    continue
                if m.label == "announced_past":
                    # As ANNOUNCE in English (read in the headline and the lead): a plan if a future
                    # follows, else an event told done.
                    if not lead:
                        continue
                    plan_after = any(f.label == "status_future" for f in found) or sg.ml_future_verb(unit.key, language)
                    cue("future" if plan_after else "done", unit.text, 0.75 * w, m.phrase)
                    continue
                if label := _ML_STATUS.get(m.label):
                    cue(label, m.phrase, m.weight * w, unit.text[m.start : m.end], lead=lead, cue_weight=m.weight)
            if amend := sg.ML_AMENDMENT.search(unit.text):
                cue("proposed", amend.group(0).lower(), w, amend.group(0), lead=lead, cue_weight=1.0)
            if (issued := sg.CJK_ISSUED.search(unit.key)) and not sg.ML_DRAFT.search(unit.key):
                cue("enacted", "rule issued", 2.0 * w, issued.group(0), lead=lead, cue_weight=2.0)
            if (adopted := sg.ZH_ADOPTED.search(unit.key)) and not sg.ZH_ONE_CHAMBER.search(unit.key):
                cue("enacted", "adopted by vote", 2.0 * w, adopted.group(0), lead=lead, cue_weight=2.0)
            if lead and (act := sg.executive_signed(unit.key)):
                cue("executive", act, w, act)
            if bill := sg.ML_BILL.search(unit.text):
                cue("proposed", bill.group(0).lower(), 3.0 * w, bill.group(0), lead=lead, cue_weight=3.0)
            labels = {m.label for m in found}
            passed = passed or "status_passed" in labels
            plan = sg.ML_HEADLINE_PLAN.search(unit.key) if lead else None
            if lead and not ("status_future" in labels or ahead_form or plan):
                # "Regierung schafft das Visaprogramm ab", "政府は制度を廃止した": done to the rule itself.
                state, verb = ml_lifecycle(unit.key)
                if state:
                    cue(state, verb.lower(), LIFECYCLE_WEIGHT * w, verb, lead=True, cue_weight=LIFECYCLE_WEIGHT)
            halts = [m for m in found if m.label == "halt" and not sg.ml_aimed(unit.text, m.start)]
            if "court" in labels and halts:
                # "Gericht stoppt Visa-Regel", "суд приостановил": a court stopping a rule suspends it (not "une
                # plainte pour bloquer les frais": a stop sought).
                halt = halts[0]
                cue("suspended", halt.phrase, LIFECYCLE_WEIGHT * w, unit.text[halt.start : halt.end], lead=lead,
                    cue_weight=LIFECYCLE_WEIGHT)
                cue("official", unit.text, w, halt.phrase)
            if plan:
                cue("future", plan.group(0), w, plan.group(0))
            if lead and (done := sg.ML_DONE.search(unit.key) or sg.ML_DONE.search(unit.text)):
                cue("past", unit.text, w, done.group(0))  # "400명 채용했다", "正式实施": at work, not to come
            if lead and published is not None and (year := later_year(unit.text, published)):
                cue("future", year, 0.75 * w, year)  # "à partir de la rentrée 2026"
                if not sg.ml_future_verb(unit.key, language):
                    cue("year_ahead", year, 0.75 * w, year)  # ... unless a verb says what is to come then
        if not lead:
            # The body's tense, for an article whose headline and lead state no stage at all.
            if body_future := sg.FUTURE_RULE.search(unit.key):
                body_futures.append(body_future.group(0))
            body_done = body_done or bool(sg.PAST_ACTION.search(unit.key) or sg.PRESENT_ACTION.search(unit.key))
            continue
        # Tense and voice in the headline and the lead: the government speaking or confirming; a plan
        # ("will offer", "to launch"); an announcement with or without a future; a leak; an action done
        # ("has imposed", "revoked") or a rule stated in the present ("bans", "must").
        if official := sg.official_voice(unit.key):
            cue("official", unit.text, w, official)
        elif step := sg.prosecution_step(unit.key):
            cue("official", unit.text, w, step)  # "six engineers were indicted": on a court's record
        future = (sg.FUTURE_RULE.search(unit.key) or (unit.position == "title" and sg.headline_plan(unit.text))
                  or sg.TO_CREATE.search(unit.key))
        if future:
            cue("future", future.group(0).lower(), w, future.group(0))
        elif will := sg.WILL.search(unit.key):
            cue("future", will.group(0).lower(), 0.5 * w, will.group(0))
        if published is not None and (later := later_date(unit.key, published)):
            cue("future", later, 0.75 * w, later)  # "295,000 places for 2026", "announced 1 Sep 2023"
            if YEAR_ONLY.fullmatch(later):
                cue("year_ahead", later, 0.75 * w, later)
        if announce := sg.ANNOUNCE.search(unit.key):
            # "The pass was announced by the minister": an announcement told as an event is no more than one.
            planned = (sg.FUTURE_WORDS.search(unit.key) or sg.PLAN_AFTER.match(unit.key[announce.end() :])
                       or sg.PASSIVE_BEFORE.search(unit.key[max(0, announce.start() - 20) : announce.start()]))
            cue("future" if planned else "done", unit.text, 0.75 * w, announce.group(0))
        if english and (stayed := sg.court_stays(unit.key)):
            cue("suspended", stayed.group(0).lower(), LIFECYCLE_WEIGHT * w, stayed.group(0), lead=True)
            cue("official", unit.text, w, stayed.group(0))  # a court rules on record: no leak
        if pending := sg.PENDING.search(unit.text):
            # "If the bill is passed, it will apply from April": not yet adopted, whatever it will do.
            cue("proposed", "pending adoption", PROPOSED_SCORE * w, pending.group(0), lead=True, cue_weight=PROPOSED_SCORE)
        if bill_in := sg.BILL_INTRODUCED.search(unit.text):
            cue("proposed", "bill introduced", PROPOSED_SCORE * w, bill_in.group(0), lead=True, cue_weight=PROPOSED_SCORE)
        if english and (made_law := sg.made_law(unit.text)):
            cue("enacted", "made law", 3.0 * w, made_law, lead=True, cue_weight=3.0)
            passed = True  # a bill signed into law is no longer a proposal
        if committee := sg.COMMITTEE_REPORTED.search(unit.text):
            cue("proposed", "committee reported", PROPOSED_SCORE * w, committee.group(0), lead=True, cue_weight=PROPOSED_SCORE)
        if chamber := sg.CHAMBER_PASSED.search(unit.text):
            cue("proposed", chamber.group(0).lower(), 2.0 * w, chamber.group(0), lead=True, cue_weight=2.0)
        if (call := sg.CALL_OPEN.search(unit.text)) and not (
                sg.FUTURE_BEFORE.search(unit.text[max(0, call.start() - 30) : call.start()])
                or sg.OTHER_ROUND.search(unit.text[max(0, call.start() - 25) : call.end() + 25])):
            # A round of applications being taken: the programme is at work now (a start or deadline
            # ahead is read from the dates).
            cue("in_effect", call.group(0).lower(), CALL_SCORE * w, call.group(0), lead=True, cue_weight=CALL_SCORE)
        if english and (ended := sg.prosecution_ended(unit.key)):
            # "Prosecutors drop case against the professor": the prosecution, the action told, has ended.
            cue("rescinded", "prosecution ended", LIFECYCLE_WEIGHT * w, ended.group(0), lead=True)
        if resumed := sg.RESUMED.search(unit.key):
            cue("rescinded", resumed.group(0).lower(), LIFECYCLE_WEIGHT * w, resumed.group(0), lead=True)
        if leak := sg.LEAK.search(unit.key):
            cue("reported", leak.group(0).lower(), 3.0 * w, leak.group(0), lead=True)
        if english and (put_out := sg.published_done(unit.key)):
            cue("perfect", unit.text, w, put_out)  # "has released the new salary table": a text adopted, done
        for label, pattern in (("past", sg.PAST_ACTION), ("perfect", sg.PERFECT_ACTION), ("present", sg.PRESENT_ACTION)):
            if action := pattern.search(unit.key):
                cue(label, unit.text, w, action.group(0))

    tally = Tally()
    add, scores, best = tally.add, tally.scores, tally.best

    for (label, _), (weight, text) in sorted(strongest.items()):
        add(label, weight, text)
    for label, weight, text, position in lifecycle_cues(units):
        add(label, weight, text)
        if position != "body":
            add(f"{label}@lead", weight, text)

    # A date the rule applies from, against the date of the article.
    in_force_date = ahead = False
    effective = find_effective_date([u.key for u in units], published)
    if effective is not None and published is not None:
        when, sentence = effective
        in_force_date, ahead = when <= published.date(), when > published.date()
        add("in_effect" if in_force_date else "future", 3.0 if in_force_date else 1.0, sentence)
    elif published is not None and (start := start_ahead(units, published) or weekday_start_ahead(units, published)):
        ahead = True
        add("future", 1.0, start)
    elif published is not None and not english and (since := start_in_force(units, published)):
        in_force_date = True  # "in vigore dal 1 gennaio 2024" in an article of 8 January 2024
        add("in_effect", 3.0, since)
    elif published is not None and (
        month := find_effective_month([u.key for u in units if MONTH_AHEAD.search(u.key)], published)
    ):
        # Only a month ("take effect from September"): ahead if a later month; this month or an earlier
        # one says nothing sure.
        value, sentence = month
        if value > f"{published.year:04d}-{published.month:02d}" and not PAST_MARKERS.search(sentence):
            ahead = True
            add("future", 1.0, sentence)

    counts: dict[str, int] = {}
    for label, _ in strongest:
        counts[label] = counts.get(label, 0) + 1
    return StatusCues(scores=scores, raw=raw, best=best, counts=counts, in_force_date=in_force_date, ahead=ahead,
                      passed=passed, body_futures=tuple(body_futures), body_done=body_done,
                      dated_fact="" if lead_unsettled else (dated_fact or ""), gazetted=gazetted, english=english,
                      policy=policy)


class RuleVerdict(NamedTuple):
    """The rules' stage, the evidence they show, and the step of the precedence that decided it (how
    sure the rules are is a matter of which step spoke: a stated date is surer than the silent default)."""

    status: Status
    evidence: list[Evidence]
    step: str


RULE_STEPS = ("reported", "settled", "proposed", "dated_in_force", "ahead_enacted", "ahead_announced",
              "stated_in_force", "gazetted_in_force", "executive_in_force", "enacted", "dated_enacted", "gazetted_enacted",
              "coming", "soft_proposed", "soft_reported",
              "soft_in_effect", "done_announced", "present_announced", "done_in_force", "soft_lifecycle", "soft_coming", "body_futures",
              "default")  # in the order of the precedence


def _step(step: str, verdict: tuple[Status, list[Evidence]]) -> RuleVerdict:
    return RuleVerdict(verdict[0], verdict[1], step)


def rule_status(cues: StatusCues) -> RuleVerdict:
    """The hand-written rules' stage over the cues, with the evidence each would show."""
    scores, raw, passed, body_futures, body_done = (cues.scores, cues.raw, cues.passed, cues.body_futures,
                                                    cues.body_done)
    in_force_date, ahead, policy = cues.in_force_date, cues.ahead, cues.policy
    best = dict(cues.best)  # a verdict may show one label's text for another's

    def score(label: str) -> float:
        return scores.get(label, 0.0)

    def verdict(label: str) -> tuple[Status, list[Evidence]]:
        return _AS_STATUS[label], ([Evidence(field="status", text=best[label][1])] if label in best else [])

    # In the README's order: 1. a press report the government has not confirmed, whatever stage it
    # describes (a pause or a withdrawal known only from a leak is a report too): said in the
    # headline or the lead ("did not respond to a request for comment" further down is in every story).
    # (Unconfirmed: more report than official voice; with no official voice at all, one strong
    # attribution anywhere will do.)
    unconfirmed = score("official") == 0
    said_so = score("reported@lead") >= 2.0 or (
        score("official") == 0 and raw.get("reported", 0.0) >= REPORTED_SCORE
        and score("reported") >= score("in_effect@lead") + score("enacted@lead")
    )
    if said_so and unconfirmed and score("reported") >= REPORTED_SCORE:
        return _step("reported", verdict("reported"))
    # 2. Something was done to the rule itself: suspended (a court, a pause) or rescinded (withdrawn).
    settled = [k for k in ("rescinded", "suspended") if score(f"{k}@lead") >= SETTLED_LIFECYCLE
               or (score(k) >= 1.5 * SETTLED_LIFECYCLE and score(f"{k}@lead") >= 1.5)]
    if settled:
        return _step("settled", verdict(max(settled, key=lambda k: (score(k), k == "rescinded"))))
    # 3. A draft, a bill, a consultation, with nothing adopted or in force.
    # (A proposal named only below a lead that tells the measure in force is another's or a detail's:
    # "the engineer proposed projects to the talent programme" under "engineer charged with ...". README
    # rule 4 comes before rule 7.)
    body_proposal = score("proposed@lead") == 0 and score("in_effect@lead") > 0
    if (score("proposed") >= PROPOSED_SCORE and raw.get("proposed", 0.0) >= 1.5 and not passed and not body_proposal
            and score("proposed") >= max(score("enacted"), score("in_effect"))):
        return _step("proposed", verdict("proposed"))
    # 4. A date the rule applies from: in force if it is past; if ahead, adopted (signed, passed, "has
    # expanded ... from 21 May") or only announced. A headline's bare participle ("visa expanded") may
    # be an announcement's, so only the perfect counts as done.
    if in_force_date and score("proposed") < PROPOSED_SCORE:
        return _step("dated_in_force", verdict("in_effect"))
    if ahead and score("in_effect@lead") < IN_EFFECT_SCORE + 0.5:
        # (An act told published in an official journal is adopted: README rule 5, "gazetted".)
        if ((score("enacted") >= 1.5 and raw.get("enacted", 0.0) >= 1.5) or score("perfect") >= 1.5 or cues.dated_fact
                or cues.gazetted):
            if "enacted" not in best:
                best["enacted"] = best.get("perfect", (1.0, cues.dated_fact or cues.gazetted))
            return _step("ahead_enacted", verdict("enacted"))
        return _step("ahead_announced", _announced(best))
    # 5. Stated in force ("took effect", "now live", "with immediate effect").
    if score("in_effect") >= IN_EFFECT_SCORE and score("in_effect") >= score("enacted"):
        return _step("stated_in_force", verdict("in_effect"))
    # 6. Adopted: signed, passed, decreed, a final rule. An executive act signed with nothing said of a
    # later start, told at work ("stopped her from boarding", "restricts travel"), applies: in force.
    # An act published in the official journal, with nothing dated ahead, said in the future or still to
    # be voted anywhere: it applies (README rule 5 asks a later date for "enacted").
    published_now = bool(cues.gazetted) and not (score("future") or body_futures or passed or ahead)
    if score("enacted") >= ENACTED_SCORE:
        if published_now:
            best["in_effect"] = best["enacted"]
            return _step("gazetted_in_force", verdict("in_effect"))
        # (An executive order applies on signing unless it says otherwise; a proclamation or a decree often
        # names a later start, so it needs the act told at work.)
        if score("future") == 0 and (score("executive") > 0 or sg.EXECUTIVE_ORDER.search(best["enacted"][1]) or (
                score("past") + score("present") > 0 and sg.EXECUTIVE_ACT.search(best["enacted"][1]))):
            best["in_effect"] = best["enacted"]
            return _step("executive_in_force", verdict("in_effect"))
        return _step("enacted", verdict("enacted"))
    # 7. Coming: "will offer", "to launch", "announced ... will"; weighed against every tense that tells
    # the change made (the headline's present, "extends", as well as "has expanded").
    coming = score("future") + score("announced")
    if cues.dated_fact and score("proposed") < 1.5:
        # A start ahead stated as fixed, not as what the government will do: adopted, applies later.
        best["enacted"] = (1.0, cues.dated_fact)
        return _step("dated_enacted", verdict("enacted"))
    if coming > 0 and coming >= score("past") + score("present"):
        if cues.gazetted and score("proposed") < 1.5:
            # An act told published in the official journal is adopted (README rule 5): a future beside it,
            # even one bare auxiliary, tells what the act will do, not that it is still to be decided.
            best["enacted"] = best.get("enacted", (1.0, cues.gazetted))
            return _step("gazetted_enacted", verdict("enacted"))
        # In other languages the futures read are mostly bare auxiliaries and particles ("sera", "будет",
        # "将") that tell what a rule does as often as what is still to be decided: there they are soft
        # evidence, weighed after a proposal, a report, an act done (step 8, soft_coming), or a word of force
        # at least as strong as they are.
        if coming >= ANNOUNCED_SCORE and cues.english:
            return _step("coming", _announced(best))
    # 8. Softer evidence, in the order of the lifecycle; a government acting, done or in the present
    # tense, is a rule in force.
    if score("proposed") >= 1.5 and not body_proposal:
        return _step("soft_proposed", verdict("proposed"))
    # (An attribution only below the lead, beside a measure the headline or the lead tells at work, is a
    # detail's source, not the measure's: "dozens find themselves barred from leaving" ... "reportedly".)
    if unconfirmed and (score("reported@lead") >= 1.5 or (
            score("official") == 0 and score("reported") >= 1.5 and score("past") + score("present") == 0)):
        return _step("soft_reported", verdict("reported"))
    # (In another language, a word of force weaker than the futures beside it is the plan's: "내년 시행을
    # 목표로 ... 개편할 계획이다", implementation next year as the aim of a plan.)
    if score("in_effect") >= 1.0 and (cues.english or score("in_effect") >= coming - score("year_ahead")):
        return _step("soft_in_effect", verdict("in_effect"))
    # An announcement told as done, with nothing else done, in force or open, is an announcement (README
    # boundary: "announced" is in force only when the action is open or applies the same day): the body
    # speaks of it in the future ("the fund will be open to"), and of nothing done or in force.
    if score("done") >= 1.0 and score("past") + score("present") == 0 and body_futures and not body_done:
        best["announced"] = best["done"]
        return _step("done_announced", verdict("announced"))
    # English news tells a change announced in the present as well ("Government lowers limit for foreign
    # labour"): a present with nothing told done, beside a future in the lead and below it ("the limit will
    # be lowered"), is the change announced.
    if (score("present") and score("past") + score("done") + score("perfect") == 0 and score("future") > 0
            and body_futures and cues.english):
        return _step("present_announced", _announced(best))
    if score("past") + score("present") + score("done") >= 1.0:
        best["in_effect"] = best[max(("past", "present", "done"), key=score)]
        return _step("done_in_force", verdict("in_effect"))
    if published_now and score("enacted") >= 1.0:
        best["in_effect"] = best["enacted"]
        return _step("gazetted_in_force", verdict("in_effect"))
    for label in ("suspended", "rescinded", "enacted"):
        if score(label) >= 1.0:
            return _step("soft_lifecycle", verdict(label))
    # (A later year alone, with nothing said to come, is no plan: "recruitment plans for 2026" beside a
    # ruling upholding a fee; the fiscal year a scheme at work is run for.)
    if coming - score("year_ahead") >= 1.0:
        return _step("soft_coming", _announced(best))
    # 9. Nothing settles the stage: the tense, if it speaks only of what will be (two futures in the
    # body, or any future and nothing done or in force anywhere); a text silent on every stage stays a
    # rule at work.
    nothing_done = not body_done and score("past") + score("present") + score("done") + score("in_effect") == 0
    if (len(body_futures) >= BODY_FUTURES and not body_done) or (coming - score("year_ahead") > 0 and nothing_done):
        return _step("body_futures", _announced(best) if coming > 0 else ("announced", [Evidence(field="status", text=body_futures[0])]))
    return _step("default", ("in_effect", []) if policy else ("unknown", []))


def _announced(best: dict[str, tuple[float, str]]) -> tuple[Status, list[Evidence]]:
    text = max((best[k] for k in ("announced", "future") if k in best), default=(0.0, ""))[1]
    return "announced", ([Evidence(field="status", text=text)] if text else [])


# Labels of the multilingual lists that are stages.
_ML_STATUS: Mapping[str, str] = MappingProxyType({
    "status_in_effect": "in_effect", "status_proposed": "proposed", "status_enacted": "enacted",
    "status_future": "future", "reported": "reported", "status_passed": "enacted",
})
