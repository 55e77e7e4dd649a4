"""More of the relevance classes in other languages (read with lexicon.MULTILINGUAL_CUES, under the same
labels and form syntax): whom a work permission names (by its category, or as its holders), the talent a brain drain is
about, staff called home, measures only a state takes; and the three classes (with the tourist and
asylum negatives) in languages the main lists lack: Romanian, Croatian and Serbian, Greek, Bulgarian,
Finnish, Malay, Persian, Thai, Hebrew (and Marathi's spelling of visa). Also a few bodies of one state as
other languages name them (`MORE_WORLD_BODIES`), read with the gazetteer (lexicon.WORLD_NAMES). And in the main
languages, more of the hard negatives' phrases: asking for asylum, raids and detention, pre-travel authorisations
and the EU's entry/exit register, visa waivers in Latin American Spanish and Portuguese.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["MORE_WORLD_BODIES", "MULTILINGUAL_RELEVANCE_CUES"]

# Languages the main lists lack: the three classes and the two negatives most often met beside them. Forms
# as in MULTILINGUAL_CUES (scripts without spaces or with combining marks as substrings).
_MORE_LANGUAGES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "government": (
        # ro, hr/sr, el, bg, fi, ms
        ("guvern*, ministerul*, ministrul*, ministr*, autoritățil*, autoritățile, parlamentul*, ambasad*, consulat*, "
         "vlada, vlade, vladi, vladu, ministarstv*, ministar*, sabor*, skupštin*, veleposlanstv*, "
         "κυβέρνηση, κυβέρνησης, κυβερνητικ*, υπουργ*, βουλή, βουλής, πρεσβεί*, προξενεί*, "
         "правителств*, министерство*, министър*, народното събрание, посолств*, "
         "sisäministeriö*, työ- ja elinkeinoministeriö*, eduskun*, kerajaan, parlimen, jabatan imigresen", 1.0),
        ("legea, legii, ordonanț*, hotărâre* de guvern, hotărârea guvernului, uredb*, zakon*, νόμος, νόμου, "
         "νομοσχέδι*, διάταγμα, наредб*, lakimuutos, asetus, akta, peraturan", 0.8),
        # fa, th, he
        ("دولت, وزارت, وزیر, مجلس, سفارت, کنسولگری, رئیس‌جمهور, รัฐบาล, กระทรวง, รัฐมนตรี, ครม., "
         "สำนักงานตรวจคนเข้าเมือง, ממשלה, הממשלה, משרד הפנים, משרד החוץ, הכנסת, רשות האוכלוסין, "
         "משרד העלייה והקליטה, המועצה להשכלה גבוהה, הוועדה לתכנון ולתקצוב, מדינת ישראל", 1.0),
        # (Hebrew's word for a law is inside its word for researchers, so only its regulations are listed.)
        ("قانون, آیین‌نامه, مصوبه, กฎหมาย, ประกาศ, תקנות", 0.8),
        # Hebrew (the coverage audit, tests/bot/analysis/lexicon/test_language_coverage.py): ministers by their
        # ministry, prosecutors, missions, the head of state; laws only in phrases ("חוק" is in "רחוק", far).
        ("שר הפנים, שרת הפנים, שר החוץ, שרת החוץ, שר המדע, שרת המדע, שר האוצר, שר העבודה, שרת העבודה, "
         "שר הכלכלה, שרת הכלכלה, שר החינוך, שרת החינוך, שר המשפטים, פרקליטות, פרקליט המדינה, נשיא המדינה", 1.0),
        ("שגרירות, קונסוליה, הקונסוליה, חוק הכניסה, חוק השבות, חוק העובדים הזרים, הצעת חוק, תיקון לחוק, "
         "החוק החדש", 0.8),
        ("בית המשפט, בית משפט", 0.6),
    ),
    "talent": (
        ("cercetător*, cercetătoar*, oameni de știință, oamenii de știință, savanț*, inginer*, doctoranz*, "
         "lucrători calificați, muncitori calificați, înalt calificaț*, znanstvenik*, znanstvenic*, naučnik*, "
         "naučnic*, istraživač*, inženjer*, visokokvalificiran*, visokoobrazovan*, ερευνητ*, επιστήμον*, "
         "επιστήμων, υψηλής εξειδίκευσης, учени, учените, изследовател*, висококвалифицирани, penyelidik, "
         "saintis, jurutera, tutkijo*, پژوهشگر, محقق, دانشمند, مهندس, نخبگان, นักวิจัย, นักวิทยาศาสตร์, วิศวกร, "
         "แรงงานทักษะสูง, חוקר, חוקרים, מדען, מדענים, מהנדס, מהנדסים", 1.0),
        ("דוקטורנט, פוסט-דוקטורנט, פוסטדוק, עובדים מיומנים, עובדים זרים", 1.0),
        ("כישרונות, כישרון, פרופסור", 0.8),
        ("specialiști*, studenț*, stručnjak*, μηχανικ*, φοιτητ*, ταλέντ*, студенти, pakar, دانشجو, متخصص, "
         "استعداد, ผู้เชี่ยวชาญ, นักศึกษา, מומחה, מומחים, מומחי, סטודנט", 0.8),
        ("angajaț*, lucrător*, radnik*, radnic*, εργαζόμεν*, работници*, pekerja asing, کارگر, บุคลากร, עובדים", 0.5),
    ),
    "mobility": (
        ("viză, viza, vize, vizele, vizei, vizelor, permis de muncă, permisul de muncă, permis de ședere, "
         "drept de ședere, din străinătate, viza, vize, vizu, vizom, vizama, radna dozvola, radne dozvole, "
         "radnu dozvolu, dozvola boravka, dozvolu boravka, boravišn* dozvol*, iz inozemstva, iz inostranstva, "
         "βίζα, βίζας, βίζες, θεώρηση εισόδου, θεωρήσεις εισόδου, άδεια παραμονής, άδειες παραμονής, "
         "άδεια εργασίας, από το εξωτερικό, визи, визите, визата, разрешение за работа, "
         "разрешение за пребиваване, от чужбина, oleskelulup*, työlup*, viisum*, ulkomailta, pas kerja, "
         "pas pekerjaan, permit kerja, luar negara, روادید, ویزا, اقامت, اجازه کار, پروانه کار, مهاجرت, "
         "خارج از کشور, گذرنامه, فرار مغزها, วีซ่า, ใบอนุญาตทำงาน, ถิ่นที่อยู่, หนังสือเดินทาง, เข้าเมือง, "
         "אשרת, אשרות, אשרה, ויזה, היתר עבודה, רישיון עבודה, הגירה, דרכון, עובדים זרים, השבת מוחות, "
         "החזרת מוחות, בריחת מוחות, व्हिसा, परदेशात", 1.0),
        ("היתר שהייה, היתרי שהייה, תושבות קבע, תושבות, אזרחות, ירידה מהארץ, ירידה מישראל, תושבים חוזרים", 1.0),
        ("חזרה לארץ, חזרת ישראלים", 0.5),
        ("imigra*, emigra*, străinătate, pașaport*, useljen*, iseljen*, inozemstv*, inostranstv*, putovnic*, "
         "pasoš*, μετανάστευσ*, εξωτερικό, διαβατήρι*, имиграц*, емиграц*, чужбина, maahanmuut*, ulkomai*, "
         "مهاجر, ต่างประเทศ, חו\"ל, חו״ל", 0.8),
        ("străin*, ξένους, ξένοι, ξένων, чуждестранн*, asing, خارجی, ต่างชาติ, זרים", 0.4),
    ),
    "tourist": (
        ("τουρίστ*, τουρισμ*, διακοπ*, pelancong*, گردشگر, توریست, นักท่องเที่ยว, การท่องเที่ยว, תייר, תיירים, "
         "תיירות", 1.0),
    ),
    "asylum": (
        ("azil*, άσυλο, ασύλου, πρόσφυγ*, убежище, бежан*, پناهنده, پناهجو, ผู้ลี้ภัย, מבקשי מקלט, פליט", 1.0),
    ),
})

_MAIN: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "asylum": (
        # Asking for asylum, and the EU's legal name for it ("international protection"): a bare Spanish or
        # Italian "asilo" is also a kindergarten or a care home.
        ("pidió asilo, pidieron asilo, piden asilo, pedir asilo, solicitar asilo, solicitud de asilo, "
         "pedido de asilo, pediu asilo, pedir asilo, chiesto asilo, protección internacional, "
         "proteção internacional, protezione internazionale, protection internationale, internationalen schutz*, "
         "internationale bescherming", 1.0),
    ),
    "enforcement": (
        # Raids and people detained ("detiene" alone also means "halts": visa processing halted).
        ("redada*, detenidos, detenidas, arrestados, arrestadas, detidos, presos por imigração, rafle*, "
         "razzia*, trattenimento dei migranti, trattenimento, centri per il rimpatrio", 0.6),
    ),
    "tourist": (
        # Pre-travel authorisations and the EU's entry/exit register, as in English (lexicon.NEGATIVE_CUES).
        ("autorización de viaje, autorisation de voyage, autorizzazione di viaggio, reisegenehmigung*, "
         "autorização de viagem, système d'entrée-sortie, système d'entrée/sortie, système d’entrée-sortie, "
         "système d’entrée/sortie, système automatisé d'entrée, contrôle automatisé des frontières, "
         "système automatisé de contrôle aux frontières, einreise-/ausreisesystem*, sistema de entrada y salida, "
         "sistema di ingressi/uscite, contrôle automatisé aux frontières, visa schengen, visado schengen, "
         "visto schengen, schengen-visa, schengen-visum*", 0.7),
        # An electronic visa is a short-stay visitor's (tourism, business trips, transit), as in English
        # (lexicon.TOURIST_EXTRA_CUES): "elektronska viza u Rusiju", "电子签证".
        ("e-visa, e-visum, e-visado, e-visto, e-vize, e-viza, e-vizu, e-vizom, e-visas, visa électronique, "
         "visado electrónico, visto elettronico, visto eletrônico, visto eletrónico, elektronisches visum, "
         "электронн* виз*, електронн* віз*, elektronsk* viz*, elektronik vize, visa elektronik, thị thực điện tử, "
         "电子签证, 電子簽證, 전자비자, 전자 비자, 電子ビザ, ई-वीजा, التأشيرة الإلكترونية", 0.6),
    ),
    "visa_free": (
        # Latin American Spanish and Portuguese say "visa"/"visto" where Spain says "visado".
        ("sin visa, sin necesidad de visa, exención de visa, exención de visado, sem visto, isenção de visto, "
         "dispensa de visto", 0.8),
    ),
    # Prosecutors and security services act for the state: an espionage case or a warning to universities is
    # the state's, as "prosecutors" and "security service" are in English.
    "government": (
        ("staatsanwaltschaft*, bundesanwaltschaft, generalbundesanwalt*, verfassungsschutz*, bundesnachrichtendienst*, "
         "procureur*, parquet national, services de renseignement, fiscalía*, fiscal general, procura della "
         "repubblica, ministério público, ministerio público, openbaar ministerie, aanklager*, "
         "inlichtingendienst*, påtalemyndighet*, åklagar*, anklagemyndighed*", 1.0),
        # A ministry's order is a legal act, as "указ" and "постановление" are: "Приказ вводится в действие со 2
        # января" ("наказ*" would also read the Russian "наказание", a punishment, so Ukrainian's by its forms).
        ("приказ, приказа, приказом, приказу, приказе, приказы, приказов, приказами, наказ, наказом, наказу", 0.8),
    ),
    "justice": (
        # Prosecutors and courts in Korean, Japanese and Chinese, by their offices and by what only a court
        # imposes: a prison term or a suspended sentence ("항소심서 징역 5년", "東京地裁 ... 懲役2年6月", "判處有期徒刑"),
        # as "sentenced" and "prosecutors" in English: a criminal case is the state acting on the accused.
        # Relevance reads them as the government class; jurisdiction does not (a court beside "중국 국적의" is
        # not China's).
        ("지검, 지방검찰청, 특수부, 징역, 실형, 집행유예, 地検, 高検, 特捜部, 懲役, 実刑, 執行猶予, 有期徒刑, 判處, 判处, "
         "緩刑, 缓刑", 1.0),
        ("지법, 지방법원, 고법, 고등법원, 대법원, 재판부, 항소심, 상고심, 地裁, 高裁, 最高裁, 地方法院, 高等法院, 最高法院, "
         "地院, 高院", 0.8),
    ),
    "talent": (
        # Japan's statuses of residence for work name their holders by their work, as "work visa" or
        # "skilled worker visa" does in English: the highly skilled professional, the engineer and
        # specialist in humanities, the business manager, the specified skilled worker.
        ("高度専門職, 技術・人文知識・国際業務, 技人国, 経営・管理, 経営管理ビザ, 特定技能, 就労ビザ, 就労資格, "
         "高度外国人材", 0.8),
        # "Brains" are the researchers and graduates a brain drain loses and a return scheme brings back:
        # "il rientro dei cervelli", "la fuite des cerveaux", "fuga de cerebros", "fuga de cérebros".
        ("cervelli, cerveaux, cerebros, cérebros", 0.8),
        # German's gender-neutral participle for researchers ("Forschende", "Spitzenforschende").
        ("forschende, forschenden, *forschende*", 1.0),
        # A permit to work is held by the people who work, as "work permit" (0.5) and "work visa" (0.6) are
        # in English: "raises the salary bar for work permits" names workers without the word.
        ("permis de travail, arbeitserlaubnis*, arbeitsgenehmigung*, permiso de trabajo, permesso di lavoro, "
         "autorização de trabalho, werkvergunning*, arbeidstillatelse*, arbetstillstånd*, arbejdstilladelse*, "
         "työlupa*, zezwoleni* na pracę, разрешени* на работу, дозв* на працевлаштування, çalışma izni, "
         "izin kerja, giấy phép lao động, 工作许可, 就労許可, 취업 허가, 취업허가", 0.5),
        ("visa de travail, arbeitsvisum*, visado de trabajo, visto di lavoro, visto de trabalho, werkvisum*, "
         "рабоч* виз*, çalışma vizesi, 工作签证, 就労ビザ, 취업비자, 취업 비자", 0.6),
        # An investment-immigration scheme admits the investors who hold it, as "investor visa" in English:
        # "투자이민제도", "投資移民", "vistos gold", "visado de oro".
        ("투자이민, 투자 이민, 投資移民, visto gold, vistos gold, visa dorada, visado de oro, visados de oro, "
         "goldenes visum, investorenvisum*, visa investisseur*", 0.6),
        # Labour migrants by their one word: "arbetskraftsinvandrare", "Arbeitsmigranten", "arbeidsmigranten".
        ("arbetskraftsinvandr*, arbeidsinnvandr*, arbejdskraftindvandr*, arbeitsmigrant*, arbeidsmigrant*, "
         "трудов* мигрант*, трудов* иммигрант*, трудов* іммігрант*", 0.5),
        # A foreign labour force is the foreign workers a quota admits, as "иностранные работники" (1.0) and
        # "tenaga kerja asing" are: "квота на привлечение иностранной рабочей силы".
        ("иностранн* рабоч* сил*, іноземн* робоч* сил*", 1.0),
    ),
    "movement": (
        # Staff called home by their employer or their state: "召回300名工程师", "调回国内", "отозвала инженеров",
        # "rappelé ses ingénieurs", "zurückbeordert".
        ("召回, 调回, 召回国, 撤回人员, отозвал, отозвала, отозвали, отозвать, отзывает, отзывают, rappelé*, "
         "rapatrié*, zurückbeordert, zurückgerufen, 呼び戻, 귀국 조치, 철수시", 0.6),
        # Coming home for good, what a returnee scheme pays for: "traer de vuelta al país", "regresen al país",
        # "voltar ao país", "rentrer au pays", "rientrare in patria" (a bare "volver" or "regreso" is any return).
        ("de vuelta al país, volver al país, vuelvan al país, regresar al país, regresen al país, regresan al país, "
         "retornar al país, retornen al país, volver a su país, regresar a su país, de volta ao país, "
         "voltar ao país, regressar ao país, retornar ao país, rentrer au pays, revenir au pays, retour au pays, "
         "rientrare in patria, tornare in patria, rientro in patria, rientrare in italia, về nước", 0.7),
    ),
    # Measures only a state takes (relevance.py: they stand for the government, as "tax incentive" does in
    # English): tax incentives and reliefs, protected-research zones and the regime that sets them.
    "state_measure": (
        ("incentivo fiscal, incentivos fiscais, incentivos fiscales, incentivi fiscali, incentivo fiscale, "
         "agevolazion* fiscal*, benefício* fisca*, beneficio* fiscal*, beneficios fiscales, avantage* fisca*, "
         "incitation* fiscale*, régime fiscal, regime fiscal, régimen fiscal, regime fiscale, steuervergünstigung*, "
         "steueranreiz*, steuerliche anreize, belastingvoordeel*, skattefordel*, skattelettelse*, ulg* podatkow*, "
         "налогов* льгот*, податков* пільг*, vergi teşvik*, insentif pajak, ưu đãi thuế, कर प्रोत्साहन, "
         "حوافز ضريبية, 税制優遇, 세제 혜택, 세제혜택, zone à régime restrictif, zones à régime restrictif, "
         "potentiel scientifique et technique", 0.9),
    ),
})


MULTILINGUAL_RELEVANCE_CUES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    label: _MAIN.get(label, ()) + _MORE_LANGUAGES.get(label, ()) for label in (*_MAIN, *_MORE_LANGUAGES)
})

# Bodies of one state as other languages name them, beside the gazetteer's (lexicon.WORLD_NAMES): the US
# foreign ministry is the only "Department of State" ("El Departamento de Estado revocará los visados").
MORE_WORLD_BODIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "US": ("departamento de estado, département d'état, dipartimento di stato, госдеп, госдепа, госдепом, "
           "госдепартамент*, государственный департамент, государственного департамента, держдеп*, "
           "державний департамент, 国務省, 국무부",),
})
