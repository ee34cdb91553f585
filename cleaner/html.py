"""HTML pages: decoding, extraction with trafilatura, the title, and a visible-text fallback.

The HTML route hands the text stages what trafilatura extracts (comments off, lists and
tables kept), so the same audit trail covers it: line numbers in an HTML page's record refer
to the extracted text. trafilatura is imported when the first page is extracted, so that
``import cleaner`` stays light.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cleaner.blocks import PROSE_MIN_WORDS
from cleaner.errors import DecodeError
from cleaner.htmllead import with_lead
from cleaner.htmlmeta import PageMetadata, page_metadata
from cleaner.io import decode_bytes
from cleaner.sitenames import SiteNames
from cleaner.text import (
    TITLE_SEPARATOR,
    choose_stoplist,
    ends_sentence,
    normalize_key,
    squash_spaces,
    words,
)

if TYPE_CHECKING:
    from lxml.etree import _Element
    from lxml.html import HtmlElement

#: Bytes searched for a declared charset (the HTML spec's prescan reads 1024; pages with
#: long heads put the meta tag later, so a few more).
PRESCAN_BYTES = 4096
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
#: Declared charsets that pages often use while sending UTF-8.
_SINGLE_BYTE_LABELS = frozenset({"iso-8859-1", "latin-1", "latin1", "cp1252", "ascii"})

#: Below this many words, trafilatura's result is taken as a miss and the page's whole
#: visible text goes through the text route instead (the verdict stage rejects bodies under
#: 25 words, so a smaller extraction could not make an article anyway).
MIN_EXTRACTED_WORDS = 25

#: trafilatura's options on every extraction: no comments (the dev pages' gold leaves them
#: out), tables kept (data tables are article content), repeated paragraphs kept (a meal plan
#: repeats its days; the text stages judge repeats).
EXTRACTION_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
}

#: Characters of the extracted text whose words choose the stoplist for title scoring.
STOPLIST_SAMPLE_CHARS = 2000
#: Elements whose text is never visible. The walk covers ``<head>`` too: a stray tag in
#: the head of an old page makes the parser put the whole page there.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "title", "svg", "iframe"})
#: Form controls: a drop-down's options and a button's caption are not lines of the page
#: (a browser shows one option of a list of regions or shows, and a button).
_CONTROLS = frozenset({"select", "option", "optgroup", "button", "textarea"})
#: Inline styles that hide an element (form validation messages, "Your email is required.",
#: are written into the page hidden until they apply).
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
#: Elements that start a new line in the visible-text dump.
_BLOCKS = frozenset(
    """address article aside blockquote br dd div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul""".split()
)


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """Decode an HTML page: its declared charset, checked against the bytes.

    ``charset`` is the one the server sent (the HTTP ``Content-Type`` header); it comes
    before the page's ``<meta>`` charset, as in browsers, and a byte-order mark comes before
    both. A page that declares a single-byte charset but whose bytes are valid UTF-8 with
    non-ASCII characters is UTF-8 (a common server misconfiguration); a declared charset
    that is unknown, or that the bytes do not fit, gives way to the next one, and last to
    :func:`decode_bytes`.

    >>> decode_html("<p>café</p>".encode("cp1252"), "windows-1252")
    ('<p>café</p>', 'cp1252')
    >>> decode_html("<p>café</p>".encode("utf-8"), "iso-8859-1")
    ('<p>café</p>', 'utf-8')
    """
    header = None if _has_bom(data) or not charset else charset.strip().strip("\"'").lower()
    for declared in (header, _declared_charset(data)):
        if declared:
            found = _decode_declared(data, declared)
            if found is not None:
                return found
    return decode_bytes(data)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """The media type and the charset of a ``Content-Type`` header, lowercased; give the
    charset to :func:`~cleaner.clean_html` with the bytes of the page.

    >>> parse_content_type('text/html; charset="ISO-8859-1"')
    ('text/html', 'iso-8859-1')
    >>> parse_content_type(None)
    (None, None)
    """
    if not value or not value.strip():
        return None, None
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media_type.strip().lower(), charset


def _decode_declared(data: bytes, declared: str) -> tuple[str, str] | None:
    if declared in _SINGLE_BYTE_LABELS and not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    try:
        name = codecs.lookup(declared).name
        return data.decode(name), name
    except (LookupError, UnicodeDecodeError):
        return None


def _has_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def _declared_charset(data: bytes) -> str | None:
    if _has_bom(data):
        return None  # decode_bytes honours the BOM
    match = _META_CHARSET.search(data[:PRESCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


@dataclass(frozen=True)
class Extraction:
    """What the HTML route gets out of a page before the text stages."""

    text: str
    method: str
    title: str | None = None
    #: The page's metadata: its author and date are looked for when first read.
    page: PageMetadata = field(default_factory=PageMetadata, repr=False, compare=False)
    #: The parsed page, for a later fallback to its visible text.
    tree: HtmlElement | None = field(default=None, repr=False, compare=False)
    #: trafilatura's text when the visible text was chosen over it (a layout table), for a
    #: fallback when the visible text leaves no article.
    extracted: str = field(default="", repr=False, compare=False)
    #: The page's headline-like links (:func:`link_keys`), for the ``link_teasers`` stage.
    links: frozenset[str] = field(default=frozenset(), repr=False, compare=False)

    @property
    def date(self) -> str | None:
        return self.page.date

    @property
    def author(self) -> str | None:
        return self.page.author

    def other(self) -> Extraction | None:
        """The other text to clean when this one leaves no article, or None."""
        if self.method == "trafilatura":
            return replace(self, text=visible_text(self.tree), method="visible_text")
        if self.method == "visible_text" and self.extracted:
            return replace(self, text=self.extracted, method="trafilatura", extracted="")
        return None


#: trafilatura's metadata when it returns nothing: no title, date, author or site name.
_NO_METADATA = PageMetadata()


#: The start of a page that a broken doctype or ``<html>`` tag can swallow (an unclosed
#: quote in the tag makes the parser read the whole page as its attributes).
_BROKEN_START = re.compile(r"<!DOCTYPE[^>]*>|<html\b[^>]*>", re.IGNORECASE)
_START_CHARS = 2000


def parse_html(html: str) -> HtmlElement | None:
    """The page's tree; a page whose first tags are broken is parsed again without them."""
    from trafilatura.utils import load_html

    tree: HtmlElement | None = load_html(html)
    if tree is None or len(tree) == 0:
        # Three of the 304 L3S-GN1 development pages start "<!DOCTYPE htm <div" or
        # '<html xmogo.jpg" alt=...': the parser kept nothing of them.
        head = _BROKEN_START.sub("", html[:_START_CHARS])
        tree = load_html(f"<html>{head}{html[_START_CHARS:]}</html>")
    return tree


def extract(html: str, url: str | None = None) -> Extraction:
    """The article text of a page and its metadata; the visible text when extraction fails."""
    tree = parse_html(html)
    if tree is None:
        return Extraction("", "empty")
    candidates = title_candidates(tree)
    page = page_metadata(tree, url)
    raw = _article_text(tree, url or page.url) if page is not None else None
    if page is None or raw is None:
        page, raw = _NO_METADATA, ""
    text = table_cells(raw)
    method, extracted = "trafilatura", ""
    if len(words(text)) < MIN_EXTRACTED_WORDS:
        # trafilatura works on a copy of the tree it is given, so the parse serves again.
        text, method = visible_text(tree), "visible_text"
    elif is_layout_table(raw):
        text, method, extracted = visible_text(tree), "visible_text", text
    elif prose_share(text) < MIN_PROSE_SHARE:
        text = _precise(tree, url) or text
    if method == "trafilatura":
        text = with_lead(tree, text)
    stoplist = choose_stoplist(words(text[:STOPLIST_SAMPLE_CHARS]))
    # The first extraction's lines vote too: precision mode may leave out the title line.
    keys = frozenset(normalize_key(line) for line in f"{text}\n{raw}".split("\n"))
    return Extraction(
        text,
        method,
        title=choose_title(
            candidates, page.title, page.sitename, stoplist, keys, text, url or page.url
        ),
        page=page,
        tree=tree,
        extracted=extracted,
        links=link_keys(tree),
    )


#: A fast-mode text this short is a miss that the full mode may mend (readability's text,
#: or jusText's on a second look): twice trafilatura's ``MIN_EXTRACTED_SIZE``, the length
#: from which its full mode weighs readability's text on structure. Measured on the
#: development pages, the full mode asked below 0, 250, 500, 750 and 1000 characters:
#: snippets kept 0.949, 0.949, 0.952, 0.952, 0.955 (0.955 with the full mode everywhere),
#: dev F1 0.9429, 0.943, 0.943, 0.943, 0.941; 500 asks it on 19 of 613 dev pages.
FULL_MODE_BELOW_CHARS = 500


def _article_text(tree: HtmlElement, url: str | None) -> str | None:
    """trafilatura's text of the page, or None when it finds none.

    Its fast mode first: the full mode also runs readability and jusText on every page and
    takes their text when its own looks wrong, which costs a fifth of its time. The full
    mode is asked when the fast mode finds nothing, when its text comes from a page laid
    out in tables (:func:`_table_bound`), or is shorter than :data:`FULL_MODE_BELOW_CHARS`.
    """
    from trafilatura import bare_extraction

    result: Any = bare_extraction(tree, url=url, fast=True, **EXTRACTION_OPTIONS)
    if (
        result is None
        or _table_bound(result.body)
        or len(result.text or "") < FULL_MODE_BELOW_CHARS
    ):
        result = bare_extraction(tree, url=url, **EXTRACTION_OPTIONS)
    return (result.text or "") if result is not None else None


#: trafilatura's text is a page laid out in a table (sites from before CSS layouts) when
#: this share of its lines are table rows; the whole visible text is then cleaned instead.
#: Set on the development pages: 0.2, 0.4 and 0.6 gave HTML-route F1 0.918, 0.920, 0.919;
#: L3S-GN1 (2008 news sites) has most such pages, and the text route
#: on the visible text scored F1 0.94 there against 0.89 for the extraction.
LAYOUT_TABLE_SHARE = 0.4
#: A layout table holds the article's paragraphs in its cells; a data table (standings,
#: rankings, prices) has only short cells. On the development pages every layout table
#: that the visible text served better had a cell of 85+ words, and the two data tables
#: (cells of at most 8 words) lost 0.8 F1 each when cleaned as a whole page.
LAYOUT_CELL_WORDS = 15
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE)


def is_layout_table(text: str) -> bool:
    """trafilatura's text is mostly table rows, and one cell is a paragraph of prose."""
    if not text:
        return False
    rows = _TABLE_ROW.findall(text)
    if len(rows) < LAYOUT_TABLE_SHARE * (text.count("\n") + 1):
        return False
    return any(
        len(words(cell)) >= LAYOUT_CELL_WORDS for row in rows for cell in _CELL_SPLIT.split(row)
    )


_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def table_cells(text: str) -> str:
    """trafilatura writes table rows as ``| cell | cell |``; give each cell its own line,
    as a whole-page dump would, so that layout tables (old sites put whole pages in one)
    split into their menus, headings and paragraphs.
    """
    if "|" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|"):
            cells = (squash_spaces(c).replace("\\|", "|") for c in _CELL_SPLIT.split(stripped))
            out.extend(c for c in cells if c and set(c) != {"-"})
        else:
            out.append(line)
    return "\n".join(out)


#: A link is a headline from this many words on; shorter ones are menu entries and buttons,
#: which the text stages judge on their own.
LINK_MIN_WORDS = 3


def link_keys(tree: HtmlElement) -> frozenset[str]:
    """The :func:`~cleaner.text.normalize_key` of the text of each of the page's links
    (``<a href>``) of :data:`LINK_MIN_WORDS` words or more.
    """
    keys = set()
    for anchor in tree.iter("a"):
        if anchor.get("href") is None:
            continue
        key = normalize_key(anchor.text_content())
        if key.count(" ") >= LINK_MIN_WORDS - 1:
            keys.add(key)
    return frozenset(keys)


# --- The title ------------------------------------------------------------------------------

#: How much each source of a title counts. Set on the 738 pages of ../shared/eval (dev and
#: snippets_dev) with a gold title and parseable HTML: trafilatura's title alone matched
#: 55%, the first <h1> 53%, these votes 69%. A candidate also gets a vote when it is part of
#: the <title> or og:title (site names are added around a title there, not inside it).
H1_VOTE = 1.0
OG_VOTE = 0.5
TRAFILATURA_VOTE = 0.5
TITLE_SEGMENT_VOTE = 0.25
INSIDE_VOTE = 1.0
IN_TEXT_VOTE = 1.0
#: ...and a little more when it is spelt and cased as in the text ("STARS SLAM ..." in the
#: <h1> and the text, "Stars slam ..." in the <title>). 0.1 took the snippets pages' title
#: match from 0.769 to 0.773 and left the development pages' as it was; 0.25 lost one.
EXACT_TEXT_VOTE = 0.1
#: Weight of the text-based headline score (function words, length, no byline or label).
LIKENESS_WEIGHT = 0.3
#: A label before a colon at the start of a <title> part has at most this many words
#: ("NDTV.com: ...", "Sport: ..."); 0 to 6 moved the development pages' title choice by
#: at most 1.5 points.
TITLE_LABEL_WORDS = 3
#: Weight of the share of a candidate's content words that the article's text uses, and
#: how much of the text is compared (a site's name shares few words with the article).
#: On the development pages' title choice alone: 0 -> 68.1% right, 1 -> 70.5%, 1.5 and 2
#: -> 71.7%, 3 -> 71.4%; the snippets pages moved by under a point either way.
OVERLAP_WEIGHT = 1.5
OVERLAP_SAMPLE_CHARS = 3000


@dataclass(frozen=True)
class TitleCandidates:
    h1: tuple[str, ...]
    og: str | None
    title_tag: str | None


#: trafilatura's text is not an article when less than this share of its words are in
#: paragraphs of prose (a blogroll, a list of headlines): its precision mode is asked
#: instead. On the 613 development pages 56 extractions were under 0.6; precision mode
#: found prose on 6 of them (F1 0.01 -> 0.97, 0.09 -> 0.88, 0.37 -> 0.79, 0.73 -> 0.96,
#: 0.74 -> 0.88, 0.99 -> 1.00) and nothing better on the others, where the text stays.
MIN_PROSE_SHARE = 0.6
#: The precision-mode text replaces the first one only when this share of it is prose.
PRECISE_PROSE_SHARE = 0.8


def _precise(tree: HtmlElement, url: str | None) -> str | None:
    """trafilatura's precision-mode text when it reads as an article, else None."""
    from trafilatura import bare_extraction

    result: Any = bare_extraction(tree, url=url, favor_precision=True, **EXTRACTION_OPTIONS)
    text = table_cells(result.text or "") if result is not None else ""
    if len(words(text)) < MIN_EXTRACTED_WORDS or prose_share(text) < PRECISE_PROSE_SHARE:
        return None
    return text


def _table_bound(body: _Element | None) -> bool:
    """trafilatura's text (its output tree) has no paragraph text or more tables than
    paragraphs: the case where its full mode takes readability's text instead of its own,
    whatever the two lengths. On the 613 development pages about 40 fast texts were so;
    the full mode's text for those (it keeps the headline a line apart on old pages laid
    out in tables) took HTML-route F1 from 0.9423 to 0.9429 and headlines from 0.769 to
    0.775 (the full mode everywhere: 0.9420, 0.781).
    """
    if body is None:
        return False
    if not body.xpath(".//p//text()"):
        return True
    return len(body.findall(".//table")) > len(body.findall(".//p"))


def prose_share(text: str) -> float:
    """The share of the words of ``text`` in lines of prose (15+ words, a sentence's end).

    >>> prose_share("word " * 14 + "end."), prose_share("Home")
    (1.0, 0.0)
    """
    total = prose = 0
    for line in text.split("\n"):
        n = len(words(line))
        total += n
        if n >= PROSE_MIN_WORDS and ends_sentence(line):
            prose += n
    return prose / total if total else 0.0


def title_candidates(tree: HtmlElement) -> TitleCandidates:
    h1 = tuple(t for t in (squash_spaces(e.text_content()) for e in tree.iter("h1")) if t)
    og = None
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        if key in ("og:title", "twitter:title") and meta.get("content"):
            og = squash_spaces(meta.get("content"))
            break
    title_tag = next((squash_spaces(e.text_content()) for e in tree.iter("title")), None)
    return TitleCandidates(h1[:5], og or None, title_tag or None)


def choose_title(
    found: TitleCandidates,
    trafilatura_title: str | None,
    sitename: str | None,
    stoplist: frozenset[str] = frozenset(),
    text_lines: frozenset[str] = frozenset(),
    text: str = "",
    url: str | None = None,
) -> str | None:
    """The page's headline from its <h1>s, og:title, <title> and trafilatura's title.

    ``text_lines`` holds the :func:`~cleaner.text.normalize_key` of the page's text lines:
    a candidate that is also a line of the text gets a vote (site names rarely are).
    ``text`` is the article's text: a candidate whose words it uses gets a bonus. A
    candidate that is ``sitename``, or the site's or a section's name by ``url``
    (:class:`~cleaner.sitenames.SiteNames`), loses its votes; when one of the latter still
    wins, there is no title.
    """
    from cleaner.stages.headline import title_likeness
    from cleaner.stages.overlap import body_overlap, content_stems

    votes = _source_votes(found, trafilatura_title)
    wholes = [t for t in (found.title_tag, found.og) if t]
    site = squash_spaces(sitename or "").lower()
    names = SiteNames.of(url)
    body = frozenset(content_stems(words(text[:OVERLAP_SAMPLE_CHARS]), stoplist))
    exact_lines = frozenset(squash_spaces(line) for line in text.split("\n"))
    scores = {}
    overlaps = {}
    site_names: set[str] = set()
    for candidate, weight in votes.items():
        inside = any(candidate in whole and candidate != whole for whole in wholes)
        tokens = words(candidate)
        overlaps[candidate] = body_overlap(tokens, stoplist, body)
        score = (
            weight
            + INSIDE_VOTE * inside
            + LIKENESS_WEIGHT * title_likeness(candidate, stoplist, tokens)
            + OVERLAP_WEIGHT * overlaps[candidate]
        )
        if normalize_key(candidate) in text_lines:
            score += IN_TEXT_VOTE
            if candidate in exact_lines:
                score += EXACT_TEXT_VOTE  # the text's own spelling and case
        named = names.named(candidate, tokens)
        if named:
            site_names.add(candidate)
        # The site's name in its banner <h1>; trafilatura's site name, which it sometimes
        # takes from the title itself, only costs votes.
        if named or site and candidate.lower() == site:
            score -= INSIDE_VOTE + H1_VOTE
        scores[candidate] = score
    if not scores:
        return None
    best = max(scores, key=lambda t: (scores[t], len(t)))
    if best in site_names:
        return None  # the host's name: the text stages look for the title in the text
    marked = {squash_spaces(t) for t in (*found.h1, found.og or "")}
    if body and not overlaps[best] and best not in marked and normalize_key(best) not in text_lines:
        # Only the <title> backs it and the article uses none of its words: a site or
        # section name. The text stages look for the title in the text instead.
        return None
    return best


def _source_votes(found: TitleCandidates, trafilatura_title: str | None) -> dict[str, float]:
    """Each candidate's votes from the places it was found in."""
    votes: dict[str, float] = {}

    def vote(text: str | None, weight: float) -> None:
        text = squash_spaces(text or "")
        if text:
            votes[text] = votes.get(text, 0.0) + weight

    for heading in found.h1:
        vote(heading, H1_VOTE)
    vote(found.og, OG_VOTE)
    vote(trafilatura_title, TRAFILATURA_VOTE)
    if found.title_tag:
        for segment in title_segments(found.title_tag):
            vote(segment, TITLE_SEGMENT_VOTE)
    return votes


def title_segments(title: str) -> list[str]:
    """The parts of a <title> between the separators that sites put around a headline.

    A part that opens with a short label and a colon ("NDTV.com: ...", "Sport: ...") also
    gives the rest after the colon, and one that ends in short labels after colons
    ("...: Sport: News24") the opening; the whole part stays a candidate ("Review: Film").

    >>> title_segments("Site News : Sport : Bridge plan: a vote -- Site")
    ['Site News', 'Sport', 'Bridge plan: a vote', 'a vote', 'Site']
    >>> title_segments("Bridge plan wins a vote: Local: News24")
    ['Bridge plan wins a vote: Local: News24', 'Bridge plan wins a vote']
    """
    out: list[str] = []
    for segment in TITLE_SEPARATOR.split(title):
        segment = segment.strip()
        if not segment:
            continue
        out.append(segment)
        label, colon, rest = segment.partition(": ")
        if colon and rest and len(words(label)) <= TITLE_LABEL_WORDS:
            out.append(rest.strip())
        parts = [p.strip() for p in segment.split(": ")]
        if len(parts) > 2 and all(len(words(p)) <= TITLE_LABEL_WORDS for p in parts[1:]):
            out.append(parts[0])  # "Title: Section: Site"
    return out


# --- The visible text -----------------------------------------------------------------------


def visible_text(tree: HtmlElement | None) -> str:
    """The page's visible text, one block element a line (list items as ``* item``).

    The walk is iterative, so that pages nested thousands of levels deep cannot exhaust
    the stack.
    """
    if tree is None:
        return ""
    from lxml import etree

    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = squash_spaces("".join(current))
        if line:
            lines.append(line)
        current.clear()

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag in _INVISIBLE or tag in _CONTROLS or (tag and _hidden(element)):
                walker.skip_subtree()
                continue
            if tag in _BLOCKS:
                flush()
                if tag == "li":
                    current.append("* ")
            if element.text and tag:
                current.append(element.text)
        else:
            if tag in _BLOCKS:
                flush()
            if element.tail:
                current.append(element.tail)
    flush()
    return "\n".join(lines)


#: A page's footer (``<footer>``, ``id="footer"``, ``class="site-footer"``): the publisher's
#: address, copyright and links. trafilatura drops it from its text; the visible text, a
#: fallback, does too, unless the element holds an ``<h1>`` (a wrapper named for its footer).
_FOOTER = re.compile(r"(?:^|[\s_-])footer", re.IGNORECASE)


def _hidden(element: HtmlElement) -> bool:
    """An element hidden by its own markup (the ``hidden`` attribute or an inline style), or
    the page's footer."""
    if element.get("hidden") is not None:
        return True
    names = f"{element.get('id', '')} {element.get('class', '')}"
    if (element.tag == "footer" or _FOOTER.search(names)) and element.find(".//h1") is None:
        return True
    style = element.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def ensure_text(data: str | bytes, charset: str | None = None) -> tuple[str, str | None]:
    """HTML as text, decoding bytes by the server's or the page's charset."""
    if isinstance(data, str):
        return data, None
    if not data.strip():
        raise DecodeError("the page is empty")
    return decode_html(data, charset)
