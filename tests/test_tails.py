"""What a whole-page dump keeps beside and under the article (TailStage): runs of names on one
line, and the other stories' titles and summaries that close the page."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner import clean
from cleaner.blocks import Block
from cleaner.document import Line
from cleaner.stages.tails import name_run

ARTICLES = {
    "en": ("New plan for the bridge", [PARA_EN, PARA2_EN, PARA_EN + " " + PARA2_EN]),
    "de": ("Neuer Plan für die Brücke", [PARA_DE, PARA2_DE, PARA_DE + " " + PARA2_DE]),
}
#: A select box's options as an inscriptis dump prints them: one line.
NAMES = {
    "en": "Cinema Harbour Plaza 6 Grand Odeon Central Riverside Drive-In Northgate Mall 10 "
    "Westfield Screens Lakeside 8 Empire Hall Royal Picture House Starlight IMAX Parkway 4",
    "de": "Filmtheater Aachen Bamberg Bielefeld Bochum Bonn Bremen Chemnitz Darmstadt Dortmund "
    "Dresden Erfurt Essen Freiburg Göttingen Hagen Halle Hamm Kassel Kiel Köln Leipzig",
}
#: The article's last paragraph.
CLOSING = {
    "en": "The council expects the first results of the public comments to be published in "
    "the spring, when the members will meet again to decide on the next steps of the plan.",
    "de": "Der Gemeinderat rechnet damit, dass die ersten Ergebnisse der Stellungnahmen im "
    "Frühjahr vorliegen, wenn die Mitglieder erneut über die nächsten Schritte beraten.",
}
#: Other stories under the article: a title, then a summary of one paragraph.
TEASERS = {
    "en": [
        (
            "Harbour ferry to run all winter",
            "The ferry across the harbour will keep running "
            "through the cold season after the operator agreed a new contract.",
        ),
        (
            "Library opens on Sundays",
            "Readers will be able to borrow books on Sunday "
            "afternoons from next month, the library board announced.",
        ),
        (
            "Storm damages school roof",
            "Pupils were sent home early on Friday after strong "
            "winds tore part of the roof off the primary school.",
        ),
    ],
    "de": [
        (
            "Fähre fährt den ganzen Winter",
            "Die Fähre über den Hafen bleibt auch in den "
            "Wintermonaten in Betrieb, nachdem der Betreiber einen neuen Vertrag unterschrieben hat.",
        ),
        (
            "Bücherei öffnet sonntags",
            "Leser können ab dem kommenden Monat auch am "
            "Sonntagnachmittag Bücher ausleihen, wie die Stadtbücherei mitteilte.",
        ),
        (
            "Sturm beschädigt Schuldach",
            "Die Schüler wurden am Freitag früher nach Hause "
            "geschickt, nachdem starker Wind einen Teil des Daches abgerissen hatte.",
        ),
    ],
}


def page(lang: str, tail: list[str]) -> str:
    title, paras = ARTICLES[lang]
    return "\n\n".join([title, *paras, *tail])


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_line_of_names_inside_the_article_is_a_name_run(lang: str) -> None:
    # A select box between two paragraphs: the article's stretch runs over it.
    found = removals(page(lang, [NAMES[lang], CLOSING[lang]]))
    assert found[NAMES[lang]] == ("tails", "name_run")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_line_of_names_above_the_article_is_a_name_run(lang: str) -> None:
    title, paras = ARTICLES[lang]
    doc = clean("\n\n".join([NAMES[lang], title, *paras]))
    assert {r.text: (r.stage, r.reason) for r in doc.removed}.get(NAMES[lang]) in {
        ("tails", "name_run"),
        ("main_content", "before_article"),
    }
    assert NAMES[lang] not in [span.text for span in doc.body]


def test_names_with_commas_between_are_a_list_of_the_article() -> None:
    # Race results and line-ups: as capitalised, but punctuated.
    results = ", ".join(f"{n}. Horse Name{n} (J. Rider{n}) {50 + n}" for n in range(1, 8))
    stops = frozenset({"the", "and", "of"})
    assert not name_run(Block((Line(1, results),)), stops)
    assert name_run(Block((Line(1, NAMES["en"]),)), stops)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_titles_with_summaries_that_close_the_page_are_a_teaser_run(lang: str) -> None:
    tail = [text for pair in TEASERS[lang] for text in pair]
    doc = clean(page(lang, tail))
    found = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert {found[text] for text in tail} == {("tails", "teaser_run")}
    assert [span.text for span in doc.body][-1] == ARTICLES[lang][1][-1]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_two_titles_with_summaries_are_the_article_closing_sections(lang: str) -> None:
    tail = [text for pair in TEASERS[lang][:2] for text in pair]
    found = removals(page(lang, tail))
    assert not [text for text in tail if found.get(text, ("", ""))[0] == "tails"]


def test_sections_of_one_series_are_the_article() -> None:
    # "Anna's review", "Ben's review", ...: the article's own sections, not other stories.
    tail = []
    for name, (_, summary) in zip(["Anna", "Ben", "Carla"], TEASERS["en"], strict=True):
        tail += [f"{name}'s review", summary]
    found = removals(page("en", tail))
    assert not [text for text in tail if found.get(text, ("", ""))[0] == "tails"]


def test_numbered_titles_are_the_article_ranking() -> None:
    tail = []
    for n, (title, summary) in enumerate(TEASERS["en"], 1):
        tail += [f"{n}. {title}", summary]
    found = removals(page("en", tail))
    assert not [text for text in tail if found.get(text, ("", ""))[0] == "tails"]


def test_a_page_of_short_sections_alone_is_no_teaser_run() -> None:
    # No prose above the titles: the page is the sections (a post of questions and answers).
    tail = [text for pair in TEASERS["en"] for text in pair]
    found = removals("\n\n".join(tail))
    assert not [text for text in tail if found.get(text, ("", ""))[0] == "tails"]


#: Another story's title and summary run into one paragraph, as inscriptis prints a teaser.
ISLANDS = {
    "en": "Harbour ferry to run all winter The ferry across the harbour will keep running "
    "through the cold season after the operator agreed a new contract with the port, "
    "and tickets go on sale at the kiosk by the quay from next Tuesday.",
    "de": "Fähre fährt den ganzen Winter Die Fähre über den Hafen bleibt auch in den "
    "Wintermonaten in Betrieb, nachdem der Betreiber einen neuen Vertrag mit dem Hafenamt "
    "unterschrieben hat, und Fahrkarten gibt es ab Dienstag am Schalter am Kai.",
}
#: A line the ads stage removes: the article's stretch runs over it to the paragraph under it.
AD = {"en": "Advertisement", "de": "Anzeige"}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_last_paragraph_under_removed_lines_about_something_else_is_an_unrelated_tail(
    lang: str,
) -> None:
    found = removals(page(lang, [AD[lang], ISLANDS[lang]]))
    assert found[AD[lang]][0] == "ads"
    assert found[ISLANDS[lang]] == ("tails", "unrelated_tail")


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_last_paragraph_under_removed_lines_about_the_article_stays(lang: str) -> None:
    doc = clean(page(lang, [AD[lang], CLOSING[lang]]))
    assert [span.text for span in doc.body][-1] == CLOSING[lang]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_last_paragraph_about_something_else_with_nothing_removed_above_stays(
    lang: str,
) -> None:
    # No removed line between: the article's own last paragraph, however far it wanders.
    doc = clean(page(lang, [ISLANDS[lang]]))
    assert [span.text for span in doc.body][-1] == ISLANDS[lang]


def test_islands_one_above_the_other_are_both_unrelated_tails() -> None:
    notice = (
        "Subscribers receive the printed weekend edition with puzzles, television listings "
        "and coupons delivered to their door before seven on Saturday mornings."
    )
    found = removals(page("en", ["Advertisement", ISLANDS["en"], "Sponsored", notice]))
    assert found[notice] == ("tails", "unrelated_tail")
    assert found[ISLANDS["en"]] == ("tails", "unrelated_tail")


def test_paragraphs_broken_after_their_first_words_are_no_teaser_run() -> None:
    # A dump that breaks each paragraph after a few words: the rest starts in lower case.
    tail = [
        "The ferry across the harbour",
        "will keep running through the winter after the operator agreed a new contract.",
        "Readers will be able",
        "to borrow books on Sunday afternoons from next month, the library board said.",
        "Pupils were sent home",
        "early on Friday after strong winds tore part of the roof off the school.",
    ]
    found = removals(page("en", tail))
    assert not [text for text in tail if found.get(text, ("", ""))[0] == "tails"]
