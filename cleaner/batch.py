"""Cleaning many pages: in this process, or in worker processes, with results in input order.

Pages stream through: at most a bounded window of them is in flight, so a directory of a
million files or a JSONL file of many gigabytes never sits in memory. Each worker builds its
:class:`~cleaner.pipeline.Pipeline` once, in the pool's initializer.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
import traceback
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, NamedTuple

from cleaner.budget import time_budget
from cleaner.config import CleanerConfig, char_limit
from cleaner.errors import CleanerError
from cleaner.io import Page, decode_bytes, gunzip, read_page
from cleaner.output import error_record, json_line

if TYPE_CHECKING:
    from cleaner.document import Document

    # The stages load with the pipeline, when a page is cleaned: not for ``cleaner --help``.
    from cleaner.pipeline import Pipeline

#: Pages sent to a worker at a time: enough to make the cost of sending them small next to
#: cleaning them (a few milliseconds a page), few enough to keep the workers evenly busy.
CHUNK = 4
#: Chunks in flight per worker: the bound on the pages held in memory at once (64 pages a
#: worker). Records come back in input order, so a slow chunk holds up the window; with 2
#: chunks a worker, ``cleaner clean -j 2`` on the 613 development pages' text (JSONL) took
#: 6.8 s against 7.8 s with one process; with 16, 5.4-5.6 s (32 and 64: no better).
WINDOW_PER_WORKER = 16
#: The most bytes one character takes in the encodings pages come in (UTF-8, UTF-32,
#: GB18030): input of more bytes than this times the character limit is over it, unread.
MAX_BYTES_PER_CHAR = 4


class Outcome(NamedTuple):
    """What became of one page: its record (or error record) and the numbers for the summary.

    ``detail`` holds a traceback when the error is a bug in the cleaner, not in the input.
    """

    record: dict[str, Any]
    name: str
    jsonl: bool
    path: str | None
    error: str | None = None
    rejected: bool = False
    chars_in: int = 0
    chars_out: int = 0
    detail: str | None = None
    #: The page's site, in a batch with site learning.
    site: str | None = None
    #: The record as a JSONL line, made by the worker that cleaned the page when the sink
    #: writes such lines (so that the parent, which every worker's records pass through,
    #: has less to do); None otherwise and when the page was cleaned in this process, and
    #: set to None by whatever changes the record.
    line: bytes | None = None

    @property
    def source(self) -> str:
        return str(self.record.get("source") or self.record.get("id"))

    def failed(self, message: str) -> Outcome:
        """This outcome turned into a failure (its output could not be written)."""
        record = error_record(self.record["id"], self.record.get("source"), message)
        return self._replace(record=record, error=message, rejected=False, chars_out=0, line=None)


@dataclass
class Stats:
    """Counts for the closing summary."""

    pages: int = 0
    rejected: int = 0
    failed: int = 0
    skipped: int = 0
    chars_in: int = 0
    chars_out: int = 0
    started: float = field(default_factory=time.perf_counter)
    #: WARC records that are not HTML pages, by reason (cleaner.warc.SKIP_REASONS).
    records_skipped: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.pages += 1
        self.rejected += outcome.rejected
        self.failed += outcome.error is not None
        self.chars_in += outcome.chars_in
        self.chars_out += outcome.chars_out

    def summary(self, show_skipped: bool) -> str:
        pages = "1 page" if self.pages == 1 else f"{self.pages:,} pages"
        skipped = f", {self.skipped:,} skipped" if show_skipped else ""
        seconds = time.perf_counter() - self.started
        return (
            f"cleaned {pages}: {self.rejected:,} rejected, {self.failed:,} failed{skipped}; "
            f"{self.chars_in:,} chars in, {self.chars_out:,} out; {seconds:.1f} s"
            + self._records_skipped()
        )

    def _records_skipped(self) -> str:
        """``; skipped 5 WARC records: 3 not_response, 2 not_html``, or nothing."""
        total = sum(self.records_skipped.values())
        if not total:
            return ""
        counts = sorted(self.records_skipped.items(), key=lambda item: (-item[1], item[0]))
        reasons = ", ".join(f"{count:,} {reason}" for reason, count in counts)
        return f"; skipped {total:,} WARC record{'s' * (total != 1)}: {reasons}"


def clean_page(pipeline: Pipeline, page: Page, timeout: float | None = None) -> Outcome:
    """Read and clean one page; any problem with the input becomes an error outcome, and so
    does a page that takes longer than ``timeout`` seconds (see :mod:`cleaner.budget`).
    """
    error, detail = page.error, None
    if error is None:
        if timeout is not None:
            _warm_up(page.html)
        try:
            with time_budget(timeout):
                return _clean(pipeline, page)
        except (CleanerError, OSError) as exc:
            error = str(exc)
        except Exception as exc:
            # A bug in a stage, not a bad input: reported with its traceback, never hidden;
            # the batch carries on with the other pages and the run exits with status 1.
            error = f"internal error (please report it): {type(exc).__name__}: {exc}"
            detail = traceback.format_exc()
    record = error_record(page.id, page.source, error)
    site_name = page.site.site if page.site else None
    return Outcome(
        record, page.name, page.jsonl, page.path, error=error, detail=detail, site=site_name
    )


def _clean(pipeline: Pipeline, page: Page) -> Outcome:
    """A page over the size limit is rejected as soon as that is sure: before its file is
    read when the file is big enough, before its bytes are decoded, before any stage runs.
    Bytes are decoded once, and let go before cleaning starts.
    """
    from cleaner.pipeline import too_large

    limit = char_limit(pipeline.max_chars, html=page.html)
    most_bytes = None if limit is None else MAX_BYTES_PER_CHAR * limit
    if page.oversized or (most_bytes is not None and _file_size(page) > most_bytes):
        return _outcome(page, too_large(page.id, page.source), 0)
    data = page.data if page.data is not None else read_page(str(page.path))
    if isinstance(data, bytes) and str(page.path).lower().endswith(".gz"):
        data = gunzip(data)
    if isinstance(data, bytes) and most_bytes is not None and len(data) > most_bytes:
        return _outcome(page, too_large(page.id, page.source), 0)
    site = page.site
    if page.html:
        doc = pipeline.clean_html(
            data, url=page.url, id=page.id, source=page.source, charset=page.charset, site=site
        )
        return _outcome(page, doc, _chars(data, doc.encoding))
    text, encoding = decode_bytes(data) if isinstance(data, bytes) else (data, None)
    del data
    doc = pipeline.clean_text(text, id=page.id, source=page.source, encoding=encoding, site=site)
    return _outcome(page, doc, len(text))


def _outcome(page: Page, doc: Document, chars_in: int) -> Outcome:
    return Outcome(
        doc.to_dict(),
        page.name,
        page.jsonl,
        page.path,
        rejected=doc.rejected is not None,
        chars_in=chars_in,
        chars_out=len(doc.full_text),
        site=page.site.site if page.site else None,
    )


def _file_size(page: Page) -> int:
    """The size of an unread, uncompressed page file (0 when that is not known)."""
    if page.data is not None or page.path is None or page.path.lower().endswith(".gz"):
        return 0
    try:
        return os.stat(page.path).st_size
    except OSError:
        return 0  # read_page reports it


def over_limit(page: Page, max_chars: int | None) -> Page:
    """The page, or when its inline text is over the size limit, the page without its
    text, marked ``oversized``: it is rejected without being copied to a worker.
    """
    limit = char_limit(max_chars, html=page.html)
    data = page.data
    if limit is None or data is None:
        return page
    if len(data) > (limit if isinstance(data, str) else MAX_BYTES_PER_CHAR * limit):
        return page._replace(data=None, oversized=True)
    return page


#: A small page of each kind, cleaned once per process before the first budgeted page.
_WARM_UP_TEXT = (
    "Council approves new budget\n\nBy Jane Smith\n\nThe council approved the budget on"
    " Monday, 3 June 2024, after a long debate about schools, roads and the city library."
)
_WARM_UP_HTML = (
    f"<html><head><title>Budget</title></head><body><p>{_WARM_UP_TEXT}</p></body></html>"
)
_warmed: set[bool] = set()


def _warm_up(html: bool) -> None:
    """Clean a small page of the route once per process, outside any budget, with the default
    pipeline (a user's pattern could hang on it): the modules that the stages import when
    they first need them are imported, so that a timeout never interrupts an import halfway.
    It costs nothing in all: the first page would import them anyway.
    """
    if html not in _warmed:
        from cleaner.pipeline import Pipeline

        _warmed.add(html)
        pipeline = Pipeline.from_config()
        if html:
            pipeline.clean_html(_WARM_UP_HTML)
        else:
            pipeline.clean(_WARM_UP_TEXT)


def _chars(data: str | bytes, encoding: str | None) -> int:
    """Characters in the input, for the summary."""
    if isinstance(data, str):
        return len(data)
    try:
        return len(data.decode(encoding or "utf-8", errors="replace"))
    except LookupError:
        return len(data)


#: The collector's first threshold in a process that cleans pages for the batch (700 is
#: Python's default). A page makes many short-lived objects and few cycles; over the 613
#: development pages' text in one process, collection took 0.23 s of about 4.2 s of CPU,
#: 0.09 s after ``gc.freeze()`` alone and 0.02 s with this threshold as well.
GC_THRESHOLD = 50_000


def settle_collector() -> None:
    """Freeze what this process holds now (a built pipeline: its stages, patterns and
    language profiles) out of the collector's sight, and collect less often.

    For processes the batch owns (its workers, the command line's own process): it changes
    the collector for the whole process, which is not a library's to decide for its caller.
    """
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


_worker_pipeline: Pipeline | None = None
_worker_timeout: float | None = None


def _init_worker(config: CleanerConfig, timeout: float | None = None) -> None:
    """Build the worker's pipeline once; Ctrl-C is the parent's to handle."""
    from cleaner.pipeline import Pipeline

    global _worker_pipeline, _worker_timeout
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = Pipeline.from_config(config)
    _worker_timeout = timeout
    settle_collector()


def _clean_chunk(pages: Sequence[Page], json_lines: bool = False) -> list[Outcome]:
    if _worker_pipeline is None:
        raise RuntimeError("the worker was started without _init_worker")
    outcomes = [clean_page(_worker_pipeline, page, _worker_timeout) for page in pages]
    if not json_lines:
        return outcomes
    # The JSON text is made here, beside the other worker, rather than in the parent, which
    # all records pass through and whose CPU the two workers of a 2-core machine share:
    # over 2,452 pages of text (bench/speed.py --copies 4), the parent's CPU time went from
    # 0.8 to 0.6 s.
    return [outcome._replace(line=json_line(outcome.record)) for outcome in outcomes]


def run_pages(
    pages: Iterable[Page],
    config: CleanerConfig | None = None,
    jobs: int = 1,
    *,
    pipeline: Pipeline | None = None,
    page_timeout: float | None = None,
    json_lines: bool = False,
) -> Iterator[Outcome]:
    """Clean pages lazily, in order, with ``jobs`` worker processes (1: in this process).

    Input that turns out to hold a single page is cleaned here, with no pool to start;
    ``pipeline``, when given, is the one built from ``config`` for that. A page that takes
    longer than ``page_timeout`` seconds becomes an error outcome and the batch goes on.
    With ``json_lines``, workers also write each record as a JSONL line (``Outcome.line``),
    for a sink that writes such lines. Close the iterator (or exhaust it) to shut the pool
    down.
    """
    config = config or CleanerConfig()
    it = (over_limit(page, config.max_chars) for page in pages)
    head = list(islice(it, jobs * CHUNK)) if jobs > 1 else []
    exhausted = len(head) < jobs * CHUNK
    if jobs == 1 or len(head) <= 1:
        from cleaner.pipeline import Pipeline

        pipeline = pipeline or Pipeline.from_config(config)
        for page in chain(head, it):
            yield clean_page(pipeline, page, page_timeout)
        return
    workers = min(jobs, len(head)) if exhausted else jobs
    chunk = 1 if exhausted else CHUNK
    yield from _run_pool(chain(head, it), config, workers, chunk, page_timeout, json_lines)


def _run_pool(
    pages: Iterator[Page],
    config: CleanerConfig,
    workers: int,
    chunk: int,
    page_timeout: float | None = None,
    json_lines: bool = False,
) -> Iterator[Outcome]:
    # spawn, not fork: forking a process that runs threads (a test runner, an application
    # that embeds us) can deadlock, and Python 3.12+ warns about it.
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_worker,
        initargs=(config, page_timeout),
    )
    pending: deque[Future[list[Outcome]]] = deque()
    try:
        while True:
            while len(pending) < workers * WINDOW_PER_WORKER:
                batch = list(islice(pages, chunk))
                if not batch:
                    break
                pending.append(executor.submit(_clean_chunk, batch, json_lines))
            if not pending:
                break
            yield from pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
