"""The fuzzer's corpus (fuzz/corpus/): its seeds, and every input that once crashed or hung
the cleaner, checked by the same harness as the fuzzer, without atheris.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parent.parent / "fuzz"
sys.path.insert(0, str(FUZZ))

from harness import check_input  # noqa: E402

CORPUS = sorted((FUZZ / "corpus").iterdir())


def test_the_corpus_is_there() -> None:
    assert len(CORPUS) >= 6


@pytest.mark.parametrize("path", CORPUS, ids=[p.name for p in CORPUS])
def test_corpus_input(path: Path) -> None:
    check_input(path.read_bytes())
