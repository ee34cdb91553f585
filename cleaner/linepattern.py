"""Line patterns that skip their regular expression when a line's first word cannot start a
match, and a choice of the first of several line rules that skips the phrases a line lacks
the words of (:class:`FirstRule`).

Most boilerplate patterns match a whole short line: ``^\\W*(?:...)``, a phrase after any
leading punctuation. Such a phrase starts with a word character, so the pattern can only
match a line whose first word character is one a phrase can start with (case folded as the
pattern folds it). That set is read off the pattern itself, so a new phrase updates it, and
the test is a dictionary look-up by character instead of a failed match that tries every
phrase: most lines fail every pattern. Patterns of any other shape are always run.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from cleaner.casefold import FOLDS_APART, FOLDS_APART_RE, caseless, needle_text

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef,unused-ignore]

_WORD = re.compile(r"\w")
#: Classes of characters a phrase may start with, as written in a character class.
_NOT_WORDS = str(_sre_parse.parse(r"\W").data)
_CATEGORIES = {"CATEGORY_WORD": r"\w", "CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


class _Unknown(Exception):
    """The pattern's start cannot be told from its first characters."""


def _atoms(items: Iterable[tuple[Any, Any]], flags: int) -> tuple[list[str], bool]:
    """Character-class atoms for the characters a sequence of parsed items can start with,
    and whether the sequence can match the empty string. Raises :class:`_Unknown` when the
    starts cannot be listed (any character, a negated set)."""
    atoms: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            atoms.append(re.escape(chr(av)))
            return atoms, False
        if name == "IN":
            atoms.extend(_class_atoms(av))
            return atoms, False
        if name == "BRANCH":
            nullable = False
            for branch in av[1]:
                more, empty = _atoms(branch, flags)
                atoms.extend(more)
                nullable = nullable or empty
            if not nullable:
                return atoms, False
            continue
        if name == "SUBPATTERN":
            _group, add_flags, _del_flags, sub = av
            if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
                raise _Unknown  # folded inside only: the class test would be too narrow
            more, empty = _atoms(sub, flags)
            atoms.extend(more)
            if not empty:
                return atoms, False
            continue
        if name == "ATOMIC_GROUP":
            more, empty = _atoms(av, flags)
            atoms.extend(more)
            if not empty:
                return atoms, False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _high, sub = av
            more, empty = _atoms(sub, flags)
            atoms.extend(more)
            if low > 0 and not empty:
                return atoms, False
            continue
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the next item consumes the first character
        raise _Unknown  # ANY, NOT_LITERAL, CATEGORY, GROUPREF, ...
    return atoms, True


def _class_atoms(items: Iterable[tuple[Any, Any]]) -> list[str]:
    atoms: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            atoms.append(re.escape(chr(av)))
        elif name == "RANGE":
            atoms.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            atoms.append(_CATEGORIES[str(av)])
        else:
            raise _Unknown  # a negated set
    return atoms


class Source(NamedTuple):
    """A pattern's source and flags: what :func:`start_class` and :func:`needles` read
    (a compiled pattern has both too)."""

    pattern: str
    flags: int


def start_class(regex: re.Pattern[str] | Source) -> re.Pattern[str] | None:
    """For a pattern ``^\\W*REST`` whose REST cannot match the empty string and starts with
    one of a list of characters: a pattern that matches those characters (folded as
    ``regex`` folds them). None for any other pattern.

    >>> start_class(re.compile(r"^\\W*(?:home|more)\\W*$", re.IGNORECASE)).pattern
    '[hm]'
    >>> start_class(re.compile(r"^\\W*(?:home|.{0,9}more)\\W*$")) is None
    True
    """
    if regex.flags & re.MULTILINE or not isinstance(regex.pattern, str):
        return None
    items = list(_sre_parse.parse(regex.pattern, regex.flags))
    if len(items) < 3 or str(items[0][0]) != "AT" or str(items[0][1]) != "AT_BEGINNING":
        return None
    op, av = items[1]
    if str(op) != "MAX_REPEAT" or av[0] != 0 or str(av[2]) != _NOT_WORDS:
        return None
    try:
        atoms, nullable = _atoms(items[2:], regex.flags)
    except _Unknown:
        return None
    if nullable or not atoms:
        return None
    return re.compile(f"[{''.join(dict.fromkeys(atoms))}]", regex.flags & re.IGNORECASE)


def guarded_body(alternatives: Iterable[str], template: str, flags: int) -> str:
    """The alternatives joined as ``(?:a)|(?:b)`` for ``template.format(body)``, each behind a
    lookahead of the characters it can start with (:func:`start_class` of the template
    with that alternative alone), where these are known.

    The lookahead holds wherever the alternative can match, so the pattern matches the same
    text; but an alternative that cannot start at the line's first character fails on one
    test of a class instead of on each of its own branches (matching is case-folded, so the
    regular expression engine cannot skip a branch by its first letter). Measured on the
    44,197 short lines chrome's phrases were tried on in one pass over the development
    pages: 0.22 -> 0.13 s.

    >>> guarded_body(["home|more", ".{0,9}x"], r"^\\W*(?:{})\\W*$", re.IGNORECASE)
    '(?=[hm])(?:home|more)|(?:.{0,9}x)'
    """
    parts = []
    for alternative in alternatives:
        start = _start_of(template.format(f"(?:{alternative})"), flags)
        ahead = "" if start is None else f"(?={start})"
        parts.append(f"{ahead}(?:{alternative})")
    return "|".join(parts)


@lru_cache(maxsize=1024)
def _start_of(source: str, flags: int) -> str | None:
    """The pattern of :func:`start_class` of ``source`` (remembered: :class:`LinePattern`
    and :class:`FirstRule` ask about the same phrases)."""
    start = start_class(Source(source, flags | (0 if flags & re.ASCII else re.UNICODE)))
    return None if start is None else start.pattern


def _may_start(start: re.Pattern[str] | None, char: str) -> bool:
    """Whether a phrase that can start with ``start`` (None: anything) can start with
    ``char``."""
    return start is None or start.match(char) is not None


def _compiled_start(source: str, flags: int) -> re.Pattern[str] | None:
    """:func:`start_class` of ``source``, compiled (None when it is not known)."""
    start = _start_of(source, flags)
    return None if start is None else re.compile(start, flags & re.IGNORECASE)


@lru_cache(maxsize=256)
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile``, remembered beyond ``re``'s own cache (patterns of a few alternatives
    that many first characters share)."""
    return re.compile(source, flags)


#: What a table gives for a key it does not hold (its values may be None).
_NOT_SEEN: Any = object()


def _first_word(text: str) -> int:
    """Where the first word character of ``text`` is (``len(text)`` if none)."""
    match = _WORD.search(text)
    return match.start() if match else len(text)


class LinePattern:
    """A compiled ``^\\W*REST`` pattern that first tests where REST could begin (see the
    module's docstring). ``search`` and ``match`` answer as the pattern's own do.

    ``\\W*`` can only take the non-word characters before the line's first word character,
    so REST begins at one of them or at that word character: if none of these can start
    REST, the pattern cannot match.
    """

    __slots__ = (
        "needles",
        "_regex",
        "pattern",
        "flags",
        "groups",
        "alternatives",
        "template",
        "start",
        "_verdicts",
        "_guarded",
        "_by_char",
        "_alternative_starts",
    )

    def __init__(
        self,
        regex: re.Pattern[str] | Source,
        alternatives: Sequence[str] = (),
        template: str = "",
        *,
        needed: bool = False,
    ) -> None:
        """``regex`` (compiled, or its source: it is then compiled when :attr:`regex` is
        first read, as lines are matched with its guarded form); optionally the
        ``alternatives`` it was made of and its ``template``
        (``template.format(body)`` gives the pattern with the alternatives in ``body``,
        joined as ``(?:a)|(?:b)``), for :class:`FirstRule`. With ``needed``, a line is
        first looked through for the strings every match holds (:func:`needles`,
        :func:`needle_text`):
        worth it for a pattern tried at every place in a line (measured on the distinct
        lines of the development pages: AFFILIATE 0.20 -> 0.08 s, LEGAL 0.10 -> 0.05 s,
        POST_FOOTER 0.07 -> 0.03 s; a pattern with a known start or a short needle is
        slower so)."""
        self._regex = regex if isinstance(regex, re.Pattern) else None
        self.needles = tuple(sorted(needles(regex) or ())) if needed else ()
        self.alternatives = tuple(alternatives)
        self.template = template
        self.pattern = regex.pattern
        self.start = start_class(regex)
        #: Whether REST can start with a character, by character.
        self._verdicts: dict[str, bool] = {}
        #: The same pattern with each alternative behind its lookahead (:func:`guarded_body`),
        #: which ``search`` and ``match`` run.
        plain = "|".join(f"(?:{a})" for a in alternatives)
        #: For a line that starts with a word character, by that character: the pattern
        #: made of the alternatives that can start with it, or None when none can (see
        #: :meth:`_narrowed`); empty for a pattern without alternatives or a known start.
        self._by_char: dict[str, re.Pattern[str] | None] = {}
        #: Each alternative and what it can start with (None: anything).
        self._alternative_starts: tuple[tuple[str, re.Pattern[str] | None], ...] = ()
        if alternatives and template and template.format(plain) == regex.pattern:
            body = guarded_body(alternatives, template, regex.flags)
            self._guarded = re.compile(template.format(body), regex.flags)
            if self.start is not None:
                self._alternative_starts = tuple(
                    (a, _compiled_start(template.format(f"(?:{a})"), regex.flags))
                    for a in alternatives
                )
        else:
            if self._regex is None:
                self._regex = re.compile(regex.pattern, regex.flags)
            self._guarded = self._regex
        self.flags = self._guarded.flags
        self.groups = self._guarded.groups

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern as written."""
        if self._regex is None:
            self._regex = re.compile(self.pattern, self._guarded.flags)
        return self._regex

    def may_match(self, text: str, at: int) -> bool:
        """False when the pattern cannot match ``text``, whose first word character is at
        ``at`` (see :func:`_first_word`)."""
        start = self.start
        if start is None:
            return True
        char = text[at : at + 1]
        verdict = self._verdicts.get(char)
        if verdict is None:
            verdict = self._verdicts[char] = bool(char) and start.match(char) is not None
        return verdict or (at > 0 and start.search(text, 0, at) is not None)

    def search(self, text: str) -> re.Match[str] | None:
        if self._alternative_starts:
            char = text[:1]
            if char.isalnum() or char == "_":
                return self._narrowed_search(text, char)
        return None if self._ruled_out(text) else self._guarded.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        if self._alternative_starts:
            char = text[:1]
            if char.isalnum() or char == "_":
                return self._narrowed_search(text, char)
        return None if self._ruled_out(text) else self._guarded.match(text)

    def _narrowed_search(self, text: str, char: str) -> re.Match[str] | None:
        """:meth:`search` of a line that starts with the word character ``char``: ``\\W*``
        takes nothing, so only the alternatives that can start with ``char`` can match,
        and the line is first tried against them alone (on the development pages, most
        lines start with a letter that a few alternatives or none start with). When they
        match, the whole pattern gives the match (its groups are numbered as written)."""
        narrowed = self._by_char.get(char, _NOT_SEEN)
        if narrowed is _NOT_SEEN:
            narrowed = self._by_char[char] = self._narrowed(char)
        if narrowed is None or narrowed.match(text) is None:
            return None
        if self.needles and self._ruled_out(text):
            return None  # cannot happen: a match holds a needle (kept for exactness)
        return self._guarded.match(text)

    def _narrowed(self, char: str) -> re.Pattern[str] | None:
        """The pattern of the alternatives that can start with ``char`` (None: none can),
        without their tests of the start (:func:`guarded_body`), which hold on every line
        it sees: the line's first character is ``char``, and ``\\W*`` takes nothing."""
        kept = [a for a, start in self._alternative_starts if _may_start(start, char)]
        if not kept:
            return None
        body = "|".join(f"(?:{a})" for a in kept)
        return _compiled(self.template.format(body), self.flags)

    def search_lower(self, text: str, lower: str | None) -> re.Match[str] | None:
        """:meth:`search`, given ``needle_text(text)`` (for a caller that tries several
        patterns on one line)."""
        if self._alternative_starts:
            char = text[:1]
            if char.isalnum() or char == "_":
                return self._narrowed_search(text, char)
        return None if self._ruled_out_lower(text, lower) else self._guarded.search(text)

    def match_lower(self, text: str, lower: str | None) -> re.Match[str] | None:
        """:meth:`match`, given ``needle_text(text)``."""
        if self._alternative_starts:
            char = text[:1]
            if char.isalnum() or char == "_":
                return self._narrowed_search(text, char)
        return None if self._ruled_out_lower(text, lower) else self._guarded.match(text)

    def _ruled_out_lower(self, text: str, lower: str | None) -> bool:
        """:meth:`_ruled_out`, given ``needle_text(text)``."""
        if self.start is not None and self._start_apart(text):
            return True
        if self.needles and lower is not None:
            for needle in self.needles:
                if needle in lower:
                    return False
            return True
        return False

    def _start_apart(self, text: str) -> bool:
        """True when no phrase can begin where the line does."""
        char = text[:1]
        if char.isalnum() or char == "_":
            verdict = self._verdicts.get(char)
            return not (self.may_match(text, 0) if verdict is None else verdict)
        return not self.may_match(text, _first_word(text))

    def _ruled_out(self, text: str) -> bool:
        """True when the pattern cannot match ``text``: no phrase can begin where the line
        does, or the line lacks every needed string (see :func:`needle_text`)."""
        if self.start is not None:
            char = text[:1]
            if char.isalnum() or char == "_":
                # Most lines start with their first word character (``\w``: alphanumeric
                # or "_"), whose verdict is remembered.
                verdict = self._verdicts.get(char)
                if verdict is None:
                    verdict = self.may_match(text, 0)
                if not verdict:
                    return True
            elif not self.may_match(text, _first_word(text)):
                return True
        needles = self.needles
        if not needles:
            return False
        # needle_text, inline: most lines are looked through.
        if text.isascii() or FOLDS_APART_RE.search(text) is None:
            lower = text.lower()
            for needle in needles:
                if needle in lower:
                    return False
            return True
        return False


def _needles(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """Lower-cased strings one of which every match holds (case folded), the longest
    such set found; None when none is found."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(av)
            continue
        consider(frozenset({run.lower()}) if run else None)
        run = ""
        if name == "BRANCH":
            branches = [_needles(branch) for branch in av[1]]
            if all(branches):
                consider(frozenset().union(*(b for b in branches if b)))
        elif name == "SUBPATTERN":
            consider(_needles(av[3]))
        elif name == "ATOMIC_GROUP":
            consider(_needles(av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] > 0:
            consider(_needles(av[2]))
    consider(frozenset({run.lower()}) if run else None)
    return best


def _folds_to_ascii(char: str, flags: int) -> bool:
    """Whether a non-ASCII character of a pattern matches an ASCII one ("ſ" matches "s" when
    case is folded)."""
    return (
        not char.isascii()
        and re.search(f"[{re.escape(char)}]", string.printable, flags) is not None
    )


def needles(regex: re.Pattern[str] | Source) -> frozenset[str] | None:
    """Lower-cased strings one of which every match of ``regex`` holds: a line without any
    in its lower case cannot match (see :func:`needle_text`). None when there are none, or
    when one holds a character of :data:`FOLDS_APART`.

    >>> sorted(needles(re.compile(r"\\b(?:say|tell)s? (?:it|that)", re.IGNORECASE)))
    ['say', 'tell']
    >>> needles(re.compile(r"\\d+")) is None
    True
    """
    found = _needles(_sre_parse.parse(regex.pattern, regex.flags))
    if found is None or any(
        _folds_to_ascii(c, regex.flags) or c in FOLDS_APART for text in found for c in text
    ):
        return None
    # A string that holds another of them says nothing more: a text that holds it holds the
    # other ("images" and "image"; CREDIT's 34 strings are 28 so).
    return frozenset(text for text in found if not any(o != text and o in text for o in found))


#: A pattern that matches nothing (a :class:`FirstRule` whose phrases all need a string).
_NEVER = Source("(?!)", 0)


class _Combined:
    """A pattern of :class:`FirstRule`'s phrases (``source``), with the rule of each of its
    groups. Lines are matched in their lower case against the pattern without case folding
    (``folded``, see ``casefold.lowered``); the pattern as written (``regex``) is compiled only
    for a pattern that cannot be so, or for the first line whose lower case cannot be
    looked through (:func:`needle_text`). Compiling each pattern once instead of twice, and
    the rules' own patterns not at all: chrome's combinations for the first 60
    development pages took 0.16 s of CPU to make with the patterns as written, 0.09 s so."""

    __slots__ = ("source", "folded", "rules", "_regex")

    def __init__(self, source: Source, rules: tuple[int, ...], folds: bool) -> None:
        """``folds``: every phrase of ``source`` is :func:`caseless` (the groups and
        alternatives that join them name no character)."""
        self.source = source
        self.rules = rules
        self.folded = (
            re.compile(source.pattern, source.flags & ~re.IGNORECASE)
            if folds and source.flags & re.IGNORECASE
            else None
        )
        self._regex: re.Pattern[str] | None = None
        compiled = self.folded if self.folded is not None else self.regex
        if compiled.groups != len(rules):
            raise ValueError("a rule's pattern must have no groups of its own")

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern as written, compiled when first asked for."""
        if self._regex is None:
            self._regex = re.compile(self.source.pattern, self.source.flags)
        return self._regex


class FirstRule:
    """Which of several line-start rules matches first: one combined pattern (``combine``,
    see ``first_rule`` in :mod:`cleaner.stages.boilerplate`) without the phrases that
    cannot match the line.

    A rule's phrases are its :attr:`LinePattern.alternatives`. A phrase that may start
    anywhere in a line, or with any word, and needs a string (:func:`needles`: "javascript",
    "newsletter", "your inbox") is left out on a line without it (:func:`needle_text`):
    these phrases cost the most, as they are tried at many places in every line. A rule
    matches a line exactly when one of its phrases does, so the first rule that matches is
    the same.

    The phrases that need no string make one pattern; each phrase that needs one is a
    pattern of its own, tried after it only on a line that holds its string and only when
    its rule comes before the one found (a rule's pattern matches exactly when one of its
    phrases does, so the first rule found either way is the same). Compiled as one
    combination of the phrases that need none with those each line needs, the ten
    combinations a process met on the development pages took 0.136 s of CPU to compile;
    compiled this way, 0.032 s.
    """

    def __init__(
        self,
        patterns: Sequence[re.Pattern[str] | LinePattern],
        combine: Callable[[Sequence[Source]], Source],
    ) -> None:
        self.patterns = tuple(patterns)
        self._combine = combine
        #: Every phrase: its rule, its text as written in a combination ("" for a rule taken
        #: whole; see :func:`guarded_body`) and, for one that may start anywhere or with any
        #: word, the strings it needs.
        self._phrases: list[tuple[int, str, frozenset[str] | None]] = []
        #: What each phrase can start with (see :func:`start_class`; None: anything).
        self._starts: list[re.Pattern[str] | None] = []
        #: Each phrase without the test of its start (as :func:`guarded_body` writes it),
        #: for the patterns by first character (see :meth:`_fixed_for`).
        self._plain: list[str] = []
        for rule, pattern in enumerate(self.patterns):
            if isinstance(pattern, LinePattern) and pattern.alternatives:
                flags, template = pattern.flags, pattern.template
                parts = [
                    (guarded_body([a], template, flags), template.format(f"(?:{a})"))
                    for a in pattern.alternatives
                ]
                self._plain.extend(f"(?:{a})" for a in pattern.alternatives)
            else:
                flags = pattern.flags
                parts = [("", pattern.pattern)]
                self._plain.append("")
            for text, source in parts:
                start = _start_of(source, flags)
                # Needed strings are looked for where the start says little: any character,
                # any word character.
                broad = start is None or r"\w" in start
                needed = needles(Source(source, flags)) if broad else None
                self._phrases.append((rule, text, needed))
                self._starts.append(
                    None if start is None else re.compile(start, flags & re.IGNORECASE)
                )
        #: The phrases that need a string, and the others.
        self._guarded = tuple(i for i, phrase in enumerate(self._phrases) if phrase[2])
        self._fixed = tuple(i for i, phrase in enumerate(self._phrases) if not phrase[2])
        #: Each needed string with its phrase.
        self._needles = tuple(
            (n, i) for i in self._guarded for n in sorted(self._phrases[i][2] or ())
        )
        #: Any of those strings: most lines hold none, and one search tells (chrome's 40
        #: strings on the 44,197 short lines of a pass over the development pages: 0.048 s,
        #: as against 0.064 s looking for each).
        self._any_needle = re.compile("|".join(re.escape(n) for n, _ in self._needles) or "(?!)")
        #: The pattern of the phrases that need no string, compiled when first used; and
        #: each phrase that needs one, alone.
        self._fixed_rule: _Combined | None = None
        self._alone: dict[int, _Combined] = {}
        #: For a line that starts with a word character, by that character: the pattern of
        #: the phrases that need no string and can start with it (``\W*`` then takes
        #: nothing, so a phrase begins at the line's first character). One test of a class
        #: per phrase, once per character, instead of at every line: on the 44,197 short
        #: lines of a pass over the development pages, chrome's phrases took 0.15 s to
        #: match all together, 0.04 s by first character.
        self._by_char: dict[str, _Combined] = {}
        #: Those patterns, by the phrases they hold (characters share them).
        self._by_phrases: dict[tuple[int, ...], _Combined] = {}
        #: Whether each phrase is :func:`caseless`, by phrase, once asked.
        self._caseless: dict[int, bool] = {}

    def index(self, text: str) -> int | None:
        """The index of the first rule that matches ``text``, or None."""
        return self.index_lower(text, needle_text(text))

    def index_lower(self, text: str, lower: str | None) -> int | None:
        """:meth:`index`, given ``needle_text(text)``."""
        char = text[:1]
        if char.isalnum() or char == "_":  # ``\w``, as at the start of most lines
            fixed = self._by_char.get(char)
            if fixed is None:
                fixed = self._by_char[char] = self._fixed_for(char)
        else:
            fixed = self._fixed_rule
            if fixed is None:
                fixed = self._fixed_rule = self._combined(self._fixed)
        # The lower case against the pattern without case folding, where it may be.
        folded = fixed.folded
        match = fixed.regex.match(text) if lower is None or folded is None else folded.match(lower)
        best = fixed.rules[match.lastindex - 1] if match and match.lastindex else None
        if lower is not None:
            if self._any_needle.search(lower) is None:
                return best
            ids: Iterable[int] = {i for needle, i in self._needles if needle in lower}
        else:
            ids = self._guarded
        phrases = self._phrases
        for i in ids:
            rule = phrases[i][0]
            if best is not None and rule >= best:
                continue
            alone = self._alone.get(i)
            if alone is None:
                alone = self._alone[i] = self._build((i,))
            folded = alone.folded
            if alone.regex.match(text) if lower is None or folded is None else folded.match(lower):
                best = rule
        return best

    def _fixed_for(self, char: str) -> _Combined:
        """The pattern of the phrases that need no string and can start with ``char``.

        Written without their tests of the start: on a line that starts with ``char`` each
        would hold, and the pattern is smaller so (chrome's patterns by first character on
        the development pages: 0.046 -> 0.038 s a pass to match)."""
        ids = tuple(i for i in self._fixed if _may_start(self._starts[i], char))
        found = self._by_phrases.get(ids)
        if found is None:
            found = self._by_phrases[ids] = self._combined(ids, plain=True)
        return found

    def _combined(self, ids: tuple[int, ...], plain: bool = False) -> _Combined:
        """:meth:`_build`, or a pattern that matches nothing for no phrase."""
        return self._build(ids, plain) if ids else _Combined(_NEVER, (), False)

    def _build(self, ids: tuple[int, ...], plain: bool = False) -> _Combined:
        """The combined pattern of these phrases, grouped by rule in the rules' order
        (``plain``: without their tests of the start, see :meth:`_fixed_for`)."""
        chosen = sorted(ids)
        rules: list[int] = []
        sources: list[Source] = []
        written = self._plain if plain else [text for _, text, _ in self._phrases]
        for rule, pattern in enumerate(self.patterns):
            texts = [written[i] for i in chosen if self._phrases[i][0] == rule]
            if not texts:
                continue
            rules.append(rule)
            if isinstance(pattern, LinePattern) and pattern.alternatives:
                body = "|".join(texts)
                sources.append(Source(pattern.template.format(body), pattern.flags))
            else:
                sources.append(Source(pattern.pattern, pattern.flags))
        folds = all(self._caseless_phrase(i) for i in chosen)
        return _Combined(self._combine(sources), tuple(rules), folds)

    def _caseless_phrase(self, i: int) -> bool:
        """Whether phrase ``i``, as written in a combination with its test of the start, is
        :func:`caseless` (written without, it names no other character). Asked once a
        phrase, not once a combination: parsing every combination again took longer than
        compiling it."""
        found = self._caseless.get(i)
        if found is None:
            rule, text, _ = self._phrases[i]
            pattern = self.patterns[rule]
            if isinstance(pattern, LinePattern) and pattern.alternatives:
                source = Source(pattern.template.format(text), pattern.flags)
            else:
                source = Source(pattern.pattern, pattern.flags)
            found = self._caseless[i] = caseless(source)
        return found


class Prefiltered:
    """A compiled pattern behind a cheap test of the text that is False only where the
    pattern cannot match; ``search`` answers as the pattern's own does."""

    __slots__ = ("regex", "pattern", "flags", "may_match")

    def __init__(self, regex: re.Pattern[str], may_match: Callable[[str], bool]) -> None:
        self.regex = regex
        self.pattern = regex.pattern
        self.flags = regex.flags
        self.may_match = may_match

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text) if self.may_match(text) else None
