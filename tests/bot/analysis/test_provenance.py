"""A government's own domain, or the catalogue, names the jurisdiction when the text does not."""

from __future__ import annotations

from bot.analysis.analyzer import analyze
from bot.analysis.provenance import government_of, source_jurisdictions


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
