"""The language of a text as an ISO 639-1 code (`detect_language`): Chinese, Japanese and Korean by
script, other languages by py3langid's shipped model."""

from __future__ import annotations

import functools
import re
from typing import Any

from bot.analysis.normalization import LETTER_RE

_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_RE = re.compile("[\u3040-\u30ff]")
_HANGUL_RE = re.compile("[\uac00-\ud7af]")

LANGUAGE_SAMPLE_CHARS = 3000  # the start of a text shows its script as well as all of it


@functools.cache
def _language_identifier() -> Any:
    # py3langid ships its model in the wheel (no download); probabilities normalised so a confidence
    # threshold means something. Loaded once per process, on first use.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


# langid's codes for Norwegian Bokmål/Nynorsk are folded into the macro-language code feeds use.
_LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}
LANGUAGE_MIN_LETTERS = 20  # below this a statistical guess is noise: keep what the source declared
LANGUAGE_MIN_CONFIDENCE = 0.9


def detect_language(text: str, default: str = "en") -> str:
    """The text's language as an ISO 639-1 code. Chinese, Japanese and Korean are told apart by script
    (exact and free); other languages by py3langid, kept only when it is confident, else `default`."""
    text = text[:LANGUAGE_SAMPLE_CHARS]
    # An ASCII text holds none of the three scripts: three scans of 3,000 characters saved (most feeds).
    ascii_only = text.isascii()
    han = 0 if ascii_only else len(_HAN_RE.findall(text))
    kana = 0 if ascii_only else len(_KANA_RE.findall(text))
    hangul = 0 if ascii_only else len(_HANGUL_RE.findall(text))
    if not (han or kana or hangul):
        # No CJK script: all that matters is whether there are enough letters for a guess, and the first
        # LANGUAGE_MIN_LETTERS tell (counting all 3,000 characters' letters was most of this function).
        if not _has_letters(text, LANGUAGE_MIN_LETTERS):
            return default
        return _identify(text[:LANGUAGE_ID_CHARS], default)
    letters = len(LETTER_RE.findall(text))
    if letters == 0:
        return default
    if (han + kana + hangul) / letters >= 0.3:
        if kana > 0.05 * (han + kana):
            return "ja"
        return "ko" if hangul > han else "zh"
    if letters < LANGUAGE_MIN_LETTERS:
        return default
    return _identify(text[:LANGUAGE_ID_CHARS], default)


def _has_letters(text: str, count: int) -> bool:
    return any(i >= count for i, _ in enumerate(LETTER_RE.finditer(text), 1))


LANGUAGE_ID_CHARS = 600  # a few sentences identify a language; langid's cost grows with the text


@functools.lru_cache(maxsize=1024)  # the analyzer and the tagger ask about the same text
def _identify(text: str, default: str) -> str:
    code, confidence = _language_identifier().classify(text)
    if confidence < LANGUAGE_MIN_CONFIDENCE:
        return default
    return _LANGUAGE_ALIASES.get(str(code), str(code))
