"""Questions asked in the article's own language (`bot.analysis.qa.question`, lexicon `qa_questions`):
their kind, their head noun and their function words kept out of the focus (invented questions)."""

from __future__ import annotations

import pytest

from bot.analysis.qa import QADocument, _analyse, answer_question
from bot.analysis.qa.question import _question_kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Qui a signé le décret ?", "who"),
        ("Quand la réforme entre-t-elle en vigueur ?", "when"),
        ("Combien coûte le permis ?", "amount"),
        ("Combien de permis ont été délivrés ?", "count"),
        ("Combien de temps dure la procédure ?", "duration"),
        ("Pourquoi le programme est-il suspendu ?", "why"),
        ("Wer hat den Antrag gestellt?", "who"),
        ("Ab wann gilt die neue Regel?", "when"),
        ("Wie viele Visa wurden erteilt?", "count"),
        ("Wie lange gilt die Karte?", "duration"),
        ("Wie hoch ist die Gehaltsgrenze?", "amount"),
        ("Wie hoch soll die Gehaltsgrenze sein?", "amount"),
        ("¿Cuánto hay que ganar para el visado?", "quantity"),
        ("Quanto deve guadagnare un ricercatore?", "quantity"),
        ("Hvor meget skal en ansat tjene?", "quantity"),
        ("Hvor mange tilladelser blev udstedt?", "count"),
        ("Hvor længe gælder ordningen?", "duration"),
        ("Hvornår træder loven i kraft?", "when"),
        ("Hvem har fremsat forslaget?", "who"),
        ("Hvorfor sænkes grænsen?", "why"),
        ("Hvor kan man søge?", "where"),
        ("Hvilke lande er omfattet?", "which"),
        ("متى يدخل القرار حيز التنفيذ؟", "when"),
        ("من وقع المرسوم؟", "who"),
        ("كم عدد التأشيرات الممنوحة؟", "count"),
        ("لماذا تم تعديل القانون؟", "why"),
        ("هل يشمل القرار الطلاب؟", "polar"),
        ("ما الذي يطلب من المتقدمين؟", "what"),
        ("Um wie viel steigt die Grenze?", "change"),
        ("¿Cuándo entra en vigor el reglamento?", "when"),
        ("¿Cuánto tarda la autorización?", "duration"),
        ("¿Quién aprobó la ley?", "who"),
        ("Quanti ricercatori sono rientrati?", "count"),
        ("Quale direttiva recepisce il decreto?", "which"),
        ("Quanto tempo dura il beneficio?", "duration"),
        ("Hoeveel kennismigranten zijn toegelaten?", "count"),
        ("Hur många tillstånd beviljades?", "count"),
        ("Gäller kravet säsongsarbetare?", "polar"),
        ("Est-ce que la loi a été adoptée ?", "polar"),
        ("Gilt die Regel auch für Studenten?", "polar"),
        ("Когда закон вступит в силу?", "when"),
        ("Сколько сотрудников затронет запрет?", "count"),
        ("いつ施行されましたか？", "when"),
        ("申請手数料はいくらですか？", "amount"),
        ("何人の研究者を招へいしますか？", "count"),
        ("누가 법안을 발의했나요?", "who"),
        ("언제부터 시행됩니까?", "when"),
        ("연봉 요건은 얼마입니까?", "amount"),
        ("몇 명이 혜택을 받습니까?", "count"),
    ],
)
def test_the_kind_of_a_question_in_another_language(question: str, kind: str) -> None:
    assert _question_kind(question)[0] == kind
    assert _analyse(question).other_language


@pytest.mark.parametrize(
    "question",
    ["How many visas were issued?", "Who signed the decree?", "When does it take effect?", "Why now?",
     "How was the fund announced?", "How did Kim respond?", "Does the co-founder stay?",
     "Is the quota continued?", "Can holders bring family?"],
)
def test_english_questions_are_read_as_english(question: str) -> None:
    assert not _analyse(question).other_language


def test_question_words_and_articles_are_no_focus() -> None:
    assert _analyse("Qui a annoncé la suspension ?").focus == ("suspension",)
    assert "qui" not in _analyse("Qui a annoncé la suspension ?").terms
    assert not {"wann", "die", "zur"} & set(_analyse("Wann kommen die Regeln zur Karte?").focus)
    # An elided article is read off its word: "d'articles" asks about articles.
    assert _analyse("Combien d'articles le Parlement a-t-il adoptés ?").head == ("articl",)
    # Kana and Korean particles are no topic: only the characters of what is asked about remain.
    assert not {"い", "つ", "さ", "れ"} & set(_analyse("いつ施行されましたか？").focus)
    assert not {"누", "가", "을"} & set(_analyse("누가 법안을 발의했나요?").focus)


def test_the_noun_counted_follows_the_question_word() -> None:
    assert "passeport" in _analyse("Combien de passeports talent ont été délivrés ?").head
    assert "karten" in _analyse("Wie viele Blaue Karten wurden erteilt?").head
    assert _analyse("Quelle directive le décret transpose-t-il ?").head == ("directiv",)


DECREE = QADocument(
    id="fr", url="https://example.fr/decret", title="Le décret sur les talents est publié",
    text=("Le gouvernement a publié le décret mardi. "
          "Le décret a été signé par la ministre Claire Martin le 12 mars 2025. "
          "Il transpose la directive (UE) 2021/1883 et crée un titre de séjour « talent ». "
          "Le titre coûte 225 euros."),
)


def test_a_french_question_about_a_french_article_is_answered() -> None:
    when = answer_question("Quand le décret a-t-il été signé ?", [DECREE])
    assert when.answered and "12 mars 2025" in when.answer
    cost = answer_question("Combien coûte le titre ?", [DECREE])
    assert cost.answered and "225 euros" in cost.answer


def test_a_german_capital_is_no_name_the_sources_must_hold() -> None:
    doc = QADocument(
        id="de", url="https://example.de/karte", title="Neue Regeln für Fachkräfte",
        text=("Die Bundesregierung hat die Regeln geändert. "
              "Für Mangelberufe gilt künftig eine Gehaltsgrenze von €45.934,20 brutto im Jahr. "
              "Die Karte gilt 24 Monate."),
    )
    answer = answer_question("Wie hoch ist die Gehaltsgrenze für Mangelberufe?", [doc])
    assert answer.answered and "€45.934,20" in answer.answer


def test_an_unanswerable_question_in_another_language_is_refused() -> None:
    assert not answer_question("Combien de demandes étaient en attente ?", [DECREE]).answered
    assert not answer_question("Pourquoi le Sénat a-t-il rejeté le texte ?", [DECREE]).answered


def test_an_elided_article_does_not_hide_the_word_in_a_source() -> None:
    doc = QADocument(
        id="qc", url="https://example.ca/peq", title="Le volet des diplômés est suspendu",
        text=("Le ministre a suspendu le volet des diplômés. "
              "L'annonce a été publiée dans la Gazette officielle du Québec mercredi."),
    )
    answer = answer_question("Où l'annonce a-t-elle été publiée ?", [doc])
    assert answer.answered and "Gazette officielle" in answer.answer


def test_generic_words_of_a_question_about_a_rule_are_no_focus_in_other_languages() -> None:
    # As "new", "rule" and "come" in English: ranked on, not required of the answer.
    assert _analyse("Wann kommen die neuen Regeln zur Chancenkarte?").focus == ("chancenkart",)
    assert "suspension" in _analyse("Qui a annoncé la suspension ?").focus


def test_danish_function_words_are_no_focus() -> None:
    q = _analyse("Hvor mange tilladelser blev udstedt af styrelsen?")
    assert q.kind == "count" and {"hvor", "mange", "af"}.isdisjoint(q.focus) and "udstedt" in q.focus


def test_a_danish_count_is_not_answered_by_a_sum_in_kroner_or_a_share_in_pct() -> None:
    doc = QADocument(
        id="dk", title="Ny ordning for udenlandsk arbejdskraft",
        text=("Regeringen indfører en ny ordning for udenlandsk arbejdskraft. "
              "Lønkravet er 300.000 kr. om året for ansøgninger under ordningen. "
              "Ordningen lukkes, hvis ledigheden stiger over 4 pct. for ansøgninger i en periode."),
    )
    assert not answer_question("Hvor mange ansøgninger forventes under ordningen?", [doc]).answered


def test_how_much_in_danish_is_answered_by_its_figure() -> None:
    doc = QADocument(
        id="dk2", title="Ny ordning for udenlandsk arbejdskraft",
        text="Regeringen indfører en ny ordning. Lønkravet sænkes til 300.000 kr. om året.",
    )
    answer = answer_question("Hvor meget sænkes lønkravet til?", [doc])
    assert answer.answered and "300.000 kr." in answer.answer


def test_an_arabic_when_question_is_answered_by_the_date() -> None:
    doc = QADocument(
        id="ar", title="قرار جديد بشأن تأشيرات الباحثين",
        text="أعلنت الحكومة قرارا جديدا بشأن تأشيرات الباحثين. ويبدأ تطبيق القرار اعتبارا من مطلع مارس المقبل.",
    )
    answer = answer_question("متى يبدأ تطبيق القرار؟", [doc])
    assert answer.answered and "مطلع مارس المقبل" in answer.answer


@pytest.mark.parametrize(("question", "kind"), [
    ("Vem når målet först?", "who"),  # Swedish "når" is "reaches", no "when"
    ("Vilka studenter når kravet?", "which"),
    ("Når trer regelen i kraft?", "when"),  # Norwegian asks "when" with it first
    ("ما عدد الطلاب الذين حصلوا على التأشيرة؟", "count"),  # Arabic "what is the number of": how many
    ("Hvor ofte skal tilladelsen fornyes?", "other"),  # Danish "how often" is no "where"
    ("Hvor bor de?", "where"),
])
def test_words_another_language_uses_otherwise(question: str, kind: str) -> None:
    assert _question_kind(question)[0] == kind


def test_people_are_counted_with_any_of_their_counters() -> None:
    # "多少人" is answered by "1200名学生": 人, 名 and 位 all count people.
    assert _question_kind("有多少人获得签证？") == ("count", ("人", "名", "位"))
    assert _question_kind("有多少家公司受影响？") == ("count", ("家",))


@pytest.mark.parametrize(("question", "kind"), [
    ("In welchem Bundesland gilt die Regel?", "which"),  # German dative "welchem"
    ("До какого срока продлили визу?", "which"),  # Russian oblique cases of "какой"
    ("О каком законе идёт речь?", "which"),
    ("Hvad kræver ordningen af ansøgerne?", "what"),  # Danish and Norwegian "what"
    ("Hva krever ordningen?", "what"),
    ("Vize ücreti ne kadar?", "amount"),  # Turkish "how much is the fee"
])
def test_more_question_words_of_other_languages(question: str, kind: str) -> None:
    assert _question_kind(question)[0] == kind
    assert _analyse(question).other_language


def test_a_turkish_how_much_without_a_fee_is_no_amount() -> None:
    # "ne kadar" alone ("how far", "how much of it") names no sum: only after a word for a fee or a price.
    assert _question_kind("Program ne kadar başarılı oldu?")[0] != "amount"


def test_italian_prepositions_and_japanese_endings_are_no_focus() -> None:
    assert not {"di", "tra", "una"} & set(_analyse("Quale durata di soggiorno vale tra una visita e l'altra?").focus)
    assert "soggiorno" in _analyse("Quale durata di soggiorno vale tra una visita e l'altra?").focus
    assert not {"る"} & set(_analyse("商工会議所は控訴するのか?").focus)
    assert "控" in _analyse("商工会議所は控訴するのか?").focus


def test_turkish_ne_zaman_is_a_question_word_not_a_focus() -> None:
    q = _analyse("Yönetmelik ne zaman yürürlüğe girdi?")
    assert q.kind == "when" and "zaman" not in q.focus and "yönetmelik" in q.focus


@pytest.mark.parametrize(("question", "kind", "other"), [
    ("Was soll das Gesetz erleichtern?", "what", True),  # German "was" is "what", not English "was"
    ("Was ändert sich für Studenten?", "what", True),
    ("Was the law passed?", "polar", False),  # English stays a yes-or-no question
    ("Was it approved by parliament?", "polar", False),
    ("Is the rule still in force?", "polar", False),
])
def test_a_word_english_shares_with_another_language(question: str, kind: str, other: bool) -> None:
    assert _question_kind(question)[0] == kind
    assert _analyse(question).other_language is other
