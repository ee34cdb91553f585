"""A blog's archive menu of months flattened into one line is chrome (ChromeFilter,
``navigation``; :data:`cleaner.patterns.ARCHIVE_MONTHS`)."""

from __future__ import annotations

import time

import pytest
from paragraphs import PARA2_EN, PARA3_EN, PARA_EN, removals

from cleaner import patterns as P
from cleaner.stages.boilerplate import ChromeFilter


@pytest.mark.parametrize(
    "line",
    [
        "Select Month May 2012 April 2012 March 2012 February 2012 January 2012",
        "Archives May 2012 (3) April 2012 (12) March 2012 (1) February 2012 (7)",
        "Monat auswählen Juni 2014 Mai 2014 April 2014 März 2014 Januar 2014",
        "Archives Sélectionner un mois mai 2012 avril 2012 mars 2012 février 2012",
        "* Archives by Month... August 2012 July 2012 June 2012 May 2012 April 2012",
    ],
    ids=["en", "en-counts", "de", "fr", "marked"],
)
def test_archive_menu_on_one_line_is_navigation(line: str) -> None:
    assert ChromeFilter().check(line) == "navigation"


@pytest.mark.parametrize(
    "line",
    [
        "Spain 2010 Italy 2006 Brazil 2002 France 1998",
        "The council met in May 2012, again in June 2012 and July 2012 and August 2012.",
        "May 2012 April 2012",
    ],
    ids=["a-year-each", "sentence", "two-months"],
)
def test_other_lines_with_years_are_no_archive_menu(line: str) -> None:
    assert ChromeFilter().check(line) is None


def test_archive_menu_under_the_article_is_removed_as_navigation() -> None:
    menu = "Select Month " + " ".join(f"{m} 2012" for m in ["May", "April", "March", "February"])
    text = "\n\n".join(["Council backs the bridge", PARA_EN, PARA2_EN, PARA3_EN, menu]) + "\n"
    assert removals(text)[menu.strip()] == ("chrome", "navigation")


@pytest.mark.parametrize("unit", ["_", "a_", "a ", "May 2012_", "a 2012 ("])
def test_archive_menu_pattern_reads_a_long_run_at_once(unit: str) -> None:
    # Underscores are punctuation here: a word class holding them too backtracked for
    # seconds on a line of 45 of them (a dump's rule drawn as underscores).
    line = unit * 3000 + "!"
    started = time.process_time()
    P.ARCHIVE_MONTHS.match(line)
    assert time.process_time() - started < 0.5
