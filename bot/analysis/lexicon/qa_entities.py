"""What names an organisation or a country, for a thread question asking "which" of them ("Which ministry
runs the programme?", "Which countries are excluded?", "Which company relies on the scheme?") about an
article in another language: the English head nouns that ask for each type, and the endings that make a
name of that type in scripts without capitals (Chinese, Japanese, Korean)."""

from __future__ import annotations

__all__ = ["QA_ENTITY_CJK_NOT", "QA_ENTITY_CJK_SUFFIXES", "QA_ENTITY_HEADS", "QA_LIST_HEADS"]

# English head nouns (lower case, singular and plural) by the type of name they ask for.
QA_ENTITY_HEADS: dict[str, tuple[str, ...]] = {
    "ministry": ("ministry", "ministries", "department", "departments"),
    "country": ("country", "countries", "nation", "nations", "nationals", "nationalities"),
    "university": ("university", "universities", "college", "colleges"),
    "company": ("company", "companies", "firm", "firms", "employer", "employers", "manufacturer", "manufacturers"),
    "party": ("party", "parties"),
    "organisation": ("organisation", "organisations", "organization", "organizations", "body", "bodies",
                     "agency", "agencies", "authority", "authorities", "institution", "institutions",
                     "foundation", "foundations", "committee", "committees", "council", "councils"),
}

# Endings of a name of each type in Chinese, Japanese and Korean ("教育部", "文部科学省", "出入国在留管理庁",
# "산업통상자원부", "北京理工大学", "외국인정책위원회", "三星电子公司").
QA_ENTITY_CJK_SUFFIXES: dict[str, tuple[str, ...]] = {
    "ministry": ("部", "省", "庁", "廳", "부"),
    "university": ("大学", "大學", "대학교", "대학", "学院", "學院"),
    "company": ("公司", "集团", "集團", "株式会社", "会社", "電子", "电子", "전자", "그룹", "㈜"),
    "organisation": ("委员会", "委員会", "委員會", "위원회", "协会", "協会", "協會", "협회", "基金会", "財団", "재단",
                     "研究所", "연구소", "机构", "機構", "기구", "局", "院"),
}

# Words with those endings that are no name ("정부", "部分", "본부": a headquarters is no ministry).
QA_ENTITY_CJK_NOT: tuple[str, ...] = (
    "정부", "일부", "전부", "본부", "내부", "외부", "간부", "여부", "대부분", "부분", "全部", "一部", "部分", "内部", "外部",
    "幹部", "干部", "大部", "細部", "省略", "反省", "大学生", "대학생", "대학원생",
    "委員", "病院", "医院", "醫院", "学院生",
)

# Plural heads of a "which" question asking for a list of kinds ("Which fields does the programme cover?",
# "Which sectors does the visa target?"): answered by a sentence that enumerates them.
QA_LIST_HEADS: tuple[str, ...] = (
    "fields", "sectors", "areas", "industries", "technologies", "occupations", "professions", "disciplines",
    "categories", "subjects", "jobs", "domains",
)
