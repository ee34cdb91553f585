"""Records as a Parquet file: one row per page, typed columns, written a row group at a time.

The columns are the record's keys (README, "The record") plus ``error``, in the same order,
with these types (:func:`arrow_schema`); the file's key-value metadata holds
``cleaner.schema`` (the record schema version, also the ``schema`` column) and
``cleaner.version``. A rejected page is a row like any other, with ``rejected`` set. An input
that gave no document (an error record) is a row with ``id``, ``source`` and ``error`` set and
every other column null; ``error`` is null in every other row. :func:`read_records` turns the
rows back into the JSON records, key for key.

Rows are buffered and written as a row group every :data:`ROW_GROUP_ROWS` rows, so memory
stays flat however long the batch. pyarrow is an optional dependency:
``pip install 'cleaner[parquet]'``.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, BinaryIO

from cleaner.document import SCHEMA_VERSION
from cleaner.errors import CleanerError

if TYPE_CHECKING:
    import pyarrow

#: Rows per row group. A record with its audit trail is 5-50 kB (dev pages: 17 kB as JSON on
#: average), so 500 rows keep a few tens of MB in memory while a group is filled, and give
#: readers (DuckDB, Spark, datasets) row groups big enough to read in parallel.
ROW_GROUP_ROWS = 500
#: Compression of the column chunks; every reader named in the README reads zstd.
COMPRESSION = "zstd"
#: Keys of the file's key-value metadata.
SCHEMA_KEY = b"cleaner.schema"
VERSION_KEY = b"cleaner.version"
#: The fields of ``meta``, in record order; ``duplicate_of`` (set by ``--dedup``) is in a
#: record only when set, as ``count`` is in a removed line's.
META_FIELDS = ("date", "byline", "dateline", "agency", "extraction", "duplicate_of")


class ParquetError(CleanerError):
    """pyarrow is missing, or a Parquet file is not one of ours."""


def _pyarrow() -> ModuleType:
    try:
        importlib.import_module("pyarrow.parquet")
        return importlib.import_module("pyarrow")
    except ImportError as exc:
        raise ParquetError("writing Parquet needs pyarrow: pip install 'cleaner[parquet]'") from exc


@functools.cache
def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of the rows (a ``pyarrow.Schema``).

    ``schema`` int16; ``id`` string (never null); ``source``, ``encoding``, ``headline``,
    ``language`` string; ``bullets``, ``body`` list<string>; ``language_score`` float64;
    ``meta`` struct<date, byline, dateline, agency, extraction, duplicate_of: string>
    (``date`` is ISO 8601 text, as in the record); ``removed`` list<struct<line int32,
    column int32, text, stage, reason: string, count int32>>; ``fixes`` list<struct<line
    int32, column int32, steps list<string>>>; ``rejected`` struct<stage, reason: string>;
    ``lines`` and ``columns`` struct<headline list<int32>, bullets list<list<int32>>, body
    list<list<int32>>>; ``error`` string.
    """
    pa = _pyarrow()
    text, number = pa.string(), pa.int32()

    def list_of(item: pyarrow.DataType) -> pyarrow.DataType:
        # "element", the Parquet spec's name, which is what pyarrow reads back.
        return pa.list_(pa.field("element", item))

    spans = pa.struct(
        [
            ("headline", list_of(number)),
            ("bullets", list_of(list_of(number))),
            ("body", list_of(list_of(number))),
        ]
    )
    removal = pa.struct(
        [
            ("line", number),
            ("column", number),
            ("text", text),
            ("stage", text),
            ("reason", text),
            ("count", number),
        ]
    )
    fix = pa.struct([("line", number), ("column", number), ("steps", list_of(text))])
    fields = [
        pa.field("schema", pa.int16(), nullable=False),
        pa.field("id", text, nullable=False),
        ("source", text),
        ("encoding", text),
        ("headline", text),
        ("bullets", list_of(text)),
        ("body", list_of(text)),
        ("language", text),
        ("language_score", pa.float64()),
        ("meta", pa.struct([(name, text) for name in META_FIELDS])),
        ("removed", list_of(removal)),
        ("fixes", list_of(fix)),
        ("rejected", pa.struct([("stage", text), ("reason", text)])),
        ("lines", spans),
        ("columns", spans),
        ("error", text),
    ]
    from cleaner import __version__

    metadata = {SCHEMA_KEY: str(SCHEMA_VERSION).encode(), VERSION_KEY: __version__.encode()}
    return pa.schema(fields, metadata=metadata)


class RecordWriter:
    """Records (``Document.to_dict()`` or error records) to a Parquet stream, in row groups.

    Call :meth:`close` to write the last row group and the file footer.
    """

    def __init__(self, stream: BinaryIO | str | Path, rows_per_group: int = ROW_GROUP_ROWS) -> None:
        pa = _pyarrow()
        self._pa = pa
        self.rows_per_group = rows_per_group
        self._rows: list[dict[str, Any]] = []
        self._writer = pa.parquet.ParquetWriter(stream, arrow_schema(), compression=COMPRESSION)

    def write(self, record: dict[str, Any]) -> None:
        self._rows.append(record)
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            table = self._pa.Table.from_pylist(self._rows, schema=arrow_schema())
            self._rows = []
            self._writer.write_table(table, row_group_size=self.rows_per_group)

    def close(self) -> None:
        """Write what is buffered and the footer."""
        self._flush()
        self._writer.close()

    def abort(self) -> None:
        """Drop what is buffered and close, for a file about to be deleted."""
        self._rows = []
        self._writer.close()


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a Parquet file this module wrote, row group by row group, each the
    same dict (keys, order and values) as the JSON line of the same page.
    """
    pa = _pyarrow()
    parquet = pa.parquet.ParquetFile(path)
    metadata = parquet.schema_arrow.metadata or {}
    if metadata.get(SCHEMA_KEY) != str(SCHEMA_VERSION).encode():
        found = metadata.get(SCHEMA_KEY, b"none").decode()
        raise ParquetError(f"{path}: not a cleaner file of schema {SCHEMA_VERSION} ({found})")
    for group in range(parquet.num_row_groups):
        for row in parquet.read_row_group(group).to_pylist():
            yield row_to_record(row)


def row_to_record(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the JSON record: an error row keeps its four keys, a page drops ``error``
    and the keys a record holds only when set (``column`` and ``count`` of removed lines and
    fixes, ``meta.duplicate_of``).
    """
    error = row.pop("error")
    if error is not None:
        return {key: row[key] for key in ("schema", "id", "source")} | {"error": error}
    for key in ("removed", "fixes"):
        for item in row[key]:
            for optional in ("column", "count"):
                if optional in item and item[optional] is None:
                    del item[optional]
    if row["meta"] is not None and row["meta"]["duplicate_of"] is None:
        del row["meta"]["duplicate_of"]
    return row
