"""A title inside a block of several lines that a wide dump laid out as table cells.

w3m sets a page's layout table cell beside cell: the title shares its lines with what stood
in the next cell (a time and date, a byline, a "Back to index" link), and a block of the
title's lines holds pieces of both. A cell is a run of text between gaps of
:data:`CELL_GAP` spaces; cells that start at the same column of the page, one under the
other, are one column of the table, and the title is the text of one of them. Or the title
has a line to itself above lines that hold cells (a date beside "Print version"): it is
the lines above the first of those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaner.blocks import Block, join_lines
from cleaner.document import Line, Removal, Span
from cleaner.text import squash_spaces

#: Cells of a layout table that share a line in a wide dump (w3m) are parted by at least
#: this many spaces ("Mailing List" and the title beside it).
CELL_GAP = 3
CELL_GAP_RE = re.compile(rf"\s{{{CELL_GAP},}}")
_CELL = re.compile(rf"\S+(?:\s{{1,{CELL_GAP - 1}}}\S+)*")
#: Image placeholders ("[spacer]", "[263594.jpg]", "[200x225_11]"), empty form boxes
#: ("[ ]"), form fields drawn as underscores (lynx) and layout bullets around a title or at
#: a cell's edges: they belong to no title's or column's text. A run of underscores is one
#: item, whole (``(?!_)``): a pattern repeating items could otherwise cut a long run into
#: items in more ways than there are underscores, and backtracked for seconds on 45 of them.
JUNK_ITEM = r"(?:\[[^\]\s]*\]|\[\s*\]|_{3,}(?!_)|[*•●■](?=\s|$))"
_LEAD_JUNK = re.compile(rf"(?:{JUNK_ITEM}\s*)+")
_TRAIL_JUNK = re.compile(rf"(?:\s*{JUNK_ITEM})+$")


@dataclass(frozen=True, slots=True)
class Segment:
    """``block.lines[line].original[start:end]``: a cell of one of the block's lines."""

    line: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Piece:
    """A text a block offers as its title, and the cells it is made of."""

    text: str
    segments: tuple[Segment, ...]


def _as_read(line: Line) -> str | None:
    """The line as read, or None when a stage before changed its text (then the line as
    read no longer matches it, and its offsets say nothing of the text)."""
    raw = line.original
    return raw if squash_spaces(raw) == squash_spaces(line.text) else None


def _cells(block: Block) -> list[tuple[int, Segment, bool]] | None:
    """Every cell of the block's lines with the page column it starts at, its text without
    the placeholders and bullets at its edges, and whether one stood before it; None when
    a stage before changed a line's text (then the line as read no longer matches it)."""
    out = []
    for index, line in enumerate(block.lines):
        raw = _as_read(line)
        if raw is None:
            return None
        for match in _CELL.finditer(raw):
            start, end = match.span()
            lead = _LEAD_JUNK.match(raw, start, end)
            if lead is not None:
                start = lead.end()
            trail = _TRAIL_JUNK.search(raw, start, end)
            if trail is not None:
                end = trail.start()
            if start < end:
                column = (line.column or 0) + match.start()
                out.append((column, Segment(index, start, end), lead is not None))
    return out


def _piece(block: Block, segments: list[Segment]) -> Piece:
    lines = block.lines
    text = join_lines(lines[s.line].original[s.start : s.end] for s in segments)
    return Piece(text, tuple(segments))


def cell_pieces(block: Block) -> list[Piece]:
    """The texts a block of several lines offers as its title beyond its whole text: the
    text of each column when its cells stand in more than one (one under the other, at
    the same column of the page), and the lines above its first line of several cells.

    >>> from cleaner.document import Line
    >>> top, under = "Storm hits coast   15:43 - 13th, Jan", " " * 31 + "2008"
    >>> block = Block((Line(6, top), Line(7, "2008", under)))
    >>> [p.text for p in cell_pieces(block)]
    ['Storm hits coast', '15:43 - 13th, Jan', '2008']
    >>> block = Block((Line(1, "Storm hits coast"), Line(2, "Published on Monday    Print")))
    >>> [p.text for p in cell_pieces(block)]
    ['Storm hits coast Published on Monday', 'Print', 'Storm hits coast']
    """
    if len(block.lines) < 2 or block.marker:
        return []
    cells = _cells(block)
    if not cells:
        return []
    columns: dict[int, list[Segment]] = {}
    bulleted: dict[int, int] = {}
    for column, segment, lead in cells:
        columns.setdefault(column, []).append(segment)
        bulleted[column] = bulleted.get(column, 0) + lead
    per_line = [sum(1 for _, s, _ in cells if s.line == i) for i in range(len(block.lines))]
    pieced = len({line.column for line in block.lines}) > 1 and block.lines[0].column is not None
    pieces = []
    if len(columns) > 1 and (pieced or max(per_line) > 1):
        # A column whose cells each open with a bullet is a list of links, not a title.
        pieces = [_piece(block, segs) for c, segs in columns.items() if bulleted[c] < 2]
    first_row = next((i for i, n in enumerate(per_line) if n > 1), 0)
    if first_row > 0:
        pieces.append(_piece(block, [s for _, s, _ in cells if s.line < first_row]))
    return [p for p in pieces if p.text]


def words_of(block: Block, title: str) -> Piece | None:
    """The title as a run of whole words of the block's lines as read ("Title | Opinion"
    over a form field's line, wrapped: the title without the label); None when the lines
    changed, or the title is not such a run.

    >>> from cleaner.document import Line
    >>> block = Block((Line(1, "Storm hits the coast / Dec"), Line(2, "2025", "  2025")))
    >>> words_of(block, "Storm hits the coast").segments
    (Segment(line=0, start=0, end=20),)
    """
    tokens = []
    for index, line in enumerate(block.lines):
        raw = _as_read(line)
        if raw is None:
            return None
        tokens += [(index, m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", raw)]
    wanted = title.split()
    texts = [token[3] for token in tokens]
    for at in range(len(tokens) - len(wanted) + 1):
        if texts[at : at + len(wanted)] == wanted:
            run = tokens[at : at + len(wanted)]
            segments = []
            for index in dict.fromkeys(token[0] for token in run):
                on_line = [token for token in run if token[0] == index]
                segments.append(Segment(index, on_line[0][1], on_line[-1][2]))
            return Piece(title, tuple(segments))
    return None


def cut_cells(block: Block, title: str, stage: str) -> tuple[Span, tuple[Removal, ...]] | None:
    """The headline as the cells of a block it is made of (:func:`cell_pieces`), or as a
    run of its words (:func:`words_of`), and the rest of the block's lines as removed
    pieces (reason ``headline_row``); None when the title is neither."""
    if title == block.content:
        return None
    piece = next((p for p in cell_pieces(block) if p.text == title), None)
    if piece is None:
        piece = words_of(block, title)
    if piece is None:
        return None
    numbers: list[int] = []
    columns: list[int | None] = []
    rest: list[Removal] = []
    for index, line in enumerate(block.lines):
        raw = line.original
        base = line.column or 0
        kept = [s for s in piece.segments if s.line == index]
        if not kept:
            rest.append(Removal(line.number, raw, stage, "headline_row", line.column))
            continue
        start, end = kept[0].start, kept[-1].end
        whole = not raw[:start].strip() and not raw[end:].strip()
        numbers.append(line.number)
        columns.append(line.column if whole else base + start)
        for a, b in ((0, start), (end, len(raw))):
            segment = raw[a:b]
            if segment.strip():
                offset = a + len(segment) - len(segment.lstrip())
                rest.append(
                    Removal(line.number, segment.strip(), stage, "headline_row", base + offset)
                )
    whole_lines = all(column is None for column in columns)
    return Span(title, tuple(numbers), () if whole_lines else tuple(columns)), tuple(rest)
