"""The article going on under its own table of figures or code that an earlier stage removed.

A table of figures laid out one cell to a line ("Jahr", "2018", "15:6", "- 0,176") reads
like a menu, and code lines ("import x", "return f(a, b)") like a list of links, so the
menus and related stages remove them. The stretch of article then ends above them, as the
lines they removed cost it (``main_content.REMOVED_PENALTY``), and the paragraphs under the
table are cut. :func:`past_data_gaps` lets the article go on under such removed runs, and
:func:`past_short_box` under a short box of links that cuts the article's text in two.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from cleaner import patterns as P
from cleaner.blocks import Block
from cleaner.document import Removal
from cleaner.stages.article_end import Scored
from cleaner.stages.list_kinds import fact_line
from cleaner.text import choose_stoplist, ends_sentence, strip_bullet

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


def _echoes(
    article: Sequence[Block], prose: Sequence[Block], added: Sequence[Block], share: float
) -> bool:
    """True when at least ``share`` of the content words of the ``added`` blocks are words
    of the article's ``prose`` blocks (the stoplist chosen by all of the ``article``'s words)."""
    stoplist = choose_stoplist([t for block in article for t in block.tokens])
    words = set(_content_words(prose, stoplist))
    new = _content_words(added, stoplist)
    return bool(new) and sum(map(words.__contains__, new)) >= share * len(new)


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

    def prose(lo: int, hi: int) -> list[Block]:
        return [blocks[i] for i in range(lo, hi) if labels[i] in PROSE_LABELS]

    if not _echoes(
        blocks[start : end + 1], prose(start, end + 1), prose(end + 1, best_k + 1), MIN_OVERLAP
    ):
        return end
    return best_k


#: A paragraph of prose under the article's end goes on with it over a short run of menu
#: entries or related links (a row of topic links, a shop box, a heading a menu rule took)
#: of at most this many lines (development pages, inscriptis dumps: the two boxes passed
#: have 3 and 5 lines; not tuned, 12 leaves room for a box of a heading and its links), ...
BOX_MAX_LINES = 12
#: ...when it scores at least this much (``block_scores.score``: about the words of a
#: paragraph of prose; a one-sentence line under a box is a caption or a teaser) ...
BOX_PROSE_MIN = 20.0
#: ...and the article above the box scores at least this much per line of the box (about
#: five words of prose a line): the interruption is short beside the text it cuts.
BOX_ARTICLE_WORDS = 5.0
#: What such a box may hold: menu entries, related links, and a row of links (a shop
#: box's product line).
BOX_REMOVALS = INLINE_REMOVALS | {("chrome", "link_row")}
#: At least this share of the box's lines end a sentence ("A template for your email!",
#: "Why not start one for your area?"): the article's own short sentences that a
#: related-links rule took, where a sidebar's or a teaser box's links are titles ("City
#: plans new cycle lanes") and a menu's are names.
BOX_SENTENCE_SHARE = 0.5
#: The paragraph under the box shares at least this share of its content words with the
#: article (above ``MIN_OVERLAP``: a box passed without figures is weaker evidence than a
#: table; measured before the sentence share was asked for, on snippet and development
#: pages: 0.27-0.67 on the pages gained, 0.15-0.20 on a donation appeal, a reader's
#: comment and a column joined below a box).
BOX_MIN_OVERLAP = 0.25
#: Box lines that say what comes under them is not the article: a comment's header or
#: stamp, a related label ("Weitere Inhalte", "More stories on"), a teaser header.
BOX_BARRIERS = (
    P.COMMENT_HEADER,
    P.COMMENT_WIDGET,
    P.COMMENT_STAMP,
    P.RELATED_LABEL,
    P.TEASER_HEADER,
)


def _box_barrier(text: str) -> bool:
    """A box line after which the page's other parts begin: one of :data:`BOX_BARRIERS`,
    a label that announces what follows ("Weitere Inhalte:"), or a "Label: value" fact
    (a profile box beside the article: "Company: ...", "Website: ...")."""
    content = strip_bullet(text)[1]
    if content.rstrip().endswith(":") or fact_line(content):
        return True
    return any(pattern.search(content) for pattern in BOX_BARRIERS)


def past_short_box(
    scored: Sequence[Scored],
    values: Sequence[float],
    gaps: Sequence[float],
    between: Callable[[int, int], list[Removal]],
    found: tuple[int, int],
) -> int:
    """Where the article ends when its text goes on under a short removed box: what
    ``between`` gives as removed between the last block ``found[1]`` and the one under it.
    That block is a paragraph of prose (``good``, no list marker, :data:`BOX_PROSE_MIN`)
    that shares :data:`BOX_MIN_OVERLAP` of its content words with the article; the box has
    at most :data:`BOX_MAX_LINES` lines, all menu entries or related links, none a barrier
    (:func:`_box_barrier`), :data:`BOX_SENTENCE_SHARE` of them sentences; and the article
    above scores :data:`BOX_ARTICLE_WORDS` per line of the box. The end then takes that
    paragraph and the prose right under it, with nothing removed between; else it stays."""
    start, end = found
    below = end + 1
    if below >= len(scored) or gaps[below] == 0:
        return end  # most pages: the page ends, or chrome follows with nothing removed
    block = scored[below].block
    if scored[below].label != "good" or block.marker or values[below] < BOX_PROSE_MIN:
        return end
    box = between(end, below)
    if not box or len(box) > BOX_MAX_LINES:
        return end
    if not all((r.stage, r.reason) in BOX_REMOVALS for r in box):
        return end
    if any(_box_barrier(r.text) for r in box):
        return end
    sentences = sum(ends_sentence(strip_bullet(r.text)[1]) for r in box)
    if sentences < BOX_SENTENCE_SHARE * len(box):
        return end
    if sum(values[start : end + 1]) < BOX_ARTICLE_WORDS * len(box):
        return end
    article = [item.block for item in scored[start : end + 1]]
    prose = [item.block for item in scored[start : end + 1] if item.label in PROSE_LABELS]
    if not _echoes(article, prose, [block], BOX_MIN_OVERLAP):
        return end
    last = below
    while last + 1 < len(scored) and gaps[last + 1] == 0 and scored[last + 1].label in PROSE_LABELS:
        last += 1
    return last
