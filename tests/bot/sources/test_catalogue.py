from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.sources.catalogue import load_catalogue, parse_catalogue

GOOD_ENTRY = """
[[source]]
id = "uscis-news"
name = "USCIS news"
kind = "rss"
url = "https://www.uscis.gov/news/rss-feed/59144"
jurisdictions = ["US"]
"""


def test_bundled_catalogue_loads() -> None:
    sources = load_catalogue(None)
    assert len(sources) >= 15
    assert len({s.id for s in sources}) == len(sources)
    covered = {code for s in sources for code in s.jurisdictions}
    assert {"US", "GB", "EU", "CN", "CA", "AU", "IN", "JP"} <= covered
    assert {s.kind for s in sources} >= {"rss", "atom", "json-api"}


def test_bundled_catalogue_uses_the_expected_adapters_and_sources() -> None:
    by_id = {s.id: s for s in load_catalogue(None)}
    adapters = {s.adapter for s in by_id.values() if s.kind == "json-api"}
    assert adapters == {"federal_register", "govuk_search", "gdelt_doc"}
    assert all(s.adapter is None for s in by_id.values() if s.kind != "json-api")
    assert str(by_id["uscis-news"].url) == "https://www.uscis.gov/news/rss-feed/59144"
    assert str(by_id["the-decoder"].url) == "https://the-decoder.com/feed/"
    google = [s for s in by_id.values() if s.url.host == "news.google.com"]
    assert len(google) >= 6
    assert all(s.query for s in google)  # the search they encode is spelled out
    assert all(s.interval_minutes >= 30 for s in by_id.values())  # polite polling


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_custom_file_loads(tmp_path: Path) -> None:
    sources = load_catalogue(_write(tmp_path, GOOD_ENTRY))
    assert [s.id for s in sources] == ["uscis-news"]
    assert sources[0].jurisdictions == ("US",)
    assert sources[0].interval_minutes == 30  # default


def test_bad_url_names_file_entry_and_field(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace('id = "uscis-news"', 'id = "first"') + GOOD_ENTRY.replace(
        "https://www.uscis.gov/news/rss-feed/59144", "not a url"
    )
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_catalogue(path)
    message = str(info.value)
    assert message.startswith(f'{path}: source #2 (id "uscis-news"): url: ')
    assert "valid URL" in message
    assert "\n" not in message


def test_error_messages_use_the_given_name() -> None:
    text = GOOD_ENTRY.replace('kind = "rss"', 'kind = "podcast"')
    with pytest.raises(ConfigError, match=r'^sources\.toml: source #1 \(id "uscis-news"\): kind: Input should be'):
        parse_catalogue(text, name="sources.toml")


def test_missing_field_and_missing_id(tmp_path: Path) -> None:
    text = """
[[source]]
name = "No id"
kind = "rss"
url = "https://ex.example/feed"
"""
    with pytest.raises(ConfigError, match=r"sources\.toml: source #1: id: Field required$"):
        load_catalogue(_write(tmp_path, text))


def test_several_problems_in_one_entry_are_all_named(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace('kind = "rss"', 'kind = "rss"\ninterval_minutes = 0\ncolour = "red"')
    with pytest.raises(ConfigError) as info:
        load_catalogue(_write(tmp_path, text))
    assert "interval_minutes: Input should be greater than or equal to 1" in str(info.value)
    assert "colour: Extra inputs are not permitted" in str(info.value)


def test_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r'source #2 \(id "uscis-news"\): id: duplicate of source #1'):
        load_catalogue(_write(tmp_path, GOOD_ENTRY + GOOD_ENTRY))


def test_json_api_needs_an_adapter(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace('kind = "rss"', 'kind = "json-api"')
    with pytest.raises(ConfigError, match=r'source #1 \(id "uscis-news"\): adapter: required when kind is "json-api"'):
        load_catalogue(_write(tmp_path, text))


def test_jurisdictions_must_be_codes(tmp_path: Path) -> None:
    text = GOOD_ENTRY.replace('["US"]', '["US", "China"]')
    with pytest.raises(ConfigError, match=r"jurisdictions: 'China' is not an upper-case ISO 3166-1"):
        load_catalogue(_write(tmp_path, text))


def test_invalid_toml(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD_ENTRY + "\nid = \n")
    with pytest.raises(ConfigError, match=rf"^{path}: invalid TOML: .*line"):
        load_catalogue(path)


def test_wrong_table_name_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"unknown top-level key 'sources'"):
        parse_catalogue(GOOD_ENTRY.replace("[[source]]", "[[sources]]"))
    with pytest.raises(ConfigError, match=r"no sources"):
        parse_catalogue("# nothing here\n")


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=rf"^{missing}: cannot read the sources file"):
        load_catalogue(missing)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    path.write_bytes(GOOD_ENTRY.replace("USCIS", "USCIS \xe9").encode("latin-1"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_catalogue(path)


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        ('kind = "json-api"\nadapter = "twitter"', r"adapter: unknown adapter 'twitter' \(one of: federal_register, gdelt_doc, govuk_search\)"),
        ('kind = "rss"\nadapter = "gdelt_doc"', r'adapter: only for kind "json-api" \(this source is "rss"\)'),
        ('kind = "page"\nfetch_article_text = true', r'fetch_article_text: only for feeds and GDELT \(not kind "page"\)'),
        ('kind = "json-api"\nadapter = "federal_register"\nfetch_article_text = true', r"fetch_article_text: only for feeds"),
        ('kind = "rss"\nfetch_article_text = "perhaps"', r"fetch_article_text: Input should be a valid boolean"),
    ],
)
def test_adapter_and_article_rules(tmp_path: Path, replacement: str, message: str) -> None:
    with pytest.raises(ConfigError, match=r'^.*sources\.toml: source #1 \(id "uscis-news"\): ' + message):
        load_catalogue(_write(tmp_path, GOOD_ENTRY.replace('kind = "rss"', replacement)))


def test_every_kind_and_the_article_switch_load(tmp_path: Path) -> None:
    text = "".join(
        GOOD_ENTRY.replace('id = "uscis-news"', f'id = "s{n}"').replace('kind = "rss"', kind)
        for n, kind in enumerate([
            'kind = "atom"', 'kind = "json-feed"', 'kind = "page"', 'kind = "rss"\nfetch_article_text = true',
            'kind = "json-api"\nadapter = "gdelt_doc"\nfetch_article_text = true',
        ])
    )
    sources = load_catalogue(_write(tmp_path, text))
    assert [s.kind for s in sources] == ["atom", "json-feed", "page", "rss", "json-api"]
    assert [s.fetch_article_text for s in sources] == [False, False, False, True, True]


def test_bundled_catalogue_watches_pages_and_fetches_some_articles() -> None:
    sources = load_catalogue(None)
    assert {s.id for s in sources if s.kind == "page"} >= {"gov-uk-global-talent-page"}
    assert {s.id for s in sources if s.fetch_article_text} >= {"gdelt-talent-mobility", "ec-press-corner"}
    federal = next(s for s in sources if s.adapter == "federal_register")
    assert "effective_on" in str(federal.url) and "comments_close_on" in str(federal.url)
