"""What happened to each input line: kept (and where), dropped (by which stage, and why), blank.

Pure functions over a cleaned :class:`~cleaner.document.Document` and the text it was cleaned
from; ``cleaner explain`` prints the rows. A line the document does not account for shows as
``???``: by the document's invariant that cannot happen, so it is a bug worth reporting.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from cleaner.document import Document, LineKey, Removal, split_lines
from cleaner.stages.columns import FRAME_CHARS

Fate = Literal["keep", "drop", "blank", "unknown"]

#: HTML entities for spaces, which the encoding stage turns into (stripped) spaces.
_SPACE_ENTITIES = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#8203|#x200b);", re.I)
#: Character categories that print as nothing: spaces, separators, format and control codes.
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


@dataclass(frozen=True, slots=True)
class ExplainRow:
    """One input line and its fate.

    ``field`` is ``headline``, ``bullet`` or ``body`` for a kept line; ``stage`` and
    ``reason`` say who dropped a line and why (for a line dropped with the whole page, the
    rejection's stage and reason).
    """

    number: int
    text: str
    fate: Fate
    field: str | None = None
    stage: str | None = None
    reason: str | None = None

    @property
    def label(self) -> str:
        """``KEEP body``, ``DROP chrome/skip_link``, ``blank`` or ``???``."""
        if self.fate == "keep":
            return f"KEEP {self.field}"
        if self.fate == "drop":
            return f"DROP {self.stage}/{self.reason}"
        if self.fate == "blank":
            return "blank"
        return "???" if self.reason is None else f"??? {self.reason}"


def looks_blank(text: str) -> bool:
    """Whether a line holds nothing visible (the encoding stage leaves it empty).

    >>> looks_blank(" \\u200b&nbsp;\\t"), looks_blank(" x ")
    (True, False)
    """
    text = _SPACE_ENTITIES.sub("", text)
    return all(unicodedata.category(ch) in _INVISIBLE_CATEGORIES for ch in text)


def explain_rows(doc: Document, text: str) -> list[ExplainRow]:
    """A row for every line of ``text`` (split as :meth:`Document.from_text` splits it),
    and one for every column piece of a line that was split into columns."""
    kept: dict[LineKey, str] = {}
    if doc.headline is not None:
        kept.update(dict.fromkeys(doc.headline.keys, "headline"))
    for field, spans in (("bullet", doc.bullets), ("body", doc.body)):
        for span in spans:
            kept.update(dict.fromkeys(span.keys, field))
    removed = {removal.key: removal for removal in doc.removed}
    counts = Counter(doc.accounted_keys())
    pieces: dict[int, list[int]] = {}
    for number, column in counts:
        if column is not None:
            pieces.setdefault(number, []).append(column)
    whole_page = doc.rejected is not None and not counts
    rows = []
    for number, line in enumerate(split_lines(text), start=1):
        if number in pieces:
            offsets = sorted(pieces[number])
            for column, end in zip(offsets, [*offsets[1:], len(line)], strict=True):
                piece = line[column:end].rstrip(FRAME_CHARS)
                rows.append(_row(number, column, piece, counts, kept, removed))
            continue
        key = (number, None)
        if counts[key] > 1 or key in kept or key in removed:
            rows.append(_row(number, None, line, counts, kept, removed))
        elif looks_blank(line):
            rows.append(ExplainRow(number, line, "blank"))
        elif whole_page and doc.rejected is not None:
            rows.append(
                ExplainRow(number, line, "drop", None, doc.rejected.stage, doc.rejected.reason)
            )
        else:
            rows.append(ExplainRow(number, line, "unknown"))
    return rows


def _row(
    number: int,
    column: int | None,
    text: str,
    counts: Counter[LineKey],
    kept: dict[LineKey, str],
    removed: dict[LineKey, Removal],
) -> ExplainRow:
    key = (number, column)
    if counts[key] > 1:
        return ExplainRow(number, text, "unknown", reason="accounted_twice")
    if key in kept:
        return ExplainRow(number, text, "keep", field=kept[key])
    removal = removed[key]
    return ExplainRow(number, text, "drop", None, removal.stage, removal.reason)


def format_row(row: ExplainRow, number_width: int, label_width: int) -> str:
    """One row as a line of plain text: number, fate, input text.

    >>> format_row(ExplainRow(7, "Advertisement", "drop", None, "ads", "ad_label"), 3, 16)
    '  7  DROP ads/ad_label  Advertisement'
    """
    return f"{row.number:>{number_width}}  {row.label:<{label_width}}  {row.text}".rstrip()
