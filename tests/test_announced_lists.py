"""A list that a sentence announces by its last words, without a colon ("The dates are as
follows."), is the article's when most of its items carry a number (RelatedStage,
:func:`cleaner.stages.article_lists.announced`; MainContentStage,
:func:`cleaner.stages.list_ends.tail_end`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN, removals

from cleaner.blocks import Block
from cleaner.document import Line
from cleaner.stages.article_lists import amounts

#: Each case: title, paragraphs, the announcing sentence, dated items, a second sentence
#: that announces a second list, its items, a teaser list under the article.
CASES = [
    (
        "Choir plans a tour",
        [PARA_EN, PARA2_EN],
        "The dates of the tour are as follows.",
        ["MAY", "3 Leeds, Town Hall", "4 York, Minster", "9 Hull, City Hall"],
        "Two more dates can be found below.",
        ["JUNE", "1 Bath, Pavilion", "2 Wells, Cathedral"],
    ),
    (
        "Chor plant eine Tournee",
        [PARA_DE, PARA2_DE],
        "Die Termine der Tournee lauten wie folgt.",
        ["MAI", "3 Leipzig, Gewandhaus", "4 Halle, Dom", "9 Jena, Volkshaus"],
        "Zwei weitere Termine stehen unten.",
        ["JUNI", "1 Gera, Theater", "2 Weimar, Halle"],
    ),
]
FIELDS = ("title", "paras", "announcing", "items", "second", "more")
TEASERS = ["Mayor opens the new library", "Storm closes the coast road", "Team wins the cup"]


def page(title: str, paras: list[str], tail: list[str], footer: list[str]) -> str:
    return "\n\n".join([title, " ".join(paras + paras), *paras, *tail, "\n".join(footer)])


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_a_list_of_dates_under_its_announcing_sentence_is_kept(
    title: str, paras: list[str], announcing: str, items: list[str], second: str, more: list[str]
) -> None:
    tail = [announcing, "\n".join(items), second, "\n".join(more)]
    footer = ["Please enable JavaScript to view the comments."]
    reasons = removals(page(title, paras, tail, footer))
    assert not any(line in reasons for line in [announcing, *items, second, *more])
    assert reasons[footer[0]] == ("chrome", "navigation")


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_a_list_between_paragraphs_under_its_announcing_sentence_is_kept(
    title: str, paras: list[str], announcing: str, items: list[str], second: str, more: list[str]
) -> None:
    after = PARA3_EN if title.startswith("Choir") else PARA3_DE
    tail = [announcing, "\n".join(items), after]
    reasons = removals(page(title, paras, tail, ["* Imprint", "* Privacy", "* Contact"]))
    assert not any(line in reasons for line in items)


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_headlines_under_a_sentence_that_points_below_are_related_links(
    title: str, paras: list[str], announcing: str, items: list[str], second: str, more: list[str]
) -> None:
    after = PARA3_EN if title.startswith("Choir") else PARA3_DE
    tail = [announcing, "\n".join(TEASERS), after]
    reasons = removals(page(title, paras, tail, ["* Imprint", "* Privacy", "* Contact"]))
    assert {reasons[line] for line in TEASERS} == {("related", "related_links")}


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_dates_under_a_sentence_that_announces_nothing_are_links_or_a_menu(
    title: str, paras: list[str], announcing: str, items: list[str], second: str, more: list[str]
) -> None:
    after = PARA3_EN if title.startswith("Choir") else PARA3_DE
    plain = (
        "The choir has sung in many halls."
        if title.startswith("Choir")
        else ("Der Chor hat in vielen Hallen gesungen.")
    )
    tail = [plain, "\n".join(items), after]
    reasons = removals(page(title, paras, tail, ["* Imprint", "* Privacy", "* Contact"]))
    assert all(line in reasons for line in items)
    assert {reasons[line] for line in items} <= {("related", "related_links"), ("menus", "menu")}


def test_counters_under_a_sentence_that_points_to_the_comments_are_a_menu() -> None:
    last = PARA3_EN + " Tell us what you think in the comments below."
    counters = ["* 12", "* 1,400 Views", "* 3 Shares"]
    text = page("Choir plans a tour", [PARA_EN, PARA2_EN], [last, "\n".join(counters)], [])
    reasons = removals(text)
    assert {reasons[line] for line in counters} == {("menus", "menu")}


AMOUNTS = ["2 tablespoons soft butter", "1 teaspoon salt", "3 cloves garlic, chopped"]
FIRST_AMOUNT = (
    "1 chicken of about two kilos (ask the butcher for one that was raised outdoors, "
    "and allow a little more if your guests are hungry)"
)
STEP = (
    "Heat the oven, rub the butter, salt and garlic over the chicken and roast it for an hour "
    "and a half, until its juices run clear."
)


def test_amounts_under_a_first_amount_the_text_took_are_kept() -> None:
    recipe = "\n".join([FIRST_AMOUNT, *AMOUNTS])
    text = page("Roast chicken", [PARA_EN, PARA2_EN], [recipe, STEP], ["* Imprint"])
    reasons = removals(text)
    assert not any(line in reasons for line in AMOUNTS)


@pytest.mark.parametrize(
    ("above", "after"),
    [(PARA_EN, STEP), (FIRST_AMOUNT, "Serves four."), ("* " + FIRST_AMOUNT, STEP)],
    ids=["no-amount-above", "short-after", "marked-above"],
)
def test_amounts_need_a_long_first_amount_above_and_text_under(above: str, after: str) -> None:
    def block(text: str) -> Block:
        return Block((Line(1, text),))

    assert amounts(block(FIRST_AMOUNT), [block(a) for a in AMOUNTS], block(STEP))
    assert not amounts(block(above), [block(a) for a in AMOUNTS], block(after))
