"""Relevance cue classes (relevance.py): a government actor or rule, talent, mobility, the hard
negative families, the policy instruments that stand for a missing class, and the cues of labour
abuse, officials' travel and tourism.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "CONTROL_WORDS",
    "GOV_CUES",
    "GOV_CUES_EXTRA",
    "INSTRUMENT_CUES",
    "INSTRUMENT_FILLS",
    "INSTRUMENT_NEEDS_CONTROL",
    "LABOUR_ABUSE_CUES",
    "MOBILITY_CUES",
    "NEGATIVE_CUES",
    "NOT_TOURIST",
    "OFFICIALS_CUES",
    "RULE_CUES",
    "TALENT_CUES",
    "TALENT_CUES_EXTRA",
    "TOURIST_EXTRA_CUES",
]

# ---------------------------------------------------------------- relevance cue classes

# A government actor or a rule.
GOV_CUES: tuple[tuple[str, float], ...] = (
    # Inherently governmental: only a state has these.
    ("government", 1.0), ("ministry", 1.0), ("authorities", 1.0), ("regulator", 1.0), ("officials", 0.6),
    ("administration", 0.6), ("parliament", 1.0), ("lawmakers", 1.0), ("legislation", 1.0), ("law", 0.8),
    ("regulation", 1.0), ("proclamation", 1.0),
    ("executive order", 1.0), ("decree", 1.0), ("directive", 0.8), ("federal", 0.7), ("embassy", 0.8),
    ("consulate", 0.8), ("immigration authorities", 1.0), ("national security", 0.6), ("minister", 1.0),
    ("court", 0.6), ("state council", 1.0), ("congress", 0.8), ("senate", 0.8), ("legislature", 1.0),
    ("security service", 1.0), ("intelligence service", 0.8), ("border agency", 1.0), ("cabinet", 0.8),
    # A national research council is the state's funding agency (the Swedish Research Council, the Research
    # Council of Norway), as a ministry is.
    ("research council", 0.8),
    ("政府", 1.0), ("通知", 0.8), ("规定", 0.8), ("办法", 0.7), ("审批", 0.8), ("批准", 0.7), ("条例", 1.0),
    ("政策", 0.8), ("印发", 0.8), ("主管部门", 1.0), ("国务院", 1.0),
    # Legislatures and their acts, as "lawmakers", "legislation" and "bill" above.
    ("议员", 1.0), ("众议院", 1.0), ("参议院", 1.0), ("国会", 0.8), ("立法", 1.0), ("法案", 0.8),
    # Other states' executives as Chinese names them: "美国国土安全部", "白宫", "特朗普总统", "移民局".
    ("白宫", 1.0), ("国土安全部", 1.0), ("司法部", 1.0), ("劳工部", 1.0), ("商务部", 1.0), ("国务卿", 1.0),
    ("移民局", 1.0), ("移民署", 1.0), ("内政部", 1.0), ("联邦政府", 1.0), ("总统", 1.0), ("首相", 1.0),
    ("总理", 1.0), ("部长", 1.0), ("行政令", 1.0), ("公告", 0.6),
    # The coverage audit (tests/bot/analysis/lexicon/test_language_coverage.py): legislatures, ministries and
    # commissions (Taiwan's 部會), missions abroad and courts (as "court", 0.6).
    ("全国人大", 1.0), ("人大常委会", 1.0), ("大使馆", 0.8), ("领事馆", 0.8), ("法院", 0.6),
)
# Rule words a company can use too ("the firm's travel policy requires approval"): they count fully
# only in an article that also names a government (see relevance.py).
RULE_CUES: tuple[tuple[str, float], ...] = (
    ("rule", 0.8), ("policy", 0.8), ("requirement", 0.8), ("require", 0.6), ("mandatory", 0.8),
    ("approval", 0.7), ("permission", 0.6), ("ban", 0.8), ("restriction", 0.8), ("restrict", 0.7),
    ("prohibit", 0.8), ("permit", 0.6), ("guideline", 0.6), ("guidance", 0.5), ("programme", 0.4),
    ("program", 0.4), ("scheme", 0.5), ("quota", 0.7), ("crackdown", 0.7), ("ordered", 0.6), ("bill", 0.5),
    ("consultation", 0.5), ("state-owned", 0.4), ("department", 0.5), ("agency", 0.4), ("measures", 0.5),
    # Only states issue these, but an organiser or an employer talks about them too ("visa problems for
    # attendees", "work permit formalities"): they count next to a government, not as one.
    ("visa", 0.8), ("work permit", 0.8), ("residence permit", 0.8),
    ("实施", 0.5), ("管理", 0.3), ("要求", 0.5),
)

# People whose mobility matters here.
TALENT_CUES: tuple[tuple[str, float], ...] = (
    ("researcher", 1.0), ("scientist", 1.0), ("engineer", 1.0), ("student", 0.8), ("international student", 1.0),
    ("academic", 0.9), ("scholar", 1.0), ("skilled worker", 1.0), ("highly skilled", 1.0), ("skilled migrant", 1.0),
    ("skilled professional", 1.0), ("talent", 0.9), ("professional", 0.7), ("expert", 0.7), ("specialist", 0.6),
    ("worker", 0.5), ("employee", 0.5), ("staff", 0.5), ("personnel", 0.6), ("technician", 0.7), ("=PhD", 1.0),
    ("doctoral", 1.0), ("postdoc", 1.0), ("postdoctoral", 1.0), ("graduate", 0.7), ("faculty", 0.8),
    ("professor", 0.9), ("lecturer", 0.9), ("physicist", 1.0), ("chemist", 1.0), ("biologist", 1.0),
    ("mathematician", 1.0), ("developer", 0.6), ("tech worker", 1.0), ("=H-1B", 1.0), ("=H1B", 1.0), ("=H-1Bs", 1.0),
    ("=O-1", 1.0), ("=STEM", 0.9), ("inventor", 0.7), ("founder", 0.5), ("entrepreneur", 0.6),
    ("key personnel", 1.0), ("technical staff", 1.0), ("skilled", 0.8), ("workforce", 0.5), ("foreign national", 0.5), ("innovator", 0.7), ("physician", 0.5), ("nurse", 0.5),
    ("人才", 1.0), ("科研人员", 1.0), ("研究人员", 1.0), ("科学家", 1.0), ("工程师", 1.0), ("学者", 1.0),
    ("留学生", 1.0), ("学生", 0.8), ("专家", 0.8), ("技术人员", 1.0), ("骨干", 0.7), ("博士", 0.9),
    ("研究者", 1.0), ("技術者", 1.0), ("高度人材", 1.0), ("高度人才", 1.0),
    # As "staff" and "personnel" above: weak alone, enough with a rule and a border in one sentence.
    ("人员", 0.6), ("员工", 0.5), ("职工", 0.5),
    # The coverage audit: professors, skilled and foreign workers (as "worker", 0.5, a labourer alone).
    ("教授", 0.9), ("技术工人", 1.0), ("外籍劳工", 1.0), ("外籍员工", 0.8), ("劳工", 0.5),
)

# Crossing a border: leaving, entering, staying, moving.
MOBILITY_CUES: tuple[tuple[str, float], ...] = (
    ("travel abroad", 1.0), ("abroad", 0.8), ("overseas", 0.7), ("overseas travel", 1.0), ("foreign travel", 1.0),
    ("leave the country", 1.0), ("exit", 0.6), ("exit approval", 1.0), ("passport", 0.9), ("visa", 1.0),
    ("work permit", 1.0), ("residence permit", 1.0), ("immigration", 1.0), ("immigrant", 0.8), ("migration", 0.8),
    ("migrant", 0.7), ("relocate", 0.8), ("relocation", 0.8), ("emigrate", 1.0), ("emigration", 1.0),
    ("brain drain", 1.0), ("green card", 1.0), ("permanent residency", 1.0), ("permanent residence", 1.0),
    ("citizenship", 0.6), ("entry", 0.4), ("enter the country", 0.9), ("travel", 0.5), ("trip", 0.4),
    ("foreign", 0.4), ("international", 0.3), ("study abroad", 1.0), ("attract", 0.4),
    ("recruit", 0.3), ("returnee", 0.8), ("deport", 0.8), ("border", 0.5), ("sponsorship", 0.6),
    ("travel ban", 1.0), ("=H-1B", 1.0), ("=H1B", 1.0), ("=O-1", 1.0), ("=J-1", 1.0), ("=F-1", 1.0), ("=L-1", 1.0),
    ("Optional Practical Training", 1.0), ("Blue Card", 1.0), ("Global Talent", 0.9), ("golden visa", 0.8),
    ("points-based", 0.8), ("outbound", 0.5), ("inbound", 0.4), ("=nationals", 0.5), ("leave China", 1.0),
    ("出境", 1.0), ("出国", 1.0), ("境外", 1.0), ("海外", 0.7), ("签证", 1.0), ("护照", 1.0), ("移民", 1.0),
    ("居留", 1.0), ("入境", 0.8), ("赴", 0.6), ("回国", 0.7), ("引进", 0.6), ("外籍", 0.8), ("出入境", 1.0),
    ("在留資格", 1.0), ("ビザ", 1.0),
    # The coverage audit: work permits, brain drain (nationality, said of anyone, is weak).
    ("工作许可", 1.0), ("人才流失", 1.0), ("人才外流", 1.0), ("加入国籍", 0.5),
    ("study permit", 1.0), ("study visa", 1.0), ("post-study work", 1.0),
    ("from abroad", 1.0), ("from outside", 0.8), ("non-EU", 0.8), ("third-country", 0.8), ("relocate to", 1.0),
    # Know-how crossing a border through people (research security): undisclosed foreign ties, a leak or a
    # leak of technology to another state. (Not a bare "technology transfer": a university's office for it.)
    ("foreign ties", 0.8), ("ties to China", 0.8), ("ties to a Chinese", 0.8), ("foreign affiliation", 0.8),
    ("leak to China", 0.9), ("leaked to China", 0.9), ("leaking to China", 0.9),
)

# Hard negatives: stories that share words with ours but are not about governments moving people.
# Each family is penalised unless its escape condition holds (see relevance.py).
NEGATIVE_CUES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "product_release": (("release", 0.5), ("launch", 0.4), ("unveil", 0.4), ("open-source model", 1.0),
                        ("open-weight", 1.0), ("new model", 0.9), ("benchmark", 0.8), ("parameter", 0.6),
                        ("reasoning model", 1.0), ("=API", 0.6), ("=GPT-5", 0.8), ("chatbot", 0.5),
                        ("available to users", 0.8), ("roll out", 0.5), ("context window", 1.0),
                        ("outperform", 0.7), ("model card", 1.0), ("app", 0.3)),
    "funding": (("raise", 0.4), ("funding round", 1.0), ("=Series A", 1.0), ("=Series B", 1.0), ("=Series C", 1.0),
                ("=Series D", 1.0), ("valuation", 0.9), ("investor", 0.6), ("venture capital", 0.8),
                ("seed round", 1.0), ("=IPO", 0.8), ("led by", 0.3), ("billion valuation", 1.0), ("funding", 0.5),
                ("round led by", 1.0), ("valued at", 0.8), ("valuing the company", 1.0), ("values the company", 1.0),
                ("start-up", 0.3), ("startup", 0.3)),
    "poaching": (("poach", 0.9), ("hired away", 1.0), ("hiring spree", 1.0), ("talent war", 1.0),
                 ("compensation package", 1.0), ("pay package", 1.0), ("signing bonus", 1.0), ("lured away", 1.0),
                 ("join", 0.4), ("hire", 0.5), ("defect", 0.5), ("leave for", 0.6), ("depart", 0.4),
                 ("superintelligence", 0.5)),
    "goods_export": (("export control", 0.6), ("chip", 0.6), ("=GPU", 0.6), ("=GPUs", 0.6),
                     ("semiconductor equipment", 1.0), ("=H20", 1.0), ("=H100", 1.0), ("=H200", 1.0),
                     ("lithography", 0.8), ("shipment", 0.8), ("entity list", 0.7), ("tariff", 0.8),
                     ("license to sell", 1.0), ("sale", 0.4), ("rare earth", 0.9), ("export ban", 0.6),
                     ("AI chip", 0.8), ("advanced chip", 0.8), ("chipmaking", 0.8), ("chip sales", 1.0),
                     ("chipmaking equipment", 1.0), ("chipmaking tools", 1.0), ("export restriction", 0.6)),
    "tourist": (("tourist", 1.0), ("tourism", 1.0), ("holidaymaker", 1.0), ("vacation", 0.8), ("visitor visa", 0.7),
                ("sightseeing", 1.0), ("cruise", 0.7), ("travel agency", 0.8), ("visa-free", 0.5),
                ("hotel", 0.5), ("旅游", 1.0), ("游客", 1.0), ("visit visa", 0.7), ("holiday", 0.6),
                ("visa on arrival", 0.8), ("pilgrim", 0.8), ("=Hajj", 1.0), ("=Umrah", 1.0), ("family visit", 0.6),
                # Border formalities for every short-stay traveller: pre-travel authorisations, the EU's
                # entry/exit register, the Schengen short-stay visa.
                ("travel authorisation", 0.8), ("travel authorization", 0.8), ("=ETIAS", 0.8),
                ("Entry/Exit System", 0.8), ("Entry-Exit System", 0.8), ("Schengen visa", 0.6)),
    # Raids, arrests and removals of people in a country unlawfully, and asylum cases: immigration news
    # that is not about skilled people moving (README of the real set: hard negatives).
    "enforcement": (("raid", 0.8), ("arrest", 0.5), ("deportation", 0.7), ("deport", 0.6), ("detained", 0.6),
                    ("detention", 0.6), ("undocumented", 1.0), ("illegally", 0.8), ("illegal immigrant", 1.0),
                    ("illegal migrant", 1.0), ("illegal immigration", 1.0), ("unlawful presence", 1.0),
                    ("removal flight", 1.0), ("immigration sweep", 1.0), ("worksite enforcement", 1.0),
                    ("border crossing", 0.6), ("smuggler", 0.8), ("deportee", 1.0), ("self-deport", 1.0),
                    ("immigration enforcement", 0.8), ("Immigration and Customs Enforcement", 0.8),
                    ("foreign criminal", 1.0), ("illegal alien", 1.0), ("expel", 0.6), ("expulsion", 0.6),
                    ("Alien Enemies Act", 1.0), ("overstayer", 0.8), ("overstay", 0.6)),
    "asylum": (("asylum", 1.0), ("asylum seeker", 1.0), ("refugee", 0.8), ("refugee status", 1.0),
               ("humanitarian protection", 0.8), ("Temporary Protected Status", 1.0), ("=TPS", 0.8),
               ("small boat", 0.8), ("humanitarian parole", 1.0), ("protection visa", 0.8),
               ("humanitarian visa", 0.8), ("resettlement", 0.6), ("displaced", 0.6)),
    "sport": (("football", 1.0), ("soccer", 1.0), ("striker", 1.0), ("midfielder", 1.0), ("defender", 0.5),
              ("goalkeeper", 1.0), ("transfer fee", 1.0), ("transfer window", 1.0), ("Premier League", 1.0),
              ("La Liga", 1.0), ("club", 0.4), ("signed for", 0.8), ("loan deal", 1.0), ("player", 0.5),
              ("athlete", 0.7), ("=FIFA", 1.0), ("=UEFA", 1.0), ("=NBA", 1.0), ("cricket", 1.0), ("season", 0.3),
              ("Champions League", 1.0), ("coach", 0.4), ("goal", 0.3)),
    # What people think about a rule, not a rule: a headline about a poll's or a survey's findings ("75% of US
    # scientists consider leaving: poll"). Counted from the headline only (bot/analysis/relevance.py). Not a
    # bare "poll" ("Ahead of polls, Canada slashes study permit cap": an election) or "survey" (a consultation
    # opened on a rule), nor "petition" (a visa petition is how an employer applies for an H-1B).
    "opinion": (("poll finds", 1.0), ("poll shows", 1.0), ("poll found", 1.0), ("new poll", 1.0),
                ("survey finds", 1.0), ("survey shows", 1.0), ("survey found", 1.0), ("new survey", 1.0),
                ("considering leaving", 1.0), ("consider leaving", 1.0),
                ("thinking of leaving", 1.0)),
})

# --- relevance: policy instruments that stand for a missing class ---
# Some measures are in scope without naming all three classes (relevance.py): a government prosecuting
# economic espionage or screening research partnerships names neither travel nor, often, researchers; an
# exit ban on a banker names no talent; a talent programme names recruiting rather than moving. Each
# instrument fills the classes listed in INSTRUMENT_FILLS, at the strength of its cues.
INSTRUMENT_CUES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "research_security": (
        ("research security", 1.0), ("China Initiative", 1.0), ("economic espionage", 0.9), ("espionage", 0.6),
        ("trade secret", 0.6), ("foreign interference", 0.7), ("sensitive research", 0.9),
        ("sensitive technology research", 1.0), ("research partnership", 0.7), ("research collaboration", 0.6),
        ("research cooperation", 0.6), ("foreign talent recruitment", 1.0), ("foreign talent program", 1.0),
        ("Thousand Talents", 1.0), ("knowledge security", 1.0), ("trusted research", 1.0), ("=NSPM-33", 1.0),
        ("undisclosed ties", 0.9), ("foreign ties", 0.7), ("foreign affiliation", 0.7), ("dual-use", 0.5),
        ("intellectual property theft", 0.7), ("technology theft", 0.8), ("Academic Technology Approval Scheme", 1.0),
        ("=ATAS", 1.0), ("security clearance", 0.6), ("contact with foreign", 0.8), ("foreign colleagues", 0.6),
        ("international conferences", 0.5), ("international seminars", 0.7), ("political clearance", 0.9),
        ("科研安全", 1.0), ("泄密", 0.6), ("境外合作", 0.6), ("经济间谍", 1.0),
        # Engineers taking a firm's know-how abroad, prosecuted as a leak of national core technology.
        ("technology leak", 0.9), ("tech leak", 0.9), ("leak of technology", 0.9), ("leaking technology", 0.9),
        ("industrial espionage", 0.9), ("core technology", 0.6), ("trade secrets", 0.7),
        # Know-how stolen, said with the verb: "accused of stealing technology", "poaching talent to steal secrets".
        ("stealing technology", 0.8), ("steal technology", 0.8), ("stole technology", 0.8), ("stolen technology", 0.8),
        ("stealing secrets", 0.8), ("steal secrets", 0.8), ("stole secrets", 0.8), ("stolen secrets", 0.8),
        ("secrets theft", 0.8), ("theft of secrets", 0.8), ("tech secrets", 0.7), ("industry secrets", 0.7),
        # Know-how reaching foreign people under export-control law (README: deemed exports).
        ("deemed export", 1.0), ("deemed exports", 1.0), ("controlled technology", 0.7),
        ("controlled technologies", 0.7), ("视同出口", 1.0),
    ),
    "exit_control": (
        ("exit ban", 1.0), ("exit restriction", 1.0), ("barred from leaving", 1.0), ("banned from leaving", 1.0),
        ("prohibited from leaving", 1.0), ("restricted from leaving", 1.0), ("stopped from leaving", 1.0),
        ("prevented from leaving", 1.0), ("not allowed to leave", 0.9), ("cannot leave the country", 0.9),
        ("exit approval", 1.0), ("exit permit", 1.0), ("hand over passport", 1.0), ("hand in passport", 1.0),
        ("surrender passport", 1.0), ("confiscate passport", 1.0), ("travelling abroad", 0.5),
        ("traveling abroad", 0.5), ("travel abroad", 0.5), ("leave the country", 0.5), ("leaving the country", 0.5),
        ("出境审批", 1.0), ("限制出境", 1.0), ("禁止出境", 1.0), ("边控", 1.0), ("上交护照", 1.0), ("出国审批", 1.0),
    ),
    # Holding staff's passports is how states keep key people at home, directly or through their employers
    # (README of the real set: a company holding R&D staff's passports counts): it stands for the state.
    "passport_control": (
        ("hand over passport", 1.0), ("hand in passport", 1.0), ("handed over passport", 1.0),
        ("handed in passport", 1.0), ("turn in passport", 1.0), ("surrender passport", 1.0),
        ("confiscate passport", 1.0), ("hold passport", 0.8), ("collect passport", 0.8), ("passports confiscated", 1.0),
        ("passports were confiscated", 1.0), ("passports held", 0.8), ("上交护照", 1.0), ("收缴护照", 1.0),
        ("护照统一保管", 1.0), ("сдать паспорт", 1.0), ("сдать загранпаспорт", 1.0),
    ),
    "talent_program": (
        ("talent program", 1.0), ("talent programme", 1.0), ("talent scheme", 1.0), ("talent recruitment", 1.0),
        ("recruitment programme", 0.8), ("recruitment program", 0.8), ("Choose Europe", 1.0),
        ("attract researchers", 0.9), ("attract talent", 0.9), ("attract scientists", 0.9), ("brain gain", 0.9),
        ("relocation grant", 0.9), ("woo researchers", 0.9), ("woo scientists", 0.9), ("lure scientists", 0.9),
        ("lure researchers", 0.9), ("人才计划", 1.0), ("引进人才", 1.0), ("人才引进", 1.0),
    ),
    # Measures only a state takes, whoever the text says takes them: a tax incentive or a tax regime
    # ("the new tax incentive for researchers"), a protected-research zone. They stand for the government.
    "state_measure": (
        ("tax incentive", 0.9), ("tax break", 0.9), ("tax relief", 0.8), ("tax exemption", 0.8),
        ("tax regime", 0.8), ("税收优惠", 0.9),
    ),
})
# An instrument's cue that names only travel ("travel abroad") is an exit control only in a sentence with a
# government rule word and a word of permission or prohibition (relevance.py checks this).
INSTRUMENT_NEEDS_CONTROL: frozenset[str] = frozenset({
    "travelling abroad", "traveling abroad", "travel abroad", "leave the country", "leaving the country",
})
CONTROL_WORDS: tuple[str, ...] = (
    "allow", "permit", "ban", "bar", "prohibit", "restrict", "approval", "permission", "stop", "prevent",
    "forbid", "block", "clearance", "authorisation", "authorization", "no-objection", "允许", "禁止", "限制", "审批",
)
INSTRUMENT_FILLS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "research_security": ("talent", "mobility"),
    "exit_control": ("talent", "mobility"),
    "passport_control": ("government", "mobility"),
    "talent_program": ("mobility",),
    # A scheme by name (lexicon.NAMED_PROGRAMMES) is a state's, and about coming or staying.
    "named_programme": ("government", "mobility"),
    "state_measure": ("government",),
})

# --- relevance: more class cues ---
# Documents of legislatures and executives name themselves by their form; students are also named by
# their enrolment; a rule for a state's own officials (an anti-corruption travel rule) is not about talent.
GOV_CUES_EXTRA: tuple[tuple[str, float], ...] = (
    ("explanatory memorandum", 1.0), ("official journal", 1.0), ("council recommendation", 1.0),
    ("ministerial direction", 1.0), ("ministerial directive", 1.0), ("statutory instrument", 1.0),
    ("statement of changes", 1.0), ("prosecutors", 1.0), ("attorney general", 1.0),
    # Only a state publishes a gazette: "Summary of the Royal Gazette Announcement" names no ministry.
    ("royal gazette", 1.0), ("government gazette", 1.0), ("official gazette", 1.0), ("federal register", 1.0),
    # Border officers in Chinese: customs (海关) and border protection question travellers at the airport.
    ("海关", 0.8), ("海關", 0.8), ("边境保护局", 1.0), ("邊境保護局", 1.0), ("边检", 0.8), ("邊檢", 0.8),
)
TALENT_CUES_EXTRA: tuple[tuple[str, float], ...] = (
    ("international enrolment", 1.0), ("international enrollment", 1.0), ("enrolment", 0.5), ("enrollment", 0.5),
    ("international education", 0.8), ("exchange visitor", 0.8), ("visiting scholar", 1.0),
    ("visiting researcher", 1.0), ("R&D staff", 1.0), ("R&D personnel", 1.0), ("R&D employees", 1.0),
    ("R&D team", 0.9), ("research and development staff", 1.0), ("research and development personnel", 1.0),
    ("core technical", 0.9), ("key technical", 0.9), ("技术骨干", 1.0), ("研发人员", 1.0),
    # A permit to work, or a salary bar to clear, is held by the people who work: "raises the salary
    # threshold for work permits" names workers without the word.
    ("work permit", 0.5), ("work visa", 0.6), ("employment permit", 0.6), ("employment pass", 0.6),
    ("work pass", 0.6), ("salary threshold", 0.6), ("qualifying salary", 0.6),
    # An expatriate is a foreign professional posted or hired abroad ("expatriate quota", "expat scheme"), a
    # specialist (0.6) more than any worker.
    ("expatriate", 0.6), ("expat", 0.6),
    # An investor visa admits the investors who hold it, as a work visa admits workers (not a funding round).
    ("investor visa", 0.6), ("investor route", 0.6), ("Tier 1 Investor", 0.6), ("golden visa", 0.6),
    ("投资移民", 0.6),
)
# Passports held by employers of domestic and migrant labour are a labour-rights story, not this one.
LABOUR_ABUSE_CUES: tuple[tuple[str, float], ...] = (
    ("domestic worker", 1.0), ("migrant worker", 0.6), ("trafficking", 1.0), ("forced labour", 1.0),
    ("forced labor", 1.0), ("kafala", 1.0), ("maid", 0.8), ("labour exploitation", 1.0), ("labor exploitation", 1.0),
)
OFFICIALS_CUES: tuple[tuple[str, float], ...] = (
    ("government official", 1.0), ("civil servant", 1.0), ("public servant", 1.0), ("government employee", 0.8),
    ("officials leaving", 1.0), ("officials travelling", 1.0), ("officials traveling", 1.0),
    ("officials from leaving", 1.0), ("officials from travelling", 1.0), ("officials from traveling", 1.0),
    ("党政干部", 1.0), ("公职人员", 1.0),
)

# --- relevance: who a visa rule is for ---
# A fee or a waiver for all visitors names students among tourists and business travellers; such a rule
# is about tourism. These join the "tourist" negative family (relevance.py).
TOURIST_EXTRA_CUES: tuple[tuple[str, float], ...] = (
    ("visitor", 0.8), ("visitor levy", 1.0), ("visa waiver", 1.0), ("=ESTA", 1.0),
    ("Electronic System for Travel Authorization", 1.0), ("Electronic Travel Authorisation", 1.0),
    ("Electronic Travel Authorization", 1.0), ("ordinary passport", 0.8), ("visa-free entry", 0.8),
    ("visa-free travel", 0.8), ("visa-free transit", 1.0), ("visa exemption", 0.6), ("group tour", 1.0),
    ("business traveler", 0.5), ("business traveller", 0.5), ("visiting relatives", 0.8), ("免签", 0.8),
    ("过境免签", 1.0),
    # An electronic visa is what states issue for short visits (tourism, business trips, transit).
    ("e-visa", 0.6), ("electronic visa", 0.6),
)
# "Exchange visitors" (J-1) are researchers and students, not tourists.
NOT_TOURIST: tuple[str, ...] = (
    "exchange visitor", "visiting scholar", "visiting researcher", "visiting scientist", "working holiday",
    # Nor are an investor visa's investors a funding round's: they are the migrants it admits.
    "investor visa", "investor route", "Tier 1 Investor",
)
