"""A paragraph under the article that opens with the name of the page's byline is about its
author (AuthorBioStage, :data:`cleaner.stages.bio.BYLINE_BIO_MIN_WORDS`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN, removals

#: Each case: title, byline, the article's paragraphs, a paragraph about the byline's
#: author that names no role the biography patterns know.
PAGES = [
    (
        "Council backs plan for new bridge",
        "By Ann Lee",
        [PARA_EN, PARA2_EN, PARA3_EN],
        "Ann Lee joined the Courier in 2006 and follows the city's budget and its transport.",
    ),
    (
        "Gemeinderat stimmt für neue Brücke",
        "Von Max Muster",
        [PARA_DE, PARA2_DE, PARA3_DE],
        "Max Muster kam 2006 zum Kurier und verfolgt seither den Haushalt und den Verkehr.",
    ),
]
CASE = ("title", "byline", "paragraphs", "bio")
IDS = ["en", "de"]


def page(title: str, byline: str, paragraphs: list[str], *tail: str) -> str:
    return "\n\n".join([title, byline, *paragraphs, *tail]) + "\n"


@pytest.mark.parametrize(CASE, PAGES, ids=IDS)
def test_paragraph_opening_with_the_bylines_name_is_a_bio(
    title: str, byline: str, paragraphs: list[str], bio: str
) -> None:
    removed = removals(page(title, byline, paragraphs, bio))
    assert removed[bio] == ("author_bio", "author_bio")


@pytest.mark.parametrize(CASE, PAGES, ids=IDS)
def test_the_name_alone_under_the_article_is_no_bio(
    title: str, byline: str, paragraphs: list[str], bio: str
) -> None:
    # A signature: other rules judge it (a byline's line), not this one.
    name = bio.split()[0] + " " + bio.split()[1]
    removed = removals(page(title, byline, paragraphs, name))
    assert removed.get(name) != ("author_bio", "author_bio")


@pytest.mark.parametrize(CASE, PAGES, ids=IDS)
def test_paragraph_opening_with_another_name_stays(
    title: str, byline: str, paragraphs: list[str], bio: str
) -> None:
    other = bio.replace(bio.split()[0], "Eva", 1)
    removed = removals(page(title, byline, paragraphs, other))
    assert other not in removed


@pytest.mark.parametrize(CASE, PAGES, ids=IDS)
def test_without_a_byline_the_paragraph_stays(
    title: str, byline: str, paragraphs: list[str], bio: str
) -> None:
    removed = removals("\n\n".join([title, *paragraphs, bio]) + "\n")
    assert bio not in removed


@pytest.mark.parametrize(CASE, PAGES, ids=IDS)
def test_the_bylines_name_in_the_middle_of_the_article_stays(
    title: str, byline: str, paragraphs: list[str], bio: str
) -> None:
    # Above the article's last blocks (BIO_TAIL_BLOCKS): a paragraph of the article.
    first, second, third = paragraphs
    text = page(title, byline, [first, bio, second, third, f"{second} {first}", f"{third} {first}"])
    assert bio not in removals(text)
