"""Loading sources.yaml: a broken file names the line and the field, and nothing runs."""

from pathlib import Path

import pytest

from fetch.sources import SourcesError, load_sources, parse_sources

GOOD = """\
defaults:
  concurrency_per_host: 2
  delay_seconds: 1.5
sources:
  - id: flanders-au-pair-en
    publisher: flanders
    lang: en
    url: https://www.vlaanderen.be/en/au-pair
    topic: au-pair
    group: flanders-au-pair
    select: main
    remove: [".vl-share", "nav"]
  - id: flanders-au-pair-nl
    publisher: flanders
    lang: nl
    url: https://www.vlaanderen.be/au-pair
    group: flanders-au-pair
"""


def problems(text: str) -> list[str]:
    with pytest.raises(SourcesError) as caught:
        parse_sources(text, where="sources.yaml")
    return caught.value.problems


def test_a_valid_file_loads_with_its_settings():
    config = parse_sources(GOOD)
    assert [s.id for s in config.sources] == ["flanders-au-pair-en", "flanders-au-pair-nl"]
    assert config.defaults.delay_seconds == 1.5
    assert config.defaults.retries == 3  # unspecified settings keep their polite default
    first = config.sources[0]
    assert (first.publisher, first.lang, first.group, first.select) == (
        "flanders",
        "en",
        "flanders-au-pair",
        "main",
    )
    assert first.remove == (".vl-share", "nav")
    assert first.host == "www.vlaanderen.be"
    moved = first.model_copy(update={"url": "https://www.werk.belgie.be/en/au-pair"})
    assert (moved.host, first.host) == ("www.werk.belgie.be", "www.vlaanderen.be")


def test_unknown_publisher_names_line_source_and_field():
    text = GOOD.replace("publisher: flanders\n    lang: nl", "publisher: flemish\n    lang: nl")
    assert problems(text) == [
        "sources.yaml:14: source 'flanders-au-pair-nl', field 'publisher': Input should be "
        "'federal', 'flanders', 'brussels', 'wallonia' or 'ostbelgien' (got 'flemish')"
    ]


def test_unknown_language_is_an_error():
    (problem,) = problems(GOOD.replace("lang: en", "lang: es"))
    assert problem.startswith("sources.yaml:7: source 'flanders-au-pair-en', field 'lang'")
    assert "(got 'es')" in problem


def test_duplicate_id_points_at_both_lines():
    text = GOOD.replace("id: flanders-au-pair-nl", "id: flanders-au-pair-en")
    assert problems(text) == [
        "sources.yaml:13: source 'flanders-au-pair-en', field 'id': duplicate id "
        "(first defined at line 5)"
    ]


@pytest.mark.parametrize(
    "url", ["www.vlaanderen.be/au-pair", "ftp://x.be/a", "https://", "https://x.be/a b"]
)
def test_malformed_url_is_an_error(url):
    (problem,) = problems(GOOD.replace("https://www.vlaanderen.be/au-pair", url))
    assert problem.startswith("sources.yaml:16: source 'flanders-au-pair-nl', field 'url'")


def test_unknown_key_and_bad_selector_are_both_reported():
    text = GOOD.replace("    select: main\n", "    select: 'div['\n    colour: red\n")
    found = problems(text)
    assert found[0].startswith("sources.yaml:11: source 'flanders-au-pair-en', field 'select'")
    assert "not a valid CSS selector" in found[0]
    assert found[1].startswith("sources.yaml:12: source 'flanders-au-pair-en', field 'colour'")


def test_wrong_type_in_defaults_is_reported():
    (problem,) = problems(GOOD.replace("delay_seconds: 1.5", "delay_seconds: soon"))
    assert problem.startswith("sources.yaml:3: field 'defaults.delay_seconds'")


def test_missing_required_field_names_the_entry():
    (problem,) = problems(GOOD.replace("    url: https://www.vlaanderen.be/en/au-pair\n", ""))
    assert problem.startswith("sources.yaml:5: source 'flanders-au-pair-en', field 'url'")
    assert "Field required" in problem


def test_yaml_syntax_error_gives_the_line():
    (problem,) = problems(GOOD.replace("    lang: nl\n", "    lang: [nl\n"))
    assert problem.startswith("sources.yaml:")
    assert "not valid YAML" in problem


@pytest.mark.parametrize("text", ["", "sources: []\n", "sources: 3\n", "pages: []\n"])
def test_empty_or_shapeless_files_are_errors(text):
    assert len(problems(text)) == 1


def test_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(SourcesError, match="no such file"):
        load_sources(tmp_path / "nope.yaml")


def test_the_bundled_sources_file_is_valid_and_covers_every_publisher():
    config = load_sources(Path(__file__).parents[1] / "sources.yaml")
    assert len(config.sources) >= 30
    assert {s.publisher for s in config.sources} == {
        "federal",
        "flanders",
        "brussels",
        "wallonia",
        "ostbelgien",
    }
    assert {s.lang for s in config.sources} == {"en", "nl", "fr", "de"}
    groups = {}
    for s in config.sources:
        if s.group:
            groups.setdefault(s.group, []).append(s.lang)
    # translations of one page share a group, one page per language
    assert all(len(langs) == len(set(langs)) for langs in groups.values())


# --- sources check: the same page twice, groups, plain http, allow_hosts, YAML lines --------


def entry_lines(sid: str, url: str, lang: str = "nl", extra: str = "") -> str:
    return (
        f"  - id: {sid}\n    publisher: flanders\n    lang: {lang}\n    url: {url}\n{extra}"
    )


def test_one_url_under_two_ids_is_an_error_on_the_second():
    text = "sources:\n" + entry_lines("a", "https://www.vlaanderen.be/au-pair") + entry_lines(
        "b", "HTTPS://WWW.Vlaanderen.be:443/au-pair#top"
    )
    assert problems(text) == [
        "sources.yaml:9: source 'b', field 'url': the same page as source 'a' (line 5): "
        "HTTPS://WWW.Vlaanderen.be:443/au-pair#top"
    ]


def test_a_group_with_two_pages_of_one_language_is_an_error():
    group = "    group: au-pair\n"
    text = (
        "sources:\n"
        + entry_lines("a-nl", "https://a.be/nl", "nl", group)
        + entry_lines("a-en", "https://a.be/en", "en", group)
        + entry_lines("a-nl2", "https://a.be/nl2", "nl", group)
    )
    assert problems(text) == [
        "sources.yaml:16: source 'a-nl2', field 'group': group 'au-pair' already has a 'nl' "
        "page, source 'a-nl' (line 6); a group pairs the translations of one page"
    ]


def test_plain_http_is_a_warning_not_an_error(tmp_path):
    from fetch.sources import check_sources

    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + entry_lines("a", "http://www.vlaanderen.be/au-pair"))
    config, warnings = check_sources(path)
    assert [s.id for s in config.sources] == ["a"]
    assert warnings == [
        f"{path}:5: source 'a', field 'url': warning: plain http:// (use https:// if the site "
        "has it): http://www.vlaanderen.be/au-pair"
    ]
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, ["sources", "check", "--sources", str(path)])
    assert result.exit_code == 0 and "warning: plain http://" in result.output
    assert f"{path}: 1 sources, valid" in result.output


@pytest.mark.parametrize(
    "host, hint",
    [
        ("https://www.vlaanderen.be/", "(write the host alone: 'www.vlaanderen.be')"),
        ("www.vlaanderen.be/en", "(write the host alone: 'www.vlaanderen.be')"),
        ("*.vlaanderen.be", ""),
        ("vlaanderen .be", ""),
    ],
)
def test_an_allow_hosts_entry_that_is_not_a_host_name_is_an_error(host, hint):
    text = "sources:\n" + entry_lines(
        "a", "https://a.be/x", extra=f"    allow_hosts: [www.a.be, '{host}']\n"
    )
    (problem,) = problems(text)
    assert problem == (
        f"sources.yaml:6: source 'a', field 'allow_hosts': not a host name: {host!r}"
        + (f" {hint}" if hint else "")
    )


def test_host_names_and_addresses_are_allowed_hosts():
    hosts = "    allow_hosts: [www.a.be, 127.0.0.1, '::1', A-B.example.org]\n"
    text = "sources:\n" + entry_lines("a", "https://a.be/x", extra=hosts)
    assert parse_sources(text).sources[0].allow_hosts == (
        "www.a.be", "127.0.0.1", "::1", "A-B.example.org"
    )


@pytest.mark.parametrize(
    "broken, line",
    [
        ("    lang: [nl\n", 3),  # an unclosed bracket: the line that opened it
        ("    url: 'https://a.be/x\n", 4),  # an unclosed quote, noticed at the end of the file
        ("   lang: nl\n", 3),  # bad indentation: the line itself
    ],
)
def test_a_yaml_syntax_error_is_reported_on_the_line_to_edit(broken, line):
    good = "sources:\n  - id: a\n    lang: nl\n    url: 'https://a.be/x'\n    publisher: federal\n"
    lines = good.splitlines(keepends=True)
    lines[line - 1] = broken
    (problem,) = problems("".join(lines))
    assert problem.startswith(f"sources.yaml:{line}: not valid YAML: ")
