"""The ``site`` stage: lines the page's site repeats on many of its pages (batch mode)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping

from cleaner.blocks import Block, first_prose, group_blocks
from cleaner.dates import is_date_line
from cleaner.document import Document, Line, LineKey
from cleaner.patterns import SIGN_OFF
from cleaner.site import MIN_PAGES, MIN_SHARE, SiteTable, line_hash, normalise, threshold
from cleaner.stages.base import Stage

#: A site lists its stories' headlines on its other pages (teasers, "most read"), so a
#: page's own headline recurs on many pages of a large site. The first lines still kept
#: when this stage runs (the header zone, where the headline is) and a line the page's
#: HTML title holds are removed only when they are on at least this share of the site's
#: pages (a banner, a section header). Since :data:`OWN_TEXT_MIN_PAGES` keeps everything
#: above a page's first prose paragraph on small sites, this only acts on sites with that
#: many pages in the batch; the tests show the case it is for.
HEADLINE_SHARE = 0.5
#: How many kept lines, from the top, count as the headline zone.
HEADLINE_ZONE = 5
#: The page's own text is removed only when it is on at least this many pages of its site
#: (and on the share :func:`~cleaner.site.threshold` asks): a paragraph of prose (see
#: :func:`is_prose`); a paragraph in which some line is not the site's (BeautifulSoup dumps
#: split a sentence around its links, leaving pieces such as "by" or ", the" that every
#: page has); everything above the page's first prose paragraph (headline, byline, dek).
#: Measured on the 613 development pages run as one batch (sites of 3 to 10 pages),
#: inscriptis dump, dragnet body recall with site learning minus without: bar 5 -0.0044,
#: bar 10 -0.0022 (a blog's comment-form notices, on all 10 of its pages, that dragnet's
#: gold keeps), bar 11 and up -0.0001; precision +0.0017 with each bar. Without the
#: bar on the lines above the first prose paragraph, recall lost another 0.0008: a page
#: whose own headline is a teaser on all 4 pages of its site, and a page where removing
#: the site's chrome above the title made the title the headline, out of the body that
#: dragnet's gold keeps it in. The development pages only say the bar must exceed 10; 20
#: is twice that, so that nothing that reads like the page's own text is taken as the
#: site's before the batch holds a fair sample of the site.
OWN_TEXT_MIN_PAGES = 20
#: A paragraph of at least this many words that ends a sentence is prose. Same batch,
#: dragnet recall with site learning minus without: 8 words -0.0001, 15 words -0.0002
#: (more of a blog sidebar's teasers go, one of them of the page's own story, which
#: dragnet's gold holds).
PROSE_MIN_WORDS = 8


def is_prose(block: Block) -> bool:
    """A paragraph that reads like the page's text: no list marker, a sentence's ending,
    at least :data:`PROSE_MIN_WORDS` words."""
    return not block.marker and block.ends_sentence and len(block.tokens) >= PROSE_MIN_WORDS


def is_sign_off(block: Block, above: Block) -> bool:
    """The author's sign-off ("-Jodi") on its own under a paragraph of prose: a blogger
    signs every post, so it is on every page of the site, yet it is part of each post."""
    return len(block.lines) == 1 and is_prose(above) and bool(SIGN_OFF.match(block.text))


class SiteRepeatedStage(Stage):
    """Remove the lines the page's site repeats on many pages: its footer, promo box,
    standard disclaimer, newsletter pitch, teaser headlines.

    It only acts on a page given a :class:`~cleaner.site.SiteTable` (a batch with site
    learning, or ``clean(..., site=...)``); on its own it leaves every page as it is.
    It runs after ``main_content``, on the stretch that stage kept: removed before it, the
    site's lines changed which stretch that stage chose, and on two pages of a blog it then
    lost the end of the article (development pages as one batch, inscriptis dump, dragnet
    recall with site learning minus without: -0.0028 before ``main_content``, -0.0001
    after; precision +0.0034 and +0.0017).

    Reasons:
    - ``site_repeated``: the line (normalised) occurs on at least
      :func:`~cleaner.site.threshold` pages of the site, and on at least
      :data:`OWN_TEXT_MIN_PAGES` when it is part of the page's own text (a paragraph of
      prose, a paragraph with a line of the page's own, the lines above the first paragraph
      of prose, the author's sign-off under a prose paragraph, a date line: stories of the
      same day share it); the removal records the count.
    """

    name = "site"
    reasons = frozenset({"site_repeated"})

    def __init__(
        self,
        table: SiteTable | None = None,
        *,
        min_pages: int = MIN_PAGES,
        min_share: float = MIN_SHARE,
        own_text_min_pages: int = OWN_TEXT_MIN_PAGES,
    ) -> None:
        self.table = table
        self.min_pages = min_pages
        self.min_share = min_share
        self.own_text_min_pages = own_text_min_pages

    def for_site(self, table: SiteTable) -> SiteRepeatedStage:
        """This stage, with one page's site table."""
        return SiteRepeatedStage(
            table,
            min_pages=self.min_pages,
            min_share=self.min_share,
            own_text_min_pages=self.own_text_min_pages,
        )

    def apply(self, doc: Document) -> Document:
        table = self.table
        if table is None or not table.counts:
            return doc
        bar = threshold(table.pages, self.min_pages, self.min_share)
        repeated: dict[LineKey, int] = {}
        own: set[LineKey] = set()
        order: dict[LineKey, int] = {}  # place among the lines that have a word
        for line in doc.lines:
            h = line_hash(line.text)
            if h is None:
                continue
            order[line.key] = len(order) + 1
            count = table.counts.get(h, 0)
            if count >= bar:
                repeated[line.key] = count
            else:
                own.add(line.key)
        if not repeated:
            return doc
        own_bar = max(bar, self.own_text_min_pages)
        title = f" {normalise(doc.title_hint)} " if doc.title_hint else ""
        counts: dict[LineKey, int] = {}
        for line, own_text in self._repeated_lines(doc, repeated, own):
            found = repeated[line.key]
            if own_text and found < own_bar:
                continue
            headline = order[line.key] <= HEADLINE_ZONE or (
                title and f" {normalise(line.text)} " in title
            )
            if not (headline and found < HEADLINE_SHARE * table.pages):
                counts[line.key] = found
        return self.drop(doc, dict.fromkeys(counts, "site_repeated"), counts)

    @staticmethod
    def _repeated_lines(
        doc: Document, repeated: Mapping[LineKey, int], own: Collection[LineKey]
    ) -> Iterator[tuple[Line, bool]]:
        """The site's lines of the page, each with whether it is part of the page's own
        text: above the first prose paragraph, in a prose paragraph, in a paragraph with a
        line of the page's own, the author's sign-off under a prose paragraph, or a date
        line."""
        blocks = group_blocks(doc.lines)
        start = first_prose(blocks)
        for index, block in enumerate(blocks):
            keys = block.keys
            if not any(key in repeated for key in keys):
                continue
            own_text = (
                index < start
                or is_prose(block)
                or any(key in own for key in keys)
                or (index > 0 and is_sign_off(block, blocks[index - 1]))
            )
            for line in block.lines:
                if line.key in repeated:
                    yield line, own_text or is_date_line(line.text) is not None
