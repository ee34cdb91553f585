"""A line pattern's test of where a match could begin never changes its answer."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import patterns as P
from cleaner.casefold import FOLDS_APART, lowered, needle_text
from cleaner.casefold import _sre_parse as sre_parse
from cleaner.linepattern import LinePattern, Prefiltered, needles, start_class
from cleaner.stages.boilerplate import ChromeFilter, first_rule, first_rule_of

LINE_PATTERNS = {name: value for name, value in vars(P).items() if isinstance(value, LinePattern)}

#: Lines that start, or almost start, a match of the package's line patterns, and hostile
#: ones: punctuation first, no word at all, letters that fold to ASCII ("ſ", "K", "ı").
LINES = (
    "",
    " ",
    "»",
    "...",
    "Share this article",
    "» Share this",
    "+A -A",
    "%d bloggers like this:",
    "(3) Comments",
    "12 Comments",
    "ſhare this",
    "\u212aontakt",
    "Lıke this",
    "© 2012 The Paper",
    "Home",
    "Next post »",
    "Newsletter",
    "Sign up for our daily newsletter",
    "Follow us on Twitter",
    "Read more: a teaser",
    "Zutaten für 4 Personen",
    "Leave a Reply",
    "The minister said the vote would come next week.",
)


def _same(pattern: LinePattern, text: str) -> None:
    lower = needle_text(text)
    for ours, theirs in (
        (pattern.search(text), pattern.regex.search(text)),
        (pattern.match(text), pattern.regex.match(text)),
        (pattern.search_lower(text, lower), pattern.regex.search(text)),
        (pattern.match_lower(text, lower), pattern.regex.match(text)),
    ):
        assert (ours is None) == (theirs is None), (pattern.pattern[:60], text)
        if ours is not None and theirs is not None:
            assert ours.span() == theirs.span()
            assert ours.groups() == theirs.groups()


def test_the_package_patterns_are_line_patterns() -> None:
    assert {"SHARE", "NAVIGATION", "RELATED_LABEL", "COMMENT_HEADER"} <= set(LINE_PATTERNS)
    # Most have a known start; those with a phrase that may start anywhere have none.
    known = [name for name, pattern in LINE_PATTERNS.items() if start_class(pattern.regex)]
    assert len(known) > len(LINE_PATTERNS) // 2


@pytest.mark.parametrize("name", sorted(LINE_PATTERNS))
def test_answers_as_the_regex_on_chosen_lines(name: str) -> None:
    for text in LINES:
        _same(LINE_PATTERNS[name], text)


@given(st.text(alphabet=st.sampled_from("aAsSkKhHnN ſ\u212aı+%(©»-.:1"), max_size=12))
def test_answers_as_the_regex_on_any_line(text: str) -> None:
    for pattern in LINE_PATTERNS.values():
        _same(pattern, text)


@given(st.characters(), st.sampled_from(LINES))
def test_answers_as_the_regex_whatever_the_first_character(first: str, line: str) -> None:
    """A line that starts with a word character is tried against the alternatives that
    can start with it (made for each character met): the same answers for any character,
    in either case, before a line that matches or almost does."""
    for text in (first + line[1:], first.upper() + line[1:], first + line):
        for pattern in LINE_PATTERNS.values():
            _same(pattern, text)


def test_start_class_reads_the_first_characters() -> None:
    assert start_class(re.compile(r"^\W*(?:home|more)\W*$", re.IGNORECASE)) is not None
    # A phrase that may start with a non-word character is listed with it.
    found = start_class(re.compile(r"^\W*(?:\+?a|%d)\b"))
    assert found is not None and found.pattern == r"[\+a%]"
    # A phrase that may start anywhere, or an empty one, gives no class.
    assert start_class(re.compile(r"^\W*(?:.{0,9}more)")) is None
    assert start_class(re.compile(r"^\W*(?:more)?\W*$")) is None
    assert start_class(re.compile(r"(?:home|more)")) is None


def test_a_punctuation_start_is_looked_for_before_the_first_word() -> None:
    pattern = LinePattern(re.compile(r"^\W*(?:\(\d+\) comments|share)\W*$", re.IGNORECASE))
    assert pattern.search("» (3) Comments")
    assert pattern.search("(3) comments")
    assert not pattern.search("3 comments")
    assert pattern.search("- SHARE -")


def _combined_index(text: str) -> int | None:
    rules = ChromeFilter._rules
    match = first_rule(rules).match(text)
    return match.lastindex - 1 if match and match.lastindex else None


@pytest.mark.parametrize(
    "text",
    [
        *LINES,
        "You need to have JavaScript enabled to view this page",
        "Get the best stories straight to your inbox",
        "The Morning Briefing newsletter",
        "Síguenos: tenemos canal de Telegram",
        "Tenemos canal de Telegram",
        "Ten Reasons To Visit [VIDEO]",
        "Why it matters [INSIGHT]",
        "Sign up to get our newsletter",
    ],
)
def test_first_rule_is_the_combined_patterns_rule(text: str) -> None:
    assert ChromeFilter._first_rule.index(text) == _combined_index(text)


@given(
    st.lists(
        st.sampled_from(
            ["javascript", "JavaScript", "newsletter", "your inbox", "tenemos", "[VIDEO]", "ſ"]
            + ["enabled", "you", "need", "to", "have", "the", "straight", "-", "»", " ", "é"]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_first_rule_is_the_combined_patterns_rule_on_any_line(text: str) -> None:
    assert ChromeFilter._first_rule.index(text) == _combined_index(text)


def test_first_rule_compiles_each_needed_phrase_alone() -> None:
    """Lines that need many different combinations of guarded phrases are answered
    exactly, with one pattern of the phrases that need no string and at most one of each
    phrase that needs one."""
    rule = first_rule_of(pattern for pattern, _ in ChromeFilter._rules)
    lines = [
        "You need to have JavaScript enabled",
        "Get the best stories straight to your inbox",
        "The Morning Briefing newsletter",
        "Tenemos canal de Telegram",
        "Ten Reasons To Visit [VIDEO]",
        "javascript and your inbox",
        "newsletter tenemos",
        "Enter your email address to follow this blog",
        "PDF | 85,3 KB",
    ]
    for text in lines:
        assert rule.index(text) == _combined_index(text)
    assert rule._by_char and set(rule._by_char) <= {text[0] for text in lines}
    assert set(rule._alone) <= set(rule._guarded)


@given(
    st.characters(),
    st.lists(
        st.sampled_from(["hare", "kip to content", "ewsletter", "ollow us", "rint", "ome"]),
        max_size=3,
    ).map(" ".join),
)
def test_first_rule_by_the_lines_first_character(first: str, rest: str) -> None:
    """A line that starts with a word character is matched against the phrases that can
    start with it; any other line against them all: the same rule either way."""
    for text in (first + rest, first.upper() + rest, first + " " + rest):
        assert ChromeFilter._first_rule.index(text) == _combined_index(text)


def test_needles_are_what_every_match_holds() -> None:
    found = needles(re.compile(r"^\W*(?:a|b)?(?:get|receive) (?:it|them)\b", re.IGNORECASE))
    assert found == frozenset({"get", "receive"})
    # A non-ASCII letter that folds to an ASCII one ("ſ" to "s") gives none.
    assert needles(re.compile("ſhare", re.IGNORECASE)) is None


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (P.AFFILIATE, "We may earn a commission from links on this page."),
        (P.AFFILIATE, "WE MAY EARN A COMMISSION"),
        (P.LEGAL, "Copyright 2012. All Rights Reserved."),
        (P.LEGAL, "Disclaimer: this is not advice"),
        (P.CREDIT, "The mayor (AFP/Getty Images)"),
        (P.POST_FOOTER, "Blog Archive June (3) May (5) April (2)"),
    ],
)
def test_a_pattern_with_needles_still_finds_its_lines(pattern: LinePattern, text: str) -> None:
    assert pattern.needles
    _same(pattern, text)
    assert pattern.search(text) or pattern.match(text)
    # Without its needle, a line of ASCII is not searched at all.
    assert not pattern.search("The council met on Monday.")


#: Pieces that the prefiltered caption patterns are made of, for lines that may match.
_CAPTION_PIECES = [
    "The mayor",
    " at the opening",
    ", pictured",
    " (left)",
    " photographed in",
    " (AP Photo/Jane Doe)",
    " © Jane Doe",
    " (Foto: dpa)",
    " (Reuters/Jane Doe)",
    " im Bild",
    " ",
    ")",
    "(",
    ",",
    "©",
    "Pictured on",
    " seen",
    " Ä",
    "\t",
    " (file)",
]


@pytest.mark.parametrize("pattern", [P.PICTURED, P.CREDIT_TAIL], ids=["PICTURED", "CREDIT_TAIL"])
@given(pieces=st.lists(st.sampled_from(_CAPTION_PIECES), max_size=8))
def test_a_prefilter_only_skips_lines_its_pattern_cannot_match(
    pattern: object, pieces: list[str]
) -> None:
    text = "".join(pieces)
    assert isinstance(pattern, Prefiltered)
    found = pattern.regex.search(text)
    assert found is None or pattern.may_match(text)
    assert (pattern.search(text) is None) == (found is None)


#: Pieces of comment signatures, for lines that may match ``P.COMMENT_STAMP``.
_STAMP_PIECES = [
    "Jane Doe",
    " says",
    " SAID",
    "...",
    " a écrit",
    " NAPISAŁ",
    " diſſe",
    " 12:05 pm",
    " 3 hours ago",
    " 07.08.12",
    " \u0663:\u0664\u0665",
    " at",
    ":",
    " ",
]


@given(pieces=st.lists(st.sampled_from(_STAMP_PIECES), max_size=6))
def test_the_comment_stamp_prefilter_only_skips_lines_it_cannot_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert isinstance(P.COMMENT_STAMP, Prefiltered)
    found = P.COMMENT_STAMP.regex.search(text)
    assert found is None or P.COMMENT_STAMP.may_match(text)
    assert (P.COMMENT_STAMP.search(text) is None) == (found is None)


def _needle_chars() -> set[str]:
    """Every character of the needles of the package's patterns and chrome's rules."""
    found: set[str] = set()
    for pattern in LINE_PATTERNS.values():
        found.update("".join(pattern.needles))
    for rule in (ChromeFilter._first_rule, ChromeFilter._pitch_rule):
        found.update("".join(needle for needle, _ in rule._needles))
    return found


def test_a_line_is_looked_through_in_its_lower_case() -> None:
    """A character that a case-folded pattern matches with a needle's character has that
    character as its lower case, or is one of FOLDS_APART: checked against every character
    for the needles in use."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for char in _needle_chars():
        assert char == char.lower() and char not in FOLDS_APART
        for other in re.findall(f"[{re.escape(char)}]", everything, re.IGNORECASE):
            assert other in FOLDS_APART or other.lower() == char, (char, other)
    # Lower case is one character, and the same wherever it stands, except for these.
    assert all(len(c.lower()) == 1 for c in everything if c not in FOLDS_APART)
    assert "Σ" in FOLDS_APART


def _named_chars(items: object) -> set[str]:
    """Every character a parsed pattern names (literals, and the members of its classes)."""
    found: set[str] = set()
    for op, av in items:  # type: ignore[attr-defined]
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            found.add(chr(av))
        elif name == "IN":
            for item_op, item in av:
                if str(item_op) == "LITERAL":
                    found.add(chr(item))
                elif str(item_op) == "RANGE":
                    found.update(map(chr, range(item[0], item[1] + 1)))
        elif name == "BRANCH":
            for branch in av[1]:
                found |= _named_chars(branch)
        elif name == "SUBPATTERN":
            found |= _named_chars(av[3])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            found |= _named_chars(av[2])
        elif name in ("ASSERT", "ASSERT_NOT"):
            found |= _named_chars(av[1])
        elif name == "ATOMIC_GROUP":
            found |= _named_chars(av)
    return found


def test_a_pattern_without_case_folding_matches_the_lower_case() -> None:
    """``lowered`` patterns are matched against a line's lower case: every character they
    name is matched, case folded, by the characters whose lower case it is (and by some of
    FOLDS_APART, whose lines are not lowered); and lowering changes no character's class
    (``\\w``, ``\\d``, ``\\s``, so neither ``\\b``)."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    named: set[str] = set()
    for pattern in LINE_PATTERNS.values():
        if lowered(pattern.regex) is not None:
            named |= _named_chars(sre_parse.parse(pattern.pattern, pattern.flags))
    # Chrome's phrases, each as it is written in its combinations.
    for rule in (ChromeFilter._first_rule, ChromeFilter._pitch_rule):
        for i, (index, text, _) in enumerate(rule._phrases):
            pattern = rule.patterns[index]
            if rule._caseless_phrase(i):
                source = pattern.template.format(text) if text else pattern.pattern
                named |= _named_chars(sre_parse.parse(source, pattern.flags))
    assert {"s", "h", "ß", "é"} <= named
    for char in named:
        assert char == char.lower() and char not in FOLDS_APART
        for other in re.findall(f"[{re.escape(char)}]", everything, re.IGNORECASE):
            assert other in FOLDS_APART or other.lower() == char, (char, other)
    for category in (r"\w", r"\d", r"\s"):
        members = set(re.findall(category, everything))
        for char in everything:
            if char not in FOLDS_APART:
                assert (char in members) == (char.lower() in members), (category, char)


def test_lowered_keeps_only_patterns_that_name_lower_case_characters() -> None:
    assert lowered(re.compile(r"^\W*(?:home|straße|été)\b", re.IGNORECASE)) is not None
    assert lowered(re.compile(r"^\W*home", 0)) is None  # no case folding to drop
    assert lowered(re.compile(r"^[A-Z]", re.IGNORECASE)) is None
    assert lowered(re.compile(r"^x(?-i:y)", re.IGNORECASE)) is None
    assert lowered(re.compile(r"^(a)\1", re.IGNORECASE)) is None
    assert lowered(re.compile("^ſ", re.IGNORECASE)) is None
    # Matched against the lower case: the same places and groups as the pattern's own.
    pattern = re.compile(r"^\W*(?:(share)|(print))(?: this)?\W*$", re.IGNORECASE)
    folded = lowered(pattern)
    assert folded is not None
    for text in ("» SHARE This", "Print", "Größe", "share that"):
        ours, theirs = folded.match(text.lower()), pattern.match(text)
        assert (ours and (ours.span(), ours.lastindex)) == (
            theirs and (theirs.span(), theirs.lastindex)
        )


def test_folds_apart_holds_the_variant_lower_cases() -> None:
    casefix = pytest.importorskip("re._casefix")
    variants = {
        c
        for low, others in casefix._EXTRA_CASES.items()
        for c in (chr(low), *map(chr, others))
        if c.upper().lower() != c
    }
    assert variants <= set(FOLDS_APART)


@pytest.mark.parametrize(
    ("text", "lower"),
    [("Größe", "größe"), ("ſtraße", None), ("İstanbul", None), ("ΟΔΟΣ", None), ("Ärger", "ärger")],
)
def test_needle_text(text: str, lower: str | None) -> None:
    assert needle_text(text) == lower


@given(
    st.lists(
        st.sampled_from(
            ["javascript", "JavaScript", "newsletter", "your inbox", "tenemos", "[VIDEO]", "ü"]
            + ["Straße", "Ärger", "ſ", "İ", "Σ", "ı", "K", "Newsletter-Anmeldung", "é", " "]
        ),
        max_size=8,
    ).map(" ".join)
)
def test_first_rule_and_needles_on_lines_beyond_ascii(text: str) -> None:
    assert ChromeFilter._first_rule.index(text) == _combined_index(text)
    assert ChromeFilter._first_rule.index_lower(text, needle_text(text)) == _combined_index(text)
    for pattern in LINE_PATTERNS.values():
        _same(pattern, text)
