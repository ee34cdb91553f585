"""Find the article in a whole-page dump: the densest stretch of prose, and its header."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import ClassVar

from cleaner import patterns as P
from cleaner.blocks import Block, group_blocks
from cleaner.document import Document, LineKey, Removal
from cleaner.linepattern import LinePattern
from cleaner.stages.article_lists import (
    NOTE_NUMBER,
    RANK,
    announcer,
    data_item,
    fact_line,
    fact_sheet,
    ranked,
    references,
)
from cleaner.stages.base import Stage
from cleaner.stages.data_gaps import past_data_gaps
from cleaner.stages.headline import title_likeness
from cleaner.stages.structure import LONE_URL
from cleaner.text import capitalized_ratio, choose_stoplist, strip_bullet

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
#: Below this share of stopword hits in the whole page, the stoplist does not fit the
#: language (CJK, Thai, or a language without a list) and stopword density is ignored.
STOPLIST_MIN_COVERAGE = 0.08
#: Header zone: at most this many blocks above the article's first paragraph are kept for
#: the structure stage (headline, byline, date, captions, highlights). Old pages put
#: teaser rows and ad blocks between the headline and the text: on the development pages
#: 10 -> 14 raised title match (inscriptis 0.620 -> 0.626, bs4 0.614 -> 0.623) with body F1
#: unchanged or +0.001 (w3m80 -0.001); 20 gained no more titles.
HEADER_BLOCKS = 14
#: What each line removed by an earlier stage costs the stretch it falls in (set on the
#: development pages, inscriptis dumps: 1 -> F1 0.875, 6 -> 0.883, 16 -> 0.889 with recall
#: 0.934 -> 0.925; bs4 and w3m80 dumps gained too, 0.892 -> 0.897 and 0.793 -> 0.801).
REMOVED_PENALTY = 16.0
#: Above the article, lines removed as menus or related links cost only this share of
#: ``REMOVED_PENALTY`` when the stretch is extended upwards (its end stays where it was):
#: an article's opening paragraphs are often cut from the rest by an in-text "Read also"
#: row or a topic menu, while the same lines below an article start its sidebar.
#: Development pages, F1: inscriptis 0.908 -> 0.908 (title 0.626 -> 0.635), bs4 0.907 ->
#: 0.909, w3m80 0.897 -> 0.899; snippets kept 0.851 -> 0.860, left out 0.868 -> 0.866.
#: A share of 0.5 for related links alone gained about half as much.
UPWARD_PENALTY_SHARE = 0.25
#: The stages whose removed lines are light above the article.
UPWARD_LIGHT_STAGES = frozenset({"related", "menus"})
#: A stretch above the first comment widget wins over a better one below it when it scores
#: at least this share of the better one's sum, and at least ``ABOVE_COMMENTS_MIN`` (short
#: blog posts whose sidebar outweighs them; development pages: snippets kept 0.841 -> 0.845,
#: bs4 dumps F1 0.906 -> 0.907; shares 0.2-0.5 and minimums 5-15 give the same results).
ABOVE_COMMENTS_SHARE = 0.2
ABOVE_COMMENTS_MIN = 15.0
#: What a short list item that holds an amount or a value adds ("* 350 g Zucker", "* Fett:
#: 13 g"): nothing, where a menu entry subtracts 3, so an ingredient list does not cut a
#: recipe from its steps.
DATA_SCORE = 0.0
#: Paragraphs that may stand between those items and the title: a lead set above the
#: share buttons ("Title", date, lead, "* twittern", "* teilen", then the text).
LEAD_BLOCKS = 1
#: A list item this short is a menu entry, and ends the header zone.
MENU_ITEM_WORDS = 5
#: ...unless there are at most this many right under a title-like line (share buttons,
#: "Post author" / "Post date" items between a blog post's title and its text).
HEADER_LIST_ITEMS = 3
#: A list item this short that names the comments ("* Comments", "* 12 Kommentare") is a
#: button of the share bar under the title, not the comment section's header.
SHARE_BUTTON_WORDS = 2
#: A list announced by a colon right under the article's last paragraph ("Aus dem Inhalt:",
#: "Lesen Sie dazu auch:", "Weitere Quellen:") is the article's when it ends where earlier
#: stages removed chrome or the page ends, within this many blocks; a longer run without
#: such a break is a sidebar.
TAIL_LIST_BLOCKS = 30
#: ...and has at least this many items (a lone "Die Karte zum Abspeichern:" is a widget's).
TAIL_LIST_MIN_ITEMS = 2
#: A recipe card under the article's text (a blog post, then the card with "Ingredients" and
#: "Directions"): kept when its ingredients heading comes within this many blocks under the
#: article's last paragraph, ...
RECIPE_AFTER_BLOCKS = 3
#: ...and its method heading within this many blocks under that; the steps under the method
#: heading go with it up to the first chrome block or removed line.
RECIPE_METHOD_WITHIN = 40
#: An in-text box of related links ("RELATED STORIES" and its links) between two of the
#: article's paragraphs: the article goes on under it when the box has at most this many
#: lines, all removed as related links under a related label, and a paragraph of prose
#: ("good") comes right under it.
TEXT_BOX_MAX_LINES = 8
#: A ranking the article gives ("Here's the full list:", then "1." to "100."): kept when it
#: starts within this many blocks under the article's last paragraph, nothing removed
#: between (:func:`ranking_end`).
RANKING_AFTER_BLOCKS = 6
#: A list of numbered entries, each a heading ("7. Erin Andrews") and its text, goes on
#: under the article's last paragraph when at least this many entries in a row, numbered
#: one after another, end the article, and the next numbers follow with nothing removed
#: between (a "top 10" whose last entries have short texts; snippets text route gold_with
#: 1,339 -> 1,340, gold_without and development pages unchanged).
ENTRIES_MIN = 2
#: ...and the last of them is at most this many blocks above that paragraph.
ENTRY_TEXT_BLOCKS = 3
#: An entry's heading: its number, then a name or a title ("8.Lori Kelly", "9. The Brat").
ENTRY = re.compile(r"^\s*(\d{1,3})[.)]\s*[^\W\d_]")
#: A paragraph about cookies is a consent dialog's: one with many paragraphs ("Notwendige
#: Website Cookies", what each kind does, how to switch it off) outweighs a short article.
#: Development pages: 2 of 613 gold bodies name cookies, in one paragraph each.
#: (A line without "cookie" in its lower case is not searched: see ``LinePattern``.)
COOKIE_WORD = LinePattern(re.compile(r"\bcookies?\b", re.IGNORECASE), needed=True)
#: A previous/next post link ("← Older post", "Newer post →"): blog navigation, not a list
#: item.
POST_NAV_ARROW = re.compile(r"^\W*[←⟵]|[→⟶]\W*$")
#: A list that the article's last blocks are items of goes on under them to its end
#: (:func:`list_end`) when at least this many items end the article: a product's feature
#: list whose sentence items are kept and whose noun-phrase items scored as chrome
#: (development pages, inscriptis dumps: one page 0.933 -> 0.938, F1 0.9249 -> 0.9250, the
#: other dump styles, HTML and snippets the same). Items set apart by a blank line are
#: another list (a w3m80 dump's share buttons under an article's own list: F1 0.976 ->
#: 0.948 without that rule).
LIST_TAIL_ITEMS = 2
#: A forum post's number, alone or closing its header line ("* #4", "03.03.2011, 14:27
#: #662"): a thread whose first posts are the article goes on with the posts numbered on
#: (:meth:`MainContentStage._past_posts`; snippets text route gold_with 1,340 -> 1,343 on
#: two threads, the development pages unchanged: no post numbers there).
POST_NUMBER = re.compile(r"(?:^|\s)#(\d{1,6})$")
#: The next post's number comes within this many blocks under the last post's text: a
#: quoting post whose header a related-links rule removed puts its text (six blocks on the
#: snippet pages' threads) between two numbers.
POST_WITHIN = 12
#: ...with at most this many lines removed between (the poster's name, rank, join date and
#: post count, an ad's label: four to seven lines on those threads); more, or a line of a
#: comment section, a comment widget or chrome, ends the thread.
POST_BOX_LINES = 10
POST_BARRIER_STAGES = frozenset({"comment_section", "comment_widgets", "chrome"})
#: A post's text goes on over lines these stages removed (a signature repeated from an
#: earlier post, a caption).
POST_TEXT_STAGES = frozenset({"captions"})


@dataclass(frozen=True)
class Scored:
    block: Block
    label: str
    score: float


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


def reading_position(doc: Document) -> Callable[[LineKey], int]:
    """Where a line or column piece comes in reading order: its line number, unless the
    page was read column by column (then its place in ``doc.reading_order``)."""
    positions = doc.positions()
    if positions is None:
        return lambda key: key[0]
    return lambda key: positions.get(key, key[0])


def removed_in_order(
    doc: Document, position: Callable[[LineKey], int]
) -> list[tuple[int, Removal]]:
    """The lines removed so far with their reading positions, in reading order; without the
    table borders the columns stage removed (layout, not chrome)."""
    return sorted(
        ((position(r.key), r) for r in doc.removed if r.stage != "columns"),
        key=lambda pair: pair[0],
    )


class MainContentStage(Stage):
    """Keep the article: the stretch of blocks where prose outweighs chrome, and its header.

    Reasons:
    - ``before_article``: above the article and its header zone (menus, site header).
    - ``after_article``: below the article's last paragraph (footer, sidebars, teasers), or
      below the list it announces with a colon (:func:`tail_end`), or below the steps of a
      recipe card right under it (:func:`recipe_end`), or below the fact sheet right under
      it (:func:`facts_end`), or below the numbered entries that go on under it
      (:func:`entries_end`), or below the rest of a list its last items belong to
      (:func:`list_end`), or below the posts of a forum thread numbered on under it
      (:meth:`_past_posts`), or below the paragraphs that go on
      under an in-text box of related links (:data:`TEXT_BOX_MAX_LINES`), or below the
      paragraphs under the article's own tables of figures or code that earlier stages
      removed (:mod:`cleaner.stages.data_gaps`).
    """

    name: ClassVar[str] = "main_content"
    whole_page = True
    reasons = frozenset({"before_article", "after_article"})

    def __init__(self, *, header_blocks: int = HEADER_BLOCKS) -> None:
        self.header_blocks = header_blocks

    def score_blocks(self, blocks: Sequence[Block]) -> list[Scored]:
        lowered = stoplist_sample(blocks)
        stoplist = choose_stoplist(lowered, lowered=True)
        coverage = sum(map(stoplist.__contains__, lowered)) / max(1, len(lowered))
        use_stopwords = coverage >= STOPLIST_MIN_COVERAGE
        out = []
        for block in blocks:
            label = classify(block, stoplist, use_stopwords)
            out.append(Scored(block, label, score(block, label)))
        return out

    def _gaps(
        self,
        scored: Sequence[Scored],
        doc: Document,
        position: Callable[[LineKey], int],
        light: frozenset[str] = frozenset(),
        share: float = 1.0,
    ) -> list[float]:
        """What joining each block to the one before it costs: the lines removed between.

        Chrome that a line rule already removed is still evidence that the article is not
        there: a menu of twenty removed lines separates two stretches of prose. Lines
        removed by a stage in ``light`` cost only ``share`` of the penalty.
        """
        # Table borders are layout; the columns stage removes them before any judgement.
        removed = sorted(
            (position(r.key), share if r.stage in light else 1.0)
            for r in doc.removed
            if r.stage != "columns"
        )
        gaps = []
        cursor = 0
        for item in scored:
            count = 0.0
            first = position(item.block.lines[0].key)
            while cursor < len(removed) and removed[cursor][0] < first:
                count += removed[cursor][1]
                cursor += 1
            gaps.append(REMOVED_PENALTY * count)
        return gaps

    def _above_comments(
        self,
        doc: Document,
        position: Callable[[LineKey], int],
        scored: Sequence[Scored],
        values: Sequence[float],
        gaps: Sequence[float],
        found: tuple[int, int],
    ) -> tuple[int, int]:
        """Prefer a stretch above the page's first comment widget ("Leave a Reply", "Post a
        Comment") to one below it: below come the comments and the sidebar, whose prose can
        outweigh a short post."""
        widgets = [position(r.key) for r in doc.removed if r.stage == "comment_widgets"]
        if not widgets:
            return found
        barrier = min(widgets)
        start, end = found
        if position(scored[start].block.lines[0].key) < barrier:
            return found
        above = [i for i, item in enumerate(scored) if position(item.block.lines[-1].key) < barrier]
        if not above:
            return found
        n = above[-1] + 1
        a_start, a_end = best_stretch(values[:n], gaps[:n])
        if a_end < a_start:
            return found
        best = sum(values[start : end + 1]) - sum(gaps[start + 1 : end + 1])
        mine = sum(values[a_start : a_end + 1]) - sum(gaps[a_start + 1 : a_end + 1])
        if mine >= ABOVE_COMMENTS_MIN and mine >= ABOVE_COMMENTS_SHARE * best:
            return a_start, a_end
        return found

    def _upwards(
        self,
        doc: Document,
        position: Callable[[LineKey], int],
        scored: Sequence[Scored],
        values: Sequence[float],
        found: tuple[int, int],
    ) -> int:
        """Where the stretch starts when menus and related links above it weigh less.

        The stretch only grows upwards: its end stays, so a sidebar below is not joined.
        """
        start, end = found
        light = self._gaps(scored, doc, position, UPWARD_LIGHT_STAGES, UPWARD_PENALTY_SHARE)
        up_start, up_end = best_stretch(values[: end + 1], light[: end + 1])
        if up_end == end and up_start < start:
            return up_start
        return start

    def _past_text_boxes(
        self,
        doc: Document,
        position: Callable[[LineKey], int],
        scored: Sequence[Scored],
        gaps: Sequence[float],
        end: int,
    ) -> int:
        """Where the article ends when it goes on under in-text boxes of related links
        (:data:`TEXT_BOX_MAX_LINES`): the paragraphs under such a box, up to a break."""

        def prose(index: int, labels: tuple[str, ...]) -> bool:
            item = scored[index]
            return item.label in labels and not item.block.marker

        if not (end + 1 < len(scored) and prose(end + 1, ("good",))):
            return end  # 549 of the 613 dev pages: no paragraph of prose under the end
        removed = removed_in_order(doc, position)
        keys = [pos for pos, _ in removed]
        while end + 1 < len(scored) and prose(end + 1, ("good",)):
            low = position(scored[end].block.lines[-1].key)
            high = position(scored[end + 1].block.lines[0].key)
            box = [r for _, r in removed[bisect_right(keys, low) : bisect_left(keys, high)]]
            if not (
                0 < len(box) <= TEXT_BOX_MAX_LINES
                and box[0].reason == "related_label"
                and all(r.stage == "related" for r in box)
            ):
                break
            end += 1
            while (
                end + 1 < len(scored)
                and gaps[end + 1] == 0
                and prose(end + 1, ("good", "near_good"))
            ):
                end += 1
        return end

    def _past_posts(
        self,
        doc: Document,
        position: Callable[[LineKey], int],
        scored: Sequence[Scored],
        found: tuple[int, int],
    ) -> int:
        """Where the article ends when it is a forum thread whose numbered posts
        (:data:`POST_NUMBER`) go on under it: the text of the last post numbered on, each
        within ``POST_WITHIN`` blocks of the one before with at most ``POST_BOX_LINES``
        lines removed between, none of a stage in ``POST_BARRIER_STAGES``."""
        start, end = found
        lowest = max(-1, start - 1 - self.header_blocks)
        numbers = (
            int(m[1])
            for k in range(end, lowest, -1)
            if (m := POST_NUMBER.search(scored[k].block.content)) is not None
        )
        last_number = next(numbers, None)
        if last_number is None:
            return end  # the pages that are no thread
        expected = last_number + 1
        between = _removed_between(doc, position, scored)
        k = end + 1
        while k < len(scored) and k <= end + POST_WITHIN:
            match = POST_NUMBER.search(scored[k].block.content)
            if match is None:
                k += 1
                continue
            box = between(end, k)
            if any(r.stage in POST_BARRIER_STAGES for r in box):
                break
            box, expected = _past_removed_posts(box, expected)
            if len(box) > POST_BOX_LINES or int(match[1]) != expected:
                break
            end = k
            while (
                end + 1 < len(scored)
                and scored[end + 1].block.tokens
                and all(r.stage in POST_TEXT_STAGES for r in between(end, end + 1))
            ):
                end += 1  # the post's text
            expected += 1
            k = end + 1
        return end

    def _past_tables(
        self,
        doc: Document,
        position: Callable[[LineKey], int],
        scored: Sequence[Scored],
        values: Sequence[float],
        gaps: Sequence[float],
        found: tuple[int, int],
    ) -> int:
        """Where the article ends when it goes on under its own tables of figures or code
        that earlier stages removed (:func:`cleaner.stages.data_gaps.past_data_gaps`)."""
        if found[1] + 1 >= len(scored):
            return found[1]
        removed = removed_in_order(doc, position)
        blocks = [item.block for item in scored]
        spans = [(position(b.lines[0].key), position(b.lines[-1].key)) for b in blocks]
        labels = [item.label for item in scored]
        return past_data_gaps(blocks, labels, values, gaps, removed, spans, found)

    def header_start(self, scored: Sequence[Scored], start: int) -> int:
        """How far above the first paragraph the header zone reaches.

        A short list ends it (a menu), unless it is a few items (share buttons, "Post
        author", "Post date") under a line that reads like a title (with at most a date
        or a byline between): the zone then ends at that title. Empty bullets (a share
        bar's icons) are passed over and not counted, and a "* Comments" item is one of
        those buttons, not the comment section.
        """
        first = start
        lowest = max(-1, start - 1 - self.header_blocks)
        i = start - 1
        while i > lowest:
            block = scored[i].block
            if not block.tokens:
                i -= 1  # an icon's empty bullet: layout, neither a title nor a menu entry
                continue
            button = block.marker and len(block.tokens) <= SHARE_BUTTON_WORDS
            if P.COMMENT_HEADER.search(block.content) and not button:
                break
            if block.marker and len(block.tokens) < MENU_ITEM_WORDS:
                above, items = i - 1, 1
                while above > lowest and scored[above].block.marker:
                    items += bool(scored[above].block.tokens)
                    above -= 1
                if items <= HEADER_LIST_ITEMS and above > lowest:
                    title = self._title_above(scored, above, lowest)
                    first = title if title is not None else first
                break
            first = i
            i -= 1
        return first

    def hinted_start(self, scored: Sequence[Scored], first: int, hint: LineKey | None) -> int:
        """The header zone reaches up to the article's header that the ``related`` stage
        kept out of a run of links (``Document.header_hint``, its title's line)."""
        if hint is None:
            return first
        above = (i for i in range(first) if hint in scored[i].block.keys)
        return next(above, first)

    def _title_above(self, scored: Sequence[Scored], index: int, lowest: int) -> int | None:
        """The nearest block at or above ``index`` that reads like a title, before any
        list or paragraph but ``LEAD_BLOCKS`` leads, inside the header zone; None when
        there is none."""
        leads = 0
        for k in range(index, lowest, -1):
            block = scored[k].block
            if block.is_prose and not block.marker and leads < LEAD_BLOCKS:
                leads += 1  # the lead paragraph, set above the share buttons
                continue
            if block.marker or block.is_prose:
                return None
            if title_likeness(block.content, frozenset(), block.tokens) > 1.0:
                return k
        return None

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        if not blocks:
            return doc
        scored = self.score_blocks(blocks)
        values = [s.score for s in scored]
        position = reading_position(doc)
        gaps = self._gaps(scored, doc, position)
        start, end = best_stretch(values, gaps)
        if end < start:
            return doc
        start, end = self._above_comments(doc, position, scored, values, gaps, (start, end))
        start = self._upwards(doc, position, scored, values, (start, end))
        end = recipe_end(scored, gaps, tail_end(scored, gaps, end))
        end = ranking_end(scored, gaps, end)
        end = facts_end(scored, gaps, end)
        end = notes_end(scored, gaps, end)
        end = entries_end(scored, gaps, end)
        end = list_end(scored, gaps, end)
        end = self._past_posts(doc, position, scored, (start, end))
        end = self._past_text_boxes(doc, position, scored, gaps, end)
        end = self._past_tables(doc, position, scored, values, gaps, (start, end))
        first = self.hinted_start(scored, self.header_start(scored, start), doc.header_hint)
        decisions: dict[LineKey, str] = {}
        for i, item in enumerate(scored):
            if i < first:
                reason = "before_article"
            elif i > end:
                reason = "after_article"
            else:
                continue
            for key in item.block.keys:
                decisions[key] = reason
        return self.drop(doc, decisions)


def _removed_between(
    doc: Document, position: Callable[[LineKey], int], scored: Sequence[Scored]
) -> Callable[[int, int], list[Removal]]:
    """A function of two block indices: the lines removed between those blocks."""
    removed = removed_in_order(doc, position)
    keys = [pos for pos, _ in removed]

    def between(upper: int, lower: int) -> list[Removal]:
        low = position(scored[upper].block.lines[-1].key)
        high = position(scored[lower].block.lines[0].key)
        return [r for _, r in removed[bisect_right(keys, low) : bisect_left(keys, high)]]

    return between


def _past_removed_posts(box: list[Removal], expected: int) -> tuple[list[Removal], int]:
    """The lines of ``box`` under the last post a stage removed with its number, and the
    number the next post carries: a post whose header and text a related-links rule took
    (a quotation) is passed over, and its lines are not counted against the thread.

    >>> box = [Removal(1, "Ann", "related", "related_links"), Removal(2, "* #7", "related",
    ...        "related_links"), Removal(3, "Bo", "related", "related_links")]
    >>> rest, number = _past_removed_posts(box, 7)
    >>> [r.text for r in rest], number
    (['Bo'], 8)
    """
    start = 0
    for i, removal in enumerate(box):
        match = POST_NUMBER.search(strip_bullet(removal.text)[1])
        if match is not None and int(match[1]) == expected:
            start, expected = i + 1, expected + 1
    return box[start:], expected


def _breaks(scored: Sequence[Scored], gaps: Sequence[float], index: int) -> bool:
    """True when the article can end before block ``index``: the page ends there, or lines
    an earlier stage removed come between it and the block before it."""
    return index >= len(scored) or gaps[index] > 0 or not scored[index].block.tokens


def stoplist_sample(blocks: Sequence[Block]) -> list[str]:
    """The lower-cased words the page's stoplist is chosen from: the first
    ``STOPLIST_BLOCK_WORDS`` of each block, up to ``STOPLIST_SAMPLE_WORDS`` in all."""
    return [t for b in blocks for t in b.lowered[:STOPLIST_BLOCK_WORDS]][:STOPLIST_SAMPLE_WORDS]


def tail_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends, given its last paragraph ``end``: a list that paragraph (or
    an announcer right under it) announces goes with the article when nothing was removed
    between and chrome or the page's end follows.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["The plan has three aims:", "lower rents", "more homes", "fewer cars"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 9.0) for n, t in enumerate(texts, 1)]
    >>> tail_end(items, [0.0] * 4, 0)
    3
    """
    nxt = end + 1
    if _breaks(scored, gaps, nxt):
        return end
    last, below = scored[end].block, scored[nxt].block
    if last.ends_with_colon and LONE_URL.match(below.text):
        return nxt  # the address the paragraph announces ("Unterschreibt die Petition:")
    if last.ends_with_colon:
        return _announced_list(scored, gaps, nxt, end)
    if announcer(below):
        return _announced_list(scored, gaps, nxt + 1, end)
    return end


def _announced_list(scored: Sequence[Scored], gaps: Sequence[float], first: int, end: int) -> int:
    """The last item of the list that starts at block ``first``: items of one kind (all
    with a list marker or none), at least ``TAIL_LIST_MIN_ITEMS``, up to a break
    (:func:`_breaks`); ``end`` when there is no such list."""
    if first >= len(scored):
        return end
    marked = bool(scored[first].block.marker)
    for k in range(first, min(len(scored), first + TAIL_LIST_BLOCKS) + 1):
        if _breaks(scored, gaps, k):
            return k - 1 if k - first >= TAIL_LIST_MIN_ITEMS else end
        block = scored[k].block
        if bool(block.marker) != marked or POST_NAV_ARROW.search(block.text):
            return end
    return end


def _first_match(
    scored: Sequence[Scored], start: int, within: int, pattern: LinePattern
) -> int | None:
    """The index of the first of ``within`` blocks from ``start`` that ``pattern`` matches."""
    stop = min(len(scored), start + within)
    return next((i for i in range(start, stop) if pattern.match(scored[i].block.content)), None)


def recipe_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when a recipe card follows its last paragraph ``end``: an
    ingredients heading within ``RECIPE_AFTER_BLOCKS`` blocks, a method heading within
    ``RECIPE_METHOD_WITHIN`` blocks under it, and its steps up to the first block labelled
    ``bad`` or lines removed between; ``end`` when there is no such card.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "Zutaten", "200 g Mehl", "Zubereitung", "Mehl sieben.", "Teilen"]
    >>> labels = ["good", "short", "data", "short", "near_good", "bad"]
    >>> pairs = enumerate(zip(texts, labels, strict=True), 1)
    >>> items = [Scored(Block((Line(n, t),)), lab, 0.0) for n, (t, lab) in pairs]
    >>> recipe_end(items, [0.0] * 6, 0)
    4
    """
    n = len(scored)
    heading = _first_match(scored, end + 1, RECIPE_AFTER_BLOCKS, P.INGREDIENTS_HEADING)
    if heading is None:
        return end
    method = _first_match(scored, heading + 1, RECIPE_METHOD_WITHIN, P.METHOD_HEADING)
    if method is None:
        return end
    last = method
    for k in range(method + 1, n):
        if scored[k].label == "bad" or (k > method + 1 and gaps[k] > 0):
            break
        last = k
    return last if last > method else end


def ranking_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when a ranking (:func:`cleaner.stages.article_lists.ranked`)
    starts within ``RANKING_AFTER_BLOCKS`` blocks under its last paragraph ``end`` with
    nothing removed between: the ranking's last item; else ``end``."""
    n = len(scored)
    for first in range(end + 1, min(n, end + 1 + RANKING_AFTER_BLOCKS)):
        if gaps[first] > 0:
            return end
        last = first
        while last + 1 < n and gaps[last + 1] == 0 and RANK.match(scored[last + 1].block.text):
            last += 1
        run = [item.block.text for item in scored[first : last + 1]]
        if ranked(run):
            return last
    return end


def facts_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when a fact sheet follows its last paragraph ``end`` with
    nothing removed between: "Label: value" facts in a row that make a sheet
    (:func:`cleaner.stages.article_lists.fact_sheet`: a contest's closing date, an event's place
    and price, a photo's exposure), the last of them; else ``end``.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "Ort: Stadthalle", "Eintritt: 5 Euro", "Beginn: 19 Uhr", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> facts_end(items, [0.0] * 5, 0)
    3
    """
    last = end
    while (
        last + 1 < len(scored) and gaps[last + 1] == 0 and fact_line(scored[last + 1].block.content)
    ):
        last += 1
    run = [item.block.content for item in scored[end + 1 : last + 1]]
    return last if fact_sheet(run) else end


def notes_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when its notes follow its last paragraph ``end`` with nothing
    removed between: "[1] ...", "[2] ...", numbered from one
    (:func:`cleaner.stages.article_lists.references`), the last of them; else ``end``.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text [2].", "[1] http://a.org", "[2] http://b.org", "[3] Ebd.", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> notes_end(items, [0.0] * 5, 0)
    3
    """
    last = end
    while (
        last + 1 < len(scored)
        and gaps[last + 1] == 0
        and NOTE_NUMBER.match(scored[last + 1].block.text)
    ):
        last += 1
    notes = references([item.block.text for item in scored[end + 1 : last + 1]])
    return end + notes.stop if notes and notes.start == 0 else end


def _entry_number(block: Block) -> int | None:
    """The number of an entry's heading: a short line that opens with it (:data:`ENTRY`)."""
    if len(block.lines) > 1 or len(block.tokens) > MENU_ITEM_WORDS * 2:
        return None
    match = ENTRY.match(block.text)
    return int(match[1]) if match else None


def entries_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when it is a list of numbered entries (a heading "7. Name",
    then its text) that goes on under its last paragraph ``end``: the last entry whose
    heading carries the next number, up to the first lines removed between; else ``end``.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["1. Ann", "Text.", "2. Bo", "Text.", "3. Cy", "Text.", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> entries_end(items, [0.0] * 6 + [16.0], 3)
    5
    """
    # The last ENTRIES_MIN headings at or above the end: the only ones asked about.
    headings = (
        (k, number)
        for k in range(end, -1, -1)
        if (number := _entry_number(scored[k].block)) is not None
    )
    numbers = list(islice(headings, ENTRIES_MIN))
    if len(numbers) < ENTRIES_MIN or end - numbers[0][0] > ENTRY_TEXT_BLOCKS:
        return end
    if any(numbers[i][1] != numbers[0][1] - i for i in range(ENTRIES_MIN)):
        return end
    expected, last = numbers[0][1] + 1, end
    for k in range(end + 1, len(scored)):
        if gaps[k] > 0:
            break
        number = _entry_number(scored[k].block)
        if number is not None:
            if number != expected:
                break
            expected += 1
        last = k
    if expected == numbers[0][1] + 1:
        return end  # no further entry under the end
    return last


def list_end(scored: Sequence[Scored], gaps: Sequence[float], end: int) -> int:
    """Where the article ends when its last blocks are items of a list that goes on under
    them: the list's last item, up to a break (:func:`_breaks`), a block without a marker
    or a blank line (a list of share buttons set under the article's own); else ``end``.
    At least ``LIST_TAIL_ITEMS`` items end the article, so a lone item is not taken for a
    list.

    >>> from cleaner.blocks import Block
    >>> from cleaner.document import Line
    >>> texts = ["Text.", "* light frame", "* two pockets", "* a rain cover", "Menu"]
    >>> items = [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]
    >>> list_end(items, [0.0] * 4 + [16.0], 2)
    3
    """
    if end + 1 - LIST_TAIL_ITEMS < 0:
        return end
    if not all(scored[k].block.marker for k in range(end + 1 - LIST_TAIL_ITEMS, end + 1)):
        return end
    last = end
    while not _breaks(scored, gaps, last + 1):
        block = scored[last + 1].block
        if not block.marker or POST_NAV_ARROW.search(block.text):
            break
        if block.first != scored[last].block.last + 1:
            break
        last += 1
    return last
