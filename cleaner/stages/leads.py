"""Leads: a stand-first set without a full stop, and the article's lead left above a
subheading that was taken for the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner import patterns as P
from cleaner.blocks import PROSE_MIN_WORDS, Block
from cleaner.dates import split_trailing_date
from cleaner.document import Removal, removed_between
from cleaner.stages.overlap import _opening_words, body_overlap
from cleaner.text import capitalized_ratio, choose_stoplist, words

#: A line between the headline and the body with this many words is a stand-first even
#: without a sentence's end (a subtitle set without a full stop, a lead ending in a colon).
LEAD_MIN_WORDS = 14
#: ...and reads as prose: at least this share of its words are stopwords. Development pages
#: (inscriptis): 0.30 let a dropdown's dates and a site list through; 0.35 gives F1 0.914
#: and snippets kept 0.881, 0.40 the same kept 0.880 with one page more rejected.
LEAD_MIN_STOPWORDS = 0.35
#: A paragraph above the chosen headline is the article's lead, not page debris, when it
#: reads as prose (:func:`stated` or an unstopped lead) and at least this share of its
#: content words come back in the article's opening paragraphs (a lead whose last sentence
#: lost its full stop or ends with a "[more …]" link, over a subheading taken as the
#: headline); a teaser for another story shares few of them.
LEAD_ABOVE_MIN_OVERLAP = 0.3
#: A deck: a subtitle set without a full stop right under the headline and right above the
#: first paragraph, shorter than an unstopped lead (:data:`LEAD_MIN_WORDS`), is the
#: article's when it has at least this many words (development pages: most 8 and 9 word
#: lines there are decks their gold bodies leave out, or a photo's caption), ...
DECK_MIN_WORDS = 10
#: ...at most this share of its longer words capitalized (German nouns are, 0.60-0.67 on the
#: snippet pages' decks; a title-case teaser or a byline's names are all capitalized), ...
DECK_MAX_CAPITALIZED = 0.7
#: ...and at least this share of its content words come back in the article's opening
#: paragraphs (development and snippet pages: 0.40-1.0 on the decks taken; 0.20-0.25 on a
#: photo's caption and on two decks that repeat few words of the text, which the gold
#: bodies leave out).
DECK_MIN_OVERLAP = 0.4
#: A sentence's end inside a paragraph: a full stop, question or exclamation mark (and a
#: closing quote or bracket) before a space or a capital letter ("... gemietet werden
#: können.Bei der Villa ..." where a line break was lost).
_INNER_STOP = re.compile(r"[.!?][\"”’»)]*(?:\s+|(?=[A-ZÄÖÜ]))")
#: The words after a lead's last full stop: at least this many (a caption's "... video"
#: has one; a lead's unstopped last sentence or its "[more …]" link more).
LEAD_TAIL_MIN_WORDS = 2


def unstopped_lead(block: Block) -> bool:
    """A stand-first set without a full stop: a long line that reads as prose (its
    stopwords), not a tag list, a date line or code."""
    tokens = block.tokens
    if block.marker or len(tokens) < LEAD_MIN_WORDS:
        return False
    content = block.content
    if P.CREDIT_TAIL.search(content) or P.CREDIT_END.search(content) or P.PICTURED.search(content):
        return False  # a caption
    if split_trailing_date(content) is not None or P.FILE_PHOTO.search(content):
        return False  # a photo's caption with its date ("..., 24 Nov 2007")
    if P.AUTHOR_BIO.match(content) or P.SELF_BIO.match(content):
        return False  # the author's biography ("Jane Doe is a writer at ...")
    stoplist = choose_stoplist(tokens)
    density = sum(map(stoplist.__contains__, map(str.lower, tokens))) / len(tokens)
    return density >= LEAD_MIN_STOPWORDS


def lead_above(
    block: Block,
    blocks: list[Block],
    start: int,
    opening: list[tuple[frozenset[str], frozenset[str]]],
) -> bool:
    """A paragraph above the headline that is the article's lead whose last sentence lost
    its full stop or ends with a link ("… eine Kunst. [mehr …]"): it starts with a capital
    letter, has a sentence's end inside it (:data:`_INNER_STOP`), reads as prose (an
    unstopped lead) and shares its content words with the opening paragraphs
    (:data:`LEAD_ABOVE_MIN_OVERLAP`)."""
    content = block.content
    if block.marker or len(block.tokens) < PROSE_MIN_WORDS or not content[:1].isupper():
        return False
    if block.ends_sentence:
        return False  # a caption, a notice: whole sentences above the title are not its lead
    stops = list(_INNER_STOP.finditer(content))
    if not stops or content[: stops[-1].start()].endswith(("..", "…")):
        return False  # one sentence, or a teaser cut off ("... Read More")
    tail = content[stops[-1].end() :]
    if tail.startswith("(") or len(words(tail)) < LEAD_TAIL_MIN_WORDS:
        return False  # a caption's credit ("(Jane Doe / Agency)"), a label ("video")
    if not unstopped_lead(block):
        return False
    if not opening:  # the opening's words, once a page (most pages never ask)
        opening.append(_opening_words(blocks, start))
    stoplist, body_words = opening[0]
    return body_overlap(block.tokens, stoplist, body_words) >= LEAD_ABOVE_MIN_OVERLAP


def deck(block: Block, blocks: list[Block], start: int, removed: Sequence[Removal]) -> bool:
    """A subtitle under the headline, right over the first paragraph ``blocks[start]`` with
    nothing ``removed`` between (a deck over the byline's date line is the header's): one
    line without a full stop, a colon at its end or a digit (a date line, a byline's time),
    of :data:`DECK_MIN_WORDS` words, not in title case (:data:`DECK_MAX_CAPITALIZED`), not a
    photo's caption, and sharing :data:`DECK_MIN_OVERLAP` of its content words with the
    article's opening ("Der Sender meldet sich wieder – erste Daten aus dem Gebirge
    erreichen die Forscher")."""
    if start >= len(blocks):
        return False  # no paragraph under it
    if removed_between(removed, block.last, blocks[start].first):
        return False
    content = block.content
    if block.marker or len(block.lines) > 1 or len(block.tokens) < DECK_MIN_WORDS:
        return False
    if block.ends_sentence or content.rstrip().endswith(":") or any(c.isdigit() for c in content):
        return False
    if capitalized_ratio(block.tokens) > DECK_MAX_CAPITALIZED:
        return False
    if P.CREDIT_TAIL.search(content) or P.CREDIT_END.search(content) or P.PICTURED.search(content):
        return False  # a caption
    stoplist, body_words = _opening_words(blocks, start)
    return body_overlap(block.tokens, stoplist, body_words) >= DECK_MIN_OVERLAP
