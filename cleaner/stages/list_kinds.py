"""Kinds of lists an article gives, told by their items alone: fact sheets ("Ort:
Stadthalle", "Eintritt: 5 Euro"), rankings numbered one after another, references numbered
in brackets, a table's measurements, pros and cons. :mod:`~cleaner.stages.article_lists`
asks these, with the text around a run, whether the run is the article's own list."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from cleaner.stages.headers import LABEL_VALUE, kicker
from cleaner.text import words

#: This many title-like lines in a row inside the body are a related-story list; a single
#: sub-heading or a two-line heading is not (samples 000 and 001 have lists of 4 and 5).
RELATED_MIN_RUN = 3
#: A fact sheet (a photo's data, an event's date, place and price, a product's dimensions)
#: is the article's own list, not related links, even at the page's end (the main_content
#: stage keeps it when it stands right under the article): at least this share of its items
#: are "Label: value" facts with a label of at most ``FACT_LABEL_MAX_WORDS`` words and a
#: value of at most ``FACT_VALUE_MAX_WORDS``. Snippet pages, text route: gold_with kept
#: 1,335 -> 1,337 of 1,481, gold_without unchanged; development pages, inscriptis F1
#: 0.9204 -> 0.9206 (bs4 and w3m80 unchanged). Only a sheet in the text counts
#: (:func:`_in_text`): a movie's facts between its rating's stars and an ad's code cost
#: lynx F1 0.00008 and gold boilerplate left 0.0006.
FACT_SHEET_SHARE = 0.75
FACT_LABEL_MAX_WORDS = 3
FACT_VALUE_MAX_WORDS = 8
#: A post's own data under it ("Published: ...", "Edited by: ...", "Date:", "Time:",
#: "Autor:") is metadata, not a fact of the article (development pages: such sheets under
#: fact-checks and forum posts are not in the gold bodies).
POST_META_LABEL = re.compile(
    r"\b(?:by|von|par|por|przez|author|autor|auteur|autore|writer|date|datum|fecha|data|"
    r"time|zeit|heure|hora|published|posted|updated|veröffentlicht|aktualisiert|publié|"
    r"publicado|opublikowano|subjects?|tags?|filed|category|kategorie|catégorie|categoría)\s*$",
    re.IGNORECASE,
)
#: A list of at least this many items numbered one after another ("1." to "100.") is a
#: ranking the article gives, not a menu or a list of links (the numbered menu of sample
#: 003 has four entries).
RANKED_LIST_MIN = 10
#: An item's number: "7.", "07)", "100." (three digits, where a list marker has two).
RANK = re.compile(r"^\s*(\d{1,3})[.)]\s")
#: A measurement alone on its line: a number and its unit ("2.3 GB/s", "12 ms", "0,5 %").
MEASURE = re.compile(r"^[-+]?\d[\d.,]*\s*([^\W\d][^\s\d]{0,5})$")
#: A table of measurements has at least this many in the same unit (a benchmark's table
#: between a short sentence and a paragraph; a share counter, "10.7k", comes twice).
MEASURES_MIN = 3
#: The head of a table's column of pros, then of cons: the item itself ("Vorteile",
#: "Pros:") or its start, run together with the first cell ("NachteileStarke Hitze nur in
#: der Mitte"); not a word that opens an item ("Pro Nylon plate is flexible").
PROS = re.compile(
    r"^(?i:vorteile|pros?|advantages|avantages|ventajas|vantaggi|zalety|voordelen"
    r"|pluspunkte|plus|stärken|strengths)(?::?\s*$|(?=[A-ZÄÖÜ]))"
)
CONS = re.compile(
    r"^(?i:nachteile|cons|contra|disadvantages|inconvénients|desventajas|svantaggi|wady"
    r"|nadelen|minuspunkte|minus|schwächen|weaknesses)(?::?\s*$|(?=[A-ZÄÖÜ]))"
)
#: A fact sheet inside a run (:func:`fact_stretch`) is looked for over at most this many of
#: its facts from each one: the sheets inside runs of the snippets pages have 3 to 10, and
#: the search over a run of thousands of items stays linear (a run of 3,000 items, every
#: other one a fact and no sheet among them, took 0.2 s without the bound).
FACT_STRETCH_MAX_FACTS = 50
#: Items (a table's caption) that may stand above a table's head in a run.
TABLE_CAPTIONS = 1
#: A note's number in a list of references: "[1] http://...", "[12] Smith, J. 2016. ...".
NOTE_NUMBER = re.compile(r"^\s*\[(\d{1,3})\]\s")
#: A year or a clock time: teasers and comment signatures carry them, list items rarely.
STAMP = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b")


def ranked(texts: Sequence[str]) -> bool:
    """True when the items are numbered one after another, at least
    :data:`RANKED_LIST_MIN` of them ("01. Robert Plant", "02. Rob Halford", ...).

    >>> ranked([f"{n}. Name" for n in range(1, 11)])
    True
    >>> ranked([f"{n}. Name" for n in (1, 2, 3)])
    False
    """
    if len(texts) < RANKED_LIST_MIN:
        return False
    numbers = []
    for text in texts:
        match = RANK.match(text)
        if match is None:
            return False
        numbers.append(int(match[1]))
    return all(b == a + 1 for a, b in pairwise(numbers))


def pros_and_cons(contents: Sequence[str]) -> bool:
    """True when the run opens with a table weighing the article's subject: its first or
    second item (under a caption) opens with the head of a column of pros and a later one
    with that of a column of cons (:data:`PROS`, :data:`CONS`). A shopping guide's product
    cards (a shop's link, the product's name, its price, then its pros and cons) go.

    >>> pros_and_cons(["Vorteile", "Nachteile", "Niedrige Raten", "Hohe Raten"])
    True
    >>> pros_and_cons(["ProcessWire 3.0 released", "Construction starts", "Plus size fashion"])
    False
    """
    first = next((i for i, text in enumerate(contents) if PROS.match(text)), None)
    if first is None or first > TABLE_CAPTIONS:
        return False
    return any(CONS.match(text) for text in contents[first + 1 :])


def references(texts: Sequence[str]) -> range:
    """Where the article's notes stand among the items: at least :data:`RELATED_MIN_RUN`
    items in a row numbered in brackets from one ("[1] http://...", "[2] ...", "[3] ..."),
    which the text cites by number ("[4]"); a list of links to other pages carries no
    such numbers. An empty range when there are none.

    >>> references(["Links", "[1] http://example.org/a", "[2] http://example.org/b", "[3] Ebd."])
    range(1, 4)
    >>> references(["[1] http://example.org/a", "[3] http://example.org/b", "[4] Ebd."])
    range(0, 0)
    """
    start = expected = 0
    for i, text in enumerate(texts):
        match = NOTE_NUMBER.match(text)
        number = int(match[1]) if match is not None else None
        if number == 1:
            start, expected = i, 2
        elif number is not None and number == expected:
            expected += 1
        else:
            if expected > RELATED_MIN_RUN:
                return range(start, i)
            expected = 0
    if expected > RELATED_MIN_RUN:
        return range(start, len(texts))
    return range(0)


def fact_line(content: str) -> bool:
    """A fact of a fact sheet: a short label and a short value ("Eintritt: 3 €", "Ort:
    Marktplatz Halle", "Termin: 29.02.2020, 19 Uhr"), dates and times allowed."""
    pair = LABEL_VALUE.match(content)
    if pair is None or kicker(content) or POST_META_LABEL.search(pair["label"]):
        return False
    value_words = len(words(pair["value"]))
    return (
        len(words(pair["label"])) <= FACT_LABEL_MAX_WORDS
        and 1 <= value_words <= FACT_VALUE_MAX_WORDS
    )


def fact_sheet(contents: Sequence[str]) -> bool:
    """True when the items (their contents) are a fact sheet: at least
    :data:`FACT_SHEET_SHARE` of them, and :data:`RELATED_MIN_RUN`, are :func:`fact_line`
    facts, and not all of those carry a year or a clock time (teasers do: "Bridge closed:
    12 June 2019, 10:30").

    >>> fact_sheet(["Ort: Stadthalle", "Termin: 29.02.2020, 19 Uhr", "Eintritt: 5 Euro"])
    True
    >>> fact_sheet(["Bridge closed: 12 June 2019", "Budget vote: 3 May 2020, 18:00",
    ...             "River floods: 1 April 2021"])
    False
    """
    facts = [content for content in contents if fact_line(content)]
    if len(facts) < RELATED_MIN_RUN or len(facts) < FACT_SHEET_SHARE * len(contents):
        return False
    return not all(STAMP.search(content) for content in facts)


def fact_stretch(contents: Sequence[str]) -> range:
    """The longest stretch of the items, from a fact to a fact (:func:`fact_line`), that is
    a fact sheet (:func:`fact_sheet`): a price list under its heading and its first price,
    with a share button under it. An empty range when there is none.

    >>> fact_stretch(["Preise", "ab 90 €", "Kaution: 500 €", "Strom: nach Verbrauch",
    ...               "Reinigung: 80 €", "Teilen"])
    range(2, 5)
    """
    facts = [i for i, content in enumerate(contents) if fact_line(content)]
    # Facts with a year or a clock time, counted up to each fact (a sheet holds others).
    stamped = [0]
    for i in facts:
        stamped.append(stamped[-1] + (STAMP.search(contents[i]) is not None))
    best = range(0)
    for a, first in enumerate(facts):
        for b in range(
            min(len(facts), a + FACT_STRETCH_MAX_FACTS) - 1, a + RELATED_MIN_RUN - 2, -1
        ):
            length = facts[b] - first + 1
            if length <= len(best):
                break
            count = b - a + 1
            if count >= FACT_SHEET_SHARE * length and stamped[b + 1] - stamped[a] < count:
                best = range(first, facts[b] + 1)
                break
    return best


def measurements(contents: Sequence[str]) -> bool:
    """True when at least :data:`MEASURES_MIN` items are a number and the same unit alone
    ("2.3 GB/s", "0.098 GB/s", ...): a table's column of measurements.

    >>> measurements(["file", "a", "2.3 GB/s", "0.1 GB/s", "b", "2.5 GB/s", "0.09 GB/s"])
    True
    >>> measurements(["Family: Nyctaginaceae", "10.7k", "SHARES", "10.7k"])
    False
    """
    units = Counter(m[1] for text in contents if (m := MEASURE.match(text)) is not None)
    return bool(units) and units.most_common(1)[0][1] >= MEASURES_MIN
