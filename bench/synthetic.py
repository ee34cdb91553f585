"""Generated news pages, as HTML and as the text a scraper would dump from it.

Every page is made here from a seeded random generator: invented words (syllables put
together), a few function words so that the text reads as one language, and a page layout
like a news site's: a menu, a headline, a byline and date, summary bullets, paragraphs, a
captioned picture, a related-stories box, a comment section and a footer. Nothing comes
from a real page. Use it to measure speed and memory at sizes the evaluation files do not
reach; it says nothing about accuracy.
"""

from __future__ import annotations

import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
_FUNCTION_WORDS = (
    "the of and to in a is that for on with as was by at from it be are has have said will"
).split()
#: Labels of a site's navigation and footer (invented, like everything here).
_CHROME = (
    "Home", "World", "Politics", "Business", "Sport", "Culture", "Share", "Sign in",
    "Subscribe", "Advertisement", "Most read", "Privacy policy", "Contact us", "Newsletters",
)  # fmt: skip
#: Share of tokens that are function words.
_FUNCTION_SHARE = 0.35


@dataclass(frozen=True, slots=True)
class Page:
    """One generated page in both forms."""

    id: str
    html: str
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "scraped_text": self.text, "html": self.html}


class Parts(NamedTuple):
    """What a generated page says, which :func:`_html` and :func:`_text` lay out."""

    nav: list[str]
    headline: str
    author: str
    date: str
    bullets: list[str]
    body: list[str]
    caption: str
    related: list[str]
    comments: list[tuple[str, str]]
    footer: list[str]


class Generator:
    """Seeded pages; the same seed gives the same pages."""

    def __init__(self, seed: int = 0, vocabulary: int = 3000) -> None:
        self.rng = random.Random(seed)
        self.words = sorted({self._word() for _ in range(vocabulary)})
        self.rng.shuffle(self.words)
        # Zipf-like frequencies, as in real text: a few words are very common.
        self.weights = [1 / rank for rank in range(1, len(self.words) + 1)]

    def _word(self) -> str:
        return "".join(self.rng.choices(_SYLLABLES, k=self.rng.randint(1, 4)))

    def words_of(self, count: int) -> list[str]:
        rng = self.rng
        content = rng.choices(self.words, self.weights, k=count)
        share = _FUNCTION_SHARE
        return [rng.choice(_FUNCTION_WORDS) if rng.random() < share else w for w in content]

    def sentence(self, low: int = 8, high: int = 26) -> str:
        return " ".join(self.words_of(self.rng.randint(low, high))).capitalize() + "."

    def title(self, low: int = 5, high: int = 11) -> str:
        return " ".join(w.capitalize() for w in self.words_of(self.rng.randint(low, high)))

    def name(self) -> str:
        return f"{self._word().capitalize()} {self._word().capitalize()}"

    def page(self, index: int, paragraphs: tuple[int, int] = (4, 30)) -> Page:
        rng = self.rng
        nav = rng.sample(_CHROME, rng.randint(5, 10))
        headline, author = self.title(), self.name()
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        bullets = [self.sentence(6, 14) for _ in range(rng.randint(0, 3))]
        body = [
            " ".join(self.sentence() for _ in range(rng.randint(1, 5)))
            for _ in range(rng.randint(*paragraphs))
        ]
        caption = self.sentence(5, 12)
        related = [self.title(4, 9) for _ in range(4)]
        comments = [(self._word(), self.sentence(4, 20)) for _ in range(rng.randint(0, 6))]
        footer = rng.sample(_CHROME, 4)
        parts = Parts(
            nav, headline, author, date, bullets, body, caption, related, comments, footer
        )
        return Page(f"synthetic-{index}", _html(parts), _text(parts))

    def tiny_page(self, index: int) -> Page:
        """A short page (a menu, a headline, three short paragraphs), for memory runs."""
        return self.page(index, paragraphs=(3, 3))


def _html(parts: Parts) -> str:
    nav, headline, author, date, bullets, body, caption, related, comments, footer = parts
    e = html.escape
    links = "".join(f'<li><a href="/{e(item.lower())}">{e(item)}</a></li>' for item in nav)
    summary = "".join(f"<li>{e(b)}</li>" for b in bullets)
    paragraphs = [f"<p>{e(p)}</p>" for p in body]
    figure = f'<figure><img src="/p.jpg" alt=""><figcaption>{e(caption)}</figcaption></figure>'
    paragraphs.insert(min(2, len(paragraphs)), figure)
    teasers = "".join(f'<li><a href="/s/{i}">{e(t)}</a></li>' for i, t in enumerate(related))
    said = "".join(
        f'<div class="comment"><b>{e(user)}</b><p>{e(text)}</p><a href="#">Reply</a></div>'
        for user, text in comments
    )
    bottom = "".join(f'<a href="/{e(item.lower())}">{e(item)}</a> ' for item in footer)
    return (
        f"<!DOCTYPE html><html><head><title>{e(headline)} | Example News</title>"
        f'<meta name="author" content="{e(author)}"></head><body>'
        f"<header><nav><ul>{links}</ul></nav></header><main><article>"
        f'<h1>{e(headline)}</h1><p class="byline">By {e(author)}</p>'
        f'<time datetime="{date}">{date}</time><ul class="summary">{summary}</ul>'
        f"{''.join(paragraphs)}"
        f"<aside><h2>Related stories</h2><ul>{teasers}</ul></aside></article>"
        f'<section class="comments"><h2>Comments</h2>{said}</section></main>'
        f"<footer>{bottom}<p>© 2024 Example News</p></footer></body></html>"
    )


def _text(parts: Parts) -> str:
    nav, headline, author, date, bullets, body, caption, related, comments, footer = parts
    lines = [f"  * {item}" for item in nav]
    lines += ["", headline, "", f"By {author}", date, ""]
    lines += [f"  * {bullet}" for bullet in bullets]
    for index, paragraph in enumerate(body):
        lines += ["", paragraph]
        if index == 1:
            lines += ["", caption]
    lines += ["", "Related stories", "", *(f"  * {title}" for title in related)]
    lines += ["", "Comments", ""]
    for user, text in comments:
        lines += [user, text, "Reply", ""]
    lines += [*footer, "© 2024 Example News"]
    return "\n".join(lines) + "\n"


def synthetic_pages(count: int, seed: int = 0, *, tiny: bool = False) -> Iterator[dict[str, Any]]:
    """``count`` pages as JSON objects: ``id``, ``scraped_text`` and ``html``."""
    generator = Generator(seed)
    for index in range(count):
        page = generator.tiny_page(index) if tiny else generator.page(index)
        yield page.to_json()


def write_jsonl(path: Path, count: int, seed: int = 0, *, tiny: bool = False) -> Path:
    """Write ``count`` generated pages to a JSONL file, one at a time."""
    with open(path, "w", encoding="utf-8") as handle:
        for page in synthetic_pages(count, seed, tiny=tiny):
            handle.write(json.dumps(page, ensure_ascii=False) + "\n")
    return path
