"""Rewrite an evaluation file's ``scraped_text`` with other HTML-to-text converters.

Scrapers hand ``cleaner`` text from many converters. This script turns the ``html`` of each
page of an evaluation file (such as ``../shared/eval/dev.jsonl.gz``) into the text another
converter makes of it, so the text route can be measured on each style:

    python bench/variants.py ../shared/eval/dev.jsonl.gz --out /tmp/variants
    cleaner eval /tmp/variants/dev.w3m80.jsonl.gz --text-field scraped_text

Converters: ``bs4`` (BeautifulSoup ``get_text("\\n")``: one text node a line), ``w3m``
(``w3m -dump``, unwrapped), ``w3m80`` (``w3m -dump -cols 80``: hard-wrapped), ``lynx``
(``lynx -dump -nolist -width 80``). w3m and lynx are system programs; bs4 is the
``beautifulsoup4`` package. The output goes where ``--out`` says, never into the repository
(the evaluation data keeps its own licences).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

#: Seconds one external converter may take on one page before the page keeps empty text.
CONVERTER_TIMEOUT = 30


def _run(command: list[str], html: str) -> str:
    try:
        done = subprocess.run(
            command,
            input=html.encode("utf-8"),
            capture_output=True,
            timeout=CONVERTER_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return ""
    return done.stdout.decode("utf-8", errors="replace")


def bs4_text(html: str) -> str:
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        return str(BeautifulSoup(html, "lxml").get_text("\n"))


def w3m_text(html: str, cols: int) -> str:
    command = ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"]
    return _run([*command, "-cols", str(cols)], html)


def lynx_text(html: str) -> str:
    command = ["lynx", "-dump", "-nolist", "-stdin", "-width", "80"]
    return _run([*command, "-assume_charset=utf-8", "-display_charset=utf-8"], html)


CONVERTERS: dict[str, Callable[[str], str]] = {
    "bs4": bs4_text,
    "w3m": lambda html: w3m_text(html, 10000),
    "w3m80": lambda html: w3m_text(html, 80),
    "lynx": lynx_text,
}


def _convert(args: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    name, record = args
    html = record.get("html")
    if isinstance(html, str):
        record = {**record, "scraped_text": CONVERTERS[name](html)}
    return record


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="JSONL(.gz) with an html field")
    parser.add_argument("--out", type=Path, required=True, help="directory for the variants")
    parser.add_argument(
        "--converter", action="append", choices=sorted(CONVERTERS), help="default: all"
    )
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.gold.name.split(".")[0]
    for name in args.converter or sorted(CONVERTERS):
        target = args.out / f"{stem}.{name}.jsonl.gz"
        jobs = ((name, record) for record in _records(args.gold))
        out = gzip.open(target, "wt", encoding="utf-8")
        with ProcessPoolExecutor(args.jobs) as pool, out:
            for record in pool.map(_convert, jobs, chunksize=8):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{target}")


if __name__ == "__main__":
    main()
