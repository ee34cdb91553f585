"""Speed and memory: pages/s and MB/s per core for both routes, where the time goes, peak RSS.

    python bench/speed.py ../shared/eval/dev.jsonl.gz [--limit N] [--write BENCHMARKS.md]
    python bench/speed.py --synthetic 20000

Every figure comes from one process on one core. Beside our routes it times trafilatura's
own extraction of the same HTML in the same run, so the ratios hold on a noisy machine:
compare ``text route / trafilatura`` and ``HTML route / trafilatura``, not absolute speeds.
The synthetic corpus is generated here (seeded): scraped-looking pages of any number, with
menus, bylines, paragraphs, captions, related lists and comment sections, for measuring
throughput and memory at sizes the evaluation files do not reach.
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from report import publish, section

from cleaner import Pipeline
from cleaner.document import Document
from cleaner.evaluate import read_gold

#: Pages cleaned before the clock starts: the first pages pay for imports, stoplists and
#: dateparser's per-language tables, which a batch pays once.
WARM_UP_PAGES = 20

_WORDS = (
    "the government said on tuesday that new talks would begin after officials met in the"
    " capital where protesters gathered again to demand reforms while police closed roads"
    " near parliament and ministers promised an inquiry into spending by regional councils"
    " analysts expect markets to react as investors weigh the report released this week"
).split()
_CHROME = (
    "Home", "World", "Politics", "Business", "Sport", "Share on Facebook", "Tweet",
    "Sign in", "Subscribe", "Advertisement", "Related stories", "Most read",
    "© 2024 The Example Times. All rights reserved.", "Privacy policy", "Contact us",
)  # fmt: skip


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(8, 28))
    return " ".join(words).capitalize() + "."


def synthetic_page(rng: random.Random) -> str:
    """One scraped-looking page: chrome, a headline, a byline, paragraphs, junk after."""
    lines = [f"* {rng.choice(_CHROME)}" for _ in range(rng.randint(5, 15))]
    lines += ["", _sentence(rng).rstrip(".").title(), "", "By Jane Example, Reporter"]
    lines.append(f"Updated {rng.randint(1, 12)}:{rng.randint(10, 59)} AM EDT, June 29, 2012")
    for index in range(rng.randint(4, 30)):
        lines += ["", " ".join(_sentence(rng) for _ in range(rng.randint(1, 5)))]
        if index == 3:
            lines += ["", "Related stories", *(f"* {_sentence(rng)}" for _ in range(4))]
        if index == 5:
            lines += ["", "Photo: Example Agency", "A caption under the picture."]
    lines += ["", "Comments", "", "anna_k 3 hours ago", _sentence(rng), "Reply"]
    lines += [rng.choice(_CHROME) for _ in range(rng.randint(3, 10))]
    return "\n".join(lines) + "\n"


def synthetic_pages(count: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for index in range(count):
        yield {"id": f"synthetic-{index}", "scraped_text": synthetic_page(rng)}


class StageClock:
    """Runs a pipeline's stages one by one and adds up the seconds each takes."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.seconds: dict[str, float] = defaultdict(float)

    def clean_text(self, text: str) -> Document:
        started = time.perf_counter()
        doc = Document.from_text(text)
        self.seconds["(split lines)"] += time.perf_counter() - started
        for stage in self.pipeline.stages:
            started = time.perf_counter()
            doc = stage(doc)
            self.seconds[stage.name] += time.perf_counter() - started
        return doc


def _timed(function: Callable[[Any], object], items: list[Any]) -> float:
    started = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - started


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(pages: list[dict[str, Any]]) -> list[str]:
    """The report's lines for these pages: speeds, ratios, stage shares, peak RSS."""
    from trafilatura import bare_extraction

    pipeline = Pipeline.from_config()
    texts = [p["scraped_text"] for p in pages if isinstance(p.get("scraped_text"), str)]
    htmls = [p["html"] for p in pages if isinstance(p.get("html"), str)]
    for text in texts[:WARM_UP_PAGES]:
        pipeline.clean(text)
    for html in htmls[:WARM_UP_PAGES]:
        pipeline.clean_html(html)

    rows = ["| what | pages | seconds | pages/s | MB/s |", "|---|---|---|---|---|"]

    def row(name: str, items: list[str], seconds: float) -> float:
        megabytes = sum(len(item.encode("utf-8")) for item in items) / 1e6
        speed = len(items) / seconds if seconds else float("inf")
        rows.append(
            f"| {name} | {len(items)} | {seconds:.1f} | {speed:,.1f} | {megabytes / seconds:.2f} |"
        )
        return speed

    text_speed = row("text route", texts, _timed(pipeline.clean, texts))
    html_speed = trafilatura_speed = None
    if htmls:
        html_speed = row("HTML route", htmls, _timed(pipeline.clean_html, htmls))

        def trafilatura_alone(html: str) -> object:
            return bare_extraction(html, include_comments=False, with_metadata=True)

        trafilatura_speed = row("trafilatura alone", htmls, _timed(trafilatura_alone, htmls))
    clock = StageClock(pipeline)
    for text in texts:
        clock.clean_text(text)
    total = sum(clock.seconds.values())
    shares = sorted(clock.seconds.items(), key=lambda item: -item[1])
    lines = [*rows, ""]
    if trafilatura_speed and html_speed:
        lines.append(
            f"Ratios: text route / trafilatura {text_speed / trafilatura_speed:.2f}x, "
            f"HTML route / trafilatura {html_speed / trafilatura_speed:.2f}x."
        )
        lines.append("")
    lines += ["Where the text route's time goes:", "", "| stage | share |", "|---|---|"]
    lines += [f"| {name} | {100 * seconds / total:.1f}% |" for name, seconds in shares]
    lines += ["", f"Peak RSS: {_peak_rss_mb():.0f} MB."]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", help="JSONL(.gz) with scraped_text and html")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--synthetic", type=int, metavar="N", help="N generated text pages")
    parser.add_argument("--write", metavar="FILE", help="append the Markdown report here")
    args = parser.parse_args()
    if args.synthetic:
        pages = list(synthetic_pages(args.synthetic))
        source = f"{args.synthetic} synthetic pages"
    elif args.gold:
        pages = list(read_gold(args.gold, args.limit))
        source = f"{len(pages)} pages of {args.gold}"
    else:
        parser.error("give a GOLD file or --synthetic N")
    text = section(f"Speed on {source}", ("cleaner", "trafilatura"), measure(pages))
    publish(text, args.write, append=True)


if __name__ == "__main__":
    main()
