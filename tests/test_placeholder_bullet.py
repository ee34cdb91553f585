"""A title after a spacer image in a w3m dump's layout table: w3m marks the image with
"*", which is no list item there, and the title is the headline."""

from __future__ import annotations

import textwrap

import pytest
from layouts import table_rows

from cleaner import clean

MENU = ["Home page", "Registration", "News", "Sport", "Business", "Weather", "Letters",
        "Travel", "Jobs", "Motors", "Property", "Contact"]  # fmt: skip
TITLE = "Council backs plan for new bridge"
#: A line between the title and the text that reads like a title too.
OTHER = "Views from the river crossing"
PARAGRAPHS = [
    "The council said on Monday that the new plan would be put to a vote next week, and that"
    " members of the public would be able to comment on it before the end of the month.",
    "Officials in the city have argued for years that the old bridge is no longer safe, and"
    " they welcomed the decision as a first step towards a long overdue replacement.",
]


def layout(head: list[str]) -> str:
    """A menu cell beside the article's cell, as w3m renders a layout table."""
    article = list(head) + [""]
    for number, paragraph in enumerate(PARAGRAPHS):
        article += ([""] if number else []) + textwrap.wrap(paragraph, 56)
    return table_rows(MENU, article, 3, 20)


def test_title_after_a_spacer_star_is_the_headline() -> None:
    doc = clean(layout([f"* {TITLE}", "", OTHER]))
    assert doc.headline is not None and doc.headline.text == TITLE
    assert doc.headline.columns == (25,)
    assert [span.text for span in doc.body] == PARAGRAPHS


@pytest.mark.parametrize(
    "head",
    [[f"* {TITLE}", "* Ferry service resumes on Monday"], [f"• {TITLE}"]],
    ids=["list_of_stars", "list_bullet"],
)
def test_list_items_are_no_headline(head: list[str]) -> None:
    doc = clean(layout([*head, "", OTHER]))
    assert doc.headline is not None and doc.headline.text == OTHER
