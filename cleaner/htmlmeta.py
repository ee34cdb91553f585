"""A page's metadata as trafilatura reads it: only the fields the HTML route uses.

``bare_extraction(..., with_metadata=True)`` also looks for the page's categories, tags and
licence, which the records do not hold: on the 613 development pages that was 0.66 of its
3.6 CPU seconds of metadata (``extract_catstags`` twice, ``extract_license``). The steps
below are those of ``trafilatura.metadata.extract_metadata`` for the title, author, URL,
date and site name, in its order, so the values are the same.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_LOG = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    """What the HTML route keeps of a page's metadata."""

    title: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None
    sitename: str | None = None


def page_metadata(tree: HtmlElement, url: str | None = None) -> PageMetadata:
    """The page's title, author, canonical URL (else ``url``), date and site name.

    The tree is left as it was: trafilatura's author search and htmldate work on copies.
    """
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
    )

    meta: Any = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None  # as trafilatura: a one-word author is a handle, not a name
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as err:  # noqa: BLE001 - trafilatura guards its JSON-LD reader the same way
        _LOG.debug("JSON-LD metadata not read: %s", err)
    meta.title = meta.title or extract_title(tree)
    meta.author = meta.author or extract_author(tree)
    meta.url = meta.url or extract_url(tree, url)
    meta.date = find_date(tree, **_date_params(), url=meta.url)
    meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")  # a Twitter handle
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        match = META_URL.match(meta.url)
        meta.sitename = match[1] if match else None
    meta.clean_and_trim()  # entities, spaces and control characters, as trafilatura
    return PageMetadata(meta.title, meta.author, meta.url, meta.date, meta.sitename)


def _date_params() -> dict[str, Any]:
    """htmldate's options as trafilatura sets them by default (``EXTENSIVE_DATE_SEARCH``)."""
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    params: dict[str, Any] = set_date_params(
        DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")
    )
    params.pop("url", None)
    return params
