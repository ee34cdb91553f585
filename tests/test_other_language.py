"""A paragraph in another language than the page's reads as prose by the stopwords of its
own language (MainContentStage.score_blocks, :func:`cleaner.stages.block_scores.other_language`)."""

from __future__ import annotations

from paragraphs import PARA2_DE, PARA3_DE, PARA_DE

from cleaner.blocks import group_blocks
from cleaner.document import Document
from cleaner.stages.main_content import MainContentStage

#: An English review on a German page, set as one long list item and cut off by the page.
REVIEW = (
    "* A quiet film about a garden by the sea: two men who are in love are taken away by "
    "the police, and a woman with her child tries to run from a crowd of people who want "
    "to take her picture, while the wind and the water keep on working at the old house, "
    "and the director of the film"
)
#: Names run into one line: some stoplist matches a few of them in any language.
NAMES = (
    "Adam Miller Alex Brown Anna Smith Chris Rogers Daniel Moore Emma Clark Frank White "
    "George Hall Helen King Ivan Scott James Young Kate Lewis Laura Green Mark Adams and "
    "Nina Baker or Oscar Wright and Paul Turner of The Hill Road and The Lake Side Drive"
)


def labels(*parts: str) -> dict[str, str]:
    """Each block's label on a German page that holds ``parts``."""
    text = "\n\n".join(["Startseite", PARA_DE, *parts, PARA2_DE, PARA3_DE, "Impressum"]) + "\n"
    blocks = group_blocks(Document.from_text(text).lines)
    return {item.block.text: item.label for item in MainContentStage().score_blocks(blocks)}


def test_an_english_paragraph_on_a_german_page_is_prose() -> None:
    assert labels(REVIEW)[REVIEW] == "good"


def test_names_in_a_row_are_not_prose_in_any_language() -> None:
    assert labels(NAMES)[NAMES] == "bad"
