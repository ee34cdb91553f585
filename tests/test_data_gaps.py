"""The article goes on under its own table of figures, which the menus stage removed
(MainContentStage with :mod:`cleaner.stages.data_gaps`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner import clean
from cleaner.document import Removal
from cleaner.stages.data_gaps import data_gap

TABLE_DE = ["Jahr", "2019", "2020", "2021", "Stimmen", "15:6", "7:14", "13:4", "Sitze", "12"]
TABLE_EN = ["Year", "2019", "2020", "2021", "Votes", "15:6", "7:14", "13:4", "Seats", "12"]
PAGES = [
    (
        "Neuer Plan für die Brücke",
        PARA_DE,
        PARA2_DE,
        "So hat der Gemeinderat über die Brücke abgestimmt:",
        TABLE_DE,
        "Der Gemeinderat will über den Plan für die neue Brücke in der nächsten Woche "
        "abstimmen; die Verwaltung hält die alte Brücke seit Jahren für unsicher, und die "
        "Bürger können bis zum Ende des Monats Stellung nehmen.",
        ["* Impressum", "* Datenschutz", "* Kontakt"],
    ),
    (
        "New plan for the bridge",
        PARA_EN,
        PARA2_EN,
        "This is how the council voted on the bridge:",
        TABLE_EN,
        "The council will put the plan for the new bridge to a vote next week; officials "
        "have argued for years that the old bridge is no longer safe, and members of the "
        "public can comment on it before the end of the month.",
        ["* Imprint", "* Privacy", "* Contact"],
    ),
]
#: A sidebar promotion that shares no words with the article.
PROMO = (
    "Win tickets for the summer festival of music with our weekly quiz, and join thousands "
    "of readers who already receive our newsletter every Friday morning in their inbox."
)


def page(
    title: str, para: str, para2: str, intro: str, table: list[str], last: str, footer: list[str]
) -> str:
    long = " ".join([para, para2, para])
    parts = [title, long, para2, intro, "\n".join(table), last, "\n".join(footer)]
    return "\n\n".join(parts)


@pytest.mark.parametrize(
    ("title", "para", "para2", "intro", "table", "last", "footer"), PAGES, ids=["de", "en"]
)
def test_the_article_goes_on_under_a_removed_table_of_figures(
    title: str,
    para: str,
    para2: str,
    intro: str,
    table: list[str],
    last: str,
    footer: list[str],
) -> None:
    doc = clean(page(title, para, para2, intro, table, last, footer))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert {reasons[cell] for cell in table} == {("menus", "menu")}
    assert last in [span.text for span in doc.body]
    assert footer[0] in reasons


@pytest.mark.parametrize(
    ("title", "para", "para2", "intro", "table", "last", "footer"), PAGES, ids=["de", "en"]
)
def test_a_paragraph_of_other_words_under_the_table_is_cut(
    title: str,
    para: str,
    para2: str,
    intro: str,
    table: list[str],
    last: str,
    footer: list[str],
) -> None:
    doc = clean(page(title, para, para2, intro, table, PROMO, footer))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[PROMO] == ("main_content", "after_article")


@pytest.mark.parametrize(
    ("title", "para", "para2", "intro", "table", "last", "footer"), PAGES, ids=["de", "en"]
)
def test_links_without_figures_end_the_article(
    title: str,
    para: str,
    para2: str,
    intro: str,
    table: list[str],
    last: str,
    footer: list[str],
) -> None:
    menu = ["* Politik", "* Wirtschaft", "* Kultur", "* Sport", "* Reisen", "* Wetter"]
    doc = clean(page(title, para, para2, intro, menu, last, footer))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[last] == ("main_content", "after_article")


def test_a_data_gap_is_short_mostly_figures_and_only_menus_or_links() -> None:
    cells = [Removal(n, text, "menus", "menu") for n, text in enumerate(TABLE_EN, 1)]
    assert data_gap(cells)
    words = [Removal(n, t, "menus", "menu") for n, t in enumerate(["Home", "News", "Sport"], 1)]
    assert not data_gap(words)
    chrome = [*cells, Removal(20, "Share", "chrome", "share")]
    assert not data_gap(chrome)
    assert not data_gap(cells * 5)  # longer than a table in an article
