"""Where the article ends: past its last paragraph, the parts of it that score as chrome and
still belong to it (a list it announces, a recipe card, a ranking, a fact sheet, notes,
numbered entries, the rest of a list, a forum thread's next posts)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from cleaner import patterns as P
from cleaner.blocks import PROSE_MIN_WORDS, Block
from cleaner.document import Document, LineKey, Removal
from cleaner.linepattern import LinePattern
from cleaner.stages.article_lists import (
    NOTE_NUMBER,
    RANK,
    announcer,
    fact_line,
    fact_sheet,
    ranked,
    references,
)
from cleaner.stages.block_scores import MENU_ITEM_WORDS
from cleaner.stages.structure import LONE_URL
from cleaner.text import strip_bullet

#: A list announced by a colon right under the article's last paragraph ("Aus dem Inhalt:",
#: "Lesen Sie dazu auch:", "Weitere Quellen:") is the article's when it ends where earlier
#: stages removed chrome or the page ends, within this many blocks; a longer run without
#: such a break is a sidebar.
TAIL_LIST_BLOCKS = 30
#: ...and has at least this many items (a lone "Die Karte zum Abspeichern:" is a widget's).
TAIL_LIST_MIN_ITEMS = 2
#: A list label ("Key features:", "Other deals:") has at most this many words.
LIST_LABEL_WORDS = 3
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
#: A list that the article's last blocks are items of goes on under them to its end
#: (:func:`list_end`) when at least this many items end the article: a product's feature
#: list whose sentence items are kept and whose noun-phrase items scored as chrome
#: (development pages, inscriptis dumps: one page 0.933 -> 0.938, F1 0.9249 -> 0.9250, the
#: other dump styles, HTML and snippets the same). Items set apart by a blank line are
#: another list (a w3m80 dump's share buttons under an article's own list: F1 0.976 ->
#: 0.948 without that rule).
LIST_TAIL_ITEMS = 2
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


def tail_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends, given its last paragraph ``end``: a list that paragraph (or
    an announcer right under it) announces goes with the article when nothing was removed
    between and chrome or the page's end follows; so does a list of marked items under a
    short label (:func:`_list_label`), in one part or several ("Top deal:", its item,
    "Other deals:", theirs), unless an icon ends it (:func:`_icon`).

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["The plan has three aims:", "lower rents", "more homes", "fewer cars"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 9.0) for n, t in enumerate(texts, 1)]
    >>> tail_end(items, [0.0] * 4, 0)
    3
    """
    nxt = end + 1
    if _breaks(scored, gaps, nxt):
        return end
    last, below = scored[end].block, scored[nxt].block
    if last.ends_with_colon and LONE_URL.match(below.text):
        return nxt  # the address the paragraph announces ("Unterschreibt die Petition:")
    if last.ends_with_colon:
        return _announced_list(scored, gaps, nxt, end)
    if announcer(below):
        return _announced_list(scored, gaps, nxt + 1, end)
    if _list_label(below) and _marked(scored, gaps, nxt + 1):
        item = _announced_list(scored, gaps, nxt + 1, end)
        return end if _icon(scored, gaps, item + 1) else item
    return end


def _icon(scored: Sequence[Scored], gaps: Sequence[float], index: int) -> bool:
    """Block ``index`` is a line without words ("*") right under the list item above it,
    nothing removed between: the icon of a share bar's last button ("Share with:", its
    buttons, then the icon)."""
    if index >= len(scored) or index < 1 or gaps[index] > 0:
        return False
    block = scored[index].block
    return not block.tokens and block.first == scored[index - 1].block.last + 1


def _marked(scored: Sequence[Scored], gaps: Sequence[float], index: int) -> bool:
    """Block ``index`` is a list item right under the one before, nothing removed between."""
    return not _breaks(scored, gaps, index) and bool(scored[index].block.marker)


def _list_label(block: Block) -> bool:
    """A short label that heads a list of the article's ("Key features:", "Top deal:"): at
    most ``LIST_LABEL_WORDS`` words ending with a colon, no digits, no list marker, and
    no label of related links ("Related post:")."""
    content = block.content.rstrip()
    return (
        not block.marker
        and not P.RELATED_LABEL.search(content)
        and content.endswith(":")
        and 0 < len(block.tokens) <= LIST_LABEL_WORDS
        and not any(ch.isdigit() for ch in content)
    )


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


def _announced_list(scored: Sequence[Scored], gaps: Sequence[float], first: int, end: int) -> int:
    """The last item of the list that starts at block ``first``: items of one kind (all
    with a list marker or none), at least ``TAIL_LIST_MIN_ITEMS``, up to a break
    (:func:`_breaks`); ``end`` when there is no such list."""
    if first >= len(scored):
        return end
    marked = bool(scored[first].block.marker)
    for k in range(first, min(len(scored), first + TAIL_LIST_BLOCKS) + 1):
        if _breaks(scored, gaps, k):
            return k - 1 if k - first >= TAIL_LIST_MIN_ITEMS else end
        block = scored[k].block
        if marked and _list_label(block) and _marked(scored, gaps, k + 1):
            continue  # the label of the list's next part ("Other deals:")
        if bool(block.marker) != marked or POST_NAV_ARROW.search(block.text):
            return end
    return end


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
    """Where the article ends when a ranking (:func:`cleaner.stages.article_lists.ranked`)
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
    (:func:`cleaner.stages.article_lists.fact_sheet`: a contest's closing date, an event's place
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
    (:func:`cleaner.stages.article_lists.references`), the last of them; else ``end``.

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


def _list_tail(scored: Sequence[Scored], end: int) -> bool:
    """The article's last ``LIST_TAIL_ITEMS`` blocks are list items."""
    first = end + 1 - LIST_TAIL_ITEMS
    return first >= 0 and all(scored[k].block.marker for k in range(first, end + 1))


def _announced_item(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> bool:
    """The article's last block is the first item of a list that the paragraph right above
    it announces (:func:`announcer`), a paragraph of at least ``PROSE_MIN_WORDS`` words,
    nothing removed between: the stretch of prose took the item that the announcing
    paragraph outweighed, and none of the others. A short label ("More stories from our
    site:") announces a box of teasers, not the article's list."""
    if end < 1 or not scored[end].block.marker or _breaks(scored, gaps, end):
        return False
    above = scored[end - 1].block
    return not above.marker and len(above.tokens) >= PROSE_MIN_WORDS and announcer(above)


def list_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when its last blocks are items of a list that goes on under
    them: the list's last item, up to a break (:func:`_breaks`), a block without a marker
    or a blank line (a list of share buttons set under the article's own); else ``end``.
    At least ``LIST_TAIL_ITEMS`` items end the article, so a lone item is not taken for a
    list, unless a paragraph right above it announces it (:func:`_announced_item`).

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "* light frame", "* two pockets", "* a rain cover", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> list_end(items, [0.0] * 4 + [16.0], 2)
    3
    """
    if not (_list_tail(scored, end) or _announced_item(scored, gaps, end)):
        return end
    last = end
    while not _breaks(scored, gaps, last + 1):
        block = scored[last + 1].block
        if not block.marker or POST_NAV_ARROW.search(block.text):
            break
        if block.first != scored[last].block.last + 1:
            break
        last += 1
    return last
