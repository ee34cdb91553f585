"""Parquet out (cleaner.parquet, ``-o FILE.parquet``): one typed row per page, row groups."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

pytest.importorskip("pyarrow")

import pyarrow as pa
import pyarrow.parquet as pq
from sites import article, article_html, listing_html, side_by_side_dump

from cleaner import SCHEMA_VERSION, __version__, clean
from cleaner.cli import cli
from cleaner.output import ParquetSink, error_record
from cleaner.parquet import ParquetError, RecordWriter, arrow_schema, read_records


def make_inputs(root: Path) -> None:
    """Pages of every kind: articles (one gzipped), a page the cleaner rejects, an empty
    file (an error record), a text dump with columns, and a page with mojibake to fix.
    """
    for n in range(3):
        (root / f"a{n}.html").write_text(article_html(n), encoding="utf-8")
    (root / "front.html").write_text(listing_html(["/a", "/b"]), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "table.txt").write_text(side_by_side_dump(4), encoding="utf-8")
    title, paragraphs = article(5)
    text = "\n\n".join([title, "Share this article", *paragraphs, "Â© 2024 The Valley Courier"])
    (root / "text.txt").write_text(text.replace("spring", "spring\u200b"), encoding="utf-8")


def run(args: list[str]) -> Any:
    result = CliRunner().invoke(cli, ["clean", *args, "-j", "1", "-q"])
    return result


@pytest.fixture
def outputs(tmp_path: Path) -> tuple[Path, Path]:
    inputs = tmp_path / "in"
    inputs.mkdir()
    make_inputs(inputs)
    parquet, jsonl = tmp_path / "out.parquet", tmp_path / "out.jsonl"
    for out in (parquet, jsonl):
        result = run([str(inputs), "-o", str(out)])
        assert result.exit_code == 1  # the empty file failed
    return parquet, jsonl


def test_every_column_matches_the_jsonl_of_the_same_run(outputs: tuple[Path, Path]) -> None:
    parquet, jsonl = outputs
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    table = pq.read_table(parquet)
    assert table.schema.names == [*records[1].keys(), "error"]
    assert table.num_rows == len(records) == 7
    rows = table.to_pylist()
    for row, record in zip(rows, records, strict=True):
        if "error" in record:
            # An error record: id, source and error; every other column null.
            assert row["error"] == record["error"] and row["id"] == record["id"]
            assert row["source"] == record["source"] and row["schema"] == SCHEMA_VERSION
            others = set(row) - {"schema", "id", "source", "error"}
            assert all(row[key] is None for key in others)
            continue
        assert row["error"] is None
        for key in ("schema", "id", "source", "encoding", "headline", "language"):
            assert row[key] == record[key], key
        assert row["language_score"] == record["language_score"]
        assert row["bullets"] == record["bullets"] and row["body"] == record["body"]
        # Keys a record holds only when set are null columns in the row.
        assert row["meta"] == {"duplicate_of": None} | record["meta"]
        assert row["rejected"] == record["rejected"]
        assert row["lines"] == record["lines"]
        assert row["columns"] == record["columns"]
        # removed and fixes: the JSON leaves out a null column (and count), the struct
        # holds it.
        assert row["removed"] == [
            {"column": None, "count": None} | item for item in record["removed"]
        ]
        assert row["fixes"] == [{"column": None} | item for item in record["fixes"]]
    assert any(record.get("rejected") for record in records)
    assert any(record.get("columns") for record in records)
    assert any(record.get("fixes") for record in records)


def test_read_records_gives_back_the_jsonl_records(outputs: tuple[Path, Path]) -> None:
    parquet, jsonl = outputs
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert list(read_records(parquet)) == records


def test_the_columns_are_typed_and_the_schema_version_is_in_the_metadata(
    outputs: tuple[Path, Path],
) -> None:
    schema = pq.read_schema(outputs[0])
    assert schema.field("schema").type == pa.int16()
    assert schema.field("bullets").type.value_type == pa.string()
    assert schema.field("language_score").type == pa.float64()
    assert pa.types.is_struct(schema.field("meta").type)
    removed = schema.field("removed").type
    assert pa.types.is_list(removed) and removed.value_type.field("line").type == pa.int32()
    body_lines = schema.field("lines").type.field("body").type
    assert body_lines.value_type.value_type == pa.int32()
    assert schema.metadata[b"cleaner.schema"] == str(SCHEMA_VERSION).encode()
    assert schema.metadata[b"cleaner.version"] == __version__.encode()
    assert schema.equals(arrow_schema(), check_metadata=True)


def test_every_record_key_has_a_column() -> None:
    """A new key in the record needs a column: from_pylist would drop it silently."""
    record = clean("Headline here\n\n" + "\n\n".join(article(1).paragraphs)).to_dict()
    schema = arrow_schema()
    assert [*record, "error"] == schema.names
    # duplicate_of, like a removed line's count, is in a record only when set.
    assert [*record["meta"], "duplicate_of"] == [f.name for f in schema.field("meta").type]
    assert list(record["lines"]) == [f.name for f in schema.field("lines").type]
    removal = schema.field("removed").type.value_type
    assert [f.name for f in removal] == ["line", "column", "text", "stage", "reason", "count"]


def test_keys_set_only_sometimes_come_back(tmp_path: Path) -> None:
    """``meta.duplicate_of`` (--dedup) and a removed line's ``count`` (site learning) are
    kept, and left out again where the record has none."""
    text = "Headline here\n\nShare this article\n\n" + "\n\n".join(article(1).paragraphs)
    plain = clean(text, id="a").to_dict()
    flagged = clean(text, id="b").to_dict()
    flagged["meta"] = {**flagged["meta"], "duplicate_of": "a"}
    flagged["removed"] = [{**flagged["removed"][0], "count": 7}, *flagged["removed"][1:]]
    path = tmp_path / "out.parquet"
    writer = RecordWriter(path)
    for record in (plain, flagged):
        writer.write(record)
    writer.close()
    assert list(read_records(path)) == [plain, flagged]


def test_rows_are_written_in_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "groups.parquet"
    with open(path, "wb") as stream:
        writer = RecordWriter(stream, rows_per_group=4)
        for n in range(10):
            writer.write(error_record(f"page-{n}", None, "no page"))
        writer.close()
    meta = pq.ParquetFile(path).metadata
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [4, 4, 2]
    assert [r["id"] for r in read_records(path)] == [f"page-{n}" for n in range(10)]


def test_a_parquet_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.parquet"
    pq.write_table(pa.table({"id": ["a"]}), path)
    with pytest.raises(ParquetError, match="not a cleaner file"):
        list(read_records(path))


def test_an_interrupted_run_leaves_no_parquet_file(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.html").write_text(article_html(0))
    (inputs / "b.txt").write_bytes(b"")
    out = tmp_path / "out.parquet"
    result = run([str(inputs), "-o", str(out), "--fail-fast"])
    assert result.exit_code == 1
    # --fail-fast stops the run, which still closes the file it has written.
    assert [r.get("error") is None for r in read_records(out)] == [True, False]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_discarded_parquet_sink_leaves_nothing(tmp_path: Path) -> None:
    sink = ParquetSink(tmp_path / "out.parquet")
    sink.write(error_record("a", None, "no page"), name="a", jsonl=False, path=None, failed=True)
    sink.discard()
    del sink
    gc.collect()  # an unclosed pyarrow writer would now write to a closed file
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--format", "text"], "text is one file per input"), (["--skip-existing"], "-o DIR")],
    ids=["text", "skip-existing"],
)
def test_parquet_is_one_file_like_jsonl(tmp_path: Path, extra: list[str], message: str) -> None:
    (tmp_path / "a.html").write_text(article_html(0))
    result = run([str(tmp_path / "a.html"), "-o", str(tmp_path / "o.parquet"), *extra])
    assert result.exit_code == 2 and message in result.stderr
