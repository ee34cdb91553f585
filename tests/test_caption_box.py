"""A title over a photo's caption wrapped in a narrow box, in a page that w3m lays out in
columns: the caption is not the headline, and a sidebar's bullet hung in the gutter does
not stop the gutter."""

from __future__ import annotations

import textwrap

import pytest

from cleaner import Document, clean
from cleaner.blocks import Block
from cleaner.document import Line
from cleaner.stages.caption_box import caption_box
from cleaner.stages.columns import ColumnStage

MENU = ["Home", "World", "Europe", "Business", "Science", "Health", "Sport", "Travel",
        "Weather", "Letters", "Archive", "Contact", "Jobs", "Notices"]  # fmt: skip
TITLE = "Council backs plan for new bridge"
#: A caption wrapped at 26 characters inside an article column of 60.
CAPTION = ["The old bridge at dawn", "The old bridge was closed", "to lorries in the spring"]
PARAGRAPHS = [
    "The council said on Monday that the new plan would be put to a vote next week, and that"
    " members of the public would be able to comment on it before the end of the month.",
    "Officials in the city have argued for years that the old bridge is no longer safe, and"
    " they welcomed the decision as a first step towards a long overdue replacement.",
]
ARTICLE = [TITLE, *CAPTION]
for _number, _paragraph in enumerate(PARAGRAPHS):
    ARTICLE += ([""] if _number else []) + textwrap.wrap(_paragraph, 60)
#: The sidebar's first entry has a bullet that w3m hangs two columns left of its cell.
SIDEBAR = ["* MORE ON THIS STORY", "  Bridge closed to lorries", "  Ferry service resumes",
           "  Road works delayed", "  Traffic plan agreed", "  New bus routes"]  # fmt: skip


def layout(menu: list[str], article: list[str], sidebar: list[str]) -> str:
    """Three cells side by side, as w3m renders a layout table."""
    rows = []
    for i in range(max(len(menu), len(article), len(sidebar))):
        cells = [part[i] if i < len(part) else "" for part in (menu, article, sidebar)]
        rows.append((cells[0].ljust(14) + cells[1].ljust(64) + cells[2]).rstrip())
    return "\n".join(rows) + "\n"


def test_bullet_hung_in_the_gutter_is_split_off_with_its_column() -> None:
    doc = ColumnStage()(Document.from_text(layout(MENU, ARTICLE, [""] + SIDEBAR)))
    on_line_2 = [(line.column, line.text) for line in doc.lines if line.number == 2]
    assert on_line_2 == [(0, "World"), (14, CAPTION[0]), (78, "* MORE ON THIS STORY")]
    order = [line.text for line in doc.lines if line.text]
    # The bullet's piece is read with the sidebar, after the whole article column.
    assert order.index("* MORE ON THIS STORY") > order.index(ARTICLE[-1])


def test_bullet_without_a_cell_beside_it_is_not_hung() -> None:
    rows = ["  * Storm hits coast"] + [f"{entry:<14}{entry}" for entry in MENU[:6]]
    doc = ColumnStage()(Document.from_text("\n".join(rows) + "\n"))
    assert [(line.column, line.text) for line in doc.lines if line.number == 1] == [
        (None, "  * Storm hits coast")
    ]


def test_caption_box_under_the_title_is_not_the_headline() -> None:
    doc = clean(layout(MENU, ARTICLE, [""] + SIDEBAR))
    assert doc.headline is not None and doc.headline.text == TITLE
    fates = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert fates[CAPTION[0]] == ("structure", "header_fragment")
    assert [span.text for span in doc.body] == PARAGRAPHS


@pytest.mark.parametrize(
    ("width", "expected"), [(60, {1, 2}), (30, set())], ids=["narrow_box", "filled_column"]
)
def test_caption_box_needs_a_box_narrower_than_the_column(width: int, expected: set[int]) -> None:
    texts = [TITLE, *CAPTION, "The council said on Monday that the plan would be put to a vote."]
    lines = [Line(n, text, text, column=14, width=width) for n, text in enumerate(texts, 1)]
    blocks = [Block(lines[:1]), Block(lines[1:2]), Block(lines[2:4]), Block(lines[4:])]
    assert caption_box(blocks, 3) == expected
