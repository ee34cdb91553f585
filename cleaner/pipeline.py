"""The pipeline: stages in order, and the library's entry points."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from cleaner.config import HTML_SIZE_FACTOR as HTML_SIZE_FACTOR
from cleaner.config import REQUIRED as REQUIRED
from cleaner.config import STAGE_NAMES, CleanerConfig, char_limit, check_config
from cleaner.document import Document, Rejection
from cleaner.io import decode_bytes
from cleaner.stages.base import Stage

if TYPE_CHECKING:
    from cleaner.html import Extraction
    from cleaner.site import SiteTable
from cleaner.stages.bio import AuthorBioStage
from cleaner.stages.boilerplate import AdFilter, ChromeFilter, CommentWidgetFilter, PatternFilter
from cleaner.stages.captions import CaptionStage
from cleaner.stages.columns import ColumnStage
from cleaner.stages.encoding import EncodingStage
from cleaner.stages.language import LanguageStage
from cleaner.stages.layout import ForeignScriptStage, MenuStage
from cleaner.stages.main_content import MainContentStage
from cleaner.stages.metadata import MetadataStage
from cleaner.stages.sections import CommentSectionStage, RelatedStage
from cleaner.stages.site import SiteRepeatedStage
from cleaner.stages.structure import StructureStage
from cleaner.stages.tails import TailStage
from cleaner.stages.teasers import LinkTeaserStage
from cleaner.stages.verdict import VerdictStage

#: The stages, in the order they run. Names are stable: the CLI's --disable uses them.
#: ``REQUIRED``, ``STAGE_NAMES`` and ``check_config`` come from :mod:`cleaner.config` and
#: stay importable from here.
STAGE_CLASSES: tuple[type[Stage], ...] = (
    ColumnStage,
    EncodingStage,
    PatternFilter,
    ChromeFilter,
    AdFilter,
    ForeignScriptStage,
    CommentSectionStage,
    CommentWidgetFilter,
    MenuStage,
    CaptionStage,
    RelatedStage,
    MainContentStage,
    TailStage,
    SiteRepeatedStage,
    AuthorBioStage,
    MetadataStage,
    LinkTeaserStage,
    StructureStage,
    LanguageStage,
    VerdictStage,
)
if tuple(cls.name for cls in STAGE_CLASSES) != STAGE_NAMES:  # pragma: no cover - a typo
    raise ImportError("cleaner.config.STAGE_NAMES must list STAGE_CLASSES' names in order")
#: Most lines a text page may have; one with more is rejected (``input``/``too_many_lines``)
#: before any stage runs. The longest development page has 25,416 lines (a BeautifulSoup
#: dump, most of them blank); the stages take about 34 µs a line, so 100,000 short lines
#: take 3.4 s, and the 3 MB of a million two-letter lines would take 34 s.
MAX_LINES = 100_000


class Pipeline:
    """Stages run in order on a document. Stateless once built: safe to share across threads."""

    def __init__(self, stages: Sequence[Stage], *, max_chars: int | None = None) -> None:
        self.stages = tuple(stages)
        self.max_chars = max_chars
        # For text an extractor already cut to the article (trafilatura's, on the HTML route).
        self.extracted_stages = tuple(s for s in self.stages if not getattr(s, "whole_page", False))

    @classmethod
    def from_config(cls, config: CleanerConfig | None = None) -> Pipeline:
        config = config or CleanerConfig()
        check_config(config)
        stages: list[Stage] = []
        for stage_cls in STAGE_CLASSES:
            if stage_cls.name in config.disabled:
                continue
            if stage_cls is PatternFilter:
                if config.drop_patterns:
                    stages.append(PatternFilter(config.drop_patterns))
                continue
            stages.append(stage_cls())
        return cls(stages, max_chars=config.max_chars)

    def __call__(
        self, doc: Document, *, extracted: bool = False, site: SiteTable | None = None
    ) -> Document:
        """Run the stages; ``site``: what a batch learned about the page's site (the
        ``site`` stage does nothing without it).
        """
        for stage in self.extracted_stages if extracted else self.stages:
            if site is not None and isinstance(stage, SiteRepeatedStage):
                stage = stage.for_site(site)
            doc = stage(doc)
        return doc

    def clean_text(
        self,
        text: str,
        *,
        id: str = "",
        source: str | None = None,
        encoding: str | None = None,
        site: SiteTable | None = None,
    ) -> Document:
        limit = char_limit(self.max_chars)
        if limit is not None and len(text) > limit:
            return too_large(id, source, encoding)
        if text.count("\n") >= MAX_LINES:
            return too_large(id, source, encoding, "too_many_lines")
        doc = Document.from_text(text, id=id, source=source, encoding=encoding)
        return self(doc, site=site)

    def clean_html(
        self,
        data: str | bytes,
        *,
        url: str | None = None,
        id: str = "",
        source: str | None = None,
        charset: str | None = None,
        site: SiteTable | None = None,
    ) -> Document:
        """Clean an HTML page: trafilatura's extraction (or the visible text when it finds
        nothing) through the text stages, with the page's title and metadata. ``charset``
        is the one from the HTTP header, for bytes (checked against them).
        """
        from cleaner.html import ensure_text, extract

        html, encoding = ensure_text(data, charset)
        limit = char_limit(self.max_chars, html=True)
        if limit is not None and len(html) > limit:
            return too_large(id, source, encoding)
        found = extract(html, url)
        doc = self._clean_extraction(found.text, found, id, source, encoding, site)
        other = found.other() if doc.rejected is not None else None
        if other is not None:
            # trafilatura kept the wrong part of the page (a teaser list): the whole visible
            # text through the text stages, as for a scraped dump. Or the visible text of a
            # page laid out in a table left nothing: trafilatura's text instead.
            second = self._clean_extraction(other.text, other, id, source, encoding, site)
            if second.rejected is None or other.method == "visible_text":
                doc = second
        return doc

    def _clean_extraction(
        self,
        text: str,
        found: Extraction,
        id: str,
        source: str | None,
        encoding: str | None,
        site: SiteTable | None = None,
    ) -> Document:
        doc = Document.from_text(text, id=id, source=source, encoding=encoding)
        extracted = found.method == "trafilatura"
        doc = replace(doc, title_hint=found.title, extracted=extracted, link_lines=found.links)
        doc = self(doc, extracted=extracted, site=site)
        meta = doc.meta
        return replace(
            doc,
            meta=replace(
                meta,
                date=meta.date or found.date,
                byline=meta.byline or found.author,
                extraction=found.method,
            ),
        )

    def clean(
        self,
        data: str | bytes,
        *,
        id: str = "",
        source: str | None = None,
        site: SiteTable | None = None,
    ) -> Document:
        if isinstance(data, bytes):
            text, encoding = decode_bytes(data)
            return self.clean_text(text, id=id, source=source, encoding=encoding, site=site)
        return self.clean_text(data, id=id, source=source, site=site)


def clean(
    data: str | bytes,
    *,
    id: str = "",
    source: str | None = None,
    config: CleanerConfig | None = None,
    pipeline: Pipeline | None = None,
    site: SiteTable | None = None,
) -> Document:
    """Clean one page of text (str, or bytes in any encoding) into a :class:`Document`.

    ``site``: what a batch learned about the page's site
    (:meth:`~cleaner.site.SiteProfile.table_for_text`); without it, no site learning.
    """
    return (pipeline or Pipeline.from_config(config)).clean(data, id=id, source=source, site=site)


def too_large(
    id: str, source: str | None, encoding: str | None = None, reason: str = "too_large"
) -> Document:
    """The record of a page over a size limit: rejected before any stage runs."""
    return Document(id=id, source=source, encoding=encoding, rejected=Rejection("input", reason))


def clean_html(
    data: str | bytes,
    *,
    url: str | None = None,
    id: str = "",
    source: str | None = None,
    config: CleanerConfig | None = None,
    pipeline: Pipeline | None = None,
    charset: str | None = None,
) -> Document:
    """Clean one HTML page (str, or bytes decoded by the HTTP header's ``charset`` or the
    page's declared one, checked against the bytes).
    """
    return (pipeline or Pipeline.from_config(config)).clean_html(
        data, url=url, id=id, source=source, charset=charset
    )


def clean_many(
    items: Iterable[str | bytes | tuple[str, str | bytes]],
    *,
    config: CleanerConfig | None = None,
) -> Iterator[Document]:
    """Clean pages lazily; each item is a text, bytes, or an ``(id, text)`` pair."""
    pipeline = Pipeline.from_config(config)
    for index, item in enumerate(items):
        if isinstance(item, tuple):
            page_id, data = item
        else:
            page_id, data = str(index), item
        yield pipeline.clean(data, id=page_id)
