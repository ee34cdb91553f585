"""The per-page time budget (cleaner.budget, ``--page-timeout``): a page over budget gets an
error record, the batch goes on, in this process (``-j 1``) and in workers (``-j 2``).

A slow page is made with a ``[[drop]]`` pattern that backtracks catastrophically on one
line, the mistake a user's config can make: without a budget the run never ends.
"""

from __future__ import annotations

import json
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cleaner.batch import clean_page
from cleaner.budget import PageTimeout, can_enforce, time_budget
from cleaner.cli import cli
from cleaner.document import Document
from cleaner.io import Page
from cleaner.pipeline import Pipeline

pytestmark = pytest.mark.skipif(not can_enforce(), reason="needs SIGPROF on the main thread")

#: A line that ``^(a+)+$`` takes longer than the age of the universe to refuse.
EVIL_LINE = "a" * 40 + "b"
BODY = (
    "The council met on Monday and agreed on the new plan for the city centre, officials said,"
    " after a debate that lasted most of the afternoon and drew a large crowd of residents."
)


def busy(doc: Document) -> Document:
    """A stage that never ends, and burns CPU time all along (the budget counts CPU time)."""
    while True:
        sum(range(1000))


def test_time_budget_raises_and_restores_the_handler() -> None:
    before = signal.getsignal(signal.SIGPROF)
    started = time.monotonic()
    with pytest.raises(PageTimeout, match="0.2 s"), time_budget(0.2):
        busy(Document.from_text("x"))
    assert time.monotonic() - started < 5
    assert signal.getsignal(signal.SIGPROF) is before
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)


def test_time_budget_fires_again_when_the_first_timeout_is_swallowed() -> None:
    swallowed = 0
    with pytest.raises(PageTimeout), time_budget(0.2):
        while True:
            try:
                busy(Document.from_text("x"))
            except PageTimeout:  # a library's broad ``except``
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2


def test_no_budget_in_a_thread() -> None:
    done: list[bool] = []

    def work() -> None:
        assert not can_enforce()
        with time_budget(0.01):
            sum(range(3_000_000))
        done.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert done == [True]


def test_clean_page_over_budget_is_an_error_outcome() -> None:
    page = Page("slow", "slow.txt", "slow.txt", False, data=BODY)
    outcome = clean_page(Pipeline([busy]), page, timeout=0.3)  # type: ignore[list-item]
    assert outcome.error is not None and "time budget of 0.3 s" in outcome.error
    assert outcome.record == {
        "schema": 1,
        "id": "slow",
        "source": "slow.txt",
        "error": outcome.error,
    }
    assert outcome.detail is None


def _pages(tmp_path: Path, slow: set[int], count: int = 8) -> Path:
    path = tmp_path / "pages.jsonl"
    with path.open("w") as handle:
        for n in range(count):
            text = f"Headline number {n}\n\n{EVIL_LINE if n in slow else BODY}\n"
            handle.write(json.dumps({"id": f"p{n}", "text": text}) + "\n")
    return path


def _run(tmp_path: Path, pages: Path, *args: str) -> tuple[int, list[dict[str, Any]], str]:
    config = tmp_path / "redos.toml"
    config.write_text('[[drop]]\npattern = "^(a+)+$"\nreason = "site_junk"\n')
    result = CliRunner().invoke(
        cli, ["clean", str(pages), "--id-field", "id", "--config", str(config), *args]
    )
    return (
        result.exit_code,
        [json.loads(line) for line in result.stdout.splitlines()],
        result.stderr,
    )


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_page_over_budget_gets_an_error_record_and_the_batch_goes_on(
    tmp_path: Path, jobs: str
) -> None:
    pages = _pages(tmp_path, slow={1, 2})
    code, records, stderr = _run(tmp_path, pages, "--page-timeout", "1", "-j", jobs)
    assert code == 1
    assert [r["id"] for r in records] == [f"p{n}" for n in range(8)]
    errors = {r["id"]: r["error"] for r in records if "error" in r}
    assert set(errors) == {"p1", "p2"}
    assert all("time budget of 1 s" in e for e in errors.values())
    assert "p1" in stderr or "pages.jsonl:2" in stderr
    # The pages after a timeout, in the same worker, are cleaned as in a run without one.
    (tmp_path / "plain").mkdir()
    _, alone, _ = _run(tmp_path, _pages(tmp_path / "plain", slow=set()), "-j", "1")
    for record, expected in zip(records, alone, strict=True):
        if record["id"] not in errors:
            assert record["body"] == expected["body"]
            assert record["headline"] == expected["headline"]


def test_page_timeout_zero_means_no_budget(tmp_path: Path) -> None:
    pages = _pages(tmp_path, slow=set(), count=2)
    code, records, _ = _run(tmp_path, pages, "--page-timeout", "0", "-j", "1")
    assert code == 0
    assert all("error" not in r for r in records)


def test_page_timeout_must_not_be_negative(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", "--page-timeout", "-1", str(tmp_path)])
    assert result.exit_code == 2
    assert "--page-timeout" in result.stderr
