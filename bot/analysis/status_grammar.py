"""Status: the constructions of tense, voice and attribution that tell a rule's stage ("will offer", "has
imposed", "officials said", "a cable reviewed by", "judge blocks the fee"), as patterns `find_status` reads
in the headline and the lead.
"""

from __future__ import annotations

import re

from bot.analysis import lexicon as lx
from bot.analysis.screens import screened

# "will offer", "is to introduce", "will be eligible": a rule stated in the future tense.
FUTURE_RULE = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s+(?:now\s+|also\s+|soon\s+|then\s+)?"
    r"(?:introduce|offer|add|grant|raise|lower|reduce|cut|issue|create|extend|expand|allow|open|require|provide|"
    r"launch|replace|end|scrap|double|halve|increase|tighten|ease|decide|give|invest|spend|accept|change|cap|"
    r"widen|broaden|relax|loosen|simplify|streamline|abolish|remove|establish|set\s+up|fund|screen|vet|cover|"
    r"charge|limit|revoke|ban|bar|restrict|waive|exempt|speed\s+up|fast-track|priorit\w+|impose|lift|"
    r"aggressively\s+revoke|no\s+longer|be\s+(?:(?:also|now|further|then|soon)\s+)?(?:able|eligible|required|allowed|granted|handled|exempt|open|"
    r"introduced|raised|lowered|cut|extended|expanded|offered|added))\b|将(?!近|军)(?:于|从|对|在)?",
    re.I,
)
# A government speaking for itself: "the Ministry of Justice said", "officials said", "said the ministry".
OFFICIAL_SAID = screened(
    r"\b(?:minister|ministry|government|department|officials|spokes(?:person|man|woman)|secretary|commission|"
    r"agency|council|office|president|chancellor|cabinet|prosecutors)\b[^.;]{0,60}?\b(?:said|announced|says|"
    r"told\s+reporters|confirmed|charged(?!\s+with\b)|unveiled)\b|\b(?:said|announced|confirmed)\s+(?:the\s+)?"
    r"(?:[A-Z]\w+\s+){0,4}?(?:minister|ministry|government|department|officials|agency|council|office)\b"
    # A state's own media speak for it: "state media reported", "Xinhua said".
    r"|\b(?:state[\s-]+(?:run\s+)?(?:media|television|TV|broadcaster|news\s+agency)|official\s+news\s+agency|Xinhua|"
    r"TASS|RIA\s+Novosti|IRNA|KCNA|CCTV|People's\s+Daily)\b[^.;]{0,40}?\b(?:said|says|reported|reports|announced)\b",
    re.I,
)
# An in-effect cue stated for the future ("will take effect", "is due to come into force") is not one.
# A negation or an auxiliary between the modal and the cue keeps it ahead: "may not be passed until",
# "will not take effect", "is yet to be finalised".
FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|could|may|might|expected\s+to|due\s+to|set\s+to|scheduled\s+to)\s+"
    r"(?:(?:not|yet|still|only|also|now|then|soon|be|have|been)\s+){0,3}(?:\w+\s+)?$"
    r"|将(?:于)?$|将(?!近|军).{0,12}$",
    re.I,
)
RULE_VERB_STEMS = (
    r"introduc|launch|offer|rais|cut|cap|eas|tighten|ban|bar|restrict|expand|extend|creat|scrap|end|lift|allow|"
    r"requir|impos|add|open|replac|overhaul|reform|chang|roll\s+out|shorten|double|halve|hike|increas|lower|"
    r"reduc|suspend|revok|curb|limit|toughen|relax|unveil|establish|set\s+up|make|grant|issue|accept|resume|"
    r"restart|bring|start|begin|tell|order|ask|advise|forbid|prohibit|block|freeze|pause|halt|stop|offer|sign(?!ific|al)"
)
# A headline's infinitive states a plan: "China to launch new K visa", "Shorter UK graduate visa to be
# introduced in January 2027".
HEADLINE_TO = re.compile(r"\b(?:to|set\s+to)\s+(?:be\s+)?(?:" + RULE_VERB_STEMS + r")\w*\b", re.I)
# "Call to offer researchers careers", "Scheme to attract engineers": an infinitive after a scheme noun
# says what the scheme is for, not that something is yet to be done.
PURPOSE_NOUN_BEFORE = re.compile(
    r"\b(?:call|calls|programmes?|programs?|schemes?|initiatives?|funds?|grant|grants|pass|passes|visas?|packages?|"
    r"fellowship|fellowships|platforms?|campaigns?|drives?)\s+$",
    re.I,
)


def headline_plan(title: str) -> re.Match[str] | None:
    return next((m for m in HEADLINE_TO.finditer(title)
                 if not PURPOSE_NOUN_BEFORE.search(title[max(0, m.start() - 20) : m.start()])
                 and not REFUSAL_BEFORE.search(title[max(0, m.start() - 20) : m.start()])), None)


# "Judge declines to block the fee", "Court refuses to halt": an infinitive refused is no plan.
REFUSAL_BEFORE = re.compile(r"\b(?:declin\w*|refus\w*|reject\w*|fail\w*|won't|will\s+not|not)\s+$", re.I)


# Announcing: with a future in the sentence the measure is announced; without, it has been done.
ANNOUNCE = screened(
    r"\b(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|launch(?:es|ed|ing)|introduc(?:es|ed|ing)|"
    r"roll(?:ed|s|ing)?\s+out|set\s+out)\b|宣布|公布",
    re.I,
)
FUTURE_WORDS = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|plans?\s+to|planning\s+to|would|"
    r"next\s+(?:year|month|week)|from\s+(?:next|early|later)|starting\s+(?:next|in\s+\d{4}))\b|将(?!近|军)|拟",
    re.I,
)
# A government acting, done: "has imposed", "were barred", "revoked", "charged"; the present of a headline
# or a rule ("bans", "requires", "must") says the same of a rule in force.
PERFECT_ACTION = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:" + RULE_VERB_STEMS + r")\w*(?:ed|en|t)\b"
    r"|修改|增设|出台|印发|签署|审议通过",
    re.I,
)
# "Charged with" a duty's gerund gives a body its task, not a charge: "the agency charged with vetting
# student visas", "is charged with overseeing the scheme" (see also charged_with_duty).
_DUTY_AFTER = re.compile(
    r"\s+with\s+(?:overseeing|administering|implementing|enforcing|vetting|reviewing|managing|monitoring|running|"
    r"regulating|coordinating|supervising|processing|drafting|developing|screening|assessing|evaluating|approving|"
    r"issuing|handling|designing|leading|ensuring|promoting|protecting|setting|carrying|delivering|advising|"
    r"overhauling|investigating|policing|safeguarding|attracting|recruiting)\b",
    re.I,
)
PAST_ACTION = screened(
    r"\b(?:has|have|had|was|were|been)\s+(?:\w+\s+){0,2}?(?:" + RULE_VERB_STEMS + r")\w*(?:ed|en|t)\b"
    r"|\b(?:imposed|introduced|banned|barred|restricted|ordered|revoked|stopped|suspended|raised|expanded|"
    r"tightened|eased|created|approved|charged(?!" + _DUTY_AFTER.pattern + r")|sentenced|prohibited|blocked|denied|extended|capped|"
    r"required|instructed|told|asked|advised|increased|lowered|shortened|doubled|halted|paused|froze|"
    r"terminated|confirmed|toughened|widened|relaxed|loosened|curbed|hiked|halved|exempted|waived)\b|已(?:经)?(?:实施|开始|执行|要求|禁止|限制|暂停)|修改|增设|出台|印发|签署|审议通过",
    re.I,
)
PRESENT_ACTION = screened(
    r"\b(?:bans|bars|restricts|imposes|orders|revokes|suspends|raises|expands|tightens|eases|requires|"
    r"prohibits|blocks|caps|halts|pauses|freezes|must|mandates|now\s+(?:need|needs|require|requires|must)|"
    # The headline's present of a change made: "Australia toughens rules", "Japan lowers the threshold".
    r"toughens|lowers|widens|extends|relaxes|loosens|curbs|limits|hikes|increases|doubles|halves|shortens|"
    r"cuts|exempts|waives|"
    r"(?:is|are)\s+(?:now\s+)?(?:imposing|introducing|tightening|restricting|requiring|barring|banning|"
    r"limiting|blocking|halting|pausing|freezing))\b",
    re.I,
)
# Activity resuming after a restriction ("scientists resume official travel after suspension", "visa
# interviews restart following the pause"): the restriction is withdrawn.
RESUMED = re.compile(
    r"\b(?:resum|restart|reopen)\w*\b[^.;]{0,50}?\b(?:after|following|as)\b[^.;]{0,30}?"
    r"\b(?:suspension|pause|freeze|ban|moratorium|halt|hiatus)\b(?!\s+(?:on|of)\s+\w+\s+(?:is|was)\s+extended)",
    re.I,
)
# A court stopping the government: "judge blocks the fee", "court halts the revocation", "an order blocking
# the administration from", "temporary restraining order". (Not "court bars the scientist from leaving":
# only verbs that stop a measure.)
COURT_STAYS = screened(
    r"\b(?:court|judge|justice|tribunal|injunction|restraining\s+order)\b[^.;]{0,80}?\b(?:block|halt|enjoin|"
    r"pause|suspend|freeze|froze|stay|strik\w*\s+down|struck\s+down|vacat|set\s+aside)\w*\b"
    r"|\b(?:temporary\s+restraining\s+order|preliminary\s+injunction)\b"
    # A ruling against the measure: "the judge ruled the department violated the APA", "court finds the rule
    # unlawful"; the government losing its case: "administration loses H-1B court case".
    r"|\b(?:court|judge|justice|tribunal)\b[^.;]{0,80}?\b(?:rul(?:es|ed)|f(?:inds|ound)|held|declar(?:es|ed))\b"
    r"[^.;]{0,80}?\b(?:unlawful|illegal|unconstitutional|invalid|violated|exceeded\s+(?:its|his|her)\s+authority)\b"
    r"|\b(?:administration|government|department|ministry|agency|state)\b[^.;]{0,30}?\blos(?:es|t|ing)\b[^.;]{0,50}?"
    r"\b(?:court\s+)?(?:case|lawsuit|suit|legal\s+challenge|appeal)\b"
    # The passive, the court after the verb: "the fee was blocked by a federal judge".
    r"|\b(?:blocked|halted|paused|suspended|frozen|stayed|enjoined|struck\s+down|vacated)\s+by\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:court|judge|tribunal)\b"
    # The government barred from applying the rule: "the judge barred the agency from enforcing the cap".
    r"|\b(?:court|judge|justice|tribunal|injunction|ruling)\b[^.;]{0,80}?\b(?:bar\w*|prevent\w*|prohibit\w*|"
    r"order\w*|forb[ai]d\w*)\b[^.;]{0,60}?\b(?:from|to\s+stop|not\s+to)\s+(?:enforc|implement|apply|carry\w*\s+out)\w*",
    re.I,
)
# A court that will not stop the measure, or that ends a stop: "judge declines to block the fee", "court
# denied the request to halt", "appeals court lifted the injunction". The measure keeps (or regains) its stage.
# (Not the "not" of "ordered the agency not to enforce the rule": that is COURT_STAYS' own match, a stay.
# "did not", "will not" need no alternatives of their own: the bare "not" finds them.)
COURT_DECLINES = re.compile(
    r"\b(?:declin\w*|refus\w*|reject\w*|den(?:y|ies|ied|ying)|won['’]t|didn['’]t|doesn['’]t|"
    r"not(?!\s+to\s+(?:enforc|implement|apply|carry))|fail\w*|lift\w*|overturn\w*|revers\w*|dissolv\w*|"
    r"vacat\w*\s+(?:the|an?|its)\s+(?:\w+\s+)?(?:injunction|order|stay))\b",
    re.I,
)


# A stop asked of a court, not yet made (README: a lawsuit filed without a ruling leaves the action's stage as
# it is): "the lawsuit asks a federal judge to block the law", "urged the court to set aside the rule",
# "a suit seeking to halt the fee". What comes before the infinitive of stopping.
SOUGHT_BEFORE = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|petition(?:s|ed|ing)?|request(?:s|ed|ing)?|seek(?:s|ing)?|sought|motions?|"
    r"su(?:e|es|ed|ing)|challeng(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on)\b"
    # (A second verb of stopping may come first: "ask the court to set aside and enjoin the policies".)
    r"[^.;]{0,60}?\bto\s+(?:\w+\s+)?(?:(?:\w+\s+){1,2}(?:and|or)\s+)?$",
    re.I,
)


# ... unless a court is the one that ordered it, after the asking: "after the states sued, a federal judge
# ordered the administration to halt the fee" is a stop made. (Not "asked the court to order": the bare
# infinitive "order" is still the asking.)
COURT_ORDERED_BEFORE = re.compile(
    r"\b(?:courts?|judges?|justices?|tribunals?|magistrates?)\b(?:(?!\b(?:who|which|that)\b)[^.;]){0,40}?"
    r"\b(?:ordered|orders|directed|directs|instructed|instructs|required|requires|compelled|compels|told|tells)\b"
    r"[^.;]{0,50}?\bto\s+(?:\w+\s+)?(?:(?:\w+\s+){1,2}(?:and|or)\s+)?$",
    re.I,
)


def sought_stop(key: str, verb_start: int) -> bool:
    """Whether the verb of stopping at `verb_start` is only asked for (SOUGHT_BEFORE), not done (a court
    ordering it after the asking: COURT_ORDERED_BEFORE)."""
    before = key[max(0, verb_start - 90) : verb_start]
    sought = SOUGHT_BEFORE.search(before)
    return bool(sought and not COURT_ORDERED_BEFORE.search(before, sought.start()))


_STOP_VERB = re.compile(r"\b(?:block|halt|enjoin|pause|suspend|freeze|stay|strike|set\s+aside|vacate|bar|prevent|prohibit|order)",
                        re.I)


def court_stays(key: str) -> re.Match[str] | None:
    """A court stopping the measure (COURT_STAYS), unless it declines to or lifts a stop, or is only asked to."""
    for m in COURT_STAYS.finditer(key):
        if COURT_DECLINES.search(key[max(0, m.start() - 40) : m.end()]):
            continue
        verbs = list(_STOP_VERB.finditer(key, m.start(), m.end()))
        if verbs and sought_stop(key, verbs[-1].start()):
            continue
        return m
    return None


# A prosecution ended (README rule 3, "ended"): the charges dropped or dismissed, not merely asked to be
# ("prosecutors drop case against the professor", "a judge has dismissed charges against", "all charges ...
# have been dismissed"). A criminal case only: a lawsuit dismissed leaves a challenged rule as it was.
PROSECUTION_ENDED = screened(
    r"\b(?:drop(?:s|ped|ping)?|dismiss(?:es|ed|ing)?|withdr(?:aw|aws|ew|awn)|abandon(?:s|ed)?|quash(?:es|ed)?)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    # (A case against a person, not a suit against the government or its rule: "dismissed the case against the
    # fee" leaves the fee in force.)
    r"(?:charges|indictments?|prosecutions?|criminal\s+(?:charges?|cases?)|case\s+against"
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:rules?|fees?|polic\w+|laws?|orders?|proclamations?|bans?|caps?|administration|"
    r"government|department|agency|ministry|state|president)\b))\b"
    r"|\b(?:charges|indictments?|prosecutions?)\b(?:(?!\b(?:but|and|while|after|before|though|although|whose|which)\b)[^.;]){0,70}?\b(?:(?:was|were|has\s+been|have\s+been)\s+)"
    # (Not a negation in between: "the charges were not dropped", "were never dismissed".)
    r"(?:(?!(?:not|never)\b)\w+\s+)?(?:dropped|dismissed|withdrawn|quashed|abandoned)\b",
    re.I,
)
# ... unless someone only asks or means to: "prosecutors are seeking to drop", "filed a motion to dismiss",
# "moved to dismiss", "recommended dropping", "could drop".
_PROSECUTION_AIM = re.compile(
    r"\b(?:to|will|would|could|may|might|should|seek\w*|sought|ask\w*|urg\w*|motion|recommend\w*|call\w*\s+for|"
    r"consider\w*|weigh\w*|refus\w*|declin\w*|not|never)\s+(?:\w+\s+){0,1}$",
    re.I,
)


# ... or someone rebuts them: "Beijing dismissed the charges as politically motivated", "rejected the
# indictment as baseless" (a verdict on the charges, not a case ended); the conjunction "as" ("dropped the
# charges as part of a deal", "as the evidence was thin") and a court dismissing them are no rebuttal.
_REBUTTED_AFTER = re.compile(
    r"(?:\s+(?:against|of|brought|filed)\b[^.;,]{0,50}?)?\s+as\s+(?!(?:part|well|a\s+result|of|soon|such|the|this|that|"
    r"these|those|he|she|it|they|we|i|his|her|its|their|prosecutors?|requested|agreed|expected|required|"
    r"promised|planned)\b)",
    re.I,
)
_DISMISSING = re.compile(r"^dismiss", re.I)
_COURT_SUBJECT = re.compile(r"\b(?:courts?|judges?|justices?|tribunals?|magistrates?|prosecutors?|attorneys?)\b", re.I)


def _rebutted(key: str, m: re.Match[str]) -> bool:
    """Whether the match is charges dismissed as something ("dismissed the charges as politically motivated")
    by someone other than a court or a prosecutor: a rebuttal, not a case ended."""
    return bool(_DISMISSING.match(m.group(0)) and _REBUTTED_AFTER.match(key, m.end())
                and not _COURT_SUBJECT.search(key[: m.start()]))


def prosecution_ended(key: str) -> re.Match[str] | None:
    """A criminal case told dropped or dismissed (PROSECUTION_ENDED), unless only asked for or intended, or
    the charges only rebutted."""
    return next((m for m in PROSECUTION_ENDED.finditer(key)
                 if not _PROSECUTION_AIM.search(key[max(0, m.start() - 30) : m.start()]) and not _rebutted(key, m)),
                None)


# The rule's text put out, done (README rule 5: "gazetted or published as a final rule"): "the ministry has
# released the new salary table", "the thresholds were published", "New Salary Table Released". Not a
# draft's, a plan's or a report's publication: that is a proposal or a study.
PUBLISHED_DONE = screened(
    # (Not a negation in between: "has not published the new salary table", "was never released".)
    r"\b(?:(?:has|have|had|was|were|been)\s+(?:(?!(?:not|never|yet)\b)\w+\s+)?)"
    r"(?:publish|releas|issu|gazett|promulgat|finali[sz])ed\b"
    r"|\b(?:publish|releas|issu|gazett|promulgat|finali[sz])ed\s*$",
    re.I,
)
_PUBLISHED_OTHER = re.compile(
    r"\b(?:draft\w*|propos\w*|plans?|consultation|bill|reports?|study|studies|survey|statistics|data|figures|"
    r"white\s+paper|green\s+paper|recommendations?|roadmap|strategy|statement)\b",
    re.I,
)


# A person released, not a text: "was released on bail", "released from custody", "released without charge".
_PERSON_RELEASED = re.compile(
    r"\breleas\w*\s+(?:(?:him|her|them)\s+)?(?:on\s+(?:bail|parole|probation|bond|licence|license)|"
    r"from\s+(?:custody|detention|prison|jail|hospital)|without\s+(?:charge|bail))\b"
    r"|\b(?:bail|custody|detained|detention|arrested|prisoners?|hostages?)\b",
    re.I,
)


# "Released" is said of people as much as of texts: it counts when the sentence names a text.
_RELEASED = re.compile(r"\breleas", re.I)
_TEXT_NOUN = re.compile(
    r"\b(?:rules?|regulations?|tables?|lists?|guidance|guidelines?|guides?|decrees?|orders?|notices?|circulars?|"
    r"criteria|thresholds?|rates?|schedules?|details|requirements?|polic(?:y|ies)|laws?|acts?|forms?|instructions?|"
    r"bulletins?|quotas?|fees?|standards?|directives?|ordinances?|amendments?|handbooks?|manuals?|documents?|"
    r"texts?|terms|conditions|measures?|procedures?|FAQs?|codes?)\b",
    re.I,
)


def published_done(key: str) -> str:
    """A rule's text told published or released, done (PUBLISHED_DONE), in a sentence that names no draft,
    plan or report and tells no person released ("released" only with a text named); or ""."""
    m = PUBLISHED_DONE.search(key)
    if not m or _PUBLISHED_OTHER.search(key) or _PERSON_RELEASED.search(key):
        return ""
    return "" if _RELEASED.search(m.group(0)) and not _TEXT_NOUN.search(key) else m.group(0)


# A prosecution's step told done, on the record of a prosecutor or a court (README rule 4: prosecutions under
# a rule are the rule in force): "six engineers were indicted", "was sentenced", "起诉", "기소", "逮捕", "收押".
# Details insiders add do not make the step a leak.
PROSECUTION_STEP = screened(
    r"\b(?:indicted|sentenced|convicted|arrested|charged\s+with|pleaded\s+guilty|found\s+guilty)\b"
    r"|起诉|起訴|기소|逮捕|체포|구속|收押|羁押|羈押|判决|判決|판결|驳回|駁回|送検|有罪|判刑",
    re.I,
)
# ... unless the same sentence hedges it: "was reportedly arrested", "sources said he was detained".
_HEDGED = screened(
    # (Not a source as a thing: "source code", "a source country", "open-source", "the source of funds".)
    r"\b(?:reportedly|people\s+familiar|person\s+familiar|unconfirmed)\b"
    r"|(?<!open[\s-])\bsources?\b(?!\s+(?:code|countr(?:y|ies)|materials?|files?|texts?|languages?|data|of)\b|-)"
    r"|知情人士|消息人士|据报道|據報導|関係者によると|것으로\s*알려졌다|것으로\s*전해졌다",
    re.I,
)


# ... nor a body's name before it, with no auxiliary ("two officials were charged with fraud" is a prosecution).
_BODY_BEFORE = re.compile(
    r"\b(?:agenc(?:y|ies)|bod(?:y|ies)|offices?|departments?|ministr(?:y|ies)|committees?|commissions?|councils?|"
    r"panels?|teams?|units?|authorit(?:y|ies)|bureaus?|regulators?|organi[sz]ations?|institutions?|"
    r"task\s+forces?|boards?)\s+(?:(?:that|which)\s+(?:is|are|was|were)\s+)?$",
    re.I,
)


def prosecution_step(key: str) -> str:
    """A prosecution's step told done on the record (PROSECUTION_STEP), in a sentence that does not hedge it;
    or ""."""
    m = next((m for m in PROSECUTION_STEP.finditer(key)
              if not (m.group(0).lower().startswith("charged") and charged_with_duty(key, m.start()))), None)
    return m.group(0) if m and not _HEDGED.search(key) else ""


def charged_with_duty(key: str, start: int) -> bool:
    """Whether "charged" at `start` gives a body a duty (_BODY_BEFORE, _DUTY_AFTER), not a charge."""
    return bool(_DUTY_AFTER.match(key, start + len("charged"))
                or _BODY_BEFORE.search(key[max(0, start - 40) : start]))


# A call for applications being run: "call for applications", "the 2025 processing call", "welcomes
# applications", "convocatoria", "Ausschreibung", "appel à candidatures".
CALL_OPEN = screened(
    r"\b(?:calls?\s+for\s+(?:applications|proposals|nominations|candidates)|(?:processing|open|funding|application)"
    r"\s+call|welcomes?\s+applications|invites?\s+applications|(?:is|are|now)\s+accepting\s+applications|"
    r"applications\s+are\s+(?:now\s+)?open|convocatorias?|Ausschreibung|appels?\s+à\s+(?:candidatures|projets)|"
    r"bandos?\s+di\s+concorso)\b",
    re.I,
)
# Another round than the one now open: "the previous call", "la anterior convocatoria", "next year's call".
OTHER_ROUND = screened(
    r"\b(?:previous|prior|last|earlier|next|upcoming|future|anterior|pr[oó]xima|vorherige\w*|letzte\w*|n[äa]chste\w*|"
    r"pr[ée]c[ée]dent\w*|prochain\w*|precedente|prossim\w*)\b",
    re.I,
)
# A legislator introducing legislation, or a bill introduced: a bill before its vote (README rule 7),
# "Congressman Moore Introduces Stop CCP VISAs Act", "senators introduced legislation to".
BILL_INTRODUCED = screened(
    r"\b(?:congress(?:man|woman|member)|representative|senators?|lawmakers?|legislators?|MPs?|MEPs?)\b"
    r"[^.;]{0,60}?\bintroduc(?:es|ed|ing)\b"
    # "introduced bipartisan H-1B, L-1 visa reform legislation": the bill's name may run to a few words, but
    # not across a clause ("introduced the caps last year, before a bill to legislate them failed").
    r"|\bintroduc(?:es|ed|ing)\s+(?:a\s+|the\s+|new\s+)?"
    r"(?:(?!(?:and|but|or|before|after|while|which|that|when|last|this|next|in)\b)[\w-]+,?\s+){0,6}?(?:bill|legislation)\b",
    re.I,
)
# One chamber passing a bill leaves a bill: "Lower House passes ... bill", "the Senate approved the bill".
CHAMBER_PASSED = re.compile(
    r"\b(?:(?:Lower|Upper)\s+House|House\s+of\s+(?:Representatives|Commons|Councillors|Lords)|House|Senate|"
    r"Bundestag|Bundesrat|Assemblée\s+nationale|National\s+Assembly|Legislative\s+Yuan|Diet|Duma|Lok\s+Sabha|"
    r"Rajya\s+Sabha)\b[^.;]{0,30}?\b(?:pass(?:es|ed)?|approv(?:es|ed)|adopt(?:s|ed))\b[^.;]{0,80}?\bbill\b",
)
# A committee reporting a bill to its chamber, a step before the floor vote: "Reported by Mr. Cruz, without
# amendment", "reported favorably by the Committee on the Judiciary" (not a press report).
COMMITTEE_REPORTED = re.compile(
    r"\breported\s+(?:(?:favou?rably|unfavou?rably|without\s+amendment|with\s+(?:an\s+)?amendments?),?\s+)?"
    r"(?:by\s+(?:Mr|Mrs|Ms|Sen|Senator|Rep|Representative|Chairman|Chairwoman|Chair|the\s+Committee|Committee)\b"
    r"|without\s+amendment|favou?rably|from\s+(?:the\s+)?committee|to\s+the\s+(?:House|Senate))",
    re.I,
)
# A bill made law, its final step whatever "bill" it is still called: "the president signed the skilled
# visa bill into law", "the bill became law", "received royal assent".
MADE_LAW = re.compile(
    r"\bsign(?:s|ed|ing)?\b[^.;]{0,60}?\binto\s+law\b|\b(?:became|becomes|has\s+become)\s+(?:a\s+)?law\b|"
    r"\b(?:received|receives|given|granted)\s+(?:the\s+)?royal\s+assent\b",
    re.I,
)
# ... unless it is still to come or only a condition: "before it could be signed into law", "if it becomes law".
_UNLESS_MADE = re.compile(r"\b(?:before|if|until|unless|once|whether|when|could|would|will|may|might|must|to)\b[^.;]{0,25}$", re.I)


def made_law(text: str) -> str:
    """A bill told as made law (signed into law, royal assent), not as a step still to come; or ""."""
    return next((m.group(0) for m in MADE_LAW.finditer(text)
                 if not _UNLESS_MADE.search(text[max(0, m.start() - 30) : m.start()])), "")
# Another outlet credited for news, not unnamed people: retelling what a government has done (in the
# perfect, "has approved") is no leak.
RETOLD = frozenset({
    "newspaper reported", "the newspaper reported", "Reuters reported", "Bloomberg reported", "Financial Times reported",
    "Wall Street Journal reported", "New York Times reported", "The Information reported", "first reported",
    "media reports", "according to media reports", "reports say", "reports said", "according to a report",
    "according to report", "report by", "reported",
})
# A named public body as the subject of a done act: "the Premium Residency Center has approved", "the
# Ministry of Labour has issued" (proper case: a body by its name, not "the government has told firms").
BODY_ACTED = re.compile(
    r"\b(?:Cent(?:er|re)|Ministry(?:\s+of(?:\s+[A-Z][\w&]*)+)?|Agency|Department(?:\s+of(?:\s+[A-Z][\w&]*)+)?|"
    r"Authority|Office|Commission|Council|Bureau|Directorate|Cabinet|Board(?:\s+of(?:\s+[A-Z][\w&]*)+)?)\s+"
    r"(?:has|have)\s+(?:also\s+|now\s+|officially\s+)?\w+(?:ed|en|t)\b"
)
COUNTED_AFTER = re.compile(r"\s+(?:(?:more\s+than|over|nearly|almost|about|around|some)\s+)?\d[\d,.]*\b(?!\s*%)", re.I)
STATE_BEFORE = screened(r"\b(?:state|state-run|state-owned|official|government)[\s-]+$", re.I)
WEIGH_IN = re.compile(r"\s+(?:in|on)\b", re.I)
PASSIVE_BEFORE = screened(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", re.I)
WILL = re.compile(r"\bwill\s+(?:not\s+)?(?!be\s+able\b)\w+", re.I)
CONFIRMS = re.compile(r"\b(?:confirms|confirmed)\b", re.I)
# A government declining to speak is no official voice: "officials have not confirmed", "declined to confirm".
NEGATED = re.compile(r"\b(?:not|never|neither|nor|declined|refused)\b|n't\b", re.I)


def official_voice(key: str) -> str:
    """The government speaking or confirming on record in a sentence ("the ministry said"), or ""."""
    for pattern in (OFFICIAL_SAID, CONFIRMS):
        for m in pattern.finditer(key):
            if not NEGATED.search(key[max(0, m.start() - 20) : m.end()]):
                return m.group(0)
    return ""
# A leaked document: "an order to all U.S. embassies reviewed by Politico", "a cable obtained by the AP".
LEAK = screened(
    r"\b(?:cable|memo|memorandum|document|documents|order|letter|e-?mail|notice|directive|guidance|"
    r"instructions?|telegram|draft)\b[^;]{0,80}?\b(?:reviewed|seen|obtained|viewed)\s+by\b",
    re.I,
)
# Announcing a plan, a package or a strategy announces what is to come.
PLAN_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:plans?|package|strategy|framework|roadmap|proposals?)\b", re.I)
# Someone told or meaning to bring a scheme into being: it does not exist yet ("instructed the council to
# set up a fund", "wants to create a visa", "asked the ministry to draw up rules").
TO_CREATE = re.compile(
    # (Not "in order to create jobs", "the Commission ... to create", "a scheme that aims to create": a purpose.)
    r"\b(?:instruct\w*|order(?:s|ed)|ask(?:s|ed)?|task(?:s|ed)|wants?|wanted|plan(?:s|ned|ning)?|intend\w*|"
    r"pledg\w*|promis\w*|vow\w*|decid\w*|agree[sd]?)\b"
    r"[^.;]{0,60}?\bto\s+(?:set\s+up|create|establish|draw\s+up|develop|prepare|design|devise|draft|"
    r"come\s+up\s+with|build|found)\b",
    re.I,
)
# A stop only sought or shied from, in the languages whose infinitive follows a preposition: "une plainte
# pour bloquer les frais", "le juge semble réticent à bloquer", "una demanda para bloquear", "per bloccare",
# "um die Regel zu stoppen", "чтобы заблокировать" (README: a lawsuit filed without a ruling leaves the
# stage as it is). Not the bare "a", French's auxiliary in "le juge a bloqué".
ML_AIM_BEFORE = re.compile(
    r"(?<!\w)(?:à|pour|afin\s+de|de|d['’]|para|per|di|zu|te|om|чтобы)\s*(?:(?:la|le|les|l['’]|lo|los|las|die|den|das|het|de)\s*)?$",
    re.I,
)


# ... unless the infinitive is what was decided or ordered: "le tribunal a décidé de suspendre l'arrêté", "ha
# deciso di sospendere", "hat beschlossen, die Regel zu stoppen", "ordonné à l'État de suspendre": a stop made.
# (Only before de, di, zu: "pour", "para", "per", "um ... zu" state an aim whatever comes before.)
_DECIDED_BEFORE = re.compile(
    r"(?<!\w)(?:d[ée]cid[ée]\w*|decidi[óo]|decidid[oa]|decis[oa]|decise|beschlo(?:ss|ß)en|entschieden|ordonn[ée]\w*|"
    r"orden[óa]|ordenad[oa]|ordinat[oa]|ordin[òo]|angeordnet)(?!\w)(?:(?!\b(?:um|pour|para|per)\b)[^.;:!?]){0,50}$",
    re.I,
)
_DECIDABLE = re.compile(r"(?<!\w)(?:de|d['’]|di|zu)\s*(?:\w+['’]?\s*)?$", re.I)


def ml_aimed(text: str, start: int) -> bool:
    """Whether the verb at `start` is an infinitive of aim or reluctance (ML_AIM_BEFORE), not a stop made
    (decided or ordered: _DECIDED_BEFORE)."""
    aim = ML_AIM_BEFORE.search(text[max(0, start - 20) : start])
    if not aim:
        return False
    at = max(0, start - 20) + aim.start()
    return not (_DECIDABLE.match(aim.group(0)) and _DECIDED_BEFORE.search(text[max(0, at - 70) : at]))


# "entrará en vigor", "in Kraft treten soll", "вступит в силу", "施行予定": in force, but ahead.
ML_FUTURE_IN_FORCE = re.compile(
    # Whole words in the alphabets (Latin, Cyrillic: below U+0900); substrings in the scripts after them.
    "|".join(rf"(?<!\w){re.escape(f)}(?!\w)" if max(f) < "\u0900" else re.escape(f)
             for f in sorted(lx.ML_FUTURE_IN_FORCE, key=len, reverse=True))
    # Chinese puts its future marker before the date: "将于2026年2月27日正式生效", "将从明年起施行".
    # (Not 将近, "nearly", nor 将军, "general".)
    + r"|将(?!近|军)(?:于|从|在)?[^。；;]{0,24}?(?:正式)?(?:生效|施行)",
    re.I,
)
# A rule issued, told as done in Chinese, Japanese or Korean: "DHS 发布了一项规则", "已签署行政令" (the
# verb in the perfective, the rule named after it); "省令を公布した", "시행령을 공포했다" (the rule named
# before the verb). The text is folded onto simplified Chinese first.
_CJK_RULES = "|".join(map(re.escape, (*lx.ML_ADOPTED_ACTS_CJK, *lx.CJK_RULE_NAMES)))
CJK_ISSUED = re.compile(
    r"(?:(?:" + "|".join(lx.CJK_ISSUING_VERBS) + r")了|已(?:经)?(?:" + "|".join(lx.CJK_ISSUING_VERBS) + r"))"
    r"[^。；;!?！？称說说]{0,8}?(?:" + _CJK_RULES + r")"
    r"|(?:" + _CJK_RULES + r")(?:を|을|를)?\s?(?:公布|制定|공포|제정)(?:した|され|했다|됐다|되었다)"
)


# A Chinese legislature or government adopting by vote or deliberation ("全国人大常委会表决通过", "国务院常务
# 会议审议通过"): adopted, unless a chamber of a two-chamber legislature voted ("众议院表决通过" leaves a bill).
ZH_ADOPTED = re.compile(r"(?:表决|审议|会议)通过")
ZH_ONE_CHAMBER = re.compile(r"众议院|参议院|下议院|上议院|众院|参院")
# An executive act, which applies when signed unless it says otherwise.
EXECUTIVE_ACT = re.compile(r"\b(?:executive\s+orders?|proclamations?|decrees?|executive\s+actions?)\b", re.I)
EXECUTIVE_ORDER = re.compile(r"\bexecutive\s+orders?\b", re.I)
# The same, signed, in another language, in one sentence: "签署行政令", "布告に署名", "подписал указ".
# Whole words' starts in the alphabets (below U+0900); substrings in the scripts without spaces.
_ML_EXECUTIVE, _ML_SIGNING = (
    re.compile("|".join(rf"(?<!\w){re.escape(w)}" if max(w) < "\u0900" else re.escape(w) for w in words), re.I)
    for words in (lx.ML_EXECUTIVE_ACTS, lx.ML_SIGNING)
)


def executive_signed(key: str) -> str:
    """An executive act named in a sentence that tells its signing, in a language other than English; or ""."""
    act = _ML_EXECUTIVE.search(key)
    return act.group(0) if act and _ML_SIGNING.search(key) else ""


# "導入へ", "추진", "即将": a plan, in the languages whose constructions are not words apart.
ML_HEADLINE_PLAN = re.compile("|".join(re.escape(f) for f in lx.ML_HEADLINE_PLAN))
# An amendment tabled to a bill ("emendamento", "amendement", "Änderungsantrag", "enmienda"): a proposal,
# not yet adopted, in the languages whose lists of stages do not carry it.
ML_AMENDMENT = re.compile(r"(?<!\w)(?:emendament[oi]|amendements?|änderungsantr[aä]g\w*|enmiendas?|emendas?)(?!\w)", re.I)
# A bill, in the Italian forms the stage lists miss ("il disegno della legge di bilancio", "il ddl"): a
# draft before parliament's final vote, whatever the cabinet has approved.
ML_BILL = re.compile(r"(?<!\w)(?:disegno\s+del(?:la)?\s+legge|ddl)(?!\w)", re.I)
# A bill paid is a cost, not a law: "foot the bill", "pick up the bill", "pay a bill".
BILL_PAID = re.compile(
    r"\b(?:foot\w*|pick\w*\s+up|pa(?:y|ys|ying|id)|split\w*|cover\w*|left\s+with)\s+(?:(?:the|a)\s+)?$", re.I
)
# A law, act or decree said to take effect later was adopted (README rule 5: enacted, applies later), unless
# the sentence calls it a draft or a bill: "the new law will take effect on 1 January", "das neue
# Fachkräfteeinwanderungsgesetz, dessen Vorschriften in Kraft treten sollen".
_EN_FUTURE = r"(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to)\s+(?:\w+\s+)?"
# ("Apply to" only with the act, or a pronoun for it, as its subject: "universities will apply to the
# ministry" is people applying, not a rule taking effect.)
# Screened: every sentence of an English page asks it, and few hold any of the words it needs.
EN_FUTURE_IN_FORCE = screened(
    rf"\b{_EN_FUTURE}(?:take\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force|go\s+into\s+effect|"
    rf"apply\s+from)\b|\b(?:law|act|decree|statute|ordinance|requirements|criteria|benchmarks|thresholds|rules|"
    rf"regulations|list|table|rates|fees|levels|schedule|it|which|they)\s+{_EN_FUTURE}apply\s+to\b"
    # ... or what it applies to named after it: "the revised salary will apply to new applications from May".
    rf"|\b{_EN_FUTURE}apply\s+to\s+(?:all\s+|new\s+|existing\s+|current\s+|any\s+)?(?:applications|applicants|"
    rf"renewals|holders|employers|sponsors|passes|permits|visas|contracts|new\s+hires)\b",
    re.I,
)
ADOPTED_ACT = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:new\s+|amended\s+|revised\s+)?(?:law|act|decree|statute|ordinance)\b"
    # A rule's text told already changed: "the revised salary benchmarks", "the amended requirements" (an
    # article or the sentence's start before it: "had not revised the fees" is a verb, not the text).
    r"|(?:\b(?:the|these|this|its|their|an?)\s+|^)(?P<revised>(?:amended|revised|updated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:requirements|criteria|benchmarks|thresholds|rules|regulations|list|table|rates|fees|levels|schedule))\b",
    re.I,
)
# Before a text told revised, a negation or a future: not yet revised ("will publish an updated list").
NOT_YET_REVISED = re.compile(
    r"\b(?:not|never|yet|will|shall|would|(?:plans?|planning|set|going|expected|due|is|are)\s+to)\b|n't\b", re.I
)
DRAFT = re.compile(r"\b(?:bill|draft|proposal|proposed|consultation)\b", re.I)
ML_ADOPTED_ACT = re.compile(
    r"(?<!\w)(?:" + "|".join(lx.ML_ADOPTED_ACTS) + r")(?!\w)|" + "|".join(map(re.escape, lx.ML_ADOPTED_ACTS_CJK)), re.I
)
ML_DRAFT = re.compile("|".join(lx.ML_DRAFTS), re.I)


def adopted_act_ahead(key: str, english: bool) -> str:
    """The name of a law or decree a sentence says will take effect later (not a draft's), or ""."""
    if english:
        act = ADOPTED_ACT.search(key) if EN_FUTURE_IN_FORCE.search(key) and not DRAFT.search(key) else None
        if act and act.group("revised") and NOT_YET_REVISED.search(key[max(0, act.start() - 30) : act.start()]):
            act = None
    else:
        act = ML_ADOPTED_ACT.search(key) if ML_FUTURE_IN_FORCE.search(key) and not ML_DRAFT.search(key) else None
    return act.group(0) if act else ""


def _whole_words(forms: tuple[str, ...]) -> str:
    """One pattern of the forms: whole words in the alphabets, substrings in the scripts without spaces.
    The boundaries are written once around all the alphabetic forms (one look-behind per position, not one
    per form: several times faster on long pages, and the same matches)."""
    spaced = [w for w in forms if w[0] < "\u0900"]
    other = [w for w in forms if w[0] >= "\u0900"]
    return "|".join(([rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)"] if spaced else []) + other)


# A sentence framed as a plan, a forecast, an announcement or a proposal (lexicon.UNSETTLED_WORDS): whole
# words in the alphabets (below U+0900), substrings in the scripts after them.
UNSETTLED = re.compile(_whole_words(lx.UNSETTLED_WORDS), re.I)


# The act that fixes a schedule, done: "publishes the 2026 thresholds", "were set", "has been adopted". (Not
# "approved" or "confirmed": a government that "has approved" a measure whose start is to come has announced
# it, README rule 6.)
ISSUED = re.compile(
    r"\b(?:publish(?:es|ed)|issu(?:es|ed)|gazett(?:es|ed)|sets|adopt(?:s|ed)|sign(?:s|ed)|finali[sz](?:es|ed)|"
    r"decree[sd]|enact(?:s|ed)|fix(?:es|ed))\b",
    re.I,
)


def settled_schedule(key: str, english: bool, language: str = "") -> bool:
    """Whether a sentence that dates a rule ahead states the date as fixed, with no modal, intention,
    announcement or draft ("ab Januar 2026 steigen die Gehaltsgrenzen", "учёным запретили ... с 1 марта
    2026"), as a rule adopted states its start (README rule 5), not as a government says it will act (rule
    6). English news tells an announced change in the simple present too ("the threshold rises to £38,700
    from April"), so there the act fixing the date must be told done ("Ireland publishes 2026 thresholds",
    "the rule was published"). `language` (ISO 639-1) picks the future endings read as a plan: French's
    bare -ra/-ront only in French."""
    if UNSETTLED.search(key) or headline_plan(key) or TO_CREATE.search(key):
        return False
    if not english:
        return not (_ML_FUTURE_VERB.search(key) or (language.lower().startswith("fr") and _ML_FUTURE_VERB_FR.search(key)))
    return bool(ISSUED.search(key) or any(
        not _APPROVED.search(m.group(0)) for pattern in (PAST_ACTION, PERFECT_ACTION) for m in pattern.finditer(key)))


_ML_FUTURE_VERB = re.compile(lx.ML_FUTURE_VERB, re.I)
_ML_FUTURE_VERB_FR = re.compile(lx.ML_FUTURE_VERB_FR, re.I)


def ml_future_verb(key: str, language: str) -> bool:
    """Whether a sentence in another language has a verb in the future ("abrirá", "ouvrira", "aprirà")."""
    return bool(_ML_FUTURE_VERB.search(key) or (language.lower().startswith("fr") and _ML_FUTURE_VERB_FR.search(key)))
_APPROVED = re.compile(r"\b(?:approv|confirm)\w*", re.I)


# An act published in an official journal (lexicon.GAZETTES).
GAZETTE = re.compile(_whole_words(lx.GAZETTES), re.I)
# The journal's name is not the act published in it ("will be published on the official portal", "has not
# yet been published in the Official Gazette"): a publishing verb past or perfect beside it, not negated
# nor in the future just before it (nor, in Japanese, Korean and Chinese, just after it).
_PUBLISHED_VERB = re.compile(_whole_words((
    r"published", r"gazetted", r"promulgated", r"issued", r"printed", r"appeared", r"publi[ée]\w*", r"paru\w*",
    r"promulgu\w*", r"publicad\w*", r"publicou", r"public[óo]", r"promulgad\w*", r"pubblicat\w*", r"promulgat\w*",
    r"veröffentlicht", r"verkündet", r"bekannt\s*gemacht", r"erschienen", r"gepubliceerd", r"bekendgemaakt",
    r"opublikowan\w*", r"publicat\w*", r"megjelent", r"kihirdet\w*", r"yay[ıi]mlan\w*", r"yay[ıi]nlan\w*",
    r"vyhlášen\w*", r"zveřejněn\w*", r"offentliggjort", r"kundgjort", r"kunngjort", r"publicerad\w*",
    r"опубликова\w*", r"обнародова\w*", r"نشر\w*", r"نُشر\w*", r"صدر\w*", r"פורסמ?ה?",
    "公布", "发布", "發布", "發佈", "公佈", "刊登", "刊发", "刊載", "刊载", "登载", "印发", "掲載", "告示", "게재", "공포", "고시",
)), re.I)
_NOT_YET_PUBLISHED = re.compile(_whole_words((
    r"not", r"never", r"yet", r"will", r"shall", r"would", r"to\s+be", r"once", r"if", r"until", r"awaiting", r"pending",
    r"ne", r"pas", r"sera\w*", r"devra\w*", r"no", r"não", r"ser[áà]\w*", r"deber[áà]\w*", r"non", r"sar[àa]\w*",
    r"dovr[àa]\w*", r"nicht", r"noch", r"wird", r"werden", r"soll\w*", r"sobald", r"niet", r"nog", r"wordt", r"zal",
    r"не", r"будет", r"будут", r"должн\w*", r"لم", r"لن", r"سوف", r"سيتم", r"לא",
    "未", "没有", "沒有", "将", "將", "拟", "擬", "待", "即将",
)), re.I)
_NOT_YET_AFTER = re.compile(r"^\S{0,4}?(?:予定|されない|されていない|되지|될|예정|않|후|后|後)")


def journal_published(text: str) -> str:
    """The official journal a sentence tells an act published in, as written; or "" (the journal only
    named, the publishing negated or still to come)."""
    for journal in GAZETTE.finditer(text):
        lo = max(0, journal.start() - 60)
        window = text[lo : journal.end() + 60]
        for verb in _PUBLISHED_VERB.finditer(window):
            if not (_NOT_YET_PUBLISHED.search(window[max(0, verb.start() - 25) : verb.start()])
                    or _NOT_YET_AFTER.search(window[verb.end() :])):
                return journal.group(0)
    return ""


def journal_pending(text: str) -> bool:
    """Whether a sentence tells an act's publishing in a journal negated or still to come ("has not yet been
    published in the Official Gazette", "will be gazetted"), with no publishing done beside it."""
    return not journal_published(text) and any(
        _PUBLISHED_VERB.search(text[max(0, j.start() - 60) : j.end() + 60]) for j in GAZETTE.finditer(text))

# A measure put to work, done, in Chinese, Japanese or Korean (lexicon.ML_DONE_FORMS).
ML_DONE = re.compile("|".join(lx.ML_DONE_FORMS))

# Adoption still a condition or a vote ahead (lexicon.PENDING_ADOPTION).
PENDING = re.compile(_whole_words(lx.PENDING_ADOPTION), re.I)
