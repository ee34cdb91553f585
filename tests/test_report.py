"""The HTML batch report: its numbers, that it is self-contained, and how a browser shows it."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli
from cleaner.report import BatchReport

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PAGE = (
    "Harbour ferry returns after repairs\n\n"
    "The ferry between the two harbour towns returned to service on Monday after six weeks"
    " of repairs to its engines, the operator said in a statement on its website.\n\n"
    "Passengers queued from early morning, and the first crossing left on time with every"
    " seat taken, while crews checked the ramps and the new safety rails on board.\n\n"
    "Advertisement\n\nShare this article\n"
)


def make_batch(root: Path) -> None:
    (root / "a.txt").write_text(PAGE, encoding="utf-8")
    (root / "b.txt").write_text(PAGE.replace("Monday", "Tuesday"), encoding="utf-8")
    (root / "empty.txt").write_text("Advertisement\n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")


def run_with_report(tmp_path: Path) -> tuple[Path, list[dict]]:
    pages = tmp_path / "pages"
    pages.mkdir()
    make_batch(pages)
    report = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["clean", str(pages), "-j", "1", "--dedup", "exact", "--report", str(report)]
    )
    assert result.exit_code == 1  # the binary file failed; the rest was written
    return report, [json.loads(line) for line in result.stdout.splitlines()]


def card(html: str, key: str) -> int:
    match = re.search(rf'data-key="{key}"><b>([\d,]+)</b>', html)
    assert match, key
    return int(match.group(1).replace(",", ""))


def test_report_shows_the_numbers_of_the_run(tmp_path: Path) -> None:
    report, records = run_with_report(tmp_path)
    html = report.read_text(encoding="utf-8")
    removed = sum(len(r.get("removed") or ()) for r in records)
    assert card(html, "pages in") == 4
    assert card(html, "records out") == 2
    assert card(html, "rejected") == 1
    assert card(html, "failed") == 1
    assert card(html, "lines removed") == removed
    assert "rejected: verdict/" in html and "PNG image" in html
    assert "<svg" in html and "ads/ad_label" in html


def test_report_is_self_contained(tmp_path: Path) -> None:
    html = run_with_report(tmp_path)[0].read_text(encoding="utf-8")
    assert not re.search(r"<script|<link|<img|src=|@import|url\(", html)
    assert "<style>" in html


def test_report_escapes_page_text() -> None:
    report = BatchReport()
    from cleaner.batch import Outcome

    record = {
        "id": "x",
        "rejected": None,
        "removed": [
            {"line": 1, "text": "<script>alert(1)</script>", "stage": "chrome", "reason": "share"}
        ],
    }
    report.add(Outcome(record, "x.txt", False, "x.txt", chars_in=30, chars_out=0))
    html = report.to_html()
    assert "<script>alert" not in html and "&lt;script&gt;" in html


@pytest.mark.skipif(CHROMIUM is None, reason="needs chromium (apt-get install chromium)")
def test_report_in_a_real_browser(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the report-test extra")
    report, records = run_with_report(tmp_path)
    shot = tmp_path / "report.png"
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            tempfile.mkdtemp(dir=tmp_path),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],  # fmt: skip
        )
        try:
            page = browser.new_page()
            page.goto(report.as_uri())
            cards = dict(
                reversed(text.split("\n", 1)) for text in page.locator(".card").all_inner_texts()
            )
            bars = page.locator("svg.chart rect").count()
            title = page.title()
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert title == "cleaner batch report"
    assert cards["pages in"] == "4" and cards["failed"] == "1" and cards["rejected"] == "1"
    assert cards["lines removed"] == str(sum(len(r.get("removed") or ()) for r in records))
    assert bars >= 2
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_report_memory_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaner.report
    from cleaner.batch import Outcome

    monkeypatch.setattr(cleaner.report, "MAX_LINES_PER_SITE", 10)
    report = BatchReport()
    for i in range(50):
        removed = [
            {"line": 1, "text": "Subscribe to our newsletter", "stage": "chrome", "reason": "x"},
            {"line": 2, "text": f"teaser {i}", "stage": "related", "reason": "y"},
        ]
        record = {"id": str(i), "rejected": None, "removed": removed, "language": "en"}
        report.add(Outcome(record, f"site/{i}.txt", False, None, site="example.org"))
    lines = report.site_lines["example.org"]
    assert len(lines) <= 11
    assert lines["Subscribe to our newsletter"] == 50
    assert "Subscribe to our newsletter" in report.to_html()
