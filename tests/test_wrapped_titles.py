"""A title that a terminal dump (w3m, lynx) wraps onto a second line: the rest of it is no
menu entry, even when a menu follows (MenuStage, :func:`cleaner.stages.layout.broken_off`)."""

from __future__ import annotations

import textwrap

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_EN, PARA_DE, PARA_EN

from cleaner import clean

MENU_EN = ["* Politics", "* Sport", "* Culture", "* Travel"]
MENU_DE = ["* Politik", "* Sport", "* Kultur", "* Reisen"]
TITLES = [
    ("en", "The Best Garden Tools and Seeds Tested by Our Editors for a", "Greener Spring",
     MENU_EN, [PARA_EN, PARA2_EN, PARA3_EN]),
    ("de", "Der neue Plan für die alte Brücke kommt nächste Woche in den", "Gemeinderat",
     MENU_DE, [PARA_DE, PARA2_DE]),
]  # fmt: skip


def lynx_dump(first: str, rest: str, menu: list[str], paras: list[str]) -> str:
    """A page as lynx dumps it: every line indented, paragraphs wrapped at 76 columns."""
    body = [line for para in paras for line in [*textwrap.wrap(para, 73), ""]]
    lines = ["Home", "", first, rest, "", *menu, "", *body]
    return "\n".join("   " + line if line else "" for line in lines)


@pytest.mark.parametrize(
    ("lang", "first", "rest", "menu", "paras"), TITLES, ids=[t[0] for t in TITLES]
)
def test_the_rest_of_a_wrapped_title_is_no_menu_entry(
    lang: str, first: str, rest: str, menu: list[str], paras: list[str]
) -> None:
    doc = clean(lynx_dump(first, rest, menu, paras))
    assert doc.headline is not None and doc.headline.text == f"{first} {rest}"
    reasons = {r.text.strip(): (r.stage, r.reason) for r in doc.removed}
    assert all(reasons[item] == ("menus", "menu") for item in menu)
    assert rest not in reasons


def test_a_line_that_ends_a_phrase_leaves_the_menu_under_it() -> None:
    # "Greener Spring" under a finished title is the menu's first entry.
    doc = clean(lynx_dump("The Best Garden Tools Tested by Our Editors", "Greener Spring",
                          MENU_EN, [PARA_EN, PARA2_EN, PARA3_EN]))  # fmt: skip
    reasons = {r.text.strip(): (r.stage, r.reason) for r in doc.removed}
    assert reasons["Greener Spring"] == ("menus", "menu")
    assert (
        doc.headline is not None
        and doc.headline.text == "The Best Garden Tools Tested by Our Editors"
    )


def test_a_dump_of_text_nodes_keeps_its_menu_rule() -> None:
    # Not indented (one text node a line): a line that breaks off there is a sentence a
    # link splits, not a wrap, and the menu rule reads the link as before.
    lines = ["Home", "", TITLES[0][1], TITLES[0][2], "", *MENU_EN, "", PARA_EN, "", PARA2_EN]
    doc = clean("\n".join(lines))
    reasons = {r.text.strip(): (r.stage, r.reason) for r in doc.removed}
    assert reasons[TITLES[0][2]] == ("menus", "menu")
