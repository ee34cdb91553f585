"""Short pieces of one line that a dump of one text node a line cut apart.

BeautifulSoup's ``get_text("\\n")`` writes every text node on a line of its own, so a
comment's signature comes as "Nathan", " ", "07.16.12 at 21:35" and a comment count as
"{", " ", "2", " ", "comments", " ", "}". A line of spaces that is not empty is a text node
of spaces between two inline elements; the page source's line breaks between block
elements give empty lines. (In an indented dump, w3m's or lynx's, lines of spaces are
layout: they stand between a signature and its comment.) The comment section stage reads
such a run of short pieces as the one line a browser shows (:func:`inline_units`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cleaner.blocks import Block
from cleaner.document import Line

#: Most words of a run of pieces read as one line: the comment signatures and headers the
#: comment section stage looks for have at most 12 words (``HEADER_MAX_WORDS`` and
#: ``SIGNATURE_MAX_WORDS`` in :mod:`cleaner.stages.sections`), and a run this short cannot
#: become a paragraph of prose (15 words, ``PROSE_MIN_WORDS``).
UNIT_MAX_WORDS = 12


def inline_spaces(lines: Sequence[Line]) -> frozenset[int]:
    """The numbers of whole lines that held only spaces as read and were not empty (text
    nodes of spaces between inline elements; the encoding stage strips them to nothing).

    >>> inline_spaces([Line(1, "a", "a"), Line(2, "", " "), Line(3, "", ""), Line(4, "b", "b")])
    frozenset({2})
    """
    return frozenset(
        line.number
        for line in lines
        if line.column is None
        and not line.indented
        and line.raw
        and line.raw.isspace()
        and "\t" not in line.raw
    )


def _inline_gap(before: Block, after: Block, spaces: frozenset[int]) -> bool:
    """Only lines of spaces (at least one) stand between the two blocks."""
    gap = range(before.last + 1, after.first)
    return len(gap) > 0 and all(number in spaces for number in gap)


def inline_units(
    lines: Sequence[Line], blocks: list[Block], keep_apart: Callable[[Block], bool]
) -> list[Block]:
    """The blocks with each run of short pieces that only lines of spaces separate joined
    into one block: none of them prose (a piece that starts like a list item, "3. März
    2019", may be one: list items come between the source's line breaks), at most
    ``UNIT_MAX_WORDS`` words together. A block for which ``keep_apart`` is true (a comment
    header that matches on its own) stays a unit of its own. Pages without lines of spaces
    (every dump but BeautifulSoup's) keep their blocks.

    >>> texts = ["Nathan", " ", "07.16.12 at 21:35", "", "A comment."]
    >>> lines = [Line(n, t, t) for n, t in enumerate(texts, 1)]
    >>> blocks = [Block((lines[0],)), Block((lines[2],)), Block((lines[4],))]
    >>> [u.text for u in inline_units(lines, blocks, lambda b: False)]
    ['Nathan 07.16.12 at 21:35', 'A comment.']
    """
    spaces = inline_spaces(lines)
    if not spaces:
        return blocks
    out: list[Block] = []
    run: list[Block] = []

    def close() -> None:
        if len(run) == 1:
            out.append(run[0])
        elif run:
            out.append(Block(tuple(line for block in run for line in block.lines)))
        run.clear()

    for block in blocks:
        joins = (
            bool(run)
            and not block.is_prose
            and not keep_apart(block)
            and not keep_apart(run[-1])
            and not run[-1].is_prose
            and _inline_gap(run[-1], block, spaces)
            and sum(len(b.tokens) for b in run) + len(block.tokens) <= UNIT_MAX_WORDS
        )
        if not joins:
            close()
        run.append(block)
    close()
    return out
