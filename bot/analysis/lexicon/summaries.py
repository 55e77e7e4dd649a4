"""Summaries: the verbs that state a rule or an action (what changed), the words that introduce
and head the affected group (who is affected), and the cues of an effective date.
"""

from __future__ import annotations

from bot.analysis.normalization import words

__all__ = [
    "AFFECTED_HEADS",
    "AFFECTED_JUNK_VERBS",
    "AFFECTED_TRIGGERS",
    "EFFECTIVE_CUES",
    "NON_PERSON_HEADS",
    "PEOPLE_NOUNS",
    "RULE_VERBS",
    "SUMMARY_ACTION_VERBS",
    "VAGUE_AFFECTED_HEADS",
    "VERBS_BEFORE_OBJECT",
]

# ---------------------------------------------------------------- rule statements (summary: what changed)

RULE_VERBS: tuple[tuple[str, float], ...] = (
    ("require", 1.0), ("must", 1.0), ("need to", 0.6), ("have to", 0.6), ("ban", 1.0), ("bar", 0.8),
    ("prohibit", 1.0), ("restrict", 0.9), ("impose", 0.9), ("introduce", 0.8), ("raise", 0.6), ("cut", 0.5),
    ("tighten", 1.0), ("ease", 0.8), ("relax", 0.8), ("expand", 0.7), ("extend", 0.6), ("suspend", 0.9),
    ("revoke", 0.9), ("scrap", 0.8), ("launch", 0.6), ("create", 0.5), ("establish", 0.6), ("allow", 0.7),
    ("lower", 0.6), ("increase", 0.5), ("limit", 0.8), ("cap", 0.6), ("order", 0.7), ("mandate", 1.0),
    ("approval", 0.8), ("permission", 0.7), ("fee", 0.6), ("new rule", 1.0), ("change", 0.5), ("make it easier", 0.8),
    ("make it harder", 0.8), ("eligible", 0.7), ("no longer", 0.8), ("will be able", 0.6), ("need", 0.4),
    ("open", 0.5), ("new route", 0.8), ("new track", 0.8), ("new visa", 0.8), ("new category", 0.8),
    ("fast-track", 0.6), ("streamline", 0.6), ("speed up", 0.5), ("waive", 0.7), ("exempt", 0.7),
    ("abolish", 0.8), ("replace", 0.5), ("announce", 0.4), ("apply to", 0.4), ("takes effect", 0.6),
    ("unveil", 0.6), ("offer", 0.5), ("approve", 0.5), ("set aside", 0.6), ("roll out", 0.6), ("propose", 0.6),
    ("须", 1.0), ("需", 0.8), ("应当", 1.0), ("不得", 1.0), ("审批", 1.0), ("申请", 0.6), ("禁止", 1.0),
)

# Words that introduce the affected group ("requires X to", "applies to X", "for X").
AFFECTED_TRIGGERS: tuple[str, ...] = (
    "requires", "required", "require", "requiring", "orders", "ordered", "forces", "forced", "bars", "barred",
    "barring", "bans", "banned", "banning", "restricts", "restricting", "asks", "asked", "instructs", "told",
    "tells", "applies to", "apply to", "applying to", "affects", "affect", "affecting", "targets", "targeting",
    "covers", "covering", "open to", "allows", "allow", "lets", "let", "makes it easier for", "makes it harder for",
    "for", "aimed at", "aimed at attracting", "among them", "including", "attract", "draw", "lure", "recruit",
    "hire", "welcome", "number of", "affected are", "affected include", "allowing", "entry of",
)

# Effective-date cues, nearest before a date.
EFFECTIVE_CUES: tuple[str, ...] = (
    "take effect", "takes effect", "took effect", "taking effect", "effective", "come into force",
    "comes into force", "came into force", "coming into force", "enter into force", "enters into force",
    "in force from", "apply from", "applies from", "will apply", "starting", "beginning", "from", "as of",
    "begin", "begins", "start", "starts", "launches on", "opens on", "施行", "实施", "生效", "起",
)

# ---------------------------------------------------------------- who is affected

# Nouns for people (the head of "who is affected"); a talent word followed by a NON_PERSON_HEAD is a
# thing named after people ("Highly Skilled Professional visa", "talent programme"), not people.
PEOPLE_NOUNS: tuple[str, ...] = (
    "researcher", "scientist", "engineer", "student", "academic", "scholar", "worker", "employee", "staff",
    "professional", "expert", "specialist", "personnel", "technician", "graduate", "faculty", "professor",
    "developer", "talent", "applicant", "holder", "foreign nationals", "nationals of", "citizen", "migrant", "immigrant", "founder",
    "entrepreneur", "doctor", "nurse", "physician", "postdoc", "team", "people", "official", "executive",
    "=PhD", "人员", "人才", "学生", "科学家", "工程师", "专家", "学者", "留学生", "员工",
)
NON_PERSON_HEADS: frozenset[str] = words(
    """visa visas program programs programme programmes route routes scheme schemes category categories status
    petition petitions fund funds pathway pathways permit permits card cards lottery cap fee fees war wars
    poaching plan plans strategy policy policies pool flows conference conferences tool tools platform kit
    account accounts day days portal rules rule quota quotas""",
)

# --- summary: actions a report's lead states (beside RULE_VERBS) ---
# Court, prosecution and administrative actions that are the news of a story as much as a rule verb is:
# "a judge blocked", "prosecutors charged", "the ministry granted", "authorities advised". Weights as in
# RULE_VERBS (how surely the sentence states the action).
SUMMARY_ACTION_VERBS: tuple[tuple[str, float], ...] = (
    ("grant", 0.6), ("issue", 0.5), ("award", 0.5), ("sign", 0.6), ("charge", 0.6), ("sentence", 0.6),
    ("convict", 0.6), ("indict", 0.6), ("arrest", 0.5), ("detain", 0.5), ("withdraw", 0.8), ("reverse", 0.8),
    ("lift", 0.7), ("resume", 0.7), ("halt", 0.8), ("pause", 0.8), ("freeze", 0.7), ("block", 0.7),
    ("dismiss", 0.6), ("expedite", 0.5), ("uphold", 0.6), ("strike down", 0.8), ("rule that", 0.6), ("sue", 0.6),
    ("file suit", 0.6), ("lawsuit", 0.5), ("appeal", 0.4), ("injunction", 0.7), ("seize", 0.7), ("confiscate", 0.8),
    ("hand over", 0.6), ("advise", 0.6), ("instruct", 0.8), ("urge", 0.5), ("discourage", 0.6), ("recommend", 0.5),
    ("adopt", 0.7), ("pass", 0.5), ("enact", 0.8), ("implement", 0.6), ("publish", 0.4), ("finalize", 0.7),
    ("finalise", 0.7), ("amend", 0.7), ("revise", 0.6), ("reduce", 0.6), ("double", 0.5), ("hike", 0.7),
    ("terminate", 0.7), ("end", 0.3), ("prevent", 0.6), ("keep from leaving", 0.8), ("exit ban", 1.0),
    ("travel ban", 0.8), ("designate", 0.5), ("list", 0.3),
    ("施行", 0.8), ("实施", 0.8), ("生效", 0.8), ("新增", 0.6), ("增设", 0.8), ("宣布", 0.5), ("签署", 0.6), ("公布", 0.5),
    ("限制", 0.8), ("禁止", 1.0), ("暂停", 0.8), ("取消", 0.7), ("批准", 0.7), ("要求", 0.6),
)
# Heads of a noun phrase naming the people an action hits ("top AI researchers", "H-1B workers"), as a
# regular-expression alternation (plural forms included); the who-is-affected field is cut around them.
AFFECTED_HEADS: tuple[str, ...] = (
    "researchers?", "scientists?", "engineers?", "students?", "academics?", "scholars?", "workers?", "employees?",
    "staff(?:ers)?", "professionals?", "experts?", "specialists?", "personnel", "technicians?", "graduates?",
    "faculty", "professors?", "lecturers?", "developers?", "talents?", "applicants?", "holders?", "nationals",
    "citizens", "migrants?", "immigrants?", "founders?", "entrepreneurs?", "doctors?", "nurses?", "physicians?",
    "postdocs?", "executives?", "individuals", "foreigners", "visitors", "travell?ers", "candidates",
    "beneficiaries", "fellows", "teachers", "caregivers", "carers", "dependants", "dependents",
    r"family\s+members", "spouses", "petitioners", "registrants", "physicists", "chemists", "biologists",
    "mathematicians", "innovators", "inventors", "PhDs?", "people", "men", "women", "investors", "bankers",
    "officials",
    "人员", "人才", "学生", "學生", "科学家", "科學家", "工程师", "工程師", "专家", "專家", "学者", "學者", "留学生",
    "留學生", "员工", "員工", "高管",
)
# Heads that name no group in particular: "people", and "officials" are usually the ones acting.
VAGUE_AFFECTED_HEADS: frozenset[str] = words("people men women officials executives investors bankers individuals")
# Words that stand right before their object, so never modify an affected group: "cut overseas care
# workers", "attract more talents", "brought Lieber and other scientists".
VERBS_BEFORE_OBJECT: frozenset[str] = words(
    """cut enroll enrol attract prepare hire recruit admit allow help bring train retain keep welcome support
    protect lure draw invite encourage require ask tell force bar ban let make get send serve target affect
    include exclude deport detain expel screen vet stop prevent block limit restrict limits restricts
    affects includes requires allows helps brings attracts recruits hires admits bars bans forces lets
    makes gets sends targets welcomes supports protects lures draws invites encourages stops prevents
    blocks best boost boosts woo woos poach poaches court courts brought sent kept told let replace replaces
    displace displaces hurt hurts punish punishes"""
)
# Verbs that, standing first in a phrase cut around a head, make it an action, not a group: "cultivate
# high-level scientific talent", "sponsor foreign workers" (the who-is-affected field drops such a phrase).
AFFECTED_JUNK_VERBS: frozenset[str] = words(
    """cultivate cultivates cultivating nurture nurtures sponsor sponsors develop develops groom grooms educate
    educates employ employs foster fosters trains"""  # beside VERBS_BEFORE_OBJECT (attract, recruit, hire, train ...)
)
