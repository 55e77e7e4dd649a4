"""Where an item comes from, as evidence of whose rule it is.

When the text names no government (a ministry's own page says "the Ministry" and "we"; a foreign-language
page names its country in a form the gazetteer lacks), the source still tells: a government's own domain
(`uscis.gov`, `gov.uk`, `regjeringen.no`) is that government's, and a catalogue source may declare its
jurisdictions. Outlets' country-code domains are not used: a `.de` newspaper reports American rules too.
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


def source_jurisdictions(url: str | None, declared: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The jurisdictions a source vouches for: what the catalogue declares, else its government domain."""
    if declared:
        return declared
    code = government_of(url)
    return (code,) if code else ()
