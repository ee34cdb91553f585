"""Author biographies under an article: "Jane Smith is a staff writer at The Courier ..."."""

from __future__ import annotations

from typing import ClassVar

from cleaner import patterns as P
from cleaner.blocks import Block, first_prose, group_blocks
from cleaner.document import Document, LineKey
from cleaner.stages.base import Stage
from cleaner.stages.metadata import BODY_BLOCKS_SEARCHED, MetadataStage
from cleaner.text import words

#: A biography is one of the last blocks of what is left of the page. Development pages
#: (dev and snippets_dev): of the lines that read as a biography, 51 are not in the gold
#: body and 5 are; the ones kept in gold bodies are where a site runs the bio as the
#: article's last paragraph, which this rule removes too.
BIO_TAIL_BLOCKS = 3
#: Biographies there have 8 to 80 words; longer blocks are paragraphs about a person.
BIO_MAX_WORDS = 90
#: "About the author" and its translations: the heading over a biography.
BIO_HEADING_MAX_WORDS = 4
#: A paragraph among the last blocks that opens with the name of the page's byline and goes
#: on with at least this many words is about its author, whatever it says ("Ann Lee joined
#: the paper in 2006 and covers ...", "Ann Lee can be reached at ..."). A line of the name
#: alone is a signature, which gold bodies keep as often as not. Development pages,
#: inscriptis dumps: 4 such paragraphs ("... joined CNET in 2006 and covers", "... can be
#: reached at", "... teaches philosophy at"), none in a gold body; snippets HTML route, one
#: gold_without line more left out; none in a gold_with snippet.
BYLINE_BIO_MIN_WORDS = 4


class AuthorBioStage(Stage):
    """Biographies of the author at the end of an article, and the heading above them.

    Reasons:
    - ``author_bio``: a paragraph that opens with a name and a role ("Jane Smith is a staff
      writer at ...", "Max Muster ist Redakteur ...") or with its author introducing
      themselves ("Hallo, ich bin ...", "Evan Halper writes about ..."), or with the name of
      the page's byline and more (:data:`BYLINE_BIO_MIN_WORDS`), among the last blocks of
      the page, below the article; or an author's contact line there ("Ann Lee can be
      reached at ...", "Write to Ann Lee at ...", "E-mail comments to ...": patterns
      ``AUTHOR_CONTACT``), or a name, "is a ..." and a way to reach that person in the same
      paragraph ("Ann Lee is a gadget fan ... Catch her on Twitter @annlee": ``NAME_IS`` and
      ``CONTACT``); or an "About the author" heading right above one. Anywhere under the
      article's first paragraph: an "About <name>" heading and the paragraph under it that
      opens with that name ("About Ann Lee", "Ann Lee has covered ...": ``ABOUT_PERSON``).
    - ``site_blurb``: a site or a blog describing itself among the same last blocks ("This
      blog is brought to you by ...", "Examplemedia is an independent publisher of ...":
      pattern ``SITE_BLURB``).
    """

    name: ClassVar[str] = "author_bio"
    reasons = frozenset({"author_bio", "site_blurb"})

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        decisions: dict[LineKey, str] = {}
        first_tail = max(0, len(blocks) - BIO_TAIL_BLOCKS)
        prose_at = first_prose(blocks)
        names = byline_names(blocks[: prose_at + BODY_BLOCKS_SEARCHED])
        for i in range(first_tail, len(blocks)):
            block = blocks[i]
            if len(block.tokens) > BIO_MAX_WORDS or prose_at >= i:
                continue  # no article above it: the page is about this person
            if P.SITE_BLURB.match(block.content):
                decisions.update((key, "site_blurb") for key in block.keys)
                continue
            if not (is_bio(block.content) or _opens_with(block, names)):
                continue
            decisions.update((key, "author_bio") for key in block.keys)
            heading = blocks[i - 1] if i else None
            if (
                heading is not None
                and len(heading.tokens) <= BIO_HEADING_MAX_WORDS
                and P.ABOUT_AUTHOR.match(heading.content)
            ):
                decisions.update((key, "author_bio") for key in heading.keys)
        for i in range(prose_at + 1, len(blocks) - 1):
            if _about_person(blocks[i], blocks[i + 1]):
                decisions.update((key, "author_bio") for key in blocks[i].keys)
                decisions.update((key, "author_bio") for key in blocks[i + 1].keys)
        return self.drop(doc, decisions)


def _about_person(heading: Block, block: Block) -> bool:
    """``heading`` is "About <name>" ("Über <name>", ...) and ``block`` a paragraph of up to
    :data:`BIO_MAX_WORDS` words that opens with that name and goes on with at least
    :data:`BYLINE_BIO_MIN_WORDS` words: a box about a person, wherever it stands under the
    article's first paragraph."""
    found = P.ABOUT_PERSON.match(heading.content)
    if found is None or len(block.tokens) > BIO_MAX_WORDS:
        return False
    return _opens_with(block, frozenset({found[1]}))


def is_bio(content: str) -> bool:
    """``content`` reads as a biography or an author's contact line, wherever it stands."""
    return bool(
        P.AUTHOR_BIO.match(content)
        or P.SELF_BIO.match(content)
        or P.AUTHOR_CONTACT.search(content)
        or (P.NAME_IS.match(content) and P.CONTACT.search(content))
    )


def byline_names(blocks: list[Block]) -> frozenset[str]:
    """The names of two words or more that the bylines among ``blocks`` give (one-line
    blocks that :meth:`MetadataStage.byline_of` reads: "By Ann Lee"); not an agency's
    ("Associated Press writer Ann Lee contributed" is the article's source line)."""
    reader = MetadataStage()
    bylines = (reader.byline_of(block.text) for block in blocks if len(block.lines) == 1)
    return frozenset(
        name for name, agency, _ in bylines if name and not agency and len(name.split()) >= 2
    )


def _opens_with(block: Block, names: frozenset[str]) -> bool:
    """``block`` opens with one of ``names``, then a space and at least
    ``BYLINE_BIO_MIN_WORDS`` words."""
    content = block.content
    for name in names:
        rest = content[len(name) :]
        if content.startswith(name) and rest[:1].isspace():
            return len(words(rest)) >= BYLINE_BIO_MIN_WORDS
    return False
