"""The document model: what a page is while it is cleaned, and the record it becomes.

Every input line is accounted for exactly once: it is still undecided (``lines``), part of
the output (``headline``, ``bullets`` or ``body``, through a :class:`Span`), or recorded in
``removed`` with the stage and the reason. Lines whose content moved into ``meta`` (a byline,
a date) are recorded in ``removed`` by the metadata stage, so the audit trail shows them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

SCHEMA_VERSION = 1

#: Where a piece of text sits in the input: its line number, and the character offset of the
#: piece when the line was split into columns (None for a whole line).
LineKey = tuple[int, int | None]


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its 1-based number in the input, its current text and the text as read.

    A line laid out in columns (a layout table in a w3m dump) is split into pieces, one per
    column: each piece is a ``Line`` with the same number, ``column`` set to the character
    offset where the piece starts in the line as read, and ``width`` the width of its
    column (where a paragraph in it wraps). ``width`` is also set on whole lines of a
    hard-wrapped page: the width measured on the whole page, before any line was removed.
    """

    number: int
    text: str
    raw: str = ""
    column: int | None = None
    width: int | None = None
    #: From an indented dump (w3m, lynx): the spaces around the line are layout, not the
    #: edges of a text node inside a sentence.
    indented: bool = False

    @property
    def original(self) -> str:
        return self.raw or self.text

    def with_text(self, text: str) -> Line:
        """The line with another text: ``replace(self, text=text)`` without its look-up of
        the fields (stages change the text of many lines of every page)."""
        return Line(self.number, text, self.raw, self.column, self.width, self.indented)

    @property
    def key(self) -> LineKey:
        return (self.number, self.column)


@dataclass(frozen=True, slots=True)
class Removal:
    """A line that is not part of the article: where it was, what it said, who removed it, why."""

    number: int
    text: str
    stage: str
    reason: str
    #: The piece's character offset when the line was split into columns, else None.
    column: int | None = None
    #: For a line its site repeats (stage ``site``): on how many of the site's pages it is.
    count: int | None = None

    @property
    def key(self) -> LineKey:
        return (self.number, self.column)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.number}
        if self.column is not None:
            out["column"] = self.column
        out.update(text=self.text, stage=self.stage, reason=self.reason)
        if self.count is not None:
            out["count"] = self.count
        return out


@dataclass(frozen=True, slots=True)
class Fix:
    """A line whose text was repaired, with the repair steps in the order they were applied."""

    number: int
    steps: tuple[str, ...]
    column: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.number}
        if self.column is not None:
            out["column"] = self.column
        out["steps"] = list(self.steps)
        return out


@dataclass(frozen=True, slots=True)
class Rejection:
    """A verdict on the whole page: no article in it, and why."""

    stage: str
    reason: str


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of output text and the input line numbers it was made from."""

    text: str
    numbers: tuple[int, ...]
    #: Parallel to ``numbers`` when some of them are column pieces (their offsets, None for
    #: whole lines); empty when every number is a whole line.
    columns: tuple[int | None, ...] = ()

    @property
    def keys(self) -> tuple[LineKey, ...]:
        columns = self.columns or (None,) * len(self.numbers)
        return tuple(zip(self.numbers, columns, strict=True))


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata moved out of the text."""

    date: str | None = None
    byline: str | None = None
    dateline: str | None = None
    agency: str | None = None
    extraction: str | None = None
    #: In a batch with duplicate detection: the id of the first copy of this article.
    duplicate_of: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        out = {
            "date": self.date,
            "byline": self.byline,
            "dateline": self.dateline,
            "agency": self.agency,
            "extraction": self.extraction,
        }
        if self.duplicate_of is not None:
            out["duplicate_of"] = self.duplicate_of
        return out


@dataclass(frozen=True, slots=True)
class Document:
    """A page being cleaned, or the clean record once every stage has run."""

    id: str
    source: str | None = None
    lines: tuple[Line, ...] = ()
    encoding: str | None = None
    removed: tuple[Removal, ...] = ()
    fixes: tuple[Fix, ...] = ()
    language: str | None = None
    language_score: float | None = None
    headline: Span | None = None
    bullets: tuple[Span, ...] = ()
    body: tuple[Span, ...] = ()
    meta: Meta = field(default_factory=Meta)
    rejected: Rejection | None = None
    #: The page's title from its HTML, for the structure stage; not part of the record.
    title_hint: str | None = field(default=None, compare=False, repr=False)
    #: The first line of an article's header (its title, over a byline or date) that the
    #: ``related`` stage found inside a run of links and kept: the structure stage takes it
    #: as the headline. Not part of the record.
    header_hint: LineKey | None = field(default=None, compare=False, repr=False)
    #: The text is an extractor's article text (HTML route), not a whole-page dump.
    extracted: bool = field(default=False, compare=False, repr=False)
    #: The :func:`~cleaner.text.normalize_key` of the page's links of three words or more
    #: (HTML route), for the ``link_teasers`` stage; not part of the record.
    link_lines: frozenset[str] = field(default=frozenset(), compare=False, repr=False)
    #: Every line and column piece in reading order, when lines were split into columns
    #: (pieces of one column come before the next column's); empty when the input order is
    #: the reading order. Not part of the record.
    reading_order: tuple[LineKey, ...] = field(default=(), compare=False, repr=False)

    def positions(self) -> dict[LineKey, int] | None:
        """Where each line or piece comes in reading order; None when that is line order."""
        if not self.reading_order:
            return None
        return {key: i for i, key in enumerate(self.reading_order)}

    @classmethod
    def from_text(
        cls, text: str, *, id: str = "", source: str | None = None, encoding: str | None = None
    ) -> Document:
        """Split text into numbered lines; ``\\r\\n`` and ``\\r`` count as one line break."""
        texts = split_lines(text)
        lines = tuple(map(Line, range(1, len(texts) + 1), texts, texts))
        return cls(id=id, source=source, lines=lines, encoding=encoding)

    @property
    def text(self) -> str:
        """The body paragraphs joined by blank lines."""
        return "\n\n".join(span.text for span in self.body)

    @property
    def full_text(self) -> str:
        """Headline, bullets and body as plain text, in reading order."""
        parts = [self.headline.text] if self.headline else []
        parts += [span.text for span in self.bullets]
        parts += [span.text for span in self.body]
        return "\n\n".join(parts)

    def accounted_keys(self) -> Iterator[LineKey]:
        """Every line (or column piece) the document holds, once for each place it is held."""
        yield from (line.key for line in self.lines)
        yield from (removal.key for removal in self.removed)
        for span in self.spans:
            yield from span.keys

    def accounted_numbers(self) -> Iterator[int]:
        """The line number of every line or piece the document holds, once for each place."""
        return (number for number, _ in self.accounted_keys())

    @property
    def spans(self) -> list[Span]:
        """Headline, bullets and body spans in reading order."""
        return ([self.headline] if self.headline else []) + list(self.bullets) + list(self.body)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record (schema version 1); key order is part of the format."""
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "encoding": self.encoding,
            "headline": self.headline.text if self.headline else None,
            "bullets": [span.text for span in self.bullets],
            "body": [span.text for span in self.body],
            "language": self.language,
            "language_score": self.language_score,
            "meta": self.meta.to_dict(),
            "removed": [
                # Removal.to_dict of most removals (a whole line, no count), inline.
                {"line": r.number, "text": r.text, "stage": r.stage, "reason": r.reason}
                if r.column is None and r.count is None
                else r.to_dict()
                for r in self.removed
            ],
            "fixes": [fix.to_dict() for fix in self.fixes],
            "rejected": (
                {"stage": self.rejected.stage, "reason": self.rejected.reason}
                if self.rejected
                else None
            ),
            "lines": {
                "headline": list(self.headline.numbers) if self.headline else [],
                "bullets": [list(span.numbers) for span in self.bullets],
                "body": [list(span.numbers) for span in self.body],
            },
            "columns": self._columns_record(),
        }

    def _columns_record(self) -> dict[str, Any] | None:
        """The column offsets behind ``lines``, when a line was split into columns."""
        if not any(span.columns for span in self.spans):
            return None

        def offsets(span: Span) -> list[int | None]:
            return list(span.columns or (None,) * len(span.numbers))

        return {
            "headline": offsets(self.headline) if self.headline else [],
            "bullets": [offsets(span) for span in self.bullets],
            "body": [offsets(span) for span in self.body],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a finished document from its record (the inverse of :meth:`to_dict`)."""
        if data.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema version: {data.get('schema')!r}")
        numbers = data.get("lines") or {}
        headline = data.get("headline")
        bullets = data.get("bullets") or []
        body = data.get("body") or []
        bullet_lines = numbers.get("bullets") or [[] for _ in bullets]
        body_lines = numbers.get("body") or [[] for _ in body]
        rejected = data.get("rejected")
        columns = data.get("columns") or {}

        def spans(texts: list[str], lines: list[list[int]], field: str) -> tuple[Span, ...]:
            offsets = columns.get(field) or [()] * len(texts)
            return tuple(
                Span(t, tuple(n), piece_columns(c))
                for t, n, c in zip(texts, lines, offsets, strict=True)
            )

        return cls(
            id=data["id"],
            source=data.get("source"),
            encoding=data.get("encoding"),
            removed=tuple(
                Removal(
                    r["line"], r["text"], r["stage"], r["reason"], r.get("column"), r.get("count")
                )
                for r in data.get("removed") or []
            ),
            fixes=tuple(
                Fix(f["line"], tuple(f["steps"]), f.get("column")) for f in data.get("fixes") or []
            ),
            language=data.get("language"),
            language_score=data.get("language_score"),
            headline=(
                Span(
                    headline,
                    tuple(numbers.get("headline") or ()),
                    piece_columns(columns.get("headline") or ()),
                )
                if headline is not None
                else None
            ),
            bullets=spans(bullets, bullet_lines, "bullets"),
            body=spans(body, body_lines, "body"),
            meta=Meta(**(data.get("meta") or {})),
            rejected=Rejection(rejected["stage"], rejected["reason"]) if rejected else None,
        )

    def with_lines(self, lines: tuple[Line, ...], removed: tuple[Removal, ...]) -> Document:
        return replace(self, lines=lines, removed=removed)


def removed_between(removed: Iterable[Removal], low: int, high: int) -> bool:
    """True when a line numbered strictly between ``low`` and ``high`` was removed.

    >>> removed_between([Removal(5, "Newsletter", "chrome", "subscribe")], 4, 6)
    True
    """
    return any(low < removal.number < high for removal in removed)


def piece_columns(columns: Iterable[int | None]) -> tuple[int | None, ...]:
    """``Span.columns`` in its canonical form: empty when no number is a column piece.

    >>> piece_columns([None, None]), piece_columns([None, 24])
    ((), (None, 24))
    """
    out = tuple(columns)
    return out if any(c is not None for c in out) else ()


def split_lines(text: str) -> list[str]:
    r"""Split on ``\n`` after turning ``\r\n`` and ``\r`` into ``\n``.

    Unlike :meth:`str.splitlines`, form feeds, ``\x85`` and ``\u2028`` do not end a line, so
    line numbers match ``sed -n`` on the file.

    A final line break ends the last line; it does not start an empty one.

    >>> split_lines("a\r\nb\rc\x0cd\n")
    ['a', 'b', 'c\x0cd']
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def record_paragraphs(record: Mapping[str, Any]) -> list[str]:
    """The article's paragraphs of an output record (``Document.to_dict()``): its bullets,
    then its body; none for an error record.

    >>> record_paragraphs({"bullets": ["A point."], "body": ["A paragraph."]})
    ['A point.', 'A paragraph.']
    """
    return [str(p) for p in record.get("bullets") or ()] + [
        str(p) for p in record.get("body") or ()
    ]
