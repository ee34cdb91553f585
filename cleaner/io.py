"""Reading inputs: the one place where bytes become text, for the library and the CLI.

Also finding inputs (files, directories, JSONL, stdin) and turning them into pages, lazily.
Nothing here prints or exits; problems are :class:`~cleaner.errors.CleanerError` subclasses
or error pages that the caller reports.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import gzip
import io
import json
import os
import zlib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, cast

from cleaner.errors import DecodeError, InputError

if TYPE_CHECKING:
    from cleaner.site import SiteTable

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: File signatures of binary formats that scrapers save by mistake.
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP, WAV or AVI) file"),
    (b"\x7fELF", "an executable"),
)
#: Encodings charset detection chooses among, after UTF-8: the legacy encodings of the web.
#: Left unrestricted, charset-normalizer reads Windows-1252 pages as cp775 or mac_roman
#: (sample 001 saved as cp1252 came out as cp775, its bullets as "Ģ").
WEB_ENCODINGS = (
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "koi8_r", "iso8859_2", "iso8859_15", "cp874", "shift_jis", "euc_jp", "gb18030", "big5",
    "euc_kr",
)  # fmt: skip
#: Share of NUL bytes among the even or odd bytes that marks BOM-less UTF-16.
_UTF16_NUL_SHARE = 0.4
#: Bytes sampled for the UTF-16 test.
_SAMPLE = 4096


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= _UTF16_NUL_SHARE * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= _UTF16_NUL_SHARE * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


#: A text whose multi-byte UTF-8 characters outnumber its invalid bytes this many times is
#: UTF-8 with a few damaged bytes (a page pasted together from two sources, a truncated
#: character), not a legacy encoding: in cp1252 or Latin-2 text nearly every non-ASCII byte
#: is invalid UTF-8. Charset detection gave up on such a text, or read it as cp1250.
UTF8_CHARS_PER_INVALID_BYTE = 4


def _damaged_utf8(data: bytes) -> str | None:
    r"""The text decoded as UTF-8 with each invalid byte replaced by U+FFFD, when it is
    mostly UTF-8 (see :data:`UTF8_CHARS_PER_INVALID_BYTE`); else None.

    >>> _damaged_utf8("Straße, Café, Zürich \xff".encode() + b"\xff")[-2:] == "ÿ\ufffd"
    True
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for char in text if ord(char) > 0x7F) - invalid
    return text if multibyte >= UTF8_CHARS_PER_INVALID_BYTE * invalid else None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a page: ``(text, encoding)``.

    A byte-order mark wins (UTF-8, UTF-16, UTF-32); then strict UTF-8; then charset
    detection (charset-normalizer). Binary data raises :class:`DecodeError`.

    >>> decode_bytes("café".encode("cp1252"))[0]
    'café'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise DecodeError(f"the input starts with a {encoding} mark but {exc}") from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"the input is {what}, not text")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise DecodeError("the input holds NUL bytes: it is binary, not text")
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError as exc:
            raise DecodeError(f"the input looks like {utf16} but does not decode: {exc}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(WEB_ENCODINGS)).best()
    if best is None:
        raise DecodeError("no text encoding fits the input; is it binary?")
    return str(best), best.encoding


# --- Finding inputs -------------------------------------------------------------------------

#: The path that means standard input, and the name its pages get in records.
STDIN = "-"
STDIN_NAME = "<stdin>"
#: File names read as JSON lines (one page per line) rather than as one page of text.
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: File names read as HTML pages (trafilatura extracts the article, then the text stages).
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
#: File names read as WARC archives (every HTML response in them is a page; cleaner.warc).
WARC_SUFFIXES = (".warc", ".warc.gz")
DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.html.gz")

_JSON_TYPES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
}


class Source(NamedTuple):
    """One input: a text file, a JSONL file or standard input (``path`` is ``-``).

    ``name`` is the path relative to the directory given on the command line (the file name
    for a file given by itself): it is the record's ``id`` and the output file's path.
    ``error`` is set when the input cannot even be listed (an unreadable directory).
    """

    path: str
    name: str
    jsonl: bool
    error: str | None = None

    @property
    def label(self) -> str:
        """How records and messages name this input."""
        return STDIN_NAME if self.path == STDIN else self.path


class Page(NamedTuple):
    """One page to clean: its text inline (``data``), or a file to read (``path``).

    ``error`` is set instead when the page could not be read; it becomes an error record.
    ``name`` and ``jsonl`` are the :class:`Source` it came from. ``charset`` is the one a
    server sent with the page (a WARC record's HTTP header), to check against its bytes.
    ``oversized`` marks a page found over the size limit before cleaning, its text already
    let go: it is rejected.
    """

    id: str
    source: str
    name: str
    jsonl: bool
    path: str | None = None
    data: str | bytes | None = None
    error: str | None = None
    html: bool = False
    url: str | None = None
    charset: str | None = None
    #: In a batch with site learning: what was learned about the page's site.
    site: SiteTable | None = None
    oversized: bool = False


def is_html(name: str) -> bool:
    """Whether a file name says HTML.

    >>> is_html("a/story.HTML"), is_html("story.html.gz"), is_html("story.txt")
    (True, True, False)
    """
    return name.lower().endswith(HTML_SUFFIXES)


def is_jsonl(name: str) -> bool:
    """Whether a file name says JSON lines.

    >>> is_jsonl("pages.jsonl.gz"), is_jsonl("page.txt")
    (True, False)
    """
    return name.lower().endswith(JSONL_SUFFIXES)


def is_warc(name: str) -> bool:
    """Whether a file name says WARC.

    >>> is_warc("crawl-00001.warc.gz"), is_warc("pages.WARC"), is_warc("page.html")
    (True, True, False)
    """
    return name.lower().endswith(WARC_SUFFIXES)


def many_pages(name: str) -> bool:
    """Whether a file holds many pages and gives a JSONL file of records (JSONL, WARC)."""
    return is_jsonl(name) or is_warc(name)


def matches(rel: str, globs: Sequence[str]) -> bool:
    """Whether a file (path relative to its input directory) matches one of the patterns.

    A pattern without ``/`` is matched against the file name, one with ``/`` against the
    relative path.

    >>> matches("2024/05/story.txt", ["*.txt"]), matches("a/b.json", ["a/*.json"])
    (True, True)
    """
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel if "/" in glob else name, glob) for glob in globs)


def find_sources(
    paths: Iterable[str],
    globs: Sequence[str] = DEFAULT_GLOBS,
    *,
    stdin_jsonl: bool = False,
    exclude: Collection[str] = (),
) -> Iterator[Source]:
    """The inputs named by ``paths``, lazily, in order; directories are walked (see
    :func:`walk_dir`). A file named on its own is read whatever its name; ``-`` is stdin.
    ``exclude`` holds real paths of directories not to walk (the output directory).
    """
    for path in paths:
        if path == STDIN:
            yield Source(STDIN, STDIN_NAME, stdin_jsonl)
        elif os.path.isdir(path):
            yield from walk_dir(path, globs, exclude=exclude)
        elif os.path.exists(path):
            yield Source(path, os.path.basename(path), many_pages(path))
        else:
            yield Source(path, os.path.basename(path), False, "no such file or directory")


def _sorted_entries(path: str) -> list[os.DirEntry[str]]:
    with os.scandir(path) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def walk_dir(
    root: str, globs: Sequence[str] = DEFAULT_GLOBS, *, exclude: Collection[str] = ()
) -> Iterator[Source]:
    """Files under ``root`` that match ``globs``, depth first in sorted order.

    Hidden files and directories (a name starting with ``.``) are skipped. Symbolic links
    are followed, but a directory is walked once (by its real path), so a link loop ends.
    An unreadable directory or a broken link yields a :class:`Source` with an ``error``.
    """
    visited = {os.path.realpath(root)}
    try:
        stack = [(iter(_sorted_entries(root)), "")]
    except OSError as exc:
        yield Source(root, os.path.basename(root), False, f"cannot list the directory: {exc}")
        return
    while stack:
        entries, prefix = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        rel = prefix + entry.name
        if _is_dir(entry):
            real = os.path.realpath(entry.path)
            if real in visited or real in exclude:
                continue
            visited.add(real)
            try:
                stack.append((iter(_sorted_entries(entry.path)), rel + "/"))
            except OSError as exc:
                yield Source(entry.path, rel, False, f"cannot list the directory: {exc}")
        elif matches(rel, globs):
            if not os.path.exists(entry.path):
                yield Source(entry.path, rel, False, "broken symbolic link")
            elif entry.is_file():
                yield Source(entry.path, rel, many_pages(entry.name))


# --- Reading pages --------------------------------------------------------------------------


def read_page(path: str) -> bytes:
    """The bytes of a text file; an empty or unreadable file raises :class:`InputError`."""
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}") from exc
    if not data:
        raise InputError("the file is empty")
    return data


#: A compressed page may expand to at most this many bytes (a guard against zip bombs).
MAX_GUNZIPPED_BYTES = 200_000_000


def gunzip(data: bytes) -> bytes:
    """The content of a gzip file; a damaged or oversized one raises :class:`InputError`."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(MAX_GUNZIPPED_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot decompress the file: {exc}") from exc
    if len(out) > MAX_GUNZIPPED_BYTES:
        raise InputError(f"the file expands to more than {MAX_GUNZIPPED_BYTES:,} bytes")
    if not out:
        raise InputError("the file is empty")
    return out


def iter_pages(
    sources: Iterable[Source],
    *,
    stdin: BinaryIO | None = None,
    text_field: str = "text",
    id_field: str | None = None,
    html_field: str | None = None,
    url_field: str | None = None,
    text_fallback: bool = False,
    skipped: Counter[str] | None = None,
) -> Iterator[Page]:
    """The pages of each source, lazily: one per text file, one per JSONL line, one per
    HTML response of a WARC archive (the other records are counted in ``skipped``).
    ``text_fallback``: see :class:`JsonlFields`.

    A text file is not read here but where it is cleaned (:func:`read_page`), so that
    worker processes share the reading. Standard input is read from ``stdin``.
    """
    for source in sources:
        if source.error is not None:
            yield _error(source, source.error)
        elif source.path != STDIN and is_warc(source.name):
            from cleaner.warc import warc_pages

            yield from warc_pages(source, skipped)
        elif source.jsonl:
            fields = JsonlFields(text_field, id_field, html_field, url_field, text_fallback)
            yield from _jsonl_source(source, stdin, fields)
        elif source.path == STDIN:
            data = stdin.read() if stdin is not None else b""
            if data:
                yield Page(source.name, source.label, source.name, False, data=data)
            else:
                yield _error(source, "standard input is empty")
        else:
            yield Page(
                source.name,
                source.label,
                source.name,
                False,
                path=source.path,
                html=is_html(source.name),
            )


def _error(source: Source, message: str) -> Page:
    return Page(source.name, source.label, source.name, source.jsonl, error=message)


class JsonlFields(NamedTuple):
    """Which fields of a JSONL line hold the page (text, or HTML), its id and its URL.

    ``text_fallback``: with ``html``, a line whose HTML field is missing, null or blank is
    cleaned from its ``text`` field instead, as text (scraped datasets often keep HTML for
    only some of their pages).
    """

    text: str = "text"
    id: str | None = None
    html: str | None = None
    url: str | None = None
    text_fallback: bool = False


#: The longest JSONL line read, in bytes: a longer one (a JSON array saved on one line, a
#: binary file named .jsonl) is skipped in pieces of this size, never held whole, and gives
#: an error record. A page at the default size limit (5 M characters) takes 5 to 30 MB as
#: JSON text; this leaves room for the other fields of the line (its HTML, a gold text).
MAX_LINE_BYTES = 200_000_000


def read_lines(handle: BinaryIO, limit: int = MAX_LINE_BYTES) -> Iterator[bytes | None]:
    """The lines of a binary stream, with ``None`` for each line longer than ``limit``
    bytes, which is read in pieces and let go.

    >>> list(read_lines(io.BytesIO(b"ab\\nabcdef\\n\\nxyz"), limit=3))
    [b'ab\\n', None, b'\\n', b'xyz']
    """
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = handle.readline(limit + 1)
        yield None


def _jsonl_source(source: Source, stdin: BinaryIO | None, fields: JsonlFields) -> Iterator[Page]:
    for item in numbered_lines(source, stdin):
        if isinstance(item, str):
            yield _error(source, item)
        elif (page := line_page(source, *item, fields)) is not None:
            yield page


def numbered_lines(
    source: Source, stdin: BinaryIO | None = None
) -> Iterator[tuple[int, bytes | None] | str]:
    """The lines of a JSONL source, numbered from 1 (``None`` for a line over
    :data:`MAX_LINE_BYTES`); when the file breaks off, a last item: the error message."""
    number = 0
    try:
        with open_jsonl(source.path, stdin) as handle:
            for number, line in enumerate(read_lines(handle, MAX_LINE_BYTES), start=1):
                yield number, line
    except (OSError, EOFError, zlib.error) as exc:
        where = f" after line {number}" if number else ""
        yield f"cannot read the file{where}: {exc}"


def line_page(source: Source, number: int, line: bytes | None, fields: JsonlFields) -> Page | None:
    """The page of a numbered JSONL line; ``None`` for a blank line."""
    if line is None:
        return long_line_page(source, number)
    if line.strip():
        return parse_jsonl_line(line, number, source, fields)
    return None


def long_line_page(source: Source, number: int) -> Page:
    """The error page of a line over :data:`MAX_LINE_BYTES`."""
    return Page(
        f"{source.name}:{number}",
        f"{source.label}:{number}",
        source.name,
        True,
        error=f"the line is longer than {MAX_LINE_BYTES:,} bytes; it was skipped",
    )


def open_jsonl(
    path: str, stdin: BinaryIO | None = None
) -> contextlib.AbstractContextManager[BinaryIO]:
    """A JSONL file as a binary stream: ``.gz`` decompressed, ``-`` read from ``stdin``."""
    if path == STDIN:
        return contextlib.nullcontext(stdin if stdin is not None else io.BytesIO())
    if path.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return open(path, "rb")


def parse_jsonl_line(
    line: bytes, number: int, source: Source, fields: JsonlFields | None = None
) -> Page:
    """One JSONL line as a page; a line that is not a JSON object with a string in the page
    field (``fields.html`` when given, else ``fields.text``) and a string or number in
    ``fields.id``, when given, is an error page.
    """
    fields = fields or JsonlFields()
    page_id, where = f"{source.name}:{number}", f"{source.label}:{number}"

    def fail(message: str) -> Page:
        return Page(page_id, where, source.name, True, error=message)

    try:
        obj = json.loads(decode_bytes(line)[0])
    except DecodeError as exc:
        return fail(f"the line is not text: {exc}")
    except json.JSONDecodeError as exc:
        return fail(f"the line is not valid JSON: {exc.msg} (column {exc.colno})")
    if not isinstance(obj, dict):
        return fail(f"the line holds {_JSON_TYPES[type(obj)]}; each line must be a JSON object")
    field, html = page_field(obj, fields)
    option = "--html-field" if html else "--text-field"
    if field not in obj:
        return fail(f'no "{field}" field; name the field with the page: {option}')
    text = obj[field]
    if not isinstance(text, str):
        return fail(f'the "{field}" field is {_JSON_TYPES[type(text)]}, not a string')
    if fields.id is not None:
        if fields.id not in obj:
            return fail(f'no "{fields.id}" field (given by --id-field)')
        value = obj[fields.id]
        if isinstance(value, bool) or not isinstance(value, str | int):
            return fail(f'the "{fields.id}" field is {_JSON_TYPES[type(value)]}, not a string')
        page_id = str(value)
    url = obj.get(fields.url) if fields.url else None
    return Page(
        page_id,
        where,
        source.name,
        True,
        data=text,
        html=html,
        url=url if isinstance(url, str) else None,
    )


def page_field(obj: Mapping[str, Any], fields: JsonlFields) -> tuple[str, bool]:
    """The field of ``obj`` that holds its page, and whether the page is HTML.

    >>> fields = JsonlFields("text", html="html", text_fallback=True)
    >>> page_field({"html": "<p>Hi</p>", "text": "Hi"}, fields)
    ('html', True)
    >>> page_field({"html": None, "text": "Hi"}, fields)
    ('text', False)
    """
    if fields.html is None:
        return fields.text, False
    value = obj.get(fields.html)
    if fields.text_fallback and (value is None or isinstance(value, str) and not value.strip()):
        return fields.text, False
    return fields.html, True
