"""An article written in short paragraphs opens with a run of one-line sentences above its
first long paragraph: the body starts at the run, and the headline is the title over it
(StructureStage, :func:`cleaner.stages.article_start.opening_run`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN, removals

from cleaner import clean

#: Each case: the title, the short sentences the text opens with (one a subheading), the
#: long paragraphs under them.
PAGES = {
    "en": (
        "Why the old bridge has to go",
        ["The bridge is old.", "It is not safe.", "Repairs cost too much", "Everyone knows it."],
        [PARA_EN, PARA2_EN],
    ),
    "de": (
        "Warum die alte Brücke weg muss",
        ["Die Brücke ist alt.", "Sie ist nicht sicher.", "Zu teure Reparaturen", "Das weiß jeder."],
        [PARA_DE, PARA2_DE],
    ),
}


def page(title: str, opening: list[str], paragraphs: list[str], sep: str = "\n\n") -> str:
    return "\n\n".join([title, "* Home", "* News", sep.join(opening), *paragraphs]) + "\n"


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_run_of_short_sentences_opens_the_body(lang: str) -> None:
    title, opening, paragraphs = PAGES[lang]
    doc = clean(page(title, opening, paragraphs))
    assert doc.headline is not None and doc.headline.text == title
    body = [span.text for span in doc.body]
    assert body[: len(opening)] == opening


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_run_may_be_short_lines_of_one_paragraph(lang: str) -> None:
    title, opening, paragraphs = PAGES[lang]
    doc = clean(page(title, opening, paragraphs, sep="\n"))
    assert doc.headline is not None and doc.headline.text == title
    assert opening[0] in [span.text for span in doc.body]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_two_short_sentences_are_no_run(lang: str) -> None:
    # The upper one stays a line of the header (the one right above the text opens it).
    title, opening, paragraphs = PAGES[lang]
    removed = removals(page(title, [opening[0], opening[3]], paragraphs))
    assert removed[opening[0]] == ("structure", "header_fragment")


def test_exclamations_one_under_the_other_are_a_box() -> None:
    title, _, paragraphs = PAGES["en"]
    box = [
        "Win two tickets to the opening of the bridge!",
        "Meet the engineers behind the plan!",
        "Vote for the design you like best!",
    ]
    text = page(title, box, paragraphs, sep="\n")
    assert not set(box) & {span.text for span in clean(text).body}
    removed = removals(text)
    assert {removed[line] for line in box[:2]} == {("structure", "before_headline")}
