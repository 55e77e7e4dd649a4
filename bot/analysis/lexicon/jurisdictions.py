"""Jurisdictions: the governments a rule is attributed to (`JURISDICTION_LIST`, `JURISDICTIONS`: names,
exact forms, demonyms, capitals, bodies, Chinese names) and the phrases that name one without meaning
its government (`NOT_JURISDICTION`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

__all__ = [
    "JURISDICTIONS",
    "JURISDICTION_LIST",
    "NOT_JURISDICTION",
    "SHARED_BODY_NAMES",
    "SHARED_ZH_NAMES",
    "Jurisdiction",
]

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
               "President Trump", "Donald Trump", "=Trump", "President Biden", "Marco Rubio", "Federal Register",
               "National Institutes of Health", "=NIH", "National Science Foundation", "=NSF",
               "Department of Energy", "=DOE", "Immigration and Customs Enforcement", "=ICE",
               "Customs and Border Protection", "=CBP", "Pentagon", "Department of Defense",
               "Office of Science and Technology Policy", "=OSTP",
               # Members of Congress and the agencies outlets name bare ("Congressman Moore introduces").
               "Congressman", "Congresswoman", "House Republicans", "House Democrats", "Senate Republicans",
               "Senate Democrats", "=GOP", "=NASA", "National Aeronautics and Space Administration"),
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
    # "=Polish": case-sensitive, as "polish" is also a verb ("polish the draft").
    _j("PL", "Poland", names=("Poland",), demonyms=("=Polish",), capitals=("Warsaw",), zh=("波兰",)),
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

# --- more jurisdictions and bodies ---
# Macao, and the bodies under whose own names Taiwan, Hong Kong and the Chinese party-state act in the
# news ("the Executive Yuan announced", "中共要求"). Chinese forms are simplified (text is folded).
_MORE_BODIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "TW": ("Executive Yuan", "Legislative Yuan", "Mainland Affairs Council", "National Security Bureau",
           "Investigation Bureau", "Lai Ching-te", "Tsai Ing-wen"),
    "HK": ("=HKSAR", "Hong Kong SAR", "Hong Kong government", "John Lee"),
    # Heads of government and the ministers, agencies and research funders that act in talent-mobility news,
    # and official gazettes and national laws by name (a rule published there is that state's)
    # (surnames alone only where they are not common words or names: "=Merz", not "Wong").
    "US": ("=Trump", "Kristi Noem", "Joseph Edlow", "Howard Lutnick", "=Rubio", "=Vance", "=Biden"),
    "GB": ("=Starmer", "=Sunak", "Peter Kyle", "Liz Kendall", "Home Office minister", "Migration Advisory Committee"),
    "CA": ("=Carney", "=Trudeau", "Marc Miller", "Lena Diab", "Sean Fraser", "=NSERC", "=SSHRC", "=CIHR",
           "Natural Sciences and Engineering Research Council", "Immigration Minister Marc Miller", "Canada Gazette"),
    "AU": ("=Albanese", "Jason Clare", "Tony Burke", "Clare O'Neil", "Andrew Giles", "Australian Research Council",
           "Department of Home Affairs"),
    "DE": ("=Merz", "=Scholz", "Bundesregierung", "Dorothee Bär", "Bettina Stark-Watzinger", "Nancy Faeser",
           "Alexander Dobrindt", "=DFG", "German Research Foundation", "Deutsche Forschungsgemeinschaft", "=DAAD",
           "Humboldt Foundation", "Alexander von Humboldt Foundation", "Federal Employment Agency"),
    "FR": ("=CNRS", "=OFII", "=ANR", "Matignon", "Philippe Baptiste", "Bruno Retailleau", "French government"),
    "NL": ("=IND", "Immigration and Naturalisation Service", "=NWO", "=Schoof", "=Rutte"),
    "NO": ("=UDI", "Norwegian Directorate of Immigration", "Research Council of Norway", "=Støre"),
    "SE": ("Migrationsverket", "Swedish Migration Agency", "=Kristersson"),
    "DK": ("=Frederiksen", "Danish Immigration Service", "=SIRI"),
    "NZ": ("=Luxon", "Erica Stanford"),
    "TR": ("Erdoğan", "Erdogan"),
    "KR": ("Lee Jae-myung", "Yoon Suk Yeol", "Korea Immigration Service", "National Research Foundation of Korea",
           "Ministry of Justice of Korea", "Yongsan", "Blue House"),
    "JP": ("=JSPS", "=JST", "Japan Society for the Promotion of Science", "Japan Science and Technology Agency",
           "Kantei", "Justice Ministry of Japan", "Shigeru Ishiba", "Sanae Takaichi"),
    "CN": ("=NSFC", "National Natural Science Foundation of China", "Chinese Academy of Sciences",
           "Ministry of Education of China", "Ministry of Human Resources and Social Security"),
    "SG": ("Lawrence Wong", "Tan See Leng", "Ministry of Manpower", "=MOM", "Immigration and Checkpoints Authority",
           "Agency for Science, Technology and Research", "=EDB", "Economic Development Board"),
    "ES": ("Pedro Sánchez", "Pedro Sanchez", "Moncloa", "Ministry of Science, Innovation and Universities",
           "Boletín Oficial del Estado", "Reglamento de Extranjería", "Ley de Extranjería"),
    "IT": ("=Meloni", "Palazzo Chigi", "Anna Maria Bernini", "Decreto Flussi"),
    "IN": ("=Modi", "=SERB", "=ANRF", "Anusandhan National Research Foundation", "Ministry of Home Affairs of India",
           "Gazette of India"),
    "ID": ("=Prabowo", "=Jokowi"),
    "MY": ("Anwar Ibrahim", "TalentCorp"),
    "SA": ("Mohammed bin Salman", "=MBS"),
    "AE": ("Mohammed bin Rashid", "Federal Authority for Identity", "=ICP", "=GDRFA"),
    "BR": ("=Lula",), "AR": ("=Milei",), "MX": ("=Sheinbaum",), "HU": ("=Orbán", "=Orban"), "PL": ("=Tusk",),
    "UA": ("=Zelensky", "=Zelenskyy", "Verkhovna Rada"), "IL": ("=Netanyahu",),
    "RU": ("=Mishustin", "State Duma", "=Duma", "Ministry of Science and Higher Education"),
})
# Provinces, states and big cities that run their own schemes and rules (a provincial recruitment fund,
# a state law on hiring foreign researchers): the taxonomy names the country. Listed as capitals: weak
# alone, the actor when a rule verb follows ("Quebec creates a fund", "Shanghai has launched").
_SUBNATIONAL: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "CA": ("Quebec", "Québec", "Ontario", "Alberta", "Nova Scotia", "Manitoba", "Saskatchewan"),
    "US": ("Texas", "Florida", "California", "Ohio", "Arkansas", "Tennessee"),
    "AU": ("Queensland", "Western Australia", "South Australia"),
    "CN": ("Shanghai", "Shenzhen", "Guangdong", "Zhejiang", "Jiangsu", "Hangzhou", "上海", "深圳", "广东", "浙江"),
    "DE": ("Bavaria", "Bayern", "Baden-Württemberg", "North Rhine-Westphalia"),
    "IN": ("Karnataka", "Maharashtra", "Tamil Nadu", "Kerala"),
    "GB": ("Scottish Government", "Welsh Government"),
    "ES": ("Catalonia", "Catalunya", "Basque Country", "Comunidad de Madrid"),
    "AE": ("Dubai",),
})
_MORE_ZH: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "CN": ("中共", "中共当局", "北京当局", "大陆当局", "中国大陆", "中国政府", "国家移民局"),
    "TW": ("行政院", "立法院", "陆委会", "大陆委员会", "国安局", "法务部调查局", "台湾政府"),
    "HK": ("香港特区政府", "特区政府", "入境事务处", "入境处"),
})
JURISDICTION_LIST = (
    *(replace(j, bodies=j.bodies + _MORE_BODIES.get(j.code, ()), zh=j.zh + _MORE_ZH.get(j.code, ()),
              capitals=j.capitals + _SUBNATIONAL.get(j.code, ()))
      for j in JURISDICTION_LIST),
    _j("MO", "Macao", names=("Macao", "Macau"),
       bodies=("Macao SAR", "Macau SAR", "Macao Special Administrative Region", "Macau Special Administrative Region"),
       zh=("澳门", "澳门特区政府", "澳门特别行政区")),
)

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

# Chinese names both Beijing and Taipei use for their own state and ministries ("我國" is "our country"
# in either; both have a 教育部 and a 外交部): whose they are is told by the other states the text names
# (jurisdiction.py). Listed in simplified script, as the matchers fold traditional onto it.
SHARED_ZH_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "我国": ("CN", "TW"), "教育部": ("CN", "TW"), "外交部": ("CN", "TW"), "科技部": ("CN", "TW"),
})
# English names of bodies several states give theirs (Canberra's and Pretoria's Department of Home Affairs), as
# listed in JURISDICTION_LIST: whose they are is told by the states the text names, as for SHARED_ZH_NAMES.
SHARED_BODY_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "Department of Home Affairs": ("AU", "ZA"),
})
