"""Dates come from the text alone, never from the day the page is cleaned."""

from __future__ import annotations

import subprocess
import sys

import pytest

from cleaner.dates import parse_date


@pytest.mark.parametrize("text", ["2007/12", "Dec 2007", "yesterday 10:45", "heute, 8:15 Uhr"])
def test_a_date_without_its_day_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("updated 8:47 PM EDT, Fri June 29, 2012", "2012-06-29"),
        ("01.21.2020 07:00 AM", "2020-01-21"),
        ("4 maja 2021", "2021-05-04"),
        ("Miércoles 4 de Mayo de 2022", "2022-05-04"),
    ],
)
def test_dates_with_their_day(text: str, date: str) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("18 NOV 2019", "2019-11-18"),
        ("TUESDAY, JAN 15, 2008", "2008-01-15"),
        ("19 FEB 2020 - 18:37 CET", "2020-02-19"),
    ],
)
def test_month_names_in_capitals(text: str, date: str) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("5. června 2019", "2019-06-05"),
        ("12 Ekim 2019", "2019-10-12"),
        ("3 lokakuuta 2018", "2018-10-03"),
    ],
)
def test_a_month_in_another_language_is_read_with_every_language(text: str, date: str) -> None:
    assert parse_date(text) == date


@pytest.mark.parametrize(
    "text", ["Posted at: 12/28/2007 06:23:34 PM", "Price: $12.50 on 3/4", "2019"]
)
def test_no_date_where_there_is_none(text: str) -> None:
    assert parse_date(text) is None


def test_common_dates_do_not_build_every_languages_tables() -> None:
    """Dates in the common languages, names in bylines and time zones never reach the
    parser that holds all of dateparser's locales (the costly warm-up of every process)."""
    script = """
import htmldate.extractors as extractors
from cleaner.dates import parse_date
for text in ("Fri Dec 28, 7:05 AM ET", "By Ben Grossman -- Broadcasting & Cable, 1/21/2008",
             "Nov. 7, 2012 12:50 pm", "3. März 2019, 14:02 Uhr", "07 февраля 2013, 12:03",
             "Posted on Thu, Jan. 17, 2008", "mardi 5 mars 2019"):
    parse_date(text)
assert extractors.get_external_parser.cache_info().misses == 0, "every language loaded"
print(parse_date("3. März 2019, 14:02 Uhr"), parse_date("mardi 5 mars 2019"))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["2019-03-03", "2019-03-05"]


@pytest.mark.parametrize(
    "text",
    ["Fri Dec 28, 7:05 AM ET", "January 2, 2008 4:48 a.m. EST", "Dienstag, 3. März, 14:05 Uhr"],
)
def test_a_day_and_a_clock_time_are_a_time_stamp(text: str) -> None:
    from cleaner.dates import time_stamp

    assert time_stamp(text)


@pytest.mark.parametrize(
    "text",
    ["Polls close at 8:00 pm on Tuesday", "Fri Dec 28", "Match report 7:05 AM", "Dec 28, 2007"],
)
def test_words_or_no_clock_make_no_time_stamp(text: str) -> None:
    from cleaner.dates import time_stamp

    assert not time_stamp(text)


@pytest.mark.parametrize(
    ("stamp", "title"),
    [
        ("Fri Dec 28, 7:05 AM ET", "Neighbours cheer as lorries leave"),
        ("Freitag, 28. Dezember, 7:05 Uhr", "Endlich wieder Ruhe am Abend"),
    ],
    ids=["en", "de"],
)
def test_a_time_stamp_scores_as_no_title(stamp: str, title: str) -> None:
    # A stamp the date parser cannot read (no year) costs what a date line costs: it is
    # the last resort among headline candidates, under any title.
    from cleaner.stages.headline import MIN_CANDIDATE_SCORE, title_likeness

    assert title_likeness(stamp) == MIN_CANDIDATE_SCORE
    assert title_likeness(title) > 1.0
