"""Cleaning on a Dask cluster gives, part file after part file, the records of a local run."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_cli import HARVEST, LIBRARY, PARK, STRIKE

from cleaner.cli import cli
from cleaner.config import CleanerConfig
from cleaner.dask import DaskError, clean_dask, partitions
from cleaner.io import JsonlFields, Source

distributed = pytest.importorskip("distributed")

#: Pages, blank lines and broken lines, in an order the output must keep.
LINES = [
    json.dumps({"id": "park", "text": PARK}),
    "",
    json.dumps({"id": "strike", "text": STRIKE}),
    "not json at all",
    json.dumps(["an", "array"]),
    json.dumps({"id": "library", "text": LIBRARY}),
    json.dumps({"id": "empty", "text": ""}),
    json.dumps({"id": "harvest", "text": HARVEST}),
    json.dumps({"id": "no text"}),
    json.dumps({"id": "park again", "text": PARK}),
]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    """A small cluster in this process, on loopback: one worker with two threads."""
    with (
        distributed.LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            protocol="tcp",
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    first = tmp_path / "in" / "first.jsonl"
    first.parent.mkdir()
    first.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    second = tmp_path / "in" / "second.jsonl.gz"
    with gzip.open(second, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(reversed(LINES)) + "\n")
    return [str(first), str(second)]


def local_run(paths: list[str]) -> bytes:
    result = CliRunner().invoke(cli, ["clean", *paths, "-j", "1", "-q", "--id-field", "id"])
    assert result.exit_code == 1  # the broken lines fail
    return result.stdout_bytes


def read_parts(out: Path) -> bytes:
    return b"".join(path.read_bytes() for path in sorted(out.glob("part-*.jsonl")))


def test_parts_read_in_order_are_the_local_records(
    client: distributed.Client, inputs: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = clean_dask(inputs, out, client=client, fields=JsonlFields(id="id"), partition_pages=3)
    expected = local_run(inputs)
    assert read_parts(out) == expected
    # 10 lines per input, a blank one among them; partitions do not span the two inputs.
    assert [path.name for path in result.parts] == [f"part-{i:05d}.jsonl" for i in range(8)]
    records = [json.loads(line) for line in expected.splitlines()]
    assert result.stats.pages == len(records) == 18
    assert result.stats.failed == sum("error" in record for record in records) == 6
    assert result.stats.rejected == sum(bool(record.get("rejected")) for record in records)
    assert {failure.source for failure in result.failures} >= {f"{inputs[0]}:4"}


def test_cli_runs_on_a_scheduler_address(
    client: distributed.Client, inputs: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    address = client.scheduler.address
    assert address.startswith("tcp://127.0.0.1:")
    args = ["clean", *inputs, "--id-field", "id", "--dask", address, "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    assert read_parts(out) == local_run(inputs)
    assert "cleaned 18 pages:" in result.stderr and "6 failed" in result.stderr
    assert f"error: {inputs[0]}:4: the line is not valid JSON" in result.stderr


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ([], "writes to -o DIR"),
        (["-o", "out.jsonl"], "writes to -o DIR"),
        (["-o", "out", "--format", "text"], "no --format text"),
        (["-o", "out", "--fail-fast"], "--fail-fast"),
    ],
    ids=["no_output", "output_file", "text_format", "fail_fast"],
)
def test_cli_usage_errors(inputs: list[str], options: list[str], message: str) -> None:
    args = ["clean", inputs[0], "--dask", "tcp://127.0.0.1:1", *options]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_earlier_parts_are_not_mixed_in(
    client: distributed.Client, inputs: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    clean_dask(inputs[:1], out, client=client)
    with pytest.raises(DaskError, match="part files of an earlier run"):
        clean_dask(inputs[:1], out, client=client)


def test_partitions_keep_line_numbers_and_stop_at_each_input(inputs: list[str]) -> None:
    sources = [Source(path, Path(path).name, True) for path in inputs]
    parts = list(partitions(sources, pages=4))
    assert [len(part.lines) for part in parts] == [4, 4, 2, 4, 4, 2]
    assert [part.number for part in parts] == list(range(6))
    assert [number for number, _ in parts[1].lines] == [5, 6, 7, 8]
    assert parts[0].source.path == inputs[0] and parts[3].source.path == inputs[1]


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PARK, encoding="utf-8")
    with pytest.raises(DaskError, match="not JSON lines"):
        list(partitions([Source(str(page), "page.txt", False)]))


def test_config_reaches_the_workers(
    client: distributed.Client, inputs: list[str], tmp_path: Path
) -> None:
    result = clean_dask(
        inputs[:1], tmp_path / "out", client=client, config=CleanerConfig(max_chars=50)
    )
    records = [json.loads(line) for line in read_parts(tmp_path / "out").splitlines()]
    reasons = {record["rejected"]["reason"] for record in records if record.get("rejected")}
    assert reasons == {"too_large", "empty"} and result.stats.rejected == 6
