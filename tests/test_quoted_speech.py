"""A paragraph of prose opened by a dash ("– Das ist …") is a quotation, not a list item: the
body starts there, and the key points set as a list above it stay as the article's bullets
instead of going with the header debris above a later headline."""

from __future__ import annotations

from paragraphs import PARA2_DE, PARA_DE

from cleaner import clean
from cleaner.blocks import Block, group_blocks
from cleaner.document import Line
from cleaner.stages.article_start import quoted_speech

QUOTE = (
    "– Das ist für uns ein wichtiger Tag und ein großer Schritt auf dem Weg zu einer "
    "neuen Brücke über den Fluss, sagte die Bürgermeisterin am Montag im Rathaus."
)
POINTS = [
    "* Der Gemeinderat stimmt in der nächsten Woche über den Neubau ab.",
    "* Die alte Brücke gilt seit Jahren als unsicher.",
]


def _block(text: str) -> Block:
    return group_blocks((Line(1, text, text),))[0]


def _page() -> str:
    return "\n\n".join(
        ["Neue Brücke für die Stadt", *POINTS, QUOTE, "Wie geht es weiter?", PARA_DE, PARA2_DE]
    )


def test_a_dash_quotation_opens_the_body_under_its_key_points() -> None:
    doc = clean(_page())
    assert doc.headline is not None and doc.headline.text == "Neue Brücke für die Stadt"
    assert [span.text for span in doc.bullets] == [p[2:] for p in POINTS]
    assert QUOTE[2:] in [span.text for span in doc.body]
    assert not [r for r in doc.removed if r.reason == "before_headline"]


def test_a_dash_list_item_is_no_quotation() -> None:
    assert quoted_speech(_block(QUOTE))
    assert not quoted_speech(_block("– kurze Zeile ohne Satz"))
    assert not quoted_speech(_block("* " + QUOTE[2:]))
    assert not quoted_speech(_block("– " + QUOTE[2:].lower()))
