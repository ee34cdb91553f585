"""Where the body starts for the headline's choice (StructureStage): a paragraph ending
with a colon that announces a quoted title opens the article."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean
from cleaner.blocks import group_blocks
from cleaner.document import Document
from cleaner.stages.article_start import article_start

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


POINTS = [
    (
        "de",
        "Sieg im Spitzenspiel",
        "Im wohl wichtigsten Spiel der noch jungen Saison gewann die Mannschaft am Mittwoch "
        "knapp gegen den Tabellenführer, und das ist uns dabei besonders aufgefallen:",
        "Erstes Viertel",
        [
            "• Beide Mannschaften taten sich im ersten Viertel schwer und trafen kaum einen "
            "Wurf aus der Distanz, bis die Gäste in den letzten Minuten davonzogen.",
            "• Der Center war der einzige Spieler, der früh ins Spiel fand, auch wenn er dabei "
            "zwei Ballverluste hatte und schon bald auf der Bank Platz nehmen musste.",
        ],
    ),
    (
        "en",
        "Statement win over the leaders",
        "In perhaps their biggest game of the young season, the team played host to the "
        "league leaders on Wednesday night, and here is what stood out in the narrow win:",
        "First Quarter",
        [
            "• It was an underwhelming first quarter on both sides, as both teams struggled "
            "to knock down shots from distance until the visitors pulled away late.",
            "• The center was the only player who could get going early on, though he did "
            "commit two turnovers and had to sit down on the bench soon after that.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "opening", "heading", "points"), POINTS, ids=[c[0] for c in POINTS]
)
def test_opening_that_announces_points_is_the_body(
    lang: str, title: str, opening: str, heading: str, points: list[str]
) -> None:
    # An article written as list items of a paragraph's length under its opening's colon.
    text = "\n\n".join([title, opening, heading, *points, heading, *points])
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == title
    body = [span.text for span in doc.body]
    assert body[0] == opening
    assert not [r for r in doc.removed if r.reason == "before_headline"]


def test_colon_line_over_short_items_is_no_start() -> None:
    opening = POINTS[1][2]
    lines = [opening, "", "* Start", "", "* Sport", "", "* Wetter", "", PARA_EN]
    blocks = group_blocks(Document.from_text("\n".join(lines)).lines)
    assert article_start(blocks) == len(blocks) - 1
