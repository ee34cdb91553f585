"""Headline candidates: how much a line reads like a title, the pieces a title line splits
into, and cutting the title out of its block."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from cleaner.blocks import Block
from cleaner.dates import is_date_line, time_stamp
from cleaner.document import Line, Removal, Span
from cleaner.stages.metadata import AGENCY_LINE, BYLINE, DATELINE, NAME_AGENCY
from cleaner.stages.overlap import overlap_evidence
from cleaner.stages.title_cells import CELL_GAP_RE, JUNK_ITEM
from cleaner.stages.title_stamps import UI_WORD
from cleaner.text import (
    TITLE_SEPARATOR,
    ends_sentence,
    normalize_key,
    squash_spaces,
    words,
)

#: A headline has 2 to 30 words (the development pages' gold titles: 2 to 27).
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
#: A sentence (or a line ending with a colon) of this many words between the headline and
#: the body is a stand-first. Ending with a full stop or a colon it is never the headline,
#: not even as the last resort: no gold title of the development pages (329) or the
#: snippets pages (428) ends so, and a body cleaned again must keep its opening sentence.
#: Development pages: F1 w3m 0.9151 -> 0.9153, w3m80 0.9121 -> 0.9123, bs4 0.91854 ->
#: 0.91851, inscriptis, lynx and snippets text the same records; headlines the same.
STANDFIRST_MIN_WORDS = 8

# Headline weights. Set on the 757 pages of ../shared/eval (dev and snippets_dev) that have
# a gold title, 487 of them with the title among the candidates above the first paragraph:
# the old score (length, capitalisation, repetition, distance) chose 224 of them right,
# these weights 370. Each weight was varied alone by half to double; none moved the count
# by more than 15, so they are not fitted to a few pages.
#: Words up to which a longer candidate scores higher.
HEADLINE_FULL_WORDS = 8
#: Beyond this many words a candidate reads like a stand-first, not a title (the median
#: gold title has 8 words; stand-firsts right under the title 12 to 25).
HEADLINE_LONG_WORDS = 12
HEADLINE_LONG_COST = 0.2
#: A title has a function word ("in", "der", "to"); names, labels and sections do not.
STOPWORD_BONUS = 1.0
#: A line that also appears elsewhere on the page (the title bar, a breadcrumb). Lowered
#: from 1.5: site names and section labels repeat too. On the cached pre-structure
#: documents of the six development text styles, 1.0 to 1.375 all gain (w3m80 +2, lynx +4
#: at 1.125) and only 1.0 loses a page (bs4).
REPEATED_BONUS = 1.125
#: Cost per block between a candidate and the first paragraph.
DISTANCE_COST = 0.15
#: Costs of the signs of a non-title: separators of breadcrumbs and site names, metadata
#: labels, clock times and numeric dates, bylines and staff roles, interface words, menu
#: words glued together, a whole date, short all-capitals labels.
#: UI_WORD_COST was raised from 1.0 to 1.5 on the cached pre-structure documents of all six
#: development text styles: one more title right per style ("Click here for ..." teasers
#: above the title), none lost.
SEPARATOR_COST = 2.0
LABEL_COST = 2.0
#: A whole line that lays out several cells side by side (a wide dump's layout table) is a
#: row, not a title; its cells are candidates of their own. So is a block of several lines
#: that holds cells of more than one column (w3m dumps: +1 headline in w3m and in w3m80).
ROW_COST = 2.0
TIME_COST = 1.5
ROLE_COST = 2.0
UI_WORD_COST = 1.5
GLUED_COST = 2.0
#: A whole date, or a day and a clock time with no year the date parser reads
#: (:func:`~cleaner.dates.time_stamp`; development pages, lynx: +1 headline, a page's
#: stamp over the article taken for its title, and that page's body in w3m at 80
#: columns; no other page changed in any style).
DATE_COST = 2.0
CAPS_COST = 0.3
MIN_CANDIDATE_SCORE = 0.001
#: A headline's content words come back in the article's opening paragraphs; a site name,
#: a section label or a teaser for another story share few of them.
OVERLAP_BONUS = 2.0
#: The page's heading, under a headline that adds the site's name to it, is looked for up
#: to this many blocks into the article.
BARE_TITLE_BODY_BLOCKS = 3

_SEPARATOR = re.compile(r"\s[|>»«/•·]{1,2}\s|^[|>»«]|[|>»«]$|\s-{2,}\s|:\s*$")
#: Guillemets that open and close a quotation ("«Liebe kennt keine Pause»", "»Titel«",
#: "« Il y a … »"): quotation marks in German, French and Swiss titles, not the separators
#: of a breadcrumb. Snippets pages, text route: 5 of 429 gold titles quote this way.
_GUILLEMET_QUOTE = re.compile(r"«[^«»\n]*»|»[^«»\n]*«")


def separated(text: str) -> bool:
    """The text holds a breadcrumb's or a site name's separator, quotations aside."""
    return bool(_SEPARATOR.search(_GUILLEMET_QUOTE.sub("q", text)))


_LABEL = re.compile(
    r"^\W*(?:author|autor|auteur|category|categor[yi]a|kategorie|catégorie|tags?|topics?"
    r"|themen|keywords|schlagw[öo]rter|source|quelle|fuente|posted|filed under|rubri[kc]"
    r"|ressort|section|secci[óo]n"
    # A text's or a photo's credit, a figure's caption ("Text & Fotos: …", "Abb.: …"). A
    # photo label alone is left out: "Photos: Storm hits coast" is a gallery's title.
    r"|(?:text[eo]?|bildquelle|cr[ée]dits?|abb\.?)"
    r"(?:\s*(?:&|\+|und|and|et|y|/)\s*(?:fotos?|photos?|bilder?|fotograf[íi]as?))?)\s*:",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d:\d{2}\b|\b\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2}\b|\b\d{4}-\d\d-\d\d\b")
_ROLE = re.compile(
    r"\b(?:writer|editor|correspondent|reporter|staff|agencies|author|posted|written|published"
    r"|updated|photographer|columnist|contributor|redakteur\w*|autor\w*|rédaction|redacción)\b",
    re.IGNORECASE,
)
#: Menu entries run together without spaces: "NewsSportWeather".
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöü]")
#: A title with a short section or date label on one side: "Title | Opinion",
#: "Opinion | Title", "Title / Dec 2025". The title is offered without it.
_LABELLED_TITLE = re.compile(
    r"^(?:(?P<before>\S.{15,}?)\s+[|/–—]\s+\S+(?:\s\S+){0,2}"
    r"|\S+(?:\s\S+){0,2}\s+[|/–—]\s+(?P<after>\S.{15,}))$"
)
_LABEL_SEPARATOR = re.compile(r"\s[|/–—]\s")
#: Junk items (:data:`~cleaner.stages.title_cells.JUNK_ITEM`) around a title in a dump.
_LEAD_JUNK = re.compile(rf"(?:\s*{JUNK_ITEM})+\s*")
_TRAIL_JUNK = re.compile(rf"(?:\s+{JUNK_ITEM})+\s*$")
_EDGE_JUNK = re.compile(rf"^{_LEAD_JUNK.pattern}|{_TRAIL_JUNK.pattern}")


def title_likeness(
    text: str, stoplist: frozenset[str] = frozenset(), tokens: Sequence[str] | None = None
) -> float:
    """How much a line reads like a title, from its words alone; 0 when it cannot be one.

    ``tokens`` are the text's :func:`~cleaner.text.words` when the caller has them.
    """
    tokens = words(text) if tokens is None else tokens
    count = len(tokens)
    if not HEADLINE_MIN_WORDS <= count <= HEADLINE_MAX_WORDS:
        return 0.0
    if text.endswith((".", ":", ",", ";")) and not text.endswith("..."):
        return 0.0
    if text[0].islower() and not any(ch.isupper() for ch in tokens[0]):
        return 0.0  # a sentence's continuation; "iPhone sales soar" is fine
    if DATELINE.match(text):
        return 0.0  # "CALGARY, Alberta (AP) - Six people ...": the article's first line
    score = 1.0 + min(count, HEADLINE_FULL_WORDS) / HEADLINE_FULL_WORDS
    if any(token.lower() in stoplist for token in tokens):
        score += STOPWORD_BONUS
    if count > HEADLINE_LONG_WORDS:
        score -= HEADLINE_LONG_COST * (count - HEADLINE_LONG_WORDS)
    if separated(text):
        score -= SEPARATOR_COST
    if _LABEL.match(text):
        score -= LABEL_COST
    if _CLOCK.search(text):
        score -= TIME_COST
    if (
        _ROLE.search(text)
        or BYLINE.match(text)
        or NAME_AGENCY.match(text)
        or AGENCY_LINE.match(text)
    ):
        score -= ROLE_COST
    if text.isupper() and count < 6:
        score -= CAPS_COST
    score -= UI_WORD_COST * len(UI_WORD.findall(text))
    if len(_GLUED.findall(text)) >= 2:
        score -= GLUED_COST
    if is_date_line(text) or time_stamp(text):
        score -= DATE_COST
    # A candidate stays one even with a low score: the best of several poor ones wins.
    return max(score, MIN_CANDIDATE_SCORE)


def headline_score(
    text: str,
    distance: int,
    repeated: bool,
    stoplist: frozenset[str] = frozenset(),
    body_words: frozenset[str] = frozenset(),
) -> float:
    """How much a text above the first paragraph looks like the headline; 0: it cannot."""
    if not text:
        return 0.0
    tokens = words(text)
    score = title_likeness(text, stoplist, tokens)
    if not score:
        return 0.0
    if repeated:
        score += REPEATED_BONUS
    score += OVERLAP_BONUS * overlap_evidence(tokens, stoplist, body_words)
    return max(score - DISTANCE_COST * distance, MIN_CANDIDATE_SCORE)


def stated(block: Block) -> bool:
    """A sentence, or a line ending with a colon, of at least ``STANDFIRST_MIN_WORDS``
    words: a stand-first's or the body's, never a title."""
    content = block.content.rstrip()
    return len(block.tokens) >= STANDFIRST_MIN_WORDS and (
        ends_sentence(content) or content.endswith(":")
    )


def _closed(text: str) -> bool:
    """The text ends with a full stop or a colon: no title does. A title may ask ("…?"),
    exclaim ("…!") or trail off ("...")."""
    text = text.rstrip()
    return text.endswith((".", ":")) and not text.endswith("...")


def headline_pieces(block: Block) -> list[str]:
    """Texts a one-line block offers as its title: the whole line and, in a dump that
    lays cells side by side, each cell without image placeholders and layout bullets.

    >>> from cleaner.document import Line
    >>> headline_pieces(Block((Line(1, "Menu  Home    [logo] * Storm hits coast   [ad]"),)))
    ['Menu  Home    [logo] * Storm hits coast', 'Menu  Home', 'Storm hits coast']
    """
    if block.marker:
        return []  # a list item: a highlight or a menu entry
    if _placeholders(block):
        return []  # image placeholders only ("[pixel.gif]", "[logo.gif] [spacer.gif]")
    pieces = [_EDGE_JUNK.sub("", block.content).strip() or block.content]
    labelled = _LABELLED_TITLE.match(pieces[0])
    if labelled:
        title = labelled.group("before") or labelled.group("after")
        if not _SEPARATOR.search(title) and not _LABEL_SEPARATOR.search(title):
            pieces.append(title)
    if len(block.lines) != 1:
        return pieces
    line = block.lines[0]
    # The line as read keeps the gaps between cells; it serves only when the stages before
    # changed nothing in it but spaces (no repaired encoding, no removed soft hyphens).
    laid_out = line.raw if squash_spaces(line.raw) == squash_spaces(line.text) else line.text
    for cell in CELL_GAP_RE.split(laid_out):
        piece = _EDGE_JUNK.sub("", cell).strip()
        if piece and piece not in pieces:
            pieces.append(piece)
    return pieces


def _placeholders(block: Block) -> bool:
    """True for a block of image placeholders, form boxes and layout bullets only."""
    return not block.marker and bool(_LEAD_JUNK.fullmatch(block.content))


def _cells_with_words(pieces: list[str]) -> int:
    """How many of a row's pieces hold a word: an empty form box cut in two by its
    spaces ("[          ]") leaves a "[" and a "]", which are no cells beside a title."""
    return sum(1 for piece in pieces if any(ch.isalnum() for ch in piece))


def _table_row(block: Block, pieces: list[str]) -> bool:
    """True when the block's line is a row of a layout table: its cells
    (:func:`headline_pieces` after the whole line) hold words in two or more, and
    :func:`is_row` says so."""
    return _cells_with_words(pieces[1:]) > 1 and is_row(block)


#: Quotation marks that open and close a quoted title.
_OPENING_QUOTES = "\u201c\u201e\u00ab\u2018\u201a\"'"
_CLOSING_QUOTES = "\u201d\u201c\u00bb\u2019\u2018\"'"
#: A comment section's header that quotes the post's title, as blog software writes it
#: ("5 thoughts on “Title”", "Ein Gedanke zu „Title“", "3 Kommentare zu "Title"",
#: "11 Antworten zu “Title”", "2 réponses à « Title »"). Snippets pages: 15 such headers,
#: 12 quoting the gold title exactly, 2 in another case or with a kicker, 1 with no gold.
COMMENTS_ON_TITLE = re.compile(
    r"^\W*(?:\d+|one|two|three|ein|eine|zwei|drei|un|une|deux|uno|dos|één)\s+"
    r"(?:thoughts?|responses?|comments?|repl(?:y|ies)|gedanken?|antworten?|kommentare?"
    r"|réponses?|commentaires?|comentarios?|respuestas?|reacties?|reactions?)\s+"
    r"(?:on|to|zu|sur|à|a|en|para|op|auf)\s+"
    rf"[{_OPENING_QUOTES}]\s*(.+?)\s*[{_CLOSING_QUOTES}]\s*$",
    re.IGNORECASE,
)


def quoted_title(texts: Iterable[str]) -> str | None:
    """The post's title that the first comment header among ``texts`` quotes
    (:data:`COMMENTS_ON_TITLE`), or None.

    >>> quoted_title(["Leave a reply", "5 thoughts on “Storm hits coast”"])
    'Storm hits coast'
    """
    for text in texts:
        # Every such header names a count in words or digits and quotes: most lines have
        # no quotation mark and are not matched at all.
        if any(mark in text for mark in _OPENING_QUOTES):
            found = COMMENTS_ON_TITLE.match(text.strip())
            if found:
                return found.group(1)
    return None


def title_part(text: str) -> str | None:
    """The heading in a page's title "Storm hits coast - Daily Post": its longest part, when
    it is longer than every other part (a site's name, a section's) and a title's length.

    >>> title_part("Storm hits coast - Daily Post"), title_part("Home | News")
    ('Storm hits coast', None)
    """
    parts = [part.strip() for part in TITLE_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2:
        return None
    sizes = sorted((len(part.split()), part) for part in parts)
    (size, longest), runner_up = sizes[-1], sizes[-2][0]
    if size <= runner_up or size < HEADLINE_MIN_WORDS:
        return None
    return longest


def _bare_title(
    blocks: list[Block], keys: list[str], chosen: tuple[int, str], start: int, top: bool
) -> tuple[int, str] | None:
    """The headline without the site's name around it, as the page prints it alone.

    A dump that renders the page's ``<title>`` (BeautifulSoup's ``get_text``) starts with
    "Storm hits coast - Daily Post"; the page's own heading, "Storm hits coast", follows as a
    line of its own, at the top of the article. That line is the headline. The heading is
    the title's longest part (:func:`title_part`): a site's name, which pages also print
    alone, is shorter. When no line prints it alone (a menu rule took it, or the page has
    none) and the chosen line is the page's first (``top``: where a dump puts the
    ``<title>``), the headline is that part of the line.
    """
    index, text = chosen
    longest = title_part(text)
    if longest is None:
        return None
    wanted = normalize_key(longest)
    for j in range(index + 1, min(len(blocks), start + BARE_TITLE_BODY_BLOCKS)):
        if keys[j] == wanted and not blocks[j].marker:
            return j, blocks[j].content
    return (index, longest) if top and len(blocks[index].lines) == 1 else None


def is_row(block: Block) -> bool:
    """True for a one-line block whose line as read lays out two cells or more side by side.

    >>> from cleaner.document import Line
    >>> is_row(Block((Line(1, "Local Teams", "Local Teams       Rockets beat Knicks"),)))
    True
    """
    if len(block.lines) != 1:
        return False
    cells = [c for c in CELL_GAP_RE.split(block.lines[0].original.strip()) if c.strip()]
    return len(cells) > 1


def cut_out(block: Block, title: str, stage: str) -> tuple[Span, tuple[Removal, ...]] | None:
    """The headline as a piece of its block's one line, and the text around it as removed
    pieces (reason ``headline_row``); None when the title is the whole block, or is not
    found as written in the line as read (then the whole block is the headline).

    >>> from cleaner.document import Line
    >>> span, rest = cut_out(Block((Line(4, "x", "Menu   Storm hits  [ad]"),)), "Storm hits", "s")
    >>> span.columns, [(r.column, r.text) for r in rest]
    ((7,), [(0, 'Menu'), (19, '[ad]')])
    """
    if title == block.content or len(block.lines) != 1:
        return None
    line = block.lines[0]
    raw = line.original
    at = raw.find(title)
    if at < 0:
        return None
    pieces = (_row_piece(line, 0, at, stage), _row_piece(line, at + len(title), len(raw), stage))
    rest = tuple(piece for piece in pieces if piece is not None)
    # The cell as laid out may keep a double space inside the title (a line break in the
    # HTML source); the headline reads as the line's text does, one space between words.
    span = Span(squash_spaces(title), (line.number,), ((line.column or 0) + at,))
    return span, rest


def _row_piece(line: Line, start: int, end: int, stage: str) -> Removal | None:
    """``line.original[start:end]``, the text beside a headline in its line, as a removed
    piece (reason ``headline_row``) at its column; None when it is blank."""
    segment = line.original[start:end]
    if not segment.strip():
        return None
    offset = start + len(segment) - len(segment.lstrip())
    return Removal(line.number, segment.strip(), stage, "headline_row", (line.column or 0) + offset)


def cut_edges(block: Block, title: str, stage: str) -> tuple[Span, tuple[Removal, ...]] | None:
    """The headline of a block of several lines (a title wrapped by the dump) without the
    image placeholders and form fields at its edges, which are recorded as removed pieces
    (reason ``headline_row``); None when the title is not the block's text between them.

    >>> from cleaner.document import Line
    >>> lines = (Line(1, "[photo.jpg] Storm hits", "  [photo.jpg] Storm hits"), Line(2, "coast"))
    >>> span, rest = cut_edges(Block(lines), "Storm hits coast", "s")
    >>> span.keys, [(r.number, r.column, r.text) for r in rest]
    (((1, 14), (2, None)), [(1, 2, '[photo.jpg]')])
    """
    lines = list(block.lines)
    if len(lines) < 2 or any(squash_spaces(ln.original) != squash_spaces(ln.text) for ln in lines):
        return None
    rest: list[Removal | None] = []
    while len(lines) > 1 and _EDGE_JUNK.fullmatch(lines[-1].original):  # a form field's line
        line = lines.pop()
        rest.append(Removal(line.number, line.text.strip(), stage, "headline_row", line.column))
    first, last = lines[0], lines[-1]
    start, end = 0, len(last.original)  # what is kept of the first line and of the last
    lead = _LEAD_JUNK.match(first.original)
    if lead and lead.group().strip():
        rest.append(_row_piece(first, 0, lead.end(), stage))
        start = lead.end()
    trail = _TRAIL_JUNK.search(last.original, start if last is first else 0)
    if trail and trail.group().strip():
        rest.append(_row_piece(last, trail.start(), end, stage))
        end = trail.start()
    texts = [line.original for line in lines]
    texts[-1] = texts[-1][:end]
    texts[0] = texts[0][start:]
    if not rest or squash_spaces(" ".join(texts)) != squash_spaces(title):
        return None
    columns = [line.column for line in lines]
    if start:
        columns[0] = (first.column or 0) + start
    numbers = tuple(line.number for line in lines)
    return Span(title, numbers, tuple(columns)), tuple(r for r in rest if r is not None)


def _row_title(block: Block) -> str:
    """The block's text, or the cell that reads most like a title when its line is a row
    of a layout table ("Title        Jane Doe, Publisher")."""
    pieces = headline_pieces(block)
    if not _table_row(block, pieces):
        return block.content
    return max(pieces[1:], key=title_likeness)
