"""One test per reason code: each asserts the stage and the reason, not only that a line went."""

from __future__ import annotations

import pytest
from paragraphs import removed_as_related

from cleaner import CleanerConfig, DropPattern, Pipeline, clean
from cleaner import patterns as P
from cleaner.document import Document
from cleaner.pipeline import STAGE_CLASSES
from cleaner.stages.base import Stage
from cleaner.stages.boilerplate import ChromeFilter

PARA = (
    "The council said on Monday that the new plan would be put to a vote next week, and that "
    "members of the public would be able to comment on it before the end of the month."
)
PARA2 = (
    "Officials in the city have argued for years that the old bridge is no longer safe, and "
    "they welcomed the decision as a first step towards a long overdue replacement of it."
)
PARA3 = (
    "Residents who live near the river told reporters that they were relieved but that they "
    "would wait to see whether the money for the work was actually found in the budget."
)


def page(*middle: str, head: tuple[str, ...] = ("Council backs plan for new bridge",)) -> str:
    return "\n\n".join([*head, PARA, *middle, PARA2, PARA3]) + "\n"


def removal_of(text: str, line: str, **kwargs: object) -> tuple[str, str]:
    doc = clean(text, **kwargs)  # type: ignore[arg-type]
    found = [(r.stage, r.reason) for r in doc.removed if r.text.strip() == line.strip()]
    assert found, f"{line!r} was not removed; removed: {[r.text for r in doc.removed]}"
    return found[0]


CASES = [
    ("skip_link", page(), "Skip to main content", "chrome"),
    ("share", None, "Share this article", "chrome"),
    ("social_follow", None, "Join our Telegram channel", "chrome"),
    ("subscribe", None, "Sign up for our daily newsletter", "chrome"),
    ("login", None, "Log in / Register", "chrome"),
    ("cookie_notice", None, "This site uses cookies to improve your experience", "chrome"),
    ("cookie_notice", None, "Korzystamy z plików cookies, aby ulepszyć serwis.", "chrome"),
    ("feedback", None, "Found a bug?", "chrome"),
    ("navigation", None, "Next article »", "chrome"),
    ("copyright", None, "© 2012 Example News Ltd. All rights reserved.", "chrome"),
    ("link_row", None, "Help | Contact Us | Advertise | RSS | Archive", "chrome"),
    ("ad_label", None, "Advertisement", "ads"),
    ("ad_label_de", None, "Anzeige", "ads"),
    ("promo_phone", None, "Реклама +7(700) 388 81 09", "ads"),
    (
        "affiliate_notice",
        None,
        "If you buy a product featured here, we may earn an affiliate commission or other "
        "compensation.",
        "ads",
    ),
    (
        "affiliate_notice_de",
        None,
        "Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.",
        "ads",
    ),
    (
        "cookie_notice_long",
        None,
        "This website uses cookies. By continuing to use our website without changing the "
        "settings, you are agreeing to our use of cookies. Click here for more information.",
        "chrome",
    ),
    ("comment_widget", None, "blog comments powered by Disqus", "comment_widgets"),
]


@pytest.mark.parametrize(
    ("reason", "line", "stage"),
    [(c[0].removesuffix("_de").removesuffix("_long"), c[2], c[3]) for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_line_rules(reason: str, line: str, stage: str) -> None:
    text = page(line, head=(line, "Council backs plan for new bridge"))
    assert removal_of(text, line) == (stage, reason)


def test_menu_run() -> None:
    text = "  1. Main\n  2. Learn\n  3. Incidents\n  4. Unrest\n\n" + page()
    doc = clean(text)
    reasons = {r.text.strip(): (r.stage, r.reason) for r in doc.removed}
    assert reasons["1. Main"] == ("menus", "menu")
    assert reasons["4. Unrest"] == ("menus", "menu")


@pytest.mark.parametrize(
    ("title", "headline"),
    [("Stadtrat Brücke", "Stadtrat Brücke"), ("Sport", None)],
)
def test_a_short_title_under_the_menu_is_no_menu_entry(title: str, headline: str | None) -> None:
    prose = (
        "Der Stadtrat hat am Montag beschlossen, dass die neue Brücke über den Fluss im "
        "nächsten Jahr gebaut wird, nachdem die alte lange gesperrt war."
    )
    more = "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, sagte die Stadt."
    text = "\n".join(["Start", "Politik", "Kultur", title, "", prose, "", more, ""])
    doc = clean(text)
    menus = [r.text for r in doc.removed if r.reason == "menu"]
    if headline is None:  # "Sport" is not written in the paragraph: a menu entry
        assert menus == ["Start", "Politik", "Kultur", "Sport"]
    else:
        assert menus == ["Start", "Politik", "Kultur"]
        assert doc.headline is not None and doc.headline.text == headline


def test_breadcrumb() -> None:
    assert removal_of(
        page(head=("Home > News > World", "Council backs plan")), "Home > News > World"
    ) == (
        "menus",
        "breadcrumb",
    )


def test_foreign_script_line_on_english_page() -> None:
    line = "Купить квартиру в центре города недорого"
    assert removal_of(page(line), line) == ("script", "foreign_script")


def test_russian_page_keeps_cyrillic_and_latin_brands() -> None:
    ru = (
        "Министр иностранных дел России заявил в понедельник, что переговоры в Женеве "
        "продолжатся на следующей неделе, несмотря на разногласия сторон по ключевым вопросам."
    )
    brand = "Компания Apple представила новый iPhone на презентации в Калифорнии в среду вечером."
    doc = clean("\n\n".join(["Переговоры в Женеве продолжатся", ru, brand, ru + " Да."]))
    assert not [r for r in doc.removed if r.reason == "foreign_script"]
    assert doc.language == "ru"


def test_comment_section_after_header() -> None:
    text = page() + "\n12 Comments\n\nJohn: I disagree with every word of this piece, frankly.\n"
    doc = clean(text)
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons["12 Comments"] == ("comment_section", "comment_section")
    assert "John: I disagree" not in doc.text


def test_comment_signatures_without_header() -> None:
    comments = "\n\n".join(
        f"Reader{i} 07.0{i}.12 at 13:2{i}\n\nI think the council should have voted on this much "
        f"earlier, since the bridge has been unsafe for a long time now, number {i}."
        for i in range(1, 5)
    )
    doc = clean(page() + "\n" + comments + "\n")
    first = [r for r in doc.removed if r.text.startswith("Reader1")]
    assert first and (first[0].stage, first[0].reason) == ("comment_section", "comment_section")


def test_related_label_and_links() -> None:
    links = ["Bridge closed after crack found", "Mayor promises new budget", "River floods again"]
    text = page("Related:", *links)
    doc = clean(text)
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["Related:"] == "related_label"
    assert all(reasons[line] == "related_links" for line in links)


@pytest.mark.parametrize(
    "links",
    [
        [
            "Unsettled neighbors",
            "Turkey says Syria fired at plane",
            "Syrians afraid of the unknown",
        ],
        # Teasers with a year and a time are headlines, however many numbers they hold.
        [
            "Bridge closed: 12 June 2019, 10:30",
            "Budget vote: 3 May 2020, 18:00",
            "River floods: 1 April 2021, 07:15",
        ],
    ],
    ids=["no_label", "dated_teasers"],
)
def test_related_run_between_prose_goes(links: list[str]) -> None:
    doc = clean("\n".join(["Council backs plan", "", PARA, "", *links, "", PARA2, "", PARA3]))
    assert {r.reason for r in doc.removed if r.text in links} == {"related_links"}


DATA_LISTS = [
    ("facts", ["Company in focus: Acme Bridges", "Chief engineer: Jane Doe", "Budget: 40 million"]),
    ("amounts", ["2 cups of plain flour", "500 g of brown sugar", "1 tsp of sea salt"]),
    ("de_fakten", ["Länge: 300 Meter", "Bauzeit: 4 Jahre", "Kosten: 40 Mio. Euro"]),
]


@pytest.mark.parametrize(("case", "items"), DATA_LISTS, ids=[c[0] for c in DATA_LISTS])
def test_data_list_between_prose_stays(case: str, items: list[str]) -> None:
    doc = clean(
        "\n".join(
            [
                "Council backs plan",
                "",
                PARA,
                "",
                *"\n\n".join(items).split("\n"),
                "",
                PARA2,
                "",
                PARA3,
            ]
        )
    )
    assert not [r for r in doc.removed if r.text in items]
    assert all(item in doc.text for item in items)


def test_form_blanks_are_not_data() -> None:
    from cleaner.stages.article_lists import data_item

    assert not data_item("From Name: ____________")
    assert data_item("Name: Jane Doe")


def test_kicker_teaser_inside_data_list_goes() -> None:
    items = ["Length: 300 metres", "Cost: 40 million", "Work starts: in spring"]
    teaser = "WATCH AGAIN: How the old bridge was built"
    doc = clean(
        "\n".join(
            ["Council backs plan", "", PARA, "", *items[:2], teaser, items[2], "", PARA2, "", PARA3]
        )
    )
    assert all(item in doc.text for item in items)
    assert removal_of_doc(doc, teaser) == ("related", "related_links")


def removal_of_doc(doc: Document, line: str) -> tuple[str, str]:
    found = [(r.stage, r.reason) for r in doc.removed if r.text == line]
    assert found, f"{line!r} was not removed"
    return found[0]


def test_data_list_without_prose_after_still_goes() -> None:
    # A run of data items at the end of the page, after the article and a menu between,
    # is a sidebar's; right under the last paragraph it would be the article's fact sheet
    # (tests/test_fact_lists.py).
    items = [
        "Ticket price: 30 dollars each",
        "Tickets left: 12 of 40",
        "Free seats: 40 in the hall",
    ]
    menu = ["* Home", "* News", "* Sport", "* Contact"]
    text = "\n".join(["Council backs plan", "", PARA, "", PARA2, "", PARA3, "", *menu, "", *items])
    doc = clean(text)
    assert {r.stage for r in doc.removed if r.text in items} <= {"related", "main_content"}
    assert not [item for item in items if item in doc.text]


def test_link_prefix_lines() -> None:
    assert removal_of(page(":: Q And A: The Plan Explained"), ":: Q And A: The Plan Explained") == (
        "related",
        "related_links",
    )


def test_teaser_list_after_article() -> None:
    teasers = [
        "Part of complete coverage on",
        "City news",
        "updated 8:43 AM EDT, Thu June 26, 2014",
        "A short teaser for another story about the city that is not this one at all.",
        "updated 8:48 AM EDT, Thu June 26, 2014",
        "Another teaser for a different story that readers may also want to read.",
    ]
    doc = clean(page() + "\n" + "\n".join(teasers) + "\n")
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons["Part of complete coverage on"] == ("related", "teaser_list")
    assert reasons[teasers[-1]] == ("related", "teaser_list")


def test_repeated_caption_both_copies() -> None:
    cap = "Smoke rises after an explosion near the Palace of Justice on Thursday."
    doc = clean("\n".join(["Council backs plan for new bridge", cap, cap, "", PARA, "", PARA2]))
    assert [(r.stage, r.reason) for r in doc.removed if r.text == cap] == [
        ("captions", "repeated_caption")
    ] * 2


def test_a_long_title_printed_twice_above_the_text_is_the_headline() -> None:
    title = "Council backs plan for a new bridge across the river after years of debate"
    caption = "The old bridge over the river seen from the north bank in the winter of 2019"
    text = "\n".join(["Menu", "", title, "", title, "", PARA, "", caption, caption, "", PARA2])
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == title
    assert [(r.stage, r.reason) for r in doc.removed if r.text == title] == [
        ("structure", "duplicate_headline")
    ]
    # The same kind of pair inside the text is a caption and its copy.
    assert [r.reason for r in doc.removed if r.text == caption] == ["repeated_caption"] * 2


def test_image_alt_and_pictured_caption() -> None:
    alt = "Mayor Jane Smith"
    cap = "Mayor Jane Smith, pictured in 2011. The mayor backed the plan on Monday."
    doc = clean(
        "\n".join([alt, cap, alt, "", "Council backs plan for new bridge", "", PARA, "", PARA2])
    )
    reasons = [(r.text, r.reason) for r in doc.removed]
    assert (alt, "image_alt") in reasons
    assert (cap, "caption") in reasons


def test_credit() -> None:
    assert removal_of(page("Photo: John Doe/Reuters"), "Photo: John Doe/Reuters") == (
        "captions",
        "credit",
    )


def test_duplicate_line() -> None:
    dup = "The vote is expected next week, officials said."
    doc = clean(page(dup, "Another paragraph that sits between the copies of that line here.", dup))
    reasons = [r.reason for r in doc.removed if r.text == dup]
    assert reasons == ["duplicate_line"]


def test_main_content_before_and_after() -> None:
    menu = "\n".join(f"* Section {name}" for name in ("World", "Sport", "Money", "Arts", "Travel"))
    footer = "Example News Group is registered in England and Wales under number 1234."
    text = menu + "\n\nCouncil backs plan for new bridge\n\n" + page(head=()) + "\n" + menu
    doc = clean(text + "\n\n" + footer)
    stages = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert stages["* Section World"][0] in {"menus", "main_content"}
    assert stages[footer] == ("main_content", "after_article")


def test_metadata_lines() -> None:
    doc = clean(
        "\n".join(
            ["Council backs plan for new bridge", "By Jane Smith", "Last updated: January 30, 2012",
             "", "LONDON (Reuters) - " + PARA, "", PARA2, "", PARA3]
        )
    )  # fmt: skip
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons["By Jane Smith"] == ("metadata", "byline")
    assert reasons["Last updated: January 30, 2012"] == ("metadata", "date")
    assert doc.meta.byline == "Jane Smith"
    assert doc.meta.date == "2012-01-30"
    assert doc.meta.dateline == "LONDON (Reuters)"
    assert doc.meta.agency == "Reuters"
    assert doc.body[0].text.startswith("LONDON (Reuters) - ")


@pytest.mark.parametrize(
    "opening",
    ["Fairfield (AP) _ Investigators looking into a fire that damaged a Metro-North",
     "CALGARY, Alberta (AP) - Six people are in stable condition after an Air Canada"],
)  # fmt: skip
def test_a_dateline_opening_cut_off_by_the_dump_is_no_title(opening: str) -> None:
    # A dump that splits the first paragraph leaves its first line reading like a title
    # but for its dateline.
    from cleaner.stages.headline import title_likeness

    assert title_likeness(opening) == 0.0
    assert title_likeness(opening.split(" (AP) ")[1][2:]) > 0.0


def test_the_underscore_of_older_wire_copy_ends_a_dateline() -> None:
    doc = clean("\n".join(["Council backs plan for new bridge", "", "Fairfield (AP) _ " + PARA,
                            "", PARA2, "", PARA3]))  # fmt: skip
    assert doc.meta.dateline == "Fairfield (AP)"
    assert doc.meta.agency == "AP"


def test_date_byline_line() -> None:
    line = "Published 6 July 2015 by Mark Hosak"
    doc = clean(
        "\n".join(
            [
                "Council backs plan for new bridge",
                "By Mark Hosak, July 6, 2015",
                "",
                PARA,
                "",
                PARA2,
            ]
        )
    )
    assert doc.meta.date == "2015-07-06"
    assert [r.reason for r in doc.removed if r.text.startswith("By Mark")] == ["date_byline"]
    assert line  # the German and French forms share the pattern ("Von", "Par")


@pytest.mark.parametrize(
    ("credit", "reason", "agency", "date"),
    [
        ("The Associated Press", "byline", "Associated Press", None),
        ("THE CANADIAN PRESS", "byline", "Canadian Press", None),
        ("Agence France-Presse Staff", "byline", "Agence France-Presse", None),
        ("Associated Press - March 4, 2019 12:53 PM ET", "date_byline", "Associated Press",
         "2019-03-04"),
    ],
)  # fmt: skip
def test_an_agency_credit_is_a_byline_not_the_headline(
    credit: str, reason: str, agency: str, date: str | None
) -> None:
    # A wide dump (w3m) puts a lone bullet between the title and the credit.
    doc = clean(
        "\n".join(["Council backs plan for new bridge", "", "*", credit, "", PARA, "", PARA2])
    )
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"
    assert [(r.stage, r.reason) for r in doc.removed if r.text == credit] == [("metadata", reason)]
    assert (doc.meta.agency, doc.meta.byline, doc.meta.date) == (agency, agency, date)


@pytest.mark.parametrize("line", ["(AP)", "Associated Press - More stories", "AP style guide"])
def test_an_agency_name_in_other_words_is_no_credit(line: str) -> None:
    doc = clean("\n".join(["Council backs plan for new bridge", "", line, "", PARA, "", PARA2]))
    assert doc.meta.agency is None
    assert all(r.stage != "metadata" for r in doc.removed)


def test_a_byline_with_a_colon() -> None:
    doc = clean(
        "\n".join(["Council backs plan for new bridge", "By: Jane Smith", "", PARA, "", PARA2])
    )
    assert [(r.stage, r.reason) for r in doc.removed if r.text == "By: Jane Smith"] == [
        ("metadata", "byline")
    ]
    assert doc.meta.byline == "Jane Smith"


def test_glued_headline_date() -> None:
    doc = clean(
        "Peace hopes dim as army targets Damascus area 07 февраля 2013, 12:03\n\n"
        + PARA
        + "\n\n"
        + PARA2
    )
    assert doc.headline is not None
    assert doc.headline.text == "Peace hopes dim as army targets Damascus area"
    assert doc.meta.date == "2013-02-07"


def test_structure_reasons() -> None:
    head = "Council backs plan for new bridge"
    text = "\n".join(
        ["Kicker label", "", head, "", head, "", "Untitled picture caption of the bridge at dusk",
         "", PARA, "", PARA2, "", PARA3, "", PARA2]
    )  # fmt: skip
    doc = clean(text)
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert doc.headline is not None and doc.headline.text == head
    assert reasons["Kicker label"] == ("structure", "before_headline")
    assert reasons[head] == ("structure", "duplicate_headline")
    assert reasons["Untitled picture caption of the bridge at dusk"] == (
        "structure",
        "header_fragment",
    )
    assert [r.reason for r in doc.removed if r.text == PARA2] == ["duplicate_line"]


def test_standfirst_duplicate() -> None:
    first = PARA.split(", and")[0] + "."
    doc = clean("\n\n".join(["Council backs plan for new bridge", first, PARA, PARA2, PARA3]))
    assert [(r.stage, r.reason) for r in doc.removed if r.text == first] == [
        ("structure", "standfirst_duplicate")
    ]


def test_bullets_are_highlights() -> None:
    bullets = ["  • The council backs a plan for a new bridge", "  • A vote is expected next week"]
    doc = clean("\n".join(["Council backs plan for new bridge", *bullets, "", PARA, "", PARA2]))
    assert [b.text for b in doc.bullets] == [
        "The council backs a plan for a new bridge",
        "A vote is expected next week",
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("   \n\n ", "empty"), ("Home\nNews\nSport\nWeather\n", "no_article"),
     ("404\n\nPage not found\n\nSorry, the page you asked for is not here.", "error_page")],
    ids=["empty", "whitespace", "list_page", "error_page"],
)  # fmt: skip
def test_verdict(text: str, reason: str) -> None:
    doc = clean(text)
    assert doc.rejected is not None
    assert (doc.rejected.stage, doc.rejected.reason) == ("verdict", reason)


def test_too_large_is_rejected() -> None:
    doc = clean("word " * 100, config=CleanerConfig(max_chars=50))
    assert doc.rejected is not None and doc.rejected.reason == "too_large"


def test_custom_pattern_with_user_reason() -> None:
    config = CleanerConfig(drop_patterns=(DropPattern(r"^Promo code", "site_promo"),))
    line = "Promo code BRIDGE20 for 20% off"
    assert removal_of(page(line), line, config=config) == ("custom", "site_promo")


def test_disabled_stage_keeps_its_lines() -> None:
    text = page("Advertisement")
    doc = clean(text, config=CleanerConfig(disabled=frozenset({"ads"})))
    assert not [r for r in doc.removed if r.stage == "ads"]


def test_language_none_for_short_text() -> None:
    doc = clean("Short words only")
    assert doc.language is None and doc.language_score is None


def test_encoding_fixes_are_recorded() -> None:
    doc = clean(page("Skyâ€™s chief correspondent said the bridge was closed on Monday night."))
    assert any("encode:sloppy-windows-1252" in fix.steps for fix in doc.fixes)
    assert "Sky’s chief correspondent" in doc.text


@pytest.mark.parametrize("stage_cls", STAGE_CLASSES, ids=lambda c: c.name)
def test_stage_contract(stage_cls: type[Stage]) -> None:
    """Every stage has a stable snake_case name and declared reasons, and emits only those."""
    assert stage_cls.name.replace("_", "").isalpha() and stage_cls.name.islower()
    stage = Pipeline.from_config().stages
    for instance in stage:
        if isinstance(instance, stage_cls):
            doc = instance(Document.from_text(page("Advertisement", "Share", "Found a bug?")))
            assert {r.reason for r in doc.removed} <= instance.reasons


def test_undeclared_reason_is_refused() -> None:
    class Broken(Stage):
        name = "broken"

        def apply(self, doc: Document) -> Document:
            return self.drop(doc, {1: "made_up"})

    with pytest.raises(ValueError, match="undeclared"):
        Broken()(Document.from_text("a line"))


HEADER_ZONES = [
    # A byline with a staff role sits between the title and the body.
    ("role", ["Council backs plan for new bridge", "Jane Smith", "Staff Writer"]),
    # A site label and an interface line.
    ("ui", ["Council backs plan for new bridge", "Email this story | Print"]),
    # A metadata label ("Category: …") and a date stamp.
    ("label", ["Council backs plan for new bridge", "Category : Local News", "Friday, June 29"]),
    # The German title of a German page; the section label above it has no function word.
    ("stopwords", ["Lokales Nachrichten", "Stadtrat stimmt für die neue Brücke"]),
    # A teaser for another story sits nearer the body; the title shares the body's words.
    ("overlap", ["Council backs plan for new bridge", "Storm closes all schools in the north"]),
    # The title's deck sits right under it, nearer the body and longer, and shares its words.
    (
        "deck",
        [
            "Council backs plan for new bridge",
            "Old river bridge must be replaced within five years, council says",
        ],
    ),
]


@pytest.mark.parametrize(("case", "head"), HEADER_ZONES, ids=[c[0] for c in HEADER_ZONES])
def test_headline_is_the_title_not_its_neighbours(case: str, head: list[str]) -> None:
    title = next(line for line in head if "bridge" in line or "Brücke" in line)
    doc = clean("\n\n".join([*head, PARA, PARA2, PARA3]))
    assert doc.headline is not None and doc.headline.text == title


def test_announced_list_stays_in_body() -> None:
    items = ["Cheaper tickets for children", "Longer opening hours", "A new bus line"]
    doc = clean(page("The plan has three parts:", *items))
    assert all(item in doc.text for item in items)
    assert not [r for r in doc.removed if r.text in items]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Czytaj też: Most na rzece będzie gotowy w maju", "related_label"),
        ("Das könnte dich auch interessieren …", "related_label"),
        ("Zurück zur Übersicht", "related_label"),
        ("Le puede interesar: El puente nuevo abre en mayo", "related_label"),
    ],
    ids=["pl_inline", "de_dich", "de_back", "es_inline"],
)
def test_related_labels_in_other_languages(line: str, reason: str) -> None:
    assert removal_of(page(line), line) == ("related", reason)


@pytest.mark.parametrize(
    "line",
    ["Teilen Sie dies mit:", "Gefällt mir Wird geladen...", "%d Bloggern gefällt das:"],
    ids=["de_share", "de_like", "de_bloggers"],
)
def test_share_widgets_in_german(line: str) -> None:
    assert removal_of(page(line), line) == ("chrome", "share")


def test_german_comment_header_opens_comment_section() -> None:
    comments = "11 Antworten zu “Der neue Plan”\n\nAnna sagt:\n\nIch finde den Plan gut und hoffe sehr, dass er bald umgesetzt wird.\n"
    doc = clean(page() + "\n" + comments)
    assert removal_of(page() + "\n" + comments, "Anna sagt:") == (
        "comment_section",
        "comment_section",
    )
    assert "Ich finde" not in doc.text


@pytest.mark.parametrize(
    ("line", "stage", "reason"),
    [
        (
            "The old bridge at dusk last winter, a few weeks before the council first discussed "
            "its future. | © Jane Doe/Getty Images",
            "captions",
            "caption",
        ),
        (
            "Die alte Brücke im letzten Winter, wenige Wochen bevor der Rat zum ersten Mal über "
            "sie sprach. (Foto: Privat)",
            "captions",
            "caption",
        ),
        (
            "Die Skirennfahrerin aus dem Nachbardorf beim Training auf der neuen Piste."
            " © AFP / JANE DOE",
            "captions",
            "caption",
        ),
        ("Der Schneepflug am frühen Morgen vor dem Rathaus© Max Muster/bilder.example",
         "captions", "caption"),
        ("Newer Post Older Post Home", "chrome", "navigation"),
        ("Neuerer Post Älterer Post Startseite", "chrome", "navigation"),
        ("May 2012 (4) April 2012 (2) March 2012 (7) February 2012 (1)", "chrome", "navigation"),
        ("This entry was posted in City and tagged bridge. Bookmark the permalink.", "chrome",
         "navigation"),
        ("Your email address will not be published. Required fields are marked *",
         "comment_widgets", "comment_widget"),
        ("Kommentare sind geschlossen.", "comment_widgets", "comment_widget"),
        ("Du kommentierst mit Deinem Twitter-Konto. ( Abmelden / Ändern )", "comment_widgets",
         "comment_widget"),
        ("Beitrags-Navigation", "chrome", "navigation"),
        ("To read this article in full you must be registered", "chrome", "subscribe"),
    ],
    ids=["credit_tail", "credit_tail_de", "credit_after_stop", "credit_glued", "blog_nav", "blog_nav_de", "archive_counts",
         "posted_in", "comment_form", "comments_closed_de", "comment_form_de", "post_nav_de",
         "paywall"],
)  # fmt: skip
def test_page_furniture_lines(line: str, stage: str, reason: str) -> None:
    assert removal_of(page(line), line) == (stage, reason)


@pytest.mark.parametrize(
    "line", ["Photo by Jane Doe on Unsplash", "Foto von Max Muster auf Pixabay"]
)
def test_a_stock_librarys_credit_line(line: str) -> None:
    assert removal_of(page(line), line) == ("captions", "credit")


def test_a_copyright_sign_inside_a_sentence_is_no_credit() -> None:
    line = "Bestellungen gelten auch für das Angebot der Woche © Muster-Verlag, siehe unten:"
    assert line in clean(page(line)).text


@pytest.mark.parametrize(
    "header",
    [
        "Comments are now closed for this story",
        "Story comments (12)",
        "Article Comments",
        "Discuss this post",
        "Be the first to comment...",
        "Mitdiskutieren",
    ],
    ids=[
        "closed",
        "story_comments",
        "article_comments",
        "discuss",
        "first_to_comment",
        "discuss_de",
    ],
)
def test_comment_section_headers(header: str) -> None:
    comments = (
        "Frank @ Toronto\nI could not agree more with the council on this one, it is overdue.\n"
    )
    text = page() + "\n" + header + "\n\n" + comments
    assert removal_of(text, header) == ("comment_section", "comment_section")
    assert "could not agree" not in clean(text).text


def test_comment_header_with_signatures_under_a_short_post() -> None:
    comments = "\n\n".join(
        f"Reader{i} said...\n\nWhat a lovely video, thank you for sharing it with us.\n\n"
        f"November 1{i}, 2012 4:4{i} PM"
        for i in range(1, 4)
    )
    text = "A short video post\n\nWatch it below.\n\n16 comments:\n\n" + comments + "\n"
    assert removal_of(text, "16 comments:") == ("comment_section", "comment_section")
    assert "lovely video" not in clean(text).text


def lynx_page(*middle: str) -> str:
    """A page as lynx dumps it: paragraphs wrapped at 80 columns, indented by three."""
    import textwrap

    wrap = textwrap.TextWrapper(width=78, initial_indent="   ", subsequent_indent="   ")
    paragraphs = [wrap.fill(p) for p in (PARA, PARA2, PARA3)]
    return "\n\n".join(["Council backs plan for new bridge", *paragraphs, *middle]) + "\n"


def test_a_comment_header_glued_under_a_link_opens_the_section() -> None:
    # lynx leaves no blank line between a related link and the header under it.
    link = "   13 March: the council backed the first plan for a bridge over the river"
    comments = "   Frank, Toronto\n   I could not agree more with the council on this one.\n"
    text = lynx_page(link + "\n   Comments", comments)
    assert removal_of(text, "   Comments") == ("comment_section", "comment_section")
    assert "could not agree" not in clean(text).text


def test_a_wrapped_sentence_ending_in_discussion_is_no_header() -> None:
    wrapped = "   The proof that follows it is short, and after it there is a long and interesting\n   discussion."
    doc = clean(lynx_page(wrapped))
    assert "interesting discussion." in " ".join(doc.text.split())
    assert not [r for r in doc.removed if r.stage == "comment_section"]


def test_comments_link_in_page_header_is_not_a_section() -> None:
    text = "Council backs plan\n\nComments (3)\n\n" + PARA + "\n\n" + PARA2 + "\n"
    assert PARA in clean(text).text


@pytest.mark.parametrize(
    "bar",
    [
        ["* Facebook", "* Twitter", "* Comments", "* Print", "* Email"],
        ["  • Teilen", "  • Kommentare", "  • Drucken"],
        # one text node a line (BeautifulSoup): no bullets, the buttons around are chrome
        ["Share on Facebook", "Share on Twitter", "Comments", "Print", "Email this story"],
    ],
)
def test_comments_button_in_a_share_bar_is_not_a_section(bar: list[str]) -> None:
    # A share bar under the headline, after an earlier story's prose on the same page.
    earlier = (
        "Markets closed higher on Friday after a week of losses, as investors welcomed the "
        "latest figures on inflation and jobs, which were better than most had expected."
    )
    head = "Council backs plan for new bridge"
    text = "\n\n".join([earlier, PARA3, head, "\n".join(bar), PARA, PARA2])
    doc = clean(text)
    assert PARA in doc.text and PARA2 in doc.text
    assert not [r for r in doc.removed if r.stage == "comment_section"]


def test_short_post_above_comment_form_beats_sidebar() -> None:
    post = (
        "We went down to the river this morning and the new bridge finally looked finished to us."
    )
    text = "\n\n".join(
        ["A morning at the river", post, "Leave a Reply", "Cancel reply", "About me", PARA]
    )
    doc = clean(text + "\n")
    assert post in doc.text
    assert removal_of(text, PARA) == ("main_content", "after_article")


def structure_of(text: str, *, extracted: bool) -> Document:
    from dataclasses import replace

    from cleaner.stages.structure import StructureStage

    doc = replace(Document.from_text(text), extracted=extracted)
    return StructureStage()(doc)


def test_repeated_paragraph_goes_in_a_dump_but_stays_in_an_extractors_text() -> None:
    text = "\n\n".join([PARA, "Eat every two hours", PARA2, "Eat every two hours", PARA3])
    dump = structure_of(text, extracted=False)
    assert [(r.stage, r.reason) for r in dump.removed] == [("structure", "duplicate_paragraph")]
    extracted = structure_of(text, extracted=True)
    assert extracted.removed == ()
    assert [p.text for p in extracted.body].count("Eat every two hours") == 2


def test_a_long_paragraph_above_the_headline_is_body_in_an_extractors_text() -> None:
    from dataclasses import replace

    head = "Council backs plan for new bridge"
    article = " ".join([PARA, PARA2, PARA3])  # one long line, no sentence at its end
    text = "\n\n".join(["Kicker label", article + " more", head, "Short note"])
    doc = replace(Document.from_text(text), extracted=True, title_hint=head)
    doc = Pipeline.from_config()(doc, extracted=True)
    assert [(r.text, r.reason) for r in doc.removed] == [("Kicker label", "before_headline")]
    assert doc.body[0].text == article + " more"


def test_header_zone_reaches_past_a_few_list_items_to_the_title() -> None:
    menu = "\n".join(["* Home", "* News", "* Sport", "* Weather", "* Business"])
    buttons = "* Map: Riverside\n* Video"
    doc = clean("\n\n".join([menu, "Council backs plan for new bridge", buttons, PARA, PARA2]))
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons["* Video"] == ("structure", "header_fragment")
    assert reasons["* News"] == ("menus", "menu")


def test_header_zone_reaches_a_title_above_a_date_and_a_list_item() -> None:
    menu = "\n".join(["* Home", "* News", "* Sport", "* Weather", "* Business"])
    head = ["Council backs plan for new bridge", "Posted January 1, 2008 16:10:00", "* Map: Perth"]
    doc = clean("\n\n".join([menu, *head, PARA, PARA2]))
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"


def _with_related_row(text: str, row: tuple[str, ...]) -> Document:
    """A document in which an earlier stage removed the lines of ``row`` as related links."""
    return removed_as_related(text, row)


def test_related_row_above_article_is_light_below_it_is_not() -> None:
    from cleaner.stages.main_content import MainContentStage

    lead = (
        "The mayor opened the meeting by saying that the bridge had been closed twice this "
        "winter and that the repairs could not wait any longer than the spring."
    )
    row = ("Bridge closed after crack found", "Mayor promises new budget", "River floods again")
    row = (*row, "Ferry service cut over winter")
    stage = MainContentStage(header_blocks=0)
    above = "\n\n".join([lead, *row, PARA, PARA2, PARA3]) + "\n"
    doc = stage.apply(_with_related_row(above, row))
    assert lead in [line.text for line in doc.lines]
    below = "\n\n".join([PARA, PARA2, PARA3, *row, lead]) + "\n"
    doc = stage.apply(_with_related_row(below, row))
    assert lead not in [line.text for line in doc.lines]
    assert [r.reason for r in doc.removed if r.text == lead] == ["after_article"]


@pytest.mark.parametrize(
    "line",
    [
        "[logo] * Council backs plan for new bridge",  # an image placeholder and a bullet
        "Council backs plan for new bridge          [advert_box]",
        "Mailing List          Council backs plan for new bridge",  # two cells of a table
        # a cell beside it with more words than the title: the row is no title
        "Council backs plan for new bridge         * Local News From Around The County *",
        "[ ] [ ] [ ] Council backs plan for new bridge",  # empty form boxes
    ],
)
def test_headline_is_cut_out_of_a_line_of_layout_cells(line: str) -> None:
    doc = clean("\n\n".join([line, PARA, PARA2, PARA3]))
    title = "Council backs plan for new bridge"
    assert doc.headline is not None and doc.headline.text == title
    assert not [r for r in doc.removed if "bridge" in r.text]
    # The rest of the line is recorded as pieces; with the title they cover the line.
    (at,) = doc.headline.columns
    assert line[at : at + len(title)] == title
    rest = [r for r in doc.removed if r.number == 1]
    assert rest and {(r.stage, r.reason) for r in rest} == {("structure", "headline_row")}
    for removal in rest:
        assert removal.column is not None
        assert line[removal.column : removal.column + len(removal.text)] == removal.text
    pieces = sorted([(at, title)] + [(r.column or 0, r.text) for r in rest])
    assert "".join(text for _, text in pieces).replace(" ", "") == line.replace(" ", "")


def test_a_title_cell_keeps_one_space_between_words() -> None:
    # A line break inside the heading's HTML leaves two spaces in the cell as laid out.
    line = "Mailing List          Council backs  plan for new bridge"
    doc = clean("\n\n".join([line, PARA, PARA2, PARA3]))
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"
    assert doc.headline.columns == (line.index("Council"),)


@pytest.mark.parametrize("separator", [" - ", " | ", " :: ", " — "])
def test_the_page_title_with_the_site_name_gives_way_to_the_pages_own_heading(
    separator: str,
) -> None:
    # BeautifulSoup's get_text prints the <title> first; the page's heading comes later,
    # here under a note that reads as the article's first paragraph.
    title = "Council backs plan for new bridge"
    page_title = f"\t{title}{separator}Daily Post Online"
    note = "A note for readers: this story was updated on Tuesday with comments from the council."
    text = "\n".join([page_title, "", note, "", title, "", PARA, "", PARA2])
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == title
    # The page title goes whole, or its site name goes as the rest of the headline's line.
    (site,) = [(r.stage, r.reason) for r in doc.removed if "Daily Post" in r.text]
    assert site in {("structure", "before_headline"), ("structure", "headline_row")}
    assert all(title not in span.text for span in doc.body)


def test_a_page_title_whose_heading_is_not_printed_gives_its_heading() -> None:
    # The page's first line is its <title>: its longest part is the heading, the site's
    # name goes as the rest of the line; the site's name printed alone as a masthead is not
    # taken for the heading.
    page_title = "Council backs plan for new bridge - Daily Post Online"
    note = "A note for readers: this story was updated on Tuesday with comments from the council."
    text = "\n".join([page_title, "", note, "", "Daily Post Online", "", PARA, "", PARA2])
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"
    assert ("- Daily Post Online", "structure", "headline_row") in {
        (r.text, r.stage, r.reason) for r in doc.removed
    }


def test_a_title_with_a_separator_below_the_pages_first_line_stays_whole() -> None:
    # Not the page's first line, so not its <title>: a heading of its own with a dash.
    heading = "Council backs plan for new bridge - a first step"
    note = "A note for readers: this story was updated on Tuesday with comments from the council."
    text = "\n".join(["Daily Post Online", "", heading, "", note, "", PARA, "", PARA2])
    doc = clean(text)
    assert doc.headline is not None and doc.headline.text == heading


@pytest.mark.parametrize(
    ("lines", "junk"),
    [
        # lynx: an image's file name before a title it wraps at 80 columns
        (["   [4521.jpg] Council backs plan for new bridge across the river after years of",
          "   debate"], ["[4521.jpg]"]),
        # lynx: a form field drawn as underscores under the title
        (["Council backs plan for new bridge across the river after years of local debate",
          "   " + "_" * 40], ["_" * 40]),
    ],
)  # fmt: skip
def test_a_wrapped_title_loses_the_placeholders_at_its_edges(
    lines: list[str], junk: list[str]
) -> None:
    import textwrap

    title = " ".join(" ".join(lines).replace(junk[0], "").split())
    wrap = textwrap.TextWrapper(width=78, initial_indent="   ", subsequent_indent="   ")
    body = "\n\n".join(wrap.fill(para) for para in (PARA, PARA2, PARA3))
    doc = clean("\n".join(lines) + "\n\n" + body)
    assert doc.headline is not None and doc.headline.text == title
    rest = [(r.stage, r.reason, r.text) for r in doc.removed if r.number <= len(lines)]
    assert rest == [("structure", "headline_row", text) for text in junk]


def test_the_pieces_cut_from_both_edges_of_one_line_sit_at_their_columns() -> None:
    # A form field's own line under the title goes, and leaves one line with junk on both
    # sides: each piece's column points at its text in the line as read.
    from cleaner.blocks import Block
    from cleaner.document import Line
    from cleaner.stages.headline import cut_edges

    raw = "  [img.jpg] Storm hits the coast [ad]"
    block = Block((Line(1, raw.strip(), raw), Line(2, "______", "   ______")))
    cut = cut_edges(block, "Storm hits the coast", "structure")
    assert cut is not None
    span, rest = cut
    assert span.keys == ((1, 12),)
    assert raw[12 : 12 + len(span.text)] == span.text
    pieces = [r for r in rest if r.number == 1]
    assert [r.text for r in pieces] == ["[img.jpg]", "[ad]"]
    for r in pieces:
        assert r.column is not None and raw[r.column : r.column + len(r.text)] == r.text


def test_one_name_the_article_mentions_is_weak_evidence_of_a_title() -> None:
    # "The Courier" shares its only content word with the article; the title shares four.
    body = PARA.replace("The council said", "The council told The Courier")
    doc = clean(
        "\n\n".join(["Council backs plan for new bridge", "The Courier", body, PARA2, PARA3])
    )
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Council backs plan for new bridge | Opinion", "| Opinion"),
        ("Council backs plan for new bridge / Dec 2025", "/ Dec 2025"),
    ],
)
def test_a_short_label_beside_the_title_is_cut_off(line: str, label: str) -> None:
    doc = clean("\n\n".join([line, PARA, PARA2, PARA3]))
    assert doc.headline is not None and doc.headline.text == "Council backs plan for new bridge"
    rest = [(r.reason, r.text) for r in doc.removed if r.number == 1]
    assert rest == [("headline_row", label)]


def test_a_label_before_the_title_is_offered_apart() -> None:
    from cleaner.blocks import Block
    from cleaner.document import Line
    from cleaner.stages.headline import headline_pieces

    line = "Opinion | The case against the new bridge"
    assert headline_pieces(Block((Line(1, line),))) == [line, "The case against the new bridge"]
    # A breadcrumb of several parts offers no piece.
    assert headline_pieces(Block((Line(1, "News / World / Europe today"),))) == [
        "News / World / Europe today"
    ]


@pytest.mark.parametrize(
    "line",
    ["5 min read", "Reading time: 2 minutes", "Lesezeit: ca. 3 Minuten", "8 minutos de lectura"],
)
def test_reading_time_stamp(line: str) -> None:
    assert removal_of(page(line), line) == ("chrome", "reading_time")


@pytest.mark.parametrize(
    "line",
    [
        "You need to have JavaScript enabled to view this page correctly",
        "JavaScript ist deaktiviert",
        "Bitte aktivieren Sie JavaScript, um diese Seite zu sehen",
    ],
)
def test_javascript_notice(line: str) -> None:
    assert removal_of(page(line), line) == ("chrome", "navigation")


def test_a_title_about_javascript_is_not_a_notice() -> None:
    title = "How JavaScript enabled the modern web"
    doc = clean(page(head=(title,)))
    assert doc.headline is not None and doc.headline.text == title


def test_a_clock_glued_to_a_year_still_marks_a_stamp() -> None:
    from cleaner.stages.headline import title_likeness

    stamp = "October 17, 20236:01 PM ET Heard on Morning Edition"
    assert title_likeness(stamp) < title_likeness(stamp.replace("20236:01", "2023"))


@pytest.mark.parametrize(
    "line",
    [
        "Blog Archive "
        + " ".join(
            f"{m} ({n})" for m, n in zip(["May", "April", "March"] * 8, range(24), strict=True)
        ),
        "Archives " + " ".join(f"June {y} ({y % 7})" for y in range(1990, 2024)),
        "This entry was posted in Local News and tagged bridge, council, river, budget by Jane Smith. "
        "Bookmark the permalink.",
    ],
)
def test_long_blog_navigation(line: str) -> None:
    assert removal_of(page(line), line) == ("chrome", "navigation")


BIO = (
    "Jane Smith is a staff writer at The Courier, where she covers local government and transport."
)


def test_author_bio_under_the_article_is_removed_with_its_heading() -> None:
    doc = clean(page("About the author", BIO))
    removed = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert removed[BIO] == ("author_bio", "author_bio")
    assert removed["About the author"] == ("author_bio", "author_bio")
    assert PARA3 in doc.text


def test_german_author_bio() -> None:
    bio = "Max Muster ist Redakteur im Ressort Wirtschaft und schreibt über Verkehr und Städtebau."
    doc = clean(page(bio))
    assert [(r.stage, r.reason) for r in doc.removed if r.text == bio] == [
        ("author_bio", "author_bio")
    ]


@pytest.mark.parametrize(
    "bio",
    [
        "Hallo, ich bin Backbuchautorin und Journalistin und backe seit meiner Kindheit mit"
        " Leidenschaft für meine Familie.",
        "Ich bin Steffi, Tierärztin aus dem Allgäu, und schreibe hier über Hunde, Katzen und"
        " ihre Menschen.",
        "Als Redakteurin für Technik betreue ich diesen Blog und teste jede Woche neue Geräte.",
        "Jane Smith writes about local government, transport and the city's budget for The"
        " Courier.",
        "Max Muster beschäftigt sich mit den Themen Verkehr, Städtebau und Wohnen.",
    ],
)
def test_an_author_introducing_themselves_under_the_article(bio: str) -> None:
    assert removal_of(page(bio), bio) == ("author_bio", "author_bio")


def test_a_paragraph_about_a_person_that_covers_nothing_is_not_a_bio() -> None:
    line = "The Harbour Trust covers the cost of the new ferry pier until the council pays."
    assert line in clean(page(line)).text


def test_a_person_in_the_news_is_not_a_bio() -> None:
    # The same sentence as the article's first paragraph: no article above it.
    doc = clean("\n\n".join(["Council backs plan for new bridge", BIO]))
    assert not [r for r in doc.removed if r.stage == "author_bio"]
    # And inside the article, far from its end, a sentence about a reporter stays.
    doc = clean(
        page(
            BIO,
            "Many more people spoke at the meeting, and they said so at length.",
            "The vote will follow next week, after the public has had its say.",
        )
    )
    assert not [r for r in doc.removed if r.stage == "author_bio"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Storm closes all schools in the north [VIDEO]", "navigation"),
        ("Minister quits after row over bridge [INSIGHT]|", "navigation"),
        ("DON'T MISS", "navigation"),
        ("Order Reprints", "navigation"),
        ("• Buy Photos", "navigation"),
        ("Buy a copy of this picture.", "navigation"),
        ("Order a photo online", "navigation"),
        ("Fotos kaufen", "navigation"),
        ("Add to My Yahoo!", "share"),
        ("• Add to Google Reader or Homepage", "share"),
        ("Add to del.icio.us", "share"),
        ("Zum Inhalt springen Zur Hauptnavigation springen Zur Fußzeile springen", "skip_link"),
        ("Skip to content Skip to navigation", "skip_link"),
        ("Unser Forum funktioniert am besten, wenn JavaScript aktiviert ist.", "navigation"),
        ("Dein Browser ist leider veraltet.", "navigation"),
        ("Suchbegriff eingeben", "navigation"),
        ("Enter search term", "navigation"),
        ("schliessen", "navigation"),
        ("Leave this field empty if you're human:", "navigation"),
        ("Ich habe die Datenschutzhinweise gelesen und akzeptiere diese.", "cookie_notice"),
        ("Thanks for signing up!", "subscribe"),
    ],
)
def test_teasers_labels_and_sign_up_answers(line: str, reason: str) -> None:
    assert removal_of(page(line), line) == ("chrome", reason)


def test_a_sentence_about_buying_photos_is_not_a_sales_link() -> None:
    line = "Buy the best photos of the year in our new book, the museum said on Monday."
    assert line in clean(page(line)).text


def test_a_bracketed_word_in_lower_case_is_not_a_teaser_tag() -> None:
    line = "The council published the full plan online [link below]"
    assert line in clean(page(line)).text


def test_related_in_an_extractors_text_takes_labels_and_what_they_announce_only() -> None:
    from dataclasses import replace

    from cleaner.stages.sections import RelatedStage

    items = ["Storm closes the coast road", "Mayor opens new library", "Bridge vote delayed again"]
    lines = [PARA, "", *items, "", PARA2, "", "Related posts:", "", *items, "", PARA3]
    doc = replace(Document.from_text("\n".join(lines)), extracted=True)
    removed = RelatedStage()(doc).removed
    # The run between two paragraphs is the article's own list here; the labelled one goes.
    assert [(r.number, r.reason) for r in removed] == [
        (9, "related_label"), (11, "related_links"), (12, "related_links"), (13, "related_links")
    ]  # fmt: skip
    # On a whole page the first run goes too.
    whole = RelatedStage()(Document.from_text("\n".join(lines))).removed
    assert {r.number for r in whole} >= {3, 4, 5}


@pytest.mark.parametrize(
    ("line", "stage", "reason"),
    [
        ("Story continues", "ads", "ad_label"),
        ("Increase font size", "chrome", "navigation"),
        ("TrackBack URL", "chrome", "navigation"),
    ],
)
def test_buttons_between_paragraphs(line: str, stage: str, reason: str) -> None:
    assert removal_of(page(line), line) == (stage, reason)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Follow The Courier on Twitter and Instagram", "social_follow"),
        ("Siguenos en Telegram, Instagram, Facebook y Twitter", "social_follow"),
        ("¿Sabías que tenemos canal de Telegram? Únete aquí", "social_follow"),
        ("The Courier Newsletter", "subscribe"),
        ("Sign up to get the best stories of the week", "subscribe"),
        ("Verpassen Sie keine Nachrichten aus der Region", "subscribe"),
        ("* Courier-Newsletter", "subscribe"),
        ("The best of the week, delivered straight to your inbox.", "subscribe"),
        ("Die besten Rezepte jede Woche direkt in dein Postfach.", "subscribe"),
        ("Nos dernières enquêtes dans votre boîte mail.", "subscribe"),
        ("Wir informieren Sie regelmäßig über unsere Recherchen.", "subscribe"),
        ("Zapraszamy do subskrypcji naszego tygodnika", "subscribe"),
        ("To read the full article, please subscribe to The Courier.", "subscribe"),
        ("Instant access to the full article PDF.", "subscribe"),
    ],
)
def test_follow_and_newsletter_pitches(line: str, reason: str) -> None:
    assert removal_of(page(line), line) == ("chrome", reason)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (
            "Sign up for our weekly newsletter and get the best of the valley's stories,"
            " our reporters' picks and the week's events delivered to your inbox every Friday.",
            "subscribe",
        ),
        (
            "Immer aktuell informiert über Neuigkeiten aus der Region sowie Tipps rund um die"
            " Themen Wohnen, Freizeit und Familie mit unserem kostenlosen Newsletter.",
            "subscribe",
        ),
        (
            "Follow The Courier on Twitter and Instagram @CourierNews and on Facebook"
            " @TheCourier. Send us a message on WhatsApp with your news tips and pictures.",
            "social_follow",
        ),
    ],
)
def test_long_pitches_up_to_forty_words(line: str, reason: str) -> None:
    assert removal_of(page(line), line) == ("chrome", reason)


def test_a_long_pitch_past_forty_words_is_left_to_other_stages() -> None:
    line = "Sign up for our newsletter, " + "and read about the river and the harbour " * 5
    assert ChromeFilter().check(line) is None
    assert ChromeFilter().check(line[:200]) == "subscribe"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Bild anzeigen Bild schließen", "navigation"),
        ("Click to enlarge", "navigation"),
        ("Jahresbericht 2021 PDF | 85,3 KB", "navigation"),
        ("Ten tekst przeczytasz w mniej niż minutę", "reading_time"),
        ("Zapraszamy do lektury. Informujemy, że korzystamy z cookies.", "cookie_notice"),
        ("Bienvenue sur le site. Nous utilisons des cookies.", "cookie_notice"),
        ("Artikel gefallen? Vergiss nicht zu teilen!", "share"),
        ("Jump to RecipePrint Recipe", "share"),
        ("Benachrichtigung aktivieren", "subscribe"),
        ("Externer Inhalt", "navigation"),
        (
            "Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei",
            "navigation",
        ),
        ("Weitere Informationen:", "navigation"),
        ("Inhaltsverzeichnis", "navigation"),
        ("Jetzt neu! Besuchen Sie unseren Fan-Shop!", "navigation"),
        ("Buch bestellen", "navigation"),
        ("Submit a Letter to the Editor", "feedback"),
        (
            "If you're seeing this message but you're already a subscriber, you can log in for"
            " immediate access.",
            "subscribe",
        ),
        ("Télécharger au format EPUB", "navigation"),
        (
            "Erstellt am Montag 3. Mai 2021 um 10:30 und abgelegt unter Linux, Tutorials",
            "navigation",
        ),
        ("Der Courier-Newsletter: immer bestens informiert!", "subscribe"),
        (
            "Ich bin damit einverstanden, personalisierte E-Mails zu Angeboten und Aktionen zu"
            " erhalten.",
            "subscribe",
        ),
        (
            "Enter your email address to follow this blog and receive new posts by email.",
            "subscribe",
        ),
        (
            "Puede escribirnos a la redacción o seguir a El Diario en Facebook, Twitter e"
            " Instagram.",
            "social_follow",
        ),
        ("¡Mira lo que tiene nuestro canal de YouTube!", "social_follow"),
        (
            "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-SA 4.0. Die Fotos dürfen"
            " nicht verwendet werden.",
            "copyright",
        ),
        ("Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", "copyright"),
        ("Les opinions exprimées dans les blogs n'engagent que leurs auteurs.", "copyright"),
        ("Unterstützen Sie unabhängigen Journalismus!", "subscribe"),
        ("Delivered by FeedBurner", "navigation"),
        ("Log in to track your discussions.", "login"),
        ("Bitte melden Sie sich an, um zu kommentieren.", "login"),
        ("TrackBack URL for this entry:", "navigation"),
        ("If these are available but disabled, please enable them to view the media", "navigation"),
        ("IFRAME: /ads/banner.html", "navigation"),
        (
            "Sign-up to the Riverside newsletter and you will get our guide to the town's walks"
            " for free.",
            "subscribe",
        ),
        ("Powered by WordPress.com VIP | Subscribe (RSS)", "navigation"),
        ("Fièrement propulsé par WordPress", "navigation"),
        ("Theme by Peter Amende", "navigation"),
        (
            "Ihr Beitrag hilft, unsere Berichterstattung weiter auszubauen und sie weiterhin"
            " kostenlos für alle Leserinnen und Leser anzubieten.",
            "subscribe",
        ),
    ],
)
def test_controls_and_pitches_in_several_languages(line: str, reason: str) -> None:
    assert removal_of(page(line), line) == ("chrome", reason)


@pytest.mark.parametrize(
    "line",
    [
        "Para comentar debes registrarte y completar los datos generales.",
        "Keine Kommentare Kommentare sind geschlossen.",
        "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
        "Prévenez-moi de tous les nouveaux commentaires par e-mail.",
        "Notificarme los nuevos comentarios por correo electrónico.",
        "Notificami nuovi commenti via e-mail",
        "Powiadom mnie o nowych komentarzach przez e-mail.",
        "Stuur mij een e-mail als er vervolgreacties zijn",
    ],
)
def test_comment_widgets_in_several_languages(line: str) -> None:
    assert removal_of(page(line), line) == ("comment_widgets", "comment_widget")


@pytest.mark.parametrize(
    "line",
    [
        "Article suivant Après la tempête, la route du littoral rouvre enfin aux voitures",
        "Dowiedz się więcej: Rada miasta zgadza się na nowy most nad rzeką",
        "Entdecke weitere Reportagen aus der Region",
        "Alle Artikel zu unseren Recherchen",
    ],
)
def test_next_article_labels_with_their_teaser(line: str) -> None:
    assert P.RELATED_LABEL.match(line)
    assert removal_of(page() + "\n" + line + "\n", line)[0] in {"related", "main_content"}


def test_a_product_powered_by_a_described_thing_is_no_credit() -> None:
    line = "Powered by the world's largest A/V database"
    assert P.NAVIGATION.match(line) is None


def test_a_sentence_about_a_picture_is_no_control() -> None:
    line = "Das Bild zeigt die Brücke, die der Rat vergrößern will, bevor der Winter kommt."
    assert line in clean(page(line)).text


def test_follow_in_a_sentence_is_not_a_pitch() -> None:
    line = "Follow the money on the way"
    assert line in clean(page(line)).text


def test_line_with_text_is_replace() -> None:
    """``Line.with_text`` builds the line as ``dataclasses.replace`` would, field by field."""
    import dataclasses

    from cleaner.document import Line

    line = Line(7, " a ", " a  ", column=4, width=30, indented=True)
    assert line.with_text("a") == dataclasses.replace(line, text="a")
    assert [f.name for f in dataclasses.fields(Line)] == [
        "number", "text", "raw", "column", "width", "indented"
    ]  # fmt: skip


def test_document_record_writes_removals_as_removal_to_dict() -> None:
    """The record's removals are their ``to_dict``, keys in the same order, whether the
    removal is a whole line (written inline) or a column piece with a count."""
    from cleaner.document import Document, Removal

    removals = (
        Removal(3, "Home", "chrome", "navigation"),
        Removal(4, "x", "site", "repeated", 8, 5),
    )
    record = Document(id="p", removed=removals).to_dict()["removed"]
    assert [list(r.items()) for r in record] == [list(r.to_dict().items()) for r in removals]
