"""A page's metadata on the HTML route (cleaner.htmlmeta)."""

from __future__ import annotations

import re

import pytest
from trafilatura.metadata import extract_metadata

from cleaner import clean_html
from cleaner.html import parse_html
from cleaner.htmlmeta import AUTHOR_MARKS, may_name_author, page_metadata

PAGE = """<html><head><title>Bridge plan wins a vote - Example News</title>
<meta property="og:title" content="Bridge plan wins a vote">
<link rel="canonical" href="https://news.example.com/bridge-plan"></head>
<body><h1>Bridge plan wins a vote</h1>
<p class="{byline}">By Jane Roe</p><p>Published 2021-03-04</p>
<p>The council voted for the bridge plan on Thursday after a long debate about costs.</p>
</body></html>"""


def test_fields_match_trafilatura() -> None:
    tree = parse_html(PAGE.format(byline="byline"))
    assert tree is not None
    theirs = extract_metadata(tree)
    ours = page_metadata(tree)
    for name in ("title", "url", "sitename", "author", "date"):
        assert getattr(ours, name) == getattr(theirs, name), name
    assert ours.author == "Jane Roe"


def test_author_search_skipped_without_marks() -> None:
    tree = parse_html(PAGE.format(byline="note"))
    assert tree is not None
    assert not may_name_author(tree)
    assert page_metadata(tree).author is None
    assert extract_metadata(tree).author is None


def test_author_marks_found_in_attributes() -> None:
    for markup in ('<span class="AuthorName">', '<div id="post-author">', '<a rel="author">'):
        tree = parse_html(f"<html><body><p>x</p>{markup}Jane Roe</body></html>")
        assert tree is not None and may_name_author(tree), markup


def test_author_marks_cover_trafilatura_author_search() -> None:
    """Every value trafilatura's author XPaths test holds a mark, so that a page without
    any cannot have an author for it to find (``rel='me'`` is a ``<rel>`` element)."""
    from trafilatura.xpaths import AUTHOR_XPATHS

    values: list[str] = []
    for expression in AUTHOR_XPATHS:
        for literal in re.findall(r"'([^']*)'", expression.path):
            values.extend(re.sub(r"\[(\w)\w\]", r"\1", literal).split("|"))
    uncovered = [v for v in values if not any(mark in v.lower() for mark in AUTHOR_MARKS)]
    assert uncovered == ["me"]


def test_metadata_error_discards_like_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error that ``bare_extraction`` catches around its metadata (it then returns None)
    gives no metadata, and the page's visible text is cleaned instead."""
    import trafilatura.metadata

    def broken(tree: object) -> None:
        raise ValueError("broken meta tags")

    tree = parse_html(PAGE.format(byline="byline"))
    assert tree is not None
    monkeypatch.setattr(trafilatura.metadata, "examine_meta", broken)
    assert page_metadata(tree) is None
    doc = clean_html(PAGE.format(byline="byline"))
    assert doc.meta.extraction == "visible_text"
