"""No pattern backtracks catastrophically: each runs on long hostile lines in bounded time.

Every compiled pattern of the package is collected, so a new pattern is checked as soon as
it is added. The lines are runs of one character (or a short unit) of a few thousand
characters, after prefixes that start a partial match: what made ``CREDIT``,
``TEASER_STAMP`` and ``NAVIGATION`` take seconds to forever before they were rewritten.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import time
from collections.abc import Iterator

import pytest

import cleaner
import cleaner.stages
from cleaner.budget import PageTimeout, time_budget
from cleaner.linepattern import LinePattern
from cleaner.patterns import CREDIT, NAVIGATION, POST_FOOTER, TEASER_STAMP

#: Characters of a run: spaces, word characters, punctuation, box drawing, bullets, and the
#: underscores of a form field as lynx draws it (a pattern once took 31 s on 45 of them).
UNITS = (
    " ", "a", "A", "1", ".", "-", "\t", "•", "|", "(", "│", "\xa0", "a ", "1 ", "Ab. ",
    "_", ":", ",", "/", "'",
)  # fmt: skip
#: Starts of partial matches of the patterns that used to backtrack.
PREFIXES = ("", "0.00", "(", "* ", "By ", "updated 1:00 ")
#: Characters in a run: the old patterns took from 0.5 s (quadratic) to forever on 3,000.
RUN = 3000
#: CPU seconds one search may take; a linear pattern takes milliseconds on these lines.
#: CPU time, not wall-clock time, so that a busy machine does not fail the test.
LIMIT = 0.5
#: Wall-clock seconds after which a search is stopped (it has failed by then).
GUARD = 20.0


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    seen: set[tuple[str, int]] = set()
    for package in (cleaner, cleaner.stages):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            owners = [module, *(c for _, c in inspect.getmembers(module, inspect.isclass))]
            for owner in owners:
                # A public name first: a line pattern's regex may also have a private one.
                items = sorted(vars(owner).items(), key=lambda item: item[0].startswith("_"))
                for name, value in items:
                    if isinstance(value, LinePattern):
                        value = value.regex
                    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                        key = (value.pattern, value.flags)
                        if key not in seen:
                            seen.add(key)
                            yield f"{module.__name__}.{name}", value


PATTERNS = dict(_patterns())


def test_the_patterns_are_found() -> None:
    assert {"cleaner.patterns.CREDIT", "cleaner.patterns.NAVIGATION"} <= set(PATTERNS)
    assert len(PATTERNS) > 50


def _slowest(pattern: re.Pattern[str] | LinePattern) -> tuple[float, str]:
    worst = (0.0, "")
    for unit in UNITS:
        for prefix in PREFIXES:
            line = prefix + unit * (RUN // len(unit)) + "\x00"
            started = time.process_time()
            try:
                with time_budget(GUARD):
                    pattern.search(line)
            except PageTimeout:
                pass
            took = time.process_time() - started
            if took > worst[0]:
                worst = (took, f"{prefix!r} + {unit!r} * {RUN // len(unit)}")
    return worst


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_runs_in_bounded_time_on_long_runs(name: str) -> None:
    took, line = _slowest(PATTERNS[name])
    assert took < LIMIT, f"{name} took {took:.2f} s on {line}"


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (CREDIT, "(AFP/Getty Images)"),
        (CREDIT, "(U.S. Army Photo)"),
        (CREDIT, "The mayor at the opening (Xinhua/ Reuters)"),
        (CREDIT, "(John Smith / AFP)"),
        (TEASER_STAMP, "updated 8:43 AM EDT, Thu June 26, 2014"),
        (TEASER_STAMP, "posted 12.05 , Mon, Jun. 2,  2014"),
        (POST_FOOTER, "Posted in World. Bookmark the permalink."),
        (POST_FOOTER, "* Blog Archive June 2014 (3) May 2014 (5) April 2014 (2)"),
    ],
    ids=["credit", "credit_words", "credit_slash", "credit_spaces", "stamp", "stamp_comma",
         "permalink", "archive"],
)  # fmt: skip
def test_rewritten_patterns_still_match(pattern: re.Pattern[str], line: str) -> None:
    assert pattern.search(line)


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (CREDIT, "LONDON (Reuters) - The talks went on."),
        (CREDIT, "(AFP)"),
        (TEASER_STAMP, "8:43 the council met"),
        (POST_FOOTER, "The permalink of the story was shared widely."),
        (NAVIGATION, "The permalink of the story was shared widely."),
    ],
    ids=["dateline", "bare_agency", "clock_in_prose", "permalink_in_prose", "permalink_nav"],
)
def test_rewritten_patterns_still_refuse(pattern: re.Pattern[str], line: str) -> None:
    assert not pattern.search(line)
