"""What a whole-page dump keeps beside and under the article that no sentence holds: a select
box's options or a menu run into one line, and the other stories' titles and summaries that
close the page."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import ClassVar

from cleaner.blocks import Block, group_blocks
from cleaner.document import Document, LineKey
from cleaner.stages.base import Stage
from cleaner.stages.block_scores import stoplist_sample
from cleaner.stages.main_content import reading_position
from cleaner.text import choose_stoplist, ends_sentence

#: A run of names has at least this many words: a select box's options ("Theater Admiral
#: Drive-In Allred Theatre AMC Southroads 20 ...": 82 words), a menu or a network's list of
#: sites on one line. Development pages (inscriptis dumps, the lines kept after the main
#: content stage): such lines had 22 to 183 words, none in a gold body.
NAME_RUN_MIN_WORDS = 20
#: ...at least this share of them start with a capital or a digit (names, titles); ...
NAME_RUN_CAPITALISED = 0.8
#: ...at most this share are stopwords (no sentence, whatever its language: German prose,
#: whose nouns are capitalised, has a third or more); ...
NAME_RUN_MAX_STOPWORDS = 0.2
#: ...and at most this many punctuation marks a word. Lines of the gold bodies that are as
#: capitalised (race results, team line-ups, scores) have 0.11 to 0.95 marks a word: commas
#: and full stops between their names; the runs of names 0.00 to 0.05.
NAME_RUN_MAX_PUNCTUATION = 0.06
_PUNCTUATION = re.compile(r"[.,;:!?()\"“”„«»]")
#: Other stories close the page: a title, one paragraph that sums it up, and so on. This
#: many titles with their summaries, to the end of what is left of the page, are a list of
#: teasers ("Israeli-Palestinian fighting in Gaza leaves 16 dead" / "The escalation in
#: violence came ..."); an article's closing sections have one or two. Development pages
#: (inscriptis dumps): such runs close 9 pages; 7 were teasers (2,135 words) and two were
#: l3s pages whose gold body keeps the site's other stories.
TEASER_MIN_PAIRS = 3
#: Titles of which more than this share start or end with the same word (not a stopword) are
#: the article's own series of sections ("Moeko's Review 8/10", "Viet's Review 8/10"; snippet
#: pages: a restaurant's reviews), not other stories.
SERIES_SHARE = 0.5
#: An item's number ("1. Christie Leigh Mueller", "3.Charlotte"): a ranking the article gives.
_NUMBERED = re.compile(r"^\W*\d{1,3}[.)]")
#: A teaser's title: a single line of 2 to this many words that ends no sentence (a question
#: mark may end it: "Thinking Of Refinancing Your Mortgage?").
TEASER_TITLE_MAX_WORDS = 14
#: A summary: one paragraph of this many words at most (the summaries there had 7 to 40) ...
TEASER_SUMMARY_MAX_WORDS = 60
#: ...and at least this many (a date or a "More" link is no summary).
TEASER_SUMMARY_MIN_WORDS = 5
#: Words of prose (blocks of 15+ words ending a sentence) above the run: a page of nothing
#: but short sections (a blog post of questions and answers) is not closed by teasers.
PROSE_BEFORE_TEASERS = 50
#: Short blocks (of at most ``TEASER_TITLE_MAX_WORDS`` words) that may follow the last
#: summary and go with the run: a last title without its summary, a "More" link.
TAIL_EXTRA_BLOCKS = 2
#: The last blocks of what is left, under lines an earlier stage removed, that share next to
#: no words with the article above them: other stories' teasers run into one paragraph
#: ("MORE MANITOBA HEADLINES »" removed, then "Inquest report urges ... An inquest report
#: released Thursday ..."), a site's notices. At most this many blocks, ...
ISLAND_MAX_BLOCKS = 4
#: ...at most this share of their content words (no stopwords, digits or words of one or
#: two letters) found above them (by :data:`STEM_CHARS`), ...
ISLAND_MAX_OVERLAP = 0.10
#: Words are compared by their first this many letters: inflections and German compounds
#: ("Tabaksteuer", "Tabaksteuerrecht") share them. Snippet pages: with whole words, the last
#: paragraphs of 4 German articles shared 0.07 to 0.11 of their words with the text above
#: them; by their first five letters 0.11 to 0.20 (the teasers and notices: 0.00 to 0.10).
STEM_CHARS = 5
#: ...under at least this many words of prose. Development pages (inscriptis dumps, after
#: the main content stage): the islands with at most 0.10 shared held teasers and notices on
#: 12 pages and no gold text; from 0.14 on they were the article's last paragraphs as often
#: as not.
ISLAND_PROSE_ABOVE = 100
#: Islands looked for one above the other: under the last one cut, the blocks above the
#: lines removed before it may be another (a box of other stories above a site's notices).
ISLAND_ROUNDS = 3


def name_run(block: Block, stoplist: frozenset[str]) -> bool:
    """A long line of names with no sentence in it: a select box's options or a menu run
    into one line (:data:`NAME_RUN_MIN_WORDS` and the thresholds after it).

    >>> from cleaner.document import Line
    >>> names = " ".join(f"Cinema {n} Plaza" for n in range(1, 9))
    >>> name_run(Block((Line(1, names),)), frozenset({"the"}))
    True
    """
    tokens = block.tokens
    n = len(tokens)
    if n < NAME_RUN_MIN_WORDS or block.ends_sentence:
        return False
    capitalised = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
    if capitalised < NAME_RUN_CAPITALISED * n:
        return False
    if sum(map(stoplist.__contains__, block.lowered)) > NAME_RUN_MAX_STOPWORDS * n:
        return False
    return len(_PUNCTUATION.findall(block.content)) <= NAME_RUN_MAX_PUNCTUATION * n


def teaser_title(block: Block) -> bool:
    """A teaser's title: one line of 2 to :data:`TEASER_TITLE_MAX_WORDS` words with a letter,
    ending no sentence but maybe a question."""
    n = len(block.tokens)
    return (
        len(block.lines) == 1
        and 2 <= n <= TEASER_TITLE_MAX_WORDS
        and not ends_sentence(block.content.rstrip().rstrip("?"))
        and any(ch.isalpha() for ch in block.content)
        and _NUMBERED.match(block.text) is None
    )


def teaser_summary(block: Block) -> bool:
    """A teaser's summary: a paragraph of :data:`TEASER_SUMMARY_MIN_WORDS` to
    :data:`TEASER_SUMMARY_MAX_WORDS` words that is not a title and does not start in lower
    case: one that does goes on the sentence of the line above it (a paragraph a dump broke
    after its first words: "Hillary had taken initiative" / "to construct the airport ...")."""
    n = len(block.tokens)
    first = next((ch for ch in block.content if ch.isalnum()), "")
    return (
        TEASER_SUMMARY_MIN_WORDS <= n <= TEASER_SUMMARY_MAX_WORDS
        and not first.islower()
        and not teaser_title(block)
    )


def series(titles: Sequence[Block], stoplist: frozenset[str]) -> bool:
    """True when more than :data:`SERIES_SHARE` of the titles start, or end, with the same
    word that is not a stopword: sections of one article ("Anna's Review", "Ben's Review").

    >>> from cleaner.document import Line
    >>> texts = ["Anna's Review", "Ben's Review", "The Verdict"]
    >>> series([Block((Line(n, t),)) for n, t in enumerate(texts, 1)], frozenset({"the"}))
    True
    """
    for position in (0, -1):
        counts = Counter(
            block.lowered[position] for block in titles if block.lowered[position] not in stoplist
        )
        if counts and max(counts.values()) > SERIES_SHARE * len(titles):
            return True
    return False


def closing_teasers(blocks: Sequence[Block], stoplist: frozenset[str]) -> int | None:
    """The index of the first block of the titles and summaries that close the page (at
    least :data:`TEASER_MIN_PAIRS`, below :data:`PROSE_BEFORE_TEASERS` words of prose, and
    no :func:`series`), or None."""
    for extra in range(min(TAIL_EXTRA_BLOCKS, len(blocks)) + 1):
        # A last title with no summary, a "More" link: short blocks under the last pair.
        end = len(blocks) - extra
        if any(len(block.tokens) > TEASER_TITLE_MAX_WORDS for block in blocks[end:]):
            break
        start = _pairs_above(blocks, end, stoplist)
        if start is not None:
            return start
    return None


def _pairs_above(blocks: Sequence[Block], end: int, stoplist: frozenset[str]) -> int | None:
    """The first block of the titles and summaries that end at block ``end`` (exclusive),
    when they close the page as :func:`closing_teasers` says; else None."""
    start, pairs = end, 0
    while start >= 2 and teaser_summary(blocks[start - 1]) and teaser_title(blocks[start - 2]):
        start -= 2
        pairs += 1
    if pairs < TEASER_MIN_PAIRS or series(blocks[start:end:2], stoplist):
        return None
    prose = sum(len(block.tokens) for block in blocks[:start] if block.is_prose)
    return start if prose >= PROSE_BEFORE_TEASERS else None


def content_words(block: Block, stoplist: frozenset[str]) -> list[str]:
    """The block's lowered words that carry its topic: no stopwords, digits or short words."""
    return [w for w in block.lowered if len(w) > 2 and w not in stoplist and not w.isdigit()]


def unrelated_tail(
    blocks: Sequence[Block],
    removed: Sequence[int],
    position: Callable[[LineKey], int],
    stoplist: frozenset[str],
) -> int | None:
    """The index of the first of the last blocks that stand under removed lines (their
    reading ``position``s, sorted, in ``removed``) and share next to no words with the
    article above them (:data:`ISLAND_MAX_BLOCKS` and after), or None."""
    for start in range(len(blocks) - 1, max(0, len(blocks) - ISLAND_MAX_BLOCKS) - 1, -1):
        if start == 0:
            return None
        low = position(blocks[start - 1].lines[-1].key)
        high = position(blocks[start].lines[0].key)
        if bisect_left(removed, high) > bisect_right(removed, low):
            break
    else:
        return None
    above = blocks[:start]
    if sum(len(block.tokens) for block in above if block.is_prose) < ISLAND_PROSE_ABOVE:
        return None
    words = [w for block in blocks[start:] for w in content_words(block, stoplist)]
    if not words:
        return None
    known = {w[:STEM_CHARS] for block in above for w in content_words(block, stoplist)}
    shared = sum(w[:STEM_CHARS] in known for w in words)
    return start if shared <= ISLAND_MAX_OVERLAP * len(words) else None


class TailStage(Stage):
    """Lines beside and under the article that hold no sentence of it.

    Reasons:
    - ``name_run``: a line of :data:`NAME_RUN_MIN_WORDS` or more names with next to no
      punctuation and stopwords (:func:`name_run`): a select box's options, a menu or a list
      of sites run into one line.
    - ``teaser_run``: at least :data:`TEASER_MIN_PAIRS` titles, each with a one-paragraph
      summary, that close what is left of the page under the article's prose
      (:func:`closing_teasers`).
    - ``unrelated_tail``: the last blocks of what is left (at most :data:`ISLAND_MAX_BLOCKS`),
      under lines an earlier stage removed, that share next to no words with the article
      above them (:func:`unrelated_tail`).
    """

    name: ClassVar[str] = "tails"
    whole_page = True
    reasons = frozenset({"name_run", "teaser_run", "unrelated_tail"})

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        if not blocks:
            return doc
        stoplist = choose_stoplist(stoplist_sample(blocks), lowered=True)
        decisions: dict[LineKey, str] = {}
        for block in blocks:
            if name_run(block, stoplist):
                decisions.update((key, "name_run") for key in block.keys)
        rest = [block for block in blocks if block.lines[0].key not in decisions]
        start = closing_teasers(rest, stoplist)
        if start is not None:
            for block in rest[start:]:
                decisions.update((key, "teaser_run") for key in block.keys)
            rest = rest[:start]
        position = reading_position(doc)
        removed = sorted(position(r.key) for r in doc.removed if r.stage != "columns")
        removed = sorted(removed + [position(key) for key in decisions])
        for _ in range(ISLAND_ROUNDS):
            island = unrelated_tail(rest, removed, position, stoplist)
            if island is None:
                break
            for block in rest[island:]:
                decisions.update((key, "unrelated_tail") for key in block.keys)
            rest = rest[:island]
            removed = sorted(removed + [position(key) for key in decisions])
        return self.drop(doc, decisions)
