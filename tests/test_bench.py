"""The bench scripts run: a speed report on generated pages, and one converter variant."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_speed_report_on_synthetic_pages() -> None:
    out = run(str(BENCH / "speed.py"), "--synthetic", "25")
    assert out.startswith("## Speed on 25 synthetic pages")
    assert "Command: `python " in out and "--synthetic 25" in out
    assert "| text route | 25 |" in out
    assert "| language |" in out and "Peak RSS:" in out


def test_synthetic_pages_are_reproducible() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from speed import synthetic_pages
    finally:
        sys.path.remove(str(BENCH))
    assert list(synthetic_pages(3)) == list(synthetic_pages(3))
    assert len({page["scraped_text"] for page in synthetic_pages(5)}) == 5


@pytest.mark.skipif(shutil.which("w3m") is None, reason="w3m is not installed")
def test_w3m_variant_rewrites_scraped_text(tmp_path: Path) -> None:
    gold = tmp_path / "pages.jsonl.gz"
    page = {"id": "a", "html": "<html><body><p>Hello there, reader.</p></body></html>"}
    with gzip.open(gold, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(page) + "\n")
    run(str(BENCH / "variants.py"), str(gold), "--out", str(tmp_path), "--converter", "w3m")
    with gzip.open(tmp_path / "pages.w3m.jsonl.gz", "rt", encoding="utf-8") as handle:
        (record,) = [json.loads(line) for line in handle]
    assert record["id"] == "a" and record["scraped_text"].strip() == "Hello there, reader."


def test_replay_spreads_chunks_over_workers() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from speed import replay
    finally:
        sys.path.remove(str(BENCH))
    # 16 pages of 1 s in chunks of 4: two workers take two chunks each.
    assert replay([1.0] * 16, 2, start_up=0.5) == 8.5
    assert replay([1.0] * 16, 1, start_up=0.5) == 16.5
    # A chunk with a slow page (11 s) keeps one worker; the other takes the three others.
    assert replay([8.0] + [1.0] * 15, 2, start_up=0.0) == 12.0


def test_a_report_replaces_its_own_section_and_keeps_the_others(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from report import publish
    finally:
        sys.path.remove(str(BENCH))
    target = tmp_path / "BENCHMARKS.md"
    publish("## Speed (2020-01-01)\n\nold speed\n", str(target))
    publish("## Memory (2020-01-01)\n\nmemory\n", str(target))
    publish("## Speed (2021-02-03)\n\nnew speed\n", str(target))
    text = target.read_text()
    assert text.startswith("# Benchmarks\n")
    assert "old speed" not in text and "new speed" in text and "memory" in text
    assert text.index("new speed") < text.index("memory")  # in the old one's place


def test_the_scaling_batch_repeats_the_pages_with_unique_ids(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from speed import _write_pages
    finally:
        sys.path.remove(str(BENCH))
    pages = [{"id": "a", "scraped_text": "one"}, {"id": "b", "scraped_text": "two"}]
    assert _write_pages(tmp_path / "x.jsonl", pages, copies=3) == 6
    lines = [json.loads(line) for line in (tmp_path / "x.jsonl").read_text().splitlines()]
    assert len({line["id"] for line in lines}) == 6
    assert [line["scraped_text"] for line in lines] == ["one", "two"] * 3
