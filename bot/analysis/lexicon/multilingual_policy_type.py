"""The policy-type instruments in languages whose relevance words are listed (lexicon.MULTILINGUAL_RELEVANCE_CUES)
but whose instruments were not: Romanian, Croatian and Serbian, Greek, Bulgarian, Finnish, Malay, Persian, Thai,
Hebrew, Hungarian, Slovak, Slovenian, Estonian, and more forms of Polish, Czech, Swedish, Danish and Norwegian.
Read with lexicon.MULTILINGUAL_CUES, under the same labels (policy_type.py weighs them) and form syntax: a visa;
a residence or work permit, citizenship and immigration; an entry ban; an exit ban; export control; espionage
and research security; attracting talent (a programme, a recruiting verb); staff called home from abroad.
Hebrew, Persian and Thai forms are found as substrings, so only unambiguous ones are listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ML_POLICY_TYPE_CUES"]

ML_POLICY_TYPE_CUES: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType({
    "type_visa": (
        # ro, hr/sr, el, bg, fa, th, he, pl, cs
        ("viză, viza, vize, vizele, vizei, vizelor, vizu, vizom, vizama, визе, визу, визом, визи, визите, "
         "βίζα, βίζας, βίζες, θεώρηση εισόδου, θεώρησης εισόδου, θεωρήσεις εισόδου, روادید, ویزا, วีซ่า, "
         "ויזה, ויזות, ויזת, אשרות, אשרת עבודה, אשרת העבודה, אשרת כניסה, אשרת הכניסה, אשרת שהייה, wizą, wizami, wiz, vízem, "
         "vízov*, vizum, vizuma, vizume, vizumi, viisa, viisad", 1.5),
    ),
    "type_immigration": (
        # ro
        ("permis* de ședere, permis* de muncă, permise de muncă, drept* de ședere, rezidență permanentă, "
         "rezidența permanentă, cetățenia, cetățenie, imigrați*, imigrare, carte* albastră, "
         "cartea albastră, "
         # hr/sr (Latin and Cyrillic)
         "radn* dozvol*, dozvol* boravka, dozvol* za boravak, dozvol* za rad, boravišn* dozvol*, stalni boravak, "
         "stalnog boravka, državljanstv*, useljavanj*, imigracij*, plav* kart*, радн* дозвол*, дозвол* за боравак, "
         "боравишн* дозвол*, држављанств*, "
         # el
         "άδεια παραμονής, άδειες παραμονής, άδειας παραμονής, άδεια διαμονής, άδειες διαμονής, άδειας διαμονής, "
         "άδεια εργασίας, άδειες εργασίας, άδειας εργασίας, ιθαγένει*, μετανάστευσ*, μεταναστευτικ*, μπλε κάρτα, "
         # bg
         "разрешение за пребиваване, разрешения за пребиваване, разрешение за работа, разрешения за работа, "
         "синя карта, синята карта, постоянно пребиваване, дългосрочно пребиваване, имиграц*, "
         # fi (consonant gradation: lupa, luvan)
         "oleskeluluv*, työluv*, kansalaisuu*, maahanmuut*, sininen kortti, sinisen kortin, "
         # ms
         "permit kerja, pas kerja, pas pekerjaan, pas penggajian, permit pekerjaan, pas kediaman, kerakyatan, "
         "imigresen, "
         # fa, th, he (substrings)
         "اجازه اقامت, اقامت دائم, اجازه کار, پروانه کار, مهاجرت, تابعیت, کارت سبز, ใบอนุญาตทำงาน, "
         "ใบอนุญาตพำนัก, ถิ่นที่อยู่, ตรวจคนเข้าเมือง, היתר עבודה, היתרי עבודה, היתר העבודה, היתרי העבודה, רישיון עבודה, רישיון העבודה, רישיון שהייה, "
         "היתר שהייה, תושבות, אזרחות, הגירה, "
         # pl, cs, sv
         "zezwoleni* na pobyt, zezwoleni* na pracę, zezwoleń na pracę, kart* pobytu, niebiesk* kart*, "
         "obywatelstw*, imigracj*, pobyt* stał*, povolení k pobytu, povolení k trvalému pobytu, pracovní povolení, "
         "zaměstnaneck* kart*, modr* kart*, občanství, imigrac*, trvalý pobyt, trvalého pobytu, medborgarskap*, "
         "blåkort*, eu-blåkort*, blått kort, "
         # hu, sk, sl, da, no, et
         "tartózkodási engedély*, munkavállalási engedély*, letelepedési engedély*, állampolgárság*, bevándorl*, "
         "kék kártya, kék kártyá*, vendégmunkás*, povolenie na pobyt, povolenia na pobyt, prechodný pobyt, "
         "občianstv*, dovoljenj* za prebivanje, delovn* dovoljenj*, enotn* dovoljenj*, *indvandring*, "
         "statsborgerskab*, statsborgerskap*, permanent ophold, permanent opphold, fast ophold, beløbsordning*, "
         "elamisluba*, elamisloa*", 2.0),
    ),
    "entry_ban": (
        ("interdicți* de intrare, interzicerea intrării, interdicți* de călătorie, zabran* ulaska, zabran* putovanja, "
         "забран* уласка, забран* путовања, απαγόρευση εισόδου, απαγόρευσης εισόδου, απαγόρευση ταξιδιού, "
         "ταξιδιωτική απαγόρευση, забрана за влизане, забрана за пътуване, maahantulokiel*, matkustuskiel*, "
         "ممنوعیت ورود, ممنوعیت سفر, ห้ามเข้าประเทศ, ห้ามเดินทาง, איסור כניסה, איסור הכניסה, איסור נסיעה, "
         "zakazu wjazdu, zakaz podróży, zakazu podróży, zákaz vstupu, zákazu vstupu, zákaz cestování, "
         "zákazu cestování, reseförbud*, beutazási tilal*", 1.0),
    ),
    "exit_control": (
        ("interdicți* de a părăsi țara, interdicți* de ieșire din țară, zabran* napuštanja zemlje, "
         "zabran* izlaska iz zemlje, забран* напуштања земље, απαγόρευση εξόδου, απαγόρευσης εξόδου, "
         "забрана за напускане, maastapoistumiskiel*, ممنوع‌الخروج, ممنوع الخروج, ممنوعیت خروج, "
         "ห้ามออกนอกประเทศ, ห้ามเดินทางออกนอกประเทศ, עיכוב יציאה, איסור יציאה, zakazu wyjazdu, "
         "zakaz opuszczania kraju, zákaz vycestování, zákazu vycestování, zákaz opuštění země, kiutazási tilal*", 1.0),
    ),
    "export_control": (
        ("control* al exporturilor, controlul exporturilor, kontrol* izvoza, izvozn* kontrol*, контрол* извоза, "
         "έλεγχ* εξαγωγών, ελέγχ* εξαγωγών, експортен контрол, "
         "експортния контрол, контрол върху износа, vientivalvon*, kawalan eksport, کنترل صادرات, "
         "ควบคุมการส่งออก, פיקוח על יצוא, פיקוח יצוא, בקרת יצוא, kontrol* eksportu, kontrol* vývozu, "
         "exportní kontrol*, exportellenőrz*, transfer technologii, transfer technologií", 2.5),
    ),
    "research_security": (
        ("spionaj*, securitatea cercetării, špijun*, шпијун*, κατασκοπ*, шпионин*, vakoil*, tutkimusturvallisuu*, "
         "pengintipan, keselamatan penyelidikan, جاسوسی, امنیت پژوهش, จารกรรม, ריגול, ביטחון מחקרי, špionáž*, "
         "bezpečnost výzkumu, kémked*, säkerhetsprövning*, säkerhetsskydd*", 1.0),
        # Limits on research contacts, as English "academic cooperation" and "research collaboration" (a weaker cue):
        # fi "akateemista yhteistyötä", "tutkimusyhteistyö", "korkeakouluyhteistyö".
        ("akateemi* yhteisty*, tutkimusyhteisty*, korkeakouluyhteisty*", 0.6),
    ),
    "talent_program": (
        ("atragerea talentelor, atragerea cercetătorilor, privlačenj* talenata, privlačenj* znanstvenika, "
         "προσέλκυση ταλέντων, προσέλκυσης ταλέντων, προσέλκυση ερευνητών, привличане на таланти, "
         "привличането на таланти, osaajien houkuttel*, tutkijoiden houkuttel*, menarik bakat, "
         "جذب نخبگان, بازگشت نخبگان, ดึงดูดบุคลากร, ดึงดูดผู้มีความสามารถ, przyciąganie talentów, "
         "přilákání talentů, attrahera talanger, locka forskare", 1.0),
    ),
    # Staff called home from abroad by their state or employer (policy_type.py pairs the two in a sentence): a
    # limit on where a country's engineers may work, a travel restriction by the real set's convention.
    "recall": (
        ("召回, 调回, 調回, 撤走, 撤出, 遣回, 送回国, 送回國, отозва*, отзыв* специалист*, отзыв* инженер*, "
         "rappelé*, rappel* ses ingénieurs, zurückbeordert, zurückgerufen, zurückgeholt, 呼び戻, 귀국 조치, 복귀 명령, "
         "철수시", 1.0),
    ),
    "recalled_staff": (
        ("工程师, 工程師, 技术人员, 技術人員, 技术员, 技術員, 员工, 員工, 职员, 職員, 技術者, 엔지니어, 기술자, 기술 인력, "
         "직원, инженер*, специалист*, техник*, сотрудник*, персонал*, ingénieur*, techniciens, salariés, "
         "ingenieur*, techniker*, mitarbeiter*, fachkräfte", 1.0),
    ),
    # Leave to go abroad asked for, or going abroad forbidden (policy_type.py pairs a control or an approval with
    # an outbound cue close by, as "approval before travelling abroad"): the pieces of an exit control.
    "control": (
        ("interzic*, interdicți*, restricți*, zabran*, ograničen*, забран*, ограничењ*, απαγόρευσ*, απαγορεύ*, "
         "περιορισμ*, kielto*, kiellet*, rajoitu*, rajoitt*, sekatan, ممنوع, محدودیت, ห้าม, איסור, אוסר, הגבלה, "
         "הגבלות, zákaz*, omezen*, tilt*, tilal*, korlátoz*", 1.0),
    ),
    "approval": (
        ("aprobar*, aprobări*, autorizați*, permisiun*, dopuštenj*, odobrenj*, suglasnost*, одобрењ*, έγκρισ*, "
         "lupa*, luvan, hyväksyn*, kelulusan, kebenaran, مجوز, อนุญาต, อนุมัติ, אישור, povolení, souhlas*, "
         "engedély*, 许可", 1.0),
    ),
    "outbound": (
        ("în străinătate, peste hotare, u inozemstvo, u inostranstvo, у иностранство, στο εξωτερικό, в чужбина, "
         "ulkomaille, ulkomaanmatk*, ke luar negara, سفر خارجی, سفر به خارج, เดินทางไปต่างประเทศ, לחו\"ל, "
         "יציאה מהארץ, do zahraničí, do zahraničia, vycestov*, külföldre, külföldi út*", 1.0),
        # Going to work on the other side of the strait, which Taipei's rules license ("赴大陆任职", "進入大陸地區").
        ("赴大陆, 赴大陸, 赴陆, 赴陸, 进入大陆, 進入大陸, 前往大陆, 前往大陸", 1.0),
    ),
    # The parts of a scheme to bring people in (policy_type.py): a programme, and a verb of attracting.
    "programme": (
        ("programul, programe, programului, programa, programi, programom, πρόγραμμα*, προγράμματ*, програма*, "
         "програми, ohjelm*, برنامه, โครงการ, תוכנית, תכנית, programem, programu, programy, programmet, "
         "programmen, program*, ösztöndíj*, stipendi*", 1.0),
    ),
    "recruit": (
        ("atrag*, atragerea, privlač*, privuć*, привлач*, προσελκ*, привлича*, houkuttel*, menarik, جذب, ดึงดูด, "
         "למשוך, משיכת, קליטת חוקרים, קליטת מדענים, השבת מוחות, השבת חוקרים, החזרת מוחות, החזרת חוקרים, "
         "החזרת מדענים, přiláka*, přilák*, attrahera*, locka*, vonz*, toboroz*, nábor*", 1.0),
        # Bringing people back home: "traer de vuelta a los científicos", "ramener les chercheurs".
        ("traer de vuelta, trae de vuelta, traigan de vuelta, trazer de volta, ramener, faire revenir, "
         "far rientrare, far tornare", 1.0),
    ),
})
