"""langdetect's detection, computed the same way with less work per character.

``langdetect.Detector`` feeds text one character at a time through ``NGram.add_char``
(a Unicode block lookup for every character) and updates the 55 language probabilities
with indexed loops. This module does the same arithmetic in the same order, with the same
seeded random draws, so its probabilities are bit for bit langdetect's
(``tests/test_langid.py`` compares them); only the per-character work is cached.
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
from functools import cache

from cleaner.text import cached

#: langdetect's constants (``langdetect.detector.Detector``), repeated so that the loop
#: below reads like the original.
ALPHA_DEFAULT = 0.5
ALPHA_WIDTH = 0.05
ITERATION_LIMIT = 1000
CONV_THRESHOLD = 0.99999
BASE_FREQ = 10000
MAX_TEXT_LENGTH = 10000
_SPACES = re.compile(" +")
#: Two threads that ask for the profiles at once load them once.
_FACTORY_LOCK = threading.Lock()


class LazyProbabilities(dict[str, tuple[float, ...]]):
    """langdetect's ``word_lang_prob_map``: an n-gram's probability in each language, made
    the first time the n-gram is asked for. Building all 87,598 of them up front, as
    langdetect does, took about 0.3 s in every process that detected a language (each
    worker of a batch, each ``cleaner clean`` of one file) and held about 43 MB; a page's
    sample draws from a few hundred."""

    def __init__(self, freqs: list[dict[str, int]], n_words: list[list[int]]) -> None:
        super().__init__()
        self._freqs = freqs
        #: Each language's count of n-grams of length 1, 2 and 3.
        self._totals = [[counts[length] for counts in n_words] for length in range(3)]
        self._zeros = (0.0,) * len(freqs)

    def __missing__(self, ngram: str) -> tuple[float, ...]:
        # ``DetectorFactory.add_profile``: 1.0 * frequency / the language's n-gram count of
        # that length, 0.0 where the language has no such n-gram (or for longer n-grams).
        length = len(ngram)
        if not 1 <= length <= 3:
            probs = self._zeros
        else:
            counts = [freq.get(ngram) for freq in self._freqs]
            probs = tuple(
                [
                    0.0 if count is None else 1.0 * count / total
                    for count, total in zip(counts, self._totals[length - 1], strict=True)
                ]
            )
        self[ngram] = probs
        return probs


class Profiles:
    """langdetect's language profiles as its ``DetectorFactory`` loads them: the languages
    in the order of the profile files (``langlist``), the n-grams any of them knows
    (``known``) and their probabilities (``word_lang_prob_map``, made when needed)."""

    def __init__(self, directory: str) -> None:
        langlist: list[str] = []
        freqs: list[dict[str, int]] = []
        n_words: list[list[int]] = []
        # The order and the files langdetect's ``load_profile`` reads, so the languages'
        # indexes, and the random draws that depend on them, are its own.
        for filename in os.listdir(directory):
            path = os.path.join(directory, filename)
            if filename.startswith(".") or not os.path.isfile(path):
                continue
            with open(path, encoding="utf-8") as f:
                profile = json.load(f)
            langlist.append(profile["name"])
            freqs.append(profile["freq"])
            n_words.append(profile["n_words"])
        self.langlist = langlist
        self.known: frozenset[str] = frozenset().union(*freqs)
        self.word_lang_prob_map = LazyProbabilities(freqs, n_words)


@cache
def factory() -> Profiles:
    """langdetect's profiles, loaded once (whichever thread asks first; the others wait)."""
    with _FACTORY_LOCK:
        from langdetect.detector_factory import PROFILES_DIRECTORY

        return Profiles(PROFILES_DIRECTORY)


@cache
def _normalized() -> dict[int, str]:
    """``NGram.normalize`` of every character seen so far, as a ``str.translate`` table."""
    return {}


def _normalize(text: str) -> str:
    """``NGram.normalize`` applied to every character of the text."""
    from langdetect.utils.ngram import NGram

    table = _normalized()
    for char in set(text):
        if ord(char) not in table:
            table[ord(char)] = str(NGram.normalize(char))
    return text.translate(table)


def _prepare(text: str) -> str:
    """``Detector.append`` then ``Detector.cleaning_text``: URLs and e-mail addresses
    out, Vietnamese normalised, runs of spaces as one, Latin letters dropped from a text
    mostly in another script."""
    from langdetect.detector import Detector
    from langdetect.utils.ngram import NGram
    from langdetect.utils.unicode_block import unicode_block

    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
    text = _SPACES.sub(" ", NGram.normalize_vi(text)[:MAX_TEXT_LENGTH])
    if text.isascii():
        return text  # no letter beyond U+0300: nothing to drop
    latin = non_latin = 0
    for char in text:
        if "A" <= char <= "z":
            latin += 1
        elif char >= "\u0300" and unicode_block(char) != "Latin Extended Additional":
            non_latin += 1
    if latin * 2 < non_latin:
        text = "".join(char for char in text if char < "A" or "z" < char)
    return text


def ngrams(text: str) -> list[str]:
    """``Detector._extract_ngrams``: the 1- to 3-grams of the text that have a profile, in
    order (words in capitals are skipped, as langdetect does).

    langdetect's n-gram buffer starts afresh at every space, so a word's n-grams do not
    depend on its neighbours: they are computed once per word.
    """
    words = _normalize(text).split(" ")
    out: list[str] = []
    for word in words[:-1]:
        if word:
            out.extend(_inner_ngrams(word))
    if words[-1]:
        out.extend(_last_ngrams(words[-1]))
    return out


#: Distinct words whose n-grams are remembered (a page's sample has a few hundred).
WORD_CACHE_SIZE = 16384


def _word_ngrams(word: str, terminated: bool) -> tuple[str, ...]:
    """The n-grams with a profile of one normalised word, with the space before it and,
    when ``terminated``, the space after it; as ``NGram.add_char`` builds them."""
    known = factory().known
    padded = " " + word + (" " if terminated else "")
    out: list[str] = []
    capital = False
    for j in range(1, len(padded)):
        char = padded[j]
        if char.isupper():
            if padded[j - 1].isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        if char != " " and char in known:
            out.append(char)
        if padded[j - 1 : j + 1] in known:
            out.append(padded[j - 1 : j + 1])
        if j >= 2 and padded[j - 2 : j + 1] in known:
            out.append(padded[j - 2 : j + 1])
    return tuple(out)


def _inner(word: str) -> tuple[str, ...]:
    return _word_ngrams(word, True)


def _last(word: str) -> tuple[str, ...]:
    return _word_ngrams(word, False)


#: :func:`_word_ngrams` of a word followed by a space, and of the text's last word,
#: remembered (see :class:`cleaner.text.LineCache`).
_inner_ngrams = cached(_inner, WORD_CACHE_SIZE)
_last_ngrams = cached(_last, WORD_CACHE_SIZE)


def probabilities(
    text: str, seed: int, trials: int, iteration_limit: int = ITERATION_LIMIT
) -> list[float]:
    """Each language's probability (in ``factory().langlist`` order), as
    ``Detector.get_probabilities`` computes them before sorting; empty when the text has
    no n-gram with a profile (where langdetect raises). A trial's random walk stops after
    ``iteration_limit`` draws when no language has won by then (langdetect's own limit by
    default)."""
    word_probs: dict[str, tuple[float, ...]] = factory().word_lang_prob_map
    found = ngrams(_prepare(text))
    if not found:
        return []
    count = len(factory().langlist)
    langprob = [0.0] * count
    draw = random.Random()
    draw.seed(seed)
    # ``draw.choice(found)``, inline: ``random.Random`` draws an index below ``len(found)``
    # from ``getrandbits`` of its bit length until one is below (the same draws).
    size = len(found)
    bits, getrandbits = size.bit_length(), draw.getrandbits

    def drawn_word() -> tuple[float, ...]:
        drawn = getrandbits(bits)
        while drawn >= size:
            drawn = getrandbits(bits)
        return word_probs[found[drawn]]

    for _ in range(trials):
        prob = [1.0 / count] * count
        alpha = ALPHA_DEFAULT + draw.gauss(0.0, 1.0) * ALPHA_WIDTH
        weight = alpha / BASE_FREQ
        # langdetect multiplies each probability by ``weight + word[k]`` at every draw and
        # normalises after draws 0, 5, 10, ... (then stops once a language passes
        # CONV_THRESHOLD or the limit is reached). The same operations in the same order,
        # for the five draws between two normalisations at once: one pass over the 55
        # languages instead of five, with the division by the total of the last
        # normalisation made first ((p / total) * (weight + a) * (weight + b) ..., each
        # product rounded as langdetect rounds it); the largest normalised probability is
        # the largest probability divided by the total (division rounds monotonically).
        word = drawn_word()
        prob = [p * (weight + w) for p, w in zip(prob, word, strict=False)]
        total = sum(prob)
        i = 0
        while max(prob) / total <= CONV_THRESHOLD and i < iteration_limit:
            a, b, c, d, e = drawn_word(), drawn_word(), drawn_word(), drawn_word(), drawn_word()
            prob = [
                p / total * (weight + pa) * (weight + pb) * (weight + pc) * (weight + pd)
                * (weight + pe)
                for p, pa, pb, pc, pd, pe in zip(prob, a, b, c, d, e, strict=False)
            ]  # fmt: skip
            total = sum(prob)
            i += 5
        prob = [p / total for p in prob]
        for j in range(count):
            langprob[j] += prob[j] / trials
    return langprob
