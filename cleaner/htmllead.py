"""An article's lead (stand-first, intro, deck) that trafilatura left out of its text.

Sites put the lead above the article body, in the article's ``<header>`` next to the
``<h1>`` or in an element named for it (``article__intro``, ``teaser-text``, ``deck``,
``chapo``, ``entradilla``...). trafilatura drops much of it: it takes the body's
container, and it discards any element whose class says "teaser", which many news sites
(TYPO3's news pages among them) use for the lead. The lead is put back above the text,
where the text stages judge it like any other line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from cleaner.text import ends_sentence, normalize_key, squash_spaces, word_count

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: Class and id words that name a lead, in the languages of the development pages:
#: English (lead, lede, intro, deck, dek, standfirst, summary, excerpt, abstract,
#: subheadline), German (subline, teaser, vorspann, anriss, einleitung), French (chapo,
#: chapeau), Spanish (entradilla, bajada, sumario), Polish (zajawka, wstep).
_LEAD_NAME = re.compile(
    r"(?:^|[\s_-])(?:lead|lede|deck|dek)(?:$|[\s_-])"
    r"|intro|teaser|standfirst|summary|excerpt|abstract|sub-?headline|subline|vorspann"
    r"|anriss|einleitung|description|hook"
    r"|chapo|chapeau|entradilla|bajada|sumario|zajawka|wstep",
    re.IGNORECASE,
)
#: A lead's name may be on the element or on one of this many elements around it
#: ("chapo" > div > p).
LEAD_NAME_DEPTH = 2
#: A lead has at least this many words; shorter lines under a headline are labels, dates
#: and bylines. The leads that the snippets pages' gold keeps have 9 to 80 words.
LEAD_MIN_WORDS = 8
#: A lead without a sentence's ending (a deck set as a subheadline, cut off with "..." or a
#: quote) has at least this many words; shorter ones are second titles, which most gold
#: bodies leave out.
LEAD_UNSTOPPED_MIN_WORDS = 20
#: ...and at most this many: a longer element is a container of the article itself.
LEAD_MAX_WORDS = 150
#: At most this share of a lead's words are link text; a teaser of another story is a link.
LEAD_MAX_LINK_SHARE = 0.2
#: Leads taken from one page (a header may hold a deck and a lead paragraph).
MAX_LEADS = 3
#: Words of the text's first sentence that find it in the page.
_ANCHOR_WORDS = 6
#: Elements of the article's ``<header>`` that hold a lead (a deck in an ``<h2>``).
_HEADER_BLOCKS = frozenset({"p", "h2"})
_BLOCKS = frozenset({"p", "div", "h2", "h3", "section", "span"})
_INVISIBLE = frozenset({"", "script", "style", "noscript", "template", "textarea", "title"})
_SKIP = frozenset({"a", "li", "nav", "aside", "footer", "figure", "figcaption", "form"})


def with_lead(tree: HtmlElement, text: str) -> str:
    """``text`` with the lead paragraphs found above the article body put back, before the
    text's first line of prose (after the headline and date lines that precede it).

    A lead is an element named for a lead (or inside one, up to :data:`LEAD_NAME_DEPTH`
    elements up), or a paragraph of the ``<header>`` that holds the page's first ``<h1>``;
    it comes after that ``<h1>`` (when the page has one) and before the element where the
    text begins, is prose of :data:`LEAD_MIN_WORDS` words or more that ends a sentence (a
    short deck without a full stop is a second title, which most gold bodies leave out;
    from :data:`LEAD_UNSTOPPED_MIN_WORDS` words it is a summary), is
    mostly not links, and is not in the text already.
    """
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if _is_prose(line)), None)
    if at is None:
        return text
    anchor = " ".join(normalize_key(lines[at]).split()[:_ANCHOR_WORDS])
    # Its first word is in the lowercased text of any element whose key holds the anchor:
    # a cheap test that spares most elements the key.
    first = anchor.split(" ", 1)[0]
    known = normalize_key(text)
    leads: list[str] = []
    seen_h1 = tree.find(".//h1") is None
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _INVISIBLE:
            continue  # JSON-LD repeats the article's text
        if tag == "h1":
            seen_h1 = True
            continue
        own = element.text
        if own and first in own.lower() and anchor in normalize_key(own):
            break  # the article's text begins here
        if not seen_h1 or tag not in _BLOCKS or not _is_lead(element, tag):
            continue
        lead = squash_spaces(element.text_content())
        key = normalize_key(lead)
        if key in known or not _prose(element, lead):
            continue  # a paragraph inside a lead already taken is in ``known`` too
        leads.append(lead)
        known = f"{known}\n{key}"
        if len(leads) == MAX_LEADS:
            break
    else:
        return text  # the text's beginning was not found: nothing is known about order
    if not leads:
        return text
    return "\n".join([*lines[:at], *leads, *lines[at:]])


def _is_prose(line: str) -> bool:
    """A line of the article's prose, not its headline or a date line."""
    return word_count(line) >= _ANCHOR_WORDS and ends_sentence(line)


#: Distinct class-and-id strings whose verdict is remembered: a page repeats a few dozen
#: of them over hundreds of elements.
NAME_CACHE_SIZE = 4096


@lru_cache(maxsize=NAME_CACHE_SIZE)
def _names_lead(names: str) -> bool:
    return _LEAD_NAME.search(names) is not None


def _is_lead(element: HtmlElement, tag: str) -> bool:
    named = (element, *islice(element.iterancestors(), LEAD_NAME_DEPTH))
    if any(_names_lead(f"{e.get('class', '')} {e.get('id', '')}") for e in named):
        return True
    return tag in _HEADER_BLOCKS and any(a.tag == "header" for a in element.iterancestors())


def _prose(element: HtmlElement, lead: str) -> bool:
    size = word_count(lead)
    if not LEAD_MIN_WORDS <= size <= LEAD_MAX_WORDS:
        return False
    if size < LEAD_UNSTOPPED_MIN_WORDS and not ends_sentence(lead):
        return False
    if any(a.tag in _SKIP for a in element.iterancestors()):
        return False
    if any(True for _ in element.iter("script", "style", "noscript")):
        return False  # a widget (weather, horoscope, an ad's code), not a lead
    linked = sum(word_count(a.text_content()) for a in element.iter("a"))
    return linked <= LEAD_MAX_LINK_SHARE * size
