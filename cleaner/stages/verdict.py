"""The verdict on the whole page: is there an article left?"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import ClassVar

from cleaner.document import Document, Rejection
from cleaner.stages.base import Stage
from cleaner.text import words

#: A page whose body has fewer words than this holds no article (the shortest gold body of
#: the development pages has 61 words; teaser and error pages left 0-20 after cleaning).
MIN_BODY_WORDS = 25
#: Error pages: "404", "Page not found", "Seite nicht gefunden", "Page introuvable".
ERROR_PAGE = re.compile(
    r"\b(?:404|page not found|not found|seite nicht gefunden|page introuvable"
    r"|página no encontrada|pagina non trovata|nie znaleziono strony|страница не найдена"
    r"|access denied|forbidden|service unavailable)\b",
    re.IGNORECASE,
)


class VerdictStage(Stage):
    """Reject a page with no article; the record is still written, with the reason.

    Reasons (in ``rejected``):
    - ``empty``: nothing but whitespace.
    - ``error_page``: a short page that says "404", "Page not found" and the like.
    - ``no_article``: fewer than ``MIN_BODY_WORDS`` words of body (a list page, a teaser
      page, a page of chrome).
    """

    name: ClassVar[str] = "verdict"
    reasons = frozenset({"empty", "error_page", "no_article"})

    def __init__(self, *, min_body_words: int = MIN_BODY_WORDS) -> None:
        self.min_body_words = min_body_words

    def apply(self, doc: Document) -> Document:
        if not any(r.text.strip() for r in doc.removed) and not doc.body and not doc.headline:
            return replace(doc, rejected=Rejection(self.name, "empty"))
        # Counted until there are enough: most bodies have hundreds of words.
        body_words = 0
        for span in doc.body + doc.bullets:
            body_words += len(words(span.text))
            if body_words >= self.min_body_words:
                return doc
        page = " ".join([doc.headline.text if doc.headline else ""] + [s.text for s in doc.body])
        reason = "error_page" if ERROR_PAGE.search(page) else "no_article"
        return replace(doc, rejected=Rejection(self.name, reason))
