"""A government's own domain, or the catalogue, names the jurisdiction when the text does not."""

from __future__ import annotations

from bot.analysis.analyzer import KNOWN_JURISDICTIONS, analyze
from bot.analysis.provenance import government_of, outlet_country, source_jurisdictions


def test_government_domains_on_a_label_boundary() -> None:
    assert government_of("https://www.uscis.gov/newsroom/x") == "US"
    assert government_of("https://www.gov.uk/government/news/x") == "GB"
    assert government_of("https://www.regjeringen.no/no/aktuelt/x") == "NO"
    assert government_of("https://ec.europa.eu/commission/presscorner/x") == "EU"
    assert government_of("https://www.immi.homeaffairs.gov.au/x") == "AU"
    assert government_of("https://notgov.uk.example.com/x") is None
    assert government_of("https://www.spiegel.de/x") is None  # an outlet's country is not the rule-maker's
    assert government_of(None) is None and government_of("not a url") is None


def test_declared_jurisdictions_win_over_the_domain() -> None:
    assert source_jurisdictions("https://www.uscis.gov/x", ("CA",)) == ("CA",)
    assert source_jurisdictions("https://www.uscis.gov/x") == ("US",)
    assert source_jurisdictions("https://example.org/x") == ()


def test_a_ministry_page_that_names_no_country_gets_its_government() -> None:
    title = "New rules for researchers travelling abroad"
    text = ("The Ministry announced today that researchers working on sensitive technologies must obtain "
            "approval before travelling abroad for conferences. The rule takes effect on 1 March.")
    bare = analyze(title, text)
    assert bare.jurisdictions == ()
    placed = analyze(title, text, url="https://www.regjeringen.no/en/aktuelt/rules/id1/")
    assert placed.jurisdictions == ("NO",)
    assert any(e.field == "jurisdictions" and "regjeringen.no" in e.text for e in placed.evidence)
    # A text that names its government keeps it, whatever the domain.
    named = analyze("Japan tightens rules", "Japan's government announced that researchers must obtain approval "
                    "before travelling abroad.", url="https://www.regjeringen.no/x")
    assert named.jurisdictions == ("JP",)


def test_an_outlets_country_code_domain() -> None:
    assert outlet_country("https://www.okaz.com.sa/economy/1", KNOWN_JURISDICTIONS) == "SA"
    assert outlet_country("https://openaustralia.org.au/debates/", KNOWN_JURISDICTIONS) == "AU"
    assert outlet_country("https://news.example.co.uk/x", KNOWN_JURISDICTIONS) == "GB"
    # Brand domains and generic ones name no country.
    assert outlet_country("https://startup.io/x", KNOWN_JURISDICTIONS) is None
    assert outlet_country("https://lab.ai/x", KNOWN_JURISDICTIONS) is None
    # A vanity domain's own registry level is the country's; the bare domain stays a brand.
    assert outlet_country("https://www.diario.com.co/x", KNOWN_JURISDICTIONS) == "CO"
    assert outlet_country("https://news.co/x", KNOWN_JURISDICTIONS) is None
    assert outlet_country("https://shop.example.co/x", KNOWN_JURISDICTIONS) is None
    assert outlet_country("https://example.com/x", KNOWN_JURISDICTIONS) is None
    # An outlet under `.eu` covers every member state's rules: no state's domain.
    assert outlet_country("https://www.politico.eu/article/x", KNOWN_JURISDICTIONS) is None
    assert outlet_country(None, KNOWN_JURISDICTIONS) is None


def test_a_domestic_outlet_naming_no_state_writes_of_its_own() -> None:
    title = "Overseas students bill: amendments debated"
    text = ("The House debated amendments to the bill that would cap overseas student enrolments. The minister "
            "said the caps would apply from next year.")
    assert analyze(title, text).jurisdictions == ()
    placed = analyze(title, text, url="https://debates.example.org.au/2024/1")
    assert placed.jurisdictions == ("AU",)
    assert any(e.field == "jurisdictions" and "example.org.au" in e.text for e in placed.evidence)
    # A text that names the state acting keeps it, whatever its outlet's domain.
    named = analyze("Japan caps overseas students", "Japan's government announced caps on overseas student "
                    "enrolments.", url="https://www.zeitung.example.de/x")
    assert named.jurisdictions == ("JP",)
