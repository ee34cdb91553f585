"""Word overlap between a candidate line and the article's opening paragraphs: the content
stems both use."""

from __future__ import annotations

from collections.abc import Sequence

from cleaner.blocks import Block
from cleaner.text import choose_stoplist

#: Content words shorter than this are ignored, and words are compared by their first
#: OVERLAP_STEM_CHARS letters (inflection: "Minister", "Ministers", "Ministerin").
OVERLAP_MIN_CHARS = 3
OVERLAP_STEM_CHARS = 5
#: Content words behind a full overlap bonus; fewer earn a share of it. One name that the
#: article mentions ("The Guardian", "Adelaide United") is weak evidence of a title: on the
#: 329 titled dev pages (inscriptis) this and the deck rule (structure's _title_over_deck)
#: took the right headline from 210 to 222, none lost; MEASURED_STYLES.
OVERLAP_FULL_STEMS = 3


def content_stems(tokens: Sequence[str], stoplist: frozenset[str]) -> list[str]:
    """The lowercased stems of a text's content words: no function words, no numbers.

    >>> content_stems(["The", "Ministers", "met", "in", "2008"], frozenset({"the", "in"}))
    ['minis', 'met']
    """
    out = []
    for token in tokens:
        low = token.lower()
        if low in stoplist or len(low) < OVERLAP_MIN_CHARS or not low.isalpha():
            continue
        out.append(low[:OVERLAP_STEM_CHARS])
    return out


def body_overlap(tokens: Sequence[str], stoplist: frozenset[str], body: frozenset[str]) -> float:
    """Share of a candidate's content words that the article's opening paragraphs use."""
    return _share_in(content_stems(tokens, stoplist), body)


def _share_in(stems: list[str], body: frozenset[str]) -> float:
    if not stems or not body:
        return 0.0
    return sum(1 for stem in stems if stem in body) / len(stems)


def overlap_evidence(tokens: list[str], stoplist: frozenset[str], body: frozenset[str]) -> float:
    """:func:`body_overlap`, trusted in proportion to the content words behind it: one name
    the article mentions ("The Guardian", "Adelaide United") is weak evidence of a title.
    """
    stems = content_stems(tokens, stoplist)
    return _share_in(stems, body) * min(1.0, len(stems) / OVERLAP_FULL_STEMS)


#: Paragraphs from the first one whose words choose the stoplist for the headline.
STOPLIST_SAMPLE_BLOCKS = 20
#: Paragraphs from the first one whose words a headline is compared with.
OVERLAP_SAMPLE_BLOCKS = 5


def _opening_words(blocks: list[Block], start: int) -> tuple[frozenset[str], frozenset[str]]:
    """The stoplist of the article's language and the content stems of its opening
    paragraphs (:data:`OVERLAP_SAMPLE_BLOCKS` from ``start``)."""
    sample = [t for b in blocks[start : start + STOPLIST_SAMPLE_BLOCKS] for t in b.tokens]
    stoplist = choose_stoplist(sample)
    body_words = frozenset(
        stem
        for block in blocks[start : start + OVERLAP_SAMPLE_BLOCKS]
        for stem in content_stems(block.tokens, stoplist)
    )
    return stoplist, body_words
