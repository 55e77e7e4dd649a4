"""The instrument of a rule in the languages whose relevance words are listed but whose policy-type words were
not (lexicon.ML_POLICY_TYPE_CUES): a visa, a residence or work permit, an entry or exit ban, export control,
espionage, a scheme to attract researchers. Without them such articles were typed "other"."""

from __future__ import annotations

import pytest

from bot.analysis.tagging import tag


@pytest.mark.parametrize(
    ("language", "title", "text", "policy_type"),
    [
        ("ro", "Guvernul introduce o nouă viză pentru nomazi digitali",
         "Solicitanții trebuie să dovedească un venit lunar stabil.", "visa"),
        ("hr", "Vlada mijenja pravila za radne dozvole stranih radnika",
         "Poslodavci će dozvole dobivati brže nego dosad.", "immigration"),
        ("el", "Νέες άδειες διαμονής για ερευνητές από τρίτες χώρες",
         "Το υπουργείο θα εκδίδει τις άδειες μέσα σε δύο μήνες.", "immigration"),
        ("bg", "Правителството въвежда синя карта за висококвалифицирани работници",
         "Заплатата трябва да бъде поне двойна спрямо средната.", "immigration"),
        ("fi", "Hallitus nopeuttaa oleskelulupien käsittelyä",
         "Erityisasiantuntijat saavat oleskeluluvan kahdessa viikossa.", "immigration"),
        ("ms", "Kerajaan memperkenalkan pas pekerjaan baharu untuk jurutera",
         "Permohonan dibuka bulan depan.", "immigration"),
        ("fa", "دولت اجازه کار متخصصان خارجی را تمدید کرد", "این تصمیم از ماه آینده اجرا می‌شود.", "immigration"),
        ("th", "รัฐบาลออกวีซ่าใหม่สำหรับนักวิจัยต่างชาติ", "ผู้สมัครต้องมีปริญญาเอก", "visa"),
        ("he", "הממשלה מאריכה את היתרי העבודה למהנדסים זרים", "ההחלטה תיכנס לתוקף בחודש הבא.", "immigration"),
        ("cs", "Vláda zavádí zákaz vycestování pro jaderné inženýry",
         "Inženýři musí odevzdat cestovní pasy.", "travel_restriction"),
        ("sr", "Vlada uvodi zabranu ulaska za državljane tri zemlje",
         "Mera stupa na snagu od ponedeljka.", "travel_restriction"),
        ("el", "Η κυβέρνηση σκληραίνει τον έλεγχο εξαγωγών τεχνολογίας",
         "Οι πανεπιστημιακοί θα χρειάζονται άδεια για να μοιράζονται σχέδια.", "export_control"),
        ("fi", "Tutkijaa epäillään vakoilusta yliopistossa", "Poliisi tutkii tapausta.", "research_security"),
        # Denmark's pay limit for foreign workers is a permit's salary threshold.
        ("da", "Beløbsgrænsen for udenlandsk arbejdskraft sænkes",
         "Et flertal har aftalt at nedsætte grænsen til 375.000 kr. fra næste år.", "immigration"),
        ("hu", "A kormány szigorítja a tartózkodási engedélyek kiadását",
         "A vendégmunkásoknak magasabb fizetést kell igazolniuk.", "immigration"),
        ("sl", "Vlada skrajšuje postopek za enotno dovoljenje tujcev",
         "Delodajalci bodo odločbo prejeli v tridesetih dneh.", "immigration"),
        ("da", "Regeringen sænker beløbsordningens grænse for udenlandske forskere",
         "Ændringen gælder fra januar.", "immigration"),
        ("bg", "Правителството стартира програма за привличане на учени от чужбина",
         "Учените ще получат жилище и заплата.", "talent_program"),
    ],
)
def test_the_instrument_is_read_in_more_languages(language: str, title: str, text: str, policy_type: str) -> None:
    assert tag(title, text, language=language).policy_type == policy_type


def test_a_word_that_merely_contains_a_visa_form_is_not_one() -> None:
    # Hungarian "víz" is water, not the Czech genitive of "vízum": not listed, so no visa here.
    assert tag("A kormány új víz szabályokat vezet be", "A víz ára emelkedik.", language="hu").policy_type != "visa"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("cs", "Jaderní vědci budou smět cestovat do zahraničí jen se souhlasem ministerstva",
         "Nové pravidlo platí pro všechny zaměstnance státních ústavů."),
        ("el", "Οι ερευνητές χρειάζονται έγκριση για ταξίδια στο εξωτερικό",
         "Ο κανόνας ισχύει για τα κρατικά ινστιτούτα."),
        ("hu", "Engedély kell a kutatók külföldre utazásához",
         "A szabály az állami intézetek munkatársaira vonatkozik."),
    ],
)
def test_leave_to_go_abroad_is_an_exit_control_in_more_languages(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language).policy_type == "travel_restriction"


def test_a_programme_to_attract_researchers_in_hungarian() -> None:
    tags = tag("Új kormányzati program vonzza haza a külföldön dolgozó kutatókat",
               "A hazatérők lakhatási támogatást kapnak.", language="hu")
    assert tags.policy_type == "talent_program"


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        # Trade secrets of core technology taken by engineers, prosecuted under a national-security law.
        ("zh", "台積電2奈米機密外洩 檢方依國安法起訴工程師", "3名工程師涉嫌竊取營業秘密，檢察官聲請羈押獲准。"),
        # Scientists barred from working with foreigners without approval.
        ("ru", "Российским учёным запретили работать с иностранцами",
         "Сотрудничество с иностранцами теперь требует согласования."),
    ],
)
def test_trade_secret_prosecutions_and_contact_rules_are_research_security(language: str, title: str, text: str) -> None:
    assert tag(title, text, language=language).policy_type == "research_security"


@pytest.mark.parametrize(("title", "text"), [
    ("Fagforbundet stiller lønkrav", "Forbundet kræver højere løn til ingeniører."),  # a union's wage claim
    ("Ny beløbsgrænse for fradrag", "Beløbsgrænsen for fradrag hæves fra næste år."),  # any amount limit
])
def test_a_danish_amount_limit_or_wage_claim_is_no_permit_rule(title: str, text: str) -> None:
    assert tag(title, text, language="da").policy_type != "immigration"


def test_a_programme_to_bring_researchers_back_is_a_talent_programme() -> None:
    assert tag("El gobierno lanza un programa para traer de vuelta a los científicos", "El ministerio financiará "
               "laboratorios para los científicos que regresen al país.", language="es").policy_type == "talent_program"


def test_bringing_back_goods_is_no_talent_programme() -> None:
    assert tag("El gobierno quiere traer de vuelta las fábricas", "El ministerio ofrece créditos a las empresas que "
               "regresen al país.", language="es").policy_type != "talent_program"


def test_licensed_work_across_the_strait_is_an_exit_control() -> None:
    assert tag("半导体工程师赴大陆任职须经许可", "主管机关拟订办法，特定高科技人员进入大陆任职前应申请许可。",
               language="zh").policy_type == "travel_restriction"


def test_a_work_permit_for_people_coming_in_is_no_exit_control() -> None:
    assert tag("外国工程师申请工作许可将简化", "主管机关表示，外国高科技人员来台工作许可的审查时间将缩短。",
               language="zh").policy_type != "travel_restriction"
