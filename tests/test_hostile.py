"""Hostile inputs: each one gives a record or an error record with a reason, never a
traceback and never a silent skip, and the batch goes on.

Every case runs through ``cleaner clean`` next to a normal page, which must still come out.
The large cases are rejected by the size limits in well under a second of cleaning.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cleaner.batch import run_pages
from cleaner.cli import cli
from cleaner.io import find_sources, iter_pages

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
GOOD = (
    "Council approves the new riverside park\n\n"
    "The city council voted on Tuesday evening to approve a long-awaited riverside park, ending"
    " a debate that has divided residents and local businesses for nearly a decade.\n"
)
GERMAN = (
    "Bürgermeister lädt zur Sitzung über die Straßenbahn ein\n\n"
    "Die Stadträte berieten am Montag über die Pläne für die neue Straßenbahnlinie, die durch"
    " die Innenstadt führen soll. Anwohner äußerten Bedenken wegen des Lärms und der Baustellen."
)


def run(*args: str) -> tuple[int, dict[str, dict[str, Any]], str]:
    """Run ``cleaner clean``; the records by id, and stderr."""
    result = CliRunner().invoke(cli, ["clean", "-j", "1", *args])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)), ids
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    return result.exit_code, {r["id"]: r for r in records}, result.stderr


def with_good_page(tmp_path: Path, name: str, data: bytes) -> dict[str, dict[str, Any]]:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / name).write_bytes(data)
    _, records, _ = run(str(tmp_path), "--glob", "*.txt", "--glob", "*.html")
    assert set(records) == {"good.txt", name}
    assert records["good.txt"]["body"] and records["good.txt"]["rejected"] is None
    return records


def error_of(record: dict[str, Any]) -> str:
    assert set(record) == {"schema", "id", "source", "error"}
    return str(record["error"])


def rejection_of(record: dict[str, Any]) -> str:
    assert "error" not in record
    rejected = record["rejected"]
    return f"{rejected['stage']}/{rejected['reason']}" if rejected else "kept"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "error: the file is empty"),
        (b" \n\t\n   \n", "verdict/empty"),
        (b"Council\x00 approves\x00", "error: the input holds NUL bytes: it is binary, not text"),
        (PNG, "error: the input is a PNG image, not text"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "error: the input is a JPEG image, not text"),
        (gzip.compress(b"") + b"x", "error: the input is gzip-compressed data, not text"),
    ],
    ids=["empty", "whitespace", "nul_bytes", "png", "jpeg", "gzip_as_txt"],
)
def test_unusable_files(tmp_path: Path, data: bytes, expected: str) -> None:
    record = with_good_page(tmp_path, "bad.txt", data)["bad.txt"]
    if expected.startswith("error: "):
        assert error_of(record) == expected.removeprefix("error: ")
    else:
        assert rejection_of(record) == expected


def test_invalid_utf8_in_valid_text_is_replaced_not_guessed(tmp_path: Path) -> None:
    head, tail = GERMAN.encode().split(b"die durch")
    record = with_good_page(tmp_path, "bad.txt", head + b"die \xff\xfe durch" + tail)["bad.txt"]
    assert record["encoding"] == "utf-8"
    assert record["headline"] == GERMAN.split("\n")[0]
    assert "die \ufffd\ufffd durch" in record["body"][0]


def test_a_50_mb_single_line_is_rejected_by_the_size_limit(tmp_path: Path) -> None:
    started = time.monotonic()
    record = with_good_page(tmp_path, "line.txt", b"word " * 10_000_000)["line.txt"]
    assert rejection_of(record) == "input/too_large"
    assert time.monotonic() - started < 30  # reading 50 MB, not cleaning it


def test_a_million_short_lines_are_rejected_by_the_line_limit(tmp_path: Path) -> None:
    record = with_good_page(tmp_path, "lines.txt", b"ab\n" * 1_000_000)["lines.txt"]
    assert rejection_of(record) == "input/too_many_lines"


def test_html_nested_10000_levels_deep(tmp_path: Path) -> None:
    page = "<html><body>" + "<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000
    record = with_good_page(tmp_path, "deep.html", page.encode())["deep.html"]
    # libxml2 stops at 256 levels, so the text in the depths is not reached: the record
    # says the page held no article, as for any page without one.
    assert rejection_of(record) == "verdict/empty"
    assert record["meta"]["extraction"] == "visible_text"


def test_a_20_mb_html_page_is_rejected_by_the_size_limit(tmp_path: Path) -> None:
    paragraph = f"<p>{GOOD}</p>\n".encode()
    page = b"<html><body>" + paragraph * (20 * 2**20 // len(paragraph) + 1) + b"</body></html>"
    record = with_good_page(tmp_path, "big.html", page)["big.html"]
    assert rejection_of(record) == "input/too_large"


JSONL_CASES: list[tuple[Any, str]] = [
    ([1, 2], "the line holds an array; each line must be a JSON object"),
    ("text", "the line holds a string; each line must be a JSON object"),
    (None, "the line holds null; each line must be a JSON object"),
    ({"title": "no text"}, 'no "text" field; name the field with the page: --text-field'),
    ({"text": 42}, 'the "text" field is a number, not a string'),
    ({"text": ["a", "b"]}, 'the "text" field is an array, not a string'),
    ({"text": None}, 'the "text" field is null, not a string'),
]


def test_jsonl_lines_that_are_not_pages(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [json.dumps(value) for value, _ in JSONL_CASES]
    lines += ['{"text": "unterminated', json.dumps({"text": GOOD})]
    path.write_text("\n".join(lines) + "\n")
    code, records, stderr = run(str(path))
    assert code == 1
    for number, (_, message) in enumerate(JSONL_CASES, start=1):
        assert error_of(records[f"pages.jsonl:{number}"]) == message
        assert f"pages.jsonl:{number}: {message}" in stderr
    torn = error_of(records[f"pages.jsonl:{len(JSONL_CASES) + 1}"])
    assert torn.startswith("the line is not valid JSON")
    assert records[f"pages.jsonl:{len(JSONL_CASES) + 2}"]["body"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "text"])
def test_lone_surrogates_in_json_give_valid_utf8(tmp_path: Path, fmt: str) -> None:
    # A removed line keeps its text as read: the surrogate in "Advertisement" made the
    # writer raise UnicodeEncodeError, which ended the whole batch with a traceback.
    text = "Advertisement \udfff\n" + GOOD.replace("riverside", "river\ud800side")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n")
    args = ["-o", str(tmp_path / "out"), "--format", fmt] if fmt != "jsonl" else []
    result = CliRunner().invoke(cli, ["clean", "-j", "1", str(path), *args])
    assert result.exit_code == 0, result.stderr
    data = (tmp_path / "out" / "pages.jsonl").read_bytes() if args else result.stdout_bytes
    record = json.loads(data.decode("utf-8"))  # strict UTF-8: a surrogate cannot be there
    assert record["body"] and record["removed"][0]["text"] == "Advertisement \ufffd"


def test_lone_surrogates_in_a_text_file_output(tmp_path: Path) -> None:
    from cleaner.output import DirSink

    sink = DirSink(tmp_path, "text", io.BytesIO())
    record = {"headline": "A \ud800 title", "bullets": [], "body": ["Body \udc80."]}
    sink.write(record, name="a.txt", jsonl=False, path=None, failed=False)
    assert (tmp_path / "a.txt").read_bytes().decode("utf-8") == "A \ufffd title\n\nBody \ufffd.\n"


def batch(root: Path, change: Callable[[], None]) -> list[tuple[str, str | None]]:
    """List the pages of ``root``, apply ``change``, then clean them."""
    pages = list(iter_pages(find_sources([str(root)])))
    change()
    return [(o.record["id"], o.error) for o in run_pages(pages, jobs=1)]


def test_a_file_that_disappears_mid_batch(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(GOOD)
    found = batch(tmp_path, (tmp_path / "b.txt").unlink)
    assert found == [
        ("a.txt", None),
        ("b.txt", "cannot read the file: No such file or directory"),
        ("c.txt", None),
    ]


def test_a_file_that_becomes_unreadable_mid_batch(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD)

    def replace_by_a_directory() -> None:  # unreadable even for root, unlike chmod 000
        (tmp_path / "a.txt").unlink()
        (tmp_path / "a.txt").mkdir()

    found = batch(tmp_path, replace_by_a_directory)
    assert found == [("a.txt", "cannot read the file: Is a directory"), ("b.txt", None)]


def test_a_jsonl_file_that_disappears_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"text": GOOD}) + "\n")
    sources = list(find_sources([str(path)]))
    path.unlink()
    pages = list(iter_pages(sources))
    assert len(pages) == 1 and pages[0].id == "pages.jsonl"
    assert pages[0].error is not None
    assert pages[0].error.startswith("cannot read the file: [Errno 2] No such file")


def test_symlink_loops_in_an_input_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.txt").write_text(GOOD)
    os.symlink("..", tmp_path / "sub" / "up")  # a directory loop
    os.symlink("loop-b.txt", tmp_path / "loop-a.txt")  # a file loop
    os.symlink("loop-a.txt", tmp_path / "loop-b.txt")
    code, records, stderr = run(str(tmp_path))
    assert code == 1
    assert set(records) == {"loop-a.txt", "loop-b.txt", "sub/story.txt"}
    assert error_of(records["loop-a.txt"]) == "broken symbolic link"
    assert records["sub/story.txt"]["body"]
