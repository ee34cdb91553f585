"""The columns stage: layout tables rendered side by side become column pieces."""

from __future__ import annotations

import textwrap

from layouts import table_rows

from cleaner import Document, clean
from cleaner.document import split_lines
from cleaner.explain import explain_rows
from cleaner.stages.columns import FRAME_CHARS, ColumnStage

PARAGRAPHS = [
    "The council said on Monday that the new plan would be put to a vote next week, and that"
    " members of the public would be able to comment on it before the end of the month.",
    "Officials in the city have argued for years that the old bridge is no longer safe, and"
    " they welcomed the decision as a first step towards a long overdue replacement.",
    "Residents who live near the river told reporters that they were relieved but that they"
    " would wait to see whether the money for the work was actually found in the budget.",
]
ARTICLE = ["Council backs plan for new bridge"]
for _paragraph in PARAGRAPHS:
    ARTICLE += ["", *textwrap.wrap(_paragraph, 60)]
SIDEBAR = [
    "┌──────────────┐",
    "│ Most read    │",
    "├──────────────┤",
    "│ Weather      │",
    "│ Sport        │",
    "│ Local news   │",
    "│ Business     │",
    "│ Letters      │",
    "│ Obituaries   │",
    "│ Travel       │",
    "│ Jobs         │",
    "└──────────────┘",
]


def side_by_side(left: list[str], right: list[str], indent: int = 6, gap: int = 70) -> str:
    return table_rows(left, right, indent, gap)


def test_columns_are_split_into_pieces_in_reading_order() -> None:
    text = side_by_side(ARTICLE, SIDEBAR)
    doc = ColumnStage()(Document.from_text(text))
    texts = [line.text for line in doc.lines if line.text]
    # The whole article column first, then the sidebar column.
    assert texts[: len([a for a in ARTICLE if a])] == [a for a in ARTICLE if a]
    assert texts[-8:] == ["Weather", "Sport", "Local news", "Business", "Letters",
                          "Obituaries", "Travel", "Jobs"]  # fmt: skip
    pieces = [line for line in doc.lines if line.column is not None]
    assert {line.column for line in pieces if line.text == ARTICLE[2]} == {6}
    assert all(line.width for line in pieces)


def test_border_pieces_are_removed_as_table_border() -> None:
    text = side_by_side(ARTICLE, SIDEBAR)
    doc = ColumnStage()(Document.from_text(text))
    borders = [r for r in doc.removed if r.reason == "table_border"]
    assert {r.text for r in borders} == {SIDEBAR[0], SIDEBAR[2], SIDEBAR[-1]}
    lines = split_lines(text)
    for removal in borders:
        assert removal.column is not None
        assert lines[removal.number - 1][removal.column :].startswith(removal.text)


def test_border_line_outside_columns_is_removed() -> None:
    doc = ColumnStage()(Document.from_text("Some text here\n  ─────────────\nMore text\n"))
    assert [(r.number, r.column, r.reason) for r in doc.removed] == [(2, None, "table_border")]


def test_text_without_columns_is_left_alone() -> None:
    text = "\n".join(ARTICLE) + "\nName    Age\nAnna    31\n"
    doc = ColumnStage()(Document.from_text(text))
    assert [line.column for line in doc.lines] == [None] * len(split_lines(text))
    assert not doc.removed and not doc.reading_order


def test_cleaned_page_keeps_the_article_column_only() -> None:
    doc = clean(side_by_side(ARTICLE, SIDEBAR))
    assert doc.headline is not None and doc.headline.text == ARTICLE[0]
    assert len(doc.body) == 3
    assert [span.text for span in doc.body] == PARAGRAPHS
    assert "Weather" not in doc.full_text
    assert doc.body[0].columns == (6,) * len(doc.body[0].numbers)
    record = doc.to_dict()
    assert record["columns"]["body"][0] == [6] * len(doc.body[0].numbers)
    assert Document.from_dict(record) == doc
    assert all("column" in r for r in record["removed"] if r["stage"] != "structure")


def test_explain_shows_each_piece() -> None:
    text = side_by_side(ARTICLE, SIDEBAR)
    rows = explain_rows(clean(text), text)
    assert not [row for row in rows if row.fate == "unknown"]
    pieces = [row for row in rows if row.number == 4]
    assert [row.text.strip(FRAME_CHARS) for row in pieces] == [ARTICLE[3], "Weather"]


def test_indented_wrapped_page_keeps_its_width_on_each_line() -> None:
    wrapped = ["   " + line for p in PARAGRAPHS for line in [*textwrap.wrap(p, 60), ""]]
    doc = ColumnStage()(Document.from_text("\n".join(wrapped * 2)))
    assert {line.width for line in doc.lines if line.text} == {63}
    assert {line.column for line in doc.lines} == {None}


def test_text_node_dump_with_tabs_is_not_split() -> None:
    text = side_by_side(ARTICLE, SIDEBAR) + "\tsource indentation\n"
    doc = ColumnStage()(Document.from_text(text))
    assert {line.column for line in doc.lines} == {None}
