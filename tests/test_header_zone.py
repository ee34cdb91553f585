"""The header zone of the main_content stage reaches up to the article's header that the
related stage kept (``Document.header_hint``), past a row of buttons that ends it otherwise
(MainContentStage)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from paragraphs import PARA2_DE, PARA2_EN, PARA_DE, PARA_EN

from cleaner.document import Document
from cleaner.stages.main_content import MainContentStage

#: (title, a row of buttons under it, paragraphs)
PAGES = [
    (
        "Gemeinderat stimmt über den neuen Plan ab",
        ["* Teilen", "* Drucken", "* Mailen", "* Merken"],
        [PARA_DE, PARA2_DE],
    ),
    (
        "Council to vote on the new plan",
        ["* Share", "* Print", "* Mail", "* Save"],
        [PARA_EN, PARA2_EN],
    ),
]


def page(title: str, buttons: list[str], paras: list[str]) -> Document:
    lines = [title, "", *buttons, ""]
    for para in paras:
        lines += [para, ""]
    return Document.from_text("\n".join(lines))


@pytest.mark.parametrize(("title", "buttons", "paras"), PAGES, ids=["de", "en"])
def test_without_a_hint_the_buttons_end_the_header_zone(
    title: str, buttons: list[str], paras: list[str]
) -> None:
    doc = MainContentStage()(page(title, buttons, paras))
    reasons = {r.text: (r.stage, r.reason) for r in doc.removed}
    assert reasons[title] == ("main_content", "before_article")


@pytest.mark.parametrize(("title", "buttons", "paras"), PAGES, ids=["de", "en"])
def test_the_hinted_title_stays_in_the_header_zone(
    title: str, buttons: list[str], paras: list[str]
) -> None:
    doc = page(title, buttons, paras)
    doc = MainContentStage()(replace(doc, header_hint=doc.lines[0].key))
    assert title not in {r.text for r in doc.removed}
    assert [ln.text for ln in doc.lines if ln.text][-2:] == paras
