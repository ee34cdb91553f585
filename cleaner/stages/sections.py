"""Sections around and inside the article: comments, related-story lists, teaser lists."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import ClassVar

from cleaner import patterns as P
from cleaner.blocks import Block, group_blocks
from cleaner.document import Document, LineKey
from cleaner.fragments import inline_units
from cleaner.stages.article_lists import (
    TITLE_MAX_WORDS,
    introduced,
    own_list,
    segments,
    title_like,
)
from cleaner.stages.base import Stage
from cleaner.stages.headers import HEADER_TEXT_SHARE, article_header, kicker, unmarked_header
from cleaner.stages.list_kinds import RELATED_MIN_RUN, fact_stretch, references
from cleaner.text import normalize_key

#: Words of prose (blocks of 15+ words ending a sentence) that must come before a comment
#: header for it to open the comment section; a "Comments (3)" link in the page header
#: comes before any prose. The shortest article body of the development pages has 61 words.
PROSE_BEFORE_COMMENTS = 50
#: Comment signatures ("Peter Flom 07.08.12 at 13:24") needed to call a run comments;
#: a byline with a time above the article is one, a teaser list's stamps come without prose.
MIN_SIGNATURES = 3
#: Signatures right under a comment header that make it one even with little prose above,
#: looked for in this many blocks (a Blogger page: "16 comments:", then "Jennifer said...",
#: the comment, its time, and the next signature: two signatures within seven blocks).
MIN_SIGNATURES_AFTER_HEADER = 2
SIGNATURE_WINDOW = 8
#: Most words of a comment's signature line: "Posted by: Matt Palmer at November 13, 2012
#: 6:31 AM" (Movable Type) has 11, "Verfasst von: Anna Schmidt am 13.11.2012 um 6:31" 11.
#: Development pages, 10 -> 12: bs4 F1 0.9170 -> 0.9181, w3m80 0.9109 -> 0.9119 (a post of
#: 31 words, each comment signed under its text), inscriptis, w3m, lynx and snippets the same;
#: HTML route F1 the same, recall 0.9503 -> 0.9497 (on one page a teaser list whose titles
#: end with a time now counts as signatures).
SIGNATURE_MAX_WORDS = 12
#: Most words of a comment section's header ("2 thoughts on “<a title>”").
HEADER_MAX_WORDS = 12
#: A comment header that is one item of a row of short list items is a button of the
#: article's share bar ("* Facebook", "* Twitter", "* Comments", "* Print"), not the start
#: of the comments. An item this short is a button.
BUTTON_WORDS = 3
#: A comment header may close a block of at most this many lines (see ``_header``).
HEADER_BLOCK_LINES = 3
#: The stage whose removed lines (share and navigation links) count as buttons beside it.
BUTTON_STAGES = frozenset({"chrome"})
#: A comment header with at least this many prose blocks and no signature among the next
#: ``ARTICLE_AFTER_WINDOW`` blocks is a link above the article, not its comment section
#: (development pages, snippets: a share bar's "Write a comment" above the text).
ARTICLE_AFTER_PROSE = 3
ARTICLE_AFTER_WINDOW = 5
#: A related label with its teaser after a colon on the same line ("Read more: Title").
LABEL_WITH_TEASER = re.compile(r":\s*\w+\W+\w+\W+\w+")
#: Teaser lists carry a timestamp per teaser; this many stamps make a teaser block.
TEASER_MIN_STAMPS = 2
#: A box of other stories by section: a section's name ("Health", "Canada Headlines"), then
#: its stories, and so on. This many section names, each with prose after it, make one; an
#: article's own sub-headings are rarely all section names. Such boxes follow the article on
#: 4 l3s development pages (in the inscriptis, BeautifulSoup, w3m and lynx dumps); none of
#: the 613 gold bodies, split into paragraphs, holds one.
SECTION_BOX_MIN_LABELS = 3
#: Blocks a section label may carry before the next label: inscriptis runs each story's
#: title into its summary, w3m and lynx print three stories as a title and a summary each,
#: and a "more »" link (2 blocks were enough for the first, 7 for all).
SECTION_BOX_MAX_ITEMS = 7


def stamp_line(block: Block) -> bool:
    """A comment's signature line: at most ``SIGNATURE_MAX_WORDS`` words, with an author's
    time stamp ("Jennifer said... 3 hours ago"), and not a teaser's date."""
    return (
        len(block.tokens) <= SIGNATURE_MAX_WORDS
        and P.COMMENT_STAMP.search(block.content) is not None
        and not P.TEASER_STAMP.match(block.content)
    )


def comment_header(block: Block) -> bool:
    """A comment section's header ("12 Comments", "Leave a Reply"): at most
    ``HEADER_MAX_WORDS`` words."""
    return (
        len(block.tokens) <= HEADER_MAX_WORDS and P.COMMENT_HEADER.search(block.content) is not None
    )


class CommentSectionStage(Stage):
    """A comment section, from its header to the end of the page.

    Reasons:
    - ``comment_section``: the header ("12 Comments", "Leave a Reply", "Kommentare") and
      everything after it, once at least ``PROSE_BEFORE_COMMENTS`` words of prose came
      before the header; or, with no header, from the first of at least
      ``MIN_SIGNATURES`` comment signatures (an author and a timestamp above a paragraph).
    """

    name: ClassVar[str] = "comment_section"
    reasons = frozenset({"comment_section"})

    def apply(self, doc: Document) -> Document:
        # A signature or a comment count cut into pieces reads as the line a browser shows.
        blocks = inline_units(doc.lines, group_blocks(doc.lines), comment_header)
        start = self._header(doc, blocks)
        stamps = self._signatures(blocks)
        if start is None and stamps is None:
            return doc
        # Lines are in reading order (column pieces grouped by column), so "after the
        # header" is a position in ``doc.lines``, not a line number.
        order = {ln.key: i for i, ln in enumerate(doc.lines)}
        if stamps is not None and (start is None or order[stamps] < order[start]):
            start = stamps
        assert start is not None
        at = order[start]
        decisions = {ln.key: "comment_section" for ln in doc.lines[at:]}
        return self.drop(doc, decisions)

    def _signatures(self, blocks: list[Block]) -> LineKey | None:
        """The first line of a run of comments: author-and-timestamp lines, each followed by
        prose, at least ``MIN_SIGNATURES`` times, after the article's prose."""
        prose_words = 0
        found: list[int] = []
        for i, block in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if (
                prose_words >= PROSE_BEFORE_COMMENTS
                and not block.ends_sentence
                and stamp_line(block)
                and nxt is not None
                and len(nxt.tokens) >= 8
            ):
                found.append(i)
            elif block.is_prose:
                prose_words += len(block.tokens)
        if len(found) < MIN_SIGNATURES:
            return None
        first = found[0]
        if first > 0 and len(blocks[first - 1].tokens) <= 2:
            first -= 1  # the comment's number or avatar line
        return blocks[first].lines[0].key

    def _header(self, doc: Document, blocks: list[Block]) -> LineKey | None:
        prose_words = 0
        for i, block in enumerate(blocks):
            if (
                comment_header(block)
                and not self._in_button_row(doc, blocks, i)
                and not self._article_after(blocks, i, prose_words)
            ):
                if prose_words >= PROSE_BEFORE_COMMENTS or self._signed_after(blocks, i):
                    return block.lines[0].key
            elif (
                prose_words >= PROSE_BEFORE_COMMENTS
                and 1 < len(block.lines) <= HEADER_BLOCK_LINES
                and not block.ends_sentence  # not a wrapped sentence ending "...discussion."
                and P.COMMENT_HEADER.search(block.lines[-1].text)
            ):
                # A dump without blank lines between elements (lynx) glues the header to
                # the link above it.
                return block.lines[-1].key
            if block.is_prose:
                prose_words += len(block.tokens)
        return None

    def _in_button_row(self, doc: Document, blocks: list[Block], index: int) -> bool:
        """True for a short header between two buttons, the nearest lines above and below
        it with text: lines chrome removed as share or navigation links, or, around a list
        item, short list items."""
        block = blocks[index]
        if len(block.tokens) > BUTTON_WORDS:
            return False
        removed = {r.number for r in doc.removed if r.stage in BUTTON_STAGES}
        filled = sorted(
            {ln.number for ln in doc.lines if ln.text.strip()} | {r.number for r in doc.removed}
        )
        at = bisect_left(filled, block.numbers[0])
        above = filled[at - 1] if at > 0 else None
        after = bisect_right(filled, block.numbers[-1])
        below = filled[after] if after < len(filled) else None

        def button(j: int, number: int | None) -> bool:
            if number in removed:
                return True
            if not block.marker or number is None or not 0 <= j < len(blocks):
                return False
            near = blocks[j]
            return number in near.numbers and bool(near.marker) and len(near.tokens) <= BUTTON_WORDS

        return button(index - 1, above) and button(index + 1, below)

    def _article_after(self, blocks: list[Block], index: int, before: int) -> bool:
        """True when the article's paragraphs follow the header: at least
        ``ARTICLE_AFTER_PROSE`` prose blocks, more words of prose than came before the
        header (or a header that counts no comments, ``patterns.ZERO_COMMENTS``), and no
        comment signature, within the next ``ARTICLE_AFTER_WINDOW`` blocks.
        A "Write a comment" or "* Comentarios" link in the share bar above an article is no
        comment section; comments come signed, or after a longer article."""
        window = blocks[index + 1 : index + 1 + ARTICLE_AFTER_WINDOW]
        # A signature may be joined to the comment under it: look at every short line.
        if any(
            len(line.text.split()) <= TITLE_MAX_WORDS and P.COMMENT_STAMP.search(line.text)
            for block in window
            for line in block.lines
        ):
            return False
        prose = [block for block in window if block.is_prose]
        if len(prose) < ARTICLE_AFTER_PROSE:
            return False
        # A header that counts no comments ("0 Comments" beside the byline) has the article
        # under it however much prose (a list of teasers) came before.
        zero = P.ZERO_COMMENTS.match(blocks[index].content) is not None
        return zero or sum(len(block.tokens) for block in prose) > before

    def _signed_after(self, blocks: list[Block], index: int) -> bool:
        """True when comments follow the header at once: at least ``MIN_SIGNATURES_AFTER_HEADER``
        signatures, each above a text, within the next ``SIGNATURE_WINDOW`` blocks. A short
        post (a video, a photo) has fewer than ``PROSE_BEFORE_COMMENTS`` words above its
        comments; a "Comments (3)" link in a page header has no signatures under it."""
        window = blocks[index + 1 : index + 1 + SIGNATURE_WINDOW]
        signed = sum(
            1
            for j, block in enumerate(window[:-1])
            if stamp_line(block) and len(window[j + 1].tokens) >= 3
        )
        return signed >= MIN_SIGNATURES_AFTER_HEADER


def _heading(block: Block) -> bool:
    """A line of a few words that ends no sentence: a section's label in a box of stories."""
    return len(block.lines) == 1 and len(block.tokens) <= 4 and not block.ends_sentence


def _section_label(block: Block) -> bool:
    """A short line that names a news section ("Health", "World »", "B.C. Headlines")."""
    return _heading(block) and P.SECTION_LABEL.match(block.content) is not None


class RelatedStage(Stage):
    """Related-story and teaser lists inside and after the article.

    Reasons:
    - ``related_label``: "Related:", "Read more", "See also", "More from ...",
      "Article source:", "Lesen Sie auch", "À lire aussi", tag lines.
    - ``related_links``: a run of at least ``RELATED_MIN_RUN`` title-like lines (no sentence
      end) with prose on both sides or at the end; lines starting with ``::``, ``»`` or ``>>``;
      the title-like lines that follow a related label. A run announced by a colon, or
      between two prose paragraphs with mostly data items, or a fact sheet, or bulleted points
      in lower case, or the rest of a list of amounts whose first item stands above it
      (:func:`own_list`, :func:`fact_sheet`, :func:`lower_case_points`, :func:`amounts`), stays,
      but for its teasers with an upper-case kicker ("STRESS: How to ..."); so does a run's
      last line when it ends with a colon over a list of sentences (:func:`introduced`), its
      notes numbered from "[1]" (:func:`references`), and a fact sheet inside it when prose
      follows the run (:func:`fact_stretch`).
    - ``teaser_list``: a teaser block after the article ("Part of complete coverage on",
      or at least two "updated 8:43 AM EDT, Thu June 26, 2014" stamps) to the end; a box of
      other stories by section ("Health", a story, "Sports", a story, ...) inside or after it.
    """

    name: ClassVar[str] = "related"
    reasons = frozenset({"related_label", "related_links", "teaser_list"})

    def apply(self, doc: Document) -> Document:
        # In an extractor's text only labels, what they announce and teaser blocks go: a
        # run of short lines there is the article's own list more often than not.
        whole = not doc.extracted
        blocks = group_blocks(doc.lines)
        decisions: dict[LineKey, str] = {}
        self._teasers(blocks, decisions)
        self._section_boxes(blocks, decisions)
        after_label = False
        run: list[Block] = []
        seen_prose = False

        lead_in: Block | None = None

        header: Block | None = None
        hint = normalize_key(doc.title_hint) if doc.title_hint else None
        # Words of prose from each block to the end of the page.
        prose = [0] * (len(blocks) + 1)
        for k in range(len(blocks) - 1, -1, -1):
            words_here = len(blocks[k].tokens) if blocks[k].is_prose else 0
            prose[k] = prose[k + 1] + words_here

        def close_run(index: int) -> None:
            nonlocal header
            if whole and seen_prose and len(run) >= RELATED_MIN_RUN:
                spared = [] if header else article_header(lead_in, run, blocks[index:])
                if not spared and not header:
                    spared = unmarked_header(run, blocks[index:], prose[0])
                if spared and prose[index] < HEADER_TEXT_SHARE * prose[0]:
                    spared = []  # a box of teasers under the article, not its header
                if spared and doc.title_hint:
                    # The page's title from its HTML: the title's copy in the text is the
                    # headline, and the byline and date lines go with the links.
                    spared = spared[:1] if normalize_key(spared[0].content) == hint else []
                if spared:
                    header = spared[0]
                    run[:] = [item for item in run if item not in spared]
                parts = segments(run) if run else []
                after = blocks[index] if index < len(blocks) else None
                heading = run[-1] if introduced(run, after) else None
                notes = [run[i] for i in references([item.text for item in run])]
                if after is not None and after.is_prose:
                    # A fact sheet inside the run, right above the text's next paragraph.
                    notes += [run[i] for i in fact_stretch([item.content for item in run])]
                for k, part in enumerate(parts):
                    # What comes before an announcer is judged as a run of its own length,
                    # with the announcer after it: a heading above a list goes with menus.
                    last = k == len(parts) - 1 and index < len(blocks)
                    nxt = blocks[index] if last else None
                    own = k > 0 or own_list(lead_in, part, nxt)
                    for item in part:
                        if item.lines[0].key in decisions:
                            continue  # a label with its teaser
                        if (item is heading or item in notes) and not kicker(item.content):
                            continue
                        if not own or kicker(item.content):
                            decisions.update((n, "related_links") for n in item.keys)
            run.clear()

        for i, block in enumerate(blocks):
            if block.lines[0].key in decisions:
                continue
            content = block.content
            if len(block.tokens) <= 12 and P.RELATED_LABEL.search(content):
                decisions.update((n, "related_label") for n in block.keys)
                # "Read more: <title>" carries its one teaser, and counts in a run of links
                # as the teaser it is; a bare label heads a list.
                after_label = LABEL_WITH_TEASER.search(content) is None
                if not after_label:
                    run.append(block)
                continue
            if whole and P.LINK_PREFIX.match(block.text) and len(block.tokens) <= TITLE_MAX_WORDS:
                decisions.update((n, "related_links") for n in block.keys)
                continue
            if title_like(block) and len(block.lines) == 1:
                if after_label and seen_prose:
                    decisions.update((n, "related_links") for n in block.keys)
                    continue
                run.append(block)
                continue
            after_label = False
            close_run(i)
            lead_in = block
            if block.is_prose:
                seen_prose = True
        close_run(len(blocks))
        dropped = self.drop(doc, decisions)
        if header is None:
            return dropped
        return replace(dropped, header_hint=header.lines[0].key)

    def _section_boxes(self, blocks: list[Block], decisions: dict[LineKey, str]) -> None:
        """Mark each box of other stories by section after some prose (see
        ``SECTION_BOX_MIN_LABELS``): its labels and their stories. A box starts at a section's
        name; inside it, any short heading is a label ("Canada" between "B.C. Headlines" and
        "Health")."""
        seen_prose = False
        i = 0
        while i < len(blocks):
            if not seen_prose or not _section_label(blocks[i]):
                seen_prose = seen_prose or blocks[i].is_prose
                i += 1
                continue
            end, named = i, 0
            while end < len(blocks) and _heading(blocks[end]):
                items = 0
                while (
                    end + 1 + items < len(blocks)
                    and items < SECTION_BOX_MAX_ITEMS
                    and not _heading(blocks[end + 1 + items])
                ):
                    items += 1
                if not any(block.is_prose for block in blocks[end + 1 : end + 1 + items]):
                    break
                named += _section_label(blocks[end])
                end += 1 + items
            if named >= SECTION_BOX_MIN_LABELS:
                for block in blocks[i:end]:
                    if block.lines[0].key not in decisions:
                        decisions.update((n, "teaser_list") for n in block.keys)
                i = end
            else:
                i += 1

    def _teasers(self, blocks: list[Block], decisions: dict[LineKey, str]) -> None:
        """Mark a teaser block after the article, from its first line to the end."""
        prose_seen = 0
        stamped: list[bool] = []  # whether each block is a teaser's stamp, as far as looked
        for i, block in enumerate(blocks):
            if block.is_prose:
                prose_seen += 1
            if prose_seen == 0:
                continue
            header = len(block.tokens) <= 12 and P.TEASER_HEADER.search(block.content)
            while len(stamped) < min(i + 6, len(blocks)):
                stamped.append(P.TEASER_STAMP.match(blocks[len(stamped)].text) is not None)
            stamps = sum(stamped[i : i + 6])
            if not header and not (stamped[i] and stamps >= TEASER_MIN_STAMPS):
                continue
            for later in blocks[i:]:
                decisions.update((n, "teaser_list") for n in later.keys)
            return
