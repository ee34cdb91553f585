"""WARC archives in (cleaner.warc): HTML responses cleaned, other records counted and skipped.

Every archive here is written by the test itself (warcio's writer) from made-up pages.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("warcio")

from sites import article, article_html
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.cli import cli
from cleaner.html import decode_html
from cleaner.io import Source, iter_pages
from cleaner.warc import SKIP_REASONS, WarcError, read_warc

URL = "https://news.example.test/{}"


def response(
    writer: WARCWriter,
    uri: str,
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str | None = "text/html; charset=utf-8",
    headers: list[tuple[str, str]] | None = None,
) -> None:
    http = [("Content-Type", content_type)] if content_type else []
    http += headers or []
    http_headers = StatusAndHeaders(status, http, protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http_headers
    )
    writer.write_record(record)


def request(writer: WARCWriter, uri: str) -> None:
    http_headers = StatusAndHeaders(
        "GET / HTTP/1.1", [("Host", "news.example.test")], is_http_request=True
    )
    record = writer.create_warc_record(uri, "request", length=0, http_headers=http_headers)
    writer.write_record(record)


def chunked(data: bytes, size: int = 100) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def write_crawl(path: Path, *, compress: bool = True) -> None:
    """A small crawl: three articles (one gzip- and chunk-encoded, one in windows-1252 named
    only by the HTTP header) among the records a crawler writes that are not pages.
    """
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request(writer, URL.format("a0"))
        response(writer, URL.format("a0"), article_html(0).encode())
        body = gzip.compress(article_html(1).encode())
        response(
            writer,
            URL.format("a1"),
            chunked(body),
            headers=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        )
        page = article_html(4, charset=None).encode("cp1252")
        response(writer, URL.format("a4"), page, content_type="text/html; charset=windows-1252")
        response(writer, URL.format("logo.png"), b"\x89PNG\r\n", content_type="image/png")
        response(writer, URL.format("gone"), b"<html>Not found</html>", status="404 Not Found")
        response(writer, URL.format("moved"), b"", status="301 Moved Permanently")
        response(writer, URL.format("empty"), b"  \n")
        response(writer, URL.format("a2"), article_html(2).encode(), content_type=None)
        response(writer, URL.format("feed"), b'{"items": []}', content_type=None)
        meta = writer.create_warc_record(
            URL.format("a0"), "metadata", payload=io.BytesIO(b"outlink: x"), length=10,
            warc_content_type="application/warc-fields",
        )  # fmt: skip
        writer.write_record(meta)


def test_read_warc_gives_the_html_responses_and_counts_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    skipped: Counter[str] = Counter()
    with open(path, "rb") as stream:
        responses = list(read_warc(stream, skipped))
    assert [r.uri for r in responses] == [URL.format(n) for n in ("a0", "a1", "a4", "a2")]
    assert responses[1].body == article_html(1).encode()  # chunks joined, gzip undone
    assert responses[2].charset == "windows-1252"
    assert all(r.error is None and r.date for r in responses)
    assert skipped == {"not_response": 3, "not_html": 2, "http_status": 2, "empty": 1}
    assert set(skipped) <= SKIP_REASONS


def test_cli_cleans_a_warc_file_and_reports_the_skipped_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    result = CliRunner().invoke(cli, ["clean", str(path), "-j", "1"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == [URL.format(n) for n in ("a0", "a1", "a4", "a2")]
    for record, n in zip(records, (0, 1, 4, 2), strict=True):
        assert record["headline"] == article(n).title
        assert record["body"] == article(n).paragraphs
        assert record["source"].startswith(f"{path}@")
    # The HTTP header's charset, checked against the bytes: no meta tag names it.
    assert records[2]["encoding"] == "cp1252"
    assert "Zürich" in records[2]["headline"]
    assert (
        "skipped 8 WARC records: 3 not_response, 2 http_status, 2 not_html, 1 empty"
        in result.stderr
    )


def test_an_uncompressed_warc_reads_the_same(tmp_path: Path) -> None:
    plain, zipped = tmp_path / "crawl.warc", tmp_path / "crawl.warc.gz"
    write_crawl(plain, compress=False)
    write_crawl(zipped)
    pages = [
        [(p.id, p.charset) for p in iter_pages([Source(str(path), path.name, True)])]
        for path in (plain, zipped)
    ]
    assert pages[0] == pages[1] and len(pages[0]) == 4


def test_record_offsets_find_the_record_again(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    with open(path, "rb") as stream:
        responses = list(read_warc(stream))
    with open(path, "rb") as stream:
        stream.seek(responses[1].offset)
        again = next(read_warc(stream))
    assert again.uri == responses[1].uri and again.body == responses[1].body


class CountingReader(io.RawIOBase):
    """A stream that counts the bytes read from it."""

    def __init__(self, data: bytes) -> None:
        self.inner, self.read_bytes = io.BytesIO(data), 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.inner.read(len(buffer))
        buffer[: len(data)] = data
        self.read_bytes += len(data)
        return len(data)


def test_reading_streams_record_by_record(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(200):
            response(writer, URL.format(n), article_html(n).encode())
    data = path.read_bytes()
    stream = CountingReader(data)
    responses = read_warc(io.BufferedReader(stream))
    first = next(responses)
    assert first.uri == URL.format(0)
    assert stream.read_bytes < len(data) / 10
    responses.close()


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("into", [40, 400], ids=["in-headers", "in-body"])
def test_an_archive_cut_short_is_an_error_after_the_good_records(
    tmp_path: Path, compress: bool, into: int
) -> None:
    path = tmp_path / "cut.warc.gz"
    write_crawl(path, compress=compress)
    with open(path, "rb") as stream:
        third = list(read_warc(stream))[2].offset
    path.write_bytes(path.read_bytes()[: third + into])
    result = CliRunner().invoke(cli, ["clean", str(path), "-j", "1"])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records[:2]] == [URL.format("a0"), URL.format("a1")]
    assert all(r.get("error") is None for r in records[:2])
    assert len(records) == 3 and "cannot read the archive" in records[2]["error"]
    assert "cannot read the archive" in result.stderr


def test_damaged_data_after_the_records_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc.gz"
    write_crawl(path)
    path.write_bytes(path.read_bytes() + b"\x00garbage" * 50)
    with open(path, "rb") as stream, pytest.raises(WarcError, match="cannot read the archive"):
        list(read_warc(stream))


def test_a_file_that_is_not_a_warc_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("just some notes\n")
    with open(path, "rb") as stream, pytest.raises(WarcError, match="cannot read the archive"):
        list(read_warc(stream))


def test_a_directory_walk_reads_warc_files_given_by_glob(tmp_path: Path) -> None:
    write_crawl(tmp_path / "crawl.warc.gz")
    out = tmp_path / "out"
    args = ["clean", str(tmp_path), "--glob", "*.warc.gz", "-o", str(out), "-j", "1"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = (out / "crawl.warc.jsonl").read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [
        URL.format(n) for n in ("a0", "a1", "a4", "a2")
    ]


@pytest.mark.parametrize(
    ("header", "meta", "encoding"),
    [
        ("windows-1250", "windows-1252", "cp1250"),  # the header comes before the meta tag
        ("iso-8859-1", None, "utf-8"),  # a single-byte header on UTF-8 bytes
        ("no-such-charset", "windows-1252", "cp1252"),  # an unknown header gives way
        ("utf-8", None, None),  # bytes that do not fit the header: charset detection
    ],
    ids=["header-wins", "utf8-bytes", "unknown-header", "header-does-not-fit"],
)
def test_the_http_charset_is_checked_against_the_bytes(
    header: str, meta: str | None, encoding: str | None
) -> None:
    page = article_html(4, charset=meta)
    data = page.encode("utf-8" if encoding == "utf-8" else "cp1252")
    text, found = decode_html(data, header)
    assert found == encoding if encoding else found not in (header, "utf-8")
    if encoding != "cp1250":
        assert "Zürich" in text


def write_one(path: Path, make: str) -> None:
    """An archive of one record of the kind ``make`` names."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        if make == "revisit":
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_revisit_record(
                URL.format("a0"), "sha1:AAAA", URL.format("a0"), "2024-01-01T00:00:00Z", http
            )
            writer.write_record(record)
        elif make == "dns":
            payload = b"20240101000000\nnews.example.test. 300 IN A 127.0.0.1\n"
            record = writer.create_warc_record(
                "dns:news.example.test", "response", payload=io.BytesIO(payload),
                length=len(payload), warc_content_type="text/dns",
            )  # fmt: skip
            writer.write_record(record)
        else:
            response(writer, URL.format("big"), article_html(0).encode())


@pytest.mark.parametrize("reason", ["revisit", "not_http", "too_large"])
def test_each_skip_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reason: str) -> None:
    path = tmp_path / "one.warc.gz"
    write_one(path, {"not_http": "dns", "too_large": "big"}.get(reason, reason))
    monkeypatch.setattr("cleaner.warc.MAX_BODY_BYTES", 1000)
    skipped: Counter[str] = Counter()
    with open(path, "rb") as stream:
        assert list(read_warc(stream, skipped)) == []
    assert skipped == {reason: 1}
