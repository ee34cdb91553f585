"""The article's entries inside a run of menu-like lines (MenuStage): a ranking numbered
one after another, a group of adjacent amounts, the last items of a list of amounts; and a
short line with a colon that introduces the body (StructureStage)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean
from cleaner.document import Document
from cleaner.stages.layout import MenuStage
from cleaner.stages.list_kinds import ranked
from cleaner.stages.sections import RelatedStage


def menu_reasons(lines: list[str]) -> dict[str, str]:
    doc = MenuStage()(Document.from_text("\n".join(lines)))
    return {r.text: r.reason for r in doc.removed}


RANKINGS = [
    ("de", PARA_DE, [f"{n:02d}. Platz {name}" for n, name in enumerate("ABCDEFGHIJKL", 1)]),
    ("en", PARA_EN, [f"{n}. Singer {name}" for n, name in enumerate("ABCDEFGHIJKL", 1)]),
]


@pytest.mark.parametrize(("lang", "para", "items"), RANKINGS, ids=[c[0] for c in RANKINGS])
def test_a_ranking_numbered_in_order_is_no_menu(lang: str, para: str, items: list[str]) -> None:
    assert menu_reasons([para, "", *items, "", para]) == {}
    assert ranked(items)


def test_a_ranking_is_the_articles_list_not_related_links() -> None:
    items = RANKINGS[1][2]
    doc = RelatedStage()(Document.from_text("\n".join([PARA_EN, "", *items, "", PARA2_EN])))
    assert not doc.removed


def test_a_short_numbered_menu_is_still_a_menu() -> None:
    items = ["1. Start", "2. Politik", "3. Sport", "4. Kultur"]
    assert menu_reasons([PARA_DE, "", *items, "", PARA2_DE]) == dict.fromkeys(items, "menu")


def test_numbers_out_of_order_are_no_ranking() -> None:
    assert not ranked([f"{n}. Name" for n in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11)])


AMOUNT_GROUPS = [
    ("de", ["Für den Teig:", "", "125 g", "Mehl", "65 g", "Zucker", "1", "Ei(er)", "1 TL"]),
    ("en", ["For the dough:", "", "125 g", "Flour", "2 cups", "Sugar", "1", "Egg(s)", "1 tsp"]),
]


@pytest.mark.parametrize(("lang", "group"), AMOUNT_GROUPS, ids=[c[0] for c in AMOUNT_GROUPS])
def test_adjacent_amounts_inside_a_menu_run_stay(lang: str, group: list[str]) -> None:
    # The tags under the amounts are a menu; the amounts, one to a line, are the recipe's.
    tags = ["* Kuchen", "* Backen", "* Einfach"] if lang == "de" else ["* Cake", "* Baking"]
    reasons = menu_reasons([PARA_DE, "", *group, "", *tags, "", PARA2_DE])
    assert reasons == {**{group[0]: "menu"}, **dict.fromkeys(tags, "menu")}


def test_pagination_is_no_group_of_amounts() -> None:
    pages = ["1", "2", "3", "4", "Weiter"]
    assert menu_reasons([PARA_DE, "", *pages, "", PARA2_DE]) == dict.fromkeys(pages, "menu")


def test_rates_with_many_decimals_are_no_amounts() -> None:
    rates = ["R/$", "6.9300", "R/£", "13.5900", "R/€", "10.1600"]
    assert menu_reasons([PARA_EN, "", *rates, "", PARA2_EN]) == dict.fromkeys(rates, "menu")


LIST_ENDS = [
    (
        "de",
        ["* 200 g Schlagsahne", "* 200 g Zartbitterkuvertüre"],
        ["* Frischhaltefolie", "* Backpapier"],
    ),
    ("en", ["* 200 g double cream", "* 200 g dark chocolate"], ["* Cling film", "* Baking paper"]),
]


@pytest.mark.parametrize(("lang", "amounts", "rest"), LIST_ENDS, ids=[c[0] for c in LIST_ENDS])
def test_the_end_of_a_list_of_amounts_is_no_menu(
    lang: str, amounts: list[str], rest: list[str]
) -> None:
    # "* 20 g Mini-Marshmallows" (four words) ends the run above the last items.
    long_item = "* 20 g kleine bunte Marshmallows"
    lines = [PARA_DE, "", *amounts, long_item, *rest, "* Zubereitung", "", PARA2_DE]
    assert menu_reasons(lines) == {}


def test_a_menu_under_a_single_price_is_still_a_menu() -> None:
    items = ["* Reisen", "* Angebote", "* Geschenke"]
    lines = [PARA_DE, "", "* Urlaub ab 9,50 € buchen", *items, "", PARA2_DE]
    assert menu_reasons(lines) == dict.fromkeys(items, "menu")


INTROS = [
    ("de", "Neuer Plan für die Brücke", "Die Beschlüsse im Überblick:", PARA_DE, PARA2_DE),
    ("en", "New plan for the bridge", "What the council decided:", PARA_EN, PARA2_EN),
]


@pytest.mark.parametrize(("lang", "title", "intro", "para", "para2"), INTROS, ids=["de", "en"])
def test_a_colon_line_above_the_first_paragraph_introduces_it(
    lang: str, title: str, intro: str, para: str, para2: str
) -> None:
    doc = clean("\n\n".join([title, "Urteil", intro, para, para2]))
    assert [span.text for span in doc.body][:1] == [intro]
    assert {r.text: r.reason for r in doc.removed} == {"Urteil": "header_fragment"}


@pytest.mark.parametrize(
    "label", ["Teil 2 der Serie:", "SEARCH ALL LISTINGS HERE:"], ids=["digit", "caps"]
)
def test_a_label_with_a_colon_stays_a_header_fragment(label: str) -> None:
    doc = clean("\n\n".join(["New plan for the bridge", label, PARA_EN, PARA2_EN]))
    assert {r.text: r.reason for r in doc.removed}.get(label) == "header_fragment"


def test_a_form_prompt_over_a_removed_field_stays_a_header_fragment() -> None:
    text = "\n".join(
        ["New plan for the bridge", "", "Enter your email address:", "", "", PARA_EN, "", PARA2_EN]
    )
    doc = clean(text)
    assert {r.text: r.reason for r in doc.removed}.get("Enter your email address:") == (
        "header_fragment"
    )


def test_the_end_of_a_list_of_amounts_with_blank_lines_between_items_is_no_menu() -> None:
    amounts = ["* 120 g Nudeln", "", "* 1 EL Knoblauch, gehackt und fein"]
    rest = ["* Sojasprossen", "", "* Etwas Gemüse", "", "* Etwas Öl"]
    assert menu_reasons([PARA_DE, "", *amounts, "", *rest, "", PARA2_DE]) == {}


RECIPE_CARDS = [
    (
        "de",
        PARA_DE,
        PARA2_DE,
        ["Zutaten", "* 200 g Mehl", "* 100 g Zucker", "Zubereitung"],
        [
            "* Den Ofen auf 180 Grad vorheizen und die Form mit Butter fetten.",
            "* Mehl und Zucker in einer Schüssel mischen und den Teig kneten.",
        ],
    ),
    (
        "en",
        PARA_EN,
        PARA2_EN,
        ["Ingredients", "* 200 g flour", "* 100 g sugar", "Directions"],
        [
            "* Heat the oven to 180 degrees and grease the tin with butter.",
            "* Mix the flour and the sugar in a bowl and knead the dough.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "para2", "card", "steps"), RECIPE_CARDS, ids=[c[0] for c in RECIPE_CARDS]
)
def test_a_recipe_card_under_the_text_goes_with_the_article(
    lang: str, para: str, para2: str, card: list[str], steps: list[str]
) -> None:
    title = "Neuer Kuchen für den Sonntag" if lang == "de" else "A new cake for Sunday"
    footer = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]
    long = " ".join([para, para2, para, para2])
    text = "\n\n".join([title, long, para2, *card, *steps, "\n".join(footer)])
    doc = clean(text)
    body = [span.text for span in doc.body]
    assert body[-1] == steps[-1].lstrip("* ")
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert card[0] not in reasons
    assert {reasons[item][1] for item in footer} <= {"menu", "after_article", "navigation"}


def test_a_card_without_a_method_heading_is_cut_after_the_text() -> None:
    card = ["Zutaten", "* 200 g Mehl", "* 100 g Zucker", "Rezept drucken", "Teilen"]
    text = "\n\n".join(["Neuer Kuchen", " ".join([PARA_DE, PARA2_DE] * 2), *card])
    reasons = {r.text: (r.stage, r.reason) for r in clean(text).removed}
    assert reasons["Zutaten"] == ("main_content", "after_article")


@pytest.mark.parametrize(("lang", "para", "items"), RANKINGS, ids=[c[0] for c in RANKINGS])
def test_a_ranking_under_the_text_goes_with_the_article(
    lang: str, para: str, items: list[str]
) -> None:
    title = "Die besten Sänger aller Zeiten" if lang == "de" else "The best singers of all time"
    lead = "Hier ist die ganze Liste." if lang == "de" else "Here is the full list."
    footer = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]
    text = "\n\n".join([title, " ".join([para] * 3), lead, "\n".join(items), "\n".join(footer)])
    doc = clean(text)
    body = [span.text for span in doc.body]
    assert body[-1] == items[-1]
    assert {r.text for r in doc.removed} >= set(footer)


def test_a_ranking_under_a_removed_label_is_cut() -> None:
    # "Most read" above a numbered list of headlines: a break between text and list.
    items = [f"{n}. Headline number {n}" for n in range(1, 11)]
    text = "\n\n".join(["A new plan", " ".join([PARA_EN] * 3), "Most read", "\n".join(items)])
    reasons = {r.text: r.stage for r in clean(text).removed}
    assert {reasons[item] for item in items} <= {"menus", "main_content", "related"}


ADDRESSES = [
    ("de", PARA_DE, ["Adresse:", "Stadthalle Musterstadt", "Am Markt 12", "12345 Musterstadt"]),
    ("en", PARA_EN, ["Address:", "Town Hall", "Market Street 12", "12345 Springfield"]),
]


@pytest.mark.parametrize(("lang", "para", "lines"), ADDRESSES, ids=[c[0] for c in ADDRESSES])
def test_an_address_under_its_label_is_no_menu(lang: str, para: str, lines: list[str]) -> None:
    reasons = menu_reasons([para, "", "Impressum", "Kontakt", *lines, "", para])
    assert not any(line in reasons for line in lines)
    assert reasons["Impressum"] == "menu"
    # Without the label, a contact box's address is one more part of the menu.
    reasons = menu_reasons([para, "", "Impressum", "Kontakt", "Archiv", *lines[1:], "", para])
    assert {reasons[line] for line in lines[1:]} == {"menu"}
