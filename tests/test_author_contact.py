"""An author's contact line under the article, and a "<name> is a ..." paragraph with a way to
reach that person (AuthorBioStage; patterns ``AUTHOR_CONTACT``, ``NAME_IS`` and ``CONTACT``)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN

from cleaner import patterns as P
from cleaner.document import Document
from cleaner.stages.bio import AuthorBioStage


def removals(text: str) -> dict[str, tuple[str, str]]:
    """The stage and reason of each line the ``author_bio`` stage removes from ``text``
    (alone: on short test pages, other stages take a short last line first)."""
    doc = AuthorBioStage()(Document.from_text(text))
    return {r.text.strip(): (r.stage, r.reason) for r in doc.removed}


def page(*tail: str, german: bool = False) -> str:
    body = [PARA_DE, PARA2_DE, PARA3_DE] if german else [PARA_EN, PARA2_EN, PARA3_EN]
    return "\n\n".join(["Council backs plan for new bridge", *body, *tail]) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "Ann Lee can be reached at alee@courier.example or 555-010-0199.",
        "Ann Lee can be reached at: alee@courier.example",
        "Write to Ann Lee at alee@courier.example and Tom Berg at tberg@courier.example",
        "E-mail comments to alee@courier.example",
        "Now have your say. Email your comments to letters@courier.example.",
    ],
)
def test_contact_line_under_the_article_is_removed(line: str) -> None:
    assert removals(page(line))[line] == ("author_bio", "author_bio")


def test_german_contact_line_under_the_article_is_removed() -> None:
    line = "Max Muster ist per E-Mail erreichbar unter muster@kurier.example."
    assert removals(page(line, german=True))[line] == ("author_bio", "author_bio")


def test_name_is_a_with_a_handle_is_a_bio() -> None:
    line = (
        "Ann Lee is a gadget fan who keeps an eye on new phones and tablets. "
        "Catch her on Twitter @annlee_example."
    )
    assert removals(page(line))[line] == ("author_bio", "author_bio")


def test_name_is_a_without_any_contact_stays() -> None:
    # A sentence about someone, with no role word and no way to reach them: the article's.
    line = "Ann Lee is a gadget fan who keeps an eye on new phones and tablets every week."
    assert line not in removals(page(line))


def test_contact_line_in_the_middle_of_the_article_stays() -> None:
    line = "Ann Lee can be reached at alee@courier.example or 555-010-0199."
    text = page(line, PARA2_DE, PARA3_DE, PARA_DE)
    assert line not in removals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee can be reached at alee@courier.example", True),
        ("The office can be reached at 555-010-0199", False),  # no name: a sentence opener
        ("Write to Ann Lee at alee@courier.example", True),
        ("Write to the council before Friday", False),
    ],
)
def test_author_contact_pattern(text: str, expected: bool) -> None:
    assert bool(P.AUTHOR_CONTACT.search(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to alee@courier.example", True),
        ("follow him on Twitter", True),
        ("call (555) 010-0199", True),
        ("the vote is on 12 May 2024", False),
    ],
)
def test_contact_pattern(text: str, expected: bool) -> None:
    assert bool(P.CONTACT.search(text)) is expected


@pytest.mark.parametrize(
    "line",
    [
        "This blog is brought to you by Example Software, a maker of tools for small shops.",
        "Examplemedia is an independent publisher of news sites with offices in two cities.",
        "Dieses Blog ist ein Angebot der Beispiel GmbH und erscheint seit dem Jahr 2010.",
    ],
)
def test_site_describing_itself_under_the_article(line: str) -> None:
    assert removals(page(line))[line] == ("author_bio", "site_blurb")


def test_site_named_inside_a_sentence_of_the_article_stays() -> None:
    # "the only site": the article's judgement of a site, not a site describing itself.
    line = "Examplefares is the only site that never missed a cheap fare in all our tests."
    assert line not in removals(page(line))


def test_site_blurb_in_the_middle_of_the_article_stays() -> None:
    line = "Examplemedia is an independent publisher of news sites with offices in two cities."
    assert line not in removals(page(line, PARA2_DE, PARA3_DE, PARA_DE))


@pytest.mark.parametrize(
    ("heading", "bio", "german"),
    [
        ("About Ann Lee", "Ann Lee has covered the city council for ten years.", False),
        ("Über Max Muster", "Max Muster berichtet seit zehn Jahren aus dem Rathaus.", True),
    ],
)
def test_about_a_person_box_under_the_article(heading: str, bio: str, german: bool) -> None:
    # Not among the last blocks: the article's last paragraphs follow the box.
    tail = [PARA2_DE, PARA3_DE] if german else [PARA2_EN, PARA3_EN]
    removed = removals(page(heading, bio, *tail, german=german))
    assert removed[heading] == ("author_bio", "author_bio")
    assert removed[bio] == ("author_bio", "author_bio")


def test_about_a_person_over_a_paragraph_on_someone_else_stays() -> None:
    heading, other = "About Ann Lee", "Tom Berg has covered the city council for ten years."
    removed = removals(page(heading, other, PARA2_EN, PARA3_EN))
    assert heading not in removed
    assert other not in removed
