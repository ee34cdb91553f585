"""Paragraph blocks: which lines belong together, for each converter's layout."""

from __future__ import annotations

import textwrap

from cleaner.blocks import group_blocks
from cleaner.document import Document
from cleaner.stages.columns import ColumnStage

PARAGRAPH = (
    "The council said on Monday that the new plan would be put to a vote next week, and"
    " that members of the public would be able to comment on it before the end of the"
    " month, when the final decision is expected."
)


def lynx_body(paragraphs: int) -> list[str]:
    """Paragraphs as lynx writes them: indented three spaces, wrapped, blank between."""
    out: list[str] = []
    for _ in range(paragraphs):
        out += ["   " + line for line in textwrap.wrap(PARAGRAPH, 70)] + [""]
    return out


def texts(text: str) -> list[str]:
    # The columns stage, which runs first, tells an indented dump from its whole page.
    lines = ColumnStage()(Document.from_text(text)).lines
    return [block.text for block in group_blocks(lines)]


def test_indented_dump_does_not_join_menu_entries() -> None:
    menu = ["   Home", "   World news", "   Sport", "   Business"]
    assert texts("\n".join([*menu, "", *lynx_body(3)])) == [
        *(m.strip() for m in menu),
        *[PARAGRAPH] * 3,
    ]


def test_text_nodes_with_source_indentation_still_join() -> None:
    # BeautifulSoup text nodes keep the page source's tabs and spaces.
    nodes = ["The council said on Monday that the ", "\t\tnew plan", " would be put to a vote."]
    assert texts("\n".join(nodes)) == ["The council said on Monday that the new plan would be"
                                       " put to a vote."]  # fmt: skip


def test_indented_dump_with_few_long_lines_is_hard_wrapped() -> None:
    menu = [f"   Section {i} of the site and its archive" for i in range(40)]
    assert texts("\n".join([*menu, "", *lynx_body(3)]))[-3:] == [PARAGRAPH] * 3


def blocks_of(text: str) -> list[tuple[str, bool]]:
    return [(b.text, b.is_prose) for b in group_blocks(Document.from_text(text).lines)]


def test_an_ads_code_wrapped_over_lines_is_not_prose() -> None:
    code = ",\n".join(",".join(f"Box{n}" for n in range(k, k + 8)) for k in (1, 9))
    [(_, prose)] = blocks_of(f"[ads={code},pos=Top?]\n")
    assert not prose


def test_a_sentence_of_fifteen_words_is_prose() -> None:
    english = (
        "The council met on Monday to discuss the bridge, and members agreed that it would"
        " reopen in spring."
    )
    assert blocks_of(f"{english}\n") == [(english, True)]


def table_page(middle: list[str]) -> str:
    """A w3m dump of a two-column table: a menu cell beside the article's cell."""
    menu = ["Home", "World", "Business", "Sport", "Science", "Health", "Travel", "Culture"]
    menu += ["Weather", "Video", "Opinion", "Markets", "Money", "Style", "Food", "Books"]
    rows = [f"{(menu[i] if i < len(menu) else ''):<20}{m}".rstrip() for i, m in enumerate(middle)]
    return "\n".join(rows)


CAPTION = [
    "The mayor and the head of the",
    "harbour board open the new quay",
    "on the east side of the old",
    "town on Friday afternoon",
]
TITLE = "Harbour quay opens after two years"


def test_a_caption_wrapped_in_a_box_narrower_than_its_column_is_one_block() -> None:
    body = [*textwrap.wrap(PARAGRAPH, 60), ""] * 3
    blocks = texts(table_page([TITLE, "", *CAPTION, "", *body]))
    assert TITLE in blocks
    assert " ".join(CAPTION) in blocks
    assert blocks.count(PARAGRAPH) == 3


def test_a_title_right_above_a_narrow_caption_stays_apart() -> None:
    body = [*textwrap.wrap(PARAGRAPH, 60), ""] * 3
    blocks = texts(table_page([TITLE, *CAPTION, "", *body]))
    assert TITLE in blocks and " ".join(CAPTION) not in " ".join(blocks[:3])


def test_a_paragraph_wrapped_in_a_column_narrower_than_the_page_is_one_block() -> None:
    # w3m sets the article at 70 columns; a sidebar's rows take the page to 110, so the
    # page's wrap width does not explain the article's breaks. Where a line breaks off
    # mid-sentence and the next goes on in small letters, it is one paragraph.
    sidebar = [f"  {'':70}Most read: story number {i} of the day" for i in range(12)]
    body = []
    for _ in range(3):
        body += ["  " + line for line in textwrap.wrap(PARAGRAPH, 70)] + [""]
    wrapped = textwrap.wrap(PARAGRAPH, 70)
    assert all(line[:1].islower() for line in wrapped[1:])  # the case the rule is for
    assert texts("\n".join([*sidebar, "", *body]))[-3:] == [PARAGRAPH] * 3


def test_short_lines_of_an_indented_dump_stay_apart_however_they_start() -> None:
    menu = ["  Home", "  weather", "  sport and leisure", "  iPhone apps"]
    assert texts("\n".join([*menu, "", *lynx_body(3)]))[:4] == [m.strip() for m in menu]
