"""Guillemets that open and close a quotation in a title ("Name: «…»", "»…«", "« … »") are
quotation marks, not the separators of a breadcrumb or a site name; a credit line ("Text &
Fotos: …", "Abb.: …") is a label, not a title."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean
from cleaner.stages.headline import separated, title_likeness

QUOTED = {
    "de-name": "Bürgermeisterin Weber: «Die alte Brücke ist nicht mehr sicher»",
    "de-reversed": "»Die alte Brücke ist seit Jahren nicht mehr sicher«",
    "fr-spaced": "« Le vieux pont n’est plus sûr depuis des années ». Entretien avec la maire",
}


@pytest.mark.parametrize("title", list(QUOTED.values()), ids=list(QUOTED))
def test_a_quotation_in_guillemets_is_no_separator(title: str) -> None:
    assert not separated(title)
    unquoted = title.replace("«", "").replace("»", "")
    assert title_likeness(title) == title_likeness(unquoted)


@pytest.mark.parametrize(
    "text",
    ["Startseite » Lokales » Verkehr", "News « Back", "» Weiterlesen", "Mehr lesen »"],
)
def test_a_guillemet_in_a_breadcrumb_or_a_link_is_still_a_separator(text: str) -> None:
    assert separated(text)


@pytest.mark.parametrize(
    ("title", "deck", "paragraphs"),
    [
        (
            QUOTED["de-name"],
            "Die Bürgermeisterin will den Neubau der Brücke noch in diesem Jahr beginnen lassen",
            [PARA_DE, PARA2_DE],
        ),
        (
            "Mayor Weber: «The old bridge is no longer safe»",
            "The mayor wants the replacement of the old bridge to start this year after all",
            [PARA_EN, PARA2_EN],
        ),
    ],
    ids=["de", "en"],
)
def test_a_quoted_title_over_its_deck_is_the_headline(
    title: str, deck: str, paragraphs: list[str]
) -> None:
    # Under the penalty of a separator the longer deck, which the article echoes, won.
    doc = clean("\n\n".join([title, deck, *paragraphs]))
    assert doc.headline is not None and doc.headline.text == title
    assert all(r.text != title for r in doc.removed)


CREDITS = {
    "de": "Text & Fotos: Anna Muster",
    "de-figure": "Abb.: Collage aus zwei Fotos der Redaktion",
    "de-source": "Bildquelle: Anna Muster",
    "en": "Text and photos: Jane Doe",
    "fr": "Texte et photos : Jeanne Dupont",
}


@pytest.mark.parametrize("credit", list(CREDITS.values()), ids=list(CREDITS))
def test_a_credit_line_reads_less_like_a_title(credit: str) -> None:
    name = credit.split(":", 1)[1].strip()
    assert title_likeness(credit) < title_likeness(name)


def test_a_gallery_title_is_no_credit() -> None:
    title = "Photos: Storm floods the old town"
    assert title_likeness(title) == title_likeness("Photo gallery of the storm floods")


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        ("Winterhechte im See", [PARA_DE, PARA2_DE]),
        ("Winter pike in the lake", [PARA_EN, PARA2_EN]),
    ],
    ids=["de", "en"],
)
def test_the_title_above_a_repeated_credit_line_is_the_headline(
    title: str, paragraphs: list[str]
) -> None:
    credit = "Text & Fotos: Anna Muster"
    doc = clean("\n\n".join([credit, title, credit, *paragraphs]))
    assert doc.headline is not None and doc.headline.text == title
