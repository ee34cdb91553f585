"""Memory: a long JSONL input streams through, and a huge page is rejected, not held."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.batch import clean_page, over_limit, run_pages
from cleaner.config import CleanerConfig
from cleaner.io import Page, Source, iter_pages
from cleaner.pipeline import Pipeline

BENCH = Path(__file__).resolve().parent.parent / "bench"
#: Growth of peak RSS allowed between a short and a 25 times longer input. The caches of
#: the stages are bounded and fill over the first thousands of pages: with the generated
#: pages below, peak RSS was 123 MB for 100 pages, 134 MB for 1,000, 136 for 2,500 and 138
#: for 5,000 and for 10,000. Holding every record (about 17 kB each as a dict, with its
#: removed lines) would add 40 MB over the 2,400 pages more.
MAX_GROWTH_MB = 20


def peak_rss_mb(args: list[str]) -> float:
    """Peak resident memory of ``python -m cleaner ARGS``, from the kernel's accounting."""
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0
    return usage.ru_maxrss / 1024


def write_pages(path: Path, count: int) -> Path:
    sys.path.insert(0, str(BENCH))
    try:
        from synthetic import write_jsonl
    finally:
        sys.path.remove(str(BENCH))
    return write_jsonl(path, count, tiny=True)


def test_a_long_input_streams_in_the_memory_of_a_short_one(tmp_path: Path) -> None:
    # Language detection is most of the time on short pages and holds nothing per page.
    options = ["--text-field", "scraped_text", "-j", "1", "--disable", "language"]
    short = write_pages(tmp_path / "short.jsonl", 100)
    long = write_pages(tmp_path / "long.jsonl", 2500)
    out = str(tmp_path / "out.jsonl")
    small = peak_rss_mb(["clean", str(short), *options, "-o", out])
    large = peak_rss_mb(["clean", str(long), *options, "-o", out])
    assert Path(out).read_text(encoding="utf-8").count("\n") == 2500
    print(f"peak RSS: {small:.1f} MB for 100 pages, {large:.1f} MB for 2,500")
    assert large - small < MAX_GROWTH_MB, (small, large)


def test_a_huge_file_is_rejected_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "huge.txt"
    page.write_text("word " * 1000, encoding="utf-8")  # 5,000 bytes: over 4 x 1,000 chars

    def never(path: str) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr("cleaner.batch.read_page", never)
    pipeline = Pipeline.from_config(CleanerConfig(max_chars=1000))
    outcome = clean_page(pipeline, Page("huge.txt", str(page), "huge.txt", False, path=str(page)))
    assert outcome.rejected and outcome.record["rejected"] == {
        "stage": "input",
        "reason": "too_large",
    }


def test_a_file_just_over_the_limit_is_read_then_rejected(tmp_path: Path) -> None:
    page = tmp_path / "big.txt"
    page.write_text("word " * 220, encoding="utf-8")  # 1,100 chars: over 1,000, under 4,000 bytes
    pipeline = Pipeline.from_config(CleanerConfig(max_chars=1000))
    outcome = clean_page(pipeline, Page("big.txt", str(page), "big.txt", False, path=str(page)))
    assert outcome.record["rejected"]["reason"] == "too_large" and outcome.chars_in == 1100


@pytest.mark.parametrize(
    ("data", "html", "oversized"),
    [
        ("x" * 1001, False, True),
        ("x" * 1000, False, False),
        ("x" * 4001, True, True),
        ("x" * 4000, True, False),
        (b"x" * 4001, False, True),
        (b"x" * 4000, False, False),
    ],
    ids=["text_over", "text_at", "html_over", "html_at", "bytes_over", "bytes_at"],
)
def test_inline_text_over_the_limit_is_let_go_before_a_worker(
    data: str | bytes, html: bool, oversized: bool
) -> None:
    page = over_limit(Page("p", "p", "p", True, data=data, html=html), 1000)
    assert page.oversized is oversized
    assert (page.data is None) is oversized


def test_a_huge_jsonl_line_is_rejected_in_order(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "A short page."},
        {"id": "huge", "text": "word " * 2000},
        {"id": "b", "text": "Another short page."},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    pages = iter_pages([Source(str(path), "pages.jsonl", True)], id_field="id")
    outcomes = list(run_pages(pages, CleanerConfig(max_chars=1000), jobs=2))
    assert [o.record["id"] for o in outcomes] == ["a", "huge", "b"]
    assert outcomes[1].record["rejected"]["reason"] == "too_large"


def test_a_line_over_the_line_limit_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("cleaner.io.MAX_LINE_BYTES", 100)
    path = tmp_path / "pages.jsonl"
    long = json.dumps({"text": "word " * 100})
    path.write_text(f'{{"text": "one"}}\n{long}\n{{"text": "two"}}\n', encoding="utf-8")
    pages = list(iter_pages([Source(str(path), "pages.jsonl", True)]))
    assert [page.data for page in pages] == ["one", None, "two"]
    assert pages[1].id == "pages.jsonl:2"
    assert pages[1].error == "the line is longer than 100 bytes; it was skipped"
