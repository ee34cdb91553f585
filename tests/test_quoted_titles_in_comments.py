"""The title that a blog's comment header quotes ("5 thoughts on “Title”") is the headline
when a block above the article prints it (StructureStage, :func:`quoted_title`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_EN, PARA_DE, PARA_EN

from cleaner import clean

PAGES = [
    ("en", "Our little kitchen", "5 thoughts on “Our little kitchen”",
     ["Kitchen Notes", "Recipes and stories from a small kitchen in the city"],
     [PARA_EN, PARA2_EN, PARA3_EN], "Anna said on 3 March 2024 at 10:15",
     "Lovely post, thank you for sharing it with all of us here."),
    ("de", "Über uns", "Ein Gedanke zu „Über uns“",
     ["Küchennotizen", "Rezepte und Geschichten aus einer kleinen Küche in der Stadt"],
     [PARA_DE, PARA2_DE], "Anna sagte am 3. März 2024 um 10:15",
     "Ein schöner Beitrag, vielen Dank dafür, dass du ihn mit uns teilst."),
]  # fmt: skip


def page(title: str, header: str | None, top: list[str], paras: list[str], *comment: str) -> str:
    """A blog post: the blog's name, the title, the blog's tagline (which reads as a
    title too, and is nearer the text), the post, then its comments under ``header``."""
    lines = [top[0], title, top[1], *paras, *([header] if header else []), *comment]
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    ("lang", "title", "header", "top", "paras", "stamp", "comment"),
    PAGES,
    ids=[p[0] for p in PAGES],
)
def test_the_title_a_comment_header_quotes_is_the_headline(
    lang: str, title: str, header: str, top: list[str], paras: list[str], stamp: str, comment: str
) -> None:
    doc = clean(page(title, header, top, paras, stamp, comment))
    assert doc.headline is not None and doc.headline.text == title
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[header] == ("comment_section", "comment_section")
    assert reasons[top[1]] == ("structure", "header_fragment")  # under the title


def test_without_the_header_the_tagline_nearer_the_text_wins() -> None:
    # What the quoted title decides: the same page without its comment header.
    _, title, _, top, paras, _, _ = PAGES[0]
    doc = clean(page(title, None, top, paras))
    assert doc.headline is not None and doc.headline.text == top[1]


def test_a_quoted_title_no_block_prints_changes_nothing() -> None:
    _, title, _, top, paras, stamp, comment = PAGES[0]
    header = "5 thoughts on “A title printed nowhere above”"
    doc = clean(page(title, header, top, paras, stamp, comment))
    assert doc.headline is not None and doc.headline.text == top[1]
