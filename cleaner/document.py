"""The document model: what a page is while it is cleaned, and the record it becomes.

Every input line is accounted for exactly once: it is still undecided (``lines``), part of
the output (``headline``, ``bullets`` or ``body``, through a :class:`Span`), or recorded in
``removed`` with the stage and the reason. Lines whose content moved into ``meta`` (a byline,
a date) are recorded in ``removed`` by the metadata stage, so the audit trail shows them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: its 1-based number in the input, its current text and the text as read."""

    number: int
    text: str
    raw: str = ""

    @property
    def original(self) -> str:
        return self.raw or self.text


@dataclass(frozen=True, slots=True)
class Removal:
    """A line that is not part of the article: where it was, what it said, who removed it, why."""

    number: int
    text: str
    stage: str
    reason: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A line whose text was repaired, with the repair steps in the order they were applied."""

    number: int
    steps: tuple[str, ...]


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


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata moved out of the text."""

    date: str | None = None
    byline: str | None = None
    dateline: str | None = None
    agency: str | None = None
    extraction: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "date": self.date,
            "byline": self.byline,
            "dateline": self.dateline,
            "agency": self.agency,
            "extraction": self.extraction,
        }


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
    #: The text is an extractor's article text (HTML route), not a whole-page dump.
    extracted: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def from_text(
        cls, text: str, *, id: str = "", source: str | None = None, encoding: str | None = None
    ) -> Document:
        """Split text into numbered lines; ``\\r\\n`` and ``\\r`` count as one line break."""
        lines = tuple(Line(n, t, t) for n, t in enumerate(split_lines(text), start=1))
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

    def accounted_numbers(self) -> Iterator[int]:
        """Every line number the document holds, once for each place it is held."""
        yield from (line.number for line in self.lines)
        yield from (removal.number for removal in self.removed)
        spans = ([self.headline] if self.headline else []) + list(self.bullets) + list(self.body)
        for span in spans:
            yield from span.numbers

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
                {"line": r.number, "text": r.text, "stage": r.stage, "reason": r.reason}
                for r in self.removed
            ],
            "fixes": [{"line": f.number, "steps": list(f.steps)} for f in self.fixes],
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
        return cls(
            id=data["id"],
            source=data.get("source"),
            encoding=data.get("encoding"),
            removed=tuple(
                Removal(r["line"], r["text"], r["stage"], r["reason"])
                for r in data.get("removed") or []
            ),
            fixes=tuple(Fix(f["line"], tuple(f["steps"])) for f in data.get("fixes") or []),
            language=data.get("language"),
            language_score=data.get("language_score"),
            headline=(
                Span(headline, tuple(numbers.get("headline") or ()))
                if headline is not None
                else None
            ),
            bullets=tuple(Span(t, tuple(n)) for t, n in zip(bullets, bullet_lines, strict=True)),
            body=tuple(Span(t, tuple(n)) for t, n in zip(body, body_lines, strict=True)),
            meta=Meta(**(data.get("meta") or {})),
            rejected=Rejection(rejected["stage"], rejected["reason"]) if rejected else None,
        )

    def with_lines(self, lines: tuple[Line, ...], removed: tuple[Removal, ...]) -> Document:
        return replace(self, lines=lines, removed=removed)


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
