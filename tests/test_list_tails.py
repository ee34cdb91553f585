"""A list the article ends with goes on under its last paragraph to the list's end
(MainContentStage, :func:`cleaner.stages.list_ends.list_end`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

#: Each case: title, two paragraphs, list items that read as sentences (the article's),
#: items that are noun phrases (labelled ``bad`` on their own), the page's footer.
CASES = [
    (
        "New backpack",
        PARA_EN,
        PARA2_EN,
        [
            "* The frame is made of aluminium and it weighs less than a kilo.",
            "* The two side pockets are large enough for a phone and a map.",
        ],
        [
            "* Adjustable hip belt with quick release buckle",
            "* Removable chest strap",
            "* Reflective strips on both shoulder straps",
        ],
        ["* Imprint", "* Privacy", "* Contact"],
    ),
    (
        "Neuer Rucksack",
        PARA_DE,
        PARA2_DE,
        [
            "* Der Rahmen ist aus Aluminium und er wiegt weniger als ein Kilo.",
            "* Die beiden Seitentaschen sind groß genug für ein Telefon und eine Karte.",
        ],
        [
            "* Verstellbarer Hüftgurt mit Schnellverschluss",
            "* Abnehmbarer Brustgurt",
            "* Reflektierende Streifen an beiden Schulterträgern",
        ],
        ["* Impressum", "* Datenschutz", "* Kontakt"],
    ),
]
FIELDS = ("title", "para", "para2", "sentences", "phrases", "footer")


def page(
    title: str, para: str, para2: str, items: list[str], footer: list[str], sep: str = "\n"
) -> str:
    long = " ".join([para, para2, para])
    return "\n\n".join([title, long, para2, sep.join(items), "\n".join(footer)])


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_the_rest_of_the_list_the_article_ends_with_is_kept(
    title: str,
    para: str,
    para2: str,
    sentences: list[str],
    phrases: list[str],
    footer: list[str],
) -> None:
    reasons = removals(page(title, para, para2, sentences + phrases, footer))
    assert not any(item.strip() in reasons for item in sentences + phrases)
    assert reasons[footer[0]] == ("chrome", "navigation")


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_a_list_set_apart_by_a_blank_line_is_not_the_same_list(
    title: str,
    para: str,
    para2: str,
    sentences: list[str],
    phrases: list[str],
    footer: list[str],
) -> None:
    text = page(title, para, para2, sentences, footer).replace(
        "\n\n" + footer[0], "\n\n" + "\n".join(phrases) + "\n\n" + footer[0]
    )
    reasons = removals(text)
    assert {reasons[item] for item in phrases} == {("main_content", "after_article")}


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_one_item_is_not_a_list_the_article_ends_with(
    title: str,
    para: str,
    para2: str,
    sentences: list[str],
    phrases: list[str],
    footer: list[str],
) -> None:
    reasons = removals(page(title, para, para2, sentences[:1] + phrases, footer))
    assert {reasons[item] for item in phrases} == {("main_content", "after_article")}
