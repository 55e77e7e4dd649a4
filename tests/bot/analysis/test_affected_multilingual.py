"""Who is affected in other languages: the group's head with its modifiers, as written, and junk left out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.analysis.affected_groups import affected_groups
from bot.analysis.affected_multilingual import read_groups
from bot.analysis.summarize import summarize
from bot.analysis.tagging import tag

PUBLISHED = datetime(2026, 5, 20, tzinfo=UTC)


def _phrases(sentence: str) -> list[str]:
    return [g.phrase for g in read_groups(sentence).groups]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Bundesregierung will mehr ausländische Fachkräfte nach Deutschland holen.", "ausländische Fachkräfte"),
        ("Künftig dürfen maximal 12'000 Erwerbstätige aus Drittstaaten in die Schweiz kommen.",
         "12'000 Erwerbstätige aus Drittstaaten"),
        ("Das Programm soll Spitzenforscher aus dem Ausland gewinnen.", "Spitzenforscher aus dem Ausland"),
        ("Le gouvernement veut attirer des chercheurs étrangers dans les universités françaises.",
         "chercheurs étrangers"),
        ("L'initiative est destinée à attirer des chercheurs en quête de stabilité.",
         "chercheurs en quête de stabilité"),
        ("El Gobierno aprobó un visado para estudiantes internacionales que quieran trabajar en España.",
         "estudiantes internacionales"),
        ("Il decreto apre il mercato ai lavoratori stranieri altamente qualificati e alle loro famiglie.",
         "lavoratori stranieri altamente qualificati"),
        ("O incentivo fiscal destina-se a profissionais altamente qualificados que se mudem para Portugal.",
         "profissionais altamente qualificados"),
        ("De regering wil meer buitenlandse studenten naar Nederland halen.", "buitenlandse studenten"),
        ("Regeringen vill locka utländska forskare till Sverige.", "utländska forskare"),
        ("Власти запретили выезд за границу для ведущих специалистов оборонных предприятий.",
         "ведущих специалистов"),
        ("留学生や外国人研究者の受け入れをめぐり、審査を強化する。", "留学生や外国人研究者"),
        ("美国公民及移民服务局表示，中国留学生须提交材料。", "中国留学生"),
        ("Die Regel gilt für Forscher und Studierende aus China.", "Forscher und Studierende aus China"),
        ("日本政府は優秀な海外研究者の招へいを進める。", "優秀な海外研究者"),
        ("中國新增K字簽證，吸引外國青年科技人才。", "外國青年科技人才"),
        ("정부가 우수 외국인 인재 유치를 위해 톱티어 비자를 신설한다.", "우수 외국인 인재"),
        ("법무부는 외국인 유학생들에게 적용되는 비자 제도를 개편한다.", "외국인 유학생들"),
        ("과학기술 분야의 교수와 연구원에게 비자를 발급한다.", "교수와 연구원"),
        ("Les quotas pour les professionnels hautement qualifiés issus de pays tiers resteront au même niveau.",
         "professionnels hautement qualifiés"),
        ("A NASA proibiu cidadãos chineses com vistos americanos em programas da agência.",
         "cidadãos chineses com vistos americanos"),
    ],
)
def test_the_group_with_its_modifiers(sentence: str, expected: str) -> None:
    phrases = _phrases(sentence)
    assert expected in phrases
    assert all(p in sentence for p in phrases)  # every phrase shown as written


def test_a_cue_before_or_after_raises_the_group() -> None:
    scores = {g.phrase: g.score for g in read_groups(
        "Die Chancenkarte richtet sich an qualifizierte Arbeitskräfte; internationale Studierende bleiben außen vor."
    ).groups}
    assert scores["qualifizierte Arbeitskräfte"] > scores["internationale Studierende"]
    obliged = {g.phrase: g.score for g in read_groups("Les chercheurs étrangers doivent déclarer leurs voyages.").groups}
    plain = {g.phrase: g.score for g in read_groups("Les chercheurs étrangers sont nombreux à Paris.").groups}
    assert obliged["chercheurs étrangers"] > plain["chercheurs étrangers"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le décret fixe les modalités des cartes de séjour « Talent » pour les salariés.",  # a quoted name
        "Das Bundesamt fördert Talente in ganz Europa.",  # a bare abstract head
        "澳門特區政府推出新一期人才引進計劃。",  # a programme named after people
        "「特別高度人材制度」が創設される。",
        "정부가 '리더급 국가과학자' 100명을 발탁한다.",  # a title in quotes
        "[大蔵弁護士による米国ビザ情報]",  # a lawyer (弁護士), not a nurse (護士)
    ],
)
def test_no_group_from_a_name_or_an_abstract_head(sentence: str) -> None:
    phrases = _phrases(sentence)
    assert "Talent" not in phrases and "Talente" not in phrases
    assert not any(p.endswith(("人才", "人材", "과학자", "護士")) for p in phrases)


def test_no_group_from_a_thing_named_after_people_or_an_exception() -> None:
    assert _phrases("Le visa talent sera prolongé.") == []
    assert _phrases("Die Regel gilt für alle außer Studierende der Universität.") == []


def test_english_sentences_are_read_in_english_only() -> None:
    reading = read_groups("The ministry will require foreign researchers to report their travel.")
    assert not reading.foreign and reading.groups == ()
    # A French sentence is not read in English: "experts" is a French word there.
    groups = dict(affected_groups("Le gouvernement veut attirer des experts étrangers dans les laboratoires."))
    assert "experts étrangers" in groups


def _who(title: str, text: str) -> str | None:
    return summarize(title, text, tag(title, text), published=PUBLISHED).who_is_affected


def test_who_in_other_languages() -> None:
    assert _who(
        "Neue Regeln für die Einwanderung",
        "Die Bundesregierung hat neue Regeln beschlossen, die Deutschland für qualifizierte Arbeitskräfte "
        "attraktiver machen sollen. Der Bundestag muss noch zustimmen.",
    ) == "qualifizierte Arbeitskräfte"
    assert _who(
        "中國新增K字簽證",
        "為吸收外國人才，中國國務院今天宣布新增專門發給外國青年科技人才的「K字簽證」，自10月1日起實施。",
    ) == "外國青年科技人才"


def test_who_drops_junk() -> None:
    # A bare abstract head says nothing of who.
    assert _who(
        "France reforms the talent passport",
        "The reform of the talent passport was adopted in March. Talent is what the country needs, the minister said.",
    ) != "Talent"
    # A phrase led by a verb is an action, not a group.
    who = _who(
        "Former professor convicted of lying about Chinese programme",
        "A former professor was convicted on Tuesday of lying to federal agents. Prosecutors said the programme "
        "aimed to cultivate high-level scientific talent.",
    )
    assert who is None or not who.lower().startswith("cultivate")


@pytest.mark.parametrize(
    ("sentence", "expected", "not_expected"),
    [
        # Overlapping heads: the one that ends later is the compound's head.
        ("政府将吸引外国人才来华工作。", "外国人才", "外国人"),
        ("加工人员须接受审查，外国留学生须提交材料。", "外国留学生", "工人"),
        # "华人" inside the state's name, an immigration officer: no group.
        ("《中华人民共和国出境入境管理法》规定，外国留学生须遵守。", "外国留学生", "华人"),
    ],
)
def test_a_head_inside_a_longer_word_is_not_a_group(sentence: str, expected: str, not_expected: str) -> None:
    phrases = _phrases(sentence)
    assert expected in phrases
    assert not any(p.endswith(not_expected) for p in phrases)


def test_an_english_sentence_naming_a_french_body_is_read_in_english() -> None:
    sentence = ("The Ministère de l'Enseignement supérieur et de la Recherche said foreign researchers will need "
                "a permit.")
    assert not read_groups(sentence).foreign
    assert "foreign researchers" in dict(affected_groups(sentence))
