"""Who is affected, in other languages: the head nouns that name a group of people (researchers, students,
skilled workers, foreigners, ...) with their plural and inflected forms, the words that may modify them
and the words around a group that say the action acts on it.

Space-separated languages (de, fr, es, it, pt, nl, sv, pl, ru, tr) list whole word forms, lower case;
German, Dutch and Swedish also name a head at the end of a compound ("Spitzenforscher", "kenniswerkers").
Chinese and Japanese list heads and left modifiers as character strings (simplified and traditional);
Korean lists heads and the words before them (a head may carry a particle: "연구자들은").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis.normalization import words

__all__ = [
    "ML_ABSTRACT_HEADS",
    "ML_AFFECTED_HEADS",
    "ML_AFFECTED_STOPWORDS",
    "ML_AFFECTED_TRIGGERS",
    "ML_ARTICLES",
    "ML_CJK_CONJUNCTIONS",
    "ML_CJK_GENERIC_HEADS",
    "ML_CJK_HEADS",
    "ML_CJK_MODIFIERS",
    "ML_CJK_NOT_HEAD_INSIDE",
    "ML_CJK_NOT_PERSON_AFTER",
    "ML_CJK_SUBJECT_AFTER",
    "ML_CJK_TRIGGERS",
    "ML_COMPOUND_LANGUAGES",
    "ML_CONJUNCTIONS",
    "ML_ENGLISH_STOPWORDS",
    "ML_EXCEPT_BEFORE",
    "ML_KO_CONJUNCTIONS",
    "ML_KO_HEADS",
    "ML_KO_MODIFIERS",
    "ML_KO_PARTICLES",
    "ML_KO_TRIGGERS_AFTER",
    "ML_NEEDS_COMPLEMENT",
    "ML_NOT_PERSON_AFTER",
    "ML_POST_ADJECTIVE_ENDINGS",
    "ML_PRE_ADJECTIVES",
    "ML_RIGHT_PREPOSITIONS",
    "ML_SUBJECT_AFTER",
    "ML_VAGUE_HEADS",
    "ML_VERB_ENDINGS",
]

# ---------------------------------------------------------------- heads (space-separated languages)

# Every inflected form a head takes in news text (plural first; the singular where a group is named by it).
ML_AFFECTED_HEADS: Mapping[str, frozenset[str]] = MappingProxyType({
    "de": words(
        """forscher forschern forscherinnen forschende forschenden wissenschaftler wissenschaftlern
        wissenschaftlerinnen studenten studentinnen studierende studierenden fachkräfte fachkräften
        arbeitskräfte arbeitskräften arbeitnehmer arbeitnehmern arbeitnehmende arbeitnehmenden mitarbeiter
        mitarbeitern mitarbeitende mitarbeitenden beschäftigte beschäftigten erwerbstätige erwerbstätigen
        ingenieure ingenieuren ingenieurinnen ärzte ärzten ärztinnen pflegekräfte pflegekräften akademiker
        akademikern experten expertinnen spezialisten absolventen absolventinnen hochqualifizierte
        hochqualifizierten talente talenten ausländer ausländern ausländerinnen migranten migrantinnen
        zuwanderer zuwanderern einwanderer einwanderern bewerber bewerbern bewerberinnen antragsteller
        antragstellern staatsangehörige staatsangehörigen drittstaatsangehörige drittstaatsangehörigen
        doktoranden doktorandinnen professoren professorinnen lehrkräfte lehrkräften fachleute
        informatiker informatikern arbeiter arbeitern inhaber inhabern""",
    ),
    "fr": words(
        """chercheurs chercheuses chercheur scientifiques étudiants étudiantes étudiant.es étudiant·es
        travailleurs travailleuses salariés salariées employés employées ingénieurs ingénieures médecins
        infirmiers infirmières universitaires enseignants-chercheurs enseignants experts spécialistes
        diplômés diplômées professionnels talents étrangers étrangères ressortissants ressortissantes
        migrants immigrés candidats demandeurs titulaires doctorants doctorantes professeurs techniciens
        informaticiens""",
    ),
    "es": words(
        """investigadores investigadoras científicos científicas estudiantes trabajadores trabajadoras
        empleados empleadas ingenieros ingenieras médicos médicas enfermeros enfermeras académicos
        académicas expertos expertas especialistas graduados graduadas egresados titulados profesionales
        talentos extranjeros extranjeras nacionales migrantes inmigrantes solicitantes titulares doctorandos
        profesores profesoras técnicos""",
    ),
    "it": words(
        """ricercatori ricercatrici scienziati scienziate studenti studentesse lavoratori lavoratrici
        dipendenti ingegneri medici infermieri accademici docenti esperti specialisti laureati laureate
        professionisti talenti stranieri straniere cittadini migranti immigrati candidati richiedenti
        titolari dottorandi professori tecnici cervelli""",
    ),
    "pt": words(
        """pesquisadores pesquisadoras investigadores cientistas estudantes alunos trabalhadores
        trabalhadoras funcionários empregados engenheiros médicos enfermeiros acadêmicos académicos
        especialistas graduados diplomados licenciados profissionais talentos estrangeiros estrangeiras
        cidadãos migrantes imigrantes candidatos requerentes titulares doutorandos professores técnicos""",
    ),
    "nl": words(
        """onderzoekers wetenschappers studenten werknemers arbeidskrachten medewerkers ingenieurs artsen
        verpleegkundigen academici experts specialisten afgestudeerden professionals talenten buitenlanders
        migranten immigranten aanvragers promovendi hoogleraren kenniswerkers kennismigranten""",
    ),
    "sv": words(
        """forskare studenter arbetstagare arbetare anställda ingenjörer läkare sjuksköterskor akademiker
        experter specialister doktorander utlänningar migranter invandrare sökande talanger""",
    ),
    "pl": words(
        """naukowcy naukowców naukowcom badacze badaczy studenci studentów studentom pracownicy pracowników
        pracownikom inżynierowie inżynierów lekarze lekarzy pielęgniarki eksperci ekspertów specjaliści
        specjalistów absolwenci absolwentów cudzoziemcy cudzoziemców migranci migrantów imigranci
        imigrantów obywatele obywateli doktoranci doktorantów wykładowcy obcokrajowcy obcokrajowców
        obcokrajowcom""",
    ),
    "ru": words(
        """учёные учёных учёным учеными учёными ученые ученых ученым исследователи исследователей
        исследователям студенты студентов студентам специалисты специалистов специалистам специалистами
        работники работников работникам сотрудники сотрудников сотрудникам инженеры инженеров врачи врачей
        эксперты экспертов выпускники выпускников иностранцы иностранцев иностранцам мигранты мигрантов
        граждане граждан гражданам преподаватели преподавателей аспиранты аспирантов россияне россиян
        россиянам россиянами""",
    ),
    "tr": words(
        """araştırmacılar araştırmacıları araştırmacılara akademisyenler akademisyenleri öğrenciler
        öğrencileri öğrencilere mühendisler mühendisleri çalışanlar çalışanları işçiler işçileri uzmanlar
        uzmanları yabancılar yabancıları doktorlar hekimler mezunlar mezunları""",
    ),
})
# Languages that name a group at the end of a compound noun: "Spitzenforscher", "US-Wissenschaftlern".
ML_COMPOUND_LANGUAGES: frozenset[str] = frozenset({"de", "nl", "sv"})
# Heads that name a quality, not people, when nothing narrows them: a bare "Talent" or "人才" is no group.
ML_ABSTRACT_HEADS: frozenset[str] = words(
    """talent talents talente talenten talento talentos talenti talanger cervelli fachkräfte arbeitskräfte
    人才 人材 人力 인재 인력 кадры""",
)

# ---------------------------------------------------------------- the words around a head

# Function words (articles, prepositions, conjunctions, pronouns, auxiliaries and modals, a few adverbs):
# a modifier never is one, and a phrase after the head ends before one.
ML_AFFECTED_STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "de": words(
        """der die das den dem des ein eine einen einem einer eines und oder aber für von vom zu zum zur mit
        aus bei nach in im an am auf über unter durch gegen ohne um als wie auch nur noch schon sich sie er es
        wir ihr ihre ihren ihrem ihres sein seine seinen seinem dass ob wenn weil sind ist war waren wird
        werden wurde wurden hat haben hatte hatten kann können konnte soll sollen sollte sollten muss müssen
        darf dürfen will wollen nicht kein keine keinen mehr viele vielen alle allen diese diesen dieser dieses
        jene solche welche künftig jetzt nun bereits etwa rund mehrere weitere weiteren andere anderen""",
    ),
    "fr": words(
        """le la les l' un une des du de d' et ou mais pour par à au aux en dans sur sous avec sans chez vers
        entre contre que qui dont où ce cette ces son sa ses leur leurs ne pas plus il elle ils elles on nous
        vous se est sont était étaient sera seront a ont avait avaient doit doivent peut peuvent pourront
        devront pourra devra été être avoir aussi ainsi comme tous toutes tout certains certaines plusieurs
        selon depuis lors""",
    ),
    "es": words(
        """el la los las un una unos unas de del al y e o u pero para por a en con sin sobre entre contra
        que quien quienes cual cuales donde como su sus se no más muy es son era eran será serán ha han había
        debe deben puede pueden podrán deberán está están fue fueron ser todos todas cada otros otras según
        desde hasta también ya""",
    ),
    "it": words(
        """il lo la i gli le l' un uno una di del dello della dei degli delle a al allo alla ai agli alle da
        dal dalla dai dagli dalle in nel nella nei negli nelle con su sul sulla sui per tra fra e ed o ma che
        chi cui come se non più è sono era erano sarà saranno ha hanno deve devono può possono potranno
        dovranno tutti tutte ogni altri altre anche già quali""",
    ),
    "pt": words(
        """o a os as um uma uns umas de do da dos das ao aos à às em no na nos nas por pelo pela pelos pelas
        para com sem sobre entre e ou mas que quem qual quais onde como se seu sua seus suas não mais muito é
        são era eram será serão tem têm deve devem pode podem poderão deverão foi foram ser todos todas
        outros outras também já""",
    ),
    "nl": words(
        """de het een en of maar voor van uit met aan op in bij naar over onder door tegen zonder om als die
        dat deze dit wie wat zij ze hij het er niet geen meer veel alle is zijn was waren wordt worden werd
        werden heeft hebben had kan kunnen moet moeten mag mogen zal zullen ook al nog""",
    ),
    "sv": words(
        """en ett den det de och eller men för från till av med utan på i vid om under över mot som att
        inte ingen inga fler många alla är var varit blir bli blev har hade kan kunna måste ska skall får
        vill kommer sig också redan sina sin sitt deras""",
    ),
    "pl": words(
        """i oraz lub albo ale dla z ze do od na w we o przez przy po pod nad za bez się nie jest są był
        byli będą może mogą musi muszą który która które którzy ich jego jej tych te ten ta to także już
        wszyscy wszystkich więcej""",
    ),
    "ru": words(
        """и или но для из с со в во на о об от по к ко у при за над под без не что который которые которых
        их его её это эти этих все всех более также уже будут будет может могут должны смогут является
        были был была многие многих многим некоторые некоторых""",
    ),
    "tr": words(
        """ve veya ile için bir bu şu o da de ki ama daha çok tüm bütün olan olarak gibi""",
    ),
})
# Words right before a group that say the action acts on it: "für", "pour", "para", attract, target, allow.
ML_AFFECTED_TRIGGERS: frozenset[str] = words(
    """für an anlocken anwerben gewinnen rekrutieren holen ermöglicht erlaubt verbietet verpflichtet
    pour aux attirer recruter permet permettant autorise interdit oblige visant destinée destiné
    para a atraer captar permite prohíbe obliga dirigido dirigida
    per ai agli alle attrarre attirare consente vieta obbliga rivolto rivolta
    atrair permite proíbe obriga
    voor aantrekken naar
    för locka attrahera
    dla przyciągnąć
    для привлечь привлечения запрещает обязывает разрешает
    için""",
)
# Words right after a group that make it the subject of an obligation or a permission.
ML_SUBJECT_AFTER: frozenset[str] = words(
    """müssen dürfen können sollen werden benötigen brauchen erhalten
    doivent peuvent pourront devront devraient auront
    deben pueden podrán deberán tendrán necesitan
    devono possono potranno dovranno avranno
    devem podem poderão deverão terão precisam
    moeten kunnen mogen zullen krijgen
    måste får kan ska kommer
    muszą mogą będą otrzymają
    должны могут смогут будут получат
    zorunda""",
)
# Prepositions that open a phrase after the head naming where the people are from or what they do
# ("aus Drittstaaten", "à distance", "hors UE", "de alto nivel", "from").
ML_RIGHT_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "de": words("aus mit ohne"),
    "fr": words("hors à au en de d'"),
    "es": words("de con en sin"),
    "it": words("da di con in senza"),
    "pt": words("de com em sem"),
    "nl": words("uit met zonder"),
    "sv": words("från med utan"),
    "pl": words("z ze spoza"),
    "ru": words("из с"),
})
# Adjectives that stand before the head in languages whose adjectives mostly follow it, and the
# modifiers of languages without adjective endings (Turkish).
ML_PRE_ADJECTIVES: Mapping[str, frozenset[str]] = MappingProxyType({
    "fr": words("jeunes nouveaux nouvelles meilleurs grands nombreux nombreuses futurs anciens hauts"),
    "es": words("jóvenes nuevos nuevas mejores grandes futuros antiguos altos"),
    "it": words("giovani nuovi nuove migliori grandi futuri ex alti"),
    "pt": words("jovens novos novas melhores grandes futuros antigos altos"),
    "tr": words("yabancı nitelikli genç yeni uluslararası yüksek vasıflı kalifiye türk çinli"),
})
# Endings of an adjective that agrees with a plural head after it (fr, es, it, pt) or before it (the
# others): "chercheurs étrangers", "estudiantes internacionales", "ausländische Fachkräfte",
# "иностранные специалисты", "zagraniczni naukowcy", "utländska forskare", "buitenlandse studenten".
ML_POST_ADJECTIVE_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("s", "x"),
    "es": ("s",),
    "pt": ("s",),
    "it": ("i", "e"),
    "de": ("e", "en", "er", "es", "em"),
    "nl": ("e",),
    "sv": ("a", "e"),
    "pl": ("i", "y", "ych", "ym", "ymi"),
    "ru": ("ые", "ие", "ых", "их", "ым", "им", "ыми", "ими"),
})
# Nouns right after a head that make it a thing named after people ("Talentpass", "visa talent").
ML_NOT_PERSON_AFTER: frozenset[str] = words(
    """visum visa programm programme programa programma karte carte tarjeta carta kaart kort pass passeport
    pasaporte passaporte regelung strategie stratégie estrategia strategia""",
)

# ---------------------------------------------------------------- Chinese and Japanese

ML_CJK_HEADS: tuple[str, ...] = (
    # Chinese (simplified and traditional)
    "研究人员", "研究人員", "科研人员", "科研人員", "技术人员", "技術人員", "人员", "人員", "人才", "留学生", "留學生",
    "学生", "學生", "国际生", "國際生", "侨外生", "僑外生", "毕业生", "畢業生", "研究生", "科学家", "科學家",
    "工程师", "工程師", "专家", "專家", "学者", "學者", "员工", "員工", "高管", "研究员", "研究員", "教职工",
    "教職工", "职工", "職工", "雇员", "僱員", "公民", "外国人", "外國人", "移民", "劳工", "勞工", "工人",
    "医生", "醫生", "护士", "護士", "申请人", "申請人", "持有人", "华人", "華人", "人士",
    # Japanese
    "研究者", "科学者", "技術者", "大学院生", "労働者", "外国人材", "人材", "専門家", "従業員", "社員", "職員",
    "教員", "医師", "看護師", "エンジニア", "技能実習生", "実習生", "卒業生", "申請者", "保有者", "経営者",
    "起業家",
)
# Words that narrow a head when they stand right before it ("外国青年科技人才", "优秀な海外研究者").
ML_CJK_MODIFIERS: tuple[str, ...] = (
    "外国", "外國", "外籍", "海外", "境外", "国外", "國外", "青年", "年轻", "年輕", "若手", "优秀", "優秀", "高端",
    "高层次", "高層次", "高级", "高級", "高度", "顶尖", "頂尖", "杰出", "傑出", "一流", "科技", "科学技术",
    "科學技術", "科学技術", "科学", "科學", "技术", "技術", "专业", "專業", "専門", "研究", "科研", "教学", "教學",
    "核心", "关键", "關鍵", "重点", "重點", "国际", "國際", "全球", "中国籍", "中國籍", "中国", "中國", "中国人",
    "中國人", "华裔", "華裔", "陆籍", "陸籍", "大陆籍", "大陸籍", "台湾", "台灣", "台籍", "美国", "美國", "日本",
    "韩国", "韓國", "印度", "外国人", "女性", "AI", "人工智能", "半导体", "半導體", "理工", "理工科", "STEM",
    "高技能", "技能", "熟练", "熟練", "特定", "特別", "在日", "在美", "在华", "在華", "访问", "訪問", "博士",
    "硕士", "碩士", "大学", "大學", "企业", "企業", "本土", "新", "现役", "現役", "数字", "數位", "デジタル",
)
# What a head followed by one of these names is a thing ("人才引进计划", "高度人材制度"), not people.
ML_CJK_NOT_PERSON_AFTER: tuple[str, ...] = (
    "计划", "計劃", "計画", "计画", "計畫", "签证", "簽證", "ビザ", "制度", "政策", "战略", "戰略", "通行证",
    "通行證", "引进", "引進", "延揽", "延攬", "招聘", "法", "条例", "條例", "ポイント", "市场", "市場", "竞争",
    "競爭", "競争", "流失", "外流", "培养", "培養", "项目", "項目", "基金", "工作", "库", "庫", "队伍",
    "隊伍", "资格", "資格", "在留資格", "専用", "专用", "專用", "交流", "证", "證", "卡", "規定", "规定", "規則",
    "局", "署", "管理", "入境出境", "出入国", "入出国", "査証", "寮",
)
# Words a head is part of without naming a group ("弁護士" is a lawyer, not "護士", a nurse).
# Heads that say only "persons": with no modifier they name no group.
ML_CJK_GENERIC_HEADS: frozenset[str] = frozenset({"人士", "人员", "人員"})
ML_CJK_NOT_HEAD_INSIDE: tuple[str, ...] = (
    "弁護士", "辯護士", "辩护士", "護士長", "公民及移民服务局", "公民及移民服務局", "公民與移民服務局", "公民和移民服务局",
    "移民服务局", "移民服務局", "移民局", "移民署", "移民及海关执法局", "移民及海關執法局",
    # "华人" (ethnic Chinese) inside the state's name; an immigration officer is no migrant.
    "中华人民", "中華人民", "移民官",
)
ML_CJK_TRIGGERS: tuple[str, ...] = (
    "吸引", "引进", "引進", "招收", "招揽", "招攬", "延揽", "延攬", "限制", "禁止", "要求", "允许", "允許", "发给",
    "發給", "针对", "針對", "对", "對", "为", "為", "向", "让", "讓", "召回", "派", "呼び込", "受け入れ", "受入れ",
    "招へい", "招聘", "排除", "対象", "対し", "に対", "유치", "대상", "에게",
)
ML_CJK_SUBJECT_AFTER: tuple[str, ...] = (
    "须", "需", "应", "應", "不得", "必须", "必須", "可以", "将", "將", "可", "均", "は", "が", "も",
)

# ---------------------------------------------------------------- Korean

ML_KO_HEADS: tuple[str, ...] = (
    "연구자", "연구원", "과학자", "유학생", "학생", "근로자", "노동자", "인재", "인력", "전문가", "기술자", "엔지니어",
    "직원", "임직원", "교수", "외국인", "졸업생", "의사", "간호사", "이민자", "신청자", "소지자", "보유자", "교원",
)
# Words before a head that narrow it (an adjective form, a noun used as one).
ML_KO_MODIFIERS: frozenset[str] = words(
    """외국인 외국 외국의 해외 해외의 우수 우수한 뛰어난 고급 첨단 젊은 청년 과학기술 이공계 전문 숙련 유학 글로벌
    최우수 최상위 석·박사 석박사 중국 중국인 중국의 한국 한국인 국내 국내의 고학력 고숙련 전문직 핵심 신규 AI
    인공지능 반도체 외국인의""",
)
# Particles and plural marks a head may carry ("연구자들은", "인재에게").
ML_KO_PARTICLES: tuple[str, ...] = (
    "들에게는", "들에게", "들에는", "들의", "들이", "들은", "들을", "들도", "들과", "들로", "들", "에게는", "에게",
    "에는", "으로", "에서", "의", "이", "가", "은", "는", "을", "를", "에", "과", "와", "도", "로", "만", "",
)
# Words right after a Korean group that say the action is aimed at it ("우수 인재 유치": attracting ...).
ML_KO_TRIGGERS_AFTER: tuple[str, ...] = ("유치", "대상", "채용", "영입", "초청", "초빙")
# Words right before a group that leave it out ("sauf les étudiants", "außer Studierenden").
ML_EXCEPT_BEFORE: frozenset[str] = words(
    """außer ausgenommen ausser nicht kein keine sauf excepté hormis excepto salvo tranne eccetto exceto
    behalve utom förutom oprócz poza кроме исключением""",
)
# English stop-words: a sentence with more of them than of any other language's is read in English.
ML_ENGLISH_STOPWORDS: frozenset[str] = words(
    """the a an of to and or in on for with by from at as is are was were be been has have had will would can
    could must should this that these those it its their they he she who which not""",
)
# Articles and determiners: a phrase after the head runs on over them ("de todo el mundo"), never ends
# before one.
ML_ARTICLES: frozenset[str] = words(
    """der die das den dem des ein eine einen einem einer eines le la les l' un une des du el los las unos
    unas lo il gli i uno o a os as um uma uns umas de het een den det ett""",
)
# Conjunctions that join two nouns inside a phrase ("aus Wissenschaft und Technik").
ML_CONJUNCTIONS: frozenset[str] = words("und oder et ou y e o i och en и или oraz lub ve")
# Heads that say little bare ("étrangers", "外国人"): kept only with a modifier or a strong cue.
ML_VAGUE_HEADS: frozenset[str] = words(
    """ausländer ausländern étrangers étrangères extranjeros extranjeras stranieri straniere estrangeiros
    buitenlanders utlänningar cudzoziemcy cudzoziemców иностранцы иностранцев yabancılar cittadini
    citoyens cidadãos граждане граждан obywatele nacionales ressortissants 外国人 外國人 公民 외국인 россияне
    россиян россиянам obcokrajowcy obcokrajowców""",
)
# Words joining two heads into one group: "留学生や外国人研究者", "高管与研究人员", "교수와 연구원", "교수 및 연구원".
ML_CJK_CONJUNCTIONS: tuple[str, ...] = ("や", "と", "与", "與", "和", "及", "・")
ML_KO_CONJUNCTIONS: frozenset[str] = frozenset({"와", "과", "나", "이나", "및", "또는"})
# Endings of finite verbs in Romance languages (third person plural, future, imperfect): a phrase after
# the head never runs on over one ("... issus de pays tiers resteront").
ML_VERB_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "fr": ("ront", "ont", "aient", "ait"),
    "es": ("rán", "ron", "aban", "ían"),
    "it": ("ranno", "ono", "ebbero", "avano"),
    "pt": ("rão", "ram", "avam", "iam"),
})
# Adjectives after a head that need their phrase ("issus de pays tiers"): without it they are left out.
ML_NEEDS_COMPLEMENT: frozenset[str] = words(
    """issus issues originaires provenant procedentes provenientes provenienti oriundos dotati dotés dotados""",
)
