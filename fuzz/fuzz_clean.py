"""Coverage-guided fuzzing of ``clean`` and ``clean_html`` with atheris (libFuzzer).

    pip install '.[fuzz]'
    python fuzz/fuzz_clean.py -max_total_time=30 -timeout=10 NEW_CORPUS_DIR fuzz/corpus

libFuzzer options follow (``-max_total_time`` seconds in all, ``-timeout`` seconds for one
input: a slower input is reported as a hang). A crash or hang is written to
``-artifact_prefix``; add the input to ``fuzz/corpus/`` when it is fixed, and the test
suite (tests/test_fuzz_corpus.py) runs it from then on.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parent))

with atheris.instrument_imports(include=["cleaner"]):
    from harness import check_input, pipeline


def main() -> None:
    pipeline()  # built before fuzzing starts, not counted against the first input
    atheris.Setup(sys.argv, check_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
