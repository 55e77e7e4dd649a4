"""URL canonicalisation and the de-duplication key of a parsed item.

Two links to the same article should compare equal after `canonical_url`: feeds add tracking
parameters, vary the case of the host, spell out default ports and append fragments. Google News
links are a special case: every item is an opaque redirect (`news.google.com/rss/articles/...`),
so the same story reached through another feed never shares its link. For those the identity is
the outlet plus the normalised title (`dedup_key`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Protocol
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

__all__ = [
    "TRACKING_PARAMS",
    "DedupItem",
    "canonical_url",
    "dedup_key",
    "is_google_news_link",
    "normalise_title",
    "strip_outlet_suffix",
]

# Exact (lower-cased) query parameter names that only track the reader, never select content.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "ttclid",
        "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "ocid", "icid", "ito",
        "s_cid", "sr_share", "spm", "mkt_tok", "_hsenc", "_hsmi", "hsctatracking", "wt.mc_id", "at_medium",
        "at_campaign", "guccounter", "guce_referrer", "guce_referrer_sig", "xtor", "ns_source",
        "ns_mchannel", "ns_campaign", "ns_linkname", "ns_fee", "_ga", "_gl", "oly_enc_id", "oly_anon_id",
        "vero_id", "trk", "trkcampaign", "smid",
    }
)
# Prefixes of tracking parameter families (utm_source, utm_medium, ... ; pk_campaign, ...).
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_", "hmb_", "itm_")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_GOOGLE_NEWS_HOSTS = frozenset({"news.google.com"})
_GOOGLE_NEWS_PATHS = ("/rss/articles/", "/articles/", "/read/", "/__i/rss/rd/articles/")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Return the canonical spelling of an http(s) URL.

    Lower-cases scheme and host, drops default ports, the fragment and tracking parameters, sorts the
    remaining query parameters and strips a trailing slash from the path (an empty path becomes "/").
    Anything that is not an absolute http(s) URL is returned stripped but otherwise unchanged:
    canonicalising must never make two different things equal by guessing.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:  # e.g. a non-numeric port or a broken IPv6 literal
        return text
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return text

    host = parts.hostname.lower().rstrip(".")  # urlsplit already strips the IPv6 brackets
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{host}:{port}"
    if parts.username is not None:  # rare in feeds, but keep it: it can select content
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"

    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"

    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    params.sort()
    query = urlencode(params, quote_via=quote, safe="/:@!$'()*,;~")
    return urlunsplit((scheme, netloc, path, query, ""))


def is_google_news_link(url: str | None) -> bool:
    """True for Google News redirect links, whose path identifies Google's page, not the article."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    return host in _GOOGLE_NEWS_HOSTS and parts.path.startswith(_GOOGLE_NEWS_PATHS)


def strip_outlet_suffix(title: str, outlet: str) -> str:
    """Remove a trailing " - Outlet" (Google News appends the outlet to every title)."""
    clean = title.strip()
    name = outlet.strip()
    if not name:
        return clean
    for sep in (" - ", " – ", " — ", " | "):
        suffix = f"{sep}{name}"
        if clean.lower().endswith(suffix.lower()) and len(clean) > len(suffix):
            return clean[: -len(suffix)].rstrip()
    return clean


_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def normalise_title(title: str, outlet: str = "") -> str:
    """Case-fold, drop punctuation and the outlet suffix, collapse whitespace."""
    text = unicodedata.normalize("NFKC", strip_outlet_suffix(title, outlet) if outlet else title)
    return " ".join(_NON_WORD.sub(" ", text.casefold()).split())


class DedupItem(Protocol):
    """Anything with a link, a title and an outlet (RawItem, StoredItem, ...)."""

    @property
    def url(self) -> str | None: ...

    @property
    def title(self) -> str: ...

    @property
    def outlet(self) -> str: ...


def dedup_key(item: DedupItem | Mapping[str, object]) -> str:
    """The identity of an item across feeds.

    `url:<canonical url>` for ordinary links. Google News redirects (and items without a link) get
    `title:<outlet>|<normalised title>` instead: the redirect token differs between searches and never
    equals the outlet's own link, so it cannot identify the story.
    """
    canonical: str | None = None
    if isinstance(item, Mapping):
        url = item.get("url")
        title = item.get("title")
        outlet = item.get("outlet") or item.get("source")
        url_s = url if isinstance(url, str) else None
        title_s = title if isinstance(title, str) else ""
        outlet_s = outlet if isinstance(outlet, str) else ""
    else:
        url_s, title_s, outlet_s = item.url, item.title, item.outlet
        # A parsed item carries its canonical URL already: computing it twice is a cost per item.
        known = getattr(item, "canonical_url", None)
        canonical = known if isinstance(known, str) and known else None

    if url_s and url_s.strip() and not is_google_news_link(url_s):
        return "url:" + (canonical or canonical_url(url_s))
    return f"title:{normalise_title(outlet_s)}|{normalise_title(title_s, outlet_s)}"
