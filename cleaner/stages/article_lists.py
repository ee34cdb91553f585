"""The article's own lists: whether a run of short lines inside the body is a list the article
gives (facts, amounts, a ranking, pros and cons, references, measurements, points) rather
than links to other stories."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import pairwise

from cleaner import patterns as P
from cleaner.blocks import PROSE_MIN_WORDS, Block
from cleaner.stages.headers import LABEL_VALUE, kicker
from cleaner.text import LINE_CACHE_SIZE, cached, ends_sentence, words

#: A title-like line: at most this many words and no sentence end (related-story links).
TITLE_MAX_WORDS = 16
#: This many title-like lines in a row inside the body are a related-story list; a single
#: sub-heading or a two-line heading is not (samples 000 and 001 have lists of 4 and 5).
RELATED_MIN_RUN = 3
#: A run between two prose paragraphs whose items are at least this share data items
#: ("CEO: Jane Doe", "2 cups flour", "Amounts for 2 people") is the article's own list.
#: Development pages (inscriptis, title-like runs with prose on both sides): at least half
#: data items kept 372 gold tokens and 30 other ones; a share of 0.4 kept 416 and 93.
DATA_ITEMS_SHARE = 0.5
#: A value longer than this many words is a teaser's headline or a tag line ("Themen: ...",
#: "Next story: ..."). Development pages: facts and amounts have values of 1-5 words; with
#: 10 words wcxb inscriptis precision fell from 0.900 to 0.899 and teasers stayed.
VALUE_MAX_WORDS = 5
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
#: A bulleted run with at least this share of items that open with a lower-case word is
#: the article's own list of points, not headlines (snippets text route: gold_with 1,338 ->
#: 1,339, gold_without unchanged; development pages F1 unchanged).
LOWER_POINTS_SHARE = 0.5
#: A run under a sentence that announces it without a colon (``patterns.LIST_ANNOUNCING_END``)
#: is the article's list when at least this share of its items carry a number: a tour's
#: dates under their month, amounts.
DATED_ITEMS_SHARE = 0.5
#: An item that opens with an amount ("2 tablespoons ...", "1/2 cup ...", "500 g ...").
AMOUNT_START = re.compile(r"^\d")
#: A quantity: a number with a unit, a percent or a currency before or after it ("2 cups",
#: "500 g", "12%", "$300", "3.380 €").
QUANTITY = re.compile(
    rf"\d(?:[.,/]\d+)?\s*(?:%|[^\W\d_]{{1,4}}\b|(?:{P.UNIT_WORDS})\b|[€$£¥])|[€$£¥]\s?\d",
    re.IGNORECASE,
)
#: A list of at least this many items numbered one after another ("1." to "100.") is a
#: ranking the article gives, not a menu or a list of links (the numbered menu of sample
#: 003 has four entries).
RANKED_LIST_MIN = 10
#: An item's number: "7.", "07)", "100." (three digits, where a list marker has two).
RANK = re.compile(r"^\s*(\d{1,3})[.)]\s")
#: A short paragraph of the text around a table has at least this many words: the shortest
#: body paragraphs of the samples have 8 (``blocks.PROSE_MIN_WORDS``).
SENTENCE_MIN_WORDS = 8
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


def title_like(block: Block) -> bool:
    content = block.content
    n = len(block.tokens)
    return 1 <= n <= TITLE_MAX_WORDS and not ends_sentence(content.rstrip("?!"))


def announced(lead_in: Block | None, run: list[Block]) -> bool:
    """True when the text announces the run as its own list: the paragraph before it, or its
    first line, ends with a colon ("The plan has three aims:", "Ingredients:") or is a list
    heading ("Zutaten", "Nutrition facts", "Technische Daten")."""
    first = run[0]
    if first.ends_with_colon or P.LIST_HEADING.match(first.content.rstrip()):
        return True
    return lead_in is not None and (
        lead_in.ends_with_colon
        or P.LIST_HEADING.match(lead_in.content) is not None
        or _announcing_sentence(lead_in, run)
    )


def _announcing_sentence(lead_in: Block, run: Sequence[Block]) -> bool:
    """The paragraph above the run announces it by its last words, without a colon ("The
    dates are as follows.", "Die Termine lauten wie folgt.", ``patterns.LIST_ANNOUNCING_END``)
    and at least ``DATED_ITEMS_SHARE`` of the items carry a number (an event's dates and
    places, amounts): "Watch the video below." over a list of headlines announces no list.

    >>> from cleaner.document import Line
    >>> lead = Block((Line(1, "The dates are as follows."),))
    >>> _announcing_sentence(lead, [Block((Line(2, "3 Paris, Olympia"),))])
    True
    >>> _announcing_sentence(lead, [Block((Line(2, "Paris mourns its mayor"),))])
    False
    """
    return announces_list(lead_in.content) and numbered(run)


def announces_list(text: str) -> bool:
    """The paragraph announces a list by its last words (``patterns.LIST_ANNOUNCING_END``),
    and its last sentence does not point to the comments (``patterns.COMMENTS_BELOW``).

    >>> announces_list("The dates are as follows.")
    True
    >>> announces_list("Share your thoughts in the comments below.")
    False
    """
    text = text.rstrip()
    if P.LIST_ANNOUNCING_END.search(text) is None:
        return False
    return P.COMMENTS_BELOW.search(text[:-1]) is None


def numbered(run: Sequence[Block]) -> bool:
    """At least ``DATED_ITEMS_SHARE`` of the items carry a number."""
    count = sum(any(ch.isdigit() for ch in item.content) for item in run)
    return bool(run) and count >= DATED_ITEMS_SHARE * len(run)


def _data_item(content: str) -> bool:
    """An item that holds data rather than a headline: a label and its value, or a
    quantity, and no year or clock time (which teasers carry)."""
    if STAMP.search(content):
        return False
    pair = LABEL_VALUE.match(content)
    if pair is not None:
        value = pair["value"]
        # A form's blank ("From Name: ______") holds no value at all.
        filled = re.search(r"[^\W_]", value) is not None
        return filled and not kicker(content) and len(words(value)) <= VALUE_MAX_WORDS
    return QUANTITY.search(content) is not None


#: :func:`_data_item`, remembered: menus, related lists and the main content ask about the
#: same items (a pass over the development pages: 62,469 questions, 19,557 distinct items).
data_item = cached(_data_item, LINE_CACHE_SIZE)


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


def mostly_data(contents: Iterable[str], share: float) -> bool:
    """True when at least ``share`` of the items (their contents) hold data
    (:func:`data_item`).

    >>> mostly_data(["350 g Zucker", "2 Eier", "Zubereitung"], 0.5)
    True
    """
    items = list(contents)
    return sum(map(data_item, items)) >= share * len(items)


def list_sentence(block: Block | None) -> bool:
    """A list item that is not a headline: it has a list marker and is a sentence or too
    long for a title ("* Abkürzungen immer ohne Abstand (u.a., o.Ä. usf.)")."""
    return block is not None and bool(block.marker) and not title_like(block)


def introduced(run: Sequence[Block], after: Block | None) -> bool:
    """True when the run's last item ends with a colon and the list under it is made of
    sentences (:func:`list_sentence`): the heading of the article's list of points
    ("Osoby niewidome, słabowidzące:", "Für Mieter:"), however short; a related label
    ("Related:") heads headlines, not sentences.

    >>> from cleaner.document import Line
    >>> run = [Block((Line(1, "Share"),)), Block((Line(2, "Für Mieter:"),))]
    >>> introduced(run, Block((Line(3, "* Die Kaution wird verzinst."),)))
    True
    >>> introduced(run, Block((Line(3, "* Neue Wohnungen in Berlin"),)))
    False
    """
    return bool(run) and run[-1].ends_with_colon and list_sentence(after)


def continues_list(lead_in: Block | None, run: list[Block], after: Block | None) -> bool:
    """True when the run's items are bulleted and go on a bulleted list whose next or
    previous item is a sentence: one list of an article's points, some of them short.
    Related-story lists are headlines from the first item to the last."""
    if not all(item.marker for item in run):
        return False
    return list_sentence(lead_in) or list_sentence(after)


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


def _lower_word(token: str) -> bool:
    """A word in lower case: letters only (not an address, "http://...")."""
    return token.isalpha() and token[:1].islower()


def lower_case_points(run: Sequence[Block]) -> bool:
    """True when at least :data:`LOWER_POINTS_SHARE` of the run's items are bulleted and
    open with a lower-case word ("* verschließbare Bodenluke", "* easy to clean"): a list of
    a product's features or an article's points; headlines open with a capital.

    >>> from cleaner.document import Line
    >>> items = ["* leicht zu reinigen", "* Dach zu öffnen", "* wetterfest lackiert"]
    >>> lower_case_points([Block((Line(n, t),)) for n, t in enumerate(items, 1)])
    True
    """
    lower = sum(
        1
        for item in run
        if item.marker and len(item.tokens) >= 2 and _lower_word(item.content.split()[0])
    )
    return len(run) >= RELATED_MIN_RUN and lower >= LOWER_POINTS_SHARE * len(run)


def _in_text(lead_in: Block | None, after: Block | None) -> bool:
    """True when the run stands in the text: a paragraph of prose or a list item that is a
    sentence right above it, or prose right under it (not a rating's stars above a movie's
    facts and an ad's code under them, nor a sidebar's widgets)."""
    above = lead_in is not None and (lead_in.is_prose or list_sentence(lead_in))
    return above or (after is not None and after.is_prose)


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


def _sentence(block: Block | None) -> bool:
    """A paragraph of at least :data:`SENTENCE_MIN_WORDS` words, no list item, that ends a
    sentence: prose, or a short paragraph of the text ("Let us run some benchmarks.")."""
    return (
        block is not None
        and not block.marker
        and block.ends_sentence
        and len(block.tokens) >= SENTENCE_MIN_WORDS
    )


def own_list(lead_in: Block | None, run: list[Block], after: Block | None) -> bool:
    """True when the run is the article's own list: announced by a colon, going on a
    bulleted list of sentences (:func:`continues_list`), a ranking (:func:`ranked`), a
    table of pros and cons between two prose paragraphs (:func:`pros_and_cons`), or
    standing between two prose paragraphs (or sentences of at least
    :data:`SENTENCE_MIN_WORDS` words, around a table of :func:`measurements`) with mostly
    data items (a spec sheet, the facts of a
    ranking's entry, amounts, a table of measurements), where related-story lists hold
    headlines."""
    if announced(lead_in, run) or continues_list(lead_in, run, after):
        return True
    if ranked([item.text for item in run]):
        return True
    between_prose = (
        lead_in is not None and after is not None and lead_in.is_prose and after.is_prose
    )
    if between_prose and pros_and_cons([item.content for item in run]):
        return True
    if fact_sheet([item.content for item in run]) and _in_text(lead_in, after):
        return True
    if lower_case_points(run) or amounts(lead_in, run, after):
        return True
    if not between_prose and not (
        _sentence(lead_in) and _sentence(after) and measurements([i.content for i in run])
    ):
        return False
    return mostly_data((item.content for item in run), DATA_ITEMS_SHARE)


def amounts(lead_in: Block | None, run: Sequence[Block], after: Block | None) -> bool:
    """True when the run goes on a list of amounts whose first item, too long for a title,
    stands right above it ("1 turkey (about 12 pounds; allow 3/4 pound a person ...)",
    "2 tablespoons thyme", "1 teaspoon salt"): that item and every item open with a number,
    most items hold data (:func:`mostly_data`), and a paragraph of at least
    ``PROSE_MIN_WORDS`` words (the recipe's steps) or the page's end follows.

    >>> from cleaner.document import Line
    >>> lead = Block((Line(1, "1 turkey of about twelve pounds, " + "or more " * 8),))
    >>> run = [Block((Line(2, "2 tablespoons thyme"),)), Block((Line(3, "1 teaspoon salt"),))]
    >>> amounts(lead, run, None)
    True
    """
    if lead_in is None or lead_in.marker or len(lead_in.tokens) <= TITLE_MAX_WORDS:
        return False
    if after is not None and len(after.tokens) < PROSE_MIN_WORDS:
        return False
    if not all(AMOUNT_START.match(block.content) for block in [lead_in, *run]):
        return False
    return mostly_data((item.content for item in run), DATA_ITEMS_SHARE)


#: An announcer ("There are three reasons for it:") has at least this many words; shorter
#: colon lines in a run of links are chrome ("Send to e-mail:", "Link this story:").
ANNOUNCER_MIN_WORDS = 4


def announcer(block: Block) -> bool:
    """A line that announces a list: a sentence's start ending with a colon, of at least
    ``ANNOUNCER_MIN_WORDS`` words and no digits ("Es gibt viele Gründe für ein Gutachten:",
    "So sieht der Zeitplan aus:"); "Send to e-mail:" and "Comments (3):" are chrome."""
    content = block.content.rstrip()
    return (
        content.endswith(":")
        and len(block.tokens) >= ANNOUNCER_MIN_WORDS
        and not any(ch.isdigit() for ch in content)
    )


def segments(run: list[Block]) -> list[list[Block]]:
    """The run cut before each :func:`announcer` or list heading ("Zutaten", "Ingredients",
    ``patterns.LIST_HEADING``) followed by at least two more items: the announcer and its
    items are the article's list, whatever came before it in the run (a recipe card's
    title and "Print recipe" above its ingredients).

    >>> from cleaner.document import Line
    >>> texts = ["Our offers", "Why we do it", "There are three reasons for it:", "one", "two"]
    >>> items = [Block((Line(n, t),)) for n, t in enumerate(texts, 1)]
    >>> [len(seg) for seg in segments(items)]
    [2, 3]
    """
    out: list[list[Block]] = [[]]
    for i, item in enumerate(run):
        heading = announcer(item) or P.LIST_HEADING.match(item.content) is not None
        if out[-1] and heading and len(run) - i >= RELATED_MIN_RUN:
            out.append([])
        out[-1].append(item)
    return out
