"""Structure: headline, bullet highlights and body paragraphs out of the remaining lines."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import ClassVar

from cleaner.blocks import Block, group_blocks, join_lines
from cleaner.document import Document, LineKey, Removal, Span
from cleaner.stages.article_start import (
    article_start,
    header_block,
    opens_text,
    whole_quote,
)
from cleaner.stages.base import Stage
from cleaner.stages.caption_box import broken_off, caption_box
from cleaner.stages.headline import (
    MIN_CANDIDATE_SCORE,
    ROW_COST,
    _bare_title,
    _closed,
    _placeholders,
    _table_row,
    cut_edges,
    cut_out,
    headline_pieces,
    headline_score,
    quoted_title,
    stated,
    title_likeness,
)
from cleaner.stages.leads import deck, lead_above, unstopped_lead
from cleaner.stages.overlap import (
    _opening_words,
    _share_in,
    body_overlap,
    content_stems,
    overlap_evidence,
)
from cleaner.stages.title_cells import Piece, cell_pieces, cut_cells
from cleaner.stages.title_stamps import trimmed
from cleaner.text import normalize_key, strip_bullet, words

#: Stages whose removals may hold a comment header that quotes the post's title.
COMMENT_STAGES = frozenset({"comment_section", "comment_widgets"})
#: A highlight bullet has at least this many words (menu entries have fewer).
BULLET_MIN_WORDS = 4
#: A line ending with a colon right above a paragraph of the body, between the headline and
#: the body, announces that paragraph when it has this many words and no digits ("Leitsätze
#: des Gerichts:", "Das Beste kommt jetzt:"); a label ("Foto:", "Von:", "Stand: 12.05.")
#: is shorter or holds a date.
INTRO_MIN_WORDS = 3
#: ...and at most one blank line stands between it and the paragraph.
INTRO_MAX_GAP = 2
#: A stand-first that repeats this share of the first paragraph's opening is a duplicate.
STANDFIRST_OVERLAP = 0.8
#: In an extractor's text, a block above the headline with this many words is the article
#: itself, printed before its title (kickers and teasers above a title have 2 to 40 words
#: on the development pages; the one such block there had 300).
ARTICLE_WORDS = 60
#: Symbols stripped from list items in the body; numbers ("1.") are kept.
SYMBOL_MARKERS = frozenset("•*·-–—▪►◦‣+●■□▸»○☆★◆◇▶")
#: A title over its deck: when the chosen line has, right above it, a shorter line that
#: reads as a title (no penalty), has at least this many content words and shares at least
#: this share of them with the opening paragraphs, the upper line is the title and the
#: chosen one its deck ("Wii tops 2007 console poll" over "The Wii is the most
#: highly-rated console of 2007").
DECK_TITLE_MIN_LIKENESS = 1.3
DECK_TITLE_MIN_STEMS = 3
DECK_TITLE_MIN_OVERLAP = 0.5
#: A title among the cells of a block of several lines (a wide dump's layout table) has at
#: least this overlap evidence with the article's opening (:func:`overlap_evidence`): a
#: teaser or a tool's label beside the text has none. Development pages, headlines right
#: (before ROW_COST applied to such blocks): any overlap, w3m +6, w3m80 +4, and a teaser
#: beside the text taken on two pages whose F1 fell (0.79 -> 0.74, 0.95 -> 0.94); 0.25,
#: w3m +6, w3m80 +5, none lost; 0.5 loses two of the w3m gains (a title's words inflected
#: in the text: "sail", "sailing").
CELL_TITLE_MIN_OVERLAP = 0.25
#: A title left when an interface stamp is cut off its line has at least this overlap
#: evidence with the article's opening.
TRIMMED_TITLE_MIN_OVERLAP = 0.5


#: An address on a line of its own: what a paragraph ending with a colon points to.
LONE_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")


#: The mark w3m draws for an image too small to hold its name (a spacer before a title in
#: a layout table's cell); w3m's list items have "•", "◦" and "□". Text dumps that mark list
#: items with it (inscriptis, lynx) lay no cells out as column pieces.
PLACEHOLDER_BULLET = "*"


def _placeholder_bullet(blocks: list[Block], index: int) -> bool:
    """A block of column pieces marked with :data:`PLACEHOLDER_BULLET` that no other list
    item touches: a title after a spacer image, not an entry of a list."""
    block = blocks[index]
    if block.marker != PLACEHOLDER_BULLET or any(ln.column is None for ln in block.lines):
        return False
    for other in blocks[max(index - 1, 0) : index + 2]:
        touching = other.first == block.last + 1 or other.last + 1 == block.first
        if other is not block and other.marker and touching:
            return False
    return True


class StructureStage(Stage):
    """Split what is left into headline, bullets and body; every line ends up somewhere.

    Reasons:
    - ``duplicate_headline``: another copy of the headline.
    - ``before_headline``: a line above the headline (kicker, section label, leftovers).
    - ``header_fragment``: a short line between the headline and the body that is neither a
      highlight nor a paragraph (an untitled caption, a label); one ending with a colon
      right above a paragraph of the body introduces it and stays (:data:`INTRO_MIN_WORDS`),
      and so does an address on a line of its own under a paragraph that ends with a colon
      (:data:`LONE_URL`), and a short sentence right above the body's first paragraph
      (:func:`~cleaner.stages.article_start.opens_text`) or over a paragraph the body
      keeps above it, and a deck right between the headline and the first paragraph,
      nothing removed between it and the paragraph (:func:`~cleaner.stages.leads.deck`).
    - ``standfirst_duplicate``: a stand-first that repeats the body's first sentence.
    - ``duplicate_paragraph``: a body paragraph that repeats an earlier one (not in an
      extractor's text, where repeats are the page's own).
    - ``headline_row``: the rest of the headline's line when the headline is one cell of it
      (a table row in a wide dump: "Mailing List      Title"), or the image placeholders
      and layout bullets around it; recorded as column pieces of the line. Also the other
      cells of a block of several lines whose title is one column of its cells (a time
      and date beside it, a link from the next column; :mod:`~cleaner.stages.title_cells`),
      and the site's name beside the heading in a page title printed as the page's first
      line ("Storm hits coast - Daily Post").
    """

    name: ClassVar[str] = "structure"
    reasons = frozenset(
        {"duplicate_headline", "before_headline", "header_fragment", "standfirst_duplicate",
         "duplicate_paragraph", "headline_row"}
    )  # fmt: skip
    runs_on_rejected = True

    def choose_headline(
        self,
        blocks: list[Block],
        start: int,
        hint: str | None = None,
        top: int | None = None,
        quoted: str | None = None,
    ) -> tuple[int, str] | None:
        """The index of the headline's block and the headline's text in it, or None.
        ``top``: the number of the page's first line that holds text; ``quoted``: the title
        a comment header quotes (:func:`~cleaner.stages.headline.quoted_title`)."""
        keys = [normalize_key(b.content) for b in blocks]

        def printed(title: str) -> tuple[int, str] | None:
            """The block above the article that prints ``title``, and its text."""
            wanted = normalize_key(title)
            found = next((i for i in range(start) if keys[i] == wanted), None)
            return None if found is None else (found, blocks[found].content)

        if hint is not None:
            # The page's title from its HTML: its copy in the text, or no block at all.
            return printed(hint)
        # The title that the page's comment section quotes, printed above the article.
        quoted_block = printed(quoted) if quoted is not None else None
        if quoted_block is not None:
            return quoted_block
        counts = Counter(keys)
        stoplist, body_words = _opening_words(blocks, start)
        best: tuple[int, str] | None = None
        best_score = 0.0
        captions = caption_box(blocks, start)
        for i in range(start):
            block = blocks[i]
            if i in captions:
                continue  # a photo's caption in a narrow box under the title
            if block.marker and not _placeholder_bullet(blocks, i):
                # A list item scores 0 but is still the last resort, as any block is.
                if best_score == 0.0:
                    best = (i, block.content)
                continue
            if i + 1 < len(blocks) and broken_off(block, blocks[i + 1]):
                continue  # a caption's lines in a narrow cell, cut into blocks
            pieces = [block.content] if block.marker else headline_pieces(block)
            cells = cell_pieces(block)
            # A block of several lines with cells of more than one column is a row too.
            row = _table_row(block, pieces) or len(cells) > 1
            for piece in pieces + self._cell_titles(cells, pieces, stoplist, body_words):
                value = headline_score(
                    piece, start - i, counts[normalize_key(piece)] > 1, stoplist, body_words
                )
                if row and piece == pieces[0]:
                    value = max(value - ROW_COST, MIN_CANDIDATE_SCORE)
                if value >= best_score:
                    best, best_score = (i, piece), value
        if best is not None and best[0] > 0:
            j = best[0] - 1
            while j > 0 and (_placeholders(blocks[j]) or keys[j] == keys[best[0]]):
                j -= 1  # a photo between the title and its deck, or the deck's copy
            title = self._title_above(blocks[j], best[1], stoplist, body_words)
            if title is None and j > 0 and self._photo_name(blocks[j], best[1], stoplist):
                # A photo's name between the title and the photo's caption (lynx writes
                # an image's alternative text as a line of its own).
                j -= 1
                while j > 0 and _placeholders(blocks[j]):
                    j -= 1
                title = self._title_above(blocks[j], best[1], stoplist, body_words)
            if title is not None:
                return j, title
        if best is not None and best_score <= MIN_CANDIDATE_SCORE:
            block = blocks[best[0]]
            if stated(block) and _closed(block.content):
                return None  # the last resort is a stand-first's sentence: the body keeps it
        if best is not None:
            first = blocks[best[0]].lines[0].number == top
            return _bare_title(blocks, keys, best, start, first) or best
        return best

    def _cell_titles(
        self,
        cells: list[Piece],
        pieces: list[str],
        stoplist: frozenset[str],
        body_words: frozenset[str],
    ) -> list[str]:
        """The cells of a block of several lines that may be its title (``cells``, its
        :func:`~cleaner.stages.title_cells.cell_pieces`): those the article's opening
        echoes (:data:`CELL_TITLE_MIN_OVERLAP`); a teaser or a tool's label in the cell
        beside the article's text shares nothing with it. And the block's text without an
        interface stamp at its head or tail (:func:`~cleaner.stages.title_stamps.trimmed`),
        when the opening echoes what is left (:data:`TRIMMED_TITLE_MIN_OVERLAP`)."""
        out = [
            piece.text
            for piece in cells
            if piece.text not in pieces
            and overlap_evidence(words(piece.text), stoplist, body_words) >= CELL_TITLE_MIN_OVERLAP
        ]
        for rest, stamp in trimmed(pieces[0]) if pieces else ():
            if rest in pieces or rest in out or body_overlap(words(stamp), stoplist, body_words):
                continue  # the article speaks of the stamp's words: they are the title's
            if overlap_evidence(words(rest), stoplist, body_words) >= TRIMMED_TITLE_MIN_OVERLAP:
                out.append(rest)
        return out

    def _title_above(
        self, block: Block, chosen: str, stoplist: frozenset[str], body_words: frozenset[str]
    ) -> str | None:
        """The title of the block above the chosen headline ``chosen`` when it stands over
        it as a title over its deck (:meth:`_title_over_deck`), else None."""
        upper = headline_pieces(block)[:1]
        if upper and self._title_over_deck(upper[0], chosen, stoplist, body_words):
            return upper[0]
        return None

    def _photo_name(self, block: Block, caption: str, stoplist: frozenset[str]) -> bool:
        """A block of one short line, no sentence, that names what the caption under it
        speaks of: a photo's name ("Jamie Carragher" over "Carragher was captaining the
        side"), shorter than the caption and sharing a content word with it."""
        if len(block.lines) != 1 or _closed(block.content):
            return False
        tokens, caption_tokens = words(block.content), words(caption)
        if not tokens or len(tokens) >= len(caption_tokens):
            return False
        caption_stems = set(content_stems(caption_tokens, stoplist))
        return any(stem in caption_stems for stem in content_stems(tokens, stoplist))

    def _title_over_deck(
        self, upper: str, chosen: str, stoplist: frozenset[str], body_words: frozenset[str]
    ) -> bool:
        upper_tokens = words(upper)
        chosen_tokens = words(chosen)
        if len(upper_tokens) >= len(chosen_tokens):
            return False
        if title_likeness(upper, stoplist, upper_tokens) < DECK_TITLE_MIN_LIKENESS:
            return False
        stems = content_stems(upper_tokens, stoplist)
        if len(stems) < DECK_TITLE_MIN_STEMS:
            return False
        return _share_in(stems, body_words) >= DECK_TITLE_MIN_OVERLAP

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        hinted = None if doc.title_hint else header_block(blocks, doc.header_hint)
        if hinted is None:
            start = article_start(blocks)
            quoted = quoted_title(r.text for r in doc.removed if r.stage in COMMENT_STAGES)
            chosen = self.choose_headline(blocks, start, doc.title_hint, _top_line(doc), quoted)
        else:
            start, chosen = hinted
        head = chosen[0] if chosen else None
        decisions: dict[LineKey, str] = {}
        rest: tuple[Removal, ...] = ()  # the headline's line around it, when it is one cell
        headline: Span | None = Span(doc.title_hint, ()) if doc.title_hint else None
        bullets: list[Span] = []
        body: list[Span] = []
        if doc.title_hint:
            head_key: str | None = normalize_key(doc.title_hint)
        else:
            head_key = normalize_key(chosen[1]) if chosen else None
        body_keys: set[str] = set()
        first_body = blocks[start].content if start < len(blocks) else ""
        opening: list[tuple[frozenset[str], frozenset[str]]] = []  # made when first needed
        for i, block in enumerate(blocks):
            key = normalize_key(block.content)
            if chosen and i == head:
                cut = (
                    cut_out(block, chosen[1], self.name)
                    or cut_edges(block, chosen[1], self.name)
                    or cut_cells(block, chosen[1], self.name)
                )
                if cut is None:
                    headline = Span(block.content, block.numbers, block.columns)
                else:
                    headline, rest = cut
            elif head_key and key == head_key:
                decisions.update((n, "duplicate_headline") for n in block.keys)
            elif i < start:
                reason = self._header_block(block, i, head, first_body)
                if doc.extracted and (
                    reason == "header_fragment"  # a subheading, not page debris
                    or (reason == "before_headline" and self._is_article(block))
                ):
                    reason = "body"  # an extractor's text: the article, title placed late
                elif reason == "before_headline" and lead_above(block, blocks, start, opening):
                    reason = "body"
                if reason == "header_fragment" and (
                    self._introduces_body(blocks, i, start, head, first_body)
                    or self._announced_address(blocks, i, head)
                    or whole_quote(block)
                    or self._opens_body(doc, blocks, i, start, head, first_body)
                    or (i - 1 == head == start - 2 and deck(block, blocks, start, doc.removed))
                ):
                    reason = "body"
                if reason is None:
                    bullets.append(Span(block.content, block.numbers, block.columns))
                elif reason == "body":
                    body.append(Span(block.text, block.numbers, block.columns))
                    body_keys.add(key)
                else:
                    decisions.update((n, reason) for n in block.keys)
            elif i == start and self._repeated_by_next(blocks, start):
                decisions.update((n, "standfirst_duplicate") for n in block.keys)
            elif key and key in body_keys and not doc.extracted:
                # Not in an extractor's text: there a repeat is the page's own (a meal plan
                # for each day), and the development pages' gold bodies keep such repeats
                # (HTML route F1 +0.004 on Scrapinghub, +0.006 on WCXB).
                decisions.update((n, "duplicate_paragraph") for n in block.keys)
            else:
                body_keys.add(key)
                body.append(Span(self._paragraph_text(block), block.numbers, block.columns))
        # Blank lines are layout, not content: they leave with the undecided lines.
        dropped = self.drop(doc, decisions)
        return replace(
            dropped,
            removed=dropped.removed + rest,
            lines=(),
            title_hint=None,
            header_hint=None,
            extracted=False,
            link_lines=frozenset(),
            headline=headline,
            bullets=tuple(bullets),
            body=tuple(body),
        )

    def _opens_body(
        self, doc: Document, blocks: list[Block], i: int, start: int, head: int | None, first: str
    ) -> bool:
        """True when block ``i`` :func:`opens_text` over the block under it: the body's first
        paragraph, or one above it that the body takes too (a sentence cut off by a dash,
        "... nothing else in sight—", is no prose block yet)."""
        below = i + 1
        if below > start or below >= len(blocks):
            return False
        if below < start and self._header_block(blocks[below], below, head, first) != "body":
            return False
        return opens_text(blocks[i], blocks[below], doc.removed)

    def _header_block(
        self, block: Block, index: int, head: int | None, first_body: str
    ) -> str | None:
        """None for a highlight bullet, "body" for a stand-first, else a reason."""
        if head is not None and index < head:
            return "before_headline"
        if block.marker and len(block.tokens) >= BULLET_MIN_WORDS:
            return None
        if stated(block) or unstopped_lead(block):
            opening = normalize_key(block.content)
            if opening and normalize_key(first_body).startswith(
                opening[: int(len(opening) * STANDFIRST_OVERLAP)]
            ):
                return "standfirst_duplicate"
            return "body"
        return "header_fragment"

    def _introduces_body(
        self, blocks: list[Block], index: int, start: int, head: int | None, first_body: str
    ) -> bool:
        """True when a short line ending with a colon introduces the body paragraph right
        under it (:data:`INTRO_MIN_WORDS`): the first paragraph, or a stand-first."""
        block = blocks[index]
        content = block.content.rstrip()
        if block.marker or not block.ends_with_colon or len(block.tokens) < INTRO_MIN_WORDS:
            return False
        if content.isupper() or any(ch.isdigit() for ch in content):
            return False  # a form's label ("SEARCH LISTINGS:"), a date
        nxt = index + 1
        if nxt >= len(blocks) or blocks[nxt].first - block.last > INTRO_MAX_GAP:
            return False  # a form's prompt over a removed field ("Enter your email:")
        if nxt == start:
            return True
        return nxt < start and self._header_block(blocks[nxt], nxt, head, first_body) == "body"

    def _announced_address(self, blocks: list[Block], index: int, head: int | None) -> bool:
        """True for an address on a line of its own (:data:`LONE_URL`) right under a
        paragraph of the body that ends with a colon and points to it ("Unterschreibt bitte
        alle diese Petition:"); an address under the headline alone is a link."""
        if index == 0 or not LONE_URL.match(blocks[index].text):
            return False
        above = blocks[index - 1]
        return (
            (head is None or index - 1 > head)
            and above.ends_with_colon
            and self._header_block(above, index - 1, head, "") == "body"
        )

    def _is_article(self, block: Block) -> bool:
        """A long paragraph (not a list item): in an extractor's text, the article itself."""
        return not block.marker and len(block.content.split()) >= ARTICLE_WORDS

    def _repeated_by_next(self, blocks: list[Block], index: int) -> bool:
        """True when the next paragraph opens with this one (a stand-first and its copy)."""
        if index + 1 >= len(blocks):
            return False
        this = normalize_key(blocks[index].content)
        following = normalize_key(blocks[index + 1].content)
        cut = int(len(this) * STANDFIRST_OVERLAP)
        return len(following) > len(this) and cut > 20 and following.startswith(this[:cut])

    def _paragraph_text(self, block: Block) -> str:
        marker, content = strip_bullet(block.lines[0].text)
        if marker and marker in SYMBOL_MARKERS:
            rest = [content] + [line.text for line in block.lines[1:]]
            return join_lines(rest)
        return block.text


def _top_line(doc: Document) -> int | None:
    """The number of the page's first line that holds text, kept or removed."""
    numbers = [line.number for line in doc.lines if line.text.strip()]
    numbers.extend(removal.number for removal in doc.removed)
    return min(numbers, default=None)
