"""Where the article ends: past its last paragraph, the parts of it that score as chrome and
still belong to it (a recipe card, a ranking, a fact sheet, notes, numbered entries, a
forum thread's next posts; the lists it announces or ends with are in
:mod:`cleaner.stages.list_ends`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from cleaner import patterns as P
from cleaner.blocks import Block
from cleaner.document import Document, LineKey, Removal
from cleaner.linepattern import LinePattern
from cleaner.stages.block_scores import MENU_ITEM_WORDS
from cleaner.stages.list_kinds import (
    NOTE_NUMBER,
    RANK,
    fact_line,
    fact_sheet,
    ranked,
    references,
)
from cleaner.text import strip_bullet

#: A recipe card under the article's text (a blog post, then the card with "Ingredients" and
#: "Directions"): kept when its ingredients heading comes within this many blocks under the
#: article's last paragraph, ...
RECIPE_AFTER_BLOCKS = 3
#: ...and its method heading within this many blocks under that; the steps under the method
#: heading go with it up to the first chrome block or removed line.
RECIPE_METHOD_WITHIN = 40
#: A ranking the article gives ("Here's the full list:", then "1." to "100."): kept when it
#: starts within this many blocks under the article's last paragraph, nothing removed
#: between (:func:`ranking_end`).
RANKING_AFTER_BLOCKS = 6
#: A list of numbered entries, each a heading ("7. Erin Andrews") and its text, goes on
#: under the article's last paragraph when at least this many entries in a row, numbered
#: one after another, end the article, and the next numbers follow with nothing removed
#: between (a "top 10" whose last entries have short texts; snippets text route gold_with
#: 1,339 -> 1,340, gold_without and development pages unchanged).
ENTRIES_MIN = 2
#: ...and the last of them is at most this many blocks above that paragraph.
ENTRY_TEXT_BLOCKS = 3
#: An entry's heading: its number, then a name or a title ("8.Lori Kelly", "9. The Brat").
ENTRY = re.compile(r"^\s*(\d{1,3})[.)]\s*[^\W\d_]")
#: A previous/next post link ("← Older post", "Newer post →"): blog navigation, not a list
#: item.
POST_NAV_ARROW = re.compile(r"^\W*[←⟵]|[→⟶]\W*$")
#: A forum post's number, alone or closing its header line ("* #4", "03.03.2011, 14:27
#: #662"): a thread whose first posts are the article goes on with the posts numbered on
#: (:meth:`MainContentStage._past_posts`; snippets text route gold_with 1,340 -> 1,343 on
#: two threads, the development pages unchanged: no post numbers there).
POST_NUMBER = re.compile(r"(?:^|\s)#(\d{1,6})$")
#: The next post's number comes within this many blocks under the last post's text: a
#: quoting post whose header a related-links rule removed puts its text (six blocks on the
#: snippet pages' threads) between two numbers.
POST_WITHIN = 12
#: ...with at most this many lines removed between (the poster's name, rank, join date and
#: post count, an ad's label: four to seven lines on those threads); more, or a line of a
#: comment section, a comment widget or chrome, ends the thread.
POST_BOX_LINES = 10
POST_BARRIER_STAGES = frozenset({"comment_section", "comment_widgets", "chrome"})
#: A post's text goes on over lines these stages removed (a signature repeated from an
#: earlier post, a caption).
POST_TEXT_STAGES = frozenset({"captions"})
#: A line that names the article's source right under its last paragraph ("Pressemitteilung
#: Nr. 12/24 des Gerichts vom ...", "Quelle: ...", "(Reporting by ...; Editing by ...)"): the
#: article's, when nothing was removed between and it has at most ``SOURCE_MAX_WORDS``
#: words (:func:`source_end`).
SOURCE_LINE = re.compile(
    r"^\W*(?:quellen?|source|fuente|fonte|źródło|bron|pressemitteilung|pressemeldung|"
    r"press release|communiqué de presse|nota de prensa|mit material von|"
    r"(?:with |additional )?reporting by)\b",
    re.IGNORECASE,
)
#: (The source lines found on the snippet and development pages have 8-16 words; a
#: paragraph that opens with "Source" is longer.)
SOURCE_MAX_WORDS = 30


@dataclass(frozen=True)
class Scored:
    block: Block
    label: str
    score: float


class RemovedLines:
    """The lines earlier stages removed, in reading order, without the table borders the
    columns stage removed (layout, not chrome): sorted the first time a rule asks (most
    pages end where no rule past the article's end needs them), then shared by those rules;
    and the lines removed between two blocks."""

    def __init__(
        self, doc: Document, position: Callable[[LineKey], int], scored: Sequence[Scored]
    ) -> None:
        self._doc, self._position, self._scored = doc, position, scored
        self._in_order: list[tuple[int, Removal]] | None = None
        self._keys: list[int] = []

    @property
    def in_order(self) -> list[tuple[int, Removal]]:
        """Each removed line with its reading position, in reading order."""
        if self._in_order is None:
            position = self._position
            self._in_order = sorted(
                ((position(r.key), r) for r in self._doc.removed if r.stage != "columns"),
                key=lambda pair: pair[0],
            )
            self._keys = [pos for pos, _ in self._in_order]
        return self._in_order

    def between(self, upper: int, lower: int) -> list[Removal]:
        """The lines removed between block ``upper`` and block ``lower`` of ``scored``."""
        removed = self.in_order
        low = self._position(self._scored[upper].block.lines[-1].key)
        high = self._position(self._scored[lower].block.lines[0].key)
        return [
            r for _, r in removed[bisect_right(self._keys, low) : bisect_left(self._keys, high)]
        ]


def _past_removed_posts(box: list[Removal], expected: int) -> tuple[list[Removal], int]:
    """The lines of ``box`` under the last post a stage removed with its number, and the
    number the next post carries: a post whose header and text a related-links rule took
    (a quotation) is passed over, and its lines are not counted against the thread.

    >>> box = [Removal(1, "Ann", "related", "related_links"), Removal(2, "* #7", "related",
    ...        "related_links"), Removal(3, "Bo", "related", "related_links")]
    >>> rest, number = _past_removed_posts(box, 7)
    >>> [r.text for r in rest], number
    (['Bo'], 8)
    """
    start = 0
    for i, removal in enumerate(box):
        match = POST_NUMBER.search(strip_bullet(removal.text)[1])
        if match is not None and int(match[1]) == expected:
            start, expected = i + 1, expected + 1
    return box[start:], expected


def _breaks(scored: Sequence[Scored], gaps: Sequence[float], index: int) -> bool:
    """True when the article can end before block ``index``: the page ends there, or lines
    an earlier stage removed come between it and the block before it."""
    return index >= len(scored) or gaps[index] > 0 or not scored[index].block.tokens


def source_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when the block right under its last paragraph ``end`` names
    its source (:data:`SOURCE_LINE`), with nothing removed between: that block; a label
    that announces what follows ("Quelle und Kontaktadresse:") and list items are not.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "(Reporting by Ann Lee; Editing by Bo Cy)", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> source_end(items, [0.0, 0.0, 16.0], 0)
    1
    """
    below = end + 1
    if _breaks(scored, gaps, below):
        return end
    block = scored[below].block
    if block.marker or block.ends_with_colon or len(block.tokens) > SOURCE_MAX_WORDS:
        return end
    return below if SOURCE_LINE.match(block.content) else end


def _first_match(
    scored: Sequence[Scored], start: int, within: int, pattern: LinePattern
) -> int | None:
    """The index of the first of ``within`` blocks from ``start`` that ``pattern`` matches."""
    stop = min(len(scored), start + within)
    return next((i for i in range(start, stop) if pattern.match(scored[i].block.content)), None)


def recipe_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when a recipe card follows its last paragraph ``end``: an
    ingredients heading within ``RECIPE_AFTER_BLOCKS`` blocks, a method heading within
    ``RECIPE_METHOD_WITHIN`` blocks under it, and its steps up to the first block labelled
    ``bad`` or lines removed between; ``end`` when there is no such card.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "Zutaten", "200 g Mehl", "Zubereitung", "Mehl sieben.", "Teilen"]
    >>> labels = ["good", "short", "data", "short", "near_good", "bad"]
    >>> pairs = enumerate(zip(texts, labels, strict=True), 1)
    >>> items = [Scored(Block((Line(n, t),)), lab, 0.0) for n, (t, lab) in pairs]
    >>> recipe_end(items, [0.0] * 6, 0)
    4
    """
    n = len(scored)
    heading = _first_match(scored, end + 1, RECIPE_AFTER_BLOCKS, P.INGREDIENTS_HEADING)
    if heading is None:
        return end
    method = _first_match(scored, heading + 1, RECIPE_METHOD_WITHIN, P.METHOD_HEADING)
    if method is None:
        return end
    last = method
    for k in range(method + 1, n):
        if scored[k].label == "bad" or (k > method + 1 and gaps[k] > 0):
            break
        last = k
    return last if last > method else end


def ranking_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when a ranking (:func:`cleaner.stages.list_kinds.ranked`)
    starts within ``RANKING_AFTER_BLOCKS`` blocks under its last paragraph ``end`` with
    nothing removed between: the ranking's last item; else ``end``."""
    n = len(scored)
    for first in range(end + 1, min(n, end + 1 + RANKING_AFTER_BLOCKS)):
        if gaps[first] > 0:
            return end
        last = first
        while last + 1 < n and gaps[last + 1] == 0 and RANK.match(scored[last + 1].block.text):
            last += 1
        run = [item.block.text for item in scored[first : last + 1]]
        if ranked(run):
            return last
    return end


def _run_under(
    scored: Sequence[Scored], gaps: Sequence[float], end: int, test: Callable[[Block], bool]
) -> int:
    """The last of the blocks right under ``end`` that pass ``test``, with nothing removed
    between them (``end`` when the first does not)."""
    last = end
    while last + 1 < len(scored) and gaps[last + 1] == 0 and test(scored[last + 1].block):
        last += 1
    return last


def facts_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when a fact sheet follows its last paragraph ``end`` with
    nothing removed between: "Label: value" facts in a row that make a sheet
    (:func:`cleaner.stages.list_kinds.fact_sheet`: a contest's closing date, an event's place
    and price, a photo's exposure), the last of them; else ``end``.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "Ort: Stadthalle", "Eintritt: 5 Euro", "Beginn: 19 Uhr", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> facts_end(items, [0.0] * 5, 0)
    3
    """
    last = _run_under(scored, gaps, end, lambda block: fact_line(block.content))
    run = [item.block.content for item in scored[end + 1 : last + 1]]
    return last if fact_sheet(run) else end


def notes_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when its notes follow its last paragraph ``end`` with nothing
    removed between: "[1] ...", "[2] ...", numbered from one
    (:func:`cleaner.stages.list_kinds.references`), the last of them; else ``end``.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text [2].", "[1] http://a.org", "[2] http://b.org", "[3] Ebd.", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> notes_end(items, [0.0] * 5, 0)
    3
    """
    last = _run_under(scored, gaps, end, lambda block: NOTE_NUMBER.match(block.text) is not None)
    notes = references([item.block.text for item in scored[end + 1 : last + 1]])
    return end + notes.stop if notes and notes.start == 0 else end


def _entry_number(block: Block) -> int | None:
    """The number of an entry's heading: a short line that opens with it (:data:`ENTRY`)."""
    if len(block.lines) > 1 or len(block.tokens) > MENU_ITEM_WORDS * 2:
        return None
    match = ENTRY.match(block.text)
    return int(match[1]) if match else None


def entries_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when it is a list of numbered entries (a heading "7. Name",
    then its text) that goes on under its last paragraph ``end``: the last entry whose
    heading carries the next number, up to the first lines removed between; else ``end``.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["1. Ann", "Text.", "2. Bo", "Text.", "3. Cy", "Text.", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> entries_end(items, [0.0] * 6 + [16.0], 3)
    5
    """
    # The last ENTRIES_MIN headings at or above the end: the only ones asked about.
    headings = (
        (k, number)
        for k in range(end, -1, -1)
        if (number := _entry_number(scored[k].block)) is not None
    )
    numbers = list(islice(headings, ENTRIES_MIN))
    if len(numbers) < ENTRIES_MIN or end - numbers[0][0] > ENTRY_TEXT_BLOCKS:
        return end
    if any(numbers[i][1] != numbers[0][1] - i for i in range(ENTRIES_MIN)):
        return end
    expected, last = numbers[0][1] + 1, end
    for k in range(end + 1, len(scored)):
        if gaps[k] > 0:
            break
        number = _entry_number(scored[k].block)
        if number is not None:
            if number != expected:
                break
            expected += 1
        last = k
    if expected == numbers[0][1] + 1:
        return end  # no further entry under the end
    return last
