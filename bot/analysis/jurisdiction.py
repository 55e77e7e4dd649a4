"""The jurisdiction of an article: the government that makes the rule.

The jurisdiction is the *actor*: the government whose rule it is ("China requires...", "Beijing has
ordered...", "USCIS announced..."), not every country the article mentions. Each mention is weighted
by what it is (a government body counts more than a country name, a demonym less) and by its context
(followed by a rule verb or "government"; or preceded by "travel to", which makes it a destination).
Text in other languages names its countries from a multilingual gazetteer (lexicon.WORLD_NAMES); a text
that names none falls back on the one country its language is spoken in, if it speaks of a government.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis import screens
from bot.analysis.multilingual import ML_CUES, ML_PLACES, FormMatcher, is_english
from bot.analysis.phrase_matching import PhraseMatch, PhraseMatcher
from bot.analysis.prepared_text import Unit, fold, folded
from bot.analysis.screens import found_folded, screened
from bot.models import Evidence, PolicyType


def _jurisdiction_entries() -> list[tuple[str, str, float]]:
    entries: list[tuple[str, str, float]] = [("_none", p, 0.0) for p in lx.NOT_JURISDICTION]
    for j in lx.JURISDICTION_LIST:
        entries += [(f"{j.code}:name", p, 0.0) for p in j.names]
        entries += [(f"{j.code}:name", "=" + p, 0.0) for p in j.exact]
        entries += [(f"{j.code}:demonym", p, 0.0) for p in j.demonyms]
        entries += [(f"{j.code}:capital", p, 0.0) for p in j.capitals]
        entries += [(f"{j.code}:body", p, 0.0) for p in j.bodies]
        entries += [(f"{j.code}:zh", p, 0.0) for p in j.zh]
    # A national scheme named ("Brain Pool", "Top Talent Pass Scheme") is its government's, though not
    # an actor: a story about another state's response names it too.
    entries += [(f"{code}:programme", p, 0.0) for code, _, p in lx.NAMED_PROGRAMMES if code]
    return entries


JURISDICTION_MATCHER = PhraseMatcher(folded(_jurisdiction_entries()), exclusive=True)
# A state's own research-security programme ("China Initiative") is that state acting, not a foreign
# talent programme a case polices.
_OWN_SECURITY_PROGRAMMES = frozenset(
    fold(p).lstrip("=").casefold() for code, kind, p in lx.NAMED_PROGRAMMES if code and kind == "research_security"
)


def _own_security_programme(m: PhraseMatch) -> bool:
    return m.phrase.lstrip("=").casefold() in _OWN_SECURITY_PROGRAMMES

# Verbs of rule-making: "China requires", "Beijing has ordered", "USCIS announced", "Japan to ease".
# Reactions ("said it was studying", "criticised", "warned") are deliberately absent.
_RULE_VERBS = (
    r"requir|order|ban|bar|restrict|impos|introduc|announc|launch|unveil|tighten|eas|relax|expand|issu|rais|"
    r"cut|suspend|scrap|revok|rescind|plan|propos|mandat|demand|tell|told|instruct|approv|creat|extend|lift|"
    r"halt|paus|limit|cap|ask|forc|prohibit|block|updat|chang|overhaul|reform|open|offer|adopt|pass|sign|"
    r"roll|add|remov|establish|publish|curb|crack|confirm|will|is\s+set\s+to|has\s+(?:now\s+)?(?:begun|started)|"
    # Calling its own people home, and official advice: "China has recalled its engineers", "Beijing advised firms".
    r"recall|call(?:s|ed|ing)?\s+back|summon|advis|"
    # Enforcing is ruling too: "South Korea accuses ex-Samsung executive", "China detains".
    r"accus|charg|indict|prosecut|arrest|detain|convict|sentenc|jail"
)
_GOV_NOUNS = (
    r"government|authorities|officials|ministry|ministries|regulators?|leadership|cabinet|parliament|"
    r"lawmakers|legislators|administration|state\s+council|embassy|embassies|consulates?|immigration\s+"
    r"(?:authorities|department|service|agency|officials)|home\s+office|department|agency|prime\s+minister|"
    r"president|premier|minister|chancellor|security\s+services|state\s+security|regime|communist\s+party|"
    r"party|leaders?|state-owned|state\s+(?:labs?|laboratories|institutes?|media)|"
    # Who prosecutes a case is the state whose law it is: "the Seoul Central District Prosecutors' Office".
    r"(?:(?:central|district|high|supreme|public)\s+){0,3}(?:prosecutors?|prosecution|police|court)"
)
_RULE_NOUNS = (
    r"rules?|regulations?|laws?|polic(?:y|ies)|visas?|requirements?|ban|restrictions?|programm?e|scheme|"
    r"measures?|crackdown|decision|move|plan|order|directive|guidelines?|system|reforms?|proclamation|"
    r"immigration|decree|notice|talent|permits?|thresholds?|caps?|quotas?|fees?"
)
_RULE_VERB_AFTER = re.compile(
    r"^(?:\s*\([^)]{1,30}\))?"  # "(USCIS)"
    r"(?:\s*,[^,]{1,60},)?"  # an apposition: "Beijing, which ..., has"
    r"(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"  # "The US and UK announced"
    r"(?:['’]s)?(?:\s+(?:(?:central|federal|national|new|top|local|own)\s+)?(?:" + _GOV_NOUNS + r"))?"
    r"\s+(?:(?:has|have|had|is|are|was|were|now|quietly|reportedly|also|officially|recently|just|newly|"
    r"formally|further|again|already|could|may|might|to|not|no\s+longer|currently|still|today|on\s+\w+day|"
    r"this\s+week|last\s+week)\s+)*"
    r"(?:" + _RULE_VERBS + r")\w*\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:now|quietly|reportedly|also|officially|recently|just|newly|formally|"
    r"further|again|already|not|no\s+longer|currently|still)\s+)*(?:\w+ed|told)$",
    re.I,
)
_GOV_NOUN_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?:central|federal|national|new|top|local|own)\s+)?(?:" + _GOV_NOUNS + r")\b", re.I
)
# (Not through "of": "China's exploitation of our visa program" is another state's programme.)
_POSSESSIVE_RULE = re.compile(
    r"^['’]s\s+(?:(?!(?:of|for|to|against|on|in|by)\s)[\w\"“”'’-]+\s+){0,4}?(?:" + _RULE_NOUNS + r")\b", re.I
)
_GOV_OF_BEFORE = screened(r"(?:" + _GOV_NOUNS + r")\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# A place the movement goes to ("travel to the US", "scientists who move to Britain"). For an exit control
# that is not the rule-maker; for a visa, a permit or a recruitment scheme it usually is (a country rules
# on who may enter and work in it), so the policy type decides what such a mention is worth.
_TOWARD_BEFORE = re.compile(
    r"\b(?:to|into|toward|towards|enter|entering|visit|visiting|return\s+to|back\s+to|come\s+to|coming\s+to|"
    r"skip|skipping|avoid|avoiding|attend|attending|"
    r"move\s+to|moving\s+to|relocate\s+to|relocating\s+to|"
    # Where people would work is where they go: "barred from working for Chinese agencies".
    r"work(?:s|ed|ing)?\s+for|employed\s+by|join(?:s|ed|ing)?|"
    # Where people would study, work or live is where they go: "barred from studying in the US".
    r"(?:stud(?:y|ies|ied|ying)|work(?:s|ed|ing)?|liv(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|stay(?:s|ed|ing)?)\s+in)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_TOWARD_BEFORE_FOLDED = screens.folded_twin(_TOWARD_BEFORE)  # `$`-anchored: tried at each position of the window
# Mentions that are places or comparisons, never the actor: "researchers in Japan", "ties to", "than Canada".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|from|leave|leaving|left|at|across|than|with|against|fled|flee|fleeing|escaping|quitting|such\s+as|like|including|on|"
    r"over|between|outside|beyond|out\s+of)\s+(?:the\s+)?$",
    re.I,
)
_PLACE_BEFORE_FOLDED = screens.folded_twin(_PLACE_BEFORE)
# "a university in Wuhan, China": a country after its city, mid-sentence, is where something is, as "in China"
# is (case-sensitive: a lower-case preposition, a capitalised city; "In Washington, US officials" is a clause).
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.I)
_CITY_BEFORE = re.compile(r"\b(?:in|from|at|near)\s+[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)?,\s*$")
# Who prosecutes or tries a research-security case is the state whose law it is: "U.S. Senior District Court
# Judge", "the US Attorney's Office", "Taiwanese prosecutors".
_ENFORCER_AFTER = re.compile(
    # (Not agents or police: "met with Chinese government agents and police officials" names the concern.)
    r"(?:['’]s)?\s+(?:(?:federal|senior|chief|central|district|high|supreme|circuit|appeals)\s+){0,3}"
    r"(?:prosecutors?|prosecution|courts?|judges?|attorneys?)\b",
    re.I,
)
_COURT_IN_BEFORE = re.compile(r"\b(?:in|at|before|by)\s+(?:the\s+|a\s+)?$", re.I)
# In research security, the foreign state whose programme, ties or agents are policed is the concern, not
# the rule-maker: "concealing ties to China", "China's Thousand Talents Plan", "spying for Russia".
_CONCERN_BEFORE = screened(r"\b(?:ties\s+to|links\s+to|linked\s+to|spying\s+for|on\s+behalf\s+of|funded\s+by)\s+(?:the\s+)?$", re.I)
_CONCERN_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:-linked|-backed|-funded|\s+(?:ties|links|talent|thousand\s+talents|government-backed|"
    r"military|communist|intelligence|spy|agents?))\b|^['’]s\s+(?:\w+\s+){0,2}?(?:talent|recruitment|military|"
    r"intelligence|spy)",
    re.I,
)
# An exit ban names its rule-maker as the place people may not leave.
_EXIT_FROM_BEFORE = re.compile(
    r"\b(?:barred|banned|prevented|stopped|blocked|restricted|forbidden|prohibited|kept)\s+from\s+"
    r"(?:leaving|exiting|departing)\s+(?:the\s+)?$",
    re.I,
)
# After a rule verb, what makes a headline's verb a passive without its auxiliary ("officials barred from",
# "China accused of", "firm charged with").
_HEADLINE_PASSIVE_AFTER = re.compile(r"\s+(?:from|of|with|over)\b", re.I)
# "Non-EU" in other languages ("extra UE", "Nicht-EU", "hors UE", "spoza UE", "EU:n ulkopuolelta"): everyone but
# the Union, never its rule.
_ML_NON_BEFORE = re.compile(
    r"(?:^|[\s(])(?:" + "|".join(re.escape(w) for w in lx.ML_NON_BEFORE) + r"|extra-?comunitari\w*\s+)[\s-]*$", re.I
)
_ML_NON_AFTER = re.compile(lx.ML_NON_AFTER, re.I)
# A name right after a permit's noun, a colour or another adjective between ("Blaue Karte EU", "Carta Blu UE"):
# the permit's name, not its maker acting (not after a preposition: "a permit for Italy", "permis pour la France").
_PERMIT_NAME_BEFORE = re.compile(
    r"(?:^|[^\w])(?:" + "|".join(map(re.escape, lx.PERMIT_NOUNS)) + r")(?:\s+(?!(?:for|für|per|pour|para|from|von|"
    r"nach|dans|into|with|avec|con|aus|del|della|des|der|die|das|the|les|las|los)\b)[\w-]{3,})?\s+$",
    re.I,
)
# Policy types under which the country moved *to* makes the rule.
INBOUND_TYPES: frozenset[str] = frozenset({"visa", "immigration", "talent_program"})
# (A list may stand between: "往来香港、澳门" is travel to and from both.)
_ZH_TOWARD_BEFORE = re.compile("(?:前往|赴|到|去|飞往|出访|访问|出境至|出国到|往来)(?:[\u4e00-\u9fff]{1,8}、){0,3}$")
# Entering a state ("入境美国时被注销签证"): for a visa or a permit, the state whose border it is rules.
_ZH_ENTRY_BEFORE = re.compile("(?:入境|進入|进入)$")
# A state's name opening a law's title is that law's state ("根据《中华人民共和国护照法》"): its rule.
_ZH_LAW_TITLE = re.compile(r"^[^》]{0,24}?(?:法|条例|條例|规定|規定|办法|辦法)》")
# A Chinese, Japanese or Korean country name written before a noun of people or firms ("中国公民", "中国企业",
# "중국 기업", "中国人") names whose nationals or companies they are, as a demonym does: not the rule-maker.
# ("中国人民银行" and "中国人大" are bodies: 人 before 民 or 大 is not a person.)
_CJK_ATTRIBUTIVE_AFTER = re.compile(
    r"^\s?(?:公民|国民|國民|人(?![民大])|籍|企业|企業|公司|会社|学生|學生|留学生|留學生|研究者|研究人员|研究人員|研究员|研究員|"
    r"工程师|工程師|技术人员|技術人員|技術者|科学家|科學家|科学者|기업|업체|회사|국적|인|국민|학생|유학생|연구원|연구자|기술자|엔지니어|과학자)"
)
# A state's name opening an institution's ("中国科学院大学", "中國人民大學"): a university or an academy named
# in a list or as a researcher's employer, not the state acting.
_CJK_INSTITUTION_AFTER = re.compile(r"^(?:科学院|科學院|工程院|社会科学院|社會科學院|大学|大學|人民大学|人民大學)")
# In research security, firms and schools a few words after the name, or "측" / "の" / "的" between ("중국 반도체
# 경쟁업체", "중국의 한 반도체 회사", "중국 측 업체"): where the know-how went, unless a government word stands
# between ("중국 정부 산하 기업" is the state's).
_CJK_CONCERN_AFTER = re.compile(
    r"^(?:의|측|の|的)?\s?(?:한\s)?(?:(?![^\s]*(?:정부|당국|政府|当局))[^\s]{1,8}\s){0,2}?"
    r"(?![^\s]{0,6}?(?:정부|당국|政府|当局))[^\s]{0,6}?"  # unspaced too: "政府控股企业" is the state's
    r"(?:기업|업체|회사|법인|대학|企业|企業|公司|会社|大学)"
)
_CJK_VISA_AFTER = re.compile(r"^\s?(?:의\s?|の|的)?(?:学生|學生|留学|留學|工作|就労|취업|유학|상용|단기상용)?\s?(?:签证|簽證|ビザ|비자)")
# The government nouns a Chinese name takes before its verb ("美国国会众议院议员正在推动", "日本政府决定") are
# skipped over, so the window of eight characters reaches the verb; proposing a law is making a rule.
_ZH_GOV_NOUNS = "(?:国会|國會|政府|当局|當局|众议院|眾議院|参议院|參議院|议员|議員|国务院|國務院|联邦|聯邦)"
# A country's name opening a firm's or a school's name is no government ("美国航空暂停...", "英国石油公司").
_ZH_FIRM_AFTER = "(?!航空|石油|公司|银行|銀行|大学|大學|电信|電信|汽车|汽車|钢铁|鋼鐵|电力|電力)"
_ZH_RULE_VERB_AFTER = re.compile(
    r"^" + _ZH_FIRM_AFTER + _ZH_GOV_NOUNS + r"{0,3}.{0,8}?(?:印发|发布|出台|要求|规定|决定|宣布|实施|公布|批准|禁止|限制|"
    r"加强|收紧|推动|推動|提出|提案|立法)"
    # Ending a rule is the rule-maker's act too ("美国终止“中国行动计划”", "撤销签证"), but these verbs are any
    # actor's ("取消航班"): only right after the name or its government noun.
    r"|^" + _ZH_GOV_NOUNS + r"{0,3}(?:终止|終止|撤销|撤銷|废除|廢除|废止|廢止|取消|暂停|暫停)"
)
# Base weight of a mention by kind, with no telling context.
_KIND_BASE: Mapping[str, float] = MappingProxyType(
    {"name": 1.0, "capital": 0.5, "demonym": 0.3, "body": 1.5, "zh": 1.5, "programme": 1.0}
)
# (Not any "with": "an agreement with the Indian government" names a partner.)
_BY_WITH_BEFORE = re.compile(
    r"\b(?:by|(?:register(?:ed|s)?|registration|fil(?:e|ed|es|ing)|appl(?:y|ied|ies|ying)|application|lodged|"
    r"accredited|certified|approved)\s+with)\s+(?:the\s+)?$",
    re.I,
)
# Between a name and its acronym in parentheses: "the Chinese Communist Party (CCP)".
_ACRONYM_BETWEEN = re.compile(r"\s*\(\s*")
# People a demonym qualifies: "Chinese nationals", "Indian students".
_PEOPLE_AFTER = re.compile(
    # (Not workers or researchers: "the rights of South African workers" are the state's own people.)
    r"\s+(?:nationals|citizens|students|people|applicants|passport\s+holders)\b",
    re.I,
)
# (Not a recruitment scheme: a state's scheme often courts its own nationals abroad, "Chinese students".)
_PERMIT_TYPES: frozenset[str] = frozenset({"visa", "immigration"})
ORIGIN_SHARE = 0.3  # what the mentions of the state whose nationals a visa is for keep
# A second rule-maker is named as much as the first ("The US and UK announced" weighs both alike): one acting
# in the lead but named less is the partner or the target of the first's rule (a ministry that reports talks on
# another state's visa, the state whose agents a court's case names). The real dev set labels no item with two.
SECOND_SHARE = 1.0
ACTOR_WEIGHT = 3.0  # the subject of a rule verb: "China requires", "the Home Office announced"
GOVERNMENT_WEIGHT = 1.5  # a government named without a rule verb: "India's ministry said"
POSSESSED_RULE_WEIGHT = 2.0  # "China's new rules", "Japan's visa"


def mention_weight(
    unit: Unit, m: PhraseMatch, kind: str, *, inbound: bool, security: bool = False
) -> tuple[float, bool]:
    """Weight of one mention and whether it is the actor of a rule (subject of a rule verb)."""
    if security and kind != "body" and (
        # the talent programme policed is the foreign state's
        (kind == "programme" and not _own_security_programme(m))
        or _CONCERN_BEFORE.search(unit.key[max(0, m.start - 30) : m.start]) or _CONCERN_AFTER.match(unit.key[m.end : m.end + 40])
        or (kind == "zh" and _CJK_ATTRIBUTIVE_AFTER.match(unit.key[m.end : m.end + 8]))  # "中国企业" that got the know-how
    ):
        return 0.3 * _KIND_BASE[kind], False
    before = unit.key[max(0, m.start - 30) : m.start]
    if security and kind in ("name", "demonym") and _ENFORCER_AFTER.match(unit.key, m.end) and (
            not _PLACE_BEFORE.search(before) or _COURT_IN_BEFORE.search(before)):
        # (Not whom a defendant met: "met with Chinese government agents" names the concern, not the court; but a
        # case tried "in U.S. District Court" or "before a Taiwanese court" is that state's.)
        return ACTOR_WEIGHT, True
    if not security and kind in ("name", "demonym") and _BY_WITH_BEFORE.search(unit.key[max(0, m.start - 20) : m.start]) and (
            _GOV_NOUN_AFTER.match(unit.key[m.end : m.end + 60])):
        # Whose government a permit is registered with or issued by administers it ("registered with the Israeli
        # government", "approved by the Indian authorities"); in research security that is whom one met.
        return max(GOVERNMENT_WEIGHT, _KIND_BASE[kind]), False
    return _mention_weight(unit.key, m.start, m.end, kind, inbound)


@functools.lru_cache(maxsize=8192)
def _mention_weight(text: str, start: int, end: int, kind: str, inbound: bool) -> tuple[float, bool]:
    after = text[end : end + 140]
    if text[start:end].endswith(("'s", "’s")):
        after = "'s" + after  # the token took the possessive: "Commission's new plan"
    before = text[max(0, start - 60) : start]
    if kind == "programme":
        return _KIND_BASE[kind], False
    if kind == "zh":
        if _CJK_INSTITUTION_AFTER.match(after):
            return 0.3 * _KIND_BASE[kind], False
        if inbound and _CJK_VISA_AFTER.match(after):
            return POSSESSED_RULE_WEIGHT, True  # "美国学生签证": the state's visa, whoever applies
        if inbound and _CJK_ATTRIBUTIVE_AFTER.match(after):
            return 0.3 * _KIND_BASE[kind], False  # a visa for "中国公民": whose people, not who rules
        if inbound and _ZH_ENTRY_BEFORE.search(before):
            return POSSESSED_RULE_WEIGHT, True
        if before.endswith("《") and _ZH_LAW_TITLE.match(after):
            return POSSESSED_RULE_WEIGHT, True  # "《中华人民共和国护照法》": the state's own law
        if _ZH_TOWARD_BEFORE.search(before) and not inbound:
            return 0.3 * _KIND_BASE[kind], False  # "勿前往美国": where people go, not who rules
        return (ACTOR_WEIGHT, True) if _ZH_RULE_VERB_AFTER.match(after) else (_KIND_BASE[kind], False)
    if re.search(r"\bnon-?\s*$", before, re.I):
        return 0.0, False  # "non-EU hires": everyone but them
    if not inbound and _EXIT_FROM_BEFORE.search(before):
        return ACTOR_WEIGHT, True  # "officials barred from leaving China": the state holding them rules
    low = screens.folded(before)
    if _CITY_BEFORE.search(before) and not (after.startswith(("'s", "’s")) or _GOV_NOUN_AFTER.match(after)
                                            or _RULE_VERB_AFTER.match(after)):
        # (A clause after the city may open with the actor: "Speaking in Tokyo, Japan's minister said".)
        return 0.3 * _KIND_BASE[kind], False
    if found_folded(_TOWARD_BEFORE, _TOWARD_BEFORE_FOLDED, before, low) and not (
            _TO_BEFORE.search(before) and _GOV_NOUN_AFTER.match(after)):
        # ... unless "to" a government: "lied to US government agents", "reported to Chinese authorities"
        # (working *for* a government still names where people go: "barred from working for Chinese agencies").
        # "move their labs to Britain" names the rule-maker of a visa or a recruitment scheme, but
        # "travel to the US" in an exit-control story names only where people go.
        return (_KIND_BASE[kind] if inbound else 0.3 * _KIND_BASE[kind]), False
    if found_folded(_PLACE_BEFORE, _PLACE_BEFORE_FOLDED, before, low):
        # "researchers in Japan", "ties to China", "than Canada": a place, even if a verb follows.
        return 0.3 * _KIND_BASE[kind], False
    # A demonym acts only through a government noun: "Chinese authorities have ordered". A verb in the
    # passive is done to the name, not by it: "staff in India were instructed to return home".
    verb = _RULE_VERB_AFTER.match(after)
    # A headline drops the passive's auxiliary: "U.S. officials barred from leaving China" are barred.
    # So is "China accused of recruiting", "firm charged with": the enforcing verbs take "of", "with", "over".
    headline_passive = verb is not None and _HEADLINE_PASSIVE_AFTER.match(after, verb.end()) is not None
    if verb and not headline_passive and not _PASSIVE.search(verb.group(0)) and (
            kind != "demonym" or _GOV_NOUN_AFTER.match(after)):
        return ACTOR_WEIGHT, True
    if kind != "demonym" and _POSSESSIVE_RULE.match(after):
        return POSSESSED_RULE_WEIGHT, True
    if _GOV_NOUN_AFTER.match(after) or _GOV_OF_BEFORE.search(before):
        return max(GOVERNMENT_WEIGHT, _KIND_BASE[kind]), False
    return _KIND_BASE[kind], False


_ZH_BODY_CHARS = re.compile("[部院局委会厅庁省党府署处]|中央|政府|当局")
_CJK_RULE = re.compile(fold("通知|规定|办法|条例|意见|审批|国务院|部门|主管|印发|政府|省|庁|発表|制度|在留資格|規則|정부|법무부"))


def find_jurisdictions(
    units: Sequence[Unit], language: str, policy_type: PolicyType = "other"
) -> tuple[tuple[str, ...], list[Evidence]]:
    scores: dict[str, float] = {}
    actors: set[str] = set()
    leading_actors: set[str] = set()  # acting in the title or the first sentences
    best: dict[str, tuple[float, str]] = {}
    inbound = policy_type in INBOUND_TYPES
    security = policy_type == "research_security"
    english = is_english(language)
    origins: set[str] = set()  # whose nationals a visa or permit is for
    found = [(unit, JURISDICTION_MATCHER.find(unit.key, unit.tokens)) for unit in units]
    named = Counter(m.label.split(":")[0] for _, ms in found for m in ms
                    if m.label != "_none" and m.phrase not in lx.SHARED_ZH_NAMES and m.phrase not in lx.SHARED_BODY_NAMES)
    for unit, matches in found:
        prev: PhraseMatch | None = None
        last: PhraseMatch | None = None
        for m in matches:
            if m.label == "_none":
                continue
            repeat = last is not None and last.label == m.label and _ACRONYM_BETWEEN.fullmatch(unit.key, last.end, m.start)
            last = m
            if repeat:
                continue  # "the Chinese Communist Party (CCP)": one mention, named twice
            code, kind = m.label.split(":")
            if policy_type in _PERMIT_TYPES and kind == "demonym" and _PEOPLE_AFTER.match(unit.key, m.end):
                origins.add(code)
            if m.phrase in lx.SHARED_ZH_NAMES:
                code = _shared(lx.SHARED_ZH_NAMES[m.phrase], named)
            elif m.phrase in lx.SHARED_BODY_NAMES:
                code = _shared(lx.SHARED_BODY_NAMES[m.phrase], named)  # "Department of Home Affairs"
            if kind == "zh":
                if _ZH_BODY_CHARS.search(m.phrase):
                    code = _cjk_owner(unit.key, prev, m, code)
                prev = m
            weight, actor = mention_weight(unit, m, kind, inbound=inbound, security=security)
            if kind == "programme" and unit.position != "body" and (
                    not security or _own_security_programme(m)):
                # A state's scheme named in the headline or the lead is the rule the article is about ("高才通
                # 合資格大學增5所": the universities' countries are the list's content).
                actor = True
            if not english and kind in ("name", "capital", "demonym", "zh") and (
                    _ml_place_only(unit.key, m.start, inbound) or _ml_partner_or_place(unit.key, m.start, m.end, inbound)):
                # "Erwerbstätige aus dem UK": the text's own prepositions make it where people come from.
                weight, actor = 0.3 * _KIND_BASE[kind], False
            if not english and _ML_NON_BEFORE.search(unit.key[max(0, m.start - 24) : m.start]):
                weight, actor = 0.0, False  # "Fachkräfte aus Nicht-EU Staaten": everyone but the Union
            if kind == "name" and code == "EU" and _permit_name(unit.key, m.start):
                # "die Blaue Karte EU": a permit's name (only the Union's: "a work permit Canada introduced"
                # is Canada acting)
                weight, actor = 0.3 * _KIND_BASE[kind], False
            weight *= unit.weight
            scores[code] = scores.get(code, 0.0) + weight
            if actor:
                actors.add(code)
                if unit.position != "body":
                    leading_actors.add(code)
            snippet = unit.text[m.start : m.end + (60 if actor else 0)]
            if weight > best.get(code, (0.0, ""))[0]:
                best[code] = (weight, _clause(snippet))
    if not english:
        for code, weight, actor, snippet in _other_language_mentions(units, inbound=inbound, security=security):
            scores[code] = scores.get(code, 0.0) + weight
            if actor:
                actors.add(code)
                leading_actors.add(code)
            if weight > best.get(code, (0.0, ""))[0]:
                best[code] = (weight, snippet)
    for code in origins - actors:
        if len(scores) > 1:
            # A visa or a permit is the rule of the state people go to, not of the one whose nationals apply
            # ("a bill to stop student visas to Chinese nationals"): that state's other mentions are the topic.
            scores[code] *= ORIGIN_SHARE
    if scores:
        # Jurisdictions seen making a rule outrank those merely mentioned; a second one must act too.
        ranked = sorted(
            scores.items(), key=lambda kv: (kv[0] not in leading_actors, kv[0] not in actors, -kv[1], kv[0])
        )
        top_code, top = ranked[0]
        # (Nor does the Union issue its permits: a member state's press writing of the Union's rule it names
        # no actor for, beside its own government's words, reports that state's implementing it.)
        union = top_code == "EU" and _member_state_language(language)
        home = None if english or (inbound and not union) or top_code in actors else _home_government(units, language)
        if home and top_code != home and (union or not _owns_a_government(units, top_code)):
            # No state is seen acting, and the text's own government acts unnamed ("the ministry has
            # prepared recommendations on cooperation with China"): a foreign country named is the topic.
            # (Not for visas and permits: outlets write for readers who would apply to a foreign state.)
            return (home,), [Evidence(field="jurisdictions", text=f"a government of the {language} text")]
        chosen = [top_code] if top >= 1.0 or top_code in actors else []
        # A second rule-maker ("the US and UK announced") acts in the headline or the lead too, as strongly
        # (SECOND_SHARE); countries acting further down are context ("the Netherlands and Spain have announced similar funds").
        chosen += [c for c, s in ranked[1:] if c in leading_actors and s >= max(2.0, SECOND_SHARE * top)][:2]
        if not chosen and len(scores) == 1 and top > 0:
            chosen = [top_code]  # the only country named ("a Chinese chipmaker asked its staff")
        if chosen:
            return tuple(chosen), [Evidence(field="jurisdictions", text=best[c][1]) for c in chosen]
    lang = language.lower()
    fallback = lx.LANGUAGE_JURISDICTION.get(lang) or lx.LANGUAGE_JURISDICTION.get(lang.split("-")[0])
    if fallback and any(_CJK_RULE.search(u.key) or _ml_government(u.text) for u in units):
        return (fallback,), [Evidence(field="jurisdictions", text=f"official text in {language}")]
    return (), []


def _member_state_language(language: str) -> bool:
    """The language of one EU member state (Italian, Polish; not French or German, spoken beyond the Union)."""
    lang = language.lower()
    return (lx.LANGUAGE_JURISDICTION.get(lang) or lx.LANGUAGE_JURISDICTION.get(lang.split("-")[0])) in lx.CLUSTER_EU_MEMBERS


HOME_GOVERNMENT = FormMatcher([("government", form, 1.0) for form in lx.HOME_GOVERNMENT_FORMS])
_TRADITIONAL_MIN = 5  # characters written otherwise in simplified script: one or two are shared names


def _home_government(units: Sequence[Unit], language: str) -> str | None:
    """The state whose language the text is in, when the headline or lead names a government, a law or a
    court with no country beside it: a domestic outlet writes its own government unnamed. Not for
    languages of several states (Chinese is Beijing's, Taipei's and Hong Kong's)."""
    lang = language.lower().split("-")[0]
    leading = [unit for unit in units if unit.position != "body"]
    tagged = lx.LANGUAGE_JURISDICTION.get(language.lower())
    if lang == "zh" and tagged and tagged != "CN":
        home: str | None = tagged  # "zh-hk", "zh-tw": the outlet said whose Chinese it writes
    elif lang == "zh":
        # Traditional characters (folded in `key`) outside Hong Kong and Macau: Taiwan's own press.
        traditional = sum(a != b for u in leading for a, b in zip(u.text, u.key, strict=False)) >= _TRADITIONAL_MIN
        elsewhere = [code for u in leading for w, code in lx.TRADITIONAL_ELSEWHERE.items() if w in u.text]
        home = (elsewhere[0] if elsewhere else lx.TRADITIONAL_HOME) if traditional else None
    else:
        home = lx.LANGUAGE_JURISDICTION.get(lang) if lang != "en" else None
    if not home:
        return None
    for unit in leading:
        # A country the text marks as a destination or a partner ("중국으로 유출한", leaked to China) owns no
        # government word beside it. (Not one after a preposition or particle that also means "in": "В
        # Китае министерство", "중국에서 당국이" are China's ministry and authorities.)
        places = [m for m in ML_PLACES.find(unit.text) if not m.label.startswith(home + ":")
                  and not _ml_partner_or_destination(unit.text, m.start, m.end)]
        for g in [*_ml_government(unit.text), *HOME_GOVERNMENT.find(unit.text)]:
            if any(g.start - ML_GOVERNMENT_CHARS <= p.start <= g.end + ML_GOVERNMENT_CHARS for p in places):
                continue
            # The multilingual gazetteer lists few Chinese-script names: "中国政府は" in Japanese is Beijing's.
            owner = _ZH_COUNTRY_BEFORE.search(fold(unit.text[max(0, g.start - 8) : g.start]))
            if owner is None or _ZH_COUNTRY[owner.group(1)] == home:
                return home
    return None


def _owns_a_government(units: Sequence[Unit], code: str) -> bool:
    """Whether the headline or lead names `code` beside a government word ("대만 내각인 행정원은", Taiwan's cabinet):
    the text says whose government acts, and an unnamed one in a clipped headline ("개정안 각의 통과") is the same."""
    for unit in units:
        if unit.position == "body":
            continue
        governments = _ml_government(unit.text)
        for p in ML_PLACES.find(unit.text):
            if p.label.startswith(code + ":") and not _ml_partner_or_destination(unit.text, p.start, p.end) and any(
                    g.start - ML_GOVERNMENT_CHARS <= p.start <= g.end + ML_GOVERNMENT_CHARS for g in governments):
                return True
    return False


# Between a body's name and the Union's: "of" in the list's languages ("Le gouvernement français et l'Union
# européenne" names two actors).
_EU_OF = re.compile(r"\s*(?:de\s+l['’]|de\s+la\s+|dell['’]|della\s+|der\s+|des\s+|do\s+|da\s+|of\s+the\s+)", re.I)
ML_GOVERNMENT_CHARS = 40  # a government word this close to a country name makes it the government's


def _permit_name(text: str, start: int) -> bool:
    """A name written right after a permit's noun ("Blaue Karte EU", "Carta Blu UE"): part of its name."""
    return bool(_PERMIT_NAME_BEFORE.search(text[max(0, start - 40) : start]))


def _ml_government(text: str) -> list[PhraseMatch]:
    return [m for m in ML_CUES.find(text) if m.label == "government"]


# Prepositions before a place in the multilingual lists' languages: where people come from ("científicos de
# EE UU" is ambiguous, so "de" is in neither list; "desde", "aus", "из" are not) and where they go ("hacia
# España", "nach Deutschland", "в Россию"). As in English, the origin is never the rule-maker, and the
# destination is one only for rules on coming in (visas, permits, recruitment).
_ML_FROM_BEFORE = re.compile(
    r"(?:^|\s)(?:desde|procedentes\s+de|aus|von|vom|uit|fra|från|z|ze|из|изо|від|dan|dari|từ|depuis)\s+(?:\w+\s+)?$",
    re.I,
)
ML_ACTOR_CHARS = 30
_ML_TOWARD_BEFORE = re.compile(
    r"(?:^|\s)(?:a|à|au|aux|hacia|para|nach|naar|verso|til|till|do|ke|в|во|на|до|у|vers)\s+(?:\w+\s+)?$", re.I
)


# Languages that mark a place after its name (Korean, Japanese, Turkish particles and case suffixes):
# "중국에 유출한" (leaked to China), "中国へ渡航", "Çin'e" go toward it; "중국에서", "中国から", "Çin'den" come
# from or happen in it. The actor takes the subject or topic marker instead (중국은, 中国は, Çin).
_ML_TOWARD_AFTER = re.compile(r"^(?:" + lx.ML_TOWARD_PARTICLES + ")")
_ML_FROM_AFTER = re.compile(r"^(?:" + lx.ML_FROM_PARTICLES + ")")
_ML_FIRM_AFTER = re.compile(r"^\w*\s+(?:" + "|".join(lx.ML_FIRM_AFTER) + r")\b", re.I)
_ML_SOURCE_AFTER = re.compile(r"^(?:" + lx.ML_SOURCE_AFTER + ")")
# Chinese writes no space before 据 ("该消息称，据美国"): its forms need no boundary, only not to end another
# word ("根据美国法律" is under US law, "数据" data).
_SOURCE_CJK = tuple(w for w in lx.ML_SOURCE_BEFORE if "\u4e00" <= w[0] <= "\u9fff")
_SOURCE_SPACED = tuple(w for w in lx.ML_SOURCE_BEFORE if w not in _SOURCE_CJK)
_ML_SOURCE_BEFORE = re.compile(
    r"(?:(?:^|[\s(])(?:" + "|".join(map(re.escape, _SOURCE_SPACED)) + r")|(?<![根依数數证證占])(?:" + "|".join(map(re.escape, _SOURCE_CJK))
    + r"))\s*(?:\w+\s+){0,2}$",
    re.I,
)
_ML_OUTFLOW_AFTER = re.compile(r"^(?:" + lx.ML_OUTFLOW_AFTER + ")")
_ML_PASSIVE_AFTER = re.compile(lx.ML_PASSIVE_AFTER)
# Partners and opponents are not rule-makers ("yhteistyötä Kiinan kanssa", "mit China", "avec la Chine",
# "с Китаем", "Çin ile", "gegen China").
_ML_WITH_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:" + "|".join(lx.ML_PARTNER_BEFORE) + r")\s+(?:\w+\s+)?|(?:"
    + "|".join(lx.ML_PARTNER_BEFORE_ADJACENT) + r")\s+)$",
    re.I,
)
_ML_WITH_AFTER = re.compile(r"^\w*\s+(?:" + "|".join(lx.ML_PARTNER_AFTER) + r")\b", re.I)


def _ml_partner_or_place(text: str, start: int, end: int, inbound: bool) -> bool:
    """A country named as a partner ("with China"), or as a place by a particle after it ("中国から"; toward it
    only for a rule on leaving, as the prepositions before it are read)."""
    if _ML_FROM_AFTER.match(text[end : end + 12]):
        return True
    return _ml_partner(text, start, end) if inbound else _ml_partner_or_destination(text, start, end)


def _ml_partner(text: str, start: int, end: int) -> bool:
    """A country named as a partner or an opponent ("mit China", "Kiinan kanssa", "gegen China")."""
    return bool(_ML_WITH_BEFORE.search(text[max(0, start - 24) : start]) or _ML_WITH_AFTER.match(text[end : end + 12]))


def _ml_partner_or_destination(text: str, start: int, end: int) -> bool:
    """A country named as a partner ("with China"), or as where something goes by a particle after it
    ("중국으로", "中国へ"; not a passive's agent: に also marks it, "中国に拘束された" was detained by China)."""
    return _ml_partner(text, start, end) or (
        bool(_ML_TOWARD_AFTER.match(text[end : end + 12])) and not _ML_PASSIVE_AFTER.match(text[end + 1 : end + 16])
    ) or bool(_ML_OUTFLOW_AFTER.match(text[end : end + 8]))


def _ml_place_only(key: str, start: int, inbound: bool) -> bool:
    """A name (found by the English lists in a text in another language) after a preposition of origin, or of
    destination for a rule on leaving: a place, as `_other_language_mentions` reads its own names."""
    before = key[max(0, start - 24) : start]
    return bool(_ML_FROM_BEFORE.search(before)) or (not inbound and bool(_ML_TOWARD_BEFORE.search(before)))


def _other_language_mentions(
    units: Sequence[Unit], *, inbound: bool = False, security: bool = False
) -> list[tuple[str, float, bool, str]]:
    """(code, weight, actor, snippet) for each country named in a text that is not in English.

    Word order and inflection differ too much for the English context rules: a name next to a
    government word ("китайские власти", "le gouvernement français", "भारत सरकार") counts as a government,
    and the first country named in the headline ("В Китае запретили...", "La Chine interdit...") as the
    actor, as headlines mostly put the actor first."""
    out: list[tuple[str, float, bool, str]] = []
    first_in_title = True
    places = [ML_PLACES.find(unit.text) for unit in units]
    named = Counter(m.label.split(":")[0] for found in places for m in found if not m.label.endswith(":body"))
    named_zh = Counter(m.label.split(":")[0] for found in places for m in found if m.phrase not in lx.SHARED_ZH_NAMES)
    for unit, found in zip(units, places, strict=True):
        governments = _ml_government(unit.text)
        prev: PhraseMatch | None = None
        for m in found:
            code, kind = m.label.split(":")
            if kind == "body" and m.phrase in lx.SHARED_BODIES:
                # "Der Bundesrat hat ... beschlossen" in a text about "die Schweizer Wirtschaft" is Bern's.
                code = _shared(lx.SHARED_BODIES[m.phrase], named)
            elif m.phrase in lx.SHARED_ZH_NAMES:
                # "教育部" beside "立法院" and "國發會" is Taipei's.
                code = _shared(lx.SHARED_ZH_NAMES[m.phrase], named_zh)
            if kind == "body":
                # After the guess for a shared name, as find_jurisdictions reads it: a state's name written
                # right before the body ("韩国教育部") says whose it is, whichever states share the name.
                code = _cjk_owner(unit.text, prev, m, code)
                # "Journal officiel de l'Union européenne", "Gazzetta ufficiale dell'Unione europea": a body
                # of the Union's own, named like a state's.
                if any(n.label.startswith("EU:") and _EU_OF.fullmatch(unit.text, m.end, n.start) for n in found):
                    code = "EU"
            prev = m
            if _ML_NON_BEFORE.search(unit.text[max(0, m.start - 24) : m.start]) or _ML_NON_AFTER.match(
                    unit.text[m.end : m.end + 16]):
                continue  # "lavoratori extra UE": everyone but them
            if kind == "name" and _permit_name(unit.text, m.start):
                out.append((code, 0.3 * _KIND_BASE[kind] * unit.weight, False, unit.text[m.start : m.end]))
                continue  # "Carta Blu UE": a permit's name, though it leads the headline
            weight = _KIND_BASE[kind]
            near = any(g.start - ML_GOVERNMENT_CHARS <= m.start <= g.end + ML_GOVERNMENT_CHARS for g in governments)
            if near and kind != "body":
                weight = max(weight, GOVERNMENT_WEIGHT)
            before = unit.text[max(0, m.start - 24) : m.start]
            origin = bool(_ML_FROM_BEFORE.search(before)) or (
                kind != "body" and _ml_partner_or_place(unit.text, m.start, m.end, inbound))
            destination = bool(_ML_TOWARD_BEFORE.search(before) or _ZH_TOWARD_BEFORE.search(before))
            # The actor leads the headline ("Россия запретила", "El Gobierno de España aprueba"); a country
            # further in is what the headline is about ("solicitudes de científicos de EE UU").
            actor = (unit.position == "title" and first_in_title and kind != "demonym" and not origin
                     and (inbound or not destination) and (kind == "body" or m.start <= ML_ACTOR_CHARS))
            # A government body named in the headline or the lead acts there ("El Ministerio de Ciencia ha
            # anunciado", "Кабмін ухвалив"): bodies are named for what they do.
            # In research security a prosecutor, court or ministry anywhere is the state whose law is enforced
            # ("검찰에 따르면", "検察は"), as prosecutors and courts are in English.
            # (Not a body a report is only sourced to, outside research security: "외교부에 따르면" tells what was
            # agreed on another state's visa.)
            sourced = _ML_SOURCE_AFTER.match(unit.text[m.end : m.end + 10]) or _ML_SOURCE_BEFORE.search(before)
            actor = actor or (kind == "body" and (unit.position != "body" or security) and (inbound or not destination)
                              and (security or not sourced))
            if unit.position == "title":
                first_in_title = False
            # Whose nationals or firms ("중국 기업", "中国公民"): for a visa or permit the state they come from, in
            # research security the state the know-how went to; neither makes the rule. (For an exit control
            # the state holding back its own engineers does: "中國工程師" stays.)
            # A country's visa is its rule ("미국 비자", "美国学生签证", "日本のビザ"), whoever applies for it.
            visa = inbound and kind != "body" and bool(_CJK_VISA_AFTER.match(unit.text[m.end : m.end + 12])
                                                       or _ZH_ENTRY_BEFORE.search(before))
            attributive = ((inbound or security) and kind != "body" and not visa
                           and bool(_CJK_ATTRIBUTIVE_AFTER.match(unit.text[m.end : m.end + 8])))
            attributive = attributive or (kind != "body" and bool(_ML_FIRM_AFTER.match(unit.text[m.end : m.end + 24])))
            attributive = attributive or (kind != "body" and bool(_CJK_INSTITUTION_AFTER.match(unit.text[m.end : m.end + 8])))
            attributive = attributive or (security and kind != "body" and bool(
                _CJK_CONCERN_AFTER.match(unit.text[m.end : m.end + 30])))
            actor = (actor or visa) and not attributive
            if origin or (destination and not inbound) or attributive:
                weight = 0.3 * _KIND_BASE[kind]
            if actor:
                weight = ACTOR_WEIGHT if not visa or unit.position == "title" else POSSESSED_RULE_WEIGHT
            out.append((code, weight * unit.weight, actor, unit.text[m.start : m.end]))
    return out


_CJK_OF = re.compile(r"^(?:的|の|의)?\s?$")
# Chinese country names (not bodies) as the English lists hold them, for a body in a text read with the
# multilingual gazetteer, which lists few of them in simplified script.
_ZH_COUNTRY: Mapping[str, str] = MappingProxyType({
    fold(z): j.code for j in lx.JURISDICTION_LIST for z in j.zh if not _ZH_BODY_CHARS.search(z)
})
_ZH_COUNTRY_BEFORE = re.compile(
    "(" + "|".join(sorted(map(re.escape, _ZH_COUNTRY), key=len, reverse=True)) + ")(?:的)?$"
)


def _cjk_owner(text: str, prev: PhraseMatch | None, m: PhraseMatch, code: str) -> str:
    """A body written right after another state's name is that state's: "美国国务院" is the US State
    Department, "韩国教育部" Seoul's ministry, however the body alone would read."""
    if prev is not None and prev.end <= m.start and _CJK_OF.match(text[prev.end : m.start]):
        owner, kind = prev.label.split(":")
        return owner if kind in ("zh", "name") and owner != "_none" else code
    name = _ZH_COUNTRY_BEFORE.search(fold(text[max(0, m.start - 8) : m.start]))
    return _ZH_COUNTRY[name.group(1)] if name else code


def _shared(states: tuple[str, ...], named: Mapping[str, int]) -> str:
    """The state a name shared by several is most likely to be: the one the text names most, else the first."""
    return max(states, key=lambda c: (named.get(c, 0), -states.index(c)))


# Not the point of an initial ("U.S. Senior District Court", "Rya W. Zobel"): cut there, the evidence read "U".
_CLAUSE_END = re.compile(r"[,;:!?。，；]|(?<!\b[A-Z])\.")


def _clause(snippet: str) -> str:
    """Cut a context snippet at the end of its clause."""
    cut = _CLAUSE_END.split(snippet, maxsplit=1)[0]
    return cut.strip() or snippet.strip()
