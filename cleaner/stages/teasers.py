"""Lists of other stories on an HTML page: linked headlines, each with its summary line."""

from __future__ import annotations

import re
from typing import ClassVar

from cleaner.document import Document, Line, LineKey
from cleaner.stages.base import Stage
from cleaner.text import normalize_key, word_count

#: A run of linked headlines is a list of other stories from this many on. On the 613
#: development pages (HTML route) runs of 3+ held 2.8 page-F1 points of junk over 20
#: pages (CBC's "More ... headlines", sidebars of headlines and summaries, product lists)
#: and gold text on 2 (a page whose gold keeps the site's other stories, a post's "previous
#: posts in the series"); 2 would take the "Previous / Next post" pair under a post too.
MIN_TEASER_LINKS = 3
#: A summary under a linked headline has at most this many words; a longer line is a
#: paragraph of the article and ends the run. The summaries there had 12 to 45 words.
MAX_SUMMARY_WORDS = 60
#: A summary may be cut into this many lines (a date and a section name in their own
#: elements: "(31 Dec 07 |", "Premier League", ")").
MAX_SUMMARY_LINES = 3
#: The line after the last headline of a run is its summary only when this many headlines
#: before it had one: under a plain list of headlines (or headlines split by "-") that line
#: is the article's first paragraph (three such leads were lost on the development pages).
MIN_SUMMARIES = 2
#: ...and when it is at most this many times as long as the longest summary above it (the
#: article's first paragraph under a list of headlines with dates is much longer).
SUMMARY_GROWTH = 2
#: Items numbered "1)", "2." are the article's own list (a gift guide of product links).
_NUMBERED = re.compile(r"^\W*\d{1,3}[.)]\s")


class LinkTeaserStage(Stage):
    """Runs of other stories' headlines, known as links from the page's HTML.

    Only the HTML route knows which lines are links (``Document.link_lines``, the page's
    links of three words or more); on text the stage does nothing.

    Reasons:
    - ``teaser_list``: a run of at least :data:`MIN_TEASER_LINKS` lines that are each the
      whole text of a link, each followed by at most one short summary (up to
      :data:`MAX_SUMMARY_LINES` lines).
    """

    name: ClassVar[str] = "link_teasers"
    reasons = frozenset({"teaser_list"})

    def apply(self, doc: Document) -> Document:
        if not doc.link_lines:
            return doc
        lines = [line for line in doc.lines if line.text.strip()]
        linked = [normalize_key(line.text) in doc.link_lines for line in lines]
        decisions: dict[LineKey, str] = {}
        i = 0
        while i < len(lines):
            if not linked[i]:
                i += 1
                continue
            run, links, i = _run(lines, linked, i)
            numbered = sum(bool(_NUMBERED.match(line.text)) for line in run)
            if links >= MIN_TEASER_LINKS and 2 * numbered < links:
                decisions.update((line.key, "teaser_list") for line in run)
        return self.drop(doc, decisions)


def _run(lines: list[Line], linked: list[bool], start: int) -> tuple[list[Line], int, int]:
    """The run of linked lines (each with an optional summary) from ``start``: its lines,
    how many are links, and where the run ends."""
    run: list[Line] = []
    links = summaries = longest = 0
    i = start
    while i < len(lines) and linked[i]:
        run.append(lines[i])
        links += 1
        i += 1
        end = i
        while end < len(lines) and end - i < MAX_SUMMARY_LINES and not linked[end]:
            end += 1
        last = end == len(lines) or not linked[end]
        if last:
            # After the last headline: one line, and only under a list with summaries.
            end = min(end, i + 1) if summaries >= MIN_SUMMARIES else i
        size = sum(word_count(line.text) for line in lines[i:end])
        if end > i and size <= (SUMMARY_GROWTH * longest if last else MAX_SUMMARY_WORDS):
            run.extend(lines[i:end])
            summaries += size > 0
            longest = max(longest, size)
            i = end
    return run, links, i
