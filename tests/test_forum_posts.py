"""A forum thread whose numbered posts go on under the article's first ones, each after the
poster's box that earlier stages removed (MainContentStage._past_posts)."""

from __future__ import annotations

import pytest
from paragraphs import removals

POSTS_EN = [
    "Our cat sleeps on the window seat at night, and for a few weeks now there have been "
    "small dark crumbs on the blanket every morning when I get up.",
    "Have you looked into his ears? One of our first cats had mites once, and the crumbs "
    "they leave look very much like that.",
    "The ears are clean, there is no dirt in them at all, so I do not think that it is mites "
    "that he has.",
    "Red crumbs on a wet tissue are flea dirt. Ask the vet for a spot on, and wash the "
    "blankets at sixty degrees.",
]
POSTS_DE = [
    "Unser Kater schläft nachts auf der Fensterbank, und seit einigen Wochen liegen jeden "
    "Morgen kleine dunkle Krümel auf seiner Decke, wenn ich aufstehe.",
    "Hast du schon in seine Ohren geschaut? Eine unserer ersten Katzen hatte einmal Milben, "
    "und die Krümel sahen genau so aus.",
    "Die Ohren sind ganz sauber, da ist überhaupt kein Dreck drin, also glaube ich nicht, "
    "dass er Milben hat.",
    "Rote Krümel auf einem nassen Tuch sind Flohkot. Lass dir vom Tierarzt ein Mittel geben "
    "und wasch die Decken bei sechzig Grad.",
]
CASES = [
    (
        "Crumbs on the blanket",
        ["* Forum", "* Cats", "* Health"],
        [
            ("Tomcat", "Regular", "Member since 3 May 2014 Posts 2,206", "* 27 September 2018"),
            ("Kitty", "Regular", "Member since 12 June 2017 Posts 1,158", "* 27 September 2018"),
        ],
        POSTS_EN,
        ["* Imprint", "* Privacy", "* Contact"],
    ),
    (
        "Krümel auf der Decke",
        ["* Forum", "* Katzen", "* Gesundheit"],
        [
            ("Kater", "Forenprofi", "Mitglied seit 3. Mai 2014 Beiträge 2.206", "* 27. Mai 2018"),
            ("Mieze", "Forenprofi", "Mitglied seit 12. Juni 2017 Beiträge 1.158", "* 27. Mai 2018"),
        ],
        POSTS_DE,
        ["* Impressum", "* Datenschutz", "* Kontakt"],
    ),
]
FIELDS = ("title", "menu", "users", "posts", "footer")


def thread(
    title: str,
    menu: list[str],
    users: list[tuple[str, ...]],
    posts: list[str],
    footer: list[str],
    numbered: bool = True,
) -> str:
    parts = [title, "\n".join(menu)]
    for i, text in enumerate(posts, 1):
        parts.append("\n".join(users[(i + 1) % 2]))
        parts.append("\n".join(["*", f"* #{i}" if numbered else "*", text]))
    parts.append("\n".join(footer))
    return "\n\n".join(parts)


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_the_posts_numbered_on_under_the_article_are_kept(
    title: str, menu: list[str], users: list[tuple[str, ...]], posts: list[str], footer: list[str]
) -> None:
    reasons = removals(thread(title, menu, users, posts, footer))
    assert not any(post in reasons for post in posts)
    assert reasons[footer[0]] == ("chrome", "navigation")


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_posts_without_numbers_stay_cut(
    title: str, menu: list[str], users: list[tuple[str, ...]], posts: list[str], footer: list[str]
) -> None:
    reasons = removals(thread(title, menu, users, posts, footer, numbered=False))
    assert reasons[posts[-1]] == ("main_content", "after_article")


@pytest.mark.parametrize(FIELDS, CASES, ids=["en", "de"])
def test_a_post_number_out_of_order_ends_the_thread(
    title: str, menu: list[str], users: list[tuple[str, ...]], posts: list[str], footer: list[str]
) -> None:
    text = thread(title, menu, users, posts, footer).replace("* #4", "* #9")
    reasons = removals(text)
    assert reasons[posts[-1]] == ("main_content", "after_article")
    assert posts[1] not in reasons
