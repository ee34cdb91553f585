"""Site learning over a batch of pages: feed a :class:`~cleaner.site.SiteProfile`, then hand
each page the part of it the page needs (a :class:`~cleaner.site.SiteTable`).

Two ways: :func:`learn` then :func:`attach` (two passes, for files and JSONL files: every
page is read twice, and each page sees what the whole batch says about its site), or
:func:`attach` with ``learn=True`` (one pass, for standard input: a page sees the pages
before it and itself, so the first pages of a site keep their boilerplate).

Lines are counted as read: for a text page its lines, for an HTML page the lines of its
visible text (block elements), which are the lines the text stages see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from cleaner.document import split_lines
from cleaner.errors import CleanerError
from cleaner.io import Page, decode_bytes, gunzip, read_page
from cleaner.site import SiteProfile, file_site, page_hashes, site_key

SiteOf = Callable[[Page], str]


def default_site(page: Page) -> str:
    """The page's URL host, else the directory of its file (the JSONL file for a line)."""
    if page.url or not page.jsonl:
        return site_key(page.url, page.name)
    return file_site(page.name, jsonl=True)


def _raw(page: Page) -> str | bytes | None:
    if page.error is not None:
        return None
    if page.data is not None:
        return page.data
    try:
        return read_page(str(page.path))
    except (CleanerError, OSError):
        return None  # reported when the page is cleaned


def _lines(page: Page, raw: str | bytes) -> list[str]:
    """The page's lines as the site profile counts them ([] when it cannot be read)."""
    try:
        if isinstance(raw, bytes) and str(page.path).lower().endswith(".gz"):
            raw = gunzip(raw)
        if page.html:
            from cleaner.html import ensure_text, parse_html, visible_text

            text = visible_text(parse_html(ensure_text(raw)[0]))
        else:
            text = decode_bytes(raw)[0] if isinstance(raw, bytes) else raw
    except (CleanerError, ValueError):
        return []
    return split_lines(text)


def learn(pages: Iterable[Page], profile: SiteProfile, site_of: SiteOf = default_site) -> int:
    """The first pass: count the lines of every page; returns the pages counted."""
    counted = 0
    for page in pages:
        raw = _raw(page)
        if raw is not None:
            counted += profile.observe(site_of(page), page_hashes(_lines(page, raw)))
    return counted


def attach(
    pages: Iterable[Page],
    profile: SiteProfile,
    *,
    learn: bool = False,
    site_of: SiteOf = default_site,
) -> Iterator[Page]:
    """Each page with its site table (and its bytes, so it is not read a third time);
    with ``learn``, the page is counted first (one pass).
    """
    for page in pages:
        raw = _raw(page)
        site = site_of(page)
        if raw is None:
            yield page._replace(site=profile.table(site, ()))
            continue
        hashes = page_hashes(_lines(page, raw))
        if learn:
            profile.observe(site, hashes)
        yield page._replace(data=raw, site=profile.table(site, hashes))


def with_site_tables(
    pages: Iterable[Page],
    profile: SiteProfile,
    first_pass: Iterable[Page] | None = None,
    site_of: SiteOf = default_site,
) -> Iterator[Page]:
    """Site learning for a batch: with ``first_pass`` (the same pages, read once more), two
    passes, learning from it first; without it (standard input), one pass.
    """
    if first_pass is None:
        yield from attach(pages, profile, learn=True, site_of=site_of)
        return
    learn(first_pass, profile, site_of)
    yield from attach(pages, profile, site_of=site_of)
