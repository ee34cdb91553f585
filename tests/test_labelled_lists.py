"""A list under the article's last paragraph that a short label heads ("Key features:"), in
one part or several, and the rest of a list whose first item the article's stretch took
under the paragraph that announces it (MainContentStage,
:mod:`cleaner.stages.list_ends`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner.blocks import Block
from cleaner.document import Line
from cleaner.stages.article_end import Scored
from cleaner.stages.list_ends import list_end

FOOTER = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]
#: Each case: the article, a short label, the list's items (the article's own, as a
#: product's data sheet).
LABELLED = [
    (
        "en",
        ["A new phone for the office", "", PARA_EN, "", PARA2_EN, ""],
        "Key features:",
        [
            "* Screen: six inches, made of toughened glass",
            "* Battery: lasts two full working days",
            "* Storage: room for several thousand photos",
        ],
    ),
    (
        "de",
        ["Ein neues Telefon fürs Büro", "", PARA_DE, "", PARA2_DE, ""],
        "Technische Daten:",
        [
            "* Bildschirm: sechs Zoll, aus gehärtetem Glas",
            "* Akku: hält zwei volle Arbeitstage",
            "* Speicher: Platz für mehrere tausend Fotos",
        ],
    ),
]
#: The label of the list's second part.
SECOND_LABEL = {"en": "Other features:", "de": "Weitere Daten:"}
CASE = ("lang", "article", "label", "items")
IDS = [c[0] for c in LABELLED]


@pytest.mark.parametrize(CASE, LABELLED, ids=IDS)
def test_list_under_a_short_label_stays(
    lang: str, article: list[str], label: str, items: list[str]
) -> None:
    removed = removals("\n".join([*article, label, "", *items, "", *FOOTER]))
    assert not any(line in removed for line in [label, *items])
    assert removed["* Impressum"][0] == "chrome"


@pytest.mark.parametrize(CASE, LABELLED, ids=IDS)
def test_list_in_two_labelled_parts_stays(
    lang: str, article: list[str], label: str, items: list[str]
) -> None:
    second = SECOND_LABEL[lang]
    lines = [*article, label, "", items[0], "", second, "", *items[1:], "", *FOOTER]
    removed = removals("\n".join(lines))
    assert not any(line in removed for line in [label, second, *items])


@pytest.mark.parametrize(CASE, LABELLED, ids=IDS)
def test_short_label_over_items_without_marks_goes(
    lang: str, article: list[str], label: str, items: list[str]
) -> None:
    # Lines without list marks under a short label are a box of links, not a list.
    plain = [item.lstrip("* ") for item in items]
    removed = removals("\n".join([*article, label, "", *plain, "", *FOOTER]))
    assert removed[label] == ("main_content", "after_article")
    assert {removed[line] for line in plain} == {("main_content", "after_article")}


@pytest.mark.parametrize(CASE, LABELLED, ids=IDS)
def test_labelled_list_that_ends_with_an_icon_goes(
    lang: str, article: list[str], label: str, items: list[str]
) -> None:
    # A share bar: its label, its buttons, then the icon of the last one ("*").
    removed = removals("\n".join([*article, label, "", *items, "*", "", *FOOTER]))
    assert removed[label] == ("main_content", "after_article")
    assert {removed[line] for line in items} == {("main_content", "after_article")}


def _scored(texts: list[str], labels: list[str]) -> list[Scored]:
    return [
        Scored(Block((Line(n, t),)), label, 0.0)
        for n, (t, label) in enumerate(zip(texts, labels, strict=True), 1)
    ]


ANNOUNCING = {
    "en": "If you want to learn more about the plan, the council will hold meetings in every "
    "district of the city over the next weeks, and here are the first of them:",
    "de": "Wer mehr über den Plan erfahren möchte, kann in den nächsten Wochen eine der "
    "Versammlungen besuchen, die der Gemeinderat in jedem Stadtteil abhält, zum Beispiel:",
}
ITEMS = ["* North district (Monday evening)", "* Old town (Thursday)", "* Harbour (Saturday)"]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_rest_of_a_list_a_paragraph_announces_stays(lang: str) -> None:
    texts = [PARA_EN, ANNOUNCING[lang], *ITEMS, "Menu"]
    scored = _scored(texts, ["good", "near_good", "near_good", "bad", "bad", "short"])
    gaps = [0.0] * 5 + [16.0]
    assert list_end(scored, gaps, 2) == 4


def test_lone_item_under_a_short_announcer_is_no_list() -> None:
    texts = [PARA_EN, "More stories from our site:", *ITEMS, "Menu"]
    scored = _scored(texts, ["good", "short", "near_good", "bad", "bad", "short"])
    gaps = [0.0] * 5 + [16.0]
    assert list_end(scored, gaps, 2) == 2


def test_lone_item_under_removed_lines_is_no_list() -> None:
    texts = [PARA_EN, ANNOUNCING["en"], *ITEMS, "Menu"]
    scored = _scored(texts, ["good", "near_good", "near_good", "bad", "bad", "short"])
    gaps = [0.0, 0.0, 16.0, 0.0, 0.0, 16.0]
    assert list_end(scored, gaps, 2) == 2
