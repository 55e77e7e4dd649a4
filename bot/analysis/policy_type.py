"""The policy type of an article: what kind of rule it is about (lexicon.POLICY_TYPE_CUES), scored by
cue in each sentence, the headline and the lead weighing most; an exit control and a scheme to recruit
people are recognised by cues that come together, and a rule verb's object counts extra.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from bot.analysis import lexicon as lx
from bot.analysis.multilingual import ML_CUES, is_english
from bot.analysis.phrase_matching import PhraseMatch, english_forms_only
from bot.analysis.policy_type_names import visa_names
from bot.analysis.prepared_text import NAMED_PROGRAMME_WEIGHT, TAG_MATCHERS, Tally, Unit, fold
from bot.analysis.screens import finditer_at_word_starts, screened
from bot.models import POLICY_TYPES, Evidence, PolicyType

_AS_TYPE: Mapping[str, PolicyType] = MappingProxyType({p: p for p in POLICY_TYPES})
# A talent programme by name keeps its type whatever permission a sentence mentions.
_NAMED_TALENT = frozenset(fold(p.lstrip("=")) for _, t, p in lx.NAMED_PROGRAMMES if t == "talent_program")
# Schemes by name whose product is a permission ("Top Talent Pass Scheme", "J-Skip"): what "the talent scheme"
# of the same headline or lead refers to.
_NAMED_PERMISSION: Mapping[str, PolicyType] = MappingProxyType(
    {fold(p.lstrip("=")): t for _, t, p in lx.NAMED_PROGRAMMES if t in ("visa", "immigration")})
_TYPE_MATCHER = TAG_MATCHERS["type"]
# Named schemes in scripts the word matcher does not split (Arabic): "الإقامة الذهبية" (the UAE's Golden Visa)
# is found as a substring, and the multilingual list's "residence" inside it is that name's word.
_NAMED_UNSPLIT: Mapping[str, PolicyType] = MappingProxyType(
    {p: t for _, t, p in lx.NAMED_PROGRAMMES if re.search(r"[\u0600-\u06ff]", p)})
_NAMED_UNSPLIT_RE = re.compile("|".join(sorted(map(re.escape, _NAMED_UNSPLIT), key=len, reverse=True)))
_EXIT_MATCHER = TAG_MATCHERS["exit"]
_ENTRY_WORDS = screened(r"\b(?:entry|enter|entering|nationals of|citizens of|visas?|admission)\b", re.I)
# What an exit control holds back is people: "restricts the transfer of technologies abroad" is not one.
_THINGS = screened(
    r"\b(?:technolog\w*|know-how|goods|equipment|data|exports?|products?|chips?|software|components?|"
    r"materials?|money|funds|capital|shipments?)\b",
    re.I,
)
# A talent-mobility policy item is of some kind: the faintest cue of one ("residence", "collaboration") is a
# better guess than "other", which the real set almost never uses for a relevant item.
MIN_TYPE_SCORE = 0.5
_VETTING = frozenset({"vetting", "screening", "background check", "security review"})
_VISA_WORDS = re.compile(r"\b(?:visas?|consulates?|consular|embass(?:y|ies))\b", re.I)
EXIT_PAIR_CHARS = 80
APPROVAL_PAIR_CHARS = 40
# What a rule verb acts on is what the rule is about: "will offer open work permits to H-1B holders" is a
# permit rule that mentions a visa. Type cues right after a rule verb in the headline or lead count more.
_RULE_OBJECT_VERB = screened(
    r"\b(?:requir|introduc|offer|launch|impos|rais|lower|creat|extend|expand|cut|cap|eas|tighten|suspend|ban|"
    r"bar|restrict|open|add|unveil|approv|propos|replac|end|scrap|widen|double|halve|lift|set|roll(?:s|ed|ing)?\s+out)"
    r"\w*\b",
    re.I,
)
RULE_OBJECT_CHARS = 50
RULE_OBJECT_BONUS = 1.0
# A scheme to bring people in: a programme word, a recruiting verb and people, in one sentence.
# Money counts as a scheme: "sets aside NOK 100 million to attract researchers", "offers signing bonuses".
_SCHEME = re.compile(
    r"\b(?:program(?:me)?s?|schemes?|funds?|funding|fellowships?|grants?|initiatives?|plans?|packages?|chairs|"
    r"professorships?|awards?|bonus(?:es)?|subsid(?:y|ies)|stipends?|platform|calls?|budget|"
    r"(?:million|billion|m|bn)\b)|\b(?:\d[\d,.]*\s*(?:million|billion|m|bn|crore|lakh))\b",
    re.I,
)
_RECRUIT = re.compile(
    r"\b(?:attract\w*|recruit(?:s|ed|ing)?|lur(?:e|es|ed|ing)|bring(?:ing|s)?\s+(?:\w+\s+){0,6}?(?:back|home|to)|"
    r"draw\w*|woo\w*|entic\w*|win\s+over|pull\s+in|magnet|reverse\s+(?:the\s+)?brain\s+drain|"
    r"return(?:ing)?\s+scientists|returnees?|courting|to\s+court|poach\w*|host(?:s|ing)?\s+(?:\w+\s+){0,3}?"
    r"(?:researchers|scientists|scholars)|invit(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?(?:researchers|scientists|scholars|"
    r"experts)|hire\s+(?:\w+\s+){0,3}?(?:researchers|scientists)\s+(?:from|leaving|fleeing)|relocat\w+|"
    r"(?:move|moving)\s+to)\b",
    re.I,
)
_PEOPLE_WORDS = screened(
    r"\b(?:researchers?|scientists?|scholars?|academics?|engineers?|talent|specialists?|experts?|postdocs?|"
    r"doctoral|professionals?)\b|人才|科学家|研究人员",
    re.I,
)
SCHEME_WEIGHT = 2.5
ML_RECRUITING_WEIGHT = 1.5
# A ban on whole nationalities is a travel restriction, whatever visas it touches (README of the real
# set): "nationals of 12 countries", "citizens of the following countries", "travellers from seven nations",
# "citizens of seven predominantly Muslim countries".
_NATIONALITIES = screened(
    r"\b(?:nationals|citizens|travell?ers|passport\s+holders|people|residents)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:\d+|those|these|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|certain|some|many|following|"
    r"designated|affected|listed|identified|specified|targeted|restricted|additional)\s+(?:[\w-]+\s+){0,2}"
    r"(?:countries|nations|states)\b",
    re.I,
)
NATIONALITY_BAN_WEIGHT = 2.5
# The same ban told by its count of countries: "travel ban expanded to 19 countries", "restricting entry from
# 12 countries", "bars citizens of Iran and ten other countries". A ban word, entry or travel, and people
# from (of, on, to) a number of countries, in one sentence; "visa interviews in 40 countries" is not one.
_NUMBER = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of|several|more)")
_COUNTRY_COUNT = screened(
    rf"\b(?:from|of|on|to|against|for|and)\s+(?:(?:at\s+least|another|an\s+additional|up\s+to|nearly|about|some|the)\s+)?"
    rf"{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:countries|nations)\b",
    re.I,
)
_BAN_WORD = re.compile(
    r"\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|restrict\w*|suspend\w*|suspension|prohibit\w*|block\w*|"
    r"halt\w*|curbs?)\b",
    re.I,
)
_WHITE_PAPERS = frozenset({"immigration white paper", "white paper on immigration", "migration white paper"})
# Nationalities let in without a visa are a visa waiver, not a ban: "visa-free entry for travellers from six
# European countries".
_VISA_FREE = re.compile(r"\bvisa[- ]free\b|\bvisa[- ]exempt\w*|\bvisa\s+waivers?\b|\bwithout\s+(?:a\s+)?visas?\b", re.I)
# What headlines call such a ban: said in the headline or the lead, it is the story, as the count is.
_BAN_NAMES = frozenset({"travel ban", "muslim ban", "immigration ban"})
_ENTRY_OR_TRAVEL = re.compile(r"\b(?:entry|enter\w*|travel\w*|admission|admitting|citizens|nationals|immigra\w*)\b", re.I)
# A licence before foreign people may see technology is a deemed export, however it is worded: "requires a
# license for foreign engineers to access chip technology", "licences before foreign nationals can access".
_DEEMED = re.compile(
    r"\blicen[cs]\w*\b[^.;]{0,60}?\b(?:foreign|non-u\.?s\.?|overseas|chinese|russian|iranian)\b[^.;]{0,40}?"
    r"\baccess\w*\b[^.;]{0,40}?\b(?:technolog\w*|know-how|data|designs?|source\s+code)\b",
    re.I,
)
# A talent programme in a sentence about prosecuting or disclosing ("sentenced for concealing his part in the
# Thousand Talents Plan", "must disclose participation in foreign talent programmes") is a research-security
# matter: the programme is what is policed, not the policy.
_POLICED = screened(
    # "bars scientists from joining foreign talent programs": a ban on taking part is policing the programme.
    r"\b(?:bar(?:s|red)?|ban(?:s|ned)?|prohibit\w*|forbid\w*)\b[^.;]{0,60}?\b(?:join\w*|participat\w*|tak\w+\s+part)\b|"
    r"\b(?:charged|indicted|sentenced|convicted|pleaded\s+guilty|prosecuted|lying|lied|false\s+statements?|"
    r"conceal(?:ed|ing)|undisclosed|fail(?:ed|ing)\s+to\s+disclose|espionage|spying)\b",
    re.I,
)
# A prosecution for taking know-how is a research-security action, whatever the defendant was recruited by
# or planned (README of the real set): "pleaded guilty to stealing trade secrets", "convicted of economic
# espionage", "arrested with stolen research data". The court's verb and the theft, in one sentence.
# A court's verbs for a person's case (not an investigation's).
_CONVICTED = (r"indicted|sentenced|convicted|pleads?\s+guilty|pleaded\s+guilty|found\s+guilty|prosecuted|"
              r"arrested|jailed|imprisoned")
_PROSECUTED = screened(
    r"\b(?:charged|" + _CONVICTED + r"|detained|"
    # An investigation is a prosecution's first stage: "investigates firms for poaching", "prosecutors searched".
    r"investigat\w*|prob(?:e|es|ed|ing)|raid(?:s|ed)?|questioned|summoned|prosecutors?|indictments?)\b",
    re.I,
)
_TAKEN = re.compile(
    r"\b(?:steal\w*|stole|stolen|theft|thefts|trade\s+secrets?|secrets|espionage|spying|spied|smuggl\w*|"
    r"misappropriat\w*|exfiltrat\w*|poach\w*|illegal(?:ly)?\s+(?:recruit\w*|hir\w*|lur\w*))\b",
    re.I,
)
PROSECUTION_WEIGHT = 2.5


# Know-how as what was taken: the taking verb and, a few words on, its object ("stealing the company's
# technology", "theft of trade secrets"); know-how thefts by name ("technology theft", "economic espionage");
# staff poached. A theft of bicycles, laptops or card data, or "thefts" beside other data, is none.
_TAKEN_KNOW_HOW = re.compile(
    r"\b(?:steal\w*|stole|stolen|thefts?\s+of|leak\w*|smuggl\w*|misappropriat\w*|exfiltrat\w*|cop(?:y|ied|ying)|"
    r"transferr?\w*|hand\w*\s+over|pass\w*\s+on)\s+(?:[\w'’-]+\s+){0,4}?(?:technolog\w*|tech|trade\s+secrets?|secrets?|"
    r"know-how|blueprints?|designs?|source\s+code|intellectual\s+property|proprietary\s+[\w-]+)\b"
    r"|\b(?:technology|tech|trade[-\s]secrets?|intellectual[-\s]property)\s+theft\b"
    r"|\b(?:trade\s+secrets?|espionage|spying|spied)\b"
    r"|\bpoach\w*\s+(?:[\w'’-]+\s+){0,3}?(?:engineers?|employees?|staff|talent|workers|researchers?|scientists?)\b",
    re.I,
)


def prosecuted_taking(text: str) -> re.Match[str] | None:
    """The prosecution (or investigation) in a sentence that also tells of taking know-how or secrets
    ("indicted ... on suspicions of stealing the company's technology"), or None."""
    court = _PROSECUTED.search(text)
    return court if court and _TAKEN_KNOW_HOW.search(text) else None


# A case told in the headline or the lead ("Harvard professor convicted of lying about ties to China"): the
# article is about policing people, so a talent programme it names is what was policed (the defendant's
# "involvement in China's Thousand Talents Program"), and the charge of hiding foreign ties is the action.
_DUTY = r"running|leading|overseeing|managing|implementing|administering|the\s+task"  # "charged with running"
_COURT = screened(
    # "charged" only as a charge: not a fee ("will be charged £1,035") nor a duty ("the ministry charged with
    # running the plan").
    r"\b(?:charged\s+with\s+(?!" + _DUTY + r")|"
    r"(?:was|were|been|is|are)\s+charged\b(?!\s+(?:[£$€¥]|\d|a\s+fee|an?\s+(?:annual|extra|additional))|\s+with\s+"
    r"(?:" + _DUTY + r"))|" + _CONVICTED + r")",
    re.I,
)
# What such a case charges: hiding or lying about foreign ties (money alone, "payments funding the NHS", is not).
_HIDDEN_TIES = re.compile(
    r"\b(?:ties|links?|connections?|affiliations?|involvement|"
    r"disclos\w*|conceal\w*|hid(?:e|es|ing|den)?|hiding|lying|lied|false\s+statements?)\b",
    re.I,
)
# A law barring nationals of some countries from research jobs is research security (README of the real set):
# "bars public universities from employing citizens of China", "prohibits hiring researchers from countries of
# concern". A ban, then hiring, then the nationalities, in one sentence; who may be *hired*, not who may leave.
_HIRING_BARRED = screened(
    r"\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit\w*|forbid\w*)\b[^.;]{0,60}?"
    r"\b(?:hir(?:e|es|ed|ing)|employ(?:s|ed|ing)?|recruit(?:s|ed|ing)?|appoint(?:s|ed|ing)?)\b[^.;]{0,80}?"
    r"\b(?:countr(?:y|ies)\s+of\s+concern|foreign\s+adversar\w*|adversar\w+\s+(?:countries|nations)|"
    r"Chin(?:a|ese)|Iran(?:ian)?|Russia(?:n)?|North\s+Korea(?:n)?|Cuba(?:n)?|Venezuela(?:n)?)\b",
    re.I,
)
# A visa class named as a status ("F-1 status", "J-1 student status"): a student's or worker's status is an
# immigration matter by the real set's convention, the visa that led to it is not the instrument.
_STATUS_AFTER = re.compile(r"\s+(?:(?:student|nonimmigrant|non-immigrant|worker)\s+)?status\b", re.I)
# A cap on international student numbers is a migration rule (the real set's convention): "caps foreign
# students at 15%", "limit the number of international students", "cap on overseas student enrolments".
_STUDENT_CAP = screened(
    r"\b(?:cap(?:s|ped|ping)?|limit(?:s|ed|ing)?)\b(?:\s+(?:on|the\s+number\s+of|numbers?\s+of))?\s+(?:\w+\s+){0,2}?"
    r"(?:international|foreign|overseas)\s+(?:students?|undergraduates?|student\s+(?:numbers|enrol\w*|intake))\b",
    re.I,
)
STUDENT_CAP_WEIGHT = 2.0
# A permit of any kind, as a noun ("a new permit for researchers", "a two-year permit"); "does not permit" is a
# verb, and an exit permit is an exit control (the sentence is skipped when it says "exit").
_PERMIT_NOUN = screened(r"\b(?:a|an|the|new|special|temporary|permanent|open|[\w-]+-year)\s+permits?\b", re.I)
PERMIT_WEIGHT = 1.0
# "H-1B visa holders", "spouses of H-1B workers": the visa names the people a rule is for, not its instrument
# ("work permits for H-1B visa holders" is a permit rule), so it counts for less.
_HOLDERS_AFTER = re.compile(
    r"\s+(?:visas?\s+)?(?:(?:non-?immigrant|student|exchange)\s+)?(?:holders|workers|employees|students|"
    r"exchange\s+visitors|visitors|scholars|researchers)\b", re.I)
HOLDERS_FACTOR = 0.5
# The same when the people hold the visa: "Chinese nationals, even those holding valid U.S. visas", "students
# with F-1 visas", "received what are known as F-1 visas". A rule *on* visas ("a ban on visas") is not held.
_HELD_BEFORE = re.compile(
    r"(?:\b(?:holding|holds?|held|having|received|receive|obtained|carrying)|"
    r"\b(?:nationals|citizens|students|researchers|scientists|workers|people|those|foreigners|engineers|employees)"
    r"\s+with)\s+(?:[\w.\-]+\s+){0,5}$",
    re.I,
)
# Kept out of a state's research: "bars Chinese nationals from its space programs", "barred from accessing its
# facilities" (README of the real set: laws barring nationals of some countries from research jobs, limits on
# collaboration). A ban, the nationality, then what they are kept from, in one sentence.
_KEPT_FROM_RESEARCH = screened(
    r"\b(?:ban(?:s|ned|ning)?|bar(?:s|red|ring)?|prohibit\w*|forbid\w*|exclud\w*|restrict(?:s|ed|ing)?)\b[^.;]{0,60}?"
    r"\b(?:Chin(?:a|ese)|Iran(?:ian)?|Russia(?:n)?|North\s+Korea(?:n)?|countr(?:y|ies)\s+of\s+concern)\b"
    r"(?:[^.;]|(?<=\b[A-Z])\.){0,80}?"  # the full stops of "U.S." end no sentence
    r"\bfrom\s+(?:(?:\w+\s+){0,3}?(?:programs?|programmes?|facilities|laborator(?:y|ies)|labs?|networks|research|"
    r"projects?|missions?)\b|(?:working|being\s+employed|employment)\s+(?:in|at)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:universit\w*|colleges?|laborator\w*|labs?|institut\w*|research))",
    re.I,
)
# A fee by its name ("the Immigration Skills Charge", "a health surcharge") or a charge with its price ("the
# charge is £1,000 per year") is a fee, not a criminal charge: the research-security cue "charged" is the verb.
_FEE_NAME = re.compile(r"\b[A-Z][\w-]*\s+(?:Sur)?[Cc]harges?\b|\bsurcharges?\b")
_PRICE = re.compile(r"[£$€¥₹]\s*\d|\b(?:fees?|levy|pay(?:s|ing|able)?|paid|per\s+(?:year|annum|applicant))\b", re.I)
# A golden residency where the article names a golden visa is that visa told by what it grants (README: the
# name decides, and "golden visa" is the programme's name).
_GOLDEN_VISA = re.compile(r"\bgolden\s+visas?\b", re.I)
# "non-immigrant visas", "non-EU": the cue names what the rule is *not* about.
_NEGATED_BEFORE = re.compile(r"\bnon-?\s*$", re.I)
_NEGATED_START = re.compile(r"non-?(?!\s)", re.I)  # the token took the prefix: "non-immigrant visas"


# Types of the multilingual lists' labels, and how much one of their forms weighs.
_ML_TYPES: Mapping[str, tuple[str, float]] = MappingProxyType({
    "exit_control": ("travel_restriction", 3.0), "passport_control": ("travel_restriction", 3.0),
    "research_security": ("research_security", 2.5), "research_security_compound": ("research_security", 2.5),
    "talent_program": ("talent_program", 2.5), "type_visa": ("visa", 1.0), "type_immigration": ("immigration", 1.0),
    "export_control": ("export_control", 1.0), "entry_ban": ("travel_restriction", 2.5),
})
# "für Talente aus dem Ausland", "pour des chercheurs de l'étranger", "para científicos del extranjero".
_FOR_PEOPLE_FROM_ABROAD = re.compile(
    r"\b(?:für|pour|para|per|for|för|dla|для)\s+(?:\w+\s+){0,3}?\w+\s+"
    r"(?:aus\s+dem\s+Ausland|de\s+l'étranger|del\s+extranjero|dall'estero|do\s+exterior|fra\s+utlandet|"
    r"från\s+utlandet|z\s+zagranicy|из-за\s+рубежа|uit\s+het\s+buitenland)",
    re.I,
)
# Kept from working for a foreign employer: "barred from working for", "not be allowed to work in".
_BARRED_ABROAD_WORK = screened(
    r"\b(?:barred|banned|prohibited|forbidden|restricted|not\s+(?:be\s+)?(?:allowed|permitted))\s+"
    r"(?:from\s+working|to\s+work|from\s+taking\s+(?:up\s+)?jobs?|to\s+take\s+(?:up\s+)?jobs?)\s+(?:for|in|at|with)\b",
    re.I,
)
_ABROAD = re.compile(
    r"\b(?:foreign|overseas|abroad|Chinese|mainland|Russian|Iranian|American|U\.?S\.?|rival|hostile|other\s+countries)\b",
    re.I,
)
# Official advice against going: "warns students against studying in Australia", "told researchers not to travel
# to the US" (README: official advice to avoid a country).
_WARNED_AGAINST = screened(
    r"\b(?:warn(?:s|ed|ing)?|advis(?:es|ed|ing)|urg(?:es|ed|ing)|caution(?:s|ed|ing)?|told)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:against|not\s+to)\s+(?:studying|study|travell?ing|travel|going|go|visiting|visit)\b",
    re.I,
)
# Official warning about going somewhere, not only against it: "issues warning for students applying to study in
# the US", "warns scholars about visiting the US", "a alerté les étudiants sur les risques d'aller étudier aux
# Etats-Unis". (A warning about visas or fraud names no going: "warns applicants about visa scams".)
_WARNED_ABOUT = screened(
    r"\b(?:warn(?:s|ed|ing|ings)?|alert(?:s|ed)?|caution(?:s|ed)?|advisory)\s+(?:[\w,-]+\s+){0,5}?"
    r"(?:about|for|of|over|on)\s+(?:the\s+risks?\s+of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:studying|study|travell?ing|visiting|going)\s+(?:in|to|abroad|overseas|the\s+[A-Z]|[A-Z])|"
    # fr, es, pt, it, de: "alerte ... sur les risques d'aller étudier", "advierte ... sobre los riesgos de viajar".
    r"\b(?:alert\w*|avert\w*|mis(?:e)?\s+en\s+garde|met\s+en\s+garde|advi[er]\w*|advert\w*|avvert\w*|warnt|gewarnt)"
    r"\s+(?:[\w,'’-]+\s+){0,8}?(?:sur|contre|sobre|sui|vor)\s+(?:les|los|os|i|den)?\s*"
    r"(?:risques?|riesgos?|riscos?|rischi|risiken)\s+(?:d['’]|de\s+|di\s+|bei\s+)(?:aller\s+|ir\s+(?:a\s+)?)?"
    r"(?:étudier|voyager|se\s+rendre|estudiar|viajar|estudar|studiare|viaggiare|studi\w*|reise\w*)",
    re.I,
)
WARNING_HEADLINE_WEIGHT = 5.0
# Banned from leaving, whatever stands between: "bars elite graduates from leaving", "forbids staff from
# emigrating". A programme "to stop scientists from leaving" pays them to stay: no ban, no exit control.
_KEPT_FROM_LEAVING = screened(
    r"\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit\w*|forbid\w*)\b"
    r"[^.;]{0,60}?\bfrom\s+(?:leaving|emigrating|going\s+abroad|travell?ing\s+(?:abroad|overseas))\b",
    re.I,
)
# Staff called home from abroad by their state or employer: "recalled 300 Chinese engineers from India", "pulls
# engineers out of India", "staff were instructed to return home". Where a country's engineers may work is
# limited, as by an exit control (a travel restriction by the real set's convention). Only staff, not products.
_STAFF = r"(?:engineers?|technicians?|staff|employees|workers|nationals|personnel|researchers|scientists|experts)"
_RECALLED = screened(
    rf"\b(?:recall(?:s|ed|ing)?|call(?:s|ed|ing)?\s+back)\s+(?:[\w,-]+\s+){{0,6}}?{_STAFF}\b|"
    rf"\bpull(?:s|ed|ing)?\s+(?:[\w,-]+\s+){{0,4}}?{_STAFF}\s+(?:out\s+of|back|home)\b|"
    rf"\b{_STAFF}\b[^.;]{{0,80}}?\b(?:(?:told|instructed|ordered|asked)\s+to\s+return\s+home|"
    rf"(?:sent|ordered|called)\s+(?:back|home))\b",
    re.I,
)
RECALL_WEIGHT = 2.5
# "foreign talent programs", "malign foreign talent recruitment": another state's programme, which a rule polices.
_FOREIGN_BEFORE = re.compile(r"\b(?:foreign|malign)\s+$", re.I)
# "入境出境管理条例", "出入境": entry and exit administration, not an exit control.
_ZH_ENTRY_EXIT = re.compile("入境出境|出入境|入出境")
# "colleagues from abroad", "scientists from overseas": people coming in, not going out.
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


class TypeTally(Tally):
    """The rules' tally, with what a learned model reads beside the sums (bench/policy_type_features.py): per
    type, the part said in the headline or the lead, its number of cues and the first sentence it was cued in."""

    def __init__(self) -> None:
        super().__init__()
        self.lead: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self.first: dict[str, int] = {}
        self.unit = 0
        self.in_lead = False
        self.nationality_ban = ""
        self.white_paper = ""
        self.title_visa = False
        self.action_visa = ""

    def add(self, label: str, weight: float, text: str) -> None:
        super().add(label, weight, text)
        self.counts[label] = self.counts.get(label, 0) + 1
        self.first.setdefault(label, self.unit)
        if self.in_lead:
            self.lead[label] = self.lead.get(label, 0.0) + weight


# The steps of the decision order, in order (what decided, for a learned model to read).
RULE_STEPS = ("nationality_ban", "white_paper", "action_visa", "no_cue", "weak", "top_score")


def find_policy_type(units: Sequence[Unit], language: str = "en") -> tuple[PolicyType, list[Evidence]]:
    label, evidence, _ = rule_type(gather_type_cues(units, language))
    return label, evidence


def rule_type(tally: TypeTally) -> tuple[PolicyType, list[Evidence], str]:
    """The rules' type over the cues, its evidence, and the step of the decision order that chose it."""
    scores, best = tally.scores, tally.best
    if tally.nationality_ban:
        return "travel_restriction", [Evidence(field="policy_type", text=tally.nationality_ban)], "nationality_ban"
    if tally.white_paper and not tally.title_visa:
        # A white paper across migration routes, said in the headline or lead, is the action (README); the
        # visas and permits it changes are its parts. A headline naming one visa the white paper changes
        # ("UK doubles list of universities ... for High Potential Individual visa") is about that visa.
        return "immigration", [Evidence(field="policy_type", text=tally.white_paper)], "white_paper"
    if tally.action_visa and "visa" in scores:
        # Decision rule 1: a visa the headline or the lead's first sentence makes the object of the action
        # ("has introduced an expedited visa application option") wins over permits and residence told later.
        return "visa", [Evidence(field="policy_type", text=tally.action_visa)], "action_visa"
    if not scores:
        return "other", [], "no_cue"
    label, score = min(scores.items(), key=lambda kv: (-kv[1], lx.POLICY_TYPE_PRIORITY.index(_AS_TYPE[kv[0]])))
    if score < MIN_TYPE_SCORE:
        return "other", [], "weak"
    return _AS_TYPE[label], [Evidence(field="policy_type", text=best[label][1])], "top_score"


def gather_type_cues(units: Sequence[Unit], language: str = "en") -> TypeTally:
    """Every type cue of the article, weighed (the headline and the lead most), in a tally."""
    tally = TypeTally()
    add = tally.add

    english = is_english(language)
    nationality_ban = ""
    white_paper = ""
    title_visa = False  # a visa by name in the headline: the decision order's first rule
    scheme_grants = _scheme_permission(units)
    case = any(unit.position != "body" and _COURT.search(unit.text) for unit in units)
    golden_visa = any(_GOLDEN_VISA.search(unit.text) for unit in units)
    # The sentence stating the action: the headline, or the lead's first sentence.
    first_lead = next((i for i, u in enumerate(units) if u.position == "lead"), -1)
    action_visa = ""
    visa_routes = visa_names(units)
    for index, unit in enumerate(units):
        tally.unit, tally.in_lead = index, unit.position != "body"
        seen: set[str] = set()
        # The words the English cues took: an other-language list's form of the same word is the same cue.
        counted: set[str] = set()
        for m in _named_whole(_TYPE_MATCHER.find(unit.key, unit.tokens)):
            if m.phrase in seen or _inside_entry_exit(unit.key, m.start, m.end):
                continue
            near = unit.key[max(0, m.start - 5) : m.start + 4]
            if ("non" in near or "Non" in near or "NON" in near) and (
                _NEGATED_BEFORE.search(unit.key[max(0, m.start - 5) : m.start]) or _NEGATED_START.match(unit.key, m.start)
            ):
                continue
            seen.add(m.phrase)
            counted.add(unit.key[m.start : m.end].lower())
            label = m.label
            if _names_a_fee(unit.text, m):
                continue
            if label == "immigration" and golden_visa and m.phrase == "golden residency":
                label = "visa"
            if label == "research_security" and m.phrase in _VETTING and _VISA_WORDS.search(unit.text):
                label = "visa"  # vetting visa applicants (their social media, at consulates) is a visa rule
            if label == "visa" and _STATUS_AFTER.match(unit.key, m.end):
                label = "immigration"  # "students in F-1 status": the status, not the visa, is what is ruled on
            held = label == "visa" and (
                _HOLDERS_AFTER.match(unit.key, m.end) or _HELD_BEFORE.search(unit.key[max(0, m.start - 60) : m.start]))
            weight = m.weight * (HOLDERS_FACTOR if held else 1.0)
            if label == "talent_program" and (case or _POLICED.search(unit.text) or _FOREIGN_BEFORE.search(unit.key[: m.start])):
                label = "research_security"  # "must disclose ...", "foreign talent programs": what is policed
            elif label == "talent_program" and m.phrase not in _NAMED_TALENT and (
                    granted := _permission_granted(unit.text) or scheme_grants):
                label = granted  # "a talent scheme that grants five-year residence": the permission is the action
            add(label, weight * unit.weight, unit.text[m.start : m.end])
            if m.phrase.lower() in _BAN_NAMES and unit.position != "body":
                nationality_ban = nationality_ban or unit.text[m.start : m.end]
            if m.phrase.lower() in _WHITE_PAPERS and unit.position != "body":
                white_paper = white_paper or unit.text[m.start : m.end]
            if label == "visa" and unit.position == "title" and not held:
                title_visa = True
        if not english:
            found = ML_CUES.find(unit.text)
            named = list(_NAMED_UNSPLIT_RE.finditer(unit.text))
            for n in named[:1]:
                add(_NAMED_UNSPLIT[n.group(0)], NAMED_PROGRAMME_WEIGHT * unit.weight, n.group(0))
            for m in found:
                if any(n.start() <= m.start and m.end <= n.end() for n in named):
                    continue  # a word of the scheme's name
                if m.label in _ML_TYPES and m.phrase not in seen and unit.key[m.start : m.end].lower() not in counted:
                    seen.add(m.phrase)
                    kind, factor = _ML_TYPES[m.label]
                    add(kind, factor * m.weight * unit.weight, unit.text[m.start : m.end])
            labels = {m.label for m in found if m.label != "talent" or m.weight >= 0.8}
            if {"control", "outbound"} <= labels:
                # "interdit à ses chercheurs de voyager", "запретили выезд": an exit control.
                out = next(m for m in found if m.label == "outbound")
                add("travel_restriction", 3.0 * unit.weight, unit.text[out.start : out.end])
            approvals = [m for m in found if m.label == "approval"]
            outs = [m for m in found if m.label == "outbound"]
            asked = [(a, o) for a in approvals for o in outs
                     if -APPROVAL_PAIR_CHARS <= o.start - a.end <= APPROVAL_PAIR_CHARS and not _THINGS.search(unit.text)]
            if asked:
                # "выпустят за границу с разрешения": leave only with permission is an exit control.
                a, o = asked[0]
                add("travel_restriction", 3.0 * unit.weight, unit.text[min(a.start, o.start) : max(a.end, o.end)])
            if {"programme", "talent"} <= labels and not {"recruit"} <= labels and (
                    come := _FOR_PEOPLE_FROM_ABROAD.search(unit.text)):
                # "600 Millionen Euro für Talente aus dem Ausland": money or a programme for people from
                # abroad recruits them, as a recruiting verb would say.
                add("talent_program", SCHEME_WEIGHT * unit.weight, come.group(0))
            if {"prosecution", "taking"} <= labels or {"prosecution", "poaching"} <= labels:
                # "기술을 빼돌려 ... 기소", "起诉陆企非法挖角": the prosecution of the English rule, in other words.
                accused = next(m for m in found if m.label == "prosecution")
                add("research_security", PROSECUTION_WEIGHT * unit.weight, unit.text[accused.start : accused.end])
            if unit.position != "body" and {"recruit", "talent"} <= labels and not labels & {"type_visa", "type_immigration"} \
                    and any(m.label == "talent" and m.weight >= 1.0 for m in found):
                # "geri çağırıyor ... bilim insanlarını" in a headline: recruiting researchers is the story, as
                # "attract researchers" is in English; a visa or permit in the sentence is the instrument instead.
                recruiting = next(m for m in found if m.label == "recruit")
                add("talent_program", ML_RECRUITING_WEIGHT * unit.weight, unit.text[recruiting.start : recruiting.end])
            if {"recall", "recalled_staff"} <= labels:
                # "召回300名工程师", "отозвала 300 инженеров": staff called home, as _RECALLED in English.
                recall = next(m for m in found if m.label == "recall")
                add("travel_restriction", RECALL_WEIGHT * unit.weight, unit.text[recall.start : recall.end])
            if {"programme", "recruit", "talent"} <= labels:
                # "programa para atraer científicos": a programme to recruit people, as _SCHEME in English.
                recruit = next(m for m in found if m.label == "recruit")
                add("talent_program", SCHEME_WEIGHT * unit.weight, unit.text[recruit.start : recruit.end])
        # "approval ... before travelling abroad": an exit control, whatever the exact words.
        exit_cues = _EXIT_MATCHER.find(unit.key, unit.tokens)
        if not english:
            exit_cues = english_forms_only(unit.key, exit_cues)  # no "limit" in Italian "limite"
        controls = [m for m in exit_cues if m.label == "control"]
        outbound = [m for m in exit_cues if m.label == "outbound" and not _inside_entry_exit(unit.key, m.start, m.end)
                    and not _FROM_BEFORE.search(unit.text[max(0, m.start - 8) : m.start])]
        # The control must come first and close: "approval before travelling abroad", "bars scientists
        # from trips abroad"; not "researchers abroad report problems".
        pairs = [
            (c, o) for c in controls for o in outbound
            if 0 <= o.start - c.end <= EXIT_PAIR_CHARS and not _THINGS.search(unit.text[c.end : o.start])
        ]
        if pairs and not _ENTRY_WORDS.search(unit.text):
            c, o = pairs[0]
            add("travel_restriction", 3.0 * unit.weight, _extend_to_words(unit.text, c.start, unit.text[c.start : o.end]))
        if warned := _WARNED_AGAINST.search(unit.text) or _WARNED_ABOUT.search(unit.text):
            # A headline's warning is the story; the visa refusals it cites are its reasons.
            weight = WARNING_HEADLINE_WEIGHT if unit.position == "title" else 3.0
            add("travel_restriction", weight * unit.weight, warned.group(0))
        if recalled := _RECALLED.search(unit.text):
            add("travel_restriction", RECALL_WEIGHT * unit.weight, recalled.group(0))
        if kept := _KEPT_FROM_LEAVING.search(unit.text):
            add("travel_restriction", 3.0 * unit.weight, kept.group(0))
        if (barred := _BARRED_ABROAD_WORK.search(unit.text)) and _ABROAD.search(unit.text[barred.end() : barred.end() + 60]):
            # "barred from working for Chinese government agencies": where a country's own people may go to
            # work abroad is controlled, as an exit is.
            add("travel_restriction", 3.0 * unit.weight, barred.group(0))
        low = unit.text.lower()  # cheap substring tests first: most sentences have neither
        if "licen" in low and (deemed := _DEEMED.search(unit.text) or _deemed_any_order(unit.text)):
            add("export_control", NATIONALITY_BAN_WEIGHT * unit.weight, deemed.group(0))
        if ("countries" in low or "nations" in low or "states" in low) and (
                (nationals := _NATIONALITIES.search(unit.text)) or (ban_count := _counted_ban(unit.text))):
            said = nationals.group(0) if nationals else ban_count
            add("travel_restriction", NATIONALITY_BAN_WEIGHT * unit.weight, said)
            if unit.position != "body" and not _VISA_FREE.search(unit.text):
                # Said in the headline or the lead, the ban is the story; the visas it stops are how.
                nationality_ban = said
        if (hiring := _HIRING_BARRED.search(unit.text) or _KEPT_FROM_RESEARCH.search(unit.text)):
            add("research_security", PROSECUTION_WEIGHT * unit.weight, hiring.group(0))
        if ((court := _PROSECUTED.search(unit.text)) and _TAKEN.search(unit.text)) or (
                case and unit.position != "body" and (court := _COURT.search(unit.text)) and _HIDDEN_TIES.search(unit.text)):
            add("research_security", PROSECUTION_WEIGHT * unit.weight, court.group(0))
        if "permit" in low and "exit" not in low and (permit := _PERMIT_NOUN.search(unit.text)):
            add("immigration", PERMIT_WEIGHT * unit.weight, permit.group(0))
        if ("cap" in low or "limit" in low) and (capped := _STUDENT_CAP.search(unit.text)):
            add("immigration", STUDENT_CAP_WEIGHT * unit.weight, capped.group(0))
        if visa_routes and unit.position != "body" and (route := visa_routes.search(unit.text)):
            add("visa", NAMED_PROGRAMME_WEIGHT * unit.weight, route.group(0))
        if unit.position != "body" and (pack := _benefit_package(unit.text)):
            # "a top-tier visa plus tax, housing and schooling support": a visa among settlement benefits is
            # one part of a package to recruit people, which is the talent programme.
            add("talent_program", SCHEME_WEIGHT * unit.weight, pack)
        # The screened test first: most sentences name no people, and the scheme scan is the dearer one.
        if _PEOPLE_WORDS.search(unit.text) and _recruiting_scheme(unit.text) and (r := _RECRUIT.search(unit.text)):
            add(scheme_grants or "talent_program", SCHEME_WEIGHT * unit.weight, r.group(0))
        if unit.position != "body":
            cues = _TYPE_MATCHER.find(unit.key, unit.tokens)
            for verb in _RULE_OBJECT_VERB.finditer(unit.text):
                following = [m for m in cues if 0 <= m.start - verb.end() <= RULE_OBJECT_CHARS]
                if following:  # the nearest one is the object
                    m = min(following, key=lambda m: m.start)
                    add(m.label, RULE_OBJECT_BONUS * m.weight, unit.text[m.start : m.end])
                    if m.label == "visa" and m.weight >= 2.0 and (unit.position == "title" or index == first_lead) \
                            and not _held(unit.key, m):
                        action_visa = action_visa or unit.text[m.start : m.end]
    tally.nationality_ban, tally.white_paper, tally.title_visa = nationality_ban, white_paper, title_visa
    tally.action_visa = action_visa
    return tally


def _held(key: str, m: PhraseMatch) -> bool:
    """Whether a visa cue names the people who hold it ("H-1B holders", "students with F-1 visas")."""
    return bool(_HOLDERS_AFTER.match(key, m.end) or _HELD_BEFORE.search(key[max(0, m.start - 60) : m.start]))


def _names_a_fee(text: str, m: PhraseMatch) -> bool:
    """Whether a cue is a fee's word or part of its name: "Charge" in "the Immigration Skills Charge" or in "the
    charge is £480 per year" is no criminal charge, and "Immigration" in that name is no migration rule."""
    word = text[m.start : m.end]
    if m.label == "research_security" and m.phrase == "charged" and word.lower() != "charged":
        return bool(_FEE_NAME.match(text, max(0, text.rfind(" ", 0, m.start - 1) + 1)) or _PRICE.search(text))
    if m.label == "immigration" and word.lower() == "immigration":
        return bool(_FEE_AFTER.match(text, m.end))
    return False


_FEE_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+(?:(?:Sur)?[Cc]harges?|Fees?|Levy|Surcharges?)\b")


# "a new visa scheme to attract talent", "a work permit programme": the scheme is a visa or a permit, and
# the visa cues say so; it is not a recruitment programme.
_ADMISSION_BEFORE = re.compile(r"\b(?:visas?|permits?|pass(?:es)?|residency|residence|cards?)\s+$", re.I)


# Settlement benefits offered beside a visa: tax relief, housing, schooling, relocation and settling-in help.
_BENEFITS = re.compile(
    r"\b(?:tax\s+(?:breaks?|relief|cuts?|incentives?|exemptions?|reductions?)|housing|schooling|school\s+places|"
    r"settlement\s+(?:support|assistance)|relocation\s+(?:support|allowances?|grants?|packages?)|"
    r"Steuer(?:vorteil|erleichterung|ermäßigung)\w*|Wohnraum|avantages?\s+fiscaux|logement|"
    r"incentivos?\s+fiscales|vivienda|налогов\w+\s+льгот\w*|жиль\w+)\b|정주|정착|세제|주거|소득세|"
    r"定居|安家|住房|税收优惠|子女入学|定住|住居|税制優遇",
    re.I,
)
_OFFERED = re.compile(
    r"\b(?:offer\w*|support\w*|provid\w*|package|incentives?|benefits?|assistance|Förder\w*|Unterstützung|"
    r"aides?|ayudas?|поддержк\w*|attract\w*|lur(?:e|es|ed|ing)|woo\w*|lockt|locken|anlocken|attir\w*|atra\w*|"
    r"привлек\w*)\b|지원|혜택|유치|提供|支持|优惠|支援|吸引|引进",
    re.I,
)
_VISA_ANY = re.compile(r"\b(?:visas?|Visum|Visa|vistos?|визы?|виза)\b|비자|签证|簽證|ビザ", re.I)


# A talent scheme whose product is a permission is labelled by the permission (the real set's convention):
# "the scheme grants a five-year residence permit", "offers qualifying researchers a visa". Money offered too
# ("grants of €300,000", "tax breaks") keeps it a recruiting programme.
_GRANTS_PERMISSION = re.compile(
    r"\b(?:grant|offer|issu|giv|award|provid|receiv|obtain|get)\w*\s+(?:[\w-]+\s+){0,5}?"
    r"(?P<permission>visas?|permits?|pass(?:es)?|residence|residency|status|cards?)\b",
    re.I,
)
_MONEY = re.compile(
    r"\b(?:\d[\d,.]*\s*(?:million|billion|m|bn|crore|lakh)|funding|funds?|research\s+grants?|grants?\s+(?:of|worth)|"
    r"stipends?|bonus(?:es)?|tax|housing|subsid(?:y|ies)|[$€£¥₹]\s*\d)",
    re.I,
)
# An amount people must earn is a threshold of the permission, not money offered: "earning over HK$2.5 million".
_EARNING_BEFORE = re.compile(r"\b(?:earn\w*|salar(?:y|ies)|incomes?|paid|pay)\b[^;:!?]{0,30}$", re.I)


def _money_offered(text: str) -> bool:
    return any(not _EARNING_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) for m in _MONEY.finditer(text))


def _permission_granted(text: str) -> PolicyType | None:
    """The type of the permission a scheme grants in this sentence, if it grants one and no money."""
    if not (granted := _GRANTS_PERMISSION.search(text)) or _money_offered(text):
        return None
    return "visa" if granted.group("permission").lower().startswith("visa") else "immigration"


def _scheme_permission(units: Sequence[Unit]) -> PolicyType | None:
    """The permission the headline or lead says a scheme grants, when they offer no money: "scheme to attract
    talent" then "it grants two-year visas" is the visa; beside a scheme named for its permission, that one."""
    head = [u for u in units if u.position != "body"]
    named = [m.phrase for u in head for m in _TYPE_MATCHER.find(u.key, u.tokens)]
    if any(_money_offered(u.text) for u in head) or any(p in _NAMED_TALENT for p in named):
        return None  # money, or a talent programme by name: the recruiting is the action
    if permission := next((_NAMED_PERMISSION[p] for p in named if p in _NAMED_PERMISSION), None):
        return permission  # "talent schemes" beside "the Top Talent Pass Scheme" are that admission scheme
    return next((granted for u in head if (granted := _permission_granted(u.text))), None)


# The same licence told in another order: "a licence is needed before knowledge of advanced chips is shared
# with foreign researchers", "a licence before Chinese staff can work on advanced technology".
_LICENCE = re.compile(r"\blicen[cs]\w*\b", re.I)
_FOREIGN_PERSONS = re.compile(
    r"\b(?:foreign|non-u\.?s\.?|overseas|chinese|russian|iranian)\s+(?:[\w-]+\s+)?(?:nationals?|persons?|researchers?|"
    r"engineers?|staff|employees?|workers?|students?|scientists?|scholars?)\b",
    re.I,
)
_KNOW_HOW = re.compile(r"\b(?:technolog\w*|know-how|knowledge|designs?|source\s+code)\b", re.I)
_REACH = re.compile(r"\b(?:access\w*|work(?:s|ed|ing)?\s+on|shar\w*|releas\w*|transfer\w*|disclos\w*)\b", re.I)


def _deemed_any_order(text: str) -> re.Match[str] | None:
    """The licence of a deemed export whose parts come in any order in one sentence."""
    if _FOREIGN_PERSONS.search(text) and _KNOW_HOW.search(text) and _REACH.search(text):
        return _LICENCE.search(text)
    return None


def _counted_ban(text: str) -> str:
    """The countries a ban on entry or travel counts, if the sentence has one ("from 12 countries")."""
    if (counted := _COUNTRY_COUNT.search(text)) and _BAN_WORD.search(text) and _ENTRY_OR_TRAVEL.search(text):
        return counted.group(0)
    return ""


def _benefit_package(text: str) -> str:
    """The benefit named beside a visa on offer, if the sentence offers one with settlement benefits."""
    if not (_VISA_ANY.search(text) and _OFFERED.search(text)):
        return ""
    benefit = _BENEFITS.search(text)
    return benefit.group(0) if benefit else ""


def _recruiting_scheme(text: str) -> bool:
    # Every match of _SCHEME starts a word: only word starts are tried (re cannot skip ahead in a re.I alternation).
    return any(not _ADMISSION_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
               for m in finditer_at_word_starts(_SCHEME, text))


def _named_whole(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """The cues not inside a longer cue of another type: a name is read whole ("Global Impact Visa" is not
    "Global Impact+"). The matcher already keeps the longest within one type."""
    return [m for m in matches if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                          for o in matches)]


def _inside_entry_exit(text: str, start: int, end: int) -> bool:
    return any(m.start() <= start and end <= m.end() for m in _ZH_ENTRY_EXIT.finditer(text, max(0, start - 3), end + 3))


def _extend_to_words(text: str, start: int, span: str) -> str:
    """Include the verb right before a cue span ("obtain approval before travelling abroad")."""
    m = re.search(r"(?:\b(?:get|obtain|seek|secure|need|require|request|receive|apply\s+for)\s+(?:\w+\s+)?)$",
                  text[max(0, start - 30) : start], re.I)
    return (m.group(0) if m else "") + span
