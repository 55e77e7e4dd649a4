"""Story clustering: synonyms folded onto one key, generic and common words, and the story anchors
(programme names, function words of other languages, headline verbs of a new action).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from bot.analysis.normalization import words

__all__ = [
    "CLUSTER_COMMON",
    "CLUSTER_EU_MEMBERS",
    "CLUSTER_FUNCTION_WORDS",
    "CLUSTER_GENERIC",
    "CLUSTER_KOREAN_PARTICLES",
    "CLUSTER_LEADERS",
    "CLUSTER_LOANWORDS",
    "CLUSTER_MONTHS",
    "CLUSTER_NAME_GENERIC",
    "CLUSTER_NAME_HEADS",
    "CLUSTER_NEW_ACTIONS",
    "CLUSTER_NOT_ACTIONS",
    "CLUSTER_ORGANISATIONS",
    "CLUSTER_SYNONYMS",
]

# ---------------------------------------------------------------- story clustering

# Different outlets tell one story in different words: fold common synonyms onto one key.
CLUSTER_SYNONYMS: Mapping[str, str] = MappingProxyType({
    "permission": "approval", "authorization": "approval", "authorisation": "approval", "clearance": "approval",
    "approve": "approval", "consent": "approval", "engineer": "researcher", "scientist": "researcher",
    "expert": "researcher", "scholar": "researcher", "academic": "researcher", "specialist": "researcher",
    "overseas": "abroad", "exit": "abroad", "outbound": "abroad", "leave": "abroad", "leaving": "abroad", "trip": "travel", "journey": "travel",
    "firm": "company", "startup": "company", "lure": "poach", "steal": "theft", "prohibit": "ban", "bar": "ban",
    "forbid": "ban", "tighten": "restrict", "curb": "restrict", "limit": "restrict", "restriction": "restrict",
    "artificial": "ai", "intelligence": "ai", "chipmaker": "chip", "semiconductor": "chip", "regulation": "rule",
    "measure": "rule", "requirement": "rule", "policy": "rule", "directive": "rule", "charge": "fee",
    "levy": "fee", "employee": "staff", "personnel": "staff", "worker": "staff", "programme": "program",
    "scheme": "program", "hike": "raise", "increase": "raise", "人工智能": "ai", "科研人员": "researcher",
    "出境": "abroad", "审批": "approval",
    # Pausing, and what is paused: "halts appointments at consulates" is "pauses interviews at embassies".
    "halt": "pause", "suspend": "pause", "freeze": "pause", "appointment": "interview", "consulate": "embassy",
    "consular": "embassy", "screening": "vet", "vetting": "vet", "scrutiny": "vet",
})
# Words that tell nothing about which event a story is (dropped from story features).
CLUSTER_GENERIC: frozenset[str] = words(
    """new report reportedly according news year week month day time people one two three first last told
    statement article recent recently now today yesterday monday tuesday wednesday thursday friday saturday
    sunday percent include including make take get like just many much well way even still since already
    need move plan part amid week's year's told comment comments official officials government country
    countries state national public matter familiar source sources told obtain given give go going become"""
)
# Words every story in this domain shares: they count, but little.
CLUSTER_COMMON: frozenset[str] = words(
    """researcher ai visa travel abroad immigration rule company talent student staff technology tech science
    research program foreign security approval ban restrict policy international top leading key ministry
    department office agency minister"""
) | words(
    # General news prose: verbs, adjectives and nouns any story may use. They start out as common (their
    # weight is learned from the data as items accumulate; this only sets the starting point).
    """able accept access account across act action add added admit advance affect agree aim allow already
    announce annual apply area argue ask assess attend available avoid back base become begin believe benefit
    best big bill board bring build business call case cause certain chang charge chief choose claim clear
    close come comment concern condition confirm consider continue control cost could council count cover
    create critic current cut deal decide decision describ detail develop direct due early effect effort
    employ employer end ensure event expect experience explain extend face fail fall field figure final find
    follow force form former full fund further future general give goal good great group grow handl happen
    head help high hire hold hope however impact import includ increase industry information instead issue
    job join keep kind know large late later launch lead least leave less level likely limit list local long
    look lose low major make manag mark matter mean measure meet member might million billion minister more
    most move must nation near need next note number offer open order organisation organization other own
    part particular pass past pay period person place plan point possible power practical prepar present
    press previous pri problem process produce promis propos protect provide public publish push put question
    quick raise rate reach real reason receive recent recogn reduc reflect region relat releas remain report
    represent request requir respond response result review right rise risk role run say scheme second see
    seek send senior serious service set several share show sign significant similar since small so source
    speak special spend stand start state statement stay step still stop strong such support sure system
    take talk target team tell term test think though threat time told total trade train turn under understand
    union unit update use usual value various view wait want warn way week welcome whether wide win within
    without work world would write year yet""",
)

# Heads of state and government (surnames, as the feeds' languages write them): the actor behind most of a
# country's actions, named in the headlines of many stories at once ("Trump bans...", "Trump revokes..."):
# common words, never a name two reports share as evidence of one story.
CLUSTER_LEADERS: frozenset[str] = words(
    """trump biden obama starmer sunak truss johnson modi xi jinping albanese morrison carney trudeau macron
    scholz merz meloni erdoğan erdogan putin lula milei sheinbaum ishiba kishida takaichi yoon luxon ardern
    frederiksen orbán orban sánchez tusk netanyahu prabowo anwar
    трамп байден путин си 트럼프 바이든 윤석열 이재명 トランプ バイデン 石破 岸田 高市"""
)

# --- story anchors: programme names ---
# A run of capitalised words ending in one of these names a programme or instrument ("Top Talent Pass",
# "China Initiative", "EU Blue Card"): strong evidence of which action a story is about.
CLUSTER_NAME_HEADS: frozenset[str] = words(
    """initiative initiatives pass visa visas card route programme program plan scheme stream directive
    strategy recommendation framework fellowship fellowships talents pathway permit level levels cap act
    law regulation proclamation residency"""
)
# ... unless every other word of it is one of these: "Student Visa", "Skilled Worker Visa", "New Visa
# Program" name a kind of thing that many stories mention, not one programme.
CLUSTER_NAME_GENERIC: frozenset[str] = words(
    """new the a an this that its their our student students study work worker workers working skilled
    business visitor visitors tourist tourism family employment job temporary permanent government federal
    foreign international immigration immigrant migration migrant research researcher security executive
    presidential annual current proposed revised amended draft special general entry exit travel national
    state official"""
)

# --- story anchors: function words of other languages ---
# Articles, prepositions, pronouns and auxiliaries of the languages the feeds carry besides English (whose
# own are text.STOPWORDS). Without them two German or Russian reports of different events look alike on
# "der", "die", "на", "не", which the static word weights take for rare words.
CLUSTER_FUNCTION_WORDS: frozenset[str] = frozenset().union(
    # German
    words("""der die das den dem des ein eine einen einem einer eines und oder aber als auch auf aus bei bis
    durch für gegen mit nach nicht noch nur seit über um unter von vor zu zum zur im ins am an ist sind
    waren wird werden wurde wurden hat haben hatte sich sie er es wir ihr ihre sein seine dass wie
    wenn so schon mehr sollen soll kann können muss müssen"""),
    # French, Spanish, Italian, Portuguese
    words("""le la les un une des du de et ou mais dans sur pour par avec sans est sont été être qui que ce cette
    ces il elle ils elles au aux en ne pas plus se sa son ses leur leurs el los las una unos unas del y o
    pero en por para con sin es son fue ser que se lo su sus al como más este esta estos estas il lo gli
    una uno di da dei delle della con per non che è sono il nel nella ao do dos da das em no na nos nas um
    uma por para com não que é são foi ser os as"""),
    # Dutch, Norwegian, Swedish, Danish
    words("""de het een en of maar in op voor met van aan bij door naar niet ook is zijn was werd worden wordt
    dat die deze dit er te og i på av for med til fra som er var har ble blir det den de et en ikke om
    seg sin sitt kan skal vil och att är som för med till från av den det ett inte har var blev ska kan"""),
    # Russian, Ukrainian
    words("""и в во не на с со по к ко о об от до из за для у же бы ли что как это так но а или то все его её
    их он она они мы вы был была были быть будет есть при после также только уже еще ещё может чтобы
    если когда где который которая которые которых этого этой этих і та з до від що як це його її їх
    він вона вони був була були також"""),
)

# --- story anchors: new actions ---
# A headline verb that makes a report a new action on an existing scheme, fee or cap rather than a later
# stage of the same one (taking effect, guidance, a court ruling): a scheme launched in one year and
# expanded the next, a fee raised again, a cap cut further. English is matched on word stems, other
# scripts as substrings.
CLUSTER_NEW_ACTIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "expand": words(
        """expand expands expanded expanding expansion extend extends extended extension broaden broadens
        widen widens enlarge enlarges enhance enhances enhanced enhancement enhancements further another again
        additional boost boosts second-round new-round next-round new-phase second-phase next-phase
        new-edition nueva-edición nouvelle-édition neue-runde 扩大 扩展 擴大 擴展 进一步 進一步 拡大 확대 추가 ausgeweitet erweitert ausweitung erweiterung
        weitere amplía ampliación amplia amplió élargit élargissement étend расширяет расширение расширили"""
    ),
    "raise": words(
        """raise raises raised hike hikes hiked increase increases increased double doubles doubled triple
        triples tripled 上调 上調 提高 引き上げ 인상 erhöht erhöhung aumenta aumento augmente hausse повышает
        повышение"""
    ),
    "cut": words(
        """cut cuts slash slashes slashed reduce reduces reduced reduction shorten shortens shortened lower
        lowers lowered tighten tightens tightened 削减 削減 缩短 縮短 收紧 收緊 短縮 厳格化 축소 단축 강화 kürzt
        verschärft reduce recorta endurece réduit durcit сокращает ужесточает"""
    ),
})

# Names that hold an action word without announcing an action: a parliament's "Lower House" passing a bill
# lowers nothing.
CLUSTER_NOT_ACTIONS: frozenset[str] = frozenset({"lower house", "lower chamber"})

# --- story anchors: dates in other languages ---
# Month names as other languages write a date ("11 декабря", "1. Juni 2024", "1 de enero", "1er janvier"):
# a stated date names the day an action starts, in any language, and meets the same day written in
# English or Chinese. Genitive forms where the language declines them (Russian, Ukrainian, Polish).
CLUSTER_MONTHS: Mapping[str, int] = MappingProxyType({
    word: number
    for number, forms in enumerate((
        "januar jänner janvier enero gennaio janeiro januari января січня stycznia",
        "februar février fevrier febrero febbraio fevereiro februari февраля лютого lutego",
        "märz maerz mars marzo março maart марта березня marca",
        "april avril abril aprile апреля квітня kwietnia",
        "mai mayo maggio maio mei maj мая травня maja",
        "juni juin junio giugno junho июня червня czerwca",
        "juli juillet julio luglio julho июля липня lipca",
        "august août aout agosto augustus augusti августа серпня sierpnia",
        "september septembre septiembre setiembre settembre setembro сентября вересня września",
        "oktober octobre octubre ottobre outubro октября жовтня października",
        "november novembre noviembre novembro ноября листопада listopada",
        "dezember décembre decembre diciembre dicembre dezembro december desember декабря грудня grudnia",
    ), start=1)
    for word in forms.split()
})


# --- story anchors: programme names written in Korean or Japanese letters ---
# Korean and Japanese write the English words of a programme's name as they sound (K-테크패스, 톱티어 비자,
# セキュリティ・クリアランス): read back as English, the name meets the English reports of the programme.
# The loanwords programme and instrument names are made of, each as written -> the English word.
CLUSTER_LOANWORDS: Mapping[str, str] = MappingProxyType({
    form: english
    for english, forms in {
        "tech": "테크 テック テク", "pass": "패스 パス", "visa": "비자 ビザ", "card": "카드 カード",
        "program": "프로그램 プログラム", "gold": "골드 ゴールド", "blue": "블루 ブルー", "global": "글로벌 グローバル",
        "talent": "탤런트 タレント", "top": "톱 탑 トップ", "tier": "티어 ティア", "initiative": "이니셔티브 イニシアティブ イニシアチブ",
        "fellowship": "펠로우십 펠로십 フェローシップ", "startup": "스타트업 スタートアップ", "brain": "브레인 ブレイン ブレーン",
        "plan": "플랜 プラン", "project": "프로젝트 プロジェクト", "skill": "스킬 スキル", "track": "트랙 トラック",
        "fast": "패스트 ファスト", "digital": "디지털 デジタル", "nomad": "노마드 ノマド", "working": "워킹 ワーキング",
        "holiday": "홀리데이 ホリデー", "challenge": "챌린지 チャレンジ", "green": "그린 グリーン", "research": "리서치 リサーチ",
        "science": "사이언스 サイエンス", "security": "시큐리티 セキュリティ セキュリティー", "clearance": "클리어런스 クリアランス",
        "high": "하이 ハイ", "point": "포인트 ポイント", "system": "시스템 システム", "star": "스타 スター", "frontier": "프론티어 フロンティア",
        "innovation": "이노베이션 イノベーション", "scholar": "스칼라 スカラー", "route": "루트 ルート", "premium": "프리미엄 プレミアム",
    }.items()
    for form in forms.split()
})
# Korean particles written onto a word ("K-테크패스를", "비자의"): not part of the name.
CLUSTER_KOREAN_PARTICLES: tuple[str, ...] = (
    "으로", "에서", "에게", "까지", "부터", "를", "을", "는", "은", "이", "가", "의", "에", "로", "와", "과", "도", "만",
)

# --- jurisdictions ---
# The EU's member states: an outlet of one tags an EU programme with its own country ("Choose Europe for
# Science" in a French paper), which does not contradict the EU's own reports of that programme.
CLUSTER_EU_MEMBERS: frozenset[str] = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})

# --- names written in other scripts ---
# The firms and universities talent-mobility news names most, as other scripts write them: a Korean report
# of a leak from 삼성 and the English one from Samsung name one company, which their words never show.
# The English name (one word, as English reports spell it) -> its forms in Chinese, Japanese, Korean and
# Russian (in lower case: a capital makes a form an acronym, matched as written; a trailing "*" for any
# ending). Forms that are part of common words are left out (Korean 인텔 begins 인텔리전스, "intelligence";
# Chinese 苹果 is the fruit; 阿里 a mountain).
CLUSTER_ORGANISATIONS: Mapping[str, str] = MappingProxyType({
    "Samsung": "三星, 삼성, サムスン, самсунг*",
    "Hynix": "海力士, 하이닉스, ハイニックス",
    "Huawei": "华为, 華為, 화웨이, ファーウェイ, хуавэй",
    "TSMC": "台积电, 台積電, 台湾积体电路, 台灣積體電路",
    "Foxconn": "富士康, 鸿海, 鴻海, 폭스콘, フォックスコン, ホンハイ, фоксконн*",
    "Nvidia": "英伟达, 輝達, 엔비디아, エヌビディア",
    "Intel": "英特尔, 英特爾, インテル",
    "Google": "谷歌, 구글, グーグル, гугл*",
    "Microsoft": "微软, 微軟, 마이크로소프트, マイクロソフト, майкрософт*",
    "Alibaba": "阿里巴巴, 알리바바, アリババ, алибаба",
    "Tencent": "腾讯, 騰訊, 텐센트, テンセント",
    "ByteDance": "字节跳动, 字節跳動, 바이트댄스, バイトダンス",
    "Baidu": "百度, 바이두, バイドゥ",
    "DeepSeek": "深度求索, 딥시크",
    "CXMT": "长鑫, 長鑫, 창신메모리, 청신메모리",
    "SMIC": "中芯, 중신궈지",
    "ASML": "阿斯麦, 艾司摩尔",
    "Harvard": "哈佛, 하버드, ハーバード, гарвард*",
    "Stanford": "斯坦福, 史丹佛, 스탠퍼드, 스탠포드, スタンフォード, стэнфорд*",
    "Yale": "耶鲁, 耶魯, 예일대, イェール大",
    "Princeton": "普林斯顿, 普林斯頓, 프린스턴, プリンストン, принстон*",
    "Berkeley": "伯克利, 柏克萊, 버클리, バークレー, беркли",
    "Tsinghua": "清华, 清華, 칭화",
    "Peking": "北京大学, 北京大學, 北大, 베이징대",
    "Oxford": "牛津, 옥스퍼드, オックスフォード, оксфорд*",
    "Cambridge": "剑桥, 劍橋, 케임브리지, 캠브리지, ケンブリッジ, кембридж*",
})
