"""The article going on under its own table of figures or code that an earlier stage removed.

A table of figures laid out one cell to a line ("Jahr", "2018", "15:6", "- 0,176") reads
like a menu, and code lines ("import x", "return f(a, b)") like a list of links, so the
menus and related stages remove them. The stretch of article then ends above them, as the
lines they removed cost it (``main_content.REMOVED_PENALTY``), and the paragraphs under the
table are cut. :func:`past_data_gaps` lets the article go on under such removed runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from cleaner.blocks import Block
from cleaner.document import Removal
from cleaner.text import choose_stoplist

#: Removals that may be the article's own table or code: short lines a menu rule or a
#: related-links rule took. Anything else removed below the article (chrome, a comment
#: section, a related label, an ad) is where the article ends, and the search stops there.
#: Column borders and captions are layout inside the article.
INLINE_REMOVALS = frozenset({("menus", "menu"), ("related", "related_links")})
PASSING_STAGES = frozenset({"columns", "captions"})
#: A removed line holds data when it has a digit or a sign of code and at most this many
#: words: a table cell ("15:6", "Ø Platz", "2.3 GB/s"), a line of code; teaser headlines
#: that start with a time ("18:17 Deudores de la Caja ...") are longer.
DATA_LINE = re.compile(r"[0-9=(){}\[\]]")
DATA_LINE_MAX_WORDS = 6
#: A removed run is a table when at least this share of its lines hold data, ...
DATA_GAP_SHARE = 0.45
#: ...and it has at most this many lines (a statistics table of five rows and five columns
#: is 30; snippets pages: a run of 63 lines was a sidebar of links and dates).
DATA_GAP_MAX_LINES = 40
#: The paragraphs under the table go with the article when they add at least this much
#: (``block_scores.score``: about the words of prose) ...
MIN_GAIN = 10.0
#: ...and at least this share of their content words (4+ letters, not stopwords, not
#: numbers) are words of the article above: its own text, where a sidebar's promotions
#: ("Enter here for your chance to win tickets") share few. Development pages: 0.16-0.73
#: on the pages gained, 0.02-0.09 on the sidebars joined without it.
MIN_OVERLAP = 0.15
#: The labels whose words are compared.
PROSE_LABELS = frozenset({"good", "near_good"})


def data_line(text: str) -> bool:
    """A table cell or a line of code (:data:`DATA_LINE`).

    >>> data_line("15:6"), data_line("return f(a, b)"), data_line("Impressum")
    (True, True, False)
    """
    return DATA_LINE.search(text) is not None and len(text.split()) <= DATA_LINE_MAX_WORDS


def data_gap(box: Sequence[Removal]) -> bool:
    """True when a run of removed lines is a table or code: short enough, mostly data
    lines (:func:`data_line`), all removed as menu entries or related links."""
    if not box or len(box) > DATA_GAP_MAX_LINES:
        return False
    if not all((r.stage, r.reason) in INLINE_REMOVALS or r.stage in PASSING_STAGES for r in box):
        return False
    return sum(data_line(r.text) for r in box) >= DATA_GAP_SHARE * len(box)


def _content_words(blocks: Sequence[Block], stoplist: frozenset[str]) -> list[str]:
    return [
        token
        for block in blocks
        for token in map(str.lower, block.tokens)
        if len(token) > 3 and token not in stoplist and not token.isdigit()
    ]


def past_data_gaps(
    blocks: Sequence[Block],
    labels: Sequence[str],
    values: Sequence[float],
    gaps: Sequence[float],
    removed: Sequence[tuple[int, Removal]],
    positions: Sequence[tuple[int, int]],
    found: tuple[int, int],
) -> int:
    """Where the article ends when it goes on under removed tables (:func:`data_gap`).

    ``values`` are the blocks' scores, ``gaps`` what joining each block to the one before
    costs, ``removed`` the removed lines in reading order with their positions,
    ``positions`` each block's first and last line's position, ``found`` the article's
    first and last block. Below the last block, a removed table costs nothing and other
    removed lines their gap; the end moves to the block where the running sum is highest,
    above the first removal that is not a table's, when the blocks added gain at least
    :data:`MIN_GAIN` and share :data:`MIN_OVERLAP` of their words with the article.
    """
    start, end = found
    keys = [pos for pos, _ in removed]
    low = positions[end][1]
    barrier = next(
        (
            pos
            for pos, r in removed[bisect_right(keys, low) :]
            if (r.stage, r.reason) not in INLINE_REMOVALS and r.stage not in PASSING_STAGES
        ),
        None,
    )
    run, best, best_k = 0.0, 0.0, end
    for k in range(end + 1, len(blocks)):
        if barrier is not None and positions[k][0] > barrier:
            break
        cost = gaps[k]
        if cost:
            lo = bisect_right(keys, positions[k - 1][1])
            box = [r for _, r in removed[lo : bisect_left(keys, positions[k][0])]]
            cost = 0.0 if data_gap(box) else cost
        run += values[k] - cost
        if run > best:
            best, best_k = run, k
    if best < MIN_GAIN:
        return end
    stoplist = choose_stoplist([t for block in blocks[start : end + 1] for t in block.tokens])

    def prose(lo: int, hi: int) -> list[Block]:
        return [blocks[i] for i in range(lo, hi) if labels[i] in PROSE_LABELS]

    article = set(_content_words(prose(start, end + 1), stoplist))
    added = _content_words(prose(end + 1, best_k + 1), stoplist)
    if not added or sum(map(article.__contains__, added)) < MIN_OVERLAP * len(added):
        return end
    return best_k
