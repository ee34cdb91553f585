"""Body paragraphs, in English and German, for tests that need an article around a list;
what the cleaner removed from a text, by line; a document some of whose lines an earlier
stage removed."""

from __future__ import annotations

from collections.abc import Collection

from cleaner import clean
from cleaner.document import Document, Removal

PARA_EN = (
    "The council said on Monday that the new plan would be put to a vote next week, and that "
    "members of the public would be able to comment on it before the end of the month."
)
PARA2_EN = (
    "Officials in the city have argued for years that the old bridge is no longer safe, and "
    "they welcomed the decision as a first step towards a long overdue replacement of it."
)
PARA_DE = (
    "Der Gemeinderat hat am Montag beschlossen, dass der neue Plan in der nächsten Woche zur "
    "Abstimmung kommt und die Bürger bis zum Ende des Monats dazu Stellung nehmen können."
)
PARA2_DE = (
    "Die Verwaltung hält die alte Brücke seit Jahren für unsicher und begrüßt die Entscheidung "
    "als einen ersten Schritt hin zu einem längst überfälligen Neubau über den Fluss."
)

PARA3_EN = (
    "Residents who live near the river told reporters that they were relieved but that they "
    "would wait to see whether the money for the bridge was actually found in the budget."
)
PARA3_DE = (
    "Anwohner am Fluss sagten, sie seien erleichtert, wollten aber abwarten, ob das Geld für "
    "die Brücke im Haushalt der Stadt tatsächlich gefunden werde."
)


def removals(text: str) -> dict[str, tuple[str, str]]:
    """The stage and reason of each line the cleaner removed from ``text``, by its text."""
    doc = clean(text)
    return {r.text.strip(): (r.stage, r.reason) for r in doc.removed}


def removed_as_related(text: str, row: Collection[str]) -> Document:
    """The document of ``text`` in which an earlier stage removed the lines of ``row`` as
    related links."""
    doc = Document.from_text(text)
    kept = tuple(line for line in doc.lines if line.text not in row)
    removed = tuple(
        Removal(line.number, line.text, "related", "related_links")
        for line in doc.lines
        if line.text in row
    )
    return doc.with_lines(kept, removed)
