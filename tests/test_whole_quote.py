"""A line that is one quotation, whole, between the headline and the body is what someone
said (the next paragraph takes it up) or a line of dialogue: body, not header debris."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA_DE

from cleaner import clean
from cleaner.blocks import Block, group_blocks
from cleaner.document import Line
from cleaner.stages.article_start import whole_quote

TITLE = "Neue Brücke für die Stadt am Fluss"


def _block(text: str) -> Block:
    return group_blocks((Line(1, text, text),))[0]


def _reason(line: str) -> str | None:
    doc = clean("\n\n".join([TITLE, line, PARA_DE, PARA2_DE]))
    if any(span.text == line for span in doc.body):
        return "body"
    return next((r.reason for r in doc.removed if r.text == line), None)


def test_a_quotation_under_the_headline_is_body() -> None:
    assert _reason("„Endlich eine sichere Brücke“") == "body"


def test_a_label_under_the_headline_is_header_debris() -> None:
    assert _reason("Endlich eine sichere Brücke") == "header_fragment"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Außen hart, innen weich“", True),
        ("– „Gut.“", True),
        ("«Nous restons»", True),
        ("“We will stay”", True),
        ("« Older post | Main | Newer post »", False),
        ("„Gut“ und „schlecht“", False),
        ("* „Gut.“", False),
        ("„1234“", False),
    ],
    ids=["german", "dash_dialogue", "guillemets", "english", "pager", "two_quotes", "bullet",
         "no_words"],
)  # fmt: skip
def test_whole_quote(text: str, expected: bool) -> None:
    assert whole_quote(_block(text)) is expected
