"""Rules that read the page's layout: menus and breadcrumbs, and lines in a foreign script."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import ClassVar

from cleaner.document import Document, Line, LineKey
from cleaner.stages.article_lists import (
    announces_list,
    data_item,
    mostly_data,
    numbered,
)
from cleaner.stages.base import Stage
from cleaner.stages.list_kinds import ranked
from cleaner.text import (
    FUNCTION_WORDS,
    LINE_CACHE_SIZE,
    cached,
    ends_sentence,
    latin_only,
    script_counts,
    strip_bullet,
    word_count,
    words,
)

#: A menu entry has at most this many words ("Main", "Learn", "World News").
MENU_ITEM_MAX_WORDS = 3
#: This many menu-like lines in a row make a menu (a sub-heading plus a one-line
#: paragraph is two; the numbered menu of sample 003 has four).
MENU_MIN_RUN = 3
#: The last entry of a run is the title of the paragraph right under it when that paragraph
#: has at least this many words and holds each of the entry's words of at least
#: ``TITLE_WORD_CHARS`` letters (development pages: a one- to three-word page title under
#: the site's menu, on snippets pages whose text then had no headline).
TITLED_PROSE_WORDS = 15
TITLE_WORD_CHARS = 4
#: A breadcrumb: "Home > News > World", "Home / Politics", "News » Europe".
BREADCRUMB = re.compile(r"^\W*\w[\w .&'’-]{0,30}(?:\s+(?:>|»|›|/|\|)\s+[\w .&'’-]{1,40}){1,6}\s*$")
#: Every breadcrumb holds one of its separators: a line without one is not tried (the
#: pattern backtracks through the first 30 characters of every line it fails on).
BREADCRUMB_SEPARATOR = re.compile(r"[>»›/|]")
#: A run of short lines of which at least this share hold a quantity or a label and its
#: value ("350 g Zucker", "1 TL", "Fett: 13 g") is an ingredient list or a fact box, not a
#: menu. Development pages (snippets, inscriptis): recipes list an amount and an item on
#: one line or on two, so half the lines of such a run hold an amount.
MENU_DATA_SHARE = 0.4
#: A group of entries with no blank line between them (at least ``DATA_GROUP_MIN_LINES``,
#: ``DATA_GROUP_MIN_ITEMS`` of them data) that is at least ``MENU_DATA_SHARE`` data is the
#: article's list inside a longer run of short lines: a recipe's amounts set one to a line
#: under a title ("125 g", "Mehl"), the nutrition facts under a heading, while the
#: category tags around them are a menu.
DATA_GROUP_MIN_LINES = 3
DATA_GROUP_MIN_ITEMS = 2
#: The lines above a group (items and the blank lines between them) that are read to tell
#: whether it ends a list of amounts.
DATA_LIST_LOOKBACK = 6
#: Items of one list set one blank line apart are this many line numbers apart.
SPACED_ITEMS_GAP = 2
#: A bare amount on its own line ("1", "2,5", "1/2") before its item; pagination ("1",
#: "2", "3") has a number on the next line too, and a price or a rate has more decimals
#: ("6.9300").
BARE_AMOUNT = re.compile(r"^\d{1,4}(?:[.,/]\d)?$")
#: A postal address set one part to a line under the label that announces it ("Adresse:",
#: "Address:"): the place's name, the street and house number ("Altendorfer Str. 1",
#: "Ottostraße 14"), then the postcode and town ("45127 Essen", "8200 Schaffhausen"). A
#: contact box's address with no label above it goes with the page's footer.
STREET = re.compile(r"^[^\W\d_][\w.'’ -]{2,40}\s\d{1,4}\s?[a-z]?$")
POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}\s+[^\W\d_][\w-]+(?:\s?[ /]\s?[\w./-]+){0,3}$")
#: A line whose letters are at least this share in another script than the page's is foreign.
FOREIGN_SHARE = 0.6
#: The page's main script must hold at least this share of its letters to judge others.
MAIN_SCRIPT_SHARE = 0.6
#: Lines with fewer letters than this are too short to judge (numbers, symbols, "TV").
MIN_LETTERS = 4


def _menu_like(text: str) -> bool:
    """A short line that reads like a menu entry: few words, no sentence end."""
    marker, content = strip_bullet(text)
    count = word_count(content)
    if not count or count > MENU_ITEM_MAX_WORDS or ends_sentence(content):
        return False
    return bool(marker) or content[0].isupper() or not content[0].isalpha()


#: :func:`_menu_like`, remembered.
menu_like = cached(_menu_like, LINE_CACHE_SIZE)


def broken_off(line: Line, below: Line) -> bool:
    """True when ``below`` is the rest of ``line``, wrapped onto the next line by a terminal
    dump (w3m, lynx): ``line`` is no menu entry and breaks off after a word that cannot end
    a text (a wrapped title: "The Best Oral Care Products for a" over "Healthier Smile").

    In a dump of text nodes a line that breaks off so is a sentence that a link splits
    ("... as well as" over a blog's name), and the link is as often a teaser's as the
    article's (development pages, BeautifulSoup dumps: F1 fell on two pages and rose on
    two), so only a wrap counts.

    >>> wrapped = Line(4, "Jobs cut and shops closed by the", indented=True)
    >>> broken_off(wrapped, Line(5, "Year's End", indented=True))
    True
    >>> broken_off(Line(4, "Jobs cut and shops closed", indented=True), Line(5, "Year's End"))
    False
    """
    if not line.indented or below.number != line.number + 1 or below.column != line.column:
        return False
    last = line.text.rstrip().rsplit(" ", 1)[-1]
    return last in FUNCTION_WORDS and not menu_like(line.text)


def titles(line: Line, following: Line | None) -> bool:
    """True when a short line is the title of the paragraph that follows it: the paragraph
    is prose of at least ``TITLED_PROSE_WORDS`` words and repeats the line's content words
    (a page title of one to three words, "M wie Mähnenlöwe", under the site's menu)."""
    if following is None or word_count(following.text) < TITLED_PROSE_WORDS:
        return False
    if strip_bullet(line.text)[0]:
        return False  # a list item: a menu entry
    content = [w.lower() for w in words(line.text) if len(w) >= TITLE_WORD_CHARS]
    below = {w.lower() for w in words(following.text)}
    return bool(content) and all(w in below for w in content)


def groups(run: list[Line]) -> list[list[Line]]:
    """The run cut wherever a blank or removed line stands between two entries."""
    out: list[list[Line]] = []
    for line in run:
        if out and line.number == out[-1][-1].number + 1:
            out[-1].append(line)
        else:
            out.append([line])
    return out


def data_group(group: list[Line]) -> bool:
    """True when a group of adjacent entries is mostly data (:data:`DATA_GROUP_MIN_LINES`);
    a bare amount counts when a word follows it ("1" above "Ei(er)")."""
    if len(group) < DATA_GROUP_MIN_LINES or any(line.column is not None for line in group):
        return False  # too short, or cells of a table laid out beside the text
    contents = [strip_bullet(line.text)[1] for line in group]
    data = 0
    for i, content in enumerate(contents):
        if data_item(content):
            data += 1
        elif BARE_AMOUNT.match(content):
            nxt = contents[i + 1] if i + 1 < len(contents) else ""
            data += bool(nxt) and BARE_AMOUNT.match(nxt) is None
    return data >= max(DATA_GROUP_MIN_ITEMS, MENU_DATA_SHARE * len(contents))


def continues_data_list(group: list[Line], above: Sequence[Line]) -> bool:
    """True when the group's entries go on a list whose items right above them (same
    marker, no line removed between) hold data, at least ``DATA_GROUP_MIN_ITEMS`` of the
    last ``DATA_LIST_LOOKBACK`` lines: the last items of an ingredient list ("* Salz")."""
    marker = strip_bullet(group[0].text)[0]
    if not marker:
        return False
    data = 0
    number = group[0].number
    for line in reversed(above[-DATA_LIST_LOOKBACK:]):
        if line.number != number - 1:
            break
        number = line.number
        if not line.text:
            continue  # a blank line between two items
        item_marker, content = strip_bullet(line.text)
        if item_marker != marker:
            break
        data += data_item(content)
    return data >= DATA_GROUP_MIN_ITEMS


def addresses(run: list[Line]) -> set[LineKey]:
    """The entries of a run that are an announced postal address: a label ending with a
    colon, the place's name, a street line and the postcode and town line under it
    (:data:`STREET`, :data:`POSTCODE_TOWN`).

    >>> texts = ["Adresse:", "Stadthalle", "Ottostraße 14", "26899 Rhede"]
    >>> len(addresses([Line(n, t) for n, t in enumerate(texts, 1)]))
    4
    >>> addresses([Line(n, t) for n, t in enumerate(["Archiv", *texts[1:]], 1)])
    set()
    """
    keep: set[LineKey] = set()
    contents = [strip_bullet(line.text)[1] for line in run]
    for i in range(3, len(run)):
        if (
            POSTCODE_TOWN.match(contents[i])
            and STREET.match(contents[i - 1])
            and contents[i - 3].rstrip().endswith(":")
        ):
            keep.update(line.key for line in run[i - 3 : i + 1])
    return keep


def article_entries(run: list[Line], above: Sequence[Line]) -> set[LineKey]:
    """The entries of a menu-like run that are the article's: a ranking, an announced
    postal address (:func:`addresses`), adjacent data entries (:func:`data_group`), the end
    of a data list (:func:`continues_data_list`), with its items that follow one blank line
    apart."""
    if ranked([line.text for line in run]):
        return {line.key for line in run}
    keep: set[LineKey] = addresses(run)
    ending = False  # the groups so far end a list of amounts
    previous: Line | None = None
    for i, group in enumerate(groups(run)):
        if i == 0:
            ending = continues_data_list(group, above)
        elif ending and previous is not None:
            ending = group[0].number - previous.number <= SPACED_ITEMS_GAP and (
                strip_bullet(group[0].text)[0] == strip_bullet(previous.text)[0]
            )
        if ending or data_group(group):
            keep.update(line.key for line in group)
        previous = group[-1]
    return keep


def data_run(run: list[Line]) -> bool:
    """True when at least ``MENU_DATA_SHARE`` of the run's lines hold data (amounts, a label
    and its value): the article's ingredients or facts, where menu entries are words."""
    return mostly_data((strip_bullet(line.text)[1] for line in run), MENU_DATA_SHARE)


def announced_run(run: Sequence[Line], lines: Sequence[Line], start: int) -> bool:
    """True when the text line above the run (``lines[start]`` is its first) announces it by
    its last words ("The dates are as follows.", ``patterns.LIST_ANNOUNCING_END``) and at
    least ``article_lists.DATED_ITEMS_SHARE`` of its entries carry a number
    (:func:`~cleaner.stages.article_lists.numbered`): an event's dates and places, which a
    menu's words do not.

    >>> from cleaner.document import Line
    >>> lines = [Line(1, "The dates are as follows."), Line(2, ""), Line(3, "MAY"),
    ...          Line(4, "3 Leeds"), Line(5, "4 York")]
    >>> announced_run(lines[2:], lines, 2)
    True
    """
    above = next((line for line in reversed(lines[:start]) if line.text.strip()), None)
    return (
        above is not None and announces_list(above.text) and numbered([line.text for line in run])
    )


class MenuStage(Stage):
    """Navigation menus and breadcrumbs.

    Reasons:
    - ``menu``: a run of at least ``MENU_MIN_RUN`` consecutive short entry-like lines
      (one to three words, no sentence end), bulleted or numbered or bare; blank lines may
      stand between them. A run that is mostly amounts and values stays (:func:`data_run`),
      and so do the article's entries inside a run (:func:`article_entries`): a ranking
      numbered one after another, an address under its label, adjacent entries that are
      mostly data, the last items of a list of amounts; so does a run of mostly numbered
      entries under a sentence that announces it (:func:`announced_run`: "The dates are as
      follows.", a tour's dates and places).
    - ``breadcrumb``: "Home > News > World".
    """

    name: ClassVar[str] = "menus"
    whole_page = True
    reasons = frozenset({"menu", "breadcrumb"})

    def __init__(self, *, min_run: int = MENU_MIN_RUN) -> None:
        self.min_run = min_run

    def apply(self, doc: Document) -> Document:
        decisions: dict[LineKey, str] = {}
        run: list[Line] = []
        lines = doc.lines
        start = 0  # where the run starts in ``lines``

        def close_run(following: Line | None = None) -> None:
            entries = run[:-1] if run and titles(run[-1], following) else run
            if (
                len(entries) >= self.min_run
                and not data_run(entries)
                and not announced_run(entries, lines, start)
            ):
                keep = article_entries(entries, lines[max(0, start - DATA_LIST_LOOKBACK) : start])
                decisions.update((line.key, "menu") for line in entries if line.key not in keep)
            run.clear()

        previous: Line | None = None
        for index, line in enumerate(lines):
            if not line.text:
                continue
            above, previous = previous, line
            if (
                BREADCRUMB_SEPARATOR.search(line.text)
                and BREADCRUMB.match(line.text)
                and len(words(line.text)) <= 12
            ):
                close_run()
                decisions[line.key] = "breadcrumb"
                continue
            if menu_like(line.text) and (above is None or not broken_off(above, line)):
                if not run:
                    start = index
                run.append(line)
                continue
            close_run(line)
        close_run()
        return self.drop(doc, decisions)


class ForeignScriptStage(Stage):
    """Lines mostly in another script than the page's.

    A Cyrillic banner on an English page goes; a Russian page keeps its Cyrillic, and Latin
    brand names inside Cyrillic text are fine, because a line goes only when most of its
    letters are foreign.

    Reasons:
    - ``foreign_script``: at least ``FOREIGN_SHARE`` of the line's letters are in a script
      that is not the page's main script.
    """

    name: ClassVar[str] = "script"
    reasons = frozenset({"foreign_script"})

    def apply(self, doc: Document) -> Document:
        if all(latin_only(line.text) for line in doc.lines):
            return doc  # every letter is Latin: no line is in another script
        per_line = [(line, script_counts(line.text)) for line in doc.lines if line.text]
        total: Counter[str] = Counter()
        for _, counts in per_line:
            total.update(counts)
        letters = sum(total.values())
        if not letters:
            return doc
        main, main_count = total.most_common(1)[0]
        if main_count < MAIN_SCRIPT_SHARE * letters:
            return doc
        decisions: dict[LineKey, str] = {}
        for line, counts in per_line:
            n = sum(counts.values())
            if n >= MIN_LETTERS and n - counts.get(main, 0) >= FOREIGN_SHARE * n:
                decisions[line.key] = "foreign_script"
        return self.drop(doc, decisions)
