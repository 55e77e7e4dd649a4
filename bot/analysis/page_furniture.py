"""An article's text without page furniture (`clean_article_text`): markup, scripts, captions' credits,
bylines, timestamps, share and subscribe prompts, forum chrome and excerpt notices, the story kept."""

from __future__ import annotations

import functools
import re

from bot.analysis.normalization import LETTER_RE, collapse_spaces, words
from bot.analysis.screens import folded, folded_twin, screened

# Pages as fetched carry more than the story: markup and scripts, captions and photo credits, bylines and
# timestamps, share buttons, list glyphs, forum chrome, excerpt notices. Every stage reads sentences, so
# these are stripped once, before anything reads the text. Only whole lines that are furniture are
# dropped, and only furniture fragments are cut out of a line: a sentence of the story is never dropped.
_MARKUP = re.compile(
    r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>"  # scripts with their code
    r"|<image\b[^>]*>.*?</image\s*>"  # an embedded image with its data
    r"|!\[[^\]\n]*\]\([^)\n]*\)"  # a markdown image
    r"|\{shortcode-[^}\n]*\}"
    r"|\[cite(?:_start|_end)?(?::[^\]\n]*)?\]"  # "[cite: 3]" citation markers
    r"|</?[A-Za-z][\w:-]*(?:\s+[^<>\n]{0,300})?/?>",  # any other tag: the tag goes, its text stays
    re.I | re.S,
)
# Ad and tracking code pasted into the text: "window.sevioads = window.sevioads || [];".
_SCRIPT = screened(
    r"(?:\b(?:window|document)\.[\w.$]+\s*(?:=|\()|\b(?:var|let|const)\s+[\w$]+\s*=|\bfunction\s*\(|"
    r"\b[\w$]+\.push\s*\(|googletag\.|adsbygoogle)"
    r"[^\n]*?(?:;|\)|\})(?=\s|$)",
)
_SCRIPT_KEYS = ("window.", "document.", "var ", "let ", "const ", "function", ".push", "googletag", "adsbygoogle")
_SCRIPT_REST = re.compile(r"^[\s\[\]{}()|;,.=:'\"]*$")
# A gatherer's "date 2025-05-22" prefix.
_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\b[ \t]*")
# List markers and pictographs in front of a line ("• ", "★ ", "▪ ", "📌 ") : the line's text stays.
_LEAD_GLYPHS = re.compile(r"^[\s\u2022\u2023\u2043\u2219\u25a0-\u25ff\u2605\u2606\u2713-\u2718\u27a2-\u27bf\u2794"
                          r"\u25ba\u00b7*>»·\ufe0f\u200d-]+(?=\S)")
# A caption line marked by a camera or picture glyph ("📷 AI-generated image").
_CAPTION_GLYPH = re.compile("^\\s*[\U0001f4f7\U0001f4f8\U0001f5bc\U0001f3a5\U0001f4f9]")
# Fragments cut out wherever they stand.
_INLINE_FURNITURE = re.compile(
    r"(?:opening\s+)?excerpt\s*\(\s*first\s+~?\s*\d+\s+words\s*\)\s*(?:[-–—:|]\s*)?(?:(?:tap|click)\s+to\s+expand\.?)?"
    r"|\bexcerpt\s+(?:limited|truncated|capped)\s+to\s+~?\s*\d+\s+words\.?"
    r"|\b(?:tap|click)\s+to\s+(?:expand|read\s+more|see\s+more)\b\.?"
    r"|\badd\s+us\s+(?:as\s+a\s+(?:preferred|trusted)\s+source\s+)?on\s+google(?:\s+(?:news|discover))?"
    r"(?:\s+as\s+a\s+(?:preferred|trusted)\s+source)?\.?"
    r"|\(\s*(?:file\s+)?(?:photo|image|picture|pic|illustration|credit|photograph)s?\s*(?:credit)?\s*[:/|][^()\n]{0,80}\)"
    r"|\(\s*with\s+inputs?\s+from\s+[^()\n]{1,40}\)\.?"
    r"|(?:this|the)\s+(?:image|photo|picture|illustration)\s+(?:is|was|has\s+been)\s+(?:ai|AI)[- ]generated[^.\n]*\.?"
    r"|\bit\s+is\s+a\s+fictional\s+representation\s+created\s+for\s+illustrative\s+purposes(?:\s+only)?\.?"
    r"|\bai[- ]generated\s+(?:image|photo|picture|illustration)\.?"
    r"|[（(]\s*[圖图]\s*[／/][^）)\n]{1,20}[）)]"  # a Chinese photo credit: （圖／路透）
    r"|^(?:home|news)\s*[/>›»]\s*(?:[\w &-]{1,30}\s*[/>›»]\s*)*",  # a breadcrumb: "Home / Immigration / "
    re.I,
)
_INLINE_KEYS = ("excerpt", "tap to", "click to", "google", "photo", "image", "picture", "pic", "illustration",
                "credit", "input", "generated", "fictional", "圖", "图", "home", "news")
# A credit at the end of a caption line, after its last sentence: ". Photo: Reuters/Jane Doe",
# ". File photo: Getty Images", "| Image Source: www.scmp.com", ". PHILIP PACHECO/AFP via Getty Images".
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’)])|\s\|)\s*(?:(?:file\s+)?(?:photo|image|picture|pic|illustration|photograph|credit)s?"
    r"(?:\s+(?:credit|source))?\s*[:/|]\s*[^\n]{0,100}"
    r"|(?-i:[A-Z][A-Z.'’ -]{2,40})/[\w.'’ /-]{0,60}|[^\n.!?]{0,60}\bvia\s+(?:Getty|Reuters|AFP|AP|Shutterstock)\b[^\n]{0,40})$",
    re.I,
)
_CREDIT_KEYS = ("photo", "image", "picture", "pic", "illustration", "credit", "/", "via ")
_FURNITURE_LINE = re.compile(
    r"^(?:share(?:\s+(?:this|on|via|article|story)(?:\s+(?:story|article|on\s+\w+))?)?(?:\s*[-–:|]\s*\w+)?|"
    r"tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|telegram|reddit|copy\s+link|copied|link\s+copied|"
    r"featured|advertis\w*|advert|sponsored(?:\s+content)?|skip\s+to\s+(?:main\s+)?content|left\s+menu|"
    r"menu|search|home|ad|ads|trending(?:\s+now)?|also\s+read|read\s+(?:more|also|next|full\s+(?:article|story))|"
    r"related(?:\s+(?:articles?|stories|news|posts|topics))?|recommended(?:\s+for\s+you)?|most\s+(?:read|popular)|"
    r"popular\s+posts|featured\s+post|random\s+messages|post\s+a\s+comment|no\s+comments|\d+\s+comments?|comments?|"
    r"leave\s+a\s+(?:comment|reply)|subscribe(?:\s+now)?|sign\s+(?:up|in)|log\s*in|register|newsletter|"
    r"follow\s+us(?:\s+on\s+[\w ]+)?|listen(?:\s+to\s+this\s+(?:article|story))?(?:\s+\d+\s+min\w*)?|"
    r"(?:alarm\s+)?\W*\d+\s+min(?:ute)?s?\s+read\b.*|support\s+us|donate|top\s+stories|world|"
    r"topic\s*\|.*|why\s+you\s+can\s+trust\s+\w+|check\s+out\s+our\s+new\s+channel|author|автор|"
    r"paraphrased\s+by|written\s+by.*|reporting\s+by.*|editing\s+by.*|(?:by\s+)?staff,?\s+agencies|"
    r"reply|quote|report|like|permalink|joined:?.*|posts:?\s*[\d,]+|reputation:?.*|thread\s+starter.*|"
    r"start\s+date.*|originally\s+posted\s+by.*|posted\s+by.*|last\s+edited(?:\s+by)?.*|reactions?:?.*|"
    r"click\s+to\s+expand\.*|#\d+|(?:senior\s+|junior\s+|new\s+|registered\s+)?(?:member|user)|"
    r"country:?|(?:photo|image|picture|credit|source|caption)\s*[:/|].*|via\s+getty\s+images.*|"
    # the same credit in other languages: "Фото: Екатерина Сычкова / URA", "Foto: dpa", "사진=연합뉴스", "写真:共同"
    r"(?:фото|фотография|foto|fotos|bild|bildquelle|crédit\s+photo|写真|사진|图片|圖片|照片|图/|圖/)\s*[:=/|：].*)$",
    re.I,
)
# A call to action or a control's label rather than news: "Sign up for our newsletter", "please donate here".
_CALL_TO_ACTION = screened(
    r"\b(?:sign\s+up\s+(?:for|to)|subscribe\s+(?:to|for|now)|please\s+donate|donate\s+(?:here|now|today)|"
    r"whatsapp\s+channel|telegram\s+channel|join\s+our\b|follow\s+us\b|download\s+(?:our|the)\s+app|"
    r"unlock\s+the\s+rest|continue\s+reading|already\s+a\s+subscriber|registered\s+or\s+log\s*in|"
    r"to\s+print\s+this\s+article|all\s+rights\s+reserved|무단\s*전재|재배포\s*금지|재판매\s*및\s*DB\s*금지|cookie\s+(?:policy|settings)|we\s+use\s+cookies|"
    # a theme toggle's label: "Use this button to switch between dark and light mode."
    r"(?:switch|toggle)\s+(?:between\s+)?(?:dark|light)(?:\s+and\s+(?:dark|light))?\s+mode|"
    # an outlet asking its readers for money: "Поддержи выход новых статей рублем", "support our journalism",
    # "Наше издание живет благодаря тебе, читатель", "soutenez-nous", "unterstützen Sie unseren Journalismus"
    r"support\s+(?:our|independent)\s+journalism|soutenez[- ]nous|faites\s+un\s+don|"
    r"unterstützen\s+Sie\s+(?:uns|unseren)|apoya\s+(?:nuestro|el)\s+periodismo|"
    # a page's AI-summary widget: "기사 본문을 확인해주세요"
    r"기사\s*본문을\s*확인)",
    re.I,
)
# The same appeals in Russian, and the widget's own label ("AI 요약 기술은 핵심만 전달합니다"): a plain pattern, as
# the screen's needles are ASCII-folded.
_READER_APPEAL = re.compile(
    r"[Пп]оддерж\w*\s+(?:нас|выход|редакци\w*|издани\w*)|[Дд]онат|благодаря\s+(?:тебе|вам),?\s+читател|AI\s*요약"
)
# "By Jane Doe", "By Kai June 30, 2025", "By Reuters | 05 Jan, 2026": a byline, not "By April 2025, anyone ...".
_BYLINE = re.compile(r"^(?i:by)\s+(?:[A-Z][\w.'’-]*\s*(?:of\s+)?){1,5}(?:[,|]\s*[^\n]{0,40})?(?:\s+\d[^\n]{0,20})?$")
_TIMESTAMP_WORDS = re.compile(
    r"\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b(?:updated|published|posted|created|last\s+updated|modified|date|today|on|at|ist|gmt|utc|edt|est|pst|cet|bst|"
    r"a\.?m\.?|p\.?m\.?|am|pm|local\s+time|hrs|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|\d+(?:st|nd|rd|th)?)\b|[\d:/.,|()\-–—：]+"
    # the same labels in Korean, Chinese and Japanese: "기사승인 2025-10-16 13:07:02 업데이트 ...", "发布时间：..."
    r"|기사승인|승인|입력|수정|업데이트|등록|발행|发布时间|發布時間|发布|發布|更新时间|更新時間|更新日|更新|公開日|投稿日|日期|时间|時間",
    re.I,
)
_TIMESTAMP_WORDS_FOLDED = folded_twin(_TIMESTAMP_WORDS)
# A credit line on its own: "PHILIP PACHECO/AFP via Getty Images", "Photo credit: Ian Vogler/PA Wire".
_CREDIT_LINE = re.compile(
    r"^[^.!?\n]{0,80}(?:/|\bvia\s|\bphoto\b)[^.!?\n]{0,60}\b(?:Getty\s+Images|Shutterstock|iStock|AFP|AP|Reuters|EPA|"
    r"Alamy|Flickr|Bloomberg|Xinhua|PA\s+Wire|Unsplash|Pexels|Freepik|PickPik)\b[^.!?\n]{0,40}$",
    re.I,
)
# "3 min read", "Last Updated : Aug 15 2025 | 12:27 PM IST", "Updated: 6:26pm": reading-time and timestamp meta.
_META = screened(
    r"\b\d+\s+min(?:ute)?s?\s+read\b|\b(?:last\s+)?updated\s*(?:on\s*)?:|\bcreated\s*:|\bpublished\s*:", re.I
)
_META_OTHER = re.compile(
    # the same in other languages: "Dernière édition le :", "Aktualisiert am:", "预计阅读时间1分钟", "浏览：", and a
    # paper's issue line: "Федеральный выпуск: №4 (6872)", "Issue No. 12". The labels open the line: "Le
    # registre sera mis à jour le 1er mars" and "issue no. 5 of the law" are prose.
    r"^\W*(?:dernière\s+(?:édition|mise\s+à\s+jour)\b|(?:article\s+)?mis\s+à\s+jour\s+le\b|aktualisiert\s+am\b)|"
    r"阅读时间|閱讀時間|浏览\s*[:：]|瀏覽\s*[:：]|阅读量|閱讀數|"
    r"(?:^|\s)(?:выпуск|issue|ausgabe|numéro)\s*:?\s*(?:№|no\.?|nr\.?)\s*\d+\s*(?:\(\d+\))?\W*$",
    re.I,
)
# A radio's player label opening the line: "Now playing: ...", "Jetzt läuft | ..." ("Universities are now playing a
# bigger role" is prose).
_NOW_PLAYING = re.compile(r"^\W*(?:now\s+playing|jetzt\s+läuft)\s*(?:[:|–—-]|$)", re.I)
# A contact line: "Lisätietoja: opetusneuvos N. N., p. 0295 330 327", "Единая справочная служба:8 (800) 100-32-82",
# "Tel. +49 30 1234567": a phone number, which no report of a rule states as its news.
# After a bare colon only with a contact word in the line or a "+" or "(" opening the number: "Бюджет: 1 500 000
# рублей", "Period covered: 2025-2030", "实施日期：2031-05-01" are figures and dates, the facts a summary wants.
_PHONE = re.compile(r"\b(?:tel|tél|phone|fax|p|puh|тел)\.?\s*:?\s*\+?\(?\d[\d ()/-]{7,}\d\b", re.I)
_PHONE_AFTER_COLON = re.compile(r"[:：]\s*(\+|\((?=\d))?\d?[\d ()/-]{7,}\d\b")
_CONTACT_WORD = re.compile(
    r"справочн|горяч\w+\s+лини|hotline|helpline|contact|kontakt|lisätietoja|yhteystie|informazioni|info\b|"
    r"renseignements|auskunft|contacto|咨询电话|諮詢電話|联系电话|聯絡電話|問い合わせ|문의",
    re.I,
)
PHONE_LINE_CHARS = 120
META_MAX_CHARS = 80
# A slug ("canada-to-cap-the-number-of-study-permits") or a salutation ("Dear International Students,").
_SLUG_OR_SALUTATION = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+){3,}|dear\s+[^.!?\n]{1,60},)$", re.I)
# A row of navigation links: "Home News Articles News Releases Classified Ads Contact US Media Kit".
_NAV_WORDS = words(
    """home news about contact login subscribe search menu links advertise careers privacy terms sections opinion
    sport sports business world video videos podcasts newsletters events jobs releases classified ads media kit
    register shop"""
)
NAV_MIN_WORDS = 5
_TABLE_LABEL = re.compile(r"^[a-z][\w ]{0,20}\s\|")
_WEATHER = re.compile(r"^-?\d+(?:\.\d+)?\s*°\s*[CF]\b[^\n]{0,30}$")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_PIPE_META = screened(r"\b(?:updated|created|published|news\s+desk|min\s+read|IST|GMT|UTC)\b", re.I)
FURNITURE_MAX_CHARS = 160  # a furniture line is short; a longer line is prose, whatever it starts with


def _phone_after_colon(line: str) -> bool:
    m = _PHONE_AFTER_COLON.search(line)
    return m is not None and (m.group(1) is not None or bool(_CONTACT_WORD.search(line)))


def _is_furniture_line(line: str) -> bool:
    if len(line) > FURNITURE_MAX_CHARS:
        return False
    if _FURNITURE_LINE.match(line.rstrip(" .!:|")) or _URL_LINE.match(line) or _WEATHER.match(line):
        return True
    if _BYLINE.match(line) or _CALL_TO_ACTION.search(line) or _CREDIT_LINE.match(line) or _NOW_PLAYING.match(line):
        return True
    if _READER_APPEAL.search(line):
        return True
    if _SLUG_OR_SALUTATION.match(line) or (len(line) <= META_MAX_CHARS and (_META.search(line) or _META_OTHER.search(line))):
        return True
    if len(line) <= PHONE_LINE_CHARS and (_PHONE.search(line) or _phone_after_colon(line)):
        return True
    if _is_nav_row(line):
        return True
    if line.count("|") >= 2 and _PIPE_META.search(line):
        return True  # "News Desk | Washington DC | Updated: 11-04-2025 02:21 IST"
    if not LETTER_RE.search(line):
        return len(line) <= 8  # "403", "0:00", "#1": not a figure a table might carry
    if _TABLE_LABEL.match(line):
        return False  # "date | May 23, 2024 |": a table row, whose date is the document's
    # A line of dates and times only: "Updated June 20, 2025, at 6:16 p.m.", "2/23/2022|Updated: 2/24/2022".
    # The digit first: most short lines hold none, and the timestamp pattern is the dear test; it is read
    # case-sensitively over the lower-cased line where that is how re.I reads it (only the emptiness of
    # what it leaves is asked).
    if _DIGIT.search(line) is None:
        return False
    low = folded(line)
    rest = _TIMESTAMP_WORDS.sub(" ", line) if low is None else _TIMESTAMP_WORDS_FOLDED.sub(" ", low)
    return not rest.strip(" ,.|:-")


_DIGIT = re.compile(r"\d")


def _is_nav_row(line: str) -> bool:
    """Capitalised link words without a sentence's punctuation, several of them navigation words."""
    tokens = line.split()
    if len(tokens) < NAV_MIN_WORDS or re.search(r"[.!?,;:]$", line):
        return False
    if not all(t[:1].isupper() or t == "&" for t in tokens):
        return False
    return sum(t.lower() in _NAV_WORDS for t in tokens) >= 3


def clean_article_text(text: str, limit: int | None = None) -> str:
    """The article's text without page furniture, its lines and paragraphs kept.

    Drops markup, scripts, image data, captions' photo credits, bylines, timestamps, share and subscribe
    prompts, forum chrome, excerpt notices and repeated lines; strips list glyphs in front of a line.
    Sentences of the story are left as they are, so every stage (summary, tags, answers) can read the
    same clean text. Pure and cached: each stage may call it on the same text. With `limit`, only about
    the first `limit` characters are cleaned and returned (cut at a line end): enough for a stage that
    reads the lead, at a fraction of the cost on a long page.
    """
    if limit is not None and len(text) > limit:
        cut = text.find("\n", limit)
        text = text[:cut] if cut >= 0 else text
    if len(text) > _CLEAN_CACHE_CHARS:
        return _clean_article_text(text)
    return _clean_article_text_cached(text)


_CLEAN_CACHE_CHARS = 20000


def strip_date_line(text: str) -> str:
    """The text without a gatherer's "date 2025-05-22" prefix (the date of the page, not of the action)."""
    return _DATE_PREFIX.sub("", text)


@functools.lru_cache(maxsize=256)
def _clean_article_text_cached(text: str) -> str:
    return _clean_article_text(text)


def _clean_article_text(text: str) -> str:
    text = _MARKUP.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = strip_date_line(text)
    out: list[str] = []
    seen: set[str] = set()
    for raw in text.split("\n"):
        line = _clean_line(raw)
        if line is None:
            if out and out[-1]:
                out.append("")
            continue
        if not line:
            continue
        key = line.lower()
        if key in seen and len(line) >= 12:
            continue  # a caption or heading repeated: the first copy stays
        seen.add(key)
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(_without_menus(out))


# Lines, not texts: the summary cleans the lead as written and story features the same lines with blank
# lines and list items rejoined, so each line would otherwise be cleaned twice per article.
@functools.lru_cache(maxsize=8192)
def _clean_line(raw: str) -> str | None:
    """One line without its furniture fragments: None for a blank line, "" for a line that is furniture."""
    line = collapse_spaces(raw).strip()
    if not line:
        return None
    if _CAPTION_GLYPH.match(line):
        return ""
    line = _LEAD_GLYPHS.sub("", line)
    low = line.lower()
    # Cheap substring checks first: most lines hold no code and no furniture fragment.
    if any(k in low for k in _SCRIPT_KEYS) and _SCRIPT.search(line):
        line = _SCRIPT.sub(" ", line)
        if _SCRIPT_REST.match(line):
            return ""
    if any(k in low for k in _INLINE_KEYS):
        line = _INLINE_FURNITURE.sub(" ", line)
    if any(k in low for k in _CREDIT_KEYS):
        line = _TRAILING_CREDIT.sub("", line)
    line = collapse_spaces(line).strip(" |")
    if not line or _is_furniture_line(line):
        return ""
    return line


MENU_MIN_LINES = 6  # a site's menu above the story: "Home", "H1B", "Green Card", "OPT", "PERM", ...
MENU_ITEM_WORDS = 6
MENU_ITEM_CHARS = 45
PROSE_MIN_WORDS = 8
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK, hangul: no spaces between words


def _word_count(line: str) -> int:
    """Words of a line, two Chinese, Japanese or Korean characters counting as one."""
    return len(line.split()) + len(_WIDE.findall(line)) // 2


def _without_menus(lines: list[str]) -> list[str]:
    """Drop runs of `MENU_MIN_LINES` or more one-to-few-word lines above the first line of prose: a
    menu's links. Below it such a run is a list the story gives (countries exempted, documents needed)."""
    first_prose = next((i for i, line in enumerate(lines) if _word_count(line) >= PROSE_MIN_WORDS), len(lines))
    out: list[str] = []
    run: list[str] = []
    for i, line in enumerate(lines):
        short = (i < first_prose and 0 < len(line) <= MENU_ITEM_CHARS and _word_count(line) <= MENU_ITEM_WORDS
                 and not line.endswith((".", ":", "?", "!", "。")))
        if short:
            run.append(line)
            continue
        if len(run) < MENU_MIN_LINES:
            out.extend(run)
        run = []
        out.append(line)
    if len(run) < MENU_MIN_LINES:
        out.extend(run)
    return out
