"""Find the article in a whole-page dump: the densest stretch of prose, and its header."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from cleaner import patterns as P
from cleaner.blocks import Block, group_blocks
from cleaner.document import Document, LineKey
from cleaner.stages.article_end import (
    POST_BARRIER_STAGES,
    POST_BOX_LINES,
    POST_NUMBER,
    POST_TEXT_STAGES,
    POST_WITHIN,
    RemovedLines,
    Scored,
    _past_removed_posts,
    entries_end,
    facts_end,
    notes_end,
    ranking_end,
    recipe_end,
    source_end,
)
from cleaner.stages.base import Stage
from cleaner.stages.block_scores import (
    MENU_ITEM_WORDS,
    best_stretch,
    classify,
    other_language,
    score,
    stoplist_sample,
)
from cleaner.stages.data_gaps import past_data_gaps, past_short_box
from cleaner.stages.headline import title_likeness
from cleaner.stages.list_ends import list_end, tail_end
from cleaner.text import choose_stoplist

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
#: Paragraphs that may stand between those items and the title: a lead set above the
#: share buttons ("Title", date, lead, "* twittern", "* teilen", then the text).
LEAD_BLOCKS = 1
#: A list item shorter than ``MENU_ITEM_WORDS`` ends the header zone unless there are at
#: most this many right under a title-like line (share buttons,
#: "Post author" / "Post date" items between a blog post's title and its text).
HEADER_LIST_ITEMS = 3
#: A list item this short that names the comments ("* Comments", "* 12 Kommentare") is a
#: button of the share bar under the title, not the comment section's header.
SHARE_BUTTON_WORDS = 2
#: An in-text box of related links ("RELATED STORIES" and its links) between two of the
#: article's paragraphs: the article goes on under it when the box has at most this many
#: lines, all removed as related links under a related label, and a paragraph of prose
#: ("good") comes right under it.
TEXT_BOX_MAX_LINES = 8


def reading_position(doc: Document) -> Callable[[LineKey], int]:
    """Where a line or column piece comes in reading order: its line number, unless the
    page was read column by column (then its place in ``doc.reading_order``)."""
    positions = doc.positions()
    if positions is None:
        return lambda key: key[0]
    return lambda key: positions.get(key, key[0])


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
      removed, or below the paragraph under a short box of menu entries or related links
      (:mod:`cleaner.stages.data_gaps`).
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
            if label == "bad" and use_stopwords:
                label = other_language(block, stoplist, label)
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
        self, removed: RemovedLines, scored: Sequence[Scored], gaps: Sequence[float], end: int
    ) -> int:
        """Where the article ends when it goes on under in-text boxes of related links
        (:data:`TEXT_BOX_MAX_LINES`): the paragraphs under such a box, up to a break."""

        def prose(index: int, labels: tuple[str, ...]) -> bool:
            item = scored[index]
            return item.label in labels and not item.block.marker

        if not (end + 1 < len(scored) and prose(end + 1, ("good",))):
            return end  # 549 of the 613 dev pages: no paragraph of prose under the end
        while end + 1 < len(scored) and prose(end + 1, ("good",)):
            box = removed.between(end, end + 1)
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
        self, removed: RemovedLines, scored: Sequence[Scored], found: tuple[int, int]
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
        between = removed.between
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
        removed: RemovedLines,
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
        blocks = [item.block for item in scored]
        spans = [(position(b.lines[0].key), position(b.lines[-1].key)) for b in blocks]
        labels = [item.label for item in scored]
        return past_data_gaps(blocks, labels, values, gaps, removed.in_order, spans, found)

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
        end = source_end(scored, gaps, end)
        removed = RemovedLines(doc, position, scored)
        end = self._past_posts(removed, scored, (start, end))
        end = self._past_text_boxes(removed, scored, gaps, end)
        end = self._past_tables(removed, position, scored, values, gaps, (start, end))
        end = past_short_box(scored, values, gaps, removed.between, (start, end))
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
