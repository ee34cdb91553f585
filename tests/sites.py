"""Synthetic news pages for the input and output format tests (WARC, Scrapy, Parquet).

Every page is made up here from templates: a headline, a stand-first and four paragraphs
of prose around a place and a subject, inside a page with a menu, a sidebar and a footer.
"""

from __future__ import annotations

import textwrap
from html import escape
from typing import NamedTuple

from layouts import table_rows

PLACES = ["Eastbridge", "Marlow Vale", "Port Ellis", "Kirkhaven", "Zürich", "Ashford Green"]
SUBJECTS = [
    ("harbour", "fishing crews", "the new sea wall"),
    ("library", "volunteer readers", "the longer opening hours"),
    ("railway", "night-shift workers", "the restored evening trains"),
    ("orchard", "apple growers", "the cooperative cider press"),
    ("market", "stall holders", "the covered square"),
    ("clinic", "family doctors", "the weekend appointments"),
]
TEMPLATES = [
    "The council in {place} voted on Tuesday to go ahead with plans for {thing}, ending a"
    " debate about the {subject} that has divided residents for almost ten years.",
    "Supporters said the decision would help the {people} who rely on the {subject}, and"
    " that {thing} would pay for itself within a decade if the forecasts held up.",
    "Opponents argued that the money should have gone to roads and schools instead, but"
    " several of them said after the meeting that they would now accept the result.",
    "Work is expected to begin in the spring, officials said, and the first part of {thing}"
    " should be open to the public before the end of next year, weather permitting.",
]


class Article(NamedTuple):
    title: str
    paragraphs: list[str]


def article(n: int) -> Article:
    """The n-th made-up article (distinct titles and words for each n)."""
    place = PLACES[n % len(PLACES)]
    subject, people, thing = SUBJECTS[n % len(SUBJECTS)]
    title = f"{place} approves {thing} after years of debate ({n + 1})"
    words = {"place": place, "subject": subject, "people": people, "thing": thing}
    return Article(title, [t.format(**words) for t in TEMPLATES])


def article_html(n: int, *, charset: str | None = "utf-8") -> str:
    """The n-th article as a whole page (``<meta charset>`` left out when None)."""
    title, paragraphs = article(n)
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    menu = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ["News", "Sport", "Arts"])
    return f"""<!DOCTYPE html>
<html><head>{meta}<title>{escape(title)} | The Valley Courier</title>
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="2024-04-0{1 + n % 9}T08:00:00Z">
</head><body>
<header><nav><ul>{menu}</ul></nav></header>
<main><article><h1>{escape(title)}</h1>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Storm closes the coast road</a></li></ul></aside>
</main>
<footer><p>© 2024 The Valley Courier. All rights reserved.</p></footer>
</body></html>"""


def listing_html(links: list[str]) -> str:
    """A section front: nothing but links (the cleaner rejects it: no article)."""
    items = "".join(f'<li><a href="{href}">Story {i}</a></li>' for i, href in enumerate(links))
    return (
        f"<!DOCTYPE html><html><head><title>News</title></head><body><ul>{items}</ul></body></html>"
    )


SIDEBAR = ["┌────────────┐", "│ Most read  │", "├────────────┤"]
SIDEBAR += [f"│ {w:<10} │" for w in ["Weather", "Sport", "Letters", "Business", "Travel", "Jobs"]]
SIDEBAR += ["└────────────┘"]


def side_by_side_dump(n: int) -> str:
    """The n-th article as a w3m dump of a layout table: the article hard-wrapped in one
    column, a boxed menu in the next, on the same lines.
    """
    title, paragraphs = article(n)
    left = [title]
    for paragraph in paragraphs:
        left += ["", *textwrap.wrap(paragraph, 60)]
    return table_rows(left, SIDEBAR, 6, 70)
