"""A title that shares its line with an interface stamp (a search box's label, a sign-up
link, a feed's button): the stamp is cut off when the article echoes the rest."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN

from cleaner import clean

EN = [PARA_EN, PARA2_EN, PARA3_EN]
DE = [PARA_DE, PARA2_DE, PARA3_DE]


@pytest.mark.parametrize(
    ("line", "title", "stamp", "paragraphs"),
    [
        ("Last 30 days search Council backs plan for new bridge",
         "Council backs plan for new bridge", "Last 30 days search", EN),
        ("Council backs plan for new bridge RSS feed from Daily Post",
         "Council backs plan for new bridge", "RSS feed from Daily Post", EN),
        ("Archiv Suche Gemeinderat stimmt für neue Brücke",
         "Gemeinderat stimmt für neue Brücke", "Archiv Suche", DE),
        ("Gemeinderat stimmt für neue Brücke Newsletter abonnieren",
         "Gemeinderat stimmt für neue Brücke", "Newsletter abonnieren", DE),
        ("Printer Friendly Page Send this article to a friend Council backs plan for new bridge",
         "Council backs plan for new bridge",
         "Printer Friendly Page Send this article to a friend", EN),
        ("Zur Druckansicht Gemeinderat stimmt für neue Brücke",
         "Gemeinderat stimmt für neue Brücke", "Zur Druckansicht", DE),
        ("Council backs plan for new bridge free RSS feed from Daily Post",
         "Council backs plan for new bridge", "free RSS feed from Daily Post", EN),
        ("Gemeinderat stimmt für neue Brücke kostenlos Newsletter abonnieren",
         "Gemeinderat stimmt für neue Brücke", "kostenlos Newsletter abonnieren", DE),
    ],
    ids=["en-head", "en-tail", "de-head", "de-tail", "en-tools", "de-tools", "en-lead", "de-lead"],
)  # fmt: skip
def test_an_interface_stamp_is_cut_off_the_title(
    line: str, title: str, stamp: str, paragraphs: list[str]
) -> None:
    doc = clean("\n\n".join([line, *paragraphs]))
    assert doc.headline is not None and doc.headline.text == title
    (column,) = doc.headline.columns
    assert line[column : column + len(title)] == title
    rest = [(r.stage, r.reason, r.text) for r in doc.removed if r.number == 1]
    assert rest == [("structure", "headline_row", stamp)]


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        ("The best search sites for cheap flights",
         ["The search sites that compare the prices of many airlines at once found the cheapest "
          "flights in our test, and the best of them also showed the fees that come on top.",
          PARA2_EN, PARA3_EN]),
        ("Die besten Seiten für die Suche nach Flügen",
         ["Bei der Suche nach günstigen Flügen fanden die Seiten, die viele Fluglinien auf einmal "
          "vergleichen, in unserem Test die besten Preise und zeigten auch die Gebühren.",
          PARA2_DE, PARA3_DE]),
    ],
    ids=["en", "de"],
)  # fmt: skip
def test_an_interface_word_the_article_speaks_of_stays_in_the_title(
    title: str, paragraphs: list[str]
) -> None:
    doc = clean("\n\n".join([title, *paragraphs]))
    assert doc.headline is not None and doc.headline.text == title
