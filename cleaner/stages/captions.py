"""Captions, image alt text, photo credits and repeated lines."""

from __future__ import annotations

from typing import ClassVar

from cleaner import patterns as P
from cleaner.document import Document, Line, LineKey
from cleaner.stages.base import Stage, TextMemo, memo
from cleaner.text import ends_sentence, normalize_key, word_count

#: Image alt text is a short line that the next caption line starts with
#: ("Russian Foreign Minister Sergei Lavrov" / "Russian Foreign Minister Sergei Lavrov,
#: pictured in 2011. ..."); it is looked for this many lines away.
ALT_DISTANCE = 2
#: Alt text and credits are short: at most this many words.
MAX_ALT_WORDS = 14
#: A caption is shorter than a long paragraph (the samples' captions have 12-45 words).
MAX_CAPTION_WORDS = 60
#: Repeated lines shorter than this are left alone ("Share", "Reply" are chrome, and the
#: structure stage knows the headline's own repeats).
MIN_REPEAT_WORDS = 4
#: A line of prose (for where the text starts) has at least this many words and ends a
#: sentence. A pair of long lines without a sentence end above the first such line is a
#: title printed twice, left to the structure stage: on the development pages, headline
#: match rose on all five dumps (inscriptis 0.687 -> 0.693, bs4 0.669 -> 0.681, w3m 0.556 ->
#: 0.562, w3m80 0.559 -> 0.565, lynx 0.620 -> 0.626; snippets 0.523 -> 0.526), body F1 the
#: same or higher.
PROSE_WORDS = 15


class CaptionStage(Stage):
    """Captions and credits, which converters print next to the text they illustrate.

    Reasons:
    - ``repeated_caption``: a sentence printed twice in a row (a caption and its copy in the
      image's alt text or title): both copies go. A line of more than 8 words without a
      sentence end counts too, but only below the text's first line of prose (above it, the
      pair is the title printed twice).
    - ``image_alt``: a short line that the neighbouring caption line starts with.
    - ``caption``: a line that reads like a caption ("..., pictured in 2011. ...",
      "(left)", "(File photo)"), or that ends with its credit ("... | © Jane Doe/Getty
      Images", "... (Foto: Privat)").
    - ``credit``: "Photo: ...", "(AFP/Getty Images)", "Getty Images", "© Reuters".
    - ``duplicate_line``: a later copy of a line of at least ``MIN_REPEAT_WORDS`` words that
      ends like a sentence, anywhere on the page (the first copy stays).
    """

    name: ClassVar[str] = "captions"
    reasons = frozenset({"repeated_caption", "image_alt", "caption", "credit", "duplicate_line"})

    def apply(self, doc: Document) -> Document:
        lines = [line for line in doc.lines if line.text]
        keys = [normalize_key(line.text) for line in lines]
        # A title printed twice (the page's heading and the article's) comes before the
        # first line of prose; a caption and its copy sit in the text.
        first_prose = next(
            (
                i
                for i, line in enumerate(lines)
                if word_count(line.text) >= PROSE_WORDS and ends_sentence(line.text)
            ),
            len(lines),
        )
        decisions: dict[LineKey, str] = {}
        # A line's own verdict depends on its text alone.
        singles: TextMemo[str | None] = memo(self, "_singles")
        for i, line in enumerate(lines):
            n = word_count(line.text)
            reason = singles(line.text, self._single)
            if reason:
                decisions[line.key] = reason
                continue
            if i + 1 < len(lines) and keys[i] and keys[i] == keys[i + 1] and n >= 4:
                if ends_sentence(line.text) or (n > 8 and i > first_prose):
                    decisions[line.key] = decisions[lines[i + 1].key] = "repeated_caption"
                    continue
            if n <= MAX_ALT_WORDS and keys[i] and not ends_sentence(line.text):
                for j in range(max(0, i - ALT_DISTANCE), min(len(lines), i + ALT_DISTANCE + 1)):
                    other = keys[j]
                    if j != i and len(other) > len(keys[i]) + 10 and other.startswith(keys[i]):
                        if P.PICTURED.search(lines[j].text) or P.CREDIT.search(lines[j].text):
                            decisions[line.key] = "image_alt"
                            break
        self._later_copies(lines, keys, decisions)
        return self.drop(doc, decisions)

    def _single(self, text: str) -> str | None:
        """A credit or caption line on its own."""
        n = word_count(text)
        if n <= MAX_ALT_WORDS and P.CREDIT.search(text):
            return "credit"
        if n <= MAX_CAPTION_WORDS and (P.PICTURED.search(text) or P.CREDIT_TAIL.search(text)):
            return "caption"
        return None

    def _later_copies(
        self, lines: list[Line], keys: list[str], decisions: dict[LineKey, str]
    ) -> None:
        seen: dict[str, LineKey] = {}
        for line, key in zip(lines, keys, strict=True):
            if line.key in decisions or not key:
                continue
            if key in seen and len(key.split()) >= MIN_REPEAT_WORDS and ends_sentence(line.text):
                decisions[line.key] = "duplicate_line"
            seen.setdefault(key, line.key)
