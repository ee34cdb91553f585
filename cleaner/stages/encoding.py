"""Encoding repair: mojibake, HTML entities, control and zero-width characters, spaces."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import ClassVar

from cleaner.document import Document, Fix, Line
from cleaner.stages.base import Stage, TextMemo, memo

#: Characters that are never content: zero-width spaces and joiners, word joiner, BOM,
#: soft hyphen, bidi marks, and C0/C1 controls other than tab.
INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
#: Every kind of space (no-break, thin, ideographic, ...) becomes one plain space.
_SPACES = re.compile(r"[^\S\n]+")
#: What a line must hold for ftfy to have work: a non-ASCII character or an HTML entity.
_NEEDS_FTFY = re.compile(r"[^\x00-\x7f]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
#: Non-ASCII characters that ftfy (6.3, with the config below) leaves alone in any order
#: and company: lowercase accented Latin letters and the commonest dashes and apostrophe.
#: Checked exhaustively (tests/test_encodings.py): no string of up to three of these
#: and printable ASCII without "&" looks like mojibake to ftfy's badness heuristic (whose
#: patterns are at most three characters long on such text), every pair is NFC-stable, and
#: no single one is changed by any of ftfy's fixers. German, French and Polish prose lines
#: are mostly made of them, and ftfy costs about 0.1 ms a line.
FTFY_INERT_CHARS = "ßàáâäæçèéêëìíîïñòóôöùúûüÿąćęłńśźż’–—…·►°"
#: A second such alphabet: with curly quotes and other marks, but no accented letter
#: (ftfy's badness heuristic takes an accented letter before a quote and a letter, "é“a",
#: for mojibake). English prose lines quote in curly quotes: 2,287 of the 3,268 distinct
#: lines of the development pages (inscriptis dumps) that went through ftfy hold only
#: these and ASCII, and ftfy took 0.1 s of a pass over them (about 50 us a line).
FTFY_INERT_MARKS = "’–—…“”‘•©«»°·►"
#: A line ftfy cannot change: tab, printable ASCII except "&", and ``FTFY_INERT_CHARS`` or
#: ``FTFY_INERT_MARKS``.
_FTFY_INERT = re.compile(rf"[\t\x20-\x25\x27-\x7e{FTFY_INERT_CHARS}]*")
_FTFY_INERT_MARKED = re.compile(rf"[\t\x20-\x25\x27-\x7e{FTFY_INERT_MARKS}]*")

#: UTF-8 punctuation (’ “ ” – —, the bytes E2 80 xx) read as Latin-1 is "â" and two C1
#: control characters; lynx prints those controls as nothing, and so does any cleaner that
#: strips control characters, which leaves a bare "â": "Kosovoâs", "âIt is,â he said".
#: ftfy cannot tell that from a real "â", so the page decides. Signs: a bare "â" that ends
#: a word or stands alone, which languages write rarely (Turkish "hâlâ", Welsh "â"), and
#: one before an English contraction's ending ("itâs", "donât", "theyâve"), which none does
#: (Vietnamese writes no "ât" without a tone mark).
_LOST_PUNCTUATION = re.compile(r"(?<=\S)â(?=[\s.,;:!?)\]]|$)|(?<=\s)â(?=\s)")
_LOST_APOSTROPHE = re.compile(r"(?<=[a-z])â(?=(?:s|t|re|ve|ll|d|m)\b)")
#: Signs a page needs, one of them an apostrophe, before its bare "â" are repaired. Of the
#: 613 development pages' lynx dumps, 12 pass with 2 to 34 signs, all pages whose control
#: bytes were lost; no page passes in their inscriptis, BeautifulSoup and w3m dumps, nor
#: among the 494 snippets pages (German, French, ...).
LOST_PUNCTUATION_MIN = 2
#: The punctuation each bare "â" stood for, from its neighbours, in this order: between
#: digits a dash (2007–08), inside a word an apostrophe, alone a dash, before a word an
#: opening quote, after one a closing quote.
_RESTORE_PUNCTUATION = (
    (re.compile(r"(?<=\d)â(?=\d)"), "–"),
    (re.compile(r"(?<=\w)â(?=\w)"), "’"),
    (re.compile(r"(?:^|(?<=\s))â(?=\s|$)"), "–"),
    (re.compile(r"(?:^|(?<=[\s(\[]))â(?=\w)"), "“"),
    (re.compile(r"â(?=[\s.,;:!?)\]]|$)"), "”"),
)


def lost_punctuation(lines: Iterable[str]) -> bool:
    """True when the page's bare "â" are UTF-8 punctuation that lost its control bytes."""
    signs = apostrophes = 0
    for text in lines:
        if "â" in text:
            found = len(_LOST_APOSTROPHE.findall(text))
            apostrophes += found
            signs += found + len(_LOST_PUNCTUATION.findall(text))
            if apostrophes and signs >= LOST_PUNCTUATION_MIN:
                return True
    return False


def restore_punctuation(text: str) -> str:
    """Each bare "â" of the line as the punctuation it stood for (see ``lost_punctuation``).

    >>> restore_punctuation("âKosovoâs future,â he said â in 2007â08")
    '“Kosovo’s future,” he said – in 2007–08'
    """
    for pattern, punctuation in _RESTORE_PUNCTUATION:
        text = pattern.sub(punctuation, text)
    return text


class EncodingStage(Stage):
    """Repair each line's text and record how. Removes nothing.

    ftfy runs with an explicit config: encoding repair (``Ã©`` -> ``é``, ``â€™`` -> ``’``),
    HTML entities, Latin ligatures and NFC. Curly quotes are kept as written
    (``uncurl_quotes=False``): they are the author's typography, and news corpora and their
    gold texts keep them. Full-width characters are kept too (``fix_character_width=False``),
    as CJK text uses them on purpose. Then invisible characters are removed and every run of
    spaces becomes one space.
    """

    name: ClassVar[str] = "encoding"
    reasons = frozenset[str]()
    runs_on_rejected = True

    def __init__(self) -> None:
        import ftfy

        self._ftfy = ftfy
        self._config = ftfy.TextFixerConfig(
            uncurl_quotes=False,
            fix_character_width=False,
            fix_line_breaks=False,
            normalization="NFC",
            explain=True,
        )

    def repair(self, text: str) -> tuple[str, tuple[str, ...]]:
        """The repaired text of one line and the steps taken."""
        if text.isascii() and text.isprintable() and "&" not in text:
            # Most lines: nothing for ftfy, no invisible character, and no space but " "
            # (so runs of spaces are what ``split`` splits at).
            return (" ".join(text.split()) if "  " in text else text.strip()), ()
        steps: list[str] = []
        # A line beyond ASCII holds what ``_NEEDS_FTFY`` looks for.
        if (
            (not text.isascii() or _NEEDS_FTFY.search(text))
            and not _FTFY_INERT.fullmatch(text)
            and not _FTFY_INERT_MARKED.fullmatch(text)
        ):
            fixed = self._ftfy.fix_and_explain(text, self._config)
            text = fixed.text
            steps.extend(f"{action}:{param}" for action, param in fixed.explanation or ())
        cleaned = INVISIBLE.sub("", text)
        if cleaned != text:
            steps.append("remove_invisible")
        spaced = _SPACES.sub(" ", cleaned).strip()
        if "\xa0" in cleaned or "\u3000" in cleaned or "\u2009" in cleaned:
            steps.append("normalize_spaces")
        return spaced, tuple(steps)

    def apply(self, doc: Document) -> Document:
        lines: list[Line] = []
        fixes = list(doc.fixes)
        # A repair depends on the text alone, and pages repeat lines.
        repairs: TextMemo[tuple[str, tuple[str, ...]]] = memo(self, "_repairs")
        repair = self.repair
        lost = lost_punctuation(line.text for line in doc.lines)
        for line in doc.lines:
            # The memo's look-up first, inline: this loop sees every line of every page.
            found = repairs.get(line.text)
            text, steps = found if found is not None else repairs(line.text, repair)
            if lost and "â" in text:
                restored = restore_punctuation(text)
                if restored != text:
                    text, steps = restored, (*steps, "restore_lost_punctuation")
            if steps:
                fixes.append(Fix(line.number, steps, line.column))
            lines.append(line.with_text(text) if text != line.text else line)
        return replace(doc, lines=tuple(lines), fixes=tuple(fixes))
