"""Answer a question about a story from its sources, by quoting them. Never invents.

The documents (an alert's article and the other outlets' versions, without their page furniture) are split
into sentences and ranked for the question with BM25 over each sentence and its neighbours (with a small
lexicon of words a question and its answer use interchangeably: "fee" also finds "charge", "begin" finds
"take effect", "led" finds "lead"), plus what the question asks *for*. The kind of fact is read from the
question's words, not only from its first ones: "how much", "what will it cost", "what fee" and "how much
will be spent" want an amount; "how many" a count near the thing counted; "what was the 2025 cap", "what
share of", "how much of each" a figure ("how many per ...", "each ..." a figure for one, not a total);
"how long" a duration; "when", "what is the deadline" a date ("when was it announced" the date next to the
announcing, "when will it take effect" a date still to come, stated next to a start); "who" people or
organisations ("who signed it" the name after "signed by", "who is quoted" the one a statement is put to);
"what must they do" what they have to do; "which visa" a name next to the noun, "which countries" places,
"which fields" a list; "where" a place; "where did this come from" the report it rests on; "why", "what
prompted it" a reason; "what happens to those who do not" a penalty; "is it in force?", "does it apply to
X?" the sentence that decides it (a denial, an exception, "still", "also"). The answer is the best
sentence of the asked article (another outlet's must be clearly better), quoted and cited, a long one cut
around its answer; a second one when it answers about as well (real articles state a fact twice in other
words, "2500" and "2,500"), unless it repeats the first. A report's own statement beats a quote, and a
title repeated in the text, a caption or a subject line counts as little as a title.

It answers only when the sources support it. The question's own words (its *focus*: not the question
words, not generic ones such as "rule" or "affect", not the words that only say which kind of fact is
wanted) are weighted by how rare they are in the sources, so "renew" in "How much does it cost to
renew an H-1B visa?" matters and "visa" (in every sentence) hardly does:
* a name the question uses ("France", "Elon Musk") must occur in the sources;
* a question that asks for a kind of fact (an amount, a date, a duration, a count, a penalty) is
  answered only by a sentence that holds one and that, with its neighbours, holds most of the weighted
  focus: an amount about something else is not an answer, nor a salary when a fee is asked for;
* other questions need a sentence holding enough of the weighted focus (for a sentence of the kind
  asked for, its neighbours and its article's title may carry it);
* a question with no words of its own ("Who does this affect?") is answered only by a sentence that is
  a strong example of its kind (a clause naming who a rule applies to);
* the best sentence must then be a confident answer (`evidence.confidence`): what it holds, with its
  neighbours, of the question's words (synonyms and words of a family in part) and of the kind of fact
  asked for (a date stated as a dateline's or as the day something was said is weak), less a penalty
  for each word of the question that no source uses in any form ("reimbursed", "spouses"). Such a word
  may be what the sources lack or a paraphrase ("exempt" for "do not need"): strong evidence for the
  rest of the question outweighs one of them, not two (for the rules: the model below may still give
  such a sentence);
* below that bar a model learned on the real dev split (`evidence`, bench/train_answer_model.py) gets
  a say, and only there: from what the rules measured of their best sentence (its BM25, the share of the
  question's words it holds alone and with its neighbours, how well it holds the kind of fact asked for,
  its place, quoted speech, the rules' confidence), the probability that it quotes the answer; at or
  above the model's bar it is given after all (quoted as the rules would, a second quote or a list
  included), except a weakly stated date. It never refuses what the rules answer.
Otherwise the answer is `answered: false` with a sentence saying that the sources don't say.

A question in English about an article in another language (Russian, Japanese, Hindi, ...) cannot be
matched word for word; nothing here translates. When it asks for a fact every language writes alike (a
date, a sum, a share, a count, a duration, a penalty), it is answered by the sentence holding that kind
of fact (multilingual month names, units, currencies, counters from the lexicon) whose
language-independent tokens best match the question: names and acronyms ("J-Find"), numbers, places
through the multilingual gazetteer ("the US": "Estados Unidos", "미국"), classes of people through the
multilingual cues ("scientists": "वैज्ञानिकों"), words of one root in Latin script ("institutions":
"instituciones"). The quote stays verbatim; the answer says which language it is in ("(quoted in
Russian) “…”"), a sentence in the asked article's language before one of an outlet in a third language,
and adds the best answer of the other outlets written in the question's language. It is
refused when no sentence holds the kind of fact, or a count is not of the thing counted ("How many
*visas*": a number before a word for visas or their holders). A question that asks for something else
(who, which, what, why, where, yes or no) is carried over by a glossary of the domain's everyday concepts
in a dozen languages (a passport, a salary, an application, a court, a restriction: "passport" finds
"загранпаспорт", "여권", "Reisepass"), with names, places and classes of people as above: it is answered by
the sentence holding most of what it is about, each thing weighted by its rarity in the article (and for
"why", "where" and "who" a sentence giving a reason, a place or someone first), and refused when less than
half of the question's own words can be carried over or no sentence holds half of what can (or, standing
clearly above every other sentence, a third of it). A "who" question asking for the people an action
applies to ("Who is affected?", "Who will qualify?", "Who has to surrender their passport?"; not "Who
announced it?") is answered by the sentence naming the best-read groups of people
(`affected_multilingual.read_groups`), helped by the question's carried-over words; refused when no
sentence names a group.

A question asked in the article's own language ("Qui a annoncé la suspension ?", "Wann kommen die
Regeln?", "누가 법안을 발의했나요?") and not taken for English is read by that language's question words
(lexicon `qa_questions`: French, German, Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Russian,
Japanese, Korean): its kind of fact, the noun a count or "which" asks about ("combien de *passeports*",
"何*件*"), and its function words and elided articles kept out of its focus; a sentence then holds a
date, a sum, a count or a duration in any language's forms (those of `across`), a reason or someone
acting in that language's words. An English question reads exactly as before.

The package, one job a module: `sources` (the documents and their sentences), `vocabulary` (the lexicon's
word lists as term sets, and the patterns of each kind of fact), `question` (the kind of fact a question
asks for and its own words), `matching` (how much of the question's words a sentence holds), `kinds`
(how well a sentence holds the kind of fact asked for), `ranking` (the candidate answers and the
confidence of the best), `evidence` (what the learned gate weighs where the rules refuse), `quotes` (the
answer quoted and cited, or refused), `across` (answering across languages), `affected` (who an action
applies to, across languages), `bridge` (a question's words carried into another language) and `answer` (the entry points, and the LLM path).
"""

from bot.analysis.qa.answer import answer_question, answer_with_llm, retrieve
from bot.analysis.qa.question import _analyse as _analyse  # the tests read a question as the ranking does
from bot.analysis.qa.sources import MENTION, QADocument

__all__ = ["MENTION", "QADocument", "answer_question", "answer_with_llm", "retrieve"]
