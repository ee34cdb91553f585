"""Column layout: pages laid out in tables, which w3m renders side by side.

w3m draws a layout table two-dimensionally: the article column, a navigation column and a
sidebar share the same physical lines, separated by runs of spaces or box-drawing borders
(``│ ┌ ─ ━``). Read line by line, every paragraph of the article is interleaved with menu
entries and teaser titles. This stage finds the vertical gutters and splits the lines they
run through into column pieces, in reading order: a region's first column from top to
bottom, then its second column, and so on. The later stages judge each piece as a line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import ClassVar

from cleaner.blocks import page_layout
from cleaner.document import Document, Line, LineKey, Removal
from cleaner.stages.base import Stage

#: Box-drawing characters: table borders and rules in w3m dumps; layout, not text.
BOX_CHARS = "\u2500-\u257f"
_BOX = re.compile(f"[{BOX_CHARS}]")
_LAST_BOX = re.compile(f"[{BOX_CHARS}][^{BOX_CHARS}]*$")
#: What surrounds a piece and is not part of it: spaces and borders (for ``str.strip``).
FRAME_CHARS = " \t\xa0" + "".join(map(chr, range(0x2500, 0x2580)))
#: A run of ink: words joined by single spaces. Two spaces or a border end it.
_SEGMENT = re.compile(f"[^\\s{BOX_CHARS}]+(?:[ \\xa0][^\\s{BOX_CHARS}]+)*")
#: Characters that take two columns on a terminal (CJK, Hangul, full-width forms).
_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]")
#: A gutter must separate ink on both sides in at least this many lines of its region
#: (development pages, w3m dumps: layout tables hold 10 to 100 such lines; the two-line
#: signatures of a comment, name and date set apart, hold one).
MIN_ROWS = 4
#: The right edge of a column: this quantile of where its lines end. The maximum lets one
#: stray line widen a column, and its paragraphs then stop joining (w3m dumps of the
#: development pages, F1: maximum 0.860, 0.95 0.885, 0.9 0.893, 0.6 to 0.8 0.895-0.896).
EDGE_QUANTILE = 0.8
#: Cell edges this close together are one edge (w3m pads and centres within a cell).
EDGE_SLACK = 3
#: A layout bullet and its space at the head of a run of ink ("* Storm hits coast"): w3m
#: hangs it left of its cell's edge, so that the bullet stands in the gutter and the words
#: start at the column.
_HANGING = re.compile(r"[*•●■▪◦] (?=\w)")


@dataclass(frozen=True, slots=True)
class Segment:
    start: int  # character offsets in the line
    end: int
    left: int  # display columns
    right: int
    #: Display columns the segment's layout bullet and its space take (0: none).
    hang: int = 0

    def crosses(self, col: int) -> bool:
        """Whether the segment's ink runs across display column ``col``; a bullet hung
        in a gutter (:data:`_HANGING`) does not."""
        return self.left + self.hang <= col < self.right


def segments(text: str) -> list[Segment]:
    """The runs of ink of a line, with their display columns.

    >>> [(s.left, s.right) for s in segments("ab cd   ef │ gh")]
    [(0, 5), (8, 10), (13, 15)]
    """
    found = list(_SEGMENT.finditer(text))
    if not found:
        return []
    if not _WIDE.search(text):
        return [
            Segment(m.start(), m.end(), m.start(), m.end(), _hang(m, i))
            for i, m in enumerate(found)
        ]
    cols = display_columns(text)
    return [
        Segment(m.start(), m.end(), cols[m.start()], cols[m.end()], _hang(m, i))
        for i, m in enumerate(found)
    ]


def _hang(found: re.Match[str], index: int) -> int:
    """:func:`hang_width` of a run of ink that has another run left of it on its line (a
    cell beside it); 0 for the line's first run."""
    return hang_width(found.group()) if index else 0


def hang_width(text: str) -> int:
    """Display columns of the layout bullet and its space at the head of ``text``
    (:data:`_HANGING`); 0 for none."""
    return 2 if _HANGING.match(text) else 0


def display_columns(text: str) -> list[int]:
    """The display column of each character offset (and of the end)."""
    cols = [0]
    for char in text:
        cols.append(cols[-1] + (2 if _WIDE.match(char) else 1))
    return cols


def segment_lefts(text: str) -> list[int]:
    """The display columns where the line's runs of ink start (``left`` of :func:`segments`).

    >>> segment_lefts("ab cd   ef │ gh")
    [0, 8, 13]
    """
    # Most lines: printable ASCII (no tab, no border, no wide character) whose words are
    # set apart by single spaces after the indentation make one run, or none.
    body = text.lstrip(" ")
    if body.isascii() and body.isprintable():
        ink = body.rstrip(" ")
        if "  " not in ink:
            return [len(text) - len(body)] if ink else []
    if not _WIDE.search(text):
        return [m.start() for m in _SEGMENT.finditer(text)]
    return [s.left for s in segments(text)]


def candidate_columns(lefts: Sequence[list[int]]) -> list[int]:
    """Columns just left of where many runs of ink start after a gap, from where each
    line's runs start: the left edges of table cells, which w3m aligns. Edges a few columns
    apart count as one (a centred line, an indented first line), cut at the leftmost.

    >>> candidate_columns([[0, 8]] * 4)
    [7]
    """
    starts: dict[int, int] = {}
    for row in lefts:
        for left in row[1:]:
            starts[left] = starts.get(left, 0) + 1
    out: list[int] = []
    for left in sorted(col for col, count in starts.items() if count >= MIN_ROWS):
        if not out or left - 1 - out[-1] > EDGE_SLACK:
            out.append(left - 1)
    return out


def last_border(text: str) -> int:
    """The display column of the line's last box-drawing character, or -1."""
    found = _LAST_BOX.search(text)
    if not found:
        return -1
    return display_columns(text)[found.start()] if _WIDE.search(text) else found.start()


def gutter_regions(
    rows: Sequence[list[Segment]], borders: Sequence[int], col: int
) -> list[tuple[int, int]]:
    """Line ranges (inclusive) where ``col`` is a gutter: no line's ink crosses it, at
    least ``MIN_ROWS`` lines have ink on both sides; the range runs from the first to the
    last line of the run (a column may go on below its neighbour's end)."""
    regions: list[tuple[int, int]] = []
    right: list[int] = []
    both = last = 0
    for i, row in enumerate([*rows, None]):
        crossing = row is None or any(s.crosses(col) for s in row)
        if crossing:
            if both >= MIN_ROWS:
                regions.append((right[0], last))
            right, both = [], 0
            continue
        assert row is not None
        if row:
            last = i
        ink_right = bool(row) and row[-1].left + row[-1].hang > col
        if ink_right or borders[i] > col:
            right.append(i)
        both += ink_right and row[0].left < col
    return regions


def merge(ranges: list[tuple[int, int, int]]) -> list[tuple[int, int, list[tuple[int, int, int]]]]:
    """Overlapping or touching line ranges merged, each with the ranges it is made of."""
    out: list[tuple[int, int, list[tuple[int, int, int]]]] = []
    for first, last, col in sorted(ranges):
        if out and first <= out[-1][1] + 1:
            start, end, parts = out[-1]
            out[-1] = (start, max(end, last), [*parts, (first, last, col)])
        else:
            out.append((first, last, [(first, last, col)]))
    return out


def cut(text: str, row: list[Segment], cols: Sequence[int]) -> list[tuple[int, int]]:
    """Character ranges of ``text`` between the display columns ``cols`` (sorted).

    A line is cut right after its last ink left of each column, so that the border and
    padding in the gutter go with the column on the right, whose frame they are.

    >>> text = "ab cd   │ ef"
    >>> [text[a:b] for a, b in cut(text, segments(text), [7])]
    ['ab cd', '   │ ef']
    """
    bounds = [0]
    for col in cols:
        at = max((s.end for s in row if s.right <= col), default=0)
        if bounds[-1] < at < len(text):
            bounds.append(at)
    bounds.append(len(text))
    return list(zip(bounds, bounds[1:], strict=False))


class ColumnStage(Stage):
    """Split lines laid out in columns into pieces, one per column, in reading order.

    A gutter is a display column that no ink crosses over a stretch of lines, with ink on
    both sides in at least ``MIN_ROWS`` of them. Each piece keeps its line number and its
    character offset (``column``); the spaces and box-drawing borders around it are layout.

    Reasons:
    - ``table_border``: a line, or a piece of one, drawn only with box-drawing characters.
    """

    name: ClassVar[str] = "columns"
    reasons = frozenset({"table_border"})

    def apply(self, doc: Document) -> Document:
        found: list[tuple[int, int, int]] = []
        # A terminal rendering (w3m, lynx) has no tabs; a dump of text nodes keeps the page
        # source's, and its runs of spaces are source indentation, not gutters.
        rendered = not any("\t" in line.raw for line in doc.lines)
        # Where runs of ink start first: most pages have no gutter, and then their
        # segments are never needed.
        lefts = [segment_lefts(line.raw) for line in doc.lines] if rendered else []
        candidates = candidate_columns(lefts)
        rows = [segments(line.raw) for line in doc.lines] if candidates else []
        if candidates:
            borders = [last_border(line.raw) for line in doc.lines]
            for col in candidates:
                found.extend((a, b, col) for a, b in gutter_regions(rows, borders, col))
        regions = merge(found)
        # Whether each line holds any ink (for a dump of text nodes, without its segments).
        inked = (
            [bool(row) for row in lefts]
            if rendered
            else [_SEGMENT.search(line.raw) is not None for line in doc.lines]
        )
        lines: list[Line] = []
        removed = list(doc.removed)
        # The reading order is kept only when columns reorder the lines (on most pages none
        # do: no key is then made for each line).
        order: list[LineKey] = []
        reordered = bool(regions)
        cursor = 0
        for first, last, parts in [*regions, (len(doc.lines), len(doc.lines), [])]:
            for line, ink in zip(doc.lines[cursor:first], inked[cursor:first], strict=True):
                if not ink and _BOX.search(line.raw):
                    removed.append(Removal(line.number, line.raw, self.name, "table_border"))
                else:
                    lines.append(line)
                if reordered:
                    order.append(line.key)
            for piece, border in self._pieces(doc.lines, rows, first, last, parts):
                if border:
                    removed.append(
                        Removal(piece.number, piece.raw, self.name, "table_border", piece.column)
                    )
                else:
                    lines.append(piece)
                order.append(piece.key)
            cursor = last + 1
        # Whether the dump is indented, and its wrap width, are the whole page's: later
        # stages see only what is left of it, too little to tell.
        width, indented = page_layout(lines)
        if indented:
            lines = [
                replace(line, indented=True)
                if line.column is not None or width is None
                else replace(line, indented=True, width=width)
                for line in lines
            ]
        return replace(
            doc,
            lines=tuple(lines),
            removed=tuple(removed),
            reading_order=tuple(order) if regions else (),
        )

    def _pieces(
        self,
        source: Sequence[Line],
        rows: Sequence[list[Segment]],
        first: int,
        last: int,
        parts: list[tuple[int, int, int]],
    ) -> list[tuple[Line, bool]]:
        """The pieces of lines ``first..last`` sorted by column band, then by line, each
        with whether it is only a border."""
        bounds = sorted({col for _, _, col in parts})
        pieces: list[tuple[int, int, int, Line, bool]] = []
        rights: list[list[int]] = [[] for _ in range(len(bounds) + 1)]
        for index in range(first, min(last + 1, len(source))):
            line = source[index]
            cols = sorted({col for a, b, col in parts if a <= index <= b})
            offsets = display_columns(line.raw) if _WIDE.search(line.raw) else None
            for start, end in cut(line.raw, rows[index], cols):
                chunk = line.raw[start:end]
                text = chunk.strip(FRAME_CHARS)
                border = not text
                if border:
                    text = chunk.strip(" \t\xa0")
                    if not text:
                        continue
                at = start + chunk.index(text)
                left = offsets[at] if offsets else at
                # A bullet hung in the gutter belongs to the column its words start in.
                band = bisect.bisect_left(bounds, left + hang_width(text))
                right = offsets[at + len(text)] if offsets else at + len(text)
                if not border:
                    rights[band].append(right)
                piece = Line(line.number, text, text, column=at)
                pieces.append((band, index, left, piece, border))
        pieces.sort(key=lambda item: (item[0], item[1]))
        # A column's paragraphs wrap at its right edge, where its long lines end; a few
        # lines reach past it (a wide form field, a cell the gutter search did not cut).
        edges = [
            sorted(band)[int(EDGE_QUANTILE * (len(band) - 1))] if band else 0 for band in rights
        ]
        return [
            (replace(piece, width=edges[band] - left), border)
            for band, _, left, piece, border in pieces
        ]
