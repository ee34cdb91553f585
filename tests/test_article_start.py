"""Where the body starts for the headline's choice (StructureStage): a paragraph ending
with a colon that announces a quoted title opens the article."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean
from cleaner.blocks import group_blocks
from cleaner.document import Document
from cleaner.stages.structure import article_start

ANNOUNCED = [
    (
        "de",
        "Was zum Hören in den Ferien",
        "Dank dem neuen Anschluss kann ich auch hier im Urlaub mein Radio hören, und da läuft "
        "gerade eine spannende Sendung zu einem Thema, das mich schon lange beschäftigt:",
        "Freude, Falle, Frust: Die zarten Sorgen der Eltern",
        PARA_DE,
        PARA2_DE,
    ),
    (
        "en",
        "Something to listen to on holiday",
        "Thanks to the new connection I can listen to my radio here on holiday as well, and "
        "right now there is a gripping programme on a subject that has long been on my mind:",
        "Joy, traps, despair: the tender worries of parents",
        PARA_EN,
        PARA2_EN,
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "opening", "quoted", "para", "para2"),
    ANNOUNCED,
    ids=[c[0] for c in ANNOUNCED],
)
def test_opening_that_announces_a_title_is_the_body(
    lang: str, title: str, opening: str, quoted: str, para: str, para2: str
) -> None:
    doc = clean("\n".join([title, "", opening, "", quoted, "", para, "", para2]))
    assert doc.headline is not None and doc.headline.text == title
    body = [span.text for span in doc.body]
    assert opening in body
    assert para in body
    assert not [r for r in doc.removed if r.reason == "before_headline"]


def test_colon_line_without_prose_after_it_is_no_start() -> None:
    # A sidebar's box: a long line ending with a colon, then links, and prose only later.
    lines = [
        "Welcome to my little site about fabric, ribbons, quilts and all the other things "
        "that I design and sew at home, and where you can follow me:",
        "",
        "Fabric collections",
        "",
        "Ribbon designs",
        "",
        "Search this site",
        "",
        "Sewing projects",
        "",
        PARA_EN,
    ]
    blocks = group_blocks(Document.from_text("\n".join(lines)).lines)
    assert article_start(blocks) == len(blocks) - 1


SHARE_BARS = [
    ("de", "Neuer Plan für die Brücke", "Von Anna Muster", "* Kommentare", PARA_DE, PARA2_DE),
    ("en", "A new plan for the bridge", "By Jane Doe", "* Comments", PARA_EN, PARA2_EN),
]


@pytest.mark.parametrize(
    ("lang", "title", "byline", "comments", "para", "para2"),
    SHARE_BARS,
    ids=[c[0] for c in SHARE_BARS],
)
def test_share_bar_of_icons_keeps_the_title_in_the_header(
    lang: str, title: str, byline: str, comments: str, para: str, para2: str
) -> None:
    # Empty bullets (the icons of a share bar) and a "Comments" button between the title
    # and the text: the header zone reaches past them to the title.
    menu = ["* Start", "* Politik", "* Sport", "* Kultur", "* Wetter"]
    icons = ["*"] * 6
    lines = [*menu, "", title, "", byline, "", *icons, comments, "", para, "", para2]
    doc = clean("\n".join(lines))
    assert doc.headline is not None and doc.headline.text == title
    removed = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert removed["* Start"][1] in {"menu", "before_article", "navigation"}
    assert title not in removed
