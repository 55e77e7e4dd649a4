"""The thread answers' own additions to the bilingual glossary of `qa_crosslingual` (`QA_XL_CONCEPTS`), for
answering an English question from an article in another language (`bot.analysis.qa.bridge` merges the
two): more of the domain's everyday concepts, and more forms of the glossary's concepts in Polish, Finnish,
Turkish, Danish and Arabic. Kept apart because the story clustering (`bot.analysis.story_concepts`) reads
only the latter here, those languages' forms of the shared glossary's concepts: the new concepts and English
words would change what every English report names, which it was tuned without. Written as `QA_XL_CONCEPTS` is: lower case,
comma-separated, a trailing "*" for any ending, forms in scripts without spaces matched as substrings.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["QA_XL_CONCEPTS_MORE"]

# concept: (more English words in questions, more forms); a concept of `QA_XL_CONCEPTS` adds to it (its
# English words may be empty), a new one stands alone.
QA_XL_CONCEPTS_MORE: Mapping[str, tuple[str, str]] = MappingProxyType({
    "passport": (
        "",
        "paszport*, passi, passin, passia, passit, pasaport*, جواز السفر, جوازات السفر, جواز سفر",
    ),
    "visa": (
        "",
        "wiza, wizy, wizę, wizą, wizow*, viisumi*, vize, vizesi, vizeler*, تأشيرة, تأشيرات, تاشيرة",
    ),
    "family": (
        "",
        "rodzin*, małżon*, dzieci, perhe*, puoliso*, lapset, lapsi*, aile*, çocuk*, الأسرة, أسرته, عائلة, "
        "العائلة, الأبناء, أبنائ, الزوجة, الأطفال",
    ),
    "salary": (
        "",
        "wynagrodzeni*, pensj*, zarobk*, dochod*, dochód, palkka*, palkan, palkat, palkkaa, tulotaso*, maaş*, "
        ""
        "ücret*, gelir*, løn, lønnen, lønninger, راتب, رواتب, الأجور, الدخل",
    ),
    "tax": (
        "",
        "podat*, veron, verot, verotu*, vergi*, الضريب, ضريبة",
    ),
    "fee": (
        "",
        "opłat*, maksu*, harç*, ücret*, رسوم, الرسوم",
    ),
    "university": (
        "",
        "uniwersytet*, uczelni*, yliopisto*, korkeakoul*, üniversite*, الجامعة, جامعة, جامعات",
    ),
    "conference": (
        "",
        "konferencj*, posiedzeni*, konferenssi*, kokou*, toplantı*, مؤتمر, اجتماع",
    ),
    "court": (
        "trial trials",
        "sąd, sądu, sądy, sądem, sądzie, sędzi*, wyrok*, trybunał*, tuomioistui*, käräjäoikeu*, hovioikeu*, "
        "mahkeme*, المحكمة, محكمة",
    ),
    "information": (
        "",
        "informacj*, dane, danych, tieto, tiedot, tietoja, tietoj*, asiakirj*, bilgi*, belge*, معلومات, "
        "بيانات, "
        "وثائق",
    ),
    "application": (
        "petition petitions",
        "wniosek, wniosk*, wnioskodaw*, hakemu*, hakij*, başvur*, ansøg*, طلبات, تقديم الطلب, المتقدم",
    ),
    "company": (
        "",
        "przedsiębior*, pracodaw*, spółk*, yritys*, yrityk*, yritykset, työnantaj*, şirket*, işveren*, "
        "virksomhed*, arbejdsgiver*, bedrijven, ondernemingen, شركة, شركات, منشأة, منشآت, أصحاب العمل",
    ),
    "country": (
        "",
        "kraj, kraju, kraje, krajów, państw*, maa, maan, maat, maiden, valtio*, ülke*, devlet*, دولة, الدول, "
        "بلدان",
    ),
    "field": (
        "",
        "dziedzin*, branż*, aloilla, alalla, sektori*, sektör*, مجال, مجالات, قطاع",
    ),
    "technology": (
        "",
        "technologi*, teknoloji*, تقني, تكنولوج",
    ),
    "secret": (
        "",
        "tajemnic*, tajn*, salai*, gizli*, السرية, أسرار, معلومات سرية, وثائق سرية, بيانات سرية",
    ),
    "travel": (
        "",
        "wyjazd*, podróż*, za granic*, ulkomail*, matkustu*, yurt dışı*, seyahat*, udland*, السفر, الخارج",
    ),
    "entry": (
        "",
        "wjazd*, maahantulo*, giriş*, indrejse*, دخول",
    ),
    "residence": (
        "",
        "pobyt*, oleskelu*, ikamet*, oturma izni, opholdstilladelse*, ophold*, إقامة, الإقامة, اقامة, مقيم",
    ),
    "work": (
        "",
        "praca, pracy, pracę, pracą, pracowni*, zatrudni*, työ, työn, työtä, työnteki*, työlu*, çalış*, "
        "işçi*, "
        "istihdam*, arbejd*, العمل, العاملين, عامل, توظيف, وظيفة",
    ),
    "student": (
        "",
        "studenci, studentów, opiskelij*, öğrenci*, الطالب, الطالبة, طلاب, الطلبة",
    ),
    "professor": (
        "",
        "professori*, profesör*, أستاذ, أساتذة",
    ),
    "staff": (
        "",
        "pracownik*, pracowników, työntekij*, henkilöst*, personel*, çalışan*, medarbejder*, موظف",
    ),
    "institution": (
        "",
        "instytu*, laboratori*, laitos*, laitoks*, enstitü*, kurum*, معهد, مؤسسة, مختبر",
    ),
    "announce": (
        "launch launches launched",
        "ogłos*, ogłosz*, opublikow*, ilmoitt*, julkist*, tiedott*, açıkla*, duyur*, offentliggj*, meddel*, "
        "أعلن, "
        "إعلان, الإعلان, اعلان, lanc*, lanz*, запуск*, запусти*, 启动, 啟動, 출범, freigegeben*, freigeb*",
    ),
    "minister": (
        "",
        "ministerstw*, ministeriö*, bakan*, ministeri*, وزير, وزارة, وزارات",
    ),
    "law": (
        "",
        "ustaw*, przepis*, rozporządzeni*, laki, lain, lakia, lakiin, lainsäädä*, asetu*, kanun*, yasa, "
        "yasası, "
        "yasanın, yasayı, yönetmeli*, mevzuat*, lovforslag*, bekendtgørelse*, قانون, مرسوم, لائحة, تشريع",
    ),
    "requirement": (
        "",
        "warun*, wymog*, wymag*, wymóg*, edellytyk*, vaatimu*, ehto*, şart*, koşul*, kriter*, betingelse*, "
        "شرط, "
        "شروط, متطلبات, معايير",
    ),
    "degree": (
        "",
        "dyplom*, absolwent*, wykształceni*, tutkinto*, tutkinno*, koulutu*, lisans*, doktora*, uddannelse*, "
        "شهادة, شهادات, "
        "دكتوراه, الدكتوراة, ماجستير, بكالوريوس",
    ),
    "experience": (
        "",
        "doświadczeni*, kokemu*, deneyim*, tecrübe*, خبرة",
    ),
    "age": (
        "",
        "wiek*, ikä*, iän, yaş, yaşı, yaşında, العمر",
    ),
    "licence": (
        "",
        "zezwoleni*, pozwoleni*, zgoda, zgody, zgodę, lupa, luvan, lupaa, luvat, lupi*, izin, izni, izinler*, "
        ""
        "tilladelse*, ترخيص, تصريح",
    ),
    "funding": (
        "",
        "finansowa*, dofinansowa*, budżet*, rahoitu*, tuki*, määräraha*, bütçe*, finansiering*, bevilling*, "
        "تمويل, ميزانية",
    ),
    "accusation": (
        "indict indicted indictment prosecutor prosecutors prosecute prosecuted",
        "oskarż*, zarzut*, szpieg*, śledztw*, syyte*, syyttä*, vakoil*, tutkinta*, casusluk*, soruşturma*, "
        "sigtet*, اتهام, تجسس, تحقيق, procureur*, staatsanwalt*, staatsanwält*, fiscalía*, procura della "
        "repubblica, åklagare*, прокурор*, прокуратур*, 检察, 檢察, 検察, 검찰, prokurator*, prokuratur*, syyttäjä*, "
        "savcı*, النيابة",
    ),
    "amend": (
        "reform reforms",
        "nowelizacj*, zmian*, projekt ustawy, muutos*, esitys*, luonnos*, değişiklik*, taslak*, ændring*, "
        "تعديل, "
        "مشروع, réform*, reform*, реформ*, 改革, 개혁, uudistu*, 修订, 修法, 修例",
    ),
    "restriction": (
        "",
        "ogranicz*, zakaz*, rajoit*, kielto*, kieltä*, kısıtla*, yasak*, begræns*, قيود, حظر, تقييد",
    ),
    "replace": (
        "",
        "zastąp*, zastępuj*, zastąpi*, korvaa*, korvat*, yerine, يحل محل, استبدال",
    ),
    "target": (
        "",
        "tarkoitu*, tavoit*, hedef*, amaç*, يستهدف, هدف",
    ),
    "engineer": (
        "",
        "inżynier*, insinööri*, mühendis*, مهندس",
    ),
    "loss": (
        "",
        "strata, straty, szkod*, menety*, vahinko*, zarar*, خسائر, خسارة, أضرار, utraci*, utrat*, menett*",
    ),
    "foreigner": (
        "foreigner foreigners foreign alien aliens expatriate expatriates migrant migrants",
        "étranger*, étrangère*, ausländer*, ausländisch*, extranjero*, extranjera*, stranier*, estrangeir*, "
        "buitenlander*, buitenlands*, utlending*, utenlandsk*, utländsk*, иностран*, мигрант*, 外国人, 外國人, 外籍, "
        "外国籍, "
        "외국인, 외국 국적, विदेशी, cudzoziem*, obcokrajow*, ulkomaalai*, ulkomais*, yabancı*, udlænding*, أجنب, "
        "الأجانب, الوافد",
    ),
    "card": (
        "card cards",
        "carte, cartes, karte, karten, tarjeta*, carta blu, carta di soggiorno, cartão, cartões, kaart, "
        "kaarten, карта, карты, "
        "карту, картой, карточк*, 卡片, 绿卡, 綠卡, 蓝卡, 藍卡, 金卡, カード, 카드, karta, karty, kartę, kartą, kortti*, kart, "
        ""
        "kartı, kartın, kortet, kortene, بطاقة",
    ),
    "holder": (
        "holder holders bearer bearers",
        "titulaire*, détenteur*, inhaber*, titular*, titolar*, detentor*, portador*, houder*, innehaver*, "
        "innehavar*, владел*, обладател*, 持有, 持证, 持證, 保有者, 所持者, 소지자, 보유자, वाहक",
    ),
    "hire": (
        "hire hires hired hiring recruit recruits recruited recruiting recruitment",
        "embauch*, recrut*, neueinstell*, rekrutier*, anwerb*, contratar*, contratad*, contratación*, "
        "reclut*, assunt*, assunzion*, contratação*, aanwerv*, ansett*, rekrutt*, anställ*, "
        "rekryter*, найм*, наня*, нанима*, 招聘, 聘用, 录用, 錄用, 採用, 채용, 임용, भर्ती, zatrudni*, rekrut*, rekrytoi*, "
        "işe "
        "alı*, ansæt*, rekrutter*, توظيف, تعيين",
    ),
    "refusal": (
        "refuse refuses refused refusal refusals reject rejects rejected rejection rejections deny denies denied "
        "denial denials",
        "refus*, rejet*, rejeté*, ablehn*, abgelehnt*, verweiger*, rechaz*, denegad*, denegaci*, rifiut*, "
        "respint*, diniego*, recusad*, recusa*, indeferi*, weiger*, afgewezen*, afwijz*, avslag*, avslått*, "
        "avvis*, avslog*, отказ*, отклон*, 拒绝, 拒絕, 拒签, 拒簽, 驳回, 駁回, 拒否, 不許可, 却下, 거부, 거절, 불허, 반려, अस्वीकार*, "
        "odmow*, odmów*, odrzuc*, hylä*, hylkä*, reddedil*, afslag*, afvis*, رفض",
    ),
    "issue": (
        "issue issues issued issuing grant granted granting award awarded",
        "délivr*, octroi*, octroy*, erteil*, ausgestellt*, ausstell*, vergeben*, expedi*, otorg*, "
        "rilasci*, concess*, emitid*, emiss*, concedid*, verleen*, verleend*, verstrekt*, innvilg*, utstedt*, "
        ""
        "bevilj*, utfärd*, выдач*, выдан*, выдать, выдал*, выдаст, выдаёт, выдает, выдают, выдава*, 发放, 發放, "
        "签发, 簽發, 颁发, 頒發, 発給, 交付, 付与, 발급, 부여, 교부, जारी, wydan*, wydaj*, wydał*, wydawan*, przyzna*, myönn*, "
        "myönt*, veril*, udsted*, إصدار",
    ),
    "contract": (
        "contract contracts",
        "contrat*, vertrag*, verträge*, arbeitsvertrag*, contrato*, contratto*, contratti, arbeidskontrakt*, "
        "kontrakt*, anställningsavtal*, контракт*, договор*, 合同, 合約, 契約, 계약, अनुबंध*, umow*, sopimu*, "
        "sözleşme*, "
        "عقد عمل, العقد",
    ),
    "period": (
        "period periods transition transitional",
        "période*, transitoire*, zeitraum*, übergang*, frist*, período*, transitori*, periodo*, transição*, "
        "periode*, overgang*, övergång*, период*, переходн*, 期间, 期間, 过渡, 過渡, 経過措置, 移行期間, 기간, 유예, अवधि, "
        "okres*, "
        "przejściow*, siirtymä*, kausi*, süre, süresi*, süreyle, süreli, sürede, geçiş*, فترة, مدة",
    ),
    "quota": (
        "quota quotas cap caps",
        "quota*, plafond*, kontingent*, höchstzahl*, cupo*, cupos, cuota*, contingent*, cota*, kvote*, kvot*, "
        ""
        "квот*, 配额, 配額, 名额, 名額, 上限, 定員, 쿼터, 할당, 상한, कोटा, kontyngent*, kiintiö*, kota*, حصة, حصص",
    ),
    "permanent": (
        "permanent permanently indefinite",
        "permanent*, dauerhaft*, unbefristet*, permanente*, indefinid*, permanente, vaste verblijf*, "
        "permanent "
        "opphold*, permanent uppehåll*, постоянн*, бессрочн*, 永久, 永住, 定居, 영주, 영구, स्थायी, stały pobyt*, "
        "stałego pobytu, stałym pobyt*, na stałe, pysyvä*, daimi*, "
        "الدائمة, دائمة",
    ),
    "suspension": (
        "suspend suspends suspended suspension pause paused halt halted freeze frozen stop stops stopped",
        "suspen*, aussetz*, ausgesetzt*, gestoppt*, sospes*, sospend*, sospensione, opschort*, opgeschort*, "
        "bevroren*, stans*, suspender*, приостанов*, заморож*, 暂停, 暫停, 中止, 停止, 一時停止, 凍結, 冻结, 중단, 정지, 동결, "
        "निलंबित, "
        "zawiesz*, wstrzym*, keskeyt*, askıya*, تعليق, وقف, stopp*",
    ),
    "parliament": (
        "parliament parliaments parliamentary lawmaker lawmakers legislator legislators legislature congress "
        "senate senator senators vote votes voted voting",
        "parlement*, assemblée nationale, sénat*, député*, vote*, bundestag*, parlament*, abgeordnet*, "
        "abstimm*, "
        "congreso*, diputad*, senado*, votación*, parlamento*, deputat*, senat*, votazion*, votação*, tweede "
        "kamer, stemming*, storting*, riksdag*, omröstning*, дума*, депутат*, парламент*, голосова*, 议会, 議會, "
        "国会, "
        "國會, 立法院, 议员, 議員, 人大, 국회, 의원, 表决, 表決, 採決, 표결, संसद*, sejm*, eduskun*, kansanedusta*, meclis*, "
        "milletvekil*, folketing*, afstemning*, głosowa*, äänest*, oylama*, البرلمان, مجلس النواب, "
        "مجلس الشورى, "
        "تصويت",
    ),
    "exception": (
        "exception exceptions exclude excludes excluded exclusion",
        "exception*, sauf, ausnahme*, ausgenommen*, excepción*, excepto, excluid*, eccezion*, escluso*, "
        "esclusi*, "
        "exceção*, exceto, uitzondering*, uitgezonderd*, unntak*, undantag*, исключени*, кроме, 例外, 除外, 排除, "
        "예외, 제외, wyjąt*, poikkeu*, istisna*, استثناء, अपवाद",
    ),
    "party": (
        "party parties",
        "parti politique, partis politiques, le parti, du parti, au parti, les partis, des partis, partei, "
        "parteien, partido político, partidos, partito, partiti, "
        "partij, partijen, partiet, партия, партии, партий, 政党, 党派, 黨團, 정당, 여당, 야당, partia, partii, "
        "puolue*, partisi, partiler*, حزب, पार्टी",
    ),
    "immigration": (
        "immigration immigrant immigrants migration",
        "immigration*, einwanderung*, zuwanderung*, migration*, inmigración*, migración*, immigrazion*, "
        "imigração*, migração*, immigratie*, migratie*, innvandring*, invandring*, indvandring*, иммиграц*, "
        "миграц*, 移民, 入管, 出入国, 出入國, 이민, 출입국, imigracj*, migracj*, maahanmuut*, göç*, الهجرة, "
        "आप्रवासन",
    ),
    "newspaper": (
        "newspaper newspapers daily",
        "journal, quotidien*, zeitung*, periódico*, diario, giornale*, quotidiano*, jornal*, krant*, avisen, "
        "tidning*, газет*, 报纸, 報紙, 日报, 日報, 新聞に, 新聞は, 新聞が, 신문, 일보, gazet*, gazete*, "
        "sanomalehti*, صحيفة, अखबार",
    ),
    "spokesperson": (
        "represent represents represented",
        "",
    ),
    "consultation": (
        "consult consults consulted consultation consultations",
        "consult*, konsultier*, anhörung*, angehört*, vernehmlassung*, raadpleg*, høring*, remiss*, "
        "консультац*, консультирова*, 协商, 諮問, 協議, 협의, 자문, konsultacj*, kuuleminen*, lausunto*, "
        "danışma*, تشاور, परामर्श",
    ),
    "activity": (
        "activity activities",
        "activité*, tätigkeit*, aktivität*, actividad*, attività, atividade*, activiteit*, aktivitet*, "
        "деятельност*, 活动, 活動, 활동, działalnoś*, toimint*, faaliyet*, نشاط, أنشطة, गतिविधि*",
    ),
    "visit": (
        "visit visits visited visiting visitor visitors",
        "visite*, visiteur*, besuch*, visita*, visitant*, bezoek*, besøk*, besök*, визит*, посещ*, 访问, 訪問, "
        "访学, 訪學, 방문, wizyt*, vierail*, ziyaret*, زيارة, यात्रा",
    ),
    "relief": (
        "",
        "снизи*, сниж*, obniż*, zwolni*, alenn*, vapaut*, indirim*, muaf*, تخفيض, إعفاء",
    ),
    "official": (
        "official officials bureaucrat bureaucrats officer officers",
        "fonctionnaire*, beamt*, funcionari*, funzionari*, funcionário*, ambtena*, tjenestem*, tjänstem*, "
        "чиновник*, госслужащ*, 官员, 官員, 公务员, 公務員, 当局者, 당국자, 공무원, 관계자, अधिकारी*, urzędni*, virkam*, memur*, "
        "embedsm*, موظف حكومي, مسؤولين",
    ),
    "citizen": (
        "citizen citizens citizenship",
        "citoyen*, ressortissant*, staatsangehörig*, staatsbürger*, ciudadan*, nacionales, cittadin*, "
        "cidadã*, "
        "cidadão*, staatsburger*, statsborger*, medborgare*, medborgar*, гражданин*, граждан*, 公民, 国民, 國民, "
        "시민, "
        "국민, 국적자, obywatel*, kansalai*, vatandaş*, مواطن, नागरिक*",
    ),
    "interview": (
        "interview interviews interviewed",
        "entretien*, interview*, vorstellungsgespräch*, entrevista*, colloqui*, intervista*, intervju*, "
        "собеседовани*, интервью, 面试, 面試, 面接, 면접, 인터뷰, wywiad*, haastattelu*, mülakat*, مقابلة, साक्षात्कार",
    ),
    "renewal": (
        "renew renews renewed renewal renewals",
        "renouvel*, verlänger*, renovaci*, renovar*, rinnov*, renovação*, verlenging*, verlengd*, fornyel*, "
        "fornye*, förnyel*, förläng*, продлени*, продли*, продлева*, 续签, 續簽, 更新, 갱신, przedłuż*, jatkolup*, "
        "uzatma*, yenile*, تجديد, नवीनीकरण",
    ),
    "registration": (
        "register registers registered registering registration registrations",
        "enregistr*, inscription*, registrier*, anmeld*, registro*, inscripci*, registrazion*, iscrizion*, "
        "cadastr*, registratie*, registrer*, регистрац*, зарегистр*, 登记, 登記, 注册, 註冊, 登録, 등록, rejestracj*, "
        "rekisteröi*, kayıt*, تسجيل, पंजीकरण",
    ),
    "abolish": (
        "abolish abolishes abolished abolishing abolition scrap scraps scrapped",
        "abolir*, aboli*, supprim*, suppression*, abschaff*, aufgehoben*, aufheb*, abolic*, suprim*, "
        "abolizion*, soppress*, abrog*, afschaff*, afskaff*, avskaff*, отмен*, упраздн*, 废除, 廢除, 废止, 廃止, "
        "撤废, 폐지, zniesi*, znies*, lakkaut*, kaldır*, إلغاء, समाप्त",
    ),
    "resign": (
        "resign resigns resigned resignation resigning",
        "démission*, rücktritt*, zurückgetreten*, zurücktreten*, dimisi*, dimit*, dimission*, demissão*, "
        "ontslag*, avgang*, afgang*, отставк*, уволил*, 辞职, 辭職, 辞任, 사퇴, 사임, dymisj*, eroaa, eronnut, eropyyn*, istifa*, "
        "استقالة, इस्तीफ*",
    ),
    "prosecution": (
        "prosecute prosecutes prosecuted prosecution prosecutions prosecutor prosecutors indict indicted",
        "poursuite*, poursuivi*, procureur*, parquet, anklage*, angeklagt*, staatsanwalt*, fiscalía*, procesad*, "
        "procuratore*, procuratori, pubblico ministero, promotoria*, aanklager*, strafvervolging*, vervolgd, "
        "påtale*, åtal*, tiltal*, обвинени*, прокур*, 起诉, 起訴, 检察, 檢察, 検察, 기소, 검찰, oskarż*, prokurat*, syyte*, syyttäj*, savcı*, "
        "kovuşturma*, النيابة, ملاحقة, अभियोजन",
    ),
    "disclose": (
        "disclose discloses disclosed disclosure disclosures",
        "divulg*, offenleg*, offenzuleg*, revelar*, openbaarmak*, раскры*, 披露, 揭露, 開示, 공시, ujawni*, "
        "الإفصاح, प्रकट",
    ),
    "school": (
        "school schools",
        "école*, ecole*, lycée*, schule*, schulen, escuela*, colegio*, scuol*, escola*, school*, skole*, skola*, "
        "школ*, 学校, 學校, 中学, 小学, 학교, szkoł*, koulu*, okul*, مدرسة, مدارس, विद्यालय, स्कूल",
    ),
    "return": (
        "return returns returned returning returnee returnees",
        "retour*, rückkehr*, zurückgekehrt*, regreso*, retorno*, rientr*, ritorno*, regresso*, terugkeer*, "
        "hjemvend*, återvänd*, возвращ*, вернул*, 回国, 回國, 归国, 歸國, 帰国, 귀국, 복귀, powrót*, powroc*, paluu*, "
        "palann*, "
        "dönüş*, العودة, वापसी",
    ),
})
