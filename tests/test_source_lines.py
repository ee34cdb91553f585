"""A line that names the article's source right under its last paragraph is the article's
(MainContentStage with :func:`cleaner.stages.article_end.source_end`)."""

from __future__ import annotations

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA3_DE, PARA3_EN, PARA_DE, PARA_EN

from cleaner import clean

FOOTER = ["* Impressum", "* Datenschutz", "* Kontakt", "* Startseite"]
PAGES = [
    ((PARA_EN, PARA2_EN, PARA3_EN), "(Reporting by Ann Lee; Editing by Bo Cyr)"),
    ((PARA_DE, PARA2_DE, PARA3_DE), "Pressemitteilung Nr. 12/24 des Gerichts vom 3. Mai 2024"),
]


def page(paras: tuple[str, ...], line: str) -> str:
    return "\n\n".join(["New plan for the bridge", *paras, line, "\n".join(FOOTER)]) + "\n"


@pytest.mark.parametrize(("paras", "line"), PAGES, ids=["reporting", "press"])
def test_the_source_line_under_the_article_is_kept(paras: tuple[str, ...], line: str) -> None:
    doc = clean(page(paras, line))
    assert line in [span.text for span in doc.body]
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert FOOTER[0] in reasons


def test_a_label_that_announces_an_address_is_not_a_source_line() -> None:
    label = "Quelle und Kontaktadresse:"
    doc = clean(page((PARA_DE, PARA2_DE, PARA3_DE), label))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[label] == ("main_content", "after_article")


def test_a_line_of_other_words_under_the_article_is_cut() -> None:
    line = "Mehr aus der Region lesen Sie in unserem Newsletter jeden Freitag"
    doc = clean(page((PARA_DE, PARA2_DE, PARA3_DE), line))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[line] == ("main_content", "after_article")
