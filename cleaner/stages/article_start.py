"""The article's start: the first block of the body, past the header's debris (a numbered
post, a quotation, a paragraph that announces what follows)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner import patterns as P
from cleaner.blocks import PROSE_MIN_WORDS, Block, first_prose
from cleaner.document import LineKey, Removal, removed_between
from cleaner.stages.headline import (
    _row_title,
)
from cleaner.text import capitalized_ratio, ends_sentence

#: A paragraph ending with a colon opens the article only when prose follows within this
#: many blocks (what it announces, then the text); a sidebar's "Follow me on:" box does not.
ANNOUNCED_WITHIN = 3


def point(block: Block) -> bool:
    """A list item as long as a paragraph that ends a sentence: one of the points an
    article is written in ("• It was an underwhelming first quarter on both sides, ...")."""
    return bool(block.marker) and len(block.tokens) >= PROSE_MIN_WORDS and block.ends_sentence


#: A post written as numbered sentences ("1. Ich glaube, …", "2. …") has at least this many,
#: numbered in sequence, and this many words in all: story highlights are bulleted, not
#: numbered, and a numbered menu or table of contents has no sentences.
NUMBERED_POINTS_MIN = 3
NUMBERED_POINTS_MIN_WORDS = 40


def numbered_points(blocks: list[Block], end: int) -> int | None:
    """Index of the first of :data:`NUMBERED_POINTS_MIN` or more blocks above ``end``, one
    after the other, numbered 1., 2., 3. (or from any number on) and each a sentence with
    its full stop: the body of a post written as a numbered list; None when there is none."""
    end = min(end, len(blocks))
    i = 0
    while i < end:
        first = _point_number(blocks[i])
        if first is None:
            i += 1
            continue
        j = i + 1
        while j < end and _point_number(blocks[j]) == first + (j - i):
            j += 1
        if (
            j - i >= NUMBERED_POINTS_MIN
            and sum(len(b.tokens) for b in blocks[i:j]) >= NUMBERED_POINTS_MIN_WORDS
        ):
            return i
        i = j
    return None


def _point_number(block: Block) -> int | None:
    """The number of a one-line numbered sentence ("2. Pommes esse ich gern."), else None."""
    marker = block.marker
    if not marker or not marker[0].isdigit() or len(block.lines) > 1 or not block.ends_sentence:
        return None
    return int(marker[:-1])


#: Dashes that open a quotation in the typography of many European languages ("– To dla
#: nas ważna chwila …", "— Nous avons …"): a paragraph of prose after one is speech, not a
#: list item.
SPEECH_DASHES = frozenset("–—")


#: A paragraph that is one quotation in double quotation marks, whole, the marks paired
#: ("„Außen knusprig, innen cremig“", "“We will stay”", "«Nous restons»"); not the
#: arrows around a pager's links ("« Older post | Main | Newer post »").
_QUOTE_PAIRS = {"„": "“”", "“": "”", '"': '"', "«": "»", "»": "«", "”": "”"}
_WHOLE_QUOTE = re.compile(r"(?P<open>[„“”\"«»])[^„“”\"«»|]*[^\W\d_][^„“”\"«»|]*(?P<close>[“”\"»«])")


def whole_quote(block: Block) -> bool:
    """A short line that is a quotation, whole (:data:`_WHOLE_QUOTE`), set on its own or
    opened by a dash (:data:`SPEECH_DASHES`): what someone said, which the article's next
    paragraph takes up ("So beschreibt …"), or a line of dialogue; no page's chrome is."""
    if block.marker and block.marker not in SPEECH_DASHES:
        return False
    found = _WHOLE_QUOTE.fullmatch(block.content.strip())
    return found is not None and found["close"] in _QUOTE_PAIRS[found["open"]]


def quoted_speech(block: Block) -> bool:
    """A paragraph of prose opened by a dash (:data:`SPEECH_DASHES`): a quotation, which
    reads as the body as any paragraph does; a capital letter or a quotation mark follows
    the dash, and the paragraph has a prose paragraph's words and ending."""
    content = block.content
    return (
        block.marker in SPEECH_DASHES
        and len(block.lines) == 1
        and (content[:1].isupper() or content[:1] in '„“"«»')
        and len(block.tokens) >= PROSE_MIN_WORDS
        and len(content.split()) >= PROSE_MIN_WORDS
        and block.ends_sentence
    )


#: An article written in short paragraphs ("It isn't.", "Trains lose connectivity.") opens
#: with a run of them right above its first long paragraph: at least this many sentences
#: of one line each (development pages: two articles, inscriptis F1 0.324 -> 0.992 and
#: 0.991 -> 0.998; one or two such sentences are a stand-first or the opening sentence of
#: :func:`opening_sentence`), ...
OPENING_RUN_MIN = 3
#: ...each at most this many line numbers from the next (a blank line between, or none:
#: short lines of a paragraph), nothing an earlier stage removed between. An exclamation
#: right under or over another line without a blank between is a box's ("Click here for
#: ...!" lines one under the other), not a paragraph of the text.
OPENING_RUN_GAP = 2
#: A line of the run that is no sentence is a subheading of the text when it has at most
#: this many words.
OPENING_RUN_HEADING_WORDS = 10


def _run_sentence(block: Block) -> bool:
    """A sentence of one line, as a paragraph of its own: a capital letter first, a full
    stop, question or exclamation mark last; no list item, comment stamp or time stamp."""
    content = block.content.rstrip()
    return (
        not block.marker
        and len(block.lines) == 1
        and len(block.tokens) >= 2
        and content[:1].isupper()
        and ends_sentence(content)
        and not content.endswith("..")
        and P.COMMENT_STAMP.search(content) is None
    )


def _run_heading(block: Block) -> bool:
    """A short line of one block that is no sentence and announces nothing: a subheading."""
    content = block.content.rstrip()
    return (
        not block.marker
        and len(block.lines) == 1
        and 0 < len(block.tokens) <= OPENING_RUN_HEADING_WORDS
        and not content.endswith((":", ","))
    )


def _boxed_exclamation(blocks: list[Block], index: int) -> bool:
    """Block ``index`` ends with "!" and touches the block over or under it."""
    if not blocks[index].content.rstrip().endswith("!"):
        return False
    block = blocks[index]
    above = index > 0 and block.first - blocks[index - 1].last == 1
    below = index + 1 < len(blocks) and blocks[index + 1].first - block.last == 1
    return above or below


def opening_run(blocks: list[Block], prose: int) -> int:
    """Where the body starts when short paragraphs of one sentence each, and subheadings
    among them, open the article right above its first long paragraph ``prose``: the first
    sentence of that run (:data:`OPENING_RUN_MIN`); else ``prose``. A subheading on top of
    the run is left above it (the headline's candidates)."""
    if prose >= len(blocks):
        return prose  # no long paragraph: nothing for a run to open
    top, sentences = prose, 0
    i = prose - 1
    while i >= 0 and blocks[i + 1].first - blocks[i].last <= OPENING_RUN_GAP:
        if _run_sentence(blocks[i]):
            if _boxed_exclamation(blocks, i):
                break
            top, sentences = i, sentences + 1
        elif not _run_heading(blocks[i]):
            break
        i -= 1
    return top if sentences >= OPENING_RUN_MIN else prose


def article_start(blocks: list[Block]) -> int:
    """Index of the body's first paragraph: the first prose block, or an earlier paragraph
    of as many words that ends with a colon ("Da läuft gerade ein Beitrag zum Thema:"), the
    article's opening that announces a quotation, a title set like a headline under it or
    the points the article is written in (:func:`point`); a quotation opened by a dash
    (:func:`quoted_speech`); the run of short sentences the text opens with
    (:func:`opening_run`); or the first of the numbered
    sentences a post is written in (:func:`numbered_points`)."""
    prose = first_prose(blocks)
    prose = next((i for i, b in enumerate(blocks[:prose]) if quoted_speech(b)), prose)
    prose = opening_run(blocks, prose)
    numbered = numbered_points(blocks, prose)
    if numbered is not None:
        prose = numbered
    return next(
        (
            i
            for i, block in enumerate(blocks[:prose])
            if not block.marker
            and len(block.tokens) >= PROSE_MIN_WORDS
            and block.ends_with_colon
            and any(b.is_prose or point(b) for b in blocks[i + 1 : i + 1 + ANNOUNCED_WITHIN])
        ),
        prose,
    )


def header_block(blocks: list[Block], hint: LineKey | None) -> tuple[int, tuple[int, str]] | None:
    """The body's start and the headline (its block's index and text) when the ``related``
    stage kept an article's header out of a run of links (``Document.header_hint``): the
    header's title is the headline, whatever stands above it, and the body starts at the
    first paragraph under it. None without a hint, or when its line is gone or no paragraph
    follows it."""
    if hint is None:
        return None
    index = next((i for i, b in enumerate(blocks) if b.lines[0].key == hint), None)
    if index is None or len(blocks[index].lines) > 1:
        return None
    start = index + 1 + article_start(blocks[index + 1 :])
    if start >= len(blocks):
        return None
    return start, (index, _row_title(blocks[index]))


#: A sentence of at least this many words right above the body's first paragraph, nothing
#: removed between, opens the text (a story's first line, a recipe's "For one tin."), where
#: a longer one is a stand-first (``headline.STANDFIRST_MIN_WORDS``).
OPENING_MIN_WORDS = 4
#: ...and at most this share of its longer words capitalized (German nouns are; every word
#: of a slogan in title case is).
OPENING_MAX_CAPITALIZED = 0.6


def opening_sentence(block: Block) -> bool:
    """A short sentence that starts with a capital letter and ends with a full stop
    (:data:`OPENING_MIN_WORDS`), not the end of a wrapped line ("cost to you. Learn more."),
    a list item, a time stamp ("3:56 a.m. January 8, 2008.") or a slogan in title case ("Small
    Steps Make A Difference.": :data:`OPENING_MAX_CAPITALIZED`)."""
    content = block.content.rstrip()
    return (
        not block.marker
        and len(block.lines) == 1
        and len(block.tokens) >= OPENING_MIN_WORDS
        and content[:1].isupper()
        and content.endswith(".")
        and not content.endswith("..")
        and P.COMMENT_STAMP.search(content) is None
        and capitalized_ratio(block.tokens) <= OPENING_MAX_CAPITALIZED
    )


def opens_text(block: Block, first: Block, removed: Sequence[Removal]) -> bool:
    """True when ``block`` is an :func:`opening_sentence` right above the paragraph
    ``first`` with no removed line between (a newsletter box's line is not)."""
    if not opening_sentence(block):
        return False
    return not removed_between(removed, block.lines[-1].number, first.lines[0].number)
