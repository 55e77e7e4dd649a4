"""Optional LLM summaries and answers through an OpenAI-compatible chat-completions endpoint.

Off unless `LLM_BASE_URL` and `LLM_MODEL` are set (`LLM_API_KEY` if the endpoint wants one). The
extractive analysis always runs first; the LLM may only *replace* its summary or rephrase its answer,
and anything wrong — a network error, a timeout, a non-200 answer, text that is not JSON, JSON that does
not fit the model, or a figure that the source does not contain — falls back to the extractive result.
So the bot works the same offline, and an LLM can never make it worse than extractive by inventing.

* Called only for relevant items (the caller decides), with a timeout, and cached by a hash of the model
  and the exact request, so re-analysing an unchanged article costs nothing.
* The summary is asked for as JSON and validated by `LLMSummary` (headline ≤ 120 characters, 2–3
  bullets, ISO date). Every number it states must occur in the article.
* An answer is asked for only from the passages already retrieved (numbered), and must cite them by
  number: the citations (and their quotes) are ours, never the model's.

Settings (read by `LLMSettings.from_env` until the project's `Settings` carries them):
`LLM_BASE_URL` (e.g. `http://127.0.0.1:8000/v1`), `LLM_MODEL`, `LLM_API_KEY` (optional),
`LLM_TIMEOUT_SECONDS` (default 20).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from bot.errors import LLMError
from bot.models import Answer, Citation, Summary

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 20.0
CACHE_SIZE = 2048
MAX_ARTICLE_CHARS = 12_000  # the lead of a long page is what a summary needs; keeps requests small
HEADLINE_CHARS = 120

_SUMMARY_PROMPT = (
    "You summarise news about government rules on where researchers, engineers, students and skilled "
    "workers may travel, work, study or move. Use only facts stated in the article; never add any. "
    "Answer with one JSON object and nothing else, with the keys: "
    '"headline" (at most 120 characters), "bullets" (2 or 3 short sentences, each adding a fact the '
    'headline does not state), "what_changed" (one sentence: the rule and what it changes), '
    '"who_is_affected" (a short noun phrase, or null), "effective" (the ISO date YYYY-MM-DD on which the '
    "rule takes effect if the article states it, else null). Keep the whole summary under 450 characters."
)
_ANSWER_PROMPT = (
    "Answer the question using only the numbered passages. If they do not contain the answer, say so. "
    'Answer with one JSON object and nothing else: {"answered": true or false, "answer": "a short answer", '
    '"passages": [the numbers of the passages that support the answer]}.'
)


class LLMSettings(BaseModel):
    """Where the chat-completions endpoint is; `enabled` only when a base URL and a model are set."""

    model_config = ConfigDict(frozen=True)

    base_url: str | None = None
    model: str | None = None
    api_key: SecretStr | None = None
    timeout_s: float = Field(default=DEFAULT_TIMEOUT_S, gt=0, le=600)

    @property
    def enabled(self) -> bool:
        return bool(self.base_url and self.model)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> LLMSettings:
        e = os.environ if env is None else env
        key = e.get("LLM_API_KEY") or None
        return cls(
            base_url=(e.get("LLM_BASE_URL") or "").strip() or None,
            model=(e.get("LLM_MODEL") or "").strip() or None,
            api_key=SecretStr(key) if key else None,
            timeout_s=float(e.get("LLM_TIMEOUT_SECONDS") or DEFAULT_TIMEOUT_S),
        )


class LLMSummary(BaseModel):
    """What the model must return for a summary."""

    model_config = ConfigDict(extra="ignore")

    headline: str = Field(min_length=1, max_length=HEADLINE_CHARS)
    bullets: list[str] = Field(min_length=2, max_length=3)
    what_changed: str | None = None
    who_is_affected: str | None = None
    effective: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}(?:-\d{2})?$")

    @field_validator("bullets")
    @classmethod
    def _non_empty(cls, value: list[str]) -> list[str]:
        if any(not b.strip() for b in value):
            raise ValueError("empty bullet")
        return [b.strip() for b in value]


class LLMAnswer(BaseModel):
    model_config = ConfigDict(extra="ignore")

    answered: bool
    answer: str = ""
    passages: list[int] = Field(default_factory=list)


# Figures, not parts of names: "H-1B", "O-1" or "5G" are names and are checked as words are not.
_NUMBER = re.compile(r"(?<![A-Za-z\-\d])\d(?:[\d,.]*\d)?(?![A-Za-z\d])")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(text)}


def unsupported_numbers(summary: Summary, source: str) -> set[str]:
    """Figures in the summary that the source never states (the effective date is checked as a date)."""
    said = " ".join([summary.headline, *summary.bullets, summary.what_changed or "", summary.who_is_affected or ""])
    return _numbers(said) - _numbers(source)


def _strip_fences(content: str) -> str:
    """Some servers wrap JSON in ```json fences despite being asked not to."""
    m = re.fullmatch(r"\s*```(?:json)?\s*(.*?)\s*```\s*", content, re.S)
    return m.group(1) if m else content


class LLMClient:
    """A small async client; one per process. Never raises from `summarize` or `answer`."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        self.settings = settings
        headers = {"Content-Type": "application/json"}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        self._http = httpx.AsyncClient(
            base_url=(settings.base_url or "").rstrip("/") + "/",
            headers=headers,
            timeout=httpx.Timeout(settings.timeout_s),
            transport=transport,
        )
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()
        self._cache_size = cache_size
        self.calls = 0  # requests actually sent (cache misses), for tests and logs

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> LLMClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _chat(self, system: str, user: str) -> dict[str, Any]:
        """One JSON object from the model, from the cache when this exact request was made before."""
        payload = {
            "model": self.settings.model,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        }
        key = hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        self.calls += 1
        try:
            response = await self._http.post("chat/completions", json=payload)
        except httpx.HTTPError as exc:  # timeouts, refused connections, protocol errors
            raise LLMError(f"{type(exc).__name__}: {exc}") from exc
        if response.status_code != 200:
            raise LLMError(f"HTTP {response.status_code} from the LLM endpoint")
        try:
            content = response.json()["choices"][0]["message"]["content"]
            data = json.loads(_strip_fences(str(content)))
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"the endpoint did not return a JSON object: {exc}") from exc
        if not isinstance(data, dict):
            raise LLMError("the endpoint returned JSON that is not an object")
        self._cache[key] = data
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return data

    async def summarize(self, title: str, text: str, fallback: Summary) -> Summary:
        """The model's summary if it is valid and states no figure the article lacks, else `fallback`."""
        summary = await self.summarize_or_none(title, text, fallback)
        return fallback if summary is None else summary

    async def summarize_or_none(self, title: str, text: str, fallback: Summary) -> Summary | None:
        """As `summarize`, but None (not `fallback`) when there is no usable model summary."""
        if not self.settings.enabled:
            return None
        user = f"Title: {title}\n\nArticle:\n{text[:MAX_ARTICLE_CHARS]}"
        try:
            parsed = LLMSummary.model_validate(await self._chat(_SUMMARY_PROMPT, user))
        except (LLMError, ValidationError) as exc:
            log.warning("LLM summary unusable, keeping the extractive one: %s", str(exc).splitlines()[0])
            return None
        summary = Summary(
            headline=parsed.headline,
            bullets=tuple(parsed.bullets),
            what_changed=parsed.what_changed,
            who_is_affected=parsed.who_is_affected,
            # A date the extractive pass did not find in the text is not trusted.
            effective=parsed.effective if parsed.effective == fallback.effective else fallback.effective,
        )
        invented = unsupported_numbers(summary, f"{title}\n{text}")
        if invented:
            log.warning("LLM summary states figures not in the article (%s): extractive kept", sorted(invented))
            return None
        return summary

    async def answer(self, question: str, fallback: Answer, passages: Sequence[Citation] | None = None) -> Answer:
        """Answer from retrieved passages only, keeping our citations.

        The model sees `passages` (by default the extractive answer's own quotes), numbered, and must
        cite them by number; the answer's citations are the passages it cited, quoted as we retrieved
        them. A model answer that cites none of them, or states a number none of them holds, is
        discarded for the extractive `fallback`. An unanswered question stays so: nothing is sent.
        """
        if not self.settings.enabled or not fallback.answered or not fallback.citations:
            return fallback
        passages = list(passages) if passages else list(fallback.citations)
        numbered = "\n".join(f"[{i + 1}] {c.quote}" for i, c in enumerate(passages))
        try:
            parsed = LLMAnswer.model_validate(
                await self._chat(_ANSWER_PROMPT, f"Question: {question}\n\nPassages:\n{numbered}")
            )
        except (LLMError, ValidationError) as exc:
            log.warning("LLM answer unusable, keeping the extractive one: %s", str(exc).splitlines()[0])
            return fallback
        cited = [passages[i - 1] for i in dict.fromkeys(parsed.passages) if 1 <= i <= len(passages)]
        text = parsed.answer.strip()
        if not parsed.answered or not cited or not text or _numbers(text) - _numbers(numbered):
            return fallback
        return Answer(answered=True, answer=text, citations=tuple(cited))
