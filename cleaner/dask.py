"""Cleaning JSONL inputs on a Dask cluster, into a directory of part files.

This process reads the inputs as lines (it does not parse them), cuts them into partitions
of at most ``partition_pages`` lines and ``partition_bytes`` bytes, and sends each one to a
worker, which parses, cleans and serialises its pages exactly as ``cleaner clean`` does and
sends back the JSON lines. They are written as ``part-00000.jsonl``, ``part-00001.jsonl``,
... in input order: reading the parts in name order gives, record for record, the output of
a local run (``cleaner clean INPUT -o OUT.jsonl``). A bounded number of partitions is in
flight at a time, so the inputs never sit in memory whole, here or on the cluster.

Needs the ``dask`` extra: ``pip install 'cleaner[dask]'``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cleaner.batch import Stats, run_pages
from cleaner.config import CleanerConfig
from cleaner.errors import CleanerError
from cleaner.io import JsonlFields, Page, Source, find_sources, line_page, numbered_lines
from cleaner.output import json_line, write_atomic

if TYPE_CHECKING:
    from distributed import Client, Future

    from cleaner.pipeline import Pipeline

#: Lines in a partition: each costs a task (a few milliseconds of scheduling) and gives a
#: part file; a thousand pages take a worker several seconds at a few milliseconds a page.
PARTITION_PAGES = 1000
#: Bytes in a partition: pages with their HTML can weigh hundreds of kB each, and a
#: partition travels to its worker in one message.
PARTITION_BYTES = 64_000_000
#: Partitions in flight per worker thread: enough to keep every thread busy while parts
#: come back, few enough to bound the memory of this process and the cluster.
IN_FLIGHT_PER_THREAD = 2
#: Name of the part files, by partition number.
PART_NAME = "part-{:05d}.jsonl"


class DaskError(CleanerError):
    """The cluster cannot be reached or an input is not JSON lines."""


class Partition(NamedTuple):
    """Consecutive lines of one JSONL input: ``(line number, bytes)``, with ``None`` for a
    line over the length limit; ``read_error`` ends an input that broke off while read."""

    number: int
    source: Source
    lines: list[tuple[int, bytes | None]]
    read_error: str | None = None


class Failure(NamedTuple):
    """A page that failed: where it came from, why, and a traceback for a bug."""

    source: str
    error: str
    detail: str | None


@dataclass
class PartResult:
    """What a worker sends back for one partition."""

    data: bytes
    pages: int = 0
    rejected: int = 0
    chars_in: int = 0
    chars_out: int = 0
    failures: list[Failure] = field(default_factory=list)


@dataclass
class DaskResult:
    """The outcome of :func:`clean_dask`: the summary counts and the part files written."""

    stats: Stats
    parts: list[Path]
    failures: list[Failure]


def partitions(
    sources: Iterable[Source],
    pages: int = PARTITION_PAGES,
    size: int = PARTITION_BYTES,
) -> Iterator[Partition]:
    """The lines of each JSONL source, lazily, cut into partitions; none spans two inputs."""
    index = 0
    for source in sources:
        if not source.jsonl or source.error is not None:
            why = source.error or "it is not JSON lines (name it *.jsonl or *.jsonl.gz)"
            raise DaskError(f"{source.label}: {why}")
        lines: list[tuple[int, bytes | None]] = []
        held = 0
        for item in numbered_lines(source):
            if isinstance(item, str):
                yield Partition(index, source, lines, item)
                index, lines = index + 1, []
                break
            lines.append(item)
            held += len(item[1] or b"")
            if len(lines) >= pages or held >= size:
                yield Partition(index, source, lines)
                index, lines, held = index + 1, [], 0
        if lines:
            yield Partition(index, source, lines)
            index += 1


def _pages(partition: Partition, fields: JsonlFields) -> Iterator[Page]:
    """A partition's pages, as the local reader (:func:`cleaner.io.iter_pages`) makes them."""
    source = partition.source
    for number, line in partition.lines:
        if (page := line_page(source, number, line, fields)) is not None:
            yield page
    if partition.read_error is not None:
        yield Page(source.name, source.label, source.name, True, error=partition.read_error)


@functools.lru_cache(maxsize=4)
def _pipeline(config: CleanerConfig) -> Pipeline:
    """One pipeline per worker process and config, built on its first partition."""
    from cleaner.pipeline import Pipeline

    return Pipeline.from_config(config)


def clean_partition(partition: Partition, config: CleanerConfig, fields: JsonlFields) -> PartResult:
    """Clean one partition (on a worker): its records as JSON lines, and its counts."""
    result, chunks = PartResult(b""), []
    pages = _pages(partition, fields)
    for outcome in run_pages(pages, config, 1, pipeline=_pipeline(config)):
        chunks.append(json_line(outcome.record))
        result.pages += 1
        result.rejected += outcome.rejected
        result.chars_in += outcome.chars_in
        result.chars_out += outcome.chars_out
        if outcome.error is not None:
            result.failures.append(Failure(outcome.source, outcome.error, outcome.detail))
    result.data = b"".join(chunks)
    return result


def connect(address: str) -> Client:
    """A client of the scheduler at ``address`` (``tcp://host:8786``)."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise DaskError("Dask is not installed: pip install 'cleaner[dask]'") from exc
    try:
        return Client(address, timeout="20s")
    except OSError as exc:
        raise DaskError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def clean_dask(
    paths: Sequence[str],
    output_dir: str | Path,
    *,
    client: Client | None = None,
    scheduler: str | None = None,
    config: CleanerConfig | None = None,
    fields: JsonlFields | None = None,
    globs: Sequence[str] = ("*.jsonl", "*.jsonl.gz"),
    partition_pages: int = PARTITION_PAGES,
) -> DaskResult:
    """Clean JSONL files (or directories of them) on a Dask cluster into ``output_dir``.

    Give a ``client``, or a ``scheduler`` address to connect to (and disconnect from at
    the end). ``fields`` name the page, id and URL fields, as ``cleaner clean``'s options do.
    """
    if (client is None) == (scheduler is None):
        raise ValueError("give either a client or a scheduler address")
    out = Path(output_dir)
    if any(out.glob("part-*.jsonl")):
        raise DaskError(f"{out} holds part files of an earlier run; give an empty directory")
    out.mkdir(parents=True, exist_ok=True)
    own = client is None
    client = client if client is not None else connect(str(scheduler))
    try:
        return _run(
            client,
            partitions(find_sources(paths, globs, exclude=[str(out.resolve())]), partition_pages),
            out,
            config or CleanerConfig(),
            fields or JsonlFields(),
        )
    finally:
        if own:
            client.close()


def _run(
    client: Client,
    parts: Iterator[Partition],
    out: Path,
    config: CleanerConfig,
    fields: JsonlFields,
) -> DaskResult:
    from distributed import as_completed

    threads = sum(client.nthreads().values()) or 1
    stats, written, failures = Stats(), [], []
    pending: dict[Future[PartResult], int] = {}

    def submit(partition: Partition) -> Future[PartResult]:
        [data] = client.scatter([partition], hash=False)
        future: Future[PartResult] = client.submit(
            clean_partition, data, config, fields, pure=False
        )
        pending[future] = partition.number
        return future

    queue = as_completed([submit(p) for p in islice(parts, threads * IN_FLIGHT_PER_THREAD)])
    for future in queue:
        result: PartResult = future.result()
        path = out / PART_NAME.format(pending.pop(future))
        write_atomic(path, result.data)
        written.append(path)
        _add(stats, result)
        failures += result.failures
        following = next(parts, None)
        if following is not None:
            queue.add(submit(following))
    written.sort()
    return DaskResult(stats, written, failures)


def _add(stats: Stats, result: PartResult) -> None:
    stats.pages += result.pages
    stats.rejected += result.rejected
    stats.failed += len(result.failures)
    stats.chars_in += result.chars_in
    stats.chars_out += result.chars_out
