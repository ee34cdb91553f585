"""An article's own header caught in a run of short link-like lines: its title over (or
under) its byline or date lines, right above its text. The ``related`` stage keeps it, and
the ``structure`` stage takes its title as the headline (``Document.header_hint``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner import patterns as P
from cleaner.blocks import Block
from cleaner.dates import is_date_line
from cleaner.stages.metadata import MetadataStage
from cleaner.stages.overlap import body_overlap, content_stems
from cleaner.text import choose_stoplist

#: "CEO: Jane Doe", "Prix : 300 €", "Zutaten: Mehl": a short label, a colon, a value.
LABEL_VALUE = re.compile(r"^(?P<label>[^:]{2,30}?)\s?:\s+(?P<value>\S.*)$")
#: An upper-case label of at least this many characters over a headline is a teaser's
#: kicker ("LOOK-UP TOOL: Check cases", "PUEDES VER: ..."); "CEO: Jane Doe" is data.
KICKER_MIN_CHARS = 5


def kicker(content: str) -> bool:
    """A teaser with an upper-case kicker: "STRESS: How to look after your mental health"."""
    pair = LABEL_VALUE.match(content)
    if pair is None:
        return False
    label = pair["label"].strip()
    return label.isupper() and len(label) >= KICKER_MIN_CHARS


#: An article's header inside a run of links: its byline or date lines come at most this many
#: items under its title (a photo's caption may stand between), and at most
#: ``HEADER_TAIL`` items (share buttons, the story's own links) between them and the text.
HEADER_DATE_WITHIN = 2
HEADER_TAIL = 3
#: The title has at least as many words as a headline (structure's ``HEADLINE_MIN_WORDS``).
HEADER_TITLE_MIN_WORDS = 2
#: A title this many lines under the block above the run (a blank line between) opens the
#: run rather than standing inside it (snippets pages: an author's name under the deck).
HEADER_ADJACENT = 2
#: The text under the header starts with a paragraph within this many blocks (a photo's
#: caption may come first).
HEADER_TEXT_WITHIN = 2
#: At least this share of the page's prose comes under an article's header; a header with
#: less under it heads a teaser in a box after the article.
HEADER_TEXT_SHARE = 0.5
#: A title under its date line (the run's last item) has at least this many words; a
#: site's name under the byline ("Página Siete Digital") has fewer.
HEADER_BELOW_MIN_WORDS = 4
#: A deck under the title in a header has at least this many words (a title-like line
#: of up to ``TITLE_MAX_WORDS``): the title is the shorter line above it.
DECK_MIN_WORDS = 10
#: This many bylines or dates above the title make the run a list of dated teasers.
HEADER_TEASER_DATES = 2
#: A run of menu entries (lines of at most ``HEADER_ENTRY_MAX_WORDS`` words, "* News",
#: "2. Grüne Energie", "o Naturfotos"; an article's own points are longer) that ends in
#: the article's title over its deck, with no list marker, right above the text: at least
#: this many entries stand right above the two (snippets pages: a site's menu or
#: breadcrumb, then the title and the deck of a page with no byline or date).
HEADER_ENTRIES_ABOVE = 2
HEADER_ENTRY_MAX_WORDS = 3
#: Such a title has at least this many words; a box's label over a teaser ("B.C.
#: Headlines" over a story's summary, development pages, w3m80 and lynx) has fewer.
HEADER_UNMARKED_TITLE_MIN_WORDS = 4
#: At least this share of the title's content words are the text's (a box's label,
#: "[icon_rss.gif] B.C. Headlines", shares one of its five).
HEADER_UNMARKED_OVERLAP = 0.5
#: At least this share of the page's prose comes under such a header (a stricter
#: ``HEADER_TEXT_SHARE``): snippets pages, 0.90 and 0.94 under the two headers found; the
#: development pages' box of stories under a CBC article (w3m80, lynx), 0.63.
HEADER_UNMARKED_TEXT_SHARE = 0.8
#: Words of the text that choose its stoplist (about five paragraphs).
HEADER_STOPLIST_SAMPLE = 300
_METADATA = MetadataStage()
#: A date in figures: "02/10/2020", "21.01.2022", "2020-10-02".
NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b")
#: A line of at most this many words with a date in figures is the header's stamp (the
#: source, the date and the author; "21.01.2022 Presse-Mitteilung").
STAMPED_MAX_WORDS = 8
#: A line of at most this many words between two byline or date lines goes with them
#: ("By Patrick Finley", "Arizona Daily Star", "Published: 01.08.2008").
STAMP_GAP_WORDS = 4


def dated(block: Block) -> bool:
    """A byline or date line ("By Dan Muse", "Published on Monday, January 14, 2008"), or a
    short line with a date in figures ("The Guardian 02/10/2020 Anna Fazackerley")."""
    text = block.text
    if len(block.tokens) <= STAMPED_MAX_WORDS and NUMERIC_DATE.search(text):
        return True
    return is_date_line(text) is not None or _METADATA.byline_of(text)[0] is not None


def text_words(text: Sequence[Block]) -> tuple[frozenset[str], frozenset[str]]:
    """The text's stoplist and the stems of its content words (for :func:`mentioned`)."""
    tokens = [t for block in text for t in block.tokens]
    stoplist = choose_stoplist(tokens[:HEADER_STOPLIST_SAMPLE])
    return stoplist, frozenset(content_stems(tokens, stoplist))


def mentioned(title: Block, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """True when the text uses one of the title's content words (its stems); ``words`` are
    the text's (:func:`text_words`)."""
    stoplist, stems = words
    return body_overlap(title.tokens, stoplist, stems) > 0


def header_title(block: Block) -> bool:
    """An item that may be an article's title in its header: not a byline or date, a list
    item, a label ending with a colon, a kicker ("ABOVE: ..."), a link ("» More") or an
    e-mail address or handle, and at least ``HEADER_TITLE_MIN_WORDS`` words."""
    if dated(block) or block.ends_with_colon or len(block.tokens) < HEADER_TITLE_MIN_WORDS:
        return False
    if block.marker or kicker(block.content) or P.LINK_PREFIX.match(block.text):
        return False
    return "@" not in block.content


def article_header(lead_in: Block | None, run: list[Block], text: Sequence[Block]) -> list[Block]:
    """The article's own header at the end of a run of links right above its text (``text``,
    the blocks from the one after the run, with a paragraph among the first
    ``HEADER_TEXT_WITHIN``): the title and the byline or date lines with it (:func:`dated`),
    or nothing. The run's last byline or date comes at most ``HEADER_TAIL`` items before the
    text. The title is the run's last item when it comes right under them and has at least
    ``HEADER_BELOW_MIN_WORDS`` words ("11.11.2021 Artikel" over the title), else a
    :func:`header_title` at most ``HEADER_DATE_WITHIN`` items above them; the first of the
    two that the text mentions (not a box's label, "Who's Blogging", over the byline).
    Neither is taken when ``HEADER_TEASER_DATES`` bylines or dates come above it (a list of
    dated teasers; one is the page's date), and none at all when it is a comment header.
    A run that opens right under the block before it (``lead_in``, at most
    ``HEADER_ADJACENT`` lines up) is no run of links around a header: its first item is the
    author's name under the article's deck ("Jon Nitz" over "am 24. Januar 2022"), and its
    last no title under a paragraph (a photo's caption); the structure stage finds the
    headline above."""
    if not any(block.is_prose for block in text[:HEADER_TEXT_WITHIN]):
        return []
    tail = range(len(run) - 1, max(len(run) - 2 - HEADER_TAIL, -1), -1)
    last = next((i for i in tail if dated(run[i])), None)
    if last is None:
        return []
    first = last
    while True:
        if first > 0 and dated(run[first - 1]):
            first -= 1
        elif first > 1 and dated(run[first - 2]) and len(run[first - 1].tokens) <= STAMP_GAP_WORDS:
            first -= 2  # the paper's name between the byline and the date
        else:
            break
    # The byline and date lines; a paper's name between them goes with the links.
    stamps = [item for item in run[first : last + 1] if dated(item)]
    candidates = []
    below = run[-1]
    opens = lead_in is not None and run[0].first - lead_in.last <= HEADER_ADJACENT
    if last + 2 == len(run) and len(below.tokens) >= HEADER_BELOW_MIN_WORDS:
        # The title under its date, right above the text; not when the run opens right
        # under a paragraph (the deck, then the author, the date and a photo's caption).
        if not (opens and lead_in is not None and lead_in.is_prose):
            candidates.append(len(run) - 1)
    above = range(first - 1, max(first - 1 - HEADER_DATE_WITHIN, -1), -1)
    candidates.extend(i for i in above if header_title(run[i]))
    # The text's words, made for the first candidate that gets as far as asking.
    known: tuple[frozenset[str], frozenset[str]] | None = None
    for title in candidates[:2]:
        block = run[title]
        if not header_title(block) or sum(map(dated, run[:title])) >= HEADER_TEASER_DATES:
            continue  # or a list of dated teasers ("Title", "(Friday December 28 2007)", ...)
        if P.COMMENT_HEADER.search(block.content):
            return []
        if title == 0 and opens:
            continue
        if known is None:
            known = text_words(text)
        if not mentioned(block, known):
            continue
        upper = run[title - 1] if title > 0 and title < first else None
        if upper is not None and over_deck(upper, block) and mentioned(upper, known):
            return [upper, block, *stamps]
        return [block, *stamps]
    return []


def over_deck(upper: Block, deck: Block) -> bool:
    """True when a title stands over its deck: the deck has at least ``DECK_MIN_WORDS`` words
    and the title above it fewer (a :func:`header_title`)."""
    n = len(deck.tokens)
    return n >= DECK_MIN_WORDS and len(upper.tokens) < n and header_title(upper)


def unmarked_header(run: list[Block], text: Sequence[Block], prose_words: int) -> list[Block]:
    """The article's title and its deck at the end of a run of menu entries right above its
    text (``text``, a paragraph among its first ``HEADER_TEXT_WITHIN`` blocks), with no
    byline or date: at least ``HEADER_UNMARKED_TEXT_SHARE`` of the page's words of prose
    (``prose_words``) are in the text; the run's last two items have no list marker, the
    ``HEADER_ENTRIES_ABOVE`` items above them are entries of at most
    ``HEADER_ENTRY_MAX_WORDS`` words, the first of the two (of at least
    ``HEADER_UNMARKED_TITLE_MIN_WORDS`` words) stands over the second as a title over its
    deck (:func:`over_deck`), the text uses at least ``HEADER_UNMARKED_OVERLAP`` of the
    title's content words and one of the deck's. Empty otherwise.

    >>> from cleaner.document import Line
    >>> title = "Der Sender des Vogels funkt wieder"
    >>> deck = "Die Forscher sehen einen langen Flug über die Alpen und freuen sich über die Daten"
    >>> run = [Block((Line(n, t),)) for n, t in enumerate(["* News", "* Details", title, deck])]
    >>> text = [Block((Line(9, "Der Sender des Vogels funkt wieder, und die Forscher sehen "
    ...                        "einen langen Flug über die Alpen."),))]
    >>> [block.content for block in unmarked_header(run, text, 16)] == [title, deck]
    True
    """
    if len(run) < HEADER_ENTRIES_ABOVE + 2:
        return []
    upper, deck = run[-2], run[-1]
    entries = run[-2 - HEADER_ENTRIES_ABOVE : -2]
    if upper.marker or deck.marker:
        return []
    if not all(len(b.tokens) <= HEADER_ENTRY_MAX_WORDS for b in entries):
        return []
    if not any(block.is_prose for block in text[:HEADER_TEXT_WITHIN]):
        return []
    below = sum(len(block.tokens) for block in text if block.is_prose)
    if below < HEADER_UNMARKED_TEXT_SHARE * prose_words:
        return []
    if len(upper.tokens) < HEADER_UNMARKED_TITLE_MIN_WORDS:
        return []
    if not header_title(deck) or not over_deck(upper, deck):
        return []
    stoplist, stems = text_words(text)
    if body_overlap(upper.tokens, stoplist, stems) < HEADER_UNMARKED_OVERLAP:
        return []
    if not mentioned(deck, (stoplist, stems)):
        return []
    return [upper, deck]
