"""Status: the cues of each stage of a rule's lifecycle (reported, proposed, enacted, in effect, ...),
the lifecycle verbs near a rule noun, ties, official voice, and the cues read by tense or guarded in
the future.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.models import Status

__all__ = [
    "ABOLISHED_CATEGORIES",
    "ABOLISH_VERBS",
    "CJK_ISSUING_VERBS",
    "CJK_RULE_NAMES",
    "COURT_ORDERS",
    "GAZETTES",
    "LIFECYCLE_VERBS",
    "LIFECYCLE_VERBS_EXTRA",
    "ML_ADOPTED_ACTS",
    "ML_ADOPTED_ACTS_CJK",
    "ML_DONE_FORMS",
    "ML_DRAFTS",
    "ML_EXECUTIVE_ACTS",
    "ML_FUTURE_IN_FORCE",
    "ML_FUTURE_VERB",
    "ML_FUTURE_VERB_FR",
    "ML_HEADLINE_PLAN",
    "ML_IN_FORCE_WORDS",
    "ML_LIFECYCLE_OBJECTS",
    "ML_LIFECYCLE_VERBS",
    "ML_MONTHS",
    "ML_NEXT_PERIOD_START",
    "ML_RESCIND_RULE_ONLY",
    "ML_SIGNING",
    "ML_START_AFTER",
    "ML_START_WORDS",
    "ML_STATUS_CUES_MORE",
    "ML_WEEKDAYS",
    "OFFICIAL_VOICE",
    "PENDING_ADOPTION",
    "RULE_OBJECTS",
    "RULE_OBJECTS_EXTRA",
    "STATUS_BY_TENSE",
    "STATUS_CUES",
    "STATUS_CUES_EXTRA",
    "STATUS_FUTURE_GUARDED",
    "STATUS_PRIORITY",
    "UNSETTLED_WORDS",
]

# ---------------------------------------------------------------- status

_STATUS_BASE: Mapping[Status, tuple[tuple[str, float], ...]] = MappingProxyType({
    "reported": (
        ("reportedly", 2.0), ("according to people familiar", 3.0), ("people familiar with", 3.0),
        ("familiar with the matter", 3.0), ("according to sources", 2.5), ("sources said", 2.5),
        ("according to a report", 2.5), ("according to report", 2.5), ("report by", 1.5), ("=reported", 0.5),
        ("no official comment", 3.0), ("did not respond to a request for comment", 2.0),
        ("did not respond to requests for comment", 2.0), ("declined to comment", 1.5),
        ("has not commented", 2.0), ("have not commented", 2.0), ("not been officially", 3.0),
        ("not been made public", 2.5), ("not publicly announced", 3.0), ("unconfirmed", 2.5),
        ("is said to", 1.5), ("according to documents seen by", 2.5), ("people with knowledge", 3.0),
        ("speaking on condition of anonymity", 2.5), ("not officially confirmed", 3.0), ("leaked", 1.0),
        ("people briefed on", 3.0), ("according to two people", 3.0), ("according to several people", 3.0),
        ("according to multiple people", 3.0), ("according to people", 2.5), ("the people said", 2.0),
        ("did not comment", 2.0), ("declined to respond", 1.5), ("could not be reached for comment", 1.5),
        ("did not immediately respond", 1.5), ("not yet been announced", 3.0), ("internal document", 2.0),
        ("据报道", 3.0), ("知情人士", 3.0), ("据悉", 2.0), ("消息人士", 3.0),
        # Nobody official has confirmed it: "officials have not confirmed", "according to researchers at".
        ("has not confirmed", 2.5), ("have not confirmed", 2.5), ("did not confirm", 2.0), ("not been confirmed", 2.5),
        ("could not be independently verified", 2.5), ("could not independently verify", 2.5),
        ("has not commented on the reports", 3.0), ("did not reply to questions", 1.5),
        ("according to researchers", 2.5), ("according to scientists", 2.5), ("according to employees", 2.5),
        ("according to staff", 2.5), ("according to accounts", 2.0), ("according to four people", 3.0),
        ("according to three people", 3.0), ("not aware of the situation", 2.0), ("told not to be named", 2.0),
        ("asked not to be named", 2.0), ("is not public", 2.5), ("passed on verbally", 2.5), ("据了解", 1.0),
        ("网传", 2.5),
        # Another outlet's scoop, retold: "Reuters reported", "citing people familiar".
        ("citing people", 3.0), ("citing sources", 3.0), ("citing unnamed", 3.0), ("according to media reports", 3.0),
        ("media reports", 2.0), ("the newspaper reported", 2.5), ("Reuters reported", 2.5), ("Bloomberg reported", 2.5),
        ("Financial Times reported", 2.5), ("Wall Street Journal reported", 2.5), ("New York Times reported", 2.5),
        ("The Information reported", 2.5), ("reports say", 2.0), ("reports said", 2.0), ("first reported", 2.0),
    ),
    "proposed": (
        ("proposed rule", 3.0), ("notice of proposed rulemaking", 3.0), ("=NPRM", 3.0), ("proposal", 1.5),
        ("propose", 1.5), ("draft", 1.5), ("draft rule", 2.5), ("consultation", 1.5), ("public comment", 2.0),
        ("comment period", 2.5), ("bill would", 2.0), ("introduced a bill", 2.5), ("=considering", 1.0),
        ("weighing", 1.0), ("would require", 1.0),
        # Literal: the stem of "plans" is that of "plane" ("boarding her plane to Boston").
        ("=plans to", 1.0), ("=plan to", 1.0), ("=planned to", 1.0), ("=planning to", 1.0), ("=Plans to", 1.0),
        ("=Plan to", 1.0), ("征求意见稿", 3.0), ("草案", 2.5),
        ("征求意见", 2.5), ("open for public comment", 3.0), ("proposed rules", 2.5), ("negotiating position", 2.5),
        ("would amend", 2.0), ("once the legislature passes", 1.0), ("if passed", 2.0), ("拟", 1.5), ("拟于", 2.0),
        # A proposal, a proposed rule (zh, ja): "规则提案", "拟议规则"; a co-sponsor ("提案人") still proposes.
        ("提案", 2.5), ("规则提案", 3.0), ("規則提案", 3.0), ("拟议规则", 3.0), ("擬議規則", 3.0), ("擬議規例", 3.0),
    ),
    "announced": (
        ("announce", 1.5), ("unveil", 1.5), ("will introduce", 1.5), ("will launch", 1.5), ("set to", 0.5),
        ("will take effect", 1.0), ("will come into force", 1.0), ("will apply from", 1.0),
        ("launch", 0.5), ("introduce", 0.5),
        ("will be able", 0.5), ("will require", 1.0), ("宣布", 2.0), ("发布", 1.0),
        ("has set aside", 1.5), ("have set aside", 1.5), ("under plans", 1.5),
        ("set out plans", 1.5), ("rolling out", 1.5), ("rolls out", 1.5),
        ("将于", 1.5), ("将", 0.5),
    ),
    "enacted": (
        ("final rule", 3.0), ("signed into law", 3.0), ("signed a proclamation", 3.0), ("signed an executive order", 3.0),
        ("=passed", 1.0), ("adopted", 1.5), ("approved by parliament", 3.0),
        ("published in the Federal Register", 2.5), ("issued a notice", 2.0), ("issued new rules", 2.0),
        ("=issued", 0.5), ("=Issued", 0.5), ("official gazette", 2.0), ("signed on", 1.5), ("=signed", 0.5), ("signed by", 1.5), ("印发", 2.0), ("颁布", 2.5), ("公布", 1.0),
        # (Not "通知", a notice: a document type, not an act of adoption; a notice calling applications or
        # telling how a rule at work is run applies as issued; issuing one is read from 印发 and 颁布.)
        ("under the proclamation", 1.5), ("executive order", 1.5), ("ordered by the White House", 2.0),
        ("cabinet approved", 1.5), ("approved by the cabinet", 1.5), ("laid before Parliament", 1.0),
    ),
    "in_effect": (
        ("takes effect today", 3.0), ("now in effect", 3.0), ("came into force", 3.0), ("comes into force today", 3.0),
        ("went into effect", 3.0), ("took effect", 3.0), ("has taken effect", 3.0), ("effective immediately", 3.0),
        ("in force", 1.5), ("now requires", 1.0), ("now require", 1.0), ("now need", 1.0), ("now must", 1.0),
        ("from today", 2.0), ("are now", 0.5), ("has begun", 1.5), ("have begun", 1.5), ("starting today", 3.0),
        ("起施行", 1.5), ("之日起施行", 3.0), ("之日起实施", 3.0), ("已实施", 3.0), ("正式实施", 2.0),
        ("came into effect", 3.0), ("comes into effect today", 3.0), ("went into force", 3.0),
        ("entered into force", 3.0), ("in effect since", 3.0), ("has been in effect", 3.0),
        ("have been in effect", 3.0), ("are now open", 2.0), ("is now open", 2.0), ("now open", 1.5),
        ("can now", 1.0), ("has begun screening", 2.0), ("have begun", 1.5), ("已于", 1.5), ("已正式", 2.0),
        ("took effect on", 3.0), ("now in force", 3.0), ("began accepting", 2.5), ("started accepting", 2.5),
        ("has started", 1.0), ("have started", 1.0),
    ),
    # Suspending or revoking is often the policy itself ("suspends entry", "revokes visas"): the status
    # changes only when the *rule* is what is suspended or withdrawn (see _lifecycle below).
    "suspended": (
        ("put on hold", 1.5), ("blocked by a court", 3.0), ("injunction", 2.5), ("court blocked", 3.0),
        ("judge blocked", 3.0), ("temporarily blocked", 3.0), ("struck down", 2.5), ("suspended", 0.3),
        ("paused", 0.3), ("暂停实施", 3.0), ("暂缓实施", 3.0), ("暂停", 0.3),
    ),
    "rescinded": (
        ("rescinded", 2.5), ("repealed", 3.0), ("revoked", 0.3), ("withdrawn", 0.8), ("scrapped", 0.8),
        ("reversed", 0.3), ("lifted", 0.3), ("废止", 3.0), ("撤销", 1.0), ("取消", 0.3),
    ),
})
STATUS_CUES: Mapping[Status, tuple[tuple[str, float], ...]] = _STATUS_BASE
# "suspend the rule", "the ban was lifted", "court suspends H-1B fee rule": a lifecycle verb near a rule noun
# (within a few words, either order) moves the status; the verb alone ("suspends entry") does not.
LIFECYCLE_VERBS: Mapping[Status, tuple[str, ...]] = MappingProxyType({
    "suspended": ("suspend", "pause", "halt", "freeze", "block", "delay", "enjoin"),
    "rescinded": ("rescind", "revoke", "repeal", "withdraw", "scrap", "reverse", "lift", "overturn", "drop", "abandon"),
})
RULE_OBJECTS: tuple[str, ...] = (
    "rule", "policy", "order", "ban", "requirement", "proclamation", "regulation", "restriction", "measure",
    "program", "programme", "scheme", "decision", "guidance", "fee", "cap", "directive", "law", "plan",
)
# Ties go to the later stage of the lifecycle (a story about a rule in force mentions its proposal).
STATUS_PRIORITY: tuple[Status, ...] = (
    "rescinded", "suspended", "in_effect", "enacted", "announced", "proposed", "reported", "unknown",
)
# Official-voice cues that outweigh "reportedly": the government itself has spoken.
OFFICIAL_VOICE: tuple[str, ...] = (
    "announced", "said in a statement", "press release", "published", "issued", "final rule", "Federal Register",
    "official gazette", "signed", "confirmed", "印发", "发布", "颁布",
)

# --- status: more cues ---
# Stage cues beside STATUS_CUES (tagging.py weighs them by where they stand: headline and lead most).
# Leaks and unnamed sources make a report; drafts, white papers and bills a proposal; signatures, decrees,
# final rules and passed laws an enactment; "now live", "with immediate effect", a sentence passed on
# someone a measure in effect.
STATUS_CUES_EXTRA: Mapping[Status, tuple[tuple[str, float], ...]] = MappingProxyType({
    "reported": (
        ("it is reported", 2.5), ("cited a cable", 3.0), ("industry sources", 2.5), ("according to industry", 2.5),
        ("people in the industry", 2.5), ("according to insiders", 2.5), ("insiders said", 2.5), ("researchers say", 2.0), ("researchers said", 2.0),
        ("scientists say", 2.0), ("scientists said", 2.0), ("sources say", 2.5), ("employees said", 2.0),
        ("employees say", 2.0), ("staff said", 1.5),
        ("according to a cable", 3.0), ("according to an internal", 3.0), ("according to a memo", 3.0),
        ("internal cable", 3.0), ("speaking anonymously", 2.5), ("on condition of anonymity", 2.5),
        ("on the condition of anonymity", 2.5), ("rumour", 2.0), ("rumor", 2.0),
        ("据传", 2.5), ("传中共", 3.0), ("传北京", 3.0), ("援引知情人士", 3.0),
        # The scoop's own constructions in Japanese and Korean: "it has emerged that", "it is said that".
        ("ことが分かった", 2.0), ("ことがわかった", 2.0), ("ことが明らかになった", 1.5), ("것으로 알려졌다", 2.0),
        ("것으로 전해졌다", 2.0), ("で分かった", 2.0), ("でわかった", 2.0),
        # Unnamed insiders in Japanese, the story's other opening: "関係者の話で分かった" (from what people
        # involved say).
        ("関係者の話で", 3.0), ("関係者の話では", 3.0),
        # An outlet's report retold, as "media reports", "the newspaper reported": "と報じた", "との報道",
        # "との記事", "보도했다", "据媒体报道", "报道称".
        ("と報じた", 2.0), ("と報じ", 2.0), ("との報道", 2.0), ("との記事", 2.0), ("と報道", 2.0), ("보도했다", 2.0),
        ("据媒体报道", 3.0), ("报道称", 2.0),
        # One unnamed source, not only many: "a person familiar with", "a source close to", "an official
        # who was not authorized to speak publicly".
        ("person familiar with", 3.0), ("source familiar with", 3.0), ("sources familiar with", 3.0),
        ("person with knowledge", 3.0), ("source close to", 2.5), ("sources close to", 2.5),
        ("according to a person", 2.5), ("according to a source", 2.5), ("according to one person", 3.0),
        ("not authorized to speak", 3.0), ("not authorised to speak", 3.0), ("requested anonymity", 2.5),
        ("asked not to be identified", 2.5), ("declined to be identified", 2.5), ("anonymous sources", 2.5),
        ("unnamed sources", 2.5), ("unnamed officials", 2.5), ("anonymous officials", 2.5),
        ("据知情人士", 3.0), ("知情者", 3.0), ("据透露", 2.0), ("関係者によれば", 3.0), ("複数の関係者", 3.0),
        # A count of sources, a source quoted, an outlet citing one.
        ("according to two sources", 3.0), ("according to three sources", 3.0), ("according to several sources", 3.0),
        ("according to multiple sources", 3.0), ("source said", 2.5), ("source says", 2.5), ("sources told", 2.5),
        ("source told", 2.5), ("sources as saying", 3.0), ("quoting sources", 3.0), ("quoting people", 3.0),
        ("citing a person", 3.0), ("citing a source", 3.0), ("citing two people", 3.0), ("citing officials", 2.5),
        ("citing government sources", 3.0), ("citing an unnamed", 3.0),
        # A practice passed on informally, never published (README rule 1: companies told informally).
        ("told informally", 2.5), ("informally told", 2.5), ("informally instructed", 2.5), ("verbal instructions", 2.5),
        ("verbally instructed", 2.5), ("verbally told", 2.5), ("unwritten rule", 2.5), ("window guidance", 2.5),
        ("口头通知", 2.5), ("口头要求", 2.5),
    ),
    "proposed": (
        ("white paper", 2.5), ("green paper", 2.5), ("draft bill", 3.0), ("draft law", 3.0),
        ("draft regulation", 3.0), ("draft rules", 3.0), ("consultation paper", 3.0), ("public consultation", 2.5),
        ("under consideration", 2.0), ("is considering", 2.0), ("mulls", 2.0), ("mulling", 2.0),
        ("legislative proposal", 3.0), ("proposal for a", 2.5), ("seeking comment", 2.5), ("comments are due", 2.5),
        ("proposes", 2.0), ("proposed", 1.0), ("immigration plans", 1.5), ("set out plans", 2.0),
        # A bill is a proposal until a final vote or a signature says otherwise (read against those).
        ("the bill", 1.5), ("a bill", 1.5), ("amendment bill", 2.5), ("amendments bill", 2.5),
        ("recommends passage", 2.5),
        # A stage of the bill short of its final vote: a first or second reading, a chamber's or the EU
        # Council's position, a general approach or a negotiating mandate (the third or final reading is
        # not one: Taiwan's 三读 is read as passed).
        ("first reading", 3.0), ("second reading", 3.0), ("position at first reading", 3.5),
        ("general approach", 3.0), ("negotiating mandate", 3.0), ("negotiating position", 3.0),
        ("一读", 3.0), ("一讀", 3.0), ("二读", 3.0), ("二讀", 3.0), ("第一読会", 3.0),
    ),
    # "The new policy would bar funding": what an announced measure will do, as the text describes it.
    "announced": (
        # Not yet in force, by name: "the upcoming pass", "applications will open", "has yet to take effect".
        ("upcoming", 1.5), ("forthcoming", 1.5), ("will be eligible", 1.0), ("applications will open", 1.5),
        ("expected to take effect", 1.5), ("yet to take effect", 2.0), ("not yet in force", 2.0),
        ("not yet in effect", 2.0), ("yet to be implemented", 2.0), ("details will be", 1.0),
        ("plans to launch", 1.5), ("is ready to invest", 1.5), ("unveiled plans", 2.0), ("would ban", 1.5),
        ("would bar", 1.5), ("would allow", 1.0), ("would introduce", 1.5), ("would impose", 1.5),
    ),
    "enacted": (
        ("signed a decree", 3.0), ("signed the decree", 3.0), ("signed an order", 2.5), ("signed the order", 2.5),
        ("signs executive order", 3.0), ("signed into law", 3.0), ("decree", 1.0), ("finalizes", 2.5),
        ("finalises", 2.5), ("finalized", 2.0), ("finalised", 2.0), ("legislation passed", 2.5), ("passed a law", 3.0),
        ("passed legislation", 3.0), ("became law", 3.0), ("introduced to Parliament", 2.0),
        ("laid before Parliament", 2.0), ("legislative amendments", 1.5), ("statement of changes", 2.5),
        ("promulgate", 2.5), ("has approved", 1.5), ("has adopted", 2.0), ("were issued by", 2.0),
        ("enacts", 2.5), ("enacted", 2.0),
        ("Official Journal", 2.0),
        # A law signed or amended, whenever it applies: "signs law raising", "the amended Act will take
        # effect on", "under the new law".
        ("signed a law", 3.0), ("signs law", 3.0), ("signed the law", 3.0), ("signed legislation", 3.0),
        ("signs legislation", 3.0), ("signed a bill", 3.0), ("signs bill", 3.0), ("signed the bill", 3.0),
        ("amended act", 2.0), ("amended law", 2.0), ("amendments to the law", 2.0), ("under the new law", 2.0),
        ("law was passed", 2.5), ("passed by parliament", 3.0), ("gazetted", 2.5), ("promulgated", 2.5),
        ("签署", 2.0), ("国务院令", 3.0), ("决定修改", 2.0), ("审议通过", 2.5), ("通过了", 1.5),
        # The official text itself ("本通知自...起施行"): issued, whenever it applies from.
        ("本通知", 2.0), ("本办法", 2.0), ("本规定", 2.0), ("本条例", 2.0), ("本决定", 2.0),
    ),
    "in_effect": (
        ("is now live", 3.0), ("now live", 2.5), ("went live", 3.0), ("opens to applicants", 2.5),
        ("opens for applications", 2.5), ("now accepting", 2.5), ("from this month", 2.5), ("with immediate effect", 3.0),
        ("in immediate effect", 3.0), ("immediate effect", 2.5), ("has been implemented", 3.0), ("now in place", 2.5),
        ("has begun implementation", 3.0), ("have begun to", 2.0), ("has begun to", 2.0), ("resumes", 1.5),
        ("resumed", 1.5), ("sentenced", 2.0), ("convicted", 2.0), ("charged with", 1.5), ("indicted", 1.5),
        ("has been in force", 3.0), ("in force since", 3.0), ("takes effect", 2.0), ("take effect", 2.0),
        ("comes into force", 2.0), ("come into force", 2.0), ("comes into effect", 2.0), ("已生效", 3.0), ("生效", 1.0),
        ("已经实施", 3.0), ("开始实施", 2.5),
    ),
    "rescinded": (
        ("terminated", 1.0), ("termination", 1.5), ("is dead", 1.5), ("shuttering", 1.5), ("formally withdrawn", 3.0),
        ("has withdrawn", 2.0), ("has been withdrawn", 2.5), ("has been scrapped", 2.5),
    ),
})
# In-effect cues stated in the future ("will take effect", "is expected to come into force") are not.
STATUS_FUTURE_GUARDED: frozenset[str] = frozenset({
    "takes effect", "take effect", "comes into force", "come into force", "comes into effect", "生效",
})
LIFECYCLE_VERBS_EXTRA: Mapping[Status, tuple[str, ...]] = MappingProxyType({
    "suspended": ("enjoined", "postpone", "defer", "shelve"),
    "rescinded": ("terminate", "withdrawn", "withdrew", "shutter", "discontinue", "axe", "dismantle", "abolish",
                  "end", "cancel", "sunset", "retire",
                  "kill", "undo", "close", "remove", "eliminate"),
})
# Verbs that abolish, whose object may be a category as well as a rule ("scraps the graduate visa"), and
# those categories, in the singular: a person's visas are revoked, not abolished.
ABOLISH_VERBS: tuple[str, ...] = ("scrap", "abolish", "axe", "dismantle", "discontinue")
ABOLISHED_CATEGORIES: tuple[str, ...] = ("visa", "permit", "pass", "card", "status")
# A court's stop on a rule: lifting or overturning one ("lifted the injunction against the fee") lets the
# rule apply, it does not withdraw it.
COURT_ORDERS: tuple[str, ...] = ("injunction", "injunctions", "stay", "ruling", "restraining", "judgment", "verdict")
# A restriction is a rule too: lifting a suspension, a freeze or a pause withdraws it.
RULE_OBJECTS_EXTRA: tuple[str, ...] = (
    "initiative", "travel ban", "suspension", "freeze", "pause", "moratorium",
    # A change is a rule too: "postponed the increase in visa fees", "delays implementation of the reform".
    "increase", "hike", "changes", "reform", "implementation", "rollout",
    # Immigration schemes go by these names: "closes the Student Direct Stream", "pauses the route".
    "stream", "route", "pathway",
)
# Announcing verbs are read by tense (tagging.py): "announced a cap" (done) is not "announced it will".
STATUS_BY_TENSE: frozenset[str] = frozenset({"announce", "unveil", "launch", "introduce"})

# --- status: dates and weekdays in other languages ---
# Month names (and their genitive forms) in English and the languages of the multilingual lists, for a
# start date stated in them ("С 11 декабря 2023", "ab dem 1. Juni", "à partir du 1er juin"); lower-case, matched as
# word prefixes of at least four letters (the longest form wins).
ML_MONTHS: Mapping[str, int] = MappingProxyType({
    form: month
    for month, forms in enumerate((
        # English abbreviations too ("from 1 Sept.", "Oct 1"), but not "mar" (Spanish for sea) nor "may".
        "january jan januar janvier enero gennaio janeiro januari stycz ocak январ січ",
        "february feb februar février fevrier febrero febbraio fevereiro februari lutego lutym şubat феврал лют",
        "march märz maerz mars marzo março maart marca marzec mart март березн",
        "april apr avril abril aprile kwietn nisan апрел квітн",
        # (Not English "may": "applicants from 18 may apply" is no date.)
        "mai mayo maggio maio mei maj maja mayıs мая май травн",
        "june jun juni juin junio giugno junho czerwc haziran июн червн",
        "july jul juli juillet julio luglio julho lipca lipiec temmuz июл липн",
        "august aug août aout agosto augustus augusti sierpn ağustos август серпн",
        "september sep sept septembre septiembre settembre setembro wrześ eylül сентябр вересн",
        "october oct oktober octobre octubre ottobre outubro październik ekim октябр жовтн",
        "november nov novembre noviembre novembro listopad kasım ноябр листопад",
        "dezember dec décembre decembre diciembre dicembre dezembro december desember grudn aralık декабр грудн",
    ), start=1)
    for form in forms.split() if not form.endswith("_")
})
# Words that make a date or a weekday the start of a rule: "from", "starting", "as of" and the like.
ML_START_WORDS: tuple[str, ...] = (
    "from", "starting", "beginning", "as of", "effective", "ab", "ab dem", "ab diesem", "ab kommendem", "vom",
    "à partir du", "à partir de", "dès le", "dès", "a partir del", "a partir de", "desde el", "dal", "dall'",
    "a partire dal", "a partire da", "vanaf", "per", "fra", "fra og med", "från", "från och med", "od",
    "с", "со", "з", "із", "от", "itibaren",
)
# A start written after its date, in Chinese, Japanese and Korean: "2025年10月16日から", "自3月1日起",
# "2026년 1월 1일부터" (substrings, read right after the date).
# (Regular expressions: "起诉" is prosecuted and "より多い" more than, so those two are guarded.)
ML_START_AFTER: tuple[str, ...] = ("から", r"より(?=施行|開始|適用|実施|[、。，,\s])", "以降", r"起(?![诉訴草飞飛])", "开始", "開始",
                                  "부터", "이후")
# A start in the next year or term, in other languages ("à partir de l'année prochaine", "明年起"); lower-case,
# matched after a non-word character (CJK forms anywhere).
ML_NEXT_PERIOD_START: tuple[str, ...] = (
    "à partir de l'année prochaine", "dès l'année prochaine", "dès la rentrée prochaine", "ab nächstem jahr",
    "ab kommendem jahr", "ab dem nächsten jahr", "ab dem kommenden jahr", "a partir del próximo año",
    "desde el próximo año", "a partir dell'anno prossimo", "dal prossimo anno", "a partir do próximo ano",
    "vanaf volgend jaar", "fra neste år", "från nästa år", "od przyszłego roku", "со следующего года",
    "с будущего года", "з наступного року", "gelecek yıldan itibaren", "明年起", "从明年", "自明年", "来年から",
    "来年度から", "내년부터",
)
# Weekdays, for "from this Saturday", "ab diesem Samstag", "с субботы" (the coming one, unless it is today).
ML_WEEKDAYS: Mapping[str, int] = MappingProxyType({
    form: day
    for day, forms in enumerate((
        "monday montag lundi lunes lunedì lunedi segunda maandag mandag måndag poniedział понедельник понеділ",
        "tuesday dienstag mardi martes martedì martedi terça dinsdag tirsdag tisdag wtor вторник вівтор",
        "wednesday mittwoch mercredi miércoles mercoledì mercoledi quarta woensdag onsdag środ сред серед",
        "thursday donnerstag jeudi jueves giovedì giovedi quinta donderdag torsdag czwart четверг четвер",
        "friday freitag vendredi viernes venerdì venerdi sexta vrijdag fredag piąt пятниц п'ятниц",
        "saturday samstag sonnabend samedi sábado sabato zaterdag lørdag lördag sobot суббот субот",
        "sunday sonntag dimanche domingo domenica zondag søndag söndag niedziel воскресень неділ",
    ))
    for form in forms.split()
})

# --- status: taking effect, stated ahead, in other languages ---
# Verb forms that put "in force" ahead ("entrará en vigor", the infinitive "in Kraft treten" after "soll"
# or "wird", "вступит в силу", "施行予定", "시행할"): a sentence with one of them and an in-force cue says
# the rule is still to apply.
# (Not the plain non-past of Japanese and Korean, "施行する", "시행한다": with "from today" it is now.)
# Lower-case whole words; CJK and Devanagari forms as substrings.
ML_FUTURE_IN_FORCE: tuple[str, ...] = (
    "entrará", "entrarán", "entrera", "entreront", "entrerà", "entreranno", "entrarà", "entrarão",
    "in kraft treten", "in kraft gesetzt werden", "zal", "zullen", "kommer att", "vil tre", "vil træde",
    "вступит", "вступят", "вступать", "набуде", "наберуть", "набиратиме", "yürürlüğe girecek",
    "施行予定", "施行へ", "施行の見通し", "施行される", "시행된다", "시행할", "시행 예정", "시행키로", "시행하기로", "시행될",
    "लागू होगा", "लागू होगी", "लागू होंगे", "लागू किया जाएगा",
    "سيدخل", "ستدخل", "tulee voimaan", "tulevat voimaan",
)

# "In force" and "applies", whatever the tense (the tense is read apart, by ML_FUTURE_IN_FORCE): for a rule
# in force from a start date stated in another language.
ML_IN_FORCE_WORDS: tuple[str, ...] = (
    "en vigueur", "in kraft", "gilt", "gelten", "en vigor", "vigente", "in vigore", "em vigor", "in werking",
    "i kraft", "w życie", "obowiązuj", "в силу", "действу", "чинності", "yürürlü", "berlaku", "hiệu lực",
    "施行", "실시", "시행", "लागू",
)
# Plans stated by a construction of their own in Chinese, Japanese and Korean: the Japanese headline's
# "〜へ" ("導入へ": towards introducing), "추진키로" (decided to push for), "계획이다" (it is planned),
# "即将" (about to).
ML_HEADLINE_PLAN: tuple[str, ...] = (
    "導入へ", "創設へ", "新設へ", "厳格化へ", "拡充へ", "拡大へ", "見直しへ", "緩和へ", "実施へ", "開始へ", "義務化へ",
    "方針を固め", "検討に入", "추진키로", "추진할 계획", "추진 방침", "도입키로", "신설키로", "확대키로", "계획이다",
    "방안을 마련", "即将", "预计将",
)

# --- status: an adopted act, and a draft, in other languages ---
# Names of an adopted law or decree (regular expressions, whole words; German compounds end in "gesetz"),
# and the words that make one a draft (substrings: "Gesetzentwurf", "projet de loi", "законопроект").
ML_ADOPTED_ACTS: tuple[str, ...] = (
    r"\w*gesetz", r"\w*verordnung", "loi", "décret", "ley", "decreto", "legge", "lei", "wet", "loven", "lagen",
    "ustawa", "закон", "указ", "постановление",
)
ML_DRAFTS: tuple[str, ...] = (
    "entwurf", "projet", "proyecto", "disegno", "ddl", "projeto", "voorstel", "forslag", "projekt", "проект",
    "законопроект", "草案", "法案", "提案", "改正案", "拟议", "擬議", "征求意见", "법안", "개정안", "입법예고",
)
# The same names in Chinese, Japanese and Korean, matched as substrings (no spaces between words): a new
# rule, a law, an ordinance ("新ルール", "法律", "省令", "条例", "시행령"); traditional forms as the text is
# folded onto simplified.
ML_ADOPTED_ACTS_CJK: tuple[str, ...] = (
    "新ルール", "新规", "规则", "规定", "法律", "改正法", "省令", "政令", "条例", "法令", "법률", "시행령", "규정",
    # A text told already revised ("更新版名单将于1月1日生效"), as "the revised thresholds" in English.
    "更新版", "修订版", "改訂版", "개정판",
)

# --- status: an executive act signed, in other languages ---
# A head of government's order, proclamation or decree, which applies when signed unless it says otherwise
# (README: "an executive order or proclamation effective on signing"), and the verbs of signing it:
# "签署行政令", "布告に署名した", "포고문에 서명했다", "подписал указ" (a government's decree, "décret",
# "Dekret", often applies later, and is read as adopted).
ML_EXECUTIVE_ACTS: tuple[str, ...] = (
    "行政令", "总统令", "行政命令", "公告", "大統領令", "布告", "행정명령", "포고문", "указ",
)
ML_SIGNING: tuple[str, ...] = (
    "签署", "署名", "서명", "подписал", "підписав",
)

# --- status: a rule issued, in Chinese, Japanese and Korean ---
# The verbs of issuing a rule: publishing, promulgating, signing ("发布了一项规则", "省令を公布した",
# "시행령을 공포했다"); read as done only in the perfective ("了", "已", "した", "했다"), near one of the
# rule names of ML_ADOPTED_ACTS_CJK or those below.
CJK_ISSUING_VERBS: tuple[str, ...] = ("发布", "公布", "颁布", "出台", "签署", "印发", "制定")
CJK_RULE_NAMES: tuple[str, ...] = ("行政令", "总统令", "新规", "办法", "细则", "行政命令", "대통령령", "고시")

# --- status: the stages in more languages ---
# The stages' words (as MULTILINGUAL_CUES' "status_*" and "reported" lists, which the multilingual matcher
# reads with these) in the other languages the sources publish in: Polish, Czech, Slovak, Croatian and
# Serbian, Romanian, Hungarian, Greek, Arabic, Persian, Hindi and Marathi, Hebrew (and a
# Japanese amendment bill, "改正案", or one sent to the Diet or the National Assembly). In force (done); to
# come into force (not the bare auxiliaries of the future, nor announcing, which an article on a rule in
# force uses as much as one on a plan); a bill, a draft, a consultation, considering; adopted; unnamed sources.
ML_STATUS_CUES_MORE: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "status_in_effect": (
        ("weszła w życie, wszedł w życie, weszło w życie, weszły w życie, vstoupil v platnost, vstoupila v platnost, "
         "vstoupilo v platnost, vstoupily v platnost, nabyl účinnosti, nabyla účinnosti, nadobudol účinnosť, "
         "nadobudla účinnosť, stupio je na snagu, stupila je na snagu, stupilo je na snagu, stupili su na snagu, "
         "stupile su na snagu, stupila su na snagu, stupio na snagu, stupila na snagu, stupilo na snagu, "
         "stupili na snagu, stupile na snagu, ступио је на снагу, ступио на снагу, ступила на снагу, "
         "ступили су на снагу, a intrat în vigoare, au intrat în vigoare, hatályba lépett, hatályba léptek, "
         "τέθηκε σε ισχύ, τέθηκαν σε ισχύ, دخل حيز التنفيذ, دخلت حيز التنفيذ, دخل حيّز التنفيذ, "
         "دخلت حيّز التنفيذ, أصبح ساريا, أصبح سارياً, اجرایی شد, به اجرا درآمد, لازم‌الاجرا شد, लागू हो गए, "
         "लागू कर दिया गया, लागू कर दी गई, लागू झाले, लागू झाला, लागू झाली, अंमलात आले, अंमलात आला, "
         "अंमलात आली, נכנס לתוקף, נכנסה לתוקף, נכנסו לתוקף", 3.0),
        # The coverage audit (tests/bot/analysis/lexicon/test_language_coverage.py): Finnish, and Arabic with the
        # law named inside ("دخل القانون حيز التنفيذ").
        ("tuli voimaan, tulivat voimaan, on tullut voimaan, ovat tulleet voimaan", 3.0),
        ("حيز التنفيذ, حيّز التنفيذ", 1.0),
    ),
    "status_future": (
        ("wejdzie w życie, wejdą w życie, vstoupí v platnost, nadobudne účinnosť, stupit će na snagu, "
         "va intra în vigoare, vor intra în vigoare, hatályba lép, θα τεθεί σε ισχύ, سيدخل حيز التنفيذ, "
         "ستدخل حيز التنفيذ, اجرایی خواهد شد, लागू होणार, लागू होईल, ייכנס לתוקף, תיכנס לתוקף", 1.0),
        ("tulee voimaan, tulevat voimaan, yürürlüğe girecek, yürürlüğe girmesi bekleniyor", 1.0),
        # The Russian perfective's future of the verbs of a rule: "запустит" (will launch), "введут" (will
        # introduce), as "будет" already is.
        ("запустит, запустят, введёт, введет, введут, ужесточит, ужесточат, упростит, упростят, расширит, "
         "расширят, создаст, создадут, откроет, откроют, начнёт, начнет, начнут, повысит, повысят, снизит, "
         "снизят, сократит, сократят, продлит, продлят", 1.0),
        # A Thai cabinet resolution ("ครม.ไฟเขียว", the cabinet green-lights; "มีมติเห็นชอบ", resolves to approve):
        # a decision not yet a legal act, its rules or start to come (README rule 6).
        ("ครม.เคาะ, ครม. เคาะ, ครม.ไฟเขียว, ครม. ไฟเขียว, ครม.อนุมัติ, ครม. อนุมัติ, ครม.เห็นชอบ, ครม. เห็นชอบ, "
         "ครม.มีมติ, ครม. มีมติ, ครม.ปรับ, ครม. ปรับ, มีมติเคาะ, มีมติเห็นชอบ, มีมติอนุมัติ", 1.0),
    ),
    "status_proposed": (
        ("návrh zákona, prijedlog zakona, nacrt zakona, predlog zakona, prijedlog izmjena, proiect de lege, "
         "proiectul de lege, törvényjavaslat, νομοσχέδιο, σχέδιο νόμου, مشروع قانون, مسودة قانون, مقترح قانون, "
         "لایحه, پیش‌نویس, मसुदा, הצעת חוק, תזכיר חוק, 改正案, 国会に提出, 国会へ提出, 국회에 제출", 3.0),
        ("lakiesitys, lakiesityksen, lakiesityksestä, hallituksen esitys, hallituksen esityksen, lakiluonnos*", 3.0),
        ("javno savjetovanje, javna rasprava, e-savjetovanje, dezbatere publică, consultare publică, "
         "társadalmi egyeztetés, δημόσια διαβούλευση", 2.5),
        ("zvažuje, razmatra, analizează, fontolgat, تدرس, يدرس, שוקל, שוקלת", 2.0),
        # A first or second reading of a bill, short of its final vote (as "first reading" in English).
        ("первом чтении, втором чтении, першому читанні, другому читанні, erster lesung, zweiter lesung, "
         "première lecture, deuxième lecture, primera lectura, segunda lectura, prima lettura, seconda lettura, "
         "primeira leitura, segunda leitura, eerste lezing, tweede lezing, pierwszym czytaniu, drugim czytaniu, "
         "ilk okuma, 1차 독회", 3.0),
        # A draft decree, even one a cabinet approved on first examination ("lo schema di decreto ... approvato
        # in Consiglio dei Ministri in esame preliminare"): the decree itself is still to be adopted.
        ("schema di decreto, esame preliminare, in via preliminare, projet de décret, projet d'ordonnance, "
         "proyecto de real decreto, proyecto de decreto, projeto de decreto, minuta de decreto, проект указа", 3.0),
    ),
    "status_enacted": (
        ("uchwalił, uchwaliła, uchwalona, uchwalony, podpisał ustawę, izglasao, izglasan, izglasala, "
         "a adoptat, a promulgat, promulgat, Monitorul Oficial, elfogadta, kihirdette, Magyar Közlöny, "
         "ψηφίστηκε, ΦΕΚ, الجريدة الرسمية, تصویب شد, تصویب کرد, पारित किया, अधिसूचना जारी, "
         "אושר בקריאה שלישית", 2.0),
        # The coverage audit: adopted, approved, signed (passive and active) in the languages of the lists.
        # (Only the singular: "les règles qui ont été adoptées", "norme che sono state approvate negli anni scorsi"
        # are other rules' past; a promulgation, in France and Italy, puts the law in force.)
        ("a été adoptée, a été adopté, è stata approvata, è stato approvato, approvata definitivamente, "
         "foi aprovada, foi aprovado, sancionou, foi sancionada, foi sancionado, "
         "antog lagen, har antagit, undertecknades, undertecknade, vedtog, vedtaget, underskrevet, underskrev, "
         "hyväksyi, hyväksyttiin, allekirjoitti, vahvisti lain, schválila, schválil, schválen, schválena, "
         "podepsal, podepsala, mengesahkan, disahkan, menandatangani, ditandatangani, đã thông qua, "
         "thông qua luật, đã ban hành, صادق على, صادقت على, "
         "أقر البرلمان, أقرّ البرلمان, وافق البرلمان, وافق مجلس, وافقت الحكومة, وقع الرئيس, وقّع الرئيس, אישרה את החוק, אישר את החוק, החוק אושר, אושר החוק, החוק נחתם, "
         "חתם על החוק", 2.0),
    ),
    "reported": (
        ("podle zdrojů, prema izvorima, prema neslužbenim informacijama, potrivit unor surse, conform unor surse, "
         "surse citate de, értesülés szerint, értesülések szerint, σύμφωνα με πηγές, σύμφωνα με πληροφορίες, "
         "مصادر مطلعة, مصادر مطّلعة, بحسب مصادر, حسب مصادر, نقلا عن مصادر, منابع آگاه, सूत्रों ने बताया, "
         "सूत्रांच्या माहितीनुसार, לפי מקורות", 3.0),
        # An outlet's own information, the press's idiom for a scoop: "Ylen saamien tietojen mukaan", "enligt
        # uppgifter till DN", "취재 결과", "取材で分かった", "记者获悉". (Not a bare "tietojen mukaan" or "enligt
        # uppgifter från", which also cite an agency's data; not "erfarer", also "experiences".)
        ("saamien tietojen mukaan, tietojemme mukaan, enligt uppgifter till, ifølge oplysninger til, "
         "취재 결과, 취재에 따르면, 取材で分かった, 取材でわかった, 取材で判明, 记者获悉, 记者了解到, 本报获悉", 2.5),
    ),
})

# --- status: something done to the rule itself, in other languages ---
# As LIFECYCLE_VERBS in English: a verb that abolishes or suspends, done (a participle or a finite form, not
# an infinitive, which is what someone means to do), with a rule named in the same sentence. Regular
# expressions (German and Dutch separable verbs stand apart: "schafft ... ab", "setzt ... aus").
ML_LIFECYCLE_VERBS: Mapping[Status, tuple[str, ...]] = MappingProxyType({
    "rescinded": (
        r"abgeschafft", r"schafft\b[^.;]{0,60}?\bab\b", r"aufgehoben", r"hebt\b[^.;]{0,60}?\bauf\b", r"zurückgenommen",
        r"supprim(?:e|é|ée|és|ées|ent)\b", r"abrog(?:e|é|ée|és|ées|ent)\b", r"aboli(?:t|e|es|s|ssent)?\b",
        r"derog(?:a|ó|ado|ada|ados|adas|an)\b", r"aboli(?:ó|do|da|dos|das)\b", r"suprim(?:e|ió|ido|ida)\b",
        r"abol(?:isce|ito|ita|iti|ite)\b", r"abrog(?:a|ato|ata|ati|ate)\b",
        r"revog(?:a|ou|ado|ada|ados|adas)\b", r"abol(?:e|iu|ido|ida)\b",
        r"отмен(?:ил|ила|или|ило|ен|ена|ено|ены|яет|яют)\b", r"упраздн(?:ил|ила|или|ён|ена|ены)\b",
        r"скасува(?:в|ла|ли|но)\b", r"znies(?:iono|ie|ł|ła|li)\b", r"afgeschaft", r"schaft\b[^.;]{0,60}?\baf\b",
        r"ingetrokken", r"kaldırıldı", r"kaldırdı", r"废止", r"废除", r"廃止", r"撤廃", r"폐지",
        # The coverage audit: Scandinavian, Finnish, Polish, Czech, the Russian "ё" and the Ukrainian passive,
        # Indonesian, Vietnamese, Arabic and Hebrew.
        r"avskaffa(?:t|ts|de|des|s)\b", r"slopa(?:t|ts|de|des|s)\b", r"afskaffe(?:t|s|de|des)\b", r"ophævet",
        r"ophæve(?:s|de)\b", r"avvikle(?:t|s|r)\b", r"avskaffe(?:t|s|r)\b", r"opphevet", r"kumott(?:iin|u)\b",
        r"kumosi\b", r"lakkautett(?:iin|u)\b", r"lakkautti\b", r"uchylon(?:o|y|a|e)\b", r"uchylił\w*",
        r"zrušen(?:a|o|y)?\b", r"zrušil\w*", r"отменён\b", r"скасован(?:о|а|ий|і)\b", r"dicabut\b",
        r"mencabut\b", r"bãi bỏ", r"ألغ(?:ى|ت)", r"تم إلغاء", r"בוטל",
    ),
    "suspended": (
        r"ausgesetzt", r"setzt\b[^.;]{0,60}?\baus\b", r"gestoppt", r"stoppt\b",
        r"suspend(?:u|ue|us|ues|ent)\b", r"suspend(?:e|ió|ido|ida|en)\b", r"sospes[oaie]\b", r"sospende\b",
        r"suspend(?:eu|ido|ida)\b", r"suspens[oa]\b",
        # The noun, as headlines put it ("Suspension du Programme de l'expérience québécoise"), and a
        # constitutional court striking a law down ("le Conseil constitutionnel censure la loi"; not a "motion de
        # censure" against a government).
        r"suspension\b", r"suspensión\b", r"sospensione\b", r"suspensão\b", r"(?<!motion de )(?<!motions de )censur(?:e|é|ée|és|ées|ent)\b",
        r"приостанов(?:ил|ила|или|лен|лена|лено|лены)\b", r"заморо(?:зил|зила|зили|жен|жена|жено|жены)\b",
        r"призупин(?:ив|ила|или|ено)\b", r"zawiesz(?:ono|a)\b", r"zawiesił\w*", r"opgeschort",
        r"schort\b[^.;]{0,60}?\bop\b", r"askıya", r"暂停", r"暂缓", r"叫停", r"冻结", r"凍結", r"一時停止", r"유예", r"보류",
        r"pausa(?:t|ts|de|des)\b", r"suspender(?:et|t|es)\b", r"keskeytett(?:iin|y)\b", r"keskeytti\b",
        r"zawieszon(?:y|a|o|e)\b", r"pozastaven(?:a|o|y)?\b", r"pozastavil\w*", r"ditangguhkan\b",
        r"menangguhkan\b", r"tạm (?:dừng|ngừng)", r"تم تعليق", r"قررت? تعليق", r"הושעת?ה", r"הוקפא",
        r"停止し", r"運用停止", r"중단(?:했다|됐다|한다|키로|하기로)",
    ),
})
# Ending verbs that also revoke a person's visa ("撤销签证", "取消签证"): read as rescinding only with a rule
# named ("司法部正式撤销中国行动计划", "终止该计划"), never a visa.
ML_RESCIND_RULE_ONLY: tuple[str, ...] = (r"终止", r"撤销", r"取消")
# What is abolished or suspended must be a rule, a programme, a ban (a visa too, for abolishing: a category
# is abolished, a person's visa is revoked; not for suspending, which the issuance of visas often is).
ML_LIFECYCLE_OBJECTS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "rule": (
        r"\w*programm\w*", r"\w*regel\w*", r"\w*verbot\w*", r"\w*gesetz\w*", r"\w*verordnung\w*",
        r"programmes?", r"règles?", r"interdictions?", r"loi", r"dispositif", r"décret", r"mesures?",
        r"programas?", r"normas?", r"reglas?", r"prohibición", r"ley", r"decreto", r"medidas?", r"regras?",
        r"proibição", r"lei", r"programma", r"norme?", r"regol[ae]", r"divieto", r"legge", r"misur[ae]",
        r"программ\w*", r"правил\w*", r"запрет\w*", r"закон\w*", r"режим\w*", r"указ\w*", r"мер[аыу]",
        r"przepis\w*", r"zakaz\w*", r"ustaw\w*", r"regeling\w*", r"verbod", r"wet",
        r"计划", r"政策", r"规定", r"制度", r"禁令", r"项目", r"規則", r"措置", r"제도", r"규정", r"프로그램", r"조치",
        # The coverage audit: the rule words of the languages whose verbs are listed above.
        # (Not "lagen", also German "lay"; "lain", Indonesian "other"; systems, apps and bare programmes.)
        r"regl\w*", r"ordning\w*", r"loven", r"laki\w*", r"ohjelman\b", r"ohjelma\b",
        r"zákon\w*", r"předpis\w*", r"yönetmeli\w*", r"kanun\w*", r"peraturan",
        r"undang-undang", r"kebijakan", r"chương trình", r"quy định", r"luật", r"chính sách", r"البرنامج",
        r"القانون", r"القرار", r"התוכנית", r"החוק", r"התקנות",
    ),
    "visa": (
        r"\w*visum\w*", r"visas?", r"visados?", r"visto", r"виз\w*", r"wiz\w*", r"签证", r"ビザ", r"비자",
    ),
})

# --- status: a date ahead, settled or not ---
# What frames a sentence dated ahead of the article as a plan, a forecast, an announcement or a proposal
# (README rules 6-7) rather than a schedule already fixed (rule 5): a modal or a future auxiliary, an
# intention, an expectation, an announcement, a draft. Regular expressions, each a whole word in the
# alphabets (a trailing \w* makes a stem); substrings in the scripts without spaces.
UNSETTLED_WORDS: tuple[str, ...] = (
    # English ("may" not before a day: the month).
    r"will", r"shall", r"would", r"could", r"might", r"should", r"may(?!\s+\d)", r"going\s+to", r"to\s+be",
    r"(?:is|are)\s+to", r"set\s+to", r"due\s+to", r"expect\w*", r"scheduled\s+to", r"likely", r"slated",
    r"poised", r"plan\w*", r"propos\w*", r"draft\w*", r"bills?", r"consult\w*", r"intend\w*", r"aim\w*",
    r"hop(?:e|es|ed|ing)", r"wants?", r"seek\w*", r"consider\w*", r"announc\w*", r"unveil\w*", r"pledg\w*",
    r"promis\w*", r"vows?", r"urg(?:e|es|ed|ing)", r"forecast\w*", r"predict\w*", r"if", r"unless",
    # German, Dutch, the Scandinavian languages.
    r"wird", r"werden", r"würde\w*", r"soll\w*", r"könnte\w*", r"dürfte\w*", r"geplant\w*", r"plan(?:t|en)",
    r"vorgesehen", r"voraussichtlich", r"angekündigt\w*", r"kündigt", r"\w*entwurf\w*", r"vorschlag\w*",
    r"erwäg\w*", r"zal", r"zullen", r"zou", r"zouden", r"gepland", r"voorstel\w*", r"aangekondigd",
    r"skal", r"ska", r"skall", r"vil", r"kommer", r"bør", r"bör", r"planlegg\w*", r"planer\w*",
    r"\w*forslag\w*", r"föreslå\w*", r"foreslå\w*", r"zugesagt", r"versprochen", r"verspricht",
    # French, Spanish, Italian, Portuguese.
    r"sera", r"seront", r"serait", r"seraient", r"devrait", r"devraient", r"pourrait", r"pourraient", r"va",
    r"vont", r"prévu\w*", r"prévoit", r"envisag\w*", r"projet", r"proposition", r"annonc\w*", r"será", r"serán",
    r"sería", r"debería\w*", r"podría\w*", r"van\s+a", r"prevé", r"previst\w*", r"planea\w*", r"proyecto",
    r"propuesta", r"anunci\w*", r"sarà", r"saranno", r"sarebbe", r"dovrebbe\w*", r"potrebbe\w*", r"prevede",
    r"progetto", r"proposta", r"s'engag\w*", r"comprometi\w*", r"compromete\w*", r"impegn\w*", r"serão", r"deverá", r"deverão", r"poderá", r"vai", r"vão", r"prevê", r"projeto",
    # Polish, Russian, Ukrainian, Turkish, Finnish.
    r"będzie", r"będą", r"planuj\w*", r"zapowiad\w*", r"projekt", r"будет", r"будут", r"станет", r"должн\w*",
    r"может", r"могут", r"планир\w*", r"намерен\w*", r"проект\w*", r"предлага\w*", r"предлож\w*",
    r"анонсир\w*", r"объяв\w*", r"собира\w*", r"буде", r"будуть", r"плану\w*", r"проєкт\w*", r"olacak",
    r"planlan\w*", r"aikoo", r"aiotaan", r"tulee", r"tullaan", r"suunnit\w*", r"esity\w*",
    # Arabic, Hebrew, Hindi.
    r"سوف", r"من المقرر", r"تعتزم", r"يعتزم", r"تخطط", r"يخطط", r"مشروع", r"צפוי\w*", r"מתכננ\w*", r"הצעת",
    r"होगा", r"होगी", r"होंगे", r"करेगा", r"करेगी", r"योजना", r"प्रस्ताव",
    # Chinese, Japanese, Korean.
    "将", "拟", "计划", "計劃", "预定", "預定", "预计", "預計", "有望", "草案", "予定", "方針", "见通", "見通し", "検討",
    "へ$", "예정", "계획", "방침", "추진", "키로", "기로", "검토",
)

# --- status: an act published ---
# The official journals that publish adopted acts (regular expressions, whole words in the alphabets;
# substrings in the scripts without spaces): an act published there with no later date of application
# applies (README rule 5 asks a later date for "enacted").
GAZETTES: tuple[str, ...] = (
    r"(?:official|government|royal|federal)\s+gazette", r"\bgazetted\b", r"published\s+in\s+the\s+(?:\w+\s+){0,3}gazette", r"official\s+journal", r"federal\s+register",
    r"bundesgesetzblatt", r"journal\s+officiel", r"bolet[ií]n\s+oficial", r"gazzetta\s+ufficiale",
    # (The Spanish and French journals by their initials, as the press names them: "publicada en el BOE".)
    r"di[áa]rio\s+oficial", r"(?-i:BOE|JORF)", r"staatsblad", r"staatscourant", r"dziennik\s+ustaw", r"monitorul\s+oficial",
    r"magyar\s+közlöny", r"resm[iî]\s+gazete", r"sbírk[ay]\s+zákonů", r"lovtidend", r"författningssamling",
    r"официальн\w*\s+(?:портал\w*|опубликован\w*)", r"الجريدة الرسمية", r"רשומות",
    "官報", "官报", "公報", "公报", "관보",
)

# --- status: an action done, in Chinese, Japanese and Korean ---
# The lead's perfective or past of a verb that puts a measure to work ("正式实施", "已开始受理", "運用を開始した",
# "400명 채용했다", "임용을 완료했다"), as PAST_ACTION reads "has imposed" in English: a measure at work, not
# one to come. (Not the verbs of saying, announcing or deciding to act: "발표했다", "밝혔다", "하기로 했다".)
# Chinese forms are simplified (read on the folded text), Japanese ones as written.
ML_DONE_FORMS: tuple[str, ...] = (
    r"正式(?:实施|启动|上线|开放|施行|生效|开通|运行)",
    r"已(?:经)?(?:正式)?(?:实施|启动|上线|开放|施行|生效|开通|受理|录用|聘用|引进|运行)",
    r"(?:实施|启动|开通|上线|生效)了", r"开始(?:实施|受理|接受申请|施行|执行)",
    r"(?:開始|施行|導入|実施|改正|開設|発足|採用|選定|認定|付与|許可|禁止|制限|厳格化|緩和|拡大|適用)(?:した|された|しました|されました)",
    r"始まった", r"始まりました", r"スタートした",
    r"(?:시행|도입|완료|채용|임용|선정|선발|출범|개정|발급|허용|확대|강화|승인|개시|부과|제한|금지|개설|가동|적용|실시|지정|신설|완화|인상|개편|발효)"
    r"(?:을|를|이|가)?\s?(?:했다|됐다|되었다|했고|했으며|했다고|됐다고|되었다고|에 들어갔다)",
)

# --- status: adoption still to come ---
# A text that makes the measure's adoption a condition or a vote still ahead ("if the bill is passed", "hvis
# den stemmes igennem", "s'il est adopté", "в случае принятия", "성립すれば"): a proposal (README rule 7).
# Regular expressions, whole words in the alphabets, substrings in the scripts without spaces. (Not a bare
# "if approved", which is an application's: "if approved, the applicant receives a visa".)
_ACT = r"(?:the\s+(?:bill|law|act|measure|proposal|legislation|amendments?|reform|rule|regulation|changes?))"
PENDING_ADOPTION: tuple[str, ...] = (
    rf"(?:if|once|when)\s+{_ACT}\s+(?:is|are|gets?)\s+(?:passed|adopted|enacted|approved|voted\s+through|signed\s+into\s+law)",
    rf"(?:if|once)\s+{_ACT}\s+(?:passes|becomes\s+law|clears\s+parliament)",
    r"if\s+(?:passed|enacted|adopted\s+by\s+parliament)", r"pending\s+(?:parliamentary\s+|legislative\s+|final\s+)?(?:passage|vote)",
    r"(?:will|is\s+set\s+to|is\s+expected\s+to|is\s+due\s+to|is\s+scheduled\s+to)\s+vote\s+on",
    # Danish, Norwegian, Swedish, German.
    r"hvis\s+(?:den|det|loven|forslaget|lovforslaget)\s+(?:bliver\s+)?(?:vedtages|vedtas|vedtaget|vedtatt|stemmes\s+igennem)",
    r"skal\s+(?:\w+\s+)?stemme\s+(?:om|for)", r"om\s+(?:den|det|lagen|förslaget)\s+(?:antas|röstas\s+igenom|klubbas)",
    r"(?:falls|wenn|sofern)\s+(?:der|das|die)\s+\w+\s+(?:beschlossen|verabschiedet|angenommen)\s+wird",
    r"vorbehaltlich\s+der\s+zustimmung",
    # French, Spanish, Italian, Portuguese, Russian.
    r"s'il\s+est\s+(?:adopté|voté)", r"si\s+(?:le\s+texte|la\s+loi|le\s+projet)\s+est\s+(?:adopté|voté)e?",
    r"sous\s+réserve\s+de\s+(?:l'adoption|son\s+adoption)", r"(?:la\s+ley|el\s+proyecto|la\s+reforma|el\s+decreto|la\s+norma)\s+(?:\w+\s+){0,3}?si\s+(?:se\s+aprueba|es\s+aprobad[oa])",
    r"si\s+(?:se\s+aprueba|es\s+aprobad[oa])\s+(?:la\s+ley|el\s+proyecto|la\s+reforma|el\s+decreto|la\s+norma)",
    r"de\s+aprobarse", r"se\s+(?:verrà\s+)?approvat[oa]\s+dal\s+parlamento", r"qualora\s+(?:venga|fosse)\s+approvat[oa]",
    r"(?:a\s+lei|o\s+projeto|a\s+reforma|o\s+decreto|a\s+medida)\s+(?:\w+\s+){0,3}?caso\s+seja\s+aprovad[oa]",
    r"caso\s+(?:a\s+lei|o\s+projeto|a\s+reforma|o\s+decreto|a\s+medida)\s+seja\s+aprovad[oa]", r"в\s+случае\s+(?:его\s+|её\s+)?принятия",
    r"если\s+(?:закон|законопроект|документ|поправки)\s+(?:будет\s+|будут\s+)?прин\w*",
    # Chinese, Japanese, Korean.
    "如获通过", "若获通过", "一旦通过", "成立すれば", "可決されれば", "통과되면", "국회를 통과하면",
)

# --- status: a future told by the verb's ending ---
# French, Spanish, Italian and Portuguese form the future with an ending, which no list of modal words
# catches ("la France introduira", "creará", "introdurrà", "criará"): a sentence dating the rule ahead in
# that tense says what a government will do (README rule 6), not a start fixed by an adopted act. The
# accented endings are the future's in Spanish, Italian and Portuguese; the bare -ra/-ront endings only in
# French (ML_FUTURE_VERB_FR): in Spanish and Portuguese they end everyday words ("para", "ahora",
# "primera", "frontera", "agora"), which would unsettle nearly every dated sentence.
ML_FUTURE_VERB = (
    r"\b\w{2,}(?:rá|rán|rà|ranno|rão|remos)\b"
    # (-rão ends nouns too: "padrão", "verão", "patrão", "ladrão"; Italian's -rete, "concrete", dropped.)
    r"(?<!\bpadrão)(?<!\bverão)(?<!\bpatrão)(?<!\bladrão)"
)
ML_FUTURE_VERB_FR = r"\b\w{2,}(?:era|eront|ira|iront|dra|dront|ra|ront)\b(?<!\bextra)(?<!\bcontra)(?<!\bentra)"
