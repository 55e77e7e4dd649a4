"""Question answering (bot/analysis/qa/): the words that shape a question, the kinds of fact it asks
for, synonyms of questions and answers, heads of noun phrases, and the forms of dates, units,
currencies, shares, penalties and counters for answering across languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis.normalization import words

__all__ = [
    "QA_AMOUNT_VERBS",
    "QA_AUXILIARIES",
    "QA_EVENT_VERBS",
    "QA_FAMILY_SUFFIXES",
    "QA_GENERIC_MODIFIERS",
    "QA_HEAD_QUALIFIERS",
    "QA_HEAD_STOP",
    "QA_KIND_NOUNS",
    "QA_LANGUAGE_NAMES",
    "QA_LIGHT_WORDS",
    "QA_META_WORDS",
    "QA_MODIFIERS",
    "QA_NOT_MEASURES",
    "QA_PEOPLE_AT_LARGE",
    "QA_PEOPLE_HEADS",
    "QA_PEOPLE_NOUNS",
    "QA_PLACE_HEADS",
    "QA_POLAR_ADVERBS",
    "QA_QUANTITY_NOUNS",
    "QA_QUESTION_WORDS",
    "QA_RELATED_LABELS",
    "QA_SYNONYM_GROUPS",
    "QA_WHEN_WORDS",
    "QA_XL_CLASS_WORDS",
    "QA_XL_COUNTED",
    "QA_XL_COUNTERS",
    "QA_XL_CURRENCIES",
    "QA_XL_EFFECT",
    "QA_XL_FURNITURE_LABELS",
    "QA_XL_MAGNITUDES",
    "QA_XL_MONTHS",
    "QA_XL_NUMBER_MARKS",
    "QA_XL_NUMBER_NAMES",
    "QA_XL_NUMBER_WORDS",
    "QA_XL_PENALTY",
    "QA_XL_PER",
    "QA_XL_PERCENT",
    "QA_XL_SAID_AFTER",
    "QA_XL_SHARE_JOINS",
    "QA_XL_TIME_UNITS",
    "QA_ZH_QUESTION_CHARS",
]

# ---------------------------------------------------------------- question answering

# Words that shape the question but need not appear in the answer.
QA_QUESTION_WORDS: frozenset[str] = words(
    """who whom whose what when where why how which does do did is are was were will would can could should
    this that these those it its story article news report source sources tell me please about exactly
    one anyone anybody someone thing things kind happen happens happened mean means many much often there
    any long far soon quickly advance ahead mentioned named listed get gets last brought bring make made
    give given available exist exists now currently today meant designed intended supposed big large
    high low size must should shall may might ought"""
)
# Generic words of questions about a rule: used for ranking, not required in the answer.
QA_META_WORDS: frozenset[str] = words(
    """affect affects affected affecting impact impacts impacted apply applies applied cover covers covered
    target targets targeted change changes changed new rule rules policy policies measure measures law
    laws effect effective start starts begin begins take takes come comes force date time people person
    reason reasons happen say says said announce announced restriction restrictions requirement
    requirements plan plans impose imposed imposing introduce introduced adopt adopted create created
    issue issued implement implemented enforce enforced cite cited cites mention single singled identify
    identified highlight highlighted refer referred quote quoted decision decisions move moves step
    steps action actions"""
)
# Words of a "when" question that ask for the date, not what it is of: "since when", "until when", "be in
# place", "take place" (kept out of QA_KIND_NOUNS, which also tell a question's kind: "Where will it take place?").
QA_WHEN_WORDS: frozenset[str] = words("since until place")
# Words that only grade what is asked ("the maximum penalty", "the new minimum salary", "roughly what").
QA_MODIFIERS: frozenset[str] = words(
    """maximum minimum most least highest lowest total overall current exact precise still yet already also
    too ever again exactly actually really currently precisely specifically originally first at all
    longer anymore newly recently final finally original originally initial initially former previous
    roughly approximately approximate nearly almost"""
)
# Adverbs a yes-or-no answer often repeats ("Can they still apply?" - "may still submit").
QA_POLAR_ADVERBS: tuple[str, ...] = (
    "still", "also", "yet", "already", "ever", "too", "again", "any longer", "anymore",
)
# Question words that say which kind of fact is wanted (a small hand-written lexicon). "What is the
# fee?", "What will it cost?" and "How much will be spent?" all want an amount; these words are the
# kind, not the subject, so an answer need not repeat them ("$100,000 for each new petition").
QA_KIND_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType({
    "amount": words(
        """fee fees cost costs price prices charge charges salary salaries wage wages income pay threshold
        thresholds budget funding money sum amount levy bar floor capital investment loss losses"""
    ),
    "when": words("date dates deadline deadlines day"),
    "duration": words("duration validity length period valid last lasts run runs take takes fast quickly soon"),
    "count": words("number numbers"),
    "change": words("percentage percentages percent proportion margin factor"),
    "penalty": words(
        """penalty penalties punishment punishments sanction sanctions consequence consequences fine fines
        prison jail sentence"""
    ),
    "why": words(
        """reason reasons purpose purposes aim goal rationale motive prompted prompt prompts caused cause
        causes triggered trigger triggers led drove drive drives motivated sparked spurred behind explains
        worried worry worries concerned"""
    ),
    "where": words("place location venue"),
})
# Verbs that ask for an amount: "What will it cost?", "How much will be spent?".
QA_AMOUNT_VERBS: frozenset[str] = words(
    "cost costs spend spent spending pay paid pays charge charged earn earns invest invested"
)
# Words a question and its answer use interchangeably in this domain (each side maps to the others).
QA_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("fee", "charge", "cost", "pay", "levy", "price"),
    ("start", "begin", "open", "launch", "effect", "from", "apply", "available", "live"),
    ("valid", "last", "duration", "validity", "period"),
    ("threshold", "minimum", "floor", "bar", "requirement", "salary", "income"),
    ("salary", "income", "wage", "pay", "earn"),
    ("lawsuit", "suit", "challenge", "plaintiff", "sought", "sue", "court", "injunction", "case"),
    ("accuse", "charge", "allege", "allegedly", "indictment", "prosecutor"),
    ("hope", "aim", "expect", "target", "want", "goal", "plan"),
    ("attract", "bring", "recruit", "draw", "lure", "win"),
    ("priority", "prioritise", "prioritize", "focus"),
    ("exempt", "exemption", "spare", "except", "exclude"),
    ("fund", "funding", "money", "grant", "budget", "spend", "package", "allocate", "invest"),
    ("stay", "remain", "live", "work", "come"),
    ("student", "graduate", "applicant"),
    ("study", "enrol", "enroll", "enrolment", "attend"),
    ("country", "nation", "state"),
    ("role", "occupation", "job", "position", "vacancy"),
    ("trip", "travel", "journey", "visit", "leave", "abroad"),
    ("declare", "report", "notify", "submit"),
    ("restriction", "restrict", "curb", "limit", "ban", "control", "rule"),
    ("research", "science", "scientific"),
    ("company", "firm", "employer", "business"),
    ("screen", "vet", "vetting", "check", "scrutiny", "assess"),
    ("pause", "halt", "freeze", "suspend", "stop"),
    ("researcher", "scientist", "academic", "scholar", "engineer", "specialist", "expert", "physicist"),
    ("fast", "express", "quick", "speed", "expedite", "accelerate"),
    ("track", "lane", "route", "procedure", "pathway", "stream"),
    ("process", "review", "handle", "decide", "examine"),
    ("review", "reassess", "reassessment", "revisit", "reconsider", "reevaluate", "reexamine"),
    ("run", "administer", "manage", "operate", "oversee", "lead"),
    ("government", "administration", "department", "ministry", "authorities", "officials", "cabinet"),
    ("sector", "industry", "field", "services", "area"),
    ("raise", "rise", "increase", "lift", "hike", "higher"),
    ("lower", "cut", "reduce", "decrease", "ease"),
    ("shortage", "shortfall", "gap", "lack"),
    ("penalty", "fine", "punish", "sanction", "prison", "disciplinary"),
    ("refuse", "reject", "deny", "decline", "turn"),
    ("top-up", "extra", "additional", "supplement"),
    ("permanent", "settle", "residence", "resident", "residency"),
    ("speak", "present", "address", "unveil"),
    ("people", "person", "staff", "employee", "worker", "personnel"),
    ("next", "will", "plan"),
    ("place", "slot", "seat", "spot", "allocation"),
    ("parliament", "legislation", "legislative", "lawmaker", "congress", "bill", "statute", "legislature"),
    ("drop", "withdraw", "scrap", "revoke", "rescind", "abandon", "terminate", "cancel", "repeal", "reverse",
     "end"),
    ("refugee", "asylum", "protection"),
    ("campaign", "oppose", "opponent", "critic", "criticise", "criticize", "criticism", "lobby", "protest",
     "backlash", "pushback", "condemn"),
    ("renew", "renewal", "extend", "extension", "prolong"),
    ("stop", "prevent", "curb", "deter", "counter", "combat", "block", "avoid"),
    ("worry", "fear", "concern", "risk", "threat", "danger"),
    ("tell", "instruct", "instruction", "urge", "advise", "ask", "direct", "direction", "warn", "guidance", "order"),
    ("ban", "prohibit", "bar", "forbid", "discourage", "barred", "stop"),
    ("formal", "official", "officially", "written", "writing", "document", "documented"),
    ("defendant", "accused", "indict", "suspect"),
    ("outlet", "newspaper", "media", "journal", "paper", "report"),
    ("cite", "mention", "name", "list", "identify", "refer"),
    ("replace", "successor", "instead", "substitute"),
    ("option", "choice", "alternative"),
    ("respond", "response", "comment", "reply", "react"),
    ("lift", "resume", "restore", "reinstate", "reopen"),
    ("need", "require", "requirement", "mandatory", "oblige", "must"),
    ("allow", "permit", "let", "eligible", "entitle"),
    ("eligible", "eligibility", "qualify", "open"),
    ("leave", "left", "quit", "retire", "resign", "depart", "exit"),
    ("job", "employment", "work", "post"),
    ("judge", "court", "ruling", "rule"),
    ("age", "aged", "old", "young", "younger", "older"),
    ("degree", "bachelor", "master", "doctorate", "qualification", "diploma"),
    ("lose", "retain", "keep", "loss"),
    ("offer", "provide", "give", "grant"),
    ("hit", "impact", "affect"),
    ("behaviour", "behavior", "conduct", "practice"),
    ("fall", "drop", "decline", "decrease", "reduce", "cut", "shrink"),
    ("document", "letter", "certificate", "attestation", "paperwork", "form", "proof", "evidence"),
    ("field", "area", "discipline", "subject", "domain"),
    ("body", "organisation", "organization", "institution", "entity", "agency", "institute"),
    ("detail", "specifics", "condition", "criteria", "eligibility", "requirement"),
    ("number", "figure", "total", "level"),
    ("commit", "pledge", "promise", "target"),
    ("share", "provide", "disclose", "submit", "notify", "declare"),
    ("meeting", "meet", "contact", "conference"),
    ("spouse", "family", "dependant", "dependent", "partner", "child", "children"),
    ("approve", "grant", "accept", "issue"),
    ("run", "continue", "ongoing", "operate"),
    ("announce", "unveil", "present", "publish", "release", "introduce", "reveal"),
    ("lay", "laid", "table", "introduce"),
    ("float", "propose", "suggest", "proposal", "idea"),
    ("sign", "signature", "decree"),
    # irregular forms the stemmer does not join
    ("steal", "stole", "stolen", "theft"),
    ("go", "going", "went", "gone"),
    ("rise", "rose", "risen", "raise", "increase", "hike"),
    ("lead", "led", "leading", "spearhead", "head"),
    ("pay", "paid", "payment"),
    ("hold", "held"),
    ("seize", "confiscate", "hold", "surrender", "hand", "handover"),
    ("tech", "technology", "technological"),
    ("begin", "began", "begun"),
    ("take", "took", "taken"),
    ("give", "gave", "given"),
    ("freeze", "froze", "frozen", "pause", "halt", "suspend"),
    ("know", "known", "knew", "disclose", "announce", "specify", "clear"),
    ("tell", "told", "instruct", "urge", "advise"),
    ("hire", "hiring", "recruit", "employ"),
    ("restart", "resume", "reopen", "restore"),
    ("add", "include", "expand", "extend"),
    ("add", "adding", "addition", "additional"),
    ("entry", "enter", "entrant", "admit", "admission"),
    ("fix", "solve", "address", "tackle", "problem", "mitigate", "remedy", "resolve"),
    ("lean", "rely", "reliant", "depend", "dependent"),
    ("hurt", "hit", "suffer", "harm", "damage"),
    ("stop", "end", "halt"),
    ("complaint", "complain", "criticise", "criticize", "criticism", "accuse"),
    ("object", "objection", "oppose", "opposition"),
    ("fast", "faster", "quick", "quicker", "speedy", "expedite", "swift"),
    ("expect", "likely", "anticipate", "predict", "forecast"),
    ("book", "booked", "schedule", "appointment"),
    ("cap", "limit", "ceiling", "quota"),
    ("keep", "kept", "retain"),
    ("document", "passport", "papers"),
    ("expose", "exposed", "vulnerable"),
    ("formally", "officially", "formal", "official"),
    ("delay", "postpone", "defer", "push"),
    ("annual", "annually", "year", "yearly"),
    ("strike", "struck", "vacate", "invalidate", "overturn", "annul"),
    ("attend", "participate", "join", "present"),
    ("foreign", "overseas", "international", "external"),
    ("easier", "easy", "simplify", "simplified", "simpler", "streamline", "streamlined"),
    ("switch", "move", "shift", "transition"),
    ("float", "announce", "propose", "suggest"),
)
# Chinese question and function characters: no words of the question's own.
QA_ZH_QUESTION_CHARS: frozenset[str] = frozenset("哪些谁什么何时候为多少吗呢是的了怎样么么吧请问这个此嗎誰麼時為這個幾甚")
# Question words after which the words of a noun phrase begin: "how many <H-1B visas> were issued".
QA_HEAD_STOP: frozenset[str] = words(
    """are is was were do does did will would can could have has had must should may might get gets of in
    at for to from with on by be been being the a an that this these those their its"""
)
# Words after a people noun that begin saying which ones: "Which engineers are included?" -
# "engineers *in the fields of* computer science", "specialists *in* AI", "researchers *who* hold ...".
QA_HEAD_QUALIFIERS: tuple[str, ...] = (
    "in", "from", "with", "who", "whose", "holding", "working", "specialising", "specializing", "specialised",
    "specialized", "such as", "including", "like", "at", "of", "on",
)
# Words before a head noun that do not say which one ("new rules", "other countries").
QA_GENERIC_MODIFIERS: frozenset[str] = words(
    """new other some many all any more most such certain these those several various own same"""
)
# Auxiliaries: "Who is ...?" is no "Who <did something>?".
QA_AUXILIARIES: frozenset[str] = words(
    """is are was were does do did has have had will would can could should must may might"""
)
# Verbs and adverbs of general meaning: a question may use them where its answer says something else
# ("What do applicants get?" - "Applicants receive ..."), so their absence from the sources says little.
QA_LIGHT_WORDS: frozenset[str] = words(
    """go going goes went put set get gets got keep let make makes do does doing did take give have has
    need needs use see look come else like back side extra way thing things well sort hold try later
    wider besides along something someone anything every any offer offers provide provides happen happened
    treat treated deal separately first now ever hard big must should shall may might pre post non anti
    co re sub self full entire whole complete used find term base based basis become becomes became
    gave took came kept beyond alongside behind instead member members sit sits sat
    需 要 做"""
)
# Verbs of a one-off event: "When was it announced?" wants the date next to the announcing.
QA_EVENT_VERBS: frozenset[str] = words(
    """announce impose introduce adopt create issue implement enforce unveil sign publish present propose
    approve pass launch lift confirm release file lay laid float revoke withdraw suspend reverse end"""
)
# Nouns of a figure: "What was the 2025 cap?" asks for a number.
QA_QUANTITY_NOUNS: frozenset[str] = words(
    """cap caps limit limits quota quotas target total figure figures ceiling share percentage proportion
    rate"""
)
# "How many people ...?": the counted are people.
QA_PEOPLE_HEADS: frozenset[str] = words("people person persons who individuals")
# People named by age, sex or kin, not by their work: "men aged 18 to 22", "spouses and children".
QA_PEOPLE_AT_LARGE: frozenset[str] = words(
    """men women children minors adults individuals persons residents families spouses partners dependants
    dependents relatives youths teenagers pensioners retirees"""
)
# "Which students ...?" asks who, not which.
QA_PEOPLE_NOUNS: frozenset[str] = words(
    """researchers scientists engineers students academics scholars workers employees staff professionals
    experts specialists graduates applicants holders migrants founders men women people physicists
    doctors nationals citizens candidates fellows postdocs"""
)
# "Which countries ...?" is answered by places.
QA_PLACE_HEADS: frozenset[str] = words(
    """country countries city cities place places nation nations region regions"""
)
# Amount words that name no kind of amount: "How much money ...?" may be answered by any sum.
QA_NOT_MEASURES: frozenset[str] = words("amount sum money bar floor pay")
# Endings that make a word of the same family of a short stem ("sign" -> "signer", not "significant").
QA_FAMILY_SUFFIXES: frozenset[str] = words(
    """er ers or ors al ally ly ion ions ment ments ure ures ance ence ive ity ist ists ian ians ee ees"""
)


# --- question answering across languages ---
# A question in English about an article in another language is answered by the kind of fact it asks
# for, which any language writes with digits and a few words: month names, units of time, currencies,
# shares, counters. Forms are lower-case and comma-separated; a trailing "*" allows any ending; forms in
# scripts without spaces or with combining marks (CJK, Devanagari, Tamil, Arabic, Thai) match anywhere.
QA_XL_MONTHS: str = (
    # fr, de, es, it, pt, nl, no/da/sv, id, tr, pl, ru, uk
    "janvier, février, fevrier, mars, avril, mai, juin, juillet, août, aout, septembre, octobre, novembre, "
    "décembre, januar, jänner, februar, märz, april, juni, juli, august, september, oktober, november, dezember, "
    "enero, febrero, marzo, abril, mayo, junio, julio, agosto, septiembre, setiembre, octubre, noviembre, "
    "diciembre, gennaio, febbraio, aprile, maggio, giugno, luglio, settembre, ottobre, dicembre, janeiro, "
    "fevereiro, março, maio, junho, julho, setembro, outubro, dezembro, januari, februari, maart, mei, "
    "augustus, desember, marts, maj, augusti, maret, agustus, ocak, şubat, nisan, mayıs, haziran, temmuz, "
    "ağustos, eylül, kasım, aralık, stycznia, lutego, marca, kwietnia, maja, czerwca, lipca, sierpnia, "
    "września, października, listopada, grudnia, январ*, феврал*, март, марта, апрел*, май, мая, июн*, июл*, "
    "август*, сентябр*, октябр*, ноябр*, декабр*, січня, лютого, березня, квітня, травня, червня, липня, "
    "серпня, вересня, жовтня, листопада, грудня, "
    # hi, mr, ta, ar, th
    "जनवरी, फ़रवरी, फरवरी, मार्च, अप्रैल, अप्रॅल, जून, जुलाई, अगस्त, सितंबर, सितम्बर, अक्टूबर, अक्तूबर, नवंबर, "
    "नवम्बर, दिसंबर, दिसम्बर, जानेवारी, फेब्रुवारी, एप्रिल, जुलै, ऑगस्ट, सप्टेंबर, ऑक्टोबर, नोव्हेंबर, डिसेंबर, "
    "ஜனவரி, பிப்ரவரி, மார்ச், ஏப்ரல், ஜூன், ஜூலை, ஆகஸ்ட், செப்டம்பர், அக்டோபர், நவம்பர், டிசம்பர், يناير, فبراير, "
    "مارس, أبريل, مايو, يونيو, يوليو, أغسطس, سبتمبر, أكتوبر, نوفمبر, ديسمبر, มกราคม, กุมภาพันธ์, มีนาคม, "
    "เมษายน, พฤษภาคม, มิถุนายน, กรกฎาคม, สิงหาคม, กันยายน, ตุลาคม, พฤศจิกายน, ธันวาคม"
)
# Units of time after a number: "ein Jahr lang", "в течение пяти рабочих дней", "5年以内", "3년 이상".
QA_XL_TIME_UNITS: str = (
    "an, ans, année*, mois, semaine*, jour, jours, jahr, jahre, jahren, jahres, monat*, woche*, tag, tage, "
    "tagen, werktag*, año, años, mes, meses, semana*, día, días, anno, anni, mese, mesi, settiman*, giorn*, "
    "ano, anos, mês, dia, dias, jaar, jaren, maand*, week, weken, dag, dagen, år, året, årene, måned*, månad*, "
    "uke, uker, vecka, veckor, uge, uger, dager, dagar, dage, yıl*, hafta*, gün*, rok, roku, lata, lat, "
    "miesiąc*, miesięcy, tygodni*, tydzień, dni, tahun, bulan, minggu, hari, năm, tháng, tuần, ngày, год, "
    "года, годам, годом, году, лет, месяц*, недел*, день, дня, дней, суток, рік, роки, років, місяц*, тижн*, "
    "дні, днів, "
    "वर्ष, साल, महीन*, दिन, सप्ताह, हफ्त*, हफ़्त*, आठवड*, ஆண்டு*, மாத*, நாட்*, வார*, سنة, سنوات, عام, أعوام, "
    "شهر, أشهر, يوم, أيام, أسبوع*, ปี, เดือน, สัปดาห์, วัน, vuosi, vuoden, vuotta, vuodeksi, kuukau*, päivä*, "
    "viikko*, viikon, שנים, שנה, חודשים, חודש, ימים, שבועות, "
    "年, 年間, か月, ヶ月, カ月, ケ月, 个月, 個月, 天, 日間, 周, 週間, 星期, 년, 년간, 개월, 일간, 주"
)
# Money after (or before) a number: "hasta 45 millones de euros", "८० करोड़ रुपए", "1억4986만원".
QA_XL_CURRENCIES: str = (
    "euro, euros, eur, евро, євро, dollar*, dólar*, dolar*, доллар*, долар*, usd, yen, yuan, renminbi, rmb, "
    "pfund, livre*, libra*, sterling, фунт*, franc*, frank*, франк*, kron*, krone*, kr, крон*, złot*, zł, рубл*, "
    "руб, гривн*, rupia*, rupie*, rupiah, рупи*, lira, lire, лир*, ringgit, peso*, real, reais, shekel*, "
    "шекел*, won, baht, riyal*, dirham*, "
    "रुपए, रुपये, रुपया, रुपयांचा, रुपय*, ரூபாய், டாலர், دولار, يورو, ريال, درهم, บาท, ดอลลาร์, "
    "円, 元, ドル, ユーロ, 美元, 欧元, 歐元, 日元, 英镑, 英鎊, 港元, 港币, 港幣, 人民币, 人民幣, 新台币, 新台幣, "
    "澳元, 澳币, 澳幣, 加元, 加币, 加幣, 新元, 新币, 新幣, 纽元, 紐元, 韩元, 韓元, 卢布, 盧布, 泰铢, 泰銖, 瑞郎, "
    "달러, 유로, 엔, 위안, 원"
)
# Words of a large number, between a number and its currency: "45 millones de euros", "80 करोड़".
QA_XL_MAGNITUDES: str = (
    "million*, millón, millones, milione, milioni, milhão, milhões, miljoen*, miljon*, milion*, milliard*, "
    "miliardo, miliardi, mil, tausend, миллион*, млн, миллиард*, млрд, тысяч*, тыс, мільйон*, мільярд*, "
    "juta, miliar, triệu, tỷ, "
    "करोड़, करोड, कोटी, लाख, லட்சம், கோடி, مليون, مليار, ล้าน, 万, 萬, 億, 亿, 千, 百万, 兆, 만, 억, 천, 조"
)
# "Each", "per", "a year" in other languages: a figure for one of many or for one year ("cada beneficiario
# recibirá ...", "매년", "每年").
# Labels of a page's stamp lines ("发布 : 2025-5-29 来源 : 明报", "出典：", "입력 :"), followed by a colon: a page's
# date or source, never a statement.
QA_XL_FURNITURE_LABELS: str = (
    "发布, 發布, 发布时间, 發布時間, 来源, 來源, 编辑, 編輯, 责任编辑, 責任編輯, 作者, 出典, 配信, 配信日, 更新, 更新日, "
    "掲載, 掲載日, 投稿日, 입력, 수정, 출처, 작성, 등록, source, quelle, fuente, fonte, источник, опубликовано"
)
# Labels of a page's list of links to other stories ("관련 키워드", "相关阅读", "Lesen Sie auch"): a sentence
# holding one has run together with the headlines of other stories, and is no statement of this one.
QA_RELATED_LABELS: str = (
    "관련 키워드, 관련키워드, 관련 기사, 관련기사, 많이 본 뉴스, 相关阅读, 相關閱讀, 相关新闻, 相關新聞, 延伸阅读, "
    "延伸閱讀, 关联阅读, 関連記事, 関連ニュース, related articles, related stories, read more:, also read:, "
    "à lire aussi, lire aussi :, lesen sie auch, mehr zum thema, leia também, leia mais:, lee también, "
    "te puede interesar, читайте также, по теме:"
)
# Words right before a number that make it a name or a rank, not a count: an article or clause ("第101条",
# "제7조", "Art. 3", "статья 5", "§ 4", "№ 30"), a rank ("前1,500名大學": the top 1,500 universities).
# The marks of Chinese, Japanese and Korean stand right before the number, the words before it or a space.
QA_XL_NUMBER_MARKS: str = "第제前"
QA_XL_NUMBER_NAMES: str = (
    "№, §, no., nr., art., artikel, article, artículo, articolo, artigo, статья, статьи, статьей, ст., "
    "stk., punkt, numéro, número, numero, nummer"
)
# Words right after a date that make it the day something was said or reported ("23일 법조계에 따르면",
# "3月19日引述", "le 5 mars, selon", "am Montag laut"): not when anything happens.
QA_XL_SAID_AFTER: str = (
    "에 따르면, 따르면, 밝혔다, 말했다, 발표했다, 보도했다, 引述, 援引, 表示, 报道, 報道, 称, 稱, 指出, によると, 発表した, 述べた, "
    "selon, d'après, laut, zufolge, según, secondo, segundo, volgens, ifølge, enligt, по данным, по словам, "
    "сообщил*, заявил*, сказал*, сообщает, пишет"
)
QA_XL_PER: str = (
    "chaque, par personne, par an, par mois, jeweils, je, pro, jährlich*, cada, por persona, al año, anual*, "
    "ogni, ciascun*, all'anno, annu*, per persona, elke, per jaar, jaarlijks*, hver, hvert, per år, årlig*, "
    "varje, каждый, каждая, каждое, каждому, каждого, каждой, на человека, в год, в месяц, ежегодн*, "
    "кожен, кожному, кожного, щорічн*, 每, 各, 人均, 年均, 1人当たり, 1人あたり, 一人当たり, 年間, 毎年, 각, 1인당, "
    "인당, 매년, 연간, 해마다, प्रति, हर, सालाना, वार्षिक"
)
# A share: "56,7%", "uno de cada tres", "20 Prozent".
QA_XL_PERCENT: str = (
    "pour cent, prozent, por ciento, per cento, por cento, procent, prosent, procento, procentu, pct, proc, процент*, "
    "відсот*, yüzde, persen, phần trăm, प्रतिशत, टक्के, சதவீத*, بالمئة, في المئة, เปอร์เซ็นต์, パーセント, 퍼센트, "
    "百分之"
)
# "one in three": the words between the two numbers of a share.
QA_XL_SHARE_JOINS: str = "de cada, sur, su, em cada, op de, av, af, von, из, з, na, 중, のうち"
# Words that say a date is when something starts or takes effect ("вступил в силу с 11 декабря", "ab 1. Juni",
# "2025年5月16日に施行"): for "When does it take effect?" such a date beats any other.
QA_XL_EFFECT: str = (
    "en vigueur, entre en vigueur, entrera en vigueur, à partir, a partir, dès, in kraft, tritt, treten, ab, "
    "en vigor, entra en vigor, entrará en vigor, desde, in vigore, dal, dalla, em vigor, in werking, vanaf, "
    "i kraft, ikraft*, trer i kraft, träder i kraft, fra og med, från och med, fra, från, от, с, со, "
    "вступ* в силу, вступает, вступит, начн*, набира* чинності, набуде чинності, з, od, wchodzi w życie, "
    "yürürlüğe, itibaren, mulai berlaku, berlaku, có hiệu lực, "
    "施行, 生效, 实施, 實施, 起, から, 開始, 开始, 始め, 始ま, 시행, 부터, 발효, लागू, से, முதல், اعتبارا, ابتداء"
)
# What happens to those who do not comply: fines, prison terms, dismissal, a document cancelled.
QA_XL_PENALTY: str = (
    "amende*, peine*, prison, emprisonnement, sanction*, licenci*, révoqu*, annulé*, condamn*, strafe*, "
    "geldstrafe*, haft*, freiheitsstrafe*, gefängnis*, sanktion*, entlass*, kündig*, widerruf*, entzogen, "
    "verurteil*, bußgeld*, multa*, sanción, sanciones, cárcel, prisión, pena, penas, despid*, revoca*, anula*, "
    "condena*, sanzion*, carcere, reclusione, licenzia*, annulla*, condanna*, sanção, sanções, prisão, demiti*, "
    "revoga*, boete*, sanctie*, gevangenis*, ontslag*, intrekking, veroordeel*, bot, bøter, böter, straff*, "
    "fengsel*, fängelse, sanksjon*, oppsig*, avskjed*, inndrag*, tilbakekall*, dømt, grzywn*, więzieni*, "
    "sankcj*, zwolni*, unieważni*, штраф*, наказани*, лишени* свободы, колони*, тюрьм*, заключени*, санкци*, "
    "уволи*, увольн*, аннулир*, приговор*, покаранн*, позбавлення волі, в'язниц*, звільн*, анулю*, вирок*, "
    "ceza*, hapis*, iptal, "
    "जुर्माना, सज़ा, सजा, कैद, जेल, बर्खास्त, रद्द, "
    "罚款, 罰款, 处罚, 處罰, 处分, 處分, 判处, 判處, 有期徒刑, 监禁, 監禁, 开除, 開除, 解雇, 吊销, 吊銷, 注销, 註銷, "
    "作废, 作廢, 罰金, 罰則, 懲役, 禁錮, 処分, 取り消, 失効, 벌금, 처벌, 징역, 징계, 해고, 취소, 무효"
)
# Small numbers written as words (a duration or a sum is as often "one year" as "1 year").
QA_XL_NUMBER_WORDS: str = (
    "un, une, deux, trois, quatre, cinq, six, sept, huit, neuf, dix, douze, quinze, vingt, trente, cent, mille, "
    "ein, eine, einen, einem, einer, eines, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, zwölf, "
    "zwanzig, dreißig, hundert, uno, una, dos, tres, cuatro, cinco, seis, siete, ocho, nueve, diez, doce, "
    "quince, veinte, treinta, cien, ciento, due, tre, quattro, cinque, sei, sette, otto, nove, dieci, dodici, "
    "quindici, venti, trenta, cento, um, uma, dois, duas, três, sete, oito, dez, vinte, cem, een, twee, drie, "
    "vijf, zes, zeven, negen, tien, twaalf, twintig, honderd, duizend, én, ett, et, ei, to, två, fire, fyra, "
    "fem, seks, sju, syv, åtte, åtta, otte, ni, nio, ti, tio, tolv, tjue, tjugo, tyve, hundre, hundra, tusen, "
    "jeden, jedna, dwa, dwie, trzy, cztery, pięć, sześć, siedem, osiem, dziewięć, dziesięć, bir, iki, üç, "
    "dört, beş, altı, yedi, sekiz, dokuz, один, одна, одно, одного, одной, одному, два, две, двух, три, трёх, "
    "трех, четыре, четырёх, четырех, пять, пяти, шесть, шести, семь, семи, восемь, восьми, девять, девяти, "
    "десять, десяти, двенадцат*, пятнадцат*, двадцат*, тридцат*, сто, один, одна, два, дві, двох, три, "
    "трьох, чотири, п'ять, п’ять, шість, сім, вісім, дев'ять, десять, "
    "एक, दो, तीन, चार, पांच, पाँच, छह, सात, आठ, नौ, दस, बारह, बीस, "
    # Finnish, Arabic
    "kaksi, kolme, neljä, viisi, kuusi, seitsemän, kahdeksan, yhdeksän, kymmenen, ثلاث, أربع, خمس, سبع, ثمان, "
    "تسع, ستة, عشرة"
)
# Counters after a number in Chinese, Japanese and Korean: "22名", "总 20명", "70点".
QA_XL_COUNTERS: str = (
    "名, 人, 件, 所, 校, 社, 家, 位, 项, 項, 个, 個, 国, 國, か国, カ国, ヶ国, 点, 種, 种, 명, 건, 개, 곳, 개국, 점, 가지"
)
# What a question counts, by its head noun ("How many *visas*"), and the forms that name it in other
# languages: a count is of that thing only when one of them follows the number ("350명", "58 investigadores").
# Visas and permits are counted in the people who get them too.
QA_XL_COUNTED: Mapping[str, tuple[frozenset[str], str]] = MappingProxyType({
    "people": (
        words("""people person persons individuals staff employees workers officials researchers scientists
              students academics engineers experts specialists professionals fellows applicants candidates
              holders foreigners migrants doctors graduates scholars professors nationals citizens"""),
        "人, 名, 명, 位, 人员, 人員, 者, 사람, mensch*, person*, personne*, personas, pessoas, persone, люд*, "
        "человек*, чиновник*, служащ*, fonctionnaire*, beamt*, fachleute, fachkräfte, arbeitskräfte, funcionari*, mennesk*, människor, osob*, kişi*, "
        "orang, người, लोग, लोगों, व्यक्ति, नागरिक, شخص, أشخاص, คน",
    ),
    "permit": (
        words("visa visas permit permits pass passes card cards licence licences license licenses"),
        "許可, 许可, 허가, 비자, ビザ, 签证, 簽證, 人, 名, 명, erlaubnis*, genehmigung*, karte*, permis, permiso*, "
        "permesso*, autorização*, vergunning*, visa*, visum*, visto*, разрешени*, дозвол*, дозвіл*, виз*, "
        "tillatelse*, tillstånd*, tilladelse*, zezwoleni*, wiz*, izin*, vize*, वीजा, वीज़ा",
    ),
    "point": (
        words("point points"),
        "点, 점, 포인트, ポイント, punkt*, point*, punto*, pont*, очк*, балл*, бал*, poeng*, poäng*, puan*, अंक",
    ),
    "application": (
        words("application applications petition petitions request requests"),
        "申請, 申请, 신청, 件, 건, antr*, bewerb*, solicitud*, demande*, candidatur*, domand*, pedido*, aanvra*, "
        "заявк*, заявлен*, søknad*, ansökning*, ansøgning*, wnios*, başvuru*, आवेदन",
    ),
    "institution": (
        words("universities university institutions institution institutes institute centres centers schools"),
        "大学, 대학, 機関, 机构, 機構, 기관, 校, 所, universit*, hochschul*, institut*, universidad*, université*, "
        "centro*, centre*, университет*, вуз*, інститут*, uczeln*, üniversite*, विश्वविद्यालय, संस्थान*",
    ),
    "country": (
        words("countries country nations nationalities"),
        "国, 國, 국, 개국, か国, カ国, ヶ国, länder*, land, landen, país*, pays, paes*, paí*, стран*, нац*, "
        "nacionalidad*, nationalit*, nazionalit*, staatsangehörig*, kraj*, ülke*, negara, देश*",
    ),
    "company": (
        words("companies company firms firm employers employer businesses"),
        "企業, 企业, 기업, 社, 家, 업체, unternehm*, firm*, empresa*, entreprise*, aziend*, bedrijv*, компани*, "
        "предприяти*, selskap*, företag*, virksomhed*, şirket*, perusahaan, कंपनि*, कंपनी*",
    ),
    "project": (
        words("projects project grants grant"),
        "项目, 項目, プロジェクト, 과제, projekt*, proyecto*, projet*, progett*, project*, проект*, prosjekt*",
    ),
})
# English names of the languages a source may be written in, for "(quoted in Russian)".
QA_LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType({
    "ar": "Arabic", "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew",
    "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian", "ja": "Japanese",
    "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "mr": "Marathi", "ms": "Malay", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sv": "Swedish", "ta": "Tamil", "th": "Thai", "tr": "Turkish", "uk": "Ukrainian",
    "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
})
# Question words naming a class of the multilingual cues (MULTILINGUAL_CUES): "How many scientists ...?"
# is answered by a number before "वैज्ञानिकों" or "investigadores".
QA_XL_CLASS_WORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "talent": words(
        """researcher researchers scientist scientists academic academics scholar scholars engineer engineers
        expert experts specialist specialists professor professors student students fellow fellows
        graduate graduates talent talents worker workers employee employees staff professional professionals
        physicist physicists doctor doctors investigator investigators"""
    ),
    "type_visa": words("visa visas"),
    "mobility": words("passport passports visa visas travel abroad border migrant migrants migration"),
    "government": words("government governments ministry ministries minister ministers authorities cabinet"),
    "programme": words("programme programmes program programs scheme schemes plan"),
    "recruit": words("attract attracting recruit recruiting recruited lure"),
    "control": words("ban bans banned restriction restrictions prohibit prohibited"),
})
