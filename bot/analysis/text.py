"""Re-exports only: the text tools live in `normalization`, `sentence_split`, `page_furniture`,
`language_detection`, `tokens`, `phrase_matching` and `dates`. The names below stay importable from here
because the QA, story-clustering and lexicon code (bot/analysis/qa, cluster/story_*, lexicon) imports them
from this module; new code imports from the modules themselves."""

from __future__ import annotations

from bot.analysis.dates import find_dates as find_dates
from bot.analysis.language_detection import detect_language as detect_language
from bot.analysis.normalization import clean_line as clean_line
from bot.analysis.normalization import is_cjk as is_cjk
from bot.analysis.normalization import strip_outlet as strip_outlet
from bot.analysis.normalization import truncate as truncate
from bot.analysis.normalization import words as words
from bot.analysis.page_furniture import clean_article_text as clean_article_text
from bot.analysis.phrase_matching import PhraseMatcher as PhraseMatcher
from bot.analysis.sentence_split import split_sentences as split_sentences
from bot.analysis.tokens import bm25_scores as bm25_scores
from bot.analysis.tokens import stem as stem
from bot.analysis.tokens import tokenize as tokenize
from bot.analysis.tokens import tokenize_spans as tokenize_spans
