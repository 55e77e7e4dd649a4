"""Topics (fields of talent) and policy types: the cue phrases of each topic and policy type, which
wins a tie, and the words that make a travel cue an exit control or an outbound one.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.models import PolicyType, Topic

__all__ = [
    "EXIT_CONTROL_CUES",
    "NAMED_PROGRAMMES",
    "OUTBOUND_CUES",
    "POLICY_TYPE_CUES",
    "POLICY_TYPE_CUES_EXTRA",
    "POLICY_TYPE_PRIORITY",
    "SPECIFIC_TOPICS",
    "STATUS_NAMES",
    "STATUS_NOT_VISA",
    "TOPIC_TERMS",
    "VISA_PROPER_CUES",
]

# ---------------------------------------------------------------- topics

TOPIC_TERMS: Mapping[Topic, tuple[tuple[str, float], ...]] = MappingProxyType({
    "ai": (("artificial intelligence", 1.0), ("=AI", 1.0), ("=A.I.", 1.0), ("machine learning", 1.0),
           ("large language model", 1.0), ("language model", 0.8), ("=LLM", 1.0), ("=LLMs", 1.0),
           ("generative AI", 1.0), ("deep learning", 1.0), ("neural network", 0.8), ("chatbot", 0.6),
           ("=AGI", 1.0), ("foundation model", 1.0), ("DeepSeek", 0.8), ("OpenAI", 0.8), ("Anthropic", 0.6),
           ("frontier model", 1.0), ("AI lab", 1.0), ("algorithm", 0.4),
           ("人工智能", 1.0), ("大模型", 1.0), ("机器学习", 1.0), ("算法", 0.5), ("人工知能", 1.0)),
    "semiconductors": (("semiconductor", 1.0), ("chip", 0.8), ("chipmaker", 1.0), ("microchip", 1.0),
                       ("integrated circuit", 1.0), ("lithography", 1.0), ("foundry", 0.6), ("wafer", 0.8),
                       ("=GPU", 0.6), ("=GPUs", 0.6), ("=TSMC", 1.0), ("=ASML", 1.0), ("=SMIC", 1.0),
                       ("chip design", 1.0), ("fab", 0.5),
                       ("半导体", 1.0), ("芯片", 1.0), ("集成电路", 1.0), ("光刻", 1.0)),
    "quantum": (("quantum", 1.0), ("qubit", 1.0), ("量子", 1.0)),
    "biotech": (("biotech", 1.0), ("biotechnology", 1.0), ("genomics", 1.0), ("gene editing", 1.0),
                ("synthetic biology", 1.0), ("biomedical", 0.8), ("life sciences", 0.8), ("pharmaceutical", 0.6),
                ("vaccine", 0.6), ("biosecurity", 0.8), ("生物技术", 1.0), ("生物医药", 1.0), ("基因", 0.8)),
    "aerospace": (("aerospace", 1.0), ("space program", 1.0), ("satellite", 0.8), ("rocket", 0.8),
                  ("hypersonic", 1.0), ("aviation", 0.6), ("space agency", 1.0), ("=NASA", 1.0),
                  ("航天", 1.0), ("航空", 0.8), ("卫星", 0.8)),
    "telecom": (("telecom", 1.0), ("telecommunication", 1.0), ("=5G", 1.0), ("=6G", 1.0),
                ("network equipment", 0.8), ("Huawei", 0.6), ("通信", 1.0)),
    "energy": (("nuclear", 0.8), ("energy", 0.6), ("fusion", 0.6), ("battery", 0.7), ("solar", 0.6),
               ("renewable", 0.6), ("核能", 1.0), ("能源", 0.8), ("核电", 1.0)),
    "stem": (("=STEM", 1.0), ("science and technology", 0.8), ("scientist", 0.6), ("researcher", 0.5),
             ("engineering", 0.6), ("engineer", 0.5), ("research", 0.4), ("academic", 0.5), ("=PhD", 0.6),
             ("university", 0.4), ("technology", 0.3), ("tech", 0.3),
             ("科研", 0.8), ("科技", 0.8), ("科学家", 0.8), ("研究人员", 0.6), ("工程师", 0.6)),
})
# "stem" is the general bucket: kept only when no specific field is named (or STEM is named outright).
SPECIFIC_TOPICS: tuple[Topic, ...] = ("ai", "semiconductors", "quantum", "biotech", "aerospace", "telecom", "energy")

# ---------------------------------------------------------------- policy types

# Cue phrases for each policy type (weight ~ how decisive: 3 decisive, 2 strong, 1 suggestive).
POLICY_TYPE_CUES: Mapping[PolicyType, tuple[tuple[str, float], ...]] = MappingProxyType({
    "travel_restriction": (
        ("exit approval", 3.0), ("exit permit", 3.0), ("exit ban", 3.0), ("travel abroad", 2.0),
        ("overseas travel", 2.0), ("foreign travel", 1.5), ("leave the country", 2.0), ("leaving China", 2.0),
        ("hand over passport", 3.0), ("surrender passport", 3.0), ("confiscate passport", 3.0),
        ("passport", 1.0), ("travel restriction", 2.0), ("travel ban", 2.5), ("outbound travel", 2.0),
        ("private travel", 1.5), ("business trip", 1.0), ("trips abroad", 2.0), ("go abroad", 2.0),
        ("出境", 3.0), ("出国", 2.0), ("护照", 2.0), ("因私出国", 3.0), ("出境审批", 3.0),
    ),
    "visa": (
        ("visa", 1.5), ("=H-1B", 2.5), ("=H1B", 2.5), ("=O-1", 2.0), ("=J-1", 2.0), ("=F-1", 2.0), ("=L-1", 2.0),
        ("visa fee", 3.0), ("visa ban", 3.0), ("entry ban", 2.5), ("suspend entry", 2.5), ("visa application", 2.0),
        ("visa processing", 2.0), ("Global Talent visa", 3.0), ("Skilled Worker visa", 2.5),
        ("High Potential Individual", 3.0), ("K visa", 3.0), ("=K-visa", 3.0), ("visa category", 3.0),
        ("visa program", 2.0), ("visa interview", 2.0), ("visa-free", 1.0), ("Highly Skilled Professional", 2.5),
        ("digital nomad", 1.5), ("student visa", 2.5), ("work visa", 2.5),
        ("签证", 2.5), ("K字签证", 3.0), ("高度専門職", 2.5), ("ビザ", 2.5),
    ),
    "talent_program": (
        ("talent program", 3.0), ("talent programme", 3.0), ("talent scheme", 3.0), ("Thousand Talents", 3.0),
        ("recruitment program", 2.5), ("recruitment programme", 2.5), ("recruitment plan", 2.0),
        ("relocation package", 2.0), ("relocation grant", 2.5), ("attract researchers", 2.5),
        ("attract talent", 2.5), ("attract scientists", 2.5), ("lure scientists", 2.0),
        ("Choose Europe", 3.0), ("Global Talent Fund", 3.0), ("fellowship", 1.0), ("incentive", 1.0),
        ("tax break", 1.0), ("funding to recruit", 2.0), ("brain gain", 2.0), ("returnee", 1.0),
        ("人才计划", 3.0), ("千人计划", 3.0), ("引进人才", 3.0), ("人才引进", 3.0), ("引才", 2.0),
    ),
    "research_security": (
        ("research security", 3.0), ("foreign influence", 2.0), ("China Initiative", 3.0), ("espionage", 1.5),
        ("trusted research", 3.0), ("=NSPM-33", 3.0), ("malign foreign talent", 3.0), ("disclosure", 1.0),
        ("collaboration", 0.5), ("security review", 2.0), ("vetting", 1.5), ("screening", 1.0),
        ("background check", 1.5), ("charged", 1.0), ("indicted", 1.5), ("prosecution", 1.0),
        ("foreign talent recruitment", 2.0), ("Academic Technology Approval Scheme", 3.0), ("=ATAS", 3.0),
        ("technology theft", 1.0), ("spy", 1.5), ("undisclosed ties", 2.0), ("sensitive research", 1.5),
        ("disclose", 1.0), ("foreign appointment", 2.0), ("foreign ties", 2.0), ("foreign affiliation", 2.0),
        ("foreign funding", 1.5), ("knowledge security", 3.0), ("conflict of interest", 1.0),
        ("科研安全", 3.0), ("泄密", 1.0),
    ),
    "export_control": (
        ("deemed export", 3.0), ("export control", 2.0), ("technology transfer", 1.5), ("know-how", 1.5),
        ("technical assistance", 1.5), ("U.S. persons", 2.5), ("US persons", 2.5), ("export license", 1.5),
        ("entity list", 1.0), ("出口管制", 2.5), ("技术出口", 2.0),
    ),
    "immigration": (
        ("immigration", 1.5), ("residence permit", 2.5), ("work permit", 2.5), ("permanent residency", 2.5),
        ("permanent residence", 2.5), ("green card", 2.5), ("points-based", 2.5), ("points system", 2.5),
        ("citizenship", 1.5), ("naturalization", 2.0), ("Express Entry", 2.5),
        ("skilled migration", 2.5), ("migration", 1.0), ("immigration rules", 2.0), ("salary threshold", 2.0),
        ("settlement", 1.0), ("indefinite leave to remain", 2.5), ("居留", 2.5), ("永久居留", 3.0), ("移民", 2.0),
        ("工作许可", 2.5), ("在留資格", 2.5),
        # Permits, passes and the caps and levels of the migration system.
        ("study permit", 2.5), ("Employment Pass", 2.5), ("work pass", 2.5), ("S Pass", 2.0), ("Optional Practical Training", 2.0),
        ("qualifying salary", 1.5), ("labour migration", 2.5), ("labor migration", 2.5), ("legal migration", 2.5),
        ("third-country nationals", 2.0), ("net migration", 2.0), ("levels plan", 2.0),
        ("job-seekers from outside", 2.0), ("jobseekers from outside", 2.0),
        ("Talent Pool", 1.5), ("sponsor", 0.5), ("international students", 0.5), ("residence", 1.0),
        ("employment permit", 2.5), ("permit scheme", 2.0), ("non-EU", 1.5),
        # Statuses and work authorisation: a student's status, its length, its record; leave to work.
        ("duration of status", 3.0), ("=SEVIS", 2.5), ("status of residence", 2.5), ("residence status", 2.5),
        ("immigration status", 2.0), ("admission period", 2.0), ("work authorization", 2.5),
        ("work authorisation", 2.5), ("employment authorization", 2.5), ("employment authorisation", 2.5),
        ("Overseas Citizen of India", 2.5), ("=OCI", 2.5), ("gold card", 2.5),
        # Admission schemes for talent (Hong Kong's): the product is leave to enter and stay.
        ("admission scheme", 2.5),
        # The Blue Card (a residence permit) and the green card as other languages name them.
        ("Blaue Karte", 2.5), ("carte bleue", 2.5), ("tarjeta azul", 2.5), ("Carta Blu", 2.5), ("绿卡", 2.5),
    ),
})
# When two types tie, the real set's decision order decides (bench/data/real/README.md): a visa by name, then
# another permission or a migration rule, a limit on leaving, export control, research security, money for people.
POLICY_TYPE_PRIORITY: tuple[PolicyType, ...] = (
    "visa", "immigration", "travel_restriction", "export_control", "research_security", "talent_program", "other",
)

# Verbs and nouns that make a travel cue an *exit control* ("approval before travelling abroad").
EXIT_CONTROL_CUES: tuple[str, ...] = (
    "approval", "permission", "authorization", "authorisation", "report", "register", "notify", "hand over",
    "surrender", "confiscate", "restrict", "bar", "ban", "prohibit", "limit", "curb", "vet", "审批", "批准",
    "报备", "上交", "declare", "not to attend", "not to travel", "avoid", "sign-off", "consent",
)
OUTBOUND_CUES: tuple[str, ...] = (
    "abroad", "overseas", "leave the country", "leaving the country", "exit", "outbound", "foreign trip",
    "trips abroad", "出境", "出国",
    # "report their trips to mainland China", "not to attend conferences in the US": a trip is outbound
    # when a control word comes first (the pair rule in tagging.py), and entry words veto it.
    "trip", "travel to", "conference abroad", "conferences in",
)

# --- policy types: more cues ---
# Named by their instrument, as the real set's convention says (bench/data/real/README.md): what the
# government calls a visa is a visa (a golden visa too, though it grants residence); a permit, pass, card,
# residence or status is immigration (the EU Blue Card, Singapore's passes, a school's SEVP certification);
# screening of research contacts and partnerships is research security; a travel ban on whole
# nationalities is a travel restriction, as is a suspension of official travel.
POLICY_TYPE_CUES_EXTRA: Mapping[PolicyType, tuple[tuple[str, float], ...]] = MappingProxyType({
    "visa": (
        ("visa pathway", 1.5), ("golden visa", 3.0), ("investor visa", 2.5),
    ),
    "immigration": (
        ("Blue Card", 2.5), ("=SEVP", 3.0), ("=Student and Exchange Visitor Program", 3.0), ("ONE Pass", 3.0),
        ("=Tech.Pass", 3.0), ("Top Talent Pass", 3.0), ("talent pass", 2.5),
        # A school's certification to enrol students is a status rule, not a visa one.
        ("enroll international students", 2.0), ("enrol international students", 2.0),
        ("admit foreign students", 2.0), ("enroll foreign students", 2.0),
        ("enrol foreign students", 2.0), ("host international students", 2.0), ("host foreign students", 2.0),
        ("golden residency", 3.0), ("residency", 1.5),
        ("long-term residence", 2.5), ("permanent resident", 2.5), ("residence by investment", 3.0),
        ("migration programme", 2.0), ("migration program", 2.0),
        # Lists and bars of the labour-migration system: "Critical Skills Occupations List", "pay limit scheme".
        ("occupations list", 2.0), ("occupation list", 2.0), ("shortage list", 2.0), ("pay limit scheme", 2.5),
        ("income requirement", 1.5), ("foreign workers", 0.5),
        # Caps on student numbers (README: caps on international student numbers), by the law's own words.
        ("enrolment limit", 1.5), ("enrollment limit", 1.5), ("enrolment cap", 1.5), ("enrollment cap", 1.5),
        # Skilled people from abroad as a rule's subject: the faintest sign of a migration rule, which decides
        # only when nothing else does ("make it easier for foreign skilled workers to move").
        ("skilled workers", 0.5), ("foreign professionals", 0.5), ("foreign graduates", 0.5),
        # A white paper or law across migration routes (README): the routes it changes are its parts.
        ("immigration white paper", 3.0), ("white paper on immigration", 3.0), ("migration white paper", 3.0),
        ("immigration system", 1.5), ("immigration bill", 2.0), ("immigration reform", 1.5),
    ),
    "research_security": (
        ("political clearance", 3.0), ("prior clearance", 2.0), ("research partnership", 2.0),
        ("sensitive technology", 2.0), ("contact with foreign", 2.0),
        ("contacts with foreign", 2.0), ("meetings with foreign", 2.0), ("foreign colleagues", 1.5),
        ("international conferences", 1.0), ("online seminars", 1.5), ("national security", 1.0),
        ("security clearance", 2.0), ("trade secret", 2.0), ("economic espionage", 3.0), ("treason", 1.0),
        ("foreign interference", 2.0), ("technology leakage", 2.0), ("technology outflow", 2.0),
        # Limits on research contacts and access: cooperation, foreign-funded institutes, national laboratories.
        ("research cooperation", 1.5), ("research collaboration", 1.5), ("scientific cooperation", 1.5),
        ("academic cooperation", 1.5), ("Confucius Institute", 2.5), ("national laboratories", 1.5),
        ("national labs", 1.5), ("countries of concern", 1.0), ("country of concern", 1.0),
    ),
    "travel_restriction": (
        ("travel suspension", 2.5), ("official travel", 2.0), ("conference travel", 2.0), ("travel freeze", 2.5),
        ("entry restriction", 2.0), ("restricting entry", 2.0), ("restricts entry", 2.0), ("exit restriction", 3.0),
        ("barred from leaving", 3.0), ("prohibited from leaving", 3.0), ("restricted from leaving", 3.0),
        ("exit vetting", 3.0), ("exit control", 3.0), ("exit checks", 3.0), ("exit screening", 3.0),
        # Official advice to avoid a country (README): a study-abroad warning or alert, a travel advisory.
        ("study-abroad warning", 3.0), ("study abroad warning", 3.0), ("study-abroad alert", 3.0),
        ("study abroad alert", 3.0), ("travel advisory", 2.0), ("travel warning", 2.0), ("travel alert", 2.0),
        ("留学预警", 3.0), ("出行提醒", 2.0), ("旅行警告", 2.0), ("渡航警告", 2.0), ("여행경보", 2.0),
        # What headlines call a ban on whole nationalities ("Trump's immigration ban", "the Muslim ban").
        ("immigration ban", 2.0), ("Muslim ban", 3.0),
    ),
    "export_control": (
        # Lists of technologies barred from transfer (README): "technologies prohibited from export".
        ("technologies prohibited", 2.5), ("prohibited from export", 2.5), ("restricted from export", 2.5),
        ("export catalogue", 2.0), ("export catalog", 2.0), ("禁止出口限制出口技术目录", 3.0), ("技术目录", 2.0),
        ("export licence", 1.5), ("knowledge transfer", 1.5), ("controlled technology", 2.0),
                       ("license to access", 2.0), ("licence to access", 2.0), ("technology control plan", 2.5)),
})

# --- named programmes ---
# The schemes by which governments recruit, admit and keep skilled people, by name: whose they are and
# what kind of rule they are. A named national scheme tells the policy type outright, stands for the
# government and the movement in relevance (an instrument), and points to its government when a page
# says only "the ministry". "code|type|form, form, ..." (forms as in the cue lists: stemmed and
# case-insensitive, "=" for case-sensitive acronyms, other scripts as substrings). Sources: the
# programmes' own names in English and in the language of the country that runs them.
_NAMED_PROGRAMMES = """
CN|talent_program|Thousand Talents, Young Thousand Talents, Ten Thousand Talents, Qiming, Qiming program, Hundred Talents Program, Changjiang Scholars, Overseas High-Level Talent Recruitment, High-end Foreign Experts, 千人计划, 青年千人, 万人计划, 启明计划, 长江学者, 百人计划, 海外高层次人才引进, 海外高层次人才, 海外优青, 高端外国专家, 博士后国际交流计划, 博士后国(境)外交流, 博士后国（境）外交流, Postdoctoral International Exchange Program
CN|visa|K visa, =K-visa, K字签证
KR|talent_program|Brain Pool, Brain Pool Plus, =BK21, Brain Korea 21, Korea Research Fellowship, 브레인풀, 브레인 풀, 두뇌한국21
KR|visa|Top-Tier visa, top tier visa, =K-STAR, 톱티어 비자, 탑티어 비자
KR|talent_program|K-Tech Pass
JP|visa|Highly Skilled Professional visa
JP|immigration|J-Find, J-Skip, Future Creation Individual, 特別高度人材, 未来創造人材
JP|talent_program|J-RISE
TW|immigration|Employment Gold Card, Taiwan Gold Card, Taiwan Employment Gold Card, 就业金卡, 就業金卡
TW|talent_program|Yushan Scholar, Yushan Young Scholar, 玉山学者, 玉山學者
TW|immigration|Act for the Recruitment and Employment of Foreign Professionals, 外国专业人才延揽及雇用法, 外國專業人才延攬及僱用法
GB|visa|High Potential Individual, Graduate Route, Innovator Founder visa, Scale-up visa, Shortage Occupation List, Immigration Salary List
ZA|visa|Critical Skills List, Critical Skills Work Visa, Critical Skills Visa
GB|talent_program|Global Talent Fund, Global Talent Taskforce, Turing AI Fellowships
EU|talent_program|Choose Europe, Choose Europe for Science, Marie Skłodowska-Curie, Marie Sklodowska-Curie, =MSCA, ERA Talent Platform, ERC super grant
EU|immigration|EU Talent Pool
CA|talent_program|Canada Research Chairs, Canada Excellence Research Chairs, Canada Global Impact+ Research Talent Initiative, Canada Leads, Global Impact+
CA|immigration|Global Talent Stream, Global Skills Strategy, Express Entry, Provincial Nominee Program, Student Direct Stream, Post-Graduation Work Permit, =PGWP
CA|visa|Start-up Visa Program
CA|immigration|Programme de l'expérience québécoise, Quebec Experience Program, Québec Experience Program, =PEQ
AU|visa|Global Talent Visa Program, National Innovation Visa, Skills in Demand visa, Temporary Graduate visa, =subclass 500, =subclass 482, =subclass 858
AU|talent_program|Global Talent Attraction Program, Global Talent Attraction Package
FR|talent_program|Choose France for Science, Safe Place for Science, Programme national d'accueil en urgence des scientifiques en exil, =PAUSE programme, Choose France pour la science
FR|immigration|Passeport Talent, Talent Passport
FR|visa|French Tech Visa
DE|talent_program|1000 Köpfe, 1000-Köpfe, 1000-Köpfe-plus, 1000-Köpfe-Plus-Programm, 1000-Köpfe-Plus-Programms, Humboldt Professorship, Alexander von Humboldt Professorship
DE|immigration|Chancenkarte, Opportunity Card, Fachkräfteeinwanderungsgesetz, Skilled Immigration Act, Westbalkanregelung
IN|talent_program|=VAJRA, Visiting Advanced Joint Research, =VAIBHAV, Vaishvik Bhartiya Vaigyanik, Ramanujan Fellowship, Ramalingaswami Re-entry Fellowship, Global Initiative of Academic Networks
US|visa|O-1A, =EB-1A, National Interest Waiver
US|immigration|Trump Gold Card, Trump Platinum Card, =OPT, =STEM OPT, Optional Practical Training
US|research_security|=NSPM-33, China Initiative, =SECURE Center, 中国行动计划, 中國行動計劃, 차이나 이니셔티브
RU|talent_program|mega-grant, megagrant, Priority 2030, мегагрант, мегагранты, Приоритет-2030, привлечение ведущих учёных, привлечения ведущих ученых
SA|immigration|Premium Residency, Saudi Premium Residency, special talent residency, الإقامة المميزة
AE|visa|UAE Golden Visa, Green Visa, الإقامة الذهبية
HK|immigration|Top Talent Pass Scheme, =TTPS, Quality Migrant Admission Scheme, =QMAS, Technology Talent Admission Scheme, =TechTAS, General Employment Policy, Admission Scheme for Mainland Talents and Professionals, =ASMTP, 高端人才通行证计划, 高才通, 优秀人才入境计划, 优才计划, 科技人才入境计划
HK|talent_program|Global STEM Professorship Scheme, Hong Kong Talent Engage, 香港人才服务办公室
SG|immigration|ONE Pass, Overseas Networks and Expertise Pass, =Tech.Pass, EntrePass, =COMPASS, Complementary Assessment Framework
MO|talent_program|Macao talent recruitment, 澳门人才引进
IE|immigration|Critical Skills Employment Permit, General Employment Permit, Stamp 4, Stamp 1G
NZ|visa|Accredited Employer Work Visa, =AEWV, Global Impact Visa, Skilled Migrant Category, Green List, Straight to Residence, Work to Residence
ES|talent_program|=ATRAE, Programa ATRAE, Ramón y Cajal, Ramon y Cajal, Beatriz Galindo, Ley Beckham, Beckham Law, régimen de impatriados, régimen especial de impatriados
ES|visa|Ley de Startups, visado para nómadas digitales
IT|talent_program|Rita Levi Montalcini, rientro dei cervelli, Controesodo
PT|talent_program|Programa Regressar, =IFICI, Incentivo Fiscal à Investigação Científica e Inovação, residente não habitual, residentes não habituais, Non-Habitual Resident
PT|visa|D8 visa
GR|talent_program|Brain Regain, Brain Gain Greece
PL|talent_program|Polish Returns, Polskie Powroty, =NAWA
DK|immigration|Pay Limit Scheme, Fast-track scheme, beløbsordningen, beløbsordning, fast-track-ordningen, fast track-ordningen, Positive List for Skilled Work, positivlisten for faglært, positivlisten for personer med en videregående uddannelse
NL|immigration|kennismigrantenregeling, highly skilled migrant scheme
NL|talent_program|30 percent ruling, 30% ruling, 30%-regeling, 30-procentregeling, 30 procent regeling, 30%-ruling, expatregeling
AT|immigration|Red-White-Red Card, Rot-Weiß-Rot-Karte
CZ|visa|Highly Qualified Employee Program, Key and Scientific Staff Program
MY|talent_program|Returning Expert Programme, Returning Expert Program
MY|visa|Malaysia Tech Entrepreneur Programme, Premium Visa Programme
MY|immigration|DE Rantau, DE Rantau Nomad Pass, Nomad Pass
TH|visa|Long-Term Resident visa, =LTR visa, Smart Visa, =SMART visa
ID|visa|Indonesian Golden Visa
TR|immigration|Turquoise Card, Turkuaz Kart
AR|talent_program|=RAICES, Programa RAICES
CL|talent_program|Start-Up Chile
IL|talent_program|Israel National Brain Gain
--|visa|Skilled Worker visa, Graduate visa, Global Talent visa, Tech Visa, digital nomad visa, startup visa, start-up visa, talent visa, Golden Visa, 人才签证, 인재 비자
--|immigration|EU Blue Card, Blue Card, Blaue Karte EU, Blaue Karte, carte bleue européenne, tarjeta azul UE, tarjeta azul, Carta Blu UE, Carta Blu, blauwe kaart, Europese blauwe kaart, niebieska karta, EU:n sininen kortti, EU-blåkort, EU-blåkortet
--|immigration|talent pass, golden residency, Employment Pass, S Pass, residence permit for researchers
--|talent_program|talent recruitment programme, talent recruitment program, talent attraction programme, talent attraction program, research chairs, returning scientists, reverse brain drain, 人才引进计划, 해외 우수 과학자 유치, 해외 우수 인재 유치
"""


def _named_programmes() -> tuple[tuple[str, PolicyType, str], ...]:
    out: list[tuple[str, PolicyType, str]] = []
    types: dict[str, PolicyType] = {t: t for t in POLICY_TYPE_PRIORITY}
    for line in _NAMED_PROGRAMMES.strip().splitlines():
        code, kind, forms = line.split("|", 2)
        out += [("" if code == "--" else code, types[kind], f.strip()) for f in forms.split(",") if f.strip()]
    return tuple(out)


# (jurisdiction or "" for a kind of scheme many countries run, policy type, form)
NAMED_PROGRAMMES: tuple[tuple[str, PolicyType, str], ...] = _named_programmes()


# --- permissions a government calls statuses, not visas ---
# Governments whose permissions to stay and work are statuses of residence by law, whatever the press calls
# them: Japan's "Business Manager visa" or "Highly Skilled Professional visa" is a 在留資格 (status of
# residence), which the real set labels immigration (bench/data/real/README.md); its visa (査証) is only the
# entry endorsement a consulate issues.
STATUS_NOT_VISA: frozenset[str] = frozenset({"JP"})
# How such a government's texts name its statuses (a status named in quotes, "the 'Business Manager' status",
# is read in policy_type.py): an article naming none is about some other visa, whatever country its
# jurisdiction was read as.
STATUS_NAMES: tuple[str, ...] = (
    "在留資格", "在留资格", "status of residence", "statuses of residence", "residence status",
    # Japan's work statuses by name, in Japanese and as Chinese-language media write them (folded to simplified
    # characters): "「经营管理签证」" is the Business Manager status, whatever the outlet calls it.
    "経営・管理", "経営管理", "经营管理", "经营・管理", "高度専門職", "高度专门职", "特定技能", "技術・人文知識・国際業務",
    "技术・人文知识・国际业务", "技人国", "技人國",
)
# What is a visa proper even there: issuing it, waiving it, the entry endorsement by its legal name.
VISA_PROPER_CUES: tuple[str, ...] = (
    "visa-free", "visa free", "visa waiver", "visa exemption", "visa-exempt", "visa issuance", "e-visa",
    "electronic visa", "multiple-entry", "tourist visa", "transit visa",
    "査証", "免除", "数次", "電子ビザ", "免签", "免簽", "过境", "旅游签证", "观光",
)
