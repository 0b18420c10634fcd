"""The console script as a shell runs it: `run` ends at once after its work (flows.cli.main),
with the command's status and every line said; a night imports no PDF reader it does not use."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def permitwatch(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    # `-m flows.cli` runs `main`, as the `permitwatch` script does
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(cwd)},
    )


def test_a_run_that_ends_at_once_keeps_its_status_and_its_message(tmp_path):
    bad = tmp_path / "sources.yaml"
    bad.write_text("sources:\n  - {id: a, publisher: nowhere, lang: en, url: 'https://x.be/a'}\n")
    done = permitwatch("run", "--sources", str(bad), "--db", str(tmp_path / "w.duckdb"), cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert "nothing was fetched" in done.stderr
    assert "publisher" in done.stderr
    assert not (tmp_path / "w.duckdb").exists()


def test_other_commands_end_as_python_does(tmp_path):
    good = tmp_path / "sources.yaml"
    good.write_text("sources:\n  - {id: a, publisher: federal, lang: en, url: 'https://x.be/a'}\n")
    done = permitwatch("sources", "check", "--sources", str(good), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "1 sources, valid" in done.stdout


def test_the_night_imports_no_pdf_reader_until_a_pdf_comes():
    script = (
        "import sys, flows.cli, flows.nightly\n"
        "before = 'pypdf' in sys.modules\n"
        "from parsers.pdf import extract_pdf_blocks\n"
        "try:\n"
        "    extract_pdf_blocks(b'%PDF-1.4 not really')\n"
        "except Exception:\n"
        "    pass\n"
        "print(before, 'pypdf' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
