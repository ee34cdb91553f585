"""The score of each block of a whole-page dump: its class (jusText's good, near-good, short
and bad, by length and stopword density), what the class is worth, and the stretch of
blocks with the best sum."""

from __future__ import annotations

import re
from collections.abc import Sequence

from cleaner.blocks import Block
from cleaner.linepattern import LinePattern
from cleaner.stages.article_lists import data_item
from cleaner.text import capitalized_ratio, choose_stoplist

# Block classes and their thresholds follow jusText's defaults (length_low 70,
# length_high 200, stopwords_low 0.30, stopwords_high 0.32), which its authors tuned on
# CleanEval; the word-based scores were then set on ../shared/eval/dev.jsonl.gz (see
# BENCHMARKS.md for the measurement).
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
#: The page's stoplist is chosen from at most this many words of its blocks, at most
#: ``STOPLIST_BLOCK_WORDS`` from each (:func:`stoplist_sample`): a long list or table
#: does not speak for the whole page.
STOPLIST_SAMPLE_WORDS = 3000
STOPLIST_BLOCK_WORDS = 60
#: What a short list item that holds an amount or a value adds ("* 350 g Zucker", "* Fett:
#: 13 g"): nothing, where a menu entry subtracts 3, so an ingredient list does not cut a
#: recipe from its steps.
DATA_SCORE = 0.0
#: A list item this short is a menu entry, and ends the header zone.
MENU_ITEM_WORDS = 5
#: A paragraph about cookies is a consent dialog's: one with many paragraphs ("Notwendige
#: Website Cookies", what each kind does, how to switch it off) outweighs a short article.
#: Development pages: 2 of 613 gold bodies name cookies, in one paragraph each.
#: (A line without "cookie" in its lower case is not searched: see ``LinePattern``.)
COOKIE_WORD = LinePattern(re.compile(r"\bcookies?\b", re.IGNORECASE), needed=True)


def classify(block: Block, stoplist: frozenset[str], use_stopwords: bool) -> str:
    """A jusText-style label: ``good``, ``near_good``, ``short``, ``data`` (a short list
    item, or a short line without a sentence end, holding an amount or a label and its
    value) or ``bad``."""
    chars = len(block.content)
    tokens = block.tokens
    if not tokens:
        return "bad"
    if block.marker and len(tokens) < MENU_ITEM_WORDS:
        # An amount ("* 350 g Zucker") is a recipe's or a spec sheet's, not a menu's.
        return "data" if data_item(block.content) else "bad"
    if COOKIE_WORD.search(block.content):
        return "bad"
    if chars < LENGTH_LOW and not block.ends_sentence and data_item(block.content):
        # A table cell or a fact ("14,31 Mio. t", "Eintritt: 3 €"): snippet pages, text
        # route, gold_with 0.880 -> 0.882 (a statistics table no longer cuts the article
        # before the paragraphs under it); development pages F1 0.916 -> 0.917.
        return "data"
    density = (
        sum(map(stoplist.__contains__, block.lowered)) / len(tokens)
        if use_stopwords
        else STOPWORDS_HIGH
    )
    if chars < LENGTH_LOW:
        if block.ends_sentence and len(tokens) >= 4 and density >= STOPWORDS_LOW:
            return "near_good"
        return "short"
    if density >= STOPWORDS_HIGH and (chars >= LENGTH_HIGH or block.ends_sentence):
        return "good"
    if density >= STOPWORDS_LOW:
        return "near_good"
    if block.ends_sentence and (capitalized_ratio(tokens) < 0.5 or len(tokens) >= 8):
        return "near_good"
    return "bad"


#: A block labelled ``bad`` by the page's stoplist with at least this many characters (a
#: paragraph, ``LENGTH_HIGH``) is labelled again by the stoplist of its own
#: language when that is another one (:func:`other_language`).
OTHER_LANGUAGE_CHARS = 200
#: ...unless more than this share of its longer words are capitalized: a list of names or
#: titles, or a menu run into one line, finds some stoplist's words in any language.
OTHER_LANGUAGE_MAX_CAPITALIZED = 0.4
#: ...and the stopwords of its own language are at least this share of its words, well
#: above ``STOPWORDS_HIGH``: prose in that language (0.48-0.60 on the snippet
#: pages' English paragraphs on German pages), not a keyword list or headlines run together
#: that some other list's short words happen to match (0.30-0.34 on development pages).
OTHER_LANGUAGE_MIN_DENSITY = 0.4


def other_language(block: Block, stoplist: frozenset[str], label: str) -> str:
    """A long block's label by the stoplist of its own language when that is not the
    page's ``stoplist`` (:data:`OTHER_LANGUAGE_CHARS`): an English post on a German blog
    reads as prose by English stopwords; else ``label``."""
    if len(block.content) < OTHER_LANGUAGE_CHARS:
        return label
    if capitalized_ratio(block.tokens) > OTHER_LANGUAGE_MAX_CAPITALIZED:
        return label  # names, titles or a menu, in whatever language
    own = choose_stoplist(block.lowered, lowered=True)
    if not own or own is stoplist:
        return label
    density = sum(map(own.__contains__, block.lowered)) / len(block.tokens)
    return classify(block, own, True) if density >= OTHER_LANGUAGE_MIN_DENSITY else label


def score(block: Block, label: str) -> float:
    """What a block adds to a stretch of article: prose adds its words, chrome subtracts."""
    n = len(block.tokens)
    if label == "good":
        return float(n)
    if label == "near_good":
        return n / 2
    if label == "data":
        return DATA_SCORE
    if label == "short":
        return 0.5 if block.ends_sentence and n >= 4 else -2.0
    return -max(3.0, n / 2)


def best_stretch(values: Sequence[float], gaps: Sequence[float] | None = None) -> tuple[int, int]:
    """Indices ``(start, end)`` (inclusive) of the stretch with the largest sum (Kadane).

    ``gaps[i]`` is what joining block ``i`` to the block before it costs; a stretch that
    starts at ``i`` does not pay it.

    >>> best_stretch([-3, 5, -1, 4, -9, 2])
    (1, 3)
    >>> best_stretch([5, 4], gaps=[0, 10])
    (0, 0)
    """
    gaps = gaps or [0.0] * len(values)
    best_sum, best = float("-inf"), (0, -1)
    run_sum, run_start = 0.0, 0
    for i, value in enumerate(values):
        joined = run_sum - gaps[i]
        if i == 0 or joined <= 0:
            run_sum, run_start = value, i
        else:
            run_sum = joined + value
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i)
    return best


def stoplist_sample(blocks: Sequence[Block]) -> list[str]:
    """The lower-cased words the page's stoplist is chosen from: the first
    ``STOPLIST_BLOCK_WORDS`` of each block, up to ``STOPLIST_SAMPLE_WORDS`` in all."""
    return [t for b in blocks for t in b.lowered[:STOPLIST_BLOCK_WORDS]][:STOPLIST_SAMPLE_WORDS]
