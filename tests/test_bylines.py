"""Bylines in several languages, and sentences that open like one (MetadataStage)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA_DE

from cleaner.document import Document
from cleaner.stages.metadata import MetadataStage

STAGE = MetadataStage()


@pytest.mark.parametrize(
    "sentence",
    [
        "Von der Leyen sagte am Montag, dass die Kommission handeln werde.",
        "Von der Leyen sagte Nein",
        "Por supuesto que sí, dijo Pedro Sánchez",
        "Di Maio sagte Nein",
        "By then the Council had voted",
        "Von Berlin nach Paris",
    ],
)
def test_a_sentence_is_no_byline(sentence: str) -> None:
    assert STAGE.byline_of(sentence) == (None, None, None)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Von Anna Berger", "Anna Berger"),
        ("By Anna Berger", "Anna Berger"),
        ("By the Council Staff", "the Council Staff"),
        ("Door Jan de Vries", "Jan de Vries"),
        ("posted by Berger at 12:53", "Berger"),
    ],
)
def test_a_name_is_a_byline(line: str, name: str) -> None:
    assert STAGE.byline_of(line)[0] == name


def test_a_sentence_under_the_title_stays() -> None:
    sentence = "Von der Leyen sagte am Montag, dass die Kommission handeln werde."
    text = "\n".join(
        ["Gemeinderat stimmt über den neuen Plan ab", "", sentence, "", PARA_DE, "", PARA2_DE]
    )
    doc = STAGE(Document.from_text(text))
    assert sentence not in {r.text for r in doc.removed}
    assert doc.meta.byline is None
