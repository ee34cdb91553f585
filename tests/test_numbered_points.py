"""A post written as numbered sentences ("1. …", "2. …", "3. …") is the body, not the header
area above the first paragraph that the headline is chosen from."""

from __future__ import annotations

from paragraphs import PARA_DE

from cleaner import clean
from cleaner.blocks import Block, group_blocks
from cleaner.document import Line
from cleaner.stages.article_start import numbered_points

POINTS = [
    "1. Heute Abend möchte ich einmal nicht um halb neun auf dem Sofa einschlafen.",
    "2. Bratkartoffeln esse ich am liebsten mit viel Zwiebeln und Speck.",
    "3. Die Sendung am Sonntag habe ich in diesem Jahr kein einziges Mal gesehen.",
    "4. Kleine Freuden findet man sogar an grauen Tagen im Februar.",
]


def _blocks(texts: list[str]) -> list[Block]:
    lines = []
    for n, text in enumerate("\n\n".join(texts).split("\n"), 1):
        lines.append(Line(n, text, text))
    return group_blocks(tuple(lines))


def test_numbered_sentences_open_the_body() -> None:
    page = "\n\n".join(["Mein Blog über alles Mögliche", "Freitagsfragen", *POINTS, PARA_DE])
    doc = clean(page)
    body = [span.text for span in doc.body]
    assert body[: len(POINTS)] == POINTS
    assert not [r for r in doc.removed if r.reason == "before_headline" and r.text in POINTS]


def test_a_numbered_run_needs_three_sentences_in_sequence() -> None:
    assert numbered_points(_blocks(POINTS), 99) == 0
    assert numbered_points(_blocks(POINTS[:2]), 99) is None
    shuffled = [POINTS[0], POINTS[2], POINTS[1], POINTS[3]]
    assert numbered_points(_blocks(shuffled), 99) is None


def test_a_numbered_menu_is_no_body() -> None:
    menu = ["1. Startseite", "2. Über mich", "3. Kontakt", "4. Impressum"]
    assert numbered_points(_blocks(menu), 99) is None


def test_short_numbered_sentences_are_too_few_words() -> None:
    short = ["1. Ich bin da.", "2. Du bist da.", "3. Er ist da.", "4. Wir sind da."]
    assert numbered_points(_blocks(short), 99) is None
