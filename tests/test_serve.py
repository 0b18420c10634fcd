"""`permitwatch serve`: the deployment's parameters, the systemd unit, a clean stop."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.deploy import deployment_parameters, serve_arguments, systemd_unit

ROOT = Path(__file__).resolve().parents[1]


def test_the_deployment_gets_absolute_paths_whatever_the_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    parameters = deployment_parameters(
        Path("mine.yaml"), Path("w/x.duckdb"), Path("out"), True, 2, Path("caps"), Path("n.yaml")
    )
    assert parameters == {
        "sources": str(tmp_path / "mine.yaml"),
        "db": str(tmp_path / "w" / "x.duckdb"),
        "reports": str(tmp_path / "out"),
        "offline": True,
        "edition": 2,
        "captures": str(tmp_path / "caps"),
        "notify": str(tmp_path / "n.yaml"),
    }
    # ...and they are the nightly flow's own parameter names
    from flows.nightly import nightly

    assert set(parameters) <= set(nightly.parameters.properties)
    assert serve_arguments(parameters)[-3:] == ["--offline", "--edition", "2"]


def test_the_systemd_unit_runs_serve_for_this_repository_with_the_same_options():
    parameters = deployment_parameters(Path("/srv/pw/s.yaml"), Path("/srv/pw/w.duckdb"), Path("/r"))
    unit = systemd_unit(parameters, Path("/srv/pw"), Path("/srv/pw/.venv/bin/python"), "")
    lines = unit.splitlines()
    assert "WorkingDirectory=/srv/pw" in lines
    assert (
        "ExecStart=/srv/pw/.venv/bin/python -m flows.cli serve --sources /srv/pw/s.yaml "
        "--db /srv/pw/w.duckdb --reports /r"
    ) in lines
    assert "KillSignal=SIGTERM" in lines and "Restart=on-failure" in lines
    assert "[Install]" in lines and "WantedBy=default.target" in lines
    assert any(x.startswith("EnvironmentFile=-") for x in lines)  # secrets stay out of the repo
    with_api = systemd_unit(parameters, api_url="http://10.0.0.5:4200/api")
    assert "Environment=PREFECT_API_URL=http://10.0.0.5:4200/api" in with_api.splitlines()


def test_print_systemd_from_the_cli_starts_nothing(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {id: a, publisher: federal, lang: en, url: 'https://a.be/'}\n")
    result = CliRunner().invoke(
        app, ["serve", "--sources", str(sources), "--db", "w.duckdb", "--print-systemd"]
    )
    assert result.exit_code == 0, result.output
    [start] = [x for x in result.output.splitlines() if x.startswith("ExecStart=")]
    assert f"serve --sources {sources} --db {Path('w.duckdb').absolute()} --reports " in start
    assert f"WorkingDirectory={ROOT}" in result.output


def test_serve_refuses_a_broken_sources_file_before_registering_anything(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {id: a, publisher: flemish, lang: en, url: 'https://a.be/'}\n")
    result = CliRunner().invoke(app, ["serve", "--sources", str(sources)])
    assert result.exit_code == 2
    assert "field 'publisher'" in result.output


@pytest.mark.usefixtures("prefect_harness")
def test_serve_registers_its_parameters_and_stops_cleanly_on_sigterm(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {id: a, publisher: federal, lang: en, url: 'https://a.be/'}\n")
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    serving = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--sources", str(sources),
         "--db", str(tmp_path / "w.duckdb"), "--reports", str(tmp_path / "r")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        first = serving.stdout.readline()  # bounded: the process prints it or dies
        assert first.startswith("serving nightly/nightly"), serving.stderr.read()

        async def parameters():
            async with get_client() as client:
                return (await client.read_deployment_by_name("nightly/nightly")).parameters

        import asyncio

        registered = asyncio.run(parameters())
        assert registered["db"] == str(tmp_path / "w.duckdb")
        assert registered["reports"] == str(tmp_path / "r")
        time.sleep(1)  # let the runner's loop start before it is told to stop
        serving.send_signal(signal.SIGTERM)
        out, err = serving.communicate(timeout=60)
    finally:
        if serving.poll() is None:
            serving.kill()
            serving.wait()
    assert serving.returncode == 0, err
    assert "permitwatch serve stopped" in out
    assert "never awaited" not in err and "Traceback" not in err
