"""A sentence that ends with a full stop or a colon is a stand-first, never the headline:
no title ends so, and the body cleaned again keeps its opening sentence."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean

LEADS = {
    "en-colon": "Here is what the council decided at its meeting on Monday evening:",
    "en-stop": "The council has decided to build the new bridge over the river after all.",
    "de-colon": "Das hat der Gemeinderat am Montagabend in seiner Sitzung beschlossen:",
}


@pytest.mark.parametrize(
    ("lead", "paragraphs"),
    [
        (LEADS["en-colon"], [PARA_EN, PARA2_EN]),
        (LEADS["en-stop"], [PARA_EN, PARA2_EN]),
        (LEADS["de-colon"], [PARA_DE, PARA2_DE]),
    ],
    ids=list(LEADS),
)
def test_a_lone_sentence_above_the_body_stays_in_the_body(lead: str, paragraphs: list[str]) -> None:
    doc = clean("\n\n".join([lead, *paragraphs]))
    assert doc.headline is None
    assert doc.body[0].text == lead
    assert not [r for r in doc.removed if r.text == lead]


@pytest.mark.parametrize("lead", list(LEADS.values()), ids=list(LEADS))
def test_a_body_opening_with_a_stand_first_is_cleaned_the_same_again(lead: str) -> None:
    once = clean("\n\n".join(["Council backs new bridge", lead, PARA_EN, PARA2_EN]))
    assert once.headline is not None and once.headline.text == "Council backs new bridge"
    assert once.body[0].text == lead
    twice = clean(once.text)
    assert twice.text == once.text


def test_a_title_that_asks_is_still_a_headline() -> None:
    title = "Will the council really build the new bridge over the river this year?"
    doc = clean("\n\n".join([title, PARA_EN, PARA2_EN]))
    assert doc.headline is not None and doc.headline.text == title
