"""Author biographies under an article: "Jane Smith is a staff writer at The Courier ..."."""

from __future__ import annotations

from typing import ClassVar

from cleaner import patterns as P
from cleaner.blocks import first_prose, group_blocks
from cleaner.document import Document, LineKey
from cleaner.stages.base import Stage

#: A biography is one of the last blocks of what is left of the page. Development pages
#: (dev and snippets_dev): of the lines that read as a biography, 51 are not in the gold
#: body and 5 are; the ones kept in gold bodies are where a site runs the bio as the
#: article's last paragraph, which this rule removes too.
BIO_TAIL_BLOCKS = 3
#: Biographies there have 8 to 80 words; longer blocks are paragraphs about a person.
BIO_MAX_WORDS = 90
#: "About the author" and its translations: the heading over a biography.
BIO_HEADING_MAX_WORDS = 4


class AuthorBioStage(Stage):
    """Biographies of the author at the end of an article, and the heading above them.

    Reasons:
    - ``author_bio``: a paragraph that opens with a name and a role ("Jane Smith is a staff
      writer at ...", "Max Muster ist Redakteur ...") or with its author introducing
      themselves ("Hallo, ich bin ...", "Evan Halper writes about ..."), among the last
      blocks of the page, below the article; or an "About the author" heading right above one.
    """

    name: ClassVar[str] = "author_bio"
    reasons = frozenset({"author_bio"})

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        decisions: dict[LineKey, str] = {}
        first_tail = max(0, len(blocks) - BIO_TAIL_BLOCKS)
        prose_at = first_prose(blocks)
        for i in range(first_tail, len(blocks)):
            block = blocks[i]
            if len(block.tokens) > BIO_MAX_WORDS or not (
                P.AUTHOR_BIO.match(block.content) or P.SELF_BIO.match(block.content)
            ):
                continue
            if prose_at >= i:
                continue  # no article above it: the page is about this person
            decisions.update((key, "author_bio") for key in block.keys)
            heading = blocks[i - 1] if i else None
            if (
                heading is not None
                and len(heading.tokens) <= BIO_HEADING_MAX_WORDS
                and P.ABOUT_AUTHOR.match(heading.content)
            ):
                decisions.update((key, "author_bio") for key in heading.keys)
        return self.drop(doc, decisions)
