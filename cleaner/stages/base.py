"""Stage base classes: they do the bookkeeping, so no stage can drop a line without a record."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import replace
from typing import ClassVar

from cleaner.document import Document, Line, LineKey, Removal


class Stage(ABC):
    """One step of the pipeline: a stable ``name``, declared ``reasons``, one pure method.

    ``reasons`` lists every reason code the stage can emit; :meth:`drop` refuses others, so
    the list in ``cleaner stages`` cannot drift from the code.
    """

    name: ClassVar[str]
    reasons: frozenset[str] = frozenset()

    def __call__(self, doc: Document) -> Document:
        if doc.rejected is not None and not self.runs_on_rejected:
            return doc
        return self.apply(doc)

    #: Stages that look for the article in a whole page (menus, link lists, the densest
    #: stretch of prose). They are skipped on text an extractor already cut to the article,
    #: where they would only remove real paragraphs, lists and headings.
    whole_page: ClassVar[bool] = False

    #: Stages that only assign lines to fields still run on a rejected page, so that every
    #: line ends up in the record; the others skip it.
    runs_on_rejected: ClassVar[bool] = False

    @abstractmethod
    def apply(self, doc: Document) -> Document:
        """Return the document with this stage's decisions applied."""

    def drop(
        self,
        doc: Document,
        decisions: Mapping[LineKey, str],
        counts: Mapping[LineKey, int] | None = None,
    ) -> Document:
        """Remove the lines keyed in ``decisions`` (:attr:`Line.key` -> reason), with a record;
        ``counts`` gives a removal its :attr:`Removal.count` (how often the line was seen)."""
        if not decisions:
            return doc
        undeclared = set(decisions.values()) - self.reasons
        if undeclared:
            raise ValueError(f"stage {self.name!r} emitted undeclared reasons {sorted(undeclared)}")
        kept: list[Line] = []
        removed = list(doc.removed)
        # Most lines are kept: a line whose number no decision names is kept without
        # building its key.
        numbers = {number for number, _ in decisions}
        for line in doc.lines:
            reason = decisions.get((line.number, line.column)) if line.number in numbers else None
            if reason is None:
                kept.append(line)
            else:
                count = counts.get(line.key) if counts else None
                removed.append(
                    Removal(line.number, line.original, self.name, reason, line.column, count)
                )
        return replace(doc, lines=tuple(kept), removed=tuple(removed))


#: Verdicts a line filter remembers, by line text. A line's verdict depends on its text alone,
#: and pages repeat lines: of the 84,819 non-blank lines of the 613 development pages
#: (inscriptis dumps), 41% repeat a line seen before (menus, share rows, footers), 54% of
#: the BeautifulSoup dumps'. The table is emptied when full.
VERDICT_CACHE_SIZE = 16384
#: Only lines up to this long are remembered, so the table holds a few megabytes at most:
#: 99% of the repeats above are this short (34,746 of 34,995; 67,925 of 68,078).
VERDICT_MAX_CHARS = 200
#: A verdict not yet in the table (None is a verdict: keep the line).
UNSEEN = "\0unseen"


class LineFilter(Stage):
    """A rule that needs no context: it looks at one line at a time.

    ``check`` must depend on the text alone: its verdicts are remembered by text.
    """

    @abstractmethod
    def check(self, text: str) -> str | None:
        """Return a reason code to drop this line, or None to keep it."""

    def apply(self, doc: Document) -> Document:
        decisions: dict[LineKey, str] = {}
        # Per instance; a race between threads that share the filter costs a lookup at most.
        verdicts: dict[str, str | None] = self.__dict__.setdefault("_verdicts", {})
        for line in doc.lines:
            text = line.text
            if not text.strip():
                continue
            reason = verdicts.get(text, UNSEEN)
            if reason is UNSEEN:
                reason = self.check(text)
                if len(text) <= VERDICT_MAX_CHARS:
                    if len(verdicts) >= VERDICT_CACHE_SIZE:
                        verdicts.clear()
                    verdicts[text] = reason
            if reason is not None:
                decisions[line.number, line.column] = reason
        return self.drop(doc, decisions)
