"""Multilingual lists: the relevance classes and tag cues in other languages, and the
traditional-to-simplified Chinese folding. The gazetteer in other languages is in `world_names`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "MULTILINGUAL_CUES",
    "TRADITIONAL_TO_SIMPLIFIED",
]

# --- multilingual cues ---
# The classes of relevance.py (and a few tag cues) in the languages policy news about talent mobility is
# most often written in besides English and Chinese. Forms are lower-case and separated by commas; a
# trailing "*" allows any ending (inflection, compounds); forms in scripts without spaces or with
# combining marks (Devanagari, Tamil, Arabic, Thai, Japanese, Korean) match anywhere.
MULTILINGUAL_CUES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "government": (
        # fr, de, es, it, pt, nl
        ("gouvernement*, ministère*, ministre*, autorités, décret*, parlement*, conseil d'état, préfecture*, "
         "ambassade*, consulat*, pouvoirs publics, regierung*, bundesregierung*, ministerium*, behörde*, bundestag*, "
         "verordnung*, botschaft*, auswärtige amt*, bundesamt*, gobierno*, ministerio*, autoridades, decreto*, "
         "embajada*, consulado*, governo*, ministero*, autorità, ambasciata*, consolato*, ministério*, embaixada*, "
         "regering*, overheid*, ministerie*, kabinet*", 1.0),
        ("loi, lois, règlement*, gesetz*, ley, leyes, reglamento*, legge, leggi, regolamento*, lei, leis, "
         "wetgeving*, ministr*, minister*", 0.8),
        # no, sv, da, fi, pl, cs, hu
        ("regjering*, departement*, utlendingsdirektorat*, utlendingsnemnd*, udlændingestyrelse*, migrationsverket*, "
         "statsråd*, myndighet*, myndighed*, stortinget*, folketinget*, riksdag*, hallitus*, ministeriö*, "
         "maahanmuuttovirasto*, rząd*, rządu, ministerstw*, władz*, ambasad*, vláda*, vlády, ministerstvo*, "
         "kormány*, minisztérium*, ministeriet, styrelsen for international rekruttering*", 1.0),
        ("forskrift*, lov, loven, lovendring*, ustaw*, rozporządzeni*, zákon*, törvény*", 0.8),
        # ru, uk
        ("правительств*, министерств*, министр*, власти, властям, властей, властями, госдум*, посольств*, "
         "консульств*, мвд, фсб, минобрнауки, уряд*, міністерств*, міністр*, влада, влади, владою, верховна рада, "
         "кабмін*, кабінет міністрів, посольств*", 1.0),
        # Only a state has state secrets: "связанных с гостайной" is a rule's holder as much as "the ministry".
        ("гостайн*, государственн* тайн*, державн* таємниц*", 0.8),
        # Foreign ministries named after the state: "le département d'État", "el Departamento de Estado".
        ("département d'état, departamento de estado, dipartimento di stato, außenministerium*, госдеп*, "
         "государственный департамент, держдеп*, державний департамент, dışişleri bakanlığı, 国務省, 국무부, "
         "विदेश विभाग, وزارة الخارجية", 1.0),
        ("указ*, закон*, постановлени*, постанов*, законопроект*", 0.8),
        # tr, id, vi
        ("hükümet*, bakanlığı*, bakanlık*, bakan*, yetkililer*, cumhurbaşkan*, büyükelçilik*, pemerintah*, "
         "kementerian*, menteri*, kedutaan*, chính phủ, bộ trưởng, bộ ngoại giao, bộ công an, thủ tướng, "
         "chính quyền, cơ quan chức năng, đại sứ quán", 1.0),
        ("kanun*, yasa*, yönetmelik*, peraturan*, undang-undang, nghị định, quy định, luật", 0.8),
        # Legislatures, heads of government, consulates, prosecutors and immigration offices (the coverage audit,
        # tests/bot/analysis/lexicon/test_language_coverage.py). A bare "president" is a company's too, so only
        # the state's ("président de la République", "Bundespräsident"); courts weigh as "court" (0.6).
        ("parlament*, parlamento*, bundeskanzler*, bundespräsident*, ausländerbehörde*, président de la république, "
         "premier ministre, presidente de la república, presidente della repubblica, presidente del consiglio, "
         "palazzo chigi, presidente da república, primeiro-ministr*, serviço de estrangeiros, oficina de extranjería, "
         "oficinas de extranjería, questura*, minister-president*, statsminister*, pääministeri*, suurlähetystö*, "
         "syyttäjä*, předseda vlády, velvyslanectví*, státní zastupitelství, státní zástupc*, cizinecká policie, "
         "prokuratur*, премьер-министр*, прем'єр-міністр*, міграційн* служб*, meclis*, tbmm, göç idaresi, "
         "konsolosluk*, savcılık*, savcı*, kejaksaan*, quốc hội, cục quản lý xuất nhập cảnh, "
         "viện kiểm sát, chủ tịch nước, bộ tư pháp, bộ lao động, bộ giáo dục, bộ khoa học, bộ nội vụ", 1.0),
        # Vietnamese ministries by their initials ("Bộ GD&ĐT", "Bộ KH&CN", "Bộ LĐ-TB&XH") and provincial
        # people's committees.
        ("bộ gd, bộ gdđt, bộ kh, bộ khcn, bộ lđ, bộ lđtbxh, bộ ngành, ủy ban nhân dân, ubnd", 1.0),
        ("konsulat*, konsulaat*, consulaat*, konzulát*, lãnh sự quán, tasavallan presidentti*, prezydent rp, prezydenta rp, "
         "prezident republiky, президент россии, президент рф, президента рф, президент україни, bakanlar kurulu, presiden ri, presiden republik", 0.8),
        ("wet, koninklijk besluit, lagen om, nya lagen, lagstiftning*, lagändring*, laki, lakia, lakiin, "
         "lakimuutokse*, lainsäädäntö*, vyhlášk*", 0.8),
        ("rechtbank*, tuomioistuin*, sąd, sądu, sądy, sądów, soud, soudu, soudy, mahkeme*, pengadilan, tòa án", 0.6),
        # hi, ta, ar, ja, ko
        ("सरकार, मंत्रालय, मंत्री, दूतावास, प्राधिकरण, அரசு, அரசாங்க, அமைச்ச, حكومة, الحكومة, وزارة, وزير, السلطات, "
         "سفارة, 政府, 大臣, 当局, 閣議, 法務省, 文部科学省, 外務省, 入管庁, 정부, 장관, 당국, 법무부, 외교부, 대사관, "
         "과학기술정보통신부", 1.0),
        ("कानून, नियम, अधिसूचना, சட்ட, قانون, مرسوم, 法律, 規則, 省令, 법안, 규정, 시행령", 0.8),
        # A bill a lawmaker tables ("개정안을 대표발의했다") is the legislature's: "lawmakers" and "bill" in English.
        ("대표발의, 개정안, 입법예고", 0.8),
        # The coverage audit: legislatures, heads of state and government, consulates, prosecutors, courts.
        ("البرلمان, مجلس النواب, مجلس الأمة, إدارة الهجرة, النيابة العامة, رئيس الجمهورية, رئيس الوزراء, "
         "出入国在留管理庁, 入管, 厚生労働省, 経済産業省, 출입국외국인청, 출입국·외국인정책본부, 출입국관리, "
         "대통령, 총리, 관계부처, 관계 부처, 정부 부처, 국회, 大統領", 1.0),
        ("قنصلية, القنصلية, 大使館, 領事館, 政令, 영사관, 내각", 0.8),
        ("محكمة, المحكمة, 裁判所, 법원", 0.6),
        # fa (Persian and Dari): government, ministry, minister, president, parliament, embassy, White House;
        # the cleaned text has its zero-width non-joiners removed ("رئیس\u200cجمهور" reads "رئیسجمهور").
        ("دولت, وزارت, وزیر, رئیس جمهور, رئیسجمهور, مجلس شورای اسلامی, سفارت, کاخ سفید, قصر سفید, قصرسفید", 1.0),
        ("قانون, مصوبه, آییننامه, بخشنامه", 0.8),
        # Security services, courts, prosecutors and the seats of power named as actors.
        ("кремл*, силовик*, спецслужб*, прокуратур*, мосгорсуд*, следственн* комитет*, statssekretær*, "
         "檢方, 检方, 檢察官, 检察官, 檢察署, 检察院, 高檢署, 地檢署, 검찰, 検察, "
         "statssekreterare, staatssecretaris, staatssekretär*, 官房長官, 内閣, 首相, 省庁, 内閣府, 국무총리, "
         "대통령실, सरकारच्या, सरकारने, केंद्र सरकार", 1.0),
        ("суд, суда, суде, судом, суды, судов, приговор*, госсектор*, tribunal*, gericht*, domstol*, 在留資格, "
         "制度", 0.6),
    ),
    "talent": (
        ("chercheu*, scientifique*, ingénieu*, doctorant*, universitaire*, enseignants-chercheu*, talents, "
         "travailleurs qualifiés, main-d'œuvre qualifiée, main-d'oeuvre qualifiée, forscher*, wissenschaftler*, "
         "ingenieur*, doktorand*, fachkräft*, fachkraft, akademiker*, investigador*, científic*, ingenier*, "
         "doctorand*, académic*, trabajadores cualificados, trabajadores calificados, ricercator*, scienziat*, "
         "ingegner*, dottorand*, accademic*, lavoratori qualificati, pesquisador*, cientista*, engenheir*, "
         "doutorand*, acadêmic*, trabalhadores qualificados, onderzoeker*, wetenschapper*, promovend*, "
         "kenniswerker*, kennismigrant*", 1.0),
        ("étudiant*, talent*, professeur*, student*, studierende*, professor*, estudiante*, talento*, "
         "profesor*, profesional*, professionist*, docent*, estudante*, profissionais, especialista*, "
         "hoogopgeleid*, informaticien*", 0.8),
        # As "expert" (0.7) in English: news quotes experts on any topic ("según expertos").
        ("expert*", 0.7),
        # Graduates, as "graduate" (0.7) in English.
        ("diplômés, jeunes diplômés, hochschulabsolvent*, absolvent*, graduados, titulados, egresados, laureati, "
         "laureate, neolaureati, licenciados, afgestudeerden", 0.7),
        ("salarié*, employé*, personnel, mitarbeiter*, beschäftigte*, empleado*, trabajador*, dipendent*, "
         "lavorator*, funcionário*, trabalhador*, medewerker*, werknemer*", 0.5),
        ("forsker*, forskare*, forskarna, vitenskapsm*, videnskabs*, ingeniør*, ingenjör*, stipendiat*, "
         "fagarbeider*, faglært*, kvalifisert arbeidskraft, høyt kvalifiserte, högkvalificerad*, tutkija*, "
         "udenlandsk arbejdskraft, utenlandsk arbeidskraft, utländsk arbetskraft, kvalificeret arbejdskraft, "
         "kvalificerad arbetskraft, højtuddannede, højt kvalificerede, "
         "naukowc*, naukowiec*, badacz*, inżynier*, doktorant*, wykwalifikowan*, vědc*, vědec*, výzkumník*, "
         "kutató*, mérnök*", 1.0),
        ("studenter*, spesialist*, specialist*, akademiker*, opiskelija*, asiantuntija*, studentów, studenci, "
         "specjalist*, talent*, studentů, hallgató*", 0.8),
        ("ansatt*, ansatte, anställd*, ansat*, medarbeider*, medarbetare*, työntekijä*, pracownik*, "
         "pracowników, zaměstnanc*, munkavállaló*", 0.5),
        # The coverage audit: the other inflections and the everyday words of these languages (and German,
        # French, Spanish, Italian, Portuguese, Dutch) for specialists, postdocs, professors, foreign workers.
        ("postdoctorant*, post-doctorant*, posdoctoral*, posdoc*, assegnist*, pós-doutorand*, pós-doc*, postdoc*, "
         "postdoktor*, postdok*, doktorgrad*, vetenskapsm*, vitenskapsfolk, videnskabsfolk, tiedemie*, "
         "insinööri*, osaaja*, huippuosaaj*, väitöskirjatutkij*, výzkumní*, inženýr*, inženýř*, doktoranc*, "
         "ausländische arbeitskräft*, travailleurs étrangers, main-d'œuvre étrangère, main-d'oeuvre étrangère, "
         "trabajadores extranjeros, lavoratori stranieri, trabalhadores estrangeiros, buitenlandse werknemers, "
         "ulkomainen työvoima, ulkomaista työvoimaa, ulkomaisen työvoiman, pracownicy z zagranicy, "
         "pracowników z zagranicy, pracowników zagranicznych, pracownicy zagraniczni, zahraniční pracovní*, "
         "kvalifikovaní pracovní*, kvalifikovaných pracovník*", 1.0),
        ("spezialist*, spécialiste*, esperti, hoogleraar*, hoogleraren, talanger, studerende, ekspert*, eksperc*, "
         "specjaliś*, odborní*, profesoř*, profesoři", 0.8),
        ("pracownicy", 0.5),
        ("учёны*, учены*, учёным, учеными, учёными, исследовател*, инженер*, аспирант*, программист*, "
         "разработчик*, науковц*, науковець, вчен*, дослідник*, інженер*, аспірант*", 1.0),
        ("студент*, специалист*, эксперт*, талант*, фахівц*, фахівець, спеціаліст*, таланов*, таланти*", 0.8),
        ("сотрудник*, кадр*, работник*, працівник*, співробітник*", 0.5),
        ("постдок*, иностранн* работник*, іноземн* працівник*", 1.0),
        ("профессор*, професор*, експерт*", 0.8),
        ("araştırmacı*, bilim insan*, bilim adam*, mühendis*, akademisyen*, nitelikli işgücü, peneliti*, "
         "ilmuwan*, insinyur*, akademisi*, tenaga ahli, nhà nghiên cứu, nhà khoa học, kỹ sư, nhân tài, "
         "du học sinh, giảng viên", 1.0),
        ("öğrenci*, uzman*, yetenek*, mahasiswa*, pelajar*, talenta*, sinh viên, chuyên gia, nghiên cứu sinh", 0.8),
        ("çalışan*, pekerja*, karyawan*, nhân viên, người lao động", 0.5),
        # The coverage audit: skilled and foreign workers, professors, experts.
        ("yabancı işçi*, yabancı çalışan*, tenaga kerja terampil, tenaga kerja asing, lao động có tay nghề, "
         "lao động tay nghề cao, lao động nước ngoài", 1.0),
        ("profesör*, spesialis, ahli, giáo sư", 0.8),
        ("शोधकर्ता, वैज्ञानिक, इंजीनियर, शोधार्थी, प्रोफेसर, ஆராய்ச்சியாளர், விஞ்ஞானி, பொறியாளர், باحث, الباحثين, "
         "العلماء, مهندس, أكاديمي, 研究者, 科学者, 技術者, 高度人材, 留学生, エンジニア, 연구원, 연구자, 과학자, "
         "엔지니어, 기술자, 유학생, 인재", 1.0),
        ("छात्र, विद्यार्थी, विशेषज्ञ, प्रतिभा, पेशेवर, மாணவர், طلاب, الطلاب, طالب, خبراء, كفاءات, 学生, 人材, "
         "専門家, 학생, 전문가", 0.8),
        ("कर्मचारी, موظف, 従業員, 社員, 직원, 従業者, 労働者, 근로자, 노동자", 0.5),
        # The coverage audit: skilled and foreign workers, talents, professors, doctoral students, postdocs.
        # fa: researchers, scientists, students, specialists, elites, skilled workers.
        ("پژوهشگران, پژوهشگر, محققان, دانشمندان, دانشجویان, دانشجوی, متخصصان, نخبگان, کارگران ماهر, "
         "نیروی کار ماهر, اساتید", 1.0),
        ("العمالة الماهرة, العمالة الأجنبية, العمال الأجانب, ポスドク, 博士研究員, 숙련 인력, 숙련인력, 숙련 기능인력, "
         "박사과정, 박사후연구원, 외국인 근로자, 외국인 노동자", 1.0),
        ("المواهب, الأساتذة, 教授, 교수들, 대학 교수", 0.8),
        # Entrepreneurs, as "entrepreneur" (0.6) in English: business-founder visas and residence statuses.
        ("entrepreneur*, unternehmer*, emprendedor*, imprenditor*, empreendedor*, ondernemer*, предпринимател*, "
         "経営者, 起業家, 企业家, 企業家, 创业者, 창업자, 기업가", 0.6),
        ("शास्त्रज्ञ, संशोधक", 1.0),
        ("чиновник*, посадовц*, funcionarios, fonctionnaires, beamte*", 0.5),
    ),
    "mobility": (
        # People coming from abroad: what a recruitment scheme or an admission rule is about.
        ("aus dem ausland, aus dem ausland*, de l'étranger, depuis l'étranger, del extranjero, desde el extranjero, "
         "dall'estero, do exterior, uit het buitenland, fra utlandet, från utlandet, fra udlandet, z zagranicy, "
         "из-за рубежа, из-за границы, з-за кордону, yurt dışından, dari luar negeri, từ nước ngoài, विदेश से, "
         "من الخارج, 海外から, 해외에서, 해외 우수, 外国人研究者, 외국인 연구자", 1.0),
        ("visa, visas, passeport*, à l'étranger, a l'étranger, quitter le territoire, quitter le pays, "
         "sortie du territoire, titre de séjour, titres de séjour, carte de séjour, permis de travail, "
         "immigration, immigré*, fuite des cerveaux, expatri*, visum, visums, reisepass*, ausreise*, "
         "ins ausland, auslandsreise*, aufenthaltstitel*, aufenthaltserlaubnis*, arbeitserlaubnis*, blaue karte, "
         "einwanderung*, zuwanderung*, abwanderung*, visado*, pasaporte*, al extranjero, salir del país, "
         "permiso de trabajo, permiso de residencia, inmigración, fuga de cerebros, visto, visti, passaport*, "
         "all'estero, lasciare il paese, permesso di soggiorno, permesso di lavoro, immigrazione, "
         "fuga di cervelli, vistos, passaporte*, para o exterior, deixar o país, autorização de residência, "
         "imigração, fuga de cérebros, paspoort*, naar het buitenland, verblijfsvergunning*, werkvergunning*, "
         "immigratie, arbeidsmigratie*", 1.0),
        ("migration*, migrant*, migrat*, frontière*, voyage*, im ausland, einreise*, reise*, en el extranjero, "
         "residencia, migración, frontera*, viaj*, migrazione, frontier*, viagg*, no exterior, migração, viage*, "
         "buitenland*, migratie, reis*", 0.5),
        ("visumet, visumer, passet, passene, utenlands*, utlandet, i utlandet, utreise*, forlate landet, "
         "lämna landet, forlade landet, utomlands, udlandet, oppholdstillatelse*, arbeidstillatelse*, "
         "uppehållstillstånd*, arbetstillstånd*, opholdstilladelse*, arbejdstilladelse*, innvandring*, "
         "invandring*, indvandring*, arbeidsinnvandr*, hjerneflukt*, udlændingeloven, utlendingsloven, "
         "utlänningslagen, beløbsordning*, fast-track-ordning*, viisumi*, passin, ulkomail*, "
         "oleskelulupa*, työlupa*, maahanmuutto*, wiza, wizy, wizę, wizami, wizow*, paszport*, za granicę, za granicą, zagraniczn*, "
         "wyjazd*, opuścić kraj, zezwoleni* na pobyt, zezwoleni* na pracę, zezwoleń na pobyt, zezwoleń na pracę, "
         "karta pobytu, karty pobytu, kart pobytu, imigracj*, emigracj*, "
         "drenaż mózgów, víza, vízum*, cestovní pas, zahraničí, útlevél*, külföld*", 1.0),
        ("migrasjon*, reise*, rejse*, udenlands*, migracj*, podróż*, utazás*", 0.5),
        # The coverage audit: permanent residence, citizenship, emigration, brain drain and return in these
        # languages and in German, French, Spanish, Italian, Portuguese and Dutch.
        ("niederlassungserlaubnis*, staatsbürgerschaft*, einbürgerung*, auswanderung*, résidence permanente, "
         "naturalisation*, émigration, émigr*, ciudadanía, emigración, residencia permanente, residenza permanente, "
         "cittadinanza, emigrazione, fuga dei cervelli, autorização de trabalho, residência permanente, cidadania, "
         "emigração, staatsburgerschap, naturalisatie, emigratie, braindrain, medborgarskap*, kompetensflykt, "
         "utvandring*, permanent ophold, permanent opphold, statsborgerskab*, statsborgerskap*, udvandring*, "
         "hjerneflugt, kansalaisuu*, maastamuut*, aivovuoto*, pobyt stał*, pobytu stałego, obywatelstw*, "
         "pracovní povolení, povolení k pobytu, trvalý pobyt, trvalého pobytu, občanství, odliv mozků, "
         "гражданств*, громадянств*", 1.0),
        ("nationalité, nacionalidad, nazionalità, nacionalidade, återvandr*, paluumuut*", 0.5),
        ("виза*, визы, визу, визой, визе, визов*, паспорт*, загранпаспорт*, за границу, за границей, за рубеж, за рубежом, зарубежн*, выезд*, "
         "покидать страну, покинуть страну, вид на жительство, разрешение на работу, иммиграц*, эмиграц*, "
         "утечка мозгов, утечки мозгов, віза*, візи, візу, візою, візов*, закордон*, за кордон, виїзд*, залишати країну, "
         "посвідка на проживання, дозвіл на роботу, імміграц*, еміграц*, відтік мізків", 1.0),
        ("миграц*, поездк*, границ*, міграц*, поїздк*, кордон*", 0.5),
        ("vize*, pasaport*, yurt dışı*, yurtdışı*, oturma izni, çalışma izni, beyin göçü, paspor*, luar negeri, "
         "imigrasi, izin tinggal, izin kerja, thị thực, hộ chiếu, xuất cảnh, ra nước ngoài, nhập cư, "
         "giấy phép lao động, chảy máu chất xám, thẻ tạm trú, định cư", 1.0),
        ("göç*, seyahat*, migrasi, perjalanan, nước ngoài, nhập cảnh, di cư", 0.5),
        ("daimi ikamet, thường trú", 1.0),
        ("vatandaşlık*, kewarganegaraan, quốc tịch", 0.5),
        ("hồi hương", 0.5),
        ("वीज़ा, वीजा, पासपोर्ट, विदेश यात्रा, विदेश जाने, देश छोड़, आव्रजन, प्रवासन, वर्क परमिट, ग्रीन कार्ड, விசா, "
         "கடவுச்சீட்டு, குடியேற்ற, تأشيرة, تأشيرات, جواز سفر, جوازات, السفر إلى الخارج, الهجرة, تصريح عمل, "
         "هجرة العقول, ビザ, 査証, 旅券, パスポート, 出国, 海外渡航, 在留資格, 移民, 비자, 여권, 출국, 이민, "
         "체류, 취업비자", 1.0),
        # fa: visa (Iranian, Dari), passport, migration, residence, exit from the country, exit ban, brain drain.
        ("ویزا, ویزه, ویزۀ, روادید, گذرنامه, پاسپورت, مهاجرت, اقامت, خروج از کشور, ممنوعالخروج, ممنوع الخروج, "
         "فرار مغزها", 1.0),
        ("विदेश, यात्रा, प्रवासी, الخارج, الإقامة, 渡航, 海外, 入国, 해외, 입국", 0.5),
        # The coverage audit: permits, permanent residence, brain drain (nationality, said of anyone, is weak).
        ("تصريح إقامة, تصاريح الإقامة, الإقامة الدائمة, 就労許可, 在留許可, 永住権, 永住許可, 頭脳流出, 취업 허가, "
         "영주권, 두뇌 유출, 두뇌유출", 1.0),
        ("الجنسية, 国籍取得, 국적 취득", 0.5),
    ),
    "tourist": (
        ("touris*, vacanci*, tourist*, urlaub*, turis*, vacacion*, vacanz*, férias, toerist*, vakantie*, "
         "turist*, ferie*, matkailu*, turyst*, turyści, wakacj*, туризм*, турист*, отдых*, туризм*, "
         "turizm*, wisata*, wisatawan*, du lịch, du khách, पर्यटक, पर्यटन, சுற்றுலா, سياح*, السياحة, 観光, 관광", 1.0),
    ),
    "exit_control": (
        ("interdiction de sortie, interdit de quitter, interdits de quitter, ausreiseverbot*, ausreisesperre*, "
         "prohibición de salida, prohibido salir, divieto di espatrio, proibição de saída, uitreisverbod*, "
         "utreiseforbud*, reiseforbud*, utreseförbud*, udrejseforbud*, zakaz wyjazdu, запрет на выезд, "
         "запретили выезд, запрета на выезд, ограничения на выезд, ограничение на выезд, сдать паспорт*, "
         "сдать заграничные паспорта, сдава* загранпаспорт*, сдава* паспорт*, сдач* загранпаспорт*, "
         "сдач* паспорт*, ограничен* выезд*, запрет* выезд*, изъяти* загранпаспорт*, "
         "изъяти* паспорт*, сда* паспорт*, сда* загранпаспорт*, изъя* загранпаспорт*, изъя* паспорт*, "
         "отобра* паспорт*, отбира* паспорт*, зда* паспорт*, здава* паспорт*, заборона виїзду, заборонили виїзд, обмеження на виїзд, yurt dışı çıkış yasağı, "
         "cekal, larangan bepergian, cấm xuất cảnh, विदेश यात्रा पर रोक, देश छोड़ने पर रोक, पासपोर्ट जमा, "
         "منع من السفر, حظر السفر, 出国禁止, 出国制限, 渡航制限, 출국금지, 출국 금지, 출국 제한", 1.0),
    ),
    # Bans on entering (or travelling to) a country, what English calls a travel ban: a limit on crossing a
    # border, a travel restriction by the real set's convention when it falls on whole nationalities.
    "entry_ban": (
        ("interdiction d'entrée, interdiction de voyager, interdiction de voyage, interdi* l'entrée, einreiseverbot*, "
         "einreisesperre*, einreisestopp*, einreisebeschränkung*, prohibición de viaje, prohibición de entrada, "
         "veto migratorio, veto de viaje, prohib* la entrada, divieto di ingresso, divieto d'ingresso, "
         "divieto di viaggio, proibição de entrada, proibição de viagem, proib* a entrada, inreisverbod*, "
         "innreiseforbud*, inreseförbud*, indrejseforbud*, zakaz wjazdu, запрет на въезд, запрета на въезд, "
         "запрет въезда, запрети* въезд, заборона на в'їзд, заборона в'їзду, giriş yasağı, seyahat yasağı, "
         "larangan masuk, larangan perjalanan, lệnh cấm nhập cảnh, lệnh cấm đi lại, यात्रा प्रतिबंध, "
         "प्रवेश प्रतिबंध, حظر دخول, حظر الدخول, 入境禁令, 旅行禁令, 禁止入境, 限制入境, 入国禁止, 入国制限, "
         "渡航禁止, 입국 금지, 입국금지, 입국 제한, 여행 금지", 1.0),
    ),
    "research_security": (
        # The coverage audit: espionage and trade secrets in the other languages.
        ("secrets d'affaires, espionagem, bedrijfsgeheim*, företagshemlighet*, forretningshemmelighed*, "
         "forretningshemmelighet*, spionasje*, liikesalaisuu*, tajemnic* przedsiębiorstwa, obchodní tajemství, "
         "коммерческ* тайн*, комерційн* таємниц*, ticari sır*, rahasia dagang, bí mật kinh doanh, أسرار تجارية, "
         "الأسرار التجارية, סודות מסחריים, 商业秘密, 商業秘密", 1.0),
        ("sécurité de la recherche, ingérence*, espionnage*, forschungssicherheit, wissenschaftsspionage, "
         "spionage*, seguridad de la investigación, espionaje*, sicurezza della ricerca, spionaggio*, "
         "kennisveiligheid, onderzoeksveiligheid, segurança da investigação, segurança da pesquisa, spionage*, forskningssikkerhet*, kunnskapssikkerhet*, forskningssäkerhet*, "
         "bezpieczeństwo badań, szpiegost*, шпионаж*, госизмен*, государственн* измен*, шпигун*, державна зрада, "
         "casusluk*, spionase, gián điệp, जासूसी, تجسس, スパイ, 経済安全保障, 산업스파이, 기술유출, 기술 유출, "
         "経済安保, 间谍, 間諜, 간첩, 諜報, "
         # Screening, clearance and France's protected-research regime; cooperation with foreign states checked.
         "filtrage des chercheurs, habilitation de sécurité, zone à régime restrictif, zones à régime restrictif, "
         "potentiel scientifique et technique, sicherheitsüberprüfung*, control de seguridad, secretos industriales, "
         "secretos comerciales, segreti industriali, segredos industriais, geschäftsgeheimnis*, secret des affaires, "
         "cooperación científica, colaboración científica, cooperazione scientifica, collaborazioni internazionali, "
         "coopération scientifique, wissenschaftskooperation*, forschungskooperation*, контакт* с иностранц*, "
         "встреч* с иностранц*, gescreend, screenen, screening*, 국가핵심기술, 핵심기술 인력, 기술인력 유출, 기술 인력 유출, 研究インテグリティ, 研究セキュリティ, 外国資金, 外国资助, 境外资助, "
         "外国资金, 境外资金, 연구보안, 연구 보안, セキュリティ・クリアランス, 技術流出, 技術流失, 技術の流出, 軍事転用, 技術保全, 보안 심사, "
         # Trade secrets and core technology taken by staff, prosecuted under a national-security law (Taiwan's
         # 國安法 covers 國家核心關鍵技術); scientists barred from working with foreigners.
         "營業秘密, 营业秘密, 商業機密, 商业机密, 國安法, 国安法, 核心關鍵技術, 核心关键技术, 機密外洩, 机密外泄, "
         "技術外洩, 技术外泄, 洩密, 泄密, 영업비밀, 営業秘密, работ* с иностранц*, сотрудничеств* с иностранц*", 1.0),
    ),
    "talent_program": (
        # The coverage audit: attracting talent in the other languages.
        ("talente anwerben, talente gewinnen, talente anziehen, talent aantrekken, talenten aantrekken, "
         "locka talanger, tiltrække talenter, tiltrække udenlandsk arbejdskraft, tiltrekke talenter, "
         "tiltrekke seg talenter, houkutella osaajia, houkutella huippuosaajia, przyciąg* talent*, přilák* talent*, "
         "yetenek çek*, yetenekleri çek*, menarik talenta, thu hút nhân tài, משיכת כישרונות, משיכת חוקרים, "
         "延揽人才, 延攬人才", 1.0),
        ("programme de talents, attirer des chercheurs, attirer les chercheurs, attirer des talents, "
         "talentprogramm*, programa de talentos, atraer talento, attrarre talenti, "
         "rientro dei cervelli, atrair talentos, talentprogramma*, programa talentów, программ* привлечени*, "
         "atra* científic*, atra* investigador*, atra* talent*, captación de talento, attir* chercheu*, "
         "attir* talent*, attir* scientifique*, attrarre ricercator*, anwerb* fachkräft*, tiltrekk* forsker*, "
         "fellowship, शिष्यवृत्ती योजना, 人材誘致, 인재 유치, "
         "привлечени* талант*, привлечени* специалистов, залучення талантів, yetenek programı, tersine beyin göçü, "
         "प्रतिभा आकर्षित, استقطاب الكفاءات, 人材誘致, 高度人材ポイント制, 인재 유치, 해외 인재", 1.0),
        # Tax incentives for people who come or come back (the README's "tax incentives for returnees"): the
        # dictionary words for a tax incentive or relief; "impatriati" is Italy's word for those who move in.
        ("incentivo fiscal, incentivos fiscais, incentivos fiscales, incentivi fiscali, incentivo fiscale, "
         "agevolazion* fiscal*, benefício* fisca*, beneficio* fiscal*, beneficios fiscales, avantage* fisca*, "
         "incitation* fiscale*, steuervergünstigung*, steueranreiz*, steuerliche anreize, belastingvoordeel*, "
         "skattefordel*, skattelettelse*, ulg* podatkow*, налогов* льгот*, податков* пільг*, vergi teşvik*, "
         "insentif pajak, ưu đãi thuế, कर प्रोत्साहन, حوافز ضريبية, 税收优惠, 税制優遇, 세제 혜택, 세제혜택, "
         "impatriat*", 1.0),
        # A recruitment drive named as a noun: "유학생 유치" (attracting international students), "研究者誘致".
        ("유학생 유치, 과학자 유치, 연구자 유치, 석학 유치, 인력 유치, 留学生誘致, 研究者誘致, 留学生の誘致, "
         "吸引留学生, 引进科学家, 引进海外人才", 1.0),
    ),
    # A court's or a prosecutor's act, and taking know-how or secrets: in one sentence, a prosecution for
    # technology theft (policy_type.py), research security by the real set's convention.
    "prosecution": (
        ("angeklagt*, anklage*, verurteil*, festgenommen, verhaftet*, inculpé*, condamn*, mis en examen, "
         "acusad*, condenad*, detenid*, imputad*, accusat*, condannat*, arrestat*, indagat*, preso, presos, "
         "aanklacht*, veroordeeld*, tiltalt*, dømt*, åtalad*, dömd*, oskarżon*, skazan*, zatrzyman*, "
         "обвин*, осужд*, приговор*, арестова*, задерж*, засудж*, "
         "suçlan*, tutuklan*, hapis*, didakwa, divonis, ditangkap, bị bắt, truy tố, कैद, गिरफ्तार, "
         "起诉, 起訴, 逮捕, 判处, 判刑, 判決, 有期徒刑, 懲役, 有罪, 검거, 기소, 구속, 징역, 실형, 체포", 1.0),
        # Investigations, a prosecution's first stage.
        ("ermittl*, durchsuch*, enquête*, investigación, investigaciones, indagin*, расследован*, обыск*, "
         "调查, 調查, 约谈, 約談, 查获, 查獲, 侦办, 偵辦, 搜索, 수사, 압수수색, 捜査, 摘発", 1.0),
    ),
    "taking": (
        ("diebstahl*, gestohlen*, stehl*, vol de, volé*, robo, robos, robo de, robad*, robar, robó, sustraer, sustrajo, sustracción, sustraíd*, furto*, rubat*, sottra*, roubo*, "
         "roubad*, kradzież*, ukradł*, кража*, краж*, похищ*, похит*, крадіжк*, hırsızlık*, çaldı*, çalın*, pencurian, "
         "đánh cắp, चोरी, 窃取, 盗窃, 窃密, 盗取, 泄露, 盗用, 持ち出, 漏えい, 漏洩, 窃盗, 盗ん, 유출, 빼돌, 탈취, 절취", 1.0),
    ),
    # Hard negatives in other languages: firms hiring each other's staff, funding rounds (relevance.py).
    "poaching": (
        ("débauch*, abwerb*, abgeworben, sottratt*, переманива*, переманил*, переманили, 挖角, 挖人, 引き抜き, "
         "인재 빼가기, 빼가", 0.9),
        # Head-hunting and changing employer, as "hired away" and "leave for" in English.
        ("스카우트, 헤드헌팅, 이직, 跳槽, 挖走, 高薪挖, 転職, ヘッドハンティング, headhunting, "
         "fichaje*, fichado por, ficha por, recrutée par, recruté par", 0.7),
    ),
    "funding": (
        ("finanzierungsrunde*, levée de fonds, ronda de financiación, round di finanziamento, "
         "раунд финансирования, 融资, 資金調達, 투자 유치", 1.0),
    ),
    # Asylum and refugee cases, removals of people without status, and export controls on goods: the
    # English hard-negative families (lexicon.NEGATIVE_CUES) in the same languages.
    "asylum": (
        ("asile, demandeur* d'asile, droit d'asile, asyl*, asilo político, solicitantes de asilo, "
         "solicitudes de asilo, richiedent* asilo, domande di asilo, pedidos de asilo, azyl*, menedékkérő*, "
         "убежищ*, притулок, притулку, sığınma*, suaka, tị nạn, لجوء, 庇护, 庇護, 亡命申請, 난민 신청, 망명", 1.0),
        ("réfugié*, flüchtling*, geflüchtet*, refugiad*, rifugiat*, vluchteling*, flyktning*, flykting*, "
         "flygtning*, uchodźc*, uprchlí*, menekült*, беженц*, біженц*, mülteci*, pengungsi, người tị nạn, "
         "शरणार्थी, لاجئ*, 难民, 難民, 난민", 0.8),
    ),
    "enforcement": (
        ("expulsion*, expulsé*, reconduite à la frontière, abschiebung*, abgeschoben*, abschiebe*, deport*, "
         "expulsión*, espulsion*, espuls*, uitzetting*, uitgezet*, utvisning*, utvist*, utvisad*, udvisning*, "
         "udvist*, "
         "депортац*, депортир*, выдворени*, sınır dışı, deportasi, trục xuất, निर्वासन, ترحيل, 驱逐出境, "
         "遣返, 強制送還, 강제추방, 추방", 0.8),
        ("sans-papiers, illégaux, clandestin*, illegale migration, illegaler aufenthalt, irregulär*, "
         "indocumentad*, inmigrantes ilegales, immigrati irregolari, irregolari, нелегал*, kaçak göçmen*, "
         "imigran gelap, di cư bất hợp pháp, 非法移民, 非法入境, 非法滞留, 不法滞在, 不法就労, 불법체류*, "
         "불법 체류*, 불법 이민*", 1.0),
    ),
    # AI products, as "new model", "reasoning model", "open-source model" and "chatbot" in English. Language
    # models and chatbots in general are weak (below relevance.MIN_NEGATIVE_CUE): a rule on the people who
    # build them names them too ("大模型企业核心研究人员出国需审批").
    "product_release": (
        ("推理模型, 开源模型, 開源模型, 开源大模型, 開源大模型, 新模型, 추론 모델, 오픈소스 모델, "
         "オープンソースモデル, 推論モデル, modèle open source, open-source-modell*, modelo de código abierto, "
         "modello open source, nouveau modèle, neues modell, nuevo modelo, nuovo modello", 0.8),
        ("modèle de langage, modèles de langage, sprachmodell*, ki-modell*, modelo de lenguaje, modelos de lenguaje, "
         "modello linguistico, modelli linguistici, taalmodel*, языков* модел*, мовн* модел*, 大模型, 大语言模型, "
         "大語言模型, 大規模言語モデル, 언어모델, 언어 모델, chatbot*, чат-бот*, 聊天机器人, 聊天機器人, "
         "チャットボット, 챗봇", 0.5),
    ),
    "goods_export": (
        ("exportbeperking*, exportverbod*, exportrestrictie*, chipmachine*, exportbeschränkung*, "
         "ausfuhrbeschränkung*, ausfuhrverbot*, exportverbot*, restrictions à l'exportation, "
         "restricciones a la exportación, restrizioni all'esportazione, restrições à exportação, экспортн* огранич*, "
         "запрет на экспорт, ihracat yasağı, 出口限制, 出口禁令, 芯片出口, 光刻机, 光刻機, 半导体设备, 半導體設備, "
         "輸出規制, 半導体製造装置, 수출 규제, 수출규제, 반도체 장비, 장비 반입, 장비 반출", 0.8),
        ("lithograf*, litograf*, lithograph*, seltene erden, tierras raras, terre rare, terres rares, "
         "редкоземельн*, 稀土, レアアース, 희토류", 0.8),
    ),
    # Names that hold a negative's word but are no such case: Japan's immigration act is the "Immigration
    # Control and Refugee Recognition Act" (出入国管理及び難民認定法).
    "not_negative": (("難民認定法, 入管難民法, 出入国管理及び難民認定", 0.0),),
    # Handing in passports, and travel abroad (an exit control when a word of control is near).
    "passport_control": (
        ("levere inn pass*, leverer inn pass*, lever* inn passet, lämna in pass*, aflevere pas*, remettre* passeport*, "
         "confisqu* passeport*, reisepäss* abgeben, pässe abgeben, pass* einziehen, entregar* pasaporte*, "
         "consegnare* passaport*, ritirare* passaport*, oddać paszport*, здати паспорт*, "
         "pasaport* teslim, menyerahkan paspor, nộp hộ chiếu, パスポートを預け, パスポートの提出, 여권을 제출, 여권 압수, "
         # Passports held back by an employer or the state: "retiene los pasaportes", "여권 회수", "收缴护照".
         "retien* los pasaportes, retener los pasaportes, retenção dos passaportes, trattien* i passaport*, "
         "confisca* passaport*, einbehalt* pässe, 여권 회수, 여권을 회수, 收缴护照, 没收护照, 扣押护照, 扣留护照, "
         "パスポートを回収, パスポート回収", 1.0),
    ),
    "outbound": (
        ("à l'étranger, voyager, quitter le pays, ins ausland, auslandsreise*, ausreise*, ausreisen, al extranjero, "
         "viajar, salir del país, all'estero, viaggiare, para o exterior, naar het buitenland, reizen, utlandet, "
         "utenlands*, reise, reiser, utomlands, resa, rejse, udlandet, za granicę, wyjazd*, за границу, за рубеж, "
         "выезд*, выезжать, поездк*, за кордон, виїзд*, виїжджати, yurt dışı*, luar negeri, ra nước ngoài, xuất cảnh, "
         "विदेश यात्रा, विदेश जाने, السفر إلى الخارج, 海外渡航, 出国, 출국, 해외", 1.0),
    ),
    # Policy types (tagging.py): what kind of rule a text in another language is about.
    "type_visa": (
        # "Visto" is also "seen" (ha visto, visto che): the visa only in a visa's phrase.
        ("visa, visas, visum, visums, visumet, visado*, visto per*, visto di*, visto d’*, visti per*, visti di*, "
         "il visto, un visto, i visti, dei visti, del visto, nuovo visto, nuovi visti, visto de*, visto para*, "
         "vistos de*, vistos para*, o visto, um visto, os vistos, novo visto, novos vistos, visto gold, "
         "виза*, визы, визу, визой, визов*, "
         "віза*, візи, візу, візов*, vize*, viisumi*, wiza, wizy, wizę, wizow*, víza, vízum*, thị thực, वीज़ा, वीजा, "
         "விசா, تأشيرة, تأشيرات, ビザ, 査証, 비자, *visum*", 1.5),
    ),
    "type_immigration": (
        ("titre de séjour, titres de séjour, carte de séjour, permis de travail, permis de séjour, "
         "aufenthaltserlaubnis*, aufenthaltstitel*, niederlassungserlaubnis*, chancenkarte, punktesystem, "
         "permiso de residencia, permiso de trabajo, residencia permanente, permesso di soggiorno, "
         "permesso di lavoro, autorização de residência, verblijfsvergunning*, werkvergunning*, "
         "oppholdstillatelse*, arbeidstillatelse*, uppehållstillstånd*, arbetstillstånd*, opholdstilladelse*, "
         "arbejdstilladelse*, oleskelulupa*, työlupa*, zezwolenie na pobyt, zezwolenie na pracę, "
         "вид на жительство, разрешение на работу, разрешения на работу, посвідка на проживання, "
         "дозвіл на роботу, oturma izni, çalışma izni, izin tinggal, izin kerja, thẻ tạm trú, "
         "giấy phép lao động, वर्क परमिट, ग्रीन कार्ड, تصريح عمل, الإقامة, 在留カード, 永住, 영주, 체류 자격, "
         "permiso* de residencia, permiso* de trabajo, permess* di soggiorno, autorizaç* de residência, extranjería, "
         "droit des étrangers, aufenthaltsgesetz*, 居住证, 居住證, 在留許可, 체류 허가, 체류허가, 거주 허가, 취업 허가, "
         # Citizenship and naturalisation are migration rules by the real set's convention, as "citizenship" is.
         "citoyenneté, naturalisation*, einbürgerung*, staatsbürgerschaft*, ciudadanía, cittadinanza, cidadania, "
         "naturalização, гражданств*, громадянств*, vatandaşlık*, kewarganegaraan, नागरिकता, 帰化, 入籍, 시민권, "
         # Passes, study permits, employment-permit systems and entry quotas for workers.
         "准证, 準證, 就业准证, 学习许可, 學習許可, 고용허가, 고용 허가, permis d'études, permis d'étude, "
         "decreto flussi, quote d'ingresso, quote di ingresso, cupo de contratación, "
         # A permit's salary threshold, and the Dutch highly skilled migrant (kennismigrant) scheme.
         "salarisgrens*, salarisnorm*, salariscriteri*, gehaltsgrenze*, gehaltsschwelle*, seuil de salaire, "
         "seuil salarial, umbral salarial, soglia salariale, lönekrav*, lønnskrav*, kennismigrant*, "
         # Denmark's pay-limit scheme for foreign workers and its shortage lists ("beløbsgrænsen for udenlandsk
         # arbejdskraft", "positivlisten"); a bare "beløbsgrænse" is any amount limit, "lønkrav" a union's wage claim.
         "beløbsgrænsen for udenlandsk*, beløbsgrænse for udenlandsk*, beløbsgrænser for udenlandsk*, "
         "beløbsordning*, positivliste*, "
         "*einwanderung*, *zuwanderung*, *innvandring*, *invandring*, inmigración, immigrazione, imigração, "
         "immigratie, иммиграц*, імміграц*, göç*, imigrasi, nhập cư, आव्रजन, الهجرة, 移民, 이민", 2.0),
        # The coverage audit: work permits and residence permits as the other languages' everyday words put them.
        ("arbeitserlaubnis*, autorização de trabalho, autorizações de trabalho, tarjeta de residencia, "
         "tessera di soggiorno, 就労許可, 在留許可, تصريح إقامة, تصاريح الإقامة, إقامة دائمة, الإقامة الدائمة", 2.0),
    ),
    # Controls on know-how (deemed exports): research security for relevance, export control as a type.
    "export_control": (
        # The coverage audit (tests/bot/analysis/lexicon/test_language_coverage.py): the other languages' words.
        ("*eksportkontrol*, controle de exportações, controle das exportações, controlo das exportações, "
         "controlo de exportações, ihracat kontrol*, kontrol ekspor, kiểm soát xuất khẩu, ضوابط التصدير, "
         "الرقابة على الصادرات", 2.5),
        ("*eksportkontroll*, *exportkontroll*, *exportkontrolle*, *exportcontrole*, contrôle des exportations, "
         "control de exportaciones, controllo delle esportazioni, экспортн* контрол*, експортн* контрол*, "
         "輸出管理, 수출 통제, 出口许可, 出口許可, 受控技术, 视同出口, みなし輸出, 수출 허가, *kunnskapsoverføring*, overføring av teknologi, technologietransfer*, "
         "transfert de technologie*, transferencia de tecnología, передач* технологи*, 技術移転", 2.5),
    ),
    # A programme, people and a verb of recruiting in one sentence make a talent programme (tagging.py).
    "programme": (
        ("programa*, programme*, programm*, program, programu, programy, programı, programları, программ*, програм*, プログラム, "
         "initiative*, iniciativa*, iniziativa*, dispositif*, convocatoria*, plan, plano, piano, "
         "grant*, мегагрант*, грант*, 制度, 지원사업, 計劃, 计划, "
         # Money set aside funds a scheme: "100 millioner kroner på å tiltrekke seg forskere".
         "million, millions, millionen, millones, milioni, milhões, miljoen*, millioner, miljoner, miljard*, "
         "milion*, миллион*, миллиард*, мільйон*, мільярд*, milyon*, milyar*, juta, miliar, triệu, tỷ, करोड़, "
         "億, 억, "
         # A fund set up for people: "研究者招へいに1000億円の基金", "un fonds pour accueillir des chercheurs".
         "fonds, fondo, fondos, fundo, fundos, фонд, фонда, фонду, 基金, 기금, "
         "프로그램, योजना, योजने*, برنامج, 計画, 事業, 사업", 1.0),
    ),
    "recruit": (
        ("fich*, atra*, attir*, recrut*, reclut*, arruol*, anwerb*, werv*, rekrutt*, rekryter*, tiltrekk*, "
         "holen, zurückhol*, gewinnen, accueil*, accueill*, acoger, acoge*, accoglie*, accogl*, invit*, rapatri*, "
         "richiam*, repatri*, aantrekk*, lock*, anlock*, przyciąg*, ściąg*, rekruttere, rekrutter*, "
         "geri çağır*, cezbet*, davet*, ülkeye çek*, "
         "привлека*, привлеч*, залуча*, залуч*, 유치, 誘致, 招致, 招へい, 呼び込, आकर्षित, भर्ती", 1.0),
    ),
    # Compounds (German, Dutch, Scandinavian) hide the word inside: "Fachkräfteeinwanderungsgesetz".
    "government_compound": (
        ("*gesetz*, *verordnung*, *ministerium*, *departement*, *direktorat*, *forskrift*, *förordning*, "
         "*bekendtgørelse*, *regering*, *regjering*, *wetgeving*, *myndighet*, *myndighed*, *behörde*", 0.8),
    ),
    "talent_compound": (("*fachkräft*, *forscher*, *wissenschaftler*, *forsker*, *forskare*, *onderzoeker*", 0.9),),
    "mobility_compound": (
        ("*einwanderung*, *zuwanderung*, *aufenthalt*, *visum*, *innvandring*, *invandring*, *indvandring*, "
         "*oppholdstillatelse*, *uppehållstillstånd*, *verblijfsvergunning*, *migratie*, *migrasjon*, *migrant*", 0.8),
    ),
    "research_security_compound": (
        ("*forskningssikkerhet*, *kunnskapssikkerhet*, *kennisveiligheid*, *onderzoeksveiligheid*, *forschungssicherheit*", 0.8),
    ),
    # Moving for good, coming back, leaving in numbers.
    "movement": (
        ("traslad*, retorno, éxodo, diáspora, repatri*, exode, diaspora, rückkehr*, rückkehrer*, zurückkehr*, "
         "rientro, esodo, êxodo, flytte*, tilbakevend*, utvandr*, возвращени*, переезд*, релокац*, диаспор*, "
         "эмигр*, повернен*, переїзд*, релокаці*, परदेश*, परत येऊ, प्रवासी भारतीय, 帰国, 呼び込み, 受け入れ, 귀국, "
         "留学, 유학", 0.7),
        ("extranjer*, étranger*, ausländ*, estrangeir*, stranier*, buitenlands*, utenlandsk*, utländsk*, "
         "udenlandsk*, иностран*, іноземн*, yabancı*, cudzoziem*, obcokrajow*, cizin*, ulkomaalai*, विदेशी, "
         "أجنب*, 外国人, 외국인", 0.4),
    ),
    "visa_free": (
        ("безвизов*, без виз, без визы, sans visa, visumfrei*, sin visado, senza visto, visumvrij*, visumfri*, "
         "viseringsfri*, bezwizow*, безвіз*, vizesiz, miễn thị thực, ビザ免除, 무비자, 비자 면제", 0.8),
    ),
    # Stages of a measure (tagging.py's status), beside "reported" below.
    "status_in_effect": (
        ("est entré en vigueur, est entrée en vigueur, sont entrés en vigueur, in kraft getreten, gilt seit, "
         "entró en vigor, entraron en vigor, está en vigor, entrato in vigore, entrata in vigore, "
         "entrou em vigor, in werking getreden, trådte i kraft, trådde i kraft, trädde i kraft, trådt i kraft, "
         "вступил* в силу, вступила в силу, вступили в силу, набрав чинності, набули чинності, yürürlüğe girdi, "
         "mulai berlaku, có hiệu lực từ, लागू हो गया, लागू हो गई, 施行され, 施行されて, 시행됐다, 시행되었다, 시행에 들어갔다", 3.0),
        ("приговорил*, приговорили, осужден*, осуждён*, признали виновным, засуджен*, verurteilt, condamné*, "
         "condenado*, condannat*, dømt", 2.0),
        # A law applied to people: arrested, detained, indicted, sentenced under it (a prosecution is the
        # rule in force, as a conviction is).
        # (Forms, not bare stems, where a stem sits in other words: 不起訴 is a decision not to prosecute,
        # 구속력 binding force.)
        ("被起訴, 遭起訴, 被起诉, 遭起诉, 檢方起訴, 检方起诉, 檢察官起訴, 检察官起诉, 起訴書, 起诉书, 提起公訴, 提起公诉, "
         "起訴された, 被捕, 羈押, 羁押, 收押, "
         "拘提, 判刑, 判處, 判处, 逮捕, 有罪判決, 기소했, 기소됐, 기소된, 구속 기소, 명 구속, 명 기소, 구속됐, 구속된, 구속영장, 체포, "
         "징역, 실형, festgenommen, angeklagt, anklage erhoben, inculpé*, mis en examen, detenido*, detenida*, "
         "arrestat*, arrestad*, арестован*, задержан* по подозрению, задержали по подозрению, "
         "предъявлен* обвинени*", 2.0),
        ("en vigueur, in kraft, en vigor, in vigore, em vigor, i kraft, в силу, чинності, yürürlükte, 施行, 시행, "
         "लागू", 1.0),
        # From today, as "starting today": applies on the date.
        ("ab sofort, ab heute, seit heute, dès aujourd'hui, à compter d'aujourd'hui, desde hoy, a partir de hoy, "
         "da oggi, a partire da oggi, a partir de hoje, vanaf vandaag, fra i dag, från och med i dag, od dziś, "
         "od dzisiaj, с сегодняшнего дня, з сьогодні, bugünden itibaren, mulai hari ini, kể từ hôm nay, 本日から, "
         "今日から, 오늘부터", 2.5),
    ),
    "status_proposed": (
        ("projet de loi, avant-projet, gesetzentwurf*, referentenentwurf*, anteproyecto, proyecto de ley, "
         "disegno di legge, projeto de lei, wetsvoorstel*, lovforslag*, høringsnotat*, lagförslag*, remiss*, "
         "lovudkast*, projekt ustawy, законопроект*, проект закона, проект постановления, законопроєкт*, "
         "kanun teklifi, rancangan undang-undang, dự thảo, विधेयक, मसौदा, 法案, 입법예고, 개정안", 3.0),
        ("høringsinnspill*, høringsrunde*, høringen, høringsfrist*, remissvar*", 2.5),
        ("consultation publique, höring*, høring, entwurf*, propuesta, proposta, voorstel, forslag*, prévoit, "
         "планиру*, 検討, 검토", 1.0),
        # Proposed, as "propose" (1.5) in English, in the past: the present "propose", "propone", "предлагает"
        # also offers ("le programme propose des bourses").
        ("a proposé, ont proposé, vorgeschlagen, propuso, propusieron, ha propuesto, han propuesto, planteó, plantearon, ha planteado, ha proposto, "
         "hanno proposto, propôs, propuseram, zaproponował*, предложил*, предложило, запропонува*, önerdi", 1.5),
        # Considering, as "is considering": not yet decided.
        ("erwägt, erwägen, envisage, envisagent, estudia, estudian, sta valutando, stanno valutando, overweegt, "
         "overwegen, vurderer, överväger, rozważa, рассматрива*, розглядає, değerlendiriyor, mempertimbangkan, "
         "đang xem xét", 2.0),
    ),
    "status_enacted": (
        ("a signé, unterzeichnet*, firmó, ha firmado, firmato, assinou, ondertekend, undertegnet, undertecknat, "
         "подписал*, підписав, підписала, imzaladı, đã ký, हस्ताक्षर, 署名, 서명했다, a adopté, verabschiedet, "
         "aprobó, ha aprobado, approvato, aprovou, aangenomen, vedtatt, vedtok, antogs, принял закон, приняла закон, "
         "приняли закон, утвердил*, утверждён, утверждена, утверждены, утверждено, утвержден, ухвалив, ухвалила, затвердив, затвердила, "
         "kabul etti, 成立, 公布, 의결, beschlossen, beschlossene*, "
         "поправк* к закон*, поправкам к закон*, согласно закон*, закон принят, принят закон, принятый закон, "
         "loi adoptée, loi promulguée, ley aprobada, legge approvata, lei aprovada, wet aangenomen, "
         "bundesgesetzblatt, journal officiel, boletín oficial, gazzetta ufficiale, diário oficial, "
         "官報, 官报, 관보, 공포", 2.0),
    ),
    # A legislature's final vote passes the bill, whatever "draft" it is still called: Taiwan's third
    # reading, Korea's plenary session, Japan's Diet (status.py reads it as enacted, over the draft).
    "status_passed": (
        ("三读通过, 三讀通過, 三读修正通过, 三讀修正通過, 본회의 통과, 본회의를 통과, 국회 통과, 可決・成立, 可決成立", 3.5),
    ),
    "status_future": (
        # A bare future auxiliary weighs as English "will" does (half): it often tells what a rule in force
        # will ask of applicants, not a decision still to come (the intentions below keep their weight).
        ("будет, будут, станет, sera, seront, será, serán, sarà, saranno, vil, kommer att, zal, zullen, będzie, "
         "буде, olacak, akan, sẽ, करेगी, करेगा, होगा, होगी, va, vont, vai, vão, gaat, gaan, "
         "سيتم, سوف", 0.5),
        ("予定, 방침, 예정, tiene previsto, tienen previsto, prevé, "
         "aprobará, lanzará, pondrá en marcha, 하기로 했다, 기로 했다, 기로 했습니다, 기로 하였다, 기로 하였습니다, 할 계획, 추진한다, 도입한다, 확대한다, 개편한다, "
         "신설한다, va a, van a, plant, planen, "
         "намерен*, собира*, планир*, має намір, 方針, 来年度から, 来年から, 見通し", 1.0),
        # A decision to act, told done in the perfect, is the act to come: "har beslutat att införa", "a décidé de
        # créer". (Not a bare "decidió"/"decidiu", a court's ruling as often, nor "decidido" an adjective, nor the
        # pluperfect "aveva deciso di" told of a rule now in force.)
        ("har beslutat att, har besluttet å, har besluttet at, heeft besloten om, heeft besloten te, "
         "hebben besloten om, hebben besloten te, a décidé de, a décidé d', ont décidé de, ont décidé d', "
         "ha decidido, han decidido, ha deciso di, hanno deciso di, zdecydował*, postanowił*", 1.0),
        # Announcing, with nothing said to apply yet: "hat ein Programm angekündigt", "annonce un plan".
        ("angekündigt*, ankündig*, annonce, annoncent, annoncé*, anuncia, anuncian, "
         "annuncia, annunciano, aangekondigd, kunngjør*, zapowiada*, zapowiedzia*, "
         "объявил*, объявля*, анонсир*, оголоси*, duyurdu", 1.0),
    ),
    # An announcement told as an event, in the past: what the sentence says next tells a plan ("anunció que
    # la iniciativa contará con") from a fact ("han anunciado que 254 investigadores se postularon").
    "announced_past": (
        ("anunció, anunciaron, ha anunciado, han anunciado, anunciou, anunciaram, annunciato, annunciata, "
         "kondigde, kondigden, bekanntgegeben, أعلن, أعلنت", 1.0),
    ),
    # Attribution to the press or unnamed sources: the measure is reported, not announced.
    "reported": (
        ("selon des sources, selon plusieurs sources, selon les médias, d'après des sources, aurait ordonné, "
         "laut medienberichten, nach informationen von, según fuentes, según medios, secondo fonti, "
         "secondo indiscrezioni, segundo fontes, volgens bronnen, ifølge kilder, enligt källor, ifølge medier*, "
         "według źródeł, według mediów, по данным сми, по данным источник*, по информации источник*, "
         "источники сообщ*, за даними джерел, за інформацією джерел, kaynaklara göre, "
         "menurut sumber, theo nguồn tin, सूत्रों के अनुसार, मीडिया रिपोर्ट, وفقا لمصادر, 関係者によると, "
         "소식통에 따르면", 3.0),
        ("по данным, передает, передаёт, сообщает, повідомляє, selon, laut, según, secondo, ifølge, enligt, "
         "według, के अनुसार, как сообщает", 0.7),
        ("выяснил*, узнал*, расследовани*, стало известно, з'ясували, стало відомо", 2.0),
        ("сообщают источники, сообщили источники, по словам источник*, пишут сми, сообщают сми, "
         "как стало известно, повідомляють джерела, selon nos informations, nach informationen, "
         "wie aus kreisen, según ha podido saber, a quanto apprende, 関係者への取材, 소식통", 3.0),
        # One source, close to the matter, or anonymity asked for, in the languages of the lists above.
        ("insidern zufolge, aus regierungskreisen, aus informierten kreisen, source proche, sources proches, "
         "selon une source, de source sûre, sous couvert d'anonymat, fuentes cercanas, fuente cercana, según una fuente, "
         "bajo condición de anonimato, fonti vicine, secondo quanto risulta, fontes próximas, segundo apurou, "
         "sob condição de anonimato, ingewijden, anonieme bronnen, на условиях анонимности, источник в, "
         "источники в, собеседник*, джерело в, джерела в, anonim kaynak*, 匿名を条件に", 3.0),
    ),
    # A court stopping a rule: the court and the stopping, in one sentence, make it suspended (status.py).
    "court": (
        ("gericht*, verwaltungsgericht*, verfassungsgericht*, tribunal*, juge, juges, juez*, jueza*, giudice*, "
         "tar, juiz, juíza, juízes, juízas, rechter*, rechtbank*, domstol*, tingrett*, sąd, sądu, sędzi*, суд, суда, судом, судья*, "
         "суддя*, mahkeme*, yargıç*, pengadilan, hakim, tòa án, अदालत, न्यायालय, محكمة, 法院, 裁判所, 地裁, 법원", 1.0),
    ),
    "halt": (
        ("gestoppt, stoppt, stoppen, ausgesetzt, außer vollzug, suspend*, suspendu*, bloqu*, bloccat*, blocca*, "
         "sospes*, sospend*, frenó, frena, frenan, frenaron, geschorst, schorst, opphev*, приостанов*, заблокир*, призупин*, заблокув*, "
         "durdurdu, durdurul*, askıya, menangguhkan, tạm dừng, रोक लगा, أوقف*, 暂停, 暫停, 叫停, 差し止め, "
         "一時停止, 효력 정지, 집행정지, 제동, 冻结, 凍結, 禁制令, 限制令", 1.0),
    ),
    # Words of permission or prohibition (an exit control is one near an outbound word).
    "control": (
        ("запрет*, запрещ*, ограничени*, заборон*, обмежен*, interdi*, verbot*, prohib*, forbud*, förbud*, "
         "zakaz*, yasak*, larangan, cấm, रोक, प्रतिबंध, منع, حظر, 禁止, 制限, 금지, 제한", 1.0),
    ),
    # Leave asked for: "выпустят за границу с разрешения", "Genehmigung für Auslandsreisen", "해외 출장 승인".
    # (policy_type.py pairs one with an outbound cue close by, as "approval before travelling abroad".)
    "approval": (
        ("разрешени*, согласовани*, одобрени*, дозвіл*, погоджен*, genehmig*, autorisation*, autorizaci*, "
         "autorizzazion*, tillatelse*, tillstånd*, zezwoleni*, izni, izin*, 허가, 승인, 許可, 承認, 批准, 审批, 審批", 1.0),
    ),
})

# --- Chinese scripts ---
# Simplified and traditional forms of the characters of policy news ("simplified traditional" pairs): the
# lists above are written in simplified characters; text in traditional ones (Taiwan, Hong Kong, Macao,
# overseas outlets) is folded onto them before matching, character for character.
_ZH_PAIRS = """
国國 邓鄧 冈岡 专專 业業 东東 丝絲 两兩 严嚴 丧喪 个個 临臨 为為 丽麗 举舉 么麼 义義 乌烏 乐樂 习習 乡鄉 书書 买買 乱亂 争爭 于於 亏虧
云雲 亚亞 产產 亲親 亿億 仅僅 从從 仓倉 仪儀 们們 价價 众眾 优優 会會 伟偉 传傳 伤傷 伦倫 伪偽 体體 侦偵 侧側 侨僑 债債
倾傾 偿償 储儲 兰蘭 关關 兴興 养養 内內 册冊 写寫 军軍 农農 冲衝 决決 况況 冻凍 净淨 准準 减減 凭憑 击擊 划劃 刘劉 则則
刚剛 创創 删刪 别別 剂劑 剑劍 剧劇 劝勸 办辦 务務 动動 励勵 劳勞 势勢 区區 医醫 华華 协協 单單 卖賣 卢盧 卫衛 却卻 厂廠
厅廳 历歷 厉厲 压壓 县縣 参參 双雙 发發 变變 叙敘 台臺 号號 后後 启啟 员員 响響 问問 团團 园園 围圍 图圖 圆圓 圣聖 场場
坏壞 块塊 坚堅 坛壇 执執 报報 声聲 处處 备備 复復 夺奪 奋奮 奖獎 妇婦 孙孫 学學 宁寧 宝寶 实實 审審 宪憲 宫宮 宽寬 宾賓
对對 导導 寿壽 将將 尔爾 尝嘗 层層 属屬 岁歲 岛島 岭嶺 币幣 师師 帐帳 带帶 帮幫 干幹 并並 广廣 庄莊 庆慶 库庫 应應 废廢
开開 异異 弃棄 张張 弹彈 强強 归歸 当當 录錄 彻徹 径徑 征徵 忆憶 态態 怀懷 总總 恋戀 恶惡 悬懸 惊驚 惧懼 惩懲 愿願 戏戲
战戰 户戶 扩擴 扫掃 扬揚 扰擾 抢搶 护護 担擔 拟擬 拥擁 择擇 挂掛 挥揮 损損 换換 据據 摄攝 摆擺 敌敵 数數 断斷 无無 旧舊
时時 显顯 晓曉 暂暫 术術 机機 杀殺 杂雜 权權 条條 来來 杨楊 极極 构構 枪槍 柜櫃 标標 树樹 样樣 档檔 桥橋 检檢 楼樓 欢歡
欧歐 残殘 毁毀 毕畢 气氣 汇匯 汉漢 沟溝 没沒 沪滬 泄洩 泽澤 洁潔 浅淺 济濟 测測 浓濃 涌湧 润潤 涨漲 渔漁 温溫 湾灣 湿濕
满滿 滨濱 灭滅 灯燈 灵靈 灾災 炉爐 点點 炼煉 烟煙 热熱 爱愛 牵牽 状狀 犹猶 狱獄 独獨 献獻 环環 现現 电電 画畫 畅暢 疗療
盖蓋 盘盤 监監 盐鹽 着著 矿礦 码碼 础礎 确確 碍礙 礼禮 祸禍 离離 种種 称稱 税稅 稳穩 穷窮 窃竊 竞競 笔筆 筑築 简簡 签簽
筹籌 类類 粮糧 紧緊 纠糾 红紅 约約 级級 纪紀 纳納 纲綱 纵縱 纷紛 纸紙 线線 练練 组組 细細 织織 终終 经經 结結 绕繞 给給
络絡 绝絕 统統 继繼 绩績 绪緒 续續 维維 综綜 绿綠 缓緩 编編 缘緣 缩縮 缴繳 网網 罗羅 罚罰 罢罷 职職 联聯 肃肅 胁脅 脉脈
脑腦 舰艦 艺藝 节節 苏蘇 范範 荐薦 药藥 获獲 营營 蓝藍 虑慮 虚虛 虽雖 补補 装裝 见見 观觀 规規 视視 览覽 觉覺 订訂 计計
认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 许許 论論 设設 访訪 证證 评評 识識 诈詐 诉訴 词詞 译譯 试試 话話 询詢 该該 详詳
语語 误誤 诱誘 说說 请請 诸諸 读讀 课課 谁誰 调調 谈談 谋謀 谍諜 谓謂 谢謝 贝貝 负負 贡貢 财財 责責 败敗 货貨 质質 贩販
贪貪 购購 贯貫 贴貼 贵貴 贷貸 贸貿 费費 资資 赏賞 赔賠 赛賽 赞贊 赵趙 赶趕 车車 轨軌 转轉 轮輪 软軟 轻輕 载載 较較 辅輔
辆輛 输輸 辖轄 边邊 达達 迁遷 过過 运運 还還 这這 进進 远遠 违違 连連 迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 邻鄰 郑鄭 释釋
鉴鑑 针針 钟鐘 钱錢 铁鐵 银銀 链鏈 销銷 锁鎖 错錯 键鍵 镇鎮 长長 门門 闭閉 问問 间間 闻聞 阁閣 阅閱 队隊 阳陽 阴陰 阵陣
阶階 际際 陆陸 陈陳 险險 随隨 隐隱 难難 雾霧 韩韓 页頁 顶頂 项項 顺順 须須 顾顧 顿頓 预預 领領 频頻 题題 颁頒 颜顏 额額
风風 飞飛 饭飯 馆館 驱驅 驻駐 验驗 骗騙 鱼魚 鲁魯 鲜鮮 鸟鳥 麦麥 黄黃 齐齊 龙龍 龄齡 党黨 条條 启啓 台檯 台颱 里裡
游遊 面麵 尽盡 尽儘 历曆 复複 汇彙 发髮 干乾 签籤 钟鍾 回迴 托託 采採 志誌 系係 系繫 冲沖 余餘 才纔 布佈 占佔 侣侶 帅帥
归歸 厌厭 吗嗎 层層 岩巖 币幣 庙廟 弯彎 彦彥 恳懇 惯慣 愤憤 戴戴 扑撲 抚撫 挤擠 掷擲 搅攪 摊攤 撑撐 敛斂 斋齋 旷曠 暧曖
术術 杰傑 枣棗 栋棟 栈棧 桩樁 梦夢 检檢 槛檻 欧歐 殴毆 毙斃 汤湯 泪淚 泼潑 浏瀏 渊淵 滞滯 烂爛 烦煩 烧燒 爷爺 犊犢 狭狹
猎獵 猪豬 猫貓 玛瑪 琐瑣 畴疇 疯瘋 皱皺 盗盜 睁睜 码碼 祯禎 禅禪 秃禿 秋鞦 穑穡 窝窩 笋筍 筛篩 篮籃 糁糝 纤纖 绑綁 绳繩
缅緬 罂罌 羡羨 耸聳 肠腸 肤膚 肿腫 胜勝 胶膠 脏髒 脚腳 脸臉 腊臘 舱艙 茧繭 荣榮 莱萊 萝蘿 蒋蔣 蚁蟻 蚕蠶 衅釁 袜襪 袭襲
詟讋 誉譽 谎謊 谊誼 谜謎 贞貞 贤賢 贱賤 赚賺 赠贈 跃躍 辈輩 辞辭 迈邁 郁鬱 酝醞 酿釀 钞鈔 钢鋼 钥鑰 锅鍋 镜鏡 闪閃 闸閘
闹鬧 阔闊 隶隸 韧韌 颇頗 颈頸 颗顆 飘飄 饮飲 馈饋 驳駁 驶駛 骤驟 鸿鴻 鹏鵬 齿齒 庞龐 斗鬥 众衆 丑醜 巨鉅 铺鋪 霉黴 卜蔔
适適 须鬚 纽紐 纯純 编編 乌烏 驾駕 驴驢 骑騎 骚騷 惊驚 壮壯 妆妝 状狀 将將 奖獎 浆漿 桨槳 酱醬 与與 写寫 泻瀉 冯馮 决決
"""
TRADITIONAL_TO_SIMPLIFIED: Mapping[int, int] = MappingProxyType(
    {ord(p[1]): ord(p[0]) for p in reversed(_ZH_PAIRS.split()) if len(p) == 2 and p[0] != p[1]}
)
