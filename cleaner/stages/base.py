"""Stage base classes: they do the bookkeeping, so no stage can drop a line without a record."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, ClassVar, TypeVar

from cleaner.document import Document, LineKey, Removal


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
        removed = list(doc.removed)
        # Most lines are kept: a line whose number no decision names is kept without
        # building its key (in comprehensions: this runs over every line of a page
        # several times).
        numbers = {number for number, _ in decisions}
        lines = doc.lines
        named = [line for line in lines if line.number in numbers]
        gone = [line for line in named if (line.number, line.column) in decisions]
        for line in gone:
            count = counts.get(line.key) if counts else None
            reason = decisions[line.number, line.column]
            removed.append(
                Removal(line.number, line.original, self.name, reason, line.column, count)
            )
        if len(gone) == len(named):
            kept = [line for line in lines if line.number not in numbers]
        else:
            kept = [
                line
                for line in lines
                if line.number not in numbers or (line.number, line.column) not in decisions
            ]
        return replace(doc, lines=tuple(kept), removed=tuple(removed))


#: Verdicts a line filter remembers, by line text. A line's verdict depends on its text alone,
#: and pages repeat lines: of the 84,819 non-blank lines of the 613 development pages
#: (inscriptis dumps), 41% repeat a line seen before (menus, share rows, footers), 54% of
#: the BeautifulSoup dumps'. The table is emptied when full.
VERDICT_CACHE_SIZE = 16384
#: Only lines up to this long are remembered, so the table holds a few megabytes at most:
#: 99% of the repeats above are this short (34,746 of 34,995; 67,925 of 68,078).
VERDICT_MAX_CHARS = 200

T = TypeVar("T")


class TextMemo(dict[str, T]):
    """Answers that depend on a line's text alone, remembered by text: lines up to
    :data:`VERDICT_MAX_CHARS` long, at most :data:`VERDICT_CACHE_SIZE` of them (the table
    is emptied when full). Threads that share one may both compute an answer; none reads a
    half-made one.
    """

    def __call__(self, text: str, compute: Callable[[str], T]) -> T:
        """The answer for ``text``, computed by ``compute(text)`` the first time."""
        # Tested before it is read: most texts are new, and a caught KeyError costs more
        # than the test. (Another thread may empty the table in between.)
        if text in self:
            try:
                return self[text]
            except KeyError:
                pass
        return self.computed(text, compute)

    def computed(self, text: str, compute: Callable[[str], T]) -> T:
        """``compute(text)``, remembered, for a text its caller has just found missing."""
        value = compute(text)
        if len(text) <= VERDICT_MAX_CHARS:
            if len(self) >= VERDICT_CACHE_SIZE:
                self.clear()
            self[text] = value
        return value


def memo(stage: Stage, name: str) -> TextMemo[Any]:
    """The stage's :class:`TextMemo` called ``name``, made on first use (per instance, so
    stages need no ``__init__`` for it)."""
    found: TextMemo[Any] | None = stage.__dict__.get(name)
    if found is None:
        found = stage.__dict__[name] = TextMemo()
    return found


#: What a line filter's memo holds for a text it has not judged (no reason code).
_UNSEEN = "\x00unseen"


class LineFilter(Stage):
    """A rule that needs no context: it looks at one line at a time.

    ``check`` must depend on the text alone: its verdicts are remembered by text.
    """

    @abstractmethod
    def check(self, text: str) -> str | None:
        """Return a reason code to drop this line, or None to keep it."""

    def apply(self, doc: Document) -> Document:
        decisions: dict[LineKey, str] = {}
        verdicts: TextMemo[str | None] = memo(self, "_verdicts")
        check = self.check
        for line in doc.lines:
            text = line.text
            # The memo's look-up first, inline: this loop sees every line of every page.
            reason = verdicts.get(text, _UNSEEN)
            if reason == _UNSEEN:
                if not text.strip():
                    continue
                reason = verdicts.computed(text, check)  # the text was just looked up
            if reason is not None:
                decisions[line.number, line.column] = reason
        return self.drop(doc, decisions)
