"""An article's own lists of facts and amounts: a table of amounts inside the article
(MainContentStage), amounts with long unit words (MenuStage), and a list heading inside a
run of short lines (RelatedStage)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner.blocks import Block
from cleaner.document import Document, Line
from cleaner.stages.article_lists import data_item
from cleaner.stages.block_scores import classify
from cleaner.stages.layout import MenuStage
from cleaner.stages.sections import RelatedStage

FOOTER = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]


TABLES = [
    (
        "de",
        ["Absatz von Heizöl gesunken", "", PARA_DE, ""],
        ["Heizöl", "14,31 Mio. t", "9,97 Mio. t", "- 30,3 %", "Diesel", "32,23 Mio. t"],
        PARA2_DE,
    ),
    (
        "en",
        ["Sales of heating oil fell", "", PARA_EN, ""],
        ["Heating oil", "14.31 m t", "9.97 m t", "- 30.3 %", "Diesel", "32.23 m t"],
        PARA2_EN,
    ),
]


@pytest.mark.parametrize(("lang", "article", "table", "after"), TABLES, ids=[c[0] for c in TABLES])
def test_table_of_amounts_does_not_cut_the_article(
    lang: str, article: list[str], table: list[str], after: str
) -> None:
    # Amounts weigh nothing in the stretch (label ``data``), where short chrome lines weigh
    # against it: the paragraph under the table stays in the article.
    removed = removals("\n".join([*article, *table, "", after, "", *FOOTER]))
    for line in [*table, after]:
        assert line not in removed
    assert removed["* Impressum"][0] == "chrome"


@pytest.mark.parametrize(
    ("text", "label"),
    [("14,31 Mio. t", "data"), ("Eintritt: 3 €", "data"), ("Mehr Nachrichten", "short")],
    ids=["amount", "fact", "words"],
)
def test_short_data_line_is_labelled_data(text: str, label: str) -> None:
    block = Block((Line(1, text),))
    assert classify(block, frozenset(), use_stopwords=False) == label


@pytest.mark.parametrize(
    "line",
    [
        "200 Gramm Zucker",
        "2 Teelöffel Backpulver",
        "3 tablespoons butter",
        "2 cucharadas de aceite",
        "1 pincée de sel",
        "2 łyżki cukru",
        "3 eetlepels olie",
    ],
    ids=["de", "de-tl", "en", "es", "fr", "pl", "nl"],
)
def test_amount_with_a_long_unit_is_data(line: str) -> None:
    assert data_item(line)


INGREDIENTS = [
    (
        "de",
        ["* 300 Gramm Butter", "* 200 Gramm Zucker", "* 2 Teelöffel Backpulver", "* Puderzucker"],
    ),
    (
        "en",
        ["* 2 tablespoons butter", "* 3 teaspoons sugar", "* 2 pinch salt", "* Icing sugar"],
    ),
]


@pytest.mark.parametrize(("lang", "items"), INGREDIENTS, ids=[c[0] for c in INGREDIENTS])
def test_ingredients_with_long_units_are_no_menu(lang: str, items: list[str]) -> None:
    para = PARA_DE if lang == "de" else PARA_EN
    doc = MenuStage()(Document.from_text("\n".join([para, "", *items, "", para])))
    assert not [r for r in doc.removed if r.reason == "menu"]


def test_short_words_are_still_a_menu() -> None:
    items = ["* Start", "* Rezepte", "* Kuchen", "* Kontakt"]
    doc = MenuStage()(Document.from_text("\n".join([PARA_DE, "", *items, "", PARA2_DE])))
    assert {r.text: r.reason for r in doc.removed} == dict.fromkeys(items, "menu")


HEADED_RUNS = [
    ("de", PARA_DE, ["Zitronenkuchen", "Rezept drucken", "Zutaten", "Butter", "Zucker", "Mehl"]),
    ("en", PARA_EN, ["Lemon cake", "Print recipe", "Ingredients", "Butter", "Sugar", "Flour"]),
]


@pytest.mark.parametrize(("lang", "para", "run"), HEADED_RUNS, ids=[c[0] for c in HEADED_RUNS])
def test_list_heading_inside_a_run_keeps_its_list(lang: str, para: str, run: list[str]) -> None:
    # The short lines above the heading are judged alone (links); the heading and its
    # items are the article's list.
    doc = RelatedStage()(Document.from_text("\n".join([para, "", *run])))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons == {run[0]: "related_links", run[1]: "related_links"}


COOKIE_DIALOGS = [
    (
        "de",
        ["Neuer Plan für die Brücke", "", PARA_DE, ""],
        [
            "Notwendige Website Cookies",
            "Diese Cookies sind unbedingt erforderlich, damit die Seiten und ihre Funktionen "
            "überhaupt genutzt werden können, und lassen sich deshalb nicht abschalten.",
            "Statistik",
            "Mit diesen Cookies zählen wir, wie oft welche Seite aufgerufen wird und wie lange "
            "die Leser auf ihr bleiben, damit wir das Angebot für alle verbessern können.",
            "Externe Dienste",
            "Für eingebettete Karten und Videos setzen die Anbieter eigene Cookies, die Sie hier "
            "einzeln zulassen oder ablehnen können, wann immer Sie das möchten.",
        ],
    ),
    (
        "en",
        ["A new plan for the bridge", "", PARA_EN, ""],
        [
            "Strictly necessary cookies",
            "These cookies are needed for the pages and their features to work at all, and so "
            "they cannot be switched off in the settings of this dialog or anywhere else.",
            "Statistics",
            "With these cookies we count how often each page is read and how long the readers "
            "stay on it, so that we can make the whole offer better for all of them.",
            "External services",
            "Embedded maps and videos set cookies of their own, which you can allow or refuse "
            "here one by one, whenever you want to and as often as you like.",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "article", "dialog"), COOKIE_DIALOGS, ids=["de", "en"])
def test_cookie_dialog_is_not_the_article(lang: str, article: list[str], dialog: list[str]) -> None:
    # The dialog's three long paragraphs would outweigh the one-paragraph article.
    menu = ["* Start", "* Politik", "* Sport", "* Kultur"]
    removed = removals("\n".join([*article, *menu, "", "\n\n".join(dialog)]))
    assert article[2] not in removed
    for line in dialog[1::2]:
        assert removed[line] == ("main_content", "after_article")


FACT_SHEETS = [
    (
        "de",
        PARA_DE,
        [
            "Ort: Stadthalle am Markt",
            "Eintritt: 12 Euro, ermäßigt 8 Euro",
            "Beginn: Samstag, 20 Uhr",
        ],
    ),
    (
        "en",
        PARA_EN,
        ["Venue: Town hall on the square", "Admission: 12 pounds", "Start: Saturday, 8 pm"],
    ),
]


@pytest.mark.parametrize(("lang", "para", "facts"), FACT_SHEETS, ids=[c[0] for c in FACT_SHEETS])
def test_fact_sheet_under_the_article_stays(lang: str, para: str, facts: list[str]) -> None:
    # "Label: value" facts right under the last paragraph, at the page's end: the event's
    # place, price and time (RelatedStage keeps the run, MainContentStage ends the article
    # at its last fact), while the footer menu under them goes.
    lines = ["Headline of the page", "", para, ""]
    for fact in facts:
        lines += [fact, ""]
    removed = removals("\n".join([*lines, *FOOTER]))
    for fact in facts:
        assert fact not in removed
    assert removed["* Impressum"][0] in {"chrome", "menus", "main_content"}


def test_post_metadata_sheet_is_not_a_fact_sheet() -> None:
    # A post's own data ("Edited by", "Updated", "Tags") under it are not the article's facts.
    meta = ["Researched by: Jane Doe", "Edited by: John Smith", "Updated: in the morning"]
    lines = ["Headline of the page", "", PARA_EN, ""]
    for line in meta:
        lines += [line, ""]
    removed = removals("\n".join([*lines, *FOOTER]))
    for line in meta:
        assert removed[line] == ("related", "related_links")


POINTS = [
    (
        "de",
        PARA_DE,
        PARA2_DE,
        [
            "* leicht zu reinigen durch eine herausziehbare Wanne",
            "* wetterfest lackiertes Holz",
            "* erweiterbar durch ein Freigehege",
            "* Dach von oben zu öffnen",
        ],
    ),
    (
        "en",
        PARA_EN,
        PARA2_EN,
        [
            "* easy to clean with a removable tray",
            "* weatherproof painted wood",
            "* can be extended with a run",
            "* Roof opens from above",
        ],
    ),
]


@pytest.mark.parametrize(("lang", "para", "para2", "items"), POINTS, ids=[c[0] for c in POINTS])
def test_bulleted_points_in_lower_case_stay(
    lang: str, para: str, para2: str, items: list[str]
) -> None:
    # Headlines open with a capital; a product's features mostly open in lower case.
    text = "\n".join(["Headline of the page", "", para, "", *items, "", para2, "", *FOOTER])
    removed = removals(text)
    for item in items:
        assert item not in removed


def test_bulleted_headlines_still_go() -> None:
    items = [
        "* Bridge closed after crack found",
        "* Mayor promises new budget",
        "* River floods again",
    ]
    text = "\n".join(["Headline of the page", "", PARA_EN, "", *items, "", PARA2_EN, "", *FOOTER])
    removed = removals(text)
    assert {removed[item] for item in items} == {("related", "related_links")}


def test_bulleted_addresses_are_not_points_in_lower_case() -> None:
    from cleaner.document import Line
    from cleaner.stages.article_lists import lower_case_points

    items = ["* http://example.org/anna Anna", "* http://example.org/bo Bo", "* www.example.org Cy"]
    assert not lower_case_points([Block((Line(n, t),)) for n, t in enumerate(items, 1)])


def test_fact_sheet_between_page_widgets_is_not_the_articles() -> None:
    # A movie's facts between a rating's stars and an ad's code stand in no text; under a
    # paragraph of prose they are the article's.
    from cleaner.document import Line
    from cleaner.stages.article_lists import own_list

    facts = ["Director: Jane Doe", "Cast: John Smith, Ann Hill", "Rated: PG-13 for language"]
    run = [Block((Line(n, t),)) for n, t in enumerate(facts, 3)]
    stars, code = Block((Line(1, "★★"),)), Block((Line(7, "[ad;sz=300x250;pos=bottom]"),))
    assert not own_list(stars, run, code)
    assert own_list(Block((Line(1, PARA_EN),)), run, code)


NOTES = [
    (
        "de",
        PARA_DE.replace("Plan", "Plan [1]"),
        PARA2_DE.replace("Neubau", "Neubau [3]"),
        "Ein Zitat zum Schluss, das den ganzen Text noch einmal zusammenfasst, steht hier",
    ),
    (
        "en",
        PARA_EN.replace("plan", "plan [1]"),
        PARA2_EN.replace("replacement", "replacement [3]"),
        "A closing quotation that sums up the whole text once more stands here at the",
    ),
]


@pytest.mark.parametrize(("lang", "para", "para2", "quote"), NOTES, ids=[c[0] for c in NOTES])
def test_notes_numbered_from_one_stay_with_the_article(
    lang: str, para: str, para2: str, quote: str
) -> None:
    # The article's notes under its text, cited in it by number, are neither a run of links
    # (RelatedStage) nor past the article's end (MainContentStage), whatever follows them.
    notes = ["[1] http://example.org/plan.html", "[2] http://example.org/vote", "[3] Ebd., S. 4"]
    text = ["Headline of the page", "", para, "", para2, "", *notes, "", quote, "end.", ""]
    removed = removals("\n".join([*text, *FOOTER]))
    for note in notes:
        assert note not in removed
    # Out of order, they are links like any other.
    shuffled = [notes[0], notes[2], notes[1]]
    reasons = related([para, "", para2, "", *shuffled, "", quote, "end."])
    assert {reasons[note] for note in notes} == {"related_links"}


def related(lines: list[str]) -> dict[str, str]:
    """The reason each line RelatedStage removed went, by its text."""
    doc = RelatedStage()(Document.from_text("\n".join(lines)))
    return {r.text.strip(): r.reason for r in doc.removed}


@pytest.mark.parametrize("line", ["3.380 €", "260 €", "1.500,00 $", "12 £"], ids=str)
def test_amount_with_its_currency_after_it_is_data(line: str) -> None:
    assert data_item(line)


def test_a_table_of_prices_with_the_currency_after_them_is_no_menu() -> None:
    # A table's cells one to a line: two column heads, row heads and prices ("3.380 €"),
    # under a paragraph; the same words without prices are a menu.
    cells = ["ohne Vertrag", "mit Vertrag", "Aufwand", "Ersparnis", "Brutto"]
    cells += ["3.380 €", "3.194 €", "186 €"]
    removed = removals("\n".join(["Titel der Seite", "", PARA_DE, "", *cells, "", PARA2_DE]))
    for cell in cells:
        assert removed.get(cell, ("", ""))[0] != "menus"
    words = ["Themen", "Ratgeber", "Rechner", "Archiv", "Vergleiche", "Studien", "Videos"]
    removed = removals("\n".join(["Titel der Seite", "", PARA_DE, "", *words, "", PARA2_DE]))
    assert {removed[word] for word in words} == {("menus", "menu")}


PRICE_LISTS = [
    (
        "de",
        PARA_DE,
        ["Mietpreis", "ab 900 € pro Woche"],
        [
            "Kaution: 500 €",
            "Strom: nach Verbrauch",
            "Endreinigung: 80 €",
            "Haustiere: nicht erlaubt",
        ],
        ["Per E-Mail teilen"],
    ),
    (
        "en",
        PARA_EN,
        ["Rates", "from 900 dollars a week"],
        ["Deposit: 500 dollars", "Power: as used", "Cleaning: 80 dollars", "Pets: not allowed"],
        ["Share by e-mail"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "head", "facts", "tail"), PRICE_LISTS, ids=[c[0] for c in PRICE_LISTS]
)
def test_fact_sheet_inside_a_run_above_prose_stays(
    lang: str, para: str, head: list[str], facts: list[str], tail: list[str]
) -> None:
    # The run as a whole is no fact sheet (its heading, first price and share link are no
    # facts), but the facts inside it, right above the next paragraph, are the article's.
    other = PARA2_DE if lang == "de" else PARA2_EN
    reasons = related([other, "", "---", "", *head, "", *facts, *tail, "", para])
    assert not any(fact in reasons for fact in facts)
    assert {reasons[line] for line in tail} == {"related_links"}
    # With no paragraph under it, the run goes whole.
    reasons = related([other, "", "---", "", *head, "", *facts, *tail])
    assert {reasons[fact] for fact in facts} == {"related_links"}
