"""Language identification on the body, with langdetect (seeded, so it is deterministic)."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from cleaner.document import Document
from cleaner.langid import factory, probabilities
from cleaner.stages.base import Stage

#: Characters of body text sampled for detection: langdetect's accuracy levels off after a
#: few hundred characters, and its cost grows with the text. On the 909 dev and snippet pages
#: with a known language (gold bodies), 1500 characters and 7 trials named 906 right at
#: 4.5 ms a page; 600 characters and 3 trials named 904 right at 2.0 ms.
SAMPLE_CHARS = 600
#: langdetect's random trials (its default is 7); see SAMPLE_CHARS for the measurement.
TRIALS = 3
#: Draws after which a trial's random walk stops when no language has won (langdetect's own
#: limit is 1,000). On the 613 development and 494 snippets pages every one of the 3,318
#: trials was decided within 200 draws, so the limit changes no record there (nor in the
#: pages' BeautifulSoup, w3m and lynx dumps). Text in no language the profiles know (the
#: generated pages of bench/speed.py) runs up to all 1,000: 90 of 300 trials over 100 of
#: them went past 300, and language detection took half of the text route's time there.
WALK_LIMIT = 300
#: Below this many letters langdetect guesses more than it knows: no language is given.
MIN_LETTERS = 40
#: Probabilities below this are not reported as the page's language.
MIN_SCORE = 0.5
SEED = 0


class LanguageStage(Stage):
    """Detect the body's language: an ISO 639-1 code (``language``) and its probability.

    The sample is drawn from the start, middle and end of the body (at most
    ``SAMPLE_CHARS`` characters), so a long page costs no more than a short one. When the
    text is too short or the detector unsure, ``language`` is null. Removes nothing.
    """

    name: ClassVar[str] = "language"
    reasons = frozenset[str]()

    def __init__(self, *, sample_chars: int = SAMPLE_CHARS) -> None:
        self._profiles = factory()
        self.sample_chars = sample_chars

    def sample(self, doc: Document) -> str:
        text = "\n".join([doc.headline.text] if doc.headline else [])
        paragraphs = [s.text for s in doc.bullets] + [s.text for s in doc.body]
        joined = "\n".join(paragraphs)
        if len(joined) <= self.sample_chars:
            return (text + "\n" + joined).strip()
        third = self.sample_chars // 3
        middle = len(joined) // 2
        return "\n".join(
            (joined[:third], joined[middle - third // 2 : middle + third // 2], joined[-third:])
        )

    def apply(self, doc: Document) -> Document:
        sample = self.sample(doc)
        if sum(map(str.isalpha, sample)) < MIN_LETTERS:
            return doc
        # langdetect's own computation (see cleaner.langid); its most probable language,
        # the first of equals as its stable sort gives.
        found = probabilities(sample, SEED, TRIALS, WALK_LIMIT)
        if not found:
            return doc  # no n-gram with a profile: langdetect would raise
        best = max(range(len(found)), key=found.__getitem__)
        if found[best] < MIN_SCORE:
            return doc
        language = str(self._profiles.langlist[best])
        return replace(doc, language=language, language_score=round(float(found[best]), 4))
