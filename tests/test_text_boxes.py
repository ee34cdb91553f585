"""An in-text box of related links between two of the article's paragraphs
(MainContentStage): the article goes on under it."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean

BOXES = [
    (
        "de",
        "Neuer Plan für die Brücke",
        PARA_DE,
        PARA2_DE,
        "Lesen Sie auch",
        ["Stadt plant neue Radwege", "Bürger stimmen über Bad ab", "Bahnhof wird umgebaut"],
        "Die Arbeiten an der neuen Brücke sollen nach dem Beschluss des Gemeinderats im "
        "kommenden Frühjahr beginnen und nach den Plänen der Stadt zwei Jahre dauern.",
    ),
    (
        "en",
        "New plan for the bridge",
        PARA_EN,
        PARA2_EN,
        "RELATED STORIES",
        ["City plans new cycle lanes", "Voters to decide on new pool", "Station to be rebuilt"],
        "The works on the new bridge are due to begin next spring once the council has "
        "voted on the plan, and the city expects them to take about two years in all.",
    ),
]
FOOTER = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]


def page(title: str, para: str, para2: str, label: str, links: list[str], last: str) -> str:
    long = " ".join([para, para2, para])
    return "\n\n".join([title, long, para2, label, "\n".join(links), last, "\n".join(FOOTER)])


@pytest.mark.parametrize(
    ("lang", "title", "para", "para2", "label", "links", "last"), BOXES, ids=["de", "en"]
)
def test_the_article_goes_on_under_an_in_text_box_of_related_links(
    lang: str, title: str, para: str, para2: str, label: str, links: list[str], last: str
) -> None:
    doc = clean(page(title, para, para2, label, links, last))
    assert [span.text for span in doc.body][-1] == last
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[label] == ("related", "related_label")
    assert {reasons[link] for link in links} == {("related", "related_links")}


@pytest.mark.parametrize(
    ("lang", "title", "para", "para2", "label", "links", "last"), BOXES, ids=["de", "en"]
)
def test_without_a_related_label_the_paragraph_under_links_is_cut(
    lang: str, title: str, para: str, para2: str, label: str, links: list[str], last: str
) -> None:
    # Links after the text with no label above them: a sidebar, and the prose under it
    # is not the article's.
    doc = clean(page(title, para, para2, "", links, last))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[last] == ("main_content", "after_article")


def test_a_teaser_item_under_the_box_is_cut() -> None:
    title, para, para2, label, links, last = BOXES[1][1:]
    doc = clean(page(title, para, para2, label, links, "* " + last))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons["* " + last] == ("main_content", "after_article")
