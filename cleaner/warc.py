"""WARC archives (ISO 28500, what crawlers such as wget, Heritrix and Common Crawl write):
the HTML responses of a crawl, read as a stream.

Every ``response`` record with HTTP status 200 and an HTML content type becomes a page for
the HTML route: its ``WARC-Target-URI`` is the page's id and URL, and the charset of its
``Content-Type`` header is checked against the bytes (:func:`cleaner.html.decode_html`). Every
other record is skipped and counted under a reason code (:data:`SKIP_REASONS`), for the
summary. Records are read one at a time (warcio), so an archive of many gigabytes never sits
in memory: only the body of the response being handed out does.

warcio is an optional dependency: ``pip install 'cleaner[warc]'``.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from cleaner.errors import InputError
from cleaner.html import parse_content_type
from cleaner.io import Page, Source

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

#: Content types cleaned as HTML (the media type, before any ``;`` parameter).
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: The largest response body read, in bytes; a larger one is skipped (``too_large``). The
#: pipeline rejects HTML over 4 x 5 M characters anyway (``max_chars`` x ``HTML_SIZE_FACTOR``),
#: so this only stops a huge mislabelled body from being read into memory first.
MAX_BODY_BYTES = 50_000_000
#: Bytes at the start of a body without a ``Content-Type`` that are looked at to tell HTML.
_SNIFF_BYTES = 512

#: Why a record was skipped:
#: ``not_response``: a ``request``, ``metadata``, ``warcinfo``, ``resource``... record;
#: ``revisit``: a ``revisit`` record (the crawler saw the same content again; no body);
#: ``not_http``: a response that is not HTTP (``dns:`` lookups, FTP);
#: ``http_status``: an HTTP status other than 200 (redirects, errors);
#: ``not_html``: a content type other than HTML (images, scripts, PDF, JSON...);
#: ``empty``: an HTML response with no body; ``too_large``: over :data:`MAX_BODY_BYTES`.
SKIP_REASONS = frozenset(
    {"not_response", "revisit", "not_http", "http_status", "not_html", "empty", "too_large"}
)


class WarcError(InputError):
    """A WARC archive cannot be read (damaged, not a WARC, or warcio missing)."""


class WarcResponse(NamedTuple):
    """One HTML response of an archive.

    ``offset`` is where the record starts in the file (in the compressed file for
    ``.warc.gz``), so that ``FILE@OFFSET`` finds it again. ``error`` is set instead of
    ``body`` when the body cannot be read (a damaged ``Content-Encoding``).
    """

    uri: str
    body: bytes
    charset: str | None
    offset: int
    date: str | None = None
    error: str | None = None


class _Warcio(NamedTuple):
    archive_iterator: Any
    load_failed: type[Exception]
    decompressors: frozenset[str]


def _warcio() -> _Warcio:
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.bufferedreaders import BufferedReader
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError as exc:
        raise WarcError("reading WARC archives needs warcio: pip install 'cleaner[warc]'") from exc
    decompressors = frozenset(BufferedReader.get_supported_decompressors())
    return _Warcio(ArchiveIterator, ArchiveLoadFailed, decompressors)


def read_warc(stream: BinaryIO, skipped: Counter[str] | None = None) -> Iterator[WarcResponse]:
    """The HTML responses of a WARC archive (plain or gzipped), lazily, in file order.

    Every other record is counted in ``skipped`` under its reason code
    (:data:`SKIP_REASONS`). An archive that cannot be read on raises :class:`WarcError`
    (the responses before the damage have been handed out by then).
    """
    skipped = Counter() if skipped is None else skipped
    warcio = _warcio()
    records = warcio.archive_iterator(stream)
    end = 0
    try:
        while (record := _next_record(records, warcio, end)) is not None:
            reason = skip_reason(record)
            found = reason or _response(record, warcio.decompressors)
            # Asked after the body is read: warcio finds them by reading to the record's end.
            offset = records.get_record_offset()
            end = offset + records.get_record_length()
            if getattr(record.raw_stream, "limit", 0) > 0:
                # warcio's reader of the record's block (a LimitReader) ended before the
                # block's Content-Length: the archive stops inside this record.
                raise WarcError(f"cannot read the archive: it ends inside the record at {offset:,}")
            if isinstance(found, str):
                skipped[found] += 1
            else:
                yield found._replace(offset=offset)
    finally:
        records.close()
    _check_the_end(stream, end)


def _next_record(
    records: Iterator[ArcWarcRecord], warcio: _Warcio, end: int
) -> ArcWarcRecord | None:
    """The next record, or None at the end; a damaged one raises :class:`WarcError`."""
    try:
        return next(records, None)
    except (OSError, EOFError, ValueError, zlib.error, warcio.load_failed) as exc:
        raise WarcError(f"cannot read the archive after byte {end:,}: {exc}") from exc
    except (AttributeError, IndexError) as exc:
        # warcio's header parser fails this way on a record cut off inside its headers.
        message = f"cannot read the archive after byte {end:,}: a damaged record ({exc})"
        raise WarcError(message) from exc


#: Bytes after the last record that may be blank lines rather than damage.
_TRAILING_BYTES = 64


def _check_the_end(stream: BinaryIO, end: int) -> None:
    """Raise :class:`WarcError` when data follows the last record read: warcio stops,
    with a warning of its own, at a damaged or cut record, as if the archive ended there.
    """
    if not stream.seekable():
        return
    stream.seek(end)
    if stream.read(_TRAILING_BYTES).strip(b"\r\n"):
        size = stream.seek(0, 2)
        raise WarcError(
            f"cannot read the archive after byte {end:,}: the record there is damaged or cut"
            f" short ({size - end:,} bytes not read)"
        )


def skip_reason(record: ArcWarcRecord) -> str | None:
    """Why a record is not a successful HTTP response (a code of :data:`SKIP_REASONS`), or
    None; whether it is HTML is told with its body (:func:`_response`)."""
    if record.rec_type == "revisit":
        return "revisit"
    if record.rec_type != "response":
        return "not_response"
    headers = record.http_headers
    if headers is None or not headers.protocol.upper().startswith("HTTP"):
        return "not_http"
    if headers.get_statuscode() != "200":
        return "http_status"
    return None


def looks_like_html(body: bytes) -> bool:
    """Whether a body sent without a content type starts like an HTML page.

    >>> looks_like_html(b"\\n<!DOCTYPE html><html>"), looks_like_html(b"GIF89a")
    (True, False)
    """
    start = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _response(record: ArcWarcRecord, decompressors: frozenset[str]) -> WarcResponse | str:
    """The page of an HTTP response record (offset 0), or the reason to skip it after all:
    ``not_html`` for a content type other than HTML, or for a body without one that does
    not start like HTML; ``too_large``; ``empty``.
    """
    offset = 0
    headers = record.http_headers
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    date = record.rec_headers.get_header("WARC-Date")
    media_type, charset = parse_content_type(headers.get_header("Content-Type"))
    if media_type is not None and media_type not in HTML_TYPES:
        return "not_html"
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower()
    if encoding not in ("", "identity") and encoding not in decompressors:
        hint = ": pip install brotli" if encoding == "br" else ""
        error = f"cannot decode the body's Content-Encoding {encoding!r}{hint}"
        return WarcResponse(uri, b"", charset, offset, date, error)
    try:
        body = record.content_stream().read(MAX_BODY_BYTES + 1)
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        return WarcResponse(uri, b"", charset, offset, date, f"cannot read the body: {exc}")
    if len(body) > MAX_BODY_BYTES:
        return "too_large"
    if not body.strip():
        return "empty"
    if media_type is None and not looks_like_html(body):
        return "not_html"
    return WarcResponse(uri, body, charset, offset, date)


def warc_pages(source: Source, skipped: Counter[str] | None = None) -> Iterator[Page]:
    """The pages of a WARC file for the batch: id and URL the target URI, source
    ``FILE@OFFSET``; a damaged archive or record gives an error page.
    """

    def page(response: WarcResponse) -> Page:
        where = f"{source.label}@{response.offset}"
        return Page(
            response.uri or where,
            where,
            source.name,
            True,
            data=response.body if response.error is None else None,
            error=response.error,
            html=True,
            url=response.uri or None,
            charset=response.charset,
        )

    try:
        with open(source.path, "rb") as stream:
            yield from map(page, read_warc(stream, skipped))
    except WarcError as exc:
        yield Page(source.name, source.label, source.name, True, error=str(exc))
    except OSError as exc:
        message = f"cannot read the file: {exc.strerror or exc}"
        yield Page(source.name, source.label, source.name, True, error=message)
