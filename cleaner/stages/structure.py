"""Structure: headline, bullet highlights and body paragraphs out of the remaining lines."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from cleaner.blocks import Block, first_prose, group_blocks, join_lines
from cleaner.document import Document, Span
from cleaner.stages.base import Stage
from cleaner.text import capitalized_ratio, ends_sentence, normalize_key, strip_bullet

#: A headline has 2 to 30 words (the development pages' gold titles: 2 to 27).
HEADLINE_MIN_WORDS = 2
HEADLINE_MAX_WORDS = 30
#: A highlight bullet has at least this many words (menu entries have fewer).
BULLET_MIN_WORDS = 4
#: A stand-first that repeats this share of the first paragraph's opening is a duplicate.
STANDFIRST_OVERLAP = 0.8
#: Symbols stripped from list items in the body; numbers ("1.") are kept.
SYMBOL_MARKERS = frozenset("•*·-–—▪►◦‣+●■□▸»○☆★◆◇▶")


def headline_score(block: Block, distance: int, repeated: bool) -> float:
    """How much a block looks like the headline; 0 when it cannot be one."""
    tokens = block.tokens
    text = block.content
    if block.marker or not HEADLINE_MIN_WORDS <= len(tokens) <= HEADLINE_MAX_WORDS:
        return 0.0
    if text.endswith((".", ":", ",", ";")) and not text.endswith("..."):
        return 0.0
    if not text[0].isupper() and not text[0].isdigit() and text[0].isalpha():
        return 0.0
    score = 1.0
    score += min(len(tokens), 12) / 12
    score += capitalized_ratio(tokens)
    if repeated:
        score += 1.5
    score -= 0.15 * distance
    return score


class StructureStage(Stage):
    """Split what is left into headline, bullets and body; every line ends up somewhere.

    Reasons:
    - ``duplicate_headline``: another copy of the headline.
    - ``before_headline``: a line above the headline (kicker, section label, leftovers).
    - ``header_fragment``: a short line between the headline and the body that is neither a
      highlight nor a paragraph (an untitled caption, a label).
    - ``standfirst_duplicate``: a stand-first that repeats the body's first sentence.
    - ``duplicate_paragraph``: a body paragraph that repeats an earlier one.
    """

    name: ClassVar[str] = "structure"
    reasons = frozenset(
        {"duplicate_headline", "before_headline", "header_fragment", "standfirst_duplicate",
         "duplicate_paragraph"}
    )  # fmt: skip
    runs_on_rejected = True

    def choose_headline(self, blocks: list[Block], start: int) -> int | None:
        keys = [normalize_key(b.content) for b in blocks]
        best, best_score = None, 0.0
        for i in range(start):
            repeated = keys.count(keys[i]) > 1
            value = headline_score(blocks[i], start - i, repeated)
            if value > best_score:
                best, best_score = i, value
        return best

    def apply(self, doc: Document) -> Document:
        blocks = group_blocks(doc.lines)
        start = first_prose(blocks)
        head = self.choose_headline(blocks, start)
        decisions: dict[int, str] = {}
        headline: Span | None = None
        bullets: list[Span] = []
        body: list[Span] = []
        head_key = normalize_key(blocks[head].content) if head is not None else None
        body_keys: set[str] = set()
        first_body = blocks[start].content if start < len(blocks) else ""
        for i, block in enumerate(blocks):
            key = normalize_key(block.content)
            if i == head:
                headline = Span(block.content, block.numbers)
            elif head_key and key == head_key:
                decisions.update((n, "duplicate_headline") for n in block.numbers)
            elif i < start:
                reason = self._header_block(block, i, head, first_body)
                if reason is None:
                    bullets.append(Span(block.content, block.numbers))
                elif reason == "body":
                    body.append(Span(block.text, block.numbers))
                    body_keys.add(key)
                else:
                    decisions.update((n, reason) for n in block.numbers)
            elif i == start and self._repeated_by_next(blocks, start):
                decisions.update((n, "standfirst_duplicate") for n in block.numbers)
            elif key and key in body_keys:
                decisions.update((n, "duplicate_paragraph") for n in block.numbers)
            else:
                body_keys.add(key)
                body.append(Span(self._paragraph_text(block), block.numbers))
        # Blank lines are layout, not content: they leave with the undecided lines.
        return replace(
            self.drop(doc, decisions),
            lines=(),
            headline=headline,
            bullets=tuple(bullets),
            body=tuple(body),
        )

    def _header_block(
        self, block: Block, index: int, head: int | None, first_body: str
    ) -> str | None:
        """None for a highlight bullet, "body" for a stand-first, else a reason."""
        if head is not None and index < head:
            return "before_headline"
        if block.marker and len(block.tokens) >= BULLET_MIN_WORDS:
            return None
        if len(block.tokens) >= 8 and ends_sentence(block.content):
            opening = normalize_key(block.content)
            if opening and normalize_key(first_body).startswith(
                opening[: int(len(opening) * STANDFIRST_OVERLAP)]
            ):
                return "standfirst_duplicate"
            return "body"
        return "header_fragment"

    def _repeated_by_next(self, blocks: list[Block], index: int) -> bool:
        """True when the next paragraph opens with this one (a stand-first and its copy)."""
        if index + 1 >= len(blocks):
            return False
        this = normalize_key(blocks[index].content)
        following = normalize_key(blocks[index + 1].content)
        cut = int(len(this) * STANDFIRST_OVERLAP)
        return len(following) > len(this) and cut > 20 and following.startswith(this[:cut])

    def _paragraph_text(self, block: Block) -> str:
        marker, content = strip_bullet(block.lines[0].text)
        if marker and marker in SYMBOL_MARKERS:
            rest = [content] + [line.text for line in block.lines[1:]]
            return join_lines(rest)
        return block.text
