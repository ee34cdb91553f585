"""The Scrapy item pipeline (cleaner.integrations.scrapy): unit tests on items, and a real
crawl of a small site served on 127.0.0.1 by http.server.

The crawl runs in a subprocess: Twisted's reactor cannot be started twice in one process.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("scrapy")

import scrapy
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from sites import article, article_html, listing_html

from cleaner.errors import ConfigError
from cleaner.integrations.scrapy import CleanerPipeline

URL = "http://news.example.test/story"


class Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


def pipeline(stats: Stats | None = None, **settings: Any) -> CleanerPipeline:
    return CleanerPipeline(Settings(settings), stats)


def test_an_html_item_gets_the_record_fields() -> None:
    stats = Stats()
    item = {"url": URL, "html": article_html(2)}
    out = pipeline(stats).process_item(item)
    assert out is item
    assert item["headline"] == article(2).title
    assert item["body"] == article(2).paragraphs
    assert item["bullets"] == [] and item["language"] == "en" and item["rejected"] is None
    assert item["meta"]["date"] == "2024-04-03" and item["meta"]["extraction"] == "trafilatura"
    assert item["html"] == article_html(2)
    assert stats.values == {"cleaner/pages": 1}


def test_a_text_item_goes_through_the_text_route() -> None:
    title, paragraphs = article(3)
    item = {"text": "\n\n".join([title, *paragraphs]).encode("utf-8")}
    pipeline().process_item(item)
    assert item["headline"] == title and item["body"] == paragraphs


def test_a_rejected_page_is_dropped_with_its_reason() -> None:
    stats = Stats()
    with pytest.raises(DropItem, match="no_article") as caught:
        pipeline(stats).process_item({"url": URL, "html": listing_html(["/a", "/b"])})
    assert getattr(caught.value, "log_level", None) == "INFO"
    assert stats.values == {
        "cleaner/pages": 1,
        "cleaner/rejected": 1,
        "cleaner/rejected/verdict/no_article": 1,
    }


def test_a_rejected_page_is_kept_when_set() -> None:
    item = {"url": URL, "html": listing_html(["/a"])}
    pipeline(CLEANER_DROP_REJECTED=False).process_item(item)
    assert item["rejected"] == {"stage": "verdict", "reason": "no_article"}
    assert item["body"] == []


def test_field_names_prefix_and_input_removal_follow_the_settings() -> None:
    item = {"link": URL, "page": article_html(1), "body": "the spider's own body"}
    settings = {
        "CLEANER_HTML_FIELD": "page",
        "CLEANER_URL_FIELD": "link",
        "CLEANER_PREFIX": "clean_",
        "CLEANER_FIELDS": "headline,body,removed",
        "CLEANER_KEEP_INPUT": False,
    }
    pipeline(**settings).process_item(item)
    assert set(item) == {"link", "body", "clean_headline", "clean_body", "clean_removed"}
    assert item["body"] == "the spider's own body"
    assert item["clean_body"] == article(1).paragraphs
    assert all({"line", "text", "stage", "reason"} <= set(r) for r in item["clean_removed"])


def test_an_item_without_a_page_passes_unchanged() -> None:
    stats = Stats()
    item = {"url": URL, "price": 3}
    assert pipeline(stats).process_item(item) == {"url": URL, "price": 3}
    assert stats.values == {"cleaner/no_page_field": 1}


class Story(scrapy.Item):
    url = scrapy.Field()
    html = scrapy.Field()
    headline = scrapy.Field()


def test_an_item_class_without_the_fields_gets_an_error_that_says_what_to_do() -> None:
    with pytest.raises(ConfigError, match="declare it on the Item class"):
        pipeline().process_item(Story(url=URL, html=article_html(0)))
    item = Story(url=URL, html=article_html(0))
    pipeline(CLEANER_FIELDS=["headline"]).process_item(item)
    assert item["headline"] == article(0).title


def test_unknown_fields_are_refused_when_the_crawl_starts() -> None:
    with pytest.raises(ConfigError, match="no record field"):
        pipeline(CLEANER_FIELDS=["headline", "summary"])


# --- A real crawl ---------------------------------------------------------------------------

SPIDER = """
import json
import sys

import scrapy
from scrapy.crawler import CrawlerProcess

start, out_dir = sys.argv[1], sys.argv[2]


class Site(scrapy.Spider):
    name = "site"
    start_urls = [start]

    def parse(self, response):
        yield {"url": response.url, "html": response.text}
        yield from response.follow_all(css="a", callback=self.parse)


class KeepRejected(Site):
    name = "keep"
    custom_settings = {"CLEANER_DROP_REJECTED": False}


settings = {
    "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300},
    "ROBOTSTXT_OBEY": False,
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "INFO",
    "CONCURRENT_REQUESTS": 4,
}
process = CrawlerProcess(settings)
crawlers = {}
for spider in (Site, KeepRejected):
    feed = {f"{out_dir}/{spider.name}.jsonl": {"format": "jsonlines", "encoding": "utf-8"}}
    crawler = process.create_crawler(type(spider.__name__, (spider,), {
        "custom_settings": {**(spider.custom_settings or {}), "FEEDS": feed}
    }))
    crawlers[spider.name] = crawler
    process.crawl(crawler)
process.start()
stats = {name: c.stats.get_stats() for name, c in crawlers.items()}
with open(f"{out_dir}/stats.json", "w") as handle:
    json.dump(stats, handle, default=str)
"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A news site on 127.0.0.1: a front page linking to three stories."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "index.html").write_text(listing_html([f"/story{n}.html" for n in range(3)]))
    for n in range(3):
        (root / f"story{n}.html").write_text(article_html(n), encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_scrapy_crawl_cleans_every_page(site: str, tmp_path: Path) -> None:
    script = tmp_path / "crawl.py"
    script.write_text(textwrap.dedent(SPIDER))
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.run(
        [sys.executable, str(script), site, str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    kept = [json.loads(line) for line in (out / "site.jsonl").read_text().splitlines()]
    by_url = {item["url"].rsplit("/", 1)[-1]: item for item in kept}
    assert set(by_url) == {f"story{n}.html" for n in range(3)}
    for n in range(3):
        item = by_url[f"story{n}.html"]
        assert item["headline"] == article(n).title
        assert item["body"] == article(n).paragraphs
        assert item["language"] == "en" and item["rejected"] is None
    everything = [json.loads(line) for line in (out / "keep.jsonl").read_text().splitlines()]
    rejected = [item for item in everything if item["rejected"]]
    assert len(everything) == 4
    assert [item["url"].rsplit("/", 1)[-1] for item in rejected] == ["index.html"]
    stats = json.loads((out / "stats.json").read_text())
    assert stats["site"]["cleaner/pages"] == 4
    assert stats["site"]["cleaner/rejected/verdict/no_article"] == 1
    assert stats["site"]["item_dropped_count"] == 1
    assert stats["keep"].get("item_dropped_count", 0) == 0
