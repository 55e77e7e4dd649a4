"""The vocabularies of the analysis, as data.

Phrases are matched by `text.PhraseMatcher`: plain phrases are stemmed and case-insensitive, so list
one inflection ("travel abroad" also finds "travelling abroad"); a leading "=" makes a phrase exact and
case-sensitive (for acronyms such as "US" that collide with words); phrases with CJK characters are
matched as substrings. Weights are in [0, 1] (or small positive numbers where noted) and mean "how
strongly does this phrase alone say so".

Nothing here is mutable: tuples, frozensets and read-only mappings only.

The lexicon holds word lists, cue phrases with weights and name tables, one module per domain; every
public name is re-exported here, so callers write `from bot.analysis import lexicon as lx; lx.NAME`:
* `jurisdictions`: the governments a rule is attributed to (`JURISDICTION_LIST`, `JURISDICTIONS`) and
  the phrases that name one without meaning its government (`NOT_JURISDICTION`);
* `relevance`: the cue classes of relevance.py (`GOV_CUES`, `RULE_CUES`, `TALENT_CUES`,
  `MOBILITY_CUES`, `NEGATIVE_CUES`), the instruments that stand for a missing class (`INSTRUMENT_*`)
  and the extra class cues (`*_EXTRA`, labour abuse, officials, tourists);
* `policy`: topics (`TOPIC_TERMS`, `SPECIFIC_TOPICS`) and policy types (`POLICY_TYPE_CUES`, its
  extra cues and priority, exit-control and outbound cues);
* `status`: the stages of a rule's lifecycle (`STATUS_CUES` and its extra cues, lifecycle verbs, rule
  objects, priority, official voice, cues read by tense or guarded in the future);
* `summaries`: what changed (`RULE_VERBS`, `SUMMARY_ACTION_VERBS`), who is affected
  (`AFFECTED_TRIGGERS`, `AFFECTED_HEADS`, `PEOPLE_NOUNS`, ...) and effective dates (`EFFECTIVE_CUES`);
* `affected_multilingual`: who is affected in other languages: people-group heads with their inflected
  forms (`ML_AFFECTED_HEADS`, `ML_CJK_HEADS`, `ML_KO_HEADS`), the words that may modify them and the
  words around a group that say the action acts on it (`ML_*`);
* `stories`: story clustering and its anchors (`CLUSTER_*`);
* `question_answering`: the words of questions and the kinds of fact they ask for (`QA_*`), and the
  forms of facts in other languages for answering across them (`QA_XL_*`, `QA_LANGUAGE_NAMES`);
* `qa_questions`: questions asked in the article's own language (French, German, Japanese, ...): the
  words that say which kind of fact is asked for (`QA_ML_KIND_CUES`) and their function words
  (`QA_ML_FUNCTION_WORDS`, `QA_ML_FUNCTION_CHARS`);
* `qa_affected`: the words of an English "who" question asking for the people an action applies to
  (`QA_AFFECTED_WHO`), not for who acted (`QA_ACTOR_WHO`);
* `qa_crosslingual`: a glossary of what thread questions ask about (a passport, a salary, a court), in
  English and in other languages (`QA_XL_CONCEPTS`), and the words that give a reason (`QA_XL_REASON`);
* `qa_crosslingual_more`: the thread answers' own additions to that glossary (`QA_XL_CONCEPTS_MORE`), which
  the story clustering does not read;
* `qa_entities`: the head nouns of a "which" question asking for a named organisation or country
  (`QA_ENTITY_HEADS`) and the endings of such names in Chinese, Japanese and Korean (`QA_ENTITY_CJK_*`);
* `multilingual`: cues in other languages (`MULTILINGUAL_CUES`) and the Chinese script folding
  (`TRADITIONAL_TO_SIMPLIFIED`);
* `world_names`: the multilingual gazetteer (`WORLD_NAMES`, `SHARED_BODIES`, `LANGUAGE_JURISDICTION`);
* `multilingual_relevance`: more of the relevance classes in other languages (`MULTILINGUAL_RELEVANCE_CUES`:
  work statuses by name, "brains", staff called home, state-only measures, languages the main lists lack) and
  bodies the gazetteer lacks (`MORE_WORLD_BODIES`);
* `multilingual_policy_type`: the policy-type instruments (visa, permits, bans, export control, espionage,
  attracting talent) in the languages the main multilingual lists lack (`ML_POLICY_TYPE_CUES`);
* `summary_cues_multilingual`: the summary's stage, obligation and spelt-out quantity cues in the European
  languages beside English (`ML_STAGE`, `ML_OBLIGATION`, `ML_QUANTITY_NUMBERS`).
"""

from bot.analysis.lexicon.affected_multilingual import *  # noqa: F403
from bot.analysis.lexicon.jurisdictions import *  # noqa: F403
from bot.analysis.lexicon.multilingual import *  # noqa: F403
from bot.analysis.lexicon.multilingual_policy_type import *  # noqa: F403
from bot.analysis.lexicon.multilingual_relevance import *  # noqa: F403
from bot.analysis.lexicon.policy import *  # noqa: F403
from bot.analysis.lexicon.qa_affected import *  # noqa: F403
from bot.analysis.lexicon.qa_crosslingual import *  # noqa: F403
from bot.analysis.lexicon.qa_crosslingual_more import *  # noqa: F403
from bot.analysis.lexicon.qa_entities import *  # noqa: F403
from bot.analysis.lexicon.qa_questions import *  # noqa: F403
from bot.analysis.lexicon.question_answering import *  # noqa: F403
from bot.analysis.lexicon.relevance import *  # noqa: F403
from bot.analysis.lexicon.status import *  # noqa: F403
from bot.analysis.lexicon.stories import *  # noqa: F403
from bot.analysis.lexicon.summaries import *  # noqa: F403
from bot.analysis.lexicon.summary_cues_multilingual import *  # noqa: F403
from bot.analysis.lexicon.world_names import *  # noqa: F403
