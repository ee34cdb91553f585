"""Where the article starts and ends in a whole-page dump (MainContentStage), and labels of
related-story lists in several languages (RelatedStage)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner import clean
from cleaner.blocks import Block
from cleaner.document import Document, Line
from cleaner.stages.article_end import Scored, entries_end
from cleaner.stages.sections import RelatedStage

FOOTER = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]

TAIL_LISTS = [
    (
        "de",
        ["Neuer Plan für die Brücke", "", PARA_DE, "", PARA2_DE, ""],
        "Lesen Sie dazu auch die Mitteilungen der Stadt:",
        ["Mitteilung vom 3. Mai", "Mitteilung vom 5. Mai", "Mitteilung vom 9. Mai"],
    ),
    (
        "en",
        ["A new plan for the bridge", "", PARA_EN, "", PARA2_EN, ""],
        "You can read the council's statements here:",
        ["* Statement of 3 May", "* Statement of 5 May", "* Statement of 9 May"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "article", "announcer", "items"), TAIL_LISTS, ids=[c[0] for c in TAIL_LISTS]
)
def test_list_announced_under_the_last_paragraph_stays(
    lang: str, article: list[str], announcer: str, items: list[str]
) -> None:
    text = "\n".join([*article, announcer, "", *items, "", *FOOTER])
    removed = removals(text)
    for line in [announcer, *items]:
        assert line not in removed
    assert removed["* Impressum"][0] == "chrome"


@pytest.mark.parametrize(
    ("lang", "article", "announcer", "items"), TAIL_LISTS, ids=[c[0] for c in TAIL_LISTS]
)
def test_unannounced_list_under_the_article_goes(
    lang: str, article: list[str], announcer: str, items: list[str]
) -> None:
    # The same lines under a heading without a colon: a block of links after the article.
    heading = announcer.rstrip(":")
    removed = removals("\n".join([*article, heading, "", *items, "", *FOOTER]))
    for line in [heading, *items]:
        assert removed[line] in {("related", "related_links"), ("main_content", "after_article")}


@pytest.mark.parametrize(
    ("lang", "article", "announcer", "items"), TAIL_LISTS, ids=[c[0] for c in TAIL_LISTS]
)
def test_announcer_with_a_single_item_goes(
    lang: str, article: list[str], announcer: str, items: list[str]
) -> None:
    removed = removals("\n".join([*article, announcer, "", items[0], "", *FOOTER]))
    assert removed[announcer] == ("main_content", "after_article")
    assert removed[items[0]] == ("main_content", "after_article")


def test_announced_list_of_post_navigation_goes() -> None:
    lines = ["Neuer Plan für die Brücke", "", PARA_DE, "", PARA2_DE + " Hier unterschreiben:"]
    lines += ["", "http://example.org/petition", "← Der vorige Beitrag", "Der nächste Beitrag →"]
    removed = removals("\n".join([*lines, "", *FOOTER]))
    assert removed["Der nächste Beitrag →"] == ("main_content", "after_article")


ADDRESSES = [
    ("de", "Neuigkeiten", PARA_DE, PARA2_DE[:-1] + ", unterschreibt bitte alle diese Petition:"),
    ("en", "News", PARA_EN, PARA2_EN[:-1] + ", so please sign the petition here:"),
]


@pytest.mark.parametrize(
    ("lang", "kicker", "para", "last"), ADDRESSES, ids=[c[0] for c in ADDRESSES]
)
def test_address_announced_by_the_last_paragraph_stays(
    lang: str, kicker: str, para: str, last: str
) -> None:
    # A post of one paragraph that ends with a colon, its address on a line of its own, then
    # the blog's previous/next links: the address is the post's (MainContentStage ends the
    # article at it; StructureStage keeps it with the paragraph, which opens no body).
    url = "http://www.example.org/petition/online/bruecke-retten"
    lines = ["* Startseite", "* Termine", "* Kontakt", "", kicker, "", "Donnerstag, 31. Mai 2012"]
    lines += ["", "Das Ministerium informiert", "", f"{para} {last}", "", url, ""]
    lines += ["← Der erste Stammtisch im Juni", "Die Partei als Ehestifter →", "* Impressum"]
    doc = clean("\n".join(lines))
    assert url in [span.text for span in doc.body]
    removed = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert removed["Die Partei als Ehestifter →"] == ("main_content", "after_article")


@pytest.mark.parametrize(
    "label",
    [
        "Diese Artikel könnten dich ebenfalls interessieren:",
        "Das könnte Sie auch interessieren",
        "Ces articles pourraient aussi vous intéresser :",
        "Ti potrebbe interessare",
        "Może cię też zainteresować:",
        "Dit vind je misschien ook interessant",
        "También te podría interesar:",
    ],
    ids=["de", "de-sie", "fr", "it", "pl", "nl", "es"],
)
def test_related_label_in_several_languages(label: str) -> None:
    lines = [PARA_DE, "", label, "", "Ein anderer Beitrag über Brücken", "", PARA2_DE]
    doc = RelatedStage()(Document.from_text("\n".join(lines)))
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons[label] == "related_label"


LEADS = [
    (
        "de",
        "Neuer Plan für die Brücke",
        "Der Gemeinderat will die alte Brücke über den Fluss abreißen und bis zum Jahr 2030 "
        "durch einen Neubau ersetzen lassen",
    ),
    (
        "en",
        "A new plan for the bridge",
        "The council wants to pull down the old bridge over the river and have it replaced "
        "by a new one by the year 2030",
    ),
    (
        "de-colon",
        "Neuer Plan für die Brücke",
        "Der Gemeinderat hat beschlossen, was mit der Brücke geschehen soll, und nennt drei Gründe:",
    ),
]


def spans(text: str) -> tuple[list[str], dict[str, tuple[str, str]]]:
    doc = clean(text)
    body = [span.text for span in doc.body]
    return body, {r.text.strip(): (r.stage, r.reason) for r in doc.removed}


@pytest.mark.parametrize(("lang", "title", "lead"), LEADS, ids=[c[0] for c in LEADS])
def test_lead_without_a_full_stop_is_the_body(lang: str, title: str, lead: str) -> None:
    para, para2 = (PARA_EN, PARA2_EN) if lang == "en" else (PARA_DE, PARA2_DE)
    body, removed = spans("\n".join([title, "", lead, "", para, "", para2]))
    assert lead in body
    assert lead not in removed


@pytest.mark.parametrize(
    "line",
    [
        # A tag list: long, no sentence, few stopwords.
        "Brücke Gemeinderat Neubau Fluss Verkehr Stadtrat Haushalt Planung Abriss Baustelle "
        "Umleitung Bürger Stadt Sanierung",
        # A caption ending with its credit.
        "Die alte Brücke über den Fluss soll bis zum Jahr 2030 durch einen Neubau ersetzt "
        "werden und wird im Sommer gesperrt. Foto: Max Muster",
        # A caption with an agency's credit.
        "Officials walk across the old bridge over the river after the council voted to "
        "replace it with a new one on Monday. (AP Photo/Max Muster)",
        # An archive photo's caption, and the author's biography.
        "In this 2006 file photo, officials walk across the old bridge over the river after "
        "the council voted to replace it with a new one",
        "Max Muster is a senior writer at the Daily Courier, where he covers the city council "
        "and its plans for bridges and roads",
    ],
    ids=["tags", "caption", "agency-credit", "file-photo", "bio"],
)
def test_long_header_line_that_is_not_a_lead_stays_a_fragment(line: str) -> None:
    text = "\n".join(["Neuer Plan für die Brücke", "", line, "", PARA_DE, "", PARA2_DE])
    body, removed = spans(text)
    assert removed[line] == ("structure", "header_fragment")


def test_dated_caption_is_not_a_lead() -> None:
    # The HTML route's visible text keeps a caption's date, which the text route's
    # metadata stage takes first.
    from cleaner.blocks import Block
    from cleaner.document import Line
    from cleaner.stages.leads import unstopped_lead

    caption = (
        "Officials walk across the old bridge over the river after the council voted to "
        "replace it with a new one, 24 Nov 2007"
    )
    assert not unstopped_lead(Block((Line(1, caption),)))
    assert unstopped_lead(Block((Line(1, caption.rsplit(",", 1)[0]),)))


def _scored(texts: list[str]) -> list[Scored]:
    return [Scored(Block((Line(n, t),)), "good", 0.0) for n, t in enumerate(texts, 1)]


ENTRY_PAGES = [
    (
        "de",
        ["6. Anna Berg", "Sie schreibt über Brücken.", "7. Karl Stein", "Er baut Brücken."],
        ["8.Maria Feld", "Sammelt Fotos.", "9. Der Brückenklub", "Gegründet von Otto Brück."],
    ),
    (
        "en",
        ["6) Ann Hill", "She writes about bridges.", "7) Bob Stone", "He builds bridges."],
        ["8) Cleo Field", "Collects photos.", "9) The Bridge Club", "Founded by Dan Brook."],
    ),
]


@pytest.mark.parametrize(("lang", "kept", "below"), ENTRY_PAGES, ids=[c[0] for c in ENTRY_PAGES])
def test_numbered_entries_go_on_under_the_article(
    lang: str, kept: list[str], below: list[str]
) -> None:
    # The article ends with entries 6 and 7; entries 8 and 9 follow with nothing removed
    # between, then the footer's removed lines: the article ends with entry 9's text.
    items = _scored([*kept, *below, "Footer"])
    gaps = [0.0] * (len(kept) + len(below)) + [16.0]
    assert entries_end(items, gaps, len(kept) - 1) == len(kept) + len(below) - 1


@pytest.mark.parametrize(
    "below",
    [
        ["10. Cleo Field", "Collects photos."],  # not the next number
        ["Cleo Field", "Collects photos."],  # no number
    ],
    ids=["skipped-number", "unnumbered"],
)
def test_entries_end_needs_the_next_number(below: list[str]) -> None:
    kept = ["6. Ann Hill", "She writes about bridges.", "7. Bob Stone", "He builds bridges."]
    items = _scored([*kept, *below])
    assert entries_end(items, [0.0] * len(items), len(kept) - 1) == len(kept) - 1


def test_entries_end_stops_at_removed_lines() -> None:
    kept = ["6. Ann Hill", "She writes about bridges.", "7. Bob Stone", "He builds bridges."]
    items = _scored([*kept, "8. Cleo Field", "Collects photos."])
    assert entries_end(items, [0.0] * 4 + [16.0, 0.0], 3) == 3
