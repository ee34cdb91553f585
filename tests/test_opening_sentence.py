"""A short sentence right above the body's first paragraph opens the text (StructureStage,
:func:`cleaner.stages.article_start.opening_sentence`)."""

from __future__ import annotations

from paragraphs import PARA2_EN, PARA3_EN, PARA_EN

from cleaner import clean

TITLE = "Council backs plan for new bridge"
OPENING = "Nobody in the town expected this."


def run(*head: str) -> tuple[list[str], dict[str, tuple[str, str]]]:
    text = "\n\n".join([TITLE, *head, PARA_EN, PARA2_EN, PARA3_EN]) + "\n"
    doc = clean(text)
    return [span.text for span in doc.body], {r.text: (r.stage, r.reason) for r in doc.removed}


def test_a_short_sentence_above_the_first_paragraph_opens_the_text() -> None:
    body, _ = run(OPENING)
    assert body[0] == OPENING


def test_the_end_of_a_wrapped_line_is_a_fragment() -> None:
    line = "for the free daily newsletter today."
    _, removed = run(line)
    assert removed[line] == ("structure", "header_fragment")


def test_a_slogan_in_title_case_is_a_fragment() -> None:
    line = "Small Steps Make A Big Difference."
    _, removed = run(line)
    assert removed[line] == ("structure", "header_fragment")


def test_a_sentence_cut_off_by_a_removed_line_is_a_fragment() -> None:
    _, removed = run(OPENING + "\n* Subscribe")
    assert removed[OPENING] == ("structure", "header_fragment")


#: A paragraph that the dump cut off at a dash: the body keeps it, though it is not yet the
#: first paragraph of prose (it ends no sentence).
CUT_OFF = (
    "The square was empty and the old fountain that had stood in it for a hundred years "
    "was silent, its basin dry and cracked in the sun, and then—"
)


def test_a_short_sentence_above_a_paragraph_the_body_keeps_opens_the_text() -> None:
    body, _ = run(OPENING, CUT_OFF)
    assert body[:2] == [OPENING, CUT_OFF]


def test_a_short_sentence_above_a_fragment_is_a_fragment() -> None:
    _, removed = run(OPENING, "Photo gallery")
    assert removed[OPENING] == ("structure", "header_fragment")
    assert removed["Photo gallery"] == ("structure", "header_fragment")
