"""Paragraph blocks: consecutive lines that belong to one paragraph, whatever the converter."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from cleaner.document import Line, LineKey, piece_columns
from cleaner.text import (
    TOKENS_MAX_CHARS,
    cached,
    continues,
    ends_sentence,
    line_tokens,
    strip_bullet,
    words,
    wrap_width,
)

#: A block of prose has at least this many words. Shorter body paragraphs exist (the
#: samples have some of 8-11 words) and stay in the body once it has begun; this bound only
#: marks where the body begins and which blocks count as prose around a comment section.
PROSE_MIN_WORDS = 15
#: A dump is indented (w3m, lynx) when more than this share of its lines start with two
#: spaces and none holds a tab. Development pages: lines starting with two spaces are 3%
#: of BeautifulSoup dumps' lines, 60% of w3m's, 93% of lynx's; neither w3m nor lynx writes
#: tabs, and 302 of the 613 BeautifulSoup dumps hold one.
INDENTED_SHARE = 0.2
#: In an indented dump, this share of long lines near the widest is enough to call the
#: page hard-wrapped: lynx dumps of pages that are mostly menus have 10-20% (development
#: pages, lynx F1: 0.25 as for other dumps 0.887, 0.15 0.889, 0.05 0.891, 0 0.892).
INDENTED_WRAPPED_SHARE = 0.05
#: In an indented dump, a line of at least this many characters that stops mid-sentence,
#: followed by one that starts with a small letter, is a paragraph wrapped inside a column
#: narrower than the page (w3m lays an article out at 80 columns beside a sidebar that
#: takes the page to 100 and more, so the page's wrap width does not explain it).
WRAPPED_LINE_MIN_CHARS = 50


class Block:
    """One paragraph: the lines it was made of and their joined text.

    Every stage that reads paragraphs asks about every block's words, marker and ending,
    so they are measured once, when the block is made.
    """

    __slots__ = (
        "lines",
        "text",
        "marker",
        "content",
        "tokens",
        "ends_sentence",
        "is_prose",
        "_lowered",
    )

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        if len(lines) == 1:
            # Most blocks. ``strip_bullet`` of the stripped line is that of the line: its
            # pattern skips leading spaces, and the rest is stripped.
            #: The lines joined (see :func:`join_lines`).
            self.text = lines[0].text.strip()
            #: The list marker, and the text without it.
            self.marker, self.content = strip_bullet(lines[0].text)
        else:
            self.text = join_lines(ln.text for ln in lines)
            self.marker = strip_bullet(lines[0].text)[0]
            self.content = strip_bullet(self.text)[1] if self.marker else self.text
        content = self.content
        #: A tuple: the remembered tokens of a line are shared, not copied, and the garbage
        #: collector stops walking a tuple of strings once it has seen it.
        self.tokens: tuple[str, ...] = (
            line_tokens(content) if len(content) <= TOKENS_MAX_CHARS else tuple(words(content))
        )
        self.ends_sentence = ends_sentence(self.content)
        #: Reads like a body paragraph: no list marker, 15+ words set apart by spaces (an
        #: ad's code wrapped over lines, "[pos=TopAd,Bar1,Position1,...?]", has the tokens
        #: but not the spaces; development pages, F1 / headline: lynx 0.900 -> 0.905 /
        #: 0.626 -> 0.635, w3m80 0.902 -> 0.903, inscriptis 0.914 -> 0.915 / 0.705 -> 0.708,
        #: bs4 the same, snippets_dev with -3 snippets), ends a sentence.
        self.is_prose = (
            not self.marker
            and len(self.tokens) >= PROSE_MIN_WORDS
            and self.ends_sentence
            and len(self.text.split()) >= PROSE_MIN_WORDS
        )
        self._lowered: tuple[str, ...] | None = None

    @property
    def lowered(self) -> tuple[str, ...]:
        """The tokens in lower case (made when first asked for: the main content stage
        reads them twice, for the page's stoplist and for each block's stopwords). A tuple:
        the garbage collector stops walking a tuple of strings once it has seen it."""
        found = self._lowered
        if found is None:
            found = self._lowered = tuple(map(str.lower, self.tokens))
        return found

    @property
    def ends_with_colon(self) -> bool:
        """Ends with a colon: it announces what follows ("Zutaten:", "Here is the list:")."""
        return self.content.rstrip().endswith(":")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Block) and other.lines == self.lines

    def __hash__(self) -> int:
        return hash(self.lines)

    def __repr__(self) -> str:
        return f"Block(lines={self.lines!r})"

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(line.number for line in self.lines)

    @property
    def keys(self) -> tuple[LineKey, ...]:
        return tuple((line.number, line.column) for line in self.lines)

    @property
    def columns(self) -> tuple[int | None, ...]:
        """Column offsets of the lines, for a :class:`Span` (empty for whole lines)."""
        return piece_columns(line.column for line in self.lines)

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


def join_lines(texts: Iterable[str]) -> str:
    """Join the pieces of one paragraph with single spaces, mending hyphenated wraps.

    >>> join_lines(["The presi-", "dent said", " it ", "."])
    'The president said it.'
    """
    out = ""
    for piece in texts:
        piece = piece.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and piece[:1].islower():
            out = out[:-1] + piece
        elif piece[0] in ",.;:!?)]}”’»" or out.endswith(("(", "[", "“", "«")):
            out += piece
        else:
            out += " " + piece
    return out


#: Blocks remembered across stages: every stage that reads paragraphs groups the lines
#: left by the stage before, mostly the same lines, and a block's words, marker and text
#: are then measured once. This holds the blocks of a few pages: the development pages make
#: 127 blocks each on average, 465 at the 99th percentile (inscriptis dumps; BeautifulSoup
#: dumps 168 and 516). Kept that small so that blocks die young: the blocks of about 30
#: pages (4,096) lived long enough for the garbage collector to move them to its oldest
#: generation, and that turnover made it collect that generation more often; collections
#: took 0.36 s of a pass over the development pages then, 0.19 s with 1,024 blocks.
_BLOCK_CACHE_SIZE = 1024
#: Blocks by the identities of their lines. An entry holds its lines, so while it is here
#: no other line object can take one of their ids: equal keys mean the very same lines.
#: A block of one line (most blocks) by that line's identity alone.
_blocks: dict[int | tuple[int, ...], Block] = {}
#: The last lines grouped and their blocks, by the identity of the tuple (a stage that
#: removed nothing hands the next one the same tuple).
_last: list[tuple[Sequence[Line], list[Block]]] = []


def _block(lines: list[Line]) -> Block:
    """The block of these line objects: the one made before, or a new one."""
    key = id(lines[0]) if len(lines) == 1 else tuple(map(id, lines))
    block = _blocks.get(key)
    if block is None:
        if len(_blocks) >= _BLOCK_CACHE_SIZE:
            _blocks.clear()
        block = _blocks[key] = Block(tuple(lines))
    return block


def group_blocks(lines: Sequence[Line]) -> list[Block]:
    """Group undecided lines into paragraph blocks.

    A block ends at a blank line, at a gap in line numbers (a line between was removed), at a
    list marker, and wherever :func:`cleaner.text.continues` says the next line does not
    continue the paragraph.
    """
    last = _last[0] if _last else None
    if last is not None and last[0] is lines:
        return list(last[1])
    blocks = _group_blocks(lines)
    _last[:] = [(lines, blocks)]
    return list(blocks)


#: Pairs of lines whose :func:`continues` answer is remembered: the stages that read
#: paragraphs group a page's lines about four times, mostly the same pairs again.
_PAIR_CACHE_SIZE = 8192


def _continues_pair(pair: tuple[str, str, int | None]) -> bool:
    return continues(*pair)


#: :func:`continues` of ``(before, after, width)``, remembered.
_continues = cached(_continues_pair, _PAIR_CACHE_SIZE)


def _wrapped_in_column(before: str, after: str) -> bool:
    """In an indented dump: ``after`` goes on with the sentence that ``before`` breaks off
    (see ``WRAPPED_LINE_MIN_CHARS``)."""
    return (
        len(before) >= WRAPPED_LINE_MIN_CHARS and after[:1].islower() and not ends_sentence(before)
    )


def _group_blocks(lines: Sequence[Line]) -> list[Block]:
    width = wrap_width(
        [len(line.raw.rstrip()) for line in lines if line.text and line.column is None]
    )
    blocks: list[Block] = []
    current: list[Line] = []
    previous: Line | None = None
    columns = False
    for line in lines:
        text = line.text
        if not text.strip():
            if current:
                blocks.append(_block(current))
                current = []
            previous = None
            continue
        if line.column is not None:
            columns = True
        if (
            current
            and previous is not None
            and line.number == previous.number + 1
            and not strip_bullet(text)[0]
        ):
            # An indented dump's spaces around a line are layout, not text (written inline:
            # this runs for most pairs of lines of every page, several times a page).
            before = previous.raw or previous.text
            after = line.raw or text
            if previous.indented:
                before = before.rstrip()
            if line.indented:
                after = after.lstrip()
            if _continues(
                (before, after, previous.width if previous.width is not None else width)
            ) or (previous.indented and _wrapped_in_column(before, after)):
                current.append(line)
                previous = line
                continue
        if current:
            blocks.append(_block(current))
        current = [line]
        previous = line
    if current:
        blocks.append(_block(current))
    # Only column pieces are ever joined (see :func:`_wraps_into`).
    return _join_narrow_wraps(blocks) if columns else blocks


#: A paragraph wrapped inside a box narrower than its column (a photo's caption, a teaser in
#: a side box of a table laid out page, which w3m dumps cell beside cell) comes as a run of
#: short lines that the column's width does not explain, split into blocks of a line or two
#: that read like titles. Joined when the whole run between blank lines reads as one wrap: at
#: least this many lines, ... Development pages, w3m dumps: headline 0.571 -> 0.578, w3m at
#: 80 columns 0.568 -> 0.574, body F1 the same (0.910, 0.904); other dumps unchanged (their
#: lines are no column pieces).
NARROW_RUN_LINES = 3
#: ...the widest at least this many characters and this many fewer than the column, ...
NARROW_MIN_WIDTH = 20
NARROW_MARGIN = 10
#: ...each but the last at least this share of the widest and too long to take the next
#: line's first word.
NARROW_FILL = 0.6


def _join_narrow_wraps(blocks: list[Block]) -> list[Block]:
    """Join runs of column pieces that read as one paragraph wrapped at a narrower width than
    their column's (see :data:`NARROW_RUN_LINES`)."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = i + 1
        while end < len(blocks) and _wraps_into(blocks[end - 1], blocks[end]):
            end += 1
        run = blocks[i:end]
        lines = [line for block in run for line in block.lines]
        if len(lines) >= NARROW_RUN_LINES and len(run) > 1 and _narrow_wrap(lines):
            out.append(_block(lines))
        else:
            out.extend(run)
        i = end
    return out


def _wraps_into(block: Block, after: Block) -> bool:
    """Whether two blocks of column pieces are next to each other and could be one wrapped
    text."""
    if after.marker or block.marker:
        return False
    line, nxt = block.lines[-1], after.lines[0]
    return (
        line.width is not None
        and nxt.number == line.number + 1
        and line.column is not None
        and nxt.column is not None
        and not block.ends_sentence
    )


def _narrow_wrap(lines: list[Line]) -> bool:
    texts = [line.text.strip() for line in lines]
    widest = max(map(len, texts))
    width = lines[0].width
    if widest < NARROW_MIN_WIDTH or width is None or widest > width - NARROW_MARGIN:
        return False
    return all(
        len(text) >= NARROW_FILL * widest and len(text) + 1 + len(nxt.split(" ", 1)[0]) > widest
        for text, nxt in pairwise(texts)
    )


def page_layout(lines: Sequence[Line]) -> tuple[int | None, bool]:
    """The column the whole lines were hard-wrapped at (or None), and whether the dump is
    indented (w3m, lynx) rather than one text node a line. Measured on the whole page
    (by the columns stage): what later stages see is too little of it."""
    whole = [line.raw for line in lines if line.raw.strip() and line.column is None]
    lengths = [len(raw.rstrip()) for raw in whole]
    width = wrap_width(lengths)
    # In an indented dump (w3m, lynx) the spaces around a line are layout; only in a dump
    # of text nodes (BeautifulSoup, whose nodes keep the page source's tabs) do they say
    # that a sentence goes on.
    starts = sum(1 for raw in whole if raw.startswith("  "))
    indented = starts > INDENTED_SHARE * len(whole) and not any("\t" in raw for raw in whole)
    if indented and width is None:
        # lynx wraps every paragraph at its width, however few lines reach it.
        width = wrap_width(lengths, INDENTED_WRAPPED_SHARE)
    return width, indented


def first_prose(blocks: Sequence[Block]) -> int:
    """Index of the first block that reads like a body paragraph (or ``len(blocks)``)."""
    return next((i for i, block in enumerate(blocks) if block.is_prose), len(blocks))
