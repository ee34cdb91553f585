"""A title among the cells of a wide dump's layout table (w3m): the date, the byline or the
link that shares its lines is cut off, and the title is taken when the article echoes it."""

from __future__ import annotations

import textwrap

import pytest
from layouts import table_rows
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN

from cleaner import clean
from cleaner.blocks import Block
from cleaner.document import Line
from cleaner.stages.title_cells import cell_pieces, cut_cells

#: The site's menu in the table's left column, beside the article.
MENU = ["• Home", "• Local news", "• Sport", "• Business", "• Weather", "• Letters", "• Travel"]


def wide_dump(head: list[str], paragraphs: list[str]) -> str:
    """A w3m dump of a page whose layout table sets the menu beside the article."""
    right = list(head)
    for paragraph in paragraphs:
        right += ["", *textwrap.wrap(paragraph, 70)]
    return table_rows(MENU, right, 2, 20)


@pytest.mark.parametrize(
    ("head", "paragraphs", "title", "stamp"),
    [
        (["Gemeinderat stimmt für neue Brücke               15:43 - 13. Jan", " " * 49 + "2008"],
         [PARA_DE, PARA2_DE, PARA3_DE], "Gemeinderat stimmt für neue Brücke",
         ["15:43 - 13. Jan", "2008"]),
        (["Council backs plan for new bridge over the river",
          "Published on Monday, January 14,      Email To Friend    Print",
          "2008                                  Version"],
         [PARA_EN, PARA2_EN, PARA3_EN], "Council backs plan for new bridge over the river",
         ["Published on Monday, January 14,      Email To Friend    Print",
          "2008                                  Version"]),
    ],
    ids=["de-time-cell", "en-stamp-rows-under"],
)  # fmt: skip
def test_the_cells_beside_a_title_are_cut_off(
    head: list[str], paragraphs: list[str], title: str, stamp: list[str]
) -> None:
    text = wide_dump(head, paragraphs)
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == title
    rest = [r for r in doc.removed if r.number <= len(head) and r.text in stamp]
    assert [r.text for r in rest] == stamp
    assert {(r.stage, r.reason) for r in rest} == {("structure", "headline_row")}
    lines = text.split("\n")
    for removal in rest:  # each piece sits at its column of the line as read
        assert removal.column is not None
        line = lines[removal.number - 1]
        assert line[removal.column : removal.column + len(removal.text)] == removal.text
    (number, column), *_ = doc.headline.keys
    assert column is not None and lines[number - 1][column:].startswith(title)


def _laid_out(*rows: tuple[int, str]) -> Block:
    """A block of column pieces: each row's text at its page column."""
    return Block(tuple(Line(n, text.strip(), text, 20) for n, (_, text) in enumerate(rows, 1)))


def test_a_column_of_cells_is_one_piece() -> None:
    # w3m80 wraps the title inside its cell; the cell beside it holds a section's name.
    block = _laid_out(
        (1, "Council backs plan for new bridge over the     Local News"),
        (2, "river after years of debate"),
    )
    pieces = [p.text for p in cell_pieces(block)]
    assert "Council backs plan for new bridge over the river after years of debate" in pieces
    assert "Local News" in pieces


def test_a_column_of_bulleted_links_is_no_piece() -> None:
    block = _laid_out(
        (1, "[bullet] Storm hits the coast      Weather"),
        (2, "[bullet] Markets fall again"),
    )
    assert [p.text for p in cell_pieces(block)] == ["Weather"]


def test_lines_from_two_columns_are_two_pieces() -> None:
    # The columns stage put a link from the right-hand column and the title in one block.
    block = Block(
        (
            Line(1, "<<Zurück zur Übersicht", "<<Zurück zur Übersicht", 77),
            Line(2, "Gemeinderat stimmt für neue Brücke", "Gemeinderat stimmt für neue Brücke", 20),
        )
    )
    assert [p.text for p in cell_pieces(block)] == [
        "<<Zurück zur Übersicht",
        "Gemeinderat stimmt für neue Brücke",
    ]
    cut = cut_cells(block, "Gemeinderat stimmt für neue Brücke", "structure")
    assert cut is not None
    span, rest = cut
    assert span.keys == ((2, 20),)
    assert [(r.number, r.column, r.text, r.reason) for r in rest] == [
        (1, 77, "<<Zurück zur Übersicht", "headline_row")
    ]


def test_a_wrapped_paragraph_with_uneven_indent_is_one_piece() -> None:
    # lynx indents a wrapped title's second line: no cells, one column of text.
    block = Block(
        (
            Line(
                1,
                "Council backs plan for new bridge over the",
                "Council backs plan for new bridge over the",
            ),
            Line(2, "river", "                  river"),
        )
    )
    assert cell_pieces(block) == []


@pytest.mark.parametrize(
    ("title", "teaser", "paragraphs"),
    [
        ("Council backs plan for new bridge", "Weekend markets draw record crowds to the old town",
         [PARA_EN, PARA2_EN, PARA3_EN]),
        ("Gemeinderat stimmt für neue Brücke", "Wochenmarkt lockt am Samstag viele Besucher in die Altstadt",
         [PARA_DE, PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_a_cell_the_article_does_not_echo_is_no_title(
    title: str, teaser: str, paragraphs: list[str]
) -> None:
    # A teaser in the cell beside the tools right above the text shares no word with the
    # article: the title further up, which the article echoes, stays the headline.
    from cleaner.stages.structure import StructureStage

    labels = ["Weather", "Sport", "Business", "Letters", "Travel", "Jobs", "Motors", "Homes", "Q"]
    blocks = [Block((Line(1, title),))]
    blocks += [Block((Line(3 + i, label),)) for i, label in enumerate(labels)]
    row = f"{teaser}     Email To Friend"
    tools = (Line(20, " ".join(row.split()), row, 20), Line(21, "Print", "Print", len(teaser) + 25))
    blocks.append(Block(tools))
    assert [p.text for p in cell_pieces(blocks[-1])] == [teaser, "Email To Friend Print"]
    blocks += [Block((Line(23 + 2 * i, p),)) for i, p in enumerate(paragraphs)]
    chosen = StructureStage().choose_headline(blocks, len(blocks) - len(paragraphs))
    assert chosen == (0, title)


@pytest.mark.parametrize(
    ("link", "title", "paragraphs"),
    [
        ("<<Back to index", "Council backs plan for new bridge", [PARA_EN, PARA2_EN, PARA3_EN]),
        ("<<Zurück zur Übersicht", "Gemeinderat stimmt für neue Brücke", [PARA_DE, PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_a_link_from_another_column_is_cut_off_the_title(
    link: str, title: str, paragraphs: list[str]
) -> None:
    # The columns stage left a link of the right-hand column and the title in one block:
    # the whole block is a row (it pays ROW_COST), its title cell is the headline.
    from cleaner.stages.structure import StructureStage

    head = Block((Line(1, link, link, 77), Line(2, title, title, 20)))
    blocks = [head] + [Block((Line(4 + 2 * i, p),)) for i, p in enumerate(paragraphs)]
    assert StructureStage().choose_headline(blocks, 1) == (0, title)


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        ("Council backs plan for new bridge", [PARA_EN, PARA2_EN, PARA3_EN]),
        ("Gemeinderat stimmt für neue Brücke", [PARA_DE, PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)
def test_an_empty_form_box_beside_the_title_makes_no_row(title: str, paragraphs: list[str]) -> None:
    # The search form's empty box ("[          ]") is cut in two by its spaces: its halves
    # are no cells, and the title's line is no row of the layout table.
    line = f"  {title}                                 [Local] [          ] ● "
    text = "\n\n".join(["Your browser does not support script", line, *paragraphs])
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == title
    rest = [(r.reason, r.text) for r in doc.removed if r.number == 3]
    assert rest == [("headline_row", "[Local] [          ] ●")]


@pytest.mark.parametrize(
    ("title", "caption", "paragraphs"),
    [
        ("Council backs plan for new bridge",
         ["The council's engineer Jane Doe at the old bridge", "over the river on Monday"],
         [PARA_EN, PARA2_EN, PARA3_EN]),
        ("Gemeinderat stimmt für neue Brücke",
         ["Die Verwaltung der Stadt an der alten Brücke", "über den Fluss am Montag"],
         [PARA_DE, PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_a_caption_broken_into_blocks_in_a_narrow_cell_is_no_title(
    title: str, caption: list[str], paragraphs: list[str]
) -> None:
    # w3m wraps a photo's caption in its narrow cell; the stages cut it into blocks, and
    # the first reads like a title, but the caption goes on in the line right under it.
    from cleaner.stages.structure import StructureStage

    labels = ["Weather", "Sport", "Business", "Letters", "Travel", "Jobs"]
    blocks = [Block((Line(1, title, title, 30),))]
    blocks += [Block((Line(3 + 2 * i, label, label, 30),)) for i, label in enumerate(labels)]
    blocks += [Block((Line(20 + i, text, text, 30),)) for i, text in enumerate(caption)]
    start = len(blocks)
    blocks += [Block((Line(30 + 2 * i, p, p, 30),)) for i, p in enumerate(paragraphs)]
    assert StructureStage().choose_headline(blocks, start) == (0, title)


@pytest.mark.parametrize(
    ("lines", "title", "rest"),
    [
        # lynx: the page title's section label, then a form field's line under it
        (["Council backs plan for new bridge over the river | Opinion", "     " + "_" * 50],
         "Council backs plan for new bridge over the river", ["| Opinion", "     " + "_" * 50]),
        (["Gemeinderat stimmt für die neue Brücke über den Fluss | Meinung", "     " + "_" * 50],
         "Gemeinderat stimmt für die neue Brücke über den Fluss", ["| Meinung", "     " + "_" * 50]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_a_label_beside_a_title_of_several_lines_is_cut_off(
    lines: list[str], title: str, rest: list[str]
) -> None:
    paragraphs = (
        [PARA_EN, PARA2_EN, PARA3_EN] if "Council" in title else [PARA_DE, PARA2_DE, PARA3_DE]
    )
    wrapped = ["\n".join(textwrap.wrap(p, 76)) for p in paragraphs]
    doc = clean("\n".join(lines) + "\n\n" + "\n\n".join(wrapped))
    assert doc.headline is not None and doc.headline.text == title
    removed = [r for r in doc.removed if r.number <= len(lines)]
    assert [r.text for r in removed] == rest
    assert {r.reason for r in removed} == {"headline_row"}


def test_a_date_label_wrapped_under_the_title_is_cut_off() -> None:
    block = Block(
        (
            Line(9, "Storm hits the coast / Dec", "Storm hits the coast / Dec"),
            Line(10, "2025", "   2025"),
        )
    )
    cut = cut_cells(block, "Storm hits the coast", "structure")
    assert cut is not None
    span, rest = cut
    assert span.keys == ((9, 0),)
    assert [(r.number, r.column, r.text, r.reason) for r in rest] == [
        (9, 21, "/ Dec", "headline_row"),
        (10, None, "   2025", "headline_row"),
    ]


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [("Storm warning", [PARA_EN, PARA2_EN]), ("Sturmwarnung heute", [PARA_DE, PARA2_DE])],
    ids=["en", "de"],
)
def test_an_image_placeholder_is_no_title(title: str, paragraphs: list[str]) -> None:
    # lynx prints an image as its file name in brackets: two "words" that read as a
    # short title right above the text.
    from cleaner.stages.headline import headline_pieces
    from cleaner.stages.structure import StructureStage

    for junk in ("[pixel.gif]", "[logo.gif] [spacer.gif]"):
        assert headline_pieces(Block((Line(1, junk),))) == []
    blocks = [Block((Line(1, title),)), Block((Line(3, "[pixel.gif]"),))]
    blocks += [Block((Line(5 + 2 * i, p),)) for i, p in enumerate(paragraphs)]
    assert StructureStage().choose_headline(blocks, 2) == (0, title)


@pytest.mark.parametrize(
    ("title", "deck", "paragraphs"),
    [
        ("Council backs bridge plan", "The council has voted for the plan to build a new bridge",
         [PARA_EN, PARA2_EN, PARA3_EN]),
        ("Gemeinderat stimmt für Brückenplan",
         "Der Gemeinderat hat für den Plan einer neuen Brücke über den Fluss gestimmt",
         [PARA_DE, PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_a_title_over_a_photo_or_a_copy_over_its_deck(
    title: str, deck: str, paragraphs: list[str]
) -> None:
    # The photo's placeholder between them does not hide the title above the deck.
    from cleaner.stages.structure import StructureStage

    blocks = [Block((Line(1, title),)), Block((Line(3, "[photo-1.jpg]"),)), Block((Line(5, deck),))]
    blocks += [Block((Line(7 + 2 * i, p),)) for i, p in enumerate(paragraphs)]
    stage = StructureStage()
    assert stage.choose_headline(blocks, 3) == (0, title)
    without_photo = [blocks[0], *blocks[2:]]
    assert stage.choose_headline(without_photo, 2) == (0, title)
    # lynx prints the photo's alternative text, the deck again, between them.
    with_copy = [blocks[0], Block((Line(4, deck),)), *blocks[2:]]
    assert stage.choose_headline(with_copy, 3) == (0, title)


@pytest.mark.parametrize(
    ("title", "byline", "paragraphs"),
    [
        ("Council backs plan for new bridge", "Jane Doe, Publisher", [PARA_EN, PARA2_EN]),
        ("Gemeinderat stimmt für neue Brücke", "Anna Berg, Redakteurin", [PARA_DE, PARA2_DE]),
    ],
    ids=["en", "de"],
)
def test_an_article_headers_title_is_cut_from_its_row(
    title: str, byline: str, paragraphs: list[str]
) -> None:
    # The related stage kept the article's header out of a run of links; its title's line
    # is a row of the layout table with the byline in the next cell.
    from cleaner.stages.article_start import header_block

    row = f"{title}            {byline}"
    blocks = [Block((Line(1, " ".join(row.split()), row),))]
    blocks += [Block((Line(3 + 2 * i, p),)) for i, p in enumerate(paragraphs)]
    assert header_block(blocks, (1, None)) == (1, (0, title))


@pytest.mark.parametrize(
    ("title", "photo", "caption", "paragraphs"),
    [
        ("Council backs bridge plan", "The new bridge",
         "The new bridge would cross the river by the old mill",
         [PARA_EN, PARA2_EN, PARA3_EN]),
        ("Gemeinderat stimmt für Brückenplan", "Die neue Brücke",
         "Die neue Brücke soll den Fluss an der alten Mühle überqueren",
         [PARA_DE, PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_a_title_over_a_photos_name_and_caption(
    title: str, photo: str, caption: str, paragraphs: list[str]
) -> None:
    # lynx writes the photo's alternative text as a line of its own over the caption; the
    # title above both is the headline, not the caption.
    from cleaner.stages.structure import StructureStage

    blocks = [Block((Line(1, title),)), Block((Line(3, photo),)), Block((Line(4, caption),))]
    blocks += [Block((Line(6 + 2 * i, p),)) for i, p in enumerate(paragraphs)]
    stage = StructureStage()
    assert stage.choose_headline(blocks, 3) == (0, title)
    # A line that shares no word with the caption is not the photo's name: no skipping.
    other = [blocks[0], Block((Line(3, "Weather warnings"),)), *blocks[2:]]
    assert stage.choose_headline(other, 3) != (0, title)
