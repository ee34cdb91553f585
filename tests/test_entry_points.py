"""How cleaner is started (``python -m cleaner``, ``--version``, shell completion) and what
it says when an optional extra is missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sites import article_html

from cleaner import __version__
from cleaner.cli import cli


def test_python_dash_m_runs_the_same_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cleaner", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"cleaner, version {__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "cleaner", "clean", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert help_text.startswith("Usage: cleaner clean")


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag: str) -> None:
    result = CliRunner().invoke(cli, [flag], prog_name="cleaner")
    assert result.exit_code == 0 and result.stdout == f"cleaner, version {__version__}\n"


@pytest.mark.parametrize(
    ("shell", "expected"),
    [
        ("bash", "_cleaner_completion()"),
        ("zsh", "#compdef cleaner"),
        ("fish", "complete --no-files --command cleaner"),
    ],
)
def test_shell_completion_scripts(shell: str, expected: str) -> None:
    env = {"_CLEANER_COMPLETE": f"{shell}_source"}
    result = CliRunner().invoke(cli, [], prog_name="cleaner", env=env)
    assert result.exit_code == 0 and expected in result.stdout


def test_completion_offers_the_commands_and_options() -> None:
    env = {"_CLEANER_COMPLETE": "bash_complete", "COMP_WORDS": "cleaner cl", "COMP_CWORD": "1"}
    result = CliRunner().invoke(cli, [], prog_name="cleaner", env=env)
    assert "plain,clean" in result.stdout.split()
    env = {"_CLEANER_COMPLETE": "bash_complete", "COMP_WORDS": "cleaner clean --fo"}
    result = CliRunner().invoke(cli, [], prog_name="cleaner", env=env | {"COMP_CWORD": "2"})
    assert "plain,--format" in result.stdout.split()


def test_parquet_output_without_pyarrow_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    (tmp_path / "a.html").write_text(article_html(0))
    out = tmp_path / "out.parquet"
    result = CliRunner().invoke(cli, ["clean", str(tmp_path / "a.html"), "-o", str(out)])
    assert result.exit_code == 2
    assert "pip install 'cleaner[parquet]'" in result.stderr
    assert not out.exists() and not list(tmp_path.glob(".out.parquet*"))


def test_a_warc_file_without_warcio_is_an_error_that_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("warcio", "warcio.archiveiterator"):
        monkeypatch.setitem(sys.modules, module, None)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"")
    result = CliRunner().invoke(cli, ["clean", str(path), "-j", "1"])
    assert result.exit_code == 1
    assert "pip install 'cleaner[warc]'" in result.stderr
