"""A broken sources.yaml stops `permitwatch run` before any fetch: exit 2, a message naming
the file, the line and the field, no request to any server and no warehouse created."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.server import Route


def entry(server, sid: str = "a", extra: str = "") -> str:
    return f"  - {{id: {sid}, publisher: federal, lang: en, url: '{server.url('/p')}'{extra}}}\n"


CASES = {
    # name: (file text built from the server, words the message must contain)
    "yaml-syntax": (
        lambda s: "sources:\n" + entry(s) + "  - {id: b, publisher: [federal\n",
        "sources.yaml:3: not valid YAML: a flow sequence is never closed",
    ),
    "wrong-type": (
        lambda s: "defaults: {retries: many}\nsources:\n" + entry(s),
        "sources.yaml:1: field 'defaults.retries': Input should be a valid integer",
    ),
    "out-of-range": (
        lambda s: "defaults:\n  concurrency_per_host: 50\nsources:\n" + entry(s),
        "sources.yaml:2: field 'defaults.concurrency_per_host': Input should be less than or "
        "equal to 8",
    ),
    "unknown-key": (
        lambda s: "sources:\n" + entry(s, extra=", colour: red"),
        "sources.yaml:2: source 'a', field 'colour': Extra inputs are not permitted",
    ),
    "duplicate-id": (
        lambda s: "sources:\n" + entry(s) + entry(s),
        "sources.yaml:3: source 'a', field 'id': duplicate id (first defined at line 2)",
    ),
    "duplicate-key": (
        lambda s: "defaults:\n  retries: 1\n  retries: 2\nsources:\n" + entry(s),
        "sources.yaml:3: duplicate key 'retries'",
    ),
    "bad-selector": (
        lambda s: "sources:\n" + entry(s, extra=", select: 'div['"),
        "sources.yaml:2: source 'a', field 'select': not a valid CSS selector: 'div['",
    ),
    "bad-url": (
        lambda s: "sources:\n  - {id: a, publisher: federal, lang: en, url: 'www.x.be/a'}\n",
        "sources.yaml:2: source 'a', field 'url': not an absolute http(s) URL",
    ),
    "metadata-address": (
        lambda s: "sources:\n  - {id: meta, publisher: federal, lang: en, "
        "url: 'http://169.254.169.254/latest/meta-data/'}\n",
        "sources.yaml:2: source 'meta', field 'url': 169.254.169.254 is a link-local or cloud "
        "metadata address: never fetched",
    ),
    "metadata-name": (
        lambda s: "sources:\n  - {id: meta, publisher: federal, lang: en, "
        "url: 'http://metadata.google.internal/computeMetadata/v1/'}\n",
        "sources.yaml:2: source 'meta', field 'url': metadata.google.internal is a cloud "
        "metadata service: never fetched",
    ),
    "link-local-v6": (
        lambda s: "sources:\n  - {id: ll, publisher: federal, lang: en, url: 'http://[fe80::1]/a'}\n",
        "sources.yaml:2: source 'll', field 'url': fe80::1 is a link-local or cloud metadata",
    ),
    "empty-file": (lambda s: "", "sources.yaml:1: the file is empty"),
    "missing-file": (None, "sources.yaml: no such file"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_broken_config_fails_before_any_fetch_naming_file_line_and_field(server, tmp_path, name):
    server.routes["/p"] = Route(body=b"<p>x</p>")
    server.routes["/robots.txt"] = Route(body=b"", content_type="text/plain")
    build, expected = CASES[name]
    sources = tmp_path / "sources.yaml"
    if build is not None:
        sources.write_text(build(server))
    db = tmp_path / "w.duckdb"
    result = CliRunner().invoke(
        app, ["run", "--sources", str(sources), "--db", str(db), "--reports", str(tmp_path)]
    )
    assert result.exit_code == 2, result.output
    assert "nothing was fetched" in result.output
    assert f"{tmp_path}/{expected}" in result.output
    assert server.seen == []  # not even robots.txt
    assert not db.exists()


def test_the_bundled_sources_file_states_its_polite_limits():
    """Politeness is configuration: the real file says it, rather than relying on code."""
    from pathlib import Path

    import yaml

    from fetch.sources import load_sources

    path = Path(__file__).parents[1] / "sources.yaml"
    stated = yaml.safe_load(path.read_text(encoding="utf-8"))["defaults"]
    assert set(stated) >= {
        "concurrency_per_host", "delay_seconds", "timeout_seconds", "retries",
        "max_retry_after_seconds", "max_bytes", "max_redirects", "respect_robots",
    }  # fmt: skip
    settings = load_sources(path).defaults
    assert settings.concurrency_per_host == 2 and settings.delay_seconds >= 1
    assert settings.retries <= 3 and settings.max_retry_after_seconds <= 300
    assert settings.respect_robots


@pytest.mark.parametrize("url", ["http://169.254.169.254/latest/meta-data/",
                                 "http://[fd00:ec2::254]/latest/", "http://metadata.google.internal/"])
def test_sources_check_rejects_a_metadata_address_with_a_clear_line(tmp_path, url):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - {{id: m, publisher: federal, lang: en, url: '{url}'}}\n")
    result = CliRunner().invoke(app, ["sources", "check", "--sources", str(sources)])
    assert result.exit_code == 2
    assert f"{sources}:2: source 'm', field 'url': " in result.output
    assert "never fetched" in result.output


def test_a_loopback_or_private_source_stays_allowed(tmp_path):
    from fetch.sources import parse_sources

    text = "sources:\n" + "".join(
        f"  - {{id: s{i}, publisher: federal, lang: en, url: 'http://{host}/a'}}\n"
        for i, host in enumerate(["127.0.0.1:8080", "localhost", "10.0.0.8", "192.168.1.2"])
    )
    assert len(parse_sources(text).sources) == 4  # tests and intranet mirrors
