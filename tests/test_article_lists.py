"""Lists inside an article that related-link rules must leave alone, and the teaser lines
they must still take (RelatedStage)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner.document import Document
from cleaner.stages.sections import RelatedStage


def related(lines: list[str]) -> dict[str, str]:
    """The reason each removed line went, by its text."""
    doc = RelatedStage()(Document.from_text("\n".join(lines)))
    return {r.text.strip(): r.reason for r in doc.removed}


ANNOUNCED = [
    (
        "de",
        PARA_DE,
        PARA2_DE,
        ["Unsere Leistungen", "Gutachten: wann und wie?"],
        "Es gibt eine Reihe von Gründen für ein Gutachten:",
        [
            "* zur Kontrolle der Standsicherheit",
            "* zur Erkennung von Krankheiten",
            "* bei Pilzbefall",
        ],
    ),
    (
        "en",
        PARA_EN,
        PARA2_EN,
        ["Our services", "Surveys: when and how?"],
        "There are several reasons for a survey:",
        ["* to check that a tree stands safely", "* to find diseases early", "* after storms"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "para", "para2", "before", "lead", "items"), ANNOUNCED, ids=[c[0] for c in ANNOUNCED]
)
def test_announcer_inside_a_run_keeps_its_list(
    lang: str, para: str, para2: str, before: list[str], lead: str, items: list[str]
) -> None:
    # A title-like run whose middle line ends with a colon: what the colon announces is the
    # article's list; the short lines before it are judged as a run of their own.
    reasons = related([para, "", *before, "", lead, "", *items, "", para2])
    assert lead not in reasons
    assert not any(item in reasons for item in items)
    assert {reasons[line] for line in before} == {"related_links"}


@pytest.mark.parametrize("lead", ["Link this story:", "Comments (3), Blocked (0):"])
def test_chrome_colon_lines_announce_nothing(lead: str) -> None:
    items = ["Storm closes the coast road", "Mayor opens new library", "Bridge vote delayed"]
    reasons = related([PARA_EN, "", "Print this story", "", lead, "", *items, "", PARA2_EN])
    assert {reasons[item] for item in items} == {"related_links"}


@pytest.mark.parametrize(
    ("para", "para2", "sentence", "items"),
    [
        (
            PARA_DE,
            PARA2_DE,
            "* Überschriften werden nummeriert und fett gesetzt, Zwischenüberschriften nicht.",
            ["* Betonungen kursiv", "* lange Zitate einrücken", "* Fußnoten sparsam setzen"],
        ),
        (
            PARA_EN,
            PARA2_EN,
            "* Headings are numbered and set in bold, but subheadings are not.",
            ["* Emphasis in italics", "* Indent long quotes", "* Use few footnotes"],
        ),
    ],
    ids=["de", "en"],
)
def test_short_items_that_go_on_a_list_of_sentences_stay(
    para: str, para2: str, sentence: str, items: list[str]
) -> None:
    reasons = related([para, "", sentence, *items, "", para2])
    assert not any(item in reasons for item in items)


def test_bulleted_headlines_without_sentences_still_go() -> None:
    items = ["* Storm closes the coast road", "* Mayor opens new library", "* Bridge vote delayed"]
    reasons = related([PARA_EN, "", *items, "", PARA2_EN])
    assert {reasons[item] for item in items} == {"related_links"}


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Looking back at the old bridge",
        "Vorheriger ArtikelDie Brücke wird gesperrt",
        "Beliebte Beiträge zum Thema:",
    ],
)
def test_label_with_its_teaser_goes_as_a_label(line: str) -> None:
    reasons = related([PARA_EN, "", line, "", PARA2_EN])
    assert reasons[line] == "related_label"


def test_label_with_its_teaser_does_not_take_the_next_heading() -> None:
    # "Read more: <title>" carries its teaser; the sub-heading below it is the article's.
    heading = "Resistance from the right"
    reasons = related([PARA_EN, "", "Read more: The old bridge", "", heading, "", PARA2_EN])
    assert reasons["Read more: The old bridge"] == "related_label"
    assert heading not in reasons


INGREDIENTS = [
    ("de", "Zutaten", ["* 350 g Zucker", "* 500 ml Milch", "* 4 EL Mehl", "* Salz"]),
    ("en", "Ingredients", ["* 2 cups flour", "* 500 g sugar", "* 1 tsp salt", "* Pepper"]),
    ("fr", "Ingrédients pour 4 personnes", ["* 250 g de farine", "* 2 œufs", "* Sel"]),
]


@pytest.mark.parametrize(("lang", "heading", "items"), INGREDIENTS, ids=[c[0] for c in INGREDIENTS])
def test_ingredient_list_is_neither_menu_nor_related(
    lang: str, heading: str, items: list[str]
) -> None:
    from cleaner import clean

    para, para2 = (PARA_DE, PARA2_DE) if lang == "de" else (PARA_EN, PARA2_EN)
    doc = clean("\n".join(["Apple cake", "", para, "", heading, "", *items, "", para2, "", para]))
    gone = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert not [item for item in items if item in gone], gone


@pytest.mark.parametrize(
    ("lines", "menu"),
    [
        (["350 g Zucker", "Mehl", "65 g", "Butter", "1 TL", "Backpulver"], False),
        (["* 390 kcal", "* 8 g Eiweiß", "* 13 g Fett"], False),
        (["Politik", "Wirtschaft", "Sport", "Kultur"], True),
        (["* 1", "* 2", "* 3", "* Weiter"], True),
    ],
    ids=["amounts_on_two_lines", "nutrition", "menu", "pagination"],
)
def test_menu_runs_of_amounts_stay(lines: list[str], menu: bool) -> None:
    from cleaner.stages.layout import MenuStage

    doc = MenuStage()(Document.from_text("\n".join([PARA_DE, "", *lines, "", PARA2_DE])))
    reasons = {r.text: r.reason for r in doc.removed}
    assert (set(reasons.values()) == {"menu"}) if menu else not reasons


def test_main_content_scores_an_amount_item_as_data() -> None:
    from cleaner.blocks import Block
    from cleaner.document import Line
    from cleaner.stages.block_scores import classify, score

    amount = Block((Line(1, "* 350 g Zucker"),))
    entry = Block((Line(1, "* Rezepte"),))
    stoplist: frozenset[str] = frozenset()
    assert classify(amount, stoplist, False) == "data"
    assert classify(entry, stoplist, False) == "bad"
    assert score(amount, "data") > score(entry, "bad")


def long_para(seed: str) -> str:
    return " ".join([seed] + ["and the committee went on to discuss it at length."] * 3)


@pytest.mark.parametrize(
    ("header", "paras"),
    [
        (
            "Write a comment",
            [long_para("The attack spread through text messages") for _ in range(3)],
        ),
        (
            "Kommentare",
            [long_para("Der Angriff verbreitete sich über Kurznachrichten") for _ in range(3)],
        ),
    ],
    ids=["en", "de"],
)
def test_comment_link_above_the_article_opens_no_comment_section(
    header: str, paras: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.stages.sections import CommentSectionStage

    # Two teasers of 26 words: enough prose above the link to open a comment section,
    # but less than the article's paragraphs right under it.
    teaser = " ".join(["A short teaser about something else on the site."] * 3)
    lines = ["Site name", "", teaser, "", teaser, "", header, ""]
    for i, para in enumerate(paras):
        lines += [f"Part {i}: {para}", ""]
    page = Document.from_text("\n".join(lines))
    assert not CommentSectionStage()(page).removed
    # Without the look below the header, the link would take the article with it.
    monkeypatch.setattr(CommentSectionStage, "_article_after", lambda *args: False)
    assert CommentSectionStage()(page).removed


def test_comment_header_with_signed_comments_below_still_opens_the_section() -> None:
    from cleaner.stages.sections import CommentSectionStage

    article = [long_para("The council approved the plan") for _ in range(3)]
    comments = []
    for name in ("Anna", "Ben", "Cleo"):
        comments += [
            f"Posted by: {name} at November 13, 2012 6:31 AM",
            "",
            long_para("I agree"),
            "",
        ]
    lines = [*[x for p in article for x in (p, "")], "Comments", "", *comments]
    doc = CommentSectionStage()(Document.from_text("\n".join(lines)))
    assert {r.reason for r in doc.removed} == {"comment_section"}
    assert any(r.text == "Comments" for r in doc.removed)


@pytest.mark.parametrize(
    ("head", "lead", "buttons", "para", "para2"),
    [
        (
            "Council backs plan for new bridge",
            PARA_EN,
            ["* toot", "* Facebook", "* Twitter", "* E-Mail", "* post it"],
            PARA2_EN,
            PARA_EN.replace("council", "committee"),
        ),
        (
            "Gemeinderat beschließt neue Brücke",
            PARA_DE,
            ["* twittern", "* Facebook", "* Twitter", "* E-Mail", "* mitteilen"],
            PARA2_DE,
            PARA_DE.replace("Gemeinderat", "Ausschuss"),
        ),
    ],
    ids=["en", "de"],
)
def test_header_zone_keeps_the_lead_above_the_share_buttons(
    head: str, lead: str, buttons: list[str], para: str, para2: str
) -> None:
    from cleaner import clean

    # The share row's known buttons are removed first: the lines between lead and text
    # weigh on the stretch, which then starts under the row, and the header zone must
    # reach past the lead to the title.
    menu = "\n".join(["* Home", "* News", "* Sport", "* Weather", "* Business"])
    doc = clean("\n\n".join([menu, head, lead, "\n".join(buttons), para, para2]))
    assert doc.headline is not None and doc.headline.text == head
    assert lead in [p.text for p in doc.body]
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons["* Sport"] == ("menus", "menu")


def test_signature_joined_to_its_comment_still_counts() -> None:
    from cleaner.blocks import Block
    from cleaner.document import Line
    from cleaner.stages.sections import CommentSectionStage

    # An extractor joins "Posted by ..." to the comment under it: one block of prose.
    comment = Block(
        (
            Line(2, "Posted by: Anna at November 13, 2012 6:31 AM"),
            Line(3, long_para("I took the course last year")),
        )
    )
    prose = [Block((Line(n, long_para("I agree with the post")),)) for n in (4, 5, 6)]
    header = Block((Line(1, "Comments"),))
    assert comment.is_prose
    assert not CommentSectionStage()._article_after([header, comment, *prose], 0, 10)
    assert CommentSectionStage()._article_after([header, *prose], 0, 10)


STORIES_EN = [
    "Harbour board approves new pier after long debate The board voted on Monday to rebuild"
    " the old pier, which storms damaged in the spring, before the summer season.",
    "Hospital opens new wing for children The wing, paid for by a public appeal, has forty"
    " beds and a garden on its roof, the hospital said on Tuesday morning.",
    "Local team wins the regional cup final The team beat its rivals by two goals in front"
    " of a full stadium, its first title in more than twenty years of trying.",
]
STORIES_DE = [
    "Hafenamt genehmigt neuen Steg nach langer Debatte Der Rat stimmte am Montag dafür, den"
    " alten Steg, den die Stürme im Frühjahr beschädigt hatten, vor dem Sommer neu zu bauen.",
    "Krankenhaus eröffnet neuen Flügel für Kinder Der Flügel, bezahlt mit Spenden, hat"
    " vierzig Betten und einen Garten auf dem Dach, wie das Krankenhaus am Dienstag sagte.",
    "Heimischer Verein gewinnt das Pokalfinale Die Mannschaft schlug ihren Rivalen mit zwei"
    " Toren vor vollem Stadion, ihr erster Titel seit mehr als zwanzig Jahren.",
]


@pytest.mark.parametrize(
    ("paragraphs", "labels", "stories"),
    [
        ((PARA_EN, PARA2_EN), ["Business »", "Canada", "Health »", "Sports »"], STORIES_EN + STORIES_EN[:1]),
        ((PARA_DE, PARA2_DE), ["Wirtschaft", "Gesundheit", "Sport"], STORIES_DE),
    ],
)  # fmt: skip
def test_a_box_of_other_stories_by_section_is_a_teaser_list(
    paragraphs: tuple[str, str], labels: list[str], stories: list[str]
) -> None:
    box = [line for label, story in zip(labels, stories, strict=True) for line in (label, story)]
    removed = related([paragraphs[0], "", paragraphs[1], "", *"\n\n".join(box).split("\n")])
    # Every label goes, the short one between section names too, and every story.
    assert {removed.get(line) for line in box} == {"teaser_list"}
    assert paragraphs[0] not in removed and paragraphs[1] not in removed


def test_an_article_with_sub_headings_that_are_not_all_section_names_stays() -> None:
    lines = [PARA_EN, "", "Health", "", PARA2_EN, "", "What the council said", "", PARA_EN,
             "", "Next steps", "", PARA2_EN]  # fmt: skip
    assert not related(lines)


def test_two_section_names_are_no_box() -> None:
    lines = [PARA_EN, "", "Health", "", STORIES_EN[0], "", "Sports", "", STORIES_EN[1]]
    assert not related(lines)


@pytest.mark.parametrize(
    ("quote", "link"),
    [
        (
            "»Wie bringe ich Studierende dazu, Fragen zu stellen?«",
            "» Zum Angebot: Tickets für das Spiel",
        ),
        ("»Das hätte niemand erwartet«", "» Tickets für das Heimspiel am Samstag"),
    ],
)
def test_a_line_in_german_quotation_marks_is_no_link(quote: str, link: str) -> None:
    # "»" opens a German quotation when "«" closes it on the line; alone it marks a link.
    reasons = related([PARA_DE, "", quote, "", link, "", PARA2_DE])
    assert quote not in reasons
    assert reasons[link] == "related_links"


COLON_HEADINGS = [
    (
        "en",
        ["Photo gallery", "Open the gallery"],
        "Tenants:",
        ["* The deposit earns interest at the rate the bank pays.", "* Rent may rise once a year."],
        ["* New flats open in the old harbour", "* Rents rise again in the city"],
    ),
    (
        "de",
        ["Bildergalerie", "Galerie öffnen"],
        "Für Mieter:",
        [
            "* Die Kaution wird zum Zinssatz der Bank verzinst.",
            "* Die Miete steigt einmal im Jahr.",
        ],
        ["* Neue Wohnungen im alten Hafen", "* Mieten steigen wieder in der Stadt"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "links", "heading", "points", "headlines"),
    COLON_HEADINGS,
    ids=[c[0] for c in COLON_HEADINGS],
)
def test_a_colon_line_over_a_list_of_sentences_is_its_heading(
    lang: str, links: list[str], heading: str, points: list[str], headlines: list[str]
) -> None:
    # The links above the heading still go; the heading of the article's points stays.
    para, para2 = (PARA_EN, PARA2_EN) if lang == "en" else (PARA_DE, PARA2_DE)
    reasons = related([para, "", *links, "", heading, "", *points, "", para2])
    assert {reasons[line] for line in links} == {"related_links"}
    assert heading not in reasons
    # Over headlines, the same line is one more link.
    reasons = related([para, "", *links, "", heading, "", *headlines, "", para2])
    assert reasons[heading] == "related_links"


PROS_CONS = [
    ("de", PARA_DE, PARA2_DE, ["Vorteile", "Nachteile", "Niedrige Raten", "Hohe Zinsen"]),
    ("de-joined", PARA_DE, PARA2_DE, ["VorteileNiedriger PreisGute Verarbeitung", "NachteileLaut"]),
    ("en", PARA_EN, PARA2_EN, ["Pros", "Cheap to run", "Cons", "Slow to charge"]),
]


@pytest.mark.parametrize(
    ("lang", "para", "para2", "table"), PROS_CONS, ids=[c[0] for c in PROS_CONS]
)
def test_a_table_of_pros_and_cons_in_the_text_stays(
    lang: str, para: str, para2: str, table: list[str]
) -> None:
    # A table's cells one to a line between two paragraphs: its column of pros, then of cons.
    assert related([para, "", "Overview of the options", "", *table, "", para2]) == {}


def test_headlines_that_open_with_pro_and_con_words_still_go() -> None:
    items = ["ProcessWire 3.0 released", "Construction starts on the bridge", "Plus size fashion"]
    reasons = related([PARA_EN, "", *items, "", PARA2_EN])
    assert {reasons[item] for item in items} == {"related_links"}


def test_a_product_card_with_pros_and_cons_between_shop_links_still_goes() -> None:
    # A shopping guide's card: a shop's link and a price above the pros, not prose.
    card = ["$150 at Example Sports", "Pros", "Light and quick", "Cons", "Runs narrow"]
    reasons = related([PARA_EN, "", "Shop at example.com", "", *card, "", "Shop at example.org"])
    assert {reasons[item] for item in card} == {"related_links"}


SHORT_SENTENCE = "We ran each benchmark twice on the same machine."


def test_a_table_of_measurements_under_a_short_sentence_stays() -> None:
    # A benchmark's table, its cells one to a line, between a short paragraph and prose.
    table = ["file", "fast", "slow", "alpha", "2.3 GB/s", "0.1 GB/s", "beta", "2.5 GB/s"]
    table += ["0.2 GB/s", "gamma", "3.1 GB/s", "0.3 GB/s"]
    assert related([PARA_EN, "", SHORT_SENTENCE, "", *table, "", PARA2_EN]) == {}


def test_share_counters_under_a_short_sentence_still_go() -> None:
    # Mostly data too ("Family: ...", "10.7k"), but no column of measurements in one unit.
    widgets = ["Family: Rosaceae", "Common Name: Rose", "10.7k", "SHARES", "JOIN Our Newsletter"]
    reasons = related([PARA_EN, "", SHORT_SENTENCE, "", *widgets, "", PARA2_EN])
    assert {reasons[item] for item in widgets} == {"related_links"}
