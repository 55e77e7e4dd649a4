"""Where an item comes from, as evidence of whose rule it is.

When the text names no government (a ministry's own page says "the Ministry" and "we"; a foreign-language
page names its country in a form the gazetteer lacks), the source still tells: a government's own domain
(`uscis.gov`, `gov.uk`, `regjeringen.no`) is that government's, and a catalogue source may declare its
jurisdictions. An outlet's country-code domain is weaker evidence (a `.de` newspaper reports American rules
too, and names America when it does): it is read only for a text in which no state is read as ruling, where a
domestic outlet writes of its own government unnamed ("the House debates", "the Ministry").
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Government domain suffixes → ISO 3166-1 alpha-2 (or EU). Matched on a label boundary, longest first.
GOVERNMENT_DOMAINS: dict[str, str] = {
    "gov": "US", "mil": "US", "fed.us": "US",
    "gov.uk": "GB", "parliament.uk": "GB", "nhs.uk": "GB",
    "europa.eu": "EU",
    "canada.ca": "CA", "gc.ca": "CA",
    "gov.au": "AU", "govt.nz": "NZ",
    "gov.cn": "CN", "gov.tw": "TW", "gov.hk": "HK", "gov.mo": "MO",
    "go.jp": "JP", "go.kr": "KR", "gov.sg": "SG", "gov.in": "IN", "nic.in": "IN",
    "gouv.fr": "FR", "bund.de": "DE", "bundesregierung.de": "DE", "regjeringen.no": "NO",
    "government.nl": "NL", "rijksoverheid.nl": "NL", "gov.ru": "RU", "kremlin.ru": "RU",
    "gov.br": "BR", "gob.es": "ES", "gov.il": "IL", "gov.ae": "AE", "gov.ie": "IE",
    "regeringen.se": "SE", "government.se": "SE", "um.dk": "DK", "valtioneuvosto.fi": "FI",
    "admin.ch": "CH", "gv.at": "AT", "gov.pl": "PL", "gov.it": "IT", "gov.za": "ZA",
}


def government_of(url: str | None) -> str | None:
    """The jurisdiction whose government domain `url` is on, else None."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    labels = host.split(".")
    for n in range(len(labels), 0, -1):
        suffix = ".".join(labels[-n:])
        if suffix in GOVERNMENT_DOMAINS:
            return GOVERNMENT_DOMAINS[suffix]
    return None


# Country-code domains sold as brands, not as a country's ("example.io", "startup.ai", "news.co").
# `.eu` is no state's: an outlet there covers every member state's rules.
VANITY_DOMAINS: frozenset[str] = frozenset(
    {"io", "ai", "co", "tv", "me", "ly", "fm", "cc", "ws", "to", "gg", "sh", "so", "la", "eu"}
)


_REGISTRY_LEVELS = frozenset({"com", "org", "net", "gov", "gob", "edu", "ac", "mil"})


def outlet_country(url: str | None, known: frozenset[str]) -> str | None:
    """The country of an outlet's country-code domain ("okaz.com.sa", "openaustralia.org.au"), if a known
    jurisdiction's; `uk` is GB. None for generic and vanity domains."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    labels = host.split(".")
    tld = labels[-1] if len(labels) > 1 else ""
    # A vanity domain's own second level is the country's registry ("outlet.com.co", "ministry.gov.co"): brands
    # buy the bare domain ("news.co").
    registry = len(labels) > 2 and labels[-2] in _REGISTRY_LEVELS and tld != "eu"
    if len(tld) != 2 or (tld in VANITY_DOMAINS and not registry):
        return None
    code = "GB" if tld == "uk" else tld.upper()
    return code if code in known else None


def source_jurisdictions(url: str | None, declared: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The jurisdictions a source vouches for: what the catalogue declares, else its government domain."""
    if declared:
        return declared
    code = government_of(url)
    return (code,) if code else ()
