"""The article's own lists: whether a run of short lines inside the body is a list the article
gives (facts, amounts, a ranking, pros and cons, references, measurements, points) rather
than links to other stories."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleaner import patterns as P
from cleaner.blocks import PROSE_MIN_WORDS, Block
from cleaner.stages.headers import LABEL_VALUE, kicker
from cleaner.stages.list_kinds import (
    RELATED_MIN_RUN,
    STAMP,
    fact_sheet,
    measurements,
    pros_and_cons,
    ranked,
)
from cleaner.text import LINE_CACHE_SIZE, cached, ends_sentence, words

#: A title-like line: at most this many words and no sentence end (related-story links).
TITLE_MAX_WORDS = 16
#: A run between two prose paragraphs whose items are at least this share data items
#: ("CEO: Jane Doe", "2 cups flour", "Amounts for 2 people") is the article's own list.
#: Development pages (inscriptis, title-like runs with prose on both sides): at least half
#: data items kept 372 gold tokens and 30 other ones; a share of 0.4 kept 416 and 93.
DATA_ITEMS_SHARE = 0.5
#: A value longer than this many words is a teaser's headline or a tag line ("Themen: ...",
#: "Next story: ..."). Development pages: facts and amounts have values of 1-5 words; with
#: 10 words wcxb inscriptis precision fell from 0.900 to 0.899 and teasers stayed.
VALUE_MAX_WORDS = 5
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
#: A short paragraph of the text around a table has at least this many words: the shortest
#: body paragraphs of the samples have 8 (``blocks.PROSE_MIN_WORDS``).
SENTENCE_MIN_WORDS = 8


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
    return announces_list(lead_in.content) and numbered([item.content for item in run])


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


def numbered(texts: Sequence[str]) -> bool:
    """At least ``DATED_ITEMS_SHARE`` of the items (their texts) carry a number.

    >>> numbered(["MAY", "3 Leeds", "4 York"]), numbered(["Paris", "Rome", "5 Oslo"])
    (True, False)
    """
    count = sum(any(ch.isdigit() for ch in text) for text in texts)
    return bool(texts) and count >= DATED_ITEMS_SHARE * len(texts)


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
