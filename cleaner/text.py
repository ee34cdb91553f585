"""Small pure helpers on line text shared by the stages: words, markers, punctuation, scripts."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import cache
from typing import TypeVar

WORD_RE = re.compile(r"\w+")
#: Line texts whose marker, word count and comparison key are remembered: several stages
#: ask about the same lines one after the other. A development page has at most about
#: 2,000 lines.
LINE_CACHE_SIZE = 4096
#: A list marker at the start of a line: the bullets of inscriptis (``* ``), w3m and lynx
#: (``•``), browsers (``·``, ``-``, ``▪``) and numbered lists (``1.``, ``2)``).
BULLET_RE = re.compile(r"^\s*(?:[•*·\-–—▪►◦‣+●■□▸»○☆★◆◇▶]|\d{1,2}[.)])\s+(?=\S)")
#: Characters that end a sentence, possibly followed by closing quotes or brackets.
SENTENCE_END_RE = re.compile(r"[.!?…。！？]['\"’”»)\]]*[,;]*\s*$")
_SENTENCE_ENDS = frozenset(".!?…。！？")
_CLOSERS = "'\"’”»)]"
#: Punctuation that a dump may leave after a sentence's end: a link's text on its own line
#: takes the sentence's "," or ";" with it when lines are joined ("... the month.;").
_TRAILING = ",;"
_UPPER_START = re.compile(r"^\W*[A-ZÀ-ÖØ-ÞА-ЯЁΑ-Ω]")


def squash_spaces(text: str) -> str:
    """Runs of whitespace (line breaks, no-break spaces) as one space, ends trimmed.

    >>> squash_spaces("  a\\u00a0 b\\n c ")
    'a b c'
    """
    return " ".join(text.split())


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LineCache(dict[K, V]):
    """A function's answers by argument, for functions of a line's text that several stages
    ask about the same lines: at most ``maxsize`` of them (the table is emptied when full).

    In place of ``functools.lru_cache``, whose entries are each a list linked to the next
    (for the order of use): the garbage collector walks those lists at every collection,
    and the cache's turnover makes it collect the oldest generation more often. With the
    line caches of the text route as lists, collections took 0.42 s of a 4.4 s pass over
    the 613 development pages (inscriptis dumps); with plain tables, 0.24 s.
    ``cached(func, maxsize)`` gives the function to call.
    """

    __slots__ = ("compute", "maxsize")

    def __init__(self, compute: Callable[[K], V], maxsize: int) -> None:
        super().__init__()
        self.compute = compute
        self.maxsize = maxsize

    def __missing__(self, key: K) -> V:
        value = self.compute(key)
        if len(self) >= self.maxsize:
            self.clear()
        self[key] = value
        return value


def cached(compute: Callable[[K], V], maxsize: int) -> Callable[[K], V]:
    """``compute`` with its answers remembered in a :class:`LineCache` (a look-up by the
    table's own ``__getitem__``: no Python call when the answer is known).

    >>> square = cached(lambda n: n * n, 2)
    >>> square(3), square(3), square(4), square(5)
    (9, 9, 16, 25)
    """
    return LineCache(compute, maxsize).__getitem__


def words(text: str) -> list[str]:
    """The ``\\w+`` tokens of a text.

    >>> words("Hello, wide-world!")
    ['Hello', 'wide', 'world']
    """
    return WORD_RE.findall(text)


#: Texts up to this long have their tokens remembered (:func:`line_tokens`): lines and
#: paragraphs, not whole pages.
TOKENS_MAX_CHARS = 1000


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(text))


#: The ``\\w+`` tokens of a text of up to :data:`TOKENS_MAX_CHARS` characters, remembered:
#: the chrome filter counts the words of each line's content, and the paragraph block that
#: the line makes later holds the same tokens.
line_tokens = cached(_tokens, LINE_CACHE_SIZE)


def _word_count(text: str) -> int:
    """How many ``\\w+`` tokens a text holds (``len(words(text))``).

    >>> _word_count("Hello, wide-world!")
    3
    """
    if len(text) <= TOKENS_MAX_CHARS:
        return len(line_tokens(text))
    return len(WORD_RE.findall(text))


#: :func:`_word_count`, remembered.
word_count = cached(_word_count, LINE_CACHE_SIZE)


def _strip_bullet(text: str) -> tuple[str, str]:
    """Split a list marker off a line: ``(marker, rest)``; the marker is ``""`` if none.

    >>> _strip_bullet("  • U.N. chief says")
    ('•', 'U.N. chief says')
    >>> _strip_bullet("2. Learn")
    ('2.', 'Learn')
    >>> _strip_bullet("2012 was a year")
    ('', '2012 was a year')
    """
    match = BULLET_RE.match(text)
    if not match:
        return "", text.strip()
    return match.group(0).strip(), text[match.end() :].strip()


#: :func:`_strip_bullet`, remembered.
strip_bullet = cached(_strip_bullet, LINE_CACHE_SIZE)


def ends_sentence(text: str) -> bool:
    """True when the text ends like a sentence.

    >>> ends_sentence('He said "no."')
    True
    >>> ends_sentence("Syrians afraid of the unknown")
    False
    >>> ends_sentence("before the end of the month.;"), ends_sentence("at home;")
    (True, False)
    """
    # What ``SENTENCE_END_RE`` finds, read from the end (``str.rstrip`` strips the
    # characters that ``\\s`` matches): the regular expression tries every place in the
    # text, and paragraphs run to hundreds of characters.
    return text.rstrip().rstrip(_TRAILING).rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


def capitalized_ratio(tokens: Sequence[str]) -> float:
    """Share of alphabetic tokens (longer than 3 letters) that start with a capital letter."""
    long_words = [t for t in tokens if len(t) > 3 and t[0].isalpha()]
    if not long_words:
        return 0.0
    return sum(1 for t in long_words if t[0].isupper()) / len(long_words)


def starts_upper(text: str) -> bool:
    return bool(_UPPER_START.match(text))


def _normalize_key(text: str) -> str:
    """A comparison key: lowercase words only, so punctuation and spacing do not matter.

    >>> _normalize_key("  Smoke rises -- after!")
    'smoke rises after'
    """
    if text.isascii() and len(text) <= TOKENS_MAX_CHARS:
        # The same words (lower case changes no ASCII character's class), from the line's
        # remembered tokens, which the stages before have mostly asked for already.
        return " ".join(line_tokens(text)).lower()
    return " ".join(words(text.lower()))


#: :func:`_normalize_key`, remembered.
normalize_key = cached(_normalize_key, LINE_CACHE_SIZE)


# Unicode script ranges for the scripts that news pages mix most; everything else is "other".
_SCRIPT_RANGES: list[tuple[int, int, str]] = [
    (0x0041, 0x024F, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0E00, 0x0E7F, "thai"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1E00, 0x1EFF, "latin"),
    (0x3040, 0x30FF, "kana"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF21, 0xFF5A, "latin"),
]
_SCRIPT_STARTS = [start for start, _, _ in _SCRIPT_RANGES]
#: Scripts that are written together on one page as a rule (Japanese mixes kana and han).
SCRIPT_FAMILIES = {"kana": "cjk", "han": "cjk", "hangul": "hangul"}


def script_of(char: str) -> str | None:
    """The script of a letter, or None for a character that is not a letter.

    >>> script_of("Ж"), script_of("a"), script_of("7")
    ('cyrillic', 'latin', None)
    """
    if not char.isalpha():
        return None
    code = ord(char)
    index = bisect.bisect_right(_SCRIPT_STARTS, code) - 1
    if index >= 0:
        start, end, name = _SCRIPT_RANGES[index]
        if start <= code <= end:
            return SCRIPT_FAMILIES.get(name, name)
    return "other"


_cached_script_of = cached(script_of, 8192)
#: A character that may be a letter outside Latin: every letter below U+0250 is Latin (see
#: ``_SCRIPT_RANGES``), and general punctuation (dashes, curly quotes) and currency signs,
#: which German, French or Polish lines hold besides their accented letters, are no letters.
_BEYOND_LATIN = re.compile("[^\x00-\u024f\u2000-\u206f\u20a0-\u20cf]")


def latin_only(text: str) -> bool:
    """True when every letter of the text is Latin (:func:`script_counts` counts them all
    as ``latin``).

    >>> latin_only("Größe und Café"), latin_only("Реклама ad")
    (True, False)
    """
    return text.isascii() or not _BEYOND_LATIN.search(text)


def script_counts(text: str) -> Counter[str]:
    """How many letters of each script a text holds.

    >>> script_counts("Реклама ad 7")
    Counter({'cyrillic': 7, 'latin': 2})
    """
    if latin_only(text):
        # Most lines of most pages: every letter is Latin.
        letters = sum(map(str.isalpha, text))
        return Counter({"latin": letters}) if letters else Counter()
    # Every letter has a script (script_of gives None only for non-letters), counted in
    # the order of the text.
    return Counter(map(_cached_script_of, filter(str.isalpha, text)))  # type: ignore[arg-type]


# Stoplists come from jusText, which ships lists for about 100 languages.
_STOPLIST_LANGUAGES = (
    "English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Polish",
    "Russian", "Ukrainian", "Czech", "Slovak", "Swedish", "Danish", "Norwegian_Bokmal",
    "Finnish", "Hungarian", "Romanian", "Turkish", "Indonesian", "Croatian", "Serbian",
    "Bulgarian", "Greek", "Catalan", "Slovenian", "Lithuanian", "Latvian", "Estonian",
    "Vietnamese", "Tagalog", "Malay", "Swahili", "Arabic", "Persian", "Hebrew", "Hindi",
)  # fmt: skip


#: Bits of each list's field in :func:`_stoplists`' masks: a page's count of stopword hits
#: for one list stays far below 2**32.
_HIT_BITS = 32


@cache
def _stoplists() -> tuple[tuple[frozenset[str], ...], dict[str, int]]:
    """The stoplists, and for each stopword a mask of the lists that hold it: a 1 in the
    lowest bit of field ``i`` (``_HIT_BITS`` bits from bit ``i * _HIT_BITS``) for list
    ``i``. Adding a word's count times its mask adds the count to each of its lists."""
    import justext

    lists = tuple(
        frozenset(word.lower() for word in justext.get_stoplist(name))
        for name in _STOPLIST_LANGUAGES
    )
    masks: dict[str, int] = {}
    for index, stoplist in enumerate(lists):
        for word in stoplist:
            masks[word] = masks.get(word, 0) | 1 << (index * _HIT_BITS)
    return lists, masks


def choose_stoplist(tokens: Iterable[str], *, lowered: bool = False) -> frozenset[str]:
    """The stoplist of the language whose stopwords cover most of the given tokens
    (``lowered``: the tokens are in lower case already).

    Ties go to the language listed first in ``_STOPLIST_LANGUAGES``.

    >>> "the" in choose_stoplist("the cat sat on the mat".split())
    True
    >>> choose_stoplist(["xyzzy"])
    frozenset()
    """
    lists, masks = _stoplists()
    counts = Counter(tokens if lowered else map(str.lower, tokens))
    if counts.total() >= 1 << _HIT_BITS:
        raise ValueError("too many tokens to count stopword hits")
    # Every list's hits at once, one field each (see _stoplists), over the stopwords among
    # the distinct words: no field can carry into the next, as none exceeds the total.
    packed = sum(counts[word] * masks[word] for word in counts.keys() & masks.keys())
    field = (1 << _HIT_BITS) - 1
    hits = [packed >> (index * _HIT_BITS) & field for index in range(len(lists))]
    best = max(hits, default=0)
    return lists[hits.index(best)] if best else frozenset()


#: Hard-wrap detection. A page is hard-wrapped at width W when at least this share of its
#: text lines fill the last 15 columns below W (w3m ``-cols 80`` dumps of the development
#: pages: 40-70%; unwrapped inscriptis and w3m dumps: under 10%).
WRAPPED_SHARE = 0.25
#: Widest wrap width considered (lynx and w3m wrap at 72-80 columns, mail at 72-78).
MAX_WRAP_WIDTH = 140


def wrap_width(lengths: list[int], share: float = WRAPPED_SHARE) -> int | None:
    """The column a text was hard-wrapped at, or None when it was not wrapped.

    >>> wrap_width([78, 80, 75, 79, 30, 77, 80, 12, 79, 76])
    80
    >>> wrap_width([300, 12, 45, 800, 22, 150, 9, 60, 420, 33]) is None
    True
    """
    long_lines = sorted(n for n in lengths if n >= 20)
    if len(long_lines) < 8:
        return None
    width = long_lines[int(0.95 * (len(long_lines) - 1))]
    if width > MAX_WRAP_WIDTH or width < 40:
        return None
    near = sum(1 for n in long_lines if width - 15 <= n <= width)
    return width if near >= share * len(long_lines) else None


#: Words that cannot end a sentence: a line ending with one breaks off mid-sentence.
FUNCTION_WORDS = frozenset(
    "the a an of to in and or for with on at by from that as is was are were be his her its"
    " their der die das den dem des und oder von zu mit auf für im am ist ein eine einen"
    " le la les de des du et ou à au aux un une en pour par sur dans el los las y o que con"
    " del al il lo gli di e da per con su che o uma um os as do da dos das em no na com"
    " w z i na do że и в на с по к о из что".split()
)


def continues(previous_raw: str, next_raw: str, width: int | None) -> bool:
    """True when ``next_raw`` continues the paragraph of ``previous_raw``.

    Two converters split paragraphs: hard-wrapping (w3m, lynx) and one text node a line
    (BeautifulSoup ``get_text("\\n")``, where a link splits its sentence).

    >>> continues("The president said that ", "Obama", None)
    True
    >>> continues("Home", "About us", None)
    False
    >>> continues("a" * 70 + " the", "president said.", 80)
    True
    """
    prev = previous_raw.rstrip()
    nxt = next_raw.strip()
    if not prev or not nxt or BULLET_RE.match(next_raw):
        return False
    if width is not None:
        first = nxt.split(" ", 1)[0]
        if len(prev) + 1 + len(first) > width and len(prev) >= width - 25:
            return True
    if ends_sentence(prev):
        return nxt[0] in ",;:)]"
    if previous_raw != prev or next_raw[:1].isspace():
        return True  # a text node that ends or starts with a space sits inside a sentence
    if nxt[0] in ",.;:)]" or prev[-1] in ",;(-–":
        return True
    last = prev.rsplit(" ", 1)[-1].lower()
    return last in FUNCTION_WORDS and nxt[0].isalnum()


#: What sites put between a headline and their name in a page title ("Storm hits coast -
#: Daily Post", "News | Sport | ...").
TITLE_SEPARATOR = re.compile(r"\s+(?:\||-{1,2}|–|—|::?|»|·|•|/|>)\s+|(?<=\w)- (?=[A-Z])")
