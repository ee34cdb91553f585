"""The command line: ``cleaner clean``, ``explain``, ``stages`` and ``eval``.

The only module that writes to stdout or stderr, or exits. stdout carries data (records,
explain rows, the stage list); progress, errors and the summary go to stderr. Exit status:
0 when every input gave a record, 1 when any input failed, 2 on a usage error.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, TypeVar, cast

import click

from cleaner import __version__
from cleaner.batch import Outcome, Stats, run_pages, settle_collector
from cleaner.budget import DEFAULT_PAGE_TIMEOUT
from cleaner.config import CleanerConfig
from cleaner.dedup import Deduplicator, MissingExtraError
from cleaner.errors import CleanerError, ConfigError
from cleaner.evaluate import PageResult, Report, evaluate, read_gold, score_records
from cleaner.explain import ExplainRow, explain_rows
from cleaner.io import (
    DEFAULT_GLOBS,
    STDIN,
    STDIN_NAME,
    JsonlFields,
    Source,
    decode_bytes,
    find_sources,
    is_jsonl,
    iter_pages,
    read_page,
)
from cleaner.output import (
    DirSink,
    Format,
    JsonlFileSink,
    OutputError,
    ParquetSink,
    Sink,
    StreamSink,
    is_file_output,
    output_conflict,
    partial_path,
    write_atomic,
)
from cleaner.report import BatchReport
from cleaner.resume import prepare_resume, without_done
from cleaner.site import SiteProfile
from cleaner.sitebatch import with_site_tables

if TYPE_CHECKING:
    from cleaner.pipeline import Pipeline

F = TypeVar("F", bound=Callable[..., Any])
StreamName = Literal["stdin", "stdout"]
CONTEXT = {"help_option_names": ["-h", "--help"]}
#: Seconds between two updates of the progress counter.
PROGRESS_INTERVAL = 0.2


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="cleaner")
def cli() -> None:
    """Turn scraped news pages into clean, structured JSON records."""


def binary_stream(name: StreamName) -> BinaryIO:
    """The byte stream under ``sys.stdin``/``sys.stdout`` (``click.get_binary_stream`` is
    deprecated since click 8.5); looked up on each call, so that test runners can swap it.
    """
    stream = getattr(sys, name)
    if name == "stdout":
        stream.flush()
    return cast(BinaryIO, getattr(stream, "buffer", stream))


class StageChoice(click.Choice[str]):
    """The stage names as a click choice, looked up on first use: the stages load (and
    compile their patterns) when a command runs, not for ``cleaner --help``."""

    def __init__(self) -> None:
        super().__init__((), case_sensitive=True)

    @property
    def choices(self) -> tuple[str, ...]:
        from cleaner.config import STAGE_NAMES

        return STAGE_NAMES

    @choices.setter
    def choices(self, value: object) -> None:
        """``click.Choice.__init__`` sets the choices; the stage list is the pipeline's."""


def config_options(func: F) -> F:
    """The options that choose the pipeline: --config and --disable."""
    func = click.option(
        "--disable",
        multiple=True,
        type=StageChoice(),
        metavar="STAGE",
        help="Switch a stage off (repeatable); 'cleaner stages' lists them.",
    )(func)
    return click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False),
        help="TOML file: disable = [...], [[drop]] pattern/reason tables, max_chars.",
    )(func)


def load_config(config_path: str | None, disable: Sequence[str] = ()) -> CleanerConfig:
    try:
        config = CleanerConfig.from_toml(config_path) if config_path else CleanerConfig()
    except ConfigError as exc:
        raise click.BadParameter(str(exc), param_hint="'--config'") from exc
    return config.with_disabled(disable)


def check_config(config: CleanerConfig) -> None:
    """The checks of :func:`build_pipeline`, without building the stages."""
    from cleaner.config import check_config

    try:
        check_config(config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def build_pipeline(config: CleanerConfig) -> Pipeline:
    from cleaner.pipeline import Pipeline

    try:
        return Pipeline.from_config(config)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


# --- cleaner clean --------------------------------------------------------------------------


class Progress:
    """A page counter on stderr, redrawn in place; only when stderr is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = 0.0
        self.width = 0

    def update(self, stats: Stats) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < PROGRESS_INTERVAL:
            return
        self.last = now
        text = f"{stats.pages:,} cleaned, {stats.failed:,} failed"
        self.width = len(text)
        click.echo(f"\r{text}", nl=False, err=True)

    def clear(self) -> None:
        if self.width:
            click.echo("\r" + " " * self.width + "\r", nl=False, err=True)
            self.width = 0


def open_sink(
    output: str | None,
    paths: Sequence[str],
    fmt: Format,
    globs: Sequence[str],
    skip: bool,
    resume: bool = False,
) -> Sink:
    """Where records go: stdout, one JSONL or Parquet file, or a directory of files."""
    stdout = binary_stream("stdout")
    to_dir = output not in (None, STDIN) and not is_file_output(str(output))
    if fmt == "text" and not to_dir:
        raise click.BadParameter(
            "text is one file per input: use it with -o DIR", param_hint="'--format'"
        )
    if skip and not to_dir:
        raise click.BadParameter("it needs -o DIR", param_hint="'--skip-existing'")
    if output is None or output == STDIN:
        if resume:
            raise click.BadParameter("it needs -o FILE.jsonl or -o DIR", param_hint="'--resume'")
        return StreamSink(stdout)
    conflict = output_conflict(output, paths, fmt, globs)
    if conflict:
        raise click.BadParameter(f"{conflict}; write somewhere else", param_hint="'-o'")
    if to_dir and os.path.exists(output) and not os.path.isdir(output):
        raise click.BadParameter(
            f"{output} is a file; give a directory, or a file name ending in .jsonl or .parquet",
            param_hint="'-o'",
        )
    if to_dir:
        return DirSink(output, fmt, stdout)
    if os.path.isdir(output):
        raise click.BadParameter(f"{output} is a directory", param_hint="'-o'")
    try:
        if output.lower().endswith(".parquet"):
            if resume:
                raise click.BadParameter(
                    "--resume continues a JSONL file; a Parquet file is written whole",
                    param_hint="'--resume'",
                )
            return ParquetSink(output)
        return open_jsonl_sink(output, resume)
    except CleanerError as exc:
        raise click.BadParameter(str(exc), param_hint="'-o'") from exc


def open_jsonl_sink(output: str, resume: bool) -> JsonlFileSink:
    """A JSONL output file; with ``resume``, continued from the records already written."""
    if resume:
        done = prepare_resume(output)
        return JsonlFileSink(output, append=True, done=done)
    if partial_path(output).exists():
        click.echo(
            f"note: replacing the partial output of an interrupted run ({partial_path(output)});"
            " --resume would have continued it",
            err=True,
        )
    return JsonlFileSink(output)


def without_existing(sources: Iterable[Source], sink: DirSink, stats: Stats) -> Iterator[Source]:
    """The sources whose output file is not there yet; the others are counted as skipped."""
    for source in sources:
        done = source.path != STDIN and sink.target(source.name, source.jsonl).exists()
        if source.error is None and done:
            stats.skipped += 1
        else:
            yield source


def put(sink: Sink, outcome: Outcome) -> None:
    sink.write(
        outcome.record,
        name=outcome.name,
        jsonl=outcome.jsonl,
        path=outcome.path,
        failed=outcome.error is not None,
        line=outcome.line,
    )


def write(sink: Sink, outcome: Outcome) -> Outcome:
    """Write an outcome; one whose output cannot be written becomes a failure, and its
    error record is written instead where that is possible.
    """
    try:
        put(sink, outcome)
        return outcome
    except OutputError as exc:
        if outcome.error is not None:
            return outcome
        failed = outcome.failed(str(exc))
    with contextlib.suppress(OutputError):
        put(sink, failed)
    return failed


def report(outcome: Outcome) -> None:
    click.echo(f"error: {outcome.source}: {outcome.error}", err=True)
    if outcome.detail:
        click.echo(outcome.detail.rstrip(), err=True)


def run(
    outcomes: Iterator[Outcome], sink: Sink, stats: Stats, progress: Progress, fail_fast: bool
) -> None:
    """Write every outcome, report failures, count; the sink is closed or discarded."""
    try:
        for outcome in outcomes:
            done = write(sink, outcome)
            stats.add(done)
            if done.error is not None:
                progress.clear()
                report(done)
                if fail_fast:
                    break
            progress.update(stats)
    except BaseException:
        sink.discard()
        raise
    finally:
        progress.clear()
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
    sink.close()


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True))
@click.option(
    "-o",
    "--output",
    metavar="DIR|FILE.jsonl|FILE.parquet",
    help="Write a directory mirroring the inputs (one file each; a failed input gets none,"
    " its error record goes to stdout), or one JSONL or Parquet file (Parquet needs the"
    " 'parquet' extra). Default: JSON lines on stdout.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "text"]),
    default="json",
    show_default=True,
    help="With -o DIR: one indented JSON record (.json) or the article as text (.txt) per"
    " input. JSONL inputs always give a .jsonl file of records.",
)
@click.option(
    "--glob",
    "globs",
    multiple=True,
    default=DEFAULT_GLOBS,
    show_default=True,
    metavar="PATTERN",
    help="Files to read in directories (repeatable); add '*.jsonl' or '*.jsonl.gz' to read"
    " JSON lines files there.",
)
@click.option("--jsonl", "stdin_jsonl", is_flag=True, help="Read stdin as JSON lines.")
@click.option(
    "--text-field",
    metavar="NAME",
    help="JSONL: the page text.  [default: text]  With --html-field: the text cleaned instead"
    " when a line's HTML is missing, null or blank.",
)
@click.option(
    "--html-field", metavar="NAME", help="JSONL: the page as HTML (instead of --text-field)."
)
@click.option("--url-field", metavar="NAME", help="JSONL: the page's URL (helps extraction).")
@click.option("--id-field", metavar="NAME", help="JSONL: the record id. Default: FILE:LINE.")
@click.option("--skip-existing", is_flag=True, help="With -o DIR: skip inputs already written.")
@click.option(
    "--resume",
    is_flag=True,
    help="Continue an interrupted run: with -o FILE.jsonl, keep the records already written"
    " and append the others; with -o DIR, the same as --skip-existing.",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), help="Worker processes. Default: CPU count."
)
@click.option(
    "--page-timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_PAGE_TIMEOUT,
    show_default=True,
    metavar="SECONDS",
    help="Time budget per page, in CPU seconds: a page that takes longer gets an error record"
    " and the batch goes on. 0: no budget.",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary on stderr.")
@click.option(
    "--site-learning",
    is_flag=True,
    help="Learn the lines each site repeats on many pages and remove them (site_repeated):"
    " two passes over files, as it goes on stdin. A page's site: its URL's host, else its"
    " directory (its JSONL file).",
)
@click.option(
    "--site-profile",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Site learning that starts from FILE when it exists and saves the table there.",
)
@click.option(
    "--dedup",
    type=click.Choice(["exact", "near"]),
    help="Flag repeated articles in meta.duplicate_of (near: MinHash, needs the dedup extra).",
)
@click.option(
    "--report",
    "report_path",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE.html",
    help="Write a self-contained HTML report of the run.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Clean JSONL inputs on the Dask cluster whose scheduler is at ADDRESS"
    " (tcp://host:8786), into -o DIR as part-NNNNN.jsonl files in input order."
    " Needs the dask extra.",
)
@config_options
@click.pass_context
def clean(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    fmt: Format,
    globs: tuple[str, ...],
    stdin_jsonl: bool,
    text_field: str | None,
    html_field: str | None,
    url_field: str | None,
    id_field: str | None,
    skip_existing: bool,
    resume: bool,
    jobs: int | None,
    page_timeout: float,
    fail_fast: bool,
    quiet: bool,
    site_learning: bool,
    site_profile: str | None,
    dedup: str | None,
    report_path: str | None,
    dask_address: str | None,
    config_path: str | None,
    disable: tuple[str, ...],
) -> None:
    """Clean pages: text or HTML files, directories of them, JSONL files, or - for stdin.

    Files named *.html, *.htm or *.html.gz are HTML: trafilatura extracts the article,
    then the text stages clean it. WARC archives (*.warc, *.warc.gz; the 'warc' extra) give
    one page per HTML response, its URL as the id; other records are counted as skipped.

    Every input gives one record (rejected pages too, with the reason) or an error record
    {"schema": 1, "id", "source", "error"}; errors are also reported on stderr.
    """
    config = load_config(config_path, disable)
    text_fallback = html_field is not None and text_field is not None
    text_field = text_field or "text"
    if dask_address is not None:
        if fmt != "json" or skip_existing or fail_fast or site_learning or site_profile:
            raise click.UsageError(
                "--dask writes JSONL part files: no --format text, --skip-existing,"
                " --fail-fast, --site-learning or --site-profile"
            )
        if dedup or report_path:
            raise click.UsageError("--dask takes no --dedup or --report")
        fields = JsonlFields(text_field, id_field, html_field, url_field, text_fallback)
        clean_on_dask(ctx, dask_address, paths, output, globs, config, fields, quiet)
        return
    workers = jobs or os.cpu_count() or 1
    # Workers build their own pipelines: with them, this process only checks the config.
    check_config(config)
    pipeline = build_pipeline(config) if workers == 1 else None
    settle_collector()
    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("give files or directories to clean, or pipe pages to stdin")
        paths = (STDIN,)
    if resume and output not in (None, STDIN) and not is_file_output(str(output)):
        skip_existing = True
    sink = open_sink(output, paths, fmt, globs, skip_existing, resume)
    exclude = (os.path.realpath(sink.root),) if isinstance(sink, DirSink) else ()
    stats = Stats()
    sources = find_sources(paths, globs, stdin_jsonl=stdin_jsonl, exclude=exclude)
    if isinstance(sink, DirSink) and skip_existing:
        sources = without_existing(sources, sink, stats)
    read_pages = functools.partial(
        iter_pages,
        stdin=binary_stream("stdin"),
        text_field=text_field,
        id_field=id_field,
        html_field=html_field,
        url_field=url_field,
        text_fallback=text_fallback,
        skipped=stats.records_skipped,
    )
    pages = read_pages(sources)
    profile = open_profile(site_profile) if site_learning or site_profile else None
    if profile is not None:
        # Standard input can be read only once: site learning as it goes. Files: two passes
        # (the first counts no skipped record: the second pass does).
        again = find_sources(paths, globs, exclude=exclude)
        first = None if STDIN in paths else read_pages(again, skipped=None)
        pages = with_site_tables(pages, profile, first)
    if isinstance(sink, JsonlFileSink) and resume:
        pages = without_done(pages, sink.done, stats)
    stderr_tty = sys.stderr.isatty()
    outcomes = run_pages(
        pages,
        config,
        workers,
        pipeline=pipeline,
        page_timeout=page_timeout or None,
        json_lines=sink.json_lines,
    )
    if dedup is not None:
        outcomes = deduplicator(dedup).mark(outcomes)
    batch_report = BatchReport(command=" ".join(sys.argv)) if report_path else None
    if batch_report is not None:
        outcomes = batch_report.watch(outcomes)

    try:
        run(outcomes, sink, stats, Progress(stderr_tty and not quiet), fail_fast)
    except BrokenProcessPool as exc:
        raise click.ClickException(f"a worker process died ({exc}); try --jobs 1") from exc
    except OutputError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        if profile is not None and site_profile:
            profile.save(site_profile)
        if batch_report is not None and report_path:
            write_atomic(report_path, batch_report.to_html().encode())
    except (OSError, OutputError) as exc:
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        click.echo(stats.summary(skip_existing or resume), err=True)
    if stats.failed:
        ctx.exit(1)


def clean_on_dask(
    ctx: click.Context,
    address: str,
    paths: Sequence[str],
    output: str | None,
    globs: Sequence[str],
    config: CleanerConfig,
    fields: JsonlFields,
    quiet: bool,
) -> None:
    """``cleaner clean --dask``: the work is :func:`cleaner.dask.clean_dask`'s."""
    from cleaner.dask import DaskError, clean_dask

    if not paths or STDIN in paths or output is None or is_jsonl(output):
        raise click.UsageError("--dask reads JSONL files (not stdin) and writes to -o DIR")
    check_config(config)
    jsonl_globs = [glob for glob in globs if is_jsonl(glob)] or ["*.jsonl", "*.jsonl.gz"]
    try:
        result = clean_dask(
            paths, output, scheduler=address, config=config, fields=fields, globs=jsonl_globs
        )
    except DaskError as exc:
        raise click.ClickException(str(exc)) from exc
    for failure in result.failures:
        click.echo(f"error: {failure.source}: {failure.error}", err=True)
        if failure.detail:
            click.echo(failure.detail.rstrip(), err=True)
    if not quiet:
        parts = len(result.parts)
        click.echo(f"{result.stats.summary(False)}; {parts:,} part files in {output}", err=True)
    if result.stats.failed:
        ctx.exit(1)


def open_profile(path: str | None) -> SiteProfile:
    """A new site profile, or the one saved in ``path``."""
    if path is None or not os.path.exists(path):
        return SiteProfile()
    try:
        return SiteProfile.load(path)
    except CleanerError as exc:
        raise click.BadParameter(str(exc), param_hint="'--site-profile'") from exc


def deduplicator(mode: str) -> Deduplicator:
    try:
        return Deduplicator(near=mode == "near")
    except MissingExtraError as exc:
        raise click.BadParameter(str(exc), param_hint="'--dedup'") from exc


# --- cleaner explain ------------------------------------------------------------------------

_STYLES: dict[str, dict[str, Any]] = {
    "keep": {"fg": "green"},
    "drop": {"fg": "red"},
    "blank": {"dim": True},
    "unknown": {"fg": "yellow", "bold": True},
}


def styled_row(row: ExplainRow, number_width: int, label_width: int) -> str:
    """:func:`~cleaner.explain.format_row` with colors (click drops them when not a tty)."""
    label = click.style(
        f"{row.label:<{label_width}}" if row.text else row.label, **_STYLES[row.fate]
    )
    text = click.style(row.text, dim=True) if row.fate == "drop" and row.text else row.text
    return f"{row.number:>{number_width}}  {label}  {text}".rstrip()


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--color/--no-color", default=None, help="Default: when stdout is a terminal.")
@config_options
@click.pass_context
def explain(
    ctx: click.Context,
    file: str,
    color: bool | None,
    config_path: str | None,
    disable: tuple[str, ...],
) -> None:
    """Show what happened to every line of FILE (a text page, or - for stdin).

    Each line gets KEEP and its field (headline, bullet, body), DROP and the stage/reason
    that removed it, or blank. ??? marks a line nothing accounts for: a bug, please report.
    """
    pipeline = build_pipeline(load_config(config_path, disable))
    try:
        data = binary_stream("stdin").read() if file == STDIN else read_page(file)
        text, encoding = decode_bytes(data)
    except CleanerError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    name = STDIN_NAME if file == STDIN else os.path.basename(file)
    source = STDIN_NAME if file == STDIN else file
    doc = pipeline.clean_text(text, id=name, source=source, encoding=encoding)
    rows = explain_rows(doc, text)
    if doc.rejected is not None:
        click.echo(f"page rejected: {doc.rejected.stage}/{doc.rejected.reason}", color=color)
    number_width = len(str(len(rows)))
    label_width = min(max((len(row.label) for row in rows), default=0), 32)
    for row in rows:
        click.echo(styled_row(row, number_width, label_width), color=color)
    unknown = sum(row.fate == "unknown" for row in rows)
    if unknown:
        click.echo(f"error: {unknown} lines are not accounted for: a bug, please report", err=True)
        ctx.exit(1)


# --- cleaner stages -------------------------------------------------------------------------


@cli.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Show the reasons of this config's [[drop]] patterns.",
)
def stages(config_path: str | None) -> None:
    """List the stages in the order they run, with the reason codes each one records."""
    from cleaner.config import REQUIRED, STAGE_NAMES
    from cleaner.pipeline import STAGE_CLASSES

    config = load_config(config_path)
    width = max(len(name) for name in STAGE_NAMES)
    for cls in STAGE_CLASSES:
        if cls.name == "custom":
            reasons = sorted({p.reason for p in config.drop_patterns})
            text = ", ".join(reasons) if reasons else "(your [[drop]] patterns)"
        else:
            text = ", ".join(sorted(cls.reasons)) or "(no reason codes)"
        if cls.name in REQUIRED:
            text += "  [required]"
        click.echo(f"{cls.name:<{width}}  {text}")


# --- cleaner eval ---------------------------------------------------------------------------

#: Record fields ``cleaner eval --records`` keeps; the rest (removed lines) is not scored.
_SCORED_FIELDS = ("id", "headline", "bullets", "body", "rejected", "error")


def _read_records(path: str) -> Iterator[dict[str, Any]]:
    for number, obj in enumerate(read_gold(path), start=1):
        if "id" not in obj:
            raise click.ClickException(f"{path}:{number}: a record without an id")
        yield {key: obj.get(key) for key in _SCORED_FIELDS}


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def summary_rows(report: Report) -> list[str]:
    """The table ``cleaner eval`` prints: one row per dataset, then all pages."""
    groups = [*report.by_dataset().items(), ("ALL", report.overall())]
    rows = [
        f"{'dataset':<14} {'pages':>6} {'P':>6} {'R':>6} {'F1':>6} {'title':>6}"
        f" {'with':>6} {'w/out':>6} {'left':>6} {'rej':>4} {'err':>4}"
    ]
    for name, s in groups:
        rows.append(
            f"{name:<14} {s.pages:>6} {_percent(s.precision):>6} {_percent(s.recall):>6}"
            f" {_percent(s.f1):>6} {_percent(s.headline_exact):>6} {_percent(s.with_kept):>6}"
            f" {_percent(s.without_gone):>6} {_percent(s.boilerplate_left):>6}"
            f" {s.rejected:>4} {s.errors:>4}"
        )
    return rows


def worst_rows(result: PageResult) -> list[str]:
    score = result.score
    f1 = f"F1 {score.f1:.3f} (P {score.precision:.3f} R {score.recall:.3f})" if score else ""
    rows = [f"{result.id} [{result.dataset or '-'}] {f1}"]
    if result.rejected or result.error:
        rows.append(f"  rejected: {result.rejected or result.error}")
    if result.headline_ok is False:
        rows.append(f"  headline: {result.headline!r}  gold: {result.gold_title!r}")
    rows += [f"  + {_short(p)}" for p in result.kept_junk]
    rows += [f"  - {_short(p)}" for p in result.lost]
    return rows


def _short(text: str, width: int = 110) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@cli.command("eval")
@click.argument("gold_path", metavar="GOLD", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--text-field",
    metavar="NAME",
    help="Clean the page text in this field (with --html-field: when a page has no HTML).",
)
@click.option("--html-field", metavar="NAME", help="Clean the HTML page in this field.")
@click.option(
    "--url-field",
    default="url",
    show_default=True,
    metavar="NAME",
    help="With --html-field: the page's URL, for trafilatura.",
)
@click.option(
    "--records",
    "records_path",
    type=click.Path(exists=True, dir_okay=False),
    help="Score these records ('cleaner clean' output, matched by --id-field) instead.",
)
@click.option("--gold-field", default="gold_body", show_default=True, metavar="NAME")
@click.option(
    "--title-field",
    default="gold_title",
    show_default=True,
    metavar="NAME",
    help="Gold headline; '' to skip headlines.",
)
@click.option("--id-field", default="id", show_default=True, metavar="NAME")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N gold pages.")
@click.option(
    "--worst",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="Show the N pages with the lowest F1: kept junk (+) and lost text (-).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when overall F1 is lower.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes.")
@click.option(
    "--site-learning",
    is_flag=True,
    help="Clean the pages as one batch that learns each site's repeated lines (site: the"
    " URL's host, else the dataset); prints the table with it, then without it.",
)
@config_options
@click.pass_context
def eval_(
    ctx: click.Context,
    gold_path: str,
    text_field: str | None,
    html_field: str | None,
    url_field: str,
    records_path: str | None,
    gold_field: str,
    title_field: str,
    id_field: str,
    limit: int | None,
    worst: int,
    as_json: bool,
    min_f1: float | None,
    jobs: int | None,
    site_learning: bool,
    config_path: str | None,
    disable: tuple[str, ...],
) -> None:
    """Score the cleaner against gold pages (JSON lines with the page and its gold body).

    Body precision, recall and F1 over lowercased word tokens, per page then averaged;
    headline exact match; gold_with/gold_without snippets when the gold has them.
    """
    if records_path is not None and (text_field or html_field):
        raise click.UsageError("--records takes no --text-field or --html-field")
    if records_path is None and not (text_field or html_field):
        raise click.UsageError("give --text-field, --html-field (or both) or --records")
    config = load_config(config_path, disable)
    build_pipeline(config)
    gold = read_gold(gold_path, limit)
    without: Report | None = None
    try:
        if records_path is not None:
            report = score_records(
                _read_records(records_path),
                gold,
                gold_field=gold_field,
                title_field=title_field or None,
                id_field=id_field,
            )
        else:
            run_eval = functools.partial(
                evaluate,
                text_field=text_field,
                html_field=html_field,
                url_field=url_field or None,
                gold_field=gold_field,
                title_field=title_field or None,
                id_field=id_field,
                config=config,
                jobs=jobs or os.cpu_count() or 1,
            )
            report = run_eval(gold, site_learning=site_learning)
            if site_learning:
                without = run_eval(read_gold(gold_path, limit))
    except (CleanerError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        data = report.to_dict(worst)
        if without is not None:
            data = {"with_site_learning": data, "without_site_learning": without.to_dict()}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        if without is not None:
            click.echo("with site learning")
        for row in summary_rows(report):
            click.echo(row)
        if without is not None:
            click.echo("\nwithout site learning")
            for row in summary_rows(without):
                click.echo(row)
        for result in report.worst(worst):
            click.echo("")
            for row in worst_rows(result):
                click.echo(row)
    f1 = report.overall().f1
    if min_f1 is not None and (f1 is None or f1 < min_f1):
        click.echo(f"error: F1 {_percent(f1)} is below the floor {min_f1:.3f}", err=True)
        ctx.exit(1)


def main() -> None:
    """The ``cleaner`` console script."""
    cli(prog_name="cleaner")
