"""A deck right between the headline and the first paragraph is the article's
(StructureStage, :func:`cleaner.stages.leads.deck`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN

from cleaner import clean

TITLE_EN = "Council backs plan for new bridge"
TITLE_DE = "Gemeinderat stimmt für neue Brücke"


def run(title: str, line: str, paragraphs: tuple[str, ...]) -> tuple[list[str], dict[str, str]]:
    doc = clean("\n\n".join([title, line, *paragraphs]) + "\n")
    return [span.text for span in doc.body], {r.text: r.reason for r in doc.removed}


EN = (PARA_EN, PARA2_EN, PARA3_EN)
DE = (PARA_DE, PARA2_DE, PARA3_DE)


@pytest.mark.parametrize(
    ("title", "line", "paragraphs"),
    [
        (TITLE_EN, "Officials welcome the council plan for the old bridge over the river", EN),
        (
            TITLE_DE,
            "Verwaltung begrüßt den neuen Plan für die Brücke – Anwohner am Fluss warten ab",
            DE,
        ),
    ],
    ids=["english", "german"],
)
def test_a_deck_that_the_opening_echoes_is_the_body(
    title: str, line: str, paragraphs: tuple[str, ...]
) -> None:
    body, _ = run(title, line, paragraphs)
    assert body[0] == line


@pytest.mark.parametrize(
    "line",
    [
        "Market traders protest against new parking fees in the town centre",  # no echo
        "Officials Welcome The Council Plan For The Old Bridge Over The River",  # title case
        "Officials welcome the council plan for the old bridge on 3 March",  # a date
        "Officials welcome the plan for the bridge",  # too short
    ],
    ids=["unrelated", "title-case", "digit", "short"],
)
def test_other_lines_under_the_headline_are_fragments(line: str) -> None:
    _, removed = run(TITLE_EN, line, EN)
    assert removed[line] == "header_fragment"


def test_a_deck_over_a_removed_date_line_is_the_headers() -> None:
    line = "Officials welcome the council plan for the old bridge over the river"
    doc = clean("\n\n".join([TITLE_EN, line, "Tuesday 7 February 2012 3:35am", *EN]) + "\n")
    removed = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert removed["Tuesday 7 February 2012 3:35am"][0] == "metadata"
    assert removed[line] == ("structure", "header_fragment")
