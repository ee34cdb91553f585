"""An article's header inside a run of links: the related stage keeps its title and byline
or date, and the structure stage takes the title as the headline (RelatedStage,
StructureStage)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN, removals

from cleaner import clean
from cleaner.document import Document
from cleaner.stages.sections import RelatedStage

#: (language, site blurb above, links, title, byline or date lines, paragraphs)
HEADERS = [
    (
        "de",
        "Das Stadtblatt ist eine unabhängige Zeitung für die Stadt und die ganze Region, und es "
        "erscheint seit dem Jahr 1950 jeden Morgen.",
        ["Aktuelle Ausgabe", "Leserbriefe an die Redaktion", "Veranstaltungen im Kreis"],
        "Gemeinderat stimmt über den neuen Plan ab",
        ["Von Anna Berger", "12. März 2024"],
        [PARA_DE, PARA2_DE],
    ),
    (
        "en",
        "The Town Courier is an independent newspaper for the town and the whole region, and it "
        "has been published every morning since 1950.",
        ["Current issue", "Letters to the editor", "Events in the county"],
        "Council to vote on the new plan",
        ["By Anna Berger", "March 12, 2024"],
        [PARA_EN, PARA2_EN],
    ),
]


def page(blurb: str, links: list[str], title: str, meta: list[str], paras: list[str]) -> str:
    lines = [blurb, ""]
    for link in links:
        lines += [link, ""]
    lines += [title, "", *meta, ""]
    for para in paras:
        lines += [para, ""]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("lang", "blurb", "links", "title", "meta", "paras"), HEADERS, ids=[h[0] for h in HEADERS]
)
def test_related_keeps_the_header_and_marks_its_title(
    lang: str, blurb: str, links: list[str], title: str, meta: list[str], paras: list[str]
) -> None:
    doc = RelatedStage()(Document.from_text(page(blurb, links, title, meta, paras)))
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[link] for link in links} == {"related_links"}
    assert title not in reasons
    assert not any(line in reasons for line in meta)
    number = 2 * len(links) + 3  # the blurb and the links, each with a blank line
    assert doc.header_hint == (number, None)


@pytest.mark.parametrize(
    ("lang", "blurb", "links", "title", "meta", "paras"), HEADERS, ids=[h[0] for h in HEADERS]
)
def test_header_title_is_the_headline_and_what_stands_above_goes(
    lang: str, blurb: str, links: list[str], title: str, meta: list[str], paras: list[str]
) -> None:
    text = page(blurb, links, title, meta, paras)
    doc = clean(text)
    assert doc.headline is not None
    assert doc.headline.text == title
    assert removals(text)[blurb] in {
        ("structure", "before_headline"),
        ("main_content", "before_article"),
    }
    assert [span.text for span in doc.body] == paras


def test_author_name_right_under_the_deck_is_no_header() -> None:
    # The title and its deck stand above; the run opens with the author's name and date
    # right under the deck: no header in a run of links, and no hint.
    lines = [
        "Gemeinderat stimmt über den neuen Plan ab",
        "",
        PARA2_DE,
        "",
        "Anna Berger, Gemeinderat",
        "",
        "12. März 2024",
        "",
        "Foto: Stadtblatt",
        "",
        PARA_DE,
    ]
    doc = RelatedStage()(Document.from_text("\n".join(lines)))
    assert doc.header_hint is None


@pytest.mark.parametrize(
    ("title", "meta"),
    [
        ("Wer hier bloggt", ["Von Anna Berger", "12. März 2024"]),  # the text never says so
        ("3 Kommentare", ["12. März 2024", "Anna Berger sagt:"]),  # a comment header
    ],
)
def test_no_header_without_a_title_of_the_text(title: str, meta: list[str]) -> None:
    links = ["Aktuelle Ausgabe", "Leserbriefe an die Redaktion", "Veranstaltungen im Kreis"]
    lines = [PARA2_DE, "", *links, "", title, "", *meta, "", PARA_DE]
    lines = [line for item in lines for line in ([item, ""] if item else [])]
    doc = RelatedStage()(Document.from_text("\n".join(lines)))
    assert doc.header_hint is None
    assert {r.text: r.reason for r in doc.removed}[title] == "related_links"


def test_photo_caption_may_stand_between_header_and_text() -> None:
    links = ["Aktuelle Ausgabe", "Leserbriefe an die Redaktion", "Veranstaltungen im Kreis"]
    title = "Gemeinderat stimmt über den neuen Plan ab"
    caption = "Das Rathaus am Marktplatz, in dem der Rat tagt."
    lines = [PARA2_DE, *links, title, "12. März 2024", caption, PARA_DE]
    doc = RelatedStage()(Document.from_text("\n\n".join(lines)))
    assert doc.header_hint == (2 * len(links) + 3, None)
    assert title not in {r.text for r in doc.removed}


def test_list_of_dated_teasers_is_no_header() -> None:
    # Each teaser's title over its date: the last pair above the text is one more teaser.
    teasers = [
        "Gemeinderat vertagt die Abstimmung",
        "(Freitag, 8. März 2024)",
        "Neue Brücke kostet mehr als geplant",
        "(Donnerstag, 7. März 2024)",
        "Der Plan für die Innenstadt im Überblick",
        "(Mittwoch, 6. März 2024)",
    ]
    doc = RelatedStage()(Document.from_text("\n\n".join([PARA2_DE, *teasers, PARA_DE])))
    assert doc.header_hint is None
    assert {r.text: r.reason for r in doc.removed}[teasers[-2]] == "related_links"


@pytest.mark.parametrize(
    ("date", "title", "para"),
    [
        ("12.03.2024", "Gemeinderat stimmt über den neuen Plan ab", PARA_DE),
        ("March 12, 2024", "Council to vote on the new plan", PARA_EN),
    ],
)
def test_title_under_its_date_right_above_the_text(date: str, title: str, para: str) -> None:
    links = ["Aktuelle Ausgabe", "Leserbriefe an die Redaktion", "Veranstaltungen im Kreis"]
    # A short line stands between the paragraph above and the links ("Anzeige.").
    lines = [PARA2_DE, "Anzeige.", *links, date, title, para]
    doc = RelatedStage()(Document.from_text("\n\n".join(lines)))
    assert doc.header_hint == (2 * len(links) + 7, None)
    assert clean("\n\n".join(lines)).headline.text == title  # type: ignore[union-attr]


def test_caption_under_the_authors_date_is_no_title() -> None:
    # The deck, then the author, the date and a photo's caption: no title under the date.
    lines = [
        PARA2_DE,
        "Anna Berger, Gemeinderat",
        "12. März 2024",
        "Der Gemeinderat im großen Saal des Rathauses",
        PARA_DE,
    ]
    doc = RelatedStage()(Document.from_text("\n\n".join(lines)))
    assert doc.header_hint is None


def test_title_over_its_deck_in_the_header() -> None:
    links = ["Aktuelle Ausgabe", "Leserbriefe an die Redaktion", "Veranstaltungen im Kreis"]
    title = "Gemeinderat stimmt über den neuen Plan ab"
    deck = (
        "Die Bürger dürfen bis zum Ende des Monats zu dem Plan und zur Abstimmung Stellung nehmen"
    )
    lines = [PARA2_DE, "Anzeige.", *links, title, deck, "Von Anna Berger", PARA_DE]
    doc = RelatedStage()(Document.from_text("\n\n".join(lines)))
    assert doc.header_hint == (2 * len(links) + 5, None)
    assert not {title, deck} & {r.text for r in doc.removed}


@pytest.mark.parametrize(
    ("meta", "title", "para"),
    [
        (["The Courier 12/03/2024 Anna Berger"], "Council to vote on the new plan", PARA_EN),
        (["Von Anna Berger", "Stadtblatt", "Stand: 12.03.2024"], "Gemeinderat stimmt ab", PARA_DE),
    ],
)
def test_stamp_lines_with_a_date_in_figures(meta: list[str], title: str, para: str) -> None:
    # A source, a date in figures and a name on one line; a paper's name between the
    # byline and the date (it goes with the links).
    links = ["Current issue", "Letters to the editor", "Events in the county"]
    lines = [PARA2_EN, "Advertisement.", *links, title, *meta, para, para]
    doc = RelatedStage()(Document.from_text("\n\n".join(lines)))
    assert doc.header_hint == (2 * len(links) + 5, None)
    assert not {title, meta[0], meta[-1]} & {r.text for r in doc.removed}


def test_with_the_pages_title_from_html_only_its_copy_stays() -> None:
    # The HTML route's title hint: the title's copy in the text stays for the headline; the
    # byline and date lines go with the links.
    links = ["Current issue", "Letters to the editor", "Events in the county"]
    title = "Council to vote on the new plan"
    lines = [PARA2_EN, "Advertisement.", *links, title, "March 12, 2024", PARA_EN, PARA_EN]
    doc = replace(Document.from_text("\n\n".join(lines)), title_hint=title)
    reasons = {r.text: r.reason for r in RelatedStage()(doc).removed}
    assert title not in reasons
    assert reasons["March 12, 2024"] == "related_links"


#: (language, menu entries, title, deck, paragraphs): a page with no byline or date.
UNDATED = [
    (
        "de",
        ["* Verein", "* Über uns", "* Aktuelles", "* Details"],
        "Gemeinderat bringt den neuen Plan zur Abstimmung",
        "Die Abstimmung über die alte Brücke kommt in der nächsten Woche nach der Stellungnahme",
        [PARA_DE, PARA2_DE, PARA3_DE],
    ),
    (
        "en",
        ["1. Home", "2. News", "3. Council"],
        "Council to vote on the new bridge plan",
        "The vote on the old bridge comes next week, after the public comment on the plan",
        [PARA_EN, PARA2_EN, PARA3_EN],
    ),
]


def undated_page(entries: list[str], title: str, deck: str, paras: list[str]) -> str:
    blurb = (
        "Dieser Verein setzt sich seit vielen Jahren für die Natur in der Region ein und sucht "
        "Mitglieder."
    )
    return "\n".join([blurb, "", *entries, "", title, "", deck, "", *paras])


@pytest.mark.parametrize(
    ("lang", "entries", "title", "deck", "paras"), UNDATED, ids=[h[0] for h in UNDATED]
)
def test_an_undated_title_and_deck_under_menu_entries_stay(
    lang: str, entries: list[str], title: str, deck: str, paras: list[str]
) -> None:
    doc = RelatedStage()(Document.from_text(undated_page(entries, title, deck, paras)))
    reasons = {r.text: r.reason for r in doc.removed}
    assert {reasons[entry] for entry in entries} == {"related_links"}
    assert title not in reasons
    assert deck not in reasons
    assert doc.header_hint == (len(entries) + 4, None)  # the blurb, the entries, blanks


@pytest.mark.parametrize(
    ("lang", "entries", "title", "deck", "paras"), UNDATED, ids=[h[0] for h in UNDATED]
)
def test_a_box_label_over_a_teaser_is_no_header(
    lang: str, entries: list[str], title: str, deck: str, paras: list[str]
) -> None:
    # A short label ("Police and fire") over a story's summary is a box of teasers, and a
    # title the text does not use is not the article's.
    label = "Police and fire" if lang == "en" else "Polizei und Feuerwehr"
    for top in (label, "Wetter heute im Norden und Süden"):
        doc = RelatedStage()(Document.from_text(undated_page(entries, top, deck, paras)))
        reasons = {r.text: r.reason for r in doc.removed}
        assert reasons[top] == "related_links"
        assert reasons[deck] == "related_links"
        assert doc.header_hint is None


def test_an_undated_header_above_little_of_the_prose_is_no_header() -> None:
    # Most of the page's prose stands above the run: a box of teasers under the article.
    entries, title, deck, paras = UNDATED[1][1:]
    text = "\n".join([PARA3_EN, "", PARA2_EN, "", undated_page(entries, title, deck, paras)])
    doc = RelatedStage()(Document.from_text(text))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons[title] == "related_links"
