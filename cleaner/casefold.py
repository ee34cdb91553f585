"""Matching a text's lower case instead of the text, case folded.

A case-folded pattern compares characters by their lower case. The lower case of a text
that holds none of :data:`FOLDS_APART` is as long as the text, character for character,
so strings a match must hold can be looked for in it (:func:`needle_text`), and a pattern
whose characters are all their own lower case can match it without case folding
(:func:`lowered`), which costs less.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

try:  # Python 3.11+
    import re._parser as _sre_parse  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef,unused-ignore]


class Written(Protocol):
    """A pattern's source and flags (a compiled pattern, or a
    :class:`~cleaner.linepattern.Source`)."""

    @property
    def pattern(self) -> str: ...

    @property
    def flags(self) -> int: ...


#: Characters whose lower case is not what a case-folded pattern matches them as: the
#: variant lower-case forms that ``re.IGNORECASE`` takes for another letter ("ſ" for "s",
#: "ı" for "i", "ς" for "σ", "µ" for "μ", "ᲀ" for "в": those of Python's ``re._casefix``
#: whose ``upper().lower()`` is another character), "İ" (whose lower case is two
#: characters) and "Σ" (whose lower case depends on the letter after it).
#: ``tests/test_linepattern.py`` checks the list against every character.
FOLDS_APART = (
    "\u00b5\u0131\u017f\u0345\u0390\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5"
    "\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e9b\u1fbe\u1fd3\u1fe3\ufb05\ufb06"
    "\u0130\u03a3"
)
FOLDS_APART_RE = re.compile(f"[{re.escape(FOLDS_APART)}]")


def needle_text(text: str) -> str | None:
    """Where to look for the strings a match holds (:func:`~cleaner.linepattern.needles`):
    the lower case of ``text``, or None when the text holds a character of
    :data:`FOLDS_APART`.

    Every other character that a case-folded pattern matches with a needle's character
    (which is none of them) has that character as its lower case, so the lower case of a
    text holds every needle that a match in it holds. Most lines of German, French or
    Polish pages hold no such character: they are looked through too.

    >>> needle_text("Straße"), needle_text("ſtraße")
    ('straße', None)
    """
    if text.isascii() or FOLDS_APART_RE.search(text) is None:
        return text.lower()
    return None


#: Parsed items whose matching case folding does not change (zero width, any character, a
#: repeat or group of items that are checked in turn).
_CASELESS_OPS = frozenset({"AT", "ANY", "CATEGORY"})
#: Most characters a range may span in a pattern :func:`lowered` takes (each is checked).
_MAX_RANGE = 1024


def _own_lower(code: int) -> bool:
    """A character that is its own lower case and not one of :data:`FOLDS_APART`: a
    case-folded pattern matches it in a text exactly where the text's lower case holds it,
    as for a needle's characters (see :func:`needle_text`; ``tests/test_linepattern.py``
    checks this against every character for the patterns in use)."""
    char = chr(code)
    return char == char.lower() and char not in FOLDS_APART


def _caseless(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether every character these parsed items name is :func:`_own_lower`, with no
    flag changed inside and no back reference."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            if not _own_lower(av):
                return False
        elif name == "IN":
            for item_op, item in av:
                item_name = str(item_op)
                if item_name == "LITERAL" and not _own_lower(item):
                    return False
                if item_name == "RANGE" and (
                    item[1] - item[0] > _MAX_RANGE
                    or not all(map(_own_lower, range(item[0], item[1] + 1)))
                ):
                    return False
                if item_name not in ("LITERAL", "RANGE", "CATEGORY", "NEGATE"):
                    return False
        elif name == "BRANCH":
            if not all(_caseless(branch) for branch in av[1]):
                return False
        elif name == "SUBPATTERN":
            if av[1] or av[2] or not _caseless(av[3]):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _caseless(av[2]):
                return False
        elif name in ("ASSERT", "ASSERT_NOT"):
            if not _caseless(av[1]):
                return False
        elif name == "ATOMIC_GROUP":
            if not _caseless(av):
                return False
        elif name not in _CASELESS_OPS:
            return False  # a back reference, a conditional group
    return True


def caseless(regex: Written) -> bool:
    """Whether ``regex`` folds case, names only characters that are :func:`_own_lower`, and
    changes no flag inside: then :func:`lowered` can match a text's lower case instead."""
    flags = regex.flags
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.ASCII):
        return False
    return _caseless(_sre_parse.parse(regex.pattern, flags))


def lowered(regex: Written) -> re.Pattern[str] | None:
    """``regex`` without ``re.IGNORECASE``, to be matched against :func:`needle_text` of a
    text instead of ``regex`` against the text: a case-folded pattern compares a text's
    characters by their lower case, and a text's lower case is as long as the text, so the
    two match at the same places with the same groups. Literal comparisons cost less so.
    None unless :func:`caseless`.

    >>> bool(lowered(re.compile(r"^\\W*(?:home|more)\\b", re.IGNORECASE)).flags & re.IGNORECASE)
    False
    >>> lowered(re.compile(r"^(?-i:[A-Z])", re.IGNORECASE)) is None
    True
    """
    if not caseless(regex):
        return None
    return re.compile(regex.pattern, regex.flags & ~re.IGNORECASE)
