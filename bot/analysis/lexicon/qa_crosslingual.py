"""A small bilingual glossary of what thread questions about talent-mobility policy ask about, for
answering an English question from an article in another language (`bot.analysis.qa.bridge`).

Each concept has the English words a question uses for it (any inflection: they are stemmed) and its
forms in the languages such news is most often written in, written as in `MULTILINGUAL_CUES`: lower
case, comma-separated, a trailing "*" for any ending, forms in scripts without spaces (Chinese,
Japanese, Korean, Devanagari) matched as substrings, so those are at least two characters long. It is a
glossary of the domain's everyday nouns and verbs, not of any article's wording: a passport, a salary,
an application, a court, a conference.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["QA_XL_CONCEPTS", "QA_XL_REASON"]

# concept: (English words in questions, forms in fr, de, es, it, pt, nl, no/da/sv, ru/uk, zh, ja, ko, hi)
QA_XL_CONCEPTS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "passport": (
        "passport passports",
        "passeport*, reisepass*, pass, passes, pässe, pasaporte*, passaporto*, passaporti, passaporte*, paspoort*, "
        "passet, passene, паспорт*, загранпаспорт*, 护照, 護照, 旅券, パスポート, 여권, पासपोर्ट",
    ),
    "visa": (
        "visa visas",
        "visa, visas, visum*, *visum*, visado*, visto, visti, vistos, вiз*, виз*, 签证, 簽證, ビザ, 査証, 비자, वीज़ा, वीजा",
    ),
    "family": (
        "family families spouse spouses child children dependant dependants dependent dependents relatives",
        "famille*, conjoint*, enfant*, familie*, ehepartner*, ehegatt*, kinder*, familia*, cónyuge*, hijos, "
        "famiglia*, coniuge*, figli, família*, cônjuge*, filhos, gezin*, ektefelle*, barn, barna, семь*, "
        "супруг*, дет*, родствен*, 家属, 家屬, 家人, 配偶, 子女, 家族, 가족, 배우자, 자녀, परिवार*",
    ),
    "salary": (
        "salary salaries wage wages pay paid earn earns earning earnings income remuneration",
        "salaire*, rémunération*, gehalt*, gehält*, lohn*, einkommen*, salario*, sueldo*, ingreso*, stipendi*, "
        "retribuzion*, reddito*, salário*, renda*, loon*, salaris*, lønn*, lön*, inntekt*, зарплат*, заработ*, "
        "оклад*, доход*, 工资, 薪资, 薪酬, 年薪, 工資, 薪資, 給与, 年収, 報酬, 연봉, 급여, 보수, 임금, 소득, वेतन",
    ),
    "tax": (
        "tax taxes taxation",
        "impôt*, fiscal*, steuer*, impuesto*, tributar*, tass*, impost*, imposto*, belasting*, skatt*, налог*, "
        "税收, 税务, 所得税, 稅, 税制, 세금, 소득세, 세제, 근로소득세, कर",
    ),
    "fee": (
        "fee fees cost costs charge charges price",
        "frais, tarif*, gebühr*, *gebühr*, kosten, tasa*, tarifa*, coste*, costo*, tassa*, tasse, custo*, taxa*, kosten, "
        "avgift*, gebyr*, kostnad*, сбор*, пошлин*, стоимост*, 费用, 收费, 費用, 手数料, 料金, 수수료, 비용, शुल्क",
    ),
    "university": (
        "university universities campus campuses college colleges academia",
        "université*, universität*, hochschul*, universidad*, università, universidade*, universiteit*, "
        "universitet*, høgskole*, университет*, вуз*, 大学, 大學, 高校, 대학, विश्वविद्यालय*",
    ),
    "conference": (
        "conference conferences meeting meetings briefing briefings session hearing",
        "conférence*, réunion*, konferenz*, tagung*, sitzung*, treffen*, conferencia*, reunión*, conferenza*, "
        "riunion*, conferência*, reunião*, vergadering*, konferans*, møte*, möte*, конференц*, совещан*, "
        "встреч*, заседани*, 会议, 會議, 会議, 会見, 학회, 회의, 설명회, 간담회, सम्मेलन, बैठक",
    ),
    "court": (
        "court courts judge judges ruling rulings lawsuit tribunal",
        "tribunal*, juge*, gericht*, richter*, urteil*, juez*, jueces, sentencia*, tribunale*, giudic*, "
        "rechter*, rechtbank*, domstol*, dommer*, суд, суда, суде, судом, судь*, мосгорсуд*, 法院, 法官, "
        "裁判所, 判決, 법원, 판사, 판결, अदालत*, न्यायालय*",
    ),
    "information": (
        "information data document documents record records details",
        "donnée*, information*, document*, daten, informationen, unterlagen, dokument*, datos, información, "
        "documento*, dati, informazion*, dados, informação*, informações, gegevens, informatie*, "
        "opplysning*, informasjon*, данн*, информац*, сведени*, документ*, 数据, 资料, 資料, 信息, 情報, "
        "書類, 자료, 정보, 서류, जानकारी, डेटा, दस्तावेज़*",
    ),
    "application": (
        "apply applies applied application applications applicant applicants",
        "demande*, candidat*, antrag*, anträge*, *antrag*, *anträge*, bewerb*, antragsteller*, solicitud*, solicitante*, "
        "domanda*, domande, richiedent*, candidatur*, pedido*, requerente*, aanvra*, søknad*, søke, søker*, "
        "ansök*, заявлен*, заявк*, заявител*, 申请, 申請, 신청, 지원자, 출원, आवेदन*",
    ),
    "company": (
        "company companies firm firms employer employers business businesses enterprise enterprises",
        "entreprise*, société*, employeur*, unternehm*, firma*, firmen, arbeitgeber*, betrieb*, empresa*, "
        "empleador*, azienda*, aziende, impresa*, imprese, datore di lavoro, empregador*, bedrijf*, "
        "werkgever*, selskap*, bedrift*, arbeidsgiver*, företag*, компани*, предприят*, работодател*, "
        "корпорац*, 公司, 企业, 企業, 雇主, 事業者, 会社, 기업, 회사, 업체, कंपनी*, नियोक्ता",
    ),
    "country": (
        "country countries nation nations nationality nationalities state states",
        "pays, nation*, land, länder, staat*, país, países, nación*, paese, paesi, nazion*, stato, stati, "
        "landen, strana, стран*, государств*, 国家, 國家, 国籍, 國籍, 국가, 나라, 국적, देश*",
    ),
    "field": (
        "field fields sector sectors area areas industry industries domain domains discipline disciplines",
        "domaine*, secteur*, filière*, bereich*, branche*, sektor*, gebiet*, fachgebiet*, fachbereich*, fachrichtung*, ámbito*, campo*, sector*, "
        "área*, settore*, settori, ambit*, área, gebied*, område*, fagfelt*, bransje*, област*, сфер*, отрасл*, "
        "领域, 領域, 分野, 产业, 產業, 産業, 분야, 산업, 업종, क्षेत्र*",
    ),
    "technology": (
        "technology technologies technological tech",
        "technolog*, technik*, tecnolog*, techniek*, teknolog*, технолог*, техник*, 技术, 技術, 기술, "
        "प्रौद्योगिकी, तकनीक*",
    ),
    "secret": (
        "secret secrets classified confidential sensitive security clearance",
        "secret*, sécurité*, habilitation*, geheim*, sicherheit*, secreto*, seguridad*, confidencial*, "
        "segret*, sicurezza*, sigilo*, segurança*, veiligheid*, hemmelig*, sikkerhet*, sekretess*, "
        "секрет*, тайн*, гостайн*, безопасност*, режимн*, 机密, 秘密, 保密, 機密, 安全保障, 適性評価, 보안, "
        "기밀, गोपनीय*, सुरक्षा",
    ),
    "travel": (
        "travel travels travelling traveling trip trips abroad leave leaving exit departure overseas journey",
        "voyage*, déplacement*, étranger, sortie*, reise*, reisen, ausland*, ausreise*, viaje*, viajar*, "
        "extranjero, salida*, viaggi*, estero, viagem*, viajar, exterior, reizen, buitenland*, utland*, "
        "utreise*, resa*, utlandet, поездк*, выезд*, выезжа*, за границ*, за рубеж*, покидать, отдых*, "
        "出境, 出国, 出國, 渡航, 海外, 出張, 출국, 해외, 여행, विदेश*, यात्रा*",
    ),
    "entry": (
        "entry entries enter entering admission admit admitted",
        "entrée*, einreise*, zulassung*, entrada*, ingreso*, ingresso*, toegang*, innreise*, inresa*, "
        "въезд*, 入境, 入国, 受入, 受け入れ, 입국, प्रवेश",
    ),
    "residence": (
        "residence resident residents residency permit permits stay settle settlement",
        "séjour*, résiden*, aufenthalt*, niederlassung*, residencia*, residente*, permiso*, soggiorno*, "
        "residenz*, permesso*, residência*, autorização*, verblijf*, opphold*, uppehåll*, "
        "вид на жительств*, пребывани*, 居留, 居住, 在留, 定住, 永住, 거주, 체류, 정주, 영주, निवास",
    ),
    "work": (
        "work works working job jobs employment employed worker workers labour labor",
        "travail*, emploi*, travailleur*, arbeit*, beschäftigung*, fachkräft*, fachkraft*, *fachkräft*, job*, stelle*, trabajo*, empleo*, "
        "trabajador*, lavoro*, impiego*, lavorator*, trabalho*, emprego*, trabalhador*, werk, baan, "
        "arbeid*, jobb*, работ*, трудоустр*, труд*, 工作, 就业, 就業, 雇用, 취업, 일자리, 근로, 고용, "
        "नौकरी*, रोजगार*",
    ),
    "student": (
        "student students study studies studying",
        "étudiant*, études, studier*, studium*, studierend*, *studierende*, studenten, estudiant*, estudio*, studente*, "
        "studenti, studi, estudante*, student*, studie*, studere*, studera*, студент*, обучени*, учеб*, "
        "留学, 學生, 学生, 留學, 유학, 학생, छात्र*, विद्यार्थी*",
    ),
    "professor": (
        "professor professors teacher teachers lecturer lecturers faculty",
        "professeur*, enseignant*, professor*, lehrer*, dozent*, profesor*, docente*, professore*, "
        "insegnant*, hoogleraar*, docent*, lærer*, lärare*, профессор*, преподавател*, 教授, 教师, 教師, "
        "教員, 교수, 교원, प्रोफेसर, शिक्षक*",
    ),
    "staff": (
        "staff employee employees personnel",
        "personnel*, salarié*, employé*, mitarbeiter*, beschäftigte*, belegschaft*, empleado*, plantilla*, "
        "dipendent*, personale, funcionári*, empregado*, medewerker*, personeel*, ansatt*, anställd*, "
        "сотрудник*, персонал*, работник*, 员工, 員工, 职员, 職員, 人员, 人員, 従業員, 社員, 직원, 임직원, "
        "कर्मचारी*",
    ),
    "institution": (
        "institute institutes institution institutions laboratory laboratories lab labs",
        "institut*, établissement*, laboratoire*, einrichtung*, labor*, instituto*, institución*, "
        "laboratorio*, istitut*, istituzion*, ente, enti, instituição*, instituições, instelling*, "
        "institusjon*, институт*, учрежден*, лаборатор*, 研究所, 机构, 機構, 研究院, 実験室, 機関, 기관, "
        "연구소, संस्थान*, प्रयोगशाला*",
    ),
    "call": (
        "call calls",
        "appel à candidatures, appel à projets, appels, ausschreibung*, convocatoria*, bando, bandi, edital, "
        "editais, chamada*, oproep*, utlysning*, конкурс*, 公募, 征集, 招募, 募集, 공모, 모집",
    ),
    "cabinet": (
        "cabinet council",
        "conseil des ministres, conseil, kabinett*, bundesrat*, consejo de ministros, consejo, consiglio dei "
        "ministri, consiglio, conselho de ministros, conselho, ministerraad*, statsråd*, regjering*, "
        "правительств*, совет*, кабинет*, 国务院, 國務院, 内阁, 內閣, 行政院, 閣議, 内閣, 국무회의, 국무원, "
        "मंत्रिमंडल",
    ),
    "announce": (
        "announce announces announced announcement unveil unveiled publish published release released",
        "annonc*, publi*, dévoil*, ankündig*, angekündigt*, bekanntgegeben, bekanntgemacht, veröffentlich*, "
        "verkünd*, vorgestellt*, anunci*, publicad*, publicó, presentó, annunci*, pubblica*, anunciou, "
        "aangekondigd*, bekendgemaakt*, kunngj*, lanser*, publiser*, объяв*, сообщ*, заяв*, опубликова*, "
        "представ*, 宣布, 发布, 發布, 公布, 発表, 公表, 발표, 밝혔, 공개, घोषणा*",
    ),
    "minister": (
        "minister ministers ministry ministries department secretary",
        "ministre*, ministère*, minister*, ministerium*, *ministerium*, *ministerin*, bundesminister*, ministro*, ministra*, ministerio*, ministero*, "
        "ministério*, ministerie*, departement*, statsråd*, министр*, министерств*, 部长, 部長, 大臣, "
        "官房長官, 長官, 장관, 부처, मंत्री*, मंत्रालय*",
    ),
    "law": (
        "law laws bill bills rule rules regulation regulations legislation act decree",
        "loi, lois, projet de loi, décret*, règlement*, gesetz*, *gesetz*, verordnung*, *verordnung*, richtlinie*, regel*, regelung*, ley, leyes, "
        "decreto*, reglamento*, norma*, legge, leggi, regolament*, lei, leis, wet, wetten, regeling*, lov, "
        "loven, lovendring*, forskrift*, закон*, законопроект*, постановлени*, указ*, правил*, 法律, 法案, "
        "条例, 規則, 法令, 規定, 법률, 법안, 규정, 시행령, कानून*, नियम*, विधेयक*",
    ),
    "requirement": (
        "require requires required requirement requirements condition conditions criteria criterion eligible "
        "eligibility qualify qualifies qualification qualifications need needs prerequisite",
        "condition*, exigence*, critère*, exigé*, qualifié*, qualifizier*, *qualifiziert*, qualificat*, qualificad*, cualificad*, gekwalificeerd*, voraussetzung*, grundvoraussetzung*, bedingung*, kriteri*, "
        "anforderung*, erforderlich*, requisito*, condicion*, criterio*, exig*, requisit*, criteri*, "
        "vereiste*, voorwaarde*, krav*, vilkår*, villkor*, требовани*, услови*, критери*, 条件, 要求, 标准, "
        "條件, 標準, 要件, 基準, 資格, 요건, 조건, 기준, 자격, 대상이, शर्त*, पात्र*",
    ),
    "language": (
        "language languages german english french spanish",
        "langue*, linguistique*, sprach*, deutsch*, englisch*, idioma*, lengua*, lingua*, lingu*, taal*, "
        "språk*, язык*, 语言, 語言, 言語, 日本語, 어학, 언어, 한국어, भाषा*",
    ),
    "degree": (
        "degree degrees diploma diplomas education training doctorate phd graduate graduates",
        "diplôme*, doctorat*, formation*, abschluss*, hochschulabschluss*, ausbildung*, berufsausbildung*, "
        "promotion*, título*, titulación*, formación*, doctorado*, laurea*, formazione*, dottorato*, "
        "diploma*, graduação*, opleiding*, utdanning*, grad*, doktorgrad*, examen*, степен*, диплом*, "
        "образовани*, 学位, 学历, 學歷, 学歴, 博士, 학위, 학력, 석박사, 박사, डिग्री, शिक्षा",
    ),
    "experience": (
        "experience experienced career",
        "expérience*, erfahrung*, berufserfahrung*, experiencia*, esperienz*, experiência*, ervaring*, "
        "erfaring*, erfarenhet*, опыт*, стаж*, 经验, 經驗, 経験, 職歴, 경력, अनुभव*",
    ),
    "points": (
        "point points score scores scoring",
        "point*, punkt*, punktzahl*, puntos, puntaje*, punti, punteggi*, pontos, pontuação*, punten, poeng*, "
        "poäng*, балл*, очк*, 积分, 分数, 分數, ポイント, 점수, अंक",
    ),
    "age": (
        "age ages aged",
        "âge*, alter, alters, edad*, età, idade*, leeftijd*, alder*, ålder*, возраст*, 年龄, 年齡, 年齢, 歳以上, "
        "岁以上, 세 이상, 나이, 연령, आयु सीमा, आयु की, आयु के, आयु में, आयु से, आयु वर्ग, उम्र*",
    ),
    "licence": (
        "licence licences license licenses licensing permission approval approve approved authorisation "
        "authorization",
        "licence*, autorisation*, approbation*, lizenz*, genehmigung*, erlaubnis*, zustimmung*, licencia*, "
        "autorización*, aprobación*, licenza*, autorizzazion*, approvazion*, licença*, aprovação*, "
        "vergunning*, toestemming*, lisens*, tillatelse*, godkjenning*, tillstånd*, лиценз*, разрешени*, "
        "одобрени*, согласовани*, 许可, 許可, 批准, 审批, 承認, 허가, 승인, 인가, लाइसेंस, अनुमति*, मंजूरी",
    ),
    "funding": (
        "budget budgets funding fund funds funded money grant grants financing finance investment subsidy "
        "support",
        "budget*, financement*, fonds, subvention*, haushalt*, finanzierung*, förder*, mittel, zuschuss*, "
        "presupuesto*, financiación*, fondos, financiamiento*, ayuda*, subvencion*, bilancio*, finanziament*, "
        "fondi, sovvenzion*, orçamento*, financiamento*, begroting*, financiering*, subsidie*, budsjett*, "
        "finansier*, midler, støtte*, stöd*, бюджет*, финансир*, средств*, грант*, субсиди*, поддержк*, 预算, "
        "資金, 资金, 经费, 經費, 予算, 助成, 补贴, 補助, 支援, 예산, 자금, 지원금, 보조금, 지원, बजट, अनुदान*, "
        "निधि",
    ),
    "embassy": (
        "embassy embassies consulate consulates office offices authority authorities agency",
        "ambassade*, consulat*, préfecture*, botschaft*, konsulat*, behörde*, ausländerbehörde*, embajada*, "
        "consulado*, oficina*, ambasciata*, consolat*, questura*, embaixada*, ambassade, consulaat*, "
        "ambassad*, konsulat*, utlendingsdirektorat*, посольств*, консульств*, ведомств*, 大使馆, 大使館, "
        "领事馆, 領事館, 대사관, 영사관, 출입국, दूतावास",
    ),
    "submit": (
        "submit submits submitted surrender surrendered hand handed deliver delivered provide provided "
        "file filed",
        "remettre*, remis*, soumettre*, soumis*, déposer*, abgeben*, abzugeben*, einreichen*, eingereicht*, "
        "vorlegen*, entregar*, presentar*, entrega*, consegn*, presentare*, entregar, indienen*, inleveren*, "
        "levere*, innlevere*, sende*, lämna*, сдать*, сдава*, сдач*, переда*, предостав*, представить*, 提交, "
        "上交, 交出, 提出, 提供, 제출, 반납, 맡기, जमा",
    ),
    "keep": (
        "keep keeps kept hold holds held store stored custody",
        "conserv*, garder*, aufbewahr*, verwahr*, guardar*, custodia*, conserva*, custodi*, bewaar*, "
        "oppbevar*, förvar*, хранени*, хран*, 保管, 保存, 保留, 보관, 보유, रखा*",
    ),
    "knowledge": (
        "knowledge know-how expertise transfer transfers sharing share",
        "connaissance*, savoir*, transfert*, wissen, wissens, wissenstransfer*, transfer*, conocimiento*, "
        "transferencia*, conoscenz*, trasferiment*, conhecimento*, transferência*, kennis*, overdracht*, "
        "kunnskap*, overføring*, kunnskapsoverføring*, teknologioverføring*, kunskap*, знани*, передач*, "
        "知识, 知識, 技术转让, 移転, 流出, 지식, 이전, 유출, ज्ञान",
    ),
    "publication": (
        "publication publications publishing paper papers article articles research",
        "publication*, recherche*, veröffentlichung*, publikation*, forschung*, *forschung*, publicación*, "
        "investigación*, pubblicazion*, ricerca*, publicação*, pesquisa*, publicatie*, onderzoek*, "
        "publiser*, sampublis*, forskning*, публикац*, исследован*, 发表, 论文, 論文, 研究, 논문, 연구, "
        "प्रकाशन, अनुसंधान, शोध",
    ),
    "expand": (
        "expand expands expanded expansion extend extends extended widen widened broaden broadened add "
        "added include included",
        "élarg*, étend*, étendu*, ajout*, erweiter*, ausweit*, ausgeweitet*, ampli*, extend*, incluir*, "
        "estend*, ampliament*, alarg*, uitbrei*, utvid*, расшир*, дополн*, включ*, 扩大, 擴大, 拡大, 追加, "
        "新增, 확대, 추가, 포함, विस्तार*",
    ),
    "accusation": (
        "accuse accused accusation accusations charge charged charges investigation investigations espionage "
        "treason spying suspect suspected",
        "accus*, enquête*, espionnage*, trahison*, anklage*, angeklagt*, beschuldig*, ermittl*, spionage*, "
        "verrat*, acusad*, acusación*, investigación*, espionaje*, traición*, accusat*, indagin*, "
        "spionaggio*, tradiment*, beschuldig*, onderzoek*, siktet*, tiltal*, etterforsk*, обвин*, "
        "расследован*, госизмен*, измен*, шпионаж*, 调查, 起诉, 间谍, 調査, 起訴, 스파이, 수사, 기소, "
        "जांच*, आरोप*",
    ),
    "health": (
        "health medical medicine treatment doctor",
        "santé, médical*, traitement*, gesundheit*, ärztlich*, medizin*, behandlung*, salud, médic*, "
        "tratamiento*, salute, medic*, cura, saúde, médico*, gezondheid*, medisch*, helse*, medisin*, "
        "behandling*, здоров*, медицин*, лечени*, 健康, 医疗, 醫療, 医療, 治疗, 건강, 의료, 치료, "
        "स्वास्थ्य, चिकित्सा",
    ),
    "invitation": (
        "invite invites invited invitation invitations host hosts",
        "invitation*, invit*, einladung*, eingeladen*, gastgeb*, invitación*, invitad*, invito*, invitat*, "
        "convite*, convidad*, uitnodig*, invitasjon*, invitert*, inbjud*, приглашени*, пригла*, 邀请, 邀請, "
        "招聘, 招へい, 招待, 초청, 초대, 유치, निमंत्रण",
    ),
    "name": (
        "name names named called call",
        "appel*, nomm*, nom, name*, heißt, genannt*, bezeichn*, llamad*, nombre*, denomina*, chiamat*, nome, "
        "genoemd*, naam, kalt*, navn*, benämn*, назван*, называ*, именуем*, 名称, 名為, 名稱, 名前, 称, 이름, "
        "명칭, 이라는, नाम",
    ),
    "english": (
        "english",
        "anglais*, englisch*, englischsprachig*, inglés*, inglese*, inglês*, engels*, engelsk*, "
        "englischsprachige, англ*, 英语, 英文, 英語, 영어, 영문, अंग्रेज़ी, अंग्रेजी",
    ),
    "relief": (
        "relief exemption exemptions exempt exempted reduction reductions reduce reduced cut cuts break breaks "
        "discount",
        "réduction*, exonér*, exempt*, allègement*, ermäßig*, befrei*, entlast*, vergünstig*, reducción*, "
        "exención*, exent*, rebaja*, riduzion*, esenzion*, agevolazion*, isenção*, redução*, vrijstelling*, "
        "korting*, fritak*, redusert*, reduksjon*, nedsatt*, льгот*, освобожд*, снижен*, 减免, 免除, 減免, "
        "免税, 减税, 減税, 감면, 면제, 혜택, छूट",
    ),
    "impact": (
        "impact impacts effect effects result results consequence consequences outcome",
        "impact*, effet*, conséquence*, résultat*, wirkung*, auswirkung*, ergebnis*, folge*, impacto*, "
        "efecto*, resultado*, consecuencia*, effett*, impatt*, risultat*, conseguenz*, efeito*, "
        "resultado*, gevolg*, effect*, resultaat*, virkning*, effekt*, resultat*, konsekvens*, влияни*, "
        "эффект*, результат*, последстви*, 影响, 影響, 効果, 結果, 성과, 영향, 효과, 결과, प्रभाव*, परिणाम*",
    ),
    "chair": (
        "chair chairs chaired chairman chairwoman preside presided lead leads led head heads headed",
        "présid*, dirig*, vorsitz*, geleitet*, leit*, presid*, dirig*, lider*, voorzit*, leid*, leder*, "
        "ledet*, ordfør*, председател*, руковод*, возглав*, 主席, 主持, 委員長, 委员长, 주재, 위원장, 주관, "
        "अध्यक्ष*",
    ),
    "attend": (
        "attend attends attended attendees participant participants participate participated join joined",
        "particip*, assist*, teilnehm*, teilgenommen*, asist*, partecip*, deelnem*, deltak*, deltok*, "
        "delta*, участ*, присутств*, 参加, 出席, 参与, 參與, 참석, 참여, 참가, भाग",
    ),
    "amend": (
        "amend amends amended amendment amendments draft drafts revise revised revision proposal proposals",
        "amendement*, modifi*, révision*, projet*, änderung*, entwurf*, entwürf*, novelle*, enmienda*, "
        "modificación*, borrador*, reforma*, proyecto*, emendament*, modifica*, bozza*, proposta*, "
        "alteração*, projeto*, wijziging*, ontwerp*, endring*, forslag*, utkast*, ändring*, поправк*, "
        "изменени*, проект*, законопроект*, 修正, 修改, 草案, 改正, 修訂, 개정, 초안, 개정안, संशोधन*, मसौदा",
    ),
    "article": (
        "article articles section sections clause clauses paragraph paragraphs",
        "article*, alinéa*, artikel*, paragraph*, absatz*, artículo*, apartado*, articolo*, comma, "
        "artigo*, paragraf*, статья, стать*, пункт*, 條文, 条文, 条款, 條款, 조항, 조문, अनुच्छेद, धारा",
    ),
    "threshold": (
        "level levels minimum threshold thresholds standard standards floor",
        "niveau*, seuil*, minimum*, minimal*, mindest*, schwelle*, nivel*, umbral*, mínimo*, livello*, "
        "soglia*, minimo*, nível*, limiar*, drempel*, nivå*, minst*, minimum*, уров*, порог*, минимальн*, "
        "水平, 门槛, 門檻, 最低, 水準, 수준, 최저, 이상, स्तर, न्यूनतम",
    ),
    "third": (
        "third",
        "tiers, troisième*, dritt*, tercer*, terz*, terceir*, derde*, tredje*, трет*, 第三, 제3, तीसरे, तीसरा",
    ),
    "certificate": (
        "certificate certificates proof evidence certification",
        "certificat*, attestation*, justificati*, nachweis*, bescheinigung*, zertifikat*, zeugnis*, "
        "certificado*, constancia*, comprobante*, certificato*, attestat*, certidão*, comprovante*, "
        "certificaat*, bewijs*, attest*, bevis*, dokumentasjon*, справк*, сертификат*, свидетельств*, "
        "удостоверени*, 证明, 證明, 証明, 证书, 證書, 증명, 증명서, प्रमाण*",
    ),
    "restriction": (
        "restriction restrictions restrict restricted limit limits limited ban bans banned curb curbs prohibit "
        "prohibited prohibition",
        "restriction*, interdi*, limit*, beschränk*, einschränk*, *beschränkung*, verbot*, *verbot*, untersagt*, restricci*, "
        "prohibici*, prohib*, limitazion*, divieto*, divieti, vietat*, restrição*, restrições, proibi*, "
        "beperking*, verbod*, begrens*, forbud*, restriksjon*, förbud*, begräns*, ограничени*, ограничи*, "
        "запрет*, 限制, 禁止, 制限, 規制, 제한, 금지, 규제, प्रतिबंध*, रोक",
    ),
    "criticism": (
        "criticise criticised criticises criticize criticized criticizes criticism critic critics",
        "critiqu*, kritik*, kritisier*, crític*, critica*, criticad*, criticat*, kritiek*, bekritiseer*, "
        "kritiser*, критик*, критиков*, 批评, 批評, 批判, 非難, 비판, 비난, आलोचना*",
    ),
    "regime": (
        "regime regimes",
        "régime*, regime*, regim*, régimen*, regimen*, режим*, 制度, 体制, 제도, व्यवस्था",
    ),
    "replace": (
        "replace replaces replaced replacing replacement successor instead substitute",
        "remplac*, ersetz*, ersatz, abgelöst, sustitu*, reemplaz*, sostitu*, rimpiazz*, substitu*, vervang*, "
        "erstatt*, ersätt*, erstat*, замен*, заменя*, 取代, 替代, 代替, 接替, 置き換, 後継, 대체, 대신, 후속, बदल*",
    ),
    "screening": (
        "screen screens screening vet vets vetting review reviews check checks checking examination inspection "
        "scrutiny",
        "contrôle*, examen*, vérification*, prüfung*, überprüf*, kontroll*, sicherheitsüberprüf*, revisión*, "
        "control*, examen*, verificación*, verific*, esame*, revisione*, controll*, verificação*, análise*, "
        "controle*, toetsing*, kontroll*, vurdering*, granskning*, проверк*, провер*, контрол*, экспертиз*, 审查, "
        "審查, 审核, 審核, 检查, 審査, 検査, 심사, 검사, 검증, जांच*, समीक्षा",
    ),
    "tighten": (
        "tighten tightens tightened tightening strengthen strengthened stricter strict tougher toughen "
        "toughened crack crackdown",
        "durci*, renforc*, resserr*, verschärf*, strenger*, verstärk*, endurec*, reforz*, restring*, "
        "inasprim*, rafforz*, restrit*, endurec*, aanscherp*, verscherp*, skjerp*, innstramm*, skärp*, "
        "ужесточ*, усил*, 强化, 加强, 收紧, 從嚴, 从严, 強化, 厳格, 강화, 엄격, 까다롭, सख्त*",
    ),
    "accompany": (
        "accompany accompanies accompanied along reunion reunification",
        "accompagn*, regroupement familial, begleit*, mitkommen, mitreisen, nachzug*, familiennachzug*, "
        "acompañ*, reagrupación*, accompagn*, ricongiungimento*, acompanh*, reagrupamento*, gezinshereniging*, "
        "familiegjenforening*, følge*, medfølg*, anhörig*, сопровожд*, воссоединени*, 随行, 隨行, 同行, 帯同, "
        "随伴, 동반, 동행, साथ",
    ),
    "target": (
        "aim aims aimed target targets targeted intended focus",
        "visant, visé*, visée*, cibl*, destiné*, ziel*, zielt*, destinad*, objetivo*, rivolt*, destinat*, "
        "obiettivo*, alvo*, doel*, rettet*, målrett*, mål*, направлен*, нацелен*, "
        "цел*, 针对, 針對, 面向, 対象, 目的, 대상, 겨냥, 목표, लक्ष्य*",
    ),
    "engineer": (
        "engineer engineers",
        "ingénieur*, ingenieur*, ingeniero*, ingeniera*, ingegner*, engenheir*, инженер*, 工程师, 工程師, "
        "エンジニア, 技術者, 엔지니어, 기술자, इंजीनियर*",
    ),
    "factory": (
        "factory factories plant plants facility facilities",
        "usine*, fabrik*, werksgelände*, fábrica*, fabbrica*, stabiliment*, fabriek*, fabrikk*, "
        "завод*, фабрик*, предприяти*, 工厂, 工廠, 厂区, 廠區, 工場, 공장, कारखान*, संयंत्र*",
    ),
    "comment": (
        "comment comments commented respond responded response responses reply replied",
        "commentaire*, stellungnahme*, kommentar*, comentario*, comentó, commento*, commentat*, "
        "comentário*, reactie*, kommentar*, комментари*, прокомментир*, 置评, 置評, 回应, 回應, 评论, 評論, "
        "意见, 意見, コメント, 논평, 의견, 답변, 입장을, टिप्पणी*",
    ),
    "organisation": (
        "organisation organisations organization organizations group groups association associations",
        "organisation*, association*, organisation*, verband*, verbände*, vereinigung*, organización*, "
        "asociación*, organizzazion*, associazion*, organização*, associação*, organisatie*, vereniging*, "
        "organisasjon*, förening*, организаци*, ассоциаци*, 组织, 組織, 团体, 團體, 协会, 協會, 団体, "
        "단체, 협회, संगठन*",
    ),
    "loss": (
        "loss losses lose lost damage damages harm",
        "perte*, préjudice*, dommage*, schaden*, schäden*, verlust*, pérdida*, daño*, perdit*, danno, danni, "
        "prejuízo*, perda*, schade*, verlies*, skade*, ущерб*, убыт*, потер*, 损失, 損失, 损害, "
        "損害, 손실, 피해, 손해, नुकसान*, क्षति*",
    ),
    "spokesperson": (
        "spokesperson spokesman spokeswoman spokespeople representative representatives",
        "porte-parole, sprecher*, sprecherin*, portavoz*, portavoce, porta-voz, woordvoerder*, talsperson*, "
        "talsmann*, представител*, пресс-секретар*, 发言人, 發言人, 代表, 報道官, 広報, 대변인, 대표, "
        "प्रवक्ता*, प्रतिनिधि*",
    ),
    "director": (
        "director directors chief chiefs president",
        "directeur*, directrice*, président*, direktor*, leiter*, leiterin*, präsident*, director*, "
        "directora*, presidente*, direttor*, diretor*, diretora*, directeur*, voorzitter*, direktør*, "
        "директор*, руководител*, президент*, 主任, 所长, 所長, 处长, 處長, 局长, 局長, 会长, 會長, "
        "院长, 院長, 원장, 소장, 처장, 국장, 회장, निदेशक*, प्रमुख*, अध्यक्ष*",
    ),
    "lottery": (
        "lottery lotteries draw",
        "tirage au sort, loterie*, lotterie*, losverfahren*, auslosung*, sorteo*, lotería*, lotteri*, "
        "sorteggio*, sorteio*, loting*, loddtrekning*, лотере*, жеребь*, 抽签, 抽籤, 抽選, 추첨, लॉटरी*",
    ),
})

# Words that give a reason, in the same languages: "to prevent", "because of", "so that", "in order to".
QA_XL_REASON = (
    "afin de, pour éviter, pour empêcher, parce que, en raison de, à cause de, um zu, damit, weil, wegen, "
    "aufgrund, para evitar, para impedir, porque, debido a, a causa de, con el fin de, per evitare, per "
    "impedire, perché, a causa di, al fine di, para evitar, por causa de, devido a, om te, omdat, vanwege, "
    "for å, fordi, på grunn av, för att, eftersom, чтобы, из-за, так как, поскольку, в связи с, опасени*, "
    "для предотвращения, 为了, 為了, 以防, 防止, 因为, 因為, 由于, 由於, ため, 防ぐ, 防止, 위해, 때문, 방지, "
    "우려, के लिए, क्योंकि, की वजह से"
)
