"""A page's metadata as trafilatura reads it: only the fields the HTML route uses, and the
costly ones only when they are used.

``bare_extraction(..., with_metadata=True)`` also looks for the page's categories, tags and
licence, which the records do not hold: on the 613 development pages that was 0.66 of its
3.6 CPU seconds of metadata (``extract_catstags`` twice, ``extract_license``). Its author
search in the page's markup (1.6 s, a copy of the whole tree) and htmldate's date search
(1.0 s) give a record's byline and date only when the text stages find none in the text,
so they run when asked. The steps are those of ``trafilatura.metadata.extract_metadata``
for the title, author, URL, date and site name, so the values are the same.
"""

from __future__ import annotations

import logging
from functools import cache
from html import unescape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.etree import XPath
    from lxml.html import HtmlElement

_LOG = logging.getLogger(__name__)
#: What ``bare_extraction`` catches around its metadata and extraction, discarding the page
#: (it returns None): the same errors here give no metadata, as there.
_DISCARDED = (TypeError, ValueError)
#: trafilatura cuts a metadata field at this many characters (``Document.clean_and_trim``).
FIELD_MAX_CHARS = 10000


class PageMetadata:
    """What the HTML route keeps of a page's metadata; :attr:`author` and :attr:`date` are
    looked for in the page when first read. The tree must not change meanwhile.
    """

    __slots__ = ("title", "url", "sitename", "_tree", "_author", "_date", "_found")

    def __init__(
        self,
        title: str | None = None,
        url: str | None = None,
        sitename: str | None = None,
        *,
        author: str | None = None,
        tree: HtmlElement | None = None,
        author_found: bool = False,
    ) -> None:
        self.title, self.url, self.sitename = title, url, sitename
        self._tree = tree
        self._author = author
        self._date: str | None = None
        #: The fields already looked for in the tree (the author is not, when the meta
        #: tags or JSON-LD named one).
        self._found: set[str] = {"author"} if author_found else set()

    @property
    def author(self) -> str | None:
        """The author from the page's meta tags or JSON-LD, else from its markup."""
        if self._tree is not None and "author" not in self._found:
            from trafilatura.metadata import extract_author

            self._found.add("author")
            if may_name_author(self._tree):
                try:
                    self._author = _trimmed(extract_author(self._tree))
                except _DISCARDED:
                    _LOG.debug("author search failed", exc_info=True)
        return self._author

    @property
    def date(self) -> str | None:
        """The page's date by htmldate, as trafilatura asks it."""
        if self._tree is not None and "date" not in self._found:
            from htmldate import find_date

            self._found.add("date")
            try:
                self._date = _trimmed(find_date(self._tree, **_date_params(), url=self.url))
            except _DISCARDED:
                _LOG.debug("date search failed", exc_info=True)
        return self._date


#: What the class, id, itemprop, rel, data-testid and data-component values that
#: trafilatura's author search (``trafilatura.xpaths.AUTHOR_XPATHS``) looks for all hold,
#: lowercased. Its search costs 3.5 ms a page, mostly regular expressions run on every
#: element; on 229 of the 613 development pages no attribute holds any of these.
AUTHOR_MARKS = (
    "author",
    "byl",
    "bbl",
    "username",
    "zuozhe",
    "bianji",
    "xiaobian",
    "channel-name",
    "submitted-by",
    "posted-by",
    "journalist-name",
    "screenname",
    "writer",
)
_AUTHOR_ATTRIBUTES = "//@class|//@id|//@itemprop|//@rel|//@data-testid|//@data-component"


def may_name_author(tree: HtmlElement) -> bool:
    """Whether trafilatura's author search can find anything in the page: an ``<author>``
    or ``<rel>`` element, or an attribute it reads that holds one of :data:`AUTHOR_MARKS`.
    """
    if tree.find(".//author") is not None or tree.find(".//rel") is not None:
        return True
    values = " ".join(_author_attributes()(tree)).lower()
    return any(mark in values for mark in AUTHOR_MARKS)


@cache
def _author_attributes() -> XPath:
    from lxml.etree import XPath

    return XPath(_AUTHOR_ATTRIBUTES, smart_strings=False)  # plain strings: faster


def page_metadata(tree: HtmlElement, url: str | None = None) -> PageMetadata | None:
    """The page's title, canonical URL (else ``url``) and site name; its author and date
    when read. The tree is left as it was: trafilatura's author search and htmldate work on
    copies. None when trafilatura would discard the page (:data:`_DISCARDED`).
    """
    try:
        return _read_metadata(tree, url)
    except _DISCARDED:
        _LOG.debug("metadata not read", exc_info=True)
        return None


def _read_metadata(tree: HtmlElement, url: str | None) -> PageMetadata:
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
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
    meta.url = meta.url or extract_url(tree, url)
    meta.sitename = meta.sitename or extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")  # a Twitter handle
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    elif meta.url:
        match = META_URL.match(meta.url)
        meta.sitename = match[1] if match else None
    fields = (meta.title, meta.url, meta.sitename, meta.author)
    title, page_url, sitename, author = (_trimmed(value) for value in fields)
    return PageMetadata(
        title, page_url, sitename, author=author, tree=tree, author_found=bool(meta.author)
    )


def _trimmed(value: str | None) -> str | None:
    """A field as trafilatura gives it: entities decoded, spaces and control characters
    squashed, cut at :data:`FIELD_MAX_CHARS`.
    """
    from trafilatura.utils import line_processing

    if not isinstance(value, str):
        return value
    if len(value) > FIELD_MAX_CHARS:
        value = value[: FIELD_MAX_CHARS - 1] + "…"
    result: str | None = line_processing(unescape(value))
    return result


@cache
def _date_params() -> dict[str, Any]:
    """htmldate's options as trafilatura sets them by default (``EXTENSIVE_DATE_SEARCH``)."""
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params

    params: dict[str, Any] = set_date_params(
        DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")
    )
    params.pop("url", None)
    return params
