"""Compare, on the same gold pages in one run: the text route, the HTML route, trafilatura
alone, and keeping everything. Accuracy is cleaner.evaluate's (bag-of-words body P/R/F1 per
page, averaged; headline exact match); speed is pages per second on one core.

    python bench/compare.py ../shared/eval/dev.jsonl.gz [--limit N] [--write BENCHMARKS.md]

Pages stream through one process, one route after the other per page, so every figure
comes from the same machine state; compare the ratios, not the absolute speeds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from report import publish, section

from cleaner import Pipeline
from cleaner.evaluate import Report, read_gold, score_record

Route = Callable[[dict[str, Any]], dict[str, Any]]


def make_routes(pipeline: Pipeline) -> dict[str, Route]:
    from trafilatura import bare_extraction

    def text_route(page: dict[str, Any]) -> dict[str, Any]:
        return pipeline.clean(page["scraped_text"], id=page["id"]).to_dict()

    def html_route(page: dict[str, Any]) -> dict[str, Any]:
        return pipeline.clean_html(page["html"], url=page.get("url"), id=page["id"]).to_dict()

    def trafilatura_alone(page: dict[str, Any]) -> dict[str, Any]:
        found: Any = bare_extraction(
            page["html"], url=page.get("url"), include_comments=False, with_metadata=True
        )
        if found is None:
            return {"id": page["id"], "headline": None, "body": []}
        return {"id": page["id"], "headline": found.title, "body": [found.text or ""]}

    def keep_everything(page: dict[str, Any]) -> dict[str, Any]:
        return {"id": page["id"], "headline": None, "body": [page["scraped_text"]]}

    return {
        "cleaner, text route (scraped_text)": text_route,
        "cleaner, HTML route (html)": html_route,
        "trafilatura alone (html, comments off)": trafilatura_alone,
        "keep everything (scraped_text)": keep_everything,
    }


def run(path: str, limit: int | None) -> tuple[dict[str, Report], dict[str, float], int]:
    routes = make_routes(Pipeline.from_config())
    reports = {name: Report() for name in routes}
    seconds = dict.fromkeys(routes, 0.0)
    pages = 0
    for page in read_gold(path, limit):
        if not isinstance(page.get("html"), str) or not isinstance(page.get("scraped_text"), str):
            continue
        pages += 1
        for name, route in routes.items():
            started = time.perf_counter()
            record = route(page)
            seconds[name] += time.perf_counter() - started
            reports[name].add(score_record(record, page))
        if pages % 50 == 0:
            print(f"{pages} pages", file=sys.stderr)
    return reports, seconds, pages


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def table(reports: dict[str, Report], seconds: dict[str, float], pages: int) -> list[str]:
    datasets = sorted({d for r in reports.values() for d in r.by_dataset()})
    rows = [
        "| route | P | R | F1 | headline | "
        + " | ".join(f"F1 {d}" for d in datasets)
        + " | pages/s |",
        "|---|---|---|---|---|" + "---|" * len(datasets) + "---|",
    ]
    for name, report in reports.items():
        overall = report.overall()
        per = report.by_dataset()
        speed = pages / seconds[name] if seconds[name] else float("inf")
        rows.append(
            f"| {name} | {fmt(overall.precision)} | {fmt(overall.recall)} | {fmt(overall.f1)}"
            f" | {fmt(overall.headline_exact)} | "
            + " | ".join(fmt(per[d].f1) if d in per else "-" for d in datasets)
            + f" | {speed:,.0f} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="JSONL(.gz) with html, scraped_text, gold_body")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--write", metavar="FILE", help="write the Markdown report here")
    args = parser.parse_args()
    reports, seconds, pages = run(args.gold, args.limit)
    rows = table(reports, seconds, pages)
    packages = ("cleaner", "trafilatura", "ftfy", "langdetect")
    publish(section(f"Routes compared on {pages} pages", packages, rows), args.write)


if __name__ == "__main__":
    main()
