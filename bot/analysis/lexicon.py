"""The vocabularies of the analysis, as data.

Phrases are matched by `text.PhraseMatcher`: plain phrases are stemmed and case-insensitive, so list
one inflection ("travel abroad" also finds "travelling abroad"); a leading "=" makes a phrase exact and
case-sensitive (for acronyms such as "US" that collide with words); phrases with CJK characters are
matched as substrings. Weights are in [0, 1] (or small positive numbers where noted) and mean "how
strongly does this phrase alone say so".

Nothing here is mutable: tuples, frozensets and read-only mappings only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from bot.analysis.text import words
from bot.models import PolicyType, Status, Topic

# ---------------------------------------------------------------- jurisdictions


@dataclass(frozen=True)
class Jurisdiction:
    code: str  # ISO 3166-1 alpha-2, or "EU"
    name: str  # display name
    names: tuple[str, ...] = ()  # country names (matched stemmed, case-insensitive)
    exact: tuple[str, ...] = ()  # case-sensitive literals: acronyms that are also words
    demonyms: tuple[str, ...] = ()  # "Chinese": weak on their own ("Chinese researchers" is not an actor)
    capitals: tuple[str, ...] = ()  # seats of government used as metonyms ("Beijing has ordered")
    bodies: tuple[str, ...] = ()  # government bodies and office holders: strong actor evidence
    zh: tuple[str, ...] = ()  # Chinese names (and bodies)


def _j(code: str, name: str, **kw: tuple[str, ...]) -> Jurisdiction:
    return Jurisdiction(code=code, name=name, **kw)


JURISDICTION_LIST: tuple[Jurisdiction, ...] = (
    # ---- G20 members and the EU
    _j("CN", "China", names=("China", "People's Republic of China", "mainland China"), exact=("PRC",),
       demonyms=("Chinese",), capitals=("Beijing", "Zhongnanhai"),
       bodies=("State Council", "Ministry of Science and Technology", "Ministry of State Security",
               "Ministry of Public Security", "National Immigration Administration",
               "Cyberspace Administration of China", "Chinese Communist Party", "Communist Party of China",
               "=CCP", "=CPC", "Central Committee", "Politburo", "National People's Congress",
               "National Development and Reform Commission", "=NDRC", "=MOFCOM", "Xi Jinping", "President Xi",
               "Li Qiang", "State Administration for Science, Technology and Industry for National Defense",
               "=SASTIND", "Central Science and Technology Commission"),
       zh=("中国", "我国", "中华人民共和国", "国务院", "中共中央", "科技部", "科学技术部", "教育部", "外交部",
           "公安部", "国家安全部", "国家移民管理局", "国家发展改革委", "商务部", "工业和信息化部", "工信部",
           "国家网信办", "北京", "中央")),
    _j("US", "United States", names=("United States", "United States of America", "America"),
       exact=("US", "U.S.", "USA", "U.S.A."), demonyms=("American",), capitals=("Washington",),
       bodies=("=USCIS", "Citizenship and Immigration Services", "State Department", "Department of State",
               "=DHS", "Department of Homeland Security", "Homeland Security", "White House",
               "Department of Labor", "Labor Department", "Commerce Department", "Department of Commerce",
               "Bureau of Industry and Security", "Justice Department", "Department of Justice", "=DOJ",
               "=FBI", "Congress", "Capitol Hill", "Trump administration", "Biden administration",
               "President Trump", "Donald Trump", "President Biden", "Marco Rubio", "Federal Register",
               "National Institutes of Health", "=NIH", "National Science Foundation", "=NSF",
               "Department of Energy", "=DOE", "Immigration and Customs Enforcement", "=ICE",
               "Customs and Border Protection", "=CBP", "Pentagon", "Department of Defense",
               "Office of Science and Technology Policy", "=OSTP"),
       zh=("美国", "白宫", "美国国务院", "华盛顿")),
    _j("GB", "United Kingdom", names=("United Kingdom", "Britain", "Great Britain", "England", "Scotland",
                                     "Northern Ireland"),
       exact=("UK", "U.K."), demonyms=("British", "Briton"), capitals=("Whitehall", "Downing Street",
                                                                     "Westminster", "London"),
       bodies=("Home Office", "=UKVI", "UK Visas and Immigration", "Home Secretary", "Foreign Office",
               "=FCDO", "Department for Science, Innovation and Technology", "=DSIT", "=UKRI",
               "UK Research and Innovation", "Migration Advisory Committee", "Keir Starmer",
               "Yvette Cooper", "Shabana Mahmood", "Academic Technology Approval Scheme"),
       zh=("英国", "伦敦")),
    _j("EU", "European Union", names=("European Union",), exact=("EU", "E.U."), demonyms=("European",),
       capitals=("Brussels",),
       bodies=("European Commission", "European Parliament", "Council of the European Union",
               "Council of the EU", "Ursula von der Leyen", "von der Leyen", "Horizon Europe",
               "European Research Council", "=ERC", "Choose Europe"),
       zh=("欧盟", "欧洲委员会", "欧委会")),
    _j("JP", "Japan", names=("Japan",), demonyms=("Japanese",), capitals=("Tokyo", "Kasumigaseki"),
       bodies=("=MEXT", "Ministry of Education, Culture, Sports, Science and Technology",
               "Immigration Services Agency", "=METI", "Ministry of Economy, Trade and Industry",
               "National Diet", "Japanese government", "Kishida", "Ishiba", "Takaichi"),
       zh=("日本", "东京", "日本政府", "出入国在留管理庁", "法務省", "文部科学省", "入管")),
    _j("DE", "Germany", names=("Germany",), demonyms=("German",), capitals=("Berlin",),
       bodies=("Bundestag", "Federal Foreign Office", "=BAMF", "Federal Office for Migration and Refugees",
               "Federal Ministry of Education and Research", "=BMBF", "Olaf Scholz", "Friedrich Merz"),
       zh=("德国",)),
    _j("FR", "France", names=("France",), demonyms=("French",), capitals=("Paris", "Élysée", "Elysee"),
       bodies=("Emmanuel Macron", "Macron", "Campus France", "French Tech Visa"), zh=("法国",)),
    _j("IT", "Italy", names=("Italy",), demonyms=("Italian",), capitals=("Rome",),
       bodies=("Giorgia Meloni",), zh=("意大利",)),
    _j("CA", "Canada", names=("Canada",), demonyms=("Canadian",), capitals=("Ottawa",),
       bodies=("=IRCC", "Immigration, Refugees and Citizenship Canada", "Express Entry",
               "Global Skills Strategy", "Mark Carney", "Justin Trudeau"),
       zh=("加拿大",)),
    _j("AU", "Australia", names=("Australia",), demonyms=("Australian",), capitals=("Canberra",),
       bodies=("Department of Home Affairs", "Australian Border Force", "Anthony Albanese"),
       zh=("澳大利亚", "澳洲")),
    _j("IN", "India", names=("India",), demonyms=("Indian",), capitals=("New Delhi",),
       bodies=("Ministry of External Affairs", "Narendra Modi", "Modi government"), zh=("印度",)),
    _j("KR", "South Korea", names=("South Korea", "Republic of Korea", "Korea"), exact=("ROK",),
       demonyms=("South Korean", "Korean"), capitals=("Seoul",),
       bodies=("Ministry of Science and ICT", "Ministry of Justice of Korea"), zh=("韩国",)),
    _j("RU", "Russia", names=("Russia", "Russian Federation"), demonyms=("Russian",),
       capitals=("Moscow", "Kremlin"), bodies=("Vladimir Putin", "Putin", "=FSB", "Federal Security Service"),
       zh=("俄罗斯",)),
    _j("BR", "Brazil", names=("Brazil",), demonyms=("Brazilian",), capitals=("Brasília", "Brasilia"),
       zh=("巴西",)),
    _j("MX", "Mexico", names=("Mexico",), demonyms=("Mexican",), capitals=("Mexico City",), zh=("墨西哥",)),
    _j("AR", "Argentina", names=("Argentina",), demonyms=("Argentine", "Argentinian"),
       capitals=("Buenos Aires",), zh=("阿根廷",)),
    _j("ID", "Indonesia", names=("Indonesia",), demonyms=("Indonesian",), capitals=("Jakarta",),
       zh=("印度尼西亚", "印尼")),
    _j("SA", "Saudi Arabia", names=("Saudi Arabia",), demonyms=("Saudi",), capitals=("Riyadh",),
       zh=("沙特",)),
    _j("ZA", "South Africa", names=("South Africa",), demonyms=("South African",), capitals=("Pretoria",),
       zh=("南非",)),
    _j("TR", "Türkiye", names=("Turkey", "Türkiye", "Turkiye"), demonyms=("Turkish",), capitals=("Ankara",),
       zh=("土耳其",)),
    # ---- other frequent actors in talent-mobility news
    _j("NZ", "New Zealand", names=("New Zealand",), demonyms=("New Zealander",), capitals=("Wellington",),
       bodies=("Immigration New Zealand",), zh=("新西兰",)),
    _j("SG", "Singapore", names=("Singapore",), demonyms=("Singaporean",),
       bodies=("Ministry of Manpower",), zh=("新加坡",)),
    _j("TW", "Taiwan", names=("Taiwan",), demonyms=("Taiwanese",), capitals=("Taipei",), zh=("台湾",)),
    _j("HK", "Hong Kong", names=("Hong Kong",), zh=("香港",)),
    _j("KP", "North Korea", names=("North Korea",), demonyms=("North Korean",), capitals=("Pyongyang",),
       zh=("朝鲜",)),
    _j("IL", "Israel", names=("Israel",), demonyms=("Israeli",), zh=("以色列",)),
    _j("AE", "United Arab Emirates", names=("United Arab Emirates",), exact=("UAE",),
       demonyms=("Emirati",), capitals=("Abu Dhabi",), zh=("阿联酋",)),
    _j("CH", "Switzerland", names=("Switzerland",), demonyms=("Swiss",), capitals=("Bern",), zh=("瑞士",)),
    _j("NL", "Netherlands", names=("Netherlands", "Holland"), demonyms=("Dutch",), capitals=("The Hague",),
       zh=("荷兰",)),
    _j("SE", "Sweden", names=("Sweden",), demonyms=("Swedish",), capitals=("Stockholm",), zh=("瑞典",)),
    _j("IE", "Ireland", names=("Ireland",), demonyms=("Irish",), capitals=("Dublin",), zh=("爱尔兰",),
       bodies=("Department of Enterprise, Trade and Employment", "Department of Enterprise", "=DETE", "Oireachtas",
               "=INIS", "Irish Naturalisation and Immigration Service")),
    _j("ES", "Spain", names=("Spain",), demonyms=("Spanish",), capitals=("Madrid",), zh=("西班牙",)),
    _j("PL", "Poland", names=("Poland",), capitals=("Warsaw",), zh=("波兰",)),
    _j("BE", "Belgium", names=("Belgium",), demonyms=("Belgian",), zh=("比利时",)),
    _j("AT", "Austria", names=("Austria",), demonyms=("Austrian",), capitals=("Vienna",), zh=("奥地利",)),
    _j("DK", "Denmark", names=("Denmark",), demonyms=("Danish",), capitals=("Copenhagen",), zh=("丹麦",)),
    _j("FI", "Finland", names=("Finland",), demonyms=("Finnish",), capitals=("Helsinki",), zh=("芬兰",)),
    _j("NO", "Norway", names=("Norway",), demonyms=("Norwegian",), capitals=("Oslo",), zh=("挪威",)),
    _j("PT", "Portugal", names=("Portugal",), demonyms=("Portuguese",), capitals=("Lisbon",), zh=("葡萄牙",)),
    _j("GR", "Greece", names=("Greece",), demonyms=("Greek",), capitals=("Athens",), zh=("希腊",)),
    _j("CZ", "Czechia", names=("Czech Republic", "Czechia"), demonyms=("Czech",), capitals=("Prague",)),
    _j("HU", "Hungary", names=("Hungary",), demonyms=("Hungarian",), capitals=("Budapest",), zh=("匈牙利",)),
    _j("EE", "Estonia", names=("Estonia",), demonyms=("Estonian",), capitals=("Tallinn",)),
    _j("UA", "Ukraine", names=("Ukraine",), demonyms=("Ukrainian",), capitals=("Kyiv", "Kiev"), zh=("乌克兰",)),
    _j("IR", "Iran", names=("Iran",), demonyms=("Iranian",), capitals=("Tehran",), zh=("伊朗",)),
    _j("VN", "Vietnam", names=("Vietnam", "Viet Nam"), demonyms=("Vietnamese",), capitals=("Hanoi",),
       zh=("越南",)),
    _j("TH", "Thailand", names=("Thailand",), demonyms=("Thai",), capitals=("Bangkok",), zh=("泰国",)),
    _j("MY", "Malaysia", names=("Malaysia",), demonyms=("Malaysian",), capitals=("Kuala Lumpur",),
       zh=("马来西亚",)),
    _j("PH", "Philippines", names=("Philippines",), demonyms=("Filipino",), capitals=("Manila",),
       zh=("菲律宾",)),
    _j("PK", "Pakistan", names=("Pakistan",), demonyms=("Pakistani",), capitals=("Islamabad",),
       zh=("巴基斯坦",)),
    _j("NG", "Nigeria", names=("Nigeria",), demonyms=("Nigerian",), capitals=("Abuja",), zh=("尼日利亚",)),
    _j("EG", "Egypt", names=("Egypt",), demonyms=("Egyptian",), capitals=("Cairo",), zh=("埃及",)),
    _j("QA", "Qatar", names=("Qatar",), demonyms=("Qatari",), capitals=("Doha",), zh=("卡塔尔",)),
)

# The rest of the world, so that a rule made anywhere is attributed to its government, not dropped:
# "code|name|demonym|capital" (names only; their bodies rarely appear in English-language news). Names
# that are also a US state or a first name ("Georgia", "Jordan") are listed in their long form only.
_MORE_COUNTRIES = """
AF|Afghanistan|Afghan|Kabul  AL|Albania|Albanian|Tirana  DZ|Algeria|Algerian|Algiers  AO|Angola|Angolan|Luanda
AM|Armenia|Armenian|Yerevan  AZ|Azerbaijan|Azerbaijani|Baku  BH|Bahrain|Bahraini|Manama
BD|Bangladesh|Bangladeshi|Dhaka  BY|Belarus|Belarusian|Minsk  BO|Bolivia|Bolivian|La Paz
BA|Bosnia and Herzegovina|Bosnian|Sarajevo  BG|Bulgaria|Bulgarian|Sofia, Bulgaria  KH|Cambodia|Cambodian|Phnom Penh
CM|Cameroon|Cameroonian|Yaoundé  CL|Chile|Chilean|Santiago de Chile  CO|Colombia|Colombian|Bogotá
CR|Costa Rica|Costa Rican|San José  HR|Croatia|Croatian|Zagreb  CU|Cuba|Cuban|Havana  CY|Cyprus|Cypriot|Nicosia
DO|Dominican Republic|Dominican|Santo Domingo  EC|Ecuador|Ecuadorian|Quito  SV|El Salvador|Salvadoran|San Salvador
ET|Ethiopia|Ethiopian|Addis Ababa  GE|Republic of Georgia|Georgian|Tbilisi  GH|Ghana|Ghanaian|Accra
GT|Guatemala|Guatemalan|Guatemala City  HT|Haiti|Haitian|Port-au-Prince  HN|Honduras|Honduran|Tegucigalpa
IS|Iceland|Icelandic|Reykjavik  IQ|Iraq|Iraqi|Baghdad  JM|Jamaica|Jamaican|Kingston, Jamaica  JO|Hashemite Kingdom of Jordan|Jordanian|Amman
KZ|Kazakhstan|Kazakh|Astana  KE|Kenya|Kenyan|Nairobi  KW|Kuwait|Kuwaiti|Kuwait City
KG|Kyrgyzstan|Kyrgyz|Bishkek  LA|Laos|Lao|Vientiane  LV|Latvia|Latvian|Riga  LB|Lebanon|Lebanese|Beirut
LY|Libya|Libyan|Tripoli  LT|Lithuania|Lithuanian|Vilnius  LU|Luxembourg|Luxembourgish|Luxembourg City
MT|Malta|Maltese|Valletta  MD|Moldova|Moldovan|Chisinau  MN|Mongolia|Mongolian|Ulaanbaatar
ME|Montenegro|Montenegrin|Podgorica  MA|Morocco|Moroccan|Rabat  MZ|Mozambique|Mozambican|Maputo
MM|Myanmar|Burmese|Naypyidaw  NP|Nepal|Nepalese|Kathmandu  NI|Nicaragua|Nicaraguan|Managua
MK|North Macedonia|Macedonian|Skopje  OM|Oman|Omani|Muscat  PA|Panama|Panamanian|Panama City
PY|Paraguay|Paraguayan|Asunción  PE|Peru|Peruvian|Lima  RO|Romania|Romanian|Bucharest  RW|Rwanda|Rwandan|Kigali
SN|Senegal|Senegalese|Dakar  RS|Serbia|Serbian|Belgrade  SK|Slovakia|Slovak|Bratislava
SI|Slovenia|Slovenian|Ljubljana  LK|Sri Lanka|Sri Lankan|Colombo  SD|Sudan|Sudanese|Khartoum
SY|Syria|Syrian|Damascus  TJ|Tajikistan|Tajik|Dushanbe  TZ|Tanzania|Tanzanian|Dodoma  TN|Tunisia|Tunisian|Tunis
TM|Turkmenistan|Turkmen|Ashgabat  UG|Uganda|Ugandan|Kampala  UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek|Tashkent  VE|Venezuela|Venezuelan|Caracas  YE|Yemen|Yemeni|Sanaa  ZM|Zambia|Zambian|Lusaka
ZW|Zimbabwe|Zimbabwean|Harare
"""


def _more_countries() -> tuple[Jurisdiction, ...]:
    out = []
    for entry in _MORE_COUNTRIES.split("  "):
        for line in entry.strip().splitlines():
            code, name, demonym, capital = line.strip().split("|")
            out.append(_j(code, name, names=(name,), demonyms=(demonym,), capitals=(capital,)))
    return tuple(out)


JURISDICTION_LIST = JURISDICTION_LIST + _more_countries()

JURISDICTIONS: Mapping[str, Jurisdiction] = MappingProxyType({j.code: j for j in JURISDICTION_LIST})

# Phrases that contain a jurisdiction's name but do not refer to its government: an outlet, a company,
# a sub-national place or another region. Matched exclusively, longest first, so they shadow the name.
NOT_JURISDICTION: tuple[str, ...] = (
    "Washington Post", "Washington state", "State of Washington", "University of Washington",
    "George Washington", "Washington University", "New Mexico", "South China Morning Post",
    "South China Sea", "East China Sea", "China Daily", "Air China", "Bank of China", "China Mobile",
    "China Telecom", "China Unicom", "Made in China", "Japan Times", "Korea Herald", "Korea Times",
    "Times of India", "Hindustan Times", "Indian Ocean", "Latin America", "South America", "North America",
    "Central America", "Bank of America", "American Express", "American Airlines", "Americas",
    "British Airways", "British Council", "British Columbia", "New England", "Paris Agreement",
    "Paris Hilton", "Dutch auction", "Rome Statute", "Indian National Congress", "Hong Kong dollar",
    "Canadian dollar", "European Championship", "English Premier League", "Premier League",
    "Cambridge, Massachusetts", "Delhi Capitals", "Mexican wave", "French fries", "Turkish Airlines",
    "Emirates airline", "Qatar Airways", "Singapore Airlines", "New South Wales",
)

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
    ("政府", 1.0), ("通知", 0.8), ("规定", 0.8), ("办法", 0.7), ("审批", 0.8), ("批准", 0.7), ("条例", 1.0),
    ("政策", 0.8), ("印发", 0.8), ("主管部门", 1.0), ("国务院", 1.0),
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
    ("key personnel", 1.0), ("technical staff", 1.0), ("foreign national", 0.5), ("innovator", 0.7), ("physician", 0.5), ("nurse", 0.5),
    ("人才", 1.0), ("科研人员", 1.0), ("研究人员", 1.0), ("科学家", 1.0), ("工程师", 1.0), ("学者", 1.0),
    ("留学生", 1.0), ("学生", 0.8), ("专家", 0.8), ("技术人员", 1.0), ("骨干", 0.7), ("博士", 0.9),
    ("研究者", 1.0), ("技術者", 1.0), ("高度人材", 1.0), ("高度人才", 1.0),
)

# Crossing a border: leaving, entering, staying, moving.
MOBILITY_CUES: tuple[tuple[str, float], ...] = (
    ("travel abroad", 1.0), ("abroad", 0.8), ("overseas", 0.7), ("overseas travel", 1.0), ("foreign travel", 1.0),
    ("leave the country", 1.0), ("exit", 0.6), ("exit approval", 1.0), ("passport", 0.9), ("visa", 1.0),
    ("work permit", 1.0), ("residence permit", 1.0), ("immigration", 1.0), ("immigrant", 0.8), ("migration", 0.8),
    ("migrant", 0.7), ("relocate", 0.8), ("relocation", 0.8), ("emigrate", 1.0), ("emigration", 1.0),
    ("brain drain", 1.0), ("green card", 1.0), ("permanent residency", 1.0), ("permanent residence", 1.0),
    ("citizenship", 0.6), ("entry", 0.4), ("enter the country", 0.9), ("travel", 0.5), ("trip", 0.4),
    ("foreign", 0.4), ("international", 0.3), ("study abroad", 1.0), ("move to", 0.4), ("attract", 0.4),
    ("recruit", 0.3), ("returnee", 0.8), ("deport", 0.8), ("border", 0.5), ("sponsorship", 0.6),
    ("travel ban", 1.0), ("=H-1B", 1.0), ("=H1B", 1.0), ("=O-1", 1.0), ("=J-1", 1.0), ("=F-1", 1.0), ("=L-1", 1.0),
    ("Optional Practical Training", 1.0), ("Blue Card", 1.0), ("Global Talent", 0.9), ("golden visa", 0.8),
    ("points-based", 0.8), ("outbound", 0.5), ("inbound", 0.4), ("=nationals", 0.5), ("leave China", 1.0),
    ("出境", 1.0), ("出国", 1.0), ("境外", 1.0), ("海外", 0.7), ("签证", 1.0), ("护照", 1.0), ("移民", 1.0),
    ("居留", 1.0), ("入境", 0.8), ("赴", 0.6), ("回国", 0.7), ("引进", 0.6), ("外籍", 0.8), ("出入境", 1.0),
    ("在留資格", 1.0), ("ビザ", 1.0),
    ("from abroad", 1.0), ("from outside", 0.8), ("non-EU", 0.8), ("third-country", 0.8), ("relocate to", 1.0),
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
                ("seed round", 1.0), ("=IPO", 0.8), ("led by", 0.3), ("billion valuation", 1.0), ("funding", 0.5)),
    "poaching": (("poach", 0.9), ("hired away", 1.0), ("hiring spree", 1.0), ("talent war", 1.0),
                 ("compensation package", 1.0), ("pay package", 1.0), ("signing bonus", 1.0), ("lured away", 1.0),
                 ("join", 0.4), ("hire", 0.5), ("defect", 0.5), ("leave for", 0.6), ("depart", 0.4),
                 ("superintelligence", 0.5)),
    "goods_export": (("export control", 0.6), ("chip", 0.6), ("=GPU", 0.6), ("=GPUs", 0.6),
                     ("semiconductor equipment", 1.0), ("=H20", 1.0), ("=H100", 1.0), ("=H200", 1.0),
                     ("lithography", 0.8), ("shipment", 0.8), ("entity list", 0.7), ("tariff", 0.8),
                     ("license to sell", 1.0), ("sale", 0.4), ("rare earth", 0.9), ("export ban", 0.6)),
    "tourist": (("tourist", 1.0), ("tourism", 1.0), ("holidaymaker", 1.0), ("vacation", 0.8), ("visitor visa", 0.7),
                ("sightseeing", 1.0), ("cruise", 0.7), ("travel agency", 0.8), ("visa-free", 0.5),
                ("hotel", 0.5), ("旅游", 1.0), ("游客", 1.0)),
    "sport": (("football", 1.0), ("soccer", 1.0), ("striker", 1.0), ("midfielder", 1.0), ("defender", 0.5),
              ("goalkeeper", 1.0), ("transfer fee", 1.0), ("transfer window", 1.0), ("Premier League", 1.0),
              ("La Liga", 1.0), ("club", 0.4), ("signed for", 0.8), ("loan deal", 1.0), ("player", 0.5),
              ("athlete", 0.7), ("=FIFA", 1.0), ("=UEFA", 1.0), ("=NBA", 1.0), ("cricket", 1.0), ("season", 0.3),
              ("Champions League", 1.0), ("coach", 0.4), ("goal", 0.3)),
})

# ---------------------------------------------------------------- policy types

# Cue phrases for each policy type (weight ~ how decisive: 3 decisive, 2 strong, 1 suggestive).
POLICY_TYPE_CUES: Mapping[PolicyType, tuple[tuple[str, float], ...]] = MappingProxyType({
    "travel_restriction": (
        ("exit approval", 3.0), ("exit permit", 3.0), ("exit ban", 3.0), ("travel abroad", 2.0),
        ("overseas travel", 2.0), ("foreign travel", 1.5), ("leave the country", 2.0), ("leaving China", 2.0),
        ("hand over passport", 3.0), ("surrender passport", 3.0), ("confiscate passport", 3.0),
        ("passport", 1.0), ("travel restriction", 2.0), ("travel ban", 1.0), ("outbound travel", 2.0),
        ("private travel", 1.5), ("business trip", 1.0), ("trips abroad", 2.0), ("go abroad", 2.0),
        ("出境", 3.0), ("出国", 2.0), ("护照", 2.0), ("因私出国", 3.0), ("出境审批", 3.0),
    ),
    "visa": (
        ("visa", 1.5), ("=H-1B", 2.5), ("=H1B", 2.5), ("=O-1", 2.0), ("=J-1", 2.0), ("=F-1", 2.0), ("=L-1", 2.0),
        ("visa fee", 3.0), ("visa ban", 3.0), ("entry ban", 2.5), ("suspend entry", 2.5), ("visa application", 2.0),
        ("visa processing", 2.0), ("Global Talent visa", 3.0), ("Skilled Worker visa", 2.5),
        ("High Potential Individual", 3.0), ("K visa", 3.0), ("=K-visa", 3.0), ("visa category", 3.0),
        ("visa program", 2.0), ("visa interview", 2.0), ("visa-free", 1.0), ("Highly Skilled Professional", 2.5),
        ("digital nomad", 1.5), ("Optional Practical Training", 2.0), ("student visa", 2.5), ("work visa", 2.5),
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
        ("technology theft", 1.0), ("undisclosed ties", 2.0), ("sensitive research", 1.5),
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
        ("citizenship", 1.5), ("naturalization", 2.0), ("Blue Card", 2.5), ("Express Entry", 2.5),
        ("skilled migration", 2.5), ("migration", 1.0), ("immigration rules", 2.0), ("salary threshold", 2.0),
        ("settlement", 1.0), ("indefinite leave to remain", 2.5), ("居留", 2.5), ("永久居留", 3.0), ("移民", 2.0),
        ("工作许可", 2.5), ("在留資格", 2.5),
        # Permits, passes and the caps and levels of the migration system.
        ("study permit", 2.5), ("Employment Pass", 2.5), ("work pass", 2.5), ("S Pass", 2.0),
        ("qualifying salary", 1.5), ("labour migration", 2.5), ("labor migration", 2.5), ("legal migration", 2.5),
        ("third-country nationals", 2.0), ("net migration", 2.0), ("levels plan", 2.0), ("Green List", 2.0),
        ("straight to residence", 2.5), ("job-seekers from outside", 2.0), ("jobseekers from outside", 2.0),
        ("Talent Pool", 1.5), ("sponsor", 0.5), ("international students", 0.5), ("residence", 1.0),
        ("employment permit", 2.5), ("permit scheme", 2.0), ("non-EU", 1.5),
    ),
})
# When two types tie, the more specific one wins.
POLICY_TYPE_PRIORITY: tuple[PolicyType, ...] = (
    "travel_restriction", "export_control", "research_security", "talent_program", "visa", "immigration", "other",
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
        ("asked not to be named", 2.0), ("is not public", 2.5), ("passed on verbally", 2.5), ("据了解", 2.0),
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
        ("comment period", 2.5), ("bill would", 2.0), ("introduced a bill", 2.5), ("considering", 1.0),
        ("weighing", 1.0), ("plans to", 1.0), ("would require", 1.0), ("征求意见稿", 3.0), ("草案", 2.5),
        ("征求意见", 2.5), ("open for public comment", 3.0), ("proposed rules", 2.5), ("negotiating position", 2.5),
        ("would amend", 2.0), ("once the legislature passes", 1.0), ("if passed", 2.0), ("拟", 1.5), ("拟于", 2.0),
    ),
    "announced": (
        ("announce", 1.5), ("unveil", 1.5), ("will introduce", 1.5), ("will launch", 1.5), ("set to", 0.5),
        ("will take effect", 1.0), ("will come into force", 1.0), ("will apply from", 1.0),
        ("said in a statement", 1.0), ("press release", 1.0), ("launch", 0.5), ("introduce", 0.5),
        ("will be able", 0.5), ("will require", 1.0), ("宣布", 2.0), ("发布", 1.0),
        ("set aside", 1.0), ("has set aside", 1.5), ("have set aside", 1.5), ("under plans", 1.5),
        ("set out plans", 1.5), ("rolling out", 1.5), ("rolls out", 1.5), ("told reporters", 1.0),
        ("将于", 1.5), ("将", 0.5),
    ),
    "enacted": (
        ("final rule", 3.0), ("signed into law", 3.0), ("signed a proclamation", 3.0), ("signed an executive order", 3.0),
        ("passed", 1.0), ("adopted", 1.5), ("approved by parliament", 3.0),
        ("published in the Federal Register", 2.5), ("issued a notice", 2.0), ("issued new rules", 2.0),
        ("issued", 0.5), ("official gazette", 2.0), ("signed on", 1.5), ("signed", 0.5), ("signed by", 1.5), ("印发", 2.0), ("颁布", 2.5), ("通知", 1.0), ("公布", 1.0),
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

# ---------------------------------------------------------------- story clustering

# Different outlets tell one story in different words: fold common synonyms onto one key.
CLUSTER_SYNONYMS: Mapping[str, str] = MappingProxyType({
    "permission": "approval", "authorization": "approval", "authorisation": "approval", "clearance": "approval",
    "approve": "approval", "consent": "approval", "engineer": "researcher", "scientist": "researcher",
    "expert": "researcher", "scholar": "researcher", "academic": "researcher", "specialist": "researcher",
    "overseas": "abroad", "exit": "abroad", "outbound": "abroad", "leave": "abroad", "leaving": "abroad", "trip": "travel", "journey": "travel",
    "firm": "company", "startup": "company", "lure": "poach", "steal": "theft", "prohibit": "ban", "bar": "ban",
    "forbid": "ban", "tighten": "restrict", "curb": "restrict", "limit": "restrict", "restriction": "restrict",
    "artificial": "ai", "intelligence": "ai", "chipmaker": "chip", "semiconductor": "chip", "regulation": "rule",
    "measure": "rule", "requirement": "rule", "policy": "rule", "directive": "rule", "charge": "fee",
    "levy": "fee", "employee": "staff", "personnel": "staff", "worker": "staff", "programme": "program",
    "scheme": "program", "hike": "raise", "increase": "raise", "人工智能": "ai", "科研人员": "researcher",
    "出境": "abroad", "审批": "approval",
    # Pausing, and what is paused: "halts appointments at consulates" is "pauses interviews at embassies".
    "halt": "pause", "suspend": "pause", "freeze": "pause", "appointment": "interview", "consulate": "embassy",
    "consular": "embassy", "screening": "vet", "vetting": "vet", "scrutiny": "vet",
})
# Words that tell nothing about which event a story is (dropped from story features).
CLUSTER_GENERIC: frozenset[str] = words(
    """new report reportedly according news year week month day time people one two three first last told
    statement article recent recently now today yesterday monday tuesday wednesday thursday friday saturday
    sunday percent include including make take get like just many much well way even still since already
    need move plan part amid week's year's told comment comments official officials government country
    countries state national public matter familiar source sources told obtain given give go going become"""
)
# Words every story in this domain shares: they count, but little.
CLUSTER_COMMON: frozenset[str] = words(
    """researcher ai visa travel abroad immigration rule company talent student staff technology tech science
    research program foreign security approval ban restrict policy international top leading key ministry
    department office agency minister"""
) | words(
    # General news prose: verbs, adjectives and nouns any story may use. They start out as common (their
    # weight is learned from the data as items accumulate; this only sets the starting point).
    """able accept access account across act action add added admit advance affect agree aim allow already
    announce annual apply area argue ask assess attend available avoid back base become begin believe benefit
    best big bill board bring build business call case cause certain chang charge chief choose claim clear
    close come comment concern condition confirm consider continue control cost could council count cover
    create critic current cut deal decide decision describ detail develop direct due early effect effort
    employ employer end ensure event expect experience explain extend face fail fall field figure final find
    follow force form former full fund further future general give goal good great group grow handl happen
    head help high hire hold hope however impact import includ increase industry information instead issue
    job join keep kind know large late later launch lead least leave less level likely limit list local long
    look lose low major make manag mark matter mean measure meet member might million billion minister more
    most move must nation near need next note number offer open order organisation organization other own
    part particular pass past pay period person place plan point possible power practical prepar present
    press previous pri problem process produce promis propos protect provide public publish push put question
    quick raise rate reach real reason receive recent recogn reduc reflect region relat releas remain report
    represent request requir respond response result review right rise risk role run say scheme second see
    seek send senior serious service set several share show sign significant similar since small so source
    speak special spend stand start state statement stay step still stop strong such support sure system
    take talk target team tell term test think though threat time told total trade train turn under understand
    union unit update use usual value various view wait want warn way week welcome whether wide win within
    without work world would write year yet""",
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
