"""Writing records: JSON lines to a stream or a file, or one file per input in a directory.

Files are written atomically: to a hidden temporary file in the same directory, then moved
into place with :func:`os.replace`, so a reader never sees half a file and an interrupted
run leaves no partial output (only hidden temporary files, which the next run replaces).
Nothing here prints or exits.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import tempfile
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Literal, Protocol

from cleaner.document import SCHEMA_VERSION
from cleaner.errors import CleanerError
from cleaner.io import STDIN, STDIN_NAME, many_pages, matches

Format = Literal["json", "text"]
#: How a page is known in an output file: its record's ``id`` and ``source``.
PageKey = tuple[str, str | None]
#: What the output of standard input is called in an output directory.
STDIN_OUTPUT = "stdin"
#: Output names that mean one file of records (JSON lines, or Parquet), not a directory.
FILE_SUFFIXES = (".jsonl", ".parquet")


class OutputError(CleanerError):
    """An output file cannot be written, or would replace an input."""


def error_record(id: str, source: str | None, message: str) -> dict[str, Any]:
    """The record written for an input that produced no document."""
    return {"schema": SCHEMA_VERSION, "id": id, "source": source, "error": message}


def is_file_output(output: str) -> bool:
    """Whether ``-o`` names one file of records rather than a directory.

    >>> is_file_output("out.jsonl"), is_file_output("corpus.Parquet"), is_file_output("out")
    (True, True, False)
    """
    return output.lower().endswith(FILE_SUFFIXES)


_SURROGATE = re.compile("[\ud800-\udfff]")


def utf8(text: str) -> bytes:
    """``text`` in UTF-8; a lone surrogate (JSON input can hold ``"\\ud800"``, and removed
    lines keep their text as read) becomes U+FFFD, which UTF-8 can hold.

    >>> utf8("a\\ud800b") == "a\\ufffdb".encode()
    True
    """
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def json_line(record: dict[str, Any], line: bytes | None = None) -> bytes:
    """One JSONL line, UTF-8, with the newline; ``line`` when the record was already
    written as one (by the worker that cleaned it)."""
    return utf8(json.dumps(record, ensure_ascii=False) + "\n") if line is None else line


def render_text(record: dict[str, Any]) -> str:
    """A record as plain text: headline, bullets (``• ``), body paragraphs, blank-separated.

    >>> render_text({"headline": "Title", "bullets": ["One", "Two"], "body": ["P1.", "P2."]})
    'Title\\n\\n• One\\n• Two\\n\\nP1.\\n\\nP2.\\n'
    """
    parts = [record["headline"]] if record.get("headline") else []
    if record.get("bullets"):
        parts.append("\n".join(f"• {bullet}" for bullet in record["bullets"]))
    parts.extend(record.get("body") or [])
    return "\n\n".join(parts) + "\n" if parts else ""


def output_name(name: str, jsonl: bool, fmt: Format) -> str:
    """The path, relative to the output directory, of an input's output file.

    A JSONL input gives a JSONL file of records, whatever the format.

    >>> output_name("2024/story.txt", False, "json"), output_name("feed.jsonl.gz", True, "text")
    ('2024/story.json', 'feed.jsonl')
    """
    if name == STDIN_NAME:
        name = STDIN_OUTPUT
    if jsonl:
        stem = name[: -len(".gz")] if name.lower().endswith(".gz") else name
        return stem if stem.lower().endswith(".jsonl") else stem + ".jsonl"
    head, _, tail = name.rpartition("/")
    tail = tail[: -len(".gz")] if tail.lower().endswith(".gz") else tail
    stem = tail.rsplit(".", 1)[0] if "." in tail.lstrip(".") else tail
    out = stem + (".json" if fmt == "json" else ".txt")
    return f"{head}/{out}" if head else out


@functools.cache
def _file_mode() -> int:
    """Permissions for new files: what ``open`` would give under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def partial_path(path: str | Path) -> Path:
    """Where a streamed output file grows until it is complete: ``.NAME.part`` beside it.

    >>> str(partial_path("out/pages.jsonl"))
    'out/.pages.jsonl.part'
    """
    path = Path(path)
    return path.parent / f".{path.name}.part"


class AtomicFile:
    """A file that appears at ``path`` only when :meth:`commit` is called.

    It is written to a hidden temporary file beside ``path``: a random name, or with
    ``partial`` the fixed name :func:`partial_path`, so that a run killed halfway leaves one
    file that the next run replaces (or, with ``append``, continues: ``--resume``).
    """

    def __init__(self, path: str | Path, *, partial: bool = False, append: bool = False) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if partial or append:
                self._tmp = str(partial_path(self.path))
                if not append:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(self._tmp)
                mode = os.O_APPEND if append else os.O_EXCL
                fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | mode, 0o600)
            else:
                fd, self._tmp = tempfile.mkstemp(
                    dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp"
                )
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc
        self._handle: BinaryIO | None = os.fdopen(fd, "wb")

    @property
    def stream(self) -> BinaryIO:
        """The open temporary file, for writers that take a stream (Parquet)."""
        if self._handle is None:
            raise OutputError(f"{self.path} is already closed")
        return self._handle

    def flush(self) -> None:
        """Hand what was written to the operating system: a killed run keeps it."""
        if self._handle is not None:
            try:
                self._handle.flush()
            except OSError as exc:
                self.discard()
                raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def write(self, data: bytes) -> None:
        if self._handle is None:
            raise OutputError(f"{self.path} is already closed")
        try:
            self._handle.write(data)
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def commit(self) -> None:
        """Close the temporary file and move it into place."""
        if self._handle is None:
            return
        try:
            self._handle.close()
            self._handle = None
            os.chmod(self._tmp, _file_mode())
            os.replace(self._tmp, self.path)
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from exc

    def discard(self) -> None:
        """Close and delete the temporary file; ``path`` is left as it was."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._tmp)


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write a whole file atomically."""
    out = AtomicFile(path)
    try:
        out.write(data)
    except BaseException:
        out.discard()
        raise
    out.commit()


class Sink(Protocol):
    """Where records go. ``name``/``jsonl``/``path`` describe the input the record came from;
    ``line``, when given, is the record already written as a JSONL line (by a worker), which
    a sink whose ``json_lines`` is true writes as it is."""

    json_lines: bool

    def write(
        self,
        record: dict[str, Any],
        *,
        name: str,
        jsonl: bool,
        path: str | None,
        failed: bool,
        line: bytes | None = None,
    ) -> None: ...

    def close(self) -> None: ...

    def discard(self) -> None: ...


class StreamSink:
    """JSON lines to a binary stream (standard output)."""

    json_lines = True

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(
        self,
        record: dict[str, Any],
        *,
        name: str,
        jsonl: bool,
        path: str | None,
        failed: bool,
        line: bytes | None = None,
    ) -> None:
        self.stream.write(json_line(record, line))

    def close(self) -> None:
        self.stream.flush()

    def discard(self) -> None:
        self.stream.flush()


class JsonlFileSink:
    """JSON lines to one file, which appears when the run ends.

    Until then the records go to :func:`partial_path`, one flushed line at a time, so that
    a killed run can be continued with ``append`` (see :mod:`cleaner.resume`).
    """

    json_lines = True

    def __init__(
        self, path: str | Path, *, append: bool = False, done: Collection[PageKey] = ()
    ) -> None:
        self.file = AtomicFile(path, partial=True, append=append)
        #: The pages whose records the partial file already holds (``--resume``).
        self.done = done

    def write(
        self,
        record: dict[str, Any],
        *,
        name: str,
        jsonl: bool,
        path: str | None,
        failed: bool,
        line: bytes | None = None,
    ) -> None:
        self.file.write(json_line(record, line))
        self.file.flush()

    def close(self) -> None:
        self.file.commit()

    def discard(self) -> None:
        self.file.discard()


class ParquetSink:
    """Rows of one Parquet file (:mod:`cleaner.parquet`), written a row group at a time;
    the file appears when the run ends. Error records are rows too.
    """

    json_lines = False

    def __init__(self, path: str | Path) -> None:
        from cleaner.parquet import RecordWriter

        self.file = AtomicFile(path)
        try:
            self.writer = RecordWriter(self.file.stream)
        except BaseException:
            self.file.discard()
            raise

    def write(
        self,
        record: dict[str, Any],
        *,
        name: str,
        jsonl: bool,
        path: str | None,
        failed: bool,
        line: bytes | None = None,
    ) -> None:
        try:
            self.writer.write(record)
        except OSError as exc:
            raise OutputError(f"cannot write {self.file.path}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        try:
            self.writer.close()
        except OSError as exc:
            self.file.discard()
            raise OutputError(f"cannot write {self.file.path}: {exc.strerror or exc}") from exc
        self.file.commit()

    def discard(self) -> None:
        # Closed before the file goes, or pyarrow would close it when collected, writing
        # to a closed file; a write error here does not matter, the file is deleted.
        with contextlib.suppress(OSError):
            self.writer.abort()
        self.file.discard()


class DirSink:
    """One output file per input, mirroring the input tree under ``root``.

    A text page gives ``<name>.json`` (the record, indented) or ``<name>.txt``
    (:func:`render_text`); a JSONL input gives ``<name>.jsonl`` with one line per page,
    error records included. A text page that failed gives no file, so that a later
    ``--skip-existing`` run tries it again; its error record goes to ``errors``.
    """

    json_lines = True

    def __init__(self, root: str | Path, fmt: Format, errors: BinaryIO) -> None:
        self.root, self.fmt, self.errors = Path(root), fmt, errors
        self._written: set[Path] = set()
        self._group: tuple[str, AtomicFile] | None = None

    def target(self, name: str, jsonl: bool) -> Path:
        return self.root / output_name(name, jsonl, self.fmt)

    def write(
        self,
        record: dict[str, Any],
        *,
        name: str,
        jsonl: bool,
        path: str | None,
        failed: bool,
        line: bytes | None = None,
    ) -> None:
        if jsonl:
            self._jsonl_file(name, path).write(json_line(record, line))
            return
        self._end_group()
        if failed:
            self.errors.write(json_line(record, line))
            return
        target = self._claim(name, jsonl, path)
        if self.fmt == "json":
            data = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        else:
            data = render_text(record)
        write_atomic(target, utf8(data))

    def _claim(self, name: str, jsonl: bool, path: str | None) -> Path:
        """The output path for an input, once per run and never the input itself."""
        target = self.target(name, jsonl)
        if target in self._written:
            raise OutputError(
                f"{target} was already written by another input with the same relative path;"
                " clean those inputs into separate output directories"
            )
        if path is not None and path != STDIN and _same_file(target, path):
            raise OutputError(f"refusing to overwrite the input {path}")
        self._written.add(target)
        return target

    def _jsonl_file(self, name: str, path: str | None) -> AtomicFile:
        if self._group is None or self._group[0] != name:
            self._end_group()
            self._group = (name, AtomicFile(self._claim(name, True, path), partial=True))
        return self._group[1]

    def _end_group(self) -> None:
        if self._group is not None:
            group, self._group = self._group, None
            group[1].commit()

    def close(self) -> None:
        self._end_group()
        self.errors.flush()

    def discard(self) -> None:
        if self._group is not None:
            self._group[1].discard()
            self._group = None
        self.errors.flush()


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def output_conflict(
    output: str, paths: Sequence[str], fmt: Format, globs: Sequence[str]
) -> str | None:
    """Why writing to ``output`` could replace one of the inputs ``paths``, or None.

    ``output`` is a file when its name ends in ``.jsonl`` or ``.parquet``, else a directory.
    """
    out_real = os.path.realpath(output)
    for path in paths:
        if path == STDIN:
            continue
        real = os.path.realpath(path)
        if is_file_output(output):
            if out_real == real:
                return f"the output {output} is also an input"
            inside = os.path.commonpath([out_real, real]) == real
            if os.path.isdir(path) and inside and matches(os.path.relpath(out_real, real), globs):
                return (
                    f"the output {output} is inside the input directory {path} and matches"
                    " --glob, so it would be read as an input"
                )
        elif os.path.isdir(path):
            if out_real == real:
                return f"the output directory {output} is the input directory {path}"
        else:
            name = output_name(os.path.basename(path), many_pages(path), fmt)
            target = os.path.join(out_real, name)
            if os.path.realpath(target) == real:
                return f"the output for {path} would replace it"
    return None
