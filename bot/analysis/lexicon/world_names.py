"""The multilingual gazetteer: country names, demonyms, capitals and bodies in other languages, bodies of one
name in several states, and the languages spoken in (nearly) one jurisdiction.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "HOME_GOVERNMENT_FORMS",
    "LANGUAGE_JURISDICTION",
    "ML_FIRM_AFTER",
    "ML_FROM_PARTICLES",
    "ML_NON_AFTER",
    "ML_NON_BEFORE",
    "ML_OUTFLOW_AFTER",
    "ML_PARTNER_AFTER",
    "ML_PARTNER_BEFORE",
    "ML_PARTNER_BEFORE_ADJACENT",
    "ML_PASSIVE_AFTER",
    "ML_SOURCE_AFTER",
    "ML_SOURCE_BEFORE",
    "ML_TOWARD_PARTICLES",
    "PERMIT_NOUNS",
    "SHARED_BODIES",
    "TRADITIONAL_ELSEWHERE",
    "TRADITIONAL_HOME",
    "WORLD_NAMES",
]

# Country names, demonyms, capitals and a few government bodies in other languages, for the jurisdictions
# most often acting in talent-mobility news: "code kind: form, form, ..." (kinds as in JURISDICTION_LIST:
# name, demonym, capital, body), forms written as in MULTILINGUAL_CUES. Used on text that is not English.
_WORLD_NAMES = """
CN name: chine, china, chinas, cina, kina, kinas, kiina*, chiny, chinach, chinami, čína, číně, číny, kína*, китай, китая, китае, китаю, китаем, КНР, китаї, çin, tiongkok, trung quốc, चीन, الصين, 中國, 中華人民共和國, 중국, จีน
CN demonym: chinois*, chinesisch*, chinese*, cinese, cinesi, chino, chinos, chinês, chinesa, chineses, chinezen, kinesisk*, kiinalai*, chińsk*, čínsk*, kínai, китайск*, китайц*, китайськ*, çinli*, चीनी, صيني*, الصيني*, 중국인
CN capital: pékin, peking, pekín, pechino, pequim, pekin*, пекин*, пекін*, bắc kinh, बीजिंग, بكين, 베이징
CN body: parti communiste chinois, kommunistische partei chinas, partido comunista chino, partito comunista cinese, коммунистическ* парти* китая, КПК, компартия китая, госсовет кнр, 中共, 中共中央, 北京当局, 北京當局, 大陸當局, 大陆当局, 國務院, 國家移民管理局, 中国共産党, 중국 정부
US name: états-unis, etats-unis, amérique, vereinigte staaten, vereinigten staaten, USA, estados unidos, EEUU, EE. UU., EUA, stati uniti, verenigde staten, amerika, amerikas, förenta staterna, yhdysvallat, yhdysvalloi*, stany zjednoczone, stanach zjednoczonych, spojené státy, spojených států, egyesült államok*, США, EE UU, соединённые штаты, соединенные штаты, штаты, америк*, сполучені штати, ABD, amerika serikat, hoa kỳ, mỹ, अमेरिका, अमरीका, संयुक्त राज्य, الولايات المتحدة, أمريكا, アメリカ, 米国, 미국, สหรัฐ
US demonym: américain*, amerikanisch*, amerikaner*, estadounidense*, norteamerican*, american*, statunitens*, americano*, amerikaans*, amerikansk*, amerikkalai*, amerykańsk*, americk*, amerikai, американск*, американц*, американськ*, amerikalı*, amerikan*, अमेरिकी, الأمريكي*, 米政府, 미국인
US capital: washington, вашингтон*, 华盛顿, 華盛頓, ワシントン, 워싱턴, वाशिंगटन, واشنطن
US name: 美國
US body: maison blanche, weißes haus, weißen haus, casa blanca, casa bianca, casa branca, witte huis, det hvite hus, vita huset, det hvide hus, biały dom, белый дом, білий дім, beyaz saray, gedung putih, nhà trắng, व्हाइट हाउस, البيت الأبيض, ホワイトハウス, 백악관, 白宮, 美國國務院, 美國國土安全部, 國土安全部, trump-regierung, administration trump, gobierno de trump, администрац* трампа, адміністрац* трампа
GB name: royaume-uni, grande-bretagne, angleterre, vereinigtes königreich, vereinigten königreich, großbritannien, reino unido, gran bretaña, regno unito, gran bretagna, grã-bretanha, verenigd koninkrijk, groot-brittannië, storbritannia, storbritannien, iso-britannia, wielka brytania, wielkiej brytanii, velká británie, velké británie, egyesült királyság, nagy-britannia, великобритани*, британи*, соединённое королевство, велика британія, великобританії, birleşik krallık, ingiltere, inggris, anh quốc, vương quốc anh, ब्रिटेन, यूके, المملكة المتحدة, بريطانيا, イギリス, 英国, 영국
GB demonym: britannique*, britisch*, británic*, britannic*, britânic*, brits, britisk*, brittisk*, brytyjsk*, britsk*, британск*, британськ*, ingiliz*, ब्रिटिश, البريطاني*, 英政府
GB capital: londres, london, londra, londen, lontoo, londyn*, londýn*, лондон*, लंदन, لندن, ロンドン, 런던
GB body: home office, ministère de l'intérieur britannique, innenministerium großbritannien*, 内務省, 영국 내무부
EU name: union européenne, UE, europäische union, europäischen union, unión europea, unione europea, união europeia, europese unie, den europeiske union, europeiska unionen, euroopan unioni*, unia europejska, unii europejskiej, evropská unie, európai unió*, евросоюз*, европейск* союз*, ЕС, євросоюз*, європейськ* союз*, ЄС, avrupa birliği, uni eropa, liên minh châu âu, यूरोपीय संघ, الاتحاد الأوروبي, 歐盟, 欧州連合, 유럽연합
EU demonym: européen*, europäisch*, europe*, europeu*, europees, europeisk*, europejsk*, европейск*, європейськ*, avrupa, châu âu, यूरोपीय, الأوروبي*
EU capital: bruxelles, brüssel, bruselas, bruxelas, brussel, bryssel, brukseli, bruksela, брюссел*, брюсел*, brüksel, brussels, ブリュッセル, 브뤼셀
EU body: rat der eu, rat der europäischen union, eu-kommission, conseil de l'ue, conseil de l'union européenne, consejo de la ue, consiglio dell'ue, raad van de eu, commission européenne, europäische kommission, comisión europea, commissione europea, comissão europeia, europese commissie, europakommisjonen, europeiska kommissionen, komisja europejska, еврокомисси*, европейская комиссия, єврокомісі*, avrupa komisyonu, komisi eropa, ủy ban châu âu, यूरोपीय आयोग, المفوضية الأوروبية, 欧州委員会, 유럽연합 집행위원회, 歐盟委員會
JP name: japon, japan, japón, giappone, japão, japani*, japonia*, japonsko, japonii, japán*, япони*, японії, японія, japonya, jepang, nhật bản, जापान, اليابان, 일본, ญี่ปุ่น
JP demonym: japonais*, japanisch*, japonés, japonesa, japones*, giappones*, japanse, japansk*, japońsk*, japonsk*, japán, японск*, японськ*, nhật, जापानी, الياباني*
JP capital: tokyo, tokio, tóquio, tokyon, tokio*, токио, токіо, tōkyō, टोक्यो, طوكيو, 東京, 도쿄
JP body: 日本政府, 出入国在留管理庁, 法務省, 文部科学省, 経済産業省, 外務省, 内閣府, 内閣総理大臣, 閣議決定, 法務大臣, 参議院, 衆議院, 일본 정부, 検察, 地検, 警視庁, 公安調査庁, 宇宙航空研究開発機構
KR name: corée du sud, südkorea, corea del sur, corea del sud, coreia do sul, zuid-korea, sør-korea, sydkorea, etelä-korea*, korea południowa, korei południowej, jižní korea, dél-korea*, южная корея, южной корее, южной кореи, південна корея, південній кореї, güney kore, korea selatan, hàn quốc, दक्षिण कोरिया, كوريا الجنوبية, 韓国, 韩国, 韓國, 한국, 대한민국
KR demonym: sud-coréen*, südkoreanisch*, surcorean*, sudcorean*, sul-corean*, zuid-koreaans*, sørkoreansk*, sydkoreansk*, południowokoreańsk*, южнокорейск*, південнокорейськ*, 한국인
KR capital: séoul, seúl, seul, seoul, сеул*, सियोल, سول, ソウル, 서울
IN name: inde, indien, india, índia, intia*, indie, indii, indi, индия, индии, индию, індія, індії, hindistan, ấn độ, भारत, हिंदुस्तान, الهند, インド
IN demonym: indien*, indisch*, indio, indiano, indiana, indiani, indiase, indisk*, intialai*, indyjsk*, indick*, indiai, индийск*, індійськ*, भारतीय, الهندي*
IN capital: new delhi, neu-delhi, nueva delhi, nuova delhi, nova délhi, nova deli, нью-дели, нью-делі, yeni delhi, नई दिल्ली, نيودلهي, ニューデリー, 뉴델리
IN body: भारत सरकार, विदेश मंत्रालय, गृह मंत्रालय, केंद्र सरकार, मोदी सरकार
DE name: allemagne, deutschland, alemania, germania, alemanha, duitsland, tyskland, saksa*, niemcy, niemczech, niemiec, německo, německu, németország*, германи*, німеччин*, almanya, jerman, đức, जर्मनी, ألمانيا, ドイツ, 독일
DE demonym: allemand*, deutsch*, alemán, alemana, alemanes, tedesc*, alemão, alemã, alemães, duits*, tysk*, saksalai*, niemieck*, německ*, német, немецк*, німецьк*, alman*, जर्मन, الألماني*
DE capital: berlin, berlín, berlino, berlim, berliini*, berlinie, берлин*, берлін*, बर्लिन, برلين, ベルリン, 베를린
FR name: france, frankreich, francia, frança, frankrijk, frankrike, frankrig, ranska*, francja, francji, francie, francii, franciaország*, франци*, франці*, fransa, prancis, pháp, फ्रांस, فرنسا, フランス, 프랑스
FR demonym: français*, française*, französisch*, francés, francesa, francese*, francês, francesa, frans, franse, fransk*, ranskalai*, francusk*, francouzsk*, francia, французск*, французьк*, fransız*, फ्रांसीसी, الفرنسي*
FR capital: paris, parís, parigi, pariisi, paryż*, paříž*, париж*, पेरिस, باريس, パリ, 파리
IT name: italie, italien, italia, itália, italië, italy, włochy, włoszech, itálie, itálii, olaszország*, итали*, італі*, italya, इटली, إيطاليا, イタリア, 이탈리아
IT demonym: italien*, italienisch*, italian*, italiano*, italiaans*, italiensk*, włosk*, italsk*, olasz, итальянск*, італійськ*, italyan*, इतालवी, الإيطالي*
IT capital: rome, rom, roma, rooma*, rzym*, řím*, рим, риме, рима, रोम, روما, ローマ, 로마
ES name: espagne, spanien, españa, spagna, espanha, spanje, spania, espanja*, hiszpania*, hiszpanii, španělsko, spanyolország*, испани*, іспані*, ispanya, spanyol, tây ban nha, स्पेन, إسبانيا, スペイン, 스페인
ES demonym: espagnol*, spanisch*, español*, spagnol*, espanhol*, spaans*, spansk*, hiszpańsk*, španělsk*, испанск*, іспанськ*, ispanyol*, स्पेनिश
ES capital: madrid, madri, мадрид*, मैड्रिड, مدريد, マドリード, 마드리드
PT name: portugal, portogallo, portugalia*, portugalsko, portugália*, португали*, португалі*, portekiz, bồ đào nha, पुर्तगाल, البرتغال, ポルトガル, 포르투갈
PT capital: lisbonne, lissabon, lisboa, lisbona, lizbon*, лиссабон*, лісабон*
NL name: pays-bas, niederlande, países bajos, paesi bassi, países baixos, nederland, nederländerna, nederlandene, alankomaat, holandia*, holandii, nizozemsko, hollandia*, нидерланд*, нідерланд*, hollandi*, hollanda, belanda, hà lan, नीदरलैंड, هولندا, オランダ, 네덜란드
NL demonym: néerlandais*, niederländisch*, neerlandés, holandés, olandes*, holandês, nederlands*, nederländsk*, nederlandsk*, hollandsk*, holenderski*, nizozemsk*, holland, нидерландск*, голландск*, нідерландськ*
NL capital: la haye, den haag, la haya, l'aia, haia, haag, haga, гаага*, гааз*
BE name: belgique, belgien, bélgica, belgio, belgië, belgia*, belgie, belgium*, бельги*, бельгі*, belçika, bỉ, बेल्जियम, بلجيكا, ベルギー, 벨기에
CH name: suisse, schweiz, suiza, svizzera, suíça, zwitserland, sveits, sveitsi*, szwajcaria*, švýcarsko, svájc*, швейцари*, швейцарі*, isviçre, thụy sĩ, स्विट्जरलैंड, سويسرا, スイス, 스위스
CH demonym: suisse*, schweizer*, suizo*, svizzer*, suíço*, zwitsers*, sveitsisk*, szwajcarsk*, швейцарск*
CH capital: berne, bern, berna, берн*
AT name: autriche, österreich, austria, áustria, oostenrijk, østerrike, österrike, østrig, itävalta*, austrii, rakousko, ausztria*, австри*, австрі*, avusturya, ऑस्ट्रिया, النمسا, オーストリア, 오스트리아
AT demonym: autrichien*, österreichisch*, austriac*, austríac*, oostenrijks*, østerriksk*, österrikisk*, austriack*, rakousk*, osztrák, австрийск*, австрійськ*
AT capital: vienne, wien, viena, vienna, wenen, wiedeń*, vídeň*, bécs*, вена, вене, вену, відень*, viyana
SE name: suède, schweden, suecia, svezia, suécia, zweden, sverige, ruotsi*, szwecja*, szwecji, švédsko, svédország*, швеци*, швеці*, isveç, thụy điển, स्वीडन, السويد, スウェーデン, 스웨덴
SE demonym: suédois*, schwedisch*, sueco*, svedes*, zweeds*, svensk*, ruotsalai*, szwedzk*, švédsk*, svéd, шведск*, шведськ*
SE capital: stockholm, estocolmo, stoccolma, estocolmo, tukholma*, sztokholm*, стокгольм*
NO name: norvège, norwegen, noruega, norvegia, noorwegen, norge, norges, norja*, norwegia*, norwegii, norsko, norvégia*, норвеги*, норвегі*, norveç, na uy, नॉर्वे, النرويج, ノルウェー, 노르웨이
NO demonym: norvégien*, norwegisch*, noruego*, norvegese*, norueguês, noors, norsk*, norjalai*, norwesk*, norsk, norvég, норвежск*, норвезьк*
NO capital: oslo, осло, 奥斯陆, オスロ, 오슬로
NO body: utlendingsdirektoratet, UDI, kunnskapsdepartementet, justisdepartementet, stortinget, PST, regjeringen
DK name: danemark, dänemark, dinamarca, danimarca, denemarken, danmark, tanska*, dania*, danii, dánsko, dánia*, дани*, danimarka, đan mạch, डेनमार्क, الدنمارك, デンマーク, 덴마크
DK demonym: danois*, dänisch*, danés, danesa, danes*, dinamarquês, deens*, dansk*, duńsk*, dánsk*, dán, датск*, данськ*
DK capital: copenhague, kopenhagen, copenhague, copenaghen, kopenhaga*, kodaň*, koppenhága*, копенгаген*, københavn, köpenhamn, kööpenhamina
DK body: udlændingestyrelsen, folketinget, udlændinge- og integrationsministeriet, uddannelses- og forskningsministeriet
FI name: finlande, finnland, finlandia, finlândia, finland, suomi, suome*, finsko, finnország*, финлянди*, фінлянді*, finlandiya, phần lan, फ़िनलैंड, فنلندا, フィンランド, 핀란드
FI demonym: finlandais*, finnisch*, finlandés, finlandes*, fins, finsk*, suomalai*, fińsk*, finn, финск*, фінськ*
FI capital: helsinki, helsingfors, хельсинки, гельсінкі
IE name: irlande, irland, irlanda, ierland, irlanti*, irlandii, irsko, írország*, ирланди*, ірланді*, ireland
IE capital: dublin, dublín, dublino, дублин*
PL name: pologne, polen, polonia, polónia, polska, polsce, polski, polen, puola*, polsko, lengyelország*, польш*, польщ*, polonya, ba lan, पोलैंड, بولندا, ポーランド, 폴란드
PL demonym: polonais*, polnisch*, polaco*, polacc*, polonês, pools*, polsk*, puolalai*, polsk*, lengyel, польск*, польськ*
PL capital: varsovie, warschau, varsovia, varsavia, varsóvia, warszaw*, varšav*, varsó*, варшав*
CZ name: tchéquie, république tchèque, tschechien, chequia, república checa, cechia, repubblica ceca, tsjechië, tsjekkia, tjeckien, tjekkiet, czechy, czech, česko, české republice, csehország*, чехи*, чехі*, çekya
CZ capital: prague, prag, praga, praag, praha, praze, prága*, праг*
HU name: hongrie, ungarn, hungría, ungheria, hungria, hongarije, ungern, unkari*, węgry, węgrzech, maďarsko, magyarország*, венгри*, угорщин*, macaristan, hungaria
HU capital: budapest, budapeszt*, будапешт*
GR name: grèce, griechenland, grecia, grécia, griekenland, hellas, grekland, kreikka*, grecja*, řecko, görögország*, греци*, греці*, yunanistan, ελλάδα, ελλάδα*
GR capital: athènes, athen, atenas, atene, athene, ateny, atény, athén*, афин*, атен*, atina, αθήνα
RU name: russie, russland, rusia, russia, rússia, rusland, russland, ryssland, venäjä*, rosja, rosji, rusko, rusku, oroszország*, россия, россии, россию, россией, РФ, росія, росії, росію, rusya, nga, रूस, روسيا, ロシア, 러시아
RU demonym: russe*, russisch*, ruso*, russo*, russ*, russisk*, rysk*, venäläi*, rosyjsk*, rusk*, orosz, российск*, россиян*, русск*, російськ*, росіян*, rus*, रूसी, الروسي*
RU capital: moscou, moskau, moscú, mosca, moscovo, moskou, moskva, moskvan, moskwa*, moskwie, moszkva*, москв*, kreml*, кремл*, moskova, mát-xcơ-va, मॉस्को, موسكو, モスクワ, 모스크바
UA name: ukraine, ucrania, ucraina, ucrânia, oekraïne, ukraina, ukrainan, ukrainie, ukrajina, ukrajině, ukrajna*, украин*, україн*, ukrayna, yukraina, ucraina, यूक्रेन, أوكرانيا, ウクライナ, 우크라이나
UA demonym: ukrainien*, ukrainisch*, ucranian*, ucraino*, ucraniano*, oekraïens*, ukrainsk*, ukrainalai*, ukraińsk*, ukrajinsk*, ukrán, украинск*, українськ*, ukraynalı*
UA capital: kiev, kyiv, kiew, kyjiw, kiyv, kijów, kijowie, kyjev, kijev, киев*, київ*
TR name: turquie, türkei, turquía, turchia, turquia, turkije, tyrkia, turkiet, tyrkiet, turkki*, turcja*, turcji, turecko, törökország*, турци*, туреччин*, türkiye, turki, thổ nhĩ kỳ, तुर्की, تركيا, トルコ, 튀르키예, 터키
TR demonym: turc*, türkisch*, turco*, turks*, tyrkisk*, turkisk*, turkkilai*, turecki*, tureck*, török, турецк*, турецьк*, türk
TR capital: ankara, анкар*
IL name: israël, israel, israele, izrael*, израил*, ізраїл*, israil, इज़राइल, إسرائيل, イスラエル, 이스라엘
IR name: iran, irán, irã, iranu, íránu, ирана, иран, ирану, иране, іран*, ईरान, إيران, イラン, 이란
IR capital: téhéran, teheran, teherán, tehran, тегеран*
SA name: arabie saoudite, saudi-arabien, arabia saudita, arabia saudí, arábia saudita, saoedi-arabië, saudi-arabia, arabia saudyjska, саудовск* арави*, suudi arabistan, arab saudi, सऊदी अरब, السعودية, サウジアラビア, 사우디
AE name: émirats arabes unis, vereinigte arabische emirate, emiratos árabes unidos, emirati arabi uniti, emirados árabes unidos, verenigde arabische emiraten, forente arabiske emirater, förenade arabemiraten, ОАЭ, объединённые арабские эмираты, объединенные арабские эмираты, BAE, UEA, संयुक्त अरब अमीरात, الإمارات, アラブ首長国連邦, 아랍에미리트
QA name: qatar, katar, катар*, قطر, カタール, 카타르
SG name: singapour, singapur, singapura, singapore, сингапур*, सिंगापुर, سنغافورة, シンガポール, 싱가포르, 新加坡
MY name: malaisie, malaysia, malasia, malesia, malásia, maleisië, malezja*, малайзи*, malezya, मलेशिया, ماليزيا, マレーシア, 말레이시아
ID name: indonésie, indonesien, indonesia, indonésia, indonesië, indonezja*, индонези*, індонезі*, endonezya, इंडोनेशिया, إندونيسيا, インドネシア, 인도네시아
TH name: thaïlande, thailand, tailandia, thailandia, tailândia, tajlandia*, таиланд*, таїланд*, tayland, thái lan, थाईलैंड, تايلاند, タイ王国, 태국
VN name: viêt nam, vietnam, việt nam, wietnam*, вьетнам*, вʼєтнам*, в'єтнам*, वियतनाम, فيتنام, ベトナム, 베트남
PH name: philippines, philippinen, filipinas, filippine, filipijnen, filippinene, filippinerna, filipiny, филиппин*, філіппін*, filipinler, फिलीपींस, الفلبين, フィリピン, 필리핀
PK name: pakistan, paquistão, paquistán, pakistanu, пакистан*, पाकिस्तान, باكستان, パキスタン, 파키스탄
BD name: bangladesh, bangladesch, bangladés, bangladeš, бангладеш, बांग्लादेश, بنغلاديش
AU name: australie, australien, australia, austrália, australië, austrálie, ausztrália*, австрали*, австралі*, avustralya, úc, ऑस्ट्रेलिया, أستراليا, オーストラリア, 호주, 澳洲, 澳大利亞, ஆஸ்திரேலிய
AU demonym: australien*, australisch*, australian*, australiano*, australisk*, australsk*, australijsk*, австралийск*, австралійськ*, avustralyalı*
AU capital: canberra, канберр*
NZ name: nouvelle-zélande, neuseeland, nueva zelanda, nuova zelanda, nova zelândia, nieuw-zeeland, new zealand, nya zeeland, uusi-seelanti, nowa zelandia, nowej zelandii, новая зеландия, новой зеландии, нова зеландія, yeni zelanda, selandia baru, न्यूज़ीलैंड, نيوزيلندا, ニュージーランド, 뉴질랜드, 新西蘭, 紐西蘭
CA name: canada, kanada, canadá, kanadassa, kanadzie, канад*, kanada'da, แคนาดา, कनाडा, كندا, カナダ, 캐나다
CA demonym: canadien*, kanadisch*, canadiense*, canadese*, canadense*, canadees*, kanadisk*, kanadalai*, kanadyjsk*, kanadsk*, kanadai, канадск*, канадськ*, kanadalı*, कनाडाई, الكندي*
CA capital: ottawa, оттав*
MX name: mexique, mexiko, méxico, messico, mexico, meksyk*, mexikó*, мексик*, meksika, मेक्सिको, المكسيك, メキシコ, 멕시코
BR name: brésil, brasilien, brasil, brasile, brazilië, brasilia, brazylia*, brazílie, brazília*, бразили*, бразилі*, brezilya, बाज़ील, ब्राज़ील, البرازيل, ブラジル, 브라질
BR demonym: brésilien*, brasilianisch*, brasileñ*, brasilian*, brasileir*, braziliaans*, brasiliansk*, brazylijsk*, бразильск*, бразильськ*, brezilyalı*
CL body: conicyt, agencia nacional de investigación y desarrollo
AR name: argentine, argentinien, argentina, argentinië, argentyn*, аргентин*, arjantin
ZA name: afrique du sud, südafrika, sudáfrica, sudafrica, áfrica do sul, zuid-afrika, sør-afrika, sydafrika, etelä-afrikka*, republika południowej afryki, RPA, южноафриканск*, ЮАР, güney afrika, afrika selatan, दक्षिण अफ्रीका, جنوب أفريقيا, 南アフリカ, 남아프리카
NG name: nigeria, nigéria, nigerii, нигери*, нігері*, nijerya, नाइजीरिया, نيجيريا
EG name: égypte, ägypten, egipto, egitto, egito, egypte, egypten, egipt*, египет, египта, египте, єгипт*, mısır, ai cập, मिस्र, مصر, エジプト, 이집트
KP name: corée du nord, nordkorea, corea del norte, corea del nord, coreia do norte, noord-korea, nord-korea, korea północna, КНДР, северная корея, северной кореи, північна корея, kuzey kore, triều tiên, उत्तर कोरिया, كوريا الشمالية, 北朝鮮, 북한
KZ name: kasachstan, kazajistán, kazakistan, cazaquistão, kazachstan, kazakstan, kazachstán, kazahsztán, kazakhstan, казахстан, казахстана, казахстане, казахстану, казахстаном, казахстан, казахстану, казахстані, қазақстан*, 哈萨克斯坦, 哈薩克, カザフスタン, 카자흐스탄
KZ demonym: казахстанск*, казахстанц*, казахстанськ*
KZ capital: astana, астана, астане, астаны, астану, астаной
UZ name: usbekistan, uzbekistán, ouzbékistan, uzbekistan, özbekistan, узбекистан, узбекистана, узбекистане, узбекистану, узбекистаном, узбекистані, 乌兹别克斯坦, ウズベキスタン, 우즈베키스탄
UZ capital: ташкент*
KG name: kirgisistan, kirguistán, kirghizistan, kirghizistan, kırgızistan, кыргызстан, кыргызстана, кыргызстане, кыргызстану, киргизия, киргизии, киргизию, киргизстан*, киргизстан, 吉尔吉斯斯坦, キルギス, 키르기스스탄
KG capital: бишкек*
TJ name: tadschikistan, tayikistán, tadjikistan, tagikistan, tacikistan, таджикистан, таджикистана, таджикистане, таджикистану, таджикистаном, таджикистані, 塔吉克斯坦, タジキスタン, 타지키스탄
TJ capital: душанбе
BY name: weißrussland, belarús, bielorrusia, biélorussie, bielorussia, białoruś, białorusi, беларусь, беларуси, белоруссия, белоруссии, білорусь, білорусі, 白俄罗斯, ベラルーシ, 벨라루스
BY capital: минск*, мінськ*
TW name: taïwan, taiwán, taiwan, tajwan*, tchaj-wan, тайван*, тайвань*, tayvan, đài loan, ताइवान, تايوان, 台湾, 臺灣, 台灣, 대만, 中華民國
TW body: executive yuan, legislative yuan, mainland affairs council, national security bureau, 行政院, 立法院, 陸委會, 陆委会, 大陸委員會, 國安局, 法務部調查局, 經濟部, 國科會, 高檢署, 高等檢察署, 地檢署, 智慧財產及商業法院, 智財法院
HK name: hong kong, hongkong, гонконг*, 香港, 홍콩, ホンコン
HK body: HKSAR, hong kong sar, immigration department, 香港特區政府, 香港特区政府, 入境處, 入境事务处
MO name: macao, macau, makau, макао, 澳門, 澳门, 마카오, マカオ
ES body: consejo de ministros, gobierno de españa, ministerio de ciencia, ministerio de inclusión, agencia estatal de investigación, moncloa, congreso de los diputados, boe, boletín oficial del estado, ley de extranjería, reglamento de extranjería, ley orgánica 4/2000
FR body: élysée, elysée, matignon, ministère de l'intérieur, ministère de l'enseignement supérieur, assemblée nationale, sénat, cnrs, ofii, campus france, gouvernement français, journal officiel de la république, journal officiel, conseil constitutionnel
DE body: bundesregierung, bundestag, bundesrat, bundesministerium*, auswärtiges amt, bundesamt für migration, bamf, bundesagentur für arbeit, dfg, daad, alexander von humboldt-stiftung, humboldt-stiftung, bundesgesetzblatt, bundesanzeiger, fachkräfteeinwanderungsgesetz
IT body: palazzo chigi, consiglio dei ministri, ministero dell'università, ministero dell'interno, farnesina, governo italiano, governo meloni, gazzetta ufficiale, decreto flussi, testo unico sull'immigrazione
NL body: rijksoverheid, tweede kamer, eerste kamer, immigratie- en naturalisatiedienst, ind, ministerie van onderwijs, nwo, nederlandse regering, staatscourant
SE body: migrationsverket, regeringskansliet, riksdagen, svenska regeringen
FI body: maahanmuuttovirasto, migri, eduskunta, suomen hallitus
PL body: urząd do spraw cudzoziemców, sejm, ministerstwo nauki, nawa, rząd rp, polski rząd
RU body: минобрнауки, мид россии, мвд россии, фсб, госдума, совет федерации, правительство рф, правительство россии, путин*, мишустин*
UA body: кабмін, кабінет міністрів україни, верховна рада, мзс україни, зеленськ*
KR body: 법무부, 과학기술정보통신부, 과기정통부, 과학기술부, 과기부, 교육과학기술부, 교과부, 미래창조과학부, 미래부, 교육부, 외교부, 출입국·외국인정책본부, 출입국외국인정책본부, 한국연구재단, 국회, 대통령실, 검찰, 지검, 국가정보원, 국정원, 경찰청, 국가수사본부, 국수본, 서울경찰청, 특허청, 산업통상자원부, 산업부
CN body: 国务院, 科技部, 教育部, 国家移民管理局, 人力资源和社会保障部, 中国科学院, 国家自然科学基金委员会, 中共中央
BR body: planalto, itamaraty, ministério da ciência, capes, cnpq, governo federal brasileiro, governo lula, diário oficial da união
PT body: conselho de ministros, aima, sef, assembleia da república, governo português, diário da república, orçamento do estado, lei de estrangeiros
TR body: tbmm, cumhurbaşkanlığı, tübitak, yök, göç idaresi, çalışma ve sosyal güvenlik bakanlığı
VN body: bộ khoa học và công nghệ, bộ công an, quốc hội việt nam, thủ tướng chính phủ
ID body: kementerian hukum dan ham, direktorat jenderal imigrasi, ditjen imigrasi, kemenkumham, brin, dpr
AE body: الهيئة الاتحادية للهوية والجنسية, وزارة الموارد البشرية والتوطين, حكومة الإمارات
SA body: وزارة الداخلية السعودية, مجلس الوزراء السعودي
MO body: macao sar, macau sar, macao special administrative region, macau special administrative region, government of the macao, 澳門特區政府, 澳门特区政府, 澳門特別行政區, 澳门特别行政区
"""


def _world_names() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in _WORLD_NAMES.strip().splitlines():
        head, _, forms = line.partition(":")
        code, kind = head.split()
        kinds = out.setdefault(code, {})
        kinds[kind] = kinds.get(kind, ()) + tuple(f.strip() for f in forms.split(",") if f.strip())
    return MappingProxyType({c: MappingProxyType(k) for c, k in out.items()})


WORLD_NAMES: Mapping[str, Mapping[str, tuple[str, ...]]] = _world_names()
# Bodies of one name in several states (the first is the one WORLD_NAMES lists them under): Switzerland's
# Federal Council and the chambers of Germany's and Austria's parliaments are all "Bundesrat". Such a body
# is the government of the state among them the text names most.
SHARED_BODIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "bundesrat": ("DE", "CH", "AT"),
    "bundesregierung": ("DE", "AT"),
    "bundesministerium*": ("DE", "AT"),
    "bundesamt für migration": ("DE", "CH"),
    "bundesgesetzblatt": ("DE", "AT"),  # both states' official gazettes
    "bundesanzeiger": ("DE", "AT"),
})
# Languages spoken in (nearly) one jurisdiction: an official text in one that names no country is that
# country's. Languages of several countries (English, French, Spanish, Arabic, ...) are absent.
LANGUAGE_JURISDICTION: Mapping[str, str] = MappingProxyType({
    "zh": "CN", "zh-cn": "CN", "zh-hans": "CN", "zh-tw": "TW", "zh-hant": "TW", "zh-hk": "HK", "ja": "JP",
    "ko": "KR", "no": "NO", "nb": "NO", "nn": "NO", "sv": "SE", "da": "DK", "fi": "FI", "pl": "PL", "cs": "CZ",
    "hu": "HU", "it": "IT", "nl": "NL", "el": "GR", "uk": "UA", "ru": "RU", "tr": "TR", "vi": "VN", "hi": "IN",
    "id": "ID", "th": "TH", "he": "IL", "fa": "IR", "ro": "RO", "bg": "BG", "hr": "HR", "sk": "SK", "sl": "SI",
    "lt": "LT", "lv": "LV", "et": "EE", "is": "IS",
})
# A government acting unnamed in its own language, beyond the multilingual government cues: ministries
# written inside compounds ("opetus- ja kulttuuriministeriö", "Bundesinnenministerium", "justitiedepartementet")
# and courts and agencies in Chinese, Japanese and Korean. Read only where a text names no state acting.
HOME_GOVERNMENT_FORMS: tuple[str, ...] = (
    "*ministeriö*", "*ministerium*", "*ministerie*", "*ministeriet*", "*departementet*", "*ministerstv*",
    "*ministerstw*",
    "法院", "檢察署", "调查局", "調查局", "法務部", "法务部", "特許庁", "警察庁", "특허청", "검찰청", "경찰청", "국가정보원",
    # Courts and their benches: a sentence read in court ("대전지법 ... 재판부", "東京地裁").
    "법원", "지법", "고법", "재판부", "裁判所", "地裁", "高裁", "検察",
    # A bill moved in the legislature ("산업기술보호법 개정안 대표발의", "改正案"): lawmakers at home.
    "개정안", "발의", "改正案",
)
# Chinese in traditional characters is Taipei's own press, unless it names Hong Kong or Macau or writes Cantonese.
TRADITIONAL_HOME = "TW"
# Hong Kong's and Macau's own press names them, their bodies or writes Cantonese ("本港", "入境處", "嘅").
TRADITIONAL_ELSEWHERE: Mapping[str, str] = MappingProxyType({
    "香港": "HK", "港府": "HK", "本港": "HK", "港人": "HK", "特首": "HK", "立法會": "HK", "入境處": "HK",
    "嘅": "HK", "咗": "HK", "澳門": "MO", "澳门": "MO", "澳府": "MO",
})
# A country named as a partner or an opponent is not the rule-maker: prepositions before the name (an
# article may stand between: "avec la Chine"), Russian "с"/"со" right before it (with no word between:
# "С января Германия" is "from January"), and postpositions after it ("Kiinan kanssa", "Çin ile").
ML_PARTNER_BEFORE: tuple[str, ...] = (
    "mit", "gegen", "avec", "contre", "con", "contra", "com", "met", "tegen", "med", "mot", "против", "proti",
    "przeciw", "przeciwko",
)
ML_PARTNER_BEFORE_ADJACENT: tuple[str, ...] = ("с", "со")
ML_PARTNER_AFTER: tuple[str, ...] = ("kanssa", "kanssaan", "ile")
# Particles after a name that make it a place: toward it (Korean 에/에게/으로/로, Japanese へ/に, Turkish
# dative 'e/'a/'ye/'ya) and from or in it (에서, から, Turkish 'den/'dan/'de/'da), as regular expressions.
# に and 에 also mark the agent of a passive ("中国に拘束された", "중국에 의해"): those are excluded.
ML_TOWARD_PARTICLES = r"에게|에(?!서|\s?의해)|으로|로(?![가-힣])|へ|に(?!よ|お|対|関)|['’](?:y?[ae])\b"
# A firm's noun right after a name or its adjective says whose firm it is, not that its state acts ("Тайваньская
# компания Foxconn отозвала", "das chinesische Unternehmen", "Çin şirketi").
ML_FIRM_AFTER: tuple[str, ...] = (
    "компания", "компании", "компанию", "корпорация", "корпорации", "концерн", "фирма", "производитель",
    "компанія", "компанії", "unternehmen", "konzern", "firma", "firmy", "spółka", "société", "entreprise",
    "empresa", "azienda", "società", "bedrijf", "şirketi", "şirket", "yritys",
)
# A body a report is sourced to ("외교부에 따르면", "法務省によると", "selon le ministère", "laut Auswärtigem Amt"):
# it tells what was agreed, which need not be its own rule (a visa agreed with another state is that state's).
ML_SOURCE_AFTER = r"\s?(?:에\s?따르면|에 의하면|によると|によれば)"
ML_SOURCE_BEFORE: tuple[str, ...] = (
    "selon", "d'après", "laut", "según", "secondo", "segundo", "volgens", "enligt", "ifølge", "według", "podle",
    "по данным", "по словам", "по информации", "согласно", "за даними", "据", "據",
)
# A noun of outflow right after a name makes it where the know-how went ("기술 중국 유출", "中国への技術流出"
# reads "中国" before "への", "中国流出"): a destination, as a particle toward it is.
ML_OUTFLOW_AFTER = r"\s?(?:유출|流出|外流)"
ML_FROM_PARTICLES = r"에서|から|['’][dt][ae]n?\b"
ML_PASSIVE_AFTER = r"^[^、。，,.]{0,12}?(?:され|された|される|られ)"
# A permit's noun in the lists' languages: a name written right after it (a colour may stand between) is part
# of the permit's name, as the member states write the Union's permit they issue ("Blaue Karte EU", "Carta
# Blu UE", "Niebieska Karta UE", "tarjeta azul UE"), not a government acting.
PERMIT_NOUNS: tuple[str, ...] = (
    "card", "carta", "carte", "karte", "karta", "kaart", "kort", "kortti", "cartão", "tarjeta", "kártya",
    "karty", "kartę", "permit", "permesso", "permis", "titolo", "titre", "aufenthaltstitel",
)
# "Non-EU" in other languages: everyone but the Union ("extra UE", "Nicht-EU", "hors UE", "spoza UE",
# "niet-EU", "EU:n ulkopuolelta"). (Not Polish "mimo", despite; Dutch "niet" only hyphenated.)
ML_NON_BEFORE: tuple[str, ...] = (
    "extra", "nicht", "non", "hors", "hors de l'", "hors de l’", "fuera de la", "spoza", "niet-", "utanför",
    "utenfor", "uden for",
)
ML_NON_AFTER = r"^:n\s+ulkopuol"
