"""Speed, scaling and memory: pages/s and MB/s per core for both routes, where the time
goes, worker scaling, peak RSS.

    python bench/speed.py ../shared/eval/dev.jsonl.gz [--limit N] [--jobs 2] [--copies 4]
        [--write FILE]
    python bench/speed.py --synthetic 2000 [--jobs 2] [--write BENCHMARKS.md]
    python bench/speed.py --memory 1000,100000 [--huge-mb 50] [--write BENCHMARKS.md]

Route speeds come from one process on one core. Beside our routes it times trafilatura's
own extraction of the same HTML in the same run, so the ratios hold on a noisy machine:
compare ``text route / trafilatura`` and ``HTML route / trafilatura``, not absolute speeds.
``--synthetic N`` generates N pages (see ``synthetic.py``), as text and as HTML.

``--jobs J`` also runs ``cleaner clean`` on the pages as a JSONL file with one worker and
with J (best of ``--repeat`` runs, taken in turns), checks that both outputs are the same
bytes, and reports the speed-up; ``--copies K`` times the pages K times over as well, a
batch long enough that each worker's start weighs little. ``--memory`` runs ``cleaner
clean`` on generated JSONL files of each size and on one huge page, and reports the peak
memory of the process tree.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, cast

from report import peak_rss_mb, publish, run_measured, section
from synthetic import synthetic_pages, write_jsonl

from cleaner import Pipeline
from cleaner.document import Document
from cleaner.evaluate import read_gold
from cleaner.stages.base import Stage

#: Pages each route cleans before its clock starts. Before that, every page is cleaned once,
#: untimed, by the text route and by the HTML route: the first page in each language pays for
#: dateparser's tables of that language and for the stoplists (a quarter of the text route's
#: time on the 613 development pages when counted), and the first date of each form that
#: htmldate sends to dateparser builds its tables; trafilatura alone shares those tables with
#: the HTML route, in the same process. A long batch pays this once. The figures are
#: steady-state speeds.
WARM_UP_PAGES = 20
#: The command that runs the cleaner, with this interpreter.
CLEANER = [sys.executable, "-m", "cleaner"]


#: What each route does outside its stages.
OUTSIDE = {
    "text route": "outside the stages: splitting lines",
    "HTML route": "outside the stages: HTML parsing and extraction",
    "trafilatura alone": "trafilatura",
}


class TimedStage:
    """A stage that adds the seconds it takes to a shared table."""

    def __init__(self, stage: Stage, seconds: dict[str, float]) -> None:
        self.stage, self.seconds, self.name = stage, seconds, stage.name

    def __getattr__(self, name: str) -> object:
        return getattr(self.stage, name)

    def __call__(self, doc: Document) -> Document:
        started = time.perf_counter()
        out = self.stage(doc)
        self.seconds[self.name] += time.perf_counter() - started
        return out


class Route:
    """One way of cleaning a page, timed whole and stage by stage."""

    def __init__(self, name: str, clean: Callable[[Pipeline, str], object]) -> None:
        self.name, self.clean = name, clean
        self.seconds: dict[str, float] = defaultdict(float)
        base = Pipeline.from_config()
        # Stands in for the stage it wraps: same name and attributes, timed calls.
        stages = [cast(Stage, TimedStage(stage, self.seconds)) for stage in base.stages]
        self.pipeline = Pipeline(stages, max_chars=base.max_chars)
        self.total = 0.0
        #: CPU seconds of each page, in order.
        self.page_cpu: list[float] = []

    def warm_up(self, items: Sequence[str]) -> None:
        for item in items[:WARM_UP_PAGES]:
            self.clean(self.pipeline, item)
        self.seconds.clear()

    def step(self, item: str) -> None:
        """Clean one page, on the clock."""
        started, cpu = time.perf_counter(), time.process_time()
        self.clean(self.pipeline, item)
        self.page_cpu.append(time.process_time() - cpu)
        self.total += time.perf_counter() - started

    def shares(self) -> list[tuple[str, float]]:
        """Each stage's share of the time; the rest is reading the input (decoding,
        splitting lines, and on the HTML route parsing and extracting)."""
        rest = self.total - sum(self.seconds.values())
        table = [*self.seconds.items(), (f"({OUTSIDE[self.name]})", rest)]
        return sorted(((name, s / self.total) for name, s in table), key=lambda i: -i[1])


def run_interleaved(routes: Sequence[tuple[Route, Sequence[str]]]) -> None:
    """Every route on page 1, then every route on page 2, ...: a change in the machine's load
    falls on all routes alike, so their ratios hold. The routes take turns going first (in
    order on even pages, in reverse on odd ones): a cache the routes share, such as the
    date parser's, is filled by the first to need it."""
    for route, items in routes:
        route.warm_up(items)
    for index in range(max(len(items) for _, items in routes)):
        turn = routes if index % 2 == 0 else list(reversed(routes))
        for route, items in turn:
            if index < len(items):
                route.step(items[index])


def _trafilatura(pipeline: Pipeline, html: str) -> object:
    from trafilatura import bare_extraction

    return bare_extraction(html, include_comments=False, with_metadata=True)


def replay(page_cpu: Sequence[float], workers: int, start_up: float) -> float:
    """Seconds the worker pool of ``cleaner.batch`` would take on an idle machine, given
    each page's CPU time: chunks go, in order, to the first free worker; a chunk is sent
    only when the parent has taken every result before it out of the window.
    """
    from cleaner.batch import CHUNK, WINDOW_PER_WORKER

    chunks = [sum(page_cpu[i : i + CHUNK]) for i in range(0, len(page_cpu), CHUNK)]
    window = workers * WINDOW_PER_WORKER
    free = [start_up] * workers
    sent = [0.0] * len(chunks)
    done: list[float] = []
    for index, seconds in enumerate(chunks):
        worker = min(range(workers), key=free.__getitem__)
        free[worker] = max(free[worker], sent[index]) + seconds
        done.append(free[worker])
        if index + window < len(chunks):
            sent[index + window] = max(done)  # the parent reads results in order
    return max(done)


def worker_start_up() -> float:
    """CPU seconds a worker takes to start: a fresh interpreter building its pipeline."""
    code = (
        "import time\nfrom cleaner.batch import _init_worker\nfrom cleaner import CleanerConfig\n"
        "_init_worker(CleanerConfig())\nprint(time.process_time())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def measure(pages: list[dict[str, Any]], routes_out: list[Route] | None = None) -> list[str]:
    """The report's lines for these pages: speeds, ratios, stage shares, peak RSS."""
    texts = [p["scraped_text"] for p in pages if isinstance(p.get("scraped_text"), str)]
    htmls = [p["html"] for p in pages if isinstance(p.get("html"), str)]
    warm = Pipeline.from_config()
    cpu = time.process_time()
    for text in texts:
        warm.clean(text)
    COLD_CPU[0] = time.process_time() - cpu
    for html in htmls:
        warm.clean_html(html)
    routes = [(Route("text route", lambda p, t: p.clean(t)), texts)]
    if htmls:
        routes.append((Route("HTML route", lambda p, h: p.clean_html(h)), htmls))
        routes.append((Route("trafilatura alone", _trafilatura), htmls))
    rows = ["| what | pages | seconds | pages/s | MB/s |", "|---|---|---|---|---|"]
    speeds: dict[str, float] = {}
    run_interleaved(routes)
    for route, items in routes:
        if routes_out is not None:
            routes_out.append(route)
        seconds = route.total
        megabytes = sum(len(item.encode("utf-8")) for item in items) / 1e6
        speeds[route.name] = len(items) / seconds
        rows.append(
            f"| {route.name} | {len(items)} | {seconds:.1f} | {speeds[route.name]:,.1f}"
            f" | {megabytes / seconds:.2f} |"
        )
    lines = [*rows, ""]
    alone = speeds.get("trafilatura alone")
    if alone:
        lines += [
            f"Ratios: text route / trafilatura {speeds['text route'] / alone:.2f}x, "
            f"HTML route / trafilatura {speeds['HTML route'] / alone:.2f}x.",
            "",
        ]
    for route, _ in routes[:2]:
        lines += [f"Where the {route.name}'s time goes:", "", "| stage | share |", "|---|---|"]
        lines += [f"| {name} | {100 * share:.1f}% |" for name, share in route.shares()]
        lines.append("")
    lines.append(f"Peak RSS: {peak_rss_mb():.0f} MB.")
    return lines


def _write_pages(path: Path, pages: list[dict[str, Any]], copies: int = 1) -> int:
    """The pages' text as JSONL, ``copies`` times over (each copy's ids made unique); the
    number of lines written."""
    import json

    with open(path, "w", encoding="utf-8") as handle:
        for copy in range(copies):
            for page in pages:
                slim = {"id": f"{page.get('id')}#{copy}", "scraped_text": page.get("scraped_text")}
                handle.write(json.dumps(slim, ensure_ascii=False) + "\n")
    return copies * len(pages)


def scaling(
    pages: list[dict[str, Any]],
    jobs: int,
    repeat: int,
    page_cpu: Sequence[float],
    copies: int = 1,
) -> list[str]:
    """``cleaner clean`` with one worker and with ``jobs``, taken in turns; best of each. With
    ``copies`` > 1, also on the pages that many times over, a batch long enough that each
    worker's start (its imports and its first pages) weighs little."""
    lines: list[str] = []
    for times in sorted({1, copies}):
        lines += _scaling_run(pages, jobs, repeat, times)
    return [*lines, *_replayed(page_cpu, jobs)]


def _scaling_run(pages: list[dict[str, Any]], jobs: int, repeat: int, copies: int) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "pages.jsonl"
        count_pages = _write_pages(source, pages, copies)
        best: dict[int, Any] = {}
        outputs: dict[int, bytes] = {}
        load = os.getloadavg()[0]
        for _ in range(repeat):
            for count in (1, jobs):
                out = Path(tmp) / f"out{count}.jsonl"
                command = [*CLEANER, "clean", str(source), "--text-field", "scraped_text"]
                run = run_measured([*command, "-q", "-j", str(count), "-o", str(out)])
                if run.returncode not in (0, 1):
                    raise SystemExit(f"cleaner clean failed: {run.stderr}")
                if count not in best or run.seconds < best[count].seconds:
                    best[count] = run
                outputs[count] = out.read_bytes()
    one, many = best[1], best[jobs]
    same = "the same bytes" if outputs[1] == outputs[jobs] else "DIFFERENT records"
    what = f"{len(pages)} pages" if copies == 1 else f"{len(pages)} pages {copies} times over"
    return [
        f"`cleaner clean` on the text of {what} ({count_pages:,} JSONL lines in, JSONL out),"
        f" best of {repeat}, load average {load:.1f} on {os.cpu_count()} cores at the start:",
        "",
        "| workers | seconds | pages/s | CPU seconds | of which the parent | peak RSS, all"
        " processes |",
        "|---|---|---|---|---|---|",
        *(
            f"| {count} | {run.seconds:.1f} | {count_pages / run.seconds:,.1f}"
            f" | {run.cpu_seconds:.1f} | {run.parent_cpu_seconds:.1f} | {run.peak_tree_mb:.0f} MB |"
            for count, run in ((1, one), (jobs, many))
        ),
        "",
        f"Speed-up with {jobs} workers: {one.seconds / many.seconds:.2f}x; CPU time"
        f" {many.cpu_seconds / one.cpu_seconds:.2f}x that of one worker; outputs: {same}.",
        "",
    ]


#: CPU seconds of the untimed first pass of the text route over the pages.
COLD_CPU = [0.0]


def _replayed(page_cpu: Sequence[float], jobs: int) -> list[str]:
    build = worker_start_up()
    # What the first pass over the pages cost beyond the steady state: the first page in
    # each language loads date-parsing tables and the like, once in every worker.
    warm_up = max(0.0, COLD_CPU[0] - sum(page_cpu))
    start_up = build + warm_up
    one = start_up + sum(page_cpu)
    many = replay(page_cpu, jobs, start_up)
    return [
        f"On an idle machine (the text route's CPU time of each page above, replayed through"
        f" the pool's chunks and window; each worker starts in {build:.2f} s and warms up in"
        f" {warm_up:.2f} s, the first pass over the pages less the steady state): {one:.1f} s"
        f" with one worker, {many:.1f} s with {jobs}, a speed-up of {one / many:.2f}x before"
        " the parent's reading and writing, which runs beside the workers. The warm-up is paid"
        " once per worker: the more pages, the closer to 2x.",
    ]


def memory(sizes: Sequence[int], huge_mb: int, clean_args: Sequence[str]) -> list[str]:
    """Peak memory of ``cleaner clean`` on generated JSONL files, and on one huge page."""
    rows = [
        "| input | pages | seconds | peak RSS, all processes | largest process |",
        "|---|---|---|---|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = write_jsonl(Path(tmp) / f"pages{size}.jsonl", size, tiny=True)
            command = [*CLEANER, "clean", str(path), "--text-field", "scraped_text"]
            run = run_measured([*command, "-q", *clean_args, "-o", f"{tmp}/out.jsonl"])
            rows.append(
                f"| JSONL, short pages | {size:,} | {run.seconds:.0f} | {run.peak_tree_mb:.0f} MB"
                f" | {run.peak_process_mb:.0f} MB |"
            )
        for kind, path in _huge_inputs(Path(tmp), huge_mb):
            run = run_measured([*CLEANER, "clean", str(path), "-q", "-j", "1"])
            rows.append(
                f"| {kind} | 1 | {run.seconds:.0f} | {run.peak_tree_mb:.0f} MB"
                f" | {run.peak_process_mb:.0f} MB |"
            )
    return [
        f"`cleaner clean {' '.join(clean_args)}`, output to a JSONL file. The huge page is"
        f" {huge_mb} MB of text, over the default limit of 5 M characters: rejected"
        " (input/too_large); as a file it is rejected unread, as a JSONL line once parsed.",
        "",
        *rows,
    ]


def _huge_inputs(tmp: Path, megabytes: int) -> list[tuple[str, Path]]:
    import json

    paragraph = "word " * 40 + "end.\n\n"
    text = paragraph * (megabytes * 1_000_000 // len(paragraph))
    as_file = tmp / "huge.txt"
    as_file.write_text(text, encoding="utf-8")
    as_line = tmp / "huge.jsonl"
    as_line.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    return [(f"one {megabytes} MB text file", as_file), (f"one {megabytes} MB JSONL line", as_line)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", help="JSONL(.gz) with scraped_text and html")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--synthetic", type=int, metavar="N", help="N generated pages")
    parser.add_argument("--jobs", type=int, metavar="J", help="also time cleaner clean -j J")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each, for --jobs")
    parser.add_argument(
        "--copies",
        type=int,
        default=1,
        help="for --jobs, also time the pages this many times over (each worker's start weighs"
        " less on a longer batch)",
    )
    parser.add_argument("--memory", metavar="N,N", help="peak RSS on JSONL of these sizes")
    parser.add_argument("--huge-mb", type=int, default=50, help="the huge page, for --memory")
    parser.add_argument(
        "--clean-args",
        default="-j 2 --disable language",
        help="options of cleaner clean, for --memory (language detection is most of the time"
        " on short pages and holds no memory per page)",
    )
    parser.add_argument("--write", metavar="FILE", help="append the Markdown report here")
    args = parser.parse_args()
    packages = ("cleaner", "trafilatura")
    if args.memory:
        sizes = [int(size) for size in args.memory.split(",")]
        body = memory(sizes, args.huge_mb, args.clean_args.split())
        setting = f"{os.cpu_count()} cores"
        publish(section("Memory", packages, body, setting), args.write)
        return
    if args.synthetic:
        pages = list(synthetic_pages(args.synthetic))
        source = f"{args.synthetic} synthetic pages"
    elif args.gold:
        pages = list(read_gold(args.gold, args.limit))
        source = f"{len(pages)} pages of {args.gold}"
    else:
        parser.error("give a GOLD file, --synthetic N or --memory N,N")
    routes: list[Route] = []
    body = measure(pages, routes)
    setting = "routes: one process, one core"
    if args.jobs:
        body += ["", *scaling(pages, args.jobs, args.repeat, routes[0].page_cpu, args.copies)]
        setting += f"; scaling: {os.cpu_count()} cores"
    publish(section(f"Speed on {source}", packages, body, setting), args.write)


if __name__ == "__main__":
    main()
