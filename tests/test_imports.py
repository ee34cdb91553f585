"""Importing the package and asking for help load none of the heavy dependencies."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Modules that only cleaning a page needs; each takes tens to hundreds of milliseconds.
HEAVY = ("trafilatura", "dateparser", "langdetect", "ftfy", "charset_normalizer", "lxml")


def loaded_after(code: str) -> set[str]:
    """Top-level module names loaded by a fresh interpreter that runs ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    last = done.stdout.strip().splitlines()[-1]
    return {name.split(".")[0] for name in json.loads(last)} | set(json.loads(last))


@pytest.mark.parametrize(
    "code",
    [
        "import cleaner",
        "import cleaner.cli",
        "import sys; sys.argv = ['cleaner', '--help']\nfrom cleaner.cli import cli\n"
        "try:\n    cli(prog_name='cleaner')\nexcept SystemExit:\n    pass",
    ],
    ids=["import_cleaner", "import_cli", "help"],
)
def test_no_heavy_module_is_imported(code: str) -> None:
    loaded = loaded_after(code)
    assert not loaded & set(HEAVY)
    assert "cleaner.pipeline" not in loaded and "cleaner.stages.language" not in loaded


def test_public_names_load_on_first_use() -> None:
    loaded = loaded_after("import cleaner\ncleaner.clean('A short page.')")
    assert "cleaner.pipeline" in loaded


def test_unknown_attribute_is_an_attribute_error() -> None:
    import cleaner

    with pytest.raises(AttributeError, match="no_such_name"):
        cleaner.no_such_name  # noqa: B018
    assert {"clean", "Pipeline", "__version__"} <= set(dir(cleaner))


def test_a_batch_with_workers_leaves_the_stages_to_them(tmp_path: pytest.TempPathFactory) -> None:
    """The parent of ``--jobs 2`` checks the config without importing the stages (their
    patterns compile on import); the workers, which import them, start that much sooner."""
    pages = tmp_path / "pages.jsonl"  # type: ignore[operator]
    pages.write_text(
        "".join(
            json.dumps({"text": f"Page {n}.\n\nA short page of text."}) + "\n" for n in range(12)
        )
    )
    out = tmp_path / "out.jsonl"  # type: ignore[operator]
    loaded = loaded_after(
        "from cleaner.cli import cli\n"
        f"try:\n    cli(['clean', {str(pages)!r}, '-j', '2', '-q', '-o', {str(out)!r}], prog_name='cleaner')\n"
        "except SystemExit:\n    pass"
    )
    assert not {"cleaner.pipeline", "cleaner.patterns", "cleaner.stages.main_content"} & loaded
    assert len(out.read_text().splitlines()) == 12


def test_the_config_knows_the_stages_names() -> None:
    from cleaner.config import STAGE_NAMES
    from cleaner.pipeline import STAGE_CLASSES

    assert STAGE_NAMES == tuple(cls.name for cls in STAGE_CLASSES)
