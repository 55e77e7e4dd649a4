"""Deterministic, realistic RSS 2.0 bodies for the polling benchmark (20 items each, like a news site).

Shared by the feed server (which serves them) and the benchmark (which parses the same bodies to
measure the parser's CPU alone).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

ITEMS_PER_FEED = 20
BASE_DATE = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)

_COUNTRIES = ["China", "the United States", "the UK", "Canada", "Australia", "India", "Japan", "Germany",
              "France", "the EU", "Singapore", "South Korea"]
_SUBJECTS = ["AI researchers", "semiconductor engineers", "quantum scientists", "international students",
             "skilled workers", "visa applicants", "biotech founders", "PhD graduates", "software engineers",
             "university staff", "start-up founders", "data scientists"]
_ACTIONS = ["tightens travel rules for", "raises visa fees for", "opens a fast-track route for",
            "caps work permits for", "launches a talent programme for", "screens collaborations by",
            "extends residence permits for", "requires exit approval from", "cuts processing times for",
            "reviews export controls on know-how of"]
_FILLER = [
    "Officials said the change would take effect early next year after a consultation period.",
    "The ministry did not respond to a request for comment on the details of the rule.",
    "Universities and employers warned that the measure could slow down recruitment.",
    "Analysts said the policy reflects growing concern about technology transfer and talent flows.",
    "The announcement follows months of debate in parliament and among industry groups.",
    "Applicants already in the system will be processed under the previous rules, the agency said.",
    "Critics argue that the new requirements will add paperwork without improving security.",
    "The government said it would publish detailed guidance for sponsors in the coming weeks.",
]


def feed_body(index: int, *, seed: int = 1) -> bytes:
    """The RSS body of feed number `index` (stable across processes for the same seed)."""
    rng = random.Random(seed * 1_000_003 + index)
    host = f"outlet{index % 97}.example"
    items = []
    for n in range(ITEMS_PER_FEED):
        title = f"{rng.choice(_COUNTRIES)} {rng.choice(_ACTIONS)} {rng.choice(_SUBJECTS)}"
        slug = "-".join(title.lower().replace(".", "").split())[:80]
        when = BASE_DATE - timedelta(minutes=37 * n + rng.randint(0, 30) + index % 60)
        paragraphs = "".join(f"<p>{escape(rng.choice(_FILLER))} {escape(rng.choice(_FILLER))}</p>" for _ in range(3))
        link = f"https://{host}/{when:%Y/%m/%d}/{slug}-{index}-{n}?utm_source=rss&amp;utm_medium=feed"
        items.append(
            "<item>"
            f"<title>{escape(title)}</title>"
            f"<link>{link}</link>"
            f'<guid isPermaLink="false">https://{host}/?p={index * 1000 + n}</guid>'
            f"<pubDate>{format_datetime(when, usegmt=True)}</pubDate>"
            f"<dc:creator><![CDATA[Reporter {rng.randint(1, 40)}]]></dc:creator>"
            f"<category><![CDATA[Policy]]></category>"
            f"<description><![CDATA[{rng.choice(_FILLER)} {rng.choice(_FILLER)}]]></description>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded>"
            "</item>"
        )
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Outlet {index}</title><link>https://{host}/</link>"
        f"<description>Policy news from outlet {index}</description><language>en-US</language>"
        f"<lastBuildDate>{format_datetime(BASE_DATE, usegmt=True)}</lastBuildDate>"
    )
    return (head + "".join(items) + "</channel></rss>").encode("utf-8")
