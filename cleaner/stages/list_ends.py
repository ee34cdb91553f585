"""Where the article ends when a list goes on under its last paragraph: the list that
paragraph (or an announcer, or a short label) announces, and the rest of a list whose
first items the article's stretch took (MainContentStage)."""

from __future__ import annotations

from collections.abc import Sequence

from cleaner import patterns as P
from cleaner.blocks import PROSE_MIN_WORDS, Block
from cleaner.stages.article_end import POST_NAV_ARROW, Scored, _breaks
from cleaner.stages.article_lists import announcer, announces_list, numbered, title_like
from cleaner.stages.structure import LONE_URL

#: A list announced by a colon right under the article's last paragraph ("Aus dem Inhalt:",
#: "Lesen Sie dazu auch:", "Weitere Quellen:") is the article's when it ends where earlier
#: stages removed chrome or the page ends, within this many blocks; a longer run without
#: such a break is a sidebar.
TAIL_LIST_BLOCKS = 30
#: ...and has at least this many items (a lone "Die Karte zum Abspeichern:" is a widget's).
TAIL_LIST_MIN_ITEMS = 2
#: A list label ("Key features:", "Other deals:") has at most this many words.
LIST_LABEL_WORDS = 3
#: A list that the article's last blocks are items of goes on under them to its end
#: (:func:`list_end`) when at least this many items end the article: a product's feature
#: list whose sentence items are kept and whose noun-phrase items scored as chrome
#: (development pages, inscriptis dumps: one page 0.933 -> 0.938, F1 0.9249 -> 0.9250, the
#: other dump styles, HTML and snippets the same). Items set apart by a blank line are
#: another list (a w3m80 dump's share buttons under an article's own list: F1 0.976 ->
#: 0.948 without that rule).
LIST_TAIL_ITEMS = 2


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
    if announces_list(last.content):
        return _sentence_lists(scored, gaps, end)
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


def _sentence_lists(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when its last paragraph ``end`` announces a list by its last
    words ("The dates are as follows.", :func:`announces_list`): the last item of the run
    of title-like blocks under it (at least ``TAIL_LIST_MIN_ITEMS``, most with a number:
    an event's dates, :func:`numbered`), up to a break or a sentence; and on to the next
    such list when that sentence announces one in turn ("Their UK dates are below.")."""
    while True:
        last = end
        while not _breaks(scored, gaps, last + 1) and title_like(scored[last + 1].block):
            last += 1
        items = [scored[k].block for k in range(end + 1, last + 1)]
        if len(items) < TAIL_LIST_MIN_ITEMS or not numbered([item.content for item in items]):
            return end
        end = last
        nxt = last + 1
        if _breaks(scored, gaps, nxt) or not announces_list(scored[nxt].block.content):
            return end
        end = nxt
