"""Photo captions that a dump of a page laid out in tables wraps in a box narrower than the
article's column (w3m): the blocks above the article's start that are such a caption, which
no headline is taken from."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from cleaner.blocks import Block
from cleaner.stages.title_cells import CELL_GAP_RE


def broken_off(block: Block, below: Block) -> bool:
    """True when the paragraph goes on in the block right under this one, in the same
    column: its next line starts with a small letter ("Jane Doe, left, is the" over
    "rich uncle seeking a" in a photo's caption that w3m wraps in a narrow cell)."""
    column = block.lines[-1].column
    if column is None or below.first != block.last + 1 or below.lines[0].column != column:
        return False  # not in a layout table's cell: a text node's break, a link in a line
    return below.content[:1].islower() and not block.ends_sentence


#: A photo's caption in a box narrower than the article's column (w3m dumps of pages laid
#: out in tables: the caption sits between the title and the text, in the article's cell)
#: is wrapped well short of the column's edge: its lines are at least this many characters
#: narrower than the column (the margin of ``cleaner.blocks.NARROW_MARGIN``). Development
#: pages, w3m dumps, blocks above the article's start that this finds: photo captions of 27
#: and 28 characters in article columns of 59 (one news site, four pages) and teaser boxes of
#: 20 to 25 characters in columns of 67 to 91; the title over a caption fills more of the
#: column, or is a line of its own.
CAPTION_MARGIN = 10


def caption_box(blocks: Sequence[Block], start: int) -> set[int]:
    """Indices of the blocks above ``start`` that make a photo's caption wrapped in a box
    narrower than their column (:data:`CAPTION_MARGIN`): a block of two lines or more, all
    pieces of one column that end that far short of its edge and break where the box's
    width does (no line could take the next line's first word), and the blocks right above and
    under it in the same column (no blank line between) whose lines are no wider than its
    widest: the caption's name ("Jane Doe") and the rest of its sentence.
    """
    found: set[int] = set()
    for i in range(start):
        widest = _boxed(blocks[i])
        if widest is None:
            continue
        found.add(i)
        j = i
        while j > 0 and _box_neighbour(blocks[j - 1], blocks[j], widest):
            j -= 1
            found.add(j)
        j = i
        while j + 1 < start and _box_neighbour(blocks[j + 1], blocks[j], widest, below=True):
            j += 1
            found.add(j)
    return found


def _boxed(block: Block) -> int | None:
    """The widest line of a block wrapped in a box narrower than its column, or None."""
    lines = block.lines
    if block.marker or len(lines) < 2:
        return None
    column, width = lines[0].column, lines[0].width
    if column is None or width is None or any(ln.column != column for ln in lines):
        return None
    if any(CELL_GAP_RE.search(ln.original.strip()) for ln in lines):
        return None  # cells side by side (a date beside a link), not a wrapped caption
    texts = [ln.text.strip() for ln in lines]
    widest = max(map(len, texts))
    if widest + CAPTION_MARGIN > width:
        return None
    # Each line break is the box's: the next line's first word would not have fitted.
    fits = any(len(a) + 1 + len(b.split(" ", 1)[0]) <= widest for a, b in pairwise(texts))
    return None if fits else widest


def _box_neighbour(other: Block, block: Block, widest: int, below: bool = False) -> bool:
    """``other`` is right above ``block`` (or right under it) in the same column, no blank
    line between, and no wider than the box."""
    column = block.lines[0].column
    if other.marker or any(ln.column != column for ln in other.lines):
        return False
    touching = other.first == block.last + 1 if below else other.last + 1 == block.first
    return touching and all(len(ln.text.strip()) <= widest for ln in other.lines)
